"""The tamper-evident history: triggers refuse rewrites, the hash chain shows what remains."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from fmdesk.app import App
from fmdesk.app.audit import record_history, verify
from fmdesk.app.workorders import add_technician, advance_work_order, create_work_order


def _orders(app: App, count: int = 3) -> list[str]:
    add_technician(app, "李师傅", skills=["plumbing"])
    numbers = []
    for index in range(count):
        order = create_work_order(app, f"水泵异响 {index}", priority="urgent")
        advance_work_order(app, order.number, "dispatched", assignee="李师傅", note="派单")
        numbers.append(order.number)
    return numbers


def _drop_guards(conn) -> None:
    if conn.dialect.name == "sqlite":
        for name in ("history_no_update", "history_no_delete", "history_no_replace"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    else:
        for name in ("history_append_only", "history_no_replace", "history_no_truncate"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON history"))


GUARDS_SQLITE = {
    "history_no_update": "BEFORE UPDATE ON history",
    "history_no_delete": "BEFORE DELETE ON history",
    "history_no_replace": "BEFORE INSERT ON history "
    "WHEN EXISTS (SELECT 1 FROM history WHERE id = NEW.id)",
}
GUARDS_POSTGRES = {
    "history_append_only": "BEFORE UPDATE OR DELETE ON history FOR EACH ROW "
    "EXECUTE FUNCTION fmdesk_history_append_only()",
    "history_no_replace": "BEFORE INSERT ON history FOR EACH ROW "
    "EXECUTE FUNCTION fmdesk_history_no_replace()",
    "history_no_truncate": "BEFORE TRUNCATE ON history FOR EACH STATEMENT "
    "EXECUTE FUNCTION fmdesk_history_append_only()",
}


@pytest.fixture(autouse=True)
def restore_guards(app: App) -> Iterator[None]:
    """The module's database is shared: put back the triggers a test dropped."""
    yield
    with app.records.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for name, when in GUARDS_SQLITE.items():
                conn.execute(
                    text(
                        f"CREATE TRIGGER IF NOT EXISTS {name} {when} "
                        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
                    )
                )
        else:
            for name, when in GUARDS_POSTGRES.items():
                conn.execute(text(f"CREATE OR REPLACE TRIGGER {name} {when}"))


def test_untouched_history_verifies(app: App) -> None:
    _orders(app)
    result = verify(app)
    assert result.ok, result.message
    assert result.rows >= 6 and len(result.head) == 64 and result.broken_id is None


def test_edit_after_dropping_triggers_is_found(app: App) -> None:
    _orders(app)
    engine = app.records.engine
    with engine.begin() as conn:
        _drop_guards(conn)
        victim = conn.execute(text("SELECT min(id) + 1 FROM history")).scalar_one()
        conn.execute(text("UPDATE history SET actor = 'nobody' WHERE id = :i"), {"i": victim})
    result = verify(app)
    assert not result.ok and result.reason == "edited" and result.broken_id == victim
    assert str(victim) in result.message


def test_delete_after_dropping_triggers_is_found(app: App) -> None:
    _orders(app)
    with app.records.engine.begin() as conn:
        _drop_guards(conn)
        victim = conn.execute(text("SELECT min(id) + 2 FROM history")).scalar_one()
        conn.execute(text("DELETE FROM history WHERE id = :i"), {"i": victim})
    result = verify(app)
    assert not result.ok and result.reason == "deleted_or_inserted"
    assert result.broken_id == victim + 1


def test_missing_guards_fail_verification(app: App) -> None:
    _orders(app, 1)
    with app.records.engine.begin() as conn:
        _drop_guards(conn)
    result = verify(app)
    assert not result.ok and result.reason == "" and result.missing_guards


def test_update_and_delete_are_refused(app: App) -> None:
    _orders(app, 1)
    for statement in ("UPDATE history SET actor = 'x'", "DELETE FROM history"):
        with pytest.raises(DatabaseError), app.records.engine.begin() as conn:
            conn.execute(text(statement))
    assert verify(app).ok


