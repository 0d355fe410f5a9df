"""A compact binary frame for one mesh batch travelling from a worker process to the viewer.

Pickling a batch builds Python objects on both sides and, on the receiving side, holds the GIL
(and with it the GUI thread) while it does. A frame is a fixed header, the element columns as
NUL-joined UTF-8 and the raw arrays, each 8-byte aligned: the receiver wraps the arrays with
``numpy.frombuffer`` without copying them and splits the strings in one call.

Layout (little-endian): ``b"FMB2"``, then ``<IIIII`` element, vertex and triangle counts, the
string block's and the extra JSON's lengths, then step ids (int32), vertex counts (int32),
triangle counts (int32), closed flags (uint8, see ``MeshBatch.closed``), vertices (float32 ×
3), triangles (int32 × 3, indices into this frame's vertices), colours (uint8 × 4), the
strings, the extra JSON (failures).
"""

from __future__ import annotations

import json
import struct

import numpy as np

from fmdesk.bim.geometry_types import ElementRecord, GeometryFailure, MeshBatch

__all__ = ["decode_batch", "encode_batch"]

_MAGIC = b"FMB2"
_HEAD = struct.Struct("<4sIIIII")
_SEP = "\x00"


def encode_batch(batch: MeshBatch, step_ids: np.ndarray | None = None) -> bytes:
    """``batch`` (storeys, progress and cache flags are not sent) as one frame."""
    n = len(batch.elements)
    strings = (
        _SEP.join(_SEP.join(record) for record in batch.elements).encode("utf-8") if n else b""
    )
    extra = b""
    if batch.failures:
        extra = json.dumps([f.as_dict() for f in batch.failures], ensure_ascii=False).encode()
    ids = np.zeros(n, np.int32) if step_ids is None else np.asarray(step_ids, np.int32)
    parts = [
        _HEAD.pack(_MAGIC, n, len(batch.vertices), len(batch.triangles), len(strings), len(extra)),
        ids,
        np.diff(np.asarray(batch.vertex_offsets, np.int64)).astype(np.int32),
        np.diff(np.asarray(batch.triangle_offsets, np.int64)).astype(np.int32),
        batch.closed_flags().astype(np.uint8),
        np.asarray(batch.vertices, np.float32),
        np.asarray(batch.triangles, np.int32),
        np.asarray(batch.colours, np.uint8),
        strings,
        extra,
    ]
    out = bytearray()
    for part in parts:
        if isinstance(part, bytes):
            out += part
        elif part.size:
            out += memoryview(np.ascontiguousarray(part)).cast("B")
        out += b"\x00" * (-len(out) % 8)
    return bytes(out)


def decode_batch(frame: bytes | bytearray | memoryview) -> tuple[MeshBatch, np.ndarray]:
    """The batch in ``frame`` (arrays are read-only views of it) and its elements' step ids.

    Raises ValueError on a frame that is not one.
    """
    view = memoryview(frame)
    if len(view) < _HEAD.size:
        raise ValueError("short geometry frame")
    magic, n, n_vertices, n_triangles, n_strings, n_extra = _HEAD.unpack_from(view)
    if magic != _MAGIC:
        raise ValueError("not a geometry frame")
    reader = _Reader(view, _HEAD.size)
    step_ids = reader.array(np.int32, n)
    vertex_counts = reader.array(np.int32, n)
    triangle_counts = reader.array(np.int32, n)
    closed = reader.array(np.uint8, n).astype(bool)
    vertices = reader.array(np.float32, n_vertices * 3).reshape(-1, 3)
    triangles = reader.array(np.int32, n_triangles * 3).reshape(-1, 3)
    colours = reader.array(np.uint8, n_triangles * 4).reshape(-1, 4)
    strings = reader.bytes(n_strings).decode("utf-8")
    extra = reader.bytes(n_extra)
    if n:
        fields = strings.split(_SEP)
        if len(fields) != 5 * n:
            raise ValueError("element strings do not match the element count")
        records = list(map(ElementRecord._make, zip(*[iter(fields)] * 5, strict=True)))
    else:
        records = []
    failures = [GeometryFailure(**f) for f in json.loads(extra)] if extra else []
    batch = MeshBatch(
        elements=records,
        vertices=vertices,
        triangles=triangles,
        colours=colours,
        vertex_offsets=np.concatenate([[0], np.cumsum(vertex_counts, dtype=np.int64)]),
        triangle_offsets=np.concatenate([[0], np.cumsum(triangle_counts, dtype=np.int64)]),
        failures=failures,
        closed=closed,
    )
    return batch, step_ids


class _Reader:
    """Consecutive 8-byte aligned sections of a frame."""

    def __init__(self, view: memoryview, offset: int) -> None:
        self.view = view
        self.offset = offset + (-offset % 8)

    def array(self, dtype: type, count: int) -> np.ndarray:
        nbytes = count * np.dtype(dtype).itemsize
        out = np.frombuffer(self._take(nbytes), dtype, count)
        return out

    def bytes(self, nbytes: int) -> bytes:
        return bytes(self._take(nbytes))

    def _take(self, nbytes: int) -> memoryview:
        end = self.offset + nbytes
        if end > len(self.view):
            raise ValueError("truncated geometry frame")
        part = self.view[self.offset : end]
        self.offset = end + (-end % 8)
        return part
