"""Read-only views of a network stored as integer arrays, for a fast cached re-open.

A built network of a 100,000-element building holds some 100,000 node records, 190,000 edges
and adjacency lists per medium; unpickling those Python objects takes seconds. Stored as
integer arrays (one GlobalId table, per-column value tables, CSR adjacency) it loads in a
fraction of that, and these classes answer the same questions as the dictionaries the builder
makes (``view.down.get(u, ())``, ``u in view.supplied``, ``network.nodes[gid]``), creating the
Python objects only for the elements a question touches.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence, Set
from typing import Any

import numpy as np

from fmdesk.network.model import NetworkEdge, NetworkNode

__all__ = ["CsrMap", "IdSet", "LazyEdges", "LazyNodes", "NodeMedia", "TreeMap"]

_new = object.__new__


def make_record(cls: type, names: Sequence[str], values: Sequence[Any]) -> Any:
    """A frozen dataclass instance from its field values, without running ``__init__``."""
    record = _new(cls)
    record.__dict__.update(zip(names, values, strict=True))
    return record


class LazyNodes(Mapping[str, NetworkNode]):
    """``gid → NetworkNode`` from per-field codes into value tables; records made on access."""

    def __init__(
        self,
        ids: list[str],
        index: dict[str, int],
        fields: Sequence[str],
        codes: np.ndarray,
        tables: Sequence[list[Any]],
    ) -> None:
        self._ids, self._index, self._fields = ids, index, fields
        self._codes, self._tables = codes, tables
        self._made: dict[int, NetworkNode] = {}

    def node_at(self, number: int) -> NetworkNode:
        made = self._made.get(number)
        if made is None:
            row = self._codes[number]
            values = [
                None if code < 0 else table[code]
                for code, table in zip(row.tolist(), self._tables, strict=True)
            ]
            made = self._made[number] = make_record(NetworkNode, self._fields, values)
        return made

    def __getitem__(self, gid: str) -> NetworkNode:
        return self.node_at(self._index[gid])

    def __contains__(self, gid: object) -> bool:
        return gid in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class LazyEdges(Sequence[NetworkEdge]):
    """The edge list, made into :class:`NetworkEdge` records only when walked."""

    def __init__(self, fields: Sequence[str], rows: list[tuple]) -> None:
        self._fields, self._rows = fields, rows
        self._made: list[NetworkEdge] | None = None

    def _all(self) -> list[NetworkEdge]:
        if self._made is None:
            self._made = [make_record(NetworkEdge, self._fields, row) for row in self._rows]
        return self._made

    def __getitem__(self, number):  # type: ignore[override]
        return self._all()[number]

    def __iter__(self) -> Iterator[NetworkEdge]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._rows)


class CsrMap(Mapping[str, list[str]]):
    """``gid → [gid, …]`` over compressed sparse rows; only nodes with entries are keys."""

    def __init__(
        self, ids: list[str], index: dict[str, int], offsets: np.ndarray, targets: np.ndarray
    ) -> None:
        self._ids, self._index = ids, index
        self._offsets, self._targets = offsets.tolist(), targets

    def __getitem__(self, gid: str) -> list[str]:
        number = self._index[gid]
        start, end = self._offsets[number], self._offsets[number + 1]
        if start == end:
            raise KeyError(gid)
        ids = self._ids
        return [ids[j] for j in self._targets[start:end].tolist()]

    def get(self, gid: str, default: Any = None) -> Any:  # type: ignore[override]
        number = self._index.get(gid)
        if number is None:
            return default
        start, end = self._offsets[number], self._offsets[number + 1]
        if start == end:
            return default
        ids = self._ids
        return [ids[j] for j in self._targets[start:end].tolist()]

    def __contains__(self, gid: object) -> bool:
        number = self._index.get(gid)  # type: ignore[arg-type]
        return number is not None and self._offsets[number] != self._offsets[number + 1]

    def __iter__(self) -> Iterator[str]:
        offsets, ids = self._offsets, self._ids
        return (ids[n] for n in range(len(ids)) if offsets[n] != offsets[n + 1])

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(np.asarray(self._offsets))))


class IdSet(Set[str]):
    """A set of node GlobalIds held as a boolean mask over the node table."""

    def __init__(self, ids: list[str], index: dict[str, int], mask: np.ndarray) -> None:
        self._ids, self._index, self._mask = ids, index, mask

    def __contains__(self, gid: object) -> bool:
        number = self._index.get(gid)  # type: ignore[arg-type]
        return number is not None and bool(self._mask[number])

    def __iter__(self) -> Iterator[str]:
        ids = self._ids
        return (ids[n] for n in np.flatnonzero(self._mask).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._mask))


class TreeMap(Mapping[str, "str | None"]):
    """``gid → parent gid or None`` for the stripped branches (-2: not stripped, -1: None)."""

    def __init__(self, ids: list[str], index: dict[str, int], parents: np.ndarray) -> None:
        self._ids, self._index, self._parents = ids, index, parents

    def __getitem__(self, gid: str) -> str | None:
        parent = int(self._parents[self._index[gid]])
        if parent == -2:
            raise KeyError(gid)
        return None if parent == -1 else self._ids[parent]

    def __contains__(self, gid: object) -> bool:
        number = self._index.get(gid)  # type: ignore[arg-type]
        return number is not None and int(self._parents[number]) != -2

    def __iter__(self) -> Iterator[str]:
        ids = self._ids
        return (ids[n] for n in np.flatnonzero(self._parents != -2).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._parents != -2))


class NodeMedia(Mapping[str, frozenset[str]]):
    """``gid → media`` from one bit mask per node; nodes on no medium are not keys."""

    def __init__(
        self, ids: list[str], index: dict[str, int], masks: np.ndarray, media: list[str]
    ) -> None:
        self._ids, self._index, self._masks, self._media = ids, index, masks, media
        self._sets: dict[int, frozenset[str]] = {}

    def _set(self, mask: int) -> frozenset[str]:
        found = self._sets.get(mask)
        if found is None:
            found = self._sets[mask] = frozenset(
                m for bit, m in enumerate(self._media) if mask >> bit & 1
            )
        return found

    def __getitem__(self, gid: str) -> frozenset[str]:
        mask = int(self._masks[self._index[gid]])
        if not mask:
            raise KeyError(gid)
        return self._set(mask)

    def get(self, gid: str, default: Any = None) -> Any:  # type: ignore[override]
        number = self._index.get(gid)
        if number is None:
            return default
        mask = int(self._masks[number])
        return self._set(mask) if mask else default

    def __contains__(self, gid: object) -> bool:
        number = self._index.get(gid)  # type: ignore[arg-type]
        return number is not None and bool(self._masks[number])

    def __iter__(self) -> Iterator[str]:
        ids = self._ids
        return (ids[n] for n in np.flatnonzero(self._masks).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._masks))
