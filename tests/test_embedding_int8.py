"""The int8 embedding backend (``councilsearch.embedding``) on the real packaged model.

The export is built once per session, the way first use builds it (a child process), into a
session temp cache; every other test copies that export, so only one export runs. The
rebuild tests swap the build step for a copy of the good export (what they check is that a
bad export is detected, never used, and replaced); ``--slow`` runs a real rebuild too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from councilsearch.embedding import cache as cache_mod
from councilsearch.embedding import export as export_mod
from councilsearch.embedding.cache import MANIFEST, StaleExportError, check_export
from councilsearch.embedding.calibration import corpus_chunks, evenly, passage_chunks
from councilsearch.embedding.gate import ModelGate, QueryCache
from councilsearch.embedding.int8 import Int8Embedder
from tests.conftest import CORPUS, ROOT

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])")
CONTEXT = "Cabinet 26 May 2026: agenda and reports pack · Leicestershire County Council\nFinance > Revenue budget\n"


@pytest.fixture(scope="session")
def int8_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache of its own holding a real export of the packaged model, for tests that corrupt
    or replace it. It starts as a copy of the exports in COUNCILSEARCH_TEST_EXPORT_FROM, else
    of the user's cache (``make install`` exports there, with the code under test), and is
    still checked (and rebuilt if stale) as on first use; with neither, it is built here."""
    cache = tmp_path_factory.mktemp("int8-cache")
    seed = os.environ.get("COUNCILSEARCH_TEST_EXPORT_FROM") or str(export_mod.default_cache_dir())
    if Path(seed).is_dir():
        for folder in Path(seed).glob("*-int8*"):  # <model>-<backend>.<recipe digest>
            if folder.is_dir() and not folder.name.endswith(".compiled"):
                shutil.copytree(folder, cache / folder.name)
    t0 = time.perf_counter()
    export_mod.ensure_export(cache_dir=cache)
    print(f"\nint8 export built in {time.perf_counter() - t0:.1f} s")
    return cache


@pytest.fixture(scope="session")
def spec(int8_cache: Path) -> export_mod.ExportSpec:
    return export_mod.resolve_spec(cache_dir=int8_cache)


@pytest.fixture(scope="session")
def embedder(int8_cache: Path) -> Int8Embedder:
    return Int8Embedder(cache_dir=int8_cache)


@pytest.fixture(scope="session")
def fp32_model():
    from sentence_transformers import SentenceTransformer

    from councilsearch.config import default_model_path

    return SentenceTransformer(default_model_path(), device="cpu", local_files_only=True)


@pytest.fixture
def cache_copy(int8_cache: Path, spec: export_mod.ExportSpec, tmp_path: Path) -> Path:
    """A private copy of the session's cache, to break."""
    dest = tmp_path / "cache"
    dest.mkdir()
    shutil.copytree(spec.folder, dest / spec.key)
    return dest


@pytest.fixture
def fake_build(monkeypatch: pytest.MonkeyPatch, spec: export_mod.ExportSpec) -> list[Path]:
    """Replace the (minutes-long) build with a copy of the good export; returns the list of
    folders it built into."""
    built: list[Path] = []

    def build(s: export_mod.ExportSpec, out: Path) -> dict:
        built.append(out)
        for f in spec.folder.iterdir():
            shutil.copy2(f, out / f.name)
        return json.loads((out / MANIFEST).read_text())

    monkeypatch.setattr(export_mod, "build", build)
    return built


def test_packaged_tokenizer_settings_are_replaced(embedder: Int8Embedder) -> None:
    tok = embedder._loaded.tokenizer
    assert len(tok.encode("hello world").ids) == 4  # [CLS] hello world [SEP]: no padding to 128
    assert len(tok.encode("word " * 1000).ids) == 256 == embedder.max_seq_length


