"""Guided tours as plain data: stops of saved views (camera, visibility, x-ray, section,
highlights — a :class:`~fmdesk.render.scene_state.SceneState`) with a title, a short text and an
optional photo or document from the archive.

A tour belongs to a model key (the project's GlobalId) and names elements only by GlobalId, so
a revised model plays the same tour; elements a revision removed are listed by
:func:`missing_elements` and skipped when a stop is shown.

Example::

    tour = Tour("泵房与管井", model_key, stops=[TourStop("地下一层水泵房", "生活水泵 B1/B2 …",
                                                   scene.capture_state())])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from fmdesk.render.scene_state import SceneState

__all__ = ["StopDocument", "Tour", "TourStop", "missing_elements", "referenced_elements"]


@dataclass(frozen=True)
class StopDocument:
    """A photo or document shown beside a stop: a document of the archive (``document_id``)
    or, in a tour file, the file's bytes (``data``)."""

    file_name: str
    title: str = ""
    mime_type: str = "application/octet-stream"
    document_id: int | None = None
    data: bytes | None = None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


@dataclass
class TourStop:
    """One stop of a tour."""

    title: str
    text: str = ""
    state: SceneState = field(default_factory=SceneState)
    document: StopDocument | None = None

    def focus_ids(self) -> list[str]:
        """The elements the stop is about: its highlighted elements, selection first."""
        ordered: dict[str, None] = {}
        for style in ("selection", "operate", "source", "path", "affected"):
            ordered.update(dict.fromkeys(self.state.highlights.get(style, ())))
        for ids in self.state.highlights.values():
            ordered.update(dict.fromkeys(ids))
        return list(ordered)

    def state_dict(self) -> dict[str, Any]:
        return self.state.as_dict()

    @classmethod
    def from_parts(
        cls,
        title: str,
        text: str,
        state: Mapping[str, Any] | SceneState | None,
        document: StopDocument | None = None,
    ) -> TourStop:
        scene = state if isinstance(state, SceneState) else SceneState.from_dict(state or {})
        return cls(title, text, scene, document)


@dataclass
class Tour:
    """A titled sequence of stops on one model."""

    title: str
    model_key: str
    stops: list[TourStop] = field(default_factory=list)
    model_name: str = ""
    summary: str = ""
    created_by: str = ""
    id: int | None = None

    def with_stops(self, stops: Iterable[TourStop]) -> Tour:
        return replace(self, stops=list(stops))


def referenced_elements(tour: Tour) -> list[str]:
    """Every GlobalId the tour's stops name (highlighted or hidden), in order, once."""
    found: dict[str, None] = {}
    for stop in tour.stops:
        found.update(dict.fromkeys(stop.focus_ids()))
        found.update(dict.fromkeys(stop.state.hidden_ids))
    return list(found)


def missing_elements(tour: Tour, known: Iterable[str] | Mapping[str, Any]) -> list[str]:
    """The GlobalIds the tour names that ``known`` (the current model's elements) lacks."""
    present = known if isinstance(known, Mapping) else set(known)
    return [gid for gid in referenced_elements(tour) if gid not in present]
