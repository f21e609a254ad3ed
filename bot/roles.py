"""Roles from configuration: who may record calls, decide P2P requests, configure the bot."""

from __future__ import annotations

from collections.abc import Iterable

from bot.config import Settings

COORDINATOR = "coordinator"
MEDICAL_DIRECTOR = "medical_director"
TEAM_LEAD = "team_lead"
ADMIN = "admin"


def roles_of(settings: Settings, user_ids: Iterable[str]) -> list[str]:
    """Roles for a user known by any of its ids (Teams user id or Entra object id).

    Everyone in an allowed tenant is a coordinator; the other roles are granted by id lists.
    """
    ids = {i for i in user_ids if i}
    roles = [COORDINATOR]
    if ids & set(settings.medical_directors):
        roles.append(MEDICAL_DIRECTOR)
    if ids & set(settings.team_leads):
        roles.append(TEAM_LEAD)
    if ids & set(settings.admins):
        roles.append(ADMIN)
    return roles


def has_role(settings: Settings, user_ids: Iterable[str], role: str) -> bool:
    return role in roles_of(settings, user_ids)
