"""Write review issues as a BCF 2.1 (``.bcfzip``) or 3.0 (``.bcf``) archive.

The XML comes from the xsdata bindings generated from buildingSMART's schemas, serialised by
xsdata; the archive is written to a temporary file and renamed, so a failed export never
leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

from fmdesk.i18n import Msg
from fmdesk.review.bcf.bindings import v2_1, v3_0
from fmdesk.review.bcf.write_markup import TopicRecord, build_markup

__all__ = ["VERSIONS", "write_bcf"]

VERSIONS = ("2.1", "3.0")
_SERIALIZER = XmlSerializer(config=SerializerConfig(indent="  ", encoding="UTF-8"))


def write_bcf(
    path: Path,
    records: Sequence[TopicRecord],
    version: str,
    project: dict[str, Any] | None = None,
    progress: Callable[[float], None] | None = None,
) -> list[Msg]:
    """Write ``records`` to ``path``; returns the warnings (what BCF could not hold)."""
    if version not in VERSIONS:
        raise ValueError(version)
    warnings: list[Msg] = []
    entries: dict[str, Any] = {"bcf.version": _version(version)}
    entries["project.bcfp"] = _project(project or {}, version)
    documents: list[tuple[str, str, str, bytes]] = []
    for done, record in enumerate(records):
        markup, files = build_markup(record, version, warnings)
        entries[f"{record.issue.guid}/markup.bcf"] = markup
        for name, content in files.entries.items():
            entries.setdefault(name, content)
        documents.extend(files.documents)
        if progress is not None:
            progress((done + 1) / max(len(records), 1) * 0.8)
    if version == "3.0":
        entries["extensions.xml"] = _extensions(records, entries)
        entries["documents.xml"] = _documents(documents, entries)
    _write_zip(path, entries)
    return warnings


def _version(version: str) -> Any:
    if version == "3.0":
        return v3_0.Version(version_id="3.0")
    return v2_1.Version(version_id="2.1", detailed_version="2.1")


def _project(project: dict[str, Any], version: str) -> Any:
    project_id = str(project.get("id") or "") or str(uuid.uuid4())
    name = str(project.get("name") or "") or None
    if version == "3.0":
        return v3_0.ProjectInfo(project=v3_0.Project(project_id=project_id, name=name))
    return v2_1.ProjectExtension(
        project=v2_1.Project(project_id=project_id, name=name), extension_schema=""
    )


def _extensions(records: Sequence[TopicRecord], entries: dict[str, Any]) -> Any:
    """BCF 3.0 lists the values a project uses; list every value the topics use."""
    types, statuses, priorities, labels, users, stages, snippets = ([] for _ in range(7))
    for name, markup in entries.items():
        if not name.endswith("/markup.bcf"):
            continue
        topic = markup.topic
        types.append(topic.topic_type)
        statuses.append(topic.topic_status)
        if topic.priority:
            priorities.append(topic.priority)
        labels.extend(topic.labels.label if topic.labels else [])
        users.extend(u for u in (topic.assigned_to, topic.creation_author) if u)
        if topic.stage:
            stages.append(topic.stage)
        if topic.bim_snippet is not None:
            snippets.append(topic.bim_snippet.snippet_type)
    ext = v3_0.Extensions
    unique = lambda values: list(dict.fromkeys(v for v in values if v and v.strip()))  # noqa: E731
    return ext(
        topic_types=ext.TopicTypes(topic_type=unique(types)),
        topic_statuses=ext.TopicStatuses(topic_status=unique(statuses)),
        priorities=ext.Priorities(priority=unique(priorities)),
        topic_labels=ext.TopicLabels(topic_label=unique(labels)),
        users=ext.Users(user=unique(users)),
        snippet_types=ext.SnippetTypes(snippet_type=unique(snippets)),
        stages=ext.Stages(stage=unique(stages)),
    )


def _documents(documents: list[tuple[str, str, str, bytes]], entries: dict[str, Any]) -> Any:
    info = v3_0.DocumentInfo
    items = []
    seen: set[str] = set()
    for guid, filename, description, data in documents:
        if guid in seen:
            continue
        seen.add(guid)
        items.append(v3_0.Document(guid=guid, filename=filename, description=description or None))
        entries[f"documents/{guid}"] = data
    return info(documents=info.Documents(document=items))


def _write_zip(path: Path, entries: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".bcf-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in entries.items():
                data = content if isinstance(content, bytes) else _xml(content)
                archive.writestr(name, data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _xml(obj: Any) -> bytes:
    return _SERIALIZER.render(obj).encode("utf-8")
