"""Ingest benchmark: issue #15's ingest targets, measured in one run on the same files.

Usage::

    .venv/bin/python bench/ingest.py [--pages 1500] [--embedder int8|torch] [--rounds 1]
    .venv/bin/python bench/ingest.py --pages 100          # a quick check
    .venv/bin/python bench/ingest.py --parse-detail [PDF] # also: our parse against pypdf on one PDF
                                                          # (bench/parse_detail.py, which runs alone too)

The bundled PDFs (tests/data/pdf, the corpus's documents as PDFs) are copied into a temporary
folder until the copies hold at least ``--pages`` pages. Each copy is a distinct document to
the product: its own name (``c003-<name>.pdf``, so the document id, a slug of the name plus a
hash of the bytes, differs), its own bytes (a PDF comment naming the copy appended after the
final ``%%EOF``, which readers ignore) and its own title (a ``manifest.csv`` beside the copies
gives each the corpus manifest's title, council, type and date, the title suffixed with the
copy number), so no copy is skipped as unchanged and no two embed the same text. Then:

1. end-to-end ingest through ``Library.ingest_paths`` (what ``councilsearch ingest`` runs,
   model loading included) into a fresh data folder: pages/s and passages/s, with the peak
   resident memory of the process tree (this process plus every child, sampled every 0.2 s;
   the sum of RSS counts pages a forked worker shares with its parent twice, so it errs high),
   and the peak of each kind of process (main, ingest worker, forkserver, sandbox);
2. bare pypdf text extraction (``PdfReader(...).pages[i].extract_text()``) over the same files:
   pages/s;
3. over the passages that ingest stored, as the texts the product embeds for them
   (``Store.embedding_texts``: document context, section path, passage text): a bare
   ``SentenceTransformer.encode`` in fp32 (normalised, the product's batch size, as many torch
   threads as the product's bulk embedder uses) and our backend (``Library.embedder.encode``,
   the embedder ``--embedder`` selects), with, for reference, the int8 export run bare (one
   OpenVINO request, nothing of ours around the model but the pooling), interleaved
   ``--rounds`` times, best of each: passages/s, the CPU seconds of that run, and the cosine
   between bare fp32 and our vectors;
4. the ratios, and the targets with PASS or MISS: our embedding >= 3x bare fp32, ingest
   >= 9 pages/s (on at least 1,500 pages), peak resident memory of the ingest <= 2 GB.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
import io
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from parse_detail import DEFAULT_PDF, PDF_DIR, page_count, parse_detail  # noqa: E402  (bench/, beside this file)

from councilsearch.config import EMBEDDERS, Settings, available_cpus, load_settings  # noqa: E402

EMBED_RATIO_TARGET = 3.0
PAGES_PER_S_TARGET = 9.0
PAGES_FOR_TARGET = 1500
PEAK_RSS_TARGET = 2e9  # bytes (2 GB)


# -- the files ----------------------------------------------------------------------------------


def make_copies(folder: Path, pages: int) -> dict[str, int]:
    """Copies of the bundled PDFs in ``folder`` until they hold at least ``pages`` pages, with a
    ``manifest.csv`` for them; returns file name -> pages."""
    from councilsearch.ingest.manifest import MANIFEST_NAME, load_manifest

    corpus_meta = load_manifest(ROOT / "corpus")
    found = [(p, p.read_bytes()) for p in sorted(PDF_DIR.glob("*.pdf"))]
    if not found:
        raise SystemExit(f"no PDFs in {PDF_DIR}")
    # shortest first in each round of copies, so a small --pages is not one long pack
    by_pages = sorted(((page_count(data), p, data) for p, data in found), key=lambda t: (t[0], t[1].name))
    counts = [n for n, _, _ in by_pages]
    sources = [(p, data) for _, p, data in by_pages]
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, int] = {}
    rows = []
    total, k = 0, 0
    while total < pages:
        k += 1
        for (src, data), n in zip(sources, counts, strict=True):
            if total >= pages:
                break
            name = f"c{k:03d}-{src.name}"
            (folder / name).write_bytes(data + f"\n%councilsearch bench copy {k} of {src.name}\n".encode())
            out[name] = n
            total += n
            meta = corpus_meta.get(src.stem)
            if meta is not None:
                rows.append({"file": name, "title": f"{meta.title} (copy {k})", "council": meta.council,
                             "doc_type": meta.doc_type, "date": meta.date or "", "source": meta.source})
    with (folder / MANIFEST_NAME).open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "title", "council", "doc_type", "date", "source"])
        w.writeheader()
        w.writerows(rows)
    return out


# -- memory and CPU -----------------------------------------------------------------------------


class PeakMemory:
    """Samples the resident memory of this process and all its children (recursively) on a
    thread, every ``interval`` seconds, while in a ``with`` block."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_tree = self.peak_main = self.peak_children = 0
        self.max_children = 0
        self.by_pid: dict[int, tuple[int, str]] = {}  # pid -> (peak RSS, what it is)
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system) when last sampled
        self._cpu0 = 0.0  # this process's CPU seconds when the block began
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        me = psutil.Process()
        main = me.memory_info().rss
        children = 0
        kids = me.children(recursive=True)
        self._note(me.pid, main, "main")
        t = me.cpu_times()
        self.cpu[me.pid] = t.user + t.system - self._cpu0
        for c in kids:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                rss = c.memory_info().rss
                children += rss
                self._note(c.pid, rss, None, c)
                t = c.cpu_times()
                self.cpu[c.pid] = t.user + t.system
        self.peak_main = max(self.peak_main, main)
        self.peak_children = max(self.peak_children, children)
        self.peak_tree = max(self.peak_tree, main + children)
        self.max_children = max(self.max_children, len(kids))

    def _note(self, pid: int, rss: int, label: str | None, proc: psutil.Process | None = None) -> None:
        old = self.by_pid.get(pid)
        if old is None and proc is not None:
            cmd = " ".join(proc.cmdline())
            parent = proc.parent()
            parent_cmd = " ".join(parent.cmdline()) if parent is not None else ""
            label = ("sandbox" if "sandbox" in cmd else "ingest worker" if "forkserver" in parent_cmd
                     else "forkserver" if "forkserver" in cmd else "resource tracker" if "resource_tracker" in cmd
                     else proc.name())
        self.by_pid[pid] = (max(rss, old[0] if old else 0), (label or "?") if old is None else old[1])

    def by_kind(self) -> list[tuple[str, int, int]]:
        """(what, processes, largest peak RSS), largest first."""
        kinds: dict[str, list[int]] = {}
        for rss, label in self.by_pid.values():
            kinds.setdefault(label, []).append(rss)
        return sorted(((k, len(v), max(v)) for k, v in kinds.items()), key=lambda t: -t[2])

    def cpu_by_kind(self) -> dict[str, float]:
        """CPU seconds of the block by kind of process (main, ingest worker, sandbox ...), each
        process as last sampled (a process's last ``interval`` before it ended is missed)."""
        out: dict[str, float] = {}
        for pid, seconds in self.cpu.items():
            label = self.by_pid.get(pid, (0, "?"))[1]
            out[label] = out.get(label, 0.0) + seconds
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        t = psutil.Process().cpu_times()
        self._cpu0 = t.user + t.system
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def cpu_seconds() -> float:
    """User + system CPU of this process and its children that have been waited for."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def gb(n: float) -> str:
    return f"{n / 1e9:.2f} GB"


# -- the three measurements -------------------------------------------------------------------------


def make_settings(data_dir: Path, embedder: str | None) -> Settings:
    return load_settings(data_dir, embedder=embedder) if embedder else load_settings(data_dir)


def run_ingest(folder: Path, data_dir: Path, embedder: str | None, pages_of: dict[str, int],
               workers: int | None = None) -> dict[str, Any]:
    from councilsearch.index.library import Library, files_to_ingest

    files = files_to_ingest([folder])
    c0, t0 = cpu_seconds(), time.perf_counter()
    with PeakMemory() as mem:
        lib = Library(make_settings(data_dir, embedder))
        results = lib.ingest_paths(files, workers=workers)
        lib.close()
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    statuses = Counter(r.status for r in results)
    pages = sum(pages_of.get(Path(r.path).name, 0) for r in results if r.status in ("ingested", "replaced"))
    failed = [r for r in results if not r.ok]
    return {"files": len(files), "statuses": dict(statuses), "pages": pages, "wall": wall, "cpu": cpu,
            "failed": [(r.path, r.error) for r in failed], "mem": mem}


def run_pypdf(folder: Path, names: list[str]) -> tuple[float, int]:
    """(wall s, pages) of pypdf's plain extract_text() over every page of every file."""
    from pypdf import PdfReader

    t0, n = time.perf_counter(), 0
    for name in names:
        for page in PdfReader(io.BytesIO((folder / name).read_bytes())).pages:
            page.extract_text()
            n += 1
    return time.perf_counter() - t0, n


