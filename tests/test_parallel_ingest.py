"""The parallel ingest: worker processes parse and analyse while the main process embeds and
writes (``index.prepare``, ``workers.ProcessPool``)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from councilsearch.config import load_settings
from councilsearch.index.library import Library

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PDFS = ROOT / "tests" / "data" / "pdf"
SMALL = sorted(p for p in CORPUS.glob("*.txt") if p.stat().st_size < 100_000)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in SMALL[:3]:
        shutil.copy(p, docs / p.name)
    return docs


def test_workers_store_what_one_process_stores(folder: Path, tmp_path: Path) -> None:
    """Two workers and none give the same store, results in file order, pages counted."""
    stores = {}
    for n in (0, 2):
        lib = Library(load_settings(tmp_path / f"data{n}"), embed=False)
        try:
            results = lib.ingest_paths([folder], workers=n)
            assert [Path(r.path).name for r in results] == sorted(p.name for p in folder.iterdir())
            assert all(r.status == "ingested" and r.n_pages >= 1 and r.n_passages > 0 for r in results)
            stores[n] = lib.store.digest()
        finally:
            lib.close()
    assert stores[0] == stores[2]


def test_a_stored_file_is_not_parsed_again(folder: Path, tmp_path: Path) -> None:
    lib = Library(load_settings(tmp_path / "data"), embed=False)
    try:
        first = lib.ingest_paths([folder], workers=0)
        seen = []
        again = lib.ingest_paths([folder], workers=2, progress=seen.append)
    finally:
        lib.close()
    assert [r.status for r in again] == ["unchanged"] * len(first)
    assert [r.doc_id for r in again] == [r.doc_id for r in first]
    assert [r.title for r in again] == [r.title for r in first]
    assert all(r.seconds < 1.0 for r in again)  # hashed, not parsed
    assert [p.done for p in seen] == list(range(1, len(first) + 1))
    assert seen[-1].bytes_done == seen[-1].bytes_total > 0


def test_progress_counts_pages_passages_and_bytes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("leicester-city-productivity-plan-2024.pdf", "leicester-city-finance-peer-challenge-progress-review-2025.pdf"):
        shutil.copy(PDFS / name, docs / name)
    seen = []
    lib = Library(load_settings(tmp_path / "data"), embed=False)
    try:
        results = lib.ingest_paths([docs], progress=seen.append, workers=2)
    finally:
        lib.close()
    assert [p.done for p in seen] == [1, 2] and all(p.total == 2 for p in seen)
    assert seen[-1].pages == sum(r.n_pages for r in results) > 2  # PDFs count their pages
    assert seen[-1].passages == sum(r.n_passages for r in results)
    assert seen[0].bytes_done < seen[1].bytes_done == seen[1].bytes_total == sum(
        p.stat().st_size for p in docs.iterdir())


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from councilsearch.cli import main; main()", *args]


def test_a_bad_file_among_good_ones_under_workers(folder: Path, tmp_path: Path) -> None:
    """The good files land, the bad one is reported by name with its reason, exit code 2."""
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    (folder / "empty.txt").write_bytes(b"")
    data = tmp_path / "data"
    env = {**os.environ, "COUNCILSEARCH_INGEST_WORKERS": "2"}
    proc = subprocess.run(_cli("--data-dir", str(data), "ingest", "--no-embed", str(folder)),
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2, proc.stderr[-2000:]
    out = proc.stdout + proc.stderr
    assert "broken.pdf" in out and "empty.txt" in out and "Failures" in out
    assert "FAILED" in proc.stderr  # the per-file line (stderr is not a terminal here)
    lib = Library(load_settings(data), embed=False)
    try:
        assert lib.store.count_documents() == len(SMALL[:3])
    finally:
        lib.close()


def test_sigkill_mid_ingest_leaves_no_worker_and_the_next_run_finishes(tmp_path: Path) -> None:
    """Kill the CLI (no ``finally`` runs) while its workers parse: every process it started
    exits on its own within seconds, and the next run completes the store."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(PDFS.glob("*.pdf")):
        shutil.copy(p, docs / p.name)
    data = tmp_path / "data"
    env = {**os.environ, "COUNCILSEARCH_INGEST_WORKERS": "2"}
    proc = subprocess.Popen(_cli("--data-dir", str(data), "ingest", "--no-embed", str(docs)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        kids: list[psutil.Process] = []
        while time.monotonic() < deadline and proc.poll() is None:
            kids = parent.children(recursive=True)
            if sum("forkserver" in " ".join(k.cmdline()) for k in kids if k.is_running()) >= 2:
                break  # the forkserver and at least one worker are up
            time.sleep(0.2)
        time.sleep(1.0)
        kids = parent.children(recursive=True)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    _, alive = psutil.wait_procs(kids, timeout=15)
    for p in alive:
        p.kill()
    assert not alive, [" ".join(p.cmdline())[:120] for p in alive]
    again = subprocess.run(_cli("--data-dir", str(data), "ingest", "--no-embed", str(docs)),
                           capture_output=True, text=True, env=env, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    lib = Library(load_settings(data), embed=False)
    try:
        assert lib.store.count_documents() == len(list(docs.iterdir()))
    finally:
        lib.close()


def test_units_embedded_later_match_units_embedded_at_ingest(tmp_path: Path) -> None:
    """A store ingested without embeddings and then reindexed holds the same passage and
    sentence vectors as one embedded at ingest: both pool sentences from the passage pass."""
    doc = SMALL[0]
    direct = Library(load_settings(tmp_path / "direct"))
    later = Library(load_settings(tmp_path / "later"), embed=False)
    try:
        assert direct.ingest_paths([doc], workers=0)[0].status == "ingested"
        assert later.ingest_paths([doc], workers=0)[0].status == "ingested"
        later.close()
        later = Library(load_settings(tmp_path / "later"))
        later.reindex()
        for table in ("passages", "sentences"):
            ids_a, vecs_a = direct.store.embeddings(None, table)
            ids_b, vecs_b = later.store.embeddings(None, table)
            assert len(ids_a) > 10 and ids_a.tolist() == ids_b.tolist()
            cos = (vecs_a * vecs_b).sum(axis=1)
            assert cos.min() > 0.9999, (table, float(cos.min()))
    finally:
        direct.close()
        later.close()
