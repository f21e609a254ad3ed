"""Append-only audit trail: who recorded what, when, on which case (no botbuilder imports)."""
