"""What the monthly reports say: the facility health report (设施健康报告) and the
engineering O&M report (工程运维报告), as sections in the reader's language.

Inputs are plain data gathered by the use case (:func:`fmdesk.app.reports.monthly_report`):
the month's KPIs and their 12-month trend, :class:`~fmdesk.operations.report_data.MonthFacts`,
and, when those features exist, contractor scores and meter consumption/anomalies as dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fmdesk.i18n import render, tr
from fmdesk.operations.kpi_model import KPIS, KpiGroup
from fmdesk.operations.report_charts import bar_chart, grouped_bars, trend_grid
from fmdesk.operations.report_data import MonthFacts
from fmdesk.operations.report_model import Report, ReportChart, ReportSection, ReportTable

__all__ = ["ReportInputs", "build_report"]

TREND_KEYS = (
    "intact_rate",
    "response_sla_met",
    "mttr_hours",
    "pm_compliance",
    "first_time_fix",
    "satisfaction",
)


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


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}%" if unit == "%" else f"{value:.1f}"


def _unit(unit: str) -> str:
    return {"%": "%", "h": tr("h"), "weeks": tr("weeks")}.get(unit, unit)


def build_report(inputs: ReportInputs, kind: str = "both") -> Report:
    """The report of ``inputs.month``: ``kind`` health, operations or both."""
    report = Report(
        title=tr("Monthly facility report {month}", month=inputs.month),
        subtitle=tr("{site} · facility health report and engineering O&M report", site=inputs.site),
    )
    if kind in ("health", "both"):
        part = tr("Facility health report")
        report.sections += [_kpi_section(inputs), _faults_section(inputs), _meters_section(inputs)]
        for section in report.sections:
            section.part = section.part or part
    if kind in ("operations", "both"):
        part = tr("Engineering O&M report")
        sections = [
            _orders_section(inputs),
            _overdue_section(inputs),
            _contractor_section(inputs),
            _pm_section(inputs),
            _plan_section(inputs),
        ]
        for section in sections:
            section.part = part
        report.sections += sections
    return report


def _kpi_section(inputs: ReportInputs) -> ReportSection:
    rows = []
    met = 0
    for kpi in KPIS:
        value = inputs.total.figures.get(kpi.key)
        verdict = kpi.meets(value)
        met += verdict is True
        rows.append(
            [
                render(kpi.label),
                _fmt(value, kpi.unit),
                "—"
                if kpi.target is None
                else ("≥ " if kpi.higher_is_better else "≤ ") + _fmt(kpi.target, kpi.unit),
                _fmt(inputs.previous.figures.get(kpi.key), kpi.unit),
                {True: tr("met"), False: tr("missed"), None: "—"}[verdict],
                _unit(kpi.unit),
            ]
        )
    counts = inputs.total.counts
    section = ReportSection(
        tr("Key performance indicators against targets"),
        paragraphs=[
            tr(
                "{reported} work orders were reported this month, {completed} were completed "
                "and {open} remain open; {met} of {total} KPIs with a target met it.",
                reported=counts.get("reported", 0),
                completed=counts.get("completed", 0),
                open=counts.get("backlog_orders", 0),
                met=met,
                total=sum(1 for k in KPIS if k.target is not None),
            ),
        ],
        tables=[
            ReportTable(
                tr("KPIs of the month"),
                [
                    tr("KPI"),
                    tr("This month"),
                    tr("Target"),
                    tr("Last month"),
                    tr("Verdict"),
                    tr("Unit"),
                ],
                rows,
            )
        ],
    )
    if inputs.charts:
        definitions = {k.key: k for k in KPIS}
        series = [
            (render(definitions[k].label), inputs.series.get(k, []), definitions[k].target)
            for k in TREND_KEYS
        ]
        section.charts.append(
            ReportChart(
                tr("12-month trends (dashed: target)"),
                trend_grid(inputs.months, series),
                17.0,
                15.0,
            )
        )
    return section


def _faults_section(inputs: ReportInputs) -> ReportSection:
    facts = inputs.facts
    return ReportSection(
        tr("Top repeated faults"),
        paragraphs=[
            tr(
                "Assets repaired twice or more in the last 90 days (屡修设备); "
                "candidates for root-cause analysis or replacement."
            )
        ],
        tables=[
            ReportTable(
                tr("Repeated faults"),
                [tr("Asset"), tr("Name"), tr("System"), tr("Repairs"), tr("Last fault")],
                [list(row) for row in facts.repeated_faults],
                note="" if facts.repeated_faults else tr("No asset was repaired twice."),
            )
        ],
    )


def _meters_section(inputs: ReportInputs) -> ReportSection:
    section = ReportSection(tr("Meter consumption and anomalies"))
    if inputs.meter_consumption is None:
        section.paragraphs.append(
            tr(
                "Meter readings are not recorded in this database yet (meters arrive with the "
                "meters feature); this section will show consumption and anomalies then."
            )
        )
        return section
    section.tables.append(
        ReportTable(
            tr("Consumption"),
            [tr("Meter"), tr("Kind"), tr("Consumption"), tr("Unit")],
            [
                [r.get("meter", ""), r.get("kind", ""), r.get("consumption", ""), r.get("unit", "")]
                for r in inputs.meter_consumption
            ],
        )
    )
    anomalies = inputs.meter_anomalies or []
    section.tables.append(
        ReportTable(
            tr("Anomalies"),
            [tr("Meter"), tr("Start"), tr("Kind"), tr("Description")],
            [
                [
                    a.get("meter", ""),
                    str(a.get("start", ""))[:16],
                    a.get("kind", ""),
                    a.get("message", ""),
                ]
                for a in anomalies
            ],
            note="" if anomalies else tr("No anomaly this month."),
        )
    )
    return section


def _orders_section(inputs: ReportInputs) -> ReportSection:
    facts = inputs.facts
    none = tr("(none)")
    section = ReportSection(
        tr("Work orders by system and source"),
        tables=[
            ReportTable(
                tr("By system"),
                [tr("System"), tr("Orders reported"), tr("Repairs"), tr("Still open")],
                [[s or none, a, b, c] for s, a, b, c in facts.by_system],
            ),
            ReportTable(
                tr("By source"),
                [tr("Source"), tr("Orders reported")],
                [[_source(s), n] for s, n in facts.by_source],
            ),
            ReportTable(
                tr("By priority"),
                [tr("Priority"), tr("Orders reported")],
                [[_priority(p), n] for p, n in facts.by_priority],
            ),
        ],
    )
    if inputs.charts and facts.by_system:
        section.charts.append(
            ReportChart(
                tr("Repairs by system"),
                bar_chart(
                    [s or none for s, *_ in facts.by_system],
                    [b for _, _, b, _ in facts.by_system],
                    tr("Repairs by system"),
                ),
                17.0,
                6.0,
            )
        )
    return section


def _overdue_section(inputs: ReportInputs) -> ReportSection:
    facts = inputs.facts
    return ReportSection(
        tr("Overdue and reopened orders"),
        paragraphs=[
            tr(
                "{n} orders due this month were completed late or are still open "
                "past their deadline.",
                n=facts.overdue_total,
            )
        ],
        tables=[
            ReportTable(
                tr("Overdue"),
                [tr("Number"), tr("Title"), tr("Priority"), tr("Contractor"), tr("Hours late")],
                [[n, t, _priority(p), c, h] for n, t, p, c, h in facts.overdue],
                note="" if facts.overdue else tr("Nothing overdue."),
            ),
            ReportTable(
                tr("Reopened (rework, escalated complaints)"),
                [tr("Number"), tr("Title"), tr("State"), tr("Times reopened"), tr("Contractor")],
                [list(r) for r in facts.reopened],
                note="" if facts.reopened else tr("No order was reopened."),
            ),
        ],
    )


def _contractor_section(inputs: ReportInputs) -> ReportSection:
    section = ReportSection(tr("Contractor performance"))
    if inputs.contractor_scores is not None:
        cards = {"none": "—", "yellow": tr("yellow card"), "red": tr("red card")}
        section.tables.append(
            ReportTable(
                tr("Monthly scores and penalties"),
                [
                    tr("Contractor"),
                    tr("Timeliness"),
                    tr("First-time fix"),
                    tr("Rework"),
                    tr("Satisfaction"),
                    tr("Findings"),
                    tr("Score"),
                    tr("Penalty (yuan)"),
                    tr("Card"),
                ],
                [
                    [
                        s.get("contractor", ""),
                        _number(s.get("timeliness")),
                        _number(s.get("first_time_fix")),
                        _number(s.get("rework_rate")),
                        _number(s.get("satisfaction")),
                        s.get("findings"),
                        _number(s.get("score")),
                        _number(s.get("penalty_yuan")),
                        cards.get(str(s.get("card", "none")), ""),
                    ]
                    for s in inputs.contractor_scores
                ],
            )
        )
        return section
    section.paragraphs.append(
        tr(
            "Contract scoring and penalties are not set up in this database yet; the figures "
            "below are the contractors' KPIs from their work orders."
        )
    )
    rows = []
    for group in inputs.by_contractor:
        f = group.figures
        rows.append(
            [
                group.name or tr("In-house"),
                group.counts.get("reported", 0),
                _fmt(f.get("response_sla_met"), "%"),
                _fmt(f.get("onsite_sla_met"), "%"),
                _fmt(f.get("mttr_hours"), "h"),
                _fmt(f.get("first_time_fix"), "%"),
                _fmt(f.get("rework_rate"), "%"),
                _fmt(f.get("satisfaction"), "%"),
            ]
        )
    section.tables.append(
        ReportTable(
            tr("Contractor KPIs"),
            [
                tr("Contractor"),
                tr("Orders"),
                tr("Response SLA"),
                tr("On-site SLA"),
                tr("MTTR (h)"),
                tr("First-time fix"),
                tr("Rework"),
                tr("Satisfaction"),
            ],
            rows,
        )
    )
    return section


def _pm_section(inputs: ReportInputs) -> ReportSection:
    facts = inputs.facts
    none = tr("(none)")
    planned = sum(r[1] for r in facts.pm_by_system)
    on_time = sum(r[2] for r in facts.pm_by_system)
    section = ReportSection(
        tr("Preventive maintenance done vs planned"),
        paragraphs=[
            tr(
                "{done} of {planned} planned maintenance orders were done on time.",
                done=on_time,
                planned=planned,
            )
        ],
        tables=[
            ReportTable(
                tr("PM by system"),
                [tr("System"), tr("Planned"), tr("On time"), tr("Late"), tr("Not done")],
                [[s or none, a, b, c, d] for s, a, b, c, d in facts.pm_by_system],
                note="" if facts.pm_by_system else tr("No preventive order was due this month."),
            )
        ],
    )
    if inputs.charts and facts.pm_by_system:
        labels = [r[0] or none for r in facts.pm_by_system]
        section.charts.append(
            ReportChart(
                tr("PM done vs planned"),
                grouped_bars(
                    labels,
                    [
                        (tr("Planned"), [r[1] for r in facts.pm_by_system]),
                        (tr("On time"), [r[2] for r in facts.pm_by_system]),
                        (tr("Late"), [r[3] for r in facts.pm_by_system]),
                    ],
                    tr("PM done vs planned"),
                ),
                17.0,
                6.5,
            )
        )
    return section


def _plan_section(inputs: ReportInputs) -> ReportSection:
    facts = inputs.facts
    none = tr("(none)")
    return ReportSection(
        tr("Next month's plan"),
        paragraphs=[tr("{n} orders are carried over into next month.", n=facts.carried_over)],
        tables=[
            ReportTable(
                tr("Planned maintenance by system"),
                [tr("System"), tr("Orders")],
                [[s or none, n] for s, n in facts.next_month_pm],
                note="" if facts.next_month_pm else tr("No preventive order is scheduled yet."),
            ),
            ReportTable(
                tr("First planned orders"),
                [tr("Number"), tr("Title"), tr("Asset"), tr("Due")],
                [list(r) for r in facts.next_month_orders],
            ),
            _visits_table(inputs.planned_visits),
        ],
    )


def _visits_table(visits: list[tuple[str, str, int, float]] | None) -> ReportTable:
    """Next month in the annual PM plan (年度保养计划) of the register's assets."""
    rows = [[task, team, n, hours] for task, team, n, hours in (visits or [])[:25]]
    note = "" if rows else tr("The annual plan has no visit next month (no assets to plan).")
    if visits and len(visits) > 25:
        note = tr("The 25 tasks with the most hours of {n}.", n=len(visits))
    return ReportTable(
        tr("Annual maintenance plan: next month's visits"),
        [tr("Task"), tr("Team"), tr("Visits"), tr("Hours")],
        rows,
        note=note,
    )


def _source(value: str) -> str:
    labels = {
        "phone": tr("Phone"),
        "walk_in": tr("Walk-in"),
        "qr": tr("QR code"),
        "inspection": tr("Inspection"),
        "trace": tr("Network trace"),
        "preventive": tr("Preventive"),
    }
    return labels.get(value, value)


def _priority(value: str) -> str:
    labels = {"urgent": tr("Urgent"), "high": tr("High"), "normal": tr("Normal"), "low": tr("Low")}
    return labels.get(value, value)


def _state(value: str) -> str:
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


def _number(value: Any) -> Any:
    """Scores and rates with one decimal (whole numbers stay whole, missing is a dash)."""
    if value is None:
        return "—"
    return f"{value:.1f}" if isinstance(value, float) else value
