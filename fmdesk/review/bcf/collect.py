"""Gather what a BCF export needs from the records: issue views, stored BCF leftovers,
snapshots and files, in a few queries (not one per issue)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from fmdesk.records.uow import UnitOfWork
from fmdesk.review.bcf.write_markup import TopicRecord
from fmdesk.review.dto import IssueFilter
from fmdesk.review.tables import ReviewFile, ReviewViewpoint
from fmdesk.review.views import issue_views, select_issues

__all__ = ["collect_topics"]


def collect_topics(uow: UnitOfWork, filters: IssueFilter) -> list[TopicRecord]:
    """The issues matching ``filters`` (oldest first, as topics are usually ordered) with
    their snapshots and files."""
    with uow:
        issues = list(uow.session.scalars(select_issues(filters)))
        if filters.label:
            issues = [i for i in issues if filters.label in (i.labels or [])]
        issues.reverse()
        views = issue_views(uow.session, issues)
        ids = [i.id for i in issues]
        snapshots: dict[int, dict[str, bytes]] = defaultdict(dict)
        files: dict[int, dict[tuple[str, str], bytes]] = defaultdict(dict)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for vp in uow.session.scalars(
                select(ReviewViewpoint).where(
                    ReviewViewpoint.issue_id.in_(chunk), ReviewViewpoint.snapshot_sha256 != ""
                )
            ):
                snapshots[vp.issue_id][vp.guid] = uow.blobs.get(uow.session, vp.snapshot_sha256)
            for row in uow.session.scalars(
                select(ReviewFile).where(ReviewFile.issue_id.in_(chunk))
            ):
                files[row.issue_id][(row.kind, row.name)] = uow.blobs.get(uow.session, row.sha256)
        return [
            TopicRecord(view, dict(issue.bcf or {}), snapshots[issue.id], files[issue.id])
            for issue, view in zip(issues, views, strict=True)
        ]
