"""The local outage walk agrees with the brute-force answer (everything supplied before minus
everything reachable from the primary sources afterwards) on the sample and on a ring main."""

from __future__ import annotations

import random

from fmdesk.network import build_network, lost_supply
from fmdesk.network.model import MediumView
from tests.network.conftest import sample_network
from tests.network.test_loops_and_cuts import RING, RING_LINKS, make_inputs


def brute_force(view: MediumView, removed: set[str]) -> set[str]:
    reached = {s for s in view.primary_sources if s not in removed}
    stack = list(reached)
    while stack:
        u = stack.pop()
        for v in view.down.get(u, ()):
            if v not in reached and v not in removed:
                reached.add(v)
                stack.append(v)
    return view.supplied - reached - removed


def test_local_outage_walk_matches_brute_force_on_the_sample():
    network = sample_network("IFC4")
    rng = random.Random(7)
    checked = 0
    for view in network.media.values():
        nodes = sorted(view.neighbours)
        devices = [g for g in nodes if network.nodes[g].device]
        for _ in range(60):
            closed = set(rng.sample(devices, min(len(devices), rng.randint(0, 3))))
            leak = rng.choice(nodes)
            expected = brute_force(view, closed | {leak})
            assert set(lost_supply(view, closed, leak)) == expected
            checked += bool(expected)
    assert checked > 50  # most cases cut somebody off: the comparison is not vacuous


def test_local_outage_walk_matches_brute_force_on_a_ring():
    view = build_network(make_inputs(RING, RING_LINKS)).media["electrical"]
    nodes = sorted(view.neighbours)
    for a in nodes:
        for b in nodes:
            assert set(lost_supply(view, {a}, b)) == brute_force(view, {a, b})
