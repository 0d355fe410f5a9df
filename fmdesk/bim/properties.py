"""Property and quantity sets of one element, as plain Python values.

Handover checks ("does every pump have a manufacturer and a serial number?") and the asset
register read manufacturer, model, serial number, install date and warranty from property sets
such as Pset_ManufacturerTypeInformation, which may sit on the element or on its type. The
element's own values win over its type's, as the IFC specification says.
"""

from __future__ import annotations

from typing import Any

import ifcopenshell
import ifcopenshell.util.element

from fmdesk.bim.text import repair_text

__all__ = ["read_properties", "read_property"]


def read_properties(element: ifcopenshell.entity_instance) -> dict[str, dict[str, Any]]:
    """Return ``{set name: {property name: value}}`` for psets and qtos, type sets included.

    Values are plain Python (str, int, float, bool, None, lists for enumerations and lists,
    dicts for complex properties); ifcopenshell's internal ``id`` keys are dropped.

    >>> read_properties(pump)["Pset_ManufacturerTypeInformation"]["Manufacturer"]  # doctest: +SKIP
    '格兰富'
    """
    try:
        raw = ifcopenshell.util.element.get_psets(element)
    except Exception:  # a property set broken beyond reading: show the element without it
        return {}
    return {
        repair_text(set_name) or set_name: _plain_dict(values) for set_name, values in raw.items()
    }


def read_property(element: ifcopenshell.entity_instance, set_name: str, property_name: str) -> Any:
    """Return one property value (instance over type), or None when absent.

    >>> read_property(pump, "Pset_ManufacturerOccurrence", "SerialNumber")  # doctest: +SKIP
    'SN-2019-0001'
    """
    return read_properties(element).get(set_name, {}).get(property_name)


def _plain_dict(values: dict[str, Any]) -> dict[str, Any]:
    return {repair_text(key) or key: _plain(value) for key, value in values.items() if key != "id"}


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, dict):
        return _plain_dict(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, ifcopenshell.entity_instance):
        wrapped = getattr(value, "wrappedValue", None)
        if wrapped is not None:
            return _plain(wrapped)
        name = getattr(value, "Name", None)
        return repair_text(name) if isinstance(name, str) else str(value)
    return str(value)
