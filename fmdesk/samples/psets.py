"""FM handover property sets on equipment, typed per schema.

The department checks that every pump, tank, board, lift, fan, meter and main valve has a
manufacturer, serial number, installation date, warranty and service life. Standard psets are
typed by the schema's own template (IfcDate in IFC4, a label in IFC2X3 where dates are entities);
``FM_Handover`` repeats the dates and the service life in plain, schema-independent form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import ifcopenshell
import ifcopenshell.util.pset

from fmdesk.samples.classes import has_class
from fmdesk.samples.ids import serial_for

SECONDS_PER_YEAR = 365 * 24 * 3600

CUSTOM_TYPES = {
    "ServiceLifeDuration": "IfcDuration",
    "InstallationDate": "IfcDate",
    "WarrantyEndDate": "IfcDate",
    "ExpectedServiceLifeYears": "IfcInteger",
    "Supplier": "IfcLabel",
    "AssetCode": "IfcIdentifier",
}


@dataclass(frozen=True)
class Handover:
    """Handover facts of one piece of equipment."""

    serial_prefix: str
    installed: str = "2019-06-30"
    warranty_years: int = 2
    service_life_years: int = 15
    supplier: str = "示例机电安装工程有限公司"


@cache
def _template_type(schema: str, pset: str, prop: str) -> str | None:
    template_schema = "IFC4X3" if schema.startswith("IFC4X3") else schema
    template = ifcopenshell.util.pset.get_template(template_schema).get_by_name(pset)
    if template is None:
        return None
    for prop_template in template.HasPropertyTemplates:
        if prop_template.Name == prop:
            return prop_template.PrimaryMeasureType
    return None


def typed_value(model: ifcopenshell.file, schema: str, pset: str, prop: str, value: Any):
    """The IFC value entity for ``value`` as the schema expects it.

    Durations are given in years (``int``) and written as ``IfcDuration`` ("P15Y") or, in IFC2X3,
    ``IfcTimeMeasure`` seconds; dates are ISO strings, written as ``IfcDate`` or ``IfcLabel``.
    """
    measure = _template_type(schema, pset, prop) or CUSTOM_TYPES.get(prop)
    if measure is None:
        measure = "IfcBoolean" if isinstance(value, bool) else "IfcLabel"
    if measure == "IfcDuration" and not has_class(schema, measure):
        measure = "IfcTimeMeasure"  # IFC2X3 durations are seconds
    if measure == "IfcCalendarDate" or not has_class(schema, measure):
        measure = "IfcLabel"  # IFC2X3 dates are entities, which a single value cannot hold
    if measure == "IfcDuration":
        value = f"P{value}Y"
    elif measure == "IfcTimeMeasure":
        value = float(value * SECONDS_PER_YEAR)
    elif measure in ("IfcLabel", "IfcText", "IfcIdentifier", "IfcDate"):
        value = str(value)
    return model.create_entity(measure, value)


def add_fm_psets(writer, entity, key: str, tag: str, handover: Handover) -> None:
    """Occurrence psets: manufacturer occurrence, service life, warranty and FM_Handover."""
    installed = handover.installed
    year, rest = installed.split("-", 1)
    warranty_end = f"{int(year) + handover.warranty_years}-{rest}"
    serial = serial_for(key, handover.serial_prefix)
    occurrence: dict[str, Any] = {"SerialNumber": serial, "BarCode": f"FM-{tag}"}
    if writer.schema != "IFC2X3":
        occurrence["AcquisitionDate"] = installed
    writer.add_pset(entity, "Pset_ManufacturerOccurrence", occurrence)
    writer.add_pset(
        entity, "Pset_ServiceLife", {"ServiceLifeDuration": handover.service_life_years}
    )
    warranty: dict[str, Any] = {
        "WarrantyIdentifier": f"WR-{tag}",
        "WarrantyStartDate": installed,
        "WarrantyPeriod": handover.warranty_years,
    }
    if (
        _template_type(writer.schema, "Pset_Warranty", "WarrantyEndDate")
        or writer.schema == "IFC2X3"
    ):
        warranty["WarrantyEndDate"] = warranty_end
    writer.add_pset(entity, "Pset_Warranty", warranty)
    writer.add_pset(
        entity,
        "FM_Handover",
        {
            "AssetCode": tag,
            "InstallationDate": installed,
            "WarrantyEndDate": warranty_end,
            "ExpectedServiceLifeYears": handover.service_life_years,
            "Supplier": handover.supplier,
        },
    )
