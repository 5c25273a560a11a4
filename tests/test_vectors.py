"""FAISS vector store: oracle tests against brute-force numpy, persistence and its checks,
HNSW recall and thread safety (the embedder's tests are in test_embedder.py)."""

from __future__ import annotations

import json
import tempfile
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilsearch.errors import IndexError_, ManifestMismatchError
from councilsearch.index.vectors.faiss_store import FaissVectorStore
from councilsearch.index.vectors.files import COARSE_FILE, INDEX_FILE, MANIFEST_FILE
from councilsearch.index.vectors.protocol import VectorStore

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- helpers ----------------------------------------------------------------------------------


def unit(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    x = rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def dataset(seed: int, n: int, d: int, dupes: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n unique non-negative 63-bit ids and n unit vectors; ``dupes`` rows copy others (ties)."""
    rng = np.random.default_rng(seed)
    ids = rng.choice(2**62, size=n, replace=False).astype(np.int64)
    x = unit(rng, n, d)
    for i in range(min(dupes, n - 1)):
        x[n - 1 - i] = x[i]
    return ids, x



def check_scores_exact(
    scores: np.ndarray, got: np.ndarray, q: np.ndarray, ids: np.ndarray, x: np.ndarray, k: int,
    allowed: np.ndarray | None,
) -> np.ndarray:
    """Each row holds min(k, admitted) admitted ids, each scored with its true inner product,
    in order; returns the admitted ids (all of ``ids`` when ``allowed`` is None)."""
    admitted = ids if allowed is None else allowed
    by_id = dict(zip(ids.tolist(), x, strict=True))
    for r in range(len(q)):
        row = [int(i) for i in got[r] if i >= 0]
        assert set(row) <= set(admitted.tolist())
        assert len(row) == min(k, len(admitted))
        true = np.array([by_id[i] @ q[r] for i in row], dtype=np.float32)
        assert np.allclose(scores[r][: len(row)], true, atol=1e-5)
        assert np.all(np.diff(scores[r][: len(row)]) <= 1e-6)
    return admitted

def check_against_numpy(
    scores: np.ndarray,
    got: np.ndarray,
    q: np.ndarray,
    ids: np.ndarray,
    x: np.ndarray,
    k: int,
    allowed: np.ndarray | None = None,
) -> None:
    """FAISS top-k must equal brute force. Ties are handled by comparing score multisets and
    checking every returned id's true score, so either of two tied ids is accepted."""
    full = (q / np.linalg.norm(q, axis=1, keepdims=True)) @ x.T
    cand = np.ones(len(ids), bool) if allowed is None else np.isin(ids, allowed)
    k_eff = min(k, int(cand.sum()))
    assert scores.shape == got.shape == (len(q), k_eff)
    pos = {int(i): j for j, i in enumerate(ids)}
    for r in range(len(q)):
        want = np.sort(full[r][cand])[::-1][:k_eff]
        np.testing.assert_allclose(scores[r], want, atol=1e-5)
        assert len(set(got[r].tolist())) == k_eff, "duplicate ids in one result row"
        for s, i in zip(scores[r], got[r], strict=True):
            assert int(i) in pos, "an id that was never added"
            assert cand[pos[int(i)]], "an id outside allowed_ids"
            assert abs(full[r][pos[int(i)]] - s) < 1e-5
        assert np.all(np.diff(scores[r]) <= 1e-6), "scores not in descending order"


# -- oracle: top-k equals brute force -----------------------------------------------------------


@PROPS
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 300),
    d=st.sampled_from([4, 16, 64]),
    k=st.integers(1, 60),
    dupes=st.integers(0, 5),
    filt=st.one_of(st.none(), st.floats(0.0, 1.0)),
)
def test_flat_topk_matches_numpy(seed, n, d, k, dupes, filt):
    ids, x = dataset(seed, n, d, dupes)
    store = FaissVectorStore(d, kind="flat")
    store.add(ids, x)
    rng = np.random.default_rng(seed + 1)
    q = np.vstack([unit(rng, 3, d), x[:2]])  # fresh queries and stored vectors (exact ties)
    allowed = None
    if filt is not None:
        allowed = ids[rng.random(n) < filt]
        allowed = np.concatenate([allowed, np.array([2**62 + 7], np.int64)])  # unknown ids are ignored
    scores, got = store.search(q, k, allowed_ids=allowed)
    check_against_numpy(scores, got, q, ids, x, k, allowed)


