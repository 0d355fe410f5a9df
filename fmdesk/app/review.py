"""Review-issue use cases (交付前设计审查 / 承接查验): create, list, edit, comment, status,
viewpoints, snapshots, and turning an issue into a work order; BCF exchange is in
:mod:`fmdesk.app.review_bcf`.

Other features create issues here too: an IDS failure or a handover finding is one call::

    issue = create_review_issue(app, title="水泵缺少序列号", element_ids=[gid],
                                issue_type="data_quality", priority="high",
                                source="ids", source_ref="spec 3")
    list_review_issues(app, element_id=gid, open_only=True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.app.users import require
from fmdesk.i18n import _t, tr
from fmdesk.records.dto import WorkOrderView, to_json
from fmdesk.records.errors import InvalidInputError
from fmdesk.review import issues as service
from fmdesk.review.drafts import CommentDraft, IssueDraft, ViewpointDraft
from fmdesk.review.dto import IssueFilter, ReviewIssueView

__all__ = [
    "ReviewIssueView",
    "WorkOrderFromIssue",
    "add_review_viewpoint",
    "comment_review_issue",
    "create_review_issue",
    "create_review_issues",
    "get_review_issue",
    "list_review_issues",
    "review_issue_to_work_order",
    "review_snapshot",
    "set_review_status",
    "update_review_issue",
]


def create_review_issue(
    app: App,
    *,
    title: str,
    element_ids: Sequence[str] = (),
    issue_type: str = "design",
    priority: str = "normal",
    assignee: str = "",
    due_date: date | datetime | None = None,
    labels: Sequence[str] = (),
    description: str = "",
    stage: str = "",
    comment: str = "",
    viewpoint: Any = None,
    snapshot: bytes | Path | None = None,
    source: str = "fmdesk",
    source_ref: str = "",
    model_file: str = "",
    progress: Progress = NO_PROGRESS,
) -> ReviewIssueView:
    """Create one issue on ``element_ids`` (GlobalIds).

    ``viewpoint`` is a :class:`fmdesk.render.scene_state.SceneState` (or its dict) of what the
    reviewer saw, ``snapshot`` its PNG (bytes or a file); ``comment`` a first comment.
    ``source``/``source_ref`` say where it came from (``fmdesk``, ``ids``, ``handover``, ``bcf``).
    """
    require(app, Permission.REVIEW_EDIT)
    draft = issue_draft(
        title=title,
        element_ids=element_ids,
        issue_type=issue_type,
        priority=priority,
        assignee=assignee,
        due_date=due_date,
        labels=labels,
        description=description,
        stage=stage,
        comment=comment,
        viewpoint=viewpoint,
        snapshot=snapshot,
        source=source,
        source_ref=source_ref,
        model_file=model_file,
    )
    return create_review_issues(app, [draft], progress)[0]


def issue_draft(*, title: str, **fields: Any) -> IssueDraft:
    """An :class:`IssueDraft` from the same arguments as :func:`create_review_issue`, checked
    (for creating many issues at once with :func:`create_review_issues`)."""
    comment = fields.pop("comment", "")
    viewpoint = fields.pop("viewpoint", None)
    snapshot = fields.pop("snapshot", None)
    fields["due_date"] = _due(fields.get("due_date"))
    fields["labels"] = [str(v).strip() for v in fields.get("labels") or () if str(v).strip()]
    fields["element_ids"] = [str(g).strip() for g in fields.get("element_ids") or () if g]
    draft = IssueDraft(title=title.strip(), **fields)
    if comment.strip():
        draft.comments.append(CommentDraft(comment.strip()))
    if viewpoint is not None or snapshot is not None:
        draft.viewpoints.append(ViewpointDraft(_state_dict(viewpoint), _bytes(snapshot)))
    service.check_draft(draft)
    return draft


def create_review_issues(
    app: App, drafts: Sequence[IssueDraft], progress: Progress = NO_PROGRESS
) -> list[ReviewIssueView]:
    """Store many checked drafts in one transaction (IDS failures, handover findings)."""
    require(app, Permission.REVIEW_EDIT)
    for draft in drafts:
        service.check_draft(draft)
    total = max(len(drafts), 1)
    return service.save_issues(app.uow(), drafts, progress=lambda n: progress.report(n / total, ""))


def list_review_issues(
    app: App,
    *,
    status: Iterable[str] = (),
    issue_type: Iterable[str] = (),
    priority: Iterable[str] = (),
    assignee: str = "",
    label: str = "",
    element_id: str = "",
    text: str = "",
    source: str = "",
    open_only: bool = False,
    limit: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[ReviewIssueView]:
    """Issues matching every given filter, newest first."""
    filters = IssueFilter(
        status=tuple(status),
        issue_type=tuple(issue_type),
        priority=tuple(priority),
        assignee=assignee,
        label=label,
        element_id=element_id,
        text=text,
        source=source,
        open_only=open_only,
        limit=limit,
    )
    return service.list_issues(app.uow(), filters)


def get_review_issue(app: App, number: str) -> ReviewIssueView:
    """One issue by number (RI-2027-000001) or BCF GUID."""
    return service.get_issue(app.uow(), number)


def update_review_issue(
    app: App, number: str, *, expected_version: int | None = None, **changes: Any
) -> ReviewIssueView:
    """Edit title, description, type, priority, assignee, due date, labels, stage, elements."""
    require(app, Permission.REVIEW_EDIT)
    if "due_date" in changes:
        changes["due_date"] = _due(changes["due_date"])
    return service.update_issue(app.uow(), number, changes, expected_version)


def set_review_status(
    app: App, number: str, status: str, note: str = "", expected_version: int | None = None
) -> ReviewIssueView:
    """open → in_progress → resolved → closed (or reopen); ``note`` becomes a comment."""
    require(app, Permission.REVIEW_EDIT)
    return service.set_status(app.uow(), number, status, note, expected_version)


def comment_review_issue(
    app: App, number: str, text: str, viewpoint_guid: str = ""
) -> ReviewIssueView:
    require(app, Permission.REVIEW_EDIT)
    return service.add_comment(app.uow(), number, text, viewpoint_guid)


def add_review_viewpoint(
    app: App, number: str, viewpoint: Any, snapshot: bytes | Path | None = None
) -> ReviewIssueView:
    """Add what the reviewer sees now (a SceneState or its dict, and a PNG) to an issue."""
    require(app, Permission.REVIEW_EDIT)
    draft = ViewpointDraft(_state_dict(viewpoint), _bytes(snapshot))
    return service.add_viewpoint(app.uow(), number, draft)


def review_snapshot(app: App, number: str, viewpoint_guid: str = "") -> bytes | None:
    """The snapshot PNG of an issue's viewpoint (default: its first), None without one."""
    return service.snapshot_of(app.uow(), number, viewpoint_guid)


