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

import re
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import ifcopenshell
import ifcopenshell.util.element as util_element
import ifcopenshell.util.placement
import ifcopenshell.util.unit

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


class _Names:
    """Unique names per sheet: a repeated name gets " (2)", " (3)"…"""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        name = wanted or "-"
        number = 1
        while name in self.used:
            number += 1
            name = f"{wanted} ({number})"
        self.used.add(name)
        return name


def _email(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", ".", text).strip(".").lower() or "contact"
    return f"{slug}@fmdesk.invalid" if "@" not in text else text


def cobie_rows(
    inputs: CobieInputs,
) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str]]]:
    """Rows per sheet and the Instruction sheet's (item, value) pairs."""
    builder = _Builder(inputs)
    return builder.build(), builder.instruction()


class _Builder:
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

    def systems(self, components: dict[str, Any]) -> None:
        names = _Names()
        for system in self.model.by_type("IfcSystem"):
            if system.is_a("IfcZone") or system.is_a("IfcStructuralAnalysisModel"):
                continue
            members = [
                self.component_names[m.GlobalId]
                for rel in system.IsGroupedBy or ()
                for m in rel.RelatedObjects or ()
                if m.GlobalId in self.component_names
            ]
            row = self.base(
                names.take(str(system.Name or system.GlobalId)), system.is_a(), system.GlobalId
            )
            row.update(
                {
                    "Category": str(getattr(system, "PredefinedType", "") or system.is_a()),
                    "ComponentNames": ",".join(members),
                    "Description": str(system.Description or ""),
                }
            )
            self.rows["System"].append(row)

    def assemblies(self, components: dict[str, Any]) -> None:
        names = _Names()
        for global_id, element in components.items():
            parts = [
                self.component_names[p.GlobalId]
                for p in util_element.get_parts(element)
                if p.GlobalId in self.component_names
            ]
            if parts:
                row = self.base(
                    names.take(f"{self.component_names[global_id]} 组件"), "IfcRelAggregates"
                )
                row.update(
                    {
                        "SheetName": "Component",
                        "ParentName": self.component_names[global_id],
                        "ChildNames": ",".join(parts),
                        "AssemblyType": "Fixed",
                    }
                )
                self.rows["Assembly"].append(row)

    def connections(self, components: dict[str, Any]) -> None:
        """Component to component through non-component runs of the port graph."""
        graph, ports = _port_graph(self.model)
        names = _Names()
        seen: set[tuple[str, str]] = set()
        for start in components:
            for end, via, port_pair in _reachable_components(
                graph, ports, start, self.component_names
            ):
                pair = tuple(sorted((start, end)))
                if pair in seen:
                    continue
                seen.add(pair)  # type: ignore[arg-type]
                first, second = self.component_names[start], self.component_names[end]
                row = self.base(names.take(f"{first} → {second}"), "IfcRelConnectsPorts")
                row.update(
                    {
                        "ConnectionType": "Flow",
                        "SheetName": "Component",
                        "RowName1": first,
                        "RowName2": second,
                        "RealizingElement": via,
                        "PortName1": port_pair[0],
                        "PortName2": port_pair[1],
                    }
                )
                self.rows["Connection"].append(row)

    def jobs_and_resources(self) -> None:
        names = _Names()
        resources: dict[str, dict[str, Any]] = {}
        seen: set[tuple[str, str]] = set()
        for asset in self.inputs.assets:
            if asset.global_id not in self.component_names:
                continue
            type_name = next(
                (
                    r["TypeName"]
                    for r in self.rows["Component"]
                    if r["ExtIdentifier"] == asset.global_id
                ),
                "",
            )
            for task in self.inputs.tasks.get(asset.code, []):
                if (type_name, task.code) in seen:
                    continue
                seen.add((type_name, task.code))
                frequency, unit = _frequency(task.rrule)
                row = self.base(
                    names.take(f"{task.name} ({type_name})"), "TaskDefinition", task.code
                )
                row.update(
                    {
                        "Category": _job_category(task.name),
                        "Status": "Not Yet Started",
                        "TypeName": type_name,
                        "Description": task.note or task.name,
                        "Duration": task.hours,
                        "DurationUnit": "hour",
                        "Start": 0,
                        "TaskStartUnit": "day",
                        "Frequency": frequency,
                        "FrequencyUnit": unit,
                        "TaskNumber": task.code,
                        "ResourceNames": task.team,
                    }
                )
                self.rows["Job"].append(row)
                if task.team and task.team not in resources:
                    resource = self.base(task.team, "Team")
                    resource.update(
                        {
                            "Category": "Contractor 外包单位" if task.contractor else "Team 班组",
                            "Description": task.team,
                        }
                    )
                    resources[task.team] = resource
        self.rows["Resource"] = list(resources.values())

    def documents(self) -> None:
        names = _Names()
        by_code = {a.code: a.global_id for a in self.inputs.assets}
        for document in self.inputs.documents:
            global_id = by_code.get(document.get("asset_code") or "", "") or document.get(
                "element_global_id", ""
            )
            if global_id in self.component_names:
                sheet, row_name = "Component", self.component_names[global_id]
            elif document.get("space_global_id") in self.space_names:
                sheet, row_name = "Space", self.space_names[document["space_global_id"]]
            else:
                sheet, row_name = "Facility", self.rows["Facility"][0]["Name"]
            row = self.base(
                names.take(document.get("title") or document.get("file_name") or "-"),
                "Document",
                str(document.get("id", "")),
            )
            row.update(
                {
                    "Category": document.get("doc_type", ""),
                    "ApprovalBy": "Information Only",
                    "Stage": "Handover 承接查验",
                    "SheetName": sheet,
                    "RowName": row_name,
                    "Directory": "fmdesk://documents",
                    "File": document.get("file_name", ""),
                    "Description": document.get("description", ""),
                    "Reference": document.get("date", ""),
                }
            )
            self.rows["Document"].append(row)

    def issues(self) -> None:
        names = _Names()
        for issue in self.inputs.issues:
            global_id = issue.get("global_id", "")
            row = self.base(
                names.take(issue.get("name") or "Issue"), "Issue", str(issue.get("id", ""))
            )
            row.update(
                {
                    "Type": issue.get("type", "Other"),
                    "Risk": issue.get("risk", "Unknown"),
                    "Chance": issue.get("chance", "Unknown"),
                    "Impact": issue.get("impact", "Unknown"),
                    "SheetName1": "Component" if global_id in self.component_names else "Facility",
                    "RowName1": self.component_names.get(global_id)
                    or self.rows["Facility"][0]["Name"],
                    "Description": issue.get("description", "") or issue.get("name", ""),
                    "Owner": _email(issue.get("owner") or self.inputs.author),
                    "Mitigation": issue.get("mitigation", "") or "-",
                }
            )
            self.rows["Issue"].append(row)

    def attributes_and_coordinates(self, components: dict[str, Any]) -> None:
        mapped = {"Manufacturer", "ModelLabel", "ModelReference", "SerialNumber", "BarCode"}
        for global_id, element in components.items():
            name = self.component_names[global_id]
            for pset, properties in util_element.get_psets(element).items():
                for key, value in properties.items():
                    if (
                        key == "id"
                        or key in mapped
                        or value is None
                        or isinstance(value, dict | list)
                    ):
                        continue
                    row = self.base(key, "IfcPropertySingleValue")
                    row.update(
                        {
                            "Category": pset,
                            "SheetName": "Component",
                            "RowName": name,
                            "Value": value,
                            "Unit": "-",
                        }
                    )
                    self.rows["Attribute"].append(row)
            placement = getattr(element, "ObjectPlacement", None)
            if placement is None:
                continue
            matrix = ifcopenshell.util.placement.get_local_placement(placement)
            row = self.base(f"{name} point", "IfcLocalPlacement")
            row.update(
                {
                    "Category": "point",
                    "SheetName": "Component",
                    "RowName": name,
                    "CoordinateXAxis": round(float(matrix[0][3]), 4),
                    "CoordinateYAxis": round(float(matrix[1][3]), 4),
                    "CoordinateZAxis": round(float(matrix[2][3]), 4),
                }
            )
            self.rows["Coordinate"].append(row)


