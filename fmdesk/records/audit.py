"""The tamper-evident history: a SHA-256 hash chain over every row of ``history``.

Triggers already refuse UPDATE and DELETE (and reusing an id through ``INSERT OR REPLACE`` /
``ON CONFLICT``); the chain catches what a database owner can still do behind fmdesk's back
(drop the triggers, then edit or delete rows). There is ONE chain per database, over the whole
``history`` table in id order: each row stores ``prev_hash`` (the previous row's ``hash``, or
:data:`GENESIS` for the first) and ``hash`` = SHA-256 of the row's canonical content.

The canonical content is generic — every column except ``hash`` itself, so a column added later
(message ids, arguments) is covered without changing this module — written as sorted-key JSON:
datetimes in UTC ISO form, JSON values normalised, and empty values (NULL, "", {} and []) left
out, so adding a nullable or empty-by-default column does not break the rows chained before it.
Writers serialise on the chain's head (the SQLite write lock; a PostgreSQL advisory lock), so
ids and hashes are handed out in one order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, inspect, select, text
from sqlalchemy.sql import column as sql_column

from fmdesk.records.models import History

GENESIS = "0" * 64
"""The ``prev_hash`` of the first row of a chain."""

HASH_COLUMNS = ("prev_hash", "hash")
_LOCK_KEY = 0x666D_6465_736B  # "fmdesk": the PostgreSQL advisory lock of the history chain


def canonical_value(value: Any) -> Any:
    """A JSON-ready form of a column value that is the same before insert and after reading."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float:
        return value
    if isinstance(value, datetime):
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value  # dicts and lists (JSON columns) are written by the sorted-key dump itself


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of a history row's canonical content, ``prev_hash`` included."""
    content = {
        key: canonical_value(value)
        for key, value in row.items()
        if key != "hash" and value is not None and not (not value and _is_empty(value))
    }
    payload = json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _is_empty(value: Any) -> bool:
    """'' {} [] are left out like NULL (0 and False are values)."""
    return type(value) in (str, dict, list)


def chain_rows(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Give each new history row (in place) its id, every column's value, ``prev_hash`` and
    ``hash``, continuing the chain; call inside the writing transaction, just before the insert.
    """
    if not rows:
        return
    _lock_head(conn)
    last = conn.execute(
        select(History.id, History.hash).order_by(History.id.desc()).limit(1)
    ).first()
    prev = (last.hash or GENESIS) if last is not None else GENESIS
    ids = _next_ids(conn, len(rows), last.id if last is not None else 0)
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
        _fill_defaults(row)
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(row)


def _lock_head(conn: Connection) -> None:
    """Serialise chain writers (SQLite: the writing transaction already holds the lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def _next_ids(conn: Connection, count: int, last_id: int) -> list[int]:
    if conn.dialect.name == "postgresql":
        found = conn.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('history', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": count},
        ).scalars()
        return sorted(int(value) for value in found)
    return list(range(last_id + 1, last_id + 1 + count))


def _fill_defaults(row: dict[str, Any]) -> None:
    """Write every column explicitly, so the hashed value is exactly the stored one."""
    for col in History.__table__.columns:
        if col.key in row or col.key in HASH_COLUMNS:
            continue
        default = col.default
        if default is None:
            row[col.key] = None
        elif default.is_callable:
            row[col.key] = default.arg(None)  # type: ignore[union-attr, operator]
        else:
            row[col.key] = default.arg  # type: ignore[union-attr]


@dataclass(frozen=True)
class ChainCheck:
    """What :func:`check_chain` found: rows read, the head hash, the first broken row."""

    rows: int
    head: str
    broken_id: int | None = None
    reason: str = ""
    """"" | "edited" | "deleted_or_inserted" | "unchained" | "missing_table" | "head_missing"."""

    @property
    def intact(self) -> bool:
        return not self.reason


def check_chain(conn: Connection, expected_head: str = "") -> ChainCheck:
    """Walk the chain in id order; stop at the first row whose hash or link is wrong.

    ``expected_head`` is a head hash recorded earlier (``audit verify --json``): when it is no
    longer in the chain, the newest rows were removed (or the chain rewritten), which a chain
    alone cannot show.
    """
    if not inspect(conn).has_table("history"):
        return ChainCheck(0, "", None, "missing_table")
    prev, count, seen = GENESIS, 0, not expected_head
    for row in _history_rows(conn):
        count += 1
        if not row.get("hash"):
            return ChainCheck(count, prev, row["id"], "unchained")
        if row.get("prev_hash") != prev:
            return ChainCheck(count, prev, row["id"], "deleted_or_inserted")
        if row_hash(row) != row["hash"]:
            return ChainCheck(count, prev, row["id"], "edited")
        prev = row["hash"]
        seen = seen or prev == expected_head
    if not seen:
        return ChainCheck(count, prev, None, "head_missing")
    return ChainCheck(count, prev)


def _history_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """Every history row with every column the database has, typed like the model's columns
    (a column the model does not know is read with its reflected type)."""
    reflected = Table("history", MetaData(), autoload_with=conn)
    model = History.__table__.columns
    columns: list[Column[Any] | Any] = [
        sql_column(c.name, model[c.name].type if c.name in model else c.type)
        for c in reflected.columns
    ]
    query = select(*columns).select_from(text("history")).order_by(sql_column("id"))
    result = conn.execute(query.execution_options(yield_per=2000))
    for row in result.mappings():
        yield dict(row)


def chain_existing(conn: Connection) -> int:
    """Chain every row that has no hash yet, in id order (the upgrade that adds the chain).

    The caller lifts the UPDATE guard for the duration. Returns the number of rows chained.
    """
    prev, updates = GENESIS, []
    for row in _history_rows(conn):
        if row.get("hash"):
            prev = row["hash"]
            continue
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(row)
        updates.append({"i": row["id"], "p": row["prev_hash"], "h": row["hash"]})
    for start in range(0, len(updates), 1000):
        conn.execute(
            text("UPDATE history SET prev_hash = :p, hash = :h WHERE id = :i"),
            updates[start : start + 1000],
        )
    return len(updates)


GUARDS = {
    "sqlite": ("history_no_update", "history_no_delete", "history_no_replace"),
    "postgresql": ("history_append_only", "history_no_replace", "history_no_truncate"),
}


def missing_guards(conn: Connection) -> list[str]:
    """The append-only triggers that are not (or no longer) on the history table."""
    if conn.dialect.name == "sqlite":
        found = set(
            conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'"
                )
            ).scalars()
        )
    else:
        found = set(
            conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'history'::regclass "
                    "AND tgenabled <> 'D'"
                )
            ).scalars()
        )
    return [name for name in GUARDS.get(conn.dialect.name, ()) if name not in found]
