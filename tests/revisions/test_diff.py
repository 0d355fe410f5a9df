"""Revision diff: a revision whose GlobalIds were all regenerated, one element moved, one
deleted, is matched ≥ 99 % with the move and the removal reported; records follow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ifcopenshell
import pytest

from fmdesk.cli import main
from fmdesk.records.model_import import import_assets
from fmdesk.records.uow import UnitOfWork
from fmdesk.revisions import diff_models
from fmdesk.revisions.regenerate import write_regenerated_revision
from fmdesk.revisions.relink import relink_records
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample_residential_ifc4.ifc"
SHARED_MODELS = [
    "fzk-haus_ifc4.ifc",
    "office-a_ifc2x3.ifc",
    "duplex-electrical_ifc2x3.ifc",
    "heating-fragmented_ifc2x3.ifc",
]


def movable_and_deletable(model: ifcopenshell.file) -> tuple[str, str]:
    """An element with a 3D local placement to move, and another element to delete."""
    elements = [e for e in model.by_type("IfcElement") if not e.is_a("IfcOpeningElement")]
    movable = next(
        e
        for e in elements
        if e.ObjectPlacement is not None
        and e.ObjectPlacement.is_a("IfcLocalPlacement")
        and e.ObjectPlacement.RelativePlacement.is_a("IfcAxis2Placement3D")
        and e.Representation is not None
    )
    deletable = next(e for e in reversed(elements) if e != movable)
    return movable.GlobalId, deletable.GlobalId


def check_regenerated(source: Path, tmp_path: Path, offset: float) -> None:
    old = ifcopenshell.open(str(source))
    moved, deleted = movable_and_deletable(old)
    out = tmp_path / f"regenerated_{source.name}"
    truth = write_regenerated_revision(
        source, out, move=moved, delete=deleted, offset=(offset, 0, 0)
    )
    diff = diff_models(old, ifcopenshell.open(str(out)))
    assert diff.matched_by_global_id == 0
    still_there = diff.old_count - 1  # one element was deleted
    assert len(diff.matched) >= 0.99 * still_there
    right = sum(1 for o, n in diff.matched if truth.get(o) == n)
    assert right >= 0.99 * still_there, f"{right} of {still_there} paired correctly"
    assert deleted in diff.removed
    moves = {m.old_id: m for m in diff.moved}
    assert moved in moves
    assert moves[moved].new_id == truth[moved]
    assert moves[moved].distance > 0


def test_sample_with_all_global_ids_regenerated_one_moved_one_deleted(tmp_path: Path) -> None:
    check_regenerated(SAMPLE, tmp_path, 1.0)
    old = ifcopenshell.open(str(SAMPLE))
    moved, _ = movable_and_deletable(old)
    out = tmp_path / f"regenerated_{SAMPLE.name}"
    diff = diff_models(old, ifcopenshell.open(str(out)))
    (move,) = diff.moved
    assert move.old_id == moved and move.distance == pytest.approx(1.0, abs=1e-6)
    assert len(diff.removed) == 1 and diff.added == []
    assert [c.kinds for c in diff.changed] == [["placement"]]


@pytest.mark.parametrize("name", SHARED_MODELS)
def test_shared_models_with_regenerated_ids(shared_ifc: Path, tmp_path: Path, name: str) -> None:
    source = shared_ifc / name
    if not source.exists():
        pytest.skip(f"{name} is not in ../shared/ifc")
    scale = 1000.0 if "fzk" not in name else 1.0  # metres or millimetres: move visibly
    check_regenerated(source, tmp_path, scale)


def test_same_file_has_no_changes() -> None:
    model = ifcopenshell.open(str(SAMPLE))
    diff = diff_models(model, ifcopenshell.open(str(SAMPLE)))
    assert len(diff.matched) == diff.old_count == diff.matched_by_global_id
    assert not (diff.added or diff.removed or diff.changed or diff.moved)


def test_property_attribute_and_type_changes_are_reported(tmp_path: Path) -> None:
    model = ifcopenshell.open(str(SAMPLE))
    pump = model.by_type("IfcPump")[0]
    pump.Description = "换过的泵"
    for value in model.by_type("IfcPropertySingleValue"):
        if value.Name == "SerialNumber" and value.NominalValue.wrappedValue.startswith("GF"):
            value.NominalValue = model.createIfcIdentifier("NEW-001")
            break
    changed_path = tmp_path / "changed.ifc"
    model.write(str(changed_path))
    diff = diff_models(ifcopenshell.open(str(SAMPLE)), ifcopenshell.open(str(changed_path)))
    keys = {k for c in diff.changed for k in c.changes}
    assert "attribute:Description" in keys
    assert "property:Pset_ManufacturerOccurrence.SerialNumber" in keys


def test_cli_json_lists_matched_added_removed_changed_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    old = ifcopenshell.open(str(SAMPLE))
    moved, deleted = movable_and_deletable(old)
    out = tmp_path / "rev.ifc"
    write_regenerated_revision(SAMPLE, out, move=moved, delete=deleted)
    assert main(["diff", str(SAMPLE), str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"matched", "added", "removed", "changed", "moved"} <= set(data)
    assert data["removed"] == [deleted]
    assert data["moved"][0]["old"] == moved and data["moved"][0]["distance"] == 1.0


def test_records_follow_regenerated_global_ids(
    uow_factory: Callable[..., UnitOfWork], tmp_path: Path
) -> None:
    import_assets(uow_factory(), SAMPLE)
    old = ifcopenshell.open(str(SAMPLE))
    out = tmp_path / "rev.ifc"
    truth = write_regenerated_revision(SAMPLE, out)
    diff = diff_models(old, ifcopenshell.open(str(out)))
    result = relink_records(uow_factory("资料员"), diff.regenerated)
    assert result.assets > 100 and result.spaces > 100
    pump = old.by_type("IfcPump")[0].GlobalId
    with uow_factory() as uow:
        assert uow.assets.by_global_id(pump) is None
        asset = uow.assets.by_global_id(truth[pump])
        assert asset is not None and asset.code == "SB-01"
