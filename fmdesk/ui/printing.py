"""Paper from the GUI: documents (派工单, 停水通知) on A4 and QR labels on label sheets, through
Qt's print preview (QPrintPreviewDialog) so the engineer sees the page before it is printed.

Every function that paints takes a ``QPrinter``, so the same code paints the preview, the real
printer and a PDF (``print_to_pdf``, which the tests read back with pypdf).
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

__all__ = [
    "LABEL_COLUMNS",
    "LABEL_ROWS",
    "notice_document",
    "paint_labels",
    "preview",
    "print_to_pdf",
    "work_order_document",
]

LABEL_COLUMNS, LABEL_ROWS = 3, 8
"""The A4 label sheet (3 × 8, 70 × 37 mm labels, the common 24-up sheet)."""

Painter = Callable[[QPrinter], None]

PRINT_FAMILIES = ("DejaVu Sans", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC")
"""Latin text from a plain TrueType font first (the PDF writer maps its digits back to text;
Noto CJK's CFF digits come out unreadable to PDF text extraction), Chinese from the rest."""
PRINT_FONTS = ", ".join(f'"{family}"' for family in PRINT_FAMILIES) + ", sans-serif"


def a4_printer(printer: QPrinter | None = None) -> QPrinter:
    """``printer`` (or a new high-resolution one) set to A4 portrait with 15 mm margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    return printer


def document_painter(document: QTextDocument) -> Painter:
    """Paint ``document`` on the printer's pages."""

    def paint(printer: QPrinter) -> None:
        document.print_(printer)

    return paint


def preview(parent: QWidget | None, title: str, paint: Painter, *, labels: bool = False) -> None:
    """Qt's print preview of ``paint`` (A4; label sheets without margins); Print from there."""
    printer = a4_printer()
    if labels:
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 680)
    dialog.exec()


def print_to_pdf(paint: Painter, path: str | Path, *, labels: bool = False) -> Path:
    """Paint to a PDF file on A4 (what the preview shows), e.g. for the tests or an archive."""
    printer = a4_printer()
    if labels:
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint(printer)
    return Path(path)


def _page(title: str, body: str) -> str:
    return (
        f"<html><body style='font-family: {PRINT_FONTS};'>"
        f"<h2 style='text-align:center'>{html.escape(title)}</h2>{body}</body></html>"
    )


def notice_document(text: str) -> QTextDocument:
    """The 停水通知 to post: its first line as the title, the rest as paragraphs."""
    lines = text.splitlines()
    title, rest = (lines[0], lines[1:]) if lines else ("", [])
    body = "".join(
        f"<p style='font-size:14pt'>{html.escape(line) or '&nbsp;'}</p>" for line in rest
    )
    document = QTextDocument()
    document.setHtml(_page(title, body))
    return document


def work_order_document(order: Any, word: Callable[[str], str] = str) -> QTextDocument:
    """The dispatch sheet (派工单) of a work order (``WorkOrderView``): a table of its facts,
    the description, the valves and flats of a shut-off, and signature lines. ``word`` turns
    the state and priority keys into words (``fmdesk.ui.records.labels.word``)."""
    translate = QCoreApplication.translate
    rows = [
        (translate("Printing", "Number"), order.number),
        (translate("Printing", "Title"), order.title),
        (translate("Printing", "Priority"), word(order.priority)),
        (translate("Printing", "State"), word(order.state)),
        (
            translate("Printing", "Asset"),
            " ".join(filter(None, (order.asset_code, order.asset_name))),
        ),
        (translate("Printing", "Location"), order.location or order.space_name or ""),
        (translate("Printing", "Reported by"), order.reporter),
        (translate("Printing", "Assignee"), order.assignee or order.contractor or ""),
        (translate("Printing", "Reported at"), _time(order.created_at)),
        (translate("Printing", "On site by"), _time(order.on_site_due)),
        (translate("Printing", "Complete by"), _time(order.completion_due)),
    ]
    shutoff = order.shutoff or {}
    if shutoff.get("valves"):
        flats = "、".join(shutoff.get("affected_flats", []))
        rows.append((translate("Printing", "Valves to close"), "；".join(shutoff["valves"])))
        rows.append((translate("Printing", "Flats without water"), flats))
    table = "".join(
        f"<tr><th align='left' width='25%'>{html.escape(k)}</th>"
        f"<td>{html.escape(str(v or ''))}</td></tr>"
        for k, v in rows
    )
    time = html.escape(translate("Printing", "Time"))
    signers = (
        translate("Printing", "Technician"),
        translate("Printing", "Checked by"),
        translate("Printing", "Resident"),
    )
    signatures = "".join(
        f"<p>{html.escape(signer)}：________________　{time}：____________</p>"
        for signer in signers
    )
    description = html.escape(order.description or "").replace("\n", "<br/>")
    heading = html.escape(translate("Printing", "Description"))
    sign_heading = html.escape(translate("Printing", "Signatures"))
    body = (
        "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
        f"{table}</table><h3>{heading}</h3><p>{description}</p>"
        f"<h3>{sign_heading}</h3>{signatures}"
    )
    document = QTextDocument()
    document.setHtml(_page(translate("Printing", "Work order (dispatch sheet)"), body))
    return document


def _time(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def paint_labels(labels: Sequence[Any]) -> Painter:
    """Paint QR labels (``fmdesk.exports.qr_labels.LabelData``) 3 × 8 per A4 sheet: the QR
    code on the left (the exporter's encoder), the code, name and place as real text (sharp
    on any printer, searchable in the PDF)."""

    def paint(printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            cell = QSizeF(page.width() / LABEL_COLUMNS, page.height() / LABEL_ROWS)
            per_page = LABEL_COLUMNS * LABEL_ROWS
            for index, label in enumerate(labels):
                if index and index % per_page == 0:
                    printer.newPage()
                slot = index % per_page
                rect = QRectF(
                    (slot % LABEL_COLUMNS) * cell.width(),
                    (slot // LABEL_COLUMNS) * cell.height(),
                    cell.width(),
                    cell.height(),
                )
                _paint_label(painter, rect.adjusted(6, 6, -6, -6), label)
        finally:
            painter.end()

    return paint


def _paint_label(painter: QPainter, rect: QRectF, label: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QPen

    from fmdesk.exports.qr_labels import qr_image

    painter.setPen(QPen(Qt.GlobalColor.gray, 1))
    painter.drawRect(rect)
    pad = rect.height() * 0.08
    side = rect.height() - 2 * pad
    painter.drawImage(
        QRectF(rect.left() + pad, rect.top() + pad, side, side),
        _qimage(qr_image(label.code, 256).convert("RGB")),
    )
    text = QRectF(rect.left() + 2 * pad + side, rect.top() + pad, 0, 0)
    text.setRight(rect.right() - pad)
    painter.setPen(Qt.GlobalColor.black)
    for value, share, bold in (
        (label.code, 0.22, True),
        (label.name, 0.16, False),
        (label.location, 0.11, False),
        (label.footer, 0.10, False),
    ):
        font = QFont(list(PRINT_FAMILIES))
        font.setPixelSize(max(6, int(rect.height() * share)))
        font.setBold(bold)
        painter.setFont(font)
        height = rect.height() * (share + 0.06)
        text.setHeight(height)
        painter.drawText(
            text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), value or ""
        )
        text.translate(0, height)


def _qimage(picture: Any) -> QImage:
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image
