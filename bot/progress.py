"""Progress for long CLI commands: a tqdm bar on a terminal, nothing at all when stderr is a file or a pipe."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO


class Progress:
    """`progress(done, total, label="")` updates one bar; call `close()` (or use `with`) when finished."""

    def __init__(self, description: str, stream: TextIO | None = None, min_total: int = 5) -> None:
        self.description = description
        self.stream = stream or sys.stderr
        self.min_total = min_total
        self._bar = None

    @property
    def enabled(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def __call__(self, done: int, total: int, label: str = "") -> None:
        if total < self.min_total or not self.enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, desc=self.description, file=self.stream, leave=False, dynamic_ncols=True, unit=""
            )
        self._bar.total = total
        self._bar.n = done
        if label:
            self._bar.set_postfix_str(label[-40:], refresh=False)
        self._bar.refresh()
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def phased(stream: TextIO | None = None) -> Callable[[str, int, int], None]:
    """A (phase, done, total) callback: one bar per phase, for multi-step work such as an import."""
    bars: dict[str, Progress] = {}

    def update(phase: str, done: int, total: int) -> None:
        bar = bars.setdefault(phase, Progress(phase, stream))
        bar(done, total)

    return update
