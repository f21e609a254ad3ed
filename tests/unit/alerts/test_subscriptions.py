"""Threshold and level-of-care matching; subscribe / unsubscribe / list_for / matching."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.alerts.subscriptions import (
    SubscriptionError,
    SubscriptionService,
    User,
    normalize_locs,
    normalize_threshold,
    wants,
)


def sub(threshold, locs=None, active=True):
    return SimpleNamespace(threshold=threshold, levels_of_care=locs, active=active)


@pytest.mark.parametrize(
    "threshold,priority,expected",
    [
        ("urgent", "urgent", "alert"),
        ("urgent", "high", None),
        ("urgent", "normal", None),
        ("urgent", "low", "digest"),
        ("high", "urgent", "alert"),
        ("high", "high", "alert"),
        ("high", "normal", None),
        ("high", "low", "digest"),
        ("all", "urgent", "alert"),
        ("all", "high", "alert"),
        ("all", "normal", "digest"),
        ("all", "low", "digest"),
    ],
)
def test_threshold_table(threshold, priority, expected):
    assert wants(sub(threshold), priority, "IRF", "new_request") == expected


def test_level_of_care_filter_other_type_and_inactive():
    assert wants(sub("high", ["IRF"]), "urgent", "IRF") == "alert"
    assert wants(sub("high", ["IRF"]), "urgent", "SNF") is None
    assert wants(sub("high", ["IRF", "LTAC"]), "urgent", "LTAC") == "alert"
    assert wants(sub("high", ["IRF"]), "urgent", None) == "alert"  # unknown LOC reaches everyone
    assert wants(sub("all"), "low", None, "other") is None  # spam / OOO never alert
    assert wants(sub("all", active=False), "urgent", "IRF") is None


def test_normalizers():
    assert normalize_threshold(" URGENT ") == "urgent"
    assert normalize_threshold("everything") == "all"
    with pytest.raises(SubscriptionError):
        normalize_threshold("soon")
    assert normalize_locs(None) is None
    assert normalize_locs("irf, ltach") == ["IRF", "LTAC"]
    assert normalize_locs(["SNF", "snf"]) == ["SNF"]
    assert normalize_locs("all") is None
    assert normalize_locs([]) is None
    with pytest.raises(SubscriptionError):
        normalize_locs("ICU")


async def test_subscribe_upsert_unsubscribe_matching(db):
    svc = SubscriptionService(db)
    user = User("aad-1", "Nurse One")
    await svc.subscribe("conv-a", "urgent", None, user)
    await svc.subscribe("conv-b", "all", "IRF", user, on_call=User("aad-9", "On Call"))
    row = await svc.subscribe("conv-a", "high", ["SNF"], User("aad-2", "Nurse Two"))  # upsert
    assert row.threshold == "high" and row.levels_of_care == ["SNF"] and row.created_by_id == "aad-1"
    [a] = await svc.list_for("conv-a")
    assert a.active and a.threshold == "high"
    assert [s.conversation_key for s in await svc.matching("urgent", "SNF")] == ["conv-a"]
    assert [s.conversation_key for s in await svc.matching("urgent", "IRF")] == ["conv-b"]
    assert [s.conversation_key for s in await svc.matching("normal", "IRF", kind="digest")] == ["conv-b"]
    assert await svc.unsubscribe("conv-a") is True
    assert await svc.unsubscribe("conv-a") is False
    assert await svc.matching("urgent", "SNF") == []
    [a] = await svc.list_for("conv-a")
    assert not a.active
    await svc.subscribe("conv-a", "high", None, user)  # re-subscribing re-activates
    assert [s.conversation_key for s in await svc.matching("high", "SNF")] == ["conv-a"]
    assert await svc.list_for("nobody") == []
    [b] = await svc.list_for("conv-b")
    assert (b.on_call_user_id, b.on_call_user_name) == ("aad-9", "On Call")
