"""The scoring rule of the shut-off drills (leak: valves; electrical fault: breakers).

A trainer must be able to explain a score to a trainee in one sentence per deduction, so the
rule is a few whole numbers, not a formula to trust:

- Start from 100. Exactly the engine's answer scores 100.
- **A missing device through which water (or power) still reaches the fault** costs its share of
  the job, ``100 / number of devices in the right answer``, plus 5 points for each space (flat,
  plant room) that stays wet around the fault (at least one: the leak itself). Leaving out one
  of three valves on the pump-room suction header scores 100 − 33.3 − 5 = 62: a fail at the
  usual pass mark of 80, because the room is still flooding.
- **A missing device that is covered** by a device the trainee closed farther out (the fault is
  cut off all the same) costs 5 points: not the nearest device.
- **An unnecessary device** costs 5 points, plus 3 points for each space cut off needlessly
  (a space that loses supply under the answer but not under the right answer, counted once
  however many devices cut it). Closing the riser's main valve instead of a flat's own valve
  stops the leak but cuts 23 other flats: 100 − 5 − 5 − 69 = 21.
- The score is rounded to a whole number and kept between 0 and 100.

Example::

    >>> rule = ScoringRule()
    >>> rule.score(reference=3, feeding_missing=1, wet_spaces=1, covered_missing=0,
    ...            unnecessary=0, needlessly_cut=0).score
    62
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Deduction", "ScoreSheet", "ScoringRule"]


@dataclass(frozen=True)
class Deduction:
    """One line of the score sheet: what was wrong, how many times, and the points lost."""

    reason: str
    """``missing_feeding``, ``wet_space``, ``missing_covered``, ``unnecessary``,
    ``needlessly_cut``."""
    count: int
    points: float

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "count": self.count, "points": round(self.points, 1)}


@dataclass(frozen=True)
class ScoreSheet:
    """The score and the deductions that led to it."""

    score: int
    deductions: tuple[Deduction, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "deductions": [d.to_dict() for d in self.deductions]}


@dataclass(frozen=True)
class ScoringRule:
    """The points of each mistake (see the module docstring for why these numbers)."""

    wet_space_points: float = 5.0
    covered_points: float = 5.0
    unnecessary_points: float = 5.0
    needless_space_points: float = 3.0

    def score(
        self,
        *,
        reference: int,
        feeding_missing: int,
        wet_spaces: int,
        covered_missing: int,
        unnecessary: int,
        needlessly_cut: int,
    ) -> ScoreSheet:
        """Score an answer from the counts of each kind of mistake.

        ``reference`` is the number of devices in the right answer, ``wet_spaces`` the spaces
        still wet around the fault (counted as at least one while water still reaches it).
        """
        lines: list[Deduction] = []
        if feeding_missing:
            share = 100.0 / max(reference, 1)
            lines.append(Deduction("missing_feeding", feeding_missing, share * feeding_missing))
            wet = max(wet_spaces, 1)
            lines.append(Deduction("wet_space", wet, self.wet_space_points * wet * feeding_missing))
        if covered_missing:
            lines.append(
                Deduction("missing_covered", covered_missing, self.covered_points * covered_missing)
            )
        if unnecessary:
            lines.append(
                Deduction("unnecessary", unnecessary, self.unnecessary_points * unnecessary)
            )
        if needlessly_cut:
            lines.append(
                Deduction(
                    "needlessly_cut", needlessly_cut, self.needless_space_points * needlessly_cut
                )
            )
        total = 100.0 - sum(line.points for line in lines)
        return ScoreSheet(round(min(100.0, max(0.0, total))), tuple(lines))
