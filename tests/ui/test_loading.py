"""Cached geometry is handed to the GUI in small pieces that keep the scene's groups whole."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from fmdesk.bim.geometry import concat_batches, load_geometry
from fmdesk.ui.loading import order_by_group, split_batch


def test_ordering_by_group_keeps_every_mesh_and_splitting_loses_nothing(
    model_path: Path, cached_geometry: Path
) -> None:
    whole = load_geometry(model_path)
    ordered = order_by_group(whole)
    keys = [(r.storey_id, r.ifc_class) for r in ordered.elements]
    assert keys == sorted(keys) and len(keys) == len(whole.elements)
    original = whole.index_of()
    for index in range(0, len(ordered.elements), 97):
        mine = ordered.mesh(index)
        theirs = whole.mesh(original[mine.global_id])
        assert np.array_equal(mine.vertices, theirs.vertices)
        assert np.array_equal(mine.triangles, theirs.triangles)
        assert np.array_equal(mine.colours, theirs.colours)
    pieces = split_batch(ordered, max_triangles=5000, max_elements=100)
    assert len(pieces) > 3
    assert all(len(p.elements) <= 100 for p in pieces)
    again = concat_batches(pieces)
    assert [r.global_id for r in again.elements] == [r.global_id for r in ordered.elements]
    assert again.triangle_count == whole.triangle_count