def _storey_of(element: Any) -> int | None:
    current, steps = element, 0
    while current is not None and steps < 20:
        if current.is_a("IfcBuildingStorey"):
            return current.id()
        current = util_element.get_aggregate(current) or util_element.get_container(current)
        steps += 1
    return None


def _years(value: Any) -> Any:
    if isinstance(value, str):
        match = re.fullmatch(r"P(\d+(?:\.\d+)?)Y", value)
        return float(match.group(1)) if match else value
    if isinstance(value, int | float):
        return round(value / (365 * 24 * 3600), 2) if value > 1000 else value
    return None


def _frequency(rrule: str) -> tuple[int, str]:
    parts = dict(p.split("=", 1) for p in rrule.split(";") if "=" in p)
    units = {
        "YEARLY": "year",
        "MONTHLY": "month",
        "WEEKLY": "week",
        "DAILY": "day",
        "HOURLY": "hour",
    }
    return int(parts.get("INTERVAL", "1") or 1), units.get(parts.get("FREQ", ""), "year")


def _job_category(name: str) -> str:
    for words, category in (
        (("检查", "巡检", "检验", "inspect"), "Inspection"),
        (("测试", "试验", "test"), "Test"),
        (("清洗", "清扫", "清理", "clean"), "Cleaning"),
        (("更换", "replace"), "Replacement"),
    ):
        if any(word in name.lower() for word in words):
            return category
    return "PM"


