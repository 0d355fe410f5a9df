"""COBie 2.4 rows from an IFC model, the maintenance plan and the records.

Components are the maintainable equipment the maintenance planner sees
(:func:`fmdesk.maintenance.from_model.assets_from_model`), each with its Type (the IFC type object,
or one made from class and name when the model has none); jobs are the task library's routine
tasks matched to each type's components; resources are the teams doing them; connections are
the logical links between components through the pipe, duct and cable runs of the port graph
(a pump to the valves it feeds, a board to the outlets it supplies); documents and issues come
from the records and the review. Names are made unique per sheet, as COBie requires.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import ifcopenshell
import ifcopenshell.util.element as util_element
import ifcopenshell.util.placement
import ifcopenshell.util.unit

from fmdesk.exports.cobie_links import _LinksMixin
from fmdesk.exports.cobie_names import UniqueNames, email_of
from fmdesk.exports.cobie_records import _RecordsMixin, _years
from fmdesk.maintenance.model import PlanAsset, TaskDefinition

__all__ = ["CobieInputs", "cobie_rows"]


@dataclass
class CobieInputs:
    """Everything a COBie workbook is made of, already read."""

    model: ifcopenshell.file
    assets: list[PlanAsset]
    tasks: dict[str, list[TaskDefinition]]
    """Asset code → routine tasks of the maintenance library."""
    author: str = "fmdesk"
    documents: list[dict[str, Any]] = field(default_factory=list)
    """``{asset_code|space_global_id|element_global_id, title, doc_type, file_name, date, …}``."""
    issues: list[dict[str, Any]] = field(default_factory=list)
    """``{name, type, risk, chance, impact, global_id, description, owner, mitigation, …}``."""
    created_on: str = field(
        default_factory=lambda: datetime.now().replace(microsecond=0).isoformat()
    )


_Names = UniqueNames
_email = email_of


def cobie_rows(
    inputs: CobieInputs,
) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str]]]:
    """Rows per sheet and the Instruction sheet's (item, value) pairs."""
    builder = _Builder(inputs)
    return builder.build(), builder.instruction()


