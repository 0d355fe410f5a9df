"""meters: readings, placements on the networks, anomalies that became work orders

Revision ID: 0500
Revises: 0400
Create Date: 2026-12-06 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0500"
down_revision = "0400"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "meter_readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meter", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reading", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_readings")),
        sa.UniqueConstraint("meter", "at", name=op.f("uq_meter_readings_meter")),
    )
    op.create_index("ix_meter_readings_at", "meter_readings", ["at"])
    op.create_table(
        "meter_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meter", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent", sa.String(length=64), nullable=False),
        sa.Column("downstream_count", sa.Integer(), nullable=False),
        sa.Column("downstream", JSON, nullable=False),
        sa.Column("spaces", JSON, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_links")),
        sa.UniqueConstraint("meter", name=op.f("uq_meter_links_meter")),
    )
    op.create_table(
        "meter_anomaly_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("anomaly", sa.String(length=160), nullable=False),
        sa.Column("work_order", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_anomaly_orders")),
        sa.UniqueConstraint("anomaly", name=op.f("uq_meter_anomaly_orders_anomaly")),
    )


def downgrade() -> None:
    op.drop_table("meter_anomaly_orders")
    op.drop_table("meter_links")
    op.drop_index("ix_meter_readings_at", table_name="meter_readings")
    op.drop_table("meter_readings")
