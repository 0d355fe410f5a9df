"""Use cases of documents and photos (档案): store and link, list, write a copy out.

Example::

    doc = attach_document(app, Path("合格证.pdf"), "certificate", asset="SB-01")
    copy = export_document(app, doc.id, Path("/tmp/copy.pdf"))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.results import Result
from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.records.dto import DocumentInfo

__all__ = ["DocumentCopy", "attach_document", "export_document", "list_documents"]


@dataclass(frozen=True)
class DocumentCopy(Result):
    """A stored document written back to a file."""

    id: int
    out: str
    size: int


def attach_document(
    app: App,
    path: Path,
    doc_type: str,
    *,
    title: str = "",
    asset: str | None = None,
    space: str | None = None,
    work_order: str | None = None,
    element_global_id: str = "",
) -> DocumentInfo:
    """Store a file (by SHA-256) and link it to an asset, a space, an order or an element."""
    from fmdesk.records.documents import attach_document as attach

    return attach(
        app.uow(),
        Path(path),
        doc_type,
        title=title,
        asset=asset,
        space=space,
        work_order=work_order,
        element_global_id=element_global_id,
    )


def list_documents(
    app: App,
    *,
    asset: str | None = None,
    work_order: str | None = None,
    space: str | None = None,
    element_global_id: str | None = None,
) -> list[DocumentInfo]:
    """Documents linked to an asset, an order, a space or an element."""
    from fmdesk.records.documents import list_documents as query

    return query(
        app.uow(),
        asset=asset,
        work_order=work_order,
        space=space,
        element_global_id=element_global_id,
    )


def export_document(app: App, document_id: int, out: Path) -> DocumentCopy:
    """Write stored document ``document_id`` to ``out``."""
    from fmdesk.records.documents import read_document

    data = read_document(app.uow(), document_id)
    try:
        Path(out).write_bytes(data)
    except OSError as error:
        raise UserError(
            _t("Cannot write '{path}': {reason}.", path=str(out), reason=error.strerror)
        ) from error
    return DocumentCopy(document_id, str(out), len(data))
