"""Contractors, contracts and three-level acceptance in the GUI, on the real main window and a
real SQLite database: Operations → Contractors and contracts… lists pools by their Chinese
names, adds a contractor and a contract, moves a contractor between pools and shows a refused
input as one sentence; the work-order form of a contractor's order opens the acceptance dialog
that records the levels in order."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fmdesk.app.assets import add_asset
from fmdesk.app.contractors import acceptance_of, add_contract, add_contractor, list_contracts
from fmdesk.app.workorders import advance_work_order, create_work_order
from fmdesk.ui.operations.contractor_forms import ContractForm, ContractorForm
from tests.ui.conftest import REPO

TIMEOUT = 60000
LIFTS = "恒通电梯维保有限公司"


def _messages(monkeypatch) -> list[str]:
    """Message boxes shown (their text), answered at once instead of blocking the test."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _rows(table) -> dict[str, int]:
    return {table.item(r, 0).text(): r for r in range(table.rowCount())}


def test_contractors_and_contracts_dialog(make_window, qtbot, monkeypatch) -> None:
    shown = _messages(monkeypatch)
    window = make_window("zh_CN", with_geometry=False)
    add_contractor(window.app, LIFTS, scope="电梯维保", contact="孙磊", phone="13800000001")
    add_contractor(window.app, "安盾消防", scope="消防维保", backup=True)
    window.contractors_action.trigger()
    dialog = window.contractors_dialog
    assert dialog.windowTitle() == "外包单位与合同"
    assert "外包单位与合同…" in [
        a.text() for a in window.findChildren(type(window.contractors_action))
    ]
    qtbot.waitUntil(lambda: len(dialog.contractors) == 2 and not dialog.is_busy(), timeout=TIMEOUT)
    rows = _rows(dialog.table)
    assert dialog.table.item(rows[LIFTS], 1).text() == "在用"
    assert dialog.table.item(rows["安盾消防"], 1).text() == "备选"
    assert [dialog.pool.itemText(i) for i in range(4)] == ["全部", "在用", "备选", "已终止"]

    entry = ContractorForm(dialog)
    assert entry.windowTitle() == "新增外包单位"
    for field, text in ((entry.name, " 润泽机电工程有限公司 "), (entry.scope, "给排水"),
                        (entry.contact, "赵工"), (entry.phone, "021-1")):  # fmt: skip
        field.setText(text)
    values = entry.values()
    entry.deleteLater()
    assert values["name"] == "润泽机电工程有限公司" and values["backup"] is False
    dialog.add_contractor(values)
    qtbot.waitUntil(lambda: len(dialog.contractors) == 3 and not dialog.is_busy(), timeout=TIMEOUT)
    row = _rows(dialog.table)["润泽机电工程有限公司"]
    assert [dialog.table.item(row, c).text() for c in range(5)] == [
        "润泽机电工程有限公司", "在用", "给排水", "赵工", "021-1"
    ]  # fmt: skip

    dialog.add_contractor({"name": LIFTS, "scope": "", "contact": "", "phone": "", "backup": False})
    qtbot.waitUntil(lambda: bool(dialog.last_error) and not dialog.is_busy(), timeout=TIMEOUT)
    assert shown and shown[-1] == dialog.last_error and "\n" not in dialog.last_error

    dialog.table.selectRow(row)
    dialog.move_to.setCurrentIndex(dialog.move_to.findData("ended"))
    dialog.move_button.click()
    qtbot.waitUntil(
        lambda: (
            not dialog.is_busy()
            and dialog.table.item(_rows(dialog.table)["润泽机电工程有限公司"], 1).text() == "已终止"
        ),
        timeout=TIMEOUT,
    )

    dialog.table.selectRow(_rows(dialog.table)[LIFTS])
    form = ContractForm(dialog, LIFTS, today=date(2027, 3, 1))
    form.number.setText("HT-WB-DT-01")
    form.title.setText("电梯维保合同")
    lift = next(
        i for i in range(form.categories.count())
        if form.categories.item(i).data(Qt.ItemDataRole.UserRole) == "lift"
    )  # fmt: skip
    assert form.categories.item(lift).text() == "电梯"
    form.categories.item(lift).setCheckState(Qt.CheckState.Checked)
    form.standards["urgent"][0].setValue(20)
    form.standards["low"][2].setValue(0)  # no acceptance standard for low priority
    form.fee.setValue(9600)
    form.breach.setValue(800)
    values = form.values()
    form.deleteLater()
    assert values["start_on"] == date(2027, 1, 1) and values["end_on"] == date(2027, 12, 31)
    dialog.add_contract(LIFTS, values)
    qtbot.waitUntil(lambda: dialog.contract_table.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    [contract] = list_contracts(window.app, LIFTS)
    assert contract.scope["categories"] == ["lift"] and contract.monthly_fee == 9600
    assert contract.standards["urgent"]["response_minutes"] == 20
    assert "acceptance_minutes" not in contract.standards["low"]
    assert contract.penalties["sla_breach_yuan"] == 800
    cells = [dialog.contract_table.item(0, c).text() for c in range(6)]
    assert cells[0] == "HT-WB-DT-01 电梯维保合同" and cells[1] == "2027-01-01 – 2027-12-31"
    assert cells[2] == "电梯" and "紧急 20/240/1440" in cells[3] and cells[4] == "9,600.00"
    assert "800" in cells[5]
    assert "1 份合同" in dialog.contracts_caption.text()

    bad = dict(values, number="HT-BAD", end_on=date(2026, 1, 1))
    shown.clear()
    dialog.add_contract(LIFTS, bad)
    qtbot.waitUntil(lambda: bool(shown) and not dialog.is_busy(), timeout=TIMEOUT)
    assert shown == [dialog.last_error] and "合同" in shown[0]
    if os.environ.get("FMDESK_SCREENSHOTS"):
        dialog.resize(900, 480)
        qtbot.wait(300)
        dialog.grab().save(str(REPO / "docs" / "screenshots" / "contracts_dialog.png"))


def test_three_level_acceptance_from_the_work_order_form(make_window, qtbot, monkeypatch) -> None:
    shown = _messages(monkeypatch)
    window = make_window("zh_CN", with_geometry=False)
    app = window.app
    add_asset(app, "DT-01", "1号电梯", "lift")
    add_asset(app, "SB-01", "生活水泵", "pump")
    add_contractor(app, LIFTS)
    add_contract(app, LIFTS, "HT-1", date(2020, 1, 1), date(2099, 12, 31), categories=["lift"])
    order = create_work_order(app, "电梯门机故障", asset="DT-01")
    in_house = create_work_order(app, "水泵异响", asset="SB-01")
    for step in ("dispatched", "accepted", "on_site", "rectified"):
        advance_work_order(app, order.number, step)
    records = window.records_feature
    qtbot.waitUntil(lambda: records.app is not None, timeout=TIMEOUT)  # the database is open
    form = records.open_order(in_house.number)
    qtbot.waitUntil(lambda: form.card is not None, timeout=TIMEOUT)
    assert not form.extra_buttons["contractors.acceptance"].isVisible()  # in-house work
    form = records.open_order(order.number)
    qtbot.waitUntil(lambda: form.card is not None, timeout=TIMEOUT)
    button = form.extra_buttons["contractors.acceptance"]
    assert button.isVisible() and button.text() == "验收…"
    button.click()
    dialog = form.acceptance_dialog
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=TIMEOUT)
    assert dialog.level.currentData() == 1 and dialog.record_button.isEnabled()
    assert dialog.summary.text().startswith("已通过 0/3 级")
    dialog.submit()  # nobody named: one sentence
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert shown[-1] == dialog.last_error and "\n" not in shown[-1]
    for level, person in ((1, "电梯公司 王工"), (2, "物业 张工"), (3, "特检院 李工")):
        assert dialog.level.currentData() == level  # the next level is preselected
        dialog.person.setText(person)
        dialog.note.setText(f"第{level}级")
        dialog.submit()
        qtbot.waitUntil(lambda n=level: dialog.table.rowCount() == n, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    texts = [[dialog.table.item(r, c).text() for c in (0, 1, 3)] for r in range(3)]
    assert texts == [
        ["1 · 承包商自检", "电梯公司 王工", "通过"],
        ["2 · 物业初验", "物业 张工", "通过"],
        ["3 · 第三方终验", "特检院 李工", "通过"],
    ]
    assert dialog.table.item(0, 2).text().startswith(str(date.today().year))
    assert not dialog.record_button.isEnabled() and "三级" in dialog.hint.text()
    assert acceptance_of(app, order.number).complete
    if os.environ.get("FMDESK_SCREENSHOTS"):
        dialog.resize(720, 400)
        qtbot.wait(300)
        dialog.grab().save(str(REPO / "docs" / "screenshots" / "acceptance_dialog.png"))
    dialog.close()
    form.close()


def test_a_failed_initial_check_reopens_the_order(make_window, qtbot) -> None:
    window = make_window("zh_CN", with_geometry=False)
    app = window.app
    add_asset(app, "DT-01", "1号电梯", "lift")
    add_contractor(app, LIFTS)
    add_contract(app, LIFTS, "HT-1", date(2020, 1, 1), date(2099, 12, 31), categories=["lift"])
    order = create_work_order(app, "电梯门机故障", asset="DT-01")
    for step in ("dispatched", "accepted", "on_site", "rectified"):
        advance_work_order(app, order.number, step)
    qtbot.waitUntil(lambda: window.records_feature.app is not None, timeout=TIMEOUT)
    form = window.records_feature.open_order(order.number)
    qtbot.waitUntil(lambda: form.card is not None, timeout=TIMEOUT)
    form.extra_buttons["contractors.acceptance"].click()
    dialog = form.acceptance_dialog
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=TIMEOUT)
    dialog.person.setText("王工")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.is_busy(), timeout=TIMEOUT)
    dialog.person.setText("物业 张工")
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("fail"))
    dialog.note.setText("门缝超标")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.table.item(1, 3).text() == "不通过"
    qtbot.waitUntil(lambda: form.card.order.state == "reopened", timeout=TIMEOUT)
    assert not dialog.record_button.isEnabled() and dialog.hint.text()
    dialog.close()
    form.close()
