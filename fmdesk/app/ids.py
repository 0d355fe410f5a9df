"""IDS use cases: check a model against an IDS file, write reports, edit the default FM IDS.

``check_ids`` opens the model through the :class:`App` (parsed once per process), loads and
audits the IDS (an invalid IDS raises ``IdsInvalidError``: one sentence, CLI exit 2), checks
every specification with progress and Cancel, and writes the report chosen by its suffix
(``.xlsx``, ``.html``, ``.bcf``/``.bcfzip``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.handover.ids.results import IdsCheckResult
    from fmdesk.handover.ids.table import IdsTable
    from fmdesk.review.drafts import IssueDraft
    from fmdesk.review.dto import ReviewIssueView

__all__ = [
    "REPORT_SUFFIXES",
    "check_ids",
    "default_ids_path",
    "ids_failure_drafts",
    "ids_failures_to_issues",
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
    if report is not None:
        require(app, Permission.EXPORT)
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


def write_ids_report(result: IdsCheckResult, path: Path, *, app: App | None = None) -> Path:
    """Write ``result`` to ``path`` in the format its suffix names (with ``app``, its user must
    hold the export permission)."""
    if app is not None:
        require(app, Permission.EXPORT)
    from fmdesk.handover.ids.report import write_html_report, write_xlsx_report

    _check_report_suffix(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx_report(result, path)
    if suffix == ".html":
        return write_html_report(result, path)
    return _write_bcf_report(result, path)


def _write_bcf_report(result: IdsCheckResult, path: Path) -> Path:
    """One BCF 2.1 topic per failed element, written by the review feature's BCF writer
    (nothing is stored in the records: the report is a file for the design team)."""
    from datetime import UTC, datetime

    from fmdesk.review.bcf.write_markup import TopicRecord
    from fmdesk.review.bcf.writer import write_bcf
    from fmdesk.review.dto import ReviewIssueView
    from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES, label_of

    drafts = ids_failure_drafts(result)
    if not drafts:
        raise UserError(_t("The model passed every specification; there is nothing to report."))
    now = datetime.now(UTC)
    records = []
    for number, draft in enumerate(drafts, start=1):
        view = ReviewIssueView(
            id=number,
            number=f"IDS-{number:06d}",
            guid=draft.guid,
            title=draft.title,
            description=draft.description,
            issue_type=draft.issue_type,
            type_label=label_of(ISSUE_TYPES, draft.issue_type),
            priority=draft.priority,
            priority_label=label_of(PRIORITIES, draft.priority),
            status="open",
            status_label=label_of(STATUSES, "open"),
            assignee="",
            due_date=None,
            labels=list(draft.labels),
            stage="",
            author="fmdesk",
            created_at=now,
            updated_at=now,
            modified_by="",
            element_ids=list(draft.element_ids),
            source="ids",
            source_ref=draft.source_ref,
            model_file=draft.model_file,
            work_order_number="",
            overdue=False,
        )
        records.append(TopicRecord(view, {}))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bcf(path, records, "2.1", {"id": "", "name": result.title})
    return path


def ids_failure_drafts(
    result: IdsCheckResult,
    specifications: Iterable[str] = (),
    global_ids: Iterable[str] = (),
) -> list[IssueDraft]:
    """One review-issue draft per failed element (optionally only of some specifications or
    elements): type 模型数据问题 (data_quality), labelled IDS, reasons in Chinese and English."""
    from fmdesk.app.review import issue_draft

    wanted_specs, wanted_ids = set(specifications), set(global_ids)
    drafts = []
    for spec in result.specifications:
        if wanted_specs and spec.name not in wanted_specs:
            continue
        for failure in spec.failures:
            if wanted_ids and failure.global_id not in wanted_ids:
                continue
            first = failure.reasons[0].render("zh_CN") if failure.reasons else ""
            title = f"{failure.name or failure.global_id}: {first}"
            lines = [r.render("zh_CN") for r in failure.reasons]
            lines += [""] + [r.render("en") for r in failure.reasons]
            drafts.append(
                issue_draft(
                    title=title[:200],
                    description="\n".join(lines),
                    issue_type="data_quality",
                    priority="normal",
                    labels=["IDS", spec.name[:60]],
                    element_ids=[failure.global_id],
                    source="ids",
                    source_ref=f"{result.title} / {spec.name}"[:200],
                    model_file=Path(result.model).name,
                )
            )
    return drafts


def ids_failures_to_issues(
    app: App,
    result: IdsCheckResult,
    specifications: Iterable[str] = (),
    global_ids: Iterable[str] = (),
    progress: Progress = NO_PROGRESS,
) -> list[ReviewIssueView]:
    """Turn IDS failures into review issues in one transaction (the GUI's one click)."""
    require(app, Permission.REVIEW_EDIT)
    from fmdesk.app.review import create_review_issues

    drafts = ids_failure_drafts(result, specifications, global_ids)
    if not drafts:
        raise UserError(_t("No failed element is selected; no review issue was created."))
    return create_review_issues(app, drafts, progress)


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
