"""Imports every domain model module so their tables join the shared metadata (one line each)."""
import bot.alerts.models  # noqa: F401
import bot.audit.models  # noqa: F401
import bot.cases.call_models  # noqa: F401
import bot.cases.models  # noqa: F401
import bot.knowledge.models  # noqa: F401
import bot.review.models  # noqa: F401
import bot.triage.models  # noqa: F401
