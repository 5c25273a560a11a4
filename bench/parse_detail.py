"""Our PDF parse against pypdf on one PDF: our parse (+ sections + passages) against pypdf's
plain ``extract_text()``, and our own work alone (pypdf's visitor calls recorded once and
replayed into our line collector, then our layout, sections and passages), in wall-clock and
CPU time, with the ratio ours / pypdf.

    .venv/bin/python bench/parse_detail.py [PDF] [--repeat 3]   # default: the cabinet pack
    .venv/bin/python bench/ingest.py --parse-detail [PDF]        # the same, after the ingest bench
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PDF_DIR = ROOT / "tests" / "data" / "pdf"
DEFAULT_PDF = PDF_DIR / "leicestershire-county-cabinet-2026-05-26.pdf"


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


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
    from councilsearch.ingest.pdf.content import fast_content_streams
    from councilsearch.ingest.pdf.parse import layout
    from councilsearch.ingest.pdf.runs import collect

    # per page, pypdf's calls of the three visitors in order: (0 text | 1 operand before |
    # 2 operand after, arguments), the matrices copied (pypdf may reuse them)
    calls: list[list[tuple[int, tuple[Any, ...]]]] = []
    with fast_content_streams():
        for page in PdfReader(io.BytesIO(data)).pages:
            rec: list[tuple[int, tuple[Any, ...]]] = []
            page.extract_text(
                visitor_text=lambda *a, rec=rec: rec.append((0, (a[0], list(a[1]), list(a[2]), a[3], a[4]))),
                visitor_operand_before=lambda *a, rec=rec: rec.append((1, (a[0], a[1], list(a[2]), list(a[3])))),
                visitor_operand_after=lambda *a, rec=rec: rec.append((2, (a[0], a[1], list(a[2]), list(a[3])))),
            )
            calls.append(rec)
    doc = parse_bytes(data, name)
    best = [float("inf")] * 3
    for _ in range(repeat):
        c0 = time.process_time()
        fonts: dict = {}
        pages, glyphy = [], []
        for i, rec in enumerate(calls):
            state, visitors = collect(i, fonts)
            replay = (visitors.text, visitors.operand_before, visitors.operand_after)
            for which, args in rec:
                replay[which](*args)
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


def parse_detail(path: Path, repeat: int) -> None:
    """Our parse (+ sections + passages) against pypdf's plain extract_text() on one PDF, and
    our own work alone (pypdf's visitor calls recorded once and replayed): interleaved runs,
    best shown, median in brackets, in wall-clock and CPU time."""
    import statistics

    data = path.read_bytes()
    n_pages = page_count(data)
    with_sections = all(
        importlib.util.find_spec(m) is not None
        for m in ("councilsearch.ingest.sections", "councilsearch.ingest.passages")
    )
    what = "parse + sections + passages" if with_sections else "parse only (sections/passages not found)"
    ours(data, path.name, with_sections)  # warm-up: imports, regex compilation
    base_wall: list[float] = []
    base_cpu: list[float] = []
    our_wall: list[float] = []
    our_cpu: list[float] = []
    stats: tuple[int, int, int] = (0, 0, 0)
    for _ in range(max(1, repeat)):
        w, c, _chars = pypdf_plain(data)
        base_wall.append(w)
        base_cpu.append(c)
        w, c, n_chars, n_sec, n_pas = ours(data, path.name, with_sections)
        our_wall.append(w)
        our_cpu.append(c)
        stats = (n_chars, n_sec, n_pas)
    own = own_work(data, path.name, with_sections, max(1, repeat))
    med = statistics.median
    print(f"\nparse detail: {path.name} ({n_pages} pages, {len(data) / 1e6:.2f} MB), {len(base_wall)} runs of each")
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdf", nargs="?", type=Path, default=DEFAULT_PDF)
    ap.add_argument("--repeat", type=int, default=3, help="interleaved runs of each (best shown, median in brackets)")
    args = ap.parse_args(argv)
    parse_detail(args.pdf, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
