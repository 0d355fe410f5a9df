"""The bytes of one geometry cache entry: a JSON header, record columns, part-ordered arrays.

Layout: 8 magic bytes, the header's length and CRC-32, the header (storeys, failures, the part
table, the array table, the byte length of each record column), the element records as UTF-8
columns joined by NUL, then the arrays
``vertices``, ``triangles``, ``colours`` and ``triangle_elements``, each 64-byte aligned so
they are memory-mapped on load rather than read. The arrays are written part after part
straight from the chunks the scene already holds (:class:`GeometryAssembler`), never joined in
memory first.

The record columns are outside the JSON and are encoded, decoded and split a slice at a time:
a cache entry is read and written by a thread beside the GUI, and one C call over a 100,000-
element model's names (``json.loads``, ``bytes.decode``, ``str.split``: 20–60 ms each) holds
the GIL for its whole length, so the GUI thread stood still for over 100 ms while a cached
model was read.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import numpy as np

from fmdesk.bim.geometry_assembly import GeometryAssembler, GroupedGeometry, Part, PartChunk
from fmdesk.bim.geometry_types import ElementRecord, GeometryFailure, Storey

__all__ = ["FORMAT_VERSION", "EntryPlan", "plan_entry", "read_entry", "write_entry"]

FORMAT_VERSION = 4
_MAGIC = b"FMGEO\x00\x00\x04"
_ALIGN = 64
_SEP = "\x00"
_ARRAYS = ("vertices", "triangles", "colours", "triangle_elements")
_DTYPES = {"vertices": "<f4", "triangles": "<i4", "colours": "|u1", "triangle_elements": "<i4"}
_WIDTHS = {"vertices": 3, "triangles": 3, "colours": 4, "triangle_elements": 0}
_COLUMNS = ("global_id", "ifc_class", "name", "storey_id", "kind")
_SLICE_RECORDS = 8192
"""Records encoded in one C call when writing (about 1 ms)."""
_SLICE_BYTES = 256 * 1024
"""Column bytes decoded and split in one C call when reading (about 1 ms)."""

Source = GeometryAssembler | GroupedGeometry


class EntryPlan(NamedTuple):
    """An entry laid out before it is written: its size is known (the cache's bound is
    checked first) and the records are encoded once for both."""

    header_bytes: bytes
    columns: list[list[bytes]]
    offsets: dict[str, int]
    size: int


def write_entry(
    stream: BinaryIO, header: dict[str, Any], source: Source, plan: EntryPlan | None = None
) -> None:
    """Write one entry: ``header`` (keys, totals) plus ``source``'s records and arrays
    (``plan``: :func:`plan_entry` of the same, when already made)."""
    header_bytes, columns, offsets, end = plan or plan_entry(header, source)
    stream.write(_MAGIC)
    stream.write(struct.pack("<QI", len(header_bytes), zlib.crc32(header_bytes)))
    stream.write(header_bytes)
    for pieces in columns:
        for piece in pieces:
            stream.write(piece)
    for name in _ARRAYS:
        stream.write(b"\x00" * (offsets[name] - stream.tell()))
        for block in _blocks(source, name):
            stream.write(memoryview(np.ascontiguousarray(block, _DTYPES[name])).cast("B"))
    stream.write(b"\x00" * (end - stream.tell()))
    stream.flush()  # no fsync: an entry a crash left damaged fails validation and is re-meshed


def read_entry(path: Path) -> tuple[dict[str, Any], GroupedGeometry]:
    """The header and the geometry of an entry, arrays memory-mapped read-only.

    Raises ValueError (or OSError, KeyError…) on anything truncated or inconsistent.
    """
    size = path.stat().st_size
    with path.open("rb") as stream:
        if stream.read(len(_MAGIC)) != _MAGIC:
            raise ValueError("not a geometry cache entry of this version")
        header_len, crc = struct.unpack("<QI", stream.read(12))
        if header_len > size:
            raise ValueError("header length beyond the end of the file")
        header_bytes = stream.read(header_len)
        if len(header_bytes) != header_len or zlib.crc32(header_bytes) != crc:
            raise ValueError("header checksum mismatch")
        header = json.loads(header_bytes.decode("utf-8"))
        if header.get("format") != FORMAT_VERSION:
            raise ValueError("other format version")
        lengths = [int(n) for n in header["columns"]]
        columns_len = sum(lengths)
        if len(_MAGIC) + 12 + header_len + columns_len > size:
            raise ValueError("record columns run past the end of the file (truncated)")
        blob = stream.read(columns_len)
    if zlib.crc32(blob) != int(header["columns_crc"]):
        raise ValueError("record columns checksum mismatch")
    start = len(_MAGIC) + 12 + header_len
    arrays = _map_arrays(path, header, _align(start + columns_len), size)
    records = _records(blob, lengths, int(header["element_count"]))
    parts = [
        Part((s, c, bool(t), bool(k)), v0, v1, t0, t1)
        for s, c, t, k, v0, v1, t0, t1 in header["parts"]
    ]
    _validate(arrays, parts, len(records))
    return header, GroupedGeometry(
        records=records,
        parts=parts,
        vertices=arrays["vertices"],
        triangles=arrays["triangles"],
        colours=arrays["colours"],
        triangle_elements=arrays["triangle_elements"],
        storeys=[Storey(g, n, float(e)) for g, n, e in header["storeys"]],
        failures=[GeometryFailure(**f) for f in header["failures"]],
        total=int(header["total"]),
        from_cache=True,
    )


def plan_entry(header: dict[str, Any], source: Source) -> EntryPlan:
    """Lay out the entry of ``header`` and ``source``: header bytes, record columns, array
    offsets and size."""
    parts, counts = _part_table(source)
    records = source.records
    columns = [_encoded_column(records, i) for i in range(len(_COLUMNS))]
    crc = 0
    for pieces in columns:
        for piece in pieces:
            crc = zlib.crc32(piece, crc)
    full = {
        **header,
        "format": FORMAT_VERSION,
        "element_count": len(records),
        "columns": [sum(map(len, pieces)) for pieces in columns],
        "columns_crc": crc,
        "storeys": [[s.global_id, s.name, s.elevation] for s in source.storeys],
        "failures": [f.as_dict() for f in source.failures],
        "total": max(int(source.total), len(records)),
        "parts": parts,
        "arrays": {
            name: {"dtype": _DTYPES[name], "shape": _shape(name, counts)} for name in _ARRAYS
        },
    }
    header_bytes = json.dumps(full, ensure_ascii=False).encode("utf-8")
    offset = _align(len(_MAGIC) + 12 + len(header_bytes) + sum(full["columns"]))
    offsets = {}
    for name in _ARRAYS:
        offsets[name] = offset
        shape = _shape(name, counts)
        offset = _align(offset + int(np.prod(shape)) * np.dtype(_DTYPES[name]).itemsize)
    return EntryPlan(header_bytes, columns, offsets, offset)


def _encoded_column(records: list[ElementRecord], index: int) -> list[bytes]:
    """Field ``index`` of every record, UTF-8, NUL between values, in slices of
    ``_SLICE_RECORDS`` (a NUL ends every slice but the last)."""
    pieces = []
    for first in range(0, len(records), _SLICE_RECORDS):
        values = [record[index] for record in records[first : first + _SLICE_RECORDS]]
        last = first + _SLICE_RECORDS >= len(records)
        pieces.append((_SEP.join(values) + ("" if last else _SEP)).encode("utf-8"))
    return pieces


def _part_table(source: Source) -> tuple[list[list[Any]], dict[str, int]]:
    """The part rows ``[storey, class, translucent, closed, v0, v1, t0, t1]`` and the totals."""
    rows: list[list[Any]] = []
    v = t = 0
    for key, chunks in _part_chunks(source):
        v1 = v + sum(len(c.points) for c in chunks)
        t1 = t + sum(len(c.triangles) for c in chunks)
        rows.append([key[0], key[1], bool(key[2]), bool(key[3]), v, v1, t, t1])
        v, t = v1, t1
    return rows, {"vertices": v, "triangles": t}


def _part_chunks(source: Source) -> Iterator[tuple[Any, list[PartChunk]]]:
    if isinstance(source, GroupedGeometry):
        for index, part in enumerate(source.parts):
            yield part.key, [source.chunk(index)]
    else:
        yield from source.part_arrays()


def _blocks(source: Source, name: str) -> Iterator[np.ndarray]:
    """One array's content part by part; a part's triangles re-indexed to its vertex block."""
    for _, chunks in _part_chunks(source):
        base = 0
        for chunk in chunks:
            if name == "vertices":
                yield chunk.points
            elif name == "triangles":
                yield chunk.triangles + np.int32(base) if base else chunk.triangles
            elif name == "colours":
                yield chunk.colours
            else:
                yield chunk.elements
            base += len(chunk.points)


def _shape(name: str, counts: dict[str, int]) -> list[int]:
    rows = counts["vertices"] if name == "vertices" else counts["triangles"]
    width = _WIDTHS[name]
    return [rows, width] if width else [rows]


def _map_arrays(path: Path, header: dict, offset: int, size: int) -> dict[str, np.ndarray]:
    arrays = {}
    for name in _ARRAYS:
        spec = header["arrays"][name]
        if spec["dtype"] != _DTYPES[name]:
            raise ValueError(f"array {name} is not of the expected type")
        dtype = np.dtype(spec["dtype"])
        shape = tuple(int(n) for n in spec["shape"])
        nbytes = int(np.prod(shape)) * dtype.itemsize
        if offset + nbytes > size:
            raise ValueError(f"array {name} runs past the end of the file (truncated)")
        if nbytes == 0:
            arrays[name] = np.zeros(shape, dtype)
        else:
            arrays[name] = np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape)
        offset = _align(offset + nbytes)
    return arrays


def _records(blob: bytes, lengths: list[int], count: int) -> list[ElementRecord]:
    if len(lengths) != len(_COLUMNS) or sum(lengths) != len(blob):
        raise ValueError("record columns do not match their table")
    if not count:
        return []
    split, start = [], 0
    for length in lengths:
        split.append(_split_column(blob, start, start + length))
        start += length
    if any(len(values) != count for values in split):
        raise ValueError("element columns do not match the element count")
    return list(map(ElementRecord._make, zip(*split, strict=True)))


def _split_column(blob: bytes, start: int, end: int) -> list[str]:
    """The NUL-separated values in ``blob[start:end]``, decoded a slice at a time (NUL never
    occurs inside a multi-byte UTF-8 character, so a slice may end at any NUL)."""
    values: list[str] = []
    while True:
        cut = blob.find(b"\x00", start + _SLICE_BYTES, end) if start + _SLICE_BYTES < end else -1
        if cut < 0:
            values.extend(blob[start:end].decode("utf-8").split(_SEP))
            return values
        values.extend(blob[start:cut].decode("utf-8").split(_SEP))
        start = cut + 1


def _validate(arrays: dict[str, np.ndarray], parts: list[Part], element_count: int) -> None:
    """Cheap structural checks that catch truncation and garbage without reading every byte."""
    vertices, triangles = len(arrays["vertices"]), len(arrays["triangles"])
    if len(arrays["colours"]) != triangles or len(arrays["triangle_elements"]) != triangles:
        raise ValueError("one colour and one element per triangle expected")
    v = t = 0
    for part in parts:
        if part.v0 != v or part.t0 != t or part.v1 < part.v0 or part.t1 < part.t0:
            raise ValueError("part table is not contiguous")
        v, t = part.v1, part.t1
    if v != vertices or t != triangles:
        raise ValueError("part table does not cover the arrays")
    if not triangles:
        return
    # Every index is checked (VTK would read out of bounds), in one pass: read as unsigned, a
    # negative index is larger than any part, so the largest index per part says it all.
    # The flat array is reduced in one contiguous pass (a max over rows of three took 60 ms
    # of a cached re-open's second on 2.7 million triangles; this takes 2 ms).
    filled = [p for p in parts if p.t1 > p.t0]
    starts = np.asarray([p.t0 for p in filled], np.int64) * 3
    sizes = np.asarray([p.v1 - p.v0 for p in filled], np.int64)
    flat = np.asarray(arrays["triangles"]).view(np.uint32).reshape(-1)
    if np.any(np.maximum.reduceat(flat, starts) >= sizes):
        raise ValueError("triangle indices out of range")
    owners = np.asarray(arrays["triangle_elements"]).view(np.uint32)
    if owners.max() >= element_count:
        raise ValueError("triangle owners out of range")


def _align(offset: int) -> int:
    return (offset + _ALIGN - 1) // _ALIGN * _ALIGN
