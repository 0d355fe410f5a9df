"""Inverse lookups built once per model, so bulk readers stay linear on 100,000-element models.

ifcopenshell.util answers "what type is this element?", "where is it contained?" with an
inverse query per element; over a whole model that is the slow part. Here every relationship of
interest is walked once and turned into dictionaries keyed by STEP id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ifcopenshell

from fmdesk.bim.attributes import as_entities, as_entity_of, is_subtype

__all__ = ["ModelIndex", "build_model_index", "by_type_safe"]


@dataclass
class ModelIndex:
    """Dictionaries keyed by STEP id (``entity.id()``); build with :func:`build_model_index`."""

    model: ifcopenshell.file
    container: dict[int, ifcopenshell.entity_instance] = field(default_factory=dict)
    """element → spatial element containing it (IfcRelContainedInSpatialStructure)."""
    parent: dict[int, ifcopenshell.entity_instance] = field(default_factory=dict)
    """part → whole (IfcRelAggregates; IfcRelNests for everything but ports)."""
    references: dict[int, list[ifcopenshell.entity_instance]] = field(default_factory=dict)
    """element → spatial elements referencing it (IfcRelReferencedInSpatialStructure)."""
    element_type: dict[int, ifcopenshell.entity_instance] = field(default_factory=dict)
    """occurrence → type object (IfcRelDefinesByType)."""
    port_host: dict[int, ifcopenshell.entity_instance] = field(default_factory=dict)
    """port → host element (IfcRelNests in IFC4/4X3, IfcRelConnectsPortToElement in IFC2X3)."""
    host_ports: dict[int, list[ifcopenshell.entity_instance]] = field(default_factory=dict)
    """host element → its ports, in file order."""
    _location: dict[int, tuple] = field(default_factory=dict, repr=False)

    def locate(
        self, entity: ifcopenshell.entity_instance
    ) -> tuple[ifcopenshell.entity_instance | None, ifcopenshell.entity_instance | None]:
        """Return ``(storey, space)`` holding ``entity``; either may be None.

        Elements aggregated into another element (stair flights, curtain wall panels, nested
        parts) and ports take their host's place; a space is found through containment, else
        through a spatial reference; the storey by walking up the aggregation tree.
        """
        storey = space = None
        current: ifcopenshell.entity_instance | None = entity
        for _ in range(64):  # guards against cyclic aggregation in broken files
            if current is None:
                break
            structure = self.container.get(current.id())
            if structure is None and (
                is_subtype(current, "IfcSpatialElement")
                or is_subtype(current, "IfcSpatialStructureElement")
            ):
                structure = current
            if structure is not None:
                storey, space = self._locate_structure(structure)
                break
            current = self.port_host.get(current.id()) or self.parent.get(current.id())
        if space is None:
            space = self._referenced_space(entity, current)
        return storey, space

    def _referenced_space(
        self, entity: ifcopenshell.entity_instance, host: ifcopenshell.entity_instance | None
    ) -> ifcopenshell.entity_instance | None:
        for candidate in (entity, host):
            if candidate is None:
                continue
            for structure in self.references.get(candidate.id(), ()):
                if is_subtype(structure, "IfcSpace"):
                    return structure
        return None

    def _locate_structure(
        self, structure: ifcopenshell.entity_instance
    ) -> tuple[ifcopenshell.entity_instance | None, ifcopenshell.entity_instance | None]:
        key = structure.id()
        cached = self._location.get(key)
        if cached is not None:
            return cached
        storey = space = None
        current: ifcopenshell.entity_instance | None = structure
        steps = 0
        while current is not None and steps < 64:
            steps += 1
            if space is None and is_subtype(current, "IfcSpace"):
                space = current
            if is_subtype(current, "IfcBuildingStorey"):
                storey = current
                break
            current = self.parent.get(current.id())
        self._location[key] = (storey, space)
        return storey, space


def by_type_safe(model: ifcopenshell.file, ifc_class: str) -> list[ifcopenshell.entity_instance]:
    """``model.by_type`` that returns [] for a class the schema does not have."""
    try:
        return model.by_type(ifc_class)
    except RuntimeError:
        return []


def build_model_index(model: ifcopenshell.file) -> ModelIndex:
    """Walk the containment, aggregation, typing and port relationships once.

    >>> index = build_model_index(model)  # doctest: +SKIP
    >>> index.locate(model["1hOSvn6df7F8_7GcBWlR72"])  # doctest: +SKIP
    (#41=IfcBuildingStorey(...), None)
    """
    index = ModelIndex(model)
    # every relationship end is read through as_entity/as_entities: in a broken export an end
    # may be unset or hold a text, and such a relationship is skipped (validation reports it)
    spatial = _spatial_class(model)
    for rel in by_type_safe(model, "IfcRelContainedInSpatialStructure"):
        structure = as_entity_of(rel.RelatingStructure, spatial)
        if structure is not None:
            for element in as_entities(rel.RelatedElements):
                index.container.setdefault(element.id(), structure)
    for rel in by_type_safe(model, "IfcRelReferencedInSpatialStructure"):
        structure = as_entity_of(rel.RelatingStructure, spatial)
        if structure is not None:
            for element in as_entities(rel.RelatedElements):
                index.references.setdefault(element.id(), []).append(structure)
    for rel in by_type_safe(model, "IfcRelAggregates"):
        whole = as_entity_of(rel.RelatingObject, "IfcObjectDefinition")
        if whole is not None:
            for part in as_entities(rel.RelatedObjects):
                index.parent.setdefault(part.id(), whole)
    for rel in by_type_safe(model, "IfcRelNests"):
        whole = as_entity_of(rel.RelatingObject, "IfcObjectDefinition")
        if whole is None:
            continue
        for part in as_entities(rel.RelatedObjects):
            if is_subtype(part, "IfcPort"):
                _add_port(index, part, whole)
            else:
                index.parent.setdefault(part.id(), whole)
    for rel in by_type_safe(model, "IfcRelConnectsPortToElement"):
        port = as_entity_of(rel.RelatingPort, "IfcPort")
        host = as_entity_of(rel.RelatedElement, "IfcElement")
        if port is not None and host is not None:
            _add_port(index, port, host)
    for rel in by_type_safe(model, "IfcRelDefinesByType"):
        element_type = as_entity_of(rel.RelatingType, "IfcTypeObject")
        if element_type is not None:
            for occurrence in as_entities(rel.RelatedObjects):
                index.element_type.setdefault(occurrence.id(), element_type)
    return index


def _spatial_class(model: ifcopenshell.file) -> str:
    """IfcSpatialElement (IFC4+), else IfcSpatialStructureElement (IFC2X3)."""
    return "IfcSpatialElement" if model.schema != "IFC2X3" else "IfcSpatialStructureElement"


def _add_port(
    index: ModelIndex, port: ifcopenshell.entity_instance, host: ifcopenshell.entity_instance
) -> None:
    if port.id() in index.port_host:
        return
    index.port_host[port.id()] = host
    index.host_ports.setdefault(host.id(), []).append(port)
