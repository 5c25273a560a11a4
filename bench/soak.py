"""Soak test: 20 concurrent API clients against ``councilsearch serve``, with and without a
writer uploading and deleting documents at the same time.

Usage::

    .venv/bin/python bench/soak.py [--seconds 300] [--clients 20] [--data-dir DIR] [--docs PATH ...]

What it does:

1. Builds a data folder (``--data-dir``, reused when it already holds a store; by default a
   temporary one) by running ``councilsearch ingest`` over ``--docs`` (default: the four
   smaller corpus texts; add ``corpus/`` for all five).
2. Starts ``councilsearch serve`` on 127.0.0.1 on a free port, with a write key in
   ``COUNCILSEARCH_API_KEYS``, and waits for ``/health``.
3. Warms up: a few searches, one upload and its delete (so lazily loaded models are in
   memory), then the full mixed load, unmeasured, for ``--warmup-seconds`` (default 30) and
   at least ``--warmup-uploads`` uploads (default 30), so the server's thread pool, its
   per-thread SQLite connections, the models' caches and the allocator's arenas have grown to
   their working size before memory is compared (an in-process probe of 80 uploads showed RSS
   rising for the first ~40 and flat after).
4. Phase "read only": ``--clients`` closed-loop clients (each sends its next request when the
   last one is answered), 90% ``GET /search`` and 10% ``GET /figures``, for
   ``--baseline-seconds`` (default: ``--seconds``).
5. Phase "with writer": the same clients, plus one writer that loops: upload a document
   (``POST /documents``, a corpus excerpt made unique), and once three of its documents are
   stored, delete the oldest (``DELETE /documents/{id}``), for ``--seconds``.

Prints, per phase: requests, errors, requests/s, p50/p90/p99/max latency, and the server's
resident memory at the start and end (with its children, e.g. a parser sandbox worker), then
the targets: zero errors, p99 with the writer <= 2 x p99 without, memory drift <= 10%.
Exit status 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from councilsearch.index.library import store_path  # noqa: E402

KEY = "soak-write-key"
DEFAULT_DOCS = [
    ROOT / "corpus" / f"{stem}.txt"
    for stem in (
        "leicester-city-finance-peer-challenge-progress-review-2025",
        "nw-leicestershire-corporate-peer-challenge-progress-review-2025",
        "leicester-city-productivity-plan-2024",
        "leicester-city-idea-peer-review-2006",
    )
] + [ROOT / "corpus" / "manifest.csv"]
FIGURE_QUERIES: tuple[dict[str, str | int], ...] = (
    {"kind": "money", "limit": 20},
    {"kind": "percent", "limit": 20},
    {"q": "savings", "limit": 20},
    {"period": "2025/26", "limit": 20},
    {"label": "reserve", "limit": 20},
    {"kind": "money", "min": 1000000, "limit": 50},
)


def env(torch_threads: int | None = None, arena_max: int | None = None) -> dict[str, str]:
    e = dict(os.environ)
    e.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false",
             COUNCILSEARCH_API_KEYS=KEY, COLUMNS="200")
    if torch_threads:
        e["COUNCILSEARCH_TORCH_THREADS"] = str(torch_threads)
    if arena_max:
        e["MALLOC_ARENA_MAX"] = str(arena_max)
    return e


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "councilsearch.cli", *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def search_queries() -> list[str]:
    out = []
    with open(ROOT / "eval" / "queries_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line)["query"])
    return out or ["how much of the planned savings has been delivered?"]


def writer_texts() -> list[str]:
    """Excerpts of the small corpus documents (about 2,500 characters each)."""
    texts = []
    for p in DEFAULT_DOCS[:3]:
        lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
        cur: list[str] = []
        for ln in lines:
            cur.append(ln)
            if sum(len(x) + 1 for x in cur) >= 2500:
                texts.append("\n".join(cur) + "\n")
                cur = []
    return texts


def rss_tree(pid: int) -> int:
    try:
        p = psutil.Process(pid)
        total = p.memory_info().rss
        for c in p.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += c.memory_info().rss
        return total
    except psutil.Error:
        return 0


@dataclass
class Phase:
    name: str
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"search": [], "figures": []})
    errors: list[str] = field(default_factory=list)
    writes: dict[str, list[float]] = field(default_factory=lambda: {"upload": [], "delete": []})
    write_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    rss_start: int = 0
    rss_end: int = 0

    @property
    def all_latencies(self) -> list[float]:
        return self.latencies["search"] + self.latencies["figures"]

    @property
    def n(self) -> int:
        return len(self.all_latencies) + len(self.errors)


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


@dataclass
class Clock:
    """A phase ends at ``stop``; a warm-up also waits for ``min_uploads`` (up to ``hard_stop``)."""

    stop: float
    hard_stop: float
    min_uploads: int
    phase: Phase

    def running(self) -> bool:
        now = time.monotonic()
        if now >= self.hard_stop:
            return False
        return now < self.stop or len(self.phase.writes["upload"]) < self.min_uploads


async def client(http: httpx.AsyncClient, rng: random.Random, queries: list[str], phase: Phase,
                 clock: Clock) -> None:
    while clock.running():
        if rng.random() < 0.9:
            kind, url, params = "search", "/search", {"q": rng.choice(queries), "k": rng.choice((5, 10))}
        else:
            kind, url, params = "figures", "/figures", dict(rng.choice(FIGURE_QUERIES))
        t0 = time.perf_counter()
        try:
            r = await http.get(url, params=params)
            dt = time.perf_counter() - t0
            if r.status_code != 200:
                phase.errors.append(f"{url} {r.status_code} {r.text[:200]}")
            else:
                phase.latencies[kind].append(dt)
        except httpx.HTTPError as exc:
            phase.errors.append(f"{url} {type(exc).__name__}: {exc}")


async def writer(http: httpx.AsyncClient, rng: random.Random, phase: Phase, clock: Clock,
                 texts: list[str]) -> None:
    mine: list[str] = []
    n = 0
    headers = {"Authorization": f"Bearer {KEY}"}
    while clock.running():
        n += 1
        try:
            if len(mine) >= 3:
                doc_id = mine.pop(0)
                t0 = time.perf_counter()
                r = await http.delete(f"/documents/{doc_id}", headers=headers)
                if r.status_code != 200:
                    phase.write_errors.append(f"DELETE {r.status_code} {r.text[:200]}")
                else:
                    phase.writes["delete"].append(time.perf_counter() - t0)
            else:
                body = rng.choice(texts) + f"\nSoak addendum {n}-{rng.random():.9f}: a further £{n}.5m was noted.\n"
                t0 = time.perf_counter()
                r = await http.post("/documents", headers=headers,
                                    files={"file": (f"soak-{n}.txt", body.encode(), "text/plain")},
                                    data={"council": "Soak Test Council", "doc_type": "report"})
                if r.status_code not in (200, 201):
                    phase.write_errors.append(f"POST {r.status_code} {r.text[:200]}")
                else:
                    phase.writes["upload"].append(time.perf_counter() - t0)
                    mine.append(r.json()["id"])
        except httpx.HTTPError as exc:
            phase.write_errors.append(f"{type(exc).__name__}: {exc}")
        await asyncio.sleep(0.2)
    for doc_id in mine:  # leave the store as it was
        with contextlib.suppress(httpx.HTTPError):
            await http.delete(f"/documents/{doc_id}", headers=headers)


async def run_phase(base: str, pid: int, name: str, seconds: float, clients: int, with_writer: bool,
                    seed: int, min_uploads: int = 0) -> Phase:
    phase = Phase(name)
    queries = search_queries()
    texts = writer_texts()
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base, timeout=120.0, limits=limits) as http:
        phase.rss_start = rss_tree(pid)
        t0 = time.monotonic()
        clock = Clock(t0 + seconds, t0 + max(4 * seconds, 600.0) if min_uploads else t0 + seconds, min_uploads, phase)
        tasks = [client(http, random.Random(seed * 1000 + i), queries, phase, clock) for i in range(clients)]
        if with_writer:
            tasks.append(writer(http, random.Random(seed), phase, clock, texts))
        await asyncio.gather(*tasks)
        phase.seconds = time.monotonic() - t0
        phase.rss_end = rss_tree(pid)
    return phase


async def warm_up(base: str) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=300.0) as http:
        for q in ("savings delivered", "what is the forecast deficit?"):
            (await http.get("/search", params={"q": q})).raise_for_status()
        (await http.get("/figures", params={"kind": "money"})).raise_for_status()
        headers = {"Authorization": f"Bearer {KEY}"}
        r = await http.post("/documents", headers=headers,
                            files={"file": ("warm-up.txt", writer_texts()[0].encode() + b"\nWarm-up.\n", "text/plain")})
        r.raise_for_status()
        (await http.delete(f"/documents/{r.json()['id']}", headers=headers)).raise_for_status()


def report(p: Phase) -> None:
    lat = p.all_latencies
    print(f"\n== {p.name}: {p.seconds:.0f} s")
    print(f"requests {p.n}  errors {len(p.errors)}  {p.n / max(p.seconds, 1e-9):.1f} req/s")
    for kind, xs in (("all", lat), *p.latencies.items()):
        if xs:
            print(f"  {kind:8s} n={len(xs):6d}  p50 {pct(xs, .5) * 1000:7.1f} ms  p90 {pct(xs, .9) * 1000:7.1f} ms"
                  f"  p99 {pct(xs, .99) * 1000:7.1f} ms  max {max(xs) * 1000:7.1f} ms")
    if p.writes["upload"] or p.writes["delete"] or p.write_errors:
        for kind, xs in p.writes.items():
            if xs:
                print(f"  writer {kind:6s} n={len(xs):4d}  p50 {statistics.median(xs) * 1000:7.1f} ms"
                      f"  max {max(xs) * 1000:7.1f} ms")
        print(f"  writer errors {len(p.write_errors)}")
    print(f"server RSS {p.rss_start / 2**20:.0f} MiB -> {p.rss_end / 2**20:.0f} MiB "
          f"({(p.rss_end - p.rss_start) / max(p.rss_start, 1) * 100:+.1f}%)")
    for e in (p.errors + p.write_errors)[:10]:
        print("  error:", e)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300.0, help="length of the phase with the writer")
    ap.add_argument("--baseline-seconds", type=float, default=None, help="length of the read-only phase")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--warmup-seconds", type=float, default=30.0,
                    help="unmeasured mixed load first, so start-up growth is not counted as drift")
    ap.add_argument("--warmup-uploads", type=int, default=30,
                    help="the warm-up also lasts until the writer has uploaded this many documents")
    ap.add_argument("--data-dir", type=Path, default=None, help="reuse or build the store here")
    ap.add_argument("--docs", type=Path, nargs="*", default=None, help="what to ingest into a new store")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--torch-threads", type=int, default=None,
                    help="COUNCILSEARCH_TORCH_THREADS for the server (default: serve's own choice, one)")
    ap.add_argument("--malloc-arena-max", type=int, default=None,
                    help="MALLOC_ARENA_MAX for the server (default: serve's own choice, two arenas via mallopt)")
    args = ap.parse_args()
    baseline_s = args.baseline_seconds if args.baseline_seconds is not None else args.seconds

    tmp = None
    data = args.data_dir
    if data is None:
        tmp = Path(tempfile.mkdtemp(prefix="cs-soak-"))
        data = tmp / "data"
    server = None
    try:
        if not store_path(data).exists():
            docs = [str(p) for p in (args.docs or DEFAULT_DOCS)]
            t0 = time.perf_counter()
            subprocess.run(cli("--data-dir", str(data), "ingest", *docs), env=env(), check=True,
                           stdout=subprocess.DEVNULL)
            print(f"ingested {len(docs)} paths into {data} in {time.perf_counter() - t0:.0f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open((tmp or data) / "serve.log", "w")  # noqa: SIM115 - closed in finally
        server = subprocess.Popen(cli("--data-dir", str(data), "serve", "--host", "127.0.0.1", "--port", str(port)),
                                  env=env(args.torch_threads, args.malloc_arena_max), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        t0 = time.perf_counter()
        while True:
            if server.poll() is not None:
                print(f"the server exited with status {server.returncode}; see {log.name}")
                return 1
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            if time.perf_counter() - t0 > 300:
                print("the server did not become healthy within 300 s")
                return 1
            time.sleep(0.25)
        print(f"server pid {server.pid} on {base}, healthy after {time.perf_counter() - t0:.1f} s; "
              f"{args.clients} clients; torch threads: {args.torch_threads or 'default'}; "
              f"MALLOC_ARENA_MAX: {args.malloc_arena_max or 'default'}")
        asyncio.run(warm_up(base))
        rss_boot = rss_tree(server.pid)
        if args.warmup_seconds > 0:  # the thread pool, its SQLite connections and allocator arenas fill up
            warm = asyncio.run(run_phase(base, server.pid, "warm-up (not measured)", args.warmup_seconds,
                                         args.clients, True, args.seed + 2, min_uploads=args.warmup_uploads))
            print(f"warm-up: {warm.n} requests, {len(warm.errors) + len(warm.write_errors)} errors, server RSS "
                  f"{rss_boot / 2**20:.0f} -> {warm.rss_end / 2**20:.0f} MiB")
        base_phase = asyncio.run(run_phase(base, server.pid, "read only", baseline_s, args.clients, False, args.seed))
        report(base_phase)
        write_phase = asyncio.run(run_phase(base, server.pid, "with writer", args.seconds, args.clients, True,
                                            args.seed + 1))
        report(write_phase)
        p99_base = pct(base_phase.all_latencies, 0.99)
        p99_write = pct(write_phase.all_latencies, 0.99)
        rss0, rss1 = base_phase.rss_start, write_phase.rss_end
        drift = (rss1 - rss0) / max(rss0, 1)
        errors = len(base_phase.errors) + len(write_phase.errors) + len(write_phase.write_errors)
        checks = [
            (f"errors: {errors} (target 0)", errors == 0),
            (f"p99 with writer {p99_write * 1000:.1f} ms vs without {p99_base * 1000:.1f} ms: "
             f"x{p99_write / p99_base:.2f} (target <= 2)", p99_write <= 2 * p99_base),
            (f"memory drift over both phases: {rss0 / 2**20:.0f} -> {rss1 / 2**20:.0f} MiB, {drift * 100:+.1f}% "
             "(target <= 10%)", drift <= 0.10),
            (f"writer: {len(write_phase.writes['upload'])} uploads, {len(write_phase.writes['delete'])} deletes",
             len(write_phase.writes["upload"]) > 0),
        ]
        print("\n== targets")
        for text, ok in checks:
            print(f"  [{'ok' if ok else 'MISS'}] {text}")
        return 0 if all(ok for _, ok in checks) else 1
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
