"""Imports every domain model module so their tables join the shared metadata (one line each)."""
