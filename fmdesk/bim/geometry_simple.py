"""Simple bodies meshed by fmdesk in numpy, without ifcopenshell's geometry kernel.

Most of a building is boxes, cylinders and prisms: walls, slabs, spaces and beams are
extrusions of a rectangle or a polygon, pipes and cables extrusions of a circle, and the
family instances of an export map one shared type body onto each occurrence. ifcopenshell's
kernel spends about 0.15 ms on each such product (placement, boolean-free solid, mesher); the
triangles of an extrusion are known in closed form, so fmdesk makes them here in a few dozen
microseconds, mostly reading attributes (measured on the generated 40 × 60 building, README
Benchmarks). This is what web-ifc does too.

Only what can be made exactly as ifcopenshell would is taken; everything else returns None and
goes to ifcopenshell as before:

- the product has one body representation, in a model context, and no opening or projection;
- its items are ``IfcExtrudedAreaSolid``s of an ``IfcRectangleProfileDef``,
  ``IfcCircleProfileDef`` or ``IfcArbitraryClosedProfileDef`` bounded by a polyline (the exact
  classes: hollow, rounded or tapered variants go to ifcopenshell), or ``IfcMappedItem``s whose
  shared representation is made of those (meshed once per map and placed);
- each item's colour is its own surface style, or it has none and no material of the model
  carries a style (ifcopenshell would then paint it with the material's);
- the placement is a chain of ``IfcLocalPlacement``s and the settings keep ifcopenshell's
  default library (the hybrid kernel) and mesher deflections (circles get that kernel's number
  of segments, see :func:`circle_segments`).

``tests/bim/test_geometry_simple.py`` compares every product taken here with ifcopenshell's
own triangles (count, area, bounds, colours) on the samples and the shared real models.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import ifcopenshell
import ifcopenshell.util.element
import ifcopenshell.util.unit
import mapbox_earcut
import numpy as np

from fmdesk.bim.geometry_cuts import subtract
from fmdesk.bim.geometry_settings import GeometrySettings

__all__ = ["SimpleMesh", "SimpleMesher", "circle_segments", "product_names"]

Rgba = tuple[int, int, int, int]

_PROFILES = (
    "IfcRectangleProfileDef",
    "IfcCircleProfileDef",
    "IfcCircleHollowProfileDef",
    "IfcArbitraryClosedProfileDef",
    "IfcArbitraryProfileDefWithVoids",
)
_OTHER_BODY_IDS = ("facetation", "")
_NOT_SOLID_TYPES = (
    "BoundingBox",
    "Curve",
    "Curve2D",
    "Curve3D",
    "GeometricCurveSet",
    "GeometricSet",
    "Annotation2D",
    "Point",
    "PointCloud",
)
"""Representation types that are never a body: beside a body without an identifier, they do
not make the choice ambiguous."""
_LINEAR_DEFLECTION = 0.001  # metres: ifcopenshell's default mesher-linear-deflection
_ANGULAR_DEFLECTION = 0.5  # radians: its default mesher-angular-deflection
_LIBRARY = "hybrid-cgal-simple-opencascade"
_TOLERANCE = 1e-9


class SimpleMesh(NamedTuple):
    """A product's triangles in world coordinates (metres) and the style of each triangle."""

    vertices: np.ndarray  # n × 3 float64
    triangles: np.ndarray  # m × 3 int32
    style_ids: np.ndarray  # m int32: index into ``styles``, -1 for "no style"
    styles: tuple[Rgba, ...]

    @property
    def unstyled(self) -> bool:
        """Whether some triangles have no style of their own."""
        return bool(len(self.style_ids)) and int(self.style_ids.min()) < 0


class _Part(NamedTuple):
    """An item's triangles (model units) in the coordinates ``matrix`` places in its product's
    (None: already there)."""

    vertices: np.ndarray
    triangles: np.ndarray
    style: Rgba | None
    matrix: np.ndarray | None


class _Unsupported(Exception):
    """Raised inside the mesher: this product is left to ifcopenshell."""


