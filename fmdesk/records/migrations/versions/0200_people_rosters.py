"""people and duty rosters (值班表): employer of a technician, certificates, shifts, patterns,
each person's pattern, roster days

Revision ID: 0200
Revises: 0110
Create Date: 2026-12-06 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0200"
down_revision = "0110"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("technicians") as batch:
        batch.add_column(sa.Column("employer_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_technicians_employer_id_contractors"),
            "contractors",
            ["employer_id"],
            ["id"],
        )
    op.create_table(
        "staff_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technicians.id"],
            name=op.f("fk_staff_certificates_technician_id_technicians"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_certificates")),
        sa.UniqueConstraint(
            "technician_id", "kind", name=op.f("uq_staff_certificates_technician_id")
        ),
    )
    op.create_index(
        op.f("ix_staff_certificates_technician_id"), "staff_certificates", ["technician_id"]
    )
    op.create_table(
        "shifts",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_shifts")),
    )
    op.create_table(
        "shift_patterns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("cycle", JSON, nullable=False),
        sa.Column("workdays_only", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_patterns")),
        sa.UniqueConstraint("name", name=op.f("uq_shift_patterns_name")),
    )
    op.create_table(
        "staff_duty",
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("pattern_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technicians.id"],
            name=op.f("fk_staff_duty_technician_id_technicians"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pattern_id"],
            ["shift_patterns.id"],
            name=op.f("fk_staff_duty_pattern_id_shift_patterns"),
        ),
        sa.PrimaryKeyConstraint("technician_id", name=op.f("pk_staff_duty")),
    )
    op.create_table(
        "roster_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technicians.id"],
            name=op.f("fk_roster_days_technician_id_technicians"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_days")),
        sa.UniqueConstraint("technician_id", "day", name=op.f("uq_roster_days_technician_id")),
    )
    op.create_index(op.f("ix_roster_days_technician_id"), "roster_days", ["technician_id"])
    op.create_index(op.f("ix_roster_days_day"), "roster_days", ["day"])


def downgrade() -> None:
    op.drop_table("roster_days")
    op.drop_table("staff_duty")
    op.drop_table("shift_patterns")
    op.drop_table("shifts")
    op.drop_table("staff_certificates")
    with op.batch_alter_table("technicians") as batch:
        batch.drop_constraint(op.f("fk_technicians_employer_id_contractors"), type_="foreignkey")
        batch.drop_column("employer_id")