@settings(max_examples=20, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(2, 300),
    k=st.integers(1, 40),
    frac=st.floats(0.0, 0.5),
)
def test_hnsw_filtered_search_is_exact_over_the_filter(seed, n, k, frac):
    """Small filters on an HNSW index are answered exactly over the admitted vectors."""
    ids, x = dataset(seed, n, 16)
    store = FaissVectorStore(16, kind="hnsw", ef_search=32)  # fixed ef: no calibration needed here
    store.add(ids, x)
    rng = np.random.default_rng(seed)
    allowed = ids[rng.random(n) < frac]
    q = unit(rng, 4, 16)
    scores, got = store.search(q, k, allowed_ids=allowed)
    check_against_numpy(scores, got, q, ids, x, k, allowed)


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 300),
    k=st.integers(1, 40),
    filt=st.one_of(st.none(), st.floats(0.0, 1.0)),
)
def test_sq8_scores_are_exact_and_filters_hold(seed, n, k, filt):
    """sq8 ranks its candidates by exact inner products: every score it returns is the true
    one, in order, and nothing outside the filter comes back; when the candidates cover the
    admitted vectors (SQ_REFINE * k >= their count) the result is exactly the brute force."""
    from councilsearch.index.vectors.sq8 import SQ_REFINE

    ids, x = dataset(seed, n, 16)
    store = FaissVectorStore(16, kind="sq8")
    store.add(ids, x)
    rng = np.random.default_rng(seed + 1)
    q = unit(rng, 3, 16)
    allowed = None if filt is None else ids[rng.random(n) < filt]
    scores, got = store.search(q, k, allowed_ids=allowed)
    admitted = check_scores_exact(scores, got, q, ids, x, k, allowed)
    if SQ_REFINE * k >= len(admitted):
        check_against_numpy(scores, got, q, ids, x, k, allowed)


def test_sq8_split_scan_finds_what_one_scan_finds(monkeypatch):
    import councilsearch.index.vectors.sq8 as sq8_mod

    ids, x = dataset(13, 3_000, 32)
    store = FaissVectorStore(32, kind="sq8")
    store.add(ids, x)
    q = unit(np.random.default_rng(14), 6, 32)
    whole = store.search(q, 20)
    monkeypatch.setattr(sq8_mod, "SQ_SPLIT", 100)
    monkeypatch.setattr(sq8_mod, "available_cpus", lambda: 3)
    split = store.search(q, 20)
    assert np.array_equal(whole[1], split[1]) and np.allclose(whole[0], split[0])


def test_sq8_recall_on_random_384d_vectors():
    """Uniformly random 384-d unit vectors defeat graph indexes; the 8-bit scan with exact
    re-ranking keeps recall@10 >= 0.95 against brute force on fresh queries."""
    ids, x = dataset(11, 20_000, 384)
    store = FaissVectorStore(384, kind="sq8")
    store.add(ids, x)
    q = unit(np.random.default_rng(12), 50, 384)
    _, got = store.search(q, 10)
    truth = ids[np.argsort(-(q @ x.T), axis=1)[:, :10]]
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)])
    assert recall >= 0.95, recall


def test_filter_excluding_everything_and_k_zero():
    ids, x = dataset(3, 50, 8)
    store = FaissVectorStore(8)
    store.add(ids, x)
    s, i = store.search(x[:2], 5, allowed_ids=[])
    assert s.shape == i.shape == (2, 0)
    s, i = store.search(x[:2], 0)
    assert i.shape == (2, 0)
    s, i = store.search(x[0], 3)  # a 1-D query is one row
    assert i.shape == (1, 3) and i[0, 0] == ids[0]
    assert FaissVectorStore(8).search(x[:1], 5)[1].shape == (1, 0)


