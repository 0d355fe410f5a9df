"""The spatial tree: project → site → building → storeys → spaces (flats → rooms).

The UI's model browser, the "which flats lose water" answer and the storey isolation in 3D all
start from this tree, so it is read once into plain frozen dataclasses that can cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ifcopenshell

from fmdesk.bim.attributes import (
    as_entities,
    as_entity,
    global_id_of,
    is_subtype,
    read_attribute,
)
from fmdesk.bim.index import by_type_safe
from fmdesk.bim.text import repair_text
from fmdesk.bim.units import length_scale

__all__ = ["SpatialNode", "iter_spatial_nodes", "read_spatial_tree"]


@dataclass(frozen=True)
class SpatialNode:
    """One spatial element (or the project) with its children and directly contained elements."""

    global_id: str
    ifc_class: str
    name: str | None
    long_name: str | None
    elevation: float | None
    """Storey elevation in metres (None for other nodes or when not given)."""
    children: tuple[SpatialNode, ...] = field(default=())
    element_ids: tuple[str, ...] = field(default=())
    """GlobalIds of the elements contained directly here (IfcRelContainedInSpatialStructure)."""


def read_spatial_tree(model: ifcopenshell.file) -> SpatialNode:
    """Return the project node with the whole aggregation tree below it.

    Storeys are ordered by elevation, other children in file order. Spatial elements not
    reachable from the project (a dangling storey in a broken export) are attached to the
    project so nothing disappears.

    >>> tree = read_spatial_tree(model)  # doctest: +SKIP
    >>> [storey.name for storey in tree.children[0].children[0].children]  # doctest: +SKIP
    ['B1', '1F', '2F', ...]
    """
    projects = model.by_type("IfcProject")
    if not projects:
        raise ValueError("the model has no IfcProject")
    scale = length_scale(model)
    children_of: dict[int, list[ifcopenshell.entity_instance]] = {}
    has_parent: set[int] = set()
    for rel in by_type_safe(model, "IfcRelAggregates"):
        whole = as_entity(rel.RelatingObject)
        if whole is None or not (_is_spatial(whole) or is_subtype(whole, "IfcProject")):
            continue
        for part in as_entities(rel.RelatedObjects):
            if _is_spatial(part):
                children_of.setdefault(whole.id(), []).append(part)
                has_parent.add(part.id())
    contained: dict[int, list[str]] = {}
    for rel in by_type_safe(model, "IfcRelContainedInSpatialStructure"):
        structure = as_entity(rel.RelatingStructure)
        if structure is None or not _is_spatial(structure):
            continue
        target = contained.setdefault(structure.id(), [])
        target.extend(global_id_of(element) for element in as_entities(rel.RelatedElements))
    project = projects[0]
    orphans = [
        entity
        for entity in _spatial_entities(model)
        if entity.id() not in has_parent and not entity.is_a("IfcProject")
    ]
    if orphans:
        children_of.setdefault(project.id(), []).extend(orphans)
    return _build_node(project, children_of, contained, scale, set())


def iter_spatial_nodes(node: SpatialNode):
    """Yield ``node`` and every node below it, depth first."""
    yield node
    for child in node.children:
        yield from iter_spatial_nodes(child)


def _spatial_entities(model: ifcopenshell.file) -> list[ifcopenshell.entity_instance]:
    found = by_type_safe(model, "IfcSpatialElement")
    return found or by_type_safe(model, "IfcSpatialStructureElement")


def _is_spatial(entity: ifcopenshell.entity_instance) -> bool:
    return is_subtype(entity, "IfcSpatialStructureElement") or is_subtype(
        entity, "IfcSpatialElement"
    )


def _build_node(
    entity: ifcopenshell.entity_instance,
    children_of: dict[int, list[ifcopenshell.entity_instance]],
    contained: dict[int, list[str]],
    scale: float,
    visiting: set[int],
) -> SpatialNode:
    visiting.add(entity.id())
    children = [child for child in children_of.get(entity.id(), ()) if child.id() not in visiting]
    children.sort(key=_storey_order)
    elevation = (
        read_attribute(entity, "Elevation") if is_subtype(entity, "IfcBuildingStorey") else None
    )
    return SpatialNode(
        global_id=global_id_of(entity),
        ifc_class=entity.is_a(),
        name=repair_text(entity.get_argument(2)),
        long_name=repair_text(read_attribute(entity, "LongName")),
        elevation=_number(elevation) * scale if _number(elevation) is not None else None,
        children=tuple(
            _build_node(child, children_of, contained, scale, visiting) for child in children
        ),
        element_ids=tuple(contained.get(entity.id(), ())),
    )


def _storey_order(entity: ifcopenshell.entity_instance) -> tuple[int, float]:
    if entity.is_a("IfcBuildingStorey"):
        return (0, _number(entity.Elevation) or 0.0)
    return (1, 0.0)


def _number(value: object) -> float | None:
    """A length as a float; a value of the wrong type (a text) reads as unset."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None
