"""What a new or imported issue is made of, before it is stored (plain data, no session).

The GUI's "new issue" form, ``fmdesk review create``, an IDS failure, a handover finding and a
BCF topic all become an :class:`IssueDraft`; :func:`fmdesk.review.issues.save_issues` stores
drafts, replacing an existing issue with the same ``guid`` (a BCF file imported again updates
its topics instead of doubling them).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["CommentDraft", "FileDraft", "IssueDraft", "ViewpointDraft", "new_guid"]


def new_guid() -> str:
    """A BCF GUID (lower-case UUID: valid in BCF 2.1 and 3.0)."""
    return str(uuid.uuid4())


@dataclass
class ViewpointDraft:
    """``state`` is a :class:`~fmdesk.render.scene_state.SceneState` dict; ``snapshot`` PNG/JPEG
    bytes (None: no snapshot)."""

    state: dict[str, Any] = field(default_factory=dict)
    snapshot: bytes | None = None
    guid: str = field(default_factory=new_guid)
    snapshot_name: str = ""
    position: int | None = None


@dataclass
class CommentDraft:
    text: str
    author: str = ""
    created_at: datetime | None = None
    guid: str = field(default_factory=new_guid)
    viewpoint_guid: str = ""
    modified_at: datetime | None = None
    modified_by: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FileDraft:
    """A file kept with the issue: ``kind`` document | bitmap | snippet; ``name`` as the BCF
    file refers to it (relative to the topic folder, or ``../x.pdf`` at the root)."""

    kind: str
    name: str
    data: bytes


@dataclass
class IssueDraft:
    """Everything an issue is created from; only ``title`` is required."""

    title: str
    description: str = ""
    issue_type: str = "design"
    priority: str = "normal"
    status: str = "open"
    assignee: str = ""
    due_date: datetime | None = None
    labels: list[str] = field(default_factory=list)
    stage: str = ""
    element_ids: list[str] = field(default_factory=list)
    author: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    modified_by: str = ""
    source: str = "fmdesk"
    source_ref: str = ""
    model_file: str = ""
    guid: str = field(default_factory=new_guid)
    viewpoints: list[ViewpointDraft] = field(default_factory=list)
    comments: list[CommentDraft] = field(default_factory=list)
    files: list[FileDraft] = field(default_factory=list)
    bcf: dict[str, Any] = field(default_factory=dict)
