"""What a view shows, as plain data: the section, and the whole state a viewpoint restores.

Kept apart from :mod:`fmdesk.render.scene` (which draws) so viewpoints, review issues (BCF) and
training tours can store, compare and exchange states without building a scene.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SceneState", "Section"]


@dataclass(frozen=True)
class Section:
    """A section plane (``origin``, ``normal``: the kept side is where the normal points) or a
    section box (``bounds`` = xmin, xmax, ymin, ymax, zmin, zmax: the inside is kept)."""

    origin: tuple[float, float, float] | None = None
    normal: tuple[float, float, float] | None = None
    bounds: tuple[float, float, float, float, float, float] | None = None

    def planes(self) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
        """(origin, normal) pairs of the clipping planes."""
        if self.bounds is not None:
            x0, x1, y0, y1, z0, z1 = self.bounds
            return [
                ((x0, 0, 0), (1, 0, 0)),
                ((x1, 0, 0), (-1, 0, 0)),
                ((0, y0, 0), (0, 1, 0)),
                ((0, y1, 0), (0, -1, 0)),
                ((0, 0, z0), (0, 0, 1)),
                ((0, 0, z1), (0, 0, -1)),
            ]
        if self.origin is not None and self.normal is not None:
            return [(tuple(self.origin), tuple(self.normal))]
        return []

    def as_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "normal": self.normal, "bounds": self.bounds}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Section | None:
        if not data:
            return None

        def tup(value: Any) -> Any:
            return tuple(float(v) for v in value) if value is not None else None

        section = cls(tup(data.get("origin")), tup(data.get("normal")), tup(data.get("bounds")))
        return section if section.planes() else None


@dataclass
class SceneState:
    """Everything a saved viewpoint restores: camera, visibility, x-ray, section, highlights."""

    camera: dict[str, Any] = field(default_factory=dict)
    hidden_classes: list[str] = field(default_factory=list)
    hidden_ids: list[str] = field(default_factory=list)
    xray: bool = False
    isolated_storey: str | None = None
    section: dict[str, Any] | None = None
    highlights: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "camera": self.camera,
            "hidden_classes": list(self.hidden_classes),
            "hidden_ids": list(self.hidden_ids),
            "xray": self.xray,
            "isolated_storey": self.isolated_storey,
            "section": self.section,
            "highlights": {k: list(v) for k, v in self.highlights.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SceneState:
        return cls(
            camera=dict(data.get("camera") or {}),
            hidden_classes=list(data.get("hidden_classes") or []),
            hidden_ids=list(data.get("hidden_ids") or []),
            xray=bool(data.get("xray", False)),
            isolated_storey=data.get("isolated_storey"),
            section=data.get("section"),
            highlights={k: list(v) for k, v in (data.get("highlights") or {}).items()},
        )
