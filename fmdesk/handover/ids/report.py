"""IDS check reports a design team can read: Excel workbook and a standalone HTML page.

Plain data in (an :class:`IdsCheckResult`), file out, in the current language with the other
language beside it where a reader of either needs it. Text from the model is written as text,
never as a formula.
"""

from __future__ import annotations

import html
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from fmdesk.exports.cell_text import safe_text
from fmdesk.handover.ids.results import IdsCheckResult
from fmdesk.i18n import _t, tr

__all__ = ["usage_text", "write_html_report", "write_xlsx_report"]

_PASS = PatternFill("solid", fgColor="C6EFCE")
_FAIL = PatternFill("solid", fgColor="FFC7CE")
_HEAD = PatternFill("solid", fgColor="DDEBF7")


def write_xlsx_report(result: IdsCheckResult, out: Path) -> Path:
    """Two sheets: one row per specification, one row per failed element and reason."""
    book = Workbook()
    summary = book.active
    summary.title = tr("Specifications")[:31]
    _header(
        summary,
        [
            tr("Specification"),
            tr("Usage"),
            tr("Result"),
            tr("Applicable"),
            tr("Passed"),
            tr("Failed"),
            tr("Requirements"),
        ],
    )
    for spec in result.specifications:
        summary.append(
            [
                safe_text(spec.name),
                usage_text(spec.usage),
                tr("passed") if spec.passed else tr("failed"),
                len(spec.applicable),
                len(spec.passed_ids),
                len(spec.failures),
                safe_text("\n".join(r.text.render() for r in spec.requirements)),
            ]
        )
        summary.cell(summary.max_row, 3).fill = _PASS if spec.passed else _FAIL
    failures = book.create_sheet(tr("Failed elements")[:31])
    _header(
        failures,
        [
            tr("Specification"),
            "GlobalId",
            tr("IFC class"),
            tr("Name"),
            tr("Reason"),
            tr("Reason (English)"),
        ],
    )
    for spec in result.specifications:
        for failure in spec.failures:
            for reason in failure.reasons:
                failures.append(
                    [
                        safe_text(spec.name),
                        failure.global_id,
                        failure.ifc_class,
                        safe_text(failure.name),
                        safe_text(reason.render()),
                        safe_text(reason.render("en")),
                    ]
                )
    for sheet, widths in (
        (summary, [40, 10, 10, 10, 10, 10, 80]),
        (failures, [40, 24, 24, 30, 70, 70]),
    ):
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        sheet.freeze_panes = "A2"
    for row in summary.iter_rows(min_row=2, min_col=7, max_col=7):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


def usage_text(usage: str) -> str:
    """required / optional / prohibited in the current language."""
    texts = {"required": _t("required"), "optional": _t("optional"), "prohibited": _t("prohibited")}
    return texts[usage].render() if usage in texts else usage


def _header(sheet, titles: list[str]) -> None:
    sheet.append(titles)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD


def write_html_report(result: IdsCheckResult, out: Path) -> Path:
    """A self-contained HTML page (no scripts, no external files)."""
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{_e(result.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(result.title)}</h1>",
        f"<p>{_e(tr('Model'))}: {_e(result.model)} ({_e(result.schema)}) · IDS: {_e(result.ids)}"
        f" · <b class='{'ok' if result.passed else 'bad'}'>"
        f"{_e(tr('passed') if result.passed else tr('failed'))}</b></p>",
    ]
    for spec in result.specifications:
        state = "ok" if spec.passed else "bad"
        parts.append(
            f"<h2 class='{state}'>{_e(spec.name)}</h2><p>{_e(usage_text(spec.usage))} · "
            f"{_e(tr('Applicable'))} {len(spec.applicable)} · {_e(tr('Passed'))} "
            f"{len(spec.passed_ids)} · {_e(tr('Failed'))} {len(spec.failures)}</p><ul>"
        )
        parts += [f"<li>{_e(r.text.render())} ({r.failed_count})</li>" for r in spec.requirements]
        parts.append("</ul>")
        if spec.note:
            parts.append(f"<p class='bad'>{_e(spec.note.render())}</p>")
        if spec.failures:
            parts.append(
                f"<table><tr><th>GlobalId</th><th>{_e(tr('IFC class'))}</th>"
                f"<th>{_e(tr('Name'))}</th><th>{_e(tr('Reason'))}</th></tr>"
            )
            for failure in spec.failures:
                reasons = "<br>".join(_e(r.render()) for r in failure.reasons)
                parts.append(
                    f"<tr><td>{_e(failure.global_id)}</td><td>{_e(failure.ifc_class)}"
                    f"</td><td>{_e(failure.name)}</td><td>{reasons}</td></tr>"
                )
            parts.append("</table>")
    parts.append("</body></html>")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts), encoding="utf-8")
    return out


def _e(text: object) -> str:
    return html.escape(str(text))


_CSS = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
    ".ok{color:#1a7f37}.bad{color:#c62828}"
)
