"""Instances of one type are meshed once: the plan, a split and a stopping worker keep them
together (see fmdesk.bim.geometry_instances)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fmdesk import bim
from fmdesk.bim.geometry_coordinator import _halves
from fmdesk.bim.geometry_instances import type_key
from fmdesk.bim.geometry_plan import plan_work
from fmdesk.bim.geometry_settings import GeometrySettings
from fmdesk.bim.geometry_worker import _OpenTypes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "ifc_samples" / "sample_residential_ifc4.ifc"
DUPLEX = ROOT.parent / "shared" / "ifc" / "duplex-electrical_ifc2x3.ifc"


@pytest.mark.parametrize("workers", [2, 3])
def test_every_instance_of_a_type_starts_in_the_same_slice(workers: int) -> None:
    model = bim.open_model(SAMPLE)
    plan = plan_work(model, GeometrySettings(), workers)
    slice_of = np.empty(len(plan.step_ids), np.int64)
    for k, positions in enumerate(plan.slices):
        slice_of[positions] = k
    slices_by_type: dict[tuple[int, ...], set[int]] = {}
    for position, step_id in enumerate(plan.step_ids.tolist()):
        key = type_key(model.by_id(step_id))
        assert bool(plan.instanced[position]) == (key is not None)  # the workers' split
        if key is not None:
            slices_by_type.setdefault(key, set()).add(int(slice_of[position]))
    assert len(slices_by_type) >= 5  # the sample's outlets, valves, lights… are types
    assert all(len(s) == 1 for s in slices_by_type.values())
    assert len({int(s) for s in slice_of}) == workers  # and every worker still has work


def test_a_split_cuts_between_types() -> None:
    units = np.array([7, 7, 7, 3, 3, 9, 9, 9, 9, 1])
    halves = _halves(np.arange(10), units)
    assert len(halves) == 2 and sum(len(h) for h in halves) == 10
    assert not set(units[halves[0]].tolist()) & set(units[halves[1]].tolist())
    (whole,) = _halves(np.arange(3), np.array([5, 5, 5]))  # one type: not cut
    assert np.array_equal(whole, np.arange(3))


def test_a_worker_is_in_the_middle_of_a_type_until_its_last_instance() -> None:
    units = np.array([0, 1, 1, 1, 4])
    ids = np.array([10, 11, 12, 13, 14])
    types = _OpenTypes(units, np.arange(5), ids)
    assert types.meshed(10) is False  # a type of its own
    assert types.meshed(12) is True  # one of three instances done
    assert types.meshed(11) is True
    assert types.meshed(13) is False  # the type is complete
    assert types.meshed(14) is False


@pytest.mark.skipif(not DUPLEX.is_file(), reason="needs ../shared/ifc")
def test_a_heavy_type_is_estimated_from_its_faces() -> None:
    """The duplex's circulator pump (a 2,897-face surface model, 0.6 s to mesh) is the most
    expensive product of the plan, and its second instance is cheap."""
    model = bim.open_model(DUPLEX)
    plan = plan_work(model, GeometrySettings(), 2)
    pumps = [model.by_id(i) for i in (22439, 39607)]
    assert type_key(pumps[0]) == type_key(pumps[1]) is not None
    cost = dict(zip(plan.step_ids.tolist(), plan.cost_ms.tolist(), strict=True))
    first, second = sorted((cost[22439], cost[39607]), reverse=True)
    assert first == max(cost.values()) and first > 300
    assert second < first / 5
