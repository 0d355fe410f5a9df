"""Sentences about IDS facets and failures, in the reader's language.

IfcTester describes facets and failures in English only; here each facet becomes a requirement
sentence ("Property Pset_ManufacturerTypeInformation.Manufacturer is given") and each failed
check a reason ("Property set Pset_Warranty is missing"), both as lazy :class:`Msg` so reports,
the CLI and the GUI render them in Chinese or English.
"""

from __future__ import annotations

from typing import Any

import ifctester.facet
from ifctester.facet import (
    Attribute,
    Classification,
    Entity,
    Facet,
    Material,
    PartOf,
    Property,
    Restriction,
)

from fmdesk.handover.ids.values import has_value
from fmdesk.i18n import Msg, _t

__all__ = ["describe_facet", "describe_failure", "short_value", "show_value"]


def show_value(value: Any) -> str:
    """A facet value as a reader expects it: text as is, a restriction as its options."""
    if value is None:
        return ""
    if isinstance(value, Restriction):
        return _show_restriction(value)
    return str(value)


def _show_restriction(restriction: Restriction) -> str:
    parts = []
    for key, value in restriction.options.items():
        values = value if isinstance(value, list) else [value]
        if key == "enumeration":
            parts.append(" | ".join(str(v) for v in values))
        elif key == "pattern":
            parts.append(" | ".join(f"/{v}/" for v in values))
        else:
            parts.append(f"{_BOUND_SIGNS.get(key, key)} {values[0]}")
    return ", ".join(parts)


_BOUND_SIGNS = {
    "minInclusive": "≥",
    "maxInclusive": "≤",
    "minExclusive": ">",
    "maxExclusive": "<",
    "length": "length =",
    "minLength": "length ≥",
    "maxLength": "length ≤",
}


def describe_facet(facet: Facet) -> Msg:
    """What ``facet`` asks for, as one sentence."""
    text = _describe(facet)
    cardinality = getattr(facet, "cardinality", "required")
    if cardinality == "prohibited":
        return _t("Must not: {requirement}", requirement=text)
    if cardinality == "optional":
        return _t("If given: {requirement}", requirement=text)
    return text


def _describe(facet: Facet) -> Msg:
    if isinstance(facet, Entity):
        if facet.predefinedType:
            return _t(
                "Class {name} of type {type}",
                name=show_value(facet.name),
                type=show_value(facet.predefinedType),
            )
        return _t("Class {name}", name=show_value(facet.name))
    if isinstance(facet, Attribute):
        if has_value(facet.value):
            return _t(
                "Attribute {name} is {value}",
                name=show_value(facet.name),
                value=show_value(facet.value),
            )
        return _t("Attribute {name} is given", name=show_value(facet.name))
    if isinstance(facet, Property):
        return _describe_property(facet)
    if isinstance(facet, Classification):
        return _t(
            "Classified in {system} as {value}",
            system=show_value(facet.system) or "*",
            value=show_value(facet.value) or "*",
        )
    if isinstance(facet, PartOf):
        return _t(
            "Part of {name} ({relation})",
            name=show_value(facet.name) or "*",
            relation=facet.relation or "*",
        )
    if isinstance(facet, Material):
        if facet.value:
            return _t("Material {value}", value=show_value(facet.value))
        return _t("Has a material")
    return _t("Facet {kind}", kind=type(facet).__name__)


def _describe_property(facet: Property) -> Msg:
    name = f"{show_value(facet.propertySet)}.{show_value(facet.baseName)}"
    if has_value(facet.value):
        return _t("Property {name} is {value}", name=name, value=show_value(facet.value))
    if facet.dataType:
        return _t("Property {name} is given as {type}", name=name, type=facet.dataType.upper())
    return _t("Property {name} is given", name=name)


