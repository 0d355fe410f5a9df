"""Read side of review issues: queries by filter and ORM rows → :class:`ReviewIssueView`.

Views of many issues are built with one query per child table (elements, comments,
viewpoints), not one per issue, so the Review panel lists a thousand imported topics quickly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from fmdesk.records.errors import NotFoundError
from fmdesk.records.types import utcnow
from fmdesk.review.dto import CommentView, IssueFilter, ReviewIssueView, ViewpointView
from fmdesk.review.tables import ReviewComment, ReviewIssue, ReviewIssueElement, ReviewViewpoint
from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES, label_of

__all__ = ["find_issue", "issue_views", "select_issues"]


def find_issue(session: Session, ref: str) -> ReviewIssue:
    """The issue numbered ``ref`` (RI-2027-000001) or with BCF GUID ``ref``."""
    key = ref.strip()
    issue = session.scalar(
        select(ReviewIssue).where(or_(ReviewIssue.number == key, ReviewIssue.guid == key.lower()))
    )
    if issue is None:
        issue = session.scalar(select(ReviewIssue).where(ReviewIssue.guid == key))
    if issue is None:
        from fmdesk.i18n import _t

        raise NotFoundError(
            _t(
                "No review issue has the number '{ref}'; check it with 'fmdesk review list'.",
                ref=ref,
            )
        )
    return issue


def select_issues(filters: IssueFilter) -> Select[Any]:
    """The query of issues matching ``filters``, newest first."""
    query = select(ReviewIssue)
    if filters.status:
        query = query.where(ReviewIssue.status.in_(filters.status))
    if filters.open_only:
        query = query.where(ReviewIssue.status.in_(("open", "in_progress")))
    if filters.issue_type:
        query = query.where(ReviewIssue.issue_type.in_(filters.issue_type))
    if filters.priority:
        query = query.where(ReviewIssue.priority.in_(filters.priority))
    if filters.assignee:
        query = query.where(ReviewIssue.assignee == filters.assignee)
    if filters.source:
        query = query.where(ReviewIssue.source == filters.source)
    if filters.numbers:
        query = query.where(ReviewIssue.number.in_(filters.numbers))
    if filters.element_id:
        on_element = select(ReviewIssueElement.issue_id).where(
            ReviewIssueElement.global_id == filters.element_id
        )
        query = query.where(ReviewIssue.id.in_(on_element))
    if filters.text:
        pattern = f"%{filters.text.strip()}%"
        query = query.where(
            or_(
                ReviewIssue.number.ilike(pattern),
                ReviewIssue.title.ilike(pattern),
                ReviewIssue.description.ilike(pattern),
                ReviewIssue.assignee.ilike(pattern),
            )
        )
    query = query.order_by(ReviewIssue.created_at.desc(), ReviewIssue.id.desc())
    if filters.limit:
        query = query.limit(filters.limit)
    return query


def issue_views(
    session: Session, issues: Sequence[ReviewIssue], now: datetime | None = None
) -> list[ReviewIssueView]:
    """Views of ``issues`` (same order), children loaded in three queries."""
    ids = [issue.id for issue in issues]
    if not ids:
        return []
    elements: dict[int, list[str]] = defaultdict(list)
    for issue_id, gid in session.execute(
        select(ReviewIssueElement.issue_id, ReviewIssueElement.global_id)
        .where(ReviewIssueElement.issue_id.in_(ids))
        .order_by(ReviewIssueElement.id)
    ):
        elements[issue_id].append(gid)
    comments: dict[int, list[CommentView]] = defaultdict(list)
    for row in session.scalars(
        select(ReviewComment)
        .where(ReviewComment.issue_id.in_(ids))
        .order_by(ReviewComment.created_at, ReviewComment.id)
    ):
        comments[row.issue_id].append(_comment_view(row))
    viewpoints: dict[int, list[ViewpointView]] = defaultdict(list)
    for vp in session.scalars(
        select(ReviewViewpoint)
        .where(ReviewViewpoint.issue_id.in_(ids))
        .order_by(ReviewViewpoint.position, ReviewViewpoint.id)
    ):
        viewpoints[vp.issue_id].append(
            ViewpointView(
                vp.guid,
                vp.position,
                dict(vp.state or {}),
                bool(vp.snapshot_sha256),
                vp.snapshot_name,
            )
        )
    now = now or utcnow()
    return [
        _view(issue, elements[issue.id], comments[issue.id], viewpoints[issue.id], now)
        for issue in issues
    ]


def _view(
    issue: ReviewIssue,
    elements: list[str],
    comments: list[CommentView],
    viewpoints: list[ViewpointView],
    now: datetime,
) -> ReviewIssueView:
    bcf = issue.bcf or {}
    overdue = (
        issue.due_date is not None
        and issue.status in ("open", "in_progress")
        and issue.due_date < now
    )
    return ReviewIssueView(
        id=issue.id,
        number=issue.number,
        guid=issue.guid,
        title=issue.title,
        description=issue.description,
        issue_type=issue.issue_type,
        type_label=label_of(ISSUE_TYPES, issue.issue_type),
        priority=issue.priority,
        priority_label=label_of(PRIORITIES, issue.priority),
        status=issue.status,
        status_label=label_of(STATUSES, issue.status),
        assignee=issue.assignee,
        due_date=issue.due_date,
        labels=list(issue.labels or []),
        stage=issue.stage,
        author=issue.author,
        created_at=issue.created_at,
        updated_at=issue.updated_at,
        modified_by=issue.modified_by,
        element_ids=elements,
        source=issue.source,
        source_ref=issue.source_ref,
        model_file=issue.model_file,
        work_order_number=issue.work_order_number,
        overdue=overdue,
        comments=comments,
        viewpoints=viewpoints,
        related_guids=list(bcf.get("related_topics") or []),
        documents=[dict(d) for d in bcf.get("documents") or []],
        version=issue.version,
    )


def _comment_view(row: ReviewComment) -> CommentView:
    return CommentView(
        guid=row.guid,
        author=row.author,
        created_at=row.created_at,
        text=row.text,
        viewpoint_guid=row.viewpoint_guid,
        modified_at=row.modified_at,
        modified_by=row.modified_by,
    )