def test_vectors_are_normalised_and_wrong_dimension_rejected():
    store = FaissVectorStore(4)
    store.add([1, 2], np.array([[3.0, 0, 0, 0], [0, 0.5, 0, 0]], np.float32))
    s, i = store.search(np.array([10.0, 0, 0, 0]), 2)
    np.testing.assert_allclose(s[0], [1.0, 0.0], atol=1e-6)
    assert i[0].tolist() == [1, 2]
    with pytest.raises(ManifestMismatchError, match="reindex"):
        store.search(np.ones(5, np.float32), 1)
    with pytest.raises(ManifestMismatchError):
        store.add([3], np.ones((1, 5), np.float32))
    with pytest.raises(ValueError):
        store.add([-1], np.ones((1, 4), np.float32))
    with pytest.raises(ValueError):
        store.add([5, 5], np.ones((2, 4), np.float32))
    with pytest.raises(ValueError):
        store.add([6], np.full((1, 4), np.nan, np.float32))
    assert len(store) == 2


# -- removal ------------------------------------------------------------------------------------


OPS = st.lists(
    st.tuples(st.sampled_from(["add", "remove", "readd"]), st.integers(0, 2**31 - 1)), min_size=1, max_size=8
)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), kind=st.sampled_from(["flat", "hnsw", "sq8", "ivf"]), ops=OPS)
def test_remove_then_search_never_returns_removed(seed, kind, ops):
    d = 8
    rng = np.random.default_rng(seed)
    store = FaissVectorStore(d, kind=kind, compact_ratio=0.4)
    pool_ids, _ = dataset(seed, 200, d)
    live: dict[int, np.ndarray] = {}
    removed: set[int] = set()
    for op, s in ops:
        r = np.random.default_rng(s)
        if op == "add":
            pick = r.choice(200, size=int(r.integers(1, 40)), replace=False)
            vecs = unit(r, len(pick), d)  # may replace vectors of live ids (upsert)
            store.add(pool_ids[pick], vecs)
            for i, v in zip(pool_ids[pick].tolist(), vecs, strict=True):
                live[i] = v
                removed.discard(i)
        elif op == "remove" and live:
            keys = np.array(sorted(live), np.int64)
            drop = r.choice(keys, size=int(r.integers(1, len(keys) + 1)), replace=False)
            assert store.remove(np.concatenate([drop, [2**62 + 1]])) == len(drop)
            for i in drop.tolist():
                live.pop(i)
                removed.add(i)
        elif op == "readd" and removed:
            back = np.array(sorted(removed)[:5], np.int64)
            vecs = unit(r, len(back), d)
            store.add(back, vecs)
            for i, v in zip(back.tolist(), vecs, strict=True):
                live[i] = v
                removed.discard(i)
    assert len(store) == len(live)
    assert store.ids().tolist() == sorted(live)
    if not live:
        assert store.search(unit(rng, 1, d), 5)[1].shape == (1, 0)
        return
    q = unit(rng, 5, d)
    _, got = store.search(q, len(live))
    for row in got:
        assert set(row.tolist()) == set(live), "a removed id returned, or a live one missing"
    # every live id's current vector is its own best match
    keys = np.array(sorted(live), np.int64)
    vecs = np.stack([live[int(i)] for i in keys])
    scores, _ = store.search(vecs, 1)
    np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)
    ids_x = np.array(sorted(live), np.int64)
    check_against_numpy(*store.search(q, 7), q, ids_x, vecs, 7)


@pytest.mark.parametrize("kind", ["flat", "hnsw", "sq8", "ivf"])
def test_vectors_of_ids_are_the_stored_unit_vectors_in_the_order_asked(kind):
    ids, x = dataset(5, 300, 12)
    store = FaissVectorStore(12, kind=kind)
    store.add(ids, 3.0 * x)  # stored normalised
    store.remove(ids[:10])
    ask = np.concatenate([ids[[40, 7, 250]], [2**62 + 5], ids[[12]]])  # a removed id and an unknown one
    got_ids, got = store.vectors(ask)
    assert got_ids.tolist() == ids[[40, 250, 12]].tolist()
    np.testing.assert_allclose(got, x[[40, 250, 12]], atol=1e-6)
    got[:] = 0.0  # a copy: the index is untouched
    np.testing.assert_allclose(store.vectors(ids[[40]])[1], x[[40]], atol=1e-6)
    empty_ids, empty = store.vectors([])
    assert empty_ids.shape == (0,) and empty.shape == (0, 12)


