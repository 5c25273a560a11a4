"""Ingest benchmark: our PDF parse (+ sections + passages) against pypdf's own extract_text().

Usage::

    .venv/bin/python bench/ingest.py [PDF] [--repeat N]

Prints, for the PDF (default: the 135-page Leicestershire cabinet pack in tests/data/pdf):
pypdf's plain ``extract_text()`` time over all pages, our time, pages per second, and the
ratio ours / pypdf. "Ours" is ``parse_bytes`` (the PDF parser: one visitor pass per page plus
line, table, header/footer and paragraph rebuilding) followed by ``split_sections`` and
``make_passages`` when those modules exist; otherwise parse only, and the output says so.
Each run opens a fresh ``PdfReader`` (pypdf caches parsed content streams on the page
objects); the two are interleaved and the best of N runs of each is reported, in wall-clock
and in CPU time (the fairer figure on a machine shared with other work).

Because both totals are dominated by pypdf's own content-stream parsing, their ratio is
noisy on a busy machine. So the bench also times our own work alone: pypdf's visitor calls
are recorded once, then replayed into our line collector, followed by the layout pass
(lines, tables, headers/footers, paragraphs) and sections + passages. That cost, as a share
of pypdf's plain extraction, is the overhead our pipeline adds.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PDF = ROOT / "tests" / "data" / "pdf" / "leicestershire-county-cabinet-2026-05-26.pdf"


def pypdf_plain(data: bytes) -> tuple[float, float, int]:
    """(wall s, CPU s, characters) for pypdf's plain extract_text() over every page."""
    from pypdf import PdfReader

    t0, c0 = time.perf_counter(), time.process_time()
    reader = PdfReader(io.BytesIO(data))
    n = 0
    for page in reader.pages:
        n += len(page.extract_text())
    return time.perf_counter() - t0, time.process_time() - c0, n


def ours(data: bytes, name: str, with_sections: bool) -> tuple[float, float, int, int, int]:
    """(wall s, CPU s, characters, sections, passages) for our pipeline."""
    from councilsearch.ingest.parse import parse_bytes

    t0, c0 = time.perf_counter(), time.process_time()
    doc = parse_bytes(data, name)
    n_sections = n_passages = 0
    if with_sections:
        from councilsearch.ingest.passages import make_passages
        from councilsearch.ingest.sections import split_sections

        sections = split_sections(doc)
        passages = make_passages(doc, sections)
        n_sections, n_passages = len(sections), len(passages)
    return time.perf_counter() - t0, time.process_time() - c0, len(doc.text), n_sections, n_passages


def own_work(data: bytes, name: str, with_sections: bool, repeat: int) -> tuple[float, float, float]:
    """Best CPU seconds of (visitor replay, layout, sections + passages)."""
    from pypdf import PdfReader

    from councilsearch.ingest.parse import parse_bytes
    from councilsearch.ingest.pdf.parse import layout
    from councilsearch.ingest.pdf.runs import collect

    calls: list[list[tuple[object, ...]]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        rec: list[tuple[object, ...]] = []
        page.extract_text(visitor_text=lambda *a, rec=rec: rec.append((a[0], list(a[1]), list(a[2]), a[3], a[4])))
        calls.append(rec)
    doc = parse_bytes(data, name)
    best = [float("inf")] * 3
    for _ in range(repeat):
        c0 = time.process_time()
        fonts: dict = {}
        pages, glyphy = [], []
        for i, rec in enumerate(calls):
            state, visitor = collect(i, fonts)
            for args in rec:
                visitor(*args)
            pages.append(state.lines)
            glyphy.append(state.glyph_by_glyph)
        c1 = time.process_time()
        layout(pages, glyphy)
        c2 = time.process_time()
        if with_sections:
            from councilsearch.ingest.passages import make_passages
            from councilsearch.ingest.sections import split_sections

            make_passages(doc, split_sections(doc))
        c3 = time.process_time()
        for k, v in enumerate((c1 - c0, c2 - c1, c3 - c2)):
            best[k] = min(best[k], v)
    return best[0], best[1], best[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", default=str(DEFAULT_PDF))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    path = Path(args.pdf)
    data = path.read_bytes()
    from pypdf import PdfReader

    n_pages = len(PdfReader(io.BytesIO(data)).pages)
    with_sections = all(
        importlib.util.find_spec(m) is not None
        for m in ("councilsearch.ingest.sections", "councilsearch.ingest.passages")
    )
    what = "parse + sections + passages" if with_sections else "parse only (sections/passages not found)"

    # warm-up: imports, regex compilation
    ours(data, path.name, with_sections)
    base_wall: list[float] = []
    base_cpu: list[float] = []
    our_wall: list[float] = []
    our_cpu: list[float] = []
    stats: tuple[int, int, int] = (0, 0, 0)
    for _ in range(max(1, args.repeat)):
        w, c, _chars = pypdf_plain(data)
        base_wall.append(w)
        base_cpu.append(c)
        w, c, n_chars, n_sec, n_pas = ours(data, path.name, with_sections)
        our_wall.append(w)
        our_cpu.append(c)
        stats = (n_chars, n_sec, n_pas)

    own = own_work(data, path.name, with_sections, max(1, args.repeat))

    med = statistics.median
    print(f"file: {path.name} ({n_pages} pages, {len(data) / 1e6:.2f} MB)")
    print(f"runs: {len(base_wall)} of each, interleaved; best shown, median in brackets")
    for label, base, mine in (("wall", base_wall, our_wall), ("cpu", base_cpu, our_cpu)):
        b, m = min(base), min(mine)
        print(
            f"[{label}] pypdf extract_text(): {b:.2f} s ({med(base):.2f})  {n_pages / b:.1f} pages/s | "
            f"ours: {m:.2f} s ({med(mine):.2f})  {n_pages / m:.1f} pages/s | "
            f"ratio ours/pypdf {m / b:.3f} (median {med(mine) / med(base):.3f})"
        )
    print(f"ours = {what}")
    visit, lay, sec = own
    total = visit + lay + sec
    b = min(base_cpu)
    print(
        f"our own work (replayed, CPU, best): visitor {visit:.3f} s + layout {lay:.3f} s"
        + (f" + sections/passages {sec:.3f} s" if with_sections else "")
        + f" = {total:.3f} s = {100 * total / b:.1f}% of pypdf extract_text() ({b:.2f} s)"
    )
    n_chars, n_sec, n_pas = stats
    extra = f", {n_sec} sections, {n_pas} passages" if with_sections else ""
    print(f"output: {n_chars} characters{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
