"""calls and audit: call_logs, p2p_requests, call_escalations, card_instances, append-only audit_log

Revision ID: 0007
Revises: 0001
Depends on: 0002 (call_logs, p2p_requests and call_escalations reference cases)

audit_log is protected in the database itself, not only by the application:
* SQLite: BEFORE UPDATE / BEFORE DELETE triggers that RAISE(ABORT, ...).
* PostgreSQL: a BEFORE UPDATE OR DELETE row trigger whose function raises (SQLSTATE 42501). A REVOKE would
  not bind the table owner (the application's own role); a trigger does. Disabling or dropping the trigger
  needs DDL rights, which shows up in the database's own logs.
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.base import JSONType, UTCDateTime

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = "0002"

APPEND_ONLY_MESSAGE = "audit_log is append-only"


def upgrade() -> None:
    op.create_table(
        "card_instances",
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("tenant_id", sa.String(64)),
        sa.Column("issued_to_id", sa.String(128)),
        sa.Column("issued_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("card_id", name="pk_card_instances"),
    )
    op.create_table(
        "call_logs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("tenant_id", sa.String(64)),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("call_type", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("contact_name", sa.String(200), nullable=False),
        sa.Column("contact_role", sa.String(100)),
        sa.Column("contact_facility", sa.String(200)),
        sa.Column("contact_phone", sa.String(40), nullable=False),
        sa.Column("contact_key", sa.String(64), nullable=False),
        sa.Column("details", JSONType),
        sa.Column("deadlines", JSONType),
        sa.Column("notes", sa.Text()),
        sa.Column("logged_by_id", sa.String(128), nullable=False),
        sa.Column("logged_by_name", sa.String(200)),
        sa.Column("logged_conversation_key", sa.String(32)),
        sa.Column("logged_at", UTCDateTime, nullable=False),
        sa.Column("promised_by", UTCDateTime),
        sa.Column("reminded_at", UTCDateTime),
        sa.Column("closed_at", UTCDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_call_logs"),
        sa.UniqueConstraint("card_id", name="uq_call_logs_card_id"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name="fk_call_logs_case_id_cases", ondelete="CASCADE"),
    )
    op.create_index("ix_call_logs_case_id_contact_key", "call_logs", ["case_id", "contact_key"])
    op.create_index("ix_call_logs_open_clinicals", "call_logs", ["call_type", "closed_at", "promised_by"])
    op.create_table(
        "p2p_requests",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.String(64)),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("physician_name", sa.String(200), nullable=False),
        sa.Column("callback_phone", sa.String(40), nullable=False),
        sa.Column("windows", JSONType, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("proposed_at", UTCDateTime),
        sa.Column("scheduled_at", UTCDateTime),
        sa.Column("window_closes_at", UTCDateTime),
        sa.Column("decision_note", sa.Text()),
        sa.Column("decided_by_id", sa.String(128)),
        sa.Column("decided_by_name", sa.String(200)),
        sa.Column("decided_at", UTCDateTime),
        sa.Column("requested_by_id", sa.String(128), nullable=False),
        sa.Column("requested_by_name", sa.String(200)),
        sa.Column("requester_conversation_key", sa.String(32)),
        sa.Column("md_conversation_key", sa.String(32)),
        sa.Column("md_activity_id", sa.String(128)),
        sa.Column("acknowledged_at", UTCDateTime),
        sa.Column("scheduled_reminded_at", UTCDateTime),
        sa.Column("window_reminded_at", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_p2p_requests"),
        sa.UniqueConstraint("call_id", name="uq_p2p_requests_call_id"),
        sa.UniqueConstraint("card_id", name="uq_p2p_requests_card_id"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_p2p_requests_case_id_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["call_logs.id"], name="fk_p2p_requests_call_id_call_logs", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_p2p_requests_status", "p2p_requests", ["status"])
    op.create_table(
        "call_escalations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(10), nullable=False),
        sa.Column("contact_key", sa.String(64), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_call_id", sa.Integer()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("sent_at", UTCDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_call_escalations"),
        sa.UniqueConstraint("case_id", "contact_key", "rule", name="uq_call_escalations_case_id_contact_key_rule"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_call_escalations_case_id_cases", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("actor_id", sa.String(128)),
        sa.Column("actor_name", sa.String(200)),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("case_id", sa.String(10)),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64)),
        sa.Column("before", JSONType),
        sa.Column("after", JSONType),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_case_id_at", "audit_log", ["case_id", "at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for op_name in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{op_name.lower()} BEFORE {op_name} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE} (% refused)', TG_OP "
            "USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index("ix_audit_log_case_id_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("call_escalations")
    op.drop_index("ix_p2p_requests_status", table_name="p2p_requests")
    op.drop_table("p2p_requests")
    op.drop_index("ix_call_logs_open_clinicals", table_name="call_logs")
    op.drop_index("ix_call_logs_case_id_contact_key", table_name="call_logs")
    op.drop_table("call_logs")
    op.drop_table("card_instances")
