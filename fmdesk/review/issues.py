"""Review-issue services: create or import, edit, move through the statuses, comment, add
viewpoints, list, and read snapshots. Each takes a unit of work and returns plain data.

Example::

    issue = save_issues(records.uow("张工"), [IssueDraft("检修口缺失", element_ids=[gid])])[0]
    set_status(records.uow("张工"), issue.number, "in_progress")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm.exc import StaleDataError

from fmdesk.i18n import _t
from fmdesk.records.errors import ConflictError, InvalidInputError, InvalidTransitionError
from fmdesk.records.types import utcnow
from fmdesk.records.uow import UnitOfWork
from fmdesk.review.drafts import CommentDraft, IssueDraft, ViewpointDraft
from fmdesk.review.dto import IssueFilter, ReviewIssueView
from fmdesk.review.tables import (
    ReviewComment,
    ReviewFile,
    ReviewIssue,
    ReviewIssueElement,
    ReviewViewpoint,
)
from fmdesk.review.views import find_issue, issue_views, select_issues
from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES, TRANSITIONS

__all__ = [
    "EDITABLE",
    "add_comment",
    "add_viewpoint",
    "check_draft",
    "get_issue",
    "issue_file",
    "issue_files",
    "link_work_order",
    "list_issues",
    "save_issues",
    "set_status",
    "snapshot_of",
    "update_issue",
]

PREFIX = "RI"
EDITABLE = (
    "title",
    "description",
    "issue_type",
    "priority",
    "assignee",
    "due_date",
    "labels",
    "stage",
    "element_ids",
)


def check_draft(draft: IssueDraft) -> None:
    """Refuse what a person could not mean: no title, an unknown type, priority or status."""
    if not draft.title.strip():
        raise InvalidInputError(_t("A review issue needs a title; say what is wrong."))
    _check_code(ISSUE_TYPES, draft.issue_type, _t("type"))
    _check_code(PRIORITIES, draft.priority, _t("priority"))
    _check_code(STATUSES, draft.status, _t("status"))


def save_issues(
    uow: UnitOfWork,
    drafts: Sequence[IssueDraft],
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[ReviewIssueView]:
    """Store ``drafts`` in one transaction; a draft whose ``guid`` exists replaces that issue
    (its number, work order and history stay). Returns the stored issues in order.

    Issues go through the ORM (one history row each); their elements, comments, viewpoints
    and files are inserted in bulk, so a 1,000-topic BCF import is a few statements per table.
    """
    now = now or utcnow()
    with uow:
        uow.begin_write()
        existing = _by_guid(uow, [d.guid for d in drafts])
        site_id = uow.sites.get(uow.site_code).id
        fresh = [d for d in drafts if d.guid.lower() not in existing]
        numbers = _reserve_numbers(uow, site_id, [(d.created_at or now).year for d in fresh])
        issues = []
        with uow.session.no_autoflush:
            for done, draft in enumerate(drafts):
                issue = existing.get(draft.guid.lower())
                number = None if issue is not None else numbers.pop(0)
                issues.append(_store(uow, draft, issue, number, now))
                if progress is not None and (done + 1) % 50 == 0:
                    progress(done + 1)
        uow.flush()
        _clear_children(uow, [i.id for i in existing.values()])
        _insert_children(uow, list(zip(issues, drafts, strict=True)), now)
        if progress is not None:
            progress(len(drafts))
        uow.commit()
        return issue_views(uow.session, issues, now)


def update_issue(
    uow: UnitOfWork,
    ref: str,
    changes: dict[str, Any],
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ReviewIssueView:
    """Change fields of :data:`EDITABLE`; ``expected_version`` guards against lost updates."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInputError(_t("These fields cannot be edited: {names}.", names=unknown))
    if "title" in changes and not str(changes["title"]).strip():
        raise InvalidInputError(_t("A review issue needs a title; say what is wrong."))
    if "issue_type" in changes:
        _check_code(ISSUE_TYPES, changes["issue_type"], _t("type"))
    if "priority" in changes:
        _check_code(PRIORITIES, changes["priority"], _t("priority"))
    now = now or utcnow()
    return _write(uow, ref, expected_version, lambda issue: _apply(uow, issue, changes), now)


