"""The append-only history: every insert, update and delete of a tracked record, with who and when.

History is written by a session hook rather than by each service, so no code path can change a
record without leaving a trace. The actor and an optional note come from ``session.info``
(the unit of work sets them). Database triggers (see the first migration) refuse UPDATE and DELETE
on the table itself, and each row is chained to the previous one by a SHA-256 hash
(:mod:`fmdesk.records.audit`), so an edit behind fmdesk's back shows.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from fmdesk.records.audit import chain_rows
from fmdesk.records.models import History, Tracked
from fmdesk.records.types import utcnow


def install_history_hook(session_class: type[Session] | Any = Session) -> None:
    """Attach the hook once to ``session_class`` (idempotent).

    Example: ``install_history_hook(sessionmaker)`` is called by the engine module.
    """
    # A flag on the factory, not ``event.contains``: SQLAlchemy's event registry is keyed by
    # id(), so a new sessionmaker at the address of a collected one could be taken for it
    # and left without the hook (seen once in a full test run).
    if getattr(session_class, "_fmdesk_history_hook", False):
        return
    event.listen(session_class, "after_flush", _record_flush)
    session_class._fmdesk_history_hook = True


def _record_flush(session: Session, _context: Any) -> None:
    rows: list[dict[str, Any]] = []
    now = utcnow()
    actor = str(session.info.get("actor", ""))
    note = str(session.info.get("note", ""))
    for action, objects in (
        ("create", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if not isinstance(obj, Tracked):
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "actor": actor,
                    "entity": obj.__history_entity__,
                    "entity_id": obj.id,  # type: ignore[attr-defined]
                    "asset_id": obj.history_asset_id(),
                    "action": action,
                    "changes": changes,
                    "note": note,
                }
            )
    if rows:
        connection = session.connection()
        chain_rows(connection, rows)
        connection.execute(insert(History), rows)


def _changes(obj: Tracked, action: str) -> dict[str, Any]:
    state = inspect(obj)
    skip = obj.__history_skip__
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in skip or key == "id":
            continue
        hist = state.attrs[key].history
        if action == "create":
            value = getattr(obj, key)
            if value not in (None, "", [], {}):
                result[key] = _plain(value)
        elif action == "update" and hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                result[key] = [_plain(old), _plain(new)]
    return result


def _plain(value: Any) -> Any:
    """JSON-safe copy of a column value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
