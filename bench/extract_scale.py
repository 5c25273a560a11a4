"""Bulk extraction at scale: documents/s and words/s for 1 worker, 2 workers and Dask local
(2 workers), with the peak memory (RSS) of each worker.

The corpus is synthetic: ``--docs`` (default 1,000) excerpts of about ``--words`` (default
500) words cut from the five bundled documents (mostly from the big cabinet pack, whose
excerpts are much shorter than the pack itself, to keep the run near ten minutes), each with
its council renamed, money figures rescaled and years shifted, and a numbered first line, so
no two files are identical. They are written to a temporary folder as .txt with a manifest.

    .venv/bin/python bench/extract_scale.py [--docs 1000] [--words 500] [--keep DIR]

Targets: 2 workers >= 1.7x one worker; Dask local within 15% of the process pool; peak
memory per worker <= 1.5 GB. Throughput is counted from the first finished document to the
last (steady state; worker start-up and model loading are shown separately).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from councilsearch.config import available_cpus  # noqa: E402
from councilsearch.ingest.manifest import load_manifest  # noqa: E402
from councilsearch.jobs.run import JobStats, run_extract  # noqa: E402

PLACES = [
    "Rutland", "Derby", "Nottingham", "Lincoln", "Northampton", "Coventry", "Warwick", "Stafford", "Worcester",
    "Hereford", "Shrewsbury", "Chester", "Lancaster", "Durham", "Carlisle", "Norwich", "Ipswich", "Bedford",
    "Cambridge", "Oxford", "Reading", "Exeter", "Truro", "Taunton", "Gloucester", "Swindon", "Bristol",
    "Plymouth", "Dorset", "Kent",
]
_MONEY = re.compile(r"£(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(bn|m|k)?\b")
_YEARS = re.compile(r"\b(20[0-3]\d)/(\d\d)\b|\b(20[0-3]\d)\b")


def excerpts(text: str, words: int) -> list[str]:
    """Cut ``text`` into pieces of about ``words`` words at line boundaries."""
    out, cur, n = [], [], 0
    for line in text.splitlines():
        cur.append(line)
        n += len(line.split())
        if (n >= words and not line.strip()) or n >= words * 1.6:
            out.append("\n".join(cur).strip() + "\n")
            cur, n = [], 0
    if n >= words // 3:
        out.append("\n".join(cur).strip() + "\n")
    return [e for e in out if len(e.split()) >= words // 3]


def vary(text: str, rng: random.Random, place: str, shift: int) -> str:
    factor = rng.uniform(0.5, 1.6)
    text = (text.replace("North West Leicestershire", f"North {place}")
            .replace("Leicestershire", f"{place}shire").replace("Leicester", place))

    def money(m: re.Match[str]) -> str:
        value = float(m.group(1).replace(",", "")) * factor
        unit = m.group(2) or ""
        return f"£{value:,.1f}{unit}" if unit else f"£{value:,.0f}"

    def years(m: re.Match[str]) -> str:
        if m.group(1):
            y = int(m.group(1)) + shift
            return f"{y}/{(y + 1) % 100:02d}"
        return str(int(m.group(3)) + shift)

    return _YEARS.sub(years, _MONEY.sub(money, text))


def make_corpus(folder: Path, n_docs: int, words: int, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    manifest = load_manifest(ROOT / "corpus")
    pools = []
    for src in sorted((ROOT / "corpus").glob("*.txt")):
        pieces = excerpts(src.read_text(encoding="utf-8"), words)
        pools.append((src, manifest[src.name], pieces))
    rows, total_words = [], 0
    for i in range(n_docs):
        src, meta, pieces = pools[i % len(pools)] if i % 3 else pools[-2]  # a third from the cabinet pack
        piece = pieces[(i * 7919) % len(pieces)]
        place, shift = rng.choice(PLACES), rng.randint(-4, 4)
        body = vary(piece, rng, place, shift)
        text = f"Synthetic excerpt {i:04d} of {src.stem} ({place})\n\n{body}"
        name = f"doc-{i:04d}-{src.stem[:30]}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        total_words += len(text.split())
        date = meta.date or "2025-01-01"
        rows.append({
            "file": name, "title": f"{meta.title} [{i:04d}]".replace("Leicester", place),
            "council": meta.council.replace("North West Leicestershire", f"North {place}")
            .replace("Leicestershire", f"{place}shire").replace("Leicester", place),
            "doc_type": meta.doc_type, "date": f"{int(date[:4]) + shift}{date[4:]}", "source": "synthetic",
        })
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "title", "council", "doc_type", "date", "source"])
        w.writeheader()
        w.writerows(rows)
    return n_docs, total_words


def run(corpus: Path, out: Path, scheduler: str, workers: int) -> dict[str, float]:
    first: list[float] = []

    def progress(st: JobStats) -> None:
        if st.written and not first:
            first.append(st.seconds)
        if st.processed and st.processed % 100 == 0:
            print(f"    {st.processed}/{st.total} in {st.seconds:.0f} s", file=sys.stderr, flush=True)

    st = run_extract([corpus], out, scheduler=scheduler, workers=workers, progress=progress, overwrite=True)
    assert st.failed == 0, st.failures[:3]
    t_first = first[0] if first else 0.0
    steady = max(1e-9, st.seconds - t_first)
    per_doc_words = st.words / max(1, st.written)
    return {
        "docs": st.written, "rows": st.rows, "seconds": round(st.seconds, 1),
        "startup_s": round(t_first, 1),
        "docs_per_s": round((st.written - 1) / steady, 2),
        "words_per_s": round((st.words - per_doc_words) / steady),
        "docs_per_s_wall": round(st.written / st.seconds, 2),
        "workers_seen": len(st.worker_peak_rss),
        "peak_rss_per_worker_mb": round(max(st.worker_peak_rss.values(), default=0) / 1e6),
        "worker_cpu_ms_per_doc": round(1000 * st.worker_cpu_seconds / max(1, st.written), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus and outputs here and keep them")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="cs-extract-scale-"))
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    n, words = make_corpus(corpus, args.docs, args.words)
    print(f"synthetic corpus: {n} documents, {words:,} words ({words // n} per document) in {corpus}")
    print(f"cpus: {available_cpus()}, load average at start: {os.getloadavg()[0]:.1f}")
    results: dict[str, dict[str, float]] = {}
    try:
        for label, scheduler, workers in (
            ("1 worker", "processes", 1), ("2 workers", "processes", 2), ("dask local, 2 workers", "local", 2)
        ):
            print(f"  running {label} ...", file=sys.stderr, flush=True)
            results[label] = run(corpus, work / f"rows-{scheduler}-{workers}.jsonl", scheduler, workers)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'configuration':24s} {'docs/s':>8s} {'words/s':>9s} {'wall s':>7s} {'start-up s':>10s} "
          f"{'peak RSS/worker':>16s} {'worker CPU ms/doc':>18s}")
    for label, r in results.items():
        print(f"{label:24s} {r['docs_per_s']:8.2f} {r['words_per_s']:9,.0f} {r['seconds']:7.1f} "
              f"{r['startup_s']:10.1f} {r['peak_rss_per_worker_mb']:13,.0f} MB {r['worker_cpu_ms_per_doc']:18,.1f}")
    one, two, dask = results["1 worker"], results["2 workers"], results["dask local, 2 workers"]
    speedup = two["docs_per_s"] / one["docs_per_s"]
    dask_ratio = dask["docs_per_s"] / two["docs_per_s"]
    peak = max(r["peak_rss_per_worker_mb"] for r in results.values())
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"\n2 workers vs 1: {speedup:.2f}x (target >= 1.7x) {'OK' if speedup >= 1.7 else 'MISSED'}")
    print(f"dask local vs process pool: {dask_ratio:.2f} (target within 15%) {'OK' if dask_ratio >= 0.85 else 'MISSED'}")
    print(f"peak memory per worker: {peak:,.0f} MB (target <= 1,500 MB) {'OK' if peak <= 1500 else 'MISSED'}")
    print(f"peak memory of the driver process: {main_peak:,.0f} MB; driver CPU time: {time.process_time():.1f} s")
    # CPU per document does not depend on how busy the machine is: equal figures for 1 and 2
    # workers mean the work divides cleanly, whatever the wall clock says on a shared machine.
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    print(json.dumps({"docs": n, "words": words, "results": results, "speedup_2v1": round(speedup, 3),
                      "dask_vs_pool": round(dask_ratio, 3)}))


if __name__ == "__main__":
    main()