def test_hnsw_tombstones_filtered_and_compacted():
    ids, x = dataset(11, 400, 16)
    store = FaissVectorStore(16, kind="hnsw", compact_ratio=0.3)
    store.add(ids, x)
    assert store.remove(ids[:100]) == 100
    assert store.n_tombstones == 100 and len(store) == 300
    _, got = store.search(x[:100], 10)
    assert not set(got.ravel().tolist()) & set(ids[:100].tolist())
    store.remove(ids[100:150])  # 150 of 400 slots dead > 30%: rebuilt without them
    assert store.n_tombstones == 0 and len(store) == 250 and store.kind == "hnsw"
    store.add(ids[:10], x[:10])  # re-added ids come back, once each
    _, got = store.search(x[:10], 1)
    assert got[:, 0].tolist() == ids[:10].tolist()


def test_hnsw_recalibrates_as_it_grows():
    """efSearch calibrated on an empty or small graph must not stick once the graph doubles."""
    ids, x = dataset(8, 2000, 32)
    store = FaissVectorStore(32, kind="hnsw")
    store.add(ids[:100], x[:100])
    first = store._snap.calibrated_at
    store.add(ids[100:150], x[100:150])  # < 2x: keeps the calibration
    assert store._snap.calibrated_at == first == 100
    store.add(ids[150:], x[150:])
    assert store._snap.calibrated_at == 2000
    assert store.calibrated_recall is not None and store.calibrated_recall >= store.recall_target
    assert store._snap.calibration is not None and store._snap.calibration["count"] == 2000
    fixed = FaissVectorStore(32, kind="hnsw", ef_search=40)
    fixed.add(ids, x)
    assert fixed.ef_search == 40 and fixed.calibrated_recall is None


def test_auto_kind_switches_with_hysteresis():
    ids, x = dataset(5, 200, 16)
    store = FaissVectorStore(16, approx_threshold=100)
    store.add(ids[:90], x[:90])
    assert store.kind == "flat"
    store.add(ids[90:150], x[90:150])
    assert store.kind == "hnsw" and len(store) == 150
    store.remove(ids[:60])  # 90 left: above 80% of the threshold, stays HNSW
    assert store.kind == "hnsw"
    store.remove(ids[60:80])  # 70 left: back to exact
    assert store.kind == "flat" and len(store) == 70
    q = unit(np.random.default_rng(0), 3, 16)
    check_against_numpy(*store.search(q, 10), q, ids[80:150], x[80:150], 10)


def test_auto_serves_sq8_when_hnsw_misses_its_recall_target(tmp_path, monkeypatch):
    import councilsearch.index.vectors.faiss_store as store_mod

    ids, x = dataset(6, 400, 16)
    # a target no graph can reach stands in for uniformly random 384-d vectors at 1M
    store = FaissVectorStore(16, approx_threshold=100, recall_target=1.01)
    store.add(ids[:300], x[:300])
    assert store.kind == "sq8" and store.approx_declined_at == 300
    q = unit(np.random.default_rng(1), 5, 16)
    check_against_numpy(*store.search(q, 10), q, ids[:300], x[:300], 10)
    # no new graph is tried until the count has doubled
    calls = []
    real = store_mod.calibrate_ef_search
    monkeypatch.setattr(store_mod, "calibrate_ef_search", lambda *a, **k: calls.append(1) or real(*a, **k))
    store.add(ids[300:350], x[300:350])
    assert store.kind == "sq8" and calls == []
    # the decision is saved with the index
    store.save(tmp_path / "v", model="m")
    again = FaissVectorStore.load(tmp_path / "v", expected_model="m", recall_target=1.01, approx_threshold=100)
    assert again.kind == "sq8" and again.approx_declined_at == 300
    assert again.manifest is not None and again.manifest["sq8"]["recall_at_10"] >= 0.99
    # a fixed kind="hnsw" is what the caller asked for: kept, with a warning
    forced = FaissVectorStore(16, kind="hnsw", recall_target=1.01)
    forced.add(ids, x)
    assert forced.kind == "hnsw"