def test_export_round_trip(int8_cache: Path, spec: export_mod.ExportSpec, embedder: Int8Embedder) -> None:
    manifest = json.loads((spec.folder / MANIFEST).read_text())
    assert manifest["source"]["digest"] == spec.source_digest
    assert manifest["recipe"] == spec.recipe
    assert manifest["recipe"]["backend"] == embedder.backend == "openvino-int8"
    assert manifest["recipe"]["opset"] == 18
    assert set(manifest["recipe"]["calibration"]["files"]) == {p.name for p in CORPUS.glob("*.txt")}
    assert manifest["check"]["min_cosine"] >= export_mod.MIN_CHECK_COSINE
    for name, rec in manifest["files"].items():
        assert cache_mod.sha256_file(spec.folder / name) == rec["sha256"]
    assert not list(int8_cache.glob(".tmp-*")), "no build folder left behind"

    assert embedder.name == "all-MiniLM-L6-v2" and embedder.dimension == 384
    texts = ["The Cabinet approved the budget.", "", "Dedicated schools grant deficit of £30.9m.", "x" * 5000]
    vecs = embedder.encode(texts)
    assert vecs.shape == (4, 384) and vecs.dtype == np.float32 and vecs.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    # input order is kept whatever the length sort did, and a batch matches one-by-one
    one_by_one = np.stack([embedder.encode([t])[0] for t in texts])
    np.testing.assert_allclose((vecs * one_by_one).sum(1), 1.0, atol=1e-4)
    q = embedder.encode_query(texts[0])
    assert q.shape == (384,) and not q.flags.writeable
    np.testing.assert_allclose(q, vecs[0], atol=1e-4)
    assert embedder.encode_query(texts[0]) is q  # from the LRU
    assert embedder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        embedder.encode("one string")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        embedder.encode_query(["a list"])  # type: ignore[arg-type]


def test_int8_matches_fp32_over_corpus_passages(embedder: Int8Embedder, fp32_model) -> None:
    """Mean cosine to the fp32 sentence-transformers vectors ≥ 0.99 over 300 passage-sized
    windows of the corpus (cut 60 words off the calibration chunks' boundaries)."""
    windows: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        words = path.read_text(encoding="utf-8").split()
        windows.extend(" ".join(words[k : k + 160]) for k in range(60, len(words) - 40, 160))
    texts = evenly(windows, 300)
    assert len(texts) == 300
    ref = fp32_model.encode(texts, batch_size=16, normalize_embeddings=True, convert_to_numpy=True)
    cos = (embedder.encode(texts) * ref).sum(axis=1)
    print(f"\nint8 vs fp32 cosine over {len(texts)} passages: mean {cos.mean():.4f}, min {cos.min():.4f}")
    assert cos.mean() >= 0.99
    assert cos.min() >= 0.95
    queries = ["how much of the planned savings has been delivered?", "what is the forecast DSG deficit?"]
    qref = fp32_model.encode(queries, normalize_embeddings=True, convert_to_numpy=True)
    assert (np.stack([embedder.encode_query(q) for q in queries]) * qref).sum(1).min() >= 0.99


def _passages_with_sentences(n: int) -> tuple[list[str], list[list[tuple[int, int]]], list[str]]:
    chunks, _ = corpus_chunks(CORPUS)
    texts, spans, sentences = [], [], []
    for chunk in evenly(chunks, n):
        text = CONTEXT + chunk
        pos, mine = len(CONTEXT), []
        for s in SENTENCE_END.split(chunk):
            a = text.index(s, pos)
            pos = a + len(s)
            mine.append((a, pos))
            sentences.append(s)
        texts.append(text)
        spans.append(mine)
    return texts, spans, sentences


