"""Check a parsed model against its schema where the application reads it, and say what was
assumed for each deviation.

ifcopenshell keeps values of the wrong type as written (a text where a reference belongs, a
point where a storey belongs) and does not complain about a required attribute left unset.
The readers of :mod:`fmdesk.bim` treat such values as missing (a text attribute holding a
number is read as that number's text), so a broken attribute never stops the model from
opening; this check finds every such value on the model's semantic layer (every IfcRoot: the
elements, spaces, systems, ports, relationships, property sets and types; the owner history
and application; the units) and reports it, with the length unit assumed when the model's is
missing or unusable. Geometry below the products is the tessellator's business (its failures
are reported per element when the model is drawn).

It reads every attribute of every rooted instance (about 4 µs per instance), so callers run it
once per model, off the GUI thread, and keep the result (the application layer caches it by
content hash).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from typing import Any

import ifcopenshell
import ifcopenshell.ifcopenshell_wrapper as wrapper

from fmdesk.bim.reading_warnings import (
    ReadingWarning,
    describe_entity,
    reading_warnings,
    record_warnings,
)
from fmdesk.bim.units import length_unit_warnings
from fmdesk.gil_sharing import Breather
from fmdesk.i18n import _t

__all__ = ["check_model"]

_CHECKED_CLASSES = (
    "IfcRoot",
    "IfcOwnerHistory",
    "IfcApplication",
    "IfcNamedUnit",
    "IfcUnitAssignment",
    "IfcMeasureWithUnit",
)
_SIMPLE: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "real": (float, int),
    "number": (float, int),
    "integer": (int,),
    "boolean": (bool,),
    "logical": (bool, str),
    "binary": (str,),
}
_CHECKED: weakref.WeakSet[ifcopenshell.file] = weakref.WeakSet()
Check = Callable[[Any], bool]


def check_model(
    model: ifcopenshell.file,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ReadingWarning]:
    """Return every reading warning of ``model``: the parser's (recorded when it was opened)
    and the schema check's (run once per model object and recorded with it).

    >>> [w.kind for w in check_model(open_model("export.ifc"))]  # doctest: +SKIP
    ['invalid_enumeration', 'wrong_type']
    """
    if model not in _CHECKED:
        record_warnings(model, list(_schema_warnings(model, progress, cancelled)))
        record_warnings(model, length_unit_warnings(model))
        _CHECKED.add(model)
    return reading_warnings(model)


def _schema_warnings(
    model: ifcopenshell.file,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[ReadingWarning]:
    schema = wrapper.schema_by_name(model.schema_identifier)
    checks = _Checks(schema)
    breathe = Breather()  # a worker thread beside the GUI leaves it the interpreter
    refused = {  # an enumeration value the parser refused is reported once, not again here
        (w.step_id, w.attribute) for w in reading_warnings(model) if w.kind == "invalid_enumeration"
    }
    classes = _checked_classes(model, schema)
    for done, ifc_class in enumerate(classes):
        if progress is not None:
            progress(done / len(classes))
        # One class at a time: ``by_type("IfcRoot")`` wraps 613,000 instances of the big
        # generated building in one call (0.46 s) that no rest can interrupt.
        instances = model.by_type(ifc_class, include_subtypes=False)
        attributes = checks.of(ifc_class)
        for number, instance in enumerate(instances):
            if not number & 127:
                breathe()
                if not number % 16384 and cancelled is not None and cancelled():
                    from fmdesk.errors import CancelledError

                    raise CancelledError("model check cancelled")
            for index, name, optional, check, aggregate in attributes:
                value = instance.get_argument(index)
                if value is None:
                    if not optional and (instance.id(), name) not in refused:
                        yield _missing(instance, name)
                elif not check(value):
                    yield _wrong(instance, name, value, aggregate)


def _checked_classes(model: ifcopenshell.file, schema: Any) -> list[str]:
    """The classes with instances in ``model`` that are (or derive from) a checked class."""
    found = []
    for ifc_class in model.types():
        try:
            declaration = schema.declaration_by_name(ifc_class)
        except RuntimeError:  # not a class of the schema: nothing to check it against
            continue
        while declaration is not None and declaration.name() not in _CHECKED_CLASSES:
            declaration = declaration.supertype()
        if declaration is not None:
            found.append(ifc_class)
    return found


class _Checks:
    """Per class: (index, name, optional, value check) of each explicit attribute."""

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self._by_class: dict[str, list[tuple[int, str, bool, Check, bool]]] = {}

    def of(self, ifc_class: str) -> list[tuple[int, str, bool, Check, bool]]:
        found = self._by_class.get(ifc_class)
        if found is None:
            entity = self.schema.declaration_by_name(ifc_class).as_entity()
            found = []
            for index, (attribute, derived) in enumerate(
                zip(entity.all_attributes(), entity.derived(), strict=False)
            ):
                if derived:
                    continue
                declared = _unwrap(attribute.type_of_attribute())
                aggregate = isinstance(declared, wrapper.aggregation_type)
                found.append(
                    (
                        index,
                        attribute.name(),
                        attribute.optional(),
                        _type_check(declared),
                        aggregate,
                    )
                )
            self._by_class[ifc_class] = found
        return found


def _unwrap(declared: Any) -> Any:
    while isinstance(declared, wrapper.named_type | wrapper.type_declaration):
        declared = declared.declared_type()
    return declared


def _type_check(declared: Any) -> Check:
    """A fast predicate for values of the declared type (selects: any instance or typed
    value, aggregates: each member)."""
    declared = _unwrap(declared)
    if isinstance(declared, wrapper.simple_type):
        kinds = _SIMPLE.get(declared.declared_type(), (object,))
        if kinds == (int,):
            return lambda value: isinstance(value, int) and not isinstance(value, bool)
        return lambda value: isinstance(value, kinds)
    if isinstance(declared, wrapper.entity):
        return _entity_check(declared.name())
    if isinstance(declared, wrapper.enumeration_type):
        return lambda value: isinstance(value, str)
    if isinstance(declared, wrapper.select_type):
        return lambda value: isinstance(value, ifcopenshell.entity_instance)
    if isinstance(declared, wrapper.aggregation_type):
        inner = _type_check(declared.type_of_element())
        return lambda value: isinstance(value, tuple) and all(inner(item) for item in value)
    return lambda value: True


def _entity_check(name: str) -> Check:
    answers: dict[str, bool] = {}

    def check(value: Any) -> bool:
        if not isinstance(value, ifcopenshell.entity_instance):
            return False
        ifc_class = value.is_a()
        answer = answers.get(ifc_class)
        if answer is None:
            answer = answers[ifc_class] = bool(value.is_a(name))
        return answer

    return check


def _missing(instance: ifcopenshell.entity_instance, attribute: str) -> ReadingWarning:
    label, global_id = describe_entity(instance)
    return ReadingWarning(
        "missing_attribute",
        label,
        attribute,
        "$",
        _t("unset"),
        instance.id(),
        global_id,
    )


def _wrong(
    instance: ifcopenshell.entity_instance, attribute: str, value: Any, aggregate: bool
) -> ReadingWarning:
    label, global_id = describe_entity(instance)
    if isinstance(value, int | float) and not isinstance(value, bool):
        assumed = _t("read as the text {text}", text=str(value))
    elif aggregate and isinstance(value, tuple):
        assumed = _t("the members of the wrong type ignored")
    else:
        assumed = _t("ignored (read as unset)")
    return ReadingWarning(
        "wrong_type", label, attribute, _found(value), assumed, instance.id(), global_id
    )


def _found(value: Any) -> str:
    if isinstance(value, ifcopenshell.entity_instance):
        if value.id():
            return f"{value.is_a()} #{value.id()}"
        return f"{value.is_a()}({value.wrappedValue!r})"
    if isinstance(value, tuple):
        return (
            "("
            + ", ".join(_found(item) for item in value[:4])
            + (", …)" if len(value) > 4 else ")")
        )
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
