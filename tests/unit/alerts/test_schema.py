"""Migration 0005 matches the models exactly (on SQLite and PostgreSQL)."""

from __future__ import annotations


async def test_alert_tables_match_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.schema import metadata

    names = ("subscriptions", "alerts", "alert_deliveries")

    def diff(conn):
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        return [d for d in compare_metadata(ctx, metadata) if any(n in repr(d) for n in names)]

    async with db.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
