"""The torch fp32 ``Embedder`` (``councilsearch.index.embed``) on the real packaged model:
its contract, and sentence vectors from the passage's own forward pass."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from councilsearch.errors import IndexError_
from councilsearch.index.vectors.faiss_store import FaissVectorStore

# -- the embedder (real model) -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def embedder():
    from councilsearch.index.embed import get_embedder

    return get_embedder()


SENTENCES = [
    "The council is forecasting a net underspend of £7.0m on its revenue budget.",
    "Members approved the capital programme for 2025/26 at the cabinet meeting.",
    "The peer team recommends strengthening scrutiny of the transformation programme.",
    "Library opening hours will change on Sundays.",
    "Adult social care demand continues to rise across the county.",
]


def test_embedder_shape_norm_and_identity(embedder):
    from councilsearch.index.embed import Embedder, get_embedder

    assert embedder.name == "all-MiniLM-L6-v2" and embedder.dimension == 384
    v = embedder.encode(SENTENCES)
    assert v.shape == (5, 384) and v.dtype == np.float32 and v.flags.c_contiguous
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        embedder.encode("one string, not a list")  # would otherwise embed each character
    q = embedder.encode_query(SENTENCES[0])
    assert q.shape == (384,)
    np.testing.assert_allclose(q, v[0], atol=1e-5)
    assert get_embedder() is embedder
    assert Embedder(batch_size=8).model is embedder.model  # the weights load once per process
    # the second ask comes from the query cache: the same vector, which no caller can change
    again = embedder.encode_query(SENTENCES[0])
    assert again is q and not again.flags.writeable
    with pytest.raises(ValueError):
        again[0] = 1.0
    np.testing.assert_allclose(embedder.encode_query(SENTENCES[1]), v[1], atol=1e-5)


def test_paraphrase_scores_higher_than_unrelated(embedder):
    a, b, c = embedder.encode(
        [
            "The council faces a budget gap of £23 million next year.",
            "Next year the authority has a £23m shortfall in its budget.",
            "Library opening hours will change on Sundays.",
        ]
    )
    assert float(a @ b) > float(a @ c) + 0.2


def test_encode_is_deterministic_and_keeps_input_order(embedder):
    from councilsearch.index.embed import CHUNK_BATCHES, Embedder

    texts = [f"{s} Item {i}." + " More words." * (i % 5) for i, s in enumerate(SENTENCES * 3)]
    first = embedder.encode(texts)
    assert np.array_equal(first, embedder.encode(texts))
    small = Embedder(batch_size=1)  # two chunks of CHUNK_BATCHES texts, length-sorted
    assert len(texts) > CHUNK_BATCHES
    np.testing.assert_allclose(small.encode(texts), first, atol=1e-5)
    bare = embedder.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    np.testing.assert_allclose(first, bare, atol=1e-5)


def test_encode_is_thread_safe(embedder):
    serial = [embedder.encode_query(s) for s in SENTENCES]
    out: dict[int, np.ndarray] = {}
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            out[i] = embedder.encode_query(SENTENCES[i])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for i in range(5):
        np.testing.assert_allclose(out[i], serial[i], atol=1e-6)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    from councilsearch.index.embed import Embedder

    with pytest.raises(IndexError_, match="model folder not found"):
        Embedder(str(tmp_path / "nope"))
    with pytest.raises(IndexError_, match="not a sentence-transformers model folder"):
        Embedder(str(tmp_path))


def test_embeddings_round_trip_through_the_store(embedder, tmp_path):
    """End to end: embed passages, index, save, load against the embedder's name and size."""
    vecs = embedder.encode(SENTENCES)
    store = FaissVectorStore(embedder.dimension)
    store.add(np.arange(5, dtype=np.int64) + 100, vecs)
    store.save(tmp_path, model=embedder.name)
    loaded = FaissVectorStore.load(tmp_path, expected_model=embedder.name, expected_dim=embedder.dimension)
    _, got = loaded.search(embedder.encode_query("How big is the revenue underspend?"), 1)
    assert got[0, 0] == 100


# -- sentence vectors from the passage's own forward pass (real model) -----------------------------


