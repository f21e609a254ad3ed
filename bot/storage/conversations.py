"""Stored conversation references: the addresses for proactive messages."""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.base import utcnow
from bot.storage.db import Database
from bot.storage.models import Conversation

log = logging.getLogger(__name__)


def conversation_key(conversation_id: str) -> str:
    """A short, stable handle for a conversation id (Teams ids are long and contain secrets-looking text)."""
    return hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class SeenConversation:
    conversation_id: str
    reference: dict
    scope: str
    service_url: str
    tenant_id: str | None = None
    team_id: str | None = None
    channel_id: str | None = None
    user_aad_id: str | None = None
    title: str | None = None


class ConversationStore:
    """Upserts references as turns arrive; a small cache skips writes when nothing changed."""

    def __init__(self, db: Database, cache_size: int = 4096) -> None:
        self._db = db
        self._seen: OrderedDict[str, tuple] = OrderedDict()
        self._cache_size = cache_size

    def _fingerprint(self, seen: SeenConversation) -> tuple:
        return (
            seen.service_url,
            seen.tenant_id,
            seen.scope,
            seen.team_id,
            seen.channel_id,
            seen.user_aad_id,
            seen.title,
            True,
        )

    async def remember(self, seen: SeenConversation) -> tuple[str, bool]:
        """Store or refresh a conversation reference.

        Returns its key and whether it is new to us (first seen, or back after an uninstall),
        which is when a welcome is due.
        """
        key = conversation_key(seen.conversation_id)
        fingerprint = self._fingerprint(seen)
        if self._seen.get(seen.conversation_id) == fingerprint:
            self._seen.move_to_end(seen.conversation_id)
            return key, False
        try:
            is_new = await self._upsert(key, seen)
        except IntegrityError:
            # Two turns of a brand-new conversation raced (install + conversationUpdate); one won.
            is_new = await self._upsert(key, seen)
        self._seen[seen.conversation_id] = fingerprint
        if len(self._seen) > self._cache_size:
            self._seen.popitem(last=False)
        log.debug("conversation %s stored (%s)", key, seen.scope)
        return key, is_new

    async def _upsert(self, key: str, seen: SeenConversation) -> bool:
        async with self._db.session() as session:
            row = await session.scalar(select(Conversation).where(Conversation.conversation_id == seen.conversation_id))
            is_new = row is None or not row.active
            if row is None:
                row = Conversation(key=key, conversation_id=seen.conversation_id, created_at=utcnow())
                session.add(row)
            row.reference = seen.reference
            row.scope = seen.scope
            row.service_url = seen.service_url
            row.tenant_id = seen.tenant_id
            row.team_id = seen.team_id
            row.channel_id = seen.channel_id
            row.user_aad_id = seen.user_aad_id or row.user_aad_id
            row.title = seen.title or row.title
            row.active = True
            row.updated_at = utcnow()
        return is_new

    async def deactivate(self, conversation_id: str) -> None:
        self._seen.pop(conversation_id, None)
        async with self._db.session() as session:
            await session.execute(
                update(Conversation)
                .where(Conversation.conversation_id == conversation_id)
                .values(active=False, updated_at=utcnow())
            )
        log.info("conversation %s marked inactive", conversation_key(conversation_id))

    async def deactivate_key(self, key: str) -> None:
        async with self._db.session() as session:
            row = await session.scalar(select(Conversation).where(Conversation.key == key))
            if row is not None:
                row.active = False
                row.updated_at = utcnow()
                self._seen.pop(row.conversation_id, None)

    async def get(self, key: str) -> Conversation | None:
        async with self._db.session() as session:
            return await session.scalar(select(Conversation).where(Conversation.key == key))

    async def by_conversation_id(self, conversation_id: str) -> Conversation | None:
        async with self._db.session() as session:
            return await session.scalar(select(Conversation).where(Conversation.conversation_id == conversation_id))

    async def list(self, *, active_only: bool = True) -> list[Conversation]:
        async with self._db.session() as session:
            query = select(Conversation).order_by(Conversation.updated_at.desc())
            if active_only:
                query = query.where(Conversation.active.is_(True))
            return list((await session.scalars(query)).all())
