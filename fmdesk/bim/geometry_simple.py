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

- the product has one body representation, in a model context, and no projection;
- its items are ``IfcExtrudedAreaSolid``s of a rectangle, a circle, a hollow circle or a
  polyline outline with or without voids (:mod:`fmdesk.bim.geometry_prisms`; the exact
  classes: rounded, tapered or curved variants go to ifcopenshell), or ``IfcMappedItem``s whose
  shared representation is made of those (meshed once per map and placed);
- openings that cut it are such extrusions too: they are cut out with Manifold
  (:mod:`fmdesk.bim.geometry_cuts`), from a body of one item;
- each item's colour is its own surface style, else its product's (or type's) one material's
  (:mod:`fmdesk.bim.geometry_styles`);
- the placement is a chain of ``IfcLocalPlacement``s and the settings keep ifcopenshell's
  default library (the hybrid kernel) and mesher deflections (circles get that kernel's number
  of segments, see :func:`circle_segments`).

``tests/bim/test_geometry_simple.py`` compares every product taken here with ifcopenshell's
own triangles (count, area, volume, bounds, colours) on the samples and the shared real models.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

import ifcopenshell
import ifcopenshell.util.unit
import numpy as np

from fmdesk.bim.geometry_axes import (
    IDENTITY,
    TOLERANCE,
    NotSimple,
    arg,
    axis2_placement,
    operator_matrix,
    transform,
    unit,
)
from fmdesk.bim.geometry_cuts import subtract
from fmdesk.bim.geometry_prisms import LIBRARY, circle_segments, prism, profile_points
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_styles import (
    Rgba,
    has_any,
    item_style,
    material_rgba,
    product_material,
    styled_items,
)

__all__ = ["SimpleMesh", "SimpleMesher", "circle_segments", "product_names"]

log = logging.getLogger(__name__)

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


# Attribute positions, the same in IFC2X3, IFC4 and IFC4X3 (see geometry_axes.arg).
_GLOBAL_ID, _NAME = 0, 2  # IfcRoot
_PLACEMENT, _REPRESENTATION = 5, 6  # IfcProduct
_REPRESENTATIONS = 2  # IfcProductDefinitionShape
_CONTEXT, _IDENTIFIER, _TYPE, _ITEMS = 0, 1, 2, 3  # IfcShapeRepresentation
_AREA, _POSITION, _DIRECTION, _DEPTH = 0, 1, 2, 3  # IfcExtrudedAreaSolid
_RELATIVE_TO, _RELATIVE = 0, 1  # IfcLocalPlacement
_SOURCE, _TARGET = 0, 1  # IfcMappedItem
_ORIGIN, _MAPPED = 0, 1  # IfcRepresentationMap


def product_names(product: ifcopenshell.entity_instance) -> tuple[int, str, str | None, str]:
    """(STEP id, GlobalId, Name, class) of a product, read the quick way."""
    return product.id(), arg(product, _GLOBAL_ID), arg(product, _NAME), product.is_a()


class SimpleMesher:
    """Meshes the simple products of one model (see the module text); caches what products
    share: placements, mapped type bodies, styles and contexts."""

    def __init__(self, model: ifcopenshell.file, settings: GeometrySettings) -> None:
        self.enabled = (
            settings.library == LIBRARY
            and settings.linear_deflection is None
            and settings.angular_deflection is None
        )
        self.scale = ifcopenshell.util.unit.calculate_unit_scale(model) if self.enabled else 1.0
        self.material_styles = has_any(model, "IfcMaterialDefinitionRepresentation")
        self.layer_styles = has_any(model, "IfcPresentationLayerWithStyle")
        self.materials: dict[int, Rgba | None] = {}
        self.projected = _related(model, "IfcRelProjectsElement", "RelatingElement")
        self.openings: dict[int, list[Any]] = {}
        if self.enabled and not settings.disable_openings:
            self.openings = _openings_by_host(model)
        self.styled = styled_items(model) if self.enabled else {}
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
            return _cut(mesh, cutters)
        except NotSimple:
            return None
        except Exception:  # a slip of a malformed model: ifcopenshell decides, as before
            log.debug("simple mesher left #%s to ifcopenshell", step_id, exc_info=True)
            return None

    def _solid(self, product: Any, *, styled: bool) -> tuple[SimpleMesh | None, list[_Part]]:
        """The product's uncut world mesh and its parts (``styled``: with its items' colours;
        an opening's do not matter)."""
        representation = self._body(product)
        if representation is None:
            return None, []
        items = arg(representation, _ITEMS)
        parts = [p for item in items for p in self._item_parts(item, styled)]
        return self._world(parts, self._placement(arg(product, _PLACEMENT))), parts

    def _material_style(self, product: Any) -> Rgba | None:
        material = product_material(product)
        if material is None:
            return None
        key = material.id()
        if key not in self.materials:
            self.materials[key] = material_rgba(material)
        return self.materials[key]

    def _solids(self, opening: Any) -> list[SimpleMesh]:
        """An opening's items, each its own closed world mesh (exporters split an opening into
        boxes that touch: the boolean must see them as solids, not as one mesh)."""
        representation = self._body(opening)
        if representation is None:
            raise NotSimple("opening without a simple body")
        matrix = self._placement(arg(opening, _PLACEMENT))
        items = arg(representation, _ITEMS)
        return [self._world([p], matrix) for item in items for p in self._item_parts(item, False)]

    def _body(self, product: ifcopenshell.entity_instance) -> Any:
        """The one body representation ifcopenshell would mesh, if the product is simple."""
        shape = arg(product, _REPRESENTATION)
        if shape is None:
            return None
        body = None
        for representation in arg(shape, _REPRESENTATIONS) or ():
            identifier = (arg(representation, _IDENTIFIER) or "").lower()
            if identifier == "body" and body is None:
                body = representation
            elif identifier == "body" or (
                identifier in _OTHER_BODY_IDS
                and (arg(representation, _TYPE) or "") not in _NOT_SOLID_TYPES
            ):
                return None  # which one ifcopenshell takes is not ours to guess
        if body is None or not arg(body, _ITEMS) or not self._model_context(arg(body, _CONTEXT)):
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
        raise NotSimple(kind)

    def _extrusion(self, item: Any, styled: bool = True) -> _Part:
        points, ends = profile_points(arg(item, _AREA), self.scale)
        depth = float(arg(item, _DEPTH))
        dx, dy, dz = unit(arg(arg(item, _DIRECTION), 0), unit_only=True)
        if depth <= TOLERANCE or abs(dz) <= TOLERANCE:
            raise NotSimple("flat extrusion")
        vertices, triangles = prism(points, ends, (dx * depth, dy * depth, dz * depth))
        matrix = axis2_placement(arg(item, _POSITION))
        return _Part(vertices, triangles, self._style(item) if styled else None, matrix)

    def _mapped(self, item: Any) -> list[_Part]:
        if item.id() in self.styled:
            raise NotSimple("styled mapped item")  # how it overrides its contents varies
        parts = self._map_parts(arg(item, _SOURCE))
        target = arg(item, _TARGET)
        matrix = self.operators.get(target.id())
        if matrix is None:
            matrix = self.operators[target.id()] = operator_matrix(target)
        return [p._replace(matrix=matrix) for p in parts]

    def _map_parts(self, source: Any) -> list[_Part]:
        """The map's items meshed once, in the map's coordinates (its origin applied)."""
        key = source.id()
        if key not in self.maps:
            self.maps[key] = None
            representation = arg(source, _MAPPED)
            items = arg(representation, _ITEMS) or ()
            if items and self._model_context(arg(representation, _CONTEXT)):
                origin = axis2_placement(arg(source, _ORIGIN))
                parts = [
                    p
                    for item in items
                    if item.is_a() != "IfcMappedItem"
                    for p in self._item_parts(item)
                ]
                if len(parts) == len(items):  # nested maps are left to ifcopenshell
                    self.maps[key] = [
                        _Part(transform(p.vertices, origin @ p.matrix), p.triangles, p.style, None)
                        for p in parts
                    ]
        parts = self.maps[key]
        if parts is None:
            raise NotSimple("mapped representation")
        return parts

    def _style(self, item: Any) -> Rgba | None:
        key = item.id()
        if key not in self.styles:
            self.styles[key] = item_style(self.styled.get(key), self.layer_styles)
        return self.styles[key]

    def _placement(self, placement: Any) -> np.ndarray:
        if placement is None:
            return IDENTITY
        key = placement.id()
        matrix = self.placements.get(key)
        if matrix is None:
            if placement.is_a() != "IfcLocalPlacement":
                raise NotSimple(placement.is_a())
            matrix = self._placement(arg(placement, _RELATIVE_TO)) @ axis2_placement(
                arg(placement, _RELATIVE)
            )
            self.placements[key] = matrix
        return matrix

    def _world(self, parts: list[_Part], placement: np.ndarray) -> SimpleMesh:
        styles: list[Rgba] = []
        vertices, triangles, style_ids = [], [], []
        offset = 0
        for part in parts:
            matrix = placement if part.matrix is None else placement @ part.matrix
            vertices.append(transform(part.vertices, matrix, self.scale))
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


def _painted(mesh: SimpleMesh, rgba: Rgba | None) -> SimpleMesh:
    """``mesh`` with its unstyled triangles in ``rgba`` (its material's colour)."""
    if rgba is None:
        return mesh
    styles = list(mesh.styles)
    if rgba not in styles:
        styles.append(rgba)
    style_ids = np.where(mesh.style_ids < 0, styles.index(rgba), mesh.style_ids).astype(np.int32)
    return mesh._replace(style_ids=style_ids, styles=tuple(styles))


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
    return bool(np.allclose(axis2_placement(system), np.eye(4), atol=TOLERANCE))
