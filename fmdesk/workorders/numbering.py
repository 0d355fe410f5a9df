"""Human-friendly work-order numbers, unique per site: GD-2027-000123.

The counter row is incremented with one ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` statement,
which holds the row lock until the transaction ends: concurrent creators on PostgreSQL queue on
it, and a rolled-back order gives its number back instead of leaving a gap.
"""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from fmdesk.records.models import NumberSequence

PREFIX = "GD"


def format_number(prefix: str, year: int, value: int) -> str:
    """``format_number("GD", 2027, 123) == "GD-2027-000123"``."""
    return f"{prefix}-{year}-{value:06d}"


def next_number(session: Session, site_id: int, year: int, prefix: str = PREFIX) -> str:
    """Take the next number of ``site_id`` for ``year`` inside the caller's transaction."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    table = NumberSequence.__table__
    statement = (
        insert(table)
        .values(site_id=site_id, prefix=prefix, year=year, last_value=1)
        .on_conflict_do_update(
            index_elements=["site_id", "prefix", "year"],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    value = session.execute(statement).scalar_one()
    return format_number(prefix, year, value)
