"""The guided leak flow in the desktop app: Tools → Guided leak handling, one screen per step,
Esc and Back lose nothing, the notice copied, the shut-off order created, the reopen checklist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fmdesk.app.workorders import show_work_order
from tests.ui.conftest import wait_loaded


def open_wizard(qtbot, make_window, model_path: Path, language: str = "en"):
    window = make_window(language=language, with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    action = next(a for a in window.menus.tools_menu.actions() if a.objectName() == "leak_wizard")
    action.trigger()
    wizard = window.leak_wizard
    qtbot.waitExposed(wizard)
    return window, wizard


def plan_for(qtbot, wizard, query: str) -> None:
    wizard.report_page.query.setText(query)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=60000)


def test_flat_leak_walks_every_step_to_the_reopen_checklist(
    make_window, qtbot, model_path: Path
) -> None:
    window, wizard = open_wizard(qtbot, make_window, model_path)
    assert wizard.step == 0 and not wizard.back_button.isEnabled()
    plan_for(qtbot, wizard, "1-601")
    assert "1-601" in wizard.located_page.text.text()
    leak_id = wizard.plan.leak.global_id
    assert window.selection.ids == (leak_id,)

    wizard.next_button.click()
    assert wizard.step == 2 and wizard.upstream_page.path.count() >= 3
    wizard.next_button.click()
    valves = wizard.valves_page.valves
    assert valves.count() == 1 and "户阀 1-601" in valves.item(0).text()
    assert "6F" in valves.item(0).text()
    wizard.valves_page.show_button.click()
    assert window.selection.ids == (wizard.plan.close[0].valve.global_id,)

    wizard.next_button.click()
    notice = wizard.notice_page.notice.toPlainText()
    assert "1-601" in notice and "water" in notice.lower()
    wizard.notice_page.copy_button.click()
    assert QApplication.clipboard().text() == notice

    wizard.next_button.click()
    assert wizard.step == 5
    with qtbot.waitSignal(window.bus.changed, timeout=60000):
        wizard.order_page.create_button.click()
    qtbot.waitUntil(lambda: wizard.order_page.number is not None, timeout=30000)
    number = wizard.order_page.number
    card = show_work_order(window.app, number)
    assert card.order.shutoff["affected_flats"] == ["1-601"]
    assert notice in card.order.description
    assert not wizard.order_page.create_button.isEnabled()  # one order per leak

    wizard.next_button.click()
    steps = wizard.reopen_page.steps
    assert steps.count() >= 4 and "户阀 1-601" in steps.item(1).text()
    assert not wizard.next_button.isEnabled()  # finish only when every step is ticked
    for row in range(steps.count()):
        steps.item(row).setCheckState(Qt.CheckState.Checked)
    assert wizard.next_button.isEnabled()


def test_escape_and_back_lose_nothing(make_window, qtbot, model_path: Path) -> None:
    window, wizard = open_wizard(qtbot, make_window, model_path)
    plan_for(qtbot, wizard, "给水立管 JL-1 3F")
    for _ in range(3):
        wizard.next_button.click()
    assert wizard.step == 4
    wizard.notice_page.notice.appendPlainText("电话：8888 6666")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    action = next(a for a in window.menus.tools_menu.actions() if a.objectName() == "leak_wizard")
    action.trigger()
    assert window.leak_wizard is wizard and wizard.isVisible()
    assert wizard.step == 4
    assert "8888 6666" in wizard.notice_page.notice.toPlainText()
    wizard.back_button.click()
    wizard.back_button.click()
    assert wizard.step == 2
    wizard.next_button.click()
    wizard.next_button.click()
    assert "8888 6666" in wizard.notice_page.notice.toPlainText()
    assert wizard.report_page.query.text() == "给水立管 JL-1 3F"


def test_chinese_wizard_shows_chinese_steps_and_notice(
    make_window, qtbot, model_path: Path
) -> None:
    _window, wizard = open_wizard(qtbot, make_window, model_path, language="zh_CN")
    assert wizard.windowTitle() == "漏水处置"
    plan_for(qtbot, wizard, "1-601")
    assert "第 2 步" in wizard.step_label.text()
    for _ in range(3):
        wizard.next_button.click()
    assert wizard.notice_page.notice.toPlainText().startswith("停水通知")


def test_unknown_place_stays_on_the_first_screen(make_window, qtbot, model_path: Path) -> None:
    _window, wizard = open_wizard(qtbot, make_window, model_path)
    wizard.report_page.query.setText("no such flat")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled(), timeout=60000)
    assert wizard.step == 0 and wizard.plan is None


def test_clicked_element_starts_the_flow_from_its_context_menu(
    make_window, qtbot, model_path: Path
) -> None:
    from PySide6.QtGui import QAction

    from fmdesk.ui.context_actions import build_context_menu

    window = make_window(language="en", with_geometry=False)
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    pipe = next(
        e.global_id for e in window.loaded.elements.values() if e.name == "户内给水管 1-601"
    )
    menu = build_context_menu(window, [pipe], window)
    action = menu.findChild(QAction, "leak.guided")
    assert action is not None and action.isEnabled()
    action.trigger()
    wizard = window.leak_wizard
    assert wizard.isVisible() and wizard.report_page.query.text() == pipe
    window.selection.select([pipe], "test")
    wizard.report_page.query.clear()
    wizard.report_page.use_selection.click()
    assert wizard.report_page.query.text() == pipe
    plan_for(qtbot, wizard, pipe)
    assert wizard.plan.located_as == "element"
    assert [s.valve.name for s in wizard.plan.close] == ["户阀 1-601"]
