"""What a question gets back: `Answer` with its `SectionRef`s, and the optional `AnswerHook` post-processor."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from bot.knowledge.rank import Candidate


@dataclass
class SectionRef:
    section_id: int
    document_id: int
    title: str
    heading: str
    path: str
    score: float
    citation: str = ""
    snippet: str = ""  # one sentence of the passage (for "These may help")
    effective_date: str | None = None
    status: str = ""
    fact_ids: list[str] = field(default_factory=list)


@dataclass
class Answer:
    answered: bool
    answer: str
    citation: str = ""
    effective_date: str | None = None
    confidence: float = 0.0
    source: str = ""
    related: list[str] = field(default_factory=list)
    answer_id: str | None = None
    sections: list[SectionRef] = field(default_factory=list)  # top sections, best first (up to 3)
    curated_id: int | None = None
    status: str = "none"  # confirmed | secondary | unconfirmed | none (refusal)
    title: str = ""  # article title (or who curated the answer) the answer came from
    fact_ids: list[str] = field(default_factory=list)
    # Not answered but passages are relevant: the card shows them as "These may help".
    suggestions: bool = False
    # What the confidence was computed from (best cosine, lexical confidence, fused margin): for calibration.
    signals: dict[str, float] = field(default_factory=dict)

    def to_public(self) -> dict[str, Any]:
        """The `pscbot ask --json` object."""
        return {
            "answered": self.answered,
            "answer": self.answer,
            "citation": self.citation,
            "effective_date": self.effective_date,
            "confidence": round(float(self.confidence), 3),
            "source": self.source,
            "related": list(self.related),
            "status": self.status,
            "fact_ids": list(self.fact_ids),
            "suggestions": [{"title": r.title, "citation": r.citation, "sentence": r.snippet} for r in self.sections]
            if self.suggestions
            else [],
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class AnswerHook(Protocol):
    """Optional post-processor (e.g. an LLM summariser). Receives the retrieved answer and the candidate
    sections; returns a replacement Answer or None to keep it. Off unless passed to KnowledgeService."""

    async def __call__(self, question: str, answer: Answer, candidates: list[Candidate]) -> Answer | None: ...
