"""Importing the sample building into the asset register, and re-importing a new revision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from fmdesk.errors import ModelOpenError
from fmdesk.records.assets import asset_card, list_assets, lookup_asset
from fmdesk.records.dto import AssetFilters
from fmdesk.records.model_import import import_assets
from fmdesk.records.models import Space
from fmdesk.records.spaces import list_revisions, list_spaces
from fmdesk.records.uow import UnitOfWork
from fmdesk.workorders.service import create_work_order

Factory = Callable[..., UnitOfWork]


@pytest.fixture(scope="session")
def revisions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Revision 1: 3 storeys. Revision 2: the 3rd storey gone and the duty pump renamed."""
    samples = pytest.importorskip("fmdesk.samples")
    folder = tmp_path_factory.mktemp("revisions")
    first = samples.generate_building(schema="IFC4", storeys=3, units_per_storey=2)
    first.write(str(folder / "rev1.ifc"))
    second = samples.generate_building(schema="IFC4", storeys=2, units_per_storey=2)
    pump = next(e for e in second.by_type("IfcPump") if e.Tag == "SB-01")
    pump.Name = "生活水泵1# (SB-01) 已更换"
    second.write(str(folder / "rev2.ifc"))
    return folder / "rev1.ifc", folder / "rev2.ifc"


def test_import_registers_equipment_with_fm_properties(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    report = import_assets(uow_factory("资料员"), revisions[0])
    assert {"SB-01", "SB-02", "BYQ-01", "AL-3", "WM-01", "V-01", "DT-01"} <= set(report.added)
    assert report.changed == [] and report.removed == []
    pump = asset_card(uow_factory(), "SB-01").asset
    assert (pump.category, pump.ifc_class, pump.storey_name) == ("pump", "IfcPump", "B1")
    assert pump.space_name == "水泵房"
    assert pump.manufacturer.startswith("格兰富")
    assert pump.serial_number and pump.install_date == date(2019, 6, 30)
    assert pump.warranty_end == date(2021, 6, 30)
    assert "生活给水系统" in pump.system and pump.criticality == "A"
    categories = {a.category for a in list_assets(uow_factory(), AssetFilters(limit=1000))}
    assert "pipe" not in categories and "cable" not in categories
    with uow_factory() as uow:
        flats = uow.session.query(Space).filter(Space.kind == "flat").all()
        assert sorted(f.name for f in flats) == [
            "1-101",
            "1-102",
            "1-201",
            "1-202",
            "1-301",
            "1-302",
        ]
        room = uow.session.query(Space).filter(Space.kind == "room").first()
        assert room is not None and room.parent_global_id in {f.global_id for f in flats}


def test_reimport_keeps_links_and_reports_added_changed_removed(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    import_assets(uow_factory(), revisions[0])
    order = create_work_order(uow_factory(), "配电箱发热", asset="AL-3")
    pump_guid = asset_card(uow_factory(), "SB-01").asset.ifc_global_id

    report = import_assets(uow_factory("资料员"), revisions[1])
    assert "SB-01" in report.changed
    assert "AL-3" in report.removed and "AH-1-301" in report.removed
    assert report.spaces_removed >= 3  # 1-301, 1-302, the 3F lobby (and their rooms)

    board = asset_card(uow_factory(), "AL-3")
    assert not board.asset.in_model  # kept and marked, never deleted
    assert [o.number for o in board.work_orders] == [order.number]
    pump = asset_card(uow_factory(), pump_guid)
    assert pump.asset.name == "生活水泵1# (SB-01) 已更换" and pump.asset.code == "SB-01"
    assert any(h.changes.get("name") for h in pump.history if h.action == "update")

    again = import_assets(uow_factory(), revisions[0])  # the old file again: 3F comes back
    assert "AL-3" in again.changed and again.removed == []
    assert asset_card(uow_factory(), "AL-3").asset.in_model


def test_reimport_of_the_same_file_changes_nothing(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    first = import_assets(uow_factory(), revisions[0])
    second = import_assets(uow_factory(), revisions[0])
    assert second.skipped_duplicate_revision and second.revision_id == first.revision_id
    assert (second.added, second.changed, second.removed) == ([], [], [])
    assert second.unchanged == len(first.added)


def test_include_lines_registers_pipes_and_cables(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    report = import_assets(uow_factory(), revisions[0], include_lines=True)
    rows = list_assets(uow_factory(), AssetFilters(category="pipe", limit=1000))
    assert rows and all(r.code in report.added for r in rows)


def test_lookup_resolves_codes_labels_and_guids(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    import_assets(uow_factory(), revisions[0])
    pump = lookup_asset(uow_factory(), "SB-01")
    assert pump is not None
    for scanned in ("fmdesk:asset:SB-01", " sb-01 ", pump.ifc_global_id, "FM-SB-01"):
        found = lookup_asset(uow_factory(), scanned)
        assert found is not None and found.code == "SB-01", scanned
    assert lookup_asset(uow_factory(), "NOPE-99") is None


def test_unreadable_model_writes_nothing(uow_factory: Factory, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ifc"
    bad.write_text("not an ifc file", encoding="utf-8")
    with pytest.raises(ModelOpenError):
        import_assets(uow_factory(), bad)
    assert list_assets(uow_factory()) == []


def test_ifc2x3_type_only_classes_are_registered_by_their_type(
    uow_factory: Factory, tmp_path: Path
) -> None:
    samples = pytest.importorskip("fmdesk.samples")
    path = tmp_path / "b2x3.ifc"
    samples.generate_building(schema="IFC2X3", storeys=1, units_per_storey=1).write(str(path))
    report = import_assets(uow_factory(), path)
    assert report.schema == "IFC2X3"
    pump = asset_card(uow_factory(), "SB-01").asset
    assert (pump.category, pump.ifc_class) == ("pump", "IfcFlowMovingDevice")
    assert pump.manufacturer.startswith("格兰富") and pump.install_date == date(2019, 6, 30)


def test_flats_and_revisions_are_listed_for_pickers(
    uow_factory: Factory, revisions: tuple[Path, Path]
) -> None:
    import_assets(uow_factory("资料员"), revisions[0])
    import_assets(uow_factory("资料员"), revisions[1])
    flats = list_spaces(uow_factory(), kind="flat", storey="2F")
    assert [f.name for f in flats] == ["1-201", "1-202"]
    assert list_spaces(uow_factory(), kind="flat", storey="3F") == []
    assert [
        f.name for f in list_spaces(uow_factory(), kind="flat", storey="3F", include_removed=True)
    ] == ["1-301", "1-302"]
    history = list_revisions(uow_factory())
    assert [r.file_name for r in history] == ["rev2.ifc", "rev1.ifc"]
    assert history[0].summary["removed"] > 0 and history[0].imported_by == "资料员"
