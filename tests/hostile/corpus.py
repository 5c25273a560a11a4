"""Small, real documents for the reliability tests: excerpts cut from the bundled corpus.

Each excerpt is a run of whole lines of one corpus text (about ``size`` characters), so the
sectioner, extractors and embedder see real council prose, but one ingest takes well under a
second. ``variant(text, n)`` changes a document (a new sentence) so it gets a new id."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CORPUS, FINANCE, IDEA, NWL, PRODUCTIVITY

SOURCES = (FINANCE, NWL, PRODUCTIVITY, IDEA)


def excerpts(n: int, size: int = 2500) -> list[tuple[str, str]]:
    """``n`` excerpts as (file name, text), taken in turn from the small corpus documents."""
    pools: list[list[str]] = []
    for stem in SOURCES:
        lines = [ln for ln in (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
        chunks: list[str] = []
        cur: list[str] = []
        for ln in lines:
            cur.append(ln)
            if sum(len(x) + 1 for x in cur) >= size:
                chunks.append("\n".join(cur) + "\n")
                cur = []
        pools.append(chunks)
    out: list[tuple[str, str]] = []
    k = 0
    while len(out) < n:
        pool = pools[k % len(pools)]
        i = k // len(pools)
        if i < len(pool):
            stem = SOURCES[k % len(pools)]
            out.append((f"excerpt-{len(out):02d}-{stem[:24]}.txt", pool[i]))
        k += 1
        if k > 10_000:
            raise ValueError(f"the corpus holds fewer than {n} excerpts of {size} characters")
    return out


def variant(text: str, n: int) -> str:
    """``text`` changed: a dated addendum paragraph, different for every ``n``."""
    return text + f"\nAddendum {n}: the committee noted a further £{n}.{n % 10}m of savings in 2026/27.\n"


def write_docs(folder: Path, docs: list[tuple[str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in docs:
        p = folder / name
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out
