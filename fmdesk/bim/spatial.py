"""The spatial tree: project → site → building → storeys → spaces (flats → rooms).

The UI's model browser, the "which flats lose water" answer and the storey isolation in 3D all
start from this tree, so it is read once into plain frozen dataclasses that can cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ifcopenshell

from fmdesk.bim.attributes import is_subtype, read_attribute
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
        whole = rel.RelatingObject
        for part in rel.RelatedObjects or ():
            if _is_spatial(part):
                children_of.setdefault(whole.id(), []).append(part)
                has_parent.add(part.id())
    contained: dict[int, list[str]] = {}
    for rel in by_type_safe(model, "IfcRelContainedInSpatialStructure"):
        target = contained.setdefault(rel.RelatingStructure.id(), [])
        target.extend(element.GlobalId for element in rel.RelatedElements or ())
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
        global_id=entity.GlobalId,
        ifc_class=entity.is_a(),
        name=repair_text(entity.Name),
        long_name=repair_text(read_attribute(entity, "LongName")),
        elevation=float(elevation) * scale if elevation is not None else None,
        children=tuple(
            _build_node(child, children_of, contained, scale, visiting) for child in children
        ),
        element_ids=tuple(contained.get(entity.id(), ())),
    )


def _storey_order(entity: ifcopenshell.entity_instance) -> tuple[int, float]:
    if entity.is_a("IfcBuildingStorey"):
        elevation = entity.Elevation
        return (0, float(elevation) if elevation is not None else 0.0)
    return (1, 0.0)
