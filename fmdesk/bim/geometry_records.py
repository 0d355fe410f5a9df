"""Who each mesh belongs to: element records (class, kind, name, storey) and the storeys.

Tessellation needs, per meshed element, its storey and fmdesk's kind; building the full model
index for that costs seconds on a large model, so :class:`ElementPlaces` reads only the three
relationships that answer it and falls back to the full index where they cannot.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ifcopenshell

from fmdesk.bim.geometry_types import ElementRecord, Storey
from fmdesk.bim.text import repair_text

__all__ = ["ElementPlaces", "read_storeys"]


def read_storeys(model: ifcopenshell.file) -> list[Storey]:
    """Every IfcBuildingStorey with its elevation in metres, lowest first.

    The elevation is the storey's ``Elevation`` attribute (as the model reader's spatial tree
    reads it), else the height of its placement: the walk camera stands on it.
    """
    import ifcopenshell.util.unit

    from fmdesk.bim.text import repair_text

    scale = ifcopenshell.util.unit.calculate_unit_scale(model)
    storeys = []
    for storey in model.by_type("IfcBuildingStorey"):
        if storey.Elevation is not None:
            elevation = float(storey.Elevation) * scale
        else:
            elevation = _placement_elevation(model, storey.GlobalId)
        name = repair_text(storey.Name) or repair_text(storey.LongName) or ""
        storeys.append(Storey(storey.GlobalId, name, elevation))
    storeys.sort(key=lambda s: s.elevation)
    return storeys


class ElementPlaces:
    """Element records (class, kind, name, storey) from a light relationship lookup.

    Tessellation only needs element → container, aggregation parent and type, so those three
    relationships are read up front (a third of the full model index on a 100,000-element
    model, whose ports dominate). Whenever that lookup cannot answer exactly as the model
    reader's index would (an element neither contained nor spatial, a chain that leaves the
    aggregation tree), the full :func:`fmdesk.bim.index.build_model_index` is built once and
    answers instead, so records are the same either way.

    The maps are keyed and valued by STEP id, so a record costs dictionary look-ups of ints
    rather than calls into ifcopenshell: 100,000 of them are made on every open.
    """

    def __init__(self, model: ifcopenshell.file, scan: bool = True) -> None:
        from fmdesk.bim.index import by_type_safe

        self.model = model
        self.storeys = read_storeys(model)
        self.storey_ids = {s.id(): s.GlobalId for s in by_type_safe(model, "IfcBuildingStorey")}
        self.project_ids = {p.id() for p in by_type_safe(model, "IfcProject")}
        self.container: dict[int, int] = {}
        self.parent: dict[int, int] = {}
        self.element_type: dict[int, int] = {}
        self.types: dict[int, Any] = {}
        self._index: Any = None
        self._storeys_of: dict[int, str] = {}
        self._kinds: dict[tuple[str, int], str] = {}
        self._by_parent: dict[tuple[int, str], str] = {}
        self._chains: dict[int, bool] = {}
        """Containers read by :meth:`learn`, and whether their chains answer."""
        if scan:
            self._scan_relationships()

    @classmethod
    def for_elements(
        cls, model: ifcopenshell.file, step_ids: Iterable[int]
    ) -> tuple[ElementPlaces, list[int]]:
        """Places that know only ``step_ids`` (and their containers' chains), read through
        each element's inverse references instead of every relationship of the model: a few
        milliseconds, where the scan takes a third of a second on a 100,000-element model.

        Returns the places and the elements whose record is certain to be the scan's: each
        contained in exactly one structure, in at most one whole and of at most one type,
        with a container chain that reaches a storey or the project the same way. The first
        picture's worker meshes those; the others wait for the full scan.
        """
        places = cls(model, scan=False)
        return places, places.learn(step_ids)

    def learn(self, step_ids: Iterable[int]) -> list[int]:
        """Read more elements' references into places made with ``scan=False`` (see
        :meth:`for_elements`); the ids whose record is certain."""
        chains = self._chains
        return [i for i in step_ids if self._learn_element(i, chains)]

    def _learn_element(self, step_id: int, chains: dict[int, bool]) -> bool:
        """Read one element's relationships into the maps; whether its record is certain."""
        roles = _roles(self.model, step_id)
        if roles is None or len(roles["container"]) != 1 or len(roles["type"]) > 1:
            return False
        container = roles["container"][0]
        self.container[step_id] = container
        if roles["parent"]:
            self.parent[step_id] = roles["parent"][0]
        if roles["type"]:
            type_id = self.element_type[step_id] = roles["type"][0]
            self.types[type_id] = self.model.by_id(type_id)
        if container not in chains:
            chains[container] = self._learn_chain(container)
        return chains[container]

    def _learn_chain(self, step_id: int) -> bool:
        """Read a container and its ancestors up to a storey or the project; whether the
        light lookup answers for it as the scan's would."""
        from fmdesk.bim.attributes import is_subtype

        entity = self.model.by_id(step_id)
        if not (
            is_subtype(entity, "IfcSpatialElement")
            or is_subtype(entity, "IfcSpatialStructureElement")
        ):
            return False  # a non-spatial container: the scan would ask the full index
        node = step_id
        for _ in range(64):
            roles = _roles(self.model, node)
            if roles is None or len(roles["container"]) > 1 or len(roles["parent"]) > 1:
                return False
            if node == step_id and roles["container"]:
                self.container[node] = roles["container"][0]
                return False  # a structure inside another by containment: rare, scan it
            if node in self.storey_ids or node in self.project_ids:
                return True
            if not roles["parent"]:
                return False
            self.parent[node] = roles["parent"][0]
            node = self.parent[node]
        return False

    def _scan_relationships(self) -> None:
        """Fill the three maps from every relationship of the model."""
        from fmdesk.bim.index import by_type_safe

        model = self.model
        for rel in by_type_safe(model, "IfcRelContainedInSpatialStructure"):
            structure = _step_id(rel.RelatingStructure)
            for element in rel.RelatedElements or ():
                self.container.setdefault(element.id(), structure)
        for rel in by_type_safe(model, "IfcRelAggregates"):
            whole = _step_id(rel.RelatingObject)
            for part in rel.RelatedObjects or ():
                self.parent.setdefault(part.id(), whole)
        for rel in by_type_safe(model, "IfcRelDefinesByType"):
            element_type = rel.RelatingType
            type_id = _step_id(element_type)
            self.types[type_id] = element_type
            for occurrence in rel.RelatedObjects or ():
                self.element_type.setdefault(occurrence.id(), type_id)

    def records(self, rows: Iterable[tuple[int, str, str, str]]) -> list[ElementRecord]:
        """Records of (STEP id, GlobalId, name, class) rows, one batch at a time.

        The storey is looked up once per container and the kind once per (class, type); an
        element outside any container is placed on its own.
        """
        container_of, type_of = self.container.get, self.element_type.get
        storey_of, kind_of = self._storeys_of.get, self._kinds.get
        records = []
        for step_id, global_id, name, ifc_class in rows:
            container_id = container_of(step_id, 0)
            storey_id = storey_of(container_id) if container_id else None
            if storey_id is None:
                storey_id = self._place(step_id, container_id, ifc_class)
            kind_key = (ifc_class, type_of(step_id, 0))
            kind = kind_of(kind_key)
            if kind is None:
                kind = self._kinds[kind_key] = _classify(ifc_class, self.types.get(kind_key[1]))
            if not name:
                name = ""
            elif not name.isascii():  # only non-ASCII text can be mojibake
                name = repair_text(name)
            records.append(ElementRecord(global_id, ifc_class, name, storey_id, kind))
        return records

    def _place(self, step_id: int, container_id: int, ifc_class: str) -> str:
        """The storey GlobalId of an element whose container (if any) was not placed yet."""
        if not container_id:
            return self._uncontained_storey_of(step_id, ifc_class)
        storey_id = self._storey_of(self.model.by_id(container_id))
        self._storeys_of[container_id] = storey_id
        return storey_id

    def _uncontained_storey_of(self, step_id: int, ifc_class: str) -> str:
        """The storey of an element outside any container (spaces: one in nine elements).

        Unless the element is a storey (or the project) itself, the light lookup's answer then
        depends only on its class and its aggregation parent, so it is kept per (parent, class);
        the full index's answer is per element.
        """
        if step_id in self.storey_ids or step_id in self.project_ids:
            return self._storey_above(step_id) or ""
        key = (self.parent.get(step_id, 0), ifc_class)
        storey_id = self._by_parent.get(key)
        if storey_id is None:
            entity = self.model.by_id(step_id)
            storey_id = self._light_storey_of(entity)
            if storey_id is None:
                return self._indexed_storey_of(entity)
            if key[0]:
                self._by_parent[key] = storey_id
        return storey_id

    def _storey_of(self, entity: Any) -> str:
        """GlobalId of the storey holding ``entity`` (the reader's rules), "" when none."""
        storey_id = self._light_storey_of(entity)
        if storey_id is not None:
            return storey_id
        return self._indexed_storey_of(entity)

    def _indexed_storey_of(self, entity: Any) -> str:
        """The full model index's answer, built on first need."""
        if self._index is None:
            from fmdesk.bim.index import build_model_index

            self._index = build_model_index(self.model)
        return _storey_global_id(self._index, entity)

    def _light_storey_of(self, entity: Any) -> str | None:
        """The storey from containment and aggregation alone; None when that is not certain."""
        from fmdesk.bim.attributes import is_subtype

        start = self.container.get(entity.id())
        if not start:
            if not (
                is_subtype(entity, "IfcSpatialElement")
                or is_subtype(entity, "IfcSpatialStructureElement")
            ):
                return None  # ports and nested parts: the full index knows their hosts
            start = entity.id()
        return self._storey_above(start)

    def _storey_above(self, step_id: int) -> str | None:
        """The first storey up the aggregation tree from ``step_id`` (itself included), "" at
        the project, None when the chain ends (or loops) anywhere else."""
        for _ in range(64):
            storey_id = self.storey_ids.get(step_id)
            if storey_id is not None:
                return storey_id
            if step_id in self.project_ids:
                return ""
            step_id = self.parent.get(step_id, 0)
            if not step_id:
                return None  # may still be nested somewhere: ask the full index
        return None


