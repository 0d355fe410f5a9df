"""The low-level IFC writer behind the sample generator: one code path for every size and schema.

Why not ``ifcopenshell.api`` for every object? A 40-storey sample has over 100,000 elements and
about 180,000 ports; one API call per object adds its own relationship per call (one containment
or type relation per element instead of one per space or type) and a random GlobalId, so the file
is larger, slower to write and different on every run. This writer
creates entities directly, shares geometry (profiles, solids, representation maps, directions,
points), batches relationships (one containment per space, one type relation per type, one group
assignment per system) and derives every GlobalId from a stable key. ``ifcopenshell.api`` is still
used where it is cheap and schema-aware (units and representation contexts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ifcopenshell
import ifcopenshell.api.context
import ifcopenshell.api.unit

from fmdesk.samples.classes import attribute_indices, attribute_names, classes_for, predefined_value
from fmdesk.samples.geometry import Frame, Vec
from fmdesk.samples.ids import guid_for
from fmdesk.samples.psets import typed_value

_DIRECT_SET = hasattr(ifcopenshell.entity_instance, "set_attribute_value_py")
FIXED_TIMESTAMP = "2019-06-30T09:00:00"
FIXED_EPOCH = 1561856400  # 2019-06-30T01:00:00Z, the handover date of the sample building


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
    "ELECTRICAL": "CABLE",
    "EXHAUST": "DUCT",
}


class SampleWriter:
    """Creates entities for one sample model; call :meth:`finish` once to write the relations."""

    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.model = ifcopenshell.file(schema=schema)
        self._points: dict[tuple[float, ...], ifcopenshell.entity_instance] = {}
        self._directions: dict[Vec, ifcopenshell.entity_instance] = {}
        self._axes: dict[tuple, ifcopenshell.entity_instance] = {}
        self._profiles: dict[tuple, ifcopenshell.entity_instance] = {}
        self._solids: dict[tuple, ifcopenshell.entity_instance] = {}
        self._types: dict[str, ifcopenshell.entity_instance] = {}
        self._mapped_items: dict[str, ifcopenshell.entity_instance] = {}
        self._typed: dict[str, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._contained: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._aggregated: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._nested: dict[int, list[ifcopenshell.entity_instance]] = defaultdict(list)
        self._keys: dict[int, str] = {}
        self._objects: dict[int, ifcopenshell.entity_instance] = {}
        self.systems: dict[str, SystemInfo] = {}
        self.connections = 0
        self.owner_history = self._create_owner_history()
        self.project = self.rooted(
            "IfcProject", "project", Name="示例小区", LongName="fmdesk 示例项目"
        )
        self._assign_units()
        model_context = ifcopenshell.api.context.add_context(self.model, context_type="Model")
        self.body = ifcopenshell.api.context.add_context(
            self.model,
            context_type="Model",
            context_identifier="Body",
            target_view="MODEL_VIEW",
            parent=model_context,
        )
        self._identity = self.create(
            "IfcCartesianTransformationOperator3D", LocalOrigin=self.point((0.0, 0.0, 0.0))
        )

    # ---- basic entities -------------------------------------------------------------------
    def create(self, ifc_class: str, **attributes: Any) -> ifcopenshell.entity_instance:
        """Create an entity, silently dropping attributes the schema's class does not have.

        Attribute values are set straight on the instance: ``file.create_entity`` with keyword
        arguments checks the undo transaction for every attribute, which doubles the time of a
        100,000-element building. Nothing here is undoable anyway.
        """
        indices = attribute_indices(self.schema, ifc_class)
        entity = self.model.create_entity(ifc_class)
        for name, value in attributes.items():
            if value is None:
                continue
            index = indices.get(name)
            if index is None:
                continue
            if _DIRECT_SET:
                entity.set_attribute_value_py(index, value)
            else:  # pragma: no cover - older ifcopenshell
                entity[index] = value
        return entity

    def rooted(self, ifc_class: str, key: str, **attributes: Any) -> ifcopenshell.entity_instance:
        """Create an IfcRoot entity with a GlobalId derived from ``key`` and the owner history."""
        entity = self.create(
            ifc_class, GlobalId=guid_for(key), OwnerHistory=self.owner_history, **attributes
        )
        self._keys[entity.id()] = key
        return entity

    def point(self, coords: tuple[float, ...]) -> ifcopenshell.entity_instance:
        rounded = tuple(round(c, 4) + 0.0 for c in coords)
        found = self._points.get(rounded)
        if found is None:
            found = self.create("IfcCartesianPoint", Coordinates=rounded)
            self._points[rounded] = found
        return found

    def direction(self, v: Vec) -> ifcopenshell.entity_instance:
        found = self._directions.get(v)
        if found is None:
            found = self.create("IfcDirection", DirectionRatios=v)
            self._directions[v] = found
        return found

    def axis3(self, location: Vec, z: Vec | None = None, x: Vec | None = None):
        rounded = tuple(round(c, 4) + 0.0 for c in location)
        key = (rounded, z, x)
        found = self._axes.get(key)
        if found is None:
            found = self.create(
                "IfcAxis2Placement3D",
                Location=self.point(rounded),
                Axis=self.direction(z) if z else None,
                RefDirection=self.direction(x) if x else None,
            )
            self._axes[key] = found
        return found

    def axis2(self, location: tuple[float, float]) -> ifcopenshell.entity_instance:
        key = ("2d", round(location[0], 4), round(location[1], 4))
        found = self._axes.get(key)
        if found is None:
            found = self.create("IfcAxis2Placement2D", Location=self.point((key[1], key[2])))
            self._axes[key] = found
        return found

    def local_placement(self, relative_to, frame: Frame, offset_z: float = 0.0):
        """A placement relative to ``relative_to`` whose world frame is ``frame``.

        ``offset_z`` is the world elevation of ``relative_to`` (storeys are only translated).
        """
        origin = (frame.origin[0], frame.origin[1], frame.origin[2] - offset_z)
        if frame.is_world_aligned:
            axis = self.axis3(origin)
        else:
            axis = self.axis3(origin, frame.z, frame.x)
        return self.create("IfcLocalPlacement", PlacementRelTo=relative_to, RelativePlacement=axis)

    # ---- geometry -------------------------------------------------------------------------
    def circle_profile(self, radius: float):
        key = ("circle", round(radius, 4))
        found = self._profiles.get(key)
        if found is None:
            found = self.create(
                "IfcCircleProfileDef",
                ProfileType="AREA",
                Position=self.axis2((0.0, 0.0)),
                Radius=radius,
            )
            self._profiles[key] = found
        return found

    def rectangle_profile(self, xdim: float, ydim: float, centre: tuple[float, float] = (0, 0)):
        key = ("rect", round(xdim, 4), round(ydim, 4), centre)
        found = self._profiles.get(key)
        if found is None:
            found = self.create(
                "IfcRectangleProfileDef",
                ProfileType="AREA",
                Position=self.axis2(centre),
                XDim=xdim,
                YDim=ydim,
            )
            self._profiles[key] = found
        return found

    def polygon_profile(self, points: Iterable[tuple[float, float]]):
        pts = [self.point(p) for p in points]
        curve = self.create("IfcPolyline", Points=[*pts, pts[0]])
        return self.create("IfcArbitraryClosedProfileDef", ProfileType="AREA", OuterCurve=curve)

    def extrusion(self, profile, depth: float):
        key = (profile.id(), round(depth, 4))
        found = self._solids.get(key)
        if found is None:
            found = self.create(
                "IfcExtrudedAreaSolid",
                SweptArea=profile,
                Position=self.axis3((0.0, 0.0, 0.0)),
                ExtrudedDirection=self.direction((0.0, 0.0, 1.0)),
                Depth=round(depth, 4),
            )
            self._solids[key] = found
        return found

    def body_shape(self, item, representation_type: str = "SweptSolid"):
        representation = self.create(
            "IfcShapeRepresentation",
            ContextOfItems=self.body,
            RepresentationIdentifier="Body",
            RepresentationType=representation_type,
            Items=[item],
        )
        return self.create("IfcProductDefinitionShape", Representations=[representation])

    def mapped_shape(self, type_key: str):
        """Body shape of an occurrence that reuses its type's representation map."""
        return self.body_shape(self._mapped_items[type_key], "MappedRepresentation")

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

    # ---- private --------------------------------------------------------------------------
    def _create_owner_history(self):
        person = self.create("IfcPerson", FamilyName="物业工程部", GivenName="fmdesk")
        organization = self.create("IfcOrganization", Name="示例物业服务有限公司")
        user = self.create(
            "IfcPersonAndOrganization", ThePerson=person, TheOrganization=organization
        )
        application = self.create(
            "IfcApplication",
            ApplicationDeveloper=organization,
            Version="0.1",
            ApplicationFullName="fmdesk sample generator",
            ApplicationIdentifier="fmdesk",
        )
        return self.create(
            "IfcOwnerHistory",
            OwningUser=user,
            OwningApplication=application,
            ChangeAction="ADDED",
            LastModifiedDate=FIXED_EPOCH,  # IFC4 rule: a change action needs a date
            CreationDate=FIXED_EPOCH,
        )

    def _assign_units(self) -> None:
        """Metres, square/cubic metres and radians, in a fixed order (the API sorts by set)."""
        units = [
            ifcopenshell.api.unit.add_si_unit(self.model, unit_type=unit_type)
            for unit_type in ("LENGTHUNIT", "AREAUNIT", "VOLUMEUNIT", "PLANEANGLEUNIT")
        ]
        self.project.UnitsInContext = self.create("IfcUnitAssignment", Units=units)

    def _set_header(self) -> None:
        header = self.model.header
        header.file_name.name = "sample_residential"
        header.file_name.time_stamp = FIXED_TIMESTAMP
        header.file_name.author = ("fmdesk",)
        header.file_name.organization = ("示例物业服务有限公司",)
        header.file_description.description = ("ViewDefinition [DesignTransferView]",)


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