def _port_graph(
    model: ifcopenshell.file,
) -> tuple[dict[str, set[str]], dict[tuple[str, str], tuple[str, str]]]:
    """Element GlobalId → connected element GlobalIds, and the ports of each direct link."""
    host: dict[int, Any] = {}
    for rel in model.by_type("IfcRelConnectsPortToElement"):
        host[rel.RelatingPort.id()] = rel.RelatedElement
    for rel in model.by_type("IfcRelNests"):
        for part in rel.RelatedObjects or ():
            if part.is_a("IfcPort"):
                host[part.id()] = rel.RelatingObject
    graph: dict[str, set[str]] = defaultdict(set)
    ports: dict[tuple[str, str], tuple[str, str]] = {}
    for rel in model.by_type("IfcRelConnectsPorts"):
        a, b = host.get(rel.RelatingPort.id()), host.get(rel.RelatedPort.id())
        if a is None or b is None or a == b:
            continue
        graph[a.GlobalId].add(b.GlobalId)
        graph[b.GlobalId].add(a.GlobalId)
        ports[(a.GlobalId, b.GlobalId)] = (
            str(rel.RelatingPort.Name or ""),
            str(rel.RelatedPort.Name or ""),
        )
        ports[(b.GlobalId, a.GlobalId)] = (
            str(rel.RelatedPort.Name or ""),
            str(rel.RelatingPort.Name or ""),
        )
    return graph, ports


def _reachable_components(
    graph: dict[str, set[str]],
    ports: dict,
    start: str,
    components: dict[str, str],
    limit: int = 5000,
) -> Iterable[tuple[str, str, tuple[str, str]]]:
    """Components reached from ``start`` through non-component elements (breadth first)."""
    queue: deque[tuple[str, str]] = deque((n, n) for n in graph.get(start, ()))
    seen = {start}
    visited = 0
    while queue and visited < limit:
        node, first_step = queue.popleft()
        if node in seen:
            continue
        seen.add(node)
        visited += 1
        if node in components:
            direct = ports.get((start, node), ("", ""))
            via = "" if first_step == node else first_step
            yield node, via, direct
            continue
        queue.extend((n, first_step) for n in graph.get(node, ()) if n not in seen)
