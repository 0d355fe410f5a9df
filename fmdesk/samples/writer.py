"""The low-level IFC writer behind the sample generator: one code path for every size and schema.

Why not ``ifcopenshell.api`` for every object? A 40-storey sample has over 100,000 elements and
about 180,000 ports; one API call per object adds its own relationship per call (one containment
or type relation per element instead of one per space or type) and a random GlobalId, so the file
is larger, slower to write and different on every run. This writer creates entities directly,
shares geometry (through :class:`fmdesk.samples.entities.EntityFactory`: profiles, solids,
representation maps, directions, points), batches relationships (one containment per space, one
type relation per type, one group assignment per system) and derives every GlobalId from a
stable key. ``ifcopenshell.api`` is still used where it is cheap and schema-aware (units and
representation contexts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ifcopenshell

from fmdesk.samples.classes import attribute_names, classes_for, predefined_value
from fmdesk.samples.entities import EntityFactory
from fmdesk.samples.geometry import Frame, Vec
from fmdesk.samples.psets import typed_value


@dataclass(frozen=True)
class TypeSpec:
    """A product type: what it is, its box size (for equipment) and its manufacturer data."""

    key: str
    kind: str
    predefined: str
    name: str
    box: tuple[float, float, float] | None = None  # width (local x), depth (local y), height (z)
    manufacturer: str | None = None
    model_label: str | None = None
    model_reference: str | None = None


@dataclass
class Node:
    """A generated element: its entity, world frame and placement (ports are placed relative)."""

    entity: ifcopenshell.entity_instance
    key: str
    frame: Frame
    placement: ifcopenshell.entity_instance
    port_count: int = 0


@dataclass
class SystemInfo:
    entity: ifcopenshell.entity_instance
    key: str
    enum: str
    members: list[ifcopenshell.entity_instance] = field(default_factory=list)
    member_ids: set[int] = field(default_factory=set)


PORT_KIND = {
    "DOMESTICCOLDWATER": "PIPE",
    "SEWAGE": "PIPE",
    "FIREPROTECTION": "PIPE",
    "GAS": "PIPE",
    "ELECTRICAL": "CABLE",
    "EXHAUST": "DUCT",
}


class SampleWriter(EntityFactory):
    """Creates entities for one sample model; call :meth:`finish` once to write the relations."""

    def __init__(self, schema: str) -> None:
        self._types: dict[str, ifcopenshell.entity_instance] = {}
        self._mapped_items: dict[str, ifcopenshell.entity_instance] = {}
        self._typed: dict[str, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._contained: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._aggregated: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._nested: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._objects: dict[int, ifcopenshell.entity_instance] = {}
        self.systems: dict[str, SystemInfo] = {}
        self.connections = 0
        super().__init__(schema)

    # ---- types ----------------------------------------------------------------------------
    def type_for(self, spec: TypeSpec) -> ifcopenshell.entity_instance | None:
        """The type object of ``spec`` (created once), or None where the schema has none."""
        found = self._types.get(spec.key)
        if found is not None or spec.key in self._mapped_items:
            return found
        _, type_class = classes_for(spec.kind, self.schema)
        maps = None
        if spec.box is not None:
            w, d, h = spec.box
            solid = self.extrusion(self.rectangle_profile(w, d), h)
            shape = self.create(
                "IfcShapeRepresentation",
                ContextOfItems=self.body,
                RepresentationIdentifier="Body",
                RepresentationType="SweptSolid",
                Items=[solid],
            )
            rep_map = self.create(
                "IfcRepresentationMap",
                MappingOrigin=self.axis3((0.0, 0.0, 0.0)),
                MappedRepresentation=shape,
            )
            maps = [rep_map]
            self._mapped_items[spec.key] = self.create(
                "IfcMappedItem", MappingSource=rep_map, MappingTarget=self._identity
            )
        if type_class is None:
            if maps is None:
                self._mapped_items[spec.key] = None  # type: ignore[assignment]
            return None
        predefined, user_label = predefined_value(self.schema, type_class, spec.predefined)
        entity = self.rooted(
            type_class,
            f"type:{spec.key}",
            Name=spec.name,
            RepresentationMaps=maps,
            PredefinedType=predefined,
            ElementType=user_label,
            **_mandatory_type_attributes(self.schema, type_class),
        )
        self._types[spec.key] = entity
        if spec.manufacturer:
            self.add_pset(
                entity, "Pset_ManufacturerTypeInformation", _type_info(spec), is_type=True
            )
        return entity

    # ---- elements -------------------------------------------------------------------------
    def add_element(
        self,
        spec: TypeSpec,
        key: str,
        name: str,
        *,
        frame: Frame,
        storey_placement,
        storey_elevation: float,
        container,
        length: float | None = None,
        profile=None,
        tag: str | None = None,
        description: str | None = None,
        systems: Iterable[str] = (),
    ) -> Node:
        """Create one element with its placement, geometry, type and containment.

        Linear elements pass ``profile`` and ``length`` (an extrusion along local z); equipment
        uses its type's box through the type's representation map.
        """
        occurrence_class, _type_class = classes_for(spec.kind, self.schema)
        type_entity = self.type_for(spec)
        placement = self.local_placement(storey_placement, frame, storey_elevation)
        if profile is not None and length is not None:
            shape = self.body_shape(self.extrusion(profile, length))
        elif spec.box is not None:
            shape = self.mapped_shape(spec.key)
        else:
            shape = None
        extra: dict[str, Any] = {}
        names = attribute_names(self.schema, occurrence_class)
        if "PredefinedType" in names:
            value, label = predefined_value(self.schema, occurrence_class, spec.predefined)
            extra["PredefinedType"] = value
            if label:
                extra["ObjectType"] = label
        if occurrence_class == "IfcElectricDistributionPoint":
            extra["DistributionPointFunction"] = spec.predefined
            extra["UserDefinedFunction"] = None
        if "OperationType" in names and spec.kind == "lift":
            extra["OperationType"] = spec.predefined  # IFC2X3 IfcTransportElement
        entity = self.rooted(
            occurrence_class,
            key,
            Name=name,
            Description=description,
            ObjectPlacement=placement,
            Representation=shape,
            Tag=tag,
            **extra,
        )
        if type_entity is not None:
            self._typed[spec.key].append(entity)
        elif spec.manufacturer:
            # no type class in this schema (IFC2X3 boards): keep the make on the occurrence
            self.add_pset(entity, "Pset_ManufacturerTypeInformation", _type_info(spec))
        self._contained[container.id()].append(entity)
        self._objects[container.id()] = container
        for system in systems:
            self.assign(system, entity)
        return Node(entity, key, frame, placement)

    def contain(self, container, entity) -> None:
        self._contained[container.id()].append(entity)
        self._objects[container.id()] = container

    def aggregate(self, whole, part) -> None:
        self._aggregated[whole.id()].append(part)
        self._objects[whole.id()] = whole

    # ---- systems and ports ----------------------------------------------------------------
    def add_system(self, key: str, name: str, enum: str, description: str) -> SystemInfo:
        """An IfcDistributionSystem (IFC4+) or IfcSystem / IfcElectricalCircuit (IFC2X3)."""
        if self.schema == "IFC2X3":
            ifc_class = "IfcElectricalCircuit" if enum == "ELECTRICAL" else "IfcSystem"
            entity = self.rooted(
                ifc_class, key, Name=name, Description=description, ObjectType=enum
            )
        else:
            entity = self.rooted(
                "IfcDistributionSystem",
                key,
                Name=name,
                Description=description,
                LongName=name,
                PredefinedType=enum,
            )
        info = SystemInfo(entity, key, enum)
        self.systems[key] = info
        return info

    def assign(self, system_key: str, entity) -> None:
        info = self.systems[system_key]
        if entity.id() not in info.member_ids:
            info.member_ids.add(entity.id())
            info.members.append(entity)

    def add_port(self, node: Node, point: Vec, flow: str, system_key: str):
        """A distribution port on ``node`` at the world ``point``, nested in the element."""
        node.port_count += 1
        enum = self.systems[system_key].enum
        local = node.frame.to_local(point)
        placement = self.create(
            "IfcLocalPlacement", PlacementRelTo=node.placement, RelativePlacement=self.axis3(local)
        )
        label = "进口" if flow == "SINK" else "出口"
        port = self.rooted(
            "IfcDistributionPort",
            f"{node.key}:port{node.port_count}",
            Name=f"{label}{node.port_count}",
            ObjectPlacement=placement,
            FlowDirection=flow,
            PredefinedType=PORT_KIND[enum],
            SystemType=enum,
        )
        if self.schema == "IFC2X3":
            self.rooted(
                "IfcRelConnectsPortToElement",
                f"{node.key}:port{node.port_count}:rel",
                RelatingPort=port,
                RelatedElement=node.entity,
            )
        else:
            self._nested[node.entity.id()].append(port)
            self._objects[node.entity.id()] = node.entity
            self._keys.setdefault(node.entity.id(), node.key)
        return port

    def connect(self, upstream: Node, downstream: Node, point: Vec, system_key: str) -> None:
        """Connect two elements at a world point: a SOURCE port upstream, a SINK port downstream.

        Example: ``connect(meter, valve, (11.4, 8.0, 2.2), "sys:water")`` makes water flow from
        the meter into the valve.
        """
        source = self.add_port(upstream, point, "SOURCE", system_key)
        sink = self.add_port(downstream, point, "SINK", system_key)
        self.connections += 1
        self.rooted(
            "IfcRelConnectsPorts",
            f"{upstream.key}>{downstream.key}:{self.connections}",
            RelatingPort=source,
            RelatedPort=sink,
        )
        self.assign(system_key, upstream.entity)
        self.assign(system_key, downstream.entity)

    # ---- property sets --------------------------------------------------------------------
    def add_pset(self, entity, name: str, values: dict[str, Any], is_type: bool = False) -> None:
        """A property set with values typed as the schema's template says (see psets.py)."""
        props = [
            self.create(
                "IfcPropertySingleValue",
                Name=prop,
                NominalValue=typed_value(self.model, self.schema, name, prop, value),
            )
            for prop, value in values.items()
            if value is not None
        ]
        owner_key = self._keys.get(entity.id(), str(entity.id()))
        pset = self.rooted(
            "IfcPropertySet", f"{owner_key}:pset:{name}", Name=name, HasProperties=props
        )
        if is_type:
            entity.HasPropertySets = [*(entity.HasPropertySets or ()), pset]
        else:
            self.rooted(
                "IfcRelDefinesByProperties",
                f"{owner_key}:pset:{name}:rel",
                RelatedObjects=[entity],
                RelatingPropertyDefinition=pset,
            )

    # ---- finishing ------------------------------------------------------------------------
    def finish(self, building) -> ifcopenshell.file:
        """Write the batched relationships (one per container, type, system) and return the file."""
        for whole_id, parts in self._aggregated.items():
            whole = self._objects[whole_id]
            self.rooted(
                "IfcRelAggregates",
                f"{self._keys[whole_id]}:aggregates",
                RelatingObject=whole,
                RelatedObjects=parts,
            )
        for container_id, elements in self._contained.items():
            self.rooted(
                "IfcRelContainedInSpatialStructure",
                f"{self._keys[container_id]}:contains",
                RelatingStructure=self._objects[container_id],
                RelatedElements=elements,
            )
        for type_key, occurrences in self._typed.items():
            type_entity = self._types[type_key]
            rel_class = "IfcRelDefinesByType"
            self.rooted(
                rel_class,
                f"type:{type_key}:defines",
                RelatedObjects=occurrences,
                RelatingType=type_entity,
            )
        for element_id, ports in self._nested.items():
            self.rooted(
                "IfcRelNests",
                f"{self._keys[element_id]}:nests",
                RelatingObject=self._objects[element_id],
                RelatedObjects=ports,
            )
        for info in self.systems.values():
            self.rooted(
                "IfcRelAssignsToGroup",
                f"{info.key}:members",
                RelatedObjects=info.members,
                RelatingGroup=info.entity,
            )
            self.rooted(
                "IfcRelServicesBuildings",
                f"{info.key}:services",
                RelatingSystem=info.entity,
                RelatedBuildings=[building],
            )
        self._set_header()
        return self.model


def _type_info(spec: TypeSpec) -> dict[str, Any]:
    return {
        "Manufacturer": spec.manufacturer,
        "ModelLabel": spec.model_label,
        "ModelReference": spec.model_reference,
    }


def _mandatory_type_attributes(schema: str, type_class: str) -> dict[str, Any]:
    """Mandatory attributes that some type classes need beyond PredefinedType."""
    if type_class in ("IfcDoorType", "IfcDoorStyle"):
        values: dict[str, Any] = {"OperationType": "SINGLE_SWING_LEFT"}
        if type_class == "IfcDoorStyle":
            values.update(ConstructionType="WOOD", ParameterTakesPrecedence=False, Sizeable=False)
        return values
    if type_class in ("IfcWindowType", "IfcWindowStyle"):
        values = {"PartitioningType": "DOUBLE_PANEL_VERTICAL"}
        if type_class == "IfcWindowStyle":
            values = {
                "OperationType": "DOUBLE_PANEL_VERTICAL",
                "ConstructionType": "ALUMINIUM",
                "ParameterTakesPrecedence": False,
                "Sizeable": False,
            }
        return values
    return {}
