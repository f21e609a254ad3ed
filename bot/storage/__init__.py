"""Persistence: SQLAlchemy models, sessions, migrations and the botbuilder Storage on SQL."""