@dataclass(frozen=True)
class WorkOrderFromIssue:
    issue: ReviewIssueView
    work_order: WorkOrderView

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue.to_dict(), "work_order": to_json(self.work_order)}


def review_issue_to_work_order(
    app: App,
    number: str,
    *,
    priority: str | None = None,
    title: str = "",
    progress: Progress = NO_PROGRESS,
) -> WorkOrderFromIssue:
    """Raise a rework work order (返修) for the builder from an issue, linked both ways.

    The order is on the asset linked to the issue's first element when there is one, else on
    the element itself; the issue moves to in progress.
    """
    require(app, Permission.WO_CREATE)
    require(app, Permission.REVIEW_EDIT)  # the issue is linked to the order and moves on
    from fmdesk.workorders.service import create_work_order

    issue = get_review_issue(app, number)
    if issue.work_order_number:
        raise InvalidInputError(
            _t(
                "Review issue {number} already became work order {order}.",
                number=issue.number,
                order=issue.work_order_number,
            )
        )
    asset = _asset_of(app, issue.element_ids)
    order = create_work_order(
        app.uow(),
        title or tr("Rework: {title}", title=issue.title),
        priority=priority or issue.priority,
        asset=asset,
        element_global_id="" if asset else (issue.element_ids[0] if issue.element_ids else ""),
        source="inspection",
        description=_order_description(issue),
        source_ref=f"review:{issue.number}",
        sla=app.sla,
    )
    linked = service.link_work_order(app.uow(), issue.number, order.number)
    return WorkOrderFromIssue(linked, order)


def _asset_of(app: App, element_ids: Sequence[str]) -> str | None:
    with app.uow() as uow:
        for gid in element_ids:
            asset = uow.assets.by_global_id(gid)
            if asset is not None:
                return asset.code
    return None


def _order_description(issue: ReviewIssueView) -> str:
    lines = [f"{issue.number} {issue.type_label}: {issue.title}"]
    if issue.description:
        lines.append(issue.description)
    if issue.element_ids:
        lines.append(tr("Elements: {ids}", ids=", ".join(issue.element_ids)))
    return "\n".join(lines)


def _due(value: date | datetime | str | None) -> datetime | None:
    """A due date as an aware datetime (a plain date is due at the end of that day, UTC+8)."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError as error:
            raise InvalidInputError(
                _t("'{value}' is not a date; write it as 2027-03-31.", value=value)
            ) from error
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time(15, 59, 59), tzinfo=UTC)


def _state_dict(viewpoint: Any) -> dict[str, Any]:
    if viewpoint is None:
        return {}
    if isinstance(viewpoint, dict):
        return dict(viewpoint)
    return dict(viewpoint.as_dict())


def _bytes(snapshot: bytes | Path | None) -> bytes | None:
    if snapshot is None or isinstance(snapshot, bytes):
        return snapshot
    try:
        return Path(snapshot).read_bytes()
    except OSError as error:
        raise InvalidInputError(
            _t("Cannot read the snapshot {path}: {reason}.", path=str(snapshot), reason=error)
        ) from error
