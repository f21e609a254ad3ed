"""audit_log: refuse TRUNCATE too (PostgreSQL)

Revision ID: 0008
Revises: 0007

0007's row trigger refuses UPDATE and DELETE, but TRUNCATE fires no row triggers, so the table owner (the
application's own role) could still empty the audit log in one statement, or as the CASCADE of truncating a
table it references. A statement-level BEFORE TRUNCATE trigger refuses that too. SQLite has no TRUNCATE: its
"DELETE without WHERE" fast path is disabled by 0007's delete trigger.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
