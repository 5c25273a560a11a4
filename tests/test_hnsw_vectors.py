"""The approximate vector index on real embeddings: a question sits far from its nearest passage
(cosine about 0.6) where a stored vector sits next to its near-copies (about 0.95), and a graph
search needs a much larger efSearch to find a far query's ten nearest neighbours. The store
must calibrate for the far ones.

The passages are corpus text embedded by the packaged model (int8 backend), 120 of them; the
store holds 20,000 rows around them, as bench/search.py builds its stores (a passage's vector
plus a share of another's plus a little noise); the questions are the first sentences of 40
other corpus passages, embedded as queries, so none of them is stored or near-copied.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from councilsearch.embedding.calibration import corpus_chunks, evenly, first_sentence
from councilsearch.index.vectors.faiss_store import FaissVectorStore
from councilsearch.index.vectors.probes import METHOD, PROBES, query_probes
from tests.conftest import CORPUS

N_ROWS = 20_000


@pytest.fixture(scope="module")
def real() -> tuple[np.ndarray, np.ndarray]:
    """(passage vectors, question vectors) from the real model."""
    from councilsearch.embedding.int8 import Int8Embedder

    chunks, _ = corpus_chunks(CORPUS)
    picked = evenly(chunks, 160)
    stored = [c for i, c in enumerate(picked) if i % 4 != 3]
    held_out = [c for i, c in enumerate(picked) if i % 4 == 3]
    emb = Int8Embedder()
    passages = np.asarray(emb.encode(stored), np.float32)
    questions = np.stack([np.asarray(emb.encode_query(first_sentence(c)), np.float32) for c in held_out])
    return passages, questions


def rows_around(passages: np.ndarray, n: int, seed: int = 0) -> np.ndarray:
    """n unit rows: passage i mod m, plus up to 0.6 of a random other passage, plus noise."""
    rng = np.random.default_rng(seed)
    m, d = passages.shape
    other = rng.integers(0, m, n)
    w = rng.uniform(0.0, 0.6, (n, 1)).astype(np.float32)
    x = passages[np.arange(n) % m] + w * passages[other]
    x += rng.standard_normal((n, d)).astype(np.float32) * np.float32(0.15 / np.sqrt(d))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def recall10(got: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(a[:10].tolist()) & set(b.tolist())) / 10 for a, b in zip(got, truth, strict=True)]))


@pytest.fixture(scope="module")
def rows(real: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids, row vectors, the exact top 10 ids of each question)."""
    passages, questions = real
    x = rows_around(passages, N_ROWS)
    ids = np.arange(N_ROWS, dtype=np.int64) * 7 + 3
    scores = questions @ x.T
    # the setting this file is about: questions far from every row, rows close to each other
    assert float(np.median(scores.max(axis=1))) < 0.75
    truth = ids[np.argsort(-scores, axis=1, kind="stable")[:, :10]]
    return ids, x, truth


def test_hnsw_calibration_finds_the_neighbours_of_far_questions(real, rows):
    _, questions = real
    ids, x, truth = rows
    store = FaissVectorStore(x.shape[1], kind="hnsw")
    store.add(ids, x)
    assert store.kind == "hnsw"
    # the Searcher asks for 100 (the graph then searches at max(efSearch, 100)); a k=10 search is
    # the stricter one: it searches at efSearch alone
    for k in (10, 100):
        recall = recall10(store.search(questions, k)[1], truth)
        assert recall >= 0.95, f"recall@10 {recall:.3f} of a k={k} search at efSearch {store.ef_search}"


def test_sq8_finds_the_neighbours_of_far_questions(real, rows):
    """The 8-bit scan, which ``auto`` serves where a graph misses or costs more, keeps recall@10
    for questions too, and its measured recall (on probes) says so."""
    _, questions = real
    ids, x, truth = rows
    store = FaissVectorStore(x.shape[1], kind="sq8")
    store.add(ids, x)
    assert store.calibrated_recall is not None and store.calibrated_recall >= 0.95
    for k in (10, 100):
        recall = recall10(store.search(questions, k)[1], truth)
        assert recall >= 0.95, f"sq8: recall@10 {recall:.3f} of a k={k} search"


# -- what the manifest says about it (small random vectors: fast) ------------------------------


def unit_rows(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d)).astype(np.float32)
    return np.arange(n, dtype=np.int64) * 5 + 2, x / np.linalg.norm(x, axis=1, keepdims=True)


def test_manifest_records_how_hnsw_recall_was_measured(tmp_path, monkeypatch):
    import councilsearch.index.vectors.files as files_mod

    ids, x = unit_rows(1, 1500, 24)
    store = FaissVectorStore(24, kind="hnsw", model_name="m")
    store.add(ids, x)
    store.remove(ids[:40])  # tombstones: the calibration's exact answers leave them out too
    manifest = store.save(tmp_path / "v")
    cal = manifest["hnsw"]["calibration"]
    assert cal["method"] == METHOD and cal["probes"] == PROBES and cal["k"] == 10
    assert cal["ef_search"] == manifest["hnsw"]["ef_search"] == store.ef_search
    assert min(cal["recall_turned"], cal["recall_drawn"]) == cal["recall_at_10"] >= store.recall_target
    assert cal["count"] == 1500 and cal["query_ms"] > 0
    # a loaded graph keeps its calibration: no probe is searched again
    monkeypatch.setattr(files_mod, "calibrate_ef_search", lambda *a, **k: pytest.fail("recalibrated"))
    again = FaissVectorStore.load(tmp_path / "v", expected_model="m")
    assert again.ef_search == store.ef_search and again._snap.calibration == cal


