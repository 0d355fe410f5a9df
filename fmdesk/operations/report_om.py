"""The engineering O&M report (工程运维报告): work orders by system and source, overdue and
reopened orders, contractor performance, PM done vs planned, next month's plan."""

from __future__ import annotations

from fmdesk.i18n import tr
from fmdesk.operations.report_charts import bar_chart, grouped_bars
from fmdesk.operations.report_inputs import (
    ReportInputs,
    fmt,
    number,
    priority_label,
    share,
    source_label,
    state_label,
)
from fmdesk.operations.report_model import ReportChart, ReportSection, ReportTable

__all__ = ["operations_sections"]


def operations_sections(inputs: ReportInputs) -> list[ReportSection]:
    return [
        _orders_section(inputs),
        _overdue_section(inputs),
        _contractor_section(inputs),
        _pm_section(inputs),
        _plan_section(inputs),
    ]


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
                [[source_label(s), n] for s, n in facts.by_source],
            ),
            ReportTable(
                tr("By priority"),
                [tr("Priority"), tr("Orders reported")],
                [[priority_label(p), n] for p, n in facts.by_priority],
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
                [[n, t, priority_label(p), c, h] for n, t, p, c, h in facts.overdue],
                note="" if facts.overdue else tr("Nothing overdue."),
            ),
            ReportTable(
                tr("Reopened (rework, escalated complaints)"),
                [tr("Number"), tr("Title"), tr("State"), tr("Times reopened"), tr("Contractor")],
                [[n, t, state_label(st), k, c] for n, t, st, k, c in facts.reopened],
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
                        share(s.get("timeliness")),
                        share(s.get("first_time_fix")),
                        share(s.get("rework_rate")),
                        share(s.get("satisfaction")),
                        s.get("findings"),
                        number(s.get("score")),
                        number(s.get("penalty_yuan")),
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
                fmt(f.get("response_sla_met"), "%"),
                fmt(f.get("onsite_sla_met"), "%"),
                fmt(f.get("mttr_hours"), "h"),
                fmt(f.get("first_time_fix"), "%"),
                fmt(f.get("rework_rate"), "%"),
                fmt(f.get("satisfaction"), "%"),
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
