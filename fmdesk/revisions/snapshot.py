"""What is compared of each element: identity, attributes, properties, type, placement, size.

Read in one pass over the model's relationships (containment, types, property sets), not per
element, so a 100,000-element model is read in seconds. Positions are world coordinates in
metres: the centre of the body where it is an extrusion (the usual case for MEP and walls),
else the placement origin; ``size`` is the body's extent along its own axes, sorted, when it
is cheaply known (extrusions, directly or through a mapped type representation).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import ifcopenshell

from fmdesk.bim.units import length_scale

__all__ = ["ElementSnapshot", "read_snapshot"]

ATTRIBUTES = ("Name", "Description", "ObjectType", "Tag", "PredefinedType")


@dataclass
class ElementSnapshot:
    """One element as the diff sees it."""

    global_id: str
    ifc_class: str
    name: str
    type_name: str
    storey: str
    attributes: dict[str, str]
    pset_ids: tuple[int, ...]
    centre: tuple[float, float, float]
    rotation: tuple[float, ...]
    size: tuple[float, ...] | None

    @property
    def bucket(self) -> tuple[str, str, str, str]:
        """Elements that can only be each other: same class, type, name and storey."""
        return (self.ifc_class, self.type_name, self.name, self.storey)


def read_snapshot(model: ifcopenshell.file) -> tuple[dict[str, ElementSnapshot], dict[int, dict]]:
    """GlobalId → snapshot of every element and space; property-set id → ``{name: value}``."""
    geometry = _Geometry(length_scale(model))
    schema = model.schema
    storeys = _storeys(model)
    types, type_psets = _types(model)
    occurrence_psets = _occurrence_psets(model)
    snapshots: dict[str, ElementSnapshot] = {}
    for element in [*model.by_type("IfcElement"), *model.by_type("IfcSpace")]:
        if element.is_a("IfcFeatureElementSubtraction"):
            continue
        step = element.id()
        type_object = types.get(step)
        ifc_class = element.is_a()
        positions = _positions(element, ifc_class, schema)
        get = element.get_argument
        values = {a: _text(get(i)) if i >= 0 else "" for a, i in positions.items()}
        centre, rotation, size = geometry.of(
            element, get(positions["ObjectPlacement"]), get(positions["Representation"])
        )
        global_id = values["GlobalId"]
        snapshots[global_id] = ElementSnapshot(
            global_id=global_id,
            ifc_class=ifc_class,
            name=values["Name"],
            type_name=str(type_object.Name or "") if type_object is not None else "",
            storey=storeys.get(step, ""),
            attributes={a: values[a] for a in ATTRIBUTES},
            pset_ids=(
                *type_psets.get(type_object.id() if type_object is not None else -1, ()),
                *occurrence_psets.get(step, ()),
            ),
            centre=centre,
            rotation=rotation,
            size=size,
        )
    return snapshots, _pset_values(model)


_POSITIONS: dict[tuple[str, str], dict[str, int]] = {}
_FIELDS = ("GlobalId", *ATTRIBUTES, "ObjectPlacement", "Representation")


def _positions(element: Any, ifc_class: str, schema: str) -> dict[str, int]:
    """Attribute name → position for ``ifc_class`` (-1 when absent); positional reads skip
    ifcopenshell's per-call name lookup, which dominated reading 100,000 elements."""
    found = _POSITIONS.get((schema, ifc_class))
    if found is None:
        found = {}
        for name in _FIELDS:
            try:
                index = element.get_argument_index(name)
            except (RuntimeError, IndexError):
                index = -1
            found[name] = index if 0 <= index < len(element) else -1
        _POSITIONS[(schema, ifc_class)] = found
    return found


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _storeys(model: ifcopenshell.file) -> dict[int, str]:
    """Element step id → name of its storey (through a space or a parent element)."""
    parent: dict[int, Any] = {}
    for rel in model.by_type("IfcRelAggregates"):
        for part in rel.RelatedObjects or ():
            parent[part.id()] = rel.RelatingObject
    storey_of: dict[int, str] = {}

    def storey_name(container: Any) -> str:
        seen = 0
        while container is not None and seen < 20:
            if container.is_a("IfcBuildingStorey"):
                return str(container.Name or container.GlobalId)
            container = parent.get(container.id())
            seen += 1
        return ""

    cache: dict[int, str] = {}
    for rel in model.by_type("IfcRelContainedInSpatialStructure"):
        container = rel.RelatingStructure
        name = cache.get(container.id())
        if name is None:
            name = cache[container.id()] = storey_name(container)
        for element in rel.RelatedElements or ():
            storey_of[element.id()] = name
    for part_id, whole in parent.items():
        if part_id not in storey_of and whole.id() in storey_of:
            storey_of[part_id] = storey_of[whole.id()]
    return storey_of


