"""PatternSet: compiled patterns with a cheap substring pre-check, so most patterns never run on a text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any


def required_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case literals of which every match of ``rx`` contains at least one; None if unknown.

    Looks at the pattern's top-level sequence: a literal run (>= 3 chars), or a group of alternatives that
    each start with a literal (>= 2 chars). Used as a cheap substring pre-check before running the regex.
    """
    try:
        # re's parser is private: typeshed stubs it only under its old public names (sre_constants, sre_parse),
        # which warn when imported at run time since Python 3.11.
        if TYPE_CHECKING:
            import sre_constants as C  # noqa: N812
            import sre_parse
        else:
            from re import _constants as C  # noqa: N812
            from re import _parser as sre_parse

        # (opcode, argument) pairs; the argument's shape depends on the opcode, hence Any.
        items: list[tuple[Any, Any]] = list(sre_parse.parse(rx.pattern, rx.flags & ~re.VERBOSE).data)
    except Exception:  # noqa: BLE001 - private API: just skip the optimisation
        return None

    def literal_prefix(seq) -> str:
        out = []
        for op, av in seq:
            if op is not C.LITERAL:
                break
            out.append(chr(av))
        return "".join(out).lower()

    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= 3:
            candidates.append(("".join(run).lower(),))
        run = []
        branch = None
        if op is C.BRANCH:
            branch = av[1]
        elif op is C.SUBPATTERN:
            sub = list(av[-1])
            if len(sub) == 1 and sub[0][0] is C.BRANCH:
                branch = sub[0][1][1]
        if branch:
            prefixes = tuple(literal_prefix(list(b)) for b in branch)
            if all(len(p) >= 2 for p in prefixes):
                candidates.append(prefixes)
    if not candidates:
        return None
    # the most selective candidate: fewest alternatives, then longest shortest literal
    return min(candidates, key=lambda c: (len(c), -min(len(x) for x in c)))


def _has_any(text: str, literals: tuple[str, ...]) -> bool:
    for x in literals:
        if x in text:
            return True
    return False


class PatternSet(list):
    """A list of compiled patterns with a substring pre-check per pattern (most patterns never run).

    Texts passed to the methods must already be lower-cased (the pre-check compares lower-case literals).
    """

    def __init__(self, patterns: list[re.Pattern], flags: int = re.I | re.M) -> None:
        super().__init__(patterns)
        self._checks = [(required_literals(p), p) for p in patterns]

    def search(self, text: str) -> re.Match | None:
        """The first pattern (in file order) that matches, or None."""
        low = text
        for lit, rx in self._checks:
            if lit is not None and not _has_any(low, lit):
                continue
            m = rx.search(text)
            if m:
                return m
        return None

    def leftmost(self, text: str) -> re.Match | None:
        """The match that starts earliest in ``text``."""
        low = text
        best = None
        for lit, rx in self._checks:
            if lit is not None and not _has_any(low, lit):
                continue
            m = rx.search(text)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> list[re.Match]:
        """All matches of all patterns, by position."""
        low = text
        out = []
        for lit, rx in self._checks:
            if lit is not None and not _has_any(low, lit):
                continue
            out.extend(rx.finditer(text))
        out.sort(key=lambda m: m.start())
        return out