# Attribute positions, the same in IFC2X3, IFC4 and IFC4X3: ``entity[i]`` costs a third of
# ``entity.Name`` (0.8 µs against 2.2 µs; calling ``get_argument`` directly saves the bounds
# check of ``[i]`` too), and the loop below reads about 25 per product.
_arg = ifcopenshell.entity_instance.get_argument
_GLOBAL_ID, _NAME = 0, 2  # IfcRoot
_PLACEMENT, _REPRESENTATION = 5, 6  # IfcProduct
_REPRESENTATIONS = 2  # IfcProductDefinitionShape
_CONTEXT, _IDENTIFIER, _TYPE, _ITEMS = 0, 1, 2, 3  # IfcShapeRepresentation
_AREA, _POSITION, _DIRECTION, _DEPTH = 0, 1, 2, 3  # IfcExtrudedAreaSolid
_RELATIVE_TO, _RELATIVE = 0, 1  # IfcLocalPlacement
_LOCATION, _AXIS, _REF_DIRECTION = 0, 1, 2  # IfcAxis2Placement3D
_SOURCE, _TARGET = 0, 1  # IfcMappedItem
_ORIGIN, _MAPPED = 0, 1  # IfcRepresentationMap
_PROFILE_TYPE, _PROFILE_POSITION, _OUTER_CURVE = 0, 2, 2  # IfcProfileDef and subtypes
_X_DIM, _Y_DIM, _RADIUS, _WALL_THICKNESS, _INNER_CURVES = 3, 4, 3, 4, 3


def product_names(product: ifcopenshell.entity_instance) -> tuple[int, str, str | None, str]:
    """(STEP id, GlobalId, Name, class) of a product, read the quick way."""
    return product.id(), _arg(product, _GLOBAL_ID), _arg(product, _NAME), product.is_a()


def circle_segments(radius_m: float) -> int:
    """Segments ifcopenshell 0.9's hybrid kernel gives a circle of ``radius_m`` metres with its
    default deflections: at least 2π / 0.5 rad (13), more once a chord would stray more than
    1 mm from the arc (matched against the iterator for 400 radii from 0.2 mm to 30 m)."""
    segments = math.ceil(2 * math.pi / _ANGULAR_DEFLECTION)
    if _LINEAR_DEFLECTION / radius_m < 2:
        chord = math.ceil(math.pi / math.acos(1.0 - _LINEAR_DEFLECTION / radius_m))
        segments = max(segments, chord)
    return segments


