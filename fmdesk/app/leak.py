"""Use case: the guided leak plan (漏水处置) — from a reported leak to the valves reopened.

A duty engineer hears "water is coming through the ceiling of 1-501" and needs, in order: where
the leak is in the model, what feeds it, which valves to close and where they are, which flats
lose water (with the 停水通知 to post), a shut-off work order with all of it, and after the
repair the valves to reopen in a safe order. The same plan serves ``fmdesk leak`` (text or
``--json``), the GUI's guided flow and the tests::

    plan = plan_leak(app, "1-601")                  # a flat, a room, an element or a tag
    plan.close[0].label                              # 户阀 1-601 (阀门, 六层 1-601 …)
    plan.notice                                      # the 停水通知, ready to print
    order = create_leak_order(app, plan)             # the shut-off work order

The network questions are the existing ones (:func:`fmdesk.app.network.trace` and
:func:`~fmdesk.app.network.isolate`); this module only chooses the leak point for a flat or a
room, orders the valves and writes the texts (in the current language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.leak_text import notice_text, order_body, reopen_checklist
from fmdesk.app.network import isolate, load_network, trace
from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.network.model import Network, NetworkNode
    from fmdesk.records.dto import WorkOrderView

__all__ = [
    "LeakPlan",
    "PlaceRef",
    "ValveStep",
    "create_leak_order",
    "default_model",
    "plan_leak",
    "render_valve_picture",
]


@dataclass(frozen=True)
class PlaceRef:
    """An element of the plan with where it is: storey, flat, room and a readable label."""

    global_id: str
    label: str
    name: str
    storey: str
    flat: str
    room: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "global_id": self.global_id,
            "label": self.label,
            "name": self.name,
            "storey": self.storey,
            "flat": self.flat,
            "room": self.room,
        }


@dataclass(frozen=True)
class ValveStep:
    """One valve to close (or reopen), numbered in the order to operate it."""

    order: int
    valve: PlaceRef
    upstream: bool
    """True for a valve on the supply side of the leak (reopened first, slowly)."""

    def to_dict(self) -> dict[str, Any]:
        return {"order": self.order, "upstream": self.upstream, **self.valve.to_dict()}


@dataclass(frozen=True)
class LeakPlan:
    """Everything the guided flow shows, one field per step."""

    model: str
    query: str
    located_as: str
    """``element``, ``flat`` or ``room``: what the query named."""
    location: PlaceRef
    """The reported element, or the flat or room (global_id of the space)."""
    leak: PlaceRef
    """The element isolated as leaking (for a flat: where its supply enters)."""
    upstream: tuple[PlaceRef, ...]
    """What feeds the leak, from the source to the leak (the first path)."""
    sources: tuple[PlaceRef, ...]
    close: tuple[ValveStep, ...]
    """Valves to close, nearest the leak first (the order to close them)."""
    reopen: tuple[ValveStep, ...]
    """The same valves in the order to reopen them: supply side first, source side outwards."""
    flats: tuple[str, ...]
    """Flats (and other top-level spaces) that lose water while the valves are closed."""
    isolated: bool
    unisolated_sources: tuple[PlaceRef, ...]
    notice: str
    order_title: str
    order_body: str
    reopen_checklist: tuple[str, ...]
    highlight: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "query": self.query,
            "located_as": self.located_as,
            "location": self.location.to_dict(),
            "leak": self.leak.to_dict(),
            "upstream": [p.to_dict() for p in self.upstream],
            "sources": [p.to_dict() for p in self.sources],
            "close": [s.to_dict() for s in self.close],
            "reopen": [s.to_dict() for s in self.reopen],
            "flats": list(self.flats),
            "isolated": self.isolated,
            "unisolated_sources": [p.to_dict() for p in self.unisolated_sources],
            "notice": self.notice,
            "order_title": self.order_title,
            "order_body": self.order_body,
            "reopen_checklist": list(self.reopen_checklist),
            "highlight": self.highlight,
        }


class LeakError(UserError):
    """The reported leak cannot be planned (unknown place, no model)."""

    category = "not_found"


def default_model(app: App) -> Path:
    """The model the asset register was last imported from (``fmdesk assets import``)."""
    from sqlalchemy import select

    from fmdesk.records.models import ModelRevision

    with app.uow() as uow:
        path = uow.session.scalar(
            select(ModelRevision.file_path).order_by(ModelRevision.id.desc()).limit(1)
        )
    if not path or not Path(path).is_file():
        raise LeakError(
            _t("No model is known for this database; give one with --model (or import one).")
        )
    return Path(path)


def plan_leak(
    app: App,
    query: str,
    *,
    model: str | Path | None = None,
    model_file: Any = None,
    now: datetime | None = None,
    hours: float = 2.0,
    progress: Progress = NO_PROGRESS,
) -> LeakPlan:
    """The leak plan for ``query``: a GlobalId (element, flat or room), a flat or room name
    (``1-601``), or an element's name or tag (``户内给水管 1-601``)."""
    path = Path(model) if model else default_model(app)
    network = load_network(app, path, model_file=model_file, progress=part_of(progress, 0, 0.6))
    located_as, location_id = _locate(network, query.strip())
    leak_id = location_id if located_as == "element" else _entry_element(network, location_id)
    traced = trace(app, path, leak_id, media=["water"] if _is_water(network, leak_id) else None)
    answer = isolate(app, path, [leak_id], model_file=model_file)
    progress.report(0.9, _t("Writing the notice"))
    result = answer.result
    upstream_ids = set(traced.result.paths[0]) if traced.result.paths else set()
    close = _valve_steps(network, [n.global_id for n in result.close], upstream_ids)
    reopen = _reopen_order(network, close)
    flats = tuple(space.label for space in result.spaces)
    location = (
        _place(network.nodes[location_id])
        if located_as == "element"
        else _space_place(network, location_id)
    )
    leak = _place(network.nodes[leak_id])
    start = now or datetime.now().replace(second=0, microsecond=0)
    until = start + timedelta(hours=hours)
    notice = notice_text(_short(location), [s.valve for s in close], flats, start, until)
    title = tr("Leak at {place}: close {count} valve(s)", place=_short(location), count=len(close))
    body = order_body(leak, [s.valve for s in close], [s.valve for s in reopen], flats, notice)
    return LeakPlan(
        model=str(path),
        query=query,
        located_as=located_as,
        location=location,
        leak=leak,
        upstream=tuple(_place(network.nodes[g]) for g in _first_path(traced.result)),
        sources=tuple(_place(n) for n in traced.result.sources),
        close=close,
        reopen=reopen,
        flats=flats,
        isolated=result.isolated,
        unisolated_sources=tuple(_place(n) for n in result.unisolated_sources),
        notice=notice,
        order_title=title,
        order_body=body,
        reopen_checklist=tuple(reopen_checklist([s.valve for s in reopen], flats)),
        highlight=result.highlight().to_dict(),
    )


