"""Window layout and other UI-only state in a QSettings INI file under fmdesk's config folder.

It lives in :func:`fmdesk.settings.config_dir`, so tests (``FMDESK_HOME``) and portable installs
never touch the developer's real configuration. Domain settings (language, recent files,
database) stay in :mod:`fmdesk.settings`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from fmdesk.settings import config_dir


def ui_settings() -> QSettings:
    """The UI QSettings object (INI format, ``<config_dir>/ui.ini``)."""
    path = config_dir() / "ui.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
