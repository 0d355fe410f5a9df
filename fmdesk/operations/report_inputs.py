"""What the monthly report is made of (:class:`ReportInputs`) and the small formatters its
sections share (figures, units, work-order words in the reader's language)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fmdesk.i18n import tr
from fmdesk.operations.kpi_model import KPIS, KpiDefinition, KpiGroup
from fmdesk.operations.report_data import MonthFacts

__all__ = [
    "ReportInputs",
    "fmt",
    "number",
    "priority_label",
    "share",
    "source_label",
    "state_label",
    "unit_label",
]


@dataclass
class ReportInputs:
    month: str
    site: str
    total: KpiGroup
    previous: KpiGroup
    by_contractor: list[KpiGroup]
    months: list[str]
    series: dict[str, list[float | None]]
    facts: MonthFacts
    contractor_scores: list[dict[str, Any]] | None = None
    meter_consumption: list[dict[str, Any]] | None = None
    meter_anomalies: list[dict[str, Any]] | None = None
    planned_visits: list[tuple[str, str, int, float]] | None = None
    charts: bool = True
    definitions: tuple[KpiDefinition, ...] = KPIS
    """The KPIs with the department's targets (``fmdesk.app.kpi.kpi_definitions``)."""


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}%" if unit == "%" else f"{value:.1f}"


def unit_label(unit: str) -> str:
    return {"%": "%", "h": tr("h"), "weeks": tr("weeks")}.get(unit, unit)


def source_label(value: str) -> str:
    labels = {
        "phone": tr("Phone"),
        "walk_in": tr("Walk-in"),
        "qr": tr("QR code"),
        "inspection": tr("Inspection"),
        "trace": tr("Network trace"),
        "preventive": tr("Preventive"),
    }
    return labels.get(value, value)


def priority_label(value: str) -> str:
    labels = {"urgent": tr("Urgent"), "high": tr("High"), "normal": tr("Normal"), "low": tr("Low")}
    return labels.get(value, value)


def state_label(value: str) -> str:
    labels = {
        "reported": tr("Reported"),
        "dispatched": tr("Dispatched"),
        "accepted": tr("Accepted"),
        "on_site": tr("On site"),
        "rectified": tr("Rectified"),
        "rechecked": tr("Rechecked"),
        "closed": tr("Closed"),
        "reopened": tr("Reopened"),
        "cancelled": tr("Cancelled"),
    }
    return labels.get(value, value)


def number(value: Any) -> Any:
    """Scores and rates with one decimal (whole numbers stay whole, missing is a dash)."""
    if value is None:
        return "—"
    return f"{value:.1f}" if isinstance(value, float) else value


def share(value: Any) -> str:
    """A fraction 0–1 (the contractor scores' rates) as a percentage."""
    return "—" if value is None else f"{float(value) * 100:.1f}%"