def _corpus_units(corpus_docs, n: int) -> list[tuple[str, int, list[tuple[int, int]]]]:
    """``n`` passages of the corpus as ingest makes them: (embedding text, context prefix
    length, sentence spans in that text)."""
    from councilsearch.index.store.embedding_text import document_context, passage_embedding_spans
    from councilsearch.ingest.passages import passage_sentences
    from councilsearch.pipeline import analyse

    units = []
    for doc in corpus_docs.values():
        context = document_context(doc.title, doc.council)
        for p in analyse(doc, figures=False, entities=False).passages:
            units.append(passage_embedding_spans(context, p, [(s, e) for _, _, s, e in passage_sentences(p)]))
    return [units[(i * len(units)) // n] for i in range(n)]


def test_sentence_vectors_from_one_torch_pass(embedder, corpus_docs):
    """Passage vectors equal ``encode``'s; each sentence's vector is its own (nearest to the
    sentence embedded alone among its passage's sentences); with the context prefix, close to
    the sentence embedded with its context (today's separate pass)."""
    units = _corpus_units(corpus_docs, 40)
    texts = [t for t, _, _ in units]
    spans = [s for _, _, s in units]
    prefixes = [p for _, p, _ in units]
    assert any(prefixes) and all(spans)
    passages, pooled = embedder.encode_with_sentences(texts, spans)
    n = sum(len(s) for s in spans)
    assert passages.shape == (40, 384) and pooled.shape == (n, 384) and pooled.dtype == np.float32
    assert passages.flags.c_contiguous and pooled.flags.c_contiguous
    assert (passages * embedder.encode(texts)).sum(axis=1).min() >= 0.9999
    np.testing.assert_allclose(np.linalg.norm(pooled, axis=1), 1.0, atol=1e-5)

    alone = embedder.encode([t[a:b] for t, s in zip(texts, spans, strict=True) for a, b in s])
    hits, row = 0, 0
    for mine in spans:
        block = pooled[row : row + len(mine)] @ alone[row : row + len(mine)].T
        hits += int((block.argmax(axis=1) == np.arange(len(mine))).sum())
        row += len(mine)
    _, with_prefix = embedder.encode_with_sentences(texts, spans, prefix_chars=prefixes)
    in_context = embedder.encode([t[:p] + t[a:b] for t, p, s in units for a, b in s])
    cos_prefix = (with_prefix * in_context).sum(axis=1)
    print(f"\ntorch, one pass: own sentence nearest {hits / n:.1%} of {n}; "
          f"with the prefix vs embedded separately: mean cosine {cos_prefix.mean():.3f}")
    assert hits / n >= 0.6  # chance is about 1 in 6
    assert cos_prefix.mean() >= 0.8


def test_passage_embedding_spans_agree_with_the_sentence_texts(corpus_docs):
    """A passage's embedding text is its context prefix then its text, and each sentence's span
    of it holds that sentence's text."""
    from councilsearch.index.store.embedding_text import (
        document_context,
        embedding_text,
        passage_embedding_spans,
    )
    from councilsearch.ingest.passages import passage_sentences
    from councilsearch.pipeline import analyse

    checked = 0
    for doc in corpus_docs.values():
        for context in (document_context(doc.title, doc.council), ""):
            for p in analyse(doc, figures=False, entities=False).passages[:30]:
                sents = [(s, e) for _, _, s, e in passage_sentences(p)]
                text, prefix, spans = passage_embedding_spans(context, p, sents)
                assert text == embedding_text(context, p) and text[prefix:] == p.text
                for (s, e), (a, b) in zip(sents, spans, strict=True):
                    assert prefix <= a <= b <= len(text) and text[a:b] == doc.text[s:e]
                    checked += 1
    assert checked > 100


def test_torch_sentence_cut_off_by_truncation_is_embedded_alone(embedder):
    head = "The committee met in public. " * 60  # about 360 tokens: past the 256-token window
    prefix = "A report\nFinance\n"
    text = prefix + head + "The deficit is forecast at four million pounds."
    first, last = (len(prefix), len(prefix) + 28), (len(prefix) + len(head), len(text))
    passages, sentences = embedder.encode_with_sentences([text, "Short one."], [[first, last], []])
    assert sentences.shape == (2, 384) and passages.shape == (2, 384)
    np.testing.assert_allclose(sentences[1], embedder.encode([text[last[0] :]])[0], atol=1e-5)
    assert float(sentences[0] @ embedder.encode([text[first[0] : first[1]]])[0]) > 0.5
    _, with_prefix = embedder.encode_with_sentences([text], [[first, last]], prefix_chars=[len(prefix)])
    np.testing.assert_allclose(with_prefix[1], embedder.encode([prefix + text[last[0] :]])[0], atol=1e-5)
    empty = embedder.encode_with_sentences([], [])
    assert empty[0].shape == (0, 384) and empty[1].shape == (0, 384)
