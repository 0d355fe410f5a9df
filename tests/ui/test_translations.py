"""Translations: every UI string is translated to Chinese, and the compiled files are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from fmdesk.ui import i18n

TS = i18n.TRANSLATIONS_DIR / "fmdesk_zh_CN.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_chinese_message_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 100
    unfinished = [
        source
        for (_, source), message in found.items()
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_ts_files_cover_every_string_in_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in i18n.UI_DIR.rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert missing == set(), "run: .venv/bin/python -m fmdesk.ui.i18n, then translate"


def test_the_compiled_chinese_file_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load("fmdesk_zh_CN", str(i18n.TRANSLATIONS_DIR))
    assert translator.translate("MainMenus", "&File") == "文件(&F)"
    assert (i18n.TRANSLATIONS_DIR / "fmdesk_en.qm").is_file()
    assert (i18n.TRANSLATIONS_DIR / "fmdesk_en.ts").is_file()


def test_the_default_language_follows_the_locale() -> None:
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_CN"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("") == i18n.system_language()
    assert i18n.resolve_language("fr") == i18n.system_language()


def _menu_texts(menu) -> list[str]:
    """Every action text of ``menu`` and its submenus (without accelerators)."""
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text().replace("&", ""))
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu()))
    return texts


def test_switching_language_translates_every_features_menu(make_window, qapp) -> None:
    """The features follow the window's language_changed signal (no event filter each): after
    a switch at run time no menu entry of any feature is left in English."""
    import re

    window = make_window(language="en", with_geometry=False)
    english = _menu_texts(window.menuBar())
    assert any(re.fullmatch(r"[A-Za-z ,.…()/-]+", t) for t in english)
    window.set_language("zh_CN")
    qapp.processEvents()
    left = [
        t
        for t in _menu_texts(window.menuBar())
        if re.fullmatch(r"[A-Za-z ,.…()/-]+", t) and t not in ("English", "BCF", "IDS", "COBie")
    ]
    assert left == []
    window.set_language("en")
    qapp.processEvents()
    assert _menu_texts(window.menuBar()) == english
