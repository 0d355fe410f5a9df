"""Draw a big scene over several short frames, so no single redraw blocks the GUI for long.

A 100,000-element building is about 2.5 million triangles; one frame of it costs half a second
on software OpenGL (llvmpipe, what an office PC without a driver or a remote desktop gets),
and the GUI thread is frozen for all of it. :class:`ProgressiveRender` splits a frame into
*slices*: the first clears the picture and draws the actors that matter most (the building's
shell), each following slice draws more actors on top without clearing, keeping the depth
buffer, so the last slice leaves exactly the picture one full frame would have drawn. Each
slice is sized from measured drawing speed to stay within a time budget, and the caller
schedules the next slice in its own event-loop turn. Any change in between (camera, actors,
window size) makes the next render start a fresh frame instead, so a user orbiting the model
sees the shell move at interactive speed and the details fill in as soon as they stop.

On a GPU a whole frame fits in the budget and nothing is sliced.

This module has no Qt: it hooks the VTK render window's Start/End events, so it works the same
in the pyvistaqt widget and in an off-screen plotter (which is how it is tested).
"""

from __future__ import annotations

import contextlib
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ProgressiveRender", "SliceStats"]

DEFAULT_BUDGET_MS = 40.0
"""Per slice: leaves room under 100 ms for compositing the picture into the window and for the
batch a loading model adds in the next turn."""

INITIAL_MS_PER_KILOCELL = 0.4
"""Assumed until measured: llvmpipe at about 800 × 650 pixels (a GPU is ~100× faster)."""

INITIAL_FIRST_DRAW_MS = 0.3
"""Extra cost of an actor's first render (buffers, shader state), assumed until measured.

Measured on llvmpipe: about 0.2-0.3 ms per actor whatever its size, so 450 merged actors
drawn for the first time cost 100 ms more than the same frame drawn again."""

_SMOOTHING = 0.5
_MAX_STEP = 2.0
_MAX_FIRST_DRAW_MS = 5.0


@dataclass
class SliceStats:
    """What the last frame looked like, for tests and the stall benchmark."""

    slices: int = 0
    """Slices the current frame was cut into (1: drawn whole)."""
    drawn: int = 0
    """Slices of the current frame drawn so far."""
    ms_per_kilocell: float = INITIAL_MS_PER_KILOCELL
    first_draw_ms: float = INITIAL_FIRST_DRAW_MS
    """Extra cost of an actor's first render, as measured."""
    frame_ms: float = 0.0
    """Drawing time of the last complete frame, all its slices together."""
    render_ms: list[float] = field(default_factory=list)
    """Every render's time, sliced or whole (the stall benchmark reports the longest)."""