def _types(model: ifcopenshell.file) -> tuple[dict[int, Any], dict[int, tuple[int, ...]]]:
    """Occurrence step id → its type object; type step id → its property-set ids."""
    types: dict[int, Any] = {}
    rels = model.by_type("IfcRelDefinesByType")
    for rel in rels:
        for element in rel.RelatedObjects or ():
            types[element.id()] = rel.RelatingType
    type_psets: dict[int, tuple[int, ...]] = {}
    for type_object in model.by_type("IfcTypeObject"):
        type_psets[type_object.id()] = tuple(p.id() for p in type_object.HasPropertySets or ())
    if model.schema == "IFC2X3":  # IFC2X3 types may be linked the other way
        for element in model.by_type("IfcElement"):
            for rel in getattr(element, "IsDefinedBy", ()) or ():
                if rel.is_a("IfcRelDefinesByType"):
                    types.setdefault(element.id(), rel.RelatingType)
    return types, type_psets


def _occurrence_psets(model: ifcopenshell.file) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for rel in model.by_type("IfcRelDefinesByProperties"):
        definition = rel.RelatingPropertyDefinition
        if definition is None or not hasattr(definition, "id"):
            continue
        for element in rel.RelatedObjects or ():
            found.setdefault(element.id(), []).append(definition.id())
    return found


def _pset_values(model: ifcopenshell.file) -> dict[int, dict]:
    """Property-set id → ``{"Pset.Property": value}`` for sets and quantity sets."""
    values: dict[int, dict] = {}
    for pset in model.by_type("IfcPropertySet"):
        name = str(pset.Name or "")
        entries = {}
        for prop in pset.HasProperties or ():
            if prop.is_a("IfcPropertySingleValue"):
                nominal = prop.NominalValue
                entries[f"{name}.{prop.Name}"] = _text(
                    nominal.wrappedValue if nominal is not None else None
                )
            elif prop.is_a("IfcPropertyEnumeratedValue"):
                entries[f"{name}.{prop.Name}"] = ",".join(
                    _text(v.wrappedValue) for v in prop.EnumerationValues or ()
                )
        values[pset.id()] = entries
    for qset in model.by_type("IfcElementQuantity"):
        name = str(qset.Name or "")
        values[qset.id()] = {
            f"{name}.{q.Name}": _text(q[3]) for q in qset.Quantities or () if len(q) > 3
        }
    return values


Matrix = tuple[
    tuple[float, float, float],
    tuple[float, float, float],
    tuple[float, float, float],
    tuple[float, float, float],
]
"""Columns x, y, z axes and the origin: a rigid placement, in plain floats (fast to compose)."""

_IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.0, 0.0, 0.0))


