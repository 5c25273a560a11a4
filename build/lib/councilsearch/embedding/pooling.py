"""From token embeddings to passage and sentence vectors, for every embedding backend.

A sentence-transformers model such as all-MiniLM-L6-v2 makes a text's vector as the mean of
its token embeddings under the attention mask, then an L2 norm. Whatever runs the model (torch
fp32 in ``councilsearch.index.embed``, the int8 export in ``councilsearch.embedding.int8``),
the steps around it are the same and live here:

- ``load_tokenizer``: a ``tokenizers.Tokenizer`` that neither pads nor truncates other than at
  the model's ``max_seq_length``;
- ``sorted_batches`` and ``pad_batch``: texts longest first, each batch padded only to its
  longest text, and a batch ends before a text much shorter than that;
- ``mean_pool`` and ``normalise``;
- ``pool_with_sentences``: passage vectors and, from the same forward pass, one vector per
  sentence (the mean of the token embeddings of the tokens overlapping the sentence's span,
  found through the tokenizer's character offsets, and optionally of a prefix such as the
  document and section context), so sentence vectors cost no second pass over the text;
- ``SentencePooling``: ``encode_with_sentences`` on top of those, the one both embedders use.

Numpy only: nothing here imports torch (``tokenizers`` is imported by ``load_tokenizer``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np

Span = tuple[int, int]
Batch = tuple[np.ndarray, np.ndarray, np.ndarray]
"""One model batch: the rows (positions in the input) it holds, their token embeddings
``(n, L, d)`` float32 and their attention mask ``(n, L)``."""


def load_tokenizer(tokenizer_json: bytes | str, max_length: int) -> Any:
    """A ``tokenizers.Tokenizer`` from ``tokenizer.json`` that neither pads nor truncates other
    than at ``max_length`` tokens (the packaged file pads to 128 and truncates at 128). Never
    changed after this, so it is safe to share between threads."""
    from tokenizers import Tokenizer

    text = tokenizer_json.decode("utf-8") if isinstance(tokenizer_json, bytes) else tokenizer_json
    tok = Tokenizer.from_str(text)
    tok.no_padding()
    tok.enable_truncation(max_length=max_length)
    return tok


def mean_pool(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Masked mean over the sequence axis of ``tokens (n, L, d)``, then L2 norm: ``(n, d)``."""
    m = mask.astype(np.float32)[:, :, None]
    summed = (tokens * m).sum(axis=1)
    vecs = summed / np.maximum(m.sum(axis=1), 1e-9)
    return normalise(vecs)


