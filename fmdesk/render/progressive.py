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
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["CostModel", "ProgressiveRender", "SliceStats"]

DEFAULT_BUDGET_MS = 25.0
"""Per slice. Renders on a busy 2-core machine (a model loading beside) took up to 2.7 times
their estimate, and compositing the picture into the window adds 5-15 ms: at 35 ms a gap
or two per open of the 100,000-element building reached 100-117 ms; at 25 ms most opens have
none (README, GUI responsiveness). The last frame after loading takes about 50 slices."""

PRIOR_MS = (2.0, 0.1, 0.3, 0.4, 15.0, 0.6)
"""Assumed until measured (llvmpipe, about 1300 × 800 pixels): per render, per actor drawn,
extra per actor drawn for the first time, per thousand triangles, for the translucent passes
when anything see-through is drawn, and per thousand triangles of the building's shell (walls
and slabs are few triangles covering many pixels: their triangles cost more to fill).

Measured on llvmpipe: a first draw costs 0.2-0.3 ms more whatever the actor's size (buffers,
shader state), so 450 merged actors drawn for the first time cost 100 ms more than the same
frame drawn again; one pane of glass adds 10-15 ms (order-independent transparency works on
the whole picture)."""

_WINDOW = 48
_RATIO_LIMITS = (1.0, 4.0)
"""The ratio only ever makes slices smaller: small appended frames ran faster than modelled,
and a ratio learned from them made the next full frame's first slice twice its budget."""
_PRIOR_WEIGHT = 1.0
"""How many renders' worth of evidence the prior is worth."""


@dataclass
class SliceStats:
    """What the last frame looked like, for tests and the stall benchmark."""

    slices: int = 0
    """Slices the current frame was cut into (1: drawn whole)."""
    drawn: int = 0
    """Slices of the current frame drawn so far."""
    ms_per_kilocell: float = PRIOR_MS[3]
    first_draw_ms: float = PRIOR_MS[2]
    """Extra cost of an actor's first render, as measured."""
    frame_ms: float = 0.0
    """Drawing time of the last complete frame, all its slices together."""
    render_ms: list[float] = field(default_factory=list)
    """Every render's time, sliced or whole (the stall benchmark reports the longest)."""


