"""Saved viewpoints per model: camera, visibility, x-ray, section and selection, as JSON.

Stored per model *content hash* under ``data_dir()/viewpoints/<sha256>.json``, so a copied or
renamed file keeps its viewpoints while a revised model (different bytes) starts clean; element
ids in a viewpoint that no longer exist are ignored on restore. Written atomically.

Example::

    save_viewpoint(model_hash, Viewpoint("泵房", scene.capture_state()))
    scene.apply_state(load_viewpoints(model_hash)["泵房"].state)
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fmdesk import settings as app_settings
from fmdesk.render.scene import SceneState

__all__ = [
    "Viewpoint",
    "delete_viewpoint",
    "load_viewpoints",
    "save_viewpoint",
    "viewpoints_path",
]

_VERSION = 1


@dataclass
class Viewpoint:
    """A named scene state."""

    name: str
    state: SceneState
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "created": self.created, "state": self.state.as_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Viewpoint:
        return cls(
            name=str(data["name"]),
            state=SceneState.from_dict(data.get("state") or {}),
            created=str(data.get("created", "")),
        )


def viewpoints_path(model_hash: str) -> Path:
    """Where one model's viewpoints live."""
    if len(model_hash) < 16 or not all(c in "0123456789abcdef" for c in model_hash):
        raise ValueError("model_hash must be a hex SHA-256 digest")
    return app_settings.data_dir() / "viewpoints" / f"{model_hash}.json"


def load_viewpoints(model_hash: str) -> dict[str, Viewpoint]:
    """The model's viewpoints by name, in saved order; a missing or damaged file gives none."""
    path = viewpoints_path(model_hash)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data.get("viewpoints", [])
        return {v.name: v for v in (Viewpoint.from_dict(item) for item in items)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_viewpoint(model_hash: str, viewpoint: Viewpoint) -> None:
    """Add or replace (same name) a viewpoint."""
    viewpoints = load_viewpoints(model_hash)
    viewpoints[viewpoint.name] = viewpoint
    _write(model_hash, viewpoints)


def delete_viewpoint(model_hash: str, name: str) -> bool:
    """Remove a viewpoint; False when there was none by that name."""
    viewpoints = load_viewpoints(model_hash)
    if viewpoints.pop(name, None) is None:
        return False
    _write(model_hash, viewpoints)
    return True


def _write(model_hash: str, viewpoints: dict[str, Viewpoint]) -> None:
    path = viewpoints_path(model_hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"version": _VERSION, "viewpoints": [v.as_dict() for v in viewpoints.values()]}
    fd, tmp = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