def normalise(vecs: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (a zero row stays zero), C-contiguous float32."""
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return np.ascontiguousarray(vecs / np.maximum(norms, 1e-12), dtype=np.float32)


def pad_batch(encodings: Sequence[Any], multiple: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """``input_ids`` and ``attention_mask`` (int64) padded with zeros to the longest, rounded
    up to a multiple of ``multiple`` tokens (padding under a zero mask changes no vector)."""
    width = max(len(e.ids) for e in encodings)
    width = -(-width // multiple) * multiple
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros((len(encodings), width), dtype=np.int64)
    for i, e in enumerate(encodings):
        ids[i, : len(e.ids)] = e.ids
        mask[i, : len(e.ids)] = 1
    return ids, mask


BATCH_FILL = 0.75
"""A batch (longest text first) ends early at a text shorter than this share of its padded
width, so a short text is not padded to a long one's length (and computed over it: the model's
cost grows with the padded width). Padding under a zero mask changes no vector. Measured on the
two bundled corpora's embedding texts, batches of 16 padded to a multiple of 16 tokens: padded
tokens fed 167,248 -> 154,160 for 143,234 real (documents of a few passages gain most: one
longest passage no longer pads all the others), 4-8% less CPU for the int8 model."""


def sorted_batches(
    encodings: Sequence[Any], batch_size: int, pad_multiple: int = 1
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(rows, input_ids, attention_mask)`` per batch of at most ``batch_size`` encodings,
    longest first (the first, slowest batch shows a memory problem early, and every batch pads
    to a similar length), each padded to a multiple of ``pad_multiple`` tokens; a batch ends
    early at an encoding shorter than ``BATCH_FILL`` of its padded width. ``rows`` are
    positions in ``encodings``."""
    lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
    order = np.argsort(-lengths, kind="stable")
    start = 0
    while start < len(order):
        width = -(-int(lengths[order[start]]) // pad_multiple) * pad_multiple
        end = start + 1
        while end < len(order) and end - start < batch_size and lengths[order[end]] >= BATCH_FILL * width:
            end += 1
        rows = order[start:end]
        ids, mask = pad_batch([encodings[i] for i in rows], pad_multiple)
        yield rows, ids, mask
        start = end


def span_membership(encoding: Any, spans: Sequence[Span], prefix_chars: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Which tokens of ``encoding`` each span pools: ``(member, own)``. ``member`` is
    ``(len(spans), n_tokens)`` float32, 1 where a non-special token overlaps the span or lies
    in the first ``prefix_chars`` characters; ``own`` counts each span's overlapping tokens
    (the prefix not counted: a span with none was cut off by truncation, or is blank)."""
    offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
    real = np.asarray(encoding.special_tokens_mask, dtype=np.int64) == 0
    tok_start, tok_end = offsets[:, 0], offsets[:, 1]
    span_arr = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    overlap = (tok_start[None, :] < span_arr[:, 1:2]) & (tok_end[None, :] > span_arr[:, 0:1]) & real[None, :]
    member = overlap
    if prefix_chars > 0:
        member = member | ((tok_start < prefix_chars) & real)[None, :]
    return member.astype(np.float32), overlap.sum(axis=1)


_BLAS: Any = None  # threadpoolctl's controller of the BLAS libraries numpy loaded; False: none


def one_blas_thread() -> AbstractContextManager[Any]:
    """numpy's BLAS held to one thread while in the block (threadpoolctl; a no-op without it).

    A passage's sentence sums are one small product, ``member (k, n) @ tokens (n, d)``, and
    numpy's threaded BLAS wakes a thread per core for each of them; those threads spin
    between calls, taking the cores from the model's own threads and from the ingest workers.
    Measured on 700 passages of the bundled corpus on 2 busy cores, CPU seconds for their
    products: 0.67-0.79 s with BLAS's threads, 0.05-0.06 s with one (ingest's main process
    spent about 0.005 CPU s/page there). One thread computes each product the same way: the
    same vectors, bit for bit (a test holds it)."""
    global _BLAS
    if _BLAS is None:
        try:
            from threadpoolctl import ThreadpoolController

            _BLAS = ThreadpoolController()
        except Exception:  # not installed, or it cannot read the libraries: BLAS as it is
            _BLAS = False
    return _BLAS.limit(limits=1, user_api="blas") if _BLAS else nullcontext()


def check_texts(texts: Any, who: str) -> list[str]:
    """``texts`` as a list of strings, else ``TypeError`` (a lone string would otherwise be
    embedded character by character)."""
    if isinstance(texts, str):
        raise TypeError(f"{who} takes a list of strings; use encode_query for one string")
    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"{who} takes strings, got {type(t).__name__}")
    return texts


@dataclass(frozen=True)
class SentenceRequest:
    """Checked arguments of ``encode_with_sentences``: per text its spans and prefix length."""

    texts: list[str]
    spans: list[list[Span]]
    prefixes: list[int]

    @property
    def n_sentences(self) -> int:
        return sum(len(s) for s in self.spans)


def check_sentence_request(
    texts: list[str], sentence_spans: Any, prefix_chars: Any = None, *, who: str = "encode_with_sentences"
) -> SentenceRequest:
    """``encode_with_sentences``'s arguments checked: one list of ``(start, end)`` spans per
    text, with ``0 <= start <= end <= len(text)``, and (when given) one prefix length per
    text within it. Raises ``TypeError`` or ``ValueError`` naming what is wrong."""
    if isinstance(sentence_spans, (str, bytes)) or not isinstance(sentence_spans, Sequence):
        raise TypeError(f"{who} takes a list of sentence spans per text")
    if len(sentence_spans) != len(texts):
        raise ValueError(f"{who} needs one list of sentence spans per text ({len(texts)} texts, {len(sentence_spans)} lists)")
    if prefix_chars is None:
        prefixes = [0] * len(texts)
    else:
        if isinstance(prefix_chars, (str, bytes)) or not isinstance(prefix_chars, Sequence):
            raise TypeError(f"{who}: prefix_chars is a list of character counts, one per text")
        if len(prefix_chars) != len(texts):
            raise ValueError(f"{who}: prefix_chars needs one value per text ({len(texts)} texts, {len(prefix_chars)} values)")
        prefixes = [_whole(p, f"prefix_chars[{i}]", who) for i, p in enumerate(prefix_chars)]
    spans: list[list[Span]] = []
    for i, (text, mine) in enumerate(zip(texts, sentence_spans, strict=True)):
        if not 0 <= prefixes[i] <= len(text):
            raise ValueError(f"{who}: prefix_chars[{i}] = {prefixes[i]} is outside text {i} ({len(text)} characters)")
        if isinstance(mine, (str, bytes)) or not isinstance(mine, Sequence):
            raise TypeError(f"{who}: sentence_spans[{i}] is not a list of (start, end) pairs")
        checked: list[Span] = []
        for span in mine:
            if isinstance(span, (str, bytes)) or not isinstance(span, Sequence):
                raise TypeError(f"{who}: sentence_spans[{i}] holds {span!r}, not a (start, end) pair")
            if len(span) != 2:
                raise ValueError(f"{who}: sentence_spans[{i}] holds {span!r}, not a (start, end) pair")
            a, b = _whole(span[0], "a span start", who), _whole(span[1], "a span end", who)
            if not 0 <= a <= b <= len(text):
                raise ValueError(f"{who}: span ({a}, {b}) is outside text {i} ({len(text)} characters)")
            checked.append((a, b))
        spans.append(checked)
    return SentenceRequest(texts, spans, prefixes)


def _whole(value: Any, what: str, who: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{who}: {what} must be a whole number, got {type(value).__name__}")
    return int(value)


def pool_with_sentences(
    request: SentenceRequest,
    encodings: Sequence[Any],
    batches: Iterable[Batch],
    dimension: int,
    encode: Callable[[list[str]], np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Passage and sentence vectors from the model's batches over ``request.texts``
    (``encodings`` are their tokenizations, ``batches`` the model's output, each row once).

    Returns ``(passages, sentences)``: ``passages[i]`` the mean pool of text ``i``;
    ``sentences`` ``(request.n_sentences, dimension)``, in the order of the texts then of
    their spans, each the normalised mean of the token embeddings of the tokens overlapping
    its span together with those in the text's prefix. A span with no token of its own in the
    pass (past the truncation, or blank) is embedded by ``encode`` instead, as the prefix
    followed by the span's text."""
    starts = np.cumsum([0] + [len(s) for s in request.spans])
    passages = np.empty((len(request.texts), dimension), dtype=np.float32)
    sentences = np.empty((int(starts[-1]), dimension), dtype=np.float32)
    orphans: list[int] = []  # sentence rows with no token of their own in their passage's pass
    alone: list[str] = []
    for rows, tokens, mask in batches:
        passages[rows] = mean_pool(tokens, mask)
        with one_blas_thread():
            for j, i in enumerate(rows):
                spans = request.spans[i]
                if not spans:
                    continue
                member, own = span_membership(encodings[i], spans, request.prefixes[i])
                counts = member.sum(axis=1)
                sums = member @ tokens[j, : member.shape[1]]
                base = int(starts[i])
                sentences[base : base + len(spans)] = normalise(sums / np.maximum(counts, 1.0)[:, None])
                text, prefix = request.texts[i], request.prefixes[i]
                for k in np.flatnonzero(own == 0):
                    a, b = spans[int(k)]
                    orphans.append(base + int(k))
                    alone.append(text[:prefix] + text[a:b])
    if orphans:
        sentences[orphans] = encode(alone)
    return passages, sentences


class SentencePooling:
    """``encode_with_sentences``, the same for every embedder: a subclass gives ``dimension``,
    ``encode``, its tokenizer (``_tokenizer``, from ``load_tokenizer``) and the model's token
    embeddings batch by batch (``_token_batches``)."""

    @property
    def dimension(self) -> int:
        raise NotImplementedError

    def encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _tokenizer(self) -> Any:
        raise NotImplementedError

    def _token_batches(self, encodings: list[Any]) -> Iterator[Batch]:
        """The model's batches over ``encodings``: ``(rows, tokens, mask)``, each row once."""
        raise NotImplementedError

    def encode_with_sentences(
        self,
        texts: list[str],
        sentence_spans: Sequence[Sequence[Span]],
        *,
        prefix_chars: Sequence[int] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Passage vectors and sentence vectors from one model pass per passage.

        ``sentence_spans[i]`` lists ``(start, end)`` character spans in ``texts[i]``. Returns
        ``(passages, sentences)``: ``passages`` as ``encode(texts)`` (the mean of the token
        embeddings under the attention mask, truncated at ``max_seq_length`` tokens,
        L2-normalised); ``sentences`` float32 ``(total spans, dimension)``, L2-normalised, in
        the order of ``texts`` then of their spans. A sentence vector is the mean of the token
        embeddings (from the passage's pass) of the tokens overlapping its span; with
        ``prefix_chars[i]``, the tokens of ``texts[i][:prefix_chars[i]]`` (e.g. the document
        and section context) join every sentence's mean. A span with no token of its own in
        the pass (cut off by truncation, or blank) is embedded on its own instead (after the
        prefix, when there is one). See ``pool_with_sentences``.
        """
        who = f"{type(self).__name__}.encode_with_sentences"
        texts = check_texts(texts, who)
        request = check_sentence_request(texts, sentence_spans, prefix_chars, who=who)
        encodings = self._tokenizer().encode_batch(texts) if texts else []
        return pool_with_sentences(request, encodings, self._token_batches(encodings), self.dimension, self.encode)