def embedding_texts(data_dir: Path) -> list[str]:
    from councilsearch.index.library import store_path
    from councilsearch.index.store import Store

    store = Store(store_path(data_dir))
    try:
        ids = sorted(store.unit_ids("passages"))
        by_id = store.embedding_texts(ids)
    finally:
        store.close()
    return [by_id[i] for i in ids if i in by_id]


def bare_openvino(threads: int, batch: int, streams: int = 1) -> Any:
    """The int8 export run as the issue measured it, with nothing of ours around the model: one
    OpenVINO request (LATENCY, ``threads`` threads), texts tokenised in one call, sorted by
    token count, each batch padded to its longest, mean pooling and L2 norm in numpy. With
    ``streams`` > 1: THROUGHPUT, that many streams sharing the threads, one batch in flight per
    stream (``AsyncInferQueue``), to show whether streams beat one request's threads here."""
    import openvino as ov

    from councilsearch.embedding.export import ensure_export
    from councilsearch.embedding.int8 import OPENVINO_PRECISION
    from councilsearch.embedding.pooling import load_tokenizer, mean_pool, sorted_batches

    export = ensure_export(None, "openvino-int8")
    tok = load_tokenizer(export.blobs["tokenizer.json"], int(export.manifest["max_seq_length"]))
    core = ov.Core()
    model = core.read_model(export.blobs["model.xml"].decode("utf-8"),
                            ov.Tensor(np.frombuffer(export.blobs["model.bin"], dtype=np.uint8).copy()))
    compiled = core.compile_model(model, "CPU", {
        "INFERENCE_NUM_THREADS": threads, "NUM_STREAMS": streams,
        "PERFORMANCE_HINT": "THROUGHPUT" if streams > 1 else "LATENCY",
        "ENABLE_CPU_PINNING": False, "INFERENCE_PRECISION_HINT": OPENVINO_PRECISION})
    request = compiled.create_infer_request()
    jobs = ov.AsyncInferQueue(compiled, streams) if streams > 1 else None

    def encode(texts: list[str]) -> np.ndarray:
        encodings = tok.encode_batch(texts)
        out = np.empty((len(texts), int(export.manifest["dimension"])), dtype=np.float32)
        if jobs is not None:
            def done(req: Any, rows_mask: Any) -> None:
                rows, mask = rows_mask
                out[rows] = mean_pool(np.array(req.get_output_tensor(0).data, dtype=np.float32, copy=True), mask)

            jobs.set_callback(done)
            for rows, ids, mask in sorted_batches(encodings, batch):
                jobs.start_async({"input_ids": ids, "attention_mask": mask}, (rows, mask))
            jobs.wait_all()
            return out
        for rows, ids, mask in sorted_batches(encodings, batch):
            request.infer({"input_ids": ids, "attention_mask": mask})
            out[rows] = mean_pool(np.array(request.get_output_tensor(0).data, dtype=np.float32, copy=True), mask)
        return out

    return encode


