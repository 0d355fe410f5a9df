"""Typed per-user settings and folders (data, cache), schema-versioned.

Folders come from platformdirs so that Windows, macOS and Linux workstations each put data where
their users expect. ``FMDESK_HOME`` moves everything under one folder (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

SETTINGS_VERSION = 1
APP_NAME = "fmdesk"


def data_dir() -> Path:
    """Folder of the embedded database, documents and backups."""
    return _base("data") if _home() else Path(platformdirs.user_data_dir(APP_NAME, False))


def cache_dir() -> Path:
    """Folder of caches that can be deleted at any time (tessellation)."""
    return _base("cache") if _home() else Path(platformdirs.user_cache_dir(APP_NAME, False))


def config_dir() -> Path:
    """Folder of the settings file."""
    return _base("config") if _home() else Path(platformdirs.user_config_dir(APP_NAME, False))


def default_database_url() -> str:
    """``FMDESK_DATABASE_URL`` if set, else the embedded SQLite file in the data folder."""
    url = os.environ.get("FMDESK_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{(data_dir() / 'fmdesk.sqlite3').as_posix()}"


@dataclass
class Settings:
    """What the user chose; saved as JSON with a version so later releases can migrate it."""

    version: int = SETTINGS_VERSION
    database_url: str = ""
    language: str = ""  # "" = from the system locale, else "zh_CN" or "en"
    recent_files: list[str] = field(default_factory=list)
    backup_schedule: str = "off"  # "off" | "daily": the desktop app backs up when one is due
    backup_keep: int = 7  # scheduled backups kept in the folder (older ones are deleted)
    backup_folder: str = ""  # "" = <data folder>/backups

    def effective_database_url(self) -> str:
        """``FMDESK_DATABASE_URL`` (a session override) wins over the saved choice."""
        return os.environ.get("FMDESK_DATABASE_URL") or self.database_url or default_database_url()


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file; a missing or unreadable one gives the defaults, never an error."""
    path = path or config_dir() / "settings.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    known["version"] = SETTINGS_VERSION
    return Settings(**known)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash never leaves half a settings file."""
    path = path or config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _home() -> Path | None:
    value = os.environ.get("FMDESK_HOME")
    return Path(value) if value else None


def _base(kind: str) -> Path:
    home = _home()
    assert home is not None
    return home / kind