def test_sentence_vectors_from_the_passage_pass(embedder: Int8Embedder) -> None:
    texts, spans, sentences = _passages_with_sentences(30)
    passages, pooled = embedder.encode_with_sentences(texts, spans)
    assert pooled.shape == (len(sentences), 384) and pooled.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(pooled, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose((passages * embedder.encode(texts)).sum(1), 1.0, atol=1e-4)
    alone = embedder.encode(sentences)
    cos = (pooled * alone).sum(axis=1)
    # each pooled vector is nearest to its own sentence among its passage's sentences
    hits = total = 0
    row = 0
    for mine in spans:
        block = pooled[row : row + len(mine)] @ alone[row : row + len(mine)].T
        hits += int((block.argmax(axis=1) == np.arange(len(mine))).sum())
        total += len(mine)
        row += len(mine)
    _, with_prefix = embedder.encode_with_sentences(texts, spans, prefix_chars=[len(CONTEXT)] * len(texts))
    in_context = embedder.encode([CONTEXT + s for s in sentences])
    cos_prefix = (with_prefix * in_context).sum(axis=1)
    print(
        f"\nsentence vectors from the passage pass vs embedded alone ({len(sentences)} sentences): "
        f"mean cosine {cos.mean():.3f}, own sentence nearest {hits / total:.1%}; "
        f"with the context prefix vs context+sentence embedded alone: mean {cos_prefix.mean():.3f}"
    )
    assert cos.mean() >= 0.6
    assert hits / total >= 0.6  # chance is about 1 in 6.5
    assert cos_prefix.mean() >= 0.8


def test_sentences_cut_off_by_truncation_are_embedded_alone(embedder: Int8Embedder) -> None:
    head = "The council met in public. " * 60  # about 360 tokens: past the 256-token window
    text = CONTEXT + head + "The deficit is forecast at £30.9m."
    first, last = (len(CONTEXT), len(CONTEXT) + 26), (len(CONTEXT) + len(head), len(text))
    passages, sentences = embedder.encode_with_sentences([text, "Short one."], [[first, last], []])
    assert sentences.shape == (2, 384) and passages.shape == (2, 384)
    np.testing.assert_allclose(sentences[1], embedder.encode([text[last[0] :]])[0], atol=1e-4)
    # with the prefix, the prefix's tokens alone do not stand in for a sentence cut off: it is
    # embedded after the prefix, as a sentence embedded separately is
    _, with_prefix = embedder.encode_with_sentences([text], [[first, last]], prefix_chars=[len(CONTEXT)])
    np.testing.assert_allclose(with_prefix[1], embedder.encode([CONTEXT + text[last[0] :]])[0], atol=1e-4)


def test_torch_and_int8_sentence_vectors_from_one_pass_agree(embedder: Int8Embedder) -> None:
    """The two backends' ``encode_with_sentences`` give the same sentence vectors (to the
    int8 model's precision), with and without the context prefix, over corpus passages."""
    from councilsearch.index.embed import get_embedder

    torch_embedder = get_embedder()
    texts, spans, _ = _passages_with_sentences(40)
    for prefix in (None, [len(CONTEXT)] * len(texts)):
        tp, ts = torch_embedder.encode_with_sentences(texts, spans, prefix_chars=prefix)
        ip, is_ = embedder.encode_with_sentences(texts, spans, prefix_chars=prefix)
        cos = (ts * is_).sum(axis=1)
        print(f"\ntorch vs int8 sentence vectors (prefix {prefix is not None}, {len(cos)} sentences): "
              f"mean cosine {cos.mean():.4f}, min {cos.min():.4f}")
        assert cos.mean() >= 0.98
        assert (tp * ip).sum(axis=1).mean() >= 0.99


BAD_SENTENCE_ARGUMENTS = [
    ("one text", [[(0, 3)]], None, TypeError),  # a string, not a list of texts
    (["abc"], [], None, ValueError),  # no span list for the text
    (["abc", "de"], [[(0, 3)]], None, ValueError),
    (["abc"], "0 3", None, TypeError),
    (["abc"], [(0, 3)], None, TypeError),  # a span where a list of spans belongs
    (["abc"], [[(0, 4)]], None, ValueError),  # past the end
    (["abc"], [[(2, 1)]], None, ValueError),  # backwards
    (["abc"], [[(-1, 2)]], None, ValueError),
    (["abc"], [[(0, 1, 2)]], None, ValueError),
    (["abc"], [[(0.0, 2)]], None, TypeError),
    (["abc"], [[(0, 3)]], [0, 0], ValueError),  # one prefix per text
    (["abc"], [[(0, 3)]], [4], ValueError),  # a prefix longer than the text
    (["abc"], [[(0, 3)]], 1, TypeError),
]


@pytest.mark.parametrize("backend", ["int8", "torch"])
@pytest.mark.parametrize(("texts", "spans", "prefix", "error"), BAD_SENTENCE_ARGUMENTS)
def test_encode_with_sentences_rejects_bad_arguments(
    backend: str, texts: object, spans: object, prefix: object, error: type[Exception], embedder: Int8Embedder
) -> None:
    if backend == "torch":
        from councilsearch.index.embed import get_embedder

        emb: object = get_embedder()
    else:
        emb = embedder
    with pytest.raises(error):
        emb.encode_with_sentences(texts, spans, prefix_chars=prefix)  # type: ignore[attr-defined]


@pytest.mark.parametrize("damage", ["flip model.bin", "truncate model.bin", "flip model.xml", "delete tokenizer.json", "garble manifest.json"])
def test_corrupt_export_is_detected_and_rebuilt(
    damage: str, cache_copy: Path, spec: export_mod.ExportSpec, fake_build: list[Path]
) -> None:
    folder = cache_copy / spec.key
    action, name = damage.split()
    path = folder / name
    if action == "flip":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif action == "truncate":
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 3)
    elif action == "delete":
        path.unlink()
    else:
        path.write_text("{ not json")
    with pytest.raises(StaleExportError):
        check_export(folder, spec.source_digest, spec.recipe)
    loaded = export_mod.ensure_export(cache_dir=cache_copy, in_process=True)
    assert len(fake_build) == 1
    assert loaded.manifest["files"] == json.loads((spec.folder / MANIFEST).read_text())["files"]
    assert loaded.blobs == {n: (spec.folder / n).read_bytes() for n in loaded.manifest["files"]}
    assert not [p for p in cache_copy.iterdir() if p.name.startswith((".tmp-", ".old-"))]


