"""Crash safety: ``councilsearch ingest`` killed with SIGKILL at random moments never leaves the
store half-written.

A folder of documents (small excerpts of the corpus, plus real corpus files: the smallest one in
the default run, the four smaller ones with --slow; the 430 KB cabinet pack is left out, its
analysis alone takes most of a minute) is ingested by the CLI in a subprocess, which is killed at a random moment: after a random number of its
per-file progress lines, plus a random delay. Between runs two excerpts are changed, so every
run has new documents to write and old ones to replace. After each kill:

- SQLite's ``PRAGMA integrity_check`` and FTS5's integrity check pass;
- once the Library has opened (and reconciled), the FAISS ids equal the live passage ids;
- every file the CLI reported finished is stored, in its version of that run, as the only
  document for its path, and is searchable (its passages in FTS and FAISS);
- every stored document is whole: its section, passage, figure and entity counts equal what a
  clean analysis of that version gives.

Finally the same ingest, run to completion, gives exactly the state of a run never killed (the
same files ingested in this process by ``Library.ingest_paths``, which is what the CLI runs).
5 kills over 7 files in the default run (each CLI start loads torch and the model, ~5 s,
and every sentence is embedded too), 30 kills over 16 files with ``--slow``;
``COUNCILSEARCH_CRASH_KILLS`` overrides the count. The seed is fixed, so the kill points
repeat; the timings of a live process cannot.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from councilsearch.config import load_settings
from councilsearch.index.library import STORE_NAME, Library
from councilsearch.ingest.parse import parse_file
from councilsearch.models import Filters
from councilsearch.pipeline import analyse
from tests.conftest import CORPUS, FINANCE, IDEA, NWL, PRODUCTIVITY, ROOT
from tests.hostile.corpus import excerpts, variant, write_docs
from tests.hostile.invariants import index_ids_match_store

SLOW = os.environ.get("COUNCILSEARCH_SLOW") == "1"
KILLS = int(os.environ.get("COUNCILSEARCH_CRASH_KILLS") or (30 if SLOW else 5))
SEED = 20251123
LINE = re.compile(r"^\[(\d+)/(\d+)\] (.+?): (ingested|replaced|unchanged|FAILED[^·]*?)(?: \(.*?\))?(?: · .*)?$")


@dataclass(frozen=True)
class Expected:
    sections: int
    passages: int
    figures: int
    entities: int


class Oracle:
    """What a clean ingest gives for a file's current bytes (cached by content)."""

    def __init__(self) -> None:
        self.by_doc: dict[str, Expected] = {}

    def doc_id(self, path: Path) -> str:
        doc = parse_file(path)
        if doc.id not in self.by_doc:
            a = analyse(doc)
            self.by_doc[doc.id] = Expected(len(a.sections), len(a.passages), len(a.figures), len(a.entities))
        return doc.id