class ProgressiveRender:
    """Slices renders of ``render_window`` whose estimated cost exceeds ``budget_ms``.

    ``draw_order()`` returns the sliceable actors, most important first (others, such as
    highlight overlays, are drawn in every slice). After every render the caller checks
    :attr:`pending` (or is told through ``on_pending``) and then calls :meth:`continue_frame`
    and renders again soon (in a later event-loop turn), until the frame is complete.

    Example::

        progressive = ProgressiveRender(plotter.ren_win, plotter.renderer, scene.draw_order)
        plotter.ren_win.Render()
        while progressive.pending:
            progressive.continue_frame()
            plotter.ren_win.Render()
    """

    def __init__(
        self,
        render_window: Any,
        renderer: Any,
        draw_order: Callable[[], Sequence[Any]],
        budget_ms: float = DEFAULT_BUDGET_MS,
        on_pending: Callable[[], None] | None = None,
        on_rendered: Callable[[], None] | None = None,
    ) -> None:
        self.render_window = render_window
        self.renderer = renderer
        self.draw_order = draw_order
        self.budget_ms = budget_ms
        self.on_pending = on_pending
        """Called after a render that left slices to draw (the GUI schedules the next one)."""
        self.on_rendered = on_rendered
        """Called after every render (the GUI paces its other work around renders)."""
        self.stats = SliceStats()
        self.enabled = True
        self._slices: list[list[Any]] = []
        self._planned: set[int] = set()
        """ids of the actors the current frame's slices share out."""
        self._next = 0
        self._continue = False
        self._signature: tuple = ()
        self._hidden: list[Any] = []
        self._started = 0.0
        self._frame_ms = 0.0
        self._planned_ms = 0.0
        self._overhead_ms: float | None = None
        """Cost of a render drawing nothing (clear, passes, copies): the least render seen,
        drifting up slowly; without it tiny slices look expensive and get tinier."""
        self._cells_drawn = 0
        self._frame_had_first_draws = False
        self._drawn: list[Any] = []
        self._actor_ms: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()
        """Measured cost of each actor at the current zoom: a wall group filling the view costs
        ten times a pipe group of as many triangles, so triangle counts alone misjudge slices."""
        self._tags = [
            render_window.AddObserver("StartEvent", self._on_start),
            render_window.AddObserver("EndEvent", self._on_end),
        ]

    # ------------------------------------------------------------------ public
    @property
    def pending(self) -> bool:
        """Whether the current frame still has slices to draw."""
        return self._next < len(self._slices)

    def continue_frame(self) -> None:
        """Make the next render draw the next slice (if nothing changed since the last one)."""
        self._continue = self.pending

    def restart(self) -> None:
        """Forget the frame in progress: the next render starts afresh."""
        self._slices, self._next, self._continue, self._planned = [], 0, False, set()

    @contextlib.contextmanager
    def whole_frames(self) -> Iterator[None]:
        """Renders inside draw everything at once (screenshots must never be partial)."""
        enabled, self.enabled = self.enabled, False
        self.restart()
        try:
            yield
        finally:
            self.enabled = enabled

    def detach(self) -> None:
        """Remove the observers (before the render window goes away)."""
        for tag in self._tags:
            self.render_window.RemoveObserver(tag)
        self._tags = []
        self.restart()
        self.render_window = self.renderer = None
        self.draw_order = list

    # ------------------------------------------------------------------ events
    def _on_start(self, *_: Any) -> None:
        self._started = time.perf_counter()
        continuing = self._continue and self.pending and self._signature == self._sign()
        self._continue = False
        if not continuing:
            self._plan_frame()
        if not self._slices:  # drawn whole
            self._drawn = [a for a in self.draw_order() if a.GetVisibility()]
            self._cells_drawn = sum(map(_cell_count, self._drawn))
            return
        self._draw_slice(self._slices[self._next], first=self._next == 0)

    def _on_end(self, *_: Any) -> None:
        # Software OpenGL rasterises on its own threads after the draw calls return; the
        # window waits for that before showing the picture, so the render's cost includes it.
        self.render_window.WaitForCompletion()
        elapsed_ms = (time.perf_counter() - self._started) * 1000.0
        for actor in self._hidden:
            actor.SetVisibility(True)
        self._hidden = []
        self.renderer.SetErase(True)
        self.stats.render_ms.append(elapsed_ms)
        self._learn_speed(elapsed_ms)
        self._frame_ms += elapsed_ms
        if self._slices:
            self._next += 1
            self.stats.drawn = self._next
        if self.pending:
            self._signature = self._sign()
            if self.on_pending is not None:
                self.on_pending()
        else:
            self.stats.frame_ms, self._frame_ms = self._frame_ms, 0.0
            self._correct_estimates()
            self._slices, self._next, self._planned = [], 0, set()
        if self.on_rendered is not None:
            self.on_rendered()

    # ------------------------------------------------------------------ planning
    def _plan_frame(self) -> None:
        self._slices, self._next, self._frame_ms = [], 0, 0.0
        self._frame_had_first_draws = False
        self.stats.slices, self.stats.drawn = 1, 0
        if not self.enabled:
            return
        actors = [a for a in self.draw_order() if a.GetVisibility()]
        costs = [self._estimate_ms(a) for a in actors]
        budget = max(self.budget_ms - (self._overhead_ms or 0.0), self.budget_ms / 3)
        if sum(costs) <= budget or len(actors) < 2:
            return
        self._planned_ms = sum(costs)
        self._slices = _cut(actors, costs, budget)
        self._planned = set(map(id, actors))
        self.stats.slices = len(self._slices)

    def _draw_slice(self, actors: list[Any], first: bool) -> None:
        keep = set(map(id, actors))
        self._hidden = [
            a
            for a in self.draw_order()
            if id(a) in self._planned and id(a) not in keep and a.GetVisibility()
        ]
        for actor in self._hidden:
            actor.SetVisibility(False)
        self.renderer.SetErase(first)
        self._drawn = actors
        self._cells_drawn = sum(map(_cell_count, actors))

    def _cost_ms(self, cells: int) -> float:
        """Steady cost of an actor never measured: from its triangles at the average speed."""
        return cells / 1000.0 * self.stats.ms_per_kilocell

    def _estimate_ms(self, actor: Any) -> float:
        """The next render's cost of ``actor``: measured, or its first draw's estimate."""
        known = self._actor_ms.get(actor)
        if known is not None:
            return known
        return self._cost_ms(_cell_count(actor)) + self.stats.first_draw_ms

    def _learn_speed(self, elapsed_ms: float) -> None:
        """Scale the estimates of this render's actors by how far off they were.

        A slice is timed as a whole, so its actors share the correction; frames mix actors
        differently and the estimates settle. A render costing far more than estimated is
        usually a first draw (shader compilation, buffer upload), not the steady cost, so one
        render moves the estimates by at most ``_MAX_STEP``.
        """
        drawn, self._drawn = self._drawn, []
        overhead = self._overhead_ms
        self._overhead_ms = elapsed_ms if overhead is None else min(elapsed_ms, overhead + 0.05)
        actors_ms = max(elapsed_ms - self._overhead_ms, elapsed_ms / 10)
        new = [a for a in drawn if a not in self._actor_ms]
        if new:
            self._learn_first_draws(new, drawn, actors_ms)
            return
        estimate = sum(self._estimate_ms(a) for a in drawn)
        if not drawn or estimate <= 0.0:
            return
        ratio = min(_MAX_STEP, max(1.0 / _MAX_STEP, actors_ms / estimate))
        factor = 1.0 + _SMOOTHING * (ratio - 1.0)
        for actor in drawn:
            self._actor_ms[actor] = self._estimate_ms(actor) * factor
        if self._cells_drawn >= 20_000:  # small renders are dominated by fixed costs
            self.stats.ms_per_kilocell *= factor

    def _learn_first_draws(self, new: list[Any], drawn: list[Any], actors_ms: float) -> None:
        """A render with actors drawn for the first time: what the other actors and the new
        ones' triangles do not explain is the first-draw cost. Learn it per actor, and give the
        new actors their steady estimate from triangles."""
        steady = {id(a): self._cost_ms(_cell_count(a)) for a in new}
        known_ms = sum(self._actor_ms[a] for a in drawn if id(a) not in steady)
        if len(new) >= 8:  # one or two new actors say little next to the render's noise
            extra = (actors_ms - known_ms - sum(steady.values())) / len(new)
            extra = min(_MAX_FIRST_DRAW_MS, max(0.0, extra))
            self.stats.first_draw_ms += _SMOOTHING * (extra - self.stats.first_draw_ms)
        self._frame_had_first_draws = True
        for actor in new:
            self._actor_ms[actor] = steady[id(actor)]

    def _correct_estimates(self) -> None:
        """After a sliced frame, rescale every estimate so the plan would have matched it:
        slice-by-slice learning drifts (first draws, fixed costs), a whole frame does not."""
        planned, self._planned_ms = self._planned_ms, 0.0
        had_first_draws, self._frame_had_first_draws = self._frame_had_first_draws, False
        if planned <= 0.0 or self.stats.slices < 2 or had_first_draws:
            return  # first draws are learned apart: scaling steady costs by them overshoots
        actors_ms = self.stats.frame_ms - (self._overhead_ms or 0.0) * self.stats.slices
        correction = min(4.0, max(0.25, max(actors_ms, 0.0) / planned))
        self.stats.ms_per_kilocell *= correction
        for actor in list(self._actor_ms.keys()):
            self._actor_ms[actor] *= correction

    def _sign(self) -> tuple:
        """What must not change between two slices of one frame: the camera, the window and
        the planned actors (actors added meanwhile, e.g. by loading, are drawn in every later
        slice instead of cancelling the frame)."""
        camera = self.renderer.GetActiveCamera()
        parts: list[int] = [camera.GetMTime(), *self.render_window.GetSize()]
        for piece in self._slices:
            for actor in piece:  # an actor's time includes its property's
                mapper = actor.GetMapper()
                parts.append(actor.GetMTime())
                parts.append(mapper.GetMTime() if mapper is not None else 0)  # new input data
        return tuple(parts)


def _cell_count(actor: Any) -> int:
    mapper = actor.GetMapper()
    data = mapper.GetInput() if mapper is not None else None
    return int(data.GetNumberOfCells()) if data is not None else 0


def _cut(actors: list[Any], costs: list[float], budget: float) -> list[list[Any]]:
    """Consecutive runs of ``actors`` whose cost stays within ``budget`` (at least one each)."""
    slices: list[list[Any]] = [[]]
    spent = 0.0
    for actor, cost in zip(actors, costs, strict=True):
        if slices[-1] and spent + cost > budget:
            slices.append([])
            spent = 0.0
        slices[-1].append(actor)
        spent += cost
    return slices
