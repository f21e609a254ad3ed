"""The whole database schema: storage's own tables plus every domain's models, for Alembic and tests.

It sits above the domain packages so that storage knows tables, not domains: a domain that adds a model
module adds one import line here.
"""

import bot.alerts.models  # noqa: F401
import bot.audit.models  # noqa: F401
import bot.cases.call_models  # noqa: F401
import bot.cases.models  # noqa: F401
import bot.knowledge.models  # noqa: F401
import bot.review.models  # noqa: F401
import bot.triage.models  # noqa: F401
from bot.storage import models as _storage_models  # noqa: F401  storage's own tables (conversations, state)
from bot.storage.base import Base

metadata = Base.metadata
