"""The files of a BCF archive by normalised path: BCF writers disagree on separators and case
(``Markup.bcf``, ``folder\\markup.bcf``), so every lookup goes through one place."""

from __future__ import annotations

import posixpath
import zipfile


class Entries:
    """The archive's files by normalised path (``/`` separators, any case looked up too)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.paths: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            if info.is_dir():
                continue
            path = posixpath.normpath(info.filename.replace("\\", "/")).lstrip("/")
            self.paths[path] = info
        self._lower = {p.lower(): p for p in self.paths}

    def find(self, path: str) -> str | None:
        path = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
        if path in self.paths:
            return path
        return self._lower.get(path.lower())

    def read(self, path: str | None) -> bytes | None:
        found = self.find(path) if path else None
        if found is None:
            return None
        try:
            return self.archive.read(self.paths[found])
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
            return None

    def in_folder(self, folder: str) -> list[str]:
        prefix = f"{folder}/" if folder else ""
        return [p for p in self.paths if p.startswith(prefix) and "/" not in p[len(prefix) :]]
