"""The records database: migrations, SQLite settings, append-only history, clear failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fmdesk.bootstrap import bootstrap
from fmdesk.records.assets import create_asset, list_assets
from fmdesk.records.database import Records, open_records
from fmdesk.records.engine import make_engine
from fmdesk.records.errors import DatabaseBusyError, DatabaseUnavailableError
from fmdesk.records.migrate import alembic_config, current_revision, head_revision
from fmdesk.records.models import Base
from fmdesk.settings import default_database_url


def test_start_up_upgrades_the_database_to_head(records: Records) -> None:
    assert current_revision(records.engine) == head_revision()


def test_history_refuses_updates_and_deletes(records: Records, uow_factory) -> None:
    create_asset(uow_factory("张工"), "SB-01", "生活水泵1#", "pump")
    with records.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM history")).scalar_one() == 1
    for statement in ("UPDATE history SET actor = 'x'", "DELETE FROM history"):
        with pytest.raises(DBAPIError, match="append-only"), records.engine.begin() as conn:
            conn.execute(text(statement))
    with records.engine.connect() as conn:
        assert conn.execute(text("SELECT actor FROM history")).scalar_one() == "张工"


def test_default_database_is_sqlite_in_the_data_folder_with_wal_and_foreign_keys(
    isolated_home: Path,
) -> None:
    app = bootstrap()
    try:
        assert app.records.url == default_database_url()
        path = isolated_home / "data" / "fmdesk.sqlite3"
        assert path.exists()
        with app.records.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        app.close()


def test_upgrading_an_old_sqlite_file_backs_it_up_and_keeps_the_data(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'old.sqlite3').as_posix()}"
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO assets (code, name, category, ifc_class, predefined_type, type_name,"
                " system, storey_name, space_name, manufacturer, model, serial_number, barcode,"
                " status, criticality, in_model, created_at, updated_at, version) VALUES"
                " ('SB-01', '生活水泵1#', 'pump', '', '', '', '', '', '', '', '', '', '',"
                " 'in_service', 'A', 1, '2026-01-01', '2026-01-01', 1)"
            )
        )
    engine.dispose()
    records = open_records(url)
    try:
        assert records.upgrade is not None and records.upgrade.before == "0001"
        backup = records.upgrade.backup
        assert backup is not None and backup.parent == tmp_path / "backups"
        copy = sqlite3.connect(backup)
        assert copy.execute("SELECT code FROM assets").fetchall() == [("SB-01",)]
        copy.close()
        rows = list_assets(records.uow())
        assert [(r.code, r.criticality) for r in rows] == [("SB-01", "A")]
    finally:
        records.dispose()


def test_second_start_up_takes_no_backup(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'x.sqlite3').as_posix()}"
    open_records(url).dispose()
    again = open_records(url)
    again.dispose()
    assert again.upgrade is not None and again.upgrade.backup is None
    assert not (tmp_path / "backups").exists()


def test_sqlite_locked_by_another_program_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    records = open_records(f"sqlite:///{path.as_posix()}", busy_timeout=0.3)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match="locked by another program"):
            create_asset(records.uow(), "SB-01", "生活水泵1#", "pump")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert create_asset(records.uow(), "SB-01", "生活水泵1#", "pump").code == "SB-01"
    records.dispose()


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("postgresql+psycopg://fmdesk:fmdesk@127.0.0.1:1/none", "cannot be reached"),
        ("mysql://x@localhost/db", "not supported"),
        ("postgresql+nodriver://x@localhost/db", "not installed"),
        ("not a url", "not a valid URL"),
        ("sqlite:////proc/no-such-dir/x.sqlite3", "cannot be created"),
    ],
)
def test_unusable_database_address_is_one_sentence(url: str, fragment: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_records(url)
    assert fragment in caught.value.message
    assert "\n" not in caught.value.message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnavailableError, match="not an fmdesk database"):
        open_records(f"sqlite:///{path.as_posix()}")


def test_migrations_match_the_models(records: Records) -> None:
    with records.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrations_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'roundtrip.sqlite3').as_posix()}"
    records = open_records(url)
    config = alembic_config()
    with records.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with records.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").all()}
    assert {n for n in names if not n.startswith("sqlite_")} == {"alembic_version"}
    records.dispose()
    again = open_records(url)
    assert create_asset(again.uow(), "SB-01", "生活水泵1#", "pump").code == "SB-01"
    again.dispose()