class SimpleMesher:
    """Meshes the simple products of one model (see the module text); caches what products
    share: placements, mapped type bodies, styles and contexts."""

    def __init__(self, model: ifcopenshell.file, settings: GeometrySettings) -> None:
        self.enabled = (
            settings.library == _LIBRARY
            and settings.linear_deflection is None
            and settings.angular_deflection is None
        )
        self.scale = ifcopenshell.util.unit.calculate_unit_scale(model) if self.enabled else 1.0
        self.material_styles = _has_any(model, "IfcMaterialDefinitionRepresentation")
        self.layer_styles = _has_any(model, "IfcPresentationLayerWithStyle")
        self.materials: dict[int, Rgba | None] = {}
        self.projected = _related(model, "IfcRelProjectsElement", "RelatingElement")
        self.openings: dict[int, list[Any]] = {}
        if self.enabled and not settings.disable_openings:
            self.openings = _openings_by_host(model)
        self.styled = _styled_items(model) if self.enabled else {}
        self.placements: dict[int, np.ndarray] = {}
        self.operators: dict[int, np.ndarray] = {}
        self.maps: dict[int, list[_Part] | None] = {}
        self.styles: dict[int, Rgba | None] = {}
        self.contexts: dict[int, bool] = {}

    def mesh(self, product: ifcopenshell.entity_instance) -> SimpleMesh | None:
        """The product's world triangles, or None when ifcopenshell should mesh it."""
        step_id = product.id()
        if not self.enabled or step_id in self.projected:
            return None
        openings = self.openings.get(step_id)
        try:
            mesh, parts = self._solid(product, styled=True)
            if mesh is not None and mesh.unstyled and self.material_styles:
                mesh = _painted(mesh, self._material_style(product))
            if mesh is None or not openings:
                return mesh
            if len(parts) != 1:  # how ifcopenshell cuts several items is not ours to guess
                return None
            cutters = [solid for opening in openings for solid in self._solids(opening)]
        except (_Unsupported, AttributeError, TypeError, ValueError, RuntimeError, IndexError):
            return None
        return _cut(mesh, cutters)

    def _solid(self, product: Any, *, styled: bool) -> tuple[SimpleMesh | None, list[_Part]]:
        """The product's uncut world mesh and its parts (``styled``: with its items' colours;
        an opening's do not matter)."""
        representation = self._body(product)
        if representation is None:
            return None, []
        items = _arg(representation, _ITEMS)
        parts = [p for item in items for p in self._item_parts(item, styled)]
        return self._world(parts, self._placement(_arg(product, _PLACEMENT))), parts

    def _material_style(self, product: Any) -> Rgba | None:
        material = _product_material(product)
        if material is None:
            return None
        key = material.id()
        if key not in self.materials:
            self.materials[key] = _material_rgba(material)
        return self.materials[key]

    def _solids(self, opening: Any) -> list[SimpleMesh]:
        """An opening's items, each its own closed world mesh (exporters split an opening into
        boxes that touch: the boolean must see them as solids, not as one mesh)."""
        representation = self._body(opening)
        if representation is None:
            raise _Unsupported("opening without a simple body")
        matrix = self._placement(_arg(opening, _PLACEMENT))
        items = _arg(representation, _ITEMS)
        return [self._world([p], matrix) for item in items for p in self._item_parts(item, False)]

    def _body(self, product: ifcopenshell.entity_instance) -> Any:
        """The one body representation ifcopenshell would mesh, if the product is simple."""
        shape = _arg(product, _REPRESENTATION)
        if shape is None:
            return None
        body = None
        for representation in _arg(shape, _REPRESENTATIONS) or ():
            identifier = (_arg(representation, _IDENTIFIER) or "").lower()
            if identifier == "body" and body is None:
                body = representation
            elif identifier == "body" or (
                identifier in _OTHER_BODY_IDS
                and (_arg(representation, _TYPE) or "") not in _NOT_SOLID_TYPES
            ):
                return None  # which one ifcopenshell takes is not ours to guess
        if body is None or not _arg(body, _ITEMS) or not self._model_context(_arg(body, _CONTEXT)):
            return None
        return body

    def _model_context(self, context: Any) -> bool:
        """A 3D model context at the origin (ifcopenshell's default contexts)."""
        key = context.id()
        known = self.contexts.get(key)
        if known is None:
            known = _is_plain_model_context(context)
            self.contexts[key] = known
        return known

    def _item_parts(self, item: Any, styled: bool = True) -> list[_Part]:
        kind = item.is_a()
        if kind == "IfcExtrudedAreaSolid":
            return [self._extrusion(item, styled)]
        if kind == "IfcMappedItem" and styled:
            return self._mapped(item)
        raise _Unsupported(kind)

    def _extrusion(self, item: Any, styled: bool = True) -> _Part:
        points, ends = _profile_points(_arg(item, _AREA), self.scale)
        depth = float(_arg(item, _DEPTH))
        dx, dy, dz = _unit(_arg(_arg(item, _DIRECTION), 0), unit_only=True)
        if depth <= _TOLERANCE or abs(dz) <= _TOLERANCE:
            raise _Unsupported("flat extrusion")
        vertices, triangles = _prism(points, ends, (dx * depth, dy * depth, dz * depth))
        matrix = self._axis2_placement(_arg(item, _POSITION))
        return _Part(vertices, triangles, self._style(item) if styled else None, matrix)

    def _mapped(self, item: Any) -> list[_Part]:
        if item.id() in self.styled:
            raise _Unsupported("styled mapped item")  # how it overrides its contents varies
        parts = self._map_parts(_arg(item, _SOURCE))
        target = _arg(item, _TARGET)
        matrix = self.operators.get(target.id())
        if matrix is None:
            matrix = self.operators[target.id()] = _operator(target)
        return [p._replace(matrix=matrix) for p in parts]

    def _map_parts(self, source: Any) -> list[_Part]:
        """The map's items meshed once, in the map's coordinates (its origin applied)."""
        key = source.id()
        if key not in self.maps:
            self.maps[key] = None
            representation = _arg(source, _MAPPED)
            items = _arg(representation, _ITEMS) or ()
            if items and self._model_context(_arg(representation, _CONTEXT)):
                origin = _axis2_placement(_arg(source, _ORIGIN))
                parts = [
                    p
                    for item in items
                    if item.is_a() != "IfcMappedItem"
                    for p in self._item_parts(item)
                ]
                if len(parts) == len(items):  # nested maps are left to ifcopenshell
                    self.maps[key] = [
                        _Part(_transform(p.vertices, origin @ p.matrix), p.triangles, p.style, None)
                        for p in parts
                    ]
        parts = self.maps[key]
        if parts is None:
            raise _Unsupported("mapped representation")
        return parts

    def _style(self, item: Any) -> Rgba | None:
        key = item.id()
        if key not in self.styles:
            self.styles[key] = _item_style(self.styled.get(key), self.layer_styles)
        return self.styles[key]

    def _placement(self, placement: Any) -> np.ndarray:
        if placement is None:
            return _IDENTITY
        key = placement.id()
        matrix = self.placements.get(key)
        if matrix is None:
            if placement.is_a() != "IfcLocalPlacement":
                raise _Unsupported(placement.is_a())
            matrix = self._placement(_arg(placement, _RELATIVE_TO)) @ self._axis2_placement(
                _arg(placement, _RELATIVE)
            )
            self.placements[key] = matrix
        return matrix

    def _axis2_placement(self, placement: Any) -> np.ndarray:
        if placement is None:
            return _IDENTITY
        if placement.is_a() != "IfcAxis2Placement3D":
            return _axis2_placement(placement)
        location, axis, reference = (
            _arg(placement, _LOCATION),
            _arg(placement, _AXIS),
            _arg(placement, _REF_DIRECTION),
        )
        z = _unit(_arg(axis, 0)) if axis is not None else (0.0, 0.0, 1.0)
        x = _orthogonal(_unit(_arg(reference, 0)) if reference is not None else (1.0, 0.0, 0.0), z)
        return _frame(x, z, _coordinates(location, 3))

    def _world(self, parts: list[_Part], placement: np.ndarray) -> SimpleMesh:
        styles: list[Rgba] = []
        vertices, triangles, style_ids = [], [], []
        offset = 0
        for part in parts:
            matrix = placement if part.matrix is None else placement @ part.matrix
            vertices.append(_transform(part.vertices, matrix, self.scale))
            triangles.append(part.triangles + offset if offset else part.triangles)
            offset += len(part.vertices)
            slot = -1
            if part.style is not None:
                if part.style not in styles:
                    styles.append(part.style)
                slot = styles.index(part.style)
            style_ids.append(np.full(len(part.triangles), slot, np.int32))
        if len(parts) == 1:
            return SimpleMesh(vertices[0], triangles[0], style_ids[0], tuple(styles))
        return SimpleMesh(
            np.concatenate(vertices),
            np.concatenate(triangles),
            np.concatenate(style_ids),
            tuple(styles),
        )


