"""The records feature in the main window: a real SQLite file in FMDESK_HOME, the real sample.

Each test opens the sample (tree only, no 3D geometry), imports its assets through the Tools
menu action and then drives the panels like a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fmdesk.bootstrap import bootstrap
from fmdesk.records.people import add_technician
from fmdesk.workorders.service import get_work_order, list_work_orders
from tests.ui.conftest import wait_loaded

TIMEOUT = 20000


@pytest.fixture
def window(make_window, model_path: Path, qtbot):
    """The main window with the sample open and its assets imported through the GUI action."""
    window = make_window("en", with_geometry=False)
    feature = window.records_feature
    qtbot.waitUntil(lambda: feature.app is not None, timeout=TIMEOUT)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    feature.import_action.trigger()
    qtbot.waitUntil(lambda: feature.last_import_report is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(feature.register_panel.rows) > 0 and not feature.is_busy())
    return window


def wait_idle(qtbot, feature) -> None:
    qtbot.waitUntil(lambda: not feature.is_busy(), timeout=TIMEOUT)


def gid_of(window, code: str) -> str:
    row = next(a for a in window.records_feature.assets if a.code == code)
    assert row.ifc_global_id
    return row.ifc_global_id


def test_database_is_the_settings_file_and_the_status_bar_says_ready(window) -> None:
    feature = window.records_feature
    url = window.settings.effective_database_url()
    assert feature.app.records.url == url
    assert Path(url.removeprefix("sqlite:///")).is_file()
    assert feature.db_label.text() == "Records: ready"


def test_import_fills_the_register_with_the_sample_pumps(window) -> None:
    feature = window.records_feature
    report = feature.last_import_report
    assert "SB-01" in report.added and "SB-02" in report.added
    panel = feature.register_panel
    codes = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert {"SB-01", "SB-02"} <= set(codes)
    assert len(codes) == len(report.added)
    assert report.file_name in panel.message.text()


def test_register_filter_by_category_shows_only_pumps(window, qtbot) -> None:
    feature = window.records_feature
    panel = feature.register_panel
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("pump"))
    qtbot.waitUntil(lambda: panel.rows and all(r.category == "pump" for r in panel.rows))
    wait_idle(qtbot, feature)
    assert {"SB-01", "SB-02"} <= {r.code for r in panel.rows}
    assert panel.table.rowCount() == len(panel.rows)


def test_selecting_a_row_selects_the_element_and_shows_its_card(window, qtbot) -> None:
    feature = window.records_feature
    panel = feature.register_panel
    gid = gid_of(window, "SB-01")
    panel.table.selectRow(panel.row_of(gid))
    assert window.selection.ids == (gid,)
    # the shell's properties panel follows the shared selection
    qtbot.waitUntil(lambda: feature.card_panel.card is not None, timeout=TIMEOUT)
    assert feature.card_panel.card.asset.code == "SB-01"
    assert feature.card_panel.values["manufacturer"].text() not in ("", "–")


def test_selecting_an_element_in_the_view_selects_its_row_and_card(window, qtbot) -> None:
    feature = window.records_feature
    gid = gid_of(window, "SB-02")
    window.selection.select([gid], source="view")
    qtbot.waitUntil(
        lambda: (
            feature.card_panel.card is not None and feature.card_panel.card.asset.code == "SB-02"
        ),
        timeout=TIMEOUT,
    )
    assert [r.code for r in feature.register_panel.selected_rows()] == ["SB-02"]
    assert "SB-02" in feature.card_panel.heading.text()
    history = feature.card_panel.history_table
    assert history.rowCount() >= 1  # the import created it: who and when are recorded


def test_scanning_a_code_with_enter_selects_that_pump(window, qtbot) -> None:
    feature = window.records_feature
    window.selection.clear()
    box = feature.search_box
    box.setFocus()
    qtbot.keyClicks(box, "SB-01")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    gid = gid_of(window, "SB-01")
    qtbot.waitUntil(lambda: window.selection.ids == (gid,), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: feature.card_panel.card is not None, timeout=TIMEOUT)
    assert feature.card_panel.card.asset.code == "SB-01"
    assert [r.code for r in feature.register_panel.selected_rows()] == ["SB-01"]


def test_scanning_an_unknown_code_says_so_and_keeps_the_selection(window, qtbot) -> None:
    feature = window.records_feature
    gid = gid_of(window, "SB-02")
    window.selection.select([gid], source="view")
    qtbot.keyClicks(feature.search_box, "NO-SUCH-9")
    qtbot.keyClick(feature.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: feature.search_box.not_found is not None, timeout=TIMEOUT)
    assert "NO-SUCH-9" in feature.search_box.not_found
    assert "NO-SUCH-9" in window.status.currentMessage()
    assert window.selection.ids == (gid,)
    qtbot.keyClicks(feature.search_box, "x")  # typing again clears the mark
    assert feature.search_box.not_found is None


def test_report_a_fault_here_then_advance_on_the_board(window, qtbot, message_boxes) -> None:
    feature = window.records_feature
    gid = gid_of(window, "SB-01")
    window.selection.select([gid], source="view")
    from fmdesk.ui.context_actions import build_context_menu

    context = build_context_menu(window, [gid], window)
    action = next(a for a in context.actions() if a.objectName() == "records.report_fault")
    assert action.isEnabled()
    action.trigger()
    dialog = feature.last_dialog
    assert dialog.asset_edit.text() == "SB-01"
    dialog.title_edit.setText("水泵异响")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=TIMEOUT)
    number = dialog.card.order.number
    qtbot.waitUntil(lambda: number in feature.board.numbers_in("reported"), timeout=TIMEOUT)
    assert dialog.state_buttons.keys() == {"dispatched", "cancelled"}
    # the order is stored with its asset
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        stored = get_work_order(app.uow(), number)
        assert (stored.asset_code, stored.state, stored.priority) == ("SB-01", "reported", "high")
        add_technician(app.uow(), "李师傅", ["plumbing"], home_storey="B1")
    finally:
        app.close()
    context.deleteLater()

    # dispatch with the suggested technician: the card moves column
    dialog.load_suggestions()
    qtbot.waitUntil(lambda: dialog.assignee_combo.findText("李师傅") >= 0, timeout=TIMEOUT)
    dialog.assignee_combo.setCurrentText("李师傅")
    qtbot.mouseClick(dialog.state_buttons["dispatched"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: number in feature.board.numbers_in("dispatched"), timeout=TIMEOUT)
    assert number not in feature.board.numbers_in("reported")
    qtbot.waitUntil(lambda: dialog.card.order.state == "dispatched", timeout=TIMEOUT)
    assert dialog.card.order.assignee == "李师傅"
    assert "accepted" in dialog.state_buttons
    assert not message_boxes
    # the asset card lists the open order
    window.selection.select([gid], source="view")
    qtbot.waitUntil(
        lambda: (
            feature.card_panel.card is not None
            and any(o.number == number for o in feature.card_panel.open_orders())
        ),
        timeout=TIMEOUT,
    )
    dialog.close()


def test_dispatch_without_assignee_shows_a_message_and_writes_nothing(
    window, qtbot, message_boxes
) -> None:
    feature = window.records_feature
    dialog = feature.open_report_form(asset="SB-02")
    dialog.title_edit.setText("压力表读数异常")
    dialog.report()
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=TIMEOUT)
    before = dialog.card.order
    dialog.assignee_combo.setCurrentText("")
    qtbot.mouseClick(dialog.state_buttons["dispatched"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=TIMEOUT)
    wait_idle(qtbot, feature)
    _title, text = message_boxes[0]
    assert "needs a technician" in text
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        after = get_work_order(app.uow(), before.number)
        assert (after.state, after.version) == ("reported", before.version)
    finally:
        app.close()
    assert before.number in feature.board.numbers_in("reported")
    dialog.close()


def test_stale_version_shows_the_conflict_and_reloads_the_fresh_order(
    window, qtbot, message_boxes
) -> None:
    from fmdesk.workorders.service import advance_work_order

    feature = window.records_feature
    dialog = feature.open_report_form(asset="SB-01")
    dialog.title_edit.setText("漏水")
    dialog.report()
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=TIMEOUT)
    number = dialog.card.order.number
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        add_technician(app.uow(), "王师傅", ["plumbing"])
        advance_work_order(app.uow(), number, "cancelled", note="另一台工作站")
    finally:
        app.close()
    qtbot.mouseClick(dialog.state_buttons["cancelled"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=TIMEOUT)
    assert "changed by someone else" in message_boxes[0][1]
    qtbot.waitUntil(lambda: dialog.card.order.state == "cancelled", timeout=TIMEOUT)
    assert dialog.state_buttons == {}
    dialog.close()


def test_inspection_failure_opens_an_order_and_repeats_are_flagged(window, qtbot) -> None:
    feature = window.records_feature
    panel = feature.inspection_panel
    pump = next(a for a in feature.assets if a.code == "SB-01")
    feature.create_route("B1 日巡", pump.storey_name)
    qtbot.waitUntil(lambda: panel.route_combo.findText("B1 日巡") >= 0, timeout=TIMEOUT)
    orders = []
    for _ in range(2):
        panel.route_combo.setCurrentText("B1 日巡")
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.round is not None, timeout=TIMEOUT)
        stop = next(s for s in panel.round.stops if s.asset_code == "SB-01")
        item = panel.item_for("SB-01", stop.items[0][0])
        panel.tree.setCurrentItem(item)
        panel.note_edit.setText("滴水")
        qtbot.mouseClick(panel.buttons["fail"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda i=item: bool(i.text(2)), timeout=TIMEOUT)
        orders.append(item.text(2))
        qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.round is None, timeout=TIMEOUT)
    assert "repeated" not in orders[0]
    assert "repeated" in orders[1]
    first_number = orders[0].split()[0]
    qtbot.waitUntil(lambda: first_number in feature.board.numbers_in("reported"), timeout=TIMEOUT)
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        sources = {o.source for o in list_work_orders(app.uow())}
    finally:
        app.close()
    assert sources == {"inspection"}


def test_qr_labels_for_selected_rows_write_a_pdf(window, qtbot, tmp_path: Path) -> None:
    feature = window.records_feature
    panel = feature.register_panel
    panel.table.selectRow(panel.row_of(gid_of(window, "SB-01")))
    rows = panel.selected_rows()
    out = tmp_path / "labels.pdf"
    feature.print_labels(rows, out)
    qtbot.waitUntil(lambda: bool(feature.last_labels), timeout=TIMEOUT)
    assert feature.last_labels == [out]
    assert out.read_bytes().startswith(b"%PDF")


def test_overdue_filter_lists_only_late_orders_in_red(window, qtbot) -> None:
    from datetime import timedelta

    from fmdesk.records.types import utcnow
    from fmdesk.workorders.service import create_work_order

    feature = window.records_feature
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        late = create_work_order(
            app.uow(),
            "电梯困人",
            priority="urgent",
            asset="DT-01",
            now=utcnow() - timedelta(hours=3),
        )
        fresh = create_work_order(app.uow(), "灯不亮", priority="low", asset="SB-02")
    finally:
        app.close()
    board = feature.board
    board.refresh_button.click()
    qtbot.waitUntil(lambda: len(board.list_orders) == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: board.card_item(late.number) is not None, timeout=TIMEOUT)
    card = board.card_item(late.number)
    assert card is not None and card.foreground().color().name() == "#b00020"
    assert board.card_item(fresh.number).foreground().color().name() != "#b00020"
    board.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: [o.number for o in board.list_orders] == [late.number])
    assert board.table.item(0, 7).text().endswith("h")
    board.overdue_check.setChecked(False)
    board.system_combo.setCurrentIndex(board.system_combo.findData("生活给水系统"))
    qtbot.waitUntil(lambda: [o.number for o in board.list_orders] == [fresh.number])


def test_switching_to_chinese_translates_the_records_panels(window, qtbot) -> None:
    feature = window.records_feature
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: feature.register_dock.windowTitle() == "设备台账")
    assert feature.board_dock.windowTitle() == "工单"
    assert feature.board.column_titles["reported"].text().startswith("已报修")
    pump_row = feature.register_panel.row_of(gid_of(window, "SB-01"))
    assert feature.register_panel.table.horizontalHeaderItem(0).text() == "编码"
    assert feature.register_panel.table.item(pump_row, 2).text() == "水泵"
    window.set_language("en")


def test_unusable_database_is_one_sentence_and_the_model_still_opens(
    make_window, model_path: Path, qtbot, tmp_path: Path, message_boxes
) -> None:
    from fmdesk.settings import load_settings, save_settings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = load_settings()
    settings.database_url = f"sqlite:///{(blocker / 'fmdesk.sqlite3').as_posix()}"
    save_settings(settings)
    window = make_window("en", with_geometry=False)
    feature = window.records_feature
    qtbot.waitUntil(lambda: feature.db_error is not None, timeout=TIMEOUT)
    assert feature.app is None
    assert feature.db_label.text() == "Records unavailable"
    assert "cannot be opened" in feature.db_label.toolTip()
    assert feature.db_error in feature.register_panel.message.text()
    assert not feature.import_action.isEnabled()
    assert feature.reconnect_action.isEnabled()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    assert window.loaded is not None and window.loaded.elements
    window.selection.select([next(iter(window.loaded.elements))], source="view")
    assert feature.card_panel.card is None
    assert not message_boxes


def test_double_click_opens_the_form_with_evidence_and_rating(
    window, qtbot, tmp_path: Path, message_boxes
) -> None:
    from PIL import Image

    from fmdesk.workorders.service import advance_work_order, create_work_order

    feature = window.records_feature
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        add_technician(app.uow(), "李师傅", ["plumbing"])
        order = create_work_order(app.uow(), "水泵漏水", asset="SB-01")
        for state in ("dispatched", "accepted", "on_site", "rectified", "rechecked"):
            advance_work_order(app.uow(), order.number, state, assignee="李师傅")
    finally:
        app.close()
    feature.refresh_board()
    column = feature.board.columns["rechecked"]
    qtbot.waitUntil(lambda: column.count() == 1, timeout=TIMEOUT)
    column.itemDoubleClicked.emit(column.item(0))
    dialog = feature.dialogs[order.number]
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=TIMEOUT)
    assert dialog.rating_box.isEnabled()
    assert set(dialog.state_buttons) == {"closed", "reopened"}

    photo = tmp_path / "修复后.jpg"
    Image.new("RGB", (32, 24), "red").save(photo)
    dialog.attach(photo)
    qtbot.waitUntil(lambda: len(dialog.card.documents) == 1, timeout=TIMEOUT)
    assert dialog.card.documents[0].file_name == "修复后.jpg"
    assert dialog.evidence_list.count() == 1

    dialog.score_spin.setValue(4)
    dialog.comment_edit.setText("维修及时")
    qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.card.order.satisfaction_score == 4, timeout=TIMEOUT)
    app = bootstrap(settings=window.settings, upgrade=False)
    try:
        stored = get_work_order(app.uow(), order.number)
    finally:
        app.close()
    assert (stored.satisfaction_score, stored.satisfaction_comment) == (4, "维修及时")
    assert not message_boxes
    dialog.close()
