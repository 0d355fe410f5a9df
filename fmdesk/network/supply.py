"""What loses supply when devices close or open, on the network itself and on the networks
that depend on it.

A closed valve or an opened breaker takes out what it fed, unless another feed still reaches it
(a parallel pump, the other end of a ring). Equipment on a liquid or air network that needs
power (a booster pump, a heating circulator, a fan) stops when its electrical supply is lost,
and then what it served loses service too: tripping both booster pumps' breakers leaves the
taps they served without water. A drainage lift pump that stops leaves the fixtures draining
into it out of service. A valve with an actuator keeps its position (the model does not say
whether it fails open or closed) but can no longer be operated remotely; it is reported.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from fmdesk.network.media import ELECTRICAL, GRAVITY_MEDIA
from fmdesk.network.model import MediumView, Network

__all__ = ["knock_on", "lost_supply", "upstream_of"]


def knock_on(
    network: Network, unpowered: Iterable[str], exclude: set[str] | frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """``(powerless equipment, elements losing service)`` when ``unpowered`` lose their
    electrical supply; equipment stopped together is taken out together (two parallel pumps
    that both stop leave nothing fed, one of them does)."""
    powerless = [
        g for g in dict.fromkeys(unpowered) if g in network.powered or g in network.actuated
    ]
    stopped: dict[str, set[str]] = {}
    for gid in powerless:
        if gid in network.actuated and gid not in network.powered:
            continue  # it keeps its position
        for medium in network.node_media.get(gid, ()):
            if medium != ELECTRICAL:
                stopped.setdefault(medium, set()).add(gid)
    lost: dict[str, None] = {}
    for medium, equipment in sorted(stopped.items()):
        view = network.media[medium]
        if medium in GRAVITY_MEDIA:
            for gid in sorted(equipment):
                lost.update(dict.fromkeys(upstream_of(view, gid)))
        else:
            lost.update(dict.fromkeys(lost_supply(view, equipment, None)))
    return powerless, [g for g in lost if g not in exclude and g not in powerless]


def upstream_of(view: MediumView, leak: str) -> list[str]:
    """Everything whose flow passes through ``leak`` on its way down (a drain's catchment)."""
    seen = {leak}
    order = []
    queue = deque([leak])
    while queue:
        u = queue.popleft()
        for v in view.up.get(u, ()):
            if v not in seen:
                seen.add(v)
                order.append(v)
                queue.append(v)
    return order


def lost_supply(view: MediumView, closed: set[str], leak: str | None) -> list[str]:
    """Elements supplied before that are no longer supplied once ``closed`` (and the leaking
    element) are out, in walking order.

    Walks downstream from what is taken out, but stops below an element that still has a
    supplied feed from outside the walked region (a parallel pump, the other end of a ring),
    so the cost follows the outage, not the building. A stop is re-examined when its feed
    turns out to be inside the region after all. A feed the element itself feeds (both ways
    on an undirected ring) does not count; a directed loop fed only through what is taken out
    can still be reported as supplied (the network check flags directed loops).
    """
    removed = set(closed)
    if leak is not None:
        removed.add(leak)
    supplied, up, down = view.supplied, view.up, view.down
    candidates: dict[str, None] = {}
    witness: dict[str, str] = {}
    queue: deque[str] = deque()

    def feed_of(node: str) -> str | None:
        if node in view.primary_sources:
            return node
        below = down.get(node, ())
        for u in up.get(node, ()):
            # a feed that the node itself feeds (an undirected ring) proves nothing
            if u in supplied and u not in removed and u not in candidates and u not in below:
                return u
        return None

    def expand(node: str) -> None:
        queue.extend(v for v in down.get(node, ()) if v not in removed and v not in candidates)

    for node in removed:
        expand(node)
    while True:
        while queue:
            c = queue.popleft()
            if c in candidates or c in removed:
                continue
            candidates[c] = None
            feed = feed_of(c)
            if feed is not None:
                witness[c] = feed
            else:
                expand(c)
        stale = [c for c, feed in witness.items() if feed != c and feed in candidates]
        if not stale:
            break
        for c in stale:
            feed = feed_of(c)
            if feed is None:
                del witness[c]
                expand(c)
            else:
                witness[c] = feed
    still = set(witness)
    queue = deque(witness)
    while queue:
        u = queue.popleft()
        for v in down.get(u, ()):
            if v in candidates and v not in still:
                still.add(v)
                queue.append(v)
    return [c for c in candidates if c in supplied and c not in still]
