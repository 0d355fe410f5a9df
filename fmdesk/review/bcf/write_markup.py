"""One review issue → a BCF 2.1 or 3.0 Markup (xsdata bindings).

Type, status and priority are written in the words the issue was imported with while their
codes are unchanged, else as fmdesk's English labels; GUIDs are lower-case (valid in both
versions). Files to put in the archive (snapshots, bitmaps, documents, snippets) are collected
in :class:`TopicFiles` with their paths in the zip.
"""

from __future__ import annotations

import posixpath
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from xsdata.models.datatype import XmlDateTime

from fmdesk.i18n import Msg
from fmdesk.review.bcf.bindings import v2_1, v3_0
from fmdesk.review.bcf.write_visinfo import build_visinfo, is_ifc_guid
from fmdesk.review.dto import ReviewIssueView
from fmdesk.review.vocab import ISSUE_TYPES, PRIORITIES, STATUSES

__all__ = ["TopicFiles", "TopicRecord", "build_markup"]


@dataclass
class TopicRecord:
    """An issue with what its export needs beyond the view: the stored BCF leftovers, the
    snapshots by viewpoint GUID and the files by (kind, name relative to the topic folder)."""

    issue: ReviewIssueView
    bcf: dict[str, Any]
    snapshots: dict[str, bytes] = field(default_factory=dict)
    files: dict[tuple[str, str], bytes] = field(default_factory=dict)


@dataclass
class TopicFiles:
    """Zip path → bytes (or an object to serialise) of one topic, plus 3.0 documents."""

    entries: dict[str, Any] = field(default_factory=dict)
    documents: list[tuple[str, str, str, bytes]] = field(default_factory=list)
    """(guid, filename, description, bytes) for BCF 3.0's documents.xml."""


def build_markup(record: TopicRecord, version: str, warnings: list[Msg]) -> tuple[Any, TopicFiles]:
    """The Markup object and the topic's files, for ``version`` "2.1" or "3.0"."""
    ns = v3_0 if version == "3.0" else v2_1
    issue, bcf = record.issue, record.bcf
    folder = issue.guid
    files = TopicFiles()
    topic_type, status, priority = _words(issue, bcf, version)
    topic = ns.Topic(
        guid=issue.guid,
        topic_type=topic_type,
        topic_status=status,
        priority=priority,
        title=issue.title.strip() or issue.number,
        creation_date=_when(issue.created_at),
        creation_author=issue.author.strip() or "fmdesk",
    )
    _optional_fields(topic, issue, bcf, ns, version)
    _documents(topic, record, ns, version, folder, files)
    _snippet(topic, record, ns, version, folder, files)
    comments = [_comment(ns, c, version) for c in issue.comments]
    viewpoints = _viewpoints(record, ns, version, folder, files, warnings)
    markup = ns.Markup(topic=topic)
    header = _header(ns, bcf.get("header_files") or [], version)
    if header is not None:
        markup.header = header
    if version == "3.0":
        if comments:
            topic.comments = ns.Topic.Comments(comment=comments)
        if viewpoints:
            topic.viewpoints = ns.Topic.Viewpoints(view_point=viewpoints)
    else:
        markup.comment = comments
        markup.viewpoints = viewpoints
    return markup, files


def _words(
    issue: ReviewIssueView, bcf: dict[str, Any], version: str
) -> tuple[str | None, str | None, str | None]:
    """(TopicType, TopicStatus, Priority): the imported words while the codes are unchanged."""
    words, mapped = bcf.get("words") or {}, bcf.get("mapped") or {}

    def word(key: str, code: str, table: dict[str, Msg]) -> str | None:
        if key in mapped and mapped[key] == code:
            return words.get(key)
        return table[code].render("en") if code in table else code

    topic_type = word("topic_type", issue.issue_type, ISSUE_TYPES)
    status = word("topic_status", issue.status, STATUSES)
    priority = word("priority", issue.priority, PRIORITIES)
    if version == "3.0":
        topic_type = topic_type or "Other"
        status = status or STATUSES["open"].render("en")
    return topic_type, status, priority


def _optional_fields(
    topic: Any, issue: ReviewIssueView, bcf: dict[str, Any], ns: Any, version: str
) -> None:
    links = [str(v) for v in bcf.get("reference_links") or [] if str(v).strip()]
    labels = [v for v in issue.labels if v.strip()]
    related = [g.lower() for g in issue.related_guids if g]
    if version == "3.0":
        topic.server_assigned_id = bcf.get("server_assigned_id") or None
        topic.reference_links = ns.Topic.ReferenceLinks(reference_link=links) if links else None
        topic.labels = ns.Topic.Labels(label=labels) if labels else None
        topic.related_topics = (
            ns.Topic.RelatedTopics(
                related_topic=[ns.Topic.RelatedTopics.RelatedTopic(guid=g) for g in related]
            )
            if related
            else None
        )
    else:
        topic.reference_link = links
        topic.labels = labels
        topic.related_topic = [ns.Topic.RelatedTopic(guid=g) for g in related]
    index = str(bcf.get("index") or "").strip()
    topic.index = int(index) if index.lstrip("-").isdigit() else None
    edited = bool(issue.modified_by) or issue.source != "bcf"
    if bcf.get("had_modified_date", True) or edited:
        topic.modified_date = _when(issue.updated_at)
    topic.modified_author = issue.modified_by.strip() or None
    topic.due_date = _when(issue.due_date) if issue.due_date else None
    topic.assigned_to = issue.assignee.strip() or None
    topic.stage = issue.stage.strip() or None
    topic.description = issue.description if issue.description.strip() else None


