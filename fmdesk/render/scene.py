"""The 3D scene: a model's triangles as a few merged VTK meshes on any pyvista plotter.

VTK draws one big mesh far faster than thousands of small actors, so elements are merged by
(storey, IFC class, translucent?) into one mesh each, with a cell array ``element`` mapping
every triangle back to its element: that is how a pick becomes a GlobalId, how a highlight
finds an element's triangles and how a hidden system's cells are removed. Batches arrive
progressively while a model is meshed; each becomes a chunk of its groups, and chunks are
merged (:meth:`Scene.compact`) so the actor count stays small.

The scene never imports Qt: tests and ``fmdesk render`` pass ``pv.Plotter(off_screen=True)``,
the GUI passes its pyvistaqt ``QtInteractor`` (also a pyvista ``BasePlotter``). The scene
never calls ``render()`` itself; the caller decides when to redraw (the GUI paces it).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyvista as pv
from vtkmodules.vtkCommonDataModel import vtkPlane
from vtkmodules.vtkRenderingCore import vtkActor, vtkCellPicker, vtkPolyDataMapper

from fmdesk.bim.geometry import NO_STYLE_ALPHA, ElementRecord, MeshBatch, Storey
from fmdesk.render import views, walk
from fmdesk.render.palette import HIGHLIGHT_STYLES, HighlightStyle, colour_for, is_architecture
from fmdesk.render.scene_state import SceneState, Section

__all__ = ["DEFAULT_HIDDEN_CLASSES", "XRAY_OPACITY", "Scene", "SceneState", "Section"]

XRAY_OPACITY = 0.12
DEFAULT_HIDDEN_CLASSES = frozenset({"IfcSpace", "IfcOpeningElement"})
_TRANSLUCENT_BELOW = 242  # IFC transparency above ~5 % is drawn as glass
_MAX_CHUNKS = 16
_SMALL_CHUNK_TRIANGLES = 4_000
"""While loading, a group is merged early only when its chunks are many *and* small (a model
tessellated in file order scatters a group over many batches). Big chunks (a cached model
arrives group by group) are cheap to draw apart, and merging them took 80 ms in one turn."""

GroupKey = tuple[str, str, bool]


@dataclass
class _Chunk:
    points: np.ndarray
    triangles: np.ndarray
    style_rgba: np.ndarray
    elements: np.ndarray
    actor: vtkActor | None = None
    mesh: pv.PolyData | None = None
    cells: int = 0
    """Triangles in ``mesh`` (read without a call into VTK)."""
    key: GroupKey | None = None


@dataclass
class _Group:
    key: GroupKey
    chunks: list[_Chunk] = field(default_factory=list)

    @property
    def storey_id(self) -> str:
        return self.key[0]

    @property
    def ifc_class(self) -> str:
        return self.key[1]

    @property
    def translucent(self) -> bool:
        return self.key[2]


class Scene:
    """A model's geometry on a pyvista plotter, with picking, highlighting and visibility.

    Example::

        plotter = pv.Plotter(off_screen=True)
        scene = Scene(plotter)
        for batch in tessellate("building.ifc"):
            scene.add_batch(batch)
        scene.compact()
        scene.highlight(["2O2Fr$t4X7Zf8NOew3FLOH"], "selection")
        scene.set_view("iso")
        plotter.screenshot("shot.png")
    """

    def __init__(
        self,
        plotter: Any,
        *,
        colour_mode: str = "style",
        hidden_classes: Iterable[str] = DEFAULT_HIDDEN_CLASSES,
        background: str = "white",
        defer_merges: bool = False,
    ) -> None:
        if colour_mode not in ("style", "class"):
            raise ValueError("colour_mode is 'style' or 'class'")
        self.plotter = plotter
        self.colour_mode = colour_mode
        self.records: list[ElementRecord] = []
        self.storeys: list[Storey] = []
        self._index: dict[str, int] = {}
        self._palette = np.zeros((0, 3), np.uint8)
        self._hidden = np.zeros(0, bool)
        self._groups: dict[GroupKey, _Group] = {}
        self.defer_merges = defer_merges
        """Leave groups that reach ``_MAX_CHUNKS`` chunks to :meth:`merge_crowded` instead of
        merging them inside :meth:`add_batch` (the GUI merges them in a turn of their own)."""
        self._crowded: set[GroupKey] = set()
        self._merge_s_per_triangle = 1e-6
        self.revision = 0
        """Counts changes to actors already shown (visibility, opacity, colours, section):
        a frame drawn in slices must start over when it changes. Adding actors does not count:
        a model still loading adds them all the time."""
        self._actor_chunks: dict[Any, _Chunk] = {}
        self._element_ranges: list[tuple[MeshBatch, int]] = []
        self._hidden_classes: set[str] = set(hidden_classes)
        self._isolated: str | None = None
        self._xray = False
        self._section: Section | None = None
        self._highlights: dict[str, list[int]] = {}
        self._highlight_actors: dict[str, vtkActor] = {}
        self._picker = vtkCellPicker()
        self._picker.SetTolerance(0.0005)
        if background:
            plotter.set_background(background)

    # ------------------------------------------------------------------ loading
    def add_batch(self, batch: MeshBatch) -> int:
        """Add a batch of element meshes (progressively while loading); returns elements added.

        Elements already in the scene (same GlobalId) are skipped, so re-adding is harmless.
        """
        if batch.storeys and not self.storeys:
            self.storeys = list(batch.storeys)
        if not len(batch):
            return 0
        new_local = [i for i, r in enumerate(batch.elements) if r.global_id not in self._index]
        if not new_local:
            return 0
        if len(new_local) != len(batch):
            batch = _subset(batch, new_local)
        base = len(self.records)
        self.records.extend(batch.elements)
        for offset, record in enumerate(batch.elements):
            self._index[record.global_id] = base + offset
            self._element_ranges.append((batch, offset))
        palette = np.asarray(
            [colour_for(r.ifc_class, r.kind, r.name) for r in batch.elements], np.uint8
        ).reshape(-1, 3)
        self._palette = np.concatenate([self._palette, palette])
        self._hidden = np.concatenate([self._hidden, np.zeros(len(batch), bool)])
        self._add_chunks(batch, base)
        return len(batch)

    def set_geometry(self, geometry: MeshBatch) -> None:
        """Show a whole model at once (e.g. from the cache): add it and merge."""
        self.add_batch(geometry)
        self.compact()

    def compact(self, budget_s: float | None = None) -> bool:
        """Merge each group's chunks into one mesh (call when loading finishes); True when done.

        With ``budget_s`` it stops once that much time is spent and returns False: merging a
        100,000-element model takes about 0.2 s, so the GUI merges a little per event-loop turn
        and calls again until it returns True.
        """
        start = time.perf_counter()
        merged = 0
        for group in self._groups.values():
            if len(group.chunks) > 1:
                spent = time.perf_counter() - start
                if budget_s is not None and merged and spent + self._merge_s(group) > budget_s:
                    return False
                self._merge_chunks(group)
                merged += 1
        self._crowded.clear()
        return True

    def _merge_s(self, group: _Group) -> float:
        """Expected time to merge ``group``, from the merges so far (one big group took as
        long as a hundred small ones)."""
        return self._merge_s_per_triangle * sum(len(c.triangles) for c in group.chunks)

    @property
    def crowded(self) -> bool:
        """Whether some group has many chunks waiting for :meth:`merge_crowded`."""
        return bool(self._crowded)

    def merge_crowded(self, budget_s: float) -> bool:
        """Merge the groups grown to many chunks while loading (with ``defer_merges``), until
        ``budget_s`` is spent; True when none is left. Keeps the actor count, and with it the
        cost of every frame, bounded while a big model streams in."""
        start = time.perf_counter()
        merged = 0
        while self._crowded:
            key = next(iter(self._crowded))
            group = self._groups.get(key)
            if group is None or len(group.chunks) <= 1:
                self._crowded.discard(key)
                continue
            spent = time.perf_counter() - start
            if merged and spent + self._merge_s(group) > budget_s:
                return False
            self._crowded.discard(key)
            self._merge_chunks(group)
            merged += 1
        return True

    @property
    def compacted(self) -> bool:
        """Whether every group is one mesh (no merge left for :meth:`compact`)."""
        return all(len(g.chunks) <= 1 for g in self._groups.values())

    def clear(self) -> None:
        """Remove every actor this scene added (the plotter stays usable)."""
        for group in self._groups.values():
            for chunk in group.chunks:
                self._remove_actor(chunk.actor)
        for actor in self._highlight_actors.values():
            self._remove_actor(actor)
        revision = self.revision
        self.__init__(  # type: ignore[misc]
            self.plotter,
            colour_mode=self.colour_mode,
            hidden_classes=self._hidden_classes,
            background="",
            defer_merges=self.defer_merges,
        )
        self.revision = revision + 1

    # ------------------------------------------------------------------ lookups
    @property
    def element_count(self) -> int:
        return len(self.records)

    @property
    def actor_count(self) -> int:
        """Number of VTK actors for model geometry (not highlights)."""
        return sum(len(g.chunks) for g in self._groups.values())

    @property
    def classes(self) -> list[str]:
        """IFC classes present, sorted (for a class visibility list)."""
        return sorted({r.ifc_class for r in self.records})

    def record(self, global_id: str) -> ElementRecord | None:
        index = self._index.get(global_id)
        return self.records[index] if index is not None else None

    def unknown_ids(self, global_ids: Iterable[str]) -> list[str]:
        """The ids not in the scene (to report unknown GUIDs)."""
        return [g for g in global_ids if g not in self._index]

    def storey(self, key: str) -> Storey | None:
        """A storey by GlobalId or by name (case-insensitive), or None."""
        for storey in self.storeys:
            if key in (storey.global_id, storey.name):
                return storey
        lowered = key.casefold()
        return next((s for s in self.storeys if s.name.casefold() == lowered), None)

    def element_at_cell(self, actor: Any, cell_id: int) -> str | None:
        """The GlobalId owning cell ``cell_id`` of ``actor`` (for callers with their own picker)."""
        chunk = self._actor_chunks.get(_actor_key(actor))
        if chunk is None or chunk.mesh is None or not 0 <= cell_id < chunk.mesh.n_cells:
            return None
        return self.records[int(chunk.mesh.cell_data["element"][cell_id])].global_id

    def pick(self, x: float, y: float) -> str | None:
        """The GlobalId of the visible element under display pixel (x, y), or None.

        (x, y) are VTK display coordinates: origin bottom-left, in render-window pixels.
        """
        renderer = self.plotter.renderer
        self._picker.InitializePickList()
        actors = [
            chunk.actor
            for group in self._groups.values()
            for chunk in group.chunks
            if chunk.actor is not None and chunk.actor.GetVisibility()
        ]
        if not actors:
            return None
        for actor in actors:
            self._picker.AddPickList(actor)
        self._picker.PickFromListOn()
        if not self._picker.Pick(x, y, 0, renderer):
            return None
        return self.element_at_cell(self._picker.GetActor(), self._picker.GetCellId())

    def bounds(self, global_ids: Iterable[str] | None = None) -> tuple[float, ...] | None:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the given elements, else of the visible scene
        (clamped to the section box when one is set)."""
        if global_ids is not None:
            points = [self._element_points(self._index[g]) for g in global_ids if g in self._index]
            points = [p for p in points if len(p)]
            if not points:
                return None
            stacked = np.concatenate(points)
            lo, hi = stacked.min(axis=0), stacked.max(axis=0)
            return (
                float(lo[0]),
                float(hi[0]),
                float(lo[1]),
                float(hi[1]),
                float(lo[2]),
                float(hi[2]),
            )
        boxes = [
            chunk.mesh.bounds
            for group in self._groups.values()
            for chunk in group.chunks
            if chunk.actor is not None and chunk.actor.GetVisibility() and chunk.mesh.n_cells
        ]
        if not boxes:
            return None
        arr = np.asarray(boxes, float)
        lo = arr[:, 0::2].min(axis=0)
        hi = arr[:, 1::2].max(axis=0)
        if self._section is not None and self._section.bounds is not None:
            box = np.asarray(self._section.bounds, float)  # frame what the section box keeps
            lo, hi = np.maximum(lo, box[0::2]), np.minimum(hi, box[1::2])
            if np.any(lo > hi):
                return None
        return (
            float(lo[0]),
            float(hi[0]),
            float(lo[1]),
            float(hi[1]),
            float(lo[2]),
            float(hi[2]),
        )

    # ------------------------------------------------------------------ highlight
    def highlight(self, global_ids: Iterable[str], style: str = "selection") -> list[str]:
        """Draw ``global_ids`` in the named style (replacing that style's previous set).

        Highlights are drawn on top of the model, opaque even in x-ray, and regardless of class
        visibility (a highlighted space shows though spaces are hidden). Returns the ids that
        are not in the scene. Styles: ``selection``, ``path``, ``operate``, ``affected``,
        ``source`` (see :data:`fmdesk.render.palette.HIGHLIGHT_STYLES`).
        """
        if style not in HIGHLIGHT_STYLES:
            raise ValueError(f"unknown highlight style {style!r}; use one of {HIGHLIGHT_STYLES}")
        ids = list(dict.fromkeys(global_ids))
        unknown = [g for g in ids if g not in self._index]
        indices = [self._index[g] for g in ids if g in self._index]
        self._highlights[style] = indices
        self._rebuild_highlight(style)
        return unknown

    def clear_highlight(self, style: str | None = None) -> None:
        """Remove one style's highlight, or all of them."""
        for name in [style] if style else list(self._highlights):
            self._highlights.pop(name, None)
            self._remove_actor(self._highlight_actors.pop(name, None))

    def highlighted(self, style: str = "selection") -> list[str]:
        return [self.records[i].global_id for i in self._highlights.get(style, [])]

    def highlight_actor(self, style: str) -> vtkActor | None:
        """The actor drawing one highlight style (tests and the GUI's legends use it)."""
        return self._highlight_actors.get(style)

    # ------------------------------------------------------------------ visibility
    def set_class_visible(self, ifc_class: str, visible: bool) -> None:
        """Show or hide every element of an IFC class."""
        if visible:
            self._hidden_classes.discard(ifc_class)
        else:
            self._hidden_classes.add(ifc_class)
        self._update_visibility()

    @property
    def hidden_classes(self) -> set[str]:
        return set(self._hidden_classes)

    def hide_elements(self, global_ids: Iterable[str]) -> list[str]:
        """Hide individual elements (e.g. a system's members); returns unknown ids."""
        return self._set_hidden(global_ids, True)

    def show_elements(self, global_ids: Iterable[str] | None = None) -> list[str]:
        """Show hidden elements again (all of them when ``global_ids`` is None)."""
        if global_ids is None:
            changed = np.flatnonzero(self._hidden)
            self._hidden[:] = False
            self._refresh_cells(changed)
            return []
        return self._set_hidden(global_ids, False)

    def show_only_elements(self, global_ids: Iterable[str]) -> list[str]:
        """Hide every element except these (e.g. "show only this system")."""
        keep = np.zeros(len(self.records), bool)
        ids = list(global_ids)
        for g in ids:
            if g in self._index:
                keep[self._index[g]] = True
        before = self._hidden.copy()
        self._hidden = ~keep
        self._refresh_cells(np.flatnonzero(before != self._hidden))
        return self.unknown_ids(ids)

    @property
    def hidden_ids(self) -> list[str]:
        return [self.records[i].global_id for i in np.flatnonzero(self._hidden)]

    def is_element_visible(self, global_id: str) -> bool:
        """Whether the element is drawn (class, storey isolation and element hiding)."""
        index = self._index.get(global_id)
        if index is None or self._hidden[index]:
            return False
        record = self.records[index]
        return self._group_visible_for(record.storey_id, record.ifc_class)

    def isolate_storey(self, storey: str | None) -> None:
        """Show only one storey (by GlobalId or name); None shows every storey again."""
        if storey is None:
            self._isolated = None
        else:
            found = self.storey(storey)
            if found is None:
                raise KeyError(storey)
            self._isolated = found.global_id
        self._update_visibility()

    @property
    def isolated_storey(self) -> str | None:
        return self._isolated

    def set_xray(self, enabled: bool) -> None:
        """X-ray: architecture transparent, MEP and equipment opaque."""
        self._xray = bool(enabled)
        self.revision += 1
        for group in self._groups.values():
            for chunk in group.chunks:
                self._apply_opacity(group, chunk.actor)

    @property
    def xray(self) -> bool:
        return self._xray

    def set_colour_mode(self, mode: str) -> None:
        """``style``: IFC surface styles where present, palette otherwise; ``class``: palette."""
        if mode not in ("style", "class"):
            raise ValueError("colour_mode is 'style' or 'class'")
        self.colour_mode = mode
        self.revision += 1
        for group in self._groups.values():
            for chunk in group.chunks:
                self._update_chunk_mesh(group, chunk)

    # ------------------------------------------------------------------ section
    def set_section_plane(self, origin: Sequence[float], normal: Sequence[float]) -> None:
        """Cut the model with a plane; the side the normal points to is kept."""
        self.set_section(Section(tuple(map(float, origin)), tuple(map(float, normal))))

    def set_section_box(self, bounds: Sequence[float]) -> None:
        """Keep only what is inside (xmin, xmax, ymin, ymax, zmin, zmax)."""
        if len(bounds) != 6:
            raise ValueError("a section box needs six numbers")
        self.set_section(Section(bounds=tuple(float(b) for b in bounds)))  # type: ignore[arg-type]

    def set_section(self, section: Section | None) -> None:
        self._section = section
        self.revision += 1
        for actor in self._all_actors():
            self._apply_section(actor)

    def clear_section(self) -> None:
        self.set_section(None)

    @property
    def section(self) -> Section | None:
        return self._section

    # ------------------------------------------------------------------ camera
    def fit_all(self) -> None:
        """Frame everything visible."""
        bounds = self.bounds()
        if bounds is not None:
            views.fit_bounds(self.plotter, bounds)

    def fit_elements(self, global_ids: Iterable[str]) -> bool:
        """Frame the given elements; False when none of them is in the scene."""
        bounds = self.bounds(list(global_ids))
        if bounds is None:
            return False
        views.fit_bounds(self.plotter, bounds)
        return True

    def set_view(self, name: str) -> None:
        """Standard view ``iso``, ``top``, ``bottom``, ``front``, ``back``, ``left``, ``right``."""
        views.set_standard_view(self.plotter, name, self.bounds())

    def apply_walk_pose(self, pose: walk.WalkPose, view_angle: float = 60.0) -> None:
        """Put the camera at a first-person walk pose (see :mod:`fmdesk.render.walk`)."""
        position, focal, up = walk.camera_of(pose)
        camera = self.plotter.renderer.GetActiveCamera()
        camera.SetParallelProjection(False)
        camera.SetPosition(*position)
        camera.SetFocalPoint(*focal)
        camera.SetViewUp(*up)
        camera.SetViewAngle(view_angle)
        self.plotter.renderer.ResetCameraClippingRange()
        views.mark_camera_set(self.plotter)

    def walk_pose_from_camera(self, speed: float = 1.4) -> walk.WalkPose:
        """Enter walk mode where the camera is now, standing on the storey below it."""
        camera = self.plotter.renderer.GetActiveCamera()
        return walk.pose_from_camera(
            camera.GetPosition(), camera.GetFocalPoint(), self.storeys, speed=speed
        )

    # ------------------------------------------------------------------ state
    def capture_state(self) -> SceneState:
        """The current camera, visibility, x-ray, section and highlights, as plain data."""
        return SceneState(
            camera=views.capture_camera(self.plotter),
            hidden_classes=sorted(self._hidden_classes),
            hidden_ids=self.hidden_ids,
            xray=self._xray,
            isolated_storey=self._isolated,
            section=self._section.as_dict() if self._section else None,
            highlights={style: self.highlighted(style) for style in self._highlights},
        )

    def apply_state(self, state: SceneState) -> None:
        """Restore a captured state (unknown ids in it are ignored: the model may have changed)."""
        self._hidden_classes = set(state.hidden_classes)
        self._isolated = state.isolated_storey if self.storey(state.isolated_storey or "") else None
        self.show_elements()
        self.hide_elements(state.hidden_ids)
        self._update_visibility()
        self.set_xray(state.xray)
        self.set_section(Section.from_dict(state.section))
        self.clear_highlight()
        for style, ids in state.highlights.items():
            if style in HIGHLIGHT_STYLES:
                self.highlight(ids, style)
        if state.camera:
            views.apply_camera(self.plotter, state.camera)

    # ================================================================== internals
    def _add_chunks(self, batch: MeshBatch, base: int) -> None:
        triangle_element = batch.triangle_elements()
        records = batch.elements
        keys: dict[tuple[str, str], int] = {}
        element_code = np.asarray(
            [keys.setdefault((r.storey_id, r.ifc_class), len(keys)) for r in records], np.int64
        )
        colours = np.asarray(batch.colours)
        alpha = colours[:, 3]
        translucent = (alpha != NO_STYLE_ALPHA) & (alpha < _TRANSLUCENT_BELOW)
        code = element_code[triangle_element] * 2 + translucent
        order = np.argsort(code, kind="stable")
        sorted_code = code[order]
        starts = np.flatnonzero(np.r_[True, sorted_code[1:] != sorted_code[:-1]])
        ends = np.r_[starts[1:], len(sorted_code)]
        key_list = list(keys)
        vertices = np.asarray(batch.vertices)
        triangles = np.asarray(batch.triangles)
        for start, end in zip(starts, ends, strict=True):
            selection = order[start:end]
            pair = key_list[int(sorted_code[start]) // 2]
            group_key: GroupKey = (pair[0], pair[1], bool(sorted_code[start] % 2))
            chunk_tris = triangles[selection]
            points, local_tris = _compact_vertices(vertices, chunk_tris)
            chunk = _Chunk(
                points=points,
                triangles=local_tris,
                style_rgba=colours[selection],
                elements=(triangle_element[selection] + base).astype(np.int32),
            )
            group = self._groups.get(group_key)
            if group is None:
                group = self._groups[group_key] = _Group(group_key)
            group.chunks.append(chunk)
            self._create_actor(group, chunk)
            if len(group.chunks) >= _MAX_CHUNKS:
                if not self.defer_merges:
                    self._merge_chunks(group)
                elif _mostly_small(group.chunks):
                    self._crowded.add(group_key)

    def _merge_chunks(self, group: _Group) -> None:
        start = time.perf_counter()
        chunks = group.chunks
        offsets = np.cumsum([0, *[len(c.points) for c in chunks]])
        merged = _Chunk(
            points=np.concatenate([c.points for c in chunks]),
            triangles=np.concatenate(
                [c.triangles + np.int32(o) for c, o in zip(chunks, offsets, strict=False)]
            ),
            style_rgba=np.concatenate([c.style_rgba for c in chunks]),
            elements=np.concatenate([c.elements for c in chunks]),
        )
        for chunk in chunks:
            self._remove_actor(chunk.actor)
            self._actor_chunks.pop(_actor_key(chunk.actor), None)
        group.chunks = [merged]
        self._create_actor(group, merged)
        if len(merged.triangles):
            rate = (time.perf_counter() - start) / len(merged.triangles)
            self._merge_s_per_triangle += 0.5 * (rate - self._merge_s_per_triangle)

    def _display_rgba(self, chunk: _Chunk) -> np.ndarray:
        palette = self._palette[chunk.elements]
        rgba = np.empty((len(chunk.elements), 4), np.uint8)
        rgba[:, 3] = 255
        if self.colour_mode == "class":
            rgba[:, :3] = palette
            return rgba
        styled = chunk.style_rgba[:, 3] != NO_STYLE_ALPHA
        rgba[:, :3] = np.where(styled[:, None], chunk.style_rgba[:, :3], palette)
        rgba[:, 3] = np.where(styled, chunk.style_rgba[:, 3], 255)
        return rgba

    def _build_mesh(self, chunk: _Chunk) -> pv.PolyData:
        visible = ~self._hidden[chunk.elements]
        if not visible.any():
            return pv.PolyData()
        triangles = chunk.triangles if visible.all() else chunk.triangles[visible]
        mesh = pv.PolyData.from_regular_faces(chunk.points, triangles)
        mesh.cell_data["element"] = chunk.elements if visible.all() else chunk.elements[visible]
        rgba = self._display_rgba(chunk)
        mesh.cell_data["rgba"] = rgba if visible.all() else rgba[visible]
        mesh.cell_data.active_scalars_name = "rgba"
        return mesh

    def _create_actor(self, group: _Group, chunk: _Chunk) -> None:
        chunk.key = group.key
        chunk.mesh = self._build_mesh(chunk)
        chunk.cells = chunk.mesh.n_cells
        actor = _model_actor(chunk.mesh)
        chunk.actor = actor
        self._actor_chunks[_actor_key(actor)] = chunk
        self._apply_opacity(group, actor)
        self._apply_section(actor)
        actor.SetVisibility(self._group_visible(group) and chunk.mesh.n_cells > 0)
        self.plotter.add_actor(actor, reset_camera=False, render=False, pickable=True)

    def _update_chunk_mesh(self, group: _Group, chunk: _Chunk) -> None:
        chunk.mesh = self._build_mesh(chunk)
        chunk.cells = chunk.mesh.n_cells
        if chunk.actor is not None:
            chunk.actor.GetMapper().SetInputData(chunk.mesh)
            chunk.actor.SetVisibility(self._group_visible(group) and chunk.mesh.n_cells > 0)

    def _group_visible(self, group: _Group) -> bool:
        return self._group_visible_for(group.storey_id, group.ifc_class)

    def _group_visible_for(self, storey_id: str, ifc_class: str) -> bool:
        if ifc_class in self._hidden_classes:
            return False
        return self._isolated is None or storey_id == self._isolated

    def _update_visibility(self) -> None:
        self.revision += 1
        for group in self._groups.values():
            visible = self._group_visible(group)
            for chunk in group.chunks:
                if chunk.actor is not None:
                    chunk.actor.SetVisibility(visible and chunk.cells > 0)

    def _apply_opacity(self, group: _Group, actor: vtkActor | None) -> None:
        if actor is None:
            return
        xray_this = self._xray and is_architecture(group.ifc_class)
        actor.GetProperty().SetOpacity(XRAY_OPACITY if xray_this else 1.0)

    def _apply_section(self, actor: vtkActor | None) -> None:
        if actor is None:
            return
        mapper = actor.GetMapper()
        mapper.RemoveAllClippingPlanes()
        for origin, normal in self._section.planes() if self._section else []:
            plane = vtkPlane()
            plane.SetOrigin(*origin)
            plane.SetNormal(*normal)
            mapper.AddClippingPlane(plane)

    def _set_hidden(self, global_ids: Iterable[str], hidden: bool) -> list[str]:
        ids = list(global_ids)
        indices = np.asarray([self._index[g] for g in ids if g in self._index], np.int64)
        if len(indices):
            changed = indices[self._hidden[indices] != hidden]
            self._hidden[indices] = hidden
            self._refresh_cells(changed)
        return self.unknown_ids(ids)

    def _refresh_cells(self, changed: np.ndarray) -> None:
        if not len(changed):
            return
        self.revision += 1
        for group in self._groups.values():
            for chunk in group.chunks:
                if np.isin(chunk.elements, changed).any():
                    self._update_chunk_mesh(group, chunk)

    def _element_points(self, index: int) -> np.ndarray:
        batch, local = self._element_ranges[index]
        v0, v1 = int(batch.vertex_offsets[local]), int(batch.vertex_offsets[local + 1])
        return np.asarray(batch.vertices[v0:v1])

    def _rebuild_highlight(self, style_name: str) -> None:
        self.revision += 1
        self._remove_actor(self._highlight_actors.pop(style_name, None))
        indices = self._highlights.get(style_name) or []
        meshes = [self._element_ranges[i][0].mesh(self._element_ranges[i][1]) for i in indices]
        meshes = [m for m in meshes if len(m.triangles)]
        if not meshes:
            return
        offsets = np.cumsum([0, *[len(m.vertices) for m in meshes]])
        points = np.concatenate([m.vertices for m in meshes])
        triangles = np.concatenate(
            [m.triangles + np.int32(o) for m, o in zip(meshes, offsets, strict=False)]
        )
        mesh = pv.PolyData.from_regular_faces(points, triangles.astype(np.int32))
        style: HighlightStyle = HIGHLIGHT_STYLES[style_name]
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(mesh)
        mapper.ScalarVisibilityOff()
        shift = -4.0 - 2.0 * style.order  # pull toward the viewer so it wins depth ties
        mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(shift, shift)
        actor = vtkActor()
        actor.SetMapper(mapper)
        prop = actor.GetProperty()
        prop.SetColor(*(c / 255.0 for c in style.colour))
        prop.SetOpacity(style.opacity)
        prop.SetAmbient(0.45)
        prop.SetDiffuse(0.7)
        actor.SetPickable(False)
        self._apply_section(actor)
        self._highlight_actors[style_name] = actor
        self.plotter.add_actor(actor, reset_camera=False, render=False, pickable=False)

    def draw_order(self) -> list[vtkActor]:
        """Model actors, most telling first: building fabric, then MEP, translucent last.

        Progressive rendering (:mod:`fmdesk.render.progressive`) draws them in this order, so a
        frame cut short by an orbiting user still shows the building's shell.
        """
        groups = sorted(
            self._groups.values(),
            key=lambda g: (g.translucent, not is_architecture(g.ifc_class)),
        )  # a stable sort: storeys keep their order within each rank
        return [c.actor for g in groups for c in g.chunks if c.actor is not None]

    def cell_count(self, actor: vtkActor) -> int:
        """Triangles drawn by one of :meth:`draw_order`'s actors (0 for an unknown one)."""
        chunk = self._actor_chunks.get(_actor_key(actor))
        return chunk.cells if chunk is not None else 0

    def is_translucent(self, actor: vtkActor) -> bool:
        """Whether one of :meth:`draw_order`'s actors is drawn see-through (glass, x-ray):
        any such actor adds the translucent passes to a render."""
        chunk = self._actor_chunks.get(_actor_key(actor))
        if chunk is None or chunk.key is None:
            return False
        _, ifc_class, translucent = chunk.key
        return translucent or (self._xray and is_architecture(ifc_class))

    def is_shell(self, actor: vtkActor) -> bool:
        """Whether one of :meth:`draw_order`'s actors is opaque building fabric (walls,
        slabs: few triangles covering much of the picture)."""
        chunk = self._actor_chunks.get(_actor_key(actor))
        if chunk is None or chunk.key is None:
            return False
        return is_architecture(chunk.key[1]) and not self.is_translucent(actor)

    def _all_actors(self) -> list[vtkActor]:
        actors = [c.actor for g in self._groups.values() for c in g.chunks if c.actor is not None]
        return actors + list(self._highlight_actors.values())

    def _remove_actor(self, actor: vtkActor | None) -> None:
        if actor is not None:
            self.plotter.remove_actor(actor, reset_camera=False, render=False)

    # test/diagnostic helpers ------------------------------------------------
    def group_actors(self) -> dict[GroupKey, list[vtkActor]]:
        """Actors per (storey_id, ifc_class, translucent) group."""
        return {
            key: [c.actor for c in g.chunks if c.actor is not None]
            for key, g in self._groups.items()
        }


def _actor_key(actor: Any) -> Any:
    """VTK's Python wrappers are unique per C++ object, so the wrapper itself is the key."""
    return actor


def _model_actor(mesh: pv.PolyData) -> vtkActor:
    """An actor drawing ``mesh`` in its per-triangle ``rgba`` colours, lit like the model."""
    mapper = vtkPolyDataMapper()
    mapper.SetInputData(mesh)
    mapper.SetScalarModeToUseCellFieldData()
    mapper.SelectColorArray("rgba")
    mapper.SetColorModeToDirectScalars()
    mapper.ScalarVisibilityOn()
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetAmbient(0.25)
    prop.SetDiffuse(0.8)
    return actor


def warm_up_actors() -> list[vtkActor]:
    """Two invisible actors (one degenerate triangle each) drawn like the model's, opaque and
    see-through. Drawn once when a window opens, they make the GL driver compile the shaders
    the model needs then, not in the middle of opening it: software OpenGL took 40-80 ms for
    that in the first frame of a model."""
    actors = []
    for alpha in (255, 128):
        mesh = pv.PolyData.from_regular_faces(
            np.zeros((3, 3), np.float32), np.asarray([[0, 1, 2]], np.int32)
        )
        mesh.cell_data["rgba"] = np.asarray([[200, 200, 200, alpha]], np.uint8)
        mesh.cell_data.active_scalars_name = "rgba"
        actor = _model_actor(mesh)
        actor.GetProperty().SetOpacity(1.0 if alpha == 255 else 0.5)
        actor.SetPickable(False)
        actors.append(actor)
    return actors


def _mostly_small(chunks: list[_Chunk]) -> bool:
    return sum(len(c.triangles) for c in chunks) < _SMALL_CHUNK_TRIANGLES * len(chunks)


def _compact_vertices(vertices: np.ndarray, triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Only the vertices the triangles use, and the triangles re-indexed to them.

    Sorting the group's own indices keeps this proportional to the group, not to the batch
    (a cached model arrives as one batch split into hundreds of groups).
    """
    used, inverse = np.unique(triangles.ravel(), return_inverse=True)
    points = np.ascontiguousarray(vertices[used], np.float32)
    return points, inverse.reshape(-1, 3).astype(np.int32)


def _subset(batch: MeshBatch, local: list[int]) -> MeshBatch:
    from fmdesk.bim.geometry import concat_batches

    parts = []
    for i in local:
        mesh = batch.mesh(i)
        parts.append(
            MeshBatch(
                elements=[mesh.record],
                vertices=mesh.vertices,
                triangles=mesh.triangles,
                colours=mesh.colours,
                vertex_offsets=np.asarray([0, len(mesh.vertices)], np.int64),
                triangle_offsets=np.asarray([0, len(mesh.triangles)], np.int64),
            )
        )
    return concat_batches(parts)
