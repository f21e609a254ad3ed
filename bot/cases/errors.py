"""The user-facing errors of case operations (raised by the services, shown by the features)."""

from __future__ import annotations


class CaseError(ValueError):
    """A user-facing problem with a case operation."""


class CaseNotFound(CaseError):
    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__(f"No case {case_id} found.")