def create_leak_order(app: App, plan: LeakPlan, *, reporter: str = "") -> WorkOrderView:
    """The shut-off work order of ``plan``: valves, flats, the notice and the reopen order in
    its description (urgent, source ``trace``)."""
    from fmdesk.app.workorders import create_shutoff_order

    return create_shutoff_order(
        app,
        plan.order_title,
        [step.valve.label for step in plan.close] or [plan.leak.label],
        list(plan.flats),
        element_global_id=plan.leak.global_id,
        description=plan.order_body,
        reporter=reporter,
    )


def render_valve_picture(
    plan: LeakPlan,
    out: str | Path,
    *,
    size: tuple[int, int] = (900, 600),
    in_process: bool = True,
) -> Path:
    """A picture of the storey of the first valve with the valves highlighted (off-screen).

    The desktop app passes ``in_process=False``: off-screen rendering switches pyvista to
    off-screen for the whole process, which the window's 3D view must not see, so the picture
    is drawn by ``fmdesk render`` in a child process."""
    valves = [step.valve for step in plan.close]
    if not valves:
        raise LeakError(_t("No valve can isolate this leak; there is nothing to show."))
    storey = valves[0].storey or None
    ids = [v.global_id for v in valves]
    if in_process:
        from fmdesk.app.render import RenderOptions, render_model

        options = RenderOptions(view="iso", storey=storey, highlight=ids, size=size, xray=True)
        render_model(Path(plan.model), Path(out), options)
        return Path(out)
    return _render_in_child(plan.model, Path(out), storey, ids, size)


def _render_in_child(
    model: str, out: Path, storey: str | None, ids: list[str], size: tuple[int, int]
) -> Path:
    import subprocess
    import sys

    command = [sys.executable, "-m", "fmdesk", "render", model, "--out", str(out)]
    command += ["--highlight", ",".join(ids), "--size", f"{size[0]}x{size[1]}", "--xray"]
    if storey:
        command += ["--storey", storey]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0 or not out.is_file():
        raise LeakError(_t("The valve picture could not be drawn; use the 3D view instead."))
    return out


