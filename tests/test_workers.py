"""``councilsearch serve --workers 2``: two server processes over one data folder. A document
uploaded through one is found by searches on either, and a delete reaches both."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from tests.server import running_server

KEY = "workers-test-key"


@pytest.fixture()
def two_workers(corpus_index: Path, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(corpus_index, data)
    with running_server(data, tmp_path / "serve.log", workers=2, env={"COUNCILSEARCH_API_KEYS": KEY}) as url:
        yield url


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
