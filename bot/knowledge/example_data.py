"""Reading and embedding the example questions (`data/kb_examples/*.jsonl`) into the arrays examples.py loads.

One JSON object per line: {"id": "...", "fact": "IRF-04", "question": "...", ...}; other keys are kept in the
source files for their authors (style, the phrases a right answer contains) and ignored here. A bad line is
an error naming the file and line: the vectors are not rebuilt from a file half read.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.embed import MODEL_NAME, Embedder
from bot.knowledge.examples import FactClassifier
from bot.knowledge.retrieve import asking
from bot.knowledge.text import Lexicon

FOLDER = Path(__file__).resolve().parents[2] / "data" / "kb_examples"
_FACT = r"[A-Z0-9]{2,4}-\d{2}"  # a FACTS.md fact id: IRF-01, P2P-03
FACT_ID = re.compile(rf"^{_FACT}$")
CLASSIFIER_C = 30.0  # inverse L2 strength (train_classifier)


class ExampleError(ValueError):
    """A source file holds a line that is not a labelled example question."""


@dataclass(frozen=True)
class Example:
    fact: str
    question: str


def source_files(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def digest(folder: Path = FOLDER) -> str:
    """sha256 over the source files' names and bytes: the vectors are current when it matches theirs."""
    h = hashlib.sha256()
    for path in source_files(folder):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def read(folder: Path = FOLDER) -> list[Example]:
    out: list[Example] = []
    for path in source_files(folder):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ExampleError(f"{path.name}:{n}: not JSON ({exc.msg})") from None
            fact, question = (row.get("fact"), row.get("question")) if isinstance(row, dict) else (None, None)
            if not isinstance(fact, str) or not FACT_ID.match(fact):
                raise ExampleError(f"{path.name}:{n}: 'fact' must be a fact id such as IRF-04")
            if not isinstance(question, str) or not question.strip():
                raise ExampleError(f"{path.name}:{n}: 'question' is empty")
            out.append(Example(fact, question.strip()))
    return out


def embed(examples: list[Example], lex: Lexicon, embedder: Embedder) -> tuple[np.ndarray, np.ndarray]:
    """(whole-question vectors, asking-sentence vectors), made exactly as retrieval makes a question's."""
    story_texts = [lex.spell_out(e.question) for e in examples]
    asks = [asking(e.question, lex) for e in examples]
    ask_texts = [lex.spell_out(a) if a else t for a, t in zip(asks, story_texts, strict=True)]
    return embedder.embed(story_texts), embedder.embed(ask_texts)


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and one float32 scale per row (a quarter of float32's size; cosines agree to ~1e-4)."""
    scale = np.maximum(np.abs(vectors).max(axis=1), 1e-12) / 127.0
    return np.round(vectors / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def train_classifier(examples: list[Example], story: np.ndarray, ask: np.ndarray) -> FactClassifier:
    """A softmax over fact ids on [whole-question vector, asking-sentence vector], L2-regularised.

    CLASSIFIER_C was chosen by leaving each example writer out in turn (the held-out writer's questions
    classified by a model trained on the others): 0.916 at C=3, 0.920 at 10, 0.921 at 30, 0.920 at 100, 0.911
    at 300 (docs/kb_retrieval.md, "Session 8"). Build time only: scikit-learn is not imported at run time."""
    from sklearn.linear_model import LogisticRegression

    x, y = np.hstack([story, ask]), np.array([e.fact for e in examples])
    if len(set(y.tolist())) < 2:  # nothing to tell apart: every question asks for the one fact
        return FactClassifier((str(y[0]),), np.zeros((1, x.shape[1]), np.float32), np.zeros(1, np.float32))
    model = LogisticRegression(C=CLASSIFIER_C, max_iter=5000)
    model.fit(x, y)
    weights, bias = np.asarray(model.coef_, np.float32), np.asarray(model.intercept_, np.float32)
    if len(model.classes_) == 2:  # one logit for the second class: as a softmax, the first class's is 0
        weights, bias = np.vstack([np.zeros_like(weights), weights]), np.r_[np.float32(0.0), bias]
    return FactClassifier(tuple(str(c) for c in model.classes_.tolist()), weights, bias.astype(np.float32))


def restatements(facts_md: str, known: set[str]) -> list[str]:
    """ "FIX-04>AP-02" for each FACTS.md fact that cites another known fact in its text (the corrections cite
    the fact they correct)."""
    out: list[str] = []
    for m in re.finditer(rf"^- \*\*({_FACT})\*\*(.*)$", facts_md, re.MULTILINE):
        fact, text = m.group(1), m.group(2)
        for cited in dict.fromkeys(re.findall(rf"\b({_FACT})\b", text)):
            if cited != fact and cited in known and fact in known:
                out.append(f"{fact}>{cited}")
    return out


def write(
    path: Path,
    examples: list[Example],
    story: np.ndarray,
    ask: np.ndarray,
    sources: str,
    restates: list[str] | None = None,
) -> None:
    story_q, story_scale = quantize(story)
    ask_q, ask_scale = quantize(ask)
    trained = train_classifier(examples, story, ask)
    np.savez_compressed(
        path,
        facts=np.array([e.fact for e in examples]),
        story=story_q,
        story_scale=story_scale,
        ask=ask_q,
        ask_scale=ask_scale,
        clf_classes=np.array(trained.classes),
        clf_weights=trained.weights,
        clf_bias=trained.bias,
        restates=np.array(restates or [], dtype=str),
        sources_sha256=np.array(sources),
        model=np.array(MODEL_NAME),
    )
