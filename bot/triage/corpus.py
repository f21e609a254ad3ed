"""Labelled triage corpora: loading, content hash, and the by-writer train/validation split.

Writer grouping (so validation measures unseen writers, not unseen files):
* an e-mail whose labels carry a ``voice:`` or ``writer:`` tag (the writer/template that produced it) is grouped
  by it (``triage_train`` uses ``voice:``, ``eval/dev2/triage`` ``writer:``, so two corpora never share a group);
* otherwise by the ``From:`` domain (one sending organisation = one set of writers).
A group goes to validation when sha1(group) mod 4 == 0 (about a quarter, stable across runs and machines).
``triage_dev`` is always on the training side: the rules were written against it, so it cannot measure anything.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_FROM = re.compile(rb"^From:[^\n]*?@([A-Za-z0-9.-]+)", re.I | re.M)
VALIDATION_MOD = 4
RULES_SEEN = {"triage_dev"}  # corpora the rule stage was written against


@dataclass
class Example:
    corpus: str
    file: str
    raw: bytes
    label: dict
    group: str = ""
    tags: list[str] = field(default_factory=list)


def writer_group(raw: bytes, label: dict) -> str:
    for t in label.get("tags", []):
        if t.startswith(("voice:", "writer:")):
            return t
    head = raw[: raw.find(b"\n\n")] if b"\n\n" in raw else raw[:4000]
    m = _FROM.search(head)
    return "domain:" + (m.group(1).decode("ascii", "replace").lower() if m else "unknown")


def is_validation(group: str) -> bool:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % VALIDATION_MOD == 0


def in_validation(example: Example) -> bool:
    return example.corpus not in RULES_SEEN and is_validation(example.group)


def corpus_name(d: Path) -> str:
    """A corpus's name: its folder, or for the repository's ``eval/<set>/triage`` layout the set ("dev2")."""
    return d.parent.name if d.name == "triage" else d.name


def load_corpus(d: Path) -> list[Example]:
    out = []
    with open(d / "labels.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            lab = json.loads(line)
            raw = (d / lab["file"]).read_bytes()
            out.append(
                Example(corpus_name(d), lab["file"], raw, lab, writer_group(raw, lab), list(lab.get("tags", [])))
            )
    return out


def data_sha256(dirs: list[Path]) -> str:
    """Hash of every labels file and labelled e-mail, in a fixed order (the model file records it)."""
    h = hashlib.sha256()
    for d in sorted(dirs, key=corpus_name):
        labels = (d / "labels.jsonl").read_bytes()
        h.update(corpus_name(d).encode() + b"\0" + labels)
        for line in labels.decode("utf-8").splitlines():
            if line.strip():
                name = json.loads(line)["file"]
                h.update(name.encode() + b"\0" + (d / name).read_bytes())
    return h.hexdigest()
