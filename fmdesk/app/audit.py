"""Use cases of the audit trail: verify the history's hash chain, show one record's history.

``verify(app)`` is what ``fmdesk audit verify`` runs, and what a restore (``fmdesk db restore``)
calls afterwards: it walks the SHA-256 chain of the ``history`` table (see
:mod:`fmdesk.records.audit`) and checks that the append-only triggers are in place.

Example::

    result = verify(app)
    if not result.ok:
        print(result.message)       # "History row 42 was changed after it was written …"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fmdesk.app.context import App
from fmdesk.app.results import Result
from fmdesk.i18n import Msg, _t

__all__ = ["AuditEntry", "AuditResult", "record_history", "verify"]


@dataclass(frozen=True)
class AuditResult(Result):
    """The verdict: ``ok`` when the chain is intact and every guard trigger is present."""

    ok: bool
    rows: int
    head: str
    broken_id: int | None
    reason: str
    missing_guards: list[str] = field(default_factory=list)
    message: str = ""


def verify(app: App, expected_head: str = "") -> AuditResult:
    """Check the history's hash chain from the first row to the last, and its guards; with
    ``expected_head`` (a head recorded earlier) also that no newest rows were removed."""
    from fmdesk.records.audit import check_chain, missing_guards
    from fmdesk.records.engine import translate_errors

    engine = app.records.engine
    with translate_errors(engine), engine.connect() as conn:
        check = check_chain(conn, expected_head.strip().lower())
        guards = missing_guards(conn) if check.reason != "missing_table" else []
    return AuditResult(
        ok=check.intact and not guards,
        rows=check.rows,
        head=check.head,
        broken_id=check.broken_id,
        reason=check.reason,
        missing_guards=guards,
        message=_verdict(check.reason, check.broken_id, check.rows, guards),
    )


def _verdict(reason: str, row: int | None, rows: int, guards: list[str]) -> str:
    return _verdict_msg(reason, row, rows, guards).render()


def _verdict_msg(reason: str, row: int | None, rows: int, guards: list[str]) -> Msg:
    if reason == "missing_table":
        return _t("The history table is missing: the audit trail was removed.")
    if reason == "edited":
        return _t("History row {row} was changed after it was written.", row=row)
    if reason == "deleted_or_inserted":
        return _t(
            "The history chain breaks at row {row}: rows before it were deleted or "
            "inserted behind fmdesk's back.",
            row=row,
        )
    if reason == "head_missing":
        return _t(
            "The recorded head of the history is no longer in the chain: the newest rows "
            "were removed or the history was rewritten."
        )
    if reason == "unchained":
        return _t("History row {row} carries no hash: it was not written by fmdesk.", row=row)
    if guards:
        return _t(
            "The {rows} history rows are intact, but the guard triggers {names} are "
            "missing: upgrade or restore the database.",
            rows=rows,
            names=", ".join(guards),
        )
    return _t("The {rows} history rows are intact.", rows=rows)


@dataclass(frozen=True)
class AuditEntry(Result):
    """One line of a record's history: who did what, when."""

    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, Any]
    note: str


def record_history(app: App, entity: str, entity_id: int, limit: int = 200) -> list[AuditEntry]:
    """The history of one record (newest first): ``record_history(app, "work_order", 7)``."""
    from sqlalchemy import select

    from fmdesk.records.models import History

    with app.uow() as uow:
        rows = uow.session.scalars(
            select(History)
            .where(History.entity == entity, History.entity_id == entity_id)
            .order_by(History.id.desc())
            .limit(limit)
        ).all()
        return [
            AuditEntry(r.id, r.at, r.actor, r.entity, r.entity_id, r.action, r.changes, r.note)
            for r in rows
        ]
