"""handover inspection (承接查验): handovers, checklist items, rechecks; document date

Revision ID: 0110
Revises: 0100
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0110"
down_revision = "0100"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("model_file", sa.String(length=500), nullable=False),
        sa.Column("builder", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
        sa.UniqueConstraint("name", name=op.f("uq_handovers_name")),
    )
    op.create_table(
        "handover_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("item_code", sa.String(length=32), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("evidence", sa.String(length=200), nullable=False),
        sa.Column("risk_point", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("element_global_id", sa.String(length=64), nullable=False),
        sa.Column("issue_number", sa.String(length=32), nullable=False),
        sa.Column("checked_by", sa.String(length=100), nullable=False),
        sa.Column("checked_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["handover_id"],
            ["handovers.id"],
            name=op.f("fk_handover_checks_handover_id_handovers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_checks")),
    )
    op.create_index("ix_handover_checks_handover_step", "handover_checks", ["handover_id", "step"])
    op.create_table(
        "handover_rechecks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("issue_number", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["handover_id"],
            ["handovers.id"],
            name=op.f("fk_handover_rechecks_handover_id_handovers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["handover_checks.id"],
            name=op.f("fk_handover_rechecks_check_id_handover_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_rechecks")),
    )
    op.create_index(op.f("ix_handover_rechecks_due_on"), "handover_rechecks", ["due_on"])
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("doc_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("doc_date")
    op.drop_index(op.f("ix_handover_rechecks_due_on"), table_name="handover_rechecks")
    op.drop_table("handover_rechecks")
    op.drop_index("ix_handover_checks_handover_step", table_name="handover_checks")
    op.drop_table("handover_checks")
    op.drop_table("handovers")