def test_auto_probes_a_sample_before_a_big_build(monkeypatch):
    import councilsearch.index.vectors.faiss_store as store_mod

    monkeypatch.setattr(store_mod, "PROBE_SIZE", 200)
    ids, x = dataset(7, 600, 16)
    built: list[int] = []
    real_new = FaissVectorStore._new_index

    def spy(self, kind):  # type: ignore[no-untyped-def]
        built.append(kind)
        return real_new(self, kind)

    monkeypatch.setattr(FaissVectorStore, "_new_index", spy)
    hopeless = FaissVectorStore(16, approx_threshold=100, recall_target=1.01)
    built.clear()
    hopeless.add(ids, x)
    assert hopeless.kind == "sq8" and built == ["hnsw", "sq8"]  # the probe's graph, then the 8-bit scan
    fine = FaissVectorStore(16, approx_threshold=100, recall_target=0.9)
    built.clear()
    fine.add(ids, x)
    assert fine.kind == "hnsw" and built == ["hnsw", "hnsw"]  # probe, then the full graph
    # a sample that reaches the target only at a high efSearch foretells a big graph that won't
    monkeypatch.setattr(store_mod, "EF_MAX", 8)
    strained = FaissVectorStore(16, approx_threshold=100, recall_target=0.9)
    built.clear()
    strained.add(ids, x)
    assert strained.kind == "sq8" and built == ["hnsw", "sq8"]


# -- persistence ----------------------------------------------------------------------------------


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(0, 250),
    kind=st.sampled_from(["flat", "hnsw", "sq8", "ivf"]),
    n_remove=st.integers(0, 30),
)
def test_save_load_round_trip(seed, n, kind, n_remove):
    d = 16
    ids, x = dataset(seed, n, d)
    store = FaissVectorStore(d, kind=kind, model_name="test-model")
    store.add(ids, x)
    store.remove(ids[:n_remove])
    rng = np.random.default_rng(seed)
    q = unit(rng, 8, d)
    allowed = ids[rng.random(n) < 0.3] if n else None
    with tempfile.TemporaryDirectory() as tmp:
        manifest = store.save(tmp, extractors={"figures": "figures.v1"}, store_digest="abc")
        files = sorted([MANIFEST_FILE, INDEX_FILE] + ([COARSE_FILE] if kind == "ivf" else []))
        assert sorted(p.name for p in Path(tmp).iterdir()) == files  # no temp files
        loaded = FaissVectorStore.load(tmp, expected_model="test-model", expected_dim=d)
    assert isinstance(loaded, VectorStore)
    assert loaded.kind == store.kind and len(loaded) == len(store) == manifest["count"]
    assert np.array_equal(loaded.ids(), store.ids())
    assert loaded.digest() == store.digest() == manifest["digest"]
    assert loaded.manifest is not None and loaded.manifest["extractors"] == {"figures": "figures.v1"}
    for a, b in (
        (store.search(q, 10), loaded.search(q, 10)),
        (store.search(q, 5, allowed_ids=allowed), loaded.search(q, 5, allowed_ids=allowed)),
    ):
        assert np.array_equal(a[1], b[1])
        assert np.array_equal(a[0], b[0])


def test_digest_depends_on_content_not_insertion_order():
    ids, x = dataset(9, 50, 8)
    a, b = FaissVectorStore(8), FaissVectorStore(8)
    a.add(ids, x)
    order = np.random.default_rng(1).permutation(50)
    b.add(ids[order[:20]], x[order[:20]])
    b.add(ids[order[20:]], x[order[20:]])
    assert a.digest() == b.digest()
    b.add(ids[:1], x[1:2])  # one vector changed
    assert a.digest() != b.digest()


@pytest.fixture()
def saved(tmp_path: Path) -> tuple[Path, FaissVectorStore]:
    ids, x = dataset(21, 300, 32)
    store = FaissVectorStore(32, model_name="all-MiniLM-L6-v2")
    store.add(ids, x)
    manifest = store.save(tmp_path, extractors={"entities": "entities.v1"})
    import hashlib

    assert manifest["index_sha256"] == hashlib.sha256((tmp_path / INDEX_FILE).read_bytes()).hexdigest()
    on_disk = json.loads((tmp_path / MANIFEST_FILE).read_text())
    assert on_disk["model"] == "all-MiniLM-L6-v2" and on_disk["dimension"] == 32
    assert (
        on_disk["count"] == 300 and on_disk["metric"] == "inner_product" and on_disk["index_kind"] == "flat"
    )
    return tmp_path, store


