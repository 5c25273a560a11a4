"""Load test of GET /search: N concurrent clients for S seconds against a uvicorn server on
127.0.0.1, asking a mix of questions about the corpus. Prints requests/s, p50, p99 and errors.

    .venv/bin/python bench/load.py                       # 20 clients, 60 s, own server
    .venv/bin/python bench/load.py --seconds 20 --clients 10
    .venv/bin/python bench/load.py --url http://127.0.0.1:8000   # an already running server

Without --url the script starts ``councilsearch serve --workers N`` (default: one process per
CPU) in a separate process group (so the clients
do not share the server's interpreter) over --data-dir, ingesting the corpus there first if
the folder holds no store. Clients are asyncio tasks over one httpx connection pool; each
sends its next request as soon as the last one is answered (closed loop), cycling through the
questions of eval/queries_dev.jsonl from a different starting point. A request counts as an
error when it fails, times out or answers anything but 200.

Two phases by default (``--mode both``): ``repeat`` cycles the 40 questions as they are, so
after the first round their query vectors come from the server's query cache, as popular
questions and filter changes on the search page do; ``fresh`` makes every request's text new
(a request number is appended) so every request embeds its query: the cold path.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from councilsearch.config import available_cpus
from councilsearch.index.library import store_path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "councilsearch.cli"]
FALLBACK_QUESTIONS = [
    "how much of the planned savings has been delivered?",
    "what is the forecast DSG deficit?",
    "who was the lead peer for the North West Leicestershire review?",
    "what percentage of children in care are placed out of area",
    "general fund reserves",
    "recommendations on governance and scrutiny",
    "capital programme borrowing",
    "how many apprentices",
]


def questions(path: Path) -> list[str]:
    if path.is_file():
        qs = [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if qs:
            return qs
    return FALLBACK_QUESTIONS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(data_dir: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    if not store_path(data_dir).is_file():
        print(f"ingesting {ROOT / 'corpus'} into {data_dir} …", flush=True)
        subprocess.run([*CLI, "--data-dir", str(data_dir), "ingest", str(ROOT / "corpus")], check=True, env=env,
                       stdout=subprocess.DEVNULL)
    log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server process
    proc = subprocess.Popen(
        [*CLI, "--data-dir", str(data_dir), "serve", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    proc.log = log  # type: ignore[attr-defined]
    return proc


def wait_ready(url: str, proc: subprocess.Popen[bytes] | None, timeout: float = 180.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            proc.log.seek(0)  # type: ignore[attr-defined]
            raise SystemExit("the server exited:\n" + proc.log.read().decode(errors="replace")[-3000:])  # type: ignore[attr-defined]
        try:
            r = httpx.get(url + "/health", timeout=5)
            if r.status_code == 200:
                return r.json()  # type: ignore[no-any-return]
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not become healthy within {timeout:.0f} s")


async def run_load(
    url: str, qs: list[str], clients: int, seconds: float, k: int, fresh: bool = False
) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0) as client:
        # warm up, not timed: in repeat mode every question once (their vectors are then
        # cached, which is what the phase measures); in fresh mode one request
        for q in ([qs[0]] if fresh else qs):
            await client.get("/search", params={"q": q, "k": k})
        stop = time.perf_counter() + seconds

        async def worker(n: int) -> None:
            nonlocal errors
            i = n * 7
            while time.perf_counter() < stop:
                q = qs[i % len(qs)]
                if fresh:  # a text the server has never seen: no cached query vector
                    q = f"{q} {n}x{i}"
                i += 1
                t0 = time.perf_counter()
                try:
                    r = await client.get("/search", params={"q": q, "k": k})
                    ok = r.status_code == 200 and "hits" in r.json()
                except (httpx.HTTPError, ValueError):
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors += 1

        t_start = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(clients)))
        elapsed = time.perf_counter() - t_start
    return latencies, errors, elapsed


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[idx]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to load the server (default 60)")
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    ap.add_argument("--k", type=int, default=5, help="hits per search (default 5)")
    ap.add_argument("--url", default=None, help="an already running server (default: start one)")
    ap.add_argument("--data-dir", type=Path, default=ROOT / "councilsearch-data",
                    help="data folder for the server this script starts (ingested from corpus/ if empty)")
    ap.add_argument("--queries", type=Path, default=ROOT / "eval" / "queries_dev.jsonl")
    ap.add_argument("--workers", type=int, default=available_cpus(),
                    help="server processes (serve --workers; default: one per CPU)")
    ap.add_argument("--mode", choices=("both", "repeat", "fresh"), default="both",
                    help="repeat: the questions as they are; fresh: every request's text new (default: both, one after the other)")
    args = ap.parse_args(argv)

    qs = questions(args.queries)
    proc = None
    url = args.url
    if url is None:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = start_server(args.data_dir, port, args.workers)
    try:
        health = wait_ready(url.rstrip("/"), proc)
        print(f"server {url}: {health['counts']['documents']} documents, {health['counts']['passages']} passages;"
              f" {args.clients} clients for {args.seconds:.0f} s over {len(qs)} questions"
              + (f"; {args.workers} server processes" if proc is not None else ""), flush=True)
        modes = ["repeat", "fresh"] if args.mode == "both" else [args.mode]
        results = {m: asyncio.run(run_load(url.rstrip("/"), qs, args.clients, args.seconds, args.k, fresh=m == "fresh"))
                   for m in modes}
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    total_errors = 0
    for mode, (lat, errors, elapsed) in results.items():
        n = len(lat)
        total_errors += errors
        print(f"[{mode}] requests:   {n + errors} ({n} ok, {errors} errors) in {elapsed:.1f} s")
        print(f"[{mode}] throughput: {n / elapsed:.1f} requests/s")
        if lat:
            print(f"[{mode}] latency:    p50 {percentile(lat, 50) * 1000:.0f} ms, p99 {percentile(lat, 99) * 1000:.0f} ms,"
                  f" mean {statistics.fmean(lat) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms")
        print(f"[{mode}] errors:     {errors}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