def test_a_broken_compiled_cache_is_dropped(cache_copy: Path, spec: export_mod.ExportSpec, embedder: Int8Embedder) -> None:
    """OpenVINO's compiled-model cache is derived data: an entry cut short (a process killed
    while writing it) is dropped and the model compiled again, with the same vectors."""
    from councilsearch.embedding.cache import compiled_cache_dir

    loaded = check_export(cache_copy / spec.key, spec.source_digest, spec.recipe)
    Int8Embedder(export=loaded)
    compiled = compiled_cache_dir(cache_copy / spec.key)
    blobs = list(compiled.iterdir())
    assert blobs, "the first load fills the compiled-model cache"
    for blob in blobs:
        blob.chmod(0o644)
        with open(blob, "r+b") as f:
            f.truncate(blob.stat().st_size // 2)
    from councilsearch.embedding import int8 as int8_mod

    int8_mod._LOADED.clear()  # a fresh process, as far as the model cache goes
    q = "what is the forecast DSG deficit?"
    np.testing.assert_allclose(Int8Embedder(export=loaded).encode([q])[0], embedder.encode([q])[0], atol=1e-6)


@pytest.mark.parametrize("field", ["source", "recipe"])
def test_stale_export_is_rebuilt(field: str, cache_copy: Path, spec: export_mod.ExportSpec, fake_build: list[Path]) -> None:
    manifest_path = cache_copy / spec.key / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    if field == "source":
        manifest["source"]["digest"] = "0" * 64  # made from another model
    else:
        manifest["recipe"]["versions"]["nncf"] = "0.0.1"  # made by other tools
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(StaleExportError, match="another"):
        check_export(cache_copy / spec.key, spec.source_digest, spec.recipe)
    export_mod.ensure_export(cache_dir=cache_copy, in_process=True)
    assert len(fake_build) == 1
    check_export(cache_copy / spec.key, spec.source_digest, spec.recipe)  # good again
    export_mod.ensure_export(cache_dir=cache_copy, in_process=True)
    assert len(fake_build) == 1, "a good export is not rebuilt"


def test_another_recipe_keeps_its_own_folder(cache_copy: Path, spec: export_mod.ExportSpec, fake_build: list[Path]) -> None:
    """Code with another export recipe (an older checkout sharing the user's cache) builds into
    a folder of its own and leaves this one alone, so two recipes never rebuild one shared
    export back and forth."""
    other = dict(spec.recipe, attention="sdpa")
    assert export_mod.export_key(spec.model_name, spec.backend, other) != spec.key
    assert spec.key.startswith(f"{spec.model_name}-{spec.backend}.")
    before = json.loads((cache_copy / spec.key / MANIFEST).read_text())
    old = export_mod.ExportSpec(spec.model_folder, spec.model_name, spec.backend, cache_copy, spec.source, other,
                                spec.max_seq_length, spec.dimension)
    assert export_mod.build_if_needed(old)
    assert len(fake_build) == 1 and (cache_copy / old.key).is_dir()
    assert json.loads((cache_copy / spec.key / MANIFEST).read_text()) == before
    check_export(cache_copy / spec.key, spec.source_digest, spec.recipe)  # still good: not rebuilt
    export_mod.ensure_export(cache_dir=cache_copy, in_process=True)
    assert len(fake_build) == 1


def test_source_digest_follows_the_model_files(tmp_path: Path, spec: export_mod.ExportSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed model file changes the source digest; unchanged files are not re-read when
    their size and mtime match the manifest (90 MB of weights are not hashed at every load)."""
    model = tmp_path / "model"
    for name in cache_mod.source_files(spec.model_folder):
        (model / name).parent.mkdir(parents=True, exist_ok=True)
        (model / name).symlink_to(spec.model_folder / name)
    hashed: list[str] = []
    real = cache_mod.sha256_file
    monkeypatch.setattr(cache_mod, "sha256_file", lambda p: hashed.append(Path(p).name) or real(p))
    assert cache_mod.fingerprint_digest(cache_mod.source_fingerprint(model, spec.source)) == spec.source_digest
    assert hashed == []
    (model / "tokenizer_config.json").unlink()
    (model / "tokenizer_config.json").write_text((spec.model_folder / "tokenizer_config.json").read_text() + " ")
    changed = cache_mod.source_fingerprint(model, spec.source)
    assert hashed == ["tokenizer_config.json"]
    assert cache_mod.fingerprint_digest(changed) != spec.source_digest


def test_one_build_at_a_time(cache_copy: Path, spec: export_mod.ExportSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(cache_copy / spec.key)
    running, peak, built = [0], [0], []
    lock = threading.Lock()

    def slow_build(s: export_mod.ExportSpec, out: Path) -> dict:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.3)
        for f in spec.folder.iterdir():
            shutil.copy2(f, out / f.name)
        built.append(out)
        with lock:
            running[0] -= 1
        return {}

    monkeypatch.setattr(export_mod, "build", slow_build)
    threads = [threading.Thread(target=export_mod.ensure_export, kwargs={"cache_dir": cache_copy, "in_process": True}) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak[0] == 1 and len(built) == 1  # the others waited, then found it built


def test_thread_safe_and_queries_go_first(embedder: Int8Embedder) -> None:
    chunks, _ = corpus_chunks(CORPUS)
    texts = evenly(chunks, 32)
    expected = embedder.encode(texts)
    queries = [f"question {i} about the budget" for i in range(20)]
    q_expected = np.stack([embedder.encode([q])[0] for q in queries])
    embedder.clear_query_cache()
    results: dict[str, np.ndarray] = {}

    def bulk(k: int) -> None:
        results[f"bulk{k}"] = embedder.encode(texts)

    def ask() -> None:
        results["queries"] = np.stack([embedder.encode_query(q) for q in queries])

    threads = [threading.Thread(target=bulk, args=(k,)) for k in range(2)] + [threading.Thread(target=ask)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(2):
        np.testing.assert_allclose((results[f"bulk{k}"] * expected).sum(1), 1.0, atol=1e-4)
    np.testing.assert_allclose((results["queries"] * q_expected).sum(1), 1.0, atol=1e-4)


def test_gate_lets_waiting_queries_in_before_the_next_batch() -> None:
    gate, order = ModelGate(), []

    def ask() -> None:
        with gate.query():
            order.append("query")

    gate.lock.acquire()  # a batch in progress
    asker = threading.Thread(target=ask)
    asker.start()
    while gate.queries_waiting == 0:
        time.sleep(0.001)
    gate.lock.release()
    with gate.batch():
        order.append("next batch")
    asker.join()
    assert order == ["query", "next batch"]


def test_query_cache_is_a_bounded_lru() -> None:
    cache = QueryCache(size=2)
    a = cache.put("a", np.ones(3, dtype=np.float32))
    assert not a.flags.writeable
    cache.put("b", np.zeros(3, dtype=np.float32))
    assert cache.get("a") is a  # "a" is now the most recent
    cache.put("c", np.zeros(3, dtype=np.float32))
    assert cache.get("b") is None and cache.get("a") is a and len(cache) == 2


def test_no_torch_on_the_query_path(int8_cache: Path) -> None:
    code = (
        "import sys\n"
        "from councilsearch.embedding import get_int8_embedder\n"
        f"e = get_int8_embedder(cache_dir={str(int8_cache)!r})\n"
        "v = e.encode_query('what is the forecast DSG deficit?')\n"
        "e.encode(['a passage', 'another passage'])\n"
        "heavy = ('torch', 'sentence_transformers', 'transformers', 'nncf', 'onnxscript', 'sklearn')\n"
        "print(v.shape[0], sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "384 []"


def test_calibration_is_deterministic() -> None:
    from councilsearch.embedding.calibration import load_calibration

    a, b = load_calibration(CORPUS), load_calibration(CORPUS)
    assert a is not None and b is not None
    assert a.texts == b.texts and a.samples_digest == b.samples_digest and len(a.texts) == 300
    words = [len(c.split()) for c in passage_chunks("para one. " * 150 + "\n\n" + "two " * 30)]
    assert all(w <= 200 for w in words)


@pytest.mark.slow
def test_real_rebuild_after_corruption_reproduces_the_export(cache_copy: Path, spec: export_mod.ExportSpec) -> None:
    """Without the stand-in build: a corrupted export is rebuilt by a real export (child
    process), and the rebuild has the same bytes (the recipe is reproducible)."""
    good = json.loads((spec.folder / MANIFEST).read_text())["files"]
    path = cache_copy / spec.key / "model.bin"
    with open(path, "r+b") as f:
        f.truncate(1000)
    loaded = export_mod.ensure_export(cache_dir=cache_copy)
    assert loaded.manifest["files"] == good
