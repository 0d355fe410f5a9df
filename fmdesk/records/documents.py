"""Documents and photos (档案): typed, content-addressed, linked to an element, space, asset, order.

Example::

    doc = attach_document(records.uow("资料员"), Path("合格证.pdf"), "certificate", asset="SB-01")
    data = read_document(records.uow(), doc.id)
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fmdesk.i18n import _t
from fmdesk.records.dto import DocumentInfo
from fmdesk.records.errors import AttachmentError, InvalidInputError, NotFoundError
from fmdesk.records.models import Asset, Document, Space, WorkOrder
from fmdesk.records.uow import UnitOfWork

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

DOC_TYPES = {
    "photo": "照片",
    "hidden_works": "隐蔽工程影像",
    "certificate": "合格证",
    "test_report": "检测报告",
    "manual": "说明书",
    "acceptance": "验收记录",
    "signature": "签字",
    "video": "视频",
}


def read_attachment(path: Path, max_bytes: int = MAX_ATTACHMENT_BYTES) -> bytes:
    """The bytes of a file to attach, or one sentence saying why it cannot be attached."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise AttachmentError(f"The file '{path}' does not exist; check the path.") from error
    if path.is_dir():
        raise AttachmentError(
            _t("'{path}' is a folder, not a file; choose a file to attach.", path=str(path))
        )
    if not path.is_file():
        raise AttachmentError(
            _t(
                "'{path}' is not a regular file (a pipe, socket or device); choose a file "
                "to attach.",
                path=str(path),
            )
        )
    if size > max_bytes:
        raise AttachmentError(
            f"The file '{path.name}' is {size / 1e6:.1f} MB, more than the "
            f"{max_bytes / 1e6:.0f} MB allowed; compress or split it."
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise AttachmentError(
            f"The file '{path}' cannot be read ({error.strerror}); check its permissions."
        ) from error


def attach_document(
    uow: UnitOfWork,
    source: Path | bytes,
    doc_type: str,
    *,
    file_name: str = "",
    title: str = "",
    asset: str | None = None,
    space: str | None = None,
    work_order: str | None = None,
    element_global_id: str = "",
    max_bytes: int = MAX_ATTACHMENT_BYTES,
) -> DocumentInfo:
    """Store a file once by SHA-256 and link it; nothing is written if any input is wrong."""
    if doc_type not in DOC_TYPES:
        raise InvalidInputError(
            f"'{doc_type}' is not a document type; use one of {', '.join(DOC_TYPES)}."
        )
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise AttachmentError(
                f"The attachment is {len(source) / 1e6:.1f} MB, more than the "
                f"{max_bytes / 1e6:.0f} MB allowed."
            )
        data, name = source, file_name or "attachment"
    else:
        data, name = read_attachment(Path(source), max_bytes), file_name or Path(source).name
    if not (asset or space or work_order or element_global_id):
        raise InvalidInputError(
            "A document must be linked to an asset, a space, a work order or a model element."
        )
    with uow:
        uow.begin_write()
        doc = Document(
            file_name=name,
            mime_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=len(data),
            doc_type=doc_type,
            title=title or name,
            storage=uow.blobs.kind,
            element_global_id=element_global_id,
            uploaded_by=uow.actor,
        )
        if asset:
            found = uow.assets.get(asset)
            doc.asset_id = found.id
            doc.element_global_id = doc.element_global_id or (found.ifc_global_id or "")
        if space:
            found_space = uow.spaces.find(space)
            if found_space is None:
                raise NotFoundError(f"No space is called '{space}'; import the model first.")
            doc.space_id = found_space.id
        if work_order:
            order = uow.work_orders.get(work_order)
            doc.work_order_id = order.id
            doc.asset_id = doc.asset_id or order.asset_id
        doc.sha256 = uow.blobs.put(uow.session, data)
        uow.session.add(doc)
        uow.flush()
        info = documents_of(uow.session, document_id=doc.id)[0]
        uow.commit()
        return info


def read_document(uow: UnitOfWork, document_id: int) -> bytes:
    """The content of a stored document, checked against its SHA-256."""
    with uow:
        doc = uow.session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(f"No document has the id {document_id}.")
        return uow.blobs.get(uow.session, doc.sha256)


def list_documents(
    uow: UnitOfWork,
    asset: str | None = None,
    work_order: str | None = None,
    space: str | None = None,
    element_global_id: str | None = None,
) -> list[DocumentInfo]:
    """Documents linked to one asset, order, space or element (all when no filter is given)."""
    with uow:
        kwargs: dict[str, object] = {}
        if asset:
            kwargs["asset_id"] = uow.assets.get(asset).id
        if work_order:
            kwargs["work_order_id"] = uow.work_orders.get(work_order).id
        if space:
            found = uow.spaces.find(space)
            kwargs["space_id"] = found.id if found else -1
        if element_global_id:
            kwargs["element_global_id"] = element_global_id
        return documents_of(uow.session, **kwargs)  # type: ignore[arg-type]


def documents_of(
    session: Session,
    asset_id: int | None = None,
    work_order_id: int | None = None,
    space_id: int | None = None,
    element_global_id: str | None = None,
    document_id: int | None = None,
) -> list[DocumentInfo]:
    """Documents matching every given link, newest first, as plain data."""
    order = aliased(WorkOrder)
    query = (
        select(Document, Asset.code, Space.name, order.number)
        .outerjoin(Asset, Document.asset_id == Asset.id)
        .outerjoin(Space, Document.space_id == Space.id)
        .outerjoin(order, Document.work_order_id == order.id)
        .order_by(Document.uploaded_at.desc(), Document.id.desc())
    )
    for column, value in (
        (Document.asset_id, asset_id),
        (Document.work_order_id, work_order_id),
        (Document.space_id, space_id),
        (Document.element_global_id, element_global_id),
        (Document.id, document_id),
    ):
        if value is not None:
            query = query.where(column == value)
    return [
        DocumentInfo(
            id=d.id,
            sha256=d.sha256,
            file_name=d.file_name,
            mime_type=d.mime_type,
            size=d.size,
            doc_type=d.doc_type,
            title=d.title,
            asset_code=code,
            space_name=space_name,
            work_order_number=number,
            element_global_id=d.element_global_id,
            uploaded_by=d.uploaded_by,
            uploaded_at=d.uploaded_at,
        )
        for d, code, space_name, number in session.execute(query).all()
    ]
