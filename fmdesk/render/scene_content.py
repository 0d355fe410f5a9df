"""What the scene holds: element records and the actors of every part, added as they stream in.

:class:`SceneContent` is the loading half of :class:`fmdesk.render.scene.Scene`: pieces of a
model (part chunks from :class:`fmdesk.bim.geometry_assembly.GeometryAssembler`, or a whole
cached :class:`GroupedGeometry`) become one actor per chunk; chunks of a part are merged later,
or replaced by the part's final block (:meth:`SceneContent.adopt_part`) so the meshes are never
held twice.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import numpy as np
from vtkmodules.vtkRenderingCore import vtkActor

from fmdesk.bim.geometry_assembly import (
    AssembledPiece,
    GroupedGeometry,
    PartChunk,
    PartKey,
    cut_batch,
    merge_chunks,
    numbered,
    palette_of,
)
from fmdesk.bim.geometry_types import ElementRecord, MeshBatch, Storey
from fmdesk.render.palette import colour_for, is_architecture
from fmdesk.render.scene_parts import (
    SceneChunk,
    SceneGroup,
    apply_clipping,
    build_mesh,
    cull_back_faces,
    model_actor,
)

__all__ = ["SceneContent"]

XRAY_OPACITY = 0.12
_NO_GROUP = SceneGroup(("", "", False, False))
_MAX_CHUNKS = 16
_SMALL_CHUNK_TRIANGLES = 4_000
"""While loading, a group is merged early only when its chunks are many *and* small (a model
tessellated in file order scatters a group over many batches). Big chunks (a cached model
arrives group by group) are cheap to draw apart, and merging them took 80 ms in one turn."""


class SceneContent:
    """Records and part actors on a pyvista plotter (see :class:`fmdesk.render.scene.Scene`)."""

    def __init__(self, plotter: Any, colour_mode: str, defer_merges: bool) -> None:
        if colour_mode not in ("style", "class"):
            raise ValueError("colour_mode is 'style' or 'class'")
        self.plotter = plotter
        self.colour_mode = colour_mode
        self.records: list[ElementRecord] = []
        self.storeys: list[Storey] = []
        self._index: dict[str, int] = {}
        self._palette = np.zeros(0, np.uint32)
        """Each element's class colour as one RGBA word (alpha 255), for fast gathers."""
        self._hidden = np.zeros(0, bool)
        self._groups: dict[PartKey, SceneGroup] = {}
        self.defer_merges = defer_merges
        """Leave groups that reach ``_MAX_CHUNKS`` chunks to :meth:`merge_crowded` instead of
        merging them inside :meth:`add_piece` (the GUI merges them in a turn of their own)."""
        self._crowded: set[PartKey] = set()
        self._merge_s_per_triangle = 1e-6
        self.revision = 0
        """Counts changes to actors already shown (visibility, opacity, colours, section):
        a frame drawn in slices must start over when it changes. Adding actors does not count:
        a model still loading adds them all the time."""
        self._actor_chunks: dict[Any, SceneChunk] = {}
        self._xray = False
        self._clipping: list[tuple[tuple, tuple]] = []
        self._adopting: GroupedGeometry | None = None
        self._adopt_next = 0

    # ------------------------------------------------------------------ adding
    def add_batch(self, batch: MeshBatch) -> int:
        """Add a batch of element meshes (progressively while loading); returns elements added.

        Elements already in the scene (same GlobalId) are skipped, so re-adding is harmless.
        """
        return self.add_piece(cut_batch(batch, self._index, len(self.records)))

    def add_piece(self, piece: AssembledPiece) -> int:
        """Add elements numbered from ``piece.base`` and their part chunks; returns elements
        added. Chunks of elements already here are added too (a part arriving in pieces)."""
        if piece.storeys and not self.storeys:
            self.storeys = list(piece.storeys)
        if piece.records:
            if piece.base != len(self.records):
                raise ValueError("pieces must be added in the order they were numbered")
            self._add_records(piece.records, piece.palette, piece.index)
        for part in piece.chunks:
            self._add_chunk(part)
        return len(piece.records)

    def set_geometry(self, geometry: MeshBatch | GroupedGeometry) -> None:
        """Show a whole model at once (e.g. from the cache): add it and merge."""
        if isinstance(geometry, GroupedGeometry):
            for piece in geometry.pieces(max_triangles=10**12):
                self.add_piece(piece)
        else:
            self.add_batch(geometry)
        self.compact()

    def _add_records(
        self,
        records: list[ElementRecord],
        palette: np.ndarray | None,
        numbers: dict[str, int] | None = None,
    ) -> None:
        base = len(self.records)
        self.records.extend(records)
        if numbers is not None and not base and not self._index:
            self._index = numbers  # built off the GUI thread (a whole cached model)
        else:
            self._index.update(numbered(records, base))
        if palette is None or len(palette) != len(records):
            palette = palette_of(records, colour_for)
        self._palette = np.concatenate([self._palette, _rgba_words(palette)])
        self._hidden = np.concatenate([self._hidden, np.zeros(len(records), bool)])

    def _add_chunk(self, part: PartChunk) -> None:
        group = self._groups.get(part.key)
        if group is None:
            group = self._groups[part.key] = SceneGroup(part.key)
        chunk = SceneChunk(part)
        group.chunks.append(chunk)
        self._create_actor(group, chunk)
        if len(group.chunks) >= _MAX_CHUNKS:
            if not self.defer_merges:
                self._merge_group(group)
            elif _mostly_small(group.chunks):
                self._crowded.add(part.key)

    def adopt(self, grouped: GroupedGeometry, budget_s: float | None = None) -> bool:
        """Swap every part's chunks for ``grouped``'s block (see :meth:`adopt_part`), a few
        parts per call within ``budget_s``; True when done. A ``grouped`` that does not number
        the elements as this scene does is ignored (True at once: merge instead)."""
        if self._adopting is not grouped:
            self._adopting, self._adopt_next = grouped, 0
            if not _same_numbering(grouped.records, self.records):
                self._adopting = None
                return True
        start = time.perf_counter()
        adopted = 0
        while self._adopt_next < len(grouped.parts):
            if budget_s is not None and adopted and time.perf_counter() - start > budget_s:
                return False
            self.adopt_part(grouped.chunk(self._adopt_next))
            self._adopt_next += 1
            adopted += 1
        self._adopting = None
        return True

    def adopt_part(self, part: PartChunk) -> None:
        """Replace a part's chunks by ``part``, the same triangles in one block (the final
        layout the cache just wrote, memory-mapped): the chunks' arrays can then go."""
        group = self._groups.get(part.key)
        if group is None:
            self._add_chunk(part)
            return
        for chunk in group.chunks:
            self._remove_chunk_actor(chunk)
        group.chunks = [SceneChunk(part)]
        self._create_actor(group, group.chunks[0])
        self._crowded.discard(part.key)

    # ------------------------------------------------------------------ merging
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
                self._merge_group(group)
                merged += 1
        self._crowded.clear()
        return True

    def _merge_s(self, group: SceneGroup) -> float:
        """Expected time to merge ``group``, from the merges so far (one big group took as
        long as a hundred small ones)."""
        return self._merge_s_per_triangle * sum(c.triangle_count for c in group.chunks)

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
            self._merge_group(group)
            merged += 1
        return True

    @property
    def compacted(self) -> bool:
        """Whether every group is one mesh (no merge left for :meth:`compact`)."""
        return all(len(g.chunks) <= 1 for g in self._groups.values())

    def _merge_group(self, group: SceneGroup) -> None:
        start = time.perf_counter()
        merged = merge_chunks([c.part for c in group.chunks])
        for chunk in group.chunks:
            self._remove_chunk_actor(chunk)
        group.chunks = [SceneChunk(merged)]
        self._create_actor(group, group.chunks[0])
        if len(merged.triangles):
            rate = (time.perf_counter() - start) / len(merged.triangles)
            self._merge_s_per_triangle += 0.5 * (rate - self._merge_s_per_triangle)

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

    def _chunks_of(self, indices: Iterable[int]) -> list[SceneChunk]:
        """The chunks of the parts holding these elements (their storey and class)."""
        pairs = {(self.records[i].storey_id, self.records[i].ifc_class) for i in indices}
        return [
            chunk
            for pair in pairs
            for translucent in (False, True)
            for closed in (False, True)
            for chunk in self._groups.get((*pair, translucent, closed), _NO_GROUP).chunks
        ]

    # ------------------------------------------------------------------ drawing order
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
        chunk = self._actor_chunks.get(actor)
        return chunk.cells if chunk is not None else 0

    def is_translucent(self, actor: vtkActor) -> bool:
        """Whether one of :meth:`draw_order`'s actors is drawn see-through (glass, x-ray):
        any such actor adds the translucent passes to a render."""
        chunk = self._actor_chunks.get(actor)
        if chunk is None:
            return False
        ifc_class, translucent = chunk.key[1], chunk.key[2]
        return translucent or (self._xray and is_architecture(ifc_class))

    def is_shell(self, actor: vtkActor) -> bool:
        """Whether one of :meth:`draw_order`'s actors is opaque building fabric (walls,
        slabs: few triangles covering much of the picture)."""
        chunk = self._actor_chunks.get(actor)
        if chunk is None:
            return False
        return is_architecture(chunk.key[1]) and not self.is_translucent(actor)

    def group_actors(self) -> dict[PartKey, list[vtkActor]]:
        """Actors per (storey_id, ifc_class, translucent, closed) group (tests, diagnostics)."""
        return {
            key: [c.actor for c in g.chunks if c.actor is not None]
            for key, g in self._groups.items()
        }

    # ------------------------------------------------------------------ actors
    def _create_actor(self, group: SceneGroup, chunk: SceneChunk) -> None:
        chunk.mesh, chunk.mesh_elements = build_mesh(
            chunk.part, self._hidden, self._palette, self.colour_mode
        )
        chunk.cells = len(chunk.mesh_elements)
        chunk.bounds = chunk.mesh.GetBounds() if chunk.cells else None
        actor = model_actor(chunk.mesh)
        chunk.actor = actor
        self._actor_chunks[actor] = chunk
        apply_clipping(actor, self._clipping)
        self._apply_opacity(group, actor)
        actor.SetVisibility(self._group_visible(group) and chunk.cells > 0)
        self.plotter.add_actor(actor, reset_camera=False, render=False, pickable=True)

    def _update_chunk_mesh(self, group: SceneGroup, chunk: SceneChunk) -> None:
        chunk.mesh, chunk.mesh_elements = build_mesh(
            chunk.part, self._hidden, self._palette, self.colour_mode
        )
        chunk.cells = len(chunk.mesh_elements)
        chunk.bounds = chunk.mesh.GetBounds() if chunk.cells else None
        if chunk.actor is not None:
            chunk.actor.GetMapper().SetInputData(chunk.mesh)
            chunk.actor.SetVisibility(self._group_visible(group) and chunk.cells > 0)

    def _remove_chunk_actor(self, chunk: SceneChunk) -> None:
        self._actor_chunks.pop(chunk.actor, None)
        self._remove_actor(chunk.actor)
        chunk.actor = chunk.mesh = chunk.mesh_elements = chunk.bounds = None

    def _remove_actor(self, actor: vtkActor | None) -> None:
        if actor is not None:
            self.plotter.remove_actor(actor, reset_camera=False, render=False)

    def _apply_opacity(self, group: SceneGroup, actor: vtkActor | None) -> None:
        if actor is None:
            return
        xray_this = self._xray and is_architecture(group.ifc_class)
        actor.GetProperty().SetOpacity(XRAY_OPACITY if xray_this else 1.0)
        self._apply_culling(group, actor)

    def _apply_culling(self, group: SceneGroup, actor: vtkActor | None) -> None:
        """Back faces are culled on closed, opaque, uncut parts only: see-through solids keep
        both faces (the x-ray look), and a section opens the solids."""
        see_through = group.translucent or (self._xray and is_architecture(group.ifc_class))
        cull_back_faces(actor, group.closed and not see_through and not self._clipping)

    def _group_visible(self, group: SceneGroup) -> bool:  # visibility rules: see Scene
        return True


def _rgba_words(rgb: np.ndarray) -> np.ndarray:
    """(n, 3) uint8 colours as (n,) uint32 RGBA words with alpha 255."""
    rgba = np.full((len(rgb), 4), 255, np.uint8)
    rgba[:, :3] = rgb
    return rgba.view(np.uint32).ravel()


def _same_numbering(theirs: list[ElementRecord], ours: list[ElementRecord]) -> bool:
    """Whether both lists number the same elements the same way (spot checks suffice: both
    were numbered from one stream)."""
    if len(theirs) != len(ours):
        return False
    step = max(1, len(ours) // 64)
    return all(theirs[i].global_id == ours[i].global_id for i in range(0, len(ours), step))


def _mostly_small(chunks: list[SceneChunk]) -> bool:
    return sum(c.triangle_count for c in chunks) < _SMALL_CHUNK_TRIANGLES * len(chunks)