class _Geometry:
    """Placements and body extents, cached per shared entity (storey placements, type maps)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.placements: dict[int, Matrix] = {}
        self.axes: dict[int, Matrix] = {}
        self.bodies: dict[int, tuple[tuple[float, float, float], tuple | None] | None] = {}

    def of(
        self, element: Any, placement: Any, representation: Any
    ) -> tuple[tuple[float, float, float], tuple[float, ...], tuple | None]:
        matrix = self.placement(placement)
        local, size = self.body(representation)
        x, y, z, origin = matrix
        world = tuple(
            origin[i] + x[i] * local[0] + y[i] * local[1] + z[i] * local[2] for i in range(3)
        )
        scale = self.scale
        centre = (world[0] * scale, world[1] * scale, world[2] * scale)
        rotation = tuple(round(v, 3) for axis in (x, y, z) for v in axis)
        if size is not None:
            size = tuple(round(v * scale, 4) for v in sorted(size))
        return centre, rotation, size

    def placement(self, placement: Any) -> Matrix:
        if placement is None:
            return _IDENTITY
        key = placement.id()
        found = self.placements.get(key)
        if found is None:
            if not placement.is_a("IfcLocalPlacement"):
                found = self.placements[key] = _IDENTITY
                return found
            parent = self.placement(placement.get_argument(0))  # PlacementRelTo
            relative = placement.get_argument(1)  # RelativePlacement
            found = self.placements[key] = _compose(parent, self.axis(relative))
        return found

    def axis(self, axis_placement: Any) -> Matrix:
        if axis_placement is None:
            return _IDENTITY
        key = axis_placement.id()
        found = self.axes.get(key)
        if found is None:
            found = self.axes[key] = _axis_matrix(axis_placement)
        return found

    def body(self, representation: Any) -> tuple[tuple[float, float, float], tuple | None]:
        if representation is None:
            return (0.0, 0.0, 0.0), None
        for shape in representation.get_argument(2) or ():  # Representations
            if shape.get_argument(1) not in (None, "Body"):  # RepresentationIdentifier
                continue
            for item in shape.get_argument(3) or ():  # Items
                found = self.item(item)
                if found is not None:
                    return found
        return (0.0, 0.0, 0.0), None

    def item(self, item: Any, depth: int = 0) -> tuple[tuple, tuple | None] | None:
        key = item.id()
        if key in self.bodies:
            return self.bodies[key]
        found = None
        if item.is_a("IfcMappedItem") and depth < 3:
            source = item.get_argument(0)  # MappingSource → MappedRepresentation → Items
            for inner in source.get_argument(1).get_argument(3) or ():
                found = self.item(inner, depth + 1)
                if found is not None:
                    break
        elif item.is_a("IfcExtrudedAreaSolid"):
            found = self.extrusion(item)
        self.bodies[key] = found
        return found

    def extrusion(self, item: Any) -> tuple[tuple, tuple]:
        width, height = _profile_extent(item.SweptArea)
        length = float(item.Depth or 0.0)
        direction = [float(d) for d in item.ExtrudedDirection.DirectionRatios][:3]
        direction += [0.0] * (3 - len(direction))
        norm = math.sqrt(sum(d * d for d in direction)) or 1.0
        half = [d / norm * length / 2 for d in direction]
        x, y, z, origin = self.axis(item.Position)
        local = tuple(
            origin[i] + x[i] * half[0] + y[i] * half[1] + z[i] * half[2] for i in range(3)
        )
        return local, (width, height, length)


def _normalised(vector: list[float]) -> tuple[float, float, float]:
    vector = [*vector, 0.0, 0.0, 0.0][:3]
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return (vector[0] / norm, vector[1] / norm, vector[2] / norm)


def _cross(a: tuple, b: tuple) -> tuple[float, float, float]:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _axis_matrix(axis_placement: Any) -> Matrix:
    """IfcAxis2Placement3D (Location, Axis, RefDirection) or 2D (Location, RefDirection)."""
    location = [float(v) for v in axis_placement.get_argument(0).get_argument(0)]
    origin = (*location, 0.0, 0.0, 0.0)[:3]
    if len(axis_placement) >= 3:
        axis, ref = axis_placement.get_argument(1), axis_placement.get_argument(2)
    else:
        axis, ref = None, axis_placement.get_argument(1)
    z = _normalised(list(axis.get_argument(0))) if axis is not None else (0.0, 0.0, 1.0)
    x = _normalised(list(ref.get_argument(0))) if ref is not None else (1.0, 0.0, 0.0)
    y = _normalised(list(_cross(z, x)))
    x = _cross(y, z)
    return (x, y, z, origin)  # type: ignore[return-value]


def _compose(parent: Matrix, local: Matrix) -> Matrix:
    px, py, pz, po = parent

    def apply(v: tuple, translate: bool) -> tuple[float, float, float]:
        base = po if translate else (0.0, 0.0, 0.0)
        return tuple(base[i] + px[i] * v[0] + py[i] * v[1] + pz[i] * v[2] for i in range(3))

    lx, ly, lz, lo = local
    return (apply(lx, False), apply(ly, False), apply(lz, False), apply(lo, True))  # type: ignore[return-value]


def _profile_extent(profile: Any) -> tuple[float, float]:
    if profile.is_a("IfcRectangleProfileDef"):
        return float(profile.XDim), float(profile.YDim)
    if profile.is_a("IfcCircleProfileDef"):
        return 2 * float(profile.Radius), 2 * float(profile.Radius)
    return 0.0, 0.0
