"""Criteria as data: versioned checklists per level of care, loaded from YAML and validated at load.

Bundled sets live next to this module (criteria/*.yaml); a plan adds its own items by dropping files of the
same shape into the folder named by PSCBOT_CRITERIA_DIR. A file that does not fit the schema stops loading
with one line naming the file and the field, so a typo never silently drops a criterion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

BUNDLED_DIR = Path(__file__).resolve().parent / "criteria"
LEVELS = ("IRF", "LTAC", "SNF")
AFFECTS = ("coverage", "payment", "info")  # only coverage items can make a request "not met"
REVIEWS = ("any", "initial", "continued_stay")
_FACT_ID = re.compile(r"^[A-Z]{2,5}-\d{2}$")
_ITEM_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*(\.[a-z0-9]+(_[a-z0-9]+)*)+$")  # no "__" (cards use it)
_ITEM_KEYS = {"id", "fact", "related", "citation", "label", "question", "evidence", "affects", "review"}
_SET_KEYS = {"set", "version", "title", "levels", "items", "source"}


class CriteriaError(ValueError):
    """A criteria file that does not fit the schema (the message names file and field)."""


@dataclass(frozen=True)
class Criterion:
    id: str
    set_id: str
    fact: str | None
    citation: str
    label: str
    question: str
    evidence: str
    affects: str = "coverage"
    review: str = "any"
    related: tuple[str, ...] = ()
    source: str = "bundled"

    def applies(self, kind: str) -> bool:
        return self.review in ("any", kind)


@dataclass(frozen=True)
class CriteriaSet:
    id: str
    version: str
    title: str
    levels: tuple[str, ...]
    items: tuple[Criterion, ...]
    source: str = "bundled"


@dataclass(frozen=True)
class Catalog:
    sets: tuple[CriteriaSet, ...]

    def for_level(self, level: str, kind: str = "initial") -> list[Criterion]:
        """The checklist for one level of care and review kind: its own sets first, then the MA-wide ones."""
        own = [s for s in self.sets if s.levels == (level,)]
        shared = [s for s in self.sets if level in s.levels and s.levels != (level,)]
        return [c for s in own + shared for c in s.items if c.applies(kind)]

    def version_for(self, level: str) -> str:
        """One string naming every set version a review used (saved with the review)."""
        return ",".join(f"{s.id}@{s.version}" for s in self.sets if level in s.levels)

    def item(self, item_id: str) -> Criterion | None:
        return next((c for s in self.sets for c in s.items if c.id == item_id), None)

    def all_items(self) -> list[Criterion]:
        return [c for s in self.sets for c in s.items]


def _str(data: Mapping[str, Any], key: str, where: str, *, required: bool = True, max_len: int = 600) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CriteriaError(f"{where}: '{key}' is required")
        return ""
    if not isinstance(value, str | int | float):
        raise CriteriaError(f"{where}: '{key}' must be text")
    text = str(value).strip()
    if len(text) > max_len:
        raise CriteriaError(f"{where}: '{key}' is longer than {max_len} characters")
    return text


def _item(raw: Any, set_id: str, source: str, where: str) -> Criterion:
    if not isinstance(raw, dict):
        raise CriteriaError(f"{where}: each item must be a mapping")
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        raise CriteriaError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    item_id = _str(raw, "id", where, max_len=60)
    where = f"{where} item {item_id}"
    if not _ITEM_ID.match(item_id):
        raise CriteriaError(f"{where}: 'id' must look like set.name (lower case)")
    fact = _str(raw, "fact", where, required=source == "bundled", max_len=10) or None
    related = raw.get("related") or []
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        raise CriteriaError(f"{where}: 'related' must be a list of FACTS ids")
    for fid in [fact, *related]:
        if fid is not None and not _FACT_ID.match(fid):
            raise CriteriaError(f"{where}: '{fid}' is not a FACTS id like IRF-03")
    affects = _str(raw, "affects", where, required=False) or "coverage"
    review = _str(raw, "review", where, required=False) or "any"
    if affects not in AFFECTS:
        raise CriteriaError(f"{where}: 'affects' must be one of {', '.join(AFFECTS)}")
    if review not in REVIEWS:
        raise CriteriaError(f"{where}: 'review' must be one of {', '.join(REVIEWS)}")
    return Criterion(
        id=item_id,
        set_id=set_id,
        fact=fact,
        citation=_str(raw, "citation", where, max_len=200),
        label=_str(raw, "label", where, max_len=120),
        question=_str(raw, "question", where),
        evidence=_str(raw, "evidence", where),
        affects=affects,
        review=review,
        related=tuple(related),
        source=source,
    )


def parse_set(data: Any, where: str, *, source: str = "bundled") -> CriteriaSet:
    if not isinstance(data, dict):
        raise CriteriaError(f"{where}: expected a mapping with set, version, title, levels, items")
    unknown = set(data) - _SET_KEYS
    if unknown:
        raise CriteriaError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    set_id = _str(data, "set", where, max_len=40)
    levels = data.get("levels")
    if not isinstance(levels, list) or not levels or any(lv not in LEVELS for lv in levels):
        raise CriteriaError(f"{where}: 'levels' must list some of {', '.join(LEVELS)}")
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise CriteriaError(f"{where}: 'items' must be a non-empty list")
    parsed = tuple(_item(raw, set_id, source, where) for raw in items)
    return CriteriaSet(
        id=set_id,
        version=_str(data, "version", where, max_len=40),
        title=_str(data, "title", where, max_len=120),
        levels=tuple(levels),
        items=parsed,
        source=source,
    )


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in {".yaml", ".yml"})


def load_catalog(plan_dirs: Iterable[str | Path] = ()) -> Catalog:
    """The bundled sets plus every plan folder's; duplicate set or item ids are an error."""
    sources = [(p, "bundled") for p in _files(BUNDLED_DIR)]
    for folder in plan_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise CriteriaError(f"{folder}: criteria folder not found")
        sources += [(p, "plan") for p in _files(folder)]
    sets: list[CriteriaSet] = []
    seen_sets: set[str] = set()
    seen_items: set[str] = set()
    for path, source in sources:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CriteriaError(f"{path.name}: not valid YAML ({str(exc).splitlines()[0]})") from None
        crit_set = parse_set(data, path.name, source=source)
        if crit_set.id in seen_sets:
            raise CriteriaError(f"{path.name}: set '{crit_set.id}' is defined twice")
        seen_sets.add(crit_set.id)
        for item in crit_set.items:
            if item.id in seen_items:
                raise CriteriaError(f"{path.name}: item '{item.id}' is defined twice")
            seen_items.add(item.id)
        sets.append(crit_set)
    return Catalog(tuple(sets))


@lru_cache(maxsize=8)
def catalog_for(plan_dir: str = "") -> Catalog:
    """Loaded once per process per plan folder (criteria change with a deploy, not during a turn)."""
    return load_catalog([plan_dir] if plan_dir else [])
