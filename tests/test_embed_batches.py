"""How the int8 embedder batches a document's passages: longest first, and a batch ends before a
text much shorter than its longest, so short passages are not padded to a long one's length
(the model's cost grows with the padded width); the vectors are those of each text alone."""

from __future__ import annotations

import numpy as np
import pytest

from councilsearch.embedding.int8 import Int8Embedder

LONG = (
    "The Wyvern Borough Council cabinet agreed the revised capital programme for the next three "
    "years, including the refurbishment of the Orlwick leisure centre, new play areas in "
    "Sampleton and a review of the waste collection fleet, subject to the outcome of the "
    "consultation with residents and the scrutiny committee's report on the business case. "
) * 3
SHORT = [f"Item {n}: apologies for absence were received." for n in range(10)]


@pytest.fixture(scope="module")
def embedder() -> Int8Embedder:
    return Int8Embedder(threads=1)


def test_short_texts_are_not_padded_to_a_long_ones_length(embedder: Int8Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = embedder._loaded.runtime
    fed: list[tuple[int, int]] = []
    real_run = runtime.run

    def spy(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        fed.append(ids.shape)
        return real_run(ids, mask)

    monkeypatch.setattr(runtime, "run", spy)
    texts = [SHORT[0], LONG, *SHORT[1:]]
    vecs = embedder.encode(texts)
    tok = embedder._tokenizer()
    real = sum(len(e.ids) for e in tok.encode_batch(texts))
    padded = sum(n * width for n, width in fed)
    long_len = len(tok.encode(LONG).ids)
    assert long_len > 100
    assert fed[0] == (1, -(-long_len // runtime.pad_multiple) * runtime.pad_multiple)  # the long one alone
    assert padded < 1.5 * real, (fed, real)
    monkeypatch.undo()
    alone = np.vstack([embedder.encode([t]) for t in texts])
    assert np.allclose(vecs, alone, atol=1e-5)


def test_sentence_sums_on_one_blas_thread_give_the_same_vectors(embedder: Int8Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentence vectors are summed with numpy's BLAS held to one thread (its threads spin
    between the many small products and take the cores from the model and the workers): the
    vectors are those of BLAS's threads, bit for bit, for passages of one sentence (a
    matrix-vector product) and of many."""
    from contextlib import nullcontext

    from councilsearch.embedding import pooling

    pooling.one_blas_thread()
    assert pooling._BLAS, "threadpoolctl finds no BLAS library: sentence pooling runs on BLAS's threads"
    sentence = LONG.split(". ")[0] + "."
    texts = [LONG, sentence, SHORT[0] + " " + SHORT[1]]
    spans = [[(0, len(sentence) + 1), (len(sentence) + 1, len(LONG) // 3)], [(0, len(sentence))],
             [(0, len(SHORT[0])), (len(SHORT[0]) + 1, len(texts[2]))]]
    one = embedder.encode_with_sentences(texts, spans)
    monkeypatch.setattr(pooling, "one_blas_thread", nullcontext)
    threaded = embedder.encode_with_sentences(texts, spans)
    assert np.array_equal(one[0], threaded[0]) and np.array_equal(one[1], threaded[1])
