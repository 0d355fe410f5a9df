"""review issues: issues pinned to elements, comments, viewpoints, files (BCF topics)

Revision ID: 0100
Revises: 0300
Create Date: 2026-11-22 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0100"
down_revision = "0300"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("issue_type", sa.String(length=100), nullable=False),
        sa.Column("priority", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("assignee", sa.String(length=200), nullable=False),
        sa.Column("due_date", WHEN, nullable=True),
        sa.Column("labels", JSON, nullable=False),
        sa.Column("stage", sa.String(length=200), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("modified_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("source_ref", sa.String(length=500), nullable=False),
        sa.Column("model_file", sa.String(length=500), nullable=False),
        sa.Column("work_order_number", sa.String(length=32), nullable=False),
        sa.Column("bcf", JSON, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_issues")),
        sa.UniqueConstraint("number", name=op.f("uq_review_issues_number")),
        sa.UniqueConstraint("guid", name=op.f("uq_review_issues_guid")),
    )
    with op.batch_alter_table("review_issues", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_issues_issue_type"), ["issue_type"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_issues_status"), ["status"], unique=False)

    op.create_table(
        "review_issue_elements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("global_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["review_issues.id"],
            name=op.f("fk_review_issue_elements_issue_id_review_issues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_issue_elements")),
        sa.UniqueConstraint("issue_id", "global_id", name="uq_review_element"),
    )
    with op.batch_alter_table("review_issue_elements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_issue_elements_issue_id"), ["issue_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_issue_elements_global_id"), ["global_id"], unique=False
        )

    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("viewpoint_guid", sa.String(length=36), nullable=False),
        sa.Column("modified_at", WHEN, nullable=True),
        sa.Column("modified_by", sa.String(length=200), nullable=False),
        sa.Column("extra", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["review_issues.id"],
            name=op.f("fk_review_comments_issue_id_review_issues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
    )
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comments_issue_id"), ["issue_id"])
        batch_op.create_index(batch_op.f("ix_review_comments_guid"), ["guid"])

    op.create_table(
        "review_viewpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("state", JSON, nullable=False),
        sa.Column("snapshot_sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot_name", sa.String(length=300), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["review_issues.id"],
            name=op.f("fk_review_viewpoints_issue_id_review_issues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_viewpoints")),
    )
    with op.batch_alter_table("review_viewpoints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_viewpoints_issue_id"), ["issue_id"])
        batch_op.create_index(batch_op.f("ix_review_viewpoints_guid"), ["guid"])

    op.create_table(
        "review_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["review_issues.id"],
            name=op.f("fk_review_files_issue_id_review_issues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_files")),
    )
    with op.batch_alter_table("review_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_files_issue_id"), ["issue_id"])
        batch_op.create_index("ix_review_files_issue_kind", ["issue_id", "kind"])


def downgrade() -> None:
    for table in (
        "review_files",
        "review_viewpoints",
        "review_comments",
        "review_issue_elements",
        "review_issues",
    ):
        op.drop_table(table)
