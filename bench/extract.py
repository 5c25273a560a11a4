"""Extraction speed over the whole corpus: words per second for entities.v2, figures.v2 (when
``councilsearch.extract.figures.extract_figures`` is importable) and the two together.

    .venv/bin/python bench/extract.py [--repeat 3] [--corpus corpus]

Models are loaded and warmed up before timing. Each number is the best of ``--repeat`` runs,
reported twice: wall-clock (what a user waits) and process CPU time (steadier when other jobs
share the machine). Words are whitespace-separated tokens of the canonical text.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _time(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return best_wall, best_cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {words:,} words, {sum(map(len, texts)):,} characters")

    from councilsearch.extract.entities import EXTRACTOR as ENT
    from councilsearch.extract.entities import extract_entities, get_nlp

    get_nlp()
    extract_entities(texts[0][:2000])  # warm-up
    runs: dict[str, Callable[[], object]] = {ENT: lambda: [extract_entities(t) for t in texts]}

    figures: Callable[[str], object] | None = None
    try:
        from councilsearch.extract.figures import EXTRACTOR as FIG
        from councilsearch.extract.figures import extract_figures
    except ImportError as exc:
        print(f"figures.v2 not available ({exc}); timing entities only")
    else:
        figures = extract_figures
        figures(texts[0][:2000])  # warm-up (loads its model, if any)
        runs[FIG] = lambda: [extract_figures(t) for t in texts]
        runs[f"{FIG} + {ENT}"] = lambda: [(extract_figures(t), extract_entities(t)) for t in texts]

    for name, fn in runs.items():
        wall, cpu = _time(fn, args.repeat)
        print(
            f"{name:<28} {words / wall:>9,.0f} words/s wall  {words / cpu:>9,.0f} words/s cpu  ({wall:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
