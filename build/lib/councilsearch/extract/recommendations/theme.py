"""A recommendation's theme: the head noun phrase of its first clause, from spaCy's parse.

The phrase is the object of the main verb ("Prepare *a travel plan*"), else its
passive or active subject ("That *the revised strategy* be approved"), else the first noun
chunk; determiners and possessives are dropped and long chunks keep their last words (the
head is at the end of an English noun phrase). Generic nouns that name who acts rather than
what ("the council", "members", "this report") are passed over.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from councilsearch.extract.nlp import load_pipeline, pipeline_name

_MAX_CHARS = 300
_MAX_WORDS = 5
_ACTORS = frozenset({
    "council", "councils", "cabinet", "member", "members", "officer", "officers", "report", "authority",
    "committee", "we", "you", "they", "it", "this", "that", "which", "who", "director", "executive",
    "board", "team", "peers", "peer", "approach", "way", "steps", "step", "part", "view", "views", "comments",
})
_OBJECTS = ("dobj", "obj", "nsubjpass", "nsubj:pass", "attr", "pobj")
_SUBJECTS = ("nsubj",)


@functools.lru_cache(maxsize=2)
def _load(name: str) -> Any:
    return load_pipeline(("ner", "lemmatizer"), name)


def load_nlp(name: str | None = None) -> Any:
    """The spaCy pipeline for themes (tagger, attribute ruler and parser: noun chunks need
    coarse parts of speech), loaded once per process."""
    return _load(name or pipeline_name())


def _span_text(words: list[Any]) -> str:
    if not words:
        return ""
    doc = words[0].doc
    return doc.text[words[0].idx:words[-1].idx + len(words[-1])].strip(" -'\"")


def _phrase(chunk: Any) -> str:
    """The chunk without determiners (its last five words), with an "of"/"on"/"for" phrase
    after its head when the head alone says little ("pace of transformation")."""
    words = [t for t in chunk if t.dep_ not in ("det", "poss", "predet") and not t.is_punct and t.pos_ != "PRON"]
    words = words[-_MAX_WORDS:]
    if not words or chunk.root.like_num or len(chunk.root.text) < 3 or not any(t.is_alpha for t in words):
        return ""
    if len(words) == 1:
        for prep in chunk.root.children:
            if prep.dep_ == "prep" and prep.text.lower() in ("of", "on", "for"):
                tail = [t for t in prep.subtree if not t.is_punct][: _MAX_WORDS - 1]
                if tail and tail[-1].i - prep.i == len(tail) - 1:
                    return _span_text(words + tail)
    return _span_text(words)


def _theme_of(doc: Any) -> str:
    chunks = [c for c in doc.noun_chunks if c.root.text.lower() not in _ACTORS]
    for deps in (_OBJECTS[:4], _SUBJECTS, _OBJECTS[4:]):
        for c in chunks:
            if c.root.dep_ in deps and _phrase(c):
                return _phrase(c)
    for c in chunks:
        if _phrase(c):
            return _phrase(c)
    return ""


def themes(texts: Sequence[str], nlp: Any = None) -> list[str]:
    """The theme of each text (one parse of each first 300 characters, in one ``pipe``)."""
    if not texts:
        return []
    if nlp is None:
        nlp = load_nlp()
    heads = [" ".join(t[:_MAX_CHARS].split()) for t in texts]
    heads = [h[0].upper() + h[1:] if h else h for h in heads]
    return [_theme_of(d) for d in nlp.pipe(heads, batch_size=32)]
