"""Test support: the mock Bot Connector and helpers usable by any test."""
