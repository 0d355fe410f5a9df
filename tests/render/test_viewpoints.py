"""Saved viewpoints: stored per model content hash, JSON round trip, damaged file tolerated."""

from __future__ import annotations

import pytest

from fmdesk.render.scene import SceneState
from fmdesk.render.viewpoints import (
    Viewpoint,
    delete_viewpoint,
    load_viewpoints,
    save_viewpoint,
    viewpoints_path,
)

HASH = "ab" * 32


def _state() -> SceneState:
    return SceneState(
        camera={"position": [1.0, 2.0, 3.0], "focal_point": [0, 0, 0], "view_up": [0, 0, 1]},
        hidden_classes=["IfcSpace"],
        hidden_ids=["2O2Fr$t4X7Zf8NOew3FLOH"],
        xray=True,
        isolated_storey="3F-id",
        section={"origin": None, "normal": None, "bounds": [0, 1, 0, 1, 0, 1]},
        highlights={"selection": ["1$UCvIlc1GaQzddB3RLWQQ"]},
    )


def test_viewpoints_round_trip_per_model_in_the_data_folder(isolated_home) -> None:
    save_viewpoint(HASH, Viewpoint("泵房 pump room", _state()))
    save_viewpoint(HASH, Viewpoint("roof", SceneState()))
    loaded = load_viewpoints(HASH)
    assert list(loaded) == ["泵房 pump room", "roof"]
    assert loaded["泵房 pump room"].state == _state()
    assert viewpoints_path(HASH).is_relative_to(isolated_home)
    assert load_viewpoints("cd" * 32) == {}


def test_saving_under_an_existing_name_replaces_and_delete_removes() -> None:
    save_viewpoint(HASH, Viewpoint("a", SceneState(xray=False)))
    save_viewpoint(HASH, Viewpoint("a", SceneState(xray=True)))
    assert load_viewpoints(HASH)["a"].state.xray is True
    assert delete_viewpoint(HASH, "a") is True
    assert delete_viewpoint(HASH, "a") is False
    assert load_viewpoints(HASH) == {}


def test_a_damaged_viewpoints_file_reads_as_none_and_is_overwritten() -> None:
    path = viewpoints_path(HASH)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_viewpoints(HASH) == {}
    save_viewpoint(HASH, Viewpoint("ok", SceneState()))
    assert list(load_viewpoints(HASH)) == ["ok"]


def test_a_bad_model_hash_is_refused() -> None:
    with pytest.raises(ValueError):
        viewpoints_path("../../etc/passwd")
