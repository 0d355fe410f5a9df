"""Migration 0600 chains the history rows that exist at the upgrade, so verify passes at once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from fmdesk.app import App
from fmdesk.app.audit import verify
from fmdesk.records.database import open_records
from fmdesk.records.engine import WRITE_OPTION, make_engine
from fmdesk.records.migrate import alembic_config
from fmdesk.settings import Settings
from tests.fixtures_db import _require_postgres, fresh_postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'old.sqlite3').as_posix()}"
        return
    with fresh_postgres_database(_require_postgres()) as url:
        yield url


def test_rows_written_before_the_upgrade_are_chained(empty_url: str) -> None:
    engine = make_engine(empty_url)
    config = alembic_config()
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0110")
        with conn.begin():
            for index in range(5):
                conn.execute(
                    text(
                        "INSERT INTO history (at, actor, entity, entity_id, action, changes, note)"
                        " VALUES (:at, :actor, 'work_order', :i, 'create', :changes, '')"
                    ),
                    {
                        "at": f"2026-01-0{index + 1} 08:00:00",
                        "actor": "老系统",
                        "i": index + 1,
                        "changes": json.dumps({"title": f"漏水 {index}"}, ensure_ascii=False),
                    },
                )
    engine.dispose()
    records = open_records(empty_url)  # upgrades to head: 0600 chains the five rows
    app = App(Settings(database_url=empty_url), empty_url, "tester", _records=records)
    try:
        result = verify(app)
        assert result.ok and result.rows == 5, result.message
        with records.engine.connect() as conn:
            hashes = conn.execute(text("SELECT hash FROM history ORDER BY id")).scalars().all()
        assert all(len(h) == 64 for h in hashes) and len(set(hashes)) == 5
        from fmdesk.app.workorders import create_work_order

        create_work_order(app, "升级后新建")
        assert verify(app).ok
        with pytest.raises(Exception), records.engine.begin() as conn:  # noqa: B017
            conn.execute(text("UPDATE history SET actor = 'x'"))
    finally:
        records.dispose()
