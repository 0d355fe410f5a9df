"""Tables of review issues (migration 0100): issues, their elements, comments, viewpoints, files.

Imported at the end of :mod:`fmdesk.records.models` so ``Base.metadata`` (migrations, test
wipes) knows them. Elements are linked by IFC GlobalId, never by a model row, so an issue stays
on its pump or pipe across model revisions. Binary content (snapshot PNGs, BCF bitmaps,
attached documents, BIM snippets) goes to the records blob store by SHA-256: a folder beside
SQLite, the database itself on PostgreSQL.

``bcf`` keeps what a BCF file said that has no column (header files, reference links, related
topics, document references, BIM snippet, the words it used for type/status/priority, unknown
fields), so an imported topic exports again without loss.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fmdesk.records.models import Base, Tracked
from fmdesk.records.types import JSONType, UTCDateTime, utcnow

__all__ = [
    "ReviewComment",
    "ReviewFile",
    "ReviewIssue",
    "ReviewIssueElement",
    "ReviewViewpoint",
]


class ReviewIssue(Tracked, Base):
    """A review issue (BCF topic): what is wrong, where, who fixes it by when, and its state."""

    __tablename__ = "review_issues"
    __history_entity__ = "review_issue"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    issue_type: Mapped[str] = mapped_column(String(100), default="design", index=True)
    priority: Mapped[str] = mapped_column(String(32), default="normal")
    status: Mapped[str] = mapped_column(String(32), default="open", index=True)
    assignee: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[datetime | None] = mapped_column(UTCDateTime())
    labels: Mapped[list[str]] = mapped_column(JSONType, default=list)
    stage: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    modified_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(32), default="fmdesk")
    source_ref: Mapped[str] = mapped_column(String(500), default="")
    model_file: Mapped[str] = mapped_column(String(500), default="")
    work_order_number: Mapped[str] = mapped_column(String(32), default="")
    bcf: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __history_skip__ = frozenset({"version", "updated_at", "bcf"})

    def history_asset_id(self) -> int | None:
        return None


class ReviewIssueElement(Base):
    """One model element an issue is about (by GlobalId, so it survives revisions)."""

    __tablename__ = "review_issue_elements"
    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(
        ForeignKey("review_issues.id", ondelete="CASCADE"), index=True
    )
    global_id: Mapped[str] = mapped_column(String(64), index=True)

    __table_args__ = (UniqueConstraint("issue_id", "global_id", name="uq_review_element"),)


class ReviewComment(Tracked, Base):
    """A comment on an issue, optionally about one of its viewpoints."""

    __tablename__ = "review_comments"
    __history_entity__ = "review_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(
        ForeignKey("review_issues.id", ondelete="CASCADE"), index=True
    )
    guid: Mapped[str] = mapped_column(String(36), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    text: Mapped[str] = mapped_column(Text, default="")
    viewpoint_guid: Mapped[str] = mapped_column(String(36), default="")
    modified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    modified_by: Mapped[str] = mapped_column(String(200), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)

    def history_asset_id(self) -> int | None:
        return None


class ReviewViewpoint(Base):
    """What the reviewer saw: a :class:`fmdesk.render.scene_state.SceneState` as JSON, plus
    the snapshot PNG (by SHA-256 in the blob store)."""

    __tablename__ = "review_viewpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(
        ForeignKey("review_issues.id", ondelete="CASCADE"), index=True
    )
    guid: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    snapshot_sha256: Mapped[str] = mapped_column(String(64), default="")
    snapshot_name: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReviewFile(Base):
    """A file that belongs to an issue (a BCF document, bitmap or BIM snippet), by name."""

    __tablename__ = "review_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(
        ForeignKey("review_issues.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # document | bitmap | snippet
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (Index("ix_review_files_issue_kind", "issue_id", "kind"),)
