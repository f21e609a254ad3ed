"""How the alerts domain asks for cards without knowing Adaptive Cards: the edge hands it these builders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# alert(alert, case, now, tz, *, resent=False) -> card
AlertCardFn = Callable[..., dict[str, Any]]
# escalation(alert, case, now, tz, *, mention, after_min) -> card
EscalationCardFn = Callable[..., dict[str, Any]]
# digest(items, now, tz, *, since) -> card, items being (alert, case or None) pairs
DigestCardFn = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class AlertCards:
    """The three card builders the alerts domain renders through (bot.features.alert_delivery binds cards.alerts)."""

    alert: AlertCardFn
    escalation: EscalationCardFn
    digest: DigestCardFn
