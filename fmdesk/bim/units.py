"""Model length units: everything this package returns is in metres.

A model without a length unit, or with one the schema does not know (``.FOOT.`` written as an
SI unit name, a unit whose name was lost to an invalid enumeration), is still read: the length
unit is assumed (metres, times the SI prefix when one is given) and a reading warning says so.
"""

from __future__ import annotations

import math

import ifcopenshell
import ifcopenshell.util.unit

from fmdesk.bim.reading_warnings import ReadingWarning, describe_entity, reading_warnings
from fmdesk.i18n import Msg, _t

__all__ = ["length_scale", "length_unit_warnings"]

_PREFIXES = {
    "EXA": 1e18,
    "PETA": 1e15,
    "TERA": 1e12,
    "GIGA": 1e9,
    "MEGA": 1e6,
    "KILO": 1e3,
    "HECTO": 1e2,
    "DECA": 1e1,
    "DECI": 1e-1,
    "CENTI": 1e-2,
    "MILLI": 1e-3,
    "MICRO": 1e-6,
    "NANO": 1e-9,
    "PICO": 1e-12,
    "FEMTO": 1e-15,
    "ATTO": 1e-18,
}
_PREFIX_NAMES = {
    "MILLI": _t("millimetre"),
    "CENTI": _t("centimetre"),
    "DECI": _t("decimetre"),
    "KILO": _t("kilometre"),
}


def length_scale(model: ifcopenshell.file) -> float:
    """Return the factor from the model's length unit to metres (the assumed one when the
    model's is missing or unusable, see :func:`length_unit_warnings`).

    >>> length_scale(model)  # a model in millimetres  # doctest: +SKIP
    0.001
    """
    return _length_unit(model)[0]


def length_unit_warnings(model: ifcopenshell.file) -> list[ReadingWarning]:
    """One ``unknown_unit`` warning when the length unit had to be assumed, else none."""
    _, problem = _length_unit(model)
    return [problem] if problem is not None else []


def _length_unit(model: ifcopenshell.file) -> tuple[float, ReadingWarning | None]:
    assignment = _unit_assignment(model)
    if assignment is None:
        return 1.0, _warning("IfcProject", "UnitsInContext", "$", _t("metre"))
    units = [u for u in assignment.Units or () if isinstance(u, ifcopenshell.entity_instance)]
    length = [u for u in units if _unit_type(u) == "LENGTHUNIT"]
    if not length:
        label, _ = describe_entity(assignment)
        return 1.0, _warning(label, "Units", _t("no length unit"), _t("metre"), assignment)
    unit = length[0]
    if unit.is_a("IfcSIUnit"):
        return _si_length(model, unit)
    try:
        scale = float(ifcopenshell.util.unit.calculate_unit_scale(model))
    except Exception:  # a broken conversion-based unit: assume metres
        scale = math.nan
    if math.isfinite(scale) and scale > 0:
        return scale, None
    label, _ = describe_entity(unit)
    return 1.0, _warning(label, "ConversionFactor", _t("unusable"), _t("metre"), unit)


def _si_length(
    model: ifcopenshell.file, unit: ifcopenshell.entity_instance
) -> tuple[float, ReadingWarning | None]:
    prefix = unit.Prefix if isinstance(unit.Prefix, str) else None
    factor = _PREFIXES.get(prefix or "", 1.0)
    if unit.Name == "METRE":
        return factor, None
    found = _invalid_literal(model, unit) or (unit.Name if isinstance(unit.Name, str) else "$")
    assumed: Msg | str = _PREFIX_NAMES.get(prefix or "") or _t("metre")
    if prefix and prefix not in _PREFIX_NAMES:
        assumed = f"{prefix}METRE"
    label, _ = describe_entity(unit)
    return factor, _warning(label, "Name", found, assumed, unit)


def _unit_assignment(model: ifcopenshell.file) -> ifcopenshell.entity_instance | None:
    for project in model.by_type("IfcProject"):
        units = getattr(project, "UnitsInContext", None)
        if isinstance(units, ifcopenshell.entity_instance) and units.is_a("IfcUnitAssignment"):
            return units
    found = model.by_type("IfcUnitAssignment")
    return found[0] if found else None


def _unit_type(unit: ifcopenshell.entity_instance) -> str | None:
    try:
        value = unit.UnitType
    except AttributeError:  # IfcMonetaryUnit and others have no UnitType
        return None
    return value if isinstance(value, str) else None


def _invalid_literal(model: ifcopenshell.file, unit: ifcopenshell.entity_instance) -> str | None:
    """The literal the parser refused for this unit's name (recorded when it was opened)."""
    for warning in reading_warnings(model):
        if warning.step_id == unit.id() and warning.kind == "invalid_enumeration":
            return str(warning.found)
    return None


def _warning(
    element: str,
    attribute: str,
    found: Msg | str,
    assumed: Msg | str,
    entity: ifcopenshell.entity_instance | None = None,
) -> ReadingWarning:
    return ReadingWarning(
        "unknown_unit",
        element,
        attribute,
        found,
        _t("length unit {unit}", unit=assumed),
        entity.id() if entity is not None else None,
    )
