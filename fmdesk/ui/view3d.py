"""The 3D view: VTK's native-window interactor driven through the render core's :class:`Scene`.

Scene changes (batches, highlight, x-ray, visibility, cameras) are delegated to
:mod:`fmdesk.render`; this widget adds what only a GUI has: click-to-pick into the shared
selection, the element context menu, walk-mode keys and mouse look, and paced rendering while a
model streams in (at most one redraw per ``RENDER_INTERVAL_MS``, always on the GUI thread).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fmdesk.ui.pacing import PacedJob, TurnPacer
from fmdesk.ui.selection import SelectionModel
from fmdesk.ui.view_shortcuts import STANDARD_VIEWS  # noqa: F401 (menus import it there)
from fmdesk.ui.walk import WalkController

RENDER_INTERVAL_MS = 40
LOADING_RENDER_INTERVAL_MS = 1000
"""While a model streams in, redraw at most once a second: a software-rendered frame of a whole
building can take a few hundred milliseconds, and every one of them blocks the event loop."""
COMPACT_STEP_S = 0.015
"""Merging loaded chunks after loading: at most this long per event-loop turn."""
CLICK_TOLERANCE_PX = 4
PRESTART_AFTER_MS = 500
"""After the window's first paint, start a geometry process for the first open (its
interpreter and ifcopenshell then load while nobody waits: half a second off the first
picture)."""


class View3D(QWidget):
    """Central widget: the VTK view plus picking, context menu and walk mode."""

    context_menu_requested = Signal(object, QPoint)
    walk_mode_changed = Signal(bool)

    def __init__(
        self,
        selection: SelectionModel,
        parent: QWidget | None = None,
        pacer: TurnPacer | None = None,
    ) -> None:
        super().__init__(parent)
        from fmdesk.render.progressive import ProgressiveRender
        from fmdesk.render.scene import Scene
        from fmdesk.ui.vtk_native import create_interactor

        self._selection = selection
        self.interactor = create_interactor(self)
        self.interactor.setAcceptDrops(False)  # model files dropped here go to the main window
        self.interactor.enable_terrain_style(mouse_wheel_zooms=True)
        self.scene = Scene(self.interactor, defer_merges=True)
        self.progressive = ProgressiveRender(
            self.interactor.ren_win,
            self.interactor.renderer,
            self.scene.draw_order,
            on_pending=self._schedule_next_slice,
            on_rendered=self._on_rendered,
            cell_count=self.scene.cell_count,
            revision=lambda: self.scene.revision,
            translucent=self.scene.is_translucent,
            shell=self.scene.is_shell,
        )
        self.interactor.whole_frames = self.progressive.whole_frames  # window pictures
        self.pacer = pacer if pacer is not None else TurnPacer(self)
        """Loading work (batches, slices, merges) takes turns with the loader's feeding."""
        self._paint_wanted = False  # a paced paint: the first picture, a loading refresh
        self._slice_wanted = False  # the frame in progress has slices left
        self._compacting = False
        self._frame_pending = False  # merged: frame the whole model in a turn of its own
        self.pacer.add_job(PacedJob("draw", self._wants_paint, self._paint_paced, paints=True))
        self._warm_up = self._add_warm_up_actors()
        self.pacer.add_job(PacedJob("merge", self._wants_merge, self._merge_step))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.interactor)
        self.walk = WalkController(self.interactor, self)
        self.walk.left.connect(lambda: self.walk_mode_changed.emit(False))
        self.walk.moved.connect(self.request_render)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._on_render_timer)
        self._loading = False
        self._load_finished = False
        self._adopt: Any = None
        self.batch_times_ms: list[float] = []  # and how long adding each batch took
        self._press_pos: QPoint | None = None
        self._camera_touched = False
        self._fitted = False
        if hasattr(self.interactor, "input_filter"):  # the native view: no filter per paint
            self.interactor.input_filter = self._filter_input
        else:
            self.interactor.installEventFilter(self)
        selection.changed.connect(self._mirror_selection)

    # -- loading ---------------------------------------------------------------------------

    def set_model_info(self, loaded: Any) -> None:
        """A new model is being shown: start framing it from its first batch (unless its
        picture came first, from the cache: the model is read behind the picture)."""
        if not self.scene.element_count and not self._load_finished:
            self._begin_loading()

    def _begin_loading(self) -> None:
        self._camera_touched = False
        self._fitted = False
        self._loading = True
        self._adopt = None
        self._render_timer.setInterval(LOADING_RENDER_INTERVAL_MS)

    def add_batch(self, batch: Any) -> None:
        """Add one piece of the model (part chunks, or a mesh batch; cheap: the redraw is
        deferred and coalesced). :class:`~fmdesk.ui.geometry_process.AdoptParts` is kept for
        the end of the load, when it replaces merging."""
        from fmdesk.bim.geometry_assembly import AssembledPiece
        from fmdesk.ui.geometry_process import AdoptParts

        if isinstance(batch, AdoptParts):
            self._adopt = batch.geometry
            return
        if not self._loading and not self._load_finished and not self.scene.element_count:
            self._begin_loading()
        start = time.perf_counter()
        if isinstance(batch, AssembledPiece):
            self.scene.add_piece(batch)
        else:
            self.scene.add_batch(batch)
        self.batch_times_ms.append((time.perf_counter() - start) * 1000.0)
        if not self._fitted and self.scene.element_count:
            self.scene.set_view("iso")
            self._fitted = True
            self._want_paint()  # the first picture, in a turn of its own
        else:
            self.request_render()

    def finish_loading(self) -> None:
        """Merge the loaded chunks into few actors and frame the model once more."""
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._loading = False
        self._load_finished = True
        self._mirror_selection(self._selection.ids, "load")
        self._render_timer.stop()
        self._compacting = True
        self.pacer.wake()

    def is_settled(self) -> bool:
        """Whether loaded chunks are all merged and the model framed (the view keeps working
        after loading ends)."""
        return self.scene.compacted and not self._compacting and not self._frame_pending

    def is_drawn(self) -> bool:
        """Settled, and its last frame drawn to the end (no slice or render still due)."""
        return self.is_settled() and not self.progressive.pending and not self.render_pending()

    def _wants_merge(self) -> bool:
        return self._compacting or self._frame_pending or self.scene.crowded

    def _merge_step(self) -> None:
        """While loading, merge groups grown to many chunks; once loaded, merge all chunks a
        few groups per turn and then, in a turn of its own, frame the model and ask for a
        picture.

        No redraw meanwhile: each merge changes actors, so a frame started in between would be
        thrown away.
        """
        if not self._compacting and not self._frame_pending:  # still loading
            self.scene.merge_crowded(budget_s=COMPACT_STEP_S)
            return
        self._render_timer.stop()
        self.progressive.restart()
        self._slice_wanted = False
        if self._compacting:
            if self._adopt is not None:  # the cache's blocks replace the chunks: no merging
                if not self.scene.adopt(self._adopt, budget_s=COMPACT_STEP_S):
                    return
                self._adopt = None
            self._compacting = not self.scene.compact(budget_s=COMPACT_STEP_S)
            self._frame_pending = not self._compacting
            return
        self._frame_pending = False
        if not self._camera_touched and self.scene.element_count:
            self.scene.set_view("iso")  # frames the whole model (bounds of merged meshes)
        self._want_paint()

    def clear(self) -> None:
        if self.walk.active:
            self.set_walk_mode(False)
        self.scene.clear()
        self._fitted = False
        self._loading = False
        self._load_finished = False
        self._adopt = None
        self._paint_wanted = self._slice_wanted = False
        self._compacting = self._frame_pending = False
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self.render_now()

    # -- rendering -------------------------------------------------------------------------

    @property
    def render_times_ms(self) -> list[float]:
        """How long each VTK render took (read by the stall benchmark)."""
        return self.progressive.stats.render_ms

    def render_pending(self) -> bool:
        """Whether a redraw is waiting (for its timer, or for its turn)."""
        return self._render_timer.isActive() or self._wants_paint() or self.pacer.awaiting_paint

    def request_render(self) -> None:
        """Redraw soon; many requests within the interval cost one render."""
        if not self._render_timer.isActive():
            self._render_timer.start()

    def _on_render_timer(self) -> None:
        """While loading, refresh the picture only between whole frames, and rest at least
        twice as long as the last frame took: drawing must not starve the loading itself."""
        if self._loading and self.progressive.pending:
            self._render_timer.start()  # batches added meanwhile wait for the next frame
            return
        if self._compacting or self._frame_pending:
            return  # merging: the picture comes when the merged model is framed
        if self._loading:
            rest_ms = max(LOADING_RENDER_INTERVAL_MS, 2 * self.progressive.stats.frame_ms)
            self._render_timer.setInterval(int(rest_ms))
            self._want_paint()
        else:
            self.render_now()

    def _want_paint(self) -> None:
        """Paint in the pacer's next turn (not in the turn of a batch or a merge)."""
        self._paint_wanted = True
        self.pacer.wake()

    def _schedule_next_slice(self) -> None:
        """A big frame is drawn in slices: draw the next one in a later event-loop turn."""
        self._slice_wanted = True
        self.pacer.wake()

    def _wants_paint(self) -> bool:
        """A paced paint is due and would happen: a hidden or minimised view paints nothing,
        and the pacer would hold the loading back waiting for it."""
        due = self._paint_wanted or (self._slice_wanted and self.progressive.pending)
        return due and self.interactor.isVisible() and not self.window().isMinimized()

    def _paint_paced(self) -> None:
        """A slice of the frame in progress; while loading, a refresh that draws only what
        arrived since the last picture, on top of it."""
        if self._slice_wanted and self.progressive.pending:
            self.progressive.continue_frame()
        elif self._loading:
            self.progressive.append_frame()
        self._paint_wanted = self._slice_wanted = False
        self.interactor.update()

    def _add_warm_up_actors(self) -> list[Any]:
        """Shader warm-up for the window's first paint (see :func:`warm_up_actors`)."""
        from fmdesk.render.scene import warm_up_actors

        actors = warm_up_actors()
        for actor in actors:
            self.interactor.renderer.AddActor(actor)
        return actors

    def _on_rendered(self) -> None:
        if self._warm_up:  # the first paint compiled the shaders: the actors have done
            for actor in self._warm_up:
                self.interactor.renderer.RemoveActor(actor)
            self._warm_up = []
            if getattr(self.window(), "with_geometry", False):
                QTimer.singleShot(PRESTART_AFTER_MS, _prestart_geometry)
        self.pacer.painted()

    def render_now(self) -> None:
        """Schedule one repaint now: the widget's paintGL renders the scene exactly once.

        (Calling the plotter's ``render()`` would render twice: once now, and again in the
        paintGL that VTK's frame event schedules.)
        """
        self._render_timer.stop()
        self.interactor.update()

    # -- picking and selection -------------------------------------------------------------

    def display_point(self, pos: QPoint) -> tuple[float, float]:
        """Qt widget pixel → VTK display pixel (origin bottom-left, device pixels)."""
        ratio = self.interactor.devicePixelRatioF()
        return pos.x() * ratio, (self.interactor.height() - pos.y() - 1) * ratio

    def widget_point(self, world: Sequence[float]) -> QPoint:
        """World point → Qt widget pixel (to click on an element in tests and tours)."""
        renderer = self.interactor.renderer
        renderer.SetWorldPoint(*world, 1.0)
        renderer.WorldToDisplay()
        x, y, _ = renderer.GetDisplayPoint()
        ratio = self.interactor.devicePixelRatioF()
        return QPoint(round(x / ratio), round(self.interactor.height() - 1 - y / ratio))

    def element_at(self, pos: QPoint) -> str | None:
        """The GlobalId of the visible element under widget pixel ``pos``."""
        return self.scene.pick(*self.display_point(pos))

    def pick_at(self, pos: QPoint) -> str | None:
        """Select what is under ``pos`` (nothing there clears the selection), as a click does."""
        gid = self.element_at(pos)
        self._selection.select([gid] if gid else [], source="view")
        return gid

    def element_centre(self, gid: str) -> tuple[float, float, float] | None:
        bounds = self.scene.bounds([gid])
        if bounds is None:
            return None
        return (
            (bounds[0] + bounds[1]) / 2,
            (bounds[2] + bounds[3]) / 2,
            (bounds[4] + bounds[5]) / 2,
        )

    def _mirror_selection(self, ids: tuple[str, ...], source: str) -> None:
        self.scene.highlight(self.expand(ids), "selection")
        self.request_render()

    def expand(self, ids: Sequence[str]) -> list[str]:
        """The drawable elements behind ``ids`` (a system's members, a storey's elements).

        The main window replaces this with its model-aware version; alone, ids are elements.
        """
        return list(ids)

    def frame(self, ids: Sequence[str]) -> None:
        """Zoom to ``ids`` (the whole model when empty)."""
        ids = self.expand(ids)
        if not ids or not self.scene.fit_elements(ids):
            self.scene.fit_all()
        self._camera_touched = True
        self.render_now()

    # -- mouse and keys --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return watched is self.interactor and self._filter_input(event)

    def _filter_input(self, event: QEvent) -> bool:
        """Walk mode's keys and mouse, clicks that pick, VTK's own keys swallowed; True when
        the event is handled here."""
        kind = event.type()
        if self.walk.active and self.walk.handle_event(event):
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # VTK's own keys (w = wireframe, q/e = quit, …) make no sense here: swallow them.
            return True
        if kind == QEvent.Type.MouseButtonPress:
            self._press_pos = QMouseEvent(event).position().toPoint()  # type: ignore[arg-type]
            self._camera_touched = True
        elif kind == QEvent.Type.MouseButtonRelease and self._press_pos is not None:
            mouse: QMouseEvent = event  # type: ignore[assignment]
            pos = mouse.position().toPoint()
            moved = (pos - self._press_pos).manhattanLength() > CLICK_TOLERANCE_PX
            self._press_pos = None
            if not moved and mouse.button() == Qt.MouseButton.LeftButton:
                QTimer.singleShot(0, lambda: self.pick_at(pos))
            elif not moved and mouse.button() == Qt.MouseButton.RightButton:
                QTimer.singleShot(0, lambda: self._open_context_menu(pos))
        elif kind == QEvent.Type.Wheel:
            self._camera_touched = True
        return False

    def _open_context_menu(self, pos: QPoint) -> None:
        gid = self.element_at(pos)
        if gid and gid not in self._selection.ids:
            self._selection.select([gid], source="view")
        if self._selection.ids:
            self.context_menu_requested.emit(
                list(self._selection.ids), self.interactor.mapToGlobal(pos)
            )

    # -- view commands ---------------------------------------------------------------------

    def fit_all(self) -> None:
        self.scene.fit_all()
        self.render_now()

    def set_standard_view(self, key: str) -> None:
        if self.walk.active:
            self.set_walk_mode(False)
        self.scene.set_view(key)
        self._camera_touched = True
        self.render_now()

    def set_xray(self, enabled: bool) -> None:
        self.scene.set_xray(enabled)
        self.render_now()

    def set_walk_mode(self, enabled: bool) -> None:
        """Enter walk mode (first person at eye height) or leave it restoring the orbit camera."""
        if enabled == self.walk.active:
            return
        if enabled:
            self.walk.enter(self.scene.storeys, self.scene.bounds())
            self.interactor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.walk.leave()
        self.walk_mode_changed.emit(enabled)
        self.render_now()

    @property
    def walk_speed(self) -> float:
        return self.walk.speed

    def change_walk_speed(self, factor: float) -> None:
        self.walk.scale_speed(factor)

    def set_class_visible(self, ifc_class: str, visible: bool) -> None:
        self.scene.set_class_visible(ifc_class, visible)
        self.render_now()

    def isolate_storey(self, storey_id: str | None) -> None:
        try:
            self.scene.isolate_storey(storey_id)
        except KeyError:
            return
        self.render_now()

    def show_all(self) -> None:
        """Undo class hiding (except the default-hidden classes), element hiding and isolation."""
        from fmdesk.render.scene import DEFAULT_HIDDEN_CLASSES

        for ifc_class in self.scene.hidden_classes - DEFAULT_HIDDEN_CLASSES:
            self.scene.set_class_visible(ifc_class, True)
        self.scene.show_elements()
        self.scene.isolate_storey(None)
        self.render_now()

    def set_section_box(self, enabled: bool, ids: Sequence[str]) -> None:
        """Cut the model with a box around ``ids`` (padded), or around the whole model."""
        if not enabled:
            self.scene.clear_section()
        else:
            bounds = self.scene.bounds(list(ids)) if ids else None
            bounds = bounds or self.scene.bounds()
            if bounds is None:
                return
            pad = 1.0
            self.scene.set_section_box(
                [b - pad if i % 2 == 0 else b + pad for i, b in enumerate(bounds)]
            )
        self.render_now()

    def scene_state(self) -> Any:
        """Everything a saved viewpoint restores (camera, visibility, x-ray, section)."""
        return self.scene.capture_state()

    def apply_scene_state(self, state: Any) -> None:
        if self.walk.active:
            self.set_walk_mode(False)
        self.scene.apply_state(state)
        self._mirror_selection(self._selection.ids, "viewpoint")
        self._camera_touched = True
        self.render_now()

    def save_screenshot(self, path: Path) -> None:
        """Write the 3D view (not the whole window) as PNG (the screenshot renders it)."""
        with self.progressive.whole_frames():
            self.interactor.screenshot(str(path))

    def shutdown(self) -> None:
        """Release VTK resources (the render window) before the widget is destroyed."""
        self._render_timer.stop()
        self.pacer.remove_job("draw")
        self.pacer.remove_job("merge")
        self.walk.stop()
        self.progressive.detach()
        self.interactor.removeEventFilter(self)
        self.interactor.close()
        self._forget_gl_surface()

    def _forget_gl_surface(self) -> None:
        """Drop pyvistaqt's Python wrapper of the GL surface (our top-level window).

        QSurface is not a QObject, so shiboken never learns that the window died and keeps
        the wrapper registered at its address; a QMenu later allocated there came back from
        ``menuBar().addMenu`` as that stale QSurface. ``close`` has finalized the render
        window, so the context references are no longer needed.
        """
        forget = getattr(self.interactor, "_forget_context", None)
        if forget is not None:
            forget()


def _prestart_geometry() -> None:
    from fmdesk.bim.geometry_pool import prestart

    prestart()
