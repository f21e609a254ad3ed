"""Alerts: subscriptions, alerts from triage results, the delivery outbox and its dispatcher, escalation and
the digest. Domain code: no botbuilder imports; Teams is reached through the `AlertSender` protocol.

    subscriptions.SubscriptionService(db): subscribe / unsubscribe / list_for / matching
    service.create_for_result(session, ...)   (called by bot.triage.pipeline)
    service.AlertService(db, tz, cards=...): acknowledge / claim (idempotent, return the card + where it is shown)
    dispatcher.dispatch_once(db, sender, owner, now, batch, cards=...)(module docstring: the in-doubt policy)
    escalation.escalate_due(db, after_min=...)      digest.build_digests(db)      outbox.counts/dead_letters
"""