_IDENTITY = np.eye(4)


def _related(model: ifcopenshell.file, rel_class: str, attribute: str) -> set[int]:
    """STEP ids of what ``attribute`` names in every ``rel_class`` relationship."""
    found: set[int] = set()
    for rel in model.by_type(rel_class):
        host = getattr(rel, attribute, None)
        if host is not None:
            found.add(host.id())
    return found


def _openings_by_host(model: ifcopenshell.file) -> dict[int, list[Any]]:
    """The openings that cut each product (one pass instead of an inverse lookup each)."""
    openings: dict[int, list[Any]] = {}
    for rel in model.by_type("IfcRelVoidsElement"):
        host, opening = rel.RelatingBuildingElement, rel.RelatedOpeningElement
        if host is not None and opening is not None:
            openings.setdefault(host.id(), []).append(opening)
    return openings


def _cut(host: SimpleMesh, cutters: list[SimpleMesh]) -> SimpleMesh | None:
    """``host`` less the ``cutters`` (openings), coloured as the host; None when the boolean
    fails or leaves nothing (ifcopenshell then decides)."""
    result = subtract(host.vertices, host.triangles, [(c.vertices, c.triangles) for c in cutters])
    if result is None:
        return None
    vertices, triangles = result
    style_ids = np.full(len(triangles), host.style_ids[0] if len(host.style_ids) else -1, np.int32)
    return SimpleMesh(vertices, triangles, style_ids, host.styles)