def test_graph_calibrated_by_stored_vectors_is_recalibrated_on_load(tmp_path, caplog):
    ids, x = unit_rows(2, 1500, 24)
    store = FaissVectorStore(24, kind="hnsw", model_name="m")
    store.add(ids, x)
    store.save(tmp_path / "v")
    path = tmp_path / "v" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["hnsw"]["ef_search"] = 16  # what leave-one-out chose, with no record of how
    del manifest["hnsw"]["calibration"]
    path.write_text(json.dumps(manifest))
    with caplog.at_level("WARNING"):
        again = FaissVectorStore.load(tmp_path / "v", expected_model="m")
    assert again.ef_search == store.ef_search and again._snap.calibration is not None
    assert again._snap.calibration["method"] == METHOD
    assert "recalibrated" in caplog.text
    assert again.save(tmp_path / "v")["hnsw"]["calibration"]["method"] == METHOD
    fixed = FaissVectorStore.load(tmp_path / "v", expected_model="m", ef_search=40)
    assert fixed.ef_search == 40


def test_sq8_recall_is_measured_with_probes_and_kept_on_load(tmp_path, monkeypatch):
    import councilsearch.index.vectors.sq8 as sq8_mod

    ids, x = unit_rows(3, 800, 24)
    store = FaissVectorStore(24, kind="sq8", model_name="m")
    store.add(ids, x)
    manifest = store.save(tmp_path / "v")
    cal = manifest["sq8"]["calibration"]
    assert cal["method"] == METHOD and cal["recall_at_10"] == manifest["sq8"]["recall_at_10"] >= 0.95
    monkeypatch.setattr(sq8_mod, "query_probes", lambda *a, **k: pytest.fail("measured again"))
    again = FaissVectorStore.load(tmp_path / "v", expected_model="m")
    assert again.kind == "sq8" and again._snap.calibration == cal


def test_auto_serves_the_cheaper_of_graph_and_scan(tmp_path, monkeypatch):
    """Over ``WEIGH_ABOVE`` vectors a graph that reaches the target is still timed against the
    8-bit scan; the slower one is not served, and the manifest says why."""
    import councilsearch.index.vectors.faiss_store as store_mod

    ids, x = unit_rows(4, 400, 16)
    monkeypatch.setattr(store_mod, "WEIGH_ABOVE", 100)
    monkeypatch.setattr(store_mod, "scan_ms", lambda *a, **k: 1e-9)  # a scan cheaper than any graph
    cheap_scan = FaissVectorStore(16, approx_threshold=100, model_name="m")
    cheap_scan.add(ids, x)
    assert cheap_scan.kind == "sq8" and cheap_scan.approx_declined is not None
    assert cheap_scan.approx_declined["reason"] == "cost" and cheap_scan.approx_declined["count"] == 400
    manifest = cheap_scan.save(tmp_path / "v")
    assert manifest["approx_declined"]["reason"] == "cost"
    loaded = FaissVectorStore.load(tmp_path / "v", expected_model="m", approx_threshold=100)
    assert loaded.approx_declined == manifest["approx_declined"]
    monkeypatch.setattr(store_mod, "scan_ms", lambda *a, **k: 1e9)  # a scan dearer than any graph
    cheap_graph = FaissVectorStore(16, approx_threshold=100)
    cheap_graph.add(ids, x)
    assert cheap_graph.kind == "hnsw" and cheap_graph.approx_declined is None
    assert cheap_graph._snap.calibration is not None and cheap_graph._snap.calibration["sq8_query_ms"] == 1e9


def test_probes_sit_far_from_the_stored_vectors(real, rows):
    """Both kinds of probe are made from the stored vectors alone, and sit far from them: the
    turned ones about as far as the questions do from their nearest row."""
    _, questions = real
    _, x, _ = rows
    probes = query_probes(x)
    assert probes.shape == (PROBES, x.shape[1]) and probes.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(probes, axis=1), 1.0, atol=1e-5)
    nearest = (probes @ x.T).max(axis=1)
    turned, drawn = np.median(nearest[: PROBES // 2]), np.median(nearest[PROBES // 2 :])
    stored = np.median(np.sort(x[:200] @ x.T, axis=1)[:, -2])  # a stored vector's nearest other row
    asked = np.median((questions @ x.T).max(axis=1))
    assert turned < asked + 0.05 and turned < stored - 0.2 and drawn < stored - 0.1
    assert np.array_equal(query_probes(x), probes)  # seeded: the same store gets the same probes
