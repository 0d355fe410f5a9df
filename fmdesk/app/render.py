"""Use case: a picture of a model without a screen (reports, handover archives, servers).

Renders off-screen (EGL on a Linux server without ``DISPLAY``), from the tessellation cache when
the same file was opened before::

    shot = render_model(Path("building.ifc"), Path("shot.png"), RenderOptions(view="top"))
    shot.to_dict()["pixel_std"] > 0      # not a blank picture
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr

if TYPE_CHECKING:
    from fmdesk.bim.geometry import MeshBatch

__all__ = ["RenderOptions", "RenderedPicture", "render_model", "split_highlight"]


@dataclass(frozen=True)
class RenderOptions:
    """What the picture shows and how big it is."""

    view: str = "iso"
    storey: str | None = None
    highlight: Sequence[str] = ()
    size: tuple[int, int] = (1600, 1000)
    xray: bool = False
    colour: str = "style"
    use_cache: bool = True


@dataclass(frozen=True)
class RenderedPicture:
    """The PNG written and facts about it (``pixel_std`` 0 means a blank picture)."""

    facts: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.facts)


def render_model(
    model: Path,
    out: Path,
    options: RenderOptions = RenderOptions(),
    progress: Progress = NO_PROGRESS,
) -> RenderedPicture:
    """Mesh ``model`` (or read its cached meshes) and render it to ``out`` (PNG)."""
    started = time.perf_counter()
    geometry = _load_geometry(Path(model), options.use_cache, progress)
    storey = _storey_id(geometry, options.storey)
    highlight, ignored = split_highlight(geometry, list(options.highlight))
    if not len(geometry):
        raise UserError(_t("{name} has no 3D geometry to render.", name=Path(model).name))
    from fmdesk.render.offscreen import prepare_offscreen, render_png

    prepare_offscreen()  # before the first plotter: EGL when there is no display
    try:
        facts = render_png(
            geometry,
            out,
            view=options.view,
            storey=storey,
            highlight=highlight,
            size=options.size,
            xray=options.xray,
            colour_mode=options.colour,
        )
    except OSError as error:
        raise UserError(
            _t("Cannot write {out}: {reason}.", out=out, reason=error.strerror or error)
        ) from error
    warnings = (
        [
            tr(
                "--highlight: {ids} have no geometry to draw (a storey, a system, a space "
                "without a body, or not in the model); ignored.",
                ids=ignored,
            )
        ]
        if ignored
        else []
    )
    facts.update(
        view=options.view,
        storey=options.storey,
        highlighted=highlight,
        ignored_highlight=ignored,
        warnings=warnings,
        element_count=len(geometry),
        failure_count=len(geometry.failures),
        from_cache=geometry.from_cache,
        seconds=round(time.perf_counter() - started, 3),
    )
    return RenderedPicture(facts)


def _load_geometry(path: Path, use_cache: bool, progress: Progress) -> MeshBatch:
    from fmdesk.bim.geometry import load_geometry, open_ifc

    if not path.is_file():
        open_ifc(path)  # raises the reader's one-sentence error for a missing path
    try:
        return load_geometry(path, use_cache=use_cache, cancel=lambda: progress.cancelled)
    except UserError:
        raise
    except Exception as error:  # never show a raw ifcopenshell error
        raise UserError(
            _t(
                "Could not mesh {name}: {error}; check the file in another viewer.",
                name=path.name,
                error=error,
            )
        ) from error


def _storey_id(geometry: MeshBatch, name: str | None) -> str | None:
    """The GlobalId of the storey called ``name`` (or given by GlobalId); None for all."""
    if not name:
        return None
    for storey in geometry.storeys:
        if name in (storey.name, storey.global_id) or storey.name.casefold() == name.casefold():
            return storey.global_id
    known = ", ".join(s.name for s in geometry.storeys) or "none"
    raise UserError(
        _t("Unknown storey {name!r}; the model's storeys are: {known}.", name=name, known=known)
    )


def split_highlight(geometry: MeshBatch, ids: list[str]) -> tuple[list[str], list[str]]:
    """``(ids drawn, ids ignored)``: a GlobalId without geometry (a storey, a system, an
    unknown id) is ignored with a warning instead of failing the picture."""
    known = {e.global_id for e in geometry.elements}
    return [g for g in ids if g in known], [g for g in ids if g not in known]
