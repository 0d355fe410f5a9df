"""Random leak (or circuit fault) drills of a chosen difficulty, for a trainer in a hurry.

Difficulty is what makes a shut-off hard in the plant room: how many devices must be closed,
and how many storeys the isolation involves (the devices, the isolated segment and who loses
supply). Every candidate is isolated by the engine first, so a drill always has an answer.

Example::

    pick_leaks(network, count=3, min_devices=2, min_storeys=2, seed=7)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.network.isolate import isolate_element
from fmdesk.network.model import Network
from fmdesk.network.results import IsolationResult
from fmdesk.training.isolation_drill import FAULT_KINDS, LEAK_KINDS

__all__ = ["DIFFICULTIES", "LeakCandidate", "candidates", "pick_leaks"]

DIFFICULTIES = {
    "easy": (1, 1, 1),
    "medium": (1, 2, 2),
    "hard": (2, 99, 1),
}
"""name → (min devices, max devices, min storeys)."""


class NoDrillFoundError(UserError):
    """No element of the model makes a drill of the asked difficulty."""


@dataclass(frozen=True)
class LeakCandidate:
    global_id: str
    name: str
    devices: int
    storeys: int


def candidates(network: Network, mode: str = "leak") -> list[LeakCandidate]:
    """Every pipe (cable for ``fault``) with something to close, with its difficulty."""
    kinds = LEAK_KINDS if mode == "leak" else FAULT_KINDS
    found = []
    for gid, node in network.nodes.items():
        if node.kind not in kinds or gid not in network.node_media:
            continue
        try:
            result = isolate_element(network, gid)
        except UserError:
            continue
        if result.close:
            found.append(LeakCandidate(gid, node.name or gid, len(result.close), _storeys(result)))
    return found


def pick_leaks(
    network: Network,
    count: int,
    min_devices: int = 1,
    max_devices: int = 99,
    min_storeys: int = 1,
    mode: str = "leak",
    seed: int | None = None,
) -> list[LeakCandidate]:
    """``count`` different faults whose isolation needs ``min_devices``..``max_devices``
    devices and involves at least ``min_storeys`` storeys (fewer when fewer exist)."""
    fitting = [
        c
        for c in candidates(network, mode)
        if min_devices <= c.devices <= max_devices and c.storeys >= min_storeys
    ]
    if not fitting:
        raise NoDrillFoundError(
            _t(
                "No element of this model needs {low} to {high} devices over {storeys} storeys; "
                "choose an easier difficulty.",
                low=min_devices,
                high=max_devices,
                storeys=min_storeys,
            )
        )
    rng = random.Random(seed)
    return rng.sample(fitting, min(count, len(fitting)))


def _storeys(result: IsolationResult) -> int:
    nodes = result.close + result.segment + result.collateral
    return len({n.storey for n in nodes if n.storey})
