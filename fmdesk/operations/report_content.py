"""What the monthly reports say: the facility health report (设施健康报告) and the
engineering O&M report (工程运维报告), as sections in the reader's language.

Inputs are plain data gathered by the use case (:func:`fmdesk.app.reports.monthly_report`):
the month's KPIs and their 12-month trend, :class:`~fmdesk.operations.report_data.MonthFacts`,
and, when those features exist, contractor scores and meter consumption/anomalies as dicts.
"""

from __future__ import annotations

from fmdesk.i18n import tr
from fmdesk.operations.report_health import health_sections
from fmdesk.operations.report_inputs import ReportInputs
from fmdesk.operations.report_model import Report
from fmdesk.operations.report_om import operations_sections

__all__ = ["ReportInputs", "build_report"]


def build_report(inputs: ReportInputs, kind: str = "both") -> Report:
    """The report of ``inputs.month``: ``kind`` health, operations or both."""
    report = Report(
        title=tr("Monthly facility report {month}", month=inputs.month),
        subtitle=tr("{site} · facility health report and engineering O&M report", site=inputs.site),
    )
    if kind in ("health", "both"):
        part = tr("Facility health report")
        report.sections += health_sections(inputs)
        for section in report.sections:
            section.part = section.part or part
    if kind in ("operations", "both"):
        part = tr("Engineering O&M report")
        sections = operations_sections(inputs)
        for section in sections:
            section.part = part
        report.sections += sections
    return report