def _styled_items(model: ifcopenshell.file) -> dict[int, list[Any]]:
    """Styled items by the id of the item they style (one pass instead of an inverse lookup
    per item)."""
    styled: dict[int, list[Any]] = {}
    for styled_item in model.by_type("IfcStyledItem"):
        item = styled_item.Item
        if item is not None:
            styled.setdefault(item.id(), []).append(styled_item)
    return styled


def _has_any(model: ifcopenshell.file, ifc_class: str) -> bool:
    try:
        return bool(model.by_type(ifc_class))
    except RuntimeError:  # not in this schema
        return False


def _painted(mesh: SimpleMesh, rgba: Rgba | None) -> SimpleMesh:
    """``mesh`` with its unstyled triangles in ``rgba`` (its material's colour)."""
    if rgba is None:
        return mesh
    styles = list(mesh.styles)
    if rgba not in styles:
        styles.append(rgba)
    style_ids = np.where(mesh.style_ids < 0, styles.index(rgba), mesh.style_ids).astype(np.int32)
    return mesh._replace(style_ids=style_ids, styles=tuple(styles))


def _product_material(product: Any) -> Any:
    """The one material associated with the product (else with its type), or None; several,
    or a layer set of several layers, are left to ifcopenshell."""
    associations = _material_associations(product)
    if not associations:
        product_type = ifcopenshell.util.element.get_type(product)
        associations = _material_associations(product_type) if product_type else []
    if not associations:
        return None
    if len(associations) > 1:
        raise _Unsupported("several materials")
    material = associations[0].RelatingMaterial
    if material.is_a("IfcMaterialLayerSetUsage"):
        material = material.ForLayerSet
    if material.is_a("IfcMaterialLayerSet"):
        layers = material.MaterialLayers or ()
        material = layers[0].Material if len(layers) == 1 else None
    elif material.is_a("IfcMaterialList"):
        materials = material.Materials or ()
        material = materials[0] if len(materials) == 1 else None
    if material is None or not material.is_a("IfcMaterial"):
        raise _Unsupported("material set")
    return material


def _material_associations(definition: Any) -> list[Any]:
    return [
        rel
        for rel in getattr(definition, "HasAssociations", None) or ()
        if rel.is_a("IfcRelAssociatesMaterial")
    ]


def _material_rgba(material: Any) -> Rgba | None:
    """The colour of a material's own surface style (None when it has none)."""
    styled = [
        item
        for definition in material.HasRepresentation or ()
        for representation in definition.Representations or ()
        for item in representation.Items or ()
        if item.is_a("IfcStyledItem")
    ]
    surfaces = [s for item in styled for s in _surface_styles(item)]
    if not surfaces:
        return None
    if len(surfaces) != 1:
        raise _Unsupported("several material styles")
    return _surface_rgba(surfaces[0])


def _is_plain_model_context(context: Any) -> bool:
    while context.is_a("IfcGeometricRepresentationSubContext"):
        context = context.ParentContext
    if not context.is_a("IfcGeometricRepresentationContext"):
        return False
    if (context.ContextType or "").lower() not in ("model", "design", "model view"):
        return False
    system = context.WorldCoordinateSystem
    if system is None:
        return True
    return bool(np.allclose(_axis2_placement(system), np.eye(4), atol=_TOLERANCE))


def _item_style(styled: list[Any] | None, layer_styles: bool) -> Rgba | None:
    """The RGBA of an item's own surface style (``styled``: the styled items that name it);
    None when it has none (then its product's material colours it, if any; styled
    presentation layers are left to ifcopenshell)."""
    if not styled:
        if layer_styles:
            raise _Unsupported("layer style")
        return None
    surfaces = [s for assigned in styled for s in _surface_styles(assigned)]
    if len(surfaces) != 1:
        raise _Unsupported("several styles")
    return _surface_rgba(surfaces[0])


