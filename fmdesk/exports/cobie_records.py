"""COBie Job, Resource, Document, Issue, Attribute and Coordinate rows: what the records add.

Jobs are the task library's routine tasks per Type, resources the teams doing them, documents
the archive's files, issues the review issues; attributes are the components' other properties
and coordinates their placement points.
"""

from __future__ import annotations

import re
from typing import Any

import ifcopenshell
import ifcopenshell.util.element as util_element
import ifcopenshell.util.placement

from fmdesk.exports.cobie_names import UniqueNames, email_of

__all__ = ["_RecordsMixin", "_years"]


class _RecordsMixin:
    """Job, Resource, Document, Issue, Attribute and Coordinate sheets (mixed into the builder)."""

    inputs: Any
    rows: dict[str, list[dict[str, Any]]]
    component_names: dict[str, str]
    space_names: dict[str, str]

    def base(self, name: str, ext_object: str = "", ext_id: str = "") -> dict[str, Any]:
        raise NotImplementedError

    def jobs_and_resources(self) -> None:
        names = UniqueNames()
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
        names = UniqueNames()
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
        names = UniqueNames()
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
                    "Owner": email_of(issue.get("owner") or self.inputs.author),
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


def _years(value: Any) -> Any:
    if isinstance(value, str):
        match = re.fullmatch(r"P(\d+(?:\.\d+)?)Y", value)
        return float(match.group(1)) if match else value
    if isinstance(value, int | float):
        return round(value / (365 * 24 * 3600), 2) if value > 1000 else value
    return None
