"""Plain results of an IDS check: per specification the applicable, passed and failed elements.

JSON-friendly (``to_dict``) for ``fmdesk ids check --json``; reasons keep their :class:`Msg` so
the GUI and reports render them in the reader's language, and the JSON carries them in the
current language plus both Chinese and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fmdesk.i18n import Msg

__all__ = ["ElementFailure", "IdsCheckResult", "RequirementOutcome", "SpecificationOutcome"]


@dataclass(frozen=True)
class ElementFailure:
    """One applicable element that does not meet the specification, and why."""

    global_id: str
    ifc_class: str
    name: str
    reasons: tuple[Msg, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "global_id": self.global_id,
            "ifc_class": self.ifc_class,
            "name": self.name,
            "reasons": [r.render() for r in self.reasons],
            "reasons_zh": [r.render("zh_CN") for r in self.reasons],
            "reasons_en": [r.render("en") for r in self.reasons],
        }


@dataclass(frozen=True)
class RequirementOutcome:
    """One requirement facet: what it asks and how many applicable elements missed it."""

    text: Msg
    failed_count: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text.render(),
            "text_zh": self.text.render("zh_CN"),
            "text_en": self.text.render("en"),
            "failed_count": self.failed_count,
        }


@dataclass
class SpecificationOutcome:
    """The outcome of one specification."""

    name: str
    description: str
    identifier: str
    usage: str
    """required, optional or prohibited."""
    ifc_versions: list[str]
    applicability: list[Msg]
    requirements: list[RequirementOutcome]
    passed: bool
    applicable: list[str] = field(default_factory=list)
    passed_ids: list[str] = field(default_factory=list)
    failures: list[ElementFailure] = field(default_factory=list)
    note: Msg | None = None
    """Why the specification failed as a whole (a required one with nothing applicable)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "identifier": self.identifier,
            "usage": self.usage,
            "ifc_versions": self.ifc_versions,
            "passed": self.passed,
            "applicability": [m.render() for m in self.applicability],
            "requirements": [r.to_dict() for r in self.requirements],
            "applicable_count": len(self.applicable),
            "passed_count": len(self.passed_ids),
            "failed_count": len(self.failures),
            "applicable": self.applicable,
            "passed_elements": self.passed_ids,
            "failed": [f.to_dict() for f in self.failures],
            "note": self.note.render() if self.note else None,
        }


@dataclass
class IdsCheckResult:
    """The whole check: ``passed`` when every specification passed."""

    model: str
    ids: str
    title: str
    schema: str
    specifications: list[SpecificationOutcome]

    @property
    def passed(self) -> bool:
        return all(s.passed for s in self.specifications)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "model": self.model,
            "ids": self.ids,
            "title": self.title,
            "schema": self.schema,
            "specification_count": len(self.specifications),
            "failed_specification_count": sum(1 for s in self.specifications if not s.passed),
            "specifications": [s.to_dict() for s in self.specifications],
        }