def _surface_styles(styled_item: Any) -> list[Any]:
    found = []
    for style in styled_item.Styles or ():
        if style.is_a("IfcPresentationStyleAssignment"):
            found.extend(s for s in style.Styles or () if s.is_a("IfcSurfaceStyle"))
        elif style.is_a("IfcSurfaceStyle"):
            found.append(style)
        else:
            raise _Unsupported(style.is_a())
    return found


def _surface_rgba(surface: Any) -> Rgba:
    shadings = [s for s in surface.Styles or () if s.is_a("IfcSurfaceStyleShading")]
    if len(shadings) != 1:
        raise _Unsupported("surface style without one shading")
    shading = shadings[0]
    colour = shading.SurfaceColour
    rgb = (colour.Red, colour.Green, colour.Blue)
    if shading.is_a("IfcSurfaceStyleRendering"):
        diffuse = shading.DiffuseColour
        if diffuse is not None and diffuse.is_a("IfcColourRgb"):
            rgb = (diffuse.Red, diffuse.Green, diffuse.Blue)
        elif diffuse is not None:  # a factor of the surface colour
            factor = float(diffuse.wrappedValue)
            rgb = (rgb[0] * factor, rgb[1] * factor, rgb[2] * factor)
    transparency = getattr(shading, "Transparency", None)
    alpha = 1.0 if transparency is None else 1.0 - float(transparency)
    r, g, b = (_byte(c) for c in rgb)
    return (r, g, b, max(1, _byte(alpha)))


def _byte(value: float) -> int:
    return round(min(1.0, max(0.0, float(value))) * 255)


def _profile_points(profile: Any, scale: float) -> tuple[np.ndarray, list[int] | None]:
    """The profile's outline (n × 2, model units): one counter-clockwise ring and None when it
    is convex, else its rings one after another (the outer counter-clockwise, holes clockwise)
    and where each ends."""
    kind = profile.is_a()
    if kind not in _PROFILES or _arg(profile, _PROFILE_TYPE) != "AREA":
        raise _Unsupported(kind)
    if kind == "IfcArbitraryClosedProfileDef":
        outer = _polyline_points(_arg(profile, _OUTER_CURVE))
        return outer, [len(outer)]
    if kind == "IfcArbitraryProfileDefWithVoids":
        rings = [_polyline_points(_arg(profile, _OUTER_CURVE))]
        rings += [_polyline_points(c)[::-1] for c in _arg(profile, _INNER_CURVES)]
        return np.concatenate(rings), list(np.cumsum([len(r) for r in rings]))
    ends: list[int] | None = None
    if kind == "IfcRectangleProfileDef":
        x, y = float(_arg(profile, _X_DIM)) / 2, float(_arg(profile, _Y_DIM)) / 2
        if x <= _TOLERANCE or y <= _TOLERANCE:
            raise _Unsupported("empty rectangle")
        points = np.array([(-x, -y), (x, -y), (x, y), (-x, y)])
    elif kind == "IfcCircleProfileDef":
        points = _circle(float(_arg(profile, _RADIUS)), scale)
    else:  # IfcCircleHollowProfileDef: a ring, the hole clockwise
        radius, wall = float(_arg(profile, _RADIUS)), float(_arg(profile, _WALL_THICKNESS))
        outer, inner = _circle(radius, scale), _circle(radius - wall, scale)[::-1]
        points, ends = np.concatenate([outer, inner]), [len(outer), len(outer) + len(inner)]
    position = _arg(profile, _PROFILE_POSITION)
    if position is not None:
        location, reference = _arg(position, _LOCATION), _arg(position, 1)
        if reference is not None:
            x_axis = _unit(_arg(reference, 0))
            points = points @ np.array([[x_axis[0], x_axis[1]], [-x_axis[1], x_axis[0]]])
        if location is not None:
            points = points + _coordinates(location, 2)
    return points, ends


def _circle(radius: float, scale: float) -> np.ndarray:
    if radius <= _TOLERANCE:
        raise _Unsupported("empty circle")
    return _unit_circle(circle_segments(radius * scale)) * radius