def test_manifest_other_model_or_dimension_is_a_clear_error(saved):
    folder, _ = saved
    assert len(FaissVectorStore.load(folder, expected_model="all-MiniLM-L6-v2", expected_dim=32)) == 300
    with pytest.raises(ManifestMismatchError, match=r"model 'all-MiniLM-L6-v2'.*councilsearch reindex"):
        FaissVectorStore.load(folder, expected_model="all-mpnet-base-v2", expected_dim=32)
    with pytest.raises(ManifestMismatchError, match=r"32-dimensional.*384.*councilsearch reindex"):
        FaissVectorStore.load(folder, expected_model="all-MiniLM-L6-v2", expected_dim=384)


def test_missing_or_broken_manifest(saved):
    folder, _ = saved
    (folder / MANIFEST_FILE).write_text("{not json")
    with pytest.raises(IndexError_, match="councilsearch reindex") as err:
        FaissVectorStore.load(folder)
    assert not isinstance(err.value, ManifestMismatchError)
    (folder / MANIFEST_FILE).unlink()
    with pytest.raises(IndexError_, match=r"no manifest\.json.*councilsearch reindex"):
        FaissVectorStore.load(folder)


def test_missing_index_file(saved):
    folder, _ = saved
    (folder / INDEX_FILE).unlink()
    with pytest.raises(IndexError_, match=r"missing.*councilsearch reindex"):
        FaissVectorStore.load(folder)


def test_truncated_index_file_detected(saved):
    folder, _ = saved
    data = (folder / INDEX_FILE).read_bytes()
    (folder / INDEX_FILE).write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexError_, match=r"truncated.*councilsearch reindex"):
        FaissVectorStore.load(folder)


@pytest.mark.parametrize("where", [0.1, 0.5, 0.99])
def test_bit_flipped_index_file_detected(saved, where):
    folder, _ = saved
    data = bytearray((folder / INDEX_FILE).read_bytes())
    data[int(len(data) * where)] ^= 0x04
    (folder / INDEX_FILE).write_bytes(bytes(data))
    with pytest.raises(IndexError_, match=r"checksum.*councilsearch reindex"):
        FaissVectorStore.load(folder)


def test_save_replaces_previous_index_atomically(saved):
    folder, store = saved
    ids, x = dataset(22, 10, 32)
    store.add(ids, x)
    store.save(folder)
    loaded = FaissVectorStore.load(folder, expected_dim=32)
    assert len(loaded) == 310 and loaded.digest() == store.digest()
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST_FILE, INDEX_FILE]


# -- HNSW recall and concurrency ----------------------------------------------------------------------


def test_hnsw_recall_at_10_on_20k_random_vectors():
    d, n = 384, 20_000
    rng = np.random.default_rng(42)
    x = unit(rng, n, d)
    ids = np.arange(n, dtype=np.int64) * 3 + 1
    store = FaissVectorStore(d, approx_threshold=10_000)  # auto: above the threshold -> HNSW
    store.add(ids, x)
    assert store.kind == "hnsw" and store.ef_search >= 10
    q = unit(rng, 200, d)
    exact = ids[np.argsort(-(q @ x.T), axis=1)[:, :10]]
    _, got = store.search(q, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(exact.tolist(), got.tolist(), strict=True)])
    assert recall >= 0.95, f"recall@10 {recall:.3f} at efSearch={store.ef_search}"


def test_searches_run_concurrently_with_a_writer():
    d = 16
    stable_ids, stable_x = dataset(1, 300, d)
    churn_ids = np.arange(10**12, 10**12 + 50, dtype=np.int64)
    store = FaissVectorStore(d, kind="flat")
    store.add(stable_ids, stable_x)
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer() -> None:
        rng = np.random.default_rng(0)
        try:
            for _ in range(60):
                store.add(churn_ids, unit(rng, 50, d))
                store.remove(churn_ids[::2])
                store.remove(churn_ids)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            stop.set()

    def reader(seed: int) -> None:
        rng = np.random.default_rng(seed)
        try:
            while not stop.is_set():
                j = rng.integers(0, 300, size=4)
                scores, got = store.search(stable_x[j], 5)
                assert got[:, 0].tolist() == stable_ids[j].tolist()
                np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)
                ok = set(stable_ids.tolist()) | set(churn_ids.tolist())
                assert set(got.ravel().tolist()) <= ok
                n = len(store)
                assert n in (300, 325, 350)  # never a half-applied write
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(s,)) for s in range(3)] + [
        threading.Thread(target=writer)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors[0]
    assert len(store) == 300