def _header(ns: Any, files: list[dict[str, Any]], version: str) -> Any | None:
    items = []
    for data in files:
        cls = ns.File if version == "3.0" else ns.Header.File
        item = cls(
            filename=data.get("filename") or None,
            date=_when_text(data.get("date")),
            reference=data.get("reference") or None,
            ifc_project=_ifc(data.get("ifc_project")),
            ifc_spatial_structure_element=_ifc(data.get("ifc_spatial")),
            is_external=bool(data.get("external", True)),
        )
        items.append(item)
    if not items:
        return None
    if version == "3.0":
        return ns.Header(files=ns.Header.Files(file=items))
    return ns.Header(file=items)


def _documents(
    topic: Any, record: TopicRecord, ns: Any, version: str, folder: str, files: TopicFiles
) -> None:
    refs = []
    for position, ref in enumerate(record.bcf.get("documents") or []):
        guid = (ref.get("guid") or _stable_guid(folder, f"docref{position}")).lower()
        description = ref.get("description") or ref.get("document_description") or None
        data = record.files.get(("document", ref.get("file", "")))
        if data is not None:
            name = posixpath.basename(ref.get("filename") or ref["file"]) or "document"
            if version == "3.0":
                doc_guid = ref.get("document_guid") or _stable_guid(folder, ref["file"])
                files.documents.append((doc_guid, name, description or name, data))
                refs.append(
                    ns.DocumentReference(guid=guid, document_guid=doc_guid, description=description)
                )
                continue
            location = ref["file"] if ref.get("location") else f"../documents/{guid}/{name}"
            files.entries[_zip_path(folder, location)] = data
            refs.append(
                ns.Topic.DocumentReference(
                    guid=guid,
                    is_external=False,
                    referenced_document=location,
                    description=description,
                )
            )
            continue
        url = ref.get("url") or ref.get("location") or ""
        if not url:
            continue
        if version == "3.0":
            refs.append(ns.DocumentReference(guid=guid, url=url, description=description))
        else:
            external = bool(ref.get("url"))
            refs.append(
                ns.Topic.DocumentReference(
                    guid=guid,
                    is_external=external,
                    referenced_document=url,
                    description=description,
                )
            )
    if version == "3.0":
        topic.document_references = (
            ns.Topic.DocumentReferences(document_reference=refs) if refs else None
        )
    else:
        topic.document_reference = refs


def _snippet(
    topic: Any, record: TopicRecord, ns: Any, version: str, folder: str, files: TopicFiles
) -> None:
    snippet = record.bcf.get("bim_snippet")
    if not snippet or not snippet.get("reference") or not snippet.get("type"):
        return
    data = record.files.get(("snippet", snippet.get("file", "")))
    if data is not None:
        files.entries[_zip_path(folder, snippet["file"])] = data
    topic.bim_snippet = ns.BimSnippet(
        snippet_type=snippet["type"],
        is_external=bool(snippet.get("external")),
        reference=snippet["reference"],
        reference_schema=snippet.get("schema") or "-",
    )


def _comment(ns: Any, comment: Any, version: str) -> Any:
    result = ns.Comment(
        guid=comment.guid.lower(),
        date=_when(comment.created_at),
        author=comment.author.strip() or "fmdesk",
        comment=comment.text if (comment.text.strip() or version != "3.0") else None,
        modified_date=_when(comment.modified_at) if comment.modified_at else None,
        modified_author=comment.modified_by.strip() or None,
    )
    if comment.viewpoint_guid:
        result.viewpoint = ns.Comment.Viewpoint(guid=comment.viewpoint_guid.lower())
    return result


def _viewpoints(
    record: TopicRecord,
    ns: Any,
    version: str,
    folder: str,
    files: TopicFiles,
    warnings: list[Msg],
) -> list[Any]:
    used: set[str] = set()
    result = []
    for viewpoint in record.issue.viewpoints:
        state = viewpoint.state
        file_name = _unique(
            (state.get("extra") or {}).get("file_name"), f"Viewpoint_{viewpoint.guid}.bcfv", used
        )
        entry = ns.ViewPoint(
            guid=viewpoint.guid.lower(), viewpoint=file_name, index=viewpoint.position
        )
        files.entries[f"{folder}/{file_name}"] = build_visinfo(
            state, viewpoint.guid, version, warnings
        )
        snapshot = record.snapshots.get(viewpoint.guid)
        if snapshot:
            suffix = ".jpg" if snapshot[:3] == b"\xff\xd8\xff" else ".png"
            name = _unique(viewpoint.snapshot_name, f"Snapshot_{viewpoint.guid}{suffix}", used)
            entry.snapshot = name
            files.entries[f"{folder}/{name}"] = snapshot
        for bitmap in state.get("bitmaps") or []:
            data = record.files.get(("bitmap", bitmap.get("reference", "")))
            if data is not None:
                files.entries[_zip_path(folder, bitmap["reference"])] = data
        result.append(entry)
    return result


def _unique(preferred: str | None, fallback: str, used: set[str]) -> str:
    name = preferred if preferred and "/" not in preferred and ".." not in preferred else fallback
    if name.lower() in used:
        name = fallback
    used.add(name.lower())
    return name


def _zip_path(folder: str, relative: str) -> str:
    return posixpath.normpath(posixpath.join(folder, relative.replace("\\", "/"))).lstrip("/")


def _stable_guid(folder: str, key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"fmdesk:{folder}:{key}"))


def _ifc(value: str | None) -> str | None:
    return value if value and is_ifc_guid(value) else None


def _when(value: datetime | None) -> XmlDateTime | None:
    return XmlDateTime.from_datetime(value) if value is not None else None


def _when_text(value: str | None) -> XmlDateTime | None:
    from fmdesk.review.bcf.xml import when

    return _when(when(value))