@lru_cache(maxsize=64)
def _unit_circle(segments: int) -> np.ndarray:
    angles = np.arange(segments) * (2 * math.pi / segments)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def _polyline_points(curve: Any) -> np.ndarray:
    """A closed polyline's corners, counter-clockwise, without the closing repeat."""
    if curve.is_a() == "IfcPolyline":
        points = np.array([p.Coordinates[:2] for p in curve.Points], np.float64)
    elif curve.is_a() == "IfcIndexedPolyCurve" and not curve.Segments:
        points = np.array([c[:2] for c in curve.Points.CoordList], np.float64)
    else:
        raise _Unsupported(curve.is_a())
    keep = np.ones(len(points), bool)
    keep[1:] = np.any(np.abs(np.diff(points, axis=0)) > _TOLERANCE, axis=1)
    points = points[keep]
    if len(points) > 1 and np.allclose(points[0], points[-1], atol=_TOLERANCE):
        points = points[:-1]
    if len(points) < 3:
        raise _Unsupported("degenerate polyline")
    area = _signed_area(points)
    if abs(area) <= _TOLERANCE:
        raise _Unsupported("degenerate polyline")
    return points if area > 0 else points[::-1].copy()


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _prism(
    points: np.ndarray, ends: list[int] | None, extrusion: tuple[float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Welded vertices (bottom rings, then top rings) and outward triangles of a prism whose
    profile is ``points`` (``ends``: see :func:`_profile_points`)."""
    n = len(points)
    vertices = np.empty((2 * n, 3))
    vertices[:n, :2] = points
    vertices[:n, 2] = 0.0
    vertices[n:] = vertices[:n] + extrusion
    if ends is None:
        triangles = _convex_prism(n)
    else:
        triangles = _prism_triangles(_earcut(points, ends), n, ends)
    if extrusion[2] < 0:  # extruded downwards: the same faces, seen from the other side
        triangles = triangles[:, ::-1]
    return vertices, triangles


@lru_cache(maxsize=512)
def _convex_prism(n: int) -> np.ndarray:
    return _prism_triangles(_fan(n), n, [n])


def _prism_triangles(cap: np.ndarray, n: int, ends: Sequence[int]) -> np.ndarray:
    """Bottom cap (turned down), top cap and the side quads of every ring."""
    sides = [
        _ring_sides(start, end - start, n) for start, end in zip([0, *ends[:-1]], ends, strict=True)
    ]
    triangles = np.concatenate([cap[:, ::-1], cap + n, *sides])
    return np.ascontiguousarray(triangles, np.int32)


@lru_cache(maxsize=512)
def _fan(n: int) -> np.ndarray:
    middle = np.arange(1, n - 1)
    return np.column_stack([np.zeros(n - 2, np.int32), middle, middle + 1]).astype(np.int32)


@lru_cache(maxsize=512)
def _ring_sides(start: int, k: int, n: int) -> np.ndarray:
    """The side quads of the ring of ``k`` corners from ``start`` (top ring ``n`` further on),
    outward for a counter-clockwise outline and a clockwise hole."""
    i = start + np.arange(k)
    j = start + (np.arange(k) + 1) % k
    return np.concatenate([np.column_stack([i, j, n + j]), np.column_stack([i, n + j, n + i])])


def _earcut(points: np.ndarray, ends: Sequence[int]) -> np.ndarray:
    rings = np.asarray(ends, np.uint32)
    indices = mapbox_earcut.triangulate_float64(np.ascontiguousarray(points), rings)
    if len(indices) != 3 * (len(points) - 2 + 2 * (len(ends) - 1)):
        raise _Unsupported("self-intersecting outline")
    return indices.astype(np.int32).reshape(-1, 3)


def _transform(vertices: np.ndarray, matrix: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """``vertices`` moved by the 4 × 4 ``matrix``, then scaled (model units to metres)."""
    if scale != 1.0:
        return vertices @ (matrix[:3, :3].T * scale) + matrix[:3, 3] * scale
    return vertices @ matrix[:3, :3].T + matrix[:3, 3]


def _unit(
    ratios: Any, minimum: float = _TOLERANCE, unit_only: bool = False
) -> tuple[float, float, float]:
    """A direction's ratios (2 or 3), normalised, as a 3D tuple. ``unit_only``: ratios that are
    not of length one are refused (ifcopenshell extrudes by the ratios as written, not by the
    normalised direction IFC means)."""
    x, y, z = (float(v) for v in (*ratios, 0.0, 0.0)[:3])
    norm = math.sqrt(x * x + y * y + z * z)
    if norm <= minimum or (unit_only and abs(norm - 1.0) > 1e-6):
        raise _Unsupported("zero direction")
    return (x / norm, y / norm, z / norm)


def _orthogonal(
    x: tuple[float, float, float], z: tuple[float, float, float]
) -> tuple[float, float, float]:
    """``x`` made perpendicular to ``z`` (as IFC's base axes are), normalised."""
    d = x[0] * z[0] + x[1] * z[1] + x[2] * z[2]
    return _unit((x[0] - d * z[0], x[1] - d * z[1], x[2] - d * z[2]), 1e-6)


def _frame(
    x: tuple[float, float, float],
    z: tuple[float, float, float],
    location: tuple[float, float, float],
    scale: float = 1.0,
) -> np.ndarray:
    """4 × 4 matrix of the right-handed frame (x, z × x, z) at ``location``."""
    y = (z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0])
    return np.array(
        [
            [x[0] * scale, y[0] * scale, z[0] * scale, location[0]],
            [x[1] * scale, y[1] * scale, z[1] * scale, location[1]],
            [x[2] * scale, y[2] * scale, z[2] * scale, location[2]],
            [0.0, 0.0, 0.0, 1.0],
        ]
    )


def _coordinates(point: Any, size: int) -> tuple[float, ...]:
    if point is None:
        return (0.0,) * size
    if point.is_a() != "IfcCartesianPoint":
        raise _Unsupported(point.is_a())
    values = _arg(point, 0)
    if len(values) == size:
        return values
    return (tuple(values) + (0.0,) * size)[:size]


def _axis2_placement(placement: Any) -> np.ndarray:
    """4 × 4 matrix of an ``IfcAxis2Placement3D`` (or 2D), as ifcopenshell builds it."""
    if placement is None:
        return _IDENTITY
    if placement.is_a("IfcAxis2Placement2D"):
        return _lift_2d(_axis2_2d(placement))
    if not placement.is_a("IfcAxis2Placement3D"):
        raise _Unsupported(placement.is_a())
    z = _unit(placement.Axis.DirectionRatios) if placement.Axis else (0.0, 0.0, 1.0)
    reference = placement.RefDirection
    x = _orthogonal(_unit(reference.DirectionRatios) if reference else (1.0, 0.0, 0.0), z)
    return _frame(x, z, _coordinates(placement.Location, 3))


def _axis2_2d(placement: Any) -> np.ndarray:
    """3 × 3 matrix of an ``IfcAxis2Placement2D``."""
    if not placement.is_a("IfcAxis2Placement2D"):
        raise _Unsupported(placement.is_a())
    reference = placement.RefDirection
    x = _unit(reference.DirectionRatios) if reference else (1.0, 0.0, 0.0)
    location = _coordinates(placement.Location, 2)
    return np.array([[x[0], -x[1], location[0]], [x[1], x[0], location[1]], [0.0, 0.0, 1.0]])


def _lift_2d(matrix: np.ndarray) -> np.ndarray:
    lifted = np.eye(4)
    lifted[:2, :2], lifted[:2, 3] = matrix[:2, :2], matrix[:2, 2]
    return lifted


def _operator(operator: Any) -> np.ndarray:
    """4 × 4 matrix of a uniform ``IfcCartesianTransformationOperator3D`` without mirroring."""
    if operator.is_a() != "IfcCartesianTransformationOperator3D":
        raise _Unsupported(operator.is_a())
    axis1, axis2, origin, scale, axis3 = (_arg(operator, i) for i in range(5))
    z = _unit(_arg(axis3, 0)) if axis3 is not None else (0.0, 0.0, 1.0)
    x = _orthogonal(_unit(_arg(axis1, 0)) if axis1 is not None else (1.0, 0.0, 0.0), z)
    matrix = _frame(x, z, _coordinates(origin, 3), 1.0 if scale is None else float(scale))
    if axis2 is not None:
        y = _unit(_arg(axis2, 0))
        if float(np.dot(y, matrix[:3, 1])) < 0.5 * float(np.linalg.norm(matrix[:3, 1])):
            raise _Unsupported("mirrored or skewed mapping")
    return matrix
