"""The backup file: a ZIP holding one JSON-lines member per table, the document contents and a
manifest (fmdesk version, schema revision, row counts, SHA-256 of every member, one checksum).

The format is portable on purpose: values are written as typed JSON (datetimes, dates, bytes,
decimals and JSON documents are tagged), so a backup of a SQLite workstation restores into
PostgreSQL and back. A truncated or edited file is caught by the ZIP directory, the CRC of each
member and the manifest's checksums before anything is written to the target.

Layout::

    manifest.json            what is inside (read first, written last)
    tables/<name>.jsonl      one JSON array per row, columns as listed in the manifest
    blobs/<sha256>           document and photo contents, by their SHA-256
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from fmdesk.i18n import _t
from fmdesk.records.errors import RecordsError

FORMAT = "fmdesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class BackupFileError(RecordsError):
    """The backup file is missing, truncated, damaged or not an fmdesk backup."""


@dataclass
class TableEntry:
    """One table in the manifest: its columns (in row order), row count and member SHA-256."""

    name: str
    columns: list[str]
    rows: int = 0
    sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.rows, "sha256": self.sha256}


@dataclass
class Manifest:
    """What a backup holds; ``checksum`` is the SHA-256 over every member's SHA-256."""

    fmdesk_version: str
    schema_revision: str | None
    created_at: str
    source: str
    tables: dict[str, TableEntry] = field(default_factory=dict)
    blobs: dict[str, int] = field(default_factory=dict)  # sha256 -> size
    checksum: str = ""

    def compute_checksum(self) -> str:
        digest = hashlib.sha256()
        digest.update(f"{self.fmdesk_version}:{self.schema_revision}\n".encode())
        for name in sorted(self.tables):
            digest.update(
                f"table:{name}:{self.tables[name].rows}:{self.tables[name].sha256}\n".encode()
            )
        for sha in sorted(self.blobs):
            digest.update(f"blob:{sha}:{self.blobs[sha]}\n".encode())
        return digest.hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "fmdesk_version": self.fmdesk_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at,
            "source": self.source,
            "tables": {name: entry.to_dict() for name, entry in self.tables.items()},
            "blobs": self.blobs,
            "checksum": self.checksum,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Manifest:
        tables = {
            name: TableEntry(name, list(e["columns"]), int(e["rows"]), str(e["sha256"]))
            for name, e in raw["tables"].items()
        }
        return cls(
            fmdesk_version=str(raw["fmdesk_version"]),
            schema_revision=raw.get("schema_revision"),
            created_at=str(raw["created_at"]),
            source=str(raw.get("source", "")),
            tables=tables,
            blobs={str(k): int(v) for k, v in raw.get("blobs", {}).items()},
            checksum=str(raw["checksum"]),
        )

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: entry.rows for name, entry in self.tables.items()}


PLAIN = (str, int, float, bool, type(None))


def encode_value(value: Any) -> Any:
    """A column value as JSON that keeps its type (so a restore inserts the same value)."""
    if type(value) in PLAIN or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, dict | list):
        return {"$json": value}
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


def decode_value(value: Any) -> Any:
    """The inverse of :func:`encode_value`."""
    if not isinstance(value, dict):
        return value
    ((tag, raw),) = value.items()
    decoders = {
        "$dt": datetime.fromisoformat,
        "$d": date.fromisoformat,
        "$t": time.fromisoformat,
        "$b": base64.b64decode,
        "$dec": Decimal,
        "$json": lambda v: v,
    }
    return decoders[tag](raw)


