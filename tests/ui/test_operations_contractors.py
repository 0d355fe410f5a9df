"""The contractor scorecard on the real main window: Operations → Contractor scorecard… shows
the month's scores with SLA breaches, the penalty and the card colour, in Chinese."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from fmdesk.app.assets import import_assets
from fmdesk.app.history_samples import generate_history
from fmdesk.ui.operations.contractor_scorecard import CARD_COLOURS, last_complete_month
from fmdesk.ui.operations.menu import MENU_NAME
from tests.ui.conftest import REPO, SAMPLE

TIMEOUT = 60000


def test_the_scorecard_shows_breaches_penalty_and_card(make_window, qtbot) -> None:
    window = make_window("zh_CN", with_geometry=False)
    import_assets(window.app, SAMPLE)
    generate_history(window.app, 1, seed=2027, until=date(2026, 12, 1))  # fixed: same cards
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), MENU_NAME)
    assert menu is not None and menu.title() == "运营(&O)"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.menuAction().text()) < len(titles) - 1  # before Help
    window.contractor_scorecard_action.trigger()
    dialog = window.contractor_scorecard
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    month = last_complete_month(date.today())
    assert dialog.month_text() == f"{month:%Y-%m}"  # opens on the last complete month
    dialog.month.setDate(QDate(2026, 11, 1))  # the history's last month
    qtbot.waitUntil(
        lambda: (
            bool(dialog.scores) and dialog.scores[0].month == "2026-11" and not dialog.is_busy()
        ),
        timeout=TIMEOUT,
    )
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    lift = rows["恒通电梯维保有限公司"]
    card = dialog.table.item(lift, 10)
    assert card.text() == "黄牌"
    assert card.background().color() == QColor(CARD_COLOURS["yellow"])
    assert int(dialog.table.item(lift, 7).text()) > 0  # SLA breaches
    assert float(dialog.table.item(lift, 9).text().replace(",", "")) > 0  # penalty
    assert dialog.table.horizontalHeaderItem(9).text() == "罚款（元）"
    red = dialog.table.item(rows["润泽机电工程有限公司"], 10)
    assert red.text() == "红牌" and red.background().color() == QColor(CARD_COLOURS["red"])
    assert "黄牌" in dialog.warnings.text() and "备选供应商" in dialog.warnings.text()
    assert "罚款" in dialog.summary.text()
    assert "SLA 超时" in dialog.table.item(lift, 9).toolTip()  # the penalty by rule
    dialog.table.selectRow(lift)
    assert "HT-WB-DT-01" in dialog.details.text() and "孙磊" in dialog.details.text()
    assert "中国人保" in dialog.details.text()
    if os.environ.get("FMDESK_SCREENSHOTS"):
        dialog.resize(1180, 300)
        qtbot.wait(300)
        dialog.grab().save(str(REPO / "docs" / "screenshots" / "contractor_scorecard.png"))


def test_quality_checks_record_rectify_recheck_and_close(make_window, qtbot, tmp_path) -> None:
    from fmdesk.app.assets import add_asset
    from fmdesk.app.contractors import add_contractor

    window = make_window("zh_CN", with_geometry=False)
    add_asset(window.app, "XHS-1", "室内消火栓 1F", "hydrant")
    add_contractor(window.app, "安盾消防")
    window.quality_checks_action.trigger()
    dialog = window.quality_checks
    assert dialog.windowTitle() == "品质检查"
    photo = tmp_path / "遮挡.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    for _ in range(2):
        dialog.record(
            {
                "item": "消火栓箱被遮挡",
                "asset": "XHS-1",
                "contractor": "安盾消防",
                "severity": "major",
                "concealed": False,
                "description": "",
                "photos": [photo],
            }
        )
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(dialog.findings) == 2, timeout=TIMEOUT)
    assert dialog.table.item(0, 8).text() == "是"  # the newest is repeated (屡查屡犯)
    assert dialog.table.item(1, 8).text() == ""
    number = dialog.findings[1].number
    dialog.table.selectRow(1)
    for action, state in (("rectify", "rectified"), ("pass", "rechecked"), ("close", "closed")):
        dialog.act(action)
        qtbot.waitUntil(
            lambda s=state: (
                not dialog.is_busy()
                and next(f for f in dialog.findings if f.number == number).state == s
            ),
            timeout=TIMEOUT,
        )
        dialog.table.selectRow(next(i for i, f in enumerate(dialog.findings) if f.number == number))
    assert "已销项" in [dialog.table.item(r, 6).text() for r in range(2)]
    if os.environ.get("FMDESK_SCREENSHOTS"):
        dialog.resize(1180, 260)
        qtbot.wait(300)
        dialog.grab().save(str(REPO / "docs" / "screenshots" / "quality_checks.png"))
