"""What the reader assumed where a model breaks its schema: one warning per deviation.

Real exports break the IFC schema in small ways all the time (an enumeration value of another
enumeration, a text where a reference belongs, a reference to an instance that is not in the
file, no length unit). Refusing such a file would cost the user the whole model for one slip in
the header, so the reader reads what it can and records, for each deviation, the element, the
attribute, what was found and what was assumed instead. The warnings travel with the parsed
model (:func:`reading_warnings`) and are shown in the Problems panel and ``fmdesk info --json``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ifcopenshell

from fmdesk.i18n import Msg, _t, render

__all__ = [
    "WARNING_KINDS",
    "ReadingWarning",
    "describe_entity",
    "reading_warnings",
    "record_warnings",
]

WARNING_KINDS = (
    "invalid_enumeration",
    "wrong_type",
    "missing_attribute",
    "dangling_reference",
    "unknown_entity",
    "attribute_count",
    "duplicate_id",
    "duplicate_global_id",
    "unknown_unit",
    "parser_message",
)
"""Every ``kind`` a warning can have (stable words for ``--json`` callers and tests)."""


@dataclass(frozen=True, eq=False)
class ReadingWarning:
    """One deviation from the schema and what the reader assumed instead.

    >>> ReadingWarning("invalid_enumeration", "IfcOwnerHistory #19", "ChangeAction",
    ...                "READWRITE", "NOTDEFINED").to_dict()["assumed"]
    'NOTDEFINED'
    """

    kind: str
    element: str
    """The instance as a reader finds it: ``IfcOwnerHistory #19`` or ``IfcWall #13 W-01``."""
    attribute: Msg | str | None
    found: Msg | str | None
    assumed: Msg | str
    step_id: int | None = None
    global_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The warning as listed under ``"warnings"`` in ``fmdesk info --json``."""
        return {
            "kind": self.kind,
            "element": self.element,
            "global_id": self.global_id,
            "step_id": self.step_id,
            "attribute": None if self.attribute is None else render(self.attribute),
            "found": None if self.found is None else render(self.found),
            "assumed": render(self.assumed),
        }

    def message(self) -> Msg:
        """One sentence for the Problems panel and the text output."""
        return _t(
            "{element}: {attribute} is {found}; assumed {assumed}.",
            element=self.element,
            attribute=self.attribute or "-",
            found=self.found if self.found is not None else "-",
            assumed=self.assumed,
        )


_WARNINGS: weakref.WeakKeyDictionary[ifcopenshell.file, list[ReadingWarning]] = (
    weakref.WeakKeyDictionary()
)


def reading_warnings(model: ifcopenshell.file) -> list[ReadingWarning]:
    """The warnings recorded for ``model`` so far (parse warnings from :func:`open_model`, and
    the schema check's once :func:`fmdesk.bim.validation.check_model` ran)."""
    return list(_WARNINGS.get(model, ()))


def record_warnings(model: ifcopenshell.file, warnings: Iterable[ReadingWarning]) -> None:
    """Add ``warnings`` to those kept with ``model`` (each distinct warning once)."""
    kept = _WARNINGS.setdefault(model, [])
    seen = {_key(warning) for warning in kept}
    for warning in warnings:
        key = _key(warning)
        if key not in seen:
            seen.add(key)
            kept.append(warning)


def _key(warning: ReadingWarning) -> tuple:
    return (
        warning.kind,
        warning.step_id,
        warning.element,
        str(warning.attribute),
        str(warning.found),
    )


def describe_entity(entity: ifcopenshell.entity_instance) -> tuple[str, str | None]:
    """``("IfcWall #13 W-01", GlobalId)``: how a warning names an instance.

    The name is read defensively (it may itself be of the wrong type).
    """
    label = f"{entity.is_a()} #{entity.id()}"
    global_id = None
    try:
        if entity.is_a("IfcRoot"):
            value = entity.get_argument(0)
            global_id = value if isinstance(value, str) else None
            name = entity.get_argument(2)
            if isinstance(name, str) and name.strip():
                label += f" {name.strip()[:60]}"
    except (RuntimeError, IndexError):
        pass
    return label, global_id
