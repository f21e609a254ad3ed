"""Who may import whom: domain packages stay free of Teams, cards and transport; storage knows no domain.

Reads every module's AST (imports inside functions and under TYPE_CHECKING count too), so a lazy import
cannot hide a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ("bot.cases", "bot.knowledge", "bot.triage", "bot.alerts", "bot.audit", "bot.review")
FORBIDDEN_IN_DOMAINS = ("botbuilder", "botframework", "cards", "bot.transport")

# Imports that break the rules today, in files other sessions are still changing (issues 12 and 13). The
# lead empties this list while merging; an entry that no longer occurs fails test_pending_entries_still_occur,
# so the list can only shrink.
PENDING: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of every module the file imports (relative imports resolved)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _modules_under(package: str) -> list[Path]:
    folder = ROOT.joinpath(*package.split("."))
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


def _within(name: str, prefixes: tuple[str, ...]) -> str | None:
    return next((p for p in prefixes if name == p or name.startswith(p + ".")), None)


def _violations(packages: tuple[str, ...], forbidden: tuple[str, ...]) -> set[tuple[str, str]]:
    out = set()
    for package in packages:
        for path in _modules_under(package):
            module = _module_name(path)
            for name in _imports(path):
                if _within(name, forbidden) and not _within(name, (package,)):
                    out.add((module, name))
    return out


def _report(found: set[tuple[str, str]]) -> str:
    return "\n".join(f"{module}: {name}" for module, name in sorted(found))


def test_the_walker_sees_lazy_and_relative_imports(tmp_path):
    # The rules are only as good as the walker: check it on a known module.
    seen = _imports(ROOT / "bot" / "transport" / "__init__.py")
    assert "bot.transport.sdk" in seen and "bot.transport.client.ConnectorTransport" in seen


def test_domain_packages_import_neither_teams_cards_nor_transport():
    found = _violations(DOMAINS, FORBIDDEN_IN_DOMAINS) - PENDING
    assert not found, "domain code reaching the edge:\n" + _report(found)


def test_storage_imports_no_domain_package():
    found = _violations(("bot.storage",), DOMAINS) - PENDING
    assert not found, "storage importing a domain:\n" + _report(found)


def test_pending_entries_still_occur():
    current = _violations(DOMAINS, FORBIDDEN_IN_DOMAINS) | _violations(("bot.storage",), DOMAINS)
    stale = PENDING - current
    assert not stale, "fixed, so remove from PENDING:\n" + _report(stale)


# Display vocabulary lives in cards/ only, each name once; verb ids are defined once.
CARD_VOCABULARY = ("TYPE_LABELS", "PRIORITY_COLORS", "PRIORITY_LABELS")
# Same rule as PENDING: definitions the lead removes while merging issues 12 and 13.
PENDING_DEFINITIONS: set[tuple[str, str]] = set()


def _module_level_definitions() -> set[tuple[str, str]]:
    """(module, name) for vocabulary constants, and (module, verb) for module-level verb id strings."""
    out = set()
    for package in ("bot", "cards", "dialogs"):
        for path in _modules_under(package):
            module = _module_name(path)
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.Assign | ast.AnnAssign):
                    continue
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in CARD_VOCABULARY:
                        out.add((module, target.id))
                    if (
                        isinstance(target, ast.Name)
                        and target.id.startswith("VERB_")
                        and isinstance(node.value, ast.Constant)
                        and isinstance(node.value.value, str)
                    ):
                        out.add((module, node.value.value))
    return out


def test_card_vocabulary_lives_in_cards_once():
    found = _module_level_definitions() - PENDING_DEFINITIONS
    vocabulary = [(m, n) for m, n in found if n in CARD_VOCABULARY]
    outside = [(m, n) for m, n in vocabulary if not m.startswith("cards")]
    assert not outside, "card vocabulary outside cards/:\n" + _report(set(outside))
    names = [n for _, n in vocabulary]
    assert len(names) == len(set(names)), "defined twice:\n" + _report(set(vocabulary))


def test_verb_ids_are_defined_once():
    found = _module_level_definitions() - PENDING_DEFINITIONS
    verbs = [(m, v) for m, v in found if v not in CARD_VOCABULARY]
    seen: dict[str, list[str]] = {}
    for module, verb in verbs:
        seen.setdefault(verb, []).append(module)
    twice = {verb: modules for verb, modules in seen.items() if len(modules) > 1}
    assert not twice, f"verb ids defined in more than one module: {twice}"


def test_pending_definitions_still_occur():
    stale = PENDING_DEFINITIONS - _module_level_definitions()
    assert not stale, "fixed, so remove from PENDING_DEFINITIONS:\n" + _report(stale)
