"""Use cases of documents and photos (档案): store and link, list, write a copy out.

Example::

    doc = attach_document(app, Path("合格证.pdf"), "certificate", asset="SB-01")
    copy = export_document(app, doc.id, Path("/tmp/copy.pdf"))
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fmdesk.app.context import App
from fmdesk.app.permissions import Permission
from fmdesk.app.results import Result
from fmdesk.app.users import require
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
    require(app, Permission.DOC_ADD)
    from fmdesk.app.validation import check_columns
    from fmdesk.records.documents import attach_document as attach
    from fmdesk.records.models import Document

    check_columns(Document, {"title": title})

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


def export_document(app: App, document_id: int, out: Path, force: bool = False) -> DocumentCopy:
    """Write stored document ``document_id`` to ``out``: an existing file only with ``force``,
    never through a symbolic link (the copy replaces the path itself, atomically)."""
    from fmdesk.records.documents import read_document

    out = Path(out)
    _check_target(out, force)
    data = read_document(app.uow(), document_id)
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            _t("Cannot write '{path}': {reason}.", path=str(out), reason=error.strerror)
        ) from error
    return DocumentCopy(document_id, str(out), len(data))


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _check_target(out: Path, force: bool) -> None:
    if out.is_symlink():
        raise UserError(
            _t(
                "'{path}' is a symbolic link; fmdesk never writes through one, choose another "
                "file name.",
                path=str(out),
            )
        )
    if out.is_dir():
        raise UserError(_t("'{path}' is a folder; give a file name.", path=str(out)))
    if out.exists() and not force:
        raise UserError(
            _t("'{path}' already exists; choose another name or pass --force.", path=str(out))
        )
