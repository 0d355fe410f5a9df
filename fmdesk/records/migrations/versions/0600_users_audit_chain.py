"""users and roles; the history hash chain; history guards against REPLACE, ON CONFLICT, TRUNCATE

Revision ID: 0600
Revises: 0400
Create Date: 2026-12-06 23:45:00

Existing history rows are chained here (in id order) so `fmdesk audit verify` passes right after
the upgrade; the UPDATE guard is lifted for that one step only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0600"
down_revision = "0400"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)
SQLITE_NO_UPDATE = (
    "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
    "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.add_column("history", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("history", sa.Column("hash", sa.String(length=64), nullable=True))
    chain_existing_rows()
    create_insert_guards()


def chain_existing_rows() -> None:
    from fmdesk.records.audit import chain_existing

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_update")
        chain_existing(bind)
        op.execute(SQLITE_NO_UPDATE)
        return
    op.execute("ALTER TABLE history DISABLE TRIGGER history_append_only")
    chain_existing(bind)
    op.execute("ALTER TABLE history ENABLE TRIGGER history_append_only")


def create_insert_guards() -> None:
    """Refuse an INSERT that reuses an existing id: SQLite's INSERT OR REPLACE / REPLACE INTO
    deletes the old row without firing the DELETE trigger, and PostgreSQL's ON CONFLICT DO
    UPDATE rewrites it; TRUNCATE (PostgreSQL) fires no row trigger either."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER history_no_replace BEFORE INSERT ON history "
            "WHEN EXISTS (SELECT 1 FROM history WHERE id = NEW.id) "
            "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION fmdesk_history_no_replace() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN IF EXISTS (SELECT 1 FROM history WHERE id = NEW.id) THEN "
        "RAISE EXCEPTION 'history is append-only'; END IF; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER history_no_replace BEFORE INSERT ON history "
        "FOR EACH ROW EXECUTE FUNCTION fmdesk_history_no_replace()"
    )
    op.execute(
        "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
        "FOR EACH STATEMENT EXECUTE FUNCTION fmdesk_history_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_replace")
    else:
        op.execute("DROP TRIGGER IF EXISTS history_no_truncate ON history")
        op.execute("DROP TRIGGER IF EXISTS history_no_replace ON history")
        op.execute("DROP FUNCTION IF EXISTS fmdesk_history_no_replace()")
    with op.batch_alter_table("history") as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.drop_table("users")
