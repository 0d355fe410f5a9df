"""IDS use cases: check a model against an IDS file, write reports, edit the default FM IDS.

``check_ids`` opens the model through the :class:`App` (parsed once per process), loads and
audits the IDS (an invalid IDS raises ``IdsInvalidError``: one sentence, CLI exit 2), checks
every specification with progress and Cancel, and writes the report chosen by its suffix
(``.xlsx``, ``.html``, ``.bcf``/``.bcfzip``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.handover.ids.results import IdsCheckResult
    from fmdesk.handover.ids.table import IdsTable

__all__ = [
    "REPORT_SUFFIXES",
    "check_ids",
    "default_ids_path",
    "load_ids_table",
    "save_ids_table",
    "write_ids_report",
]

REPORT_SUFFIXES = (".xlsx", ".html", ".bcf", ".bcfzip")


def _require_ifctester() -> None:
    try:
        import ifctester  # noqa: F401
    except ImportError:
        raise UserError(
            _t("IDS checks need the ifctester package; run “make setup” to install it.")
        ) from None


def default_ids_path() -> Path:
    """The FM handover IDS shipped with fmdesk (``resources/ids/fm_handover.ids``)."""
    from fmdesk.handover.ids.fm_default import DEFAULT_IDS_PATH

    return DEFAULT_IDS_PATH


def check_ids(
    app: App,
    model_path: str | Path,
    ids_path: str | Path | None = None,
    progress: Progress = NO_PROGRESS,
    report: str | Path | None = None,
) -> IdsCheckResult:
    """Check the model at ``model_path`` against ``ids_path`` (default: the FM handover IDS)."""
    _require_ifctester()
    from fmdesk.handover.ids.check import check_model
    from fmdesk.handover.ids.loader import load_ids

    if report is not None:
        _check_report_suffix(Path(report))
    chosen = Path(ids_path) if ids_path else default_ids_path()
    ids = load_ids(chosen)
    progress.report(0.0, _t("Opening {name}", name=Path(model_path).name))
    opened = app.open_model(model_path, part_of(progress, 0.0, 0.3))
    stage = part_of(progress, 0.3, 1.0)
    result = check_model(
        ids,
        opened.file,
        model_name=str(model_path),
        ids_name=str(chosen),
        report=stage.report,
        cancelled=lambda: stage.cancelled,
    )
    if report is not None:
        write_ids_report(result, Path(report))
    progress.report(1.0, "")
    return result


def _check_report_suffix(path: Path) -> None:
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise UserError(
            _t(
                "A report is written as .xlsx, .html or .bcf, not {suffix}.",
                suffix=path.suffix or path.name,
            )
        )


def write_ids_report(result: IdsCheckResult, path: Path) -> Path:
    """Write ``result`` to ``path`` in the format its suffix names."""
    from fmdesk.handover.ids.report import write_html_report, write_xlsx_report

    _check_report_suffix(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx_report(result, path)
    if suffix == ".html":
        return write_html_report(result, path)
    return _write_bcf_report(result, path)


def _write_bcf_report(result: IdsCheckResult, path: Path) -> Path:
    """One BCF topic per failed element, through the review feature's BCF export."""
    try:
        from fmdesk.review import bcf_from_ids  # type: ignore[attr-defined]
    except ImportError:
        raise UserError(
            _t("BCF reports need the review feature's BCF export, which this build lacks.")
        ) from None
    return bcf_from_ids(result, path)


def load_ids_table(path: str | Path | None = None) -> IdsTable:
    """The editable table of an IDS file (default: the FM handover IDS)."""
    _require_ifctester()
    from fmdesk.handover.ids.loader import load_ids
    from fmdesk.handover.ids.table import table_from_ids

    return table_from_ids(load_ids(Path(path) if path else default_ids_path()))


def save_ids_table(table: IdsTable, path: str | Path) -> Path:
    """Write ``table`` as an IDS file, after checking it is a valid IDS (nothing is written
    when it is not)."""
    _require_ifctester()
    from fmdesk.handover.ids.loader import load_ids_text
    from fmdesk.handover.ids.table import table_to_xml

    text = table_to_xml(table)
    load_ids_text(text, Path(path).name)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(target.suffix + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    return target
