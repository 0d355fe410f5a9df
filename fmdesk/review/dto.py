"""Plain data of review issues handed to the CLI, the GUI and other features (no session).

``to_dict()`` gives the ``--json`` shape: English keys, codes for type/priority/status plus
their labels in the current language, ISO dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fmdesk.records.dto import to_json

__all__ = ["CommentView", "IssueFilter", "ReviewIssueView", "ViewpointView"]


@dataclass(frozen=True)
class CommentView:
    guid: str
    author: str
    created_at: datetime
    text: str
    viewpoint_guid: str = ""
    modified_at: datetime | None = None
    modified_by: str = ""


@dataclass(frozen=True)
class ViewpointView:
    """One viewpoint: ``state`` is :meth:`fmdesk.render.scene_state.SceneState.as_dict`."""

    guid: str
    position: int
    state: dict[str, Any]
    has_snapshot: bool
    snapshot_name: str = ""


@dataclass(frozen=True)
class ReviewIssueView:
    """A review issue as every front end sees it."""

    id: int
    number: str
    guid: str
    title: str
    description: str
    issue_type: str
    type_label: str
    priority: str
    priority_label: str
    status: str
    status_label: str
    assignee: str
    due_date: datetime | None
    labels: list[str]
    stage: str
    author: str
    created_at: datetime
    updated_at: datetime
    modified_by: str
    element_ids: list[str]
    source: str
    source_ref: str
    model_file: str
    work_order_number: str
    overdue: bool
    comments: list[CommentView] = field(default_factory=list)
    viewpoints: list[ViewpointView] = field(default_factory=list)
    related_guids: list[str] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    version: int = 1

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)


@dataclass(frozen=True)
class IssueFilter:
    """What the issue list is narrowed by; empty fields do not filter.

    ``status`` and ``issue_type`` accept several codes; ``open_only`` keeps open and in-progress
    issues; ``element_id`` keeps issues on that element; ``text`` searches number, title,
    description and labels.
    """

    status: tuple[str, ...] = ()
    issue_type: tuple[str, ...] = ()
    priority: tuple[str, ...] = ()
    assignee: str = ""
    label: str = ""
    element_id: str = ""
    text: str = ""
    source: str = ""
    open_only: bool = False
    numbers: tuple[str, ...] = ()
    limit: int | None = None
