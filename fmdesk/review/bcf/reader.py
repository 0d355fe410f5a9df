"""Read a BCF file (``.bcfzip`` 1.0–2.1 or ``.bcf`` 3.0) into issue drafts, leniently.

Every topic folder (any folder holding a ``markup.bcf``) becomes one :class:`IssueDraft`: the
topic, its comments (2.x beside the topic, 3.0 inside it), its viewpoints (listed in the markup,
or any ``.bcfv`` in the folder that the markup forgets, as BCF 1.0's ``viewpoint.bcfv``), each
with its snapshot of whatever name, bitmaps, BIM snippet and documents (2.x relative paths,
3.0 ``documents.xml``). What has no column is kept in ``draft.bcf`` for a lossless export. A
part that cannot be read becomes a warning; only a file that is not a BCF archive at all is an
error.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import Msg, _t
from fmdesk.review.bcf.entries import Entries
from fmdesk.review.bcf.markup import read_markup
from fmdesk.review.bcf.xml import attr, child, children, parse_xml, text
from fmdesk.review.drafts import IssueDraft

__all__ = ["BcfArchive", "BcfFormatError", "read_bcf"]


class BcfFormatError(UserError):
    """The file is not a BCF archive."""


@dataclass
class BcfArchive:
    """What a BCF file holds."""

    version: str
    project: dict[str, Any]
    topics: list[IssueDraft]
    warnings: list[Msg] = field(default_factory=list)


def read_bcf(path: Path, progress: Callable[[float], None] | None = None) -> BcfArchive:
    """Every topic of the BCF file at ``path``; BcfFormatError (one sentence) for a file that
    is not a BCF archive."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise BcfFormatError(_t("The file {path} does not exist.", path=str(path))) from error
    except (zipfile.BadZipFile, OSError) as error:
        raise BcfFormatError(
            _t("{path} is not a BCF file (it is not a zip archive).", path=path.name)
        ) from error
    with archive:
        entries = Entries(archive)
        markups = sorted(p for p in entries.paths if posixpath.basename(p).lower() == "markup.bcf")
        if not markups:
            raise BcfFormatError(
                _t("{path} is not a BCF file: it holds no topic (markup.bcf).", path=path.name)
            )
        root = _root_folder(entries, markups)
        version = _version(entries, root)
        project = _project(entries, root)
        documents = _documents(entries, root)
        result = BcfArchive(version, project, [])
        for done, markup_path in enumerate(markups):
            draft = read_markup(entries, markup_path, root, documents, result.warnings)
            if draft is not None:
                draft.bcf["project"] = project
                draft.bcf["version"] = version
                result.topics.append(draft)
            if progress is not None:
                progress((done + 1) / len(markups))
        return result


def _root_folder(entries: Entries, markups: list[str]) -> str:
    """Where bcf.version is (some tools zip a folder around everything)."""
    for path in entries.paths:
        if posixpath.basename(path).lower() == "bcf.version":
            return posixpath.dirname(path)
    return posixpath.dirname(posixpath.dirname(markups[0]))


def _join(root: str, name: str) -> str:
    return f"{root}/{name}" if root else name


def _version(entries: Entries, root: str) -> str:
    node = parse_xml(entries.read(_join(root, "bcf.version")) or b"")
    return attr(node, "VersionId") or text(node, "DetailedVersion") or "2.1"


def _project(entries: Entries, root: str) -> dict[str, Any]:
    node = parse_xml(entries.read(_join(root, "project.bcfp")) or b"")
    project = child(node, "Project")
    info: dict[str, Any] = {
        "id": attr(project, "ProjectId") or "",
        "name": text(project, "Name") or "",
    }
    extensions = parse_xml(entries.read(_join(root, "extensions.xml")) or b"")
    if extensions is not None:
        lists = {}
        for group in extensions:
            values = [t for t in (text(item) for item in group) if t]
            tag = group.tag.rsplit("}", 1)[-1] if isinstance(group.tag, str) else ""
            if tag and values:
                lists[tag] = values
        info["extensions"] = lists
    return info


def _documents(entries: Entries, root: str) -> dict[str, dict[str, Any]]:
    """BCF 3.0's documents.xml: Guid → filename, description and the stored bytes."""
    node = parse_xml(entries.read(_join(root, "documents.xml")) or b"")
    found: dict[str, dict[str, Any]] = {}
    for document in children(child(node, "Documents"), "Document"):
        guid = (attr(document, "Guid") or "").lower()
        if not guid:
            continue
        data = None
        for path in entries.paths:
            stem = posixpath.splitext(posixpath.basename(path))[0].lower()
            if stem == guid or posixpath.basename(path).lower() == guid:
                data = entries.read(path)
                break
        found[guid] = {
            "filename": text(document, "Filename") or guid,
            "description": text(document, "Description") or "",
            "data": data,
        }
    return found
