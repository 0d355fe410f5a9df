"""The entity factory under the sample writer: shared points, directions, profiles and solids.

Why a factory of its own? A 40-storey sample has about 180,000 ports and over 100,000 elements;
sharing every repeated point, direction, placement axis, profile and extruded solid keeps the file
small and the write fast, and deriving every GlobalId from a stable key (``rooted``) makes the
output identical on every run. :class:`fmdesk.samples.writer.SampleWriter` builds elements,
systems and relations on top of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ifcopenshell
import ifcopenshell.api.context
import ifcopenshell.api.unit

from fmdesk.samples.classes import attribute_indices
from fmdesk.samples.geometry import Frame, Vec
from fmdesk.samples.ids import guid_for

_DIRECT_SET = hasattr(ifcopenshell.entity_instance, "set_attribute_value_py")
FIXED_TIMESTAMP = "2019-06-30T09:00:00"
FIXED_EPOCH = 1561856400  # 2019-06-30T01:00:00Z, the handover date of the sample building


class EntityFactory:
    """One IFC file with its owner history, units, body context and shared geometry caches."""

    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.model = ifcopenshell.file(schema=schema)
        self._points: dict[tuple[float, ...], ifcopenshell.entity_instance] = {}
        self._directions: dict[Vec, ifcopenshell.entity_instance] = {}
        self._axes: dict[tuple, ifcopenshell.entity_instance] = {}
        self._profiles: dict[tuple, ifcopenshell.entity_instance] = {}
        self._solids: dict[tuple, ifcopenshell.entity_instance] = {}
        self._keys: dict[int, str] = {}
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
