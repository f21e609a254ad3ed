"""Prometheus metrics: the metric objects, and the `/metrics` exposition (off in production unless asked for).

The edge (turn middleware, scheduled jobs, the transport, the CLI) records into these objects; domain packages
return plain counts and never import this module. Label values are short fixed words (command names,
outcomes, e-mail types), never ids or text, so a series can never carry PHI.
"""

from __future__ import annotations

import hmac

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

disable_created_metrics()  # the *_created series double the output and no dashboard reads them

_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0)

TURNS = Counter("pscbot_turns", "Turns handled, by command (or activity kind) and outcome", ["command", "outcome"])
TURN_SECONDS = Histogram(
    "pscbot_turn_seconds", "Time to handle one inbound activity", ["command"], buckets=_LATENCY_BUCKETS
)

KB_ANSWERS = Counter("pscbot_kb_answers", "Knowledge base questions, by result", ["result"])
KB_SECONDS = Histogram(
    "pscbot_kb_answer_seconds", "Time to answer one knowledge base question", buckets=_LATENCY_BUCKETS
)

TRIAGE_EMAILS = Counter(
    "pscbot_triage_emails", "E-mails through the triage pipeline", ["request_type", "priority", "outcome"]
)

ALERTS_CREATED = Counter("pscbot_alerts_created", "Alerts and alert cards created", ["kind"])
DELIVERIES = Counter("pscbot_alert_deliveries", "Alert delivery attempts, by outcome", ["outcome"])
OUTBOX_BACKLOG = Gauge("pscbot_outbox_backlog", "Alert deliveries waiting to be sent (pending or in flight)")
OUTBOX_OLDEST_AGE = Gauge("pscbot_outbox_oldest_age_seconds", "Age of the oldest waiting alert delivery")

JOB_RUNS = Counter("pscbot_job_runs", "Scheduled job runs", ["job"])
JOB_FAILURES = Counter("pscbot_job_failures", "Scheduled job runs that raised", ["job"])

CONNECTOR_THROTTLED = Counter("pscbot_connector_throttled", "HTTP 429 answers from the Bot Connector")
PACING_DELAY = Counter(
    "pscbot_connector_pacing_delay_seconds", "Seconds outbound requests waited to stay under Teams' rate limits"
)

DELIVERY_OUTCOMES = ("sent", "throttled", "retried", "in_doubt", "dead", "gone")


def record_kb_answer(answered: bool, status: str, seconds: float) -> None:
    """answered / refused, and 'unsure' for an answer the knowledge base could not confirm."""
    result = "refused" if not answered else "unsure" if status == "unconfirmed" else "answered"
    KB_ANSWERS.labels(result).inc()
    KB_SECONDS.observe(seconds)


def record_dispatch(stats) -> None:
    """Deliveries by outcome from one dispatcher pass (a `DispatchStats`)."""
    for outcome in DELIVERY_OUTCOMES:
        count = getattr(stats, outcome, 0)
        if count:
            DELIVERIES.labels(outcome).inc(count)


def record_triage(stats) -> None:
    """E-mails by type, priority and outcome, and the alerts they raised, from one `PipelineStats`."""
    for (request_type, priority, outcome), count in getattr(stats, "by_label", {}).items():
        TRIAGE_EMAILS.labels(request_type, priority, outcome).inc(count)
    if stats.alerts:
        ALERTS_CREATED.labels("email").inc(stats.alerts)


def exposition() -> tuple[bytes, str]:
    """The text format of every registered metric, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def token_ok(header: str, token: str) -> bool:
    """A constant-time check of `Authorization: Bearer <token>`."""
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())
