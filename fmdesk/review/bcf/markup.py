"""One topic folder of a BCF archive → an :class:`IssueDraft` (any BCF version, leniently).

The words a file uses for type, status and priority are mapped onto fmdesk's codes
(:mod:`fmdesk.review.vocab`) and kept as written in ``draft.bcf["words"]`` with the codes they
mapped to, so an unchanged issue exports with the file's own words.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any

from fmdesk.i18n import Msg, _t
from fmdesk.review.bcf.visinfo import read_visinfo
from fmdesk.review.bcf.xml import attr, child, children, flag, parse_xml, text, texts, when
from fmdesk.review.drafts import CommentDraft, FileDraft, IssueDraft, ViewpointDraft
from fmdesk.review.vocab import priority_from_bcf, status_from_bcf, type_from_bcf

if TYPE_CHECKING:
    from fmdesk.review.bcf.entries import Entries

__all__ = ["read_markup"]


def read_markup(
    entries: Entries,
    markup_path: str,
    root: str,
    documents: dict[str, dict[str, Any]],
    warnings: list[Msg],
) -> IssueDraft | None:
    """The topic in ``markup_path`` with everything in its folder; None (and a warning) when
    the markup has no readable topic."""
    folder = posixpath.dirname(markup_path)
    markup = parse_xml(entries.read(markup_path) or b"")
    topic = child(markup, "Topic")
    if topic is None:
        warnings.append(_t("{path}: no readable topic; skipped.", path=markup_path))
        return None
    guid = (attr(topic, "Guid") or posixpath.basename(folder)).lower()
    words = {
        "topic_type": attr(topic, "TopicType"),
        "topic_status": attr(topic, "TopicStatus"),
        "priority": text(topic, "Priority"),
    }
    draft = IssueDraft(
        title=text(topic, "Title") or "",
        description=text(topic, "Description") or "",
        issue_type=type_from_bcf(words["topic_type"]),
        priority=priority_from_bcf(words["priority"]),
        status=status_from_bcf(words["topic_status"]),
        assignee=text(topic, "AssignedTo") or "",
        due_date=when(text(topic, "DueDate")),
        labels=_labels(topic),
        stage=text(topic, "Stage") or "",
        author=text(topic, "CreationAuthor") or "",
        created_at=when(text(topic, "CreationDate")),
        updated_at=when(text(topic, "ModifiedDate")),
        modified_by=text(topic, "ModifiedAuthor") or "",
        source="bcf",
        guid=guid,
    )
    draft.bcf = {
        "words": words,
        "mapped": {
            "topic_type": draft.issue_type,
            "topic_status": draft.status,
            "priority": draft.priority,
        },
        "had_creation_author": text(topic, "CreationAuthor") is not None,
        "had_modified_date": text(topic, "ModifiedDate") is not None,
        "server_assigned_id": attr(topic, "ServerAssignedId"),
        "index": text(topic, "Index"),
        "reference_links": texts(topic, "ReferenceLink")
        + texts(child(topic, "ReferenceLinks"), "ReferenceLink"),
        "related_topics": _related(topic),
        "header_files": _header_files(markup),
        "documents": _document_refs(topic, folder, entries, documents, draft),
        "bim_snippet": _snippet(topic, folder, entries, draft),
    }
    _read_comments(markup, topic, draft)
    _read_viewpoints(entries, markup, topic, folder, draft, warnings)
    draft.element_ids = _elements_of(draft)
    return draft


def _labels(topic: Any) -> list[str]:
    labels = []
    for node in children(topic, "Labels"):
        inner = texts(node, "Label")
        labels.extend(inner if inner else [t for t in [text(node)] if t])
    return list(dict.fromkeys(labels))


def _related(topic: Any) -> list[str]:
    nodes = list(children(topic, "RelatedTopic")) + list(children(topic, "RelatedTopics"))
    nodes += list(children(child(topic, "RelatedTopics"), "RelatedTopic"))
    return list(dict.fromkeys(g.lower() for n in nodes if (g := attr(n, "Guid"))))


def _header_files(markup: Any) -> list[dict[str, Any]]:
    header = child(markup, "Header")
    nodes = list(children(header, "File")) + list(children(child(header, "Files"), "File"))
    return [
        {
            "filename": text(node, "Filename"),
            "date": text(node, "Date"),
            "reference": text(node, "Reference"),
            "ifc_project": attr(node, "IfcProject"),
            "ifc_spatial": attr(node, "IfcSpatialStructureElement"),
            "external": flag(attr(node, "IsExternal", "isExternal"), True),
        }
        for node in nodes
    ]


def _document_refs(
    topic: Any,
    folder: str,
    entries: Entries,
    documents: dict[str, dict[str, Any]],
    draft: IssueDraft,
) -> list[dict[str, Any]]:
    nodes = list(children(topic, "DocumentReference"))
    wrapper = list(children(topic, "DocumentReferences"))
    for node in wrapper:
        nodes.extend(children(node, "DocumentReference"))
        if child(node, "ReferencedDocument") is not None:  # 2.0 repeats DocumentReferences
            nodes.append(node)
    refs = []
    for node in nodes:
        ref: dict[str, Any] = {
            "guid": (attr(node, "Guid") or "").lower(),
            "description": text(node, "Description") or "",
        }
        document_guid = (text(node, "DocumentGuid") or "").lower()
        location = text(node, "Url") or text(node, "ReferencedDocument") or ""
        external = flag(attr(node, "IsExternal", "isExternal"), False) or bool(text(node, "Url"))
        if document_guid and document_guid in documents:
            stored = documents[document_guid]
            ref.update(filename=stored["filename"], document_guid=document_guid)
            if not ref["description"]:
                ref["document_description"] = stored["description"]
            if stored["data"] is not None:
                name = f"../documents/{document_guid}"
                draft.files.append(FileDraft("document", name, stored["data"]))
                ref["file"] = name
        elif location and not external:
            location = location.replace("\\", "/")
            data = entries.read(posixpath.normpath(posixpath.join(folder, location)))
            ref["location"] = location
            if data is not None:  # kept by its path relative to the topic folder
                draft.files.append(FileDraft("document", location, data))
                ref["file"] = location
        elif location:
            ref["url"] = location
        refs.append(ref)
    return refs


def _snippet(topic: Any, folder: str, entries: Entries, draft: IssueDraft) -> dict | None:
    node = child(topic, "BimSnippet")
    if node is None:
        return None
    snippet = {
        "type": attr(node, "SnippetType") or "",
        "external": flag(attr(node, "IsExternal", "isExternal"), False),
        "reference": text(node, "Reference") or "",
        "schema": text(node, "ReferenceSchema") or "",
    }
    if snippet["reference"] and not snippet["external"]:
        data = entries.read(posixpath.normpath(posixpath.join(folder, snippet["reference"])))
        if data is not None:
            draft.files.append(FileDraft("snippet", snippet["reference"], data))
            snippet["file"] = snippet["reference"]
    return snippet


def _read_comments(markup: Any, topic: Any, draft: IssueDraft) -> None:
    nodes = list(children(markup, "Comment")) + list(children(child(topic, "Comments"), "Comment"))
    for node in nodes:
        extra = {
            key: value
            for key, value in (
                ("verbal_status", text(node, "VerbalStatus")),
                ("status", text(node, "Status")),
                ("reply_to", attr(child(node, "ReplyToComment"), "Guid")),
            )
            if value
        }
        viewpoint = attr(child(node, "Viewpoint"), "Guid") or ""
        draft.comments.append(
            CommentDraft(
                text=text(node, "Comment") or "",
                author=text(node, "Author") or "",
                created_at=when(text(node, "Date")),
                guid=(attr(node, "Guid") or "").lower() or CommentDraft("").guid,
                viewpoint_guid=viewpoint.lower(),
                modified_at=when(text(node, "ModifiedDate")),
                modified_by=text(node, "ModifiedAuthor") or "",
                extra=extra,
            )
        )


def _read_viewpoints(
    entries: Entries,
    markup: Any,
    topic: Any,
    folder: str,
    draft: IssueDraft,
    warnings: list[Msg],
) -> None:
    listed = list(children(markup, "Viewpoints")) + list(
        children(child(topic, "Viewpoints"), "ViewPoint")
    )
    used: set[str] = set()
    for position, node in enumerate(listed):
        file_name = text(node, "Viewpoint")
        snapshot_name = text(node, "Snapshot")
        index = text(node, "Index")
        viewpoint = _viewpoint(entries, folder, file_name, snapshot_name, attr(node, "Guid"))
        viewpoint.position = int(index) if index and index.lstrip("-").isdigit() else position
        draft.viewpoints.append(viewpoint)
        used.update(p for p in (file_name, snapshot_name) if p)
    _unlisted_viewpoints(entries, folder, draft, used)
    for viewpoint in draft.viewpoints:
        for bitmap in viewpoint.state.get("bitmaps", []):
            path = posixpath.normpath(posixpath.join(folder, bitmap["reference"]))
            data = entries.read(path)
            if data is not None:
                draft.files.append(FileDraft("bitmap", bitmap["reference"], data))
            else:
                warnings.append(
                    _t("Topic {guid}: bitmap {name} is missing.", guid=draft.guid, name=path)
                )


def _viewpoint(
    entries: Entries,
    folder: str,
    file_name: str | None,
    snapshot_name: str | None,
    guid: str | None,
) -> ViewpointDraft:
    state: dict[str, Any] = {}
    if file_name:
        root = parse_xml(entries.read(posixpath.join(folder, file_name)) or b"")
        if root is not None:
            file_guid, state = read_visinfo(root)
            guid = guid or file_guid
    snapshot = entries.read(posixpath.join(folder, snapshot_name)) if snapshot_name else None
    draft = ViewpointDraft(state=state, snapshot=snapshot, snapshot_name=snapshot_name or "")
    if guid:
        draft.guid = guid.lower()
    if file_name:
        draft.state.setdefault("extra", {})["file_name"] = file_name
    return draft


def _unlisted_viewpoints(entries: Entries, folder: str, draft: IssueDraft, used: set[str]) -> None:
    """Viewpoint files the markup does not list (BCF 1.0 ``viewpoint.bcfv`` + ``snapshot.png``)."""
    names = [posixpath.basename(p) for p in entries.in_folder(folder)]
    lowered = {n.lower() for n in used}
    for name in sorted(names):
        if not name.lower().endswith(".bcfv") or name.lower() in lowered:
            continue
        snapshot = _matching_snapshot(name, names, lowered)
        viewpoint = _viewpoint(entries, folder, name, snapshot, None)
        viewpoint.position = len(draft.viewpoints)
        draft.viewpoints.append(viewpoint)
        lowered.update(n.lower() for n in (name, snapshot) if n)


def _matching_snapshot(viewpoint: str, names: list[str], used: set[str]) -> str | None:
    stem = posixpath.splitext(viewpoint)[0].lower().replace("viewpoint", "snapshot")
    images = [n for n in names if n.lower().endswith((".png", ".jpg", ".jpeg"))]
    for name in images:
        if posixpath.splitext(name)[0].lower() == stem and name.lower() not in used:
            return name
    free = [n for n in images if n.lower() not in used]
    return free[0] if len(free) == 1 else None


def _elements_of(draft: IssueDraft) -> list[str]:
    """The elements an imported topic is about: its viewpoints' selected components."""
    ids: list[str] = []
    for viewpoint in draft.viewpoints:
        ids.extend(viewpoint.state.get("highlights", {}).get("selection", []))
    return list(dict.fromkeys(ids))
