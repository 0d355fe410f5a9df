"""COBie use case: the COBie 2.4 workbook of a model, with the plan's jobs and the records.

Reads the model's equipment as the maintenance planner does, matches the task library's routine
tasks (jobs), takes the archive's documents from the records database when one is open, and the
review issues when the review feature is present, then writes all 20 sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.app.users import require
from fmdesk.errors import UserError
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App

__all__ = ["CobieResult", "export_cobie"]


@dataclass(frozen=True)
class CobieResult:
    out: str
    rows: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {"out": self.out, "sheets": list(self.rows), "rows": self.rows}


def export_cobie(
    app: App,
    model_path: str | Path,
    out: str | Path,
    progress: Progress = NO_PROGRESS,
    with_records: bool = True,
) -> CobieResult:
    """Write the COBie workbook of ``model_path`` to ``out`` (.xlsx)."""
    require(app, Permission.EXPORT)
    from fmdesk.exports.cobie_model import CobieInputs, cobie_rows
    from fmdesk.exports.cobie_xlsx import write_cobie_workbook
    from fmdesk.maintenance.from_model import assets_from_model
    from fmdesk.maintenance.tasks import TaskMatcher, load_tasks

    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise UserError(_t("A COBie workbook is written as .xlsx, not {name}.", name=target.name))
    opened = app.open_model(model_path, part_of(progress, 0.0, 0.3))
    progress.report(0.3, _t("Reading equipment"))
    matcher = TaskMatcher(load_tasks())
    assets, _handover = assets_from_model(opened.file, matcher=matcher)
    progress.check_cancelled()
    inputs = CobieInputs(
        model=opened.file,
        assets=assets,
        tasks={a.code: matcher.tasks_for(a) for a in assets},
        author=app.actor,
        documents=_documents(app) if with_records else [],
        issues=_review_issues(app) if with_records else [],
    )
    progress.report(0.6, _t("Writing the COBie workbook"))
    rows, instruction = cobie_rows(inputs)
    counts = write_cobie_workbook(rows, target, instruction)
    progress.report(1.0, "")
    return CobieResult(str(target), counts)


def _documents(app: App) -> list[dict[str, Any]]:
    """The archive's documents with what they are linked to (empty without a database)."""
    from sqlalchemy import select

    from fmdesk.records.models import Asset, Document, Space

    rows = []
    with app.uow() as uow:
        query = (
            select(Document, Asset.code, Space.global_id)
            .outerjoin(Asset, Document.asset_id == Asset.id)
            .outerjoin(Space, Document.space_id == Space.id)
        )
        for document, asset_code, space_id in uow.session.execute(query):
            rows.append(
                {
                    "id": document.id,
                    "title": document.title,
                    "file_name": document.file_name,
                    "doc_type": document.doc_type,
                    "asset_code": asset_code or "",
                    "space_global_id": space_id or "",
                    "element_global_id": document.element_global_id,
                    "date": str(getattr(document, "doc_date", None) or document.uploaded_at.date()),
                }
            )
    return rows


def _review_issues(app: App) -> list[dict[str, Any]]:
    """Review issues as COBie issues, when the review feature (issue 15 part A) is present."""
    try:
        from fmdesk.app.review import list_review_issues
    except ImportError:  # a build without the review feature
        return []
    risks = {"urgent": "High", "high": "High", "normal": "Moderate", "low": "Low"}
    return [
        {
            "id": issue.number,
            "name": f"{issue.number} {issue.title}"[:200],
            "type": issue.type_label,
            "risk": risks.get(issue.priority, "Unknown"),
            "chance": "Unknown",
            "impact": risks.get(issue.priority, "Unknown"),
            "global_id": issue.element_ids[0] if issue.element_ids else "",
            "description": issue.description or issue.title,
            "owner": issue.assignee or issue.author,
            "mitigation": issue.status_label,
            "created_by": issue.author,
            "created_on": issue.created_at.isoformat() if issue.created_at else "",
        }
        for issue in list_review_issues(app)
    ]
