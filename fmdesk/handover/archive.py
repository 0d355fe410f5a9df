"""The handover archive (承接查验档案): documents per element and space, with type and date.

Hidden-works photos (隐蔽工程影像), certificates (合格证), test reports (检测报告) and
acceptance records (验收记录) are stored as records documents (content-addressed) with the
date they were issued or taken; the archive lists them per asset, element or space by type and
date, and tells which evidence a checklist item still lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fmdesk.records.documents import DOC_TYPES, attach_document
from fmdesk.records.dto import DocumentInfo
from fmdesk.records.models import Asset, Document, Space
from fmdesk.records.uow import UnitOfWork

__all__ = ["ARCHIVE_TYPES", "ArchiveEntry", "archive_document", "archive_index", "missing_evidence"]

ARCHIVE_TYPES = ("hidden_works", "certificate", "test_report", "acceptance")
"""The handover document types, in the order they are filed."""


@dataclass(frozen=True)
class ArchiveEntry:
    id: int
    doc_type: str
    type_label: str
    doc_date: date | None
    title: str
    file_name: str
    asset_code: str
    space_name: str
    element_global_id: str

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["doc_date"] = self.doc_date.isoformat() if self.doc_date else None
        return data


def archive_document(
    uow: UnitOfWork,
    source: Path | bytes,
    doc_type: str,
    doc_date: date | None,
    **links: Any,
) -> DocumentInfo:
    """Store a handover document (see ``attach_document``) and its issue/test date."""
    info = attach_document(uow, source, doc_type, **links)
    if doc_date is not None:
        with uow:
            uow.begin_write()
            document = uow.session.get(Document, info.id)
            if document is not None:
                document.doc_date = doc_date
            uow.commit()
    return info


def archive_index(
    uow: UnitOfWork, *, asset: str = "", space: str = "", element_global_id: str = ""
) -> list[ArchiveEntry]:
    """The documents of one asset, space or element (all when none is given), by type and
    date; other document kinds (photos of repairs, signatures) follow the handover ones."""
    with uow:
        query = (
            select(Document, Asset.code, Space.name)
            .outerjoin(Asset, Document.asset_id == Asset.id)
            .outerjoin(Space, Document.space_id == Space.id)
        )
        if asset:
            query = query.where(Asset.code == asset)
        if space:
            query = query.where((Space.name == space) | (Space.global_id == space))
        if element_global_id:
            query = query.where(Document.element_global_id == element_global_id)
        entries = [
            ArchiveEntry(
                id=doc.id,
                doc_type=doc.doc_type,
                type_label=DOC_TYPES.get(doc.doc_type, doc.doc_type),
                doc_date=doc.doc_date,
                title=doc.title,
                file_name=doc.file_name,
                asset_code=code or "",
                space_name=space_name or "",
                element_global_id=doc.element_global_id,
            )
            for doc, code, space_name in uow.session.execute(query)
        ]
    order = {kind: number for number, kind in enumerate(ARCHIVE_TYPES)}
    return sorted(
        entries,
        key=lambda e: (order.get(e.doc_type, len(order)), e.doc_date or date.min, e.id),
    )


def missing_evidence(entries: list[ArchiveEntry], wanted: tuple[str, ...]) -> list[str]:
    """Which of the ``wanted`` document types the archive entries lack."""
    present = {e.doc_type for e in entries}
    return [kind for kind in wanted if kind not in present]
