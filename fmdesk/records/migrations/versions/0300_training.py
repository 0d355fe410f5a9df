"""training: tours and their stops, trainees, drill sets and drills, attempts

Revision ID: 0300
Revises: 0002
Create Date: 2026-11-28 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0300"
down_revision = "0002"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "training_tours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model_key", sa.String(length=64), nullable=False),
        sa.Column("model_name", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_tours")),
        sa.UniqueConstraint("model_key", "title", name=op.f("uq_training_tours_model_key")),
    )
    op.create_index(op.f("ix_training_tours_model_key"), "training_tours", ["model_key"])
    op.create_table(
        "training_tour_stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", JSON, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["tour_id"],
            ["training_tours.id"],
            name=op.f("fk_training_tour_stops_tour_id_training_tours"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_training_tour_stops_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_tour_stops")),
    )
    op.create_index(op.f("ix_training_tour_stops_tour_id"), "training_tour_stops", ["tour_id"])
    op.create_table(
        "trainees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("team", sa.String(length=100), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainees")),
        sa.UniqueConstraint("name", name=op.f("uq_trainees_name")),
    )
    op.create_table(
        "training_drill_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model_key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=False),
        sa.Column("refresher_months", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_drill_sets")),
        sa.UniqueConstraint("model_key", "name", name=op.f("uq_training_drill_sets_model_key")),
    )
    op.create_index(op.f("ix_training_drill_sets_model_key"), "training_drill_sets", ["model_key"])
    op.create_table(
        "training_drills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target_global_id", sa.String(length=64), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("time_limit_s", sa.Integer(), nullable=True),
        sa.Column("options", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["training_drill_sets.id"],
            name=op.f("fk_training_drills_set_id_training_drill_sets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_drills")),
    )
    op.create_index(op.f("ix_training_drills_set_id"), "training_drills", ["set_id"])
    op.create_table(
        "training_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("drill_set_id", sa.Integer(), nullable=True),
        sa.Column("set_name", sa.String(length=200), nullable=False),
        sa.Column("model_key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("details", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name=op.f("fk_training_attempts_trainee_id_trainees")
        ),
        sa.ForeignKeyConstraint(
            ["drill_set_id"],
            ["training_drill_sets.id"],
            name=op.f("fk_training_attempts_drill_set_id_training_drill_sets"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attempts")),
    )
    op.create_index(op.f("ix_training_attempts_trainee_id"), "training_attempts", ["trainee_id"])
    op.create_index(
        op.f("ix_training_attempts_drill_set_id"), "training_attempts", ["drill_set_id"]
    )


def downgrade() -> None:
    op.drop_table("training_attempts")
    op.drop_table("training_drills")
    op.drop_table("training_drill_sets")
    op.drop_table("trainees")
    op.drop_table("training_tour_stops")
    op.drop_table("training_tours")
