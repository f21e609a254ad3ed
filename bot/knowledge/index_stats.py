"""Index statistics (document frequencies, vocabulary) and typo correction against that vocabulary."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from bot.knowledge.text import STOPWORDS, Lexicon, stem

# Ordinary words that are one or two edits away from knowledge-base words but mean something else: never
# "corrected" (e.g. contact -> contract, dental -> denial, vision -> revision).
COMMON_WORDS = frozenset(
    """
contact contacts dental vision hearing game games won win team name same came come home hope
lunch dinner party holiday vacation weather rain snow sunny pizza coffee food drink meeting meetings
password login email emails outlook teams phone phones fax call calls text texts printer print laptop
computer screen badge parking office desk room rooms building address mileage payroll paycheck salary
bonus benefits insurance dentist doctor glasses contacts wheelchair walker cane scooter oxygen mri scan
xray x ray lab labs blood pressure sugar diet weight height age birthday joke jokes story movie music
song book books news sports score scores football baseball basketball soccer hockey golf tennis
train bus car drive driving flight hotel travel trip map city state country town street road
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december morning afternoon evening tonight week weekend month year
timesheet workday schedule shift shifts overtime pto sick leave manager boss coworker training class
reset login account accounts update install download upload share folder file files report reports
""".split()
)


_COMMON_STEMS = frozenset(stem(w) for w in COMMON_WORDS)


@dataclass
class IndexStats:
    """Document frequencies and vocabulary of the indexed sections; built once per KB version."""

    n: int = 0
    avg_len: float = 1.0
    df: dict[str, int] = field(default_factory=dict)
    vocab: set[str] = field(default_factory=set)
    deletes: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, rows: list[tuple[str, str]], lex: Lexicon) -> IndexStats:
        df: Counter[str] = Counter()
        total = 0
        for head, body in rows:
            toks = body.split()
            total += len(toks)
            df.update(set(toks) | set(head.split()))
        stats = cls(n=len(rows), avg_len=(total / len(rows)) if rows else 1.0, df=dict(df))
        vocab = {t for t in df if not t.isdigit()} | lex.phrase_vocab | lex.concepts
        vocab |= {t for outs in lex.words.values() for t in outs}
        stats.vocab = {t for t in vocab if t not in STOPWORDS}
        deletes: dict[str, list[str]] = {}
        for word in stats.vocab:
            if len(word) < 4 or not word.isalpha():
                continue
            for d in _deletes1(word):
                deletes.setdefault(d, []).append(word)
        stats.deletes = deletes
        return stats

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.n - df + 0.5) / (df + 0.5))

    def max_idf(self) -> float:
        return math.log(1.0 + (self.n + 0.5) / 0.5)

    def correct(self, token: str) -> str:
        """Closest vocabulary word within edit distance 1 (2 for long words), most frequent first."""
        if (
            token in self.vocab
            or token in STOPWORDS
            or not token.isalpha()
            or len(token) < 4
            or token in COMMON_WORDS
            or stem(token) in _COMMON_STEMS
        ):
            return token
        candidates: set[str] = set()
        for d in [token, *_deletes1(token)]:
            candidates.update(self.deletes.get(d, ()))
        if token in self.deletes:
            candidates.update(self.deletes[token])
        best, best_key = token, None
        limit = 2 if len(token) >= 8 else 1
        for cand in candidates:
            if len(token) < 7 and len(cand) == len(token) and sorted(cand) != sorted(token):
                continue  # short words: no substitutions ("dental" -> "denial"), only indels/swaps
            if len(token) == 4 and len(cand) != 5:
                continue  # 4 letters: only a missing letter ("jimo")
            dist = _damerau(token, cand)
            if dist > limit:
                continue
            key = (dist, -self.df.get(cand, 0), cand)
            if best_key is None or key < best_key:
                best, best_key = cand, key
        return best


def _deletes1(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _damerau(a: str, b: str) -> int:
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]
