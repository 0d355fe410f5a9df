"""Content-addressed storage of document bytes (SHA-256): a folder beside a SQLite file, or the
``document_blobs`` table on PostgreSQL so every workstation sees the same files.

The same content is stored once however many records link to it. Files are written atomically
(temporary name, then rename) before the row that points at them is committed, so a crash leaves
at worst an unreferenced file, never a record without its content.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from fmdesk.i18n import _t
from fmdesk.records.errors import AttachmentError
from fmdesk.records.models import DocumentBlob


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of ``data`` (the address of a document's content)."""
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    kind: str

    def put(self, session: Session, data: bytes) -> str: ...

    def get(self, session: Session, sha256: str) -> bytes: ...


class FolderBlobStore:
    """Blobs as files ``<root>/ab/abcdef…``; used with SQLite."""

    kind = "file"

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, session: Session, data: bytes) -> str:
        digest = sha256_of(data)
        target = self.path_of(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{digest}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        return digest

    def get(self, session: Session, sha256: str) -> bytes:
        try:
            data = self.path_of(sha256).read_bytes()
        except OSError as error:
            raise AttachmentError(
                _t(
                    "The stored file {sha}… is missing from {root}; restore it from a backup.",
                    sha=sha256[:12],
                    root=self.root,
                )
            ) from error
        if sha256_of(data) != sha256:
            raise AttachmentError(
                _t(
                    "The stored file {sha}… is damaged; restore it from a backup.",
                    sha=sha256[:12],
                )
            )
        return data


class DatabaseBlobStore:
    """Blobs in the ``document_blobs`` table, inside the same transaction as their record."""

    kind = "db"

    def put(self, session: Session, data: bytes) -> str:
        digest = sha256_of(data)
        # Two workstations may attach the same photo at once: the second insert is a no-op.
        session.execute(
            pg_insert(DocumentBlob).values(sha256=digest, data=data).on_conflict_do_nothing()
        )
        return digest

    def get(self, session: Session, sha256: str) -> bytes:
        data = session.scalar(select(DocumentBlob.data).where(DocumentBlob.sha256 == sha256))
        if data is None:
            raise AttachmentError(
                _t("The stored file {sha}… is missing from the database.", sha=sha256[:12])
            )
        return bytes(data)
