"""UI languages: pick one from the system locale, install its translators, switch at run time.

Strings in the UI are English source text passed through ``self.tr()`` or
``QCoreApplication.translate()``; ``resources/translations/fmdesk_<lang>.ts`` hold the
translations and the compiled ``.qm`` files are what the app loads. Regenerate both after
changing UI strings::

    .venv/bin/python -m fmdesk.ui.i18n          # lupdate (keeps translations) + lrelease

then translate the new ``<message>`` entries in ``fmdesk_zh_CN.ts`` (Qt Linguist:
``.venv/bin/pyside6-linguist resources/translations/fmdesk_zh_CN.ts``) and run it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fmdesk import i18n as core_i18n
from fmdesk.resources import resource_path

LANGUAGES = ("zh_CN", "en")
CJK_FAMILY = "Noto Sans CJK SC"
TRANSLATIONS_DIR = resource_path("translations")
UI_DIR = Path(__file__).resolve().parent

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """``zh_CN`` for any Chinese locale (the system's by default), else ``en``."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def resolve_language(requested: str | None) -> str:
    """The language to use: an explicit valid choice, else the system default."""
    return requested if requested in LANGUAGES else system_language()


def install_language(language: str) -> str:
    """Replace the app's translators with ``language``'s (ours + Qt's own dialogs).

    Installing a translator sends every widget a LanguageChange event; our widgets answer it by
    calling their ``retranslate()``, so switching needs no restart.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"fmdesk_{language}", TRANSLATIONS_DIR), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    core_i18n.set_language(language)  # core messages (errors, findings) follow the widgets
    return language


def use_cjk_font(app: QApplication) -> None:
    """Make Chinese render with Noto Sans CJK SC (not a Japanese/serif fallback, not boxes)."""
    if CJK_FAMILY not in QFontDatabase.families():
        return
    font = QFont(app.font())
    families = [f for f in font.families() if f != CJK_FAMILY] or [font.family()]
    font.setFamilies([*families, CJK_FAMILY])
    app.setFont(font)


def update_translations() -> list[Path]:
    """Run lupdate over fmdesk/ui (keeping existing translations) and lrelease to .qm files."""
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    outputs = []
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS_DIR / f"fmdesk_{language}.ts"
        qm = ts.with_suffix(".qm")
        lupdate = [str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none"]
        subprocess.run([*lupdate, "-target-language", language, "-ts", str(ts)], check=True)
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
        outputs += [ts, qm]
    return outputs


if __name__ == "__main__":
    for path in update_translations():
        print(path)
