"""A report as an A4 PDF (reportlab): embedded Chinese font, charts, tables, page numbers.

Text is drawn with the TrueType subset of :mod:`fmdesk.operations.report_fonts`, so the PDF
shows and extracts the same on any machine (no viewer-side Asian font pack needed).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from fmdesk.i18n import tr
from fmdesk.operations.report_fonts import register_chinese_font
from fmdesk.operations.report_model import Report, ReportTable

__all__ = ["write_pdf"]

BLUE = "#1f4e79"


def write_pdf(report: Report, path: Path) -> int:
    """Write ``report`` to ``path``; returns the number of pages."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    rl_config.useA85 = 0  # binary streams: ASCII85 only bloats the file and costs a second
    page_label = tr("Page {page} of {pages}", page=0, pages=0) + "0123456789"
    font = register_chinese_font(report.all_text() + page_label)
    styles = _styles(font)
    story: list[Any] = _title(report, styles)
    part = ""
    for section in report.sections:
        story += _section(section, part, styles, font)
        part = section.part
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=1.8 * cm,
        rightMargin=1.8 * cm,
        topMargin=2.0 * cm,
        bottomMargin=2.0 * cm,
        title=report.title,
        author="fmdesk",
    )
    canvas_class = _numbered_canvas(font, report.title)
    document.build(story, canvasmaker=canvas_class)
    path.write_bytes(buffer.getvalue())
    return canvas_class.pages


def _styles(font: str) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=26, alignment=1, textColor=BLUE, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=11, alignment=1, spaceAfter=14
        ),
        "part": ParagraphStyle(
            "part",
            parent=base,
            fontSize=15,
            leading=20,
            textColor=BLUE,
            spaceBefore=6,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontSize=12.5,
            leading=17,
            textColor=BLUE,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontSize=10, leading=14, spaceBefore=6, spaceAfter=3
        ),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, textColor="#666666"),
    }


def _escape(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _title(report: Report, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    return [
        Paragraph(_escape(report.title), styles["title"]),
        Paragraph(_escape(report.subtitle), styles["subtitle"]),
    ]


def _section(section, previous_part: str, styles: dict[str, Any], font: str) -> list[Any]:
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, PageBreak, Paragraph, Spacer

    story: list[Any] = []
    if section.part and section.part != previous_part:
        if previous_part:
            story.append(PageBreak())
        story.append(Paragraph(_escape(section.part), styles["part"]))
    story.append(Paragraph(_escape(section.title), styles["h2"]))
    for paragraph in section.paragraphs:
        story.append(Paragraph(_escape(paragraph), styles["body"]))
    for table in section.tables:
        story += _table(table, styles, font)
    for chart in section.charts:
        story.append(Spacer(1, 0.2 * cm))
        image = Image(io.BytesIO(chart.png))
        ratio = image.imageHeight / image.imageWidth
        width = chart.width_cm * cm
        image.drawWidth, image.drawHeight = width, min(width * ratio, 22 * cm)
        story.append(image)
    return story


def _table(table: ReportTable, styles: dict[str, Any], font: str) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    story: list[Any] = [Paragraph(_escape(table.title), styles["h3"])]
    if table.rows:
        cell = styles["cell"]
        data = [[Paragraph(_escape(h), cell) for h in table.headers]]
        data += [
            [Paragraph(_escape("" if v is None else v), cell) for v in row] for row in table.rows
        ]
        grid = Table(data, repeatRows=1, hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#f5f8fb")],
                    ),
                ]
            )
        )
        story.append(grid)
    if table.note:
        story.append(Paragraph(_escape(table.note), styles["note"]))
    return story


def _numbered_canvas(font: str, title: str):
    """A canvas class that writes "page N of M" and the title on every page at the end."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        pages = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            NumberedCanvas.pages = total
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillColorRGB(0.4, 0.4, 0.4)
                self.drawString(1.8 * cm, A4[1] - 1.2 * cm, title)
                label = tr("Page {page} of {pages}", page=self._pageNumber, pages=total)
                self.drawRightString(A4[0] - 1.8 * cm, 1.2 * cm, label)
                super().showPage()
            super().save()

    return NumberedCanvas
