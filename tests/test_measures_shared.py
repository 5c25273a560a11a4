"""Measures are built once per store generation and shared by every thread of a process
(#15 follow-up): a server's many request threads do not each rebuild them from the figures
table after a write, and none is served measures from before a write."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.index import measures
from councilsearch.index.library import Library

COUNCIL = "Thornbury Borough Council"
MANIFEST = f"""file,title,council,doc_type,date,source
thornbury-budget-2024.txt,Budget Strategy 2024,{COUNCIL},report,2024-07-10,test
"""
BUDGET = """Budget Strategy 2024

1. Reserves

1.1 The general fund reserves stood at £12m at the end of 2023/24.
"""
OUTTURN = """Outturn Report 2025

1. Reserves

1.1 The General Fund reserve was £14.6m at the end of 2023/24.
"""


@pytest.fixture()
def lib(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text(MANIFEST)
    (docs / "thornbury-budget-2024.txt").write_text(BUDGET)
    lib = Library(load_settings(tmp_path / "data"), embed=False)
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    yield lib
    lib.close()


def _points(store) -> int:
    return sum(len(m.points) for m in measures.find_measures(store, council=COUNCIL))


def _in_threads(n: int, fn) -> list:  # type: ignore[no-untyped-def]
    out: list = []
    threads = [threading.Thread(target=lambda: out.append(fn())) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_threads_share_one_build_per_generation(lib: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    builds: list[int] = []
    real = measures._build
    monkeypatch.setattr(measures, "_build", lambda store: builds.append(1) or real(store))
    assert _in_threads(4, lambda: _points(lib.store)) == [1] * 4
    assert _points(lib.store) == 1
    assert len(builds) == 1
    late = tmp_path / "outturn.txt"
    late.write_text(OUTTURN)
    from councilsearch.models import DocumentMeta

    assert lib.ingest_file(late, DocumentMeta(council=COUNCIL, date="2025-11-05", doc_type="report")).ok
    assert _in_threads(3, lambda: _points(lib.store)) == [2] * 3  # the write is seen by every thread
    assert len(builds) == 2