class CostModel:
    """Render time ≈ fixed + per actor + per first-drawn actor + per thousand triangles +
    translucent passes + per thousand shell triangles, fitted by least squares over the last
    renders and pulled toward :data:`PRIOR_MS`.

    One render's time cannot be shared out among its actors reliably (a slice is timed as a
    whole, first draws and fixed costs blur it); six coefficients fitted over dozens of renders
    of different mixes can.
    """

    def __init__(self) -> None:
        self._rows: deque[tuple[float, ...]] = deque(maxlen=_WINDOW)
        self._ms: deque[float] = deque(maxlen=_WINDOW)
        self.coefficients = np.asarray(PRIOR_MS, float)

    def add(
        self,
        actors: int,
        first_draws: int,
        kilocells: float,
        ms: float,
        translucent: bool = False,
        shell_kilocells: float = 0.0,
    ) -> None:
        """One render: actors drawn, how many for the first time, thousands of triangles
        (outside the shell), whether anything see-through was drawn, and the shell's."""
        self._rows.append(_row(actors, first_draws, kilocells, translucent, shell_kilocells))
        self._ms.append(ms)
        self._fit()

    def render_ms(
        self,
        actors: int,
        first_draws: int,
        kilocells: float,
        translucent: bool = False,
        shell_kilocells: float = 0.0,
    ) -> float:
        row = _row(actors, first_draws, kilocells, translucent, shell_kilocells)
        return float(np.asarray(row) @ self.coefficients)

    def actor_ms(self, cells: int, first_draw: bool, shell: bool = False) -> float:
        return float(self.actors_ms([cells], [first_draw], [shell])[0])

    def actors_ms(
        self,
        cells: Sequence[int],
        first_draws: Sequence[bool],
        shell: Sequence[bool] | None = None,
    ) -> np.ndarray:
        """:meth:`actor_ms` of many actors at once."""
        _, per_actor, per_first, per_kilocell, _, per_shell_kilocell = self.coefficients
        kilocells = np.asarray(cells, float) / 1000.0
        in_shell = np.zeros(len(kilocells)) if shell is None else np.asarray(shell, float)
        per_triangles = per_kilocell + (per_shell_kilocell - per_kilocell) * in_shell
        return per_actor + per_triangles * kilocells + per_first * np.asarray(first_draws, float)

    @property
    def fixed_ms(self) -> float:
        return float(self.coefficients[0])

    @property
    def translucent_ms(self) -> float:
        return float(self.coefficients[4])

    def _fit(self) -> None:
        """Least squares of absolute errors: the long renders weigh most, which keeps the
        estimates on the safe side (fitting relative errors let the many small renders of a
        loading model talk the cost of triangles down to a third)."""
        prior = np.asarray(PRIOR_MS, float)
        rows = np.asarray(self._rows, float)
        # scale columns so the prior pulls each coefficient alike, whatever its unit
        scale = np.maximum(np.abs(rows).max(axis=0), 1.0)
        weight = np.sqrt(_PRIOR_WEIGHT)
        a = np.vstack([rows / scale, weight * np.eye(len(prior))])
        b = np.concatenate([np.asarray(self._ms, float), weight * prior * scale])
        solution, *_ = np.linalg.lstsq(a, b, rcond=None)
        self.coefficients = np.maximum(solution / scale, 0.0)


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
        cell_count: Callable[[Any], int] | None = None,
        revision: Callable[[], int] | None = None,
        translucent: Callable[[Any], bool] | None = None,
        shell: Callable[[Any], bool] | None = None,
    ) -> None:
        self.render_window = render_window
        self.renderer = renderer
        self.draw_order = draw_order
        self.budget_ms = budget_ms
        self.on_pending = on_pending
        """Called after a render that left slices to draw (the GUI schedules the next one)."""
        self.on_rendered = on_rendered
        """Called after every render (the GUI paces its other work around renders)."""
        self.cell_count = cell_count or _cell_count
        """Triangles of an actor; the scene knows them without a call into VTK per actor."""
        self.revision = revision
        """A counter that changes with every change to shown actors (the scene's); without
        it, each slice compares every planned actor's modification time (slow for big
        scenes under load: hundreds of calls into VTK per slice) and frames cannot be
        appended to."""
        self.translucent = translucent or _is_translucent
        """Whether an actor is drawn see-through (the scene knows without asking VTK)."""
        self.shell = shell or (lambda actor: False)
        """Whether an actor belongs to the building's shell (costlier triangles, see
        :data:`PRIOR_MS`)."""
        self.stats = SliceStats()
        self.costs = CostModel()
        self.enabled = True
        self._slices: list[list[Any]] = []
        self._next = 0
        self._continue = False
        self._append = False
        self._appending = False
        self._frame_actors: list[Any] = []
        self._picture: weakref.WeakSet[Any] = weakref.WeakSet()
        """Actors the finished picture shows (valid while ``_picture_sign`` holds)."""
        self._picture_sign: tuple | None = None
        self._signature: tuple = ()
        self._hidden: list[Any] = []
        self._started = 0.0
        self._frame_ms = 0.0
        self._drawn: list[Any] = []
        self._ratio = 1.0
        """Recent renders' measured ÷ modelled time: follows a CPU that another process (or
        a model loading beside) makes slower or faster within a few renders, where the fitted
        model takes dozens."""
        self._seen: weakref.WeakSet[Any] = weakref.WeakSet()
        """Actors drawn at least once (their buffers exist): the rest cost a first draw."""
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

    def finish_frame(self) -> None:
        """Make the next render draw every slice still to draw at once, on top of those drawn
        (a picture that must be complete now: a screenshot, the open benchmark)."""
        if self.pending:
            rest = [actor for piece in self._slices[self._next :] for actor in piece]
            self._slices[self._next :] = [rest]
            self._continue = True

    def append_frame(self) -> None:
        """Make the next render draw only the actors the finished picture lacks, on top of it
        (if the camera, the window and the shown actors are as they were; else a full frame).

        A model streaming in is refreshed this way: each refresh costs what arrived since the
        last one, not the whole building again. Needs the scene's ``revision``.
        """
        self._append = not self.pending and self.revision is not None

    def restart(self) -> None:
        """Forget the frame in progress: the next render starts afresh."""
        self._slices, self._next, self._continue = [], 0, False

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
        appending = self._append and self._picture_sign == self._sign()
        self._continue = self._append = False
        if not continuing:
            self._plan_frame(appending)
        if not self._slices:  # drawn whole, or what the picture lacks on top of it
            if self._appending:
                self._draw_slice(self._frame_actors, first=False)
            else:
                self._drawn = [a for a in self.draw_order() if a.GetVisibility()]
            return
        self._draw_slice(self._slices[self._next], first=self._next == 0 and not self._appending)

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
        self._learn(elapsed_ms)
        self._frame_ms += elapsed_ms
        if self._slices:
            self._next += 1
            self.stats.drawn = self._next
        if self.pending:
            self._recut_rest()
            self._signature = self._sign()
            if self.on_pending is not None:
                self.on_pending()
        else:
            self.stats.frame_ms, self._frame_ms = self._frame_ms, 0.0
            self._slices, self._next = [], 0
            self._finish_picture()
        if self.on_rendered is not None:
            self.on_rendered()

    # ------------------------------------------------------------------ planning
    def _plan_frame(self, append: bool = False) -> None:
        self._slices, self._next, self._frame_ms = [], 0, 0.0
        self.stats.slices, self.stats.drawn = 1, 0
        self._appending = append and self.enabled
        actors = [a for a in self.draw_order() if a.GetVisibility()]
        if self._appending:
            actors = [a for a in actors if a not in self._picture]
        else:
            self._picture = weakref.WeakSet()  # valid again once this frame is complete
            self._picture_sign = None
        self._frame_actors = actors
        if not self.enabled:
            return
        costs = self._estimates(actors)
        budget = self._actor_budget()
        if sum(costs) <= budget or len(actors) < 2:
            return
        self._slices = _cut(actors, costs, budget)
        self.stats.slices = len(self._slices)

    def _finish_picture(self) -> None:
        """The frame is complete: remember what the picture shows, for :meth:`append_frame`."""
        for actor in self._frame_actors:
            self._picture.add(actor)
        self._frame_actors = []
        self._picture_sign = self._sign() if self.revision is not None else None

    def _recut_rest(self) -> None:
        """Share the actors still to draw out again with what the last render taught: a
        frame planned on stale costs then stays over budget for one slice, not all of them."""
        rest = [actor for piece in self._slices[self._next :] for actor in piece]
        self._slices[self._next :] = _cut(rest, self._estimates(rest), self._actor_budget())
        self.stats.slices = len(self._slices)

    def _actor_budget(self) -> float:
        """The budget in modelled milliseconds (the estimates are not scaled by the ratio)."""
        budget = self.budget_ms / self._ratio
        return max(budget - self.costs.fixed_ms, budget / 3)

    def _draw_slice(self, actors: list[Any], first: bool) -> None:
        """Show only this slice's actors; actors added since the frame was planned (a model
        still loading) wait for the next frame, their cost was not planned for."""
        keep = set(map(id, actors))
        self._hidden = [a for a in self.draw_order() if id(a) not in keep and a.GetVisibility()]
        for actor in self._hidden:
            actor.SetVisibility(False)
        self.renderer.SetErase(first)
        self._drawn = actors

    def _cost_ms(self, cells: int) -> float:
        """Steady cost of an actor with ``cells`` triangles, as the model stands."""
        return self.costs.actor_ms(cells, first_draw=False)

    def _estimates(self, actors: list[Any]) -> list[float]:
        """Costs of ``actors`` in draw order; the first see-through one also carries the
        translucent passes (the draw order puts glass last, so it shares them in few slices)."""
        seen = self._seen
        costs = self.costs.actors_ms(
            [self.cell_count(a) for a in actors],
            [a not in seen for a in actors],
            [self.shell(a) for a in actors],
        ).tolist()
        for index, actor in enumerate(actors):
            if self.translucent(actor):
                costs[index] += self.costs.translucent_ms
                break
        return costs

    def _learn(self, elapsed_ms: float) -> None:
        drawn, self._drawn = self._drawn, []
        first = sum(1 for a in drawn if a not in self._seen)
        in_shell = [self.shell(a) for a in drawn]
        cells = [self.cell_count(a) for a in drawn]
        shell_kilocells = sum(c for c, s in zip(cells, in_shell, strict=True) if s) / 1000.0
        kilocells = sum(cells) / 1000.0 - shell_kilocells
        see_through = any(map(self.translucent, drawn))
        features = (len(drawn), first, kilocells, see_through, shell_kilocells)
        modelled = self.costs.render_ms(*features)
        observed = elapsed_ms / max(modelled, 1.0)
        low, high = _RATIO_LIMITS
        self._ratio = min(high, max(low, 0.5 * self._ratio + 0.5 * observed))
        self.costs.add(len(drawn), first, kilocells, elapsed_ms, see_through, shell_kilocells)
        for actor in drawn:
            self._seen.add(actor)
        _, _, self.stats.first_draw_ms, self.stats.ms_per_kilocell, *_ = map(
            float, self.costs.coefficients
        )

    def _sign(self) -> tuple:
        """What must not change between two slices of one frame: the camera, the window and
        the planned actors (actors added meanwhile, e.g. by loading, wait for the next frame
        instead of cancelling this one)."""
        camera = self.renderer.GetActiveCamera()
        parts: list[int] = [camera.GetMTime(), *self.render_window.GetSize()]
        if self.revision is not None:
            return (*parts, self.revision())
        for piece in self._slices:
            for actor in piece:  # an actor's time includes its property's
                mapper = actor.GetMapper()
                parts.append(actor.GetMTime())
                parts.append(mapper.GetMTime() if mapper is not None else 0)  # new input data
        return tuple(parts)


def _row(
    actors: int, first_draws: int, kilocells: float, translucent: bool, shell_kilocells: float
) -> tuple[float, ...]:
    """One render's features, in the order of :data:`PRIOR_MS` (1.0: the fixed cost)."""
    return (1.0, float(actors), float(first_draws), kilocells, float(translucent), shell_kilocells)


def _is_translucent(actor: Any) -> bool:
    return bool(actor.HasTranslucentPolygonalGeometry())


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
