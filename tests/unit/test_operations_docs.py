"""docs/operations.md documents every metric the bot exports, and the sample dashboard charts them."""

from __future__ import annotations

import json

from prometheus_client import Counter

from bot import metrics
from bot.config import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"


def exported() -> dict[str, object]:
    """Exposed name -> metric object, for every metric defined in bot/metrics.py."""
    out = {}
    for value in vars(metrics).values():
        if hasattr(value, "_name") and hasattr(value, "_type"):
            name = value._name + ("_total" if isinstance(value, Counter) else "")
            out[name] = value
    return out


def test_every_metric_is_documented():
    text = (DOCS / "operations.md").read_text()
    names = exported()
    assert len(names) >= 13
    for name in names:
        assert f"`{name}`" in text, name


def test_the_sample_dashboard_charts_every_metric():
    dashboard = json.loads((DOCS / "grafana-dashboard.json").read_text())
    queries = " ".join(t["expr"] for panel in dashboard["panels"] for t in panel["targets"])
    for name in exported():
        assert name in queries, name
    assert len({panel["id"] for panel in dashboard["panels"]}) == len(dashboard["panels"])


def test_deploy_guide_covers_what_an_operator_needs():
    text = (DOCS / "deploy.md").read_text()
    for topic in ("Azure Bot", "reverse proxy", "Dev Tunnels", "N instances", "compose", "/readyz"):
        assert topic in text, topic
