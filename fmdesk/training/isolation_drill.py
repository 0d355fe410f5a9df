"""Leak and electrical-fault drills checked by the network engine.

"这根管道破裂了，请关闭需要关闭的阀门": the trainee picks valves (or breakers for a faulty
circuit); the right answer is :func:`fmdesk.network.isolate.isolate_element` on the same network
the duty engineers use, and the consequences of the trainee's answer come from the same engine
(:func:`fmdesk.network.isolate.assess_outage` for who loses supply). Nothing here re-implements
isolation: this module only compares.

Example::

    network, _ = load_network("ifc_samples/sample_residential_ifc4.ifc")
    check = check_isolation(network, header_pipe_id, ["V-02 id", "V-11 id"])
    check.score, [n.name for n in check.missing]   # 62, ['2#泵吸水阀 (V-21)']
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.network.isolate import assess_outage, isolate_element, isolation_media
from fmdesk.network.model import Network, NetworkNode, SpaceRef
from fmdesk.network.results import IsolationResult, spaces_of
from fmdesk.network.trace import resolve_start
from fmdesk.training.scoring import ScoreSheet, ScoringRule

__all__ = [
    "FAULT_KINDS",
    "LEAK_KINDS",
    "DrillInputError",
    "IsolationCheck",
    "check_isolation",
    "drill_reference",
]

LEAK_KINDS = frozenset({"pipe", "fitting"})
"""Element kinds a leak drill may start from (a burst pipe or a split fitting)."""
FAULT_KINDS = frozenset({"cable"})
"""Element kinds an electrical fault drill may start from (a faulty circuit's cable)."""


class DrillInputError(UserError):
    """A drill names an element that is not in the model, not a pipe, or not a device."""


@dataclass(frozen=True)
class IsolationCheck:
    """A trainee's answer to a shut-off drill compared with the engine's."""

    mode: str
    """``leak`` (valves) or ``fault`` (breakers)."""
    fault: NetworkNode
    reference: IsolationResult
    answer: tuple[NetworkNode, ...]
    correct: tuple[NetworkNode, ...]
    missing: tuple[NetworkNode, ...]
    missing_feeding: tuple[NetworkNode, ...]
    """Missing devices through which water (power) still reaches the fault."""
    unnecessary: tuple[NetworkNode, ...]
    affected_still_wet: tuple[SpaceRef, ...]
    """Spaces around the fault that stay wet (live) because the fault is still fed."""
    needlessly_cut: tuple[SpaceRef, ...]
    """Spaces that lose supply under the answer but not under the right answer."""
    sheet: ScoreSheet

    @property
    def score(self) -> int:
        return self.sheet.score

    @property
    def stopped(self) -> bool:
        """True when nothing the trainee could close still feeds the fault."""
        return not self.missing_feeding

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``fmdesk training drill``: the six keys first, then the details."""
        return {
            "score": self.score,
            "correct": _nodes(self.correct),
            "missing": _nodes(self.missing),
            "unnecessary": _nodes(self.unnecessary),
            "affected_still_wet": [s.to_dict() for s in self.affected_still_wet],
            "needlessly_cut": [s.to_dict() for s in self.needlessly_cut],
            "mode": self.mode,
            "fault": self.fault.to_dict(),
            "stopped": self.stopped,
            "missing_still_feeding": _nodes(self.missing_feeding),
            "answer": _nodes(self.answer),
            "right_answer": _nodes(self.reference.close),
            "right_answer_spaces": [s.to_dict() for s in self.reference.spaces],
            "deductions": [d.to_dict() for d in self.sheet.deductions],
            "highlight": self.highlight(),
        }

    def highlight(self) -> dict[str, list[str]]:
        """GlobalIds per 3D highlight style to show the right answer on the model: the devices
        to operate (green), the fault's segment (cyan) and the trainee's wrong devices
        (orange, the ``affected`` style)."""
        return {
            "operate": sorted(n.global_id for n in self.reference.close),
            "path": sorted(n.global_id for n in self.reference.segment),
            "affected": sorted(n.global_id for n in self.unnecessary),
        }


def drill_reference(network: Network, fault_id: str, mode: str = "leak") -> IsolationResult:
    """The engine's isolation of a drill's fault, after checking the fault suits the drill.

    Raises :class:`DrillInputError` (one sentence) for an unknown GlobalId, an element that is
    not a pipe (leak) or cable (fault), or a fault with nothing to close (a drain pipe).
    """
    node = _fault_node(network, fault_id, mode)
    reference = isolate_element(network, node.global_id)
    if not reference.close:
        raise DrillInputError(
            _t(
                "Nothing can be closed to isolate {name} ({gid}); pick a pressurised supply "
                "pipe or a circuit cable for a drill.",
                name=node.name or node.ifc_class,
                gid=node.global_id,
            )
        )
    return reference


def check_isolation(
    network: Network,
    fault_id: str,
    answer_ids: Iterable[str],
    mode: str = "leak",
    rule: ScoringRule | None = None,
) -> IsolationCheck:
    """Compare the devices a trainee chose with the engine's isolation and score the answer."""
    reference = drill_reference(network, fault_id, mode)
    answer = _answer_nodes(network, answer_ids)
    leak = reference.start.global_id
    right = {n.global_id for n in reference.close}
    chosen = {n.global_id for n in answer}
    missing = [n for n in reference.close if n.global_id not in chosen]
    feeding = _still_feeding(network, reference, chosen, missing)
    wet = _wet_spaces(network, reference) if feeding else ()
    unnecessary = tuple(n for n in answer if n.global_id not in right)
    needless = _needlessly_cut(network, reference, answer)
    sheet = (rule or ScoringRule()).score(
        reference=len(reference.close),
        feeding_missing=len(feeding),
        wet_spaces=len(wet),
        covered_missing=len(missing) - len(feeding),
        unnecessary=len(unnecessary),
        needlessly_cut=len(needless),
    )
    return IsolationCheck(
        mode=mode,
        fault=network.nodes[leak],
        reference=reference,
        answer=answer,
        correct=tuple(n for n in answer if n.global_id in right),
        missing=tuple(missing),
        missing_feeding=tuple(feeding),
        unnecessary=unnecessary,
        affected_still_wet=wet,
        needlessly_cut=needless,
        sheet=sheet,
    )


def _fault_node(network: Network, fault_id: str, mode: str) -> NetworkNode:
    gid = fault_id.strip()
    node = network.nodes.get(gid)
    if node is None:
        if gid in network.spaces or gid in network.outside:
            resolve_start(network, gid)  # its own sentence (a space, not in a network)
        raise DrillInputError(
            _t("No element has the GlobalId {gid} in this model.", gid=gid or "''")
        )
    kinds = LEAK_KINDS if mode == "leak" else FAULT_KINDS
    if node.kind not in kinds:
        label = node.name or node.ifc_class
        if mode == "leak":
            message = _t(
                "{name} ({gid}) is a {kind}, not a pipe; a leak drill starts from a pipe or "
                "fitting.",
                name=label,
                gid=gid,
                kind=node.kind,
            )
        else:
            message = _t(
                "{name} ({gid}) is a {kind}, not a cable; a fault drill starts from a circuit's "
                "cable.",
                name=label,
                gid=gid,
                kind=node.kind,
            )
        raise DrillInputError(message)
    resolve_start(network, gid)  # an unconnected pipe says so in one sentence
    return node


def _answer_nodes(network: Network, answer_ids: Iterable[str]) -> tuple[NetworkNode, ...]:
    """The chosen devices in the order given (duplicates once), each checked to be one."""
    found: dict[str, NetworkNode] = {}
    for gid in (g.strip() for g in answer_ids):
        if not gid or gid in found:
            continue
        node = network.nodes.get(gid)
        if node is None:
            raise DrillInputError(
                _t("The answer names {gid}, which is no element of this model.", gid=gid)
            )
        if node.device is None:
            raise DrillInputError(
                _t(
                    "The answer names {name} ({gid}), which is not a valve, breaker or switch.",
                    name=node.name or node.ifc_class,
                    gid=gid,
                )
            )
        found[gid] = node
    return tuple(found.values())


def _still_feeding(
    network: Network, reference: IsolationResult, closed: set[str], missing: list[NetworkNode]
) -> list[NetworkNode]:
    """The missing devices through which a source still reaches the fault.

    Walks the fault's medium (the engine's own adjacency) from the fault, never through a
    closed device: a missing device reached that way, with a supply source behind it (away
    from the fault's segment), still feeds the fault. One the trainee cut off farther out is
    covered.
    """
    leak = reference.start.global_id
    segment = {n.global_id for n in reference.segment}
    feeding = []
    for medium in isolation_media(network, leak):
        view = network.media[medium]
        reached = _reach(view.neighbours, [leak], closed)
        for node in missing:
            gid = node.global_id
            if gid not in reached or node in feeding:
                continue
            outward = [v for v in view.neighbours.get(gid, ()) if v not in segment]
            behind = _reach(view.neighbours, outward, closed | segment | {gid})
            if behind & (view.supply_sources - {leak}):
                feeding.append(node)
    return feeding


def _reach(neighbours: dict[str, set[str]], starts: Iterable[str], blocked: set[str]) -> set[str]:
    """Elements reached from ``starts`` without entering ``blocked`` (which are reached but
    not passed: a closed valve is touched, water does not get through)."""
    seen: set[str] = set()
    queue = deque(s for s in starts if s not in blocked)
    seen.update(queue)
    while queue:
        u = queue.popleft()
        for v in neighbours.get(u, ()):
            if v in seen or v in blocked:
                continue
            seen.add(v)
            queue.append(v)
    return seen


def _wet_spaces(network: Network, reference: IsolationResult) -> tuple[SpaceRef, ...]:
    """The flats or plant rooms holding the fault's segment (where the water comes out)."""
    ids = [n.global_id for n in reference.segment]
    rooms, tops = spaces_of(network, ids)
    return tops or rooms


def _needlessly_cut(
    network: Network, reference: IsolationResult, answer: tuple[NetworkNode, ...]
) -> tuple[SpaceRef, ...]:
    if not answer:
        return ()
    outage = assess_outage(network, [n.global_id for n in answer])
    expected = {s.global_id for s in reference.spaces}
    return tuple(s for s in outage.spaces if s.global_id not in expected)


def _nodes(items: tuple[NetworkNode, ...]) -> list[dict[str, Any]]:
    return [n.to_dict() for n in items]
