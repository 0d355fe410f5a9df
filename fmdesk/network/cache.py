"""The built network on disk, keyed by the model's content, the fmdesk version and the
corrections, so a second question about the same file neither parses nor builds anything.

``<cache folder>/network/<sha256>-<version>-<corrections>.npz`` holds the network as integer
arrays (see :mod:`fmdesk.network.compact`): a GlobalId table, per-column value tables of the
node records, CSR adjacency per medium, and the edges' columns (their text tables are read only
when a question walks the edge list). The content hash of a large file costs a fifth of a
second to compute, so it is remembered per path, size and modification time (``hashes.json``):
a file whose size or time changed is hashed again.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np

from fmdesk import __version__
from fmdesk.network.compact import (
    CsrMap,
    IdSet,
    LazyEdges,
    LazyNodes,
    NodeMedia,
    TreeMap,
)
from fmdesk.network.corrections import Corrections
from fmdesk.network.model import MediumView, Network, NetworkEdge, NetworkNode, SpaceRef

__all__ = [
    "cache_folder",
    "cache_path",
    "content_hash",
    "corrections_key",
    "read_network",
    "write_network",
]

FORMAT = 1
_NODE_FIELDS = [f.name for f in fields(NetworkNode)]
_EDGE_FIELDS = [f.name for f in fields(NetworkEdge)]
_EDGE_TEXT = ("medium", "basis", "detail", "oriented_by")


def cache_folder() -> Path:
    """``<cache folder>/network``, created on demand."""
    from fmdesk.settings import cache_dir

    folder = cache_dir() / "network"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def content_hash(path: str | Path) -> str:
    """SHA-256 of the file's bytes, remembered per file stamp in this process and on disk (the
    geometry cache's memo: the open computed it already on its loading thread, so the panels
    asking for it on the GUI thread no longer read a 100 MB model again)."""
    from fmdesk.bim.geometry_cache import content_hash as remembered_hash

    return remembered_hash(path)


def corrections_key(corrections: Corrections) -> str:
    """A short digest of the corrections: networks built with other corrections differ."""
    text = json.dumps(corrections.to_dict(), sort_keys=True).encode("utf-8")
    return hashlib.sha256(text).hexdigest()[:16]


def cache_path(model_hash: str, corrections: Corrections) -> Path:
    """Where the network of this content built with these corrections is kept."""
    digest = corrections_key(corrections)
    return cache_folder() / f"{model_hash}-{__version__}-{FORMAT}-{digest}.npz"


def write_network(model_hash: str, corrections: Corrections, network: Network) -> Path | None:
    """Store ``network``; a cache that cannot be written is no error (the answer stands)."""
    path = cache_path(model_hash, corrections)
    try:
        arrays = encode(network)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(tmp, **arrays)
        os.replace(tmp, path)
    except OSError:
        return None
    return path


def read_network(model_hash: str, corrections: Corrections) -> Network | None:
    """The stored network, or None when there is none (or it cannot be read)."""
    path = cache_path(model_hash, corrections)
    if not path.is_file():
        return None
    try:
        return decode(np.load(path, allow_pickle=False))
    except (OSError, ValueError, KeyError, EOFError, TypeError):
        return None


# -- encoding -------------------------------------------------------------------------------


def encode(network: Network) -> dict[str, np.ndarray]:
    """The network as named arrays (see the module doc)."""
    ids = list(network.nodes)
    index = {gid: number for number, gid in enumerate(ids)}
    columns, tables = _node_columns(network, ids)
    media = sorted(network.media)
    arrays: dict[str, np.ndarray] = {"node_codes": columns}
    masks = np.zeros(len(ids), dtype=np.int32)
    for bit, medium in enumerate(media):
        for gid in network.media[medium].neighbours:
            masks[index[gid]] |= 1 << bit
        arrays.update(_medium_arrays(network.media[medium], index, f"m{bit}_"))
    arrays["node_media"] = masks
    edge_rows = list(network.edges)
    edge_tables = _edge_arrays(edge_rows, index, arrays)
    inferred = [number for number, edge in enumerate(edge_rows) if edge.inferred]
    core = {
        "ids": ids,
        "tables": tables,
        "media": media,
        "spaces": [(s.global_id, s.name, s.long_name, s.storey) for s in network.spaces.values()],
        "space_children": network.space_children,
        "space_elements": network.space_elements,
        "outside": network.outside,
        "inoperable": sorted(network.inoperable),
        "user_sources": sorted(network.user_sources),
        "powered": sorted(network.powered),
        "actuated": sorted(network.actuated),
        "schema": network.schema,
        "inferred": inferred,
    }
    arrays["core"] = np.frombuffer(marshal.dumps(core), dtype=np.uint8)
    arrays["edge_tables"] = np.frombuffer(marshal.dumps(edge_tables), dtype=np.uint8)
    return arrays


def _table_codes(values: Sequence[Any]) -> tuple[list[int], list[Any]]:
    table: dict[Any, int] = {}
    codes = []
    for value in values:
        if value is None:
            codes.append(-1)
        else:
            codes.append(table.setdefault(value, len(table)))
    return codes, list(table)


def _node_columns(network: Network, ids: list[str]) -> tuple[np.ndarray, list[list[Any]]]:
    nodes = [network.nodes[gid] for gid in ids]
    columns = np.zeros((len(ids), len(_NODE_FIELDS)), dtype=np.int32)
    tables = []
    for number, name in enumerate(_NODE_FIELDS):
        if name == "global_id":
            columns[:, number] = np.arange(len(ids), dtype=np.int32)
            tables.append(ids)
            continue
        codes, table = _table_codes([getattr(node, name) for node in nodes])
        columns[:, number] = codes
        tables.append(table)
    return columns, tables


def _csr(adjacency: Any, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    offsets = np.zeros(len(index) + 1, dtype=np.int64)
    rows: list[list[int]] = [[] for _ in range(len(index))]
    for gid, others in adjacency.items():
        rows[index[gid]] = [index[o] for o in others]
    offsets[1:] = np.cumsum([len(row) for row in rows])
    targets = np.fromiter((t for row in rows for t in row), dtype=np.int32, count=int(offsets[-1]))
    return offsets, targets


def _medium_arrays(view: MediumView, index: dict[str, int], prefix: str) -> dict[str, np.ndarray]:
    arrays = {}
    for name in ("down", "up", "neighbours"):
        offsets, targets = _csr(getattr(view, name), index)
        arrays[prefix + name + "_offsets"], arrays[prefix + name] = offsets, targets
    supplied = np.zeros(len(index), dtype=bool)
    supplied[[index[g] for g in view.supplied]] = True
    parents = np.full(len(index), -2, dtype=np.int32)
    for gid, parent in view.tree_parent.items():
        parents[index[gid]] = -1 if parent is None else index[parent]
    arrays[prefix + "supplied"] = supplied
    arrays[prefix + "tree"] = parents
    arrays[prefix + "primary"] = np.array([index[g] for g in view.primary_sources], np.int32)
    arrays[prefix + "supply"] = np.array([index[g] for g in view.supply_sources], np.int32)
    return arrays


def _edge_arrays(
    edges: list[NetworkEdge], index: dict[str, int], arrays: dict[str, np.ndarray]
) -> dict[str, list[Any]]:
    arrays["edge_ends"] = np.array(
        [(index[e.upstream], index[e.downstream]) for e in edges], dtype=np.int32
    ).reshape(-1, 2)
    arrays["edge_flags"] = np.array([(e.directed, e.accepted) for e in edges], bool).reshape(-1, 2)
    arrays["edge_confidence"] = np.array([e.confidence for e in edges], dtype=np.float64)
    tables: dict[str, list[Any]] = {}
    for name in _EDGE_TEXT:
        codes, table = _table_codes([getattr(e, name) for e in edges])
        arrays["edge_" + name] = np.array(codes, dtype=np.int32)
        tables[name] = table
    tables["ports"] = [list(e.ports) for e in edges]
    return tables


# -- decoding -------------------------------------------------------------------------------


def decode(stored: Any) -> Network:
    """The network from the arrays written by :func:`encode`."""
    core = marshal.loads(stored["core"].tobytes())
    ids: list[str] = core["ids"]
    index = {gid: number for number, gid in enumerate(ids)}
    nodes = LazyNodes(ids, index, _NODE_FIELDS, stored["node_codes"], core["tables"])
    media = {
        medium: _view(stored, ids, index, medium, f"m{bit}_")
        for bit, medium in enumerate(core["media"])
    }
    edges = _DecodedEdges(stored, ids)
    inferred = {}
    for number in core["inferred"]:
        edge = edges[number]
        inferred[(edge.upstream, edge.downstream)] = edge
        inferred[(edge.downstream, edge.upstream)] = edge
    return Network(
        nodes=nodes,  # type: ignore[arg-type]
        edges=edges,  # type: ignore[arg-type]
        media=media,
        node_media=NodeMedia(ids, index, stored["node_media"], core["media"]),  # type: ignore[arg-type]
        spaces={s[0]: SpaceRef(*s) for s in core["spaces"]},
        space_children=core["space_children"],
        space_elements=core["space_elements"],
        inferred=inferred,
        outside=core["outside"],
        inoperable=frozenset(core["inoperable"]),
        user_sources=frozenset(core["user_sources"]),
        schema=core["schema"],
        powered=frozenset(core["powered"]),
        actuated=frozenset(core["actuated"]),
    )


def _view(stored: Any, ids: list[str], index: dict[str, int], medium: str, p: str) -> MediumView:
    def csr(name: str) -> CsrMap:
        return CsrMap(ids, index, stored[p + name + "_offsets"], stored[p + name])

    return MediumView(
        medium,
        down=csr("down"),  # type: ignore[arg-type]
        up=csr("up"),  # type: ignore[arg-type]
        neighbours=csr("neighbours"),  # type: ignore[arg-type]
        primary_sources={ids[n] for n in stored[p + "primary"].tolist()},
        supply_sources={ids[n] for n in stored[p + "supply"].tolist()},
        supplied=IdSet(ids, index, stored[p + "supplied"]),  # type: ignore[arg-type]
        tree_parent=TreeMap(ids, index, stored[p + "tree"]),  # type: ignore[arg-type]
    )


class _DecodedEdges(LazyEdges):
    """Edges whose text tables (ports, details) are read on first use of a whole row."""

    def __init__(self, stored: Any, ids: list[str]) -> None:
        self._stored, self._ids = stored, ids
        self._ends = stored["edge_ends"]
        super().__init__(_EDGE_FIELDS, [])
        self._count = len(self._ends)
        self._rows_cache: dict[int, NetworkEdge] = {}
        self._tables: dict[str, list[Any]] | None = None

    def __len__(self) -> int:
        return self._count

    def _text(self) -> dict[str, list[Any]]:
        if self._tables is None:
            self._tables = marshal.loads(self._stored["edge_tables"].tobytes())
            self._codes = {n: self._stored["edge_" + n].tolist() for n in _EDGE_TEXT}
            self._flags = self._stored["edge_flags"].tolist()
            self._confidence = self._stored["edge_confidence"].tolist()
            self._end_list = self._ends.tolist()
        return self._tables

    def _row(self, number: int) -> NetworkEdge:
        made = self._rows_cache.get(number)
        if made is not None:
            return made
        tables = self._text()
        values = {name: _lookup(tables[name], self._codes[name][number]) for name in _EDGE_TEXT}
        upstream, downstream = self._end_list[number]
        directed, accepted = self._flags[number]
        values.update(
            upstream=self._ids[upstream],
            downstream=self._ids[downstream],
            directed=directed,
            accepted=accepted,
            confidence=self._confidence[number],
            ports=tuple(tables["ports"][number]),
        )
        made = self._rows_cache[number] = _record(values)
        return made

    def _all(self) -> list[NetworkEdge]:
        if self._made is None:
            self._made = [self._row(number) for number in range(self._count)]
        return self._made

    def __getitem__(self, number):  # type: ignore[override]
        if isinstance(number, int):
            return self._row(number if number >= 0 else self._count + number)
        return self._all()[number]


def _lookup(table: list[Any], code: int) -> Any:
    return None if code < 0 else table[code]


def _record(values: dict[str, Any]) -> NetworkEdge:
    from fmdesk.network.compact import make_record

    return make_record(NetworkEdge, _EDGE_FIELDS, [values[name] for name in _EDGE_FIELDS])


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
