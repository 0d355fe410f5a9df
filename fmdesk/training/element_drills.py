"""Locate and identify drills: find an element on the model, or name what is highlighted.

Scoring (a trainer can say it in one breath):

- **Locate** ("找到消防水泵接合器"): clicking the element, or the room that holds it, within the
  time limit scores 100; the right answer after the limit scores 50 (found, too slowly);
  anything else scores 0.
- **Identify**: the element is highlighted; the trainee chooses its kind and its system from
  lists. The right kind is worth 50, the right system 50 (an element in no system expects
  "none").

Example::

    check_locate(target="2x…", clicked="2x…", rooms={"3y…"}, seconds=12.0, limit_s=60).score
    # 100
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from fmdesk.i18n import Msg, _t

__all__ = [
    "KIND_NAMES",
    "NO_SYSTEM",
    "ElementDrillResult",
    "check_identify",
    "check_locate",
    "identify_choices",
    "kind_name",
]

NO_SYSTEM = ""
"""The system answer for an element that belongs to no system."""

KIND_NAMES: dict[str, Msg] = {
    "pipe": _t("pipe"),
    "fitting": _t("pipe fitting"),
    "valve": _t("valve"),
    "pump": _t("pump"),
    "tank": _t("tank"),
    "meter": _t("meter"),
    "sanitary": _t("sanitary fixture"),
    "hydrant": _t("fire hydrant"),
    "cable": _t("cable"),
    "breaker": _t("circuit breaker"),
    "distribution_board": _t("distribution board"),
    "junction_box": _t("junction box"),
    "transformer": _t("transformer"),
    "light": _t("light fitting"),
    "outlet": _t("socket outlet"),
    "fan": _t("fan"),
    "duct": _t("duct"),
    "air_terminal": _t("air terminal"),
    "chamber": _t("inspection chamber"),
    "lift": _t("lift"),
}


def kind_name(kind: str) -> str:
    """The kind in the reader's language (the kind word itself when unknown)."""
    name = KIND_NAMES.get(kind)
    return name.render() if name is not None else kind


@dataclass(frozen=True)
class ElementDrillResult:
    """The outcome of a locate or identify drill."""

    kind: str
    score: int
    correct: bool
    target: str
    answer: dict[str, Any]
    expected: dict[str, Any]
    late: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_locate(
    target: str,
    clicked: str | None,
    rooms: Iterable[str],
    seconds: float,
    limit_s: float | None,
) -> ElementDrillResult:
    """Score a locate drill: ``clicked`` is the element or space the trainee clicked,
    ``rooms`` the spaces holding the target (its room and flat)."""
    rooms = set(rooms)
    right = clicked is not None and (clicked == target or clicked in rooms)
    late = limit_s is not None and seconds > limit_s
    score = (50 if late else 100) if right else 0
    return ElementDrillResult(
        kind="locate",
        score=score,
        correct=right and not late,
        target=target,
        answer={"clicked": clicked, "seconds": round(seconds, 1)},
        expected={"element": target, "rooms": sorted(rooms), "limit_s": limit_s},
        late=late,
    )


def check_identify(
    target: str,
    expected_kind: str,
    expected_systems: Sequence[str],
    chosen_kind: str,
    chosen_system: str,
) -> ElementDrillResult:
    """Score an identify drill (50 for the kind, 50 for the system)."""
    systems = list(expected_systems) or [NO_SYSTEM]
    kind_right = chosen_kind == expected_kind
    system_right = chosen_system in systems
    return ElementDrillResult(
        kind="identify",
        score=(50 if kind_right else 0) + (50 if system_right else 0),
        correct=kind_right and system_right,
        target=target,
        answer={"kind": chosen_kind, "system": chosen_system},
        expected={"kind": expected_kind, "systems": systems},
    )


def identify_choices(
    expected_kind: str,
    expected_systems: Sequence[str],
    all_kinds: Iterable[str],
    all_systems: Iterable[str],
    count: int = 5,
    rng: random.Random | None = None,
) -> tuple[list[str], list[str]]:
    """The kinds and systems to choose from: the right ones among plausible others, shuffled.

    Systems always include "none" (:data:`NO_SYSTEM`), so an element in no system can be
    answered.
    """
    rng = rng or random.Random()
    others = sorted(set(all_kinds) - {expected_kind})
    kinds = [expected_kind, *rng.sample(others, min(count - 1, len(others)))]
    rng.shuffle(kinds)
    right_system = expected_systems[0] if expected_systems else NO_SYSTEM
    other_systems = sorted(set(all_systems) - set(expected_systems) - {NO_SYSTEM})
    systems = [right_system, *rng.sample(other_systems, min(count - 2, len(other_systems)))]
    rng.shuffle(systems)
    if NO_SYSTEM not in systems:
        systems.append(NO_SYSTEM)
    return kinds, systems
