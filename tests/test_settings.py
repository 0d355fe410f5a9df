"""Settings: defaults, round trip, and which database URL wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from fmdesk.settings import Settings, load_settings, save_settings


def test_missing_or_broken_settings_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == Settings()
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert load_settings(broken) == Settings()


def test_settings_round_trip_keeps_chinese_paths(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    saved = Settings(language="zh_CN", recent_files=["/数据/1号楼.ifc"])
    save_settings(saved, path)
    assert load_settings(path) == saved


def test_database_url_environment_overrides_the_saved_choice(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = Settings().effective_database_url()
    assert default.startswith("sqlite:///") and str(isolated_home) in default
    chosen = Settings(database_url="postgresql+psycopg://fm@db/fm")
    assert chosen.effective_database_url() == "postgresql+psycopg://fm@db/fm"
    monkeypatch.setenv("FMDESK_DATABASE_URL", "sqlite:////tmp/sample.sqlite3")
    assert chosen.effective_database_url() == "sqlite:////tmp/sample.sqlite3"
