"""The embedding model as loaded: the in-memory rewrites (bot.knowledge.onnx_graph) that keep the embedding tables
int8 (the same vectors as the packaged model) and multiply in int8 (vectors within a cosine of ~0.99, and faster),
and what is loaded is checked; vectors stored by another model are recomputed."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.knowledge import embed, onnx_graph
from bot.knowledge.onnx_graph import _fields, _node, _payload

EVAL = Path(__file__).resolve().parents[3].parent / "shared" / "eval"


def _dev_questions() -> list[str]:
    out = []
    for name in ("kb_dev.jsonl", "kb_scenarios.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["question"])
    return out


def _nodes(model: bytes) -> list:
    (graph,) = [raw for n, _, raw in _fields(memoryview(model)) if n == 7]
    return [_node(raw) for n, _, raw in _fields(_payload(graph)) if n == 1]


def test_the_loaded_model_is_the_checked_file_rewritten_and_its_hash_is_pinned():
    original = embed.checked_bytes(*embed.ONNX_FILE)
    loaded = embed.loadable_model()
    assert hashlib.sha256(loaded).hexdigest() == embed.LOADED_ONNX_SHA256
    assert loaded != original
    rewritten, tables = onnx_graph.gather_before_dequantize(original)
    assert tables == ["inner.embeddings.word_embeddings.weight", "inner.embeddings.position_embeddings.weight"]
    integer, weights = onnx_graph.integer_matmuls(rewritten)
    assert integer == loaded
    assert len(weights) == 36  # six layers x (query, key, value, output, two feed-forward)


def test_the_rewrite_gathers_int8_rows_and_leaves_no_dequantised_table():
    nodes = _nodes(embed.loadable_model())
    outputs = {o for node in nodes for o in node.outputs}
    # The float32 tables are no longer computed (constant folding would keep them in memory) ...
    assert "inner.embeddings.word_embeddings.weight" not in outputs
    assert "inner.embeddings.position_embeddings.weight" not in outputs
    # ... the lookups read the int8 table and its per-row scale instead.
    gathers = [node.inputs[0] for node in nodes if node.op == "Gather"]
    assert "inner.embeddings.word_embeddings.weight_q" in gathers
    assert "inner.embeddings.word_embeddings.weight_scale" in gathers
    # The matrix products by weights run in int8; the products of activations (attention) stay float.
    packaged = [n for n in _nodes(embed.checked_bytes(*embed.ONNX_FILE)) if n.op == "MatMul"]
    assert len([n for n in nodes if n.op == "MatMulInteger"]) == 36
    assert len([n for n in nodes if n.op == "MatMul"]) == len(packaged) - 36


def test_the_int8_products_multiply_unsigned_weights_so_every_cpu_computes_the_same_vectors():
    """uint8 x int8 products saturate 16-bit sums on x86 CPUs without VNNI (onnxruntime's AVX2 kernel); uint8 x
    uint8 products are exact on every CPU. The weights are stored offset by 128 with a zero point of 128."""
    model = embed.loadable_model()
    products = [n for n in _nodes(model) if n.op == "MatMulInteger"]
    assert products and all(n.inputs[3] == onnx_graph._ZERO_POINT_NAME for n in products)
    (graph,) = [raw for n, _, raw in _fields(memoryview(model)) if n == 7]
    types = onnx_graph._tensor_types(_fields(_payload(graph)))
    assert {types[n.inputs[1]] for n in products} == {onnx_graph._UINT8}
    assert types[onnx_graph._ZERO_POINT_NAME] == onnx_graph._UINT8
    # The same integers as the signed weights: w + 128, byte for byte.
    signed = onnx_graph.gather_before_dequantize(embed.checked_bytes(*embed.ONNX_FILE))[0]
    name = products[0].inputs[1]
    before, after = _raw_data(signed, name), _raw_data(model, name)
    assert len(before) == len(after) > 0
    assert (np.frombuffer(after, np.uint8).astype(int) - 128 == np.frombuffer(before, np.int8)).all()


def _raw_data(model: bytes, tensor: str) -> bytes:
    (graph,) = [raw for n, _, raw in _fields(memoryview(model)) if n == 7]
    for n, _, raw in _fields(_payload(graph)):
        if n == 5 and onnx_graph._tensor_dims(raw)[0] == tensor:
            return next(bytes(_payload(f)) for k, _, f in _fields(_payload(raw)) if k == 9)
    raise AssertionError(f"no initializer {tensor}")


def test_the_int8_table_lookup_gives_the_packaged_models_vectors_on_the_dev_questions():
    questions = _dev_questions()
    assert len(questions) >= 150
    original = embed.checked_bytes(*embed.ONNX_FILE)
    gathered = embed.Embedder(onnx_graph.gather_before_dequantize(original)[0])
    packaged = embed.Embedder(original)
    a = gathered.embed(questions)
    b = packaged.embed(questions)
    # The same arithmetic per element: in practice bit-identical.
    assert np.abs(a - b).max() <= 1e-6


def test_int8_products_keep_the_packaged_models_vectors_close_and_their_order():
    """Rounding the activations to 8 bits moves each vector a little (bench/kb_eval.py: the best passage on the six
    development sets is right as often as with the float products, docs/kb_retrieval.md "Session 8")."""
    questions = _dev_questions()
    loaded = embed.Embedder().embed(questions)
    packaged = embed.Embedder(embed.checked_bytes(*embed.ONNX_FILE)).embed(questions)
    cosine = np.einsum("ij,ij->i", loaded, packaged)
    assert cosine.min() >= 0.98 and np.median(cosine) >= 0.99  # measured: 0.985 and 0.993
    # The similarities between questions, what a search compares, move by a few hundredths at most.
    moved = np.abs(loaded @ loaded.T - packaged @ packaged.T)
    assert np.percentile(moved, 99) <= 0.05 and moved.max() <= 0.1  # measured: 0.036 and 0.072


def test_a_rewrite_that_no_longer_matches_its_hash_falls_back_to_the_packaged_model(monkeypatch):
    monkeypatch.setattr(embed, "LOADED_ONNX_SHA256", "0" * 64)
    assert embed.loadable_model() == embed.checked_bytes(*embed.ONNX_FILE)


def test_a_model_without_the_pattern_is_returned_unchanged_and_garbage_is_refused():
    # A tiny graph: one Gather over an initializer that is not dequantised.
    node = onnx_graph._make_node("Gather", ["table", "ids"], ["out"], "g")
    model = onnx_graph._len_field(7, node)
    assert onnx_graph.gather_before_dequantize(model) == (model, [])
    with pytest.raises(onnx_graph.GraphRewriteError):
        onnx_graph.gather_before_dequantize(b"\x0f\x01\x02")


def test_the_model_adds_at_most_150_mib_of_resident_memory():
    # A fresh process, as `pscbot ask` starts: numpy is already imported by then.
    script = (
        "import numpy\n"
        "def rss():\n"
        "    return next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmRSS:')) / 1024\n"
        "from bot.knowledge import embed\n"
        "before = rss()\n"
        "embed.get_embedder().embed(['warm up'])\n"
        "print(rss() - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    growth = float(out.stdout.strip())
    # Before the int8 tables and the heap release it was ~187 MiB; now ~115.
    assert growth <= 150, growth
