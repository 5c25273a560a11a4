"""The ``ivf`` index kind (an inverted file of 8-bit codes, candidates ranked exactly): exact
scores and filters, removal (its labels renumbered as the flat storage closes its gaps),
``auto`` choosing it for large stores, nprobe calibrated and saved, and its file checked on
load."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilsearch.errors import IndexError_
from councilsearch.index.vectors.faiss_store import FaissVectorStore
from councilsearch.index.vectors.files import COARSE_FILE, MANIFEST_FILE
from councilsearch.index.vectors.probes import METHOD
from tests.test_vectors import check_scores_exact, dataset, unit


def clustered(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """Ids and unit vectors around 40 centres (an inverted file's lists have something to find)."""
    rng = np.random.default_rng(seed)
    centres = unit(rng, 40, d)
    x = centres[rng.integers(0, 40, n)] + 0.35 * unit(rng, n, d)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return rng.choice(2**62, size=n, replace=False).astype(np.int64), x.astype(np.float32)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 400),
    k=st.integers(1, 40),
    filt=st.one_of(st.none(), st.floats(0.0, 1.0)),
    n_remove=st.integers(0, 60),
)
def test_ivf_scores_are_exact_and_filters_hold_after_removal(seed, n, k, filt, n_remove):
    """Every score is the true inner product, in order, of a live admitted vector; a row holds
    min(k, admitted) hits; removed ids never come back, however the lists were renumbered."""
    ids, x = dataset(seed, n, 16)
    store = FaissVectorStore(16, kind="ivf")
    store.add(ids, x)
    rng = np.random.default_rng(seed + 1)
    gone = ids[rng.permutation(n)[:n_remove]]
    store.remove(gone)
    keep = ~np.isin(ids, gone)
    ids, x = ids[keep], x[keep]
    if not len(ids):
        assert len(store) == 0
        return
    q = unit(rng, 3, 16)
    allowed = None if filt is None else ids[rng.random(len(ids)) < filt]
    scores, got = store.search(q, k, allowed_ids=allowed)
    check_scores_exact(scores, got, q, ids, x, k, allowed)
    # each live vector is found as its own best match (its slot's label is right)
    s1, g1 = store.search(x, 1)
    assert np.array_equal(g1[:, 0], ids)
    np.testing.assert_allclose(s1[:, 0], 1.0, atol=1e-5)


def test_ivf_reaches_its_recall_target_and_records_nprobe(tmp_path):
    ids, x = clustered(1, 6_000, 32)
    store = FaissVectorStore(32, kind="ivf", model_name="m")
    store.add(ids, x)
    cal = store._snap.calibration
    assert cal is not None and cal["method"] == METHOD and cal["recall_at_10"] >= 0.96
    assert 1 <= store._snap.nprobe <= store._snap.coarse.nlist == cal["nlist"]
    q = unit(np.random.default_rng(2), 40, 32)
    truth = ids[np.argsort(-(q @ x.T), axis=1)[:, :10]]
    _, got = store.search(q, 10)
    assert np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)]) >= 0.9
    manifest = store.save(tmp_path / "v")
    assert manifest["index_kind"] == "ivf"
    assert manifest["ivf"]["nprobe"] == store._snap.nprobe and manifest["ivf"]["nlist"] == cal["nlist"]


def test_ivf_loads_without_retraining_and_refuses_a_corrupt_file(tmp_path, monkeypatch):
    import councilsearch.index.vectors.ivf as ivf_mod

    ids, x = clustered(3, 3_000, 16)
    store = FaissVectorStore(16, kind="ivf", model_name="m")
    store.add(ids, x)
    store.save(tmp_path / "v")
    monkeypatch.setattr(ivf_mod, "_train", lambda *a, **k: pytest.fail("trained again"))
    monkeypatch.setattr(ivf_mod, "calibrate_nprobe", lambda *a, **k: pytest.fail("calibrated again"))
    again = FaissVectorStore.load(tmp_path / "v", expected_model="m")
    assert again.kind == "ivf" and again._snap.nprobe == store._snap.nprobe
    q = unit(np.random.default_rng(4), 5, 16)
    assert np.array_equal(again.search(q, 10)[1], store.search(q, 10)[1])
    raw = bytearray((tmp_path / "v" / COARSE_FILE).read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (tmp_path / "v" / COARSE_FILE).write_bytes(bytes(raw))
    with pytest.raises(IndexError_, match="reindex"):
        FaissVectorStore.load(tmp_path / "v", expected_model="m")
    (tmp_path / "v" / COARSE_FILE).unlink()
    with pytest.raises(IndexError_, match="reindex"):
        FaissVectorStore.load(tmp_path / "v", expected_model="m")


def test_auto_serves_ivf_for_large_stores_and_leaves_it_below(tmp_path, monkeypatch):
    import councilsearch.index.vectors.faiss_store as store_mod

    monkeypatch.setattr(store_mod, "IVF_ABOVE", 500)
    ids, x = clustered(5, 1_500, 16)
    store = FaissVectorStore(16, approx_threshold=100, model_name="m")
    store.add(ids[:300], x[:300])
    assert store.kind == "hnsw"
    store.add(ids[300:700], x[300:700])
    assert store.kind == "ivf" and store._snap.calibrated_at == 700
    store.add(ids[700:1000], x[700:1000])  # not yet doubled: the same lists
    assert store.kind == "ivf" and store._snap.calibrated_at == 700
    store.add(ids[1000:], x[1000:])  # doubled: learned again
    assert store._snap.calibrated_at == 1_500
    store.save(tmp_path / "v")
    assert json.loads((tmp_path / "v" / MANIFEST_FILE).read_text())["ivf"]["trained_count"] == 1_500
    store.remove(ids[:1050])  # 450 left: above 80% of 500, stays
    assert store.kind == "ivf"
    store.remove(ids[1050:1200])  # 300 left: a graph again
    assert store.kind == "hnsw"
    store.save(tmp_path / "v")
    assert not (tmp_path / "v" / COARSE_FILE).exists()