class _Builder(_LinksMixin, _RecordsMixin):
    def __init__(self, inputs: CobieInputs) -> None:
        self.inputs = inputs
        self.model = inputs.model
        self.author = _email(inputs.author)
        self.on = inputs.created_on
        self.application = self._application()
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.contacts: dict[str, dict[str, Any]] = {}
        self.space_names: dict[str, str] = {}
        self.component_names: dict[str, str] = {}  # GlobalId → component name
        self.type_names: dict[str, str] = {}  # type key → type name

    def base(self, name: str, ext_object: str = "", ext_id: str = "") -> dict[str, Any]:
        return {
            "Name": name,
            "CreatedBy": self.author,
            "CreatedOn": self.on,
            "ExtSystem": self.application,
            "ExtObject": ext_object,
            "ExtIdentifier": ext_id,
        }

    def build(self) -> dict[str, list[dict[str, Any]]]:
        self.add_contact(self.inputs.author, "fmdesk", "Facility management 物业工程部")
        self.facility()
        self.floors_and_spaces()
        components = self.components_and_types()
        self.systems(components)
        self.assemblies(components)
        self.connections(components)
        self.jobs_and_resources()
        self.documents()
        self.issues()
        self.attributes_and_coordinates(components)
        self.rows["Contact"] = list(self.contacts.values())
        return dict(self.rows)

    def instruction(self) -> list[tuple[str, str]]:
        counts = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in self.rows.items() if rows)
        return [
            ("Format", "COBie 2.4 (NBIMS-US V3 4.2) spreadsheet"),
            ("Created by", self.author),
            ("Created on", self.on),
            ("Source model", self.application),
            ("Rows", counts),
            ("Note 说明", "由 fmdesk 根据 IFC 模型、维保计划与档案记录生成。"),
        ]

    def _application(self) -> str:
        for application in self.model.by_type("IfcApplication"):
            name = " ".join(
                str(v) for v in (application.ApplicationFullName, application.Version) if v
            )
            if name:
                return name
        return "IFC"

    def add_contact(self, name: str, company: str, department: str = "") -> str:
        email = _email(name)
        if email not in self.contacts:
            self.contacts[email] = {
                **self.base(""),
                "Email": email,
                "Category": "Facility Manager",
                "Company": company or name,
                "Phone": "-",
                "Department": department,
                "ExtObject": "IfcPersonAndOrganization",
            }
        return email

    def facility(self) -> None:
        building = next(iter(self.model.by_type("IfcBuilding")), None)
        project = next(iter(self.model.by_type("IfcProject")), None)
        site = next(iter(self.model.by_type("IfcSite")), None)
        length = ifcopenshell.util.unit.get_project_unit(self.model, "LENGTHUNIT")
        prefix = str(getattr(length, "Prefix", "") or "").lower()
        row = self.base(
            str(getattr(building, "Name", "") or "Facility"),
            "IfcBuilding",
            getattr(building, "GlobalId", ""),
        )
        row.update(
            {
                "Category": "Residential 住宅",
                "ProjectName": str(getattr(project, "Name", "") or "-"),
                "SiteName": str(getattr(site, "Name", "") or "-"),
                "LinearUnits": "millimeters" if prefix == "milli" else "meters",
                "AreaUnits": "square meters",
                "VolumeUnits": "cubic meters",
                "CurrencyUnit": "Chinese Yuan",
                "AreaMeasurement": "GB/T 50353",
                "ExternalSystem": self.application,
                "ExternalProjectObject": "IfcProject",
                "ExternalProjectIdentifier": getattr(project, "GlobalId", ""),
                "ExternalSiteObject": "IfcSite",
                "ExternalSiteIdentifier": getattr(site, "GlobalId", ""),
                "ExternalFacilityObject": "IfcBuilding",
                "ExternalFacilityIdentifier": getattr(building, "GlobalId", ""),
                "Description": str(
                    getattr(building, "LongName", "") or getattr(building, "Description", "") or ""
                ),
                "Phase": "Handover 承接查验",
            }
        )
        row.pop("ExtSystem"), row.pop("ExtObject"), row.pop("ExtIdentifier")
        self.rows["Facility"].append(row)

    def floors_and_spaces(self) -> None:
        floor_names = _Names()
        storeys = {}
        for storey in self.model.by_type("IfcBuildingStorey"):
            name = floor_names.take(str(storey.Name or storey.GlobalId))
            storeys[storey.id()] = name
            row = self.base(name, "IfcBuildingStorey", storey.GlobalId)
            row.update(
                {
                    "Category": "Floor",
                    "Description": str(storey.LongName or name),
                    "Elevation": storey.Elevation,
                }
            )
            self.rows["Floor"].append(row)
        spaces = self.model.by_type("IfcSpace")
        counts = defaultdict(int)
        for space in spaces:
            counts[str(space.Name or "")] += 1
        names = _Names()
        children: dict[str, list[str]] = defaultdict(list)
        for space in spaces:
            wanted = str(space.Name or "")
            if counts[wanted] > 1 and space.LongName:
                wanted = str(space.LongName)
            name = names.take(wanted)
            self.space_names[space.GlobalId] = name
            parent = util_element.get_aggregate(space)
            if parent is not None and parent.is_a("IfcSpace"):
                children[parent.GlobalId].append(name)
            row = self.base(name, "IfcSpace", space.GlobalId)
            row.update(
                {
                    "Category": str(getattr(space, "PredefinedType", "") or "Space"),
                    "FloorName": storeys.get(_storey_of(space), ""),
                    "Description": str(space.LongName or name),
                    "RoomTag": name,
                }
            )
            quantities = util_element.get_psets(space, qtos_only=True)
            for qto in quantities.values():
                row["GrossArea"] = row.get("GrossArea") or qto.get("GrossFloorArea")
                row["NetArea"] = row.get("NetArea") or qto.get("NetFloorArea")
            self.rows["Space"].append(row)
        self.zones(children)

    def zones(self, children: dict[str, list[str]]) -> None:
        names = _Names()
        for zone in self.model.by_type("IfcZone"):
            members = [
                self.space_names[m.GlobalId]
                for rel in zone.IsGroupedBy or ()
                for m in rel.RelatedObjects or ()
                if m.GlobalId in self.space_names
            ]
            row = self.base(names.take(str(zone.Name or zone.GlobalId)), "IfcZone", zone.GlobalId)
            row.update({"Category": "Occupancy Zone", "SpaceNames": ",".join(members)})
            self.rows["Zone"].append(row)
        for global_id, members in children.items():  # flats (住户) made of rooms
            row = self.base(
                names.take(f"住户 {self.space_names[global_id]}"), "IfcSpace", global_id
            )
            row.update(
                {
                    "Category": "Occupancy Zone",
                    "SpaceNames": ",".join(members),
                    "Description": f"{self.space_names[global_id]} 的房间",
                }
            )
            self.rows["Zone"].append(row)

    def components_and_types(self) -> dict[str, Any]:
        """GlobalId → element of every component; Type and Component rows."""
        type_names = _Names()
        component_names = _Names()
        elements: dict[str, Any] = {}
        for asset in self.inputs.assets:
            try:
                element = self.model.by_guid(asset.global_id)
            except RuntimeError:
                continue
            elements[asset.global_id] = element
            type_object = util_element.get_type(element)
            key = (
                type_object.GlobalId
                if type_object is not None
                else f"{asset.ifc_class}:{asset.type_name}"
            )
            if key not in self.type_names:
                self.type_names[key] = type_names.take(asset.type_name or asset.ifc_class)
                self.rows["Type"].append(
                    self.type_row(self.type_names[key], asset, type_object, element)
                )
            name = component_names.take(asset.name or asset.code)
            self.component_names[asset.global_id] = name
            psets = util_element.get_psets(element)
            occurrence = psets.get("Pset_ManufacturerOccurrence", {})
            handover = psets.get("FM_Handover", {})
            warranty = psets.get("Pset_Warranty", {})
            row = self.base(name, element.is_a(), asset.global_id)
            row.update(
                {
                    "TypeName": self.type_names[key],
                    "Space": self.space_names.get(
                        getattr(util_element.get_container(element), "GlobalId", ""), ""
                    )
                    or asset.location,
                    "Description": asset.name,
                    "SerialNumber": occurrence.get("SerialNumber"),
                    "InstallationDate": asset.install_date.isoformat()
                    if asset.install_date
                    else handover.get("InstallationDate"),
                    "WarrantyStartDate": warranty.get("WarrantyStartDate"),
                    "TagNumber": getattr(element, "Tag", None),
                    "BarCode": occurrence.get("BarCode"),
                    "AssetIdentifier": asset.code,
                }
            )
            self.rows["Component"].append(row)
        return elements

    def type_row(
        self, name: str, asset: PlanAsset, type_object: Any, element: Any
    ) -> dict[str, Any]:
        psets = util_element.get_psets(element)
        maker = psets.get("Pset_ManufacturerTypeInformation", {})
        warranty = psets.get("Pset_Warranty", {})
        manufacturer = str(maker.get("Manufacturer") or "")
        row = self.base(
            name,
            type_object.is_a() if type_object is not None else asset.ifc_class,
            getattr(type_object, "GlobalId", ""),
        )
        row.update(
            {
                "Category": f"{asset.ifc_class} {asset.predefined_type}".strip(),
                "Description": asset.type_name or asset.name,
                "AssetType": "Fixed",
                "Manufacturer": self.add_contact(manufacturer, manufacturer, "Manufacturer 制造商")
                if manufacturer
                else "",
                "ModelNumber": maker.get("ModelLabel") or maker.get("ModelReference") or "-",
                "WarrantyGuarantorParts": "",
                "WarrantyDurationParts": _years(warranty.get("WarrantyPeriod")),
                "WarrantyGuarantorLabor": "",
                "WarrantyDurationLabor": _years(warranty.get("WarrantyPeriod")),
                "WarrantyDurationUnit": "year",
                "ExpectedLife": asset.service_life_years,
                "DurationUnit": "year",
                "ReplacementCost": asset.replacement_cost,
                "ModelReference": maker.get("ModelReference"),
            }
        )
        return row


def _storey_of(element: Any) -> int | None:
    current, steps = element, 0
    while current is not None and steps < 20:
        if current.is_a("IfcBuildingStorey"):
            return current.id()
        current = util_element.get_aggregate(current) or util_element.get_container(current)
        steps += 1
    return None
