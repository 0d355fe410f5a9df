"""What a view shows, as plain data: the section, and the whole state a viewpoint restores.

Kept apart from :mod:`fmdesk.render.scene` (which draws) so viewpoints, review issues (BCF) and
training tours can store, compare and exchange states without building a scene.

A review issue's viewpoint must keep *everything* the reviewer saw, and a BCF viewpoint from
another tool must come back out of fmdesk unchanged, so besides what the scene draws natively
(camera, hidden classes and elements, x-ray, storey, section, highlights) a state carries:

- ``visible_only``: "everything hidden except these" (a BCF viewpoint whose default visibility
  is false); None when the default is visible;
- ``colours``: BCF colouring, ``{"FF00FF00": [GlobalId, …]}`` (ARGB or RGB hex, as BCF writes);
- ``lines``: markup lines ``[[x0, y0, z0], [x1, y1, z1]]``; ``bitmaps``: BCF bitmaps (kept);
- ``extra``: what another tool stated that fmdesk does not draw (view-setup hints, component
  authoring ids, camera aspect ratio), kept so a re-export says it again.

Section planes may be several (BCF clipping planes), each kept side where its normal points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SceneState", "Section"]

Vec3 = tuple[float, float, float]


@dataclass(frozen=True)
class Section:
    """A section plane (``origin``, ``normal``: the kept side is where the normal points), a
    section box (``bounds`` = xmin, xmax, ymin, ymax, zmin, zmax: the inside is kept), or any
    number of planes (``cuts``: (origin, normal) pairs, e.g. from a BCF viewpoint)."""

    origin: Vec3 | None = None
    normal: Vec3 | None = None
    bounds: tuple[float, float, float, float, float, float] | None = None
    cuts: tuple[tuple[Vec3, Vec3], ...] = ()

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
        planes: list[tuple[tuple[float, ...], tuple[float, ...]]] = []
        if self.origin is not None and self.normal is not None:
            planes.append((tuple(self.origin), tuple(self.normal)))
        planes.extend((tuple(o), tuple(n)) for o, n in self.cuts)
        return planes

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"origin": self.origin, "normal": self.normal, "bounds": self.bounds}
        if self.cuts:
            data["cuts"] = [[list(o), list(n)] for o, n in self.cuts]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Section | None:
        if not data:
            return None

        def tup(value: Any) -> Any:
            return tuple(float(v) for v in value) if value is not None else None

        cuts = tuple((tup(o), tup(n)) for o, n in data.get("cuts") or ())
        section = cls(
            tup(data.get("origin")), tup(data.get("normal")), tup(data.get("bounds")), cuts
        )
        return section if section.planes() else None


@dataclass
class SceneState:
    """Everything a saved viewpoint restores: camera, visibility, x-ray, section, highlights,
    colouring and markup lines (see the module docstring for the BCF-only parts)."""

    camera: dict[str, Any] = field(default_factory=dict)
    hidden_classes: list[str] = field(default_factory=list)
    hidden_ids: list[str] = field(default_factory=list)
    xray: bool = False
    isolated_storey: str | None = None
    section: dict[str, Any] | None = None
    highlights: dict[str, list[str]] = field(default_factory=dict)
    visible_only: list[str] | None = None
    colours: dict[str, list[str]] = field(default_factory=dict)
    lines: list[list[list[float]]] = field(default_factory=list)
    bitmaps: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def selection(self) -> list[str]:
        """The selected elements (the ``selection`` highlight)."""
        return list(self.highlights.get("selection", []))

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "camera": self.camera,
            "hidden_classes": list(self.hidden_classes),
            "hidden_ids": list(self.hidden_ids),
            "xray": self.xray,
            "isolated_storey": self.isolated_storey,
            "section": self.section,
            "highlights": {k: list(v) for k, v in self.highlights.items()},
        }
        if self.visible_only is not None:
            data["visible_only"] = list(self.visible_only)
        for key in ("colours", "lines", "bitmaps", "extra"):
            value = getattr(self, key)
            if value:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SceneState:
        visible_only = data.get("visible_only")
        return cls(
            camera=dict(data.get("camera") or {}),
            hidden_classes=list(data.get("hidden_classes") or []),
            hidden_ids=list(data.get("hidden_ids") or []),
            xray=bool(data.get("xray", False)),
            isolated_storey=data.get("isolated_storey"),
            section=data.get("section"),
            highlights={k: list(v) for k, v in (data.get("highlights") or {}).items()},
            visible_only=list(visible_only) if visible_only is not None else None,
            colours={str(k): list(v) for k, v in (data.get("colours") or {}).items()},
            lines=[[list(map(float, p)) for p in line] for line in data.get("lines") or []],
            bitmaps=[dict(b) for b in data.get("bitmaps") or []],
            extra=dict(data.get("extra") or {}),
        )
