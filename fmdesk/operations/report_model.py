"""The shape of a report, independent of its format: sections of paragraphs, tables and charts.

:mod:`fmdesk.operations.report_content` fills it (texts already in the reader's language);
:mod:`fmdesk.operations.report_pdf` and :mod:`fmdesk.operations.report_xlsx` lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Report", "ReportChart", "ReportSection", "ReportTable"]


@dataclass
class ReportTable:
    title: str
    headers: list[str]
    rows: list[list[Any]]
    note: str = ""


@dataclass
class ReportChart:
    title: str
    png: bytes
    width_cm: float = 17.0
    height_cm: float = 8.0


@dataclass
class ReportSection:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    charts: list[ReportChart] = field(default_factory=list)
    part: str = ""
    """The report this section belongs to (the health report or the O&M report)."""


@dataclass
class Report:
    title: str
    subtitle: str
    sections: list[ReportSection] = field(default_factory=list)

    def all_text(self) -> str:
        """Every character the layout will print (the PDF font must cover them)."""
        parts = [self.title, self.subtitle]
        for section in self.sections:
            parts += [section.title, section.part, *section.paragraphs]
            for table in section.tables:
                parts += [table.title, table.note, *table.headers]
                parts += [str(cell) for row in table.rows for cell in row]
            parts += [chart.title for chart in section.charts]
        return "".join(parts)
