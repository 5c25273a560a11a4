"""Overload: N concurrent clients against a 2-process server for a bounded time.

    .venv/bin/python bench/overload.py [--clients 150] [--seconds 30] [--data DIR] [--queue 64]

Starts ``councilsearch serve --workers 2`` over a copy of DIR (default: a fresh ingest of
``corpus/``), then runs ``--clients`` threads that each send 1,000-character searches back to
back, while a probe asks ``/health`` every 100 ms. Prints the p50/p99 latency of the answered
searches, how many were shed with 503 (and that each carried Retry-After), the /health p99 and
maximum latency, and how many server processes were restarted (pids seen by /health beyond
the first two, and uvicorn's "died" lines in the log).
Targets (issue #14): 0 restarts, /health p99 <= 1 s, answered searches p99 <= 2 s.
Traffic goes to 127.0.0.1 only; every loop stops by itself when the time is up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from councilsearch.config import load_settings  # noqa: E402
from tests.server import running_server  # noqa: E402

QUESTIONS = (
    "how much of the planned savings has been delivered",
    "what is the forecast deficit on the dedicated schools grant",
    "which recommendations from the peer challenge are still in progress",
    "how is the council reducing spending on agency staff and temporary accommodation",
)


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def _build(data: Path) -> None:
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    lib = Library(load_settings(data))
    lib.ingest_paths([ROOT / "corpus"])
    lib.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=150)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--data", type=Path, default=None, help="a built data folder (copied, never changed)")
    ap.add_argument("--queue", type=int, default=None, help="COUNCILSEARCH_MAX_QUEUE for each server process "
                    "(default: the server's own)")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    tmp = Path(tempfile.mkdtemp(prefix="overload-"))
    try:
        data = tmp / "data"
        if args.data:
            shutil.copytree(args.data, data)
        else:
            print("building a store of corpus/ ...", flush=True)
            _build(data)
        env = {"COUNCILSEARCH_MAX_QUEUE": str(args.queue)} if args.queue is not None else {}
        with running_server(data, tmp / "serve.log", workers=2, env=env) as url:
            first_pids = {httpx.get(f"{url}/health", timeout=30).json()["pid"] for _ in range(10)}
            report = _load(url, args.clients, args.seconds)
            time.sleep(6)  # past uvicorn's health check of its workers
            after_pids = {httpx.get(f"{url}/health", timeout=30).json()["pid"] for _ in range(10)}
        log = (tmp / "serve.log").read_text(errors="replace")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    ok, shed, errors, health, pids = report
    restarts = len((pids | after_pids) - first_pids) + log.count("died")
    queue = args.queue if args.queue is not None else load_settings().max_queue
    print(f"{args.clients} clients for {args.seconds:g} s against 2 processes (queue {queue} each)")
    print(f"  answered searches: {len(ok):6d}   p50 {_pct(ok, 50):7.0f} ms   p99 {_pct(ok, 99):7.0f} ms")
    print(f"  shed with 503:     {shed[0]:6d}   (with Retry-After: {shed[1]})")
    print(f"  other failures:    {errors:6d}")
    print(f"  /health probes:    {len(health):6d}   p99 {_pct(health, 99):7.0f} ms   max {max(health or [0]):7.0f} ms")
    print(f"  worker restarts:   {restarts:6d}")
    if ok:
        print(f"  answered/s:        {len(ok) / args.seconds:6.1f}   mean {statistics.fmean(ok):.0f} ms")


def _load(url: str, clients: int, seconds: float):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    ok: list[float] = []
    shed = [0, 0]
    errors = [0]
    health: list[float] = []
    pids: set[int] = set()
    lock = threading.Lock()

    def client(i: int) -> None:
        q = (QUESTIONS[i % len(QUESTIONS)] + " ") * 30
        with httpx.Client(timeout=60) as c:
            while time.monotonic() < deadline:
                t0 = time.monotonic()
                try:
                    r = c.get(f"{url}/search", params={"q": q[:1000], "k": 10})
                except httpx.HTTPError:
                    with lock:
                        errors[0] += 1
                    continue
                ms = (time.monotonic() - t0) * 1000
                with lock:
                    if r.status_code == 200:
                        ok.append(ms)
                    elif r.status_code == 503:
                        shed[0] += 1
                        shed[1] += "retry-after" in r.headers
                    else:
                        errors[0] += 1
                if r.status_code == 503:
                    time.sleep(float(r.headers.get("retry-after", "1")))

    def probe() -> None:
        with httpx.Client(timeout=30) as c:
            while time.monotonic() < deadline:
                t0 = time.monotonic()
                try:
                    r = c.get(f"{url}/health")
                    health.append((time.monotonic() - t0) * 1000)
                    pids.add(r.json()["pid"])
                except httpx.HTTPError:
                    health.append(30_000.0)
                time.sleep(0.1)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    threads.append(threading.Thread(target=probe))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ok, shed, errors[0], health, pids


if __name__ == "__main__":
    main()