def set_status(
    uow: UnitOfWork,
    ref: str,
    status: str,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ReviewIssueView:
    """Move an issue to ``status`` (open → in progress → resolved → closed; reopen); a note
    becomes a comment."""
    _check_code(STATUSES, status, _t("status"))
    now = now or utcnow()

    def change(issue: ReviewIssue) -> None:
        if status != issue.status and status not in TRANSITIONS.get(issue.status, ()):
            raise InvalidTransitionError(
                _t(
                    "Review issue {number} is {current}; it cannot become {status}.",
                    number=issue.number,
                    current=STATUSES.get(issue.status, issue.status),
                    status=STATUSES[status],
                )
            )
        issue.status = status
        if note.strip():
            _add_comment_row(uow, issue, CommentDraft(note.strip()), now)

    return _write(uow, ref, expected_version, change, now)


def add_comment(
    uow: UnitOfWork, ref: str, text: str, viewpoint_guid: str = "", now: datetime | None = None
) -> ReviewIssueView:
    """Add a comment (about one of the issue's viewpoints when ``viewpoint_guid`` is given)."""
    if not text.strip():
        raise InvalidInputError(_t("A comment needs some text."))
    now = now or utcnow()
    draft = CommentDraft(text.strip(), viewpoint_guid=viewpoint_guid)
    return _write(uow, ref, None, lambda issue: _add_comment_row(uow, issue, draft, now), now)


def add_viewpoint(
    uow: UnitOfWork, ref: str, viewpoint: ViewpointDraft, now: datetime | None = None
) -> ReviewIssueView:
    """Add a viewpoint (scene state and snapshot) to an issue."""
    now = now or utcnow()

    def add(issue: ReviewIssue) -> None:
        position = viewpoint.position
        if position is None:
            position = _viewpoint_count(uow, issue.id)
        _add_viewpoint_row(uow, issue, viewpoint, position, now)

    return _write(uow, ref, None, add, now)


def link_work_order(uow: UnitOfWork, ref: str, number: str) -> ReviewIssueView:
    """Remember the work order an issue became (and move an open issue to in progress)."""
    now = utcnow()

    def link(issue: ReviewIssue) -> None:
        issue.work_order_number = number
        if issue.status == "open":
            issue.status = "in_progress"

    return _write(uow, ref, None, link, now)


def get_issue(uow: UnitOfWork, ref: str, now: datetime | None = None) -> ReviewIssueView:
    with uow:
        return issue_views(uow.session, [find_issue(uow.session, ref)], now)[0]


def list_issues(
    uow: UnitOfWork, filters: IssueFilter | None = None, now: datetime | None = None
) -> list[ReviewIssueView]:
    """Issues matching ``filters``, newest first."""
    filters = filters or IssueFilter()
    with uow:
        issues = list(uow.session.scalars(select_issues(filters)))
        if filters.label:
            issues = [i for i in issues if filters.label in (i.labels or [])]
        return issue_views(uow.session, issues, now)


def snapshot_of(uow: UnitOfWork, ref: str, viewpoint_guid: str = "") -> bytes | None:
    """The snapshot of one viewpoint (default: the first with one), or None."""
    with uow:
        issue = find_issue(uow.session, ref)
        query = select(ReviewViewpoint).where(
            ReviewViewpoint.issue_id == issue.id, ReviewViewpoint.snapshot_sha256 != ""
        )
        if viewpoint_guid:
            query = query.where(ReviewViewpoint.guid == viewpoint_guid)
        found = uow.session.scalars(
            query.order_by(ReviewViewpoint.position, ReviewViewpoint.id)
        ).first()
        if found is None:
            return None
        return uow.blobs.get(uow.session, found.snapshot_sha256)


def issue_files(uow: UnitOfWork, ref: str) -> list[tuple[str, str, str]]:
    """(kind, name, sha256) of the files kept with an issue."""
    with uow:
        issue = find_issue(uow.session, ref)
        rows = uow.session.execute(
            select(ReviewFile.kind, ReviewFile.name, ReviewFile.sha256)
            .where(ReviewFile.issue_id == issue.id)
            .order_by(ReviewFile.id)
        )
        return [(k, n, s) for k, n, s in rows]


def issue_file(uow: UnitOfWork, sha256: str) -> bytes:
    with uow:
        return uow.blobs.get(uow.session, sha256)


# ------------------------------------------------------------------ internals
def _check_code(table: dict[str, Any], code: str, what: Any) -> None:
    if code not in table:
        raise InvalidInputError(
            _t(
                "'{code}' is not a review issue {what}; use one of {codes}.",
                code=code,
                what=what,
                codes=list(table),
            )
        )


def _by_guid(uow: UnitOfWork, guids: Iterable[str]) -> dict[str, ReviewIssue]:
    wanted = sorted({g.lower() for g in guids})
    found: dict[str, ReviewIssue] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for issue in uow.session.scalars(select(ReviewIssue).where(ReviewIssue.guid.in_(chunk))):
            found[issue.guid] = issue
    return found


def _reserve_numbers(uow: UnitOfWork, site_id: int, years: list[int]) -> list[str]:
    """Issue numbers for new issues created in ``years`` (in order), one statement per year:
    the counter row moves by the count, like :func:`fmdesk.workorders.numbering.next_number`."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from fmdesk.records.models import NumberSequence
    from fmdesk.workorders.numbering import format_number

    insert = pg_insert if uow.dialect == "postgresql" else sqlite_insert
    table = NumberSequence.__table__
    last: dict[int, int] = {}
    for year in sorted(set(years)):
        count = years.count(year)
        statement = (
            insert(table)
            .values(site_id=site_id, prefix=PREFIX, year=year, last_value=count)
            .on_conflict_do_update(
                index_elements=["site_id", "prefix", "year"],
                set_={"last_value": table.c.last_value + count},
            )
            .returning(table.c.last_value)
        )
        last[year] = uow.session.execute(statement).scalar_one() - count
    numbers = []
    for year in years:
        last[year] += 1
        numbers.append(format_number(PREFIX, year, last[year]))
    return numbers


def _store(
    uow: UnitOfWork,
    draft: IssueDraft,
    issue: ReviewIssue | None,
    number: str | None,
    now: datetime,
) -> ReviewIssue:
    created = draft.created_at or now
    if issue is None:
        issue = ReviewIssue(guid=draft.guid.lower(), created_at=created)
        issue.number = number or ""
        issue.work_order_number = ""
        uow.session.add(issue)
    issue.title = draft.title.strip()
    issue.description = draft.description
    issue.issue_type = draft.issue_type
    issue.priority = draft.priority
    issue.status = draft.status
    issue.assignee = draft.assignee
    issue.due_date = draft.due_date
    issue.labels = list(dict.fromkeys(draft.labels))
    issue.stage = draft.stage
    issue.author = draft.author or uow.actor
    issue.created_at = created
    issue.updated_at = draft.updated_at or now
    issue.modified_by = draft.modified_by
    issue.source = draft.source
    issue.source_ref = draft.source_ref
    issue.model_file = draft.model_file
    issue.bcf = dict(draft.bcf)
    return issue


def _clear_children(uow: UnitOfWork, issue_ids: list[int]) -> None:
    for start in range(0, len(issue_ids), 500):
        chunk = issue_ids[start : start + 500]
        for table in (ReviewIssueElement, ReviewComment, ReviewViewpoint, ReviewFile):
            uow.session.execute(delete(table).where(table.issue_id.in_(chunk)))


def _insert_children(
    uow: UnitOfWork, pairs: list[tuple[ReviewIssue, IssueDraft]], now: datetime
) -> None:
    """Elements, comments, viewpoints and files of freshly stored issues, in bulk."""
    elements, comments, viewpoints, files = [], [], [], []
    for issue, draft in pairs:
        elements.extend(
            {"issue_id": issue.id, "global_id": gid}
            for gid in dict.fromkeys(g.strip() for g in draft.element_ids)
            if gid
        )
        comments.extend(_comment_row(uow, issue.id, c, now) for c in draft.comments)
        for position, viewpoint in enumerate(draft.viewpoints):
            chosen = viewpoint.position if viewpoint.position is not None else position
            viewpoints.append(_viewpoint_row(uow, issue.id, viewpoint, chosen, now))
        for file in draft.files:
            sha = uow.blobs.put(uow.session, file.data)
            files.append(
                {
                    "issue_id": issue.id,
                    "kind": file.kind,
                    "name": file.name,
                    "sha256": sha,
                    "size": len(file.data),
                }
            )
    for table, rows in (
        (ReviewIssueElement, elements),
        (ReviewComment, comments),
        (ReviewViewpoint, viewpoints),
        (ReviewFile, files),
    ):
        if rows:
            uow.session.execute(table.__table__.insert(), rows)


def _set_elements(uow: UnitOfWork, issue_id: int, element_ids: Iterable[str]) -> None:
    uow.session.execute(delete(ReviewIssueElement).where(ReviewIssueElement.issue_id == issue_id))
    rows = [
        {"issue_id": issue_id, "global_id": gid}
        for gid in dict.fromkeys(g.strip() for g in element_ids)
        if gid
    ]
    if rows:
        uow.session.execute(ReviewIssueElement.__table__.insert(), rows)


def _comment_row(
    uow: UnitOfWork, issue_id: int, draft: CommentDraft, now: datetime
) -> dict[str, Any]:
    return {
        "issue_id": issue_id,
        "guid": draft.guid.lower(),
        "author": draft.author or uow.actor,
        "created_at": draft.created_at or now,
        "text": draft.text,
        "viewpoint_guid": draft.viewpoint_guid.lower(),
        "modified_at": draft.modified_at,
        "modified_by": draft.modified_by,
        "extra": dict(draft.extra),
    }


def _viewpoint_row(
    uow: UnitOfWork, issue_id: int, draft: ViewpointDraft, position: int, now: datetime
) -> dict[str, Any]:
    sha = uow.blobs.put(uow.session, draft.snapshot) if draft.snapshot else ""
    return {
        "issue_id": issue_id,
        "guid": draft.guid.lower(),
        "position": position,
        "state": dict(draft.state),
        "snapshot_sha256": sha,
        "snapshot_name": draft.snapshot_name if sha else "",
        "created_at": now,
    }


def _add_comment_row(
    uow: UnitOfWork, issue: ReviewIssue, draft: CommentDraft, now: datetime
) -> None:
    """One comment through the ORM (its history row says who commented)."""
    uow.session.add(ReviewComment(**_comment_row(uow, issue.id, draft, now)))


def _add_viewpoint_row(
    uow: UnitOfWork, issue: ReviewIssue, draft: ViewpointDraft, position: int, now: datetime
) -> None:
    uow.session.add(ReviewViewpoint(**_viewpoint_row(uow, issue.id, draft, position, now)))


def _viewpoint_count(uow: UnitOfWork, issue_id: int) -> int:
    return len(
        uow.session.scalars(
            select(ReviewViewpoint.id).where(ReviewViewpoint.issue_id == issue_id)
        ).all()
    )


def _apply(uow: UnitOfWork, issue: ReviewIssue, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if key == "element_ids":
            _set_elements(uow, issue.id, value)
        elif key == "labels":
            issue.labels = list(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
        elif key == "title":
            issue.title = str(value).strip()
        else:
            setattr(issue, key, value)


def _write(
    uow: UnitOfWork,
    ref: str,
    expected_version: int | None,
    change: Callable[[ReviewIssue], None],
    now: datetime,
) -> ReviewIssueView:
    try:
        with uow:
            uow.begin_write()
            issue = find_issue(uow.session, ref)
            if expected_version is not None and issue.version != expected_version:
                raise StaleDataError("version")
            change(issue)
            issue.updated_at = now
            issue.modified_by = uow.actor
            uow.commit()
            return issue_views(uow.session, [issue], now)[0]
    except StaleDataError as error:
        message = _t(
            "Review issue {ref} was changed by someone else meanwhile; reload it and try again.",
            ref=ref,
        )
        raise ConflictError(message) from error  # type: ignore[arg-type]
