"""Check a model against an IDS: our evaluation loop over IfcTester's (corrected) facets.

IfcTester's ``Specification.validate`` keeps only an English string per failure and cannot
report progress or stop; this loop follows the same IDS rules (broadphase filter by the first
applicability facet, every other applicability facet per element, every requirement per
applicable element, required/optional/prohibited specifications) and keeps each failure's
reason so it can be written in Chinese or English.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import ifcopenshell
import ifctester.facet
from ifctester.facet import Entity, Facet
from ifctester.ids import Ids, Specification

from fmdesk.handover.ids.reasons import describe_facet, describe_failure
from fmdesk.handover.ids.results import (
    ElementFailure,
    IdsCheckResult,
    RequirementOutcome,
    SpecificationOutcome,
)
from fmdesk.i18n import Msg, _t

__all__ = ["check_model"]

Report = Callable[[float, Msg], None]


def check_model(
    ids: Ids,
    model: ifcopenshell.file,
    *,
    model_name: str = "",
    ids_name: str = "",
    report: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IdsCheckResult:
    """Check ``model`` against every specification of ``ids`` (loaded by ``load_ids``)."""
    ifctester.facet.get_pset.cache_clear()
    ifctester.facet.get_psets.cache_clear()
    outcomes = []
    total = max(1, len(ids.specifications))
    for number, specification in enumerate(ids.specifications):
        if report is not None:
            report(number / total, _t("Checking “{spec}”", spec=specification.name))
        outcomes.append(_check_specification(specification, model, cancelled))
    return IdsCheckResult(
        model=model_name,
        ids=ids_name,
        title=str(ids.info.get("title", "") or Path(ids_name).stem),
        schema=str(getattr(model, "schema_identifier", model.schema)),
        specifications=outcomes,
    )


def _usage(spec: Specification) -> str:
    if spec.maxOccurs == 0:
        return "prohibited"
    return "optional" if str(spec.minOccurs) == "0" else "required"


def _applicable_elements(spec: Specification, model: ifcopenshell.file) -> list[Any]:
    if not spec.applicability:
        return []
    first, *others = spec.applicability
    candidates = first.filter(model, None)
    checks = others if isinstance(first, Entity) else spec.applicability
    return [e for e in candidates if all(bool(_evaluate(f, e)) for f in checks)]


def _check_specification(
    spec: Specification, model: ifcopenshell.file, cancelled: Callable[[], bool] | None
) -> SpecificationOutcome:
    usage = _usage(spec)
    applicable = _applicable_elements(spec, model)
    failed_per_facet = [0] * len(spec.requirements)
    failures: list[ElementFailure] = []
    passed: list[str] = []
    for count, element in enumerate(applicable):
        if cancelled is not None and count % 500 == 0 and cancelled():
            from fmdesk.errors import CancelledError

            raise CancelledError("cancelled")
        reasons = _element_reasons(spec, element, usage, failed_per_facet)
        if reasons:
            failures.append(_failure(element, reasons))
        else:
            passed.append(_global_id(element))
    note = None
    if usage == "required" and not applicable:
        note = _t("No element is applicable, but the specification is required.")
    return SpecificationOutcome(
        name=spec.name,
        description=str(spec.description or ""),
        identifier=str(spec.identifier or ""),
        usage=usage,
        ifc_versions=list(spec.ifcVersion or []),
        applicability=[describe_facet(f) for f in spec.applicability],
        requirements=[
            RequirementOutcome(describe_facet(f), n)
            for f, n in zip(spec.requirements, failed_per_facet, strict=True)
        ],
        passed=not failures and note is None,
        applicable=[_global_id(e) for e in applicable],
        passed_ids=passed,
        failures=failures,
        note=note,
    )


def _element_reasons(
    spec: Specification, element: Any, usage: str, failed_per_facet: list[int]
) -> list[Msg]:
    if usage == "prohibited":
        return [_t("Prohibited: no element may meet this applicability.")]
    reasons = []
    for number, facet in enumerate(spec.requirements):
        result = _evaluate(facet, element)
        if not bool(result):
            failed_per_facet[number] += 1
            reasons.append(describe_failure(facet, getattr(result, "reason", None), element))
    return reasons


class _Broken:
    """The outcome of a facet that raised on a malformed element: a failure, with the error."""

    def __init__(self, error: Exception) -> None:
        self.reason = {"type": "ERROR", "actual": f"{type(error).__name__}: {error}"}

    def __bool__(self) -> bool:
        return False


def _evaluate(facet: Facet, element: Any) -> Any:
    """``facet(element)``; a model IfcTester cannot read there fails instead of stopping
    the whole check (e.g. a property with a unit in a file without an IfcProject)."""
    try:
        return facet(element)
    except Exception as error:
        return _Broken(error)


def _failure(element: Any, reasons: list[Msg]) -> ElementFailure:
    return ElementFailure(
        global_id=_global_id(element),
        ifc_class=element.is_a(),
        name=str(getattr(element, "Name", "") or ""),
        reasons=tuple(reasons),
    )


def _global_id(element: Any) -> str:
    return str(getattr(element, "GlobalId", None) or f"#{element.id()}")


def requirement_facets(spec: Specification) -> list[Facet]:
    """The requirement facets of ``spec`` (for editors and reports)."""
    return list(spec.requirements)