class BackupWriter:
    """Streams tables and blobs into a new ZIP; :meth:`finish` writes the manifest."""

    def __init__(self, path: Path, manifest: Manifest) -> None:
        self.manifest = manifest
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)

    def add_table(self, name: str, columns: list[str], rows: Iterable[Iterable[Any]]) -> int:
        entry = TableEntry(name, columns)
        digest = hashlib.sha256()
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        with self.zip.open(f"tables/{name}.jsonl", "w", force_zip64=True) as member:
            lines: list[str] = []
            for row in rows:
                lines.append(dumps([v if type(v) in PLAIN else encode_value(v) for v in row]))
                if len(lines) >= 2000:
                    entry.rows += self._flush(member, digest, lines)
            entry.rows += self._flush(member, digest, lines)
        entry.sha256 = digest.hexdigest()
        self.manifest.tables[name] = entry
        return entry.rows

    @staticmethod
    def _flush(member: IO[bytes], digest: Any, lines: list[str]) -> int:
        """Write buffered rows in one piece (one compress call per thousands of rows)."""
        count = len(lines)
        if count:
            data = ("\n".join(lines) + "\n").encode("utf-8")
            digest.update(data)
            member.write(data)
            lines.clear()
        return count

    def add_blob(self, sha256: str, data: bytes) -> None:
        if sha256 in self.manifest.blobs:
            return
        self.zip.writestr(f"blobs/{sha256}", data)
        self.manifest.blobs[sha256] = len(data)

    def finish(self) -> Manifest:
        self.manifest.checksum = self.manifest.compute_checksum()
        text = json.dumps(self.manifest.to_dict(), ensure_ascii=False, indent=1)
        self.zip.writestr(MANIFEST, text)
        self.zip.close()
        return self.manifest

    def abort(self) -> None:
        self.zip.close()


class BackupReader:
    """Opens a backup, checks the manifest, then yields rows and blobs (checked as read)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            raw = json.loads(self.zip.read(MANIFEST).decode("utf-8"))
        except FileNotFoundError as error:
            raise BackupFileError(
                _t("The backup file '{path}' does not exist; check the path.", path=path)
            ) from error
        except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError) as error:
            raise _damaged(path) from error
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise _damaged(path)
        try:
            self.manifest = Manifest.from_dict(raw)
        except (KeyError, TypeError, ValueError) as error:
            raise _damaged(path) from error
        if self.manifest.compute_checksum() != self.manifest.checksum:
            raise _damaged(path)

    def verify(self) -> None:
        """Read every member once and compare it with the manifest (before touching a target)."""
        for name, entry in self.manifest.tables.items():
            digest = hashlib.sha256()
            with self._open(f"tables/{name}.jsonl") as member:
                for chunk in iter(lambda m=member: m.read(1 << 20), b""):
                    digest.update(chunk)
            if digest.hexdigest() != entry.sha256:
                raise _damaged(self.path)
        for sha in self.manifest.blobs:
            self.blob(sha)

    def rows(self, name: str) -> Iterator[list[Any]]:
        with self._open(f"tables/{name}.jsonl") as member:
            for line in member:
                values = json.loads(line.decode("utf-8"))
                yield [decode_value(v) if type(v) is dict else v for v in values]

    def blob(self, sha256: str) -> bytes:
        with self._open(f"blobs/{sha256}") as member:
            data = member.read()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _damaged(self.path)
        return data

    def close(self) -> None:
        self.zip.close()

    def _open(self, member: str) -> IO[bytes]:
        try:
            return _Checked(self.zip.open(member), self.path)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError) as error:
            raise _damaged(self.path) from error


class _Checked:
    """A ZIP member whose read errors (bad CRC, truncation) become one sentence."""

    def __init__(self, member: IO[bytes], path: Path) -> None:
        self.member = member
        self.path = path

    def read(self, size: int = -1) -> bytes:
        try:
            return self.member.read(size)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise _damaged(self.path) from error

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                line = self.member.readline()
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                raise _damaged(self.path) from error
            if not line:
                return
            yield line

    def __enter__(self) -> _Checked:
        return self

    def __exit__(self, *exc: object) -> None:
        self.member.close()


def _damaged(path: Path) -> BackupFileError:
    return BackupFileError(
        _t(
            "The backup file '{path}' is damaged or incomplete (its checksums do not match); "
            "use another copy.",
            path=path,
        )
    )
