"""Menus in the Chinese desktop order with shortcuts, F1 opening the manual (Chinese under zh),
the manual found from its install location, and paper output (派工单, 停水通知, QR label sheets)
rendered to PDF through the same QPrinter code as the print preview, read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.exceptions import TimeoutError as QtWaitTimeout

from fmdesk.ui.help.manual_files import manual_dir, manual_pages

TOPICS_ZH = ("打开模型", "漏水处置", "工单", "巡检", "年度", "值班表")


def menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.menu()]


def test_menus_follow_chinese_desktop_order_with_help_last(make_window) -> None:
    window = make_window(language="zh_CN", with_geometry=False)
    titles = menu_titles(window)
    assert titles[:3] == ["文件(F)", "视图(V)", "工具(T)"]
    assert titles[-1] == "帮助(H)" and titles[-2] == "语言(L)"
    window.set_language("en")
    titles = menu_titles(window)
    assert titles[:3] == ["File", "View", "Tools"] and titles[-1] == "Help"
    late = QMenu("Late feature", window)
    window.menus.add_feature_menu(late)
    window.menuBar().addMenu(QMenu("Added at the end", window))
    assert menu_titles(window)[-2:] == ["Language", "Help"]


def test_features_add_tool_entries_and_shortcuts_exist(make_window) -> None:
    window = make_window(language="en", with_geometry=False)
    names = [a.objectName() for a in window.menus.tools_menu.actions()]
    assert "leak_wizard" in names
    assert window.menus.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.menus.manual_action.shortcut().toString() == "F1"
    leak = next(a for a in window.menus.tools_menu.actions() if a.objectName() == "leak_wizard")
    assert leak.shortcut().toString() == "Ctrl+Shift+L"


def _make_active(window: Any, qtbot: Any) -> None:
    """Give the window the keyboard: Xvfb has no window manager, so a request to activate it
    can go unanswered after another test's window had the focus (seen in a full run)."""
    window.raise_()
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    except QtWaitTimeout:
        QApplication.setActiveWindow(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_f1_opens_the_manual_in_chinese(make_window, qtbot) -> None:
    window = make_window(language="zh_CN", with_geometry=False)
    _make_active(window, qtbot)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "manual_dialog", None) is not None, timeout=5000)
    dialog = window.manual_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "fmdesk 用户手册"
    chapters = [dialog.chapters.item(i).text() for i in range(dialog.chapters.count())]
    for topic in TOPICS_ZH:
        assert any(topic in title for title in chapters), topic
    text = dialog.browser.toPlainText()
    assert "打开模型" in text and "文件" in text
    dialog.chapters.setCurrentRow(1)
    assert "停水通知" in dialog.browser.toPlainText()
    window.set_language("en")
    window.menus.manual_action.trigger()
    assert "Open a model" in window.manual_dialog.browser.toPlainText()


def test_manual_has_both_languages_and_no_broken_pictures() -> None:
    root = manual_dir()
    assert root is not None
    zh, en = manual_pages("zh_CN"), manual_pages("en")
    assert len(zh) == len(en) >= 6

    for page in zh + en:
        for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.path.read_text("utf-8")):
            assert (page.path.parent / target).is_file(), f"{page.path.name}: {target}"


def test_manual_is_found_where_a_wheel_installs_it(tmp_path, monkeypatch) -> None:
    import shutil

    from fmdesk.ui.help import manual_files

    installed = tmp_path / "share" / "fmdesk" / "manual"
    shutil.copytree(manual_dir(), installed)
    monkeypatch.setattr(manual_files, "RESOURCES_DIR", tmp_path / "nowhere" / "resources")
    monkeypatch.setattr(manual_files.sys, "prefix", str(tmp_path))
    assert manual_files.manual_dir() == installed
    assert manual_files.manual_pages("zh_CN")[0].path.is_relative_to(installed)


def _order() -> SimpleNamespace:
    return SimpleNamespace(
        number="GD-2027-000042",
        title="1-601 漏水：关闭 1 个阀门",
        priority="urgent",
        state="dispatched",
        asset_code="FV-1-601",
        asset_name="户阀 1-601",
        location="6F 1-601 卫生间",
        space_name="",
        reporter="值班工程师",
        assignee="李师傅",
        contractor=None,
        created_at=datetime(2027, 3, 5, 2, 10),
        on_site_due=datetime(2027, 3, 5, 2, 40),
        completion_due=datetime(2027, 3, 5, 6, 10),
        shutoff={"valves": ["户阀 1-601"], "affected_flats": ["1-601"]},
        description="漏水位置：户内给水管 1-601",
    )


def _text(path: Path) -> tuple[int, str, tuple[float, float]]:
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    size_mm = (float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72)
    text = "".join(p.extract_text() for p in reader.pages)
    # NFKC: CJK fonts map some characters to radical code points (⽔ for 水); whitespace
    # comes between font runs
    return len(reader.pages), re.sub(r"\s", "", unicodedata.normalize("NFKC", text)), size_mm


def test_work_order_prints_on_a4_with_its_facts(qapp, tmp_path) -> None:
    from fmdesk.ui.printing import document_painter, print_to_pdf, work_order_document

    pdf = print_to_pdf(document_painter(work_order_document(_order())), tmp_path / "wo.pdf")
    pages, text, size = _text(pdf)
    assert pages == 1
    assert abs(size[0] - 210) < 1 and abs(size[1] - 297) < 1  # A4 portrait
    compact = text
    for fact in ("GD-2027-000042", "阀1-601", "李师傅", "2027-03-0502:40", "FV-1-601"):
        assert fact in compact, fact


def test_notice_prints_its_title_and_flats(qapp, tmp_path) -> None:
    from fmdesk.ui.printing import document_painter, notice_document, print_to_pdf

    document = notice_document("停水通知\n\n尊敬的各位业主、住户：\n停水范围：1-601、1-602。")
    pages, text, _size = _text(print_to_pdf(document_painter(document), tmp_path / "n.pdf"))
    compact = text
    assert pages == 1 and "停水通知" in compact and "1-601、1-602" in compact


def test_qr_labels_fill_label_sheets_of_24(qapp, tmp_path) -> None:
    from fmdesk.exports.qr_labels import LabelData
    from fmdesk.ui.printing import LABEL_COLUMNS, LABEL_ROWS, paint_labels, print_to_pdf

    labels = [LabelData(f"SB-{n:02d}", f"生活水泵{n}#", "B1 水泵房") for n in range(1, 27)]
    pdf = print_to_pdf(paint_labels(labels), tmp_path / "labels.pdf", labels=True)
    pages, text, size = _text(pdf)
    assert LABEL_COLUMNS * LABEL_ROWS == 24 and pages == 2
    assert abs(size[0] - 210) < 1 and abs(size[1] - 297) < 1
    assert "SB-01" in text and "SB-24" in text and "SB-26" in text
    reader = PdfReader(str(pdf))
    assert len(reader.pages[0].images) >= 24  # one QR code per label