_ROLES = {
    "IfcRelContainedInSpatialStructure": (5, "container"),
    "IfcRelAggregates": (4, "parent"),
    "IfcRelDefinesByType": (5, "type"),
}
"""Relationship class (none of them has subtypes) → position of its relating end, and the
role it plays for the elements on its related side."""


def _roles(model: ifcopenshell.file, step_id: int) -> dict[str, list[int]] | None:
    """The relating ends of the three relationships where ``step_id`` is a related object
    (its containers, wholes and types), from its inverse references; None when a reference
    cannot be read. A relationship naming the element on its relating side is its own (it
    contains, aggregates or types others), not one of these."""
    found: dict[str, list[int]] = {"container": [], "parent": [], "type": []}
    try:
        for rel in model.get_inverse(model.by_id(step_id)):
            known = _ROLES.get(rel.is_a())
            if known is not None:
                end = _step_id(rel.get_argument(known[0]))
                if end and end != step_id:
                    found[known[1]].append(end)
    except (RuntimeError, AttributeError, IndexError):
        return None
    return found


def _step_id(entity: Any) -> int:
    """``entity``'s STEP id, 0 for a missing one (a relationship with an empty end)."""
    return entity.id() if entity is not None else 0


def _storey_global_id(index: Any, entity: Any) -> str:
    storey, _space = index.locate(entity)
    return storey.GlobalId if storey is not None else ""


def _classify(ifc_class: str, element_type: Any) -> str:
    from fmdesk.bim.classify import classify_class

    if ifc_class == "IfcSpace":
        return "space"
    return classify_class(ifc_class, element_type.is_a() if element_type is not None else None)


def _placement_elevation(model: ifcopenshell.file, global_id: str) -> float:
    import ifcopenshell.util.placement
    import ifcopenshell.util.unit

    storey = model.by_guid(global_id)
    try:
        matrix = ifcopenshell.util.placement.get_local_placement(storey.ObjectPlacement)
        return float(matrix[2][3]) * ifcopenshell.util.unit.calculate_unit_scale(model)
    except Exception:  # a broken placement must not stop the viewer
        return 0.0
