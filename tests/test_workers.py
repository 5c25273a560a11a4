"""``councilsearch serve --workers 2``: two server processes over one data folder. A document
uploaded through one is found by searches on either, and a delete reaches both."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

KEY = "workers-test-key"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def two_workers(corpus_index: Path, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(corpus_index, data)
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "COUNCILSEARCH_API_KEYS": KEY}
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "councilsearch.cli", "--data-dir", str(data), "serve", "--port", str(port),
         "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    try:
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the server did not start: " + (tmp_path / "serve.log").read_text(errors="replace")[-2000:])
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()


def _top_docs(url: str, q: str, n: int) -> list[str | None]:
    """The top hit's document for ``n`` requests, each on a new connection (so the kernel
    spreads them over both processes)."""
    out = []
    for _ in range(n):
        r = httpx.get(f"{url}/search", params={"q": q, "k": 3}, timeout=60)
        assert r.status_code == 200, r.text
        hits = r.json()["hits"]
        out.append(hits[0]["citation"]["doc_id"] if hits else None)
    return out


def test_an_upload_to_one_process_is_found_by_both(two_workers: str, tmp_path: Path) -> None:
    url = two_workers
    q = "eleven new zebra crossings near schools"
    before = _top_docs(url, q, 6)
    text = b"Zebra crossings\n\nThe council will paint eleven new zebra crossings near schools in 2027.\n"
    r = httpx.post(f"{url}/documents", files={"file": ("zebra-crossings.txt", text, "text/plain")},
                   headers={"Authorization": f"Bearer {KEY}"}, timeout=120)
    assert r.status_code in (200, 201), r.text
    doc_id = r.json()["id"]
    assert doc_id not in before
    assert _top_docs(url, q, 12) == [doc_id] * 12
    r = httpx.delete(f"{url}/documents/{doc_id}", headers={"Authorization": f"Bearer {KEY}"}, timeout=60)
    assert r.status_code in (200, 204), r.text
    assert doc_id not in _top_docs(url, q, 12)
