"""foundation: conversations and bot state

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("conversation_id", sa.Text(), nullable=False),
        sa.Column("tenant_id", sa.String(64)),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("team_id", sa.Text()),
        sa.Column("channel_id", sa.Text()),
        sa.Column("service_url", sa.Text(), nullable=False),
        sa.Column("user_aad_id", sa.String(64)),
        sa.Column("title", sa.String(255)),
        sa.Column("reference", JSONType, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
        sa.UniqueConstraint("key", name="uq_conversations_key"),
        sa.UniqueConstraint("conversation_id", name="uq_conversations_conversation_id"),
    )
    op.create_table(
        "bot_state",
        sa.Column("key", sa.String(512), nullable=False),
        sa.Column("data", JSONType, nullable=False),
        sa.Column("etag", sa.String(64), nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_bot_state"),
    )


def downgrade() -> None:
    op.drop_table("bot_state")
    op.drop_table("conversations")
