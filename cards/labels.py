"""Display vocabulary shared by the card builders: priority words and their Adaptive Card colours."""

from __future__ import annotations

PRIORITY_LABELS = {"urgent": "Urgent", "high": "High", "normal": "Normal", "low": "Low"}
PRIORITY_COLORS = {"urgent": "Attention", "high": "Warning", "normal": "Default", "low": "Accent"}