def describe_failure(facet: Facet, reason: dict[str, Any] | None, element: Any = None) -> Msg:
    """Why ``element`` failed ``facet`` (IfcTester's ``Result.reason``), as one sentence."""
    kind = (reason or {}).get("type")
    actual = _actual((reason or {}).get("actual"))
    if kind == "ERROR":
        return _t(
            "Could not be checked ({error}): {requirement}",
            error=actual,
            requirement=_describe(facet),
        )
    if kind == "PROHIBITED":
        return _t("Must not meet: {requirement}", requirement=_describe(facet))
    if isinstance(facet, Entity):
        if kind == "PREDEFINEDTYPE":
            return _t(
                "Predefined type is {actual}, not {expected}",
                actual=actual or "-",
                expected=show_value(facet.predefinedType),
            )
        return _t(
            "Class is {actual}, not {expected}", actual=actual, expected=show_value(facet.name)
        )
    if isinstance(facet, Attribute):
        return _attribute_failure(facet, kind, actual)
    if isinstance(facet, Property):
        return _property_failure(facet, kind, actual, reason or {}, element)
    if isinstance(facet, Classification):
        if kind == "NOVALUE":
            return _t("Has no classification")
        return _t(
            "Classification {actual} does not match {expected}",
            actual=actual,
            expected=_describe(facet),
        )
    if isinstance(facet, PartOf):
        if kind == "NOVALUE":
            return _t("Has no {relation} relationship", relation=facet.relation or "*")
        return _t(
            "Related to {actual}, not {expected}", actual=actual or "-", expected=_describe(facet)
        )
    if isinstance(facet, Material):
        if kind == "NOVALUE":
            return _t("Has no material")
        return _t(
            "Materials {actual} do not match {expected}",
            actual=actual,
            expected=show_value(facet.value),
        )
    return _t("Does not meet: {requirement}", requirement=_describe(facet))


def _attribute_failure(facet: Attribute, kind: str | None, actual: str) -> Msg:
    name = show_value(facet.name)
    if kind == "NOVALUE":
        return _t("Attribute {name} does not exist", name=name)
    if kind == "FALSEY":
        return _t("Attribute {name} is empty", name=name)
    return _t(
        "Attribute {name} is {actual}, not {expected}",
        name=name,
        actual=actual,
        expected=show_value(facet.value),
    )


def _property_failure(
    facet: Property, kind: str | None, actual: str, reason: dict, element: Any
) -> Msg:
    pset, name = short_value(facet.propertySet), short_value(facet.baseName)
    if kind == "NOPSET":
        if isinstance(facet.propertySet, Restriction):
            return _t("None of the property sets {pset} is present", pset=pset)
        return _t("Property set {pset} is missing", pset=pset)
    if kind == "NOVALUE":
        lacking = _pset_lacking(facet, element)
        return _t("Property {name} is missing or empty in {pset}", name=name, pset=lacking or pset)
    if kind == "DATATYPE":
        return _t(
            "Property {name} is stored as {actual}, not {expected}",
            name=name,
            actual=actual,
            expected=str(reason.get("dataType", "")).upper(),
        )
    return _t(
        "Property {name} is {actual}, not {expected}",
        name=name,
        actual=actual,
        expected=show_value(facet.value),
    )


def short_value(value: Any, most: int = 3) -> str:
    """Like :func:`show_value`, with long lists of alternatives cut to the first few."""
    if isinstance(value, Restriction) and set(value.options) == {"enumeration"}:
        options = value.options["enumeration"]
        options = options if isinstance(options, list) else [options]
        shown = " | ".join(str(v) for v in options[:most])
        return shown + (" | …" if len(options) > most else "")
    return show_value(value)


def _pset_lacking(facet: Property, element: Any) -> str:
    """The first property set on ``element`` that the facet selects but that lacks the
    property (IDS: every selected set must carry it)."""
    if element is None:
        return ""
    try:
        psets = ifctester.facet.get_psets(element)
    except Exception:
        return ""
    for pset_name, properties in psets.items():
        if pset_name != facet.propertySet and facet.propertySet != pset_name:
            continue
        present = [k for k, v in properties.items() if k != "id" and v not in (None, "")]
        if not any(facet.baseName == k or k == facet.baseName for k in present):
            return pset_name
    return ""


def _actual(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return ", ".join(sorted(str(v) for v in value if v is not None))
    if hasattr(value, "is_a"):
        return f"#{value.id()} {value.is_a()}"
    return str(value)
