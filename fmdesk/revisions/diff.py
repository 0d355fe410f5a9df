"""Compare two revisions of a model: matched, added, removed, changed and moved elements.

Matching, in order:

1. the same GlobalId;
2. for the rest, the same class, type name, element name and storey; inside each such group the
   pairs nearest in position (body centre) and size are taken first, so a regenerated export
   where one element moved still pairs everything else in place and the moved one last;
3. what is left, by class and type only, when an element of the same size sits within
   :data:`LOOSE_DISTANCE` (a renamed element, or one whose storey assignment changed).

An element left over in the old revision was removed, in the new one added. A matched pair
whose centre moved more than :data:`MOVE_TOLERANCE` is "moved" (with the distance); a pair
whose attributes, properties, type, placement or size differ is "changed".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from fmdesk.revisions.snapshot import ElementSnapshot, read_snapshot

__all__ = ["ChangedElement", "MovedElement", "RevisionDiff", "diff_models", "diff_snapshots"]

MOVE_TOLERANCE = 0.001
"""Metres: closer than this counts as not moved (export rounding)."""
LOOSE_DISTANCE = 0.5
"""Metres: how far a renamed or re-storeyed element may be from its old self."""


@dataclass(frozen=True)
class MovedElement:
    old_id: str
    new_id: str
    name: str
    ifc_class: str
    distance: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old_id,
            "new": self.new_id,
            "name": self.name,
            "ifc_class": self.ifc_class,
            "distance": round(self.distance, 4),
        }


@dataclass(frozen=True)
class ChangedElement:
    old_id: str
    new_id: str
    name: str
    ifc_class: str
    changes: dict[str, tuple[str, str]]
    """``"attribute:Name"``, ``"property:Pset.Prop"``, ``"type"``, ``"placement"``,
    ``"size"`` → (old, new)."""

    @property
    def kinds(self) -> list[str]:
        """attributes, properties, type, placement, geometry: what kind of change it is."""
        kinds = {key.split(":", 1)[0] for key in self.changes}
        names = {"attribute": "attributes", "property": "properties", "size": "geometry"}
        return sorted(names.get(k, k) for k in kinds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old_id,
            "new": self.new_id,
            "name": self.name,
            "ifc_class": self.ifc_class,
            "kinds": self.kinds,
            "changes": {k: list(v) for k, v in self.changes.items()},
        }


@dataclass
class RevisionDiff:
    old: str
    new: str
    matched: list[tuple[str, str]] = field(default_factory=list)
    matched_by_global_id: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[ChangedElement] = field(default_factory=list)
    moved: list[MovedElement] = field(default_factory=list)
    old_count: int = 0
    new_count: int = 0

    @property
    def regenerated(self) -> list[tuple[str, str]]:
        """Matched pairs whose GlobalId changed: records linked to the old id follow."""
        return [(old, new) for old, new in self.matched if old != new]

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "old_count": self.old_count,
            "new_count": self.new_count,
            "matched_count": len(self.matched),
            "matched_by_global_id": self.matched_by_global_id,
            "matched_fraction": round(len(self.matched) / self.old_count, 6)
            if self.old_count
            else 1.0,
            "matched": [[old, new] for old, new in self.matched],
            "added": self.added,
            "removed": self.removed,
            "changed": [c.to_dict() for c in self.changed],
            "moved": [m.to_dict() for m in self.moved],
        }


Report = Callable[[float, str], None]


def diff_models(old_model: Any, new_model: Any, report: Report | None = None) -> RevisionDiff:
    """Compare two parsed models (``ifcopenshell.file``)."""
    if report:
        report(0.0, "old")
    old, old_values = read_snapshot(old_model)
    if report:
        report(0.4, "new")
    new, new_values = read_snapshot(new_model)
    if report:
        report(0.8, "match")
    return diff_snapshots(old, old_values, new, new_values)


def diff_snapshots(
    old: dict[str, ElementSnapshot],
    old_values: dict[int, dict],
    new: dict[str, ElementSnapshot],
    new_values: dict[int, dict],
) -> RevisionDiff:
    """The diff of two snapshots (see the module docstring for the matching rules)."""
    result = RevisionDiff(old="", new="", old_count=len(old), new_count=len(new))
    pairs = [(gid, gid) for gid in old if gid in new]
    result.matched_by_global_id = len(pairs)
    rest_old = [s for gid, s in old.items() if gid not in new]
    rest_new = [s for gid, s in new.items() if gid not in old]
    found, rest_old, rest_new = _match_groups(rest_old, rest_new, lambda s: s.bucket, math.inf)
    pairs += found
    found, rest_old, rest_new = _match_groups(
        rest_old, rest_new, lambda s: (s.ifc_class, s.type_name), LOOSE_DISTANCE
    )
    pairs += found
    result.matched = pairs
    result.removed = [s.global_id for s in rest_old]
    result.added = [s.global_id for s in rest_new]
    for old_id, new_id in pairs:
        before, after = old[old_id], new[new_id]
        distance = math.dist(before.centre, after.centre)
        if distance > MOVE_TOLERANCE:
            result.moved.append(MovedElement(old_id, new_id, after.name, after.ifc_class, distance))
        changes = _changes(before, old_values, after, new_values, distance)
        if changes:
            result.changed.append(
                ChangedElement(old_id, new_id, after.name, after.ifc_class, changes)
            )
    return result


def _match_groups(
    old: list[ElementSnapshot],
    new: list[ElementSnapshot],
    key: Callable[[ElementSnapshot], Any],
    limit: float,
) -> tuple[list[tuple[str, str]], list[ElementSnapshot], list[ElementSnapshot]]:
    groups_old: dict[Any, list[ElementSnapshot]] = defaultdict(list)
    groups_new: dict[Any, list[ElementSnapshot]] = defaultdict(list)
    for snapshot in old:
        groups_old[key(snapshot)].append(snapshot)
    for snapshot in new:
        groups_new[key(snapshot)].append(snapshot)
    pairs: list[tuple[str, str]] = []
    left_old: list[ElementSnapshot] = []
    left_new: list[ElementSnapshot] = []
    for group, members in groups_old.items():
        candidates = groups_new.pop(group, [])
        found, unused_old, unused_new = _nearest_pairs(members, candidates, limit)
        pairs += found
        left_old += unused_old
        left_new += unused_new
    for remaining in groups_new.values():
        left_new += remaining
    return pairs, left_old, left_new


def _nearest_pairs(
    old: list[ElementSnapshot], new: list[ElementSnapshot], limit: float
) -> tuple[list[tuple[str, str]], list[ElementSnapshot], list[ElementSnapshot]]:
    """Greedy pairing, cheapest first: cost = distance between centres + size difference."""
    if not old or not new:
        return [], old, new
    if len(old) == 1 and len(new) == 1 and limit == math.inf:
        return [(old[0].global_id, new[0].global_id)], [], []
    tree = cKDTree(np.array([s.centre for s in new]))
    k = min(len(new), 8)
    distances, indices = tree.query(np.array([s.centre for s in old]), k=k)
    distances = np.asarray(distances).reshape(len(old), k)
    indices = np.asarray(indices).reshape(len(old), k)
    candidates = []
    for i, row in enumerate(indices):
        for j, n in enumerate(row):
            cost = float(distances[i, j]) + _size_gap(old[i], new[n])
            if cost <= limit:
                candidates.append((cost, i, int(n)))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _cost, i, n in candidates:
        if i in used_old or n in used_new:
            continue
        used_old.add(i)
        used_new.add(n)
        pairs.append((old[i].global_id, new[n].global_id))
    left_old = [s for i, s in enumerate(old) if i not in used_old]
    left_new = [s for n, s in enumerate(new) if n not in used_new]
    if left_old and left_new and limit == math.inf:  # beyond the k nearest: pair what is left
        more, left_old, left_new = _nearest_pairs(left_old, left_new, limit)
        pairs += more
    return pairs, left_old, left_new


def _size_gap(a: ElementSnapshot, b: ElementSnapshot) -> float:
    if a.size is None or b.size is None:
        return 0.0 if a.size == b.size else 1.0
    return sum(abs(x - y) for x, y in zip(a.size, b.size, strict=False))


def _changes(
    before: ElementSnapshot,
    old_values: dict[int, dict],
    after: ElementSnapshot,
    new_values: dict[int, dict],
    distance: float,
) -> dict[str, tuple[str, str]]:
    changes: dict[str, tuple[str, str]] = {}
    for name, value in before.attributes.items():
        if after.attributes.get(name, "") != value:
            changes[f"attribute:{name}"] = (value, after.attributes.get(name, ""))
    if before.type_name != after.type_name:
        changes["type"] = (before.type_name, after.type_name)
    if distance > MOVE_TOLERANCE or before.rotation != after.rotation:
        changes["placement"] = (_point(before.centre), _point(after.centre))
    if before.size != after.size:
        changes["size"] = (_dims(before.size), _dims(after.size))
    props_before = _merged(before.pset_ids, old_values)
    props_after = _merged(after.pset_ids, new_values)
    if props_before != props_after:
        for key in sorted(set(props_before) | set(props_after)):
            if props_before.get(key) != props_after.get(key):
                changes[f"property:{key}"] = (props_before.get(key, ""), props_after.get(key, ""))
    return changes


def _merged(ids: tuple[int, ...], values: dict[int, dict]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for pset_id in ids:
        merged.update(values.get(pset_id, {}))
    return merged


def _point(point: tuple[float, float, float]) -> str:
    return "({:.3f}, {:.3f}, {:.3f})".format(*point)


def _dims(size: tuple[float, ...] | None) -> str:
    return "-" if size is None else " × ".join(f"{v:.3f}" for v in size)