def run_embedding(texts: list[str], data_dir: Path, embedder: str | None, rounds: int) -> dict[str, Any]:
    """Best wall seconds (and the CPU seconds of that run) of bare SentenceTransformer fp32,
    bare OpenVINO int8 and our backend over ``texts``, interleaved."""
    from councilsearch.index.library import make_embedder

    settings = make_settings(data_dir, embedder)
    ours = make_embedder(settings)  # the process-wide instance the ingest used
    import torch
    from sentence_transformers import SentenceTransformer

    threads = int(getattr(ours, "threads", 0) or available_cpus())
    torch.set_num_threads(threads)
    st = SentenceTransformer(settings.resolved_model_path, device="cpu", local_files_only=True)
    batch = settings.embed_batch_size

    def bare() -> np.ndarray:
        return st.encode(texts, batch_size=batch, normalize_embeddings=True, convert_to_numpy=True,
                         show_progress_bar=False)

    runs: dict[str, Any] = {"bare": bare, "ours": lambda: ours.encode(texts)}
    if importlib.util.find_spec("openvino") is not None:
        bare_ov = bare_openvino(threads, batch)
        runs["bare_ov"] = lambda: bare_ov(texts)
        bare_ov(texts[:batch * 2])
        if threads > 1:
            bare_ov_streams = bare_openvino(threads, batch, streams=threads)
            runs["bare_ov_streams"] = lambda: bare_ov_streams(texts)
            bare_ov_streams(texts[:batch * 2])
    st.encode(texts[:batch * 2], batch_size=batch, show_progress_bar=False)
    ours.encode(texts[:batch * 2])
    best = {name: float("inf") for name in runs}
    cpu = {name: 0.0 for name in runs}
    vecs: dict[str, np.ndarray] = {}
    for r in range(max(1, rounds)):  # interleaved, so a noisy neighbour hurts all alike
        names = list(runs) if r % 2 == 0 else list(reversed(runs))
        for name in names:
            t, c = time.perf_counter(), time.process_time()
            vecs[name] = runs[name]()
            wall = time.perf_counter() - t
            if wall < best[name]:
                best[name], cpu[name] = wall, time.process_time() - c
    cos = (vecs["bare"] * vecs["ours"]).sum(axis=1)
    return {"best": best, "cpu": cpu, "bare_s": best["bare"], "ours_s": best["ours"], "threads": threads,
            "batch": batch, "backend": ours.backend, "torch_threads": torch.get_num_threads(),
            "streams": int(getattr(getattr(getattr(ours, "_loaded", None), "runtime", None), "streams", 1)),
            "cos_mean": float(cos.mean()), "cos_min": float(cos.min())}


