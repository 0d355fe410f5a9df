"""KPI indexes: covering indexes for the reported / rectified / due populations of the KPIs

Revision ID: 0700
Revises: 0600
Create Date: 2026-12-06 23:40:00

Each index holds every column its KPI query reads (``fmdesk.operations.kpi_sql``), so SQLite and
PostgreSQL answer from the index alone (one narrow range scan per population).
"""

from __future__ import annotations

from alembic import op

revision = "0700"
down_revision = "0600"
branch_labels = None
depends_on = None

GROUP_KEYS = ["asset_id", "contractor_id", "assignee_id", "site_id"]
INDEXES = {
    "ix_work_orders_kpi_reported": [
        "created_at",
        "state",
        "source",
        "accepted_at",
        "response_due",
        "on_site_at",
        "on_site_due",
        *GROUP_KEYS,
    ],
    "ix_work_orders_kpi_rectified": [
        "rectified_at",
        "state",
        "source",
        "created_at",
        "reopened_count",
        "satisfaction_score",
        *GROUP_KEYS,
    ],
    "ix_work_orders_kpi_due": [
        "completion_due",
        "state",
        "source",
        "rectified_at",
        *GROUP_KEYS,
    ],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "work_orders", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="work_orders")
