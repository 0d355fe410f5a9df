"""What the IFC schemas say about classes, attributes and value types, for auditing an IDS.

IDS files name IFC classes (``IFCWALL``), attributes (``Name``) and data types (``IFCREAL``) as
text; before checking a model we make sure the names exist and that the values written in the
IDS can be compared with what the schema stores there (a number for ``IfcReal``, ``true`` or
``false`` for ``IfcBoolean``). The answers come from ifcopenshell's compiled schemas and are
cached, since one IDS asks about the same classes many times.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import ifcopenshell.ifcopenshell_wrapper as wrapper

__all__ = [
    "SCHEMAS",
    "attribute_bases",
    "class_exists",
    "class_names",
    "datatype_base",
    "explicit_attributes",
    "has_predefined_type",
    "type_class_of",
]

SCHEMAS = ("IFC2X3", "IFC4", "IFC4X3_ADD2")
"""The schemas an IDS 1.0 ``ifcVersion`` may name."""

OBJECT = "object"
"""Base of a value that cannot be compared with text: an entity, a select or a list."""


@cache
def _schema(name: str) -> Any:
    return wrapper.schema_by_name(name)


@cache
def _declaration(schema: str, name: str) -> Any | None:
    try:
        return _schema(schema).declaration_by_name(name)
    except RuntimeError:
        return None


@cache
def class_names(schema: str) -> frozenset[str]:
    """Upper-case names of every entity of ``schema`` (``IFCWALL``, …)."""
    return frozenset(e.name().upper() for e in _schema(schema).entities())


def class_exists(schema: str, name: str) -> bool:
    """True when ``name`` (any case) is an entity of ``schema``."""
    return name.upper() in class_names(schema)


def _entity(schema: str, name: str) -> Any | None:
    declaration = _declaration(schema, name)
    return declaration if isinstance(declaration, wrapper.entity) else None


def type_class_of(schema: str, name: str) -> str | None:
    """The type object class of occurrence class ``name`` (``IFCWALL`` → ``IFCWALLTYPE``),
    also through IFC2X3's ``…STYLE`` classes; None when there is none."""
    for suffix in ("TYPE", "STYLE"):
        candidate = name.upper() + suffix
        if class_exists(schema, candidate):
            return candidate
    return None


@cache
def explicit_attributes(schema: str, name: str) -> dict[str, str]:
    """Explicit, non-derived attributes of class ``name`` → their value base (see
    :func:`attribute_bases`); empty when the class does not exist."""
    entity = _entity(schema, name)
    if entity is None:
        return {}
    derived = entity.derived()
    result = {}
    for attribute, is_derived in zip(entity.all_attributes(), derived, strict=False):
        if not is_derived:
            result[attribute.name()] = _base_of(attribute.type_of_attribute())
    return result


def attribute_bases(schema: str, name: str, attribute: str) -> str | None:
    """The value base of ``attribute`` on class ``name``, None when it is not explicit."""
    return explicit_attributes(schema, name).get(attribute)


@cache
def has_predefined_type(schema: str, name: str) -> bool:
    """True when class ``name`` (or, for a class IFC2X3 only knows by its type, that type)
    carries a ``PredefinedType`` attribute."""
    if class_exists(schema, name):
        return "PredefinedType" in explicit_attributes(schema, name)
    type_class = type_class_of(schema, name)
    return bool(type_class) and "PredefinedType" in explicit_attributes(schema, type_class)


@cache
def datatype_base(schema: str, datatype: str) -> str | None:
    """The value base of an IDS ``dataType`` such as ``IFCREAL``; None when the schema has no
    such defined type or enumeration."""
    declaration = _declaration(schema, datatype)
    if declaration is None or isinstance(declaration, wrapper.entity):
        return None
    return _base_of(declaration)


def _base_of(kind: Any) -> str:
    """``string``, ``double``, ``integer``, ``boolean``, ``logical`` or :data:`OBJECT`."""
    while True:
        if isinstance(kind, wrapper.named_type | wrapper.type_declaration):
            kind = kind.declared_type()
        elif isinstance(kind, wrapper.enumeration_type):
            return "string"
        elif isinstance(kind, wrapper.simple_type):
            return _SIMPLE.get(kind.declared_type(), "string")
        else:  # entity, select, aggregation
            return OBJECT


_SIMPLE = {
    "string": "string",
    "binary": "string",
    "real": "double",
    "number": "double",
    "integer": "integer",
    "boolean": "boolean",
    "logical": "logical",
}