# -- the report ------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(ing: dict[str, Any], pdf: tuple[float, int], emb: dict[str, Any], n_passages: int,
           n_sentences: int, n_texts: int) -> None:
    pages, wall = ing["pages"], ing["wall"]
    mem: PeakMemory = ing["mem"]
    ingest_pps = pages / wall
    ingest_passages = n_passages / wall
    pdf_pps = pdf[1] / pdf[0]
    bare = n_texts / emb["bare_s"]
    ours = n_texts / emb["ours_s"]
    cpu = emb["cpu"]
    print(f"\n{'':44}{'seconds':>9}{'pages/s':>10}{'passages/s':>12}{'CPU s':>8}")
    print(f"{'end-to-end ingest (Library.ingest_paths)':44}{wall:9.1f}{ingest_pps:10.2f}{ingest_passages:12.1f}")
    print(f"{'bare pypdf extract_text()':44}{pdf[0]:9.1f}{pdf_pps:10.2f}{'':>12}")
    print(f"{'bare SentenceTransformer.encode, fp32':44}{emb['bare_s']:9.1f}{'':>10}{bare:12.1f}{cpu['bare']:8.1f}")
    if "bare_ov" in emb["best"]:
        print(f"{'bare OpenVINO int8 (one request, LATENCY)':44}{emb['best']['bare_ov']:9.1f}{'':>10}"
              f"{n_texts / emb['best']['bare_ov']:12.1f}{cpu['bare_ov']:8.1f}")
    if "bare_ov_streams" in emb["best"]:
        print(f"{'bare OpenVINO int8 (streams, THROUGHPUT)':44}{emb['best']['bare_ov_streams']:9.1f}{'':>10}"
              f"{n_texts / emb['best']['bare_ov_streams']:12.1f}{cpu['bare_ov_streams']:8.1f}")
    print(f"{'our backend (' + emb['backend'] + ') Embedder.encode':44}{emb['ours_s']:9.1f}{'':>10}{ours:12.1f}"
          f"{cpu['ours']:8.1f}")
    print("\nratios:")
    print(f"  our embedding / bare fp32 (passages/s):          {ours / bare:.2f}x")
    if "bare_ov_streams" in emb["best"]:
        print(f"  bare OpenVINO int8, {emb['threads']} streams (THROUGHPUT) / bare fp32: "
              f"{emb['bare_s'] / emb['best']['bare_ov_streams']:.2f}x (our backend with streams: "
              "COUNCILSEARCH_OPENVINO_STREAMS)")
    if "bare_ov" in emb["best"]:
        print(f"  bare OpenVINO int8 / bare fp32 (passages/s):     {emb['bare_s'] / emb['best']['bare_ov']:.2f}x")
        print(f"  our embedding / bare OpenVINO int8 (passages/s): {emb['best']['bare_ov'] / emb['ours_s']:.2f}x")
    print(f"  ingest / bare pypdf (pages/s):                   {ingest_pps / pdf_pps:.3f}")
    print(f"  ingest / bare fp32 embedding (passages/s):       {ingest_passages / bare:.2f}")
    print(f"  ingest / our embedding alone (passages/s):       {ingest_passages / ours:.2f}  (embedding the "
          f"passages alone is {100 * ingest_passages / ours:.0f}% of the ingest's wall time)")
    print(f"  ingest CPU: {ing['cpu']:.0f} s for {wall:.0f} s wall ({ing['cpu'] / wall:.2f} cores busy; this "
          f"process and its reaped children), {ing['cpu'] / max(pages, 1):.2f} CPU s/page")
    by_kind = mem.cpu_by_kind()
    tree = sum(by_kind.values())
    print(f"  ingest CPU of the whole process tree (sampled, workers and their sandboxes included): {tree:.0f} s, "
          f"{tree / wall:.2f} cores busy, {tree / max(pages, 1):.3f} CPU s/page: " + ", ".join(
              f"{k} {v:.0f} s" for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])))
    print(f"  peak resident memory of the ingest: {gb(mem.peak_tree)} for the process tree (this process "
          f"{gb(mem.peak_main)} at most, children {gb(mem.peak_children)} at most, up to {mem.max_children} "
          f"children at once)")
    print("  peak resident memory per process: " + "; ".join(
        f"{what} {gb(rss)}" + (f" (largest of {n})" if n > 1 else "") for what, n, rss in mem.by_kind()))
    print(f"  stored: {n_passages:,} passages, {n_sentences:,} sentences; vectors of our backend against bare "
          f"fp32: cosine mean {emb['cos_mean']:.4f}, min {emb['cos_min']:.4f}")
    print(f"  embedding runs: batch {emb['batch']}, {emb['threads']} thread(s) and {emb['streams']} stream(s) "
          "for our backend, "
          f"{emb['torch_threads']} torch thread(s) for bare fp32")
    print("\ntargets (issue #15):")
    print(f"  our embedding >= {EMBED_RATIO_TARGET:.0f}x bare fp32:   {ours / bare:6.2f}x          "
          f"{verdict(ours / bare >= EMBED_RATIO_TARGET)}")
    note = "" if pages >= PAGES_FOR_TARGET else f"  (the target is for >= {PAGES_FOR_TARGET:,} pages; this run: {pages:,})"
    print(f"  ingest >= {PAGES_PER_S_TARGET:.0f} pages/s:              {ingest_pps:6.2f} pages/s    "
          f"{verdict(ingest_pps >= PAGES_PER_S_TARGET)}{note}")
    print(f"  peak resident memory <= {gb(PEAK_RSS_TARGET)}:       {gb(mem.peak_tree):>9}        "
          f"{verdict(mem.peak_tree <= PEAK_RSS_TARGET)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=PAGES_FOR_TARGET, help="pages of PDF copies to ingest")
    ap.add_argument("--embedder", choices=EMBEDDERS, default=None,
                    help="embedding backend (default: the Settings default or $COUNCILSEARCH_EMBEDDER)")
    ap.add_argument("--workers", type=int, default=None,
                    help="ingest worker processes (default: Settings.ingest_workers, one per CPU)")
    ap.add_argument("--embed-sample", type=int, default=1000,
                    help="passages (evenly spaced) the two embedders are compared on (0: all)")
    ap.add_argument("--rounds", type=int, default=1, help="interleaved runs of each embedder (best is kept)")
    ap.add_argument("--parse-detail", nargs="?", const=str(DEFAULT_PDF), default=None, metavar="PDF",
                    help="also compare our parse with pypdf on one PDF (default: the cabinet pack)")
    args = ap.parse_args(argv)
    print(f"cpus {available_cpus()}, load average {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="councilsearch-bench-ingest-") as tmp:
        folder, data_dir = Path(tmp) / "pdfs", Path(tmp) / "data"
        pages_of = make_copies(folder, args.pages)
        print(f"{len(pages_of)} PDF copies, {sum(pages_of.values()):,} pages, in {folder}", flush=True)
        ing = run_ingest(folder, data_dir, args.embedder, pages_of, args.workers)
        print(f"ingest: {ing['files']} files {ing['statuses']}, {ing['pages']:,} pages in {ing['wall']:.1f} s",
              flush=True)
        for path, error in ing["failed"]:
            print(f"  FAILED {path}: {error}")
        unexpected = {k: v for k, v in ing["statuses"].items() if k != "ingested"}
        if unexpected:
            print(f"  WARNING: not every copy was ingested as new ({unexpected}): the rates below are off")
        pdf = run_pypdf(folder, sorted(pages_of))
        print(f"pypdf: {pdf[1]:,} pages in {pdf[0]:.1f} s", flush=True)
        texts = embedding_texts(data_dir)
        if 0 < args.embed_sample < len(texts):  # the same passages for both embedders
            texts = [texts[int(i * len(texts) / args.embed_sample)] for i in range(args.embed_sample)]
        from councilsearch.index.library import store_path
        from councilsearch.index.store import Store

        store = Store(store_path(data_dir))
        n_passages, n_sentences = len(store.unit_ids("passages")), len(store.unit_ids("sentences"))
        store.close()
        print(f"embedding {len(texts):,} passage texts, bare fp32 and ours ...", flush=True)
        emb = run_embedding(texts, data_dir, args.embedder, args.rounds)
        report(ing, pdf, emb, n_passages, n_sentences, len(texts))
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    if args.parse_detail:
        parse_detail(Path(args.parse_detail), max(3, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
