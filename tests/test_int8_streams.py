"""The int8 embedder with two OpenVINO streams (``OPENVINO_BULK_STREAMS``): one batch per stream
at once (``Int8Runtime.run_batches``), and its vectors are those of the one-thread embedder.
Also: ingest workers leave torch out when their spaCy pipeline does not need it."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from councilsearch.embedding import int8 as int8_mod
from councilsearch.embedding.calibration import corpus_chunks, evenly
from councilsearch.embedding.int8 import Int8Embedder
from councilsearch.workers import ProcessPool, pipeline_needs_torch
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def texts() -> list[str]:
    chunks, _ = corpus_chunks(CORPUS)
    return evenly(chunks, 48)


@pytest.fixture(scope="module")
def one() -> Int8Embedder:
    return Int8Embedder(threads=1)


@pytest.fixture(scope="module")
def two() -> Int8Embedder:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(int8_mod, "OPENVINO_BULK_STREAMS", 2)
        emb = Int8Embedder(threads=2)
    if emb.backend != "openvino-int8":
        pytest.skip("streams are OpenVINO's")
    return emb


def _cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


def test_two_streams_give_the_one_thread_vectors(one: Int8Embedder, two: Int8Embedder, texts: list[str]) -> None:
    assert two._loaded.runtime.streams == 2
    np.testing.assert_allclose(_cos(one.encode(texts), two.encode(texts)), 1.0, atol=1e-4)
    spans = [[(0, len(t) // 2), (len(t) // 2, len(t))] for t in texts]
    p1, s1 = one.encode_with_sentences(texts, spans)
    p2, s2 = two.encode_with_sentences(texts, spans)
    np.testing.assert_allclose(_cos(p1, p2), 1.0, atol=1e-4)
    np.testing.assert_allclose(_cos(s1, s2), 1.0, atol=1e-4)
    np.testing.assert_allclose(two.encode_query("the budget for 2026"), one.encode_query("the budget for 2026"), atol=1e-3)


def test_streams_are_shared_by_threads_and_given_back(two: Int8Embedder, texts: list[str]) -> None:
    expected = two.encode(texts)
    results: dict[str, np.ndarray] = {}

    def bulk(k: int) -> None:
        results[f"bulk{k}"] = two.encode(texts)

    def ask() -> None:
        results["query"] = np.stack([two.encode_query(f"question {i} on the budget") for i in range(10)])

    threads = [threading.Thread(target=bulk, args=(k,)) for k in range(3)] + [threading.Thread(target=ask)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for k in range(3):
        np.testing.assert_allclose(_cos(results[f"bulk{k}"], expected), 1.0, atol=1e-4)
    assert results["query"].shape == (10, two.dimension)
    runtime = two._loaded.runtime
    batches = two._token_batches(two._tokenizer().encode_batch(texts))
    next(batches)  # a caller that stops after one batch, with another in flight
    batches.close()
    assert runtime._free.qsize() == runtime.streams


def _torch_imported(_: int) -> bool:
    return sys.modules.get("torch") is not None


def test_ingest_workers_load_spacy_without_torch() -> None:
    pool: ProcessPool[int, bool] = ProcessPool(1)
    try:
        got = [r for _, r in pool.map(_torch_imported, [0], 1, lambda _: True)]
    finally:
        pool.close()
    assert got == [False]


@pytest.mark.parametrize(
    ("requirements", "needs"),
    [(["spacy>=3.7.5,<3.9.0"], False), (["spacy>=3.7", "spacy-curated-transformers>=0.2"], True),
     (["spacy-transformers"], True), (None, True)],
)
def test_which_pipelines_need_torch(tmp_path: Path, requirements: list[str] | None, needs: bool) -> None:
    if requirements is not None:
        (tmp_path / "meta.json").write_text(json.dumps({"requirements": requirements}), encoding="utf-8")
    assert pipeline_needs_torch(str(tmp_path)) is needs


def test_the_default_pipeline_does_not_need_torch() -> None:
    from councilsearch.extract.nlp import pipeline_name

    assert pipeline_needs_torch(pipeline_name()) is False


def test_streams_setting_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(int8_mod, "OPENVINO_BULK_STREAMS", 1)
    monkeypatch.delenv(int8_mod.STREAMS_ENV, raising=False)
    assert int8_mod.bulk_streams() == 1
    monkeypatch.setenv(int8_mod.STREAMS_ENV, "2")
    assert int8_mod.bulk_streams() == 2
    monkeypatch.setenv(int8_mod.STREAMS_ENV, "two")  # not a number: the default
    assert int8_mod.bulk_streams() == 1
    monkeypatch.setenv(int8_mod.STREAMS_ENV, "0")
    assert int8_mod.bulk_streams() == 1
