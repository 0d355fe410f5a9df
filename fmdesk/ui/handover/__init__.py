"""Handover in the desktop app: IDS checks and their editor, revision diff, handover inspection."""

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The language the widgets are shown in, for rendering core messages (``Msg``) the same
    way (the window installs it as Qt's default locale)."""
    return "zh_CN" if QLocale().name().startswith("zh") else "en"