def _cli(data: Path, docs: Path) -> subprocess.Popen[str]:
    # COLUMNS: rich wraps the per-file lines at 80 columns when stderr is not a terminal.
    # One torch thread: the timing of this test should not depend on how busy the machine is
    # (two spinning threads on two shared cores are many times slower), and the crash
    # behaviour does not depend on it.
    env = dict(os.environ, COLUMNS="2000", PYTHONUNBUFFERED="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               TOKENIZERS_PARALLELISM="false")
    env.setdefault("COUNCILSEARCH_TORCH_THREADS", "1")
    return subprocess.Popen(
        [sys.executable, "-m", "councilsearch.cli", "--data-dir", str(data), "ingest", str(docs)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


class Reader(threading.Thread):
    """Collects the CLI's per-file lines as they arrive."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.lines: list[tuple[str, str]] = []
        self.other: list[str] = []
        self.cond = threading.Condition()

    def run(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            m = LINE.match(raw.rstrip("\n"))
            with self.cond:
                if m:
                    self.lines.append((m.group(3), m.group(4)))
                else:
                    self.other.append(raw)
                self.cond.notify_all()

    def wait_for(self, n: int, timeout: float) -> None:
        end = time.monotonic() + timeout
        with self.cond:
            while len(self.lines) < n and self.proc.poll() is None and time.monotonic() < end:
                self.cond.wait(0.05)


def _rows(store) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """The stored rows that make up the state, without autoincrement ids or timestamps."""
    q = {
        "documents": "SELECT id, sha256, title, council, doc_type, date, n_pages FROM documents ORDER BY id",
        "sections": "SELECT id, doc_id, kind, start, end FROM sections ORDER BY id",
        "passages": "SELECT id, doc_id, start, end, text FROM passages ORDER BY id",
        "figures": "SELECT doc_id, surface, start, end, kind, unit FROM figures ORDER BY doc_id, start, end, surface",
        "entities": "SELECT doc_id, text, label, start, end FROM entities ORDER BY doc_id, start, end, label",
    }
    return {t: [tuple(r) for r in store.conn.execute(sql)] for t, sql in q.items()}


def _disk_index_state(data: Path) -> str:
    """What the kill left on disk: the saved FAISS index against the committed passages."""
    from councilsearch.errors import IndexError_
    from councilsearch.index.library import VECTORS_DIR
    from councilsearch.index.vectors.faiss_store import FaissVectorStore

    if not (data / VECTORS_DIR / "manifest.json").exists():
        return "none"
    try:
        vs = FaissVectorStore.load(data / VECTORS_DIR)
    except IndexError_ as exc:
        return f"unreadable ({exc})"
    con = sqlite3.connect(data / STORE_NAME)
    try:
        live = {r[0] for r in con.execute("SELECT id FROM passages")}
    finally:
        con.close()
    have = {int(i) for i in vs.ids()}
    return "current" if have == live else f"stale (-{len(live - have)} +{len(have - live)})"


def _check(data: Path, oracle: Oracle, finished: dict[str, str], lib_settings) -> dict[str, int]:
    """The invariants after a kill; returns a few numbers for the log."""
    db = data / STORE_NAME
    if not db.exists():
        assert not finished, "files were reported finished but there is no store"
        return {"docs": 0}
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        raw.close()
    disk = _disk_index_state(data)
    lib = Library(lib_settings)
    try:
        store = lib.store
        live = set(store.passage_ids())
        index_ids_match_store(lib)
        rows = {r.id: r for r in store.list_documents()}
        for doc_id, r in rows.items():
            want = oracle.by_doc.get(doc_id)
            assert want is not None, f"a document that no version of any file produces: {doc_id}"
            got = Expected(r.n_sections, r.n_passages, r.n_figures, r.n_entities)
            assert got == want, f"{doc_id} is half-written: {got} != {want}"
        searcher = lib.searcher()
        for path, doc_id in finished.items():
            assert doc_id in rows, f"{path} was reported finished but {doc_id} is not stored"
            same_path = [d for d, _ in store.find_by_source(str(Path(path).resolve()))]
            assert same_path == [doc_id], f"{path}: {same_path}"
            passages = store.doc_passages(doc_id)
            assert passages and {p.id for p in passages} <= live
            probe = passages[0].text[:300]
            hits = searcher.search(probe, k=5, filters=Filters(doc_id=doc_id), mode="bm25", collapse=False)
            assert passages[0].id in {h.passage.id for h in hits}, f"{doc_id} is not in the keyword index"
            dense = searcher.search(probe, k=5, filters=Filters(doc_id=doc_id), mode="dense", collapse=False)
            assert dense and all(h.passage.doc_id == doc_id for h in dense), f"{doc_id} is not in FAISS"
        return {"docs": len(rows), "passages": len(live), "faiss on disk": disk}
    finally:
        lib.close()


def test_sigkill_during_ingest_never_leaves_a_half_written_store(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    docs_dir = tmp_path / "docs"
    small = excerpts(12 if SLOW else 6)
    write_docs(docs_dir, small)
    real = [FINANCE, NWL, PRODUCTIVITY, IDEA] if SLOW else [NWL]
    for stem in real:
        shutil.copy(CORPUS / f"{stem}.txt", docs_dir / f"{stem}.txt")
    shutil.copy(CORPUS / "manifest.csv", docs_dir / "manifest.csv")
    texts = dict(small)
    n_files = len(small) + len(real)
    data = tmp_path / "data"
    settings = load_settings(data)
    oracle = Oracle()
    log: list[str] = []
    bump = 0
    for cycle in range(KILLS):
        # two excerpts change, so this run has documents to replace
        for name in rng.sample(sorted(texts), 2):
            bump += 1
            texts[name] = variant(texts[name], bump)
            (docs_dir / name).write_text(texts[name], encoding="utf-8")
        version = {str(p): oracle.doc_id(p) for p in sorted(docs_dir.glob("*.txt"))}
        after_lines = rng.randint(0, n_files)
        delay = rng.uniform(0.0, 1.5)
        proc = _cli(data, docs_dir)
        reader = Reader(proc)
        reader.start()
        t0 = time.monotonic()
        if after_lines == 0:
            while not (data / STORE_NAME).exists() and proc.poll() is None and time.monotonic() - t0 < 120:
                time.sleep(0.02)
            delay = rng.uniform(0.0, 3.0)
        else:
            reader.wait_for(after_lines, timeout=180)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=10)
        # the run may exit on its own between poll() and kill() (the kill then reaches a
        # zombie): it finished, and is checked as a run that finished
        if killed and proc.returncode != -signal.SIGKILL:
            killed = False
        if not killed:
            assert proc.returncode == 0, "".join(reader.other)[-2000:]
        finished = {}
        for path, status in reader.lines:
            assert not status.startswith("FAILED"), f"{path}: {status}"
            finished[path] = version[str(Path(path))]
        stats = _check(data, oracle, finished, settings)
        log.append(f"kill {cycle + 1:2d}: after {after_lines:2d} lines +{delay:.2f}s at {time.monotonic() - t0:5.1f}s, "
                   f"{'killed' if killed else 'had finished'}; {len(finished)} files reported; {stats}")
    print("\n".join(log))

    # the same ingest to completion == an ingest never killed
    proc = _cli(data, docs_dir)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    # the run never killed: the same ingest (Library.ingest_paths is what the CLI runs) in
    # this process, without embeddings (the digest and the rows compared hold none; the
    # survivor's vectors were checked against its passages above and are again below)
    reference = Library(load_settings(tmp_path / "clean"), embed=False)
    assert all(r.ok for r in reference.ingest_paths([docs_dir]))
    survivor = Library(settings)
    try:
        assert survivor.store.digest() == reference.store.digest()
        assert survivor.store.counts() == reference.store.counts()
        assert _rows(survivor.store) == _rows(reference.store)
        n_null = survivor.store.conn.execute("SELECT count(*) FROM passages WHERE embedding IS NULL").fetchone()[0]
        assert n_null == 0, f"{n_null} passages were stored without their embedding"
        per_doc = {r.id: (r.n_sections, r.n_passages, r.n_figures, r.n_entities)
                   for r in survivor.store.list_documents()}
        assert per_doc == {r.id: (r.n_sections, r.n_passages, r.n_figures, r.n_entities)
                           for r in reference.store.list_documents()}
        assert len(per_doc) == n_files
        index_ids_match_store(survivor)
    finally:
        survivor.close()
        reference.close()
