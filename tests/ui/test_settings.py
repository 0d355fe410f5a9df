"""Settings in the main window: the database connection with its test button, a lost
connection that keeps the work-order form and retries, scheduled backups in the background."""

from __future__ import annotations

import stat
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fmdesk.app.connection import password_file
from fmdesk.settings import load_settings
from fmdesk.ui.features.settings import open_settings
from tests.fixtures_db import fresh_postgres_database

TIMEOUT = 20000


def fill_server(tab, url: str, port: int | None = None) -> None:
    parsed = make_url(url)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("postgresql"))
    tab.host_edit.setText(parsed.host or "")
    tab.port_spin.setValue(port or parsed.port or 5432)
    tab.database_edit.setText(parsed.database or "")
    tab.user_edit.setText(parsed.username or "")
    tab.password_edit.setText(parsed.password or "")


def test_test_button_says_in_one_sentence_that_the_server_does_not_answer(
    make_window, qtbot
) -> None:
    window = make_window("en", with_geometry=False)
    dialog = open_settings(window)
    tab = dialog.database_tab
    assert tab.kind_combo.currentData() == "sqlite" and not tab.host_edit.isVisible()
    fill_server(tab, "postgresql+psycopg://fm:pw@127.0.0.1/fmdesk", port=1)
    assert tab.host_edit.isVisible() and not tab.path_edit.isVisible()
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.result_label.text().startswith("✘"), timeout=TIMEOUT)
    assert "cannot be reached" in tab.result_label.text()
    assert "\n" not in tab.result_label.text() and tab.test_button.isEnabled()
    dialog.reject()
    dialog.deleteLater()


@pytest.mark.postgres
def test_test_button_connects_and_ok_saves_the_server_without_the_password(
    make_window, qtbot, postgres_url: str
) -> None:
    window = make_window("en", with_geometry=False)
    dialog = open_settings(window)
    tab = dialog.database_tab
    fill_server(tab, postgres_url)
    tab.password_edit.setText("s3cret:pw")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.result_label.text().startswith("✔"), timeout=TIMEOUT)
    assert "Connected" in tab.result_label.text() and "postgresql" in tab.result_label.text()
    dialog.backup_tab.schedule_combo.setCurrentIndex(1)
    dialog.accept()
    saved = load_settings()
    assert "s3cret" not in saved.database_url and "passfile=" in saved.database_url
    assert saved.backup_schedule == "daily"
    secret = password_file()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text(encoding="utf-8").strip().endswith(":s3cret\\:pw")


@pytest.fixture
def server_database(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A PostgreSQL database of its own, made the window's database through the environment."""
    with fresh_postgres_database(postgres_url, prefix="fmdesk_18b_ui") as url:
        monkeypatch.setenv("FMDESK_DATABASE_URL", url)
        yield url


def set_connections(server_url: str, database: str, allowed: bool) -> None:
    """Let the server refuse (and drop) every connection to ``database``, or accept them again."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {allowed}'))
            if not allowed:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": database},
                )
    finally:
        admin.dispose()


@pytest.mark.postgres
def test_lost_connection_keeps_the_form_and_retry_saves_it(
    make_window, qtbot, postgres_url: str, server_database: str, message_boxes
) -> None:
    window = make_window("en", with_geometry=False)
    feature = window.records_feature
    qtbot.waitUntil(lambda: feature.app is not None, timeout=TIMEOUT)
    assert feature.app.records.url == server_database
    dialog = feature.open_report_form()
    dialog.title_edit.setText("地下室漏水")
    dialog.description_edit.setPlainText("B1 水泵房地面积水")
    name = make_url(server_database).database
    set_connections(postgres_url, name, allowed=False)
    try:
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.retry_bar.isVisible(), timeout=TIMEOUT)
    finally:
        set_connections(postgres_url, name, allowed=True)
    sentence = dialog.retry_bar.message.text()
    assert "cannot be reached" in sentence and "\n" not in sentence
    assert message_boxes == []  # no modal box: the form stays usable
    assert dialog.title_edit.text() == "地下室漏水" and dialog.card is None
    dialog.title_edit.setText("地下室漏水（重试）")  # edited meanwhile: the retry uses it
    qtbot.mouseClick(dialog.retry_bar.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=TIMEOUT)
    assert dialog.card.order.title == "地下室漏水（重试）"
    assert dialog.card.order.description == "B1 水泵房地面积水"
    assert not dialog.retry_bar.isVisible()
    dialog.close()


def test_scheduled_backup_runs_in_the_background_when_due(make_window, qtbot, tmp_path) -> None:
    window = make_window("en", with_geometry=False)
    feature = window.records_feature
    qtbot.waitUntil(lambda: feature.app is not None, timeout=TIMEOUT)
    scheduler = window.backup_scheduler
    window.settings.backup_folder = str(tmp_path / "backups")
    assert scheduler.check() is False  # off by default
    window.settings.backup_schedule = "daily"
    window.settings.backup_keep = 2
    assert scheduler.check() is True
    qtbot.waitUntil(lambda: scheduler.last_result is not None, timeout=TIMEOUT)
    assert scheduler.last_result.path.parent == tmp_path / "backups"
    assert scheduler.last_result.path.is_file()
    assert scheduler.check() is False  # the next one is due tomorrow


def test_ok_without_touching_the_database_keeps_its_saved_choice(make_window) -> None:
    window = make_window("en", with_geometry=False)
    dialog = open_settings(window)
    dialog.backup_tab.keep_spin.setValue(3)
    dialog.accept()
    saved = load_settings()
    assert saved.backup_keep == 3 and saved.database_url == ""
