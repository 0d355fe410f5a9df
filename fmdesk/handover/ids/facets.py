"""IfcTester's facets with the IDS 1.0 behaviour where IfcTester 0.9 departs from it.

After IfcTester parses an IDS, :func:`apply_fixes` swaps each facet's class for the subclass
here and each value for :class:`~fmdesk.handover.ids.values.IdsValue` /
:class:`~fmdesk.handover.ids.values.FixedRestriction`. Nothing in site-packages is touched and
no IfcTester global is replaced; ``patches/ifctester/`` has the same fixes as an upstream patch.

Fixed here:

- an *optional* attribute facet passes when the attribute is null (``$``); IfcTester failed it
  as "empty" (IDS: "if the attribute has a value, it must match");
- value comparisons of attributes and properties follow :mod:`~fmdesk.handover.ids.values`
  (absolute + relative tolerance, ORed patterns, bounds with tolerance);
- IFC2X3 material property sets (``IfcExtendedMaterialProperties.ExtendedProperties``) are read;
  IfcTester asked for ``.Properties`` and crashed.
"""

from __future__ import annotations

from typing import Any

import ifcopenshell
from ifctester.facet import (
    Attribute,
    AttributeResult,
    Classification,
    Entity,
    Facet,
    Material,
    PartOf,
    Property,
    Restriction,
)
from ifctester.ids import Ids

from fmdesk.handover.ids.values import FixedRestriction, IdsValue, has_value

__all__ = ["FixedAttribute", "FixedProperty", "apply_fixes"]

_VALUE_FIELDS = ("name", "predefinedType", "value", "system", "propertySet", "baseName")


class FixedAttribute(Attribute):
    """IfcTester's attribute facet; an optional attribute that is null passes."""

    def __call__(self, inst: ifcopenshell.entity_instance, logger: Any = None) -> AttributeResult:
        names = _forward_attribute_names(inst, self.name)
        if not names:
            if self.cardinality == "optional":
                return AttributeResult(True)
            return self._outcome(False, {"type": "NOVALUE"})
        values = [getattr(inst, name, None) for name in names]
        if self.cardinality == "optional" and all(v is None for v in values):
            return AttributeResult(True)
        present = [v for v, n in zip(values, names, strict=True) if not _is_empty(inst, n, v)]
        if not present:
            actual = values if len(values) > 1 else values[0]
            return self._outcome(False, {"type": "FALSEY", "actual": actual})
        if has_value(self.value):
            for value in present:
                if value != self.value:  # IdsValue / FixedRestriction decide
                    return self._outcome(False, {"type": "VALUE", "actual": value})
        return self._outcome(True, None)

    def _outcome(self, is_pass: bool, reason: dict[str, Any] | None) -> AttributeResult:
        if self.cardinality == "prohibited":
            return AttributeResult(not is_pass, {"type": "PROHIBITED"})
        return AttributeResult(is_pass, reason)


def _forward_attribute_names(inst: ifcopenshell.entity_instance, name: Any) -> list[str]:
    """The explicit attributes of ``inst`` the facet's name (text or restriction) matches."""
    candidates = [inst.attribute_name(i) for i in range(len(inst))]
    if isinstance(name, str):
        return [name] if name in candidates else []
    return [candidate for candidate in candidates if candidate == name]


def _is_empty(inst: ifcopenshell.entity_instance, name: str, value: Any) -> bool:
    """Null, empty text, empty lists and LOGICAL unknown carry no information (IDS)."""
    if value is None or value == "" or value == ():
        return True
    if value == "UNKNOWN":
        try:
            return inst.attribute_type(inst.get_argument_index(name)) == "LOGICAL"
        except (RuntimeError, IndexError):
            return False
    return False


class FixedProperty(Property):
    """IfcTester's property facet; IFC2X3 extended material properties are readable."""

    def get_properties(self, pset: ifcopenshell.entity_instance) -> Any:
        if pset.is_a("IfcExtendedMaterialProperties") and hasattr(pset, "ExtendedProperties"):
            return pset.ExtendedProperties
        return super().get_properties(pset)


_CLASSES: dict[type, type] = {Attribute: FixedAttribute, Property: FixedProperty}


def apply_fixes(ids: Ids) -> Ids:
    """Give every facet and value of ``ids`` the corrected behaviour; returns ``ids``."""
    for specification in ids.specifications:
        for facet in [*specification.applicability, *specification.requirements]:
            _fix_facet(facet)
    return ids


def _fix_facet(facet: Facet) -> None:
    replacement = _CLASSES.get(type(facet))
    if replacement is not None:
        facet.__class__ = replacement
    for field in _VALUE_FIELDS:
        value = getattr(facet, field, None)
        if isinstance(value, Restriction):
            value.__class__ = FixedRestriction
        elif (
            field == "value" and isinstance(value, str) and isinstance(facet, Attribute | Property)
        ):
            setattr(facet, field, IdsValue(value))


KNOWN_FACETS = (Entity, Attribute, Classification, PartOf, Property, Material)
"""IDS 1.0 facet kinds as IfcTester names them."""
