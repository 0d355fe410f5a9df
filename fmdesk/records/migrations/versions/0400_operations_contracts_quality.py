"""operations: contractor profile, contracts, three-level acceptance, quality checks

Revision ID: 0400
Revises: 0200
Create Date: 2026-12-06 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0400"
down_revision = "0200"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("contractors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("staff", JSON, nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("qualifications", JSON, nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("insurance", JSON, nullable=False, server_default="{}"))
        batch_op.add_column(
            sa.Column("pool", sa.String(length=16), nullable=False, server_default="active")
        )
    _create_contracts()
    _create_acceptances()
    _create_quality()


def _create_contracts() -> None:
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("scope", JSON, nullable=False),
        sa.Column("standards", JSON, nullable=False),
        sa.Column("monthly_fee", sa.Float(), nullable=False),
        sa.Column("milestones", JSON, nullable=False),
        sa.Column("penalties", JSON, nullable=False),
        sa.Column("pass_score", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_contracts_contractor_id_contractors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("number", name=op.f("uq_contracts_number")),
    )
    op.create_index(op.f("ix_contracts_contractor_id"), "contracts", ["contractor_id"])


def _create_acceptances() -> None:
    op.create_table(
        "work_acceptances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", BIG_ID, nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verdict", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_work_acceptances_work_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_acceptances")),
    )
    op.create_index(
        "ix_work_acceptances_order_level", "work_acceptances", ["work_order_id", "level"]
    )


def _create_quality() -> None:
    op.create_table(
        "quality_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("checker", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_plans")),
        sa.UniqueConstraint("name", name=op.f("uq_quality_plans_name")),
    )
    op.create_index(op.f("ix_quality_plans_planned_on"), "quality_plans", ["planned_on"])
    op.create_table(
        "quality_findings",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("element_global_id", sa.String(length=64), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=True),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("concealed", sa.Boolean(), nullable=False),
        sa.Column("photo_ids", JSON, nullable=False),
        sa.Column("found_by", sa.String(length=100), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=False),
        sa.Column("work_order_id", BIG_ID, nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("rectified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rectify_note", sa.Text(), nullable=False),
        sa.Column("recheck_by", sa.String(length=100), nullable=False),
        sa.Column("rechecked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recheck_verdict", sa.String(length=8), nullable=False),
        sa.Column("recheck_count", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("element_repeats", sa.Integer(), nullable=False),
        sa.Column("contractor_repeats", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["quality_plans.id"],
            name=op.f("fk_quality_findings_plan_id_quality_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_quality_findings_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_quality_findings_contractor_id_contractors"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_quality_findings_work_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_findings")),
        sa.UniqueConstraint("number", name=op.f("uq_quality_findings_number")),
    )
    op.create_index(op.f("ix_quality_findings_plan_id"), "quality_findings", ["plan_id"])
    op.create_index(
        "ix_quality_findings_contractor_found", "quality_findings", ["contractor_id", "found_at"]
    )
    op.create_index("ix_quality_findings_asset_item", "quality_findings", ["asset_id", "item"])
    op.create_index("ix_quality_findings_state_deadline", "quality_findings", ["state", "deadline"])


def downgrade() -> None:
    op.drop_table("quality_findings")
    op.drop_table("quality_plans")
    op.drop_table("work_acceptances")
    op.drop_table("contracts")
    with op.batch_alter_table("contractors", schema=None) as batch_op:
        for column in ("pool", "insurance", "qualifications", "staff"):
            batch_op.drop_column(column)