# -- locating ----------------------------------------------------------------------------------


def _locate(network: Network, query: str) -> tuple[str, str]:
    """``(element|flat|room, GlobalId)`` named by ``query``."""
    if not query:
        raise LeakError(_t("Say where the leak is: a flat, a room or an element."))
    if query in network.nodes:
        return "element", query
    if query in network.spaces:
        return _space_kind(network, query), query
    folded = query.casefold()
    for gid, space in network.spaces.items():
        if folded in {(space.name or "").casefold(), (space.long_name or "").casefold()}:
            return _space_kind(network, gid), gid
    for gid, node in network.nodes.items():
        if gid in network.node_media and folded in {
            (node.name or "").casefold(),
            (node.tag or "").casefold(),
        }:
            return "element", gid
    raise LeakError(
        _t(
            "Nothing in the model is called '{query}'; give a flat (1-601), a room or an "
            "element's GlobalId.",
            query=query,
        )
    )


def _space_kind(network: Network, space_id: str) -> str:
    return "flat" if network.space_children.get(space_id) else "room"


def _space_elements(network: Network, space_id: str) -> set[str]:
    found, stack = set(), [space_id]
    while stack:
        current = stack.pop()
        found.update(network.space_elements.get(current, ()))
        stack.extend(network.space_children.get(current, ()))
    return found


def _entry_element(network: Network, space_id: str) -> str:
    """Where the water enters the flat or room: on the upstream path of the space, the first
    pipe inside it that is not a valve (closing its own valve isolates it)."""
    from fmdesk.network.trace import trace_upstream

    inside = _space_elements(network, space_id)
    result = trace_upstream(network, space_id, ["water"] if "water" in network.media else None)
    for path in result.paths:
        entered = False
        for gid in path:
            entered = entered or gid in inside
            if entered and network.nodes[gid].device is None:
                return gid
    starts = [n.global_id for n in result.start if n.device is None] or [
        n.global_id for n in result.start
    ]
    if not starts:
        raise LeakError(_t("No water pipe is located in this space; pick an element instead."))
    return starts[0]


def _is_water(network: Network, gid: str) -> bool:
    return "water" in network.node_media.get(gid, frozenset())


def _first_path(result: Any) -> tuple[str, ...]:
    return result.paths[0] if result.paths else ()


# -- valves and places -------------------------------------------------------------------------


def _valve_steps(network: Network, valves: list[str], upstream: set[str]) -> tuple[ValveStep, ...]:
    return tuple(
        ValveStep(number, _place(network.nodes[gid]), gid in upstream)
        for number, gid in enumerate(valves, start=1)
    )


def _reopen_order(network: Network, close: tuple[ValveStep, ...]) -> tuple[ValveStep, ...]:
    """Supply-side valves first (nearest the source first, so the pipe fills from the source
    and air escapes downstream), then the others, nearest the source first."""

    def key(step: ValveStep) -> tuple[int, int]:
        return (0 if step.upstream else 1, _depth(network, step.valve.global_id))

    ordered = sorted(close, key=key)
    return tuple(
        ValveStep(number, step.valve, step.upstream) for number, step in enumerate(ordered, 1)
    )


def _depth(network: Network, gid: str) -> int:
    """Hops from the source in the supply tree of the element's medium (unknown: far)."""
    for view in network.media.values():
        if gid in view.tree_parent:
            depth, current, seen = 0, gid, set()
            while current is not None and current not in seen:
                seen.add(current)
                current = view.tree_parent.get(current)
                depth += 1
            return depth
    return 1_000_000


def _place(node: NetworkNode) -> PlaceRef:
    from fmdesk.network.labels import node_label

    return PlaceRef(
        global_id=node.global_id,
        label=node_label(node),
        name=node.name or node.tag or "",
        storey=node.storey or "",
        flat=node.flat or "",
        room=node.space or "",
    )


def _space_place(network: Network, space_id: str) -> PlaceRef:
    space = network.spaces[space_id]
    return PlaceRef(
        global_id=space_id,
        label=space.label,
        name=space.label,
        storey=space.storey or "",
        flat=space.label,
        room=space.long_name or "",
    )


def _short(place: PlaceRef) -> str:
    """``1-601`` for a flat, ``户内给水管 1-601`` for an element."""
    return place.name or place.label