def test_replace_of_an_existing_row_is_refused(app: App) -> None:
    """INSERT OR REPLACE / REPLACE INTO (SQLite) and ON CONFLICT DO UPDATE (PostgreSQL) delete
    or rewrite the old row without the DELETE trigger: the insert guard refuses them."""
    _orders(app, 1)
    engine = app.records.engine
    with engine.connect() as conn:
        first = conn.execute(text("SELECT min(id) FROM history")).scalar_one()
    columns = "id, at, actor, entity, entity_id, action, changes, note"
    values = f"{first}, '2020-01-01 00:00:00', 'forger', 'work_order', 1, 'create', '{{}}', ''"
    if engine.dialect.name == "sqlite":
        statements = [
            f"INSERT OR REPLACE INTO history ({columns}) VALUES ({values})",
            f"REPLACE INTO history ({columns}) VALUES ({values})",
            f"INSERT INTO history ({columns}) VALUES ({values}) "
            "ON CONFLICT(id) DO UPDATE SET actor = 'forger'",
        ]
    else:
        statements = [
            f"INSERT INTO history ({columns}) VALUES ({values}) "
            "ON CONFLICT (id) DO UPDATE SET actor = 'forger'",
            f"INSERT INTO history ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING",
            "TRUNCATE history",
        ]
    for statement in statements:
        try:
            with engine.begin() as conn:
                conn.execute(text(statement))
        except (DatabaseError, IntegrityError):
            pass
    with engine.connect() as conn:
        actor = conn.execute(
            text("SELECT actor FROM history WHERE id = :i"), {"i": first}
        ).scalar_one()
    assert actor == "tester"
    assert verify(app).ok


def test_forged_row_appended_by_sql_is_found(app: App) -> None:
    _orders(app, 1)
    with app.records.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO history (id, at, actor, entity, entity_id, action, changes, note, "
                "prev_hash, hash) SELECT id + 1, at, 'forger', entity, entity_id, action, "
                "changes, note, hash, hash FROM history WHERE id = (SELECT max(id) FROM history)"
            )
        )
    result = verify(app)
    assert not result.ok and result.reason == "edited"


def test_chain_continues_across_writers(app: App) -> None:
    """Two apps (two workstations) writing one after the other extend one chain."""
    other = App(app.settings, app.database_url, "李师傅", _records=app.records)
    numbers = _orders(app, 2)
    advance_work_order(other, numbers[0], "accepted")
    create_work_order(other, "=1+1 漏水")
    assert verify(app).ok


def test_record_history_shows_who_did_what(app: App) -> None:
    order = create_work_order(app, "电梯困人", priority="urgent")
    other = App(app.settings, app.database_url, "调度王", _records=app.records)
    add_technician(app, "王师傅", skills=["lift"])
    advance_work_order(other, order.number, "dispatched", assignee="王师傅")
    entries = record_history(app, "work_order", order.id)
    assert [e.actor for e in entries][:2] == ["调度王", "tester"]
    assert entries[0].action == "update" and entries[-1].action == "create"


def test_audit_verify_command_exit_codes(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """The must-show: 0 on an untouched database, 1 after an edit with SQL (triggers dropped
    first), 1 when the history table itself was dropped."""
    import sqlite3

    from fmdesk.cli import main

    path = tmp_path / "audit.sqlite3"
    db = ("--db", f"sqlite:///{path.as_posix()}")
    for title in ("水泵异响", "=1+1 漏水", "电梯困人"):
        assert main(["wo", "create", "--title", title, *db]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", *db]) == 0
    assert "3" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER history_no_update")
    conn.execute("UPDATE history SET note = 'edited' WHERE id = 2")
    conn.commit()
    assert main(["audit", "verify", "--json", *db]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["broken_id"] == 2 and result["reason"] == "edited" and not result["ok"]
    conn.execute("DROP TABLE history")
    conn.commit()
    conn.close()
    assert main(["audit", "verify", *db]) == 1
    assert capsys.readouterr().out.count("\n") == 1


def test_removing_the_newest_rows_shows_against_a_recorded_head(app: App) -> None:
    _orders(app, 2)
    head = verify(app).head
    assert verify(app, head).ok
    create_work_order(app, "之后的工单")
    assert verify(app, head).ok  # the chain grew past the recorded head: fine
    with app.records.engine.begin() as conn:
        _drop_guards(conn)
        conn.execute(text("DELETE FROM history WHERE id >= (SELECT max(id) - 2 FROM history)"))
    alone = verify(app)  # without the recorded head the shorter chain is intact (guards gone)
    assert alone.reason == "" and alone.missing_guards
    result = verify(app, head)
    assert not result.ok and result.reason == "head_missing"


def test_parallel_writers_keep_one_chain(app: App) -> None:
    """Four workstations reporting at once: the chain head is taken under a lock, so the
    chain stays one line (no two rows claim the same predecessor)."""
    from concurrent.futures import ThreadPoolExecutor

    def report(worker: int) -> int:
        other = App(app.settings, app.database_url, f"调度{worker}", _records=app.records)
        for index in range(8):
            create_work_order(other, f"并发报修 {worker}-{index}")
        return worker

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert sorted(pool.map(report, range(4))) == [0, 1, 2, 3]
    result = verify(app)
    assert result.ok and result.rows == 32, result.message
