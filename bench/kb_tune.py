"""Choose the fusion weights on the development sets; print each set's halves, or each set left out.

    .venv/bin/python bench/kb_tune.py [FILE ...]          tuning half (even ids) chooses, both halves printed
    .venv/bin/python bench/kb_tune.py --loso FILE FILE ...  each file left out: the grid point best on the others
    .venv/bin/python bench/kb_tune.py --examples FILE ...   each file left out: the example-question and fact-
                                                             classifier weights

Rankings (full-text, vector of the asking sentence, vector of the whole question, the asking sentence against
each section's heading) are computed once per question; each weight setting is then scored on whether the best
passage of the candidate pool holds the expected text (before answer composition).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.kb_eval import _contains, half, unanswerable  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.knowledge import examples, hybrid  # noqa: E402
from bot.knowledge.cli import open_knowledge  # noqa: E402
from bot.knowledge.embed import get_embedder  # noqa: E402
from bot.knowledge.rank import analyse  # noqa: E402
from bot.knowledge.retrieve import asking  # noqa: E402


async def collect(files: list[Path], url: str) -> list[dict]:
    settings = Settings.from_env().replace(database_url=url)
    out = []
    async with open_knowledge(settings) as service:
        if True:  # noqa: SIM108
            for f in files:
                for line in f.read_text(encoding="utf-8").splitlines():
                    if not line.strip():
                        continue
                    item = json.loads(line)
                    if unanswerable(item):
                        continue
                    async with service.db.session() as s:
                        cache = await service._ensure_cache(s)
                        query = analyse(item["question"], service.lex, cache.stats)
                        cands, _ = await service._retrieve(s, item["question"], query, cache)
                        ask = asking(item["question"], service.lex)
                        vecs = get_embedder().embed(
                            [service.lex.spell_out(x) for x in [item["question"]] + ([ask] if ask else [])]
                        )
                        ids = [c.section_id for c in cands]
                        cos_full = cache.dense.scores_for(vecs[0], ids)
                        cos_ask = cache.dense.scores_for(vecs[-1], ids)
                        cos_heading = cache.dense.heading_scores_for(vecs[-1], ids)
                        index = examples.load()
                        scored = (
                            index.score(vecs[0], vecs[-1], {c.section_id: c.fact_ids for c in cands})
                            if index is not None
                            else None
                        )
                    good = {c.section_id for c in cands if _contains(c.text, item["must_contain_any"])}
                    status = {c.section_id: c.doc_status for c in cands}
                    out.append(
                        {
                            "file": f.name,
                            "half": half(item["id"]),
                            "good": good,
                            "status": status,
                            "rankings": {
                                "lexical": [
                                    c.section_id
                                    for c in sorted(cands, key=lambda c: -c.lexical_score)
                                    if c.coverage > 0
                                ],
                                "dense_full": sorted(cos_full, key=lambda i: -cos_full[i])[:20],
                                "dense_ask": sorted(cos_ask, key=lambda i: -cos_ask[i])[:20],
                            },
                            "cos_full": cos_full,
                            "cos_ask": cos_ask,
                            "cos_heading": cos_heading,
                            "example": scored.by_example if scored is not None else {},
                            "fact_prob": scored.by_prob if scored is not None else {},
                            "lex": {c.section_id: c.lexical_score for c in cands},
                            "doc": {c.section_id: c.document_id for c in cands},
                        }
                    )
    return out


def score(rows: list[dict], weights: dict[str, float], factor: dict[str, float]) -> dict[tuple[str, str], float]:
    res: dict[tuple[str, str], list[int]] = {}
    saved = dict(hybrid.STATUS_FACTOR)
    hybrid.STATUS_FACTOR.update(factor)
    for r in rows:
        fused = hybrid.rrf(r["rankings"], weights)
        order = hybrid.rerank(fused, r["status"])
        res.setdefault((r["file"], r["half"]), []).append(int(bool(order) and order[0] in r["good"]))
    hybrid.STATUS_FACTOR.clear()
    hybrid.STATUS_FACTOR.update(saved)
    return {k: sum(v) / len(v) for k, v in res.items()}


def score_convex(
    rows,
    alpha: float,
    beta: float,
    doc_w: float,
    head_w: float = 0.0,
    example_w: float = 0.0,
    classifier_w: float = 0.0,
) -> dict[tuple[str, str], float]:
    """Score fusion: alpha * lexical (scaled to the best candidate) + cosine (beta story / 1-beta ask) + head_w *
    the asking sentence's cosine to the heading, plus doc_w * the best cosine of the section's article (sibling
    sections vote for their article)."""
    res: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        if not r["lex"]:
            res.setdefault((r["file"], r["half"]), []).append(0)
            continue
        top = max(r["lex"].values()) or 1.0
        cos = {i: beta * r["cos_full"].get(i, 0.0) + (1 - beta) * r["cos_ask"].get(i, 0.0) for i in r["lex"]}
        docbest: dict[int, float] = {}
        for i, c in cos.items():
            docbest[r["doc"][i]] = max(docbest.get(r["doc"][i], 0.0), c)
        final = {
            i: (
                alpha * r["lex"][i] / top
                + cos[i]
                + head_w * r["cos_heading"].get(i, 0.0)
                + doc_w * docbest[r["doc"][i]]
                + example_w * r["example"].get(i, 0.0)
                + classifier_w * r["fact_prob"].get(i, 0.0)
            )
            * hybrid.STATUS_FACTOR.get(r["status"].get(i, ""), 0.9)
            for i in r["lex"]
        }
        best = max(final, key=lambda i: (final[i], -i))
        res.setdefault((r["file"], r["half"]), []).append(int(best in r["good"]))
    return {k: sum(v) / len(v) for k, v in res.items()}


def leave_one_out(rows: list[dict]) -> None:
    """For each file left out, the (heading, lexical) weights best on the other files, and what they give it."""
    grid = list(itertools.product([0.0, 0.15, 0.25, 0.35, 0.5], [0.5, 0.75, 1.0]))
    count = Counter((r["file"], r["half"]) for r in rows)
    by_file: dict[tuple[float, float], dict[str, float]] = {}
    for head_w, alpha in grid:
        right: Counter[str] = Counter()
        for (fn, h), v in score_convex(rows, alpha, hybrid.STORY_SHARE, hybrid.ARTICLE_WEIGHT, head_w).items():
            right[fn] += v * count[(fn, h)]
        by_file[(head_w, alpha)] = {fn: right[fn] / sum(n for (f, _), n in count.items() if f == fn) for fn in right}
    files = sorted(next(iter(by_file.values())))
    current = (hybrid.HEADING_WEIGHT, hybrid.LEXICAL_WEIGHT)
    for left in files:
        best = max(grid, key=lambda g: (sum(by_file[g][f] for f in files if f != left), -g[0]))
        print(
            f"{left} left out: heading/lexical {best} chosen -> {by_file[best][left]:.3f} "
            f"(no heading, lexical 0.5: {by_file[(0.0, 0.5)][left]:.3f}; current {current}: "
            f"{by_file.get(current, {}).get(left, float('nan')):.3f})"
        )


def example_weight(rows: list[dict]) -> None:
    """For each file left out, the (example-question, fact-classifier) weights best on the other files (the other
    weights as set)."""
    grid = list(itertools.product([0.0, 3.0, 6.0, 9.0], [0.0, 0.5, 1.0, 2.0, 4.0]))
    count = Counter((r["file"], r["half"]) for r in rows)
    by_w: dict[tuple[float, float], dict[str, float]] = {}
    for ex_w, clf_w in grid:
        right: Counter[str] = Counter()
        sc = score_convex(
            rows, hybrid.LEXICAL_WEIGHT, hybrid.STORY_SHARE, hybrid.ARTICLE_WEIGHT, hybrid.HEADING_WEIGHT, ex_w, clf_w
        )
        for (fn, h), v in sc.items():
            right[fn] += v * count[(fn, h)]
        by_w[(ex_w, clf_w)] = {fn: right[fn] / sum(n for (f, _), n in count.items() if f == fn) for fn in right}
    files = sorted(by_w[(0.0, 0.0)])
    print("examples classifier  " + "  ".join(f"{f[:14]:>14}" for f in files) + "    mean")
    for g in grid:
        mean = sum(by_w[g].values()) / len(files)
        print(f"{g[0]:8.1f} {g[1]:10.1f}  " + "  ".join(f"{by_w[g][f]:14.3f}" for f in files) + f"  {mean:.4f}")
    current = (hybrid.EXAMPLE_WEIGHT, hybrid.CLASSIFIER_WEIGHT)
    for left in files:
        best = max(grid, key=lambda g: (round(sum(by_w[g][f] for f in files if f != left), 6), -g[0], -g[1]))
        now = by_w.get(current, {}).get(left, float("nan"))
        print(
            f"{left} left out: weights {best} chosen -> {by_w[best][left]:.3f} "
            f"(none: {by_w[(0.0, 0.0)][left]:.3f}; current {current}: {now:.3f})"
        )


def main() -> int:
    if sys.argv[1:2] == ["--examples"]:
        with tempfile.TemporaryDirectory() as tmp:
            rows = asyncio.run(collect([Path(a) for a in sys.argv[2:]], f"sqlite:///{tmp}/tune.db"))
        example_weight(rows)
        return 0
    if sys.argv[1:2] == ["--loso"]:
        with tempfile.TemporaryDirectory() as tmp:
            rows = asyncio.run(collect([Path(a) for a in sys.argv[2:]], f"sqlite:///{tmp}/tune.db"))
        leave_one_out(rows)
        return 0
    files = [Path(a) for a in sys.argv[1:]] or [
        ROOT.parent / "shared/eval/kb_scenarios.jsonl",
        ROOT.parent / "shared/eval/kb_dev.jsonl",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        rows = asyncio.run(collect(files, f"sqlite:///{tmp}/tune.db"))
    results = []
    for lex, ask, full, sec in itertools.product(
        [1.0], [0.0, 0.25, 0.5, 0.75, 1.0, 1.5], [0.0, 0.25, 0.5, 1.0], [1.0, 0.95, 0.9, 0.85]
    ):
        w = {"lexical": lex, "dense_ask": ask, "dense_full": full}
        f = {"secondary": sec, "unconfirmed": sec - 0.05, "unverified": sec - 0.1}
        sc = score(rows, w, f)
        tune = sum(v for (fn, h), v in sc.items() if h == "tune")
        results.append((tune, w, f, sc))
    results.sort(key=lambda x: -x[0])
    for _tune, w, f, sc in results[:6]:
        print(
            f"rrf {w} secondary x{f['secondary']}: "
            + "  ".join(f"{fn}/{h} {v:.2f}" for (fn, h), v in sorted(sc.items()))
        )
    convex = []
    for alpha, beta, doc_w in itertools.product(
        [0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5], [0.0, 0.25, 0.5, 0.75, 1.0], [0.0, 0.25, 0.5, 1.0]
    ):
        sc = score_convex(rows, alpha, beta, doc_w)
        convex.append((sum(v for (fn, h), v in sc.items() if h == "tune"), (alpha, beta, doc_w), sc))
    convex.sort(key=lambda x: -x[0])
    for _tune, params, sc in convex[:8]:
        print(f"convex alpha/beta/doc {params}: " + "  ".join(f"{fn}/{h} {v:.2f}" for (fn, h), v in sorted(sc.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
