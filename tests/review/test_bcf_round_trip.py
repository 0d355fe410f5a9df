"""What a BCF file says comes back out of fmdesk: topics, comments, viewpoints (camera,
selection, visibility, colouring, clipping planes, lines, bitmaps), snapshots, labels, related
topics, documents, snippets and header files, compared after import → export → read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fmdesk.app.review_bcf import export_bcf, import_bcf
from fmdesk.review.bcf.reader import read_bcf
from tests.review.conftest import bcf_cases

CASES = bcf_cases()


def _round(values: Any) -> Any:
    if isinstance(values, float):
        return round(values, 6)
    if isinstance(values, list):
        return [_round(v) for v in values]
    if isinstance(values, dict):
        return {k: _round(v) for k, v in values.items()}
    return values


def _view(state: dict[str, Any], version: str) -> dict[str, Any]:
    camera = dict(state.get("camera") or {})
    if camera:
        if version == "2.1" and not camera.get("parallel"):
            camera.pop("view_angle", None)  # 2.1 allows 45-60° only
        camera.pop("aspect_ratio", None)  # 2.1 has none; 3.0 requires one
        camera["view_up"] = None  # written orthogonal to the direction
    extra = dict(state.get("extra") or {})
    used = set((state.get("highlights") or {}).get("selection", []))
    used |= set(state.get("hidden_ids") or []) | set(state.get("visible_only") or [])
    used |= {g for ids in (state.get("colours") or {}).values() for g in ids}
    origins = {k: v for k, v in (extra.get("origins") or {}).items() if k in used}
    return _round(
        {
            "camera": camera,
            "selection": (state.get("highlights") or {}).get("selection", []),
            "hidden": sorted(state.get("hidden_ids") or []),
            "visible_only": state.get("visible_only"),
            "hidden_classes": state.get("hidden_classes"),
            "colours": state.get("colours") or {},
            "section": state.get("section"),
            "lines": state.get("lines") or [],
            "bitmaps": state.get("bitmaps") or [],
            "origins": origins,  # a component with no role (BCF 2.0) has nowhere to go
        }
    )


def _topic(draft: Any, version: str) -> dict[str, Any]:
    bcf = draft.bcf
    return {
        "title": draft.title,
        "description": draft.description,
        "labels": draft.labels,
        "assignee": draft.assignee,
        "due": draft.due_date,
        "stage": draft.stage,
        "created": draft.created_at,
        "author": draft.author,
        "status": draft.status,
        "type": draft.issue_type,
        "related": sorted(bcf["related_topics"]),
        "links": bcf["reference_links"],
        "comments": sorted(  # exported in date order, not necessarily the file's
            (c.guid, c.text, c.author, c.created_at, c.viewpoint_guid) for c in draft.comments
        ),
        "viewpoints": sorted(
            (v.guid, v.snapshot, str(_view(v.state, version))) for v in draft.viewpoints
        ),
        "files": sorted(f.data for f in draft.files),
        "snippet": {k: v for k, v in (bcf["bim_snippet"] or {}).items() if k != "file"},
        "documents": sorted(d.get("description", "") for d in bcf["documents"]),
    }


@pytest.mark.skipif(not CASES, reason="../shared/standards/bcf is not present")
@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_everything_a_test_case_says_survives_import_and_export(
    version: str, services, tmp_path: Path
) -> None:
    for case in CASES:
        original = {t.guid: _topic(t, version) for t in read_bcf(case).topics}
        import_bcf(services, case)
        out = tmp_path / f"{case.stem}.bcf"
        export_bcf(services, out, version=version, numbers=[])
        again = {t.guid: _topic(t, version) for t in read_bcf(out).topics}
        for guid, topic in original.items():
            if not topic["author"]:  # required by the schema: the importer is written
                assert again[guid]["author"] == "tester"
                topic["author"] = "tester"
            assert again[guid] == topic, f"{case.name} {guid}"


def test_fmdesk_issue_keeps_its_words_and_state_through_bcf(services, tmp_path: Path) -> None:
    from fmdesk.app.review import create_review_issue, set_review_status

    state = {
        "camera": {
            "position": [10.0, -5.0, 8.0],
            "focal_point": [0.0, 0.0, 0.0],
            "view_up": [0.0, 0.0, 1.0],
            "view_angle": 50.0,
            "parallel": False,
        },
        "hidden_classes": ["IfcSpace", "IfcOpeningElement"],
        "hidden_ids": ["1kTvXnbbzCWw8lcMd1dR4o"],
        "highlights": {"selection": ["2O2Fr$t4X7Zf8NOew3FLOH"]},
        "colours": {"FFFF0000": ["2O2Fr$t4X7Zf8NOew3FLOH"]},
        "section": {"origin": None, "normal": None, "bounds": [0, 10, 0, 5, 0, 3]},
        "lines": [[[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]]],
    }
    issue = create_review_issue(
        services,
        title="泵房检修通道被风管遮挡",
        element_ids=["2O2Fr$t4X7Zf8NOew3FLOH"],
        issue_type="maintainability",
        priority="urgent",
        labels=["暖通", "泵房"],
        assignee="设计院",
        comment="风管底标高 2.1 m",
        viewpoint=state,
        snapshot=b"\x89PNG\r\n\x1a\nfake",
    )
    set_review_status(services, issue.number, "in_progress")
    for version in ("2.1", "3.0"):
        out = tmp_path / f"fm-{version}.bcf"
        export_bcf(services, out, version=version)
        (topic,) = read_bcf(out).topics
        assert (topic.title, topic.issue_type, topic.priority, topic.status) == (
            issue.title,
            "maintainability",
            "urgent",
            "in_progress",
        )
        assert topic.labels == ["暖通", "泵房"] and topic.assignee == "设计院"
        (viewpoint,) = topic.viewpoints
        assert viewpoint.snapshot == b"\x89PNG\r\n\x1a\nfake"
        got = viewpoint.state
        assert got["highlights"]["selection"] == ["2O2Fr$t4X7Zf8NOew3FLOH"]
        assert got["hidden_ids"] == ["1kTvXnbbzCWw8lcMd1dR4o"]
        assert got["colours"] == {"FFFF0000": ["2O2Fr$t4X7Zf8NOew3FLOH"]}
        assert len(got["section"]["cuts"]) == 6 and got["lines"] == state["lines"]
        assert got["camera"]["position"] == [10.0, -5.0, 8.0]
        assert got["camera"]["view_angle"] == 50.0
