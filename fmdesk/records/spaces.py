"""Spaces and flats (住户) from the model, and the model revisions imported so far.

Example: ``[s.name for s in list_spaces(records.uow(), kind="flat", storey="6F")]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from fmdesk.records.models import ModelRevision, Space
from fmdesk.records.uow import UnitOfWork


@dataclass(frozen=True)
class SpaceRow:
    id: int
    global_id: str
    name: str
    long_name: str
    kind: str
    storey_name: str
    parent_global_id: str
    in_model: bool


@dataclass(frozen=True)
class RevisionRow:
    id: int
    file_name: str
    content_hash: str
    schema: str
    imported_at: datetime
    imported_by: str
    summary: dict[str, Any]


def list_spaces(
    uow: UnitOfWork, kind: str = "", storey: str = "", include_removed: bool = False
) -> list[SpaceRow]:
    """Spaces by storey and name; ``kind`` is flat, room or space."""
    with uow:
        query = select(Space).order_by(Space.storey_name, Space.name)
        if kind:
            query = query.where(Space.kind == kind)
        if storey:
            query = query.where(Space.storey_name == storey)
        if not include_removed:
            query = query.where(Space.in_model.is_(True))
        return [
            SpaceRow(
                s.id,
                s.global_id,
                s.name,
                s.long_name,
                s.kind,
                s.storey_name,
                s.parent_global_id,
                s.in_model,
            )
            for s in uow.session.scalars(query).all()
        ]


def list_revisions(uow: UnitOfWork) -> list[RevisionRow]:
    """Model revisions imported into the register, newest first."""
    with uow:
        rows = uow.session.scalars(
            select(ModelRevision).order_by(
                ModelRevision.imported_at.desc(), ModelRevision.id.desc()
            )
        ).all()
        return [
            RevisionRow(
                r.id,
                r.file_name,
                r.content_hash,
                r.schema,
                r.imported_at,
                r.imported_by,
                dict(r.summary or {}),
            )
            for r in rows
        ]
