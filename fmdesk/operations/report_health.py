"""The facility health report (设施健康报告): KPIs against targets with their trends, top
repeated faults, meter consumption and anomalies."""

from __future__ import annotations

from fmdesk.i18n import render, tr
from fmdesk.operations.report_charts import trend_grid
from fmdesk.operations.report_inputs import ReportInputs, fmt, number, unit_label
from fmdesk.operations.report_model import ReportChart, ReportSection, ReportTable

__all__ = ["health_sections"]

TREND_KEYS = (
    "intact_rate",
    "response_sla_met",
    "mttr_hours",
    "pm_compliance",
    "first_time_fix",
    "satisfaction",
)


def health_sections(inputs: ReportInputs) -> list[ReportSection]:
    return [_kpi_section(inputs), _faults_section(inputs), _meters_section(inputs)]


def _kpi_section(inputs: ReportInputs) -> ReportSection:
    rows = []
    met = 0
    for kpi in inputs.definitions:
        value = inputs.total.figures.get(kpi.key)
        verdict = kpi.meets(value)
        met += verdict is True
        rows.append(
            [
                render(kpi.label),
                fmt(value, kpi.unit),
                "—"
                if kpi.target is None
                else ("≥ " if kpi.higher_is_better else "≤ ") + fmt(kpi.target, kpi.unit),
                fmt(inputs.previous.figures.get(kpi.key), kpi.unit),
                {True: tr("met"), False: tr("missed"), None: "—"}[verdict],
                unit_label(kpi.unit),
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
                total=sum(1 for k in inputs.definitions if k.target is not None),
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
        definitions = {k.key: k for k in inputs.definitions}
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
    consumption = inputs.meter_consumption
    section.tables.append(
        ReportTable(
            tr("Consumption"),
            [tr("Meter"), tr("Name"), tr("Kind"), tr("Consumption"), tr("Unit")],
            [
                [
                    r.get("meter", ""),
                    r.get("name", ""),
                    r.get("kind", ""),
                    number(r.get("consumption")),
                    r.get("unit", ""),
                ]
                for r in consumption
            ],
            note="" if consumption else tr("No meter has readings this month."),
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
                    str(a.get("start", ""))[:16].replace("T", " "),
                    a.get("kind_label") or a.get("kind", ""),
                    a.get("text") or a.get("message", ""),
                ]
                for a in anomalies[:30]
            ],
            note="" if anomalies else tr("No anomaly this month."),
        )
    )
    return section
