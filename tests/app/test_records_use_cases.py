"""Asset, document and database use cases on a real database and the real sample model."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.app import App, CallbackProgress
from fmdesk.app.assets import (
    edit_asset,
    find_asset,
    import_assets,
    list_assets,
    load_register,
    lookup_asset,
    print_labels,
    show_asset,
)
from fmdesk.app.database import database_info, upgrade_database
from fmdesk.app.documents import attach_document, export_document, list_documents
from fmdesk.bootstrap import bootstrap
from fmdesk.errors import CancelledError, UserError
from fmdesk.records.dto import AssetFilters
from fmdesk.records.errors import NotFoundError
from tests.app.conftest import SAMPLE


def test_import_then_find_show_and_label_an_asset(app: App, tmp_path: Path) -> None:
    messages: list[str] = []
    report = import_assets(app, SAMPLE, progress=CallbackProgress(lambda f, m: messages.append(m)))
    assert len(report.added) > 100 and "SB-01" in report.added
    assert messages[0] == "opening model"
    assert lookup_asset(app, "SB-01").name.startswith("生活水泵1#")
    card = show_asset(app, "SB-01")
    assert card.asset.storey_name == "B1"
    pumps = list_assets(app, AssetFilters(category="pump"))
    assert {"SB-01", "SB-02"} <= {p.code for p in pumps}
    sheet = print_labels(app, tmp_path / "labels.pdf", codes=["SB-01", "SB-02"])
    assert sheet.count == 2 and Path(sheet.files[0]).stat().st_size > 1000
    again = import_assets(app, SAMPLE)
    assert again.added == [] and again.unchanged == len(report.added)


def test_import_can_be_cancelled_before_anything_is_written(app: App) -> None:
    progress = CallbackProgress()
    progress.cancel()
    with pytest.raises(CancelledError):
        import_assets(app, SAMPLE, progress=progress)
    assert list_assets(app) == []


def test_register_data_gives_the_whole_register_only_when_asked(app: App) -> None:
    import_assets(app, SAMPLE)
    pumps = load_register(app, AssetFilters(category="pump"), whole=True)
    assert len(pumps.everything) > len(pumps.shown) > 1
    assert load_register(app, AssetFilters(category="pump"), whole=False).everything is None


def test_unknown_codes_and_empty_edits_are_one_sentence(app: App, tmp_path: Path) -> None:
    assert find_asset(app, "NO-SUCH") is None
    with pytest.raises(NotFoundError, match="NO-SUCH"):
        lookup_asset(app, "NO-SUCH")
    with pytest.raises(UserError, match="Nothing to change"):
        edit_asset(app, "NO-SUCH", name=None)
    with pytest.raises(NotFoundError, match="NO-SUCH"):
        print_labels(app, tmp_path / "l.pdf", codes=["NO-SUCH"])


def test_a_document_is_stored_linked_and_written_back(app: App, tmp_path: Path) -> None:
    import_assets(app, SAMPLE)
    source = tmp_path / "合格证.txt"
    source.write_text("格兰富 合格证", encoding="utf-8")
    doc = attach_document(app, source, "certificate", asset="SB-01", title="合格证")
    assert [d.id for d in list_documents(app, asset="SB-01")] == [doc.id]
    copy = export_document(app, doc.id, tmp_path / "copy.txt")
    assert copy.size == source.stat().st_size
    assert (tmp_path / "copy.txt").read_text(encoding="utf-8") == "格兰富 合格证"
    with pytest.raises(UserError, match="Cannot write"):
        export_document(app, doc.id, tmp_path / "missing" / "copy.txt")


def test_database_info_does_not_upgrade_and_upgrade_does(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'old.sqlite3').as_posix()}"
    looking = bootstrap(url, open_database=False, upgrade=False)
    try:
        info = database_info(looking)
        assert info.revision is None and not info.up_to_date
    finally:
        looking.close()
    upgrading = bootstrap(url, open_database=False)
    try:
        result = upgrade_database(upgrading)
        assert result.before is None and result.after == info.head and result.changed
        assert upgrade_database(upgrading).after == info.head
    finally:
        upgrading.close()
