"""Calibration text for static int8 quantisation, taken from the bundled ``corpus/*.txt``.

A static quantiser fixes each activation's int8 range from sample inputs, so the samples
should look like what is embedded: passages of council papers (120–200 words, as ingest
makes them) and some short texts (a sentence, as queries and sentence units are). The same
files always give the same samples in the same order; the manifest records each file's
sha256 and the digest of the samples themselves.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from councilsearch.embedding.cache import digest_of, sha256_bytes

CALIBRATION_ENV = "COUNCILSEARCH_CALIBRATION_DIR"
CALIBRATION_SAMPLES = 300
PASSAGE_WORDS = (120, 200)
SHORT_EVERY = 5
"""Every fifth sample is the first sentence of a passage chunk instead of the whole chunk."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])")


@dataclass(frozen=True)
class Calibration:
    texts: list[str]
    files: dict[str, str]  # file name -> sha256 of its bytes
    samples_digest: str


def corpus_files(folder: Path | None) -> dict[str, str] | None:
    """Each ``folder/*.txt``'s sha256 (None when there is no folder or no file)."""
    if folder is None:
        return None
    files = {p.name: sha256_bytes(p.read_bytes()) for p in sorted(folder.glob("*.txt"))}
    return files or None


def calibration_recipe(files: dict[str, str]) -> dict[str, object]:
    """What the export recipe records about the calibration set: the source files' digests
    and the sampling settings (which, with the files, decide the samples)."""
    return {
        "source": "corpus/*.txt",
        "files": dict(sorted(files.items())),
        "files_digest": digest_of(files),
        "samples": CALIBRATION_SAMPLES,
        "passage_words": list(PASSAGE_WORDS),
        "short_every": SHORT_EVERY,
    }


def default_corpus_dir() -> Path | None:
    """``$COUNCILSEARCH_CALIBRATION_DIR``, else the repository's ``corpus/`` beside the
    package (an editable install, as ``make install`` makes); None when there is none."""
    env = os.environ.get(CALIBRATION_ENV)
    if env:
        p = Path(env).expanduser()
        return p if p.is_dir() else None
    p = Path(__file__).resolve().parents[2] / "corpus"
    return p if p.is_dir() and any(p.glob("*.txt")) else None


def passage_chunks(text: str, min_words: int = PASSAGE_WORDS[0], max_words: int = PASSAGE_WORDS[1]) -> list[str]:
    """Split ``text`` into passage-sized chunks: paragraphs (blank-line separated, inner
    whitespace collapsed) joined until a chunk holds ``min_words``; a paragraph longer than
    ``max_words`` is cut into windows of ``max_words``."""
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for para in re.split(r"\n\s*\n", text):
        words = para.split()
        if not words:
            continue
        for k in range(0, len(words), max_words):
            piece = words[k : k + max_words]
            if count and count + len(piece) > max_words:
                chunks.append(" ".join(current))
                current, count = [], 0
            current.extend(piece)
            count += len(piece)
            if count >= min_words:
                chunks.append(" ".join(current))
                current, count = [], 0
    if count >= min_words // 2:
        chunks.append(" ".join(current))
    return chunks


def first_sentence(chunk: str) -> str:
    return _SENTENCE_END.split(chunk, maxsplit=1)[0]


def evenly(items: list[str], n: int) -> list[str]:
    """``n`` items spread evenly over ``items`` (all of them when there are fewer)."""
    if len(items) <= n:
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def corpus_chunks(folder: Path) -> tuple[list[str], dict[str, str]]:
    """Every passage chunk of ``folder/*.txt`` (files in name order) and each file's sha256."""
    chunks: list[str] = []
    files: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        files[path.name] = sha256_bytes(data)
        chunks.extend(passage_chunks(data.decode("utf-8", errors="replace")))
    return chunks, files


def load_calibration(folder: Path | None = None, samples: int = CALIBRATION_SAMPLES) -> Calibration | None:
    """The calibration set from ``folder`` (default: ``default_corpus_dir()``), or None when
    there is no corpus to calibrate on."""
    folder = folder or default_corpus_dir()
    if folder is None:
        return None
    chunks, files = corpus_chunks(folder)
    if not chunks:
        return None
    picked = evenly(chunks, samples)
    texts = [first_sentence(c) if i % SHORT_EVERY == SHORT_EVERY - 1 else c for i, c in enumerate(picked)]
    return Calibration(texts, files, sha256_bytes("\x1e".join(texts).encode("utf-8")))
