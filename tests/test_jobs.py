"""Bulk extraction jobs: one file of figure and entity rows in JSONL, CSV or Parquet with the
declared schema; a process pool and a Dask LocalCluster give the same rows; bad files are
listed and the job goes on; an interrupted job resumes without writing a row twice; an output
that cannot be written is refused before any work; the notebook runs top to bottom."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.errors import ExportError, InputError, NotFoundError
from councilsearch.jobs.export import failures_path, ledger_path, parts_path, read_rows
from councilsearch.jobs.manager import JobManager, allowed_folder
from councilsearch.jobs.rows import COLUMN_NAMES, SCHEMA, Task
from councilsearch.jobs.run import JobStats, run_extract
from tests.conftest import CORPUS, DATA, FINANCE, NWL, PRODUCTIVITY, ROOT

SMALL = (FINANCE, NWL, PRODUCTIVITY)
KEY = ["sha256", "row_type", "row_no"]


def canon(table: pa.Table) -> pd.DataFrame:
    """Rows in a stable order, for comparing outputs written in completion order."""
    assert table.schema.equals(SCHEMA, check_metadata=False)
    return table.to_pandas().sort_values(KEY).reset_index(drop=True)


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("docs")
    for stem in SMALL:
        shutil.copy(CORPUS / f"{stem}.txt", d)
    shutil.copy(CORPUS / "manifest.csv", d)
    return d


@pytest.fixture(scope="module")
def pool_run(docs_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[JobStats, pd.DataFrame]:
    """The reference: the three small documents through a pool of two processes, as JSONL."""
    out = tmp_path_factory.mktemp("pool") / "rows.jsonl"
    stats = run_extract([docs_dir], out, workers=2)
    return stats, canon(read_rows(out))


def test_pool_rows_are_the_extractors_figures_with_citations(pool_run, docs_dir: Path) -> None:
    from councilsearch.extract.figures import extract_figures
    from councilsearch.ingest.parse import parse_file
    from councilsearch.ingest.sections import split_sections

    stats, rows = pool_run
    assert (stats.written, stats.failed, stats.skipped, stats.scheduler, stats.workers) == (3, 0, 0, "processes", 2)
    assert len(stats.worker_peak_rss) >= 1 and all(v > 50e6 for v in stats.worker_peak_rss.values())
    assert stats.rows == len(rows) == stats.figure_rows + stats.entity_rows
    assert not rows.duplicated(KEY).any()
    assert set(rows.row_type) == {"figure", "entity"}
    for stem in SMALL:
        doc = parse_file(docs_dir / f"{stem}.txt")
        mine = rows[(rows.sha256 == doc.sha256) & (rows.row_type == "figure")].sort_values("row_no")
        want = extract_figures(doc.text)
        assert len(want) > 5
        got = [
            (r.surface, (r.span_start, r.span_end), r.value if pd.notna(r.value) else r.value_text, r.unit, r.kind,
             r.period if pd.notna(r.period) else None, r.label if pd.notna(r.label) else None, r.extractor)
            for r in mine.itertuples()
        ]
        assert got == [(f.surface, f.span, f.value, f.unit, f.kind, f.period, f.label, f.extractor) for f in want]
        # citation oracle: the section whose span holds the figure's start (a linear scan)
        sections = split_sections(doc)
        for r in mine.itertuples():
            sec = next(s for s in sections if s.span[0] <= r.span_start < s.span[1])
            assert (r.section_path if pd.notna(r.section_path) else "") == " > ".join(sec.path)
            assert (r.para_no if pd.notna(r.para_no) else None) == sec.para_no
            assert r.page_first == doc.page_at(r.span_start) and r.doc_id == doc.id
        meta = rows[rows.sha256 == doc.sha256].iloc[0]
        assert meta.council and meta.date and meta.title == doc.title and meta.source_path == str(docs_dir / f"{stem}.txt")
    ents = rows[rows.row_type == "entity"]
    assert set(ents.extractor) == {"entities.v24"} and ents.entity_label.notna().all() and ents.normalised.notna().all()
    assert rows[rows.row_type == "figure"].entity_label.isna().all()
    money = rows[(rows.kind == "money") & (rows.surface == "£13.2m")]
    assert len(money) == 1 and money.value.iloc[0] == 13_200_000.0
    assert "£13.2m" in money.sentence.iloc[0]  # the sentence it came from travels with the row
    figs = rows[rows.row_type == "figure"]
    assert figs.sentence.notna().mean() > 0.9
    assert rows.para_no.notna().any()


def test_csv_and_parquet_hold_the_same_rows_with_the_declared_schema(pool_run, docs_dir: Path, tmp_path: Path) -> None:
    _, ref = pool_run
    for name in ("rows.csv", "rows.parquet"):
        out = tmp_path / name
        stats = run_extract([docs_dir], out, scheduler="inline")
        assert stats.written == 3 and stats.ok
        pd.testing.assert_frame_equal(canon(read_rows(out)), ref)
    assert list(pd.read_csv(tmp_path / "rows.csv").columns) == list(COLUMN_NAMES)
    declared = pq.read_schema(tmp_path / "rows.parquet")
    assert declared.equals(SCHEMA, check_metadata=False) and declared.metadata[b"councilsearch.schema"] == b"rows.v4"
    df = pd.read_parquet(tmp_path / "rows.parquet")
    assert df["value"].dtype == "float64" and df["span_start"].dtype == "int64" and len(df) == len(ref)
    assert not parts_path(tmp_path / "rows.parquet").exists()
    assert len(ledger_path(tmp_path / "rows.parquet").read_text().splitlines()) == 1 + 3


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), bool(dask.config.get("distributed.worker.profile.enabled"))


def test_dask_local_cluster_gives_the_same_rows_as_the_process_pool(pool_run, docs_dir: Path, tmp_path: Path) -> None:
    _, ref = pool_run
    from councilsearch.jobs.backends import DaskBackend
    from councilsearch.pipeline import ParseOptions

    out = tmp_path / "dask.parquet"
    be = DaskBackend("local", 2, ParseOptions())
    # the workers allocate like the pool's (no MALLOC_TRIM_THRESHOLD_ from the nanny, which
    # costs thousands of page faults a document) and run no statistical profiler
    try:
        settings = be.client.run(_worker_settings)
        assert len(settings) == 2
        assert set(settings.values()) == {(os.environ.get("MALLOC_TRIM_THRESHOLD_"), False)}
    except BaseException:
        be.close()
        raise
    stats = run_extract([docs_dir], out, backend=be)
    assert (stats.scheduler, stats.workers, stats.written, stats.failed) == ("dask-local", 2, 3, 0)
    pd.testing.assert_frame_equal(canon(read_rows(out)), ref)


def _bad_folder(root: Path) -> Path:
    from pypdf import PdfWriter

    d = root / "mixed"
    d.mkdir()
    shutil.copy(CORPUS / f"{NWL}.txt", d / "good.txt")
    shutil.copy(CORPUS / f"{NWL}.txt", d / "good-copy.txt")  # the same bytes: written once
    pdf = (DATA / "pdf" / f"{PRODUCTIVITY}.pdf").read_bytes()
    (d / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    w = PdfWriter(clone_from=io.BytesIO(pdf))
    w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    (d / "encrypted.pdf").write_bytes(buf.getvalue())
    (d / "empty.txt").write_bytes(b"")
    (d / "picture.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return d


def test_bad_files_are_listed_and_the_good_ones_written(tmp_path: Path) -> None:
    d = _bad_folder(tmp_path)
    out = tmp_path / "out" / "rows.jsonl"
    out.parent.mkdir()
    res = CliRunner().invoke(app, ["extract", str(d), "--out", str(out), "--scheduler", "inline"])
    assert res.exit_code == 2, res.output
    fails = [json.loads(line) for line in failures_path(out).read_text().splitlines()]
    by_name = {Path(f["path"]).name: f for f in fails}
    assert {k: v["code"] for k, v in by_name.items()} == {
        "truncated.pdf": "corrupt_document", "encrypted.pdf": "encrypted_document",
        "empty.txt": "empty_document", "picture.pdf": "unsupported_format",
    }
    for name, f in by_name.items():
        assert name in f["error"] and "Traceback" not in f["error"] and len(f["error"]) < 300
    assert "password" in by_name["encrypted.pdf"]["error"] and "PNG" in by_name["picture.pdf"]["error"]
    rows = read_rows(out).to_pandas()
    # the two copies hold the same bytes: the first in file order is written, the other skipped
    assert rows.source_path.map(lambda p: Path(p).name).unique().tolist() == ["good-copy.txt"]
    assert not rows.duplicated(KEY).any() and len(rows) > 20
    assert "encrypted.pdf" in res.output and "4" in res.output
    # fixing a file and running again: only the failures are retried, and they are not failures any more
    for f in ("truncated.pdf", "encrypted.pdf", "empty.txt", "picture.pdf"):
        (d / f).unlink()
    res2 = CliRunner().invoke(app, ["extract", str(d), "--out", str(out), "--scheduler", "inline"])
    assert res2.exit_code == 0, res2.output
    assert not failures_path(out).exists()
    assert len(read_rows(out)) == len(rows)


def test_extract_help_names_the_row_type_column() -> None:
    res = CliRunner().invoke(app, ["extract", "--help"], terminal_width=200)
    assert res.exit_code == 0
    assert "row_type" in res.output and "figure|entity" in res.output and "ONE file" in res.output


def _ledger_entries(out: Path) -> int:
    try:
        return sum(1 for line in ledger_path(out).read_text().splitlines()[1:] if line.count("\t") == 2)
    except FileNotFoundError:
        return 0


def test_killed_job_resumes_without_duplicates(pool_run, docs_dir: Path, tmp_path: Path) -> None:
    """SIGKILL a real CLI run after its first document, tear a half-written batch onto the
    output as a kill mid-write would, and run again: the same rows as an uninterrupted run."""
    _, ref = pool_run
    out = tmp_path / "rows.jsonl"
    env = {**os.environ, "COLUMNS": "120"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "councilsearch.cli", "extract", str(docs_dir), "--out", str(out), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, env=env, cwd=ROOT,
    )
    deadline = time.monotonic() + 120
    try:
        while _ledger_entries(out) < 1:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the job wrote nothing in 120 s"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    written_before = _ledger_entries(out)
    assert 1 <= written_before < 3, "the job finished before it could be interrupted"
    with out.open("ab") as fh:  # a batch cut off mid-write
        fh.write(b'{"row_type": "figure", "doc_id": "half-writ')
    stats = run_extract([docs_dir], out, scheduler="inline")
    assert (stats.skipped, stats.written, stats.failed) == (written_before, 3 - written_before, 0)
    again = canon(read_rows(out))
    assert not again.duplicated(KEY).any()
    pd.testing.assert_frame_equal(again, ref)
    # and once more: nothing to do, nothing written
    size = out.stat().st_size
    stats = run_extract([docs_dir], out, scheduler="inline")
    assert (stats.skipped, stats.written) == (3, 0) and out.stat().st_size == size


def test_cancelled_parquet_job_resumes_from_its_parts(pool_run, docs_dir: Path, tmp_path: Path) -> None:
    _, ref = pool_run
    out = tmp_path / "rows.parquet"
    cancel = threading.Event()

    def stop_after_first(st: JobStats) -> None:
        if st.written >= 1:
            cancel.set()

    stats = run_extract([docs_dir], out, scheduler="inline", progress=stop_after_first, cancel=cancel)
    assert stats.interrupted and stats.written == 1 and not out.exists()
    parts = parts_path(out)
    assert len(list(parts.glob("*.parquet"))) == 1
    (parts / ".deadbeef.parquet.tmp").write_bytes(b"PAR1 half a part")  # a part cut off mid-write
    stats = run_extract([docs_dir], out, scheduler="inline")
    assert (stats.skipped, stats.written, stats.interrupted) == (1, 2, False)
    pd.testing.assert_frame_equal(canon(read_rows(out)), ref)
    assert not parts.exists()
    # a crash after the combine but before the parts were cleared: the next run must not duplicate
    parts.mkdir()
    one = pq.read_table(out).filter(pa.compute.equal(pq.read_table(out).column("sha256"), ref.sha256.iloc[0]))
    pq.write_table(one, parts / f"{ref.sha256.iloc[0]}.parquet")
    stats = run_extract([docs_dir], out, scheduler="inline")
    assert (stats.skipped, stats.written) == (3, 0)
    pd.testing.assert_frame_equal(canon(read_rows(out)), ref)


class _NoWork:
    """A backend that fails the test if any document is handed to it."""

    name, workers = "none", 1

    def run(self, tasks, max_in_flight):  # type: ignore[no-untyped-def]
        for t in tasks:
            assert not isinstance(t, Task), "work started before the output was checked"
        return iter(())

    def close(self, cancel: bool = False) -> None:
        return None


@pytest.mark.parametrize("case", ["missing_folder", "parent_is_file", "out_is_folder", "unwritable", "not_ours"])
def test_unwritable_output_is_refused_before_any_work(case: str, docs_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "folder.jsonl").mkdir()
    (tmp_path / "notes.csv").write_text("someone's,spreadsheet\n1,2\n")
    out = {
        "missing_folder": tmp_path / "no" / "such" / "rows.jsonl",
        "parent_is_file": tmp_path / "a-file" / "rows.jsonl",
        "out_is_folder": tmp_path / "folder.jsonl",
        "unwritable": Path("/proc/councilsearch-rows.jsonl"),
        "not_ours": tmp_path / "notes.csv",
    }[case]
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportError) as info:
        run_extract([docs_dir], out, backend=_NoWork())
    msg = str(info.value)
    assert str(out) in msg and "Traceback" not in msg
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "notes.csv").read_text().startswith("someone's")
    res = CliRunner().invoke(app, ["extract", str(docs_dir), "--out", str(out)])
    assert res.exit_code == 1 and "error:" in res.output


def test_format_and_inputs_are_checked(docs_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="--format"):
        run_extract([docs_dir], tmp_path / "rows.xlsx", backend=_NoWork())
    with pytest.raises(InputError, match="not found"):
        run_extract([tmp_path / "no-such-folder"], tmp_path / "rows.jsonl", backend=_NoWork())
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(InputError, match="no documents"):
        run_extract([tmp_path / "empty-folder"], tmp_path / "rows.jsonl", backend=_NoWork())
    assert not (tmp_path / "rows.jsonl").exists()
    run_extract([docs_dir / f"{NWL}.txt"], tmp_path / "rows.jsonl", scheduler="inline")
    with pytest.raises(ExportError, match="written as jsonl"):
        run_extract([docs_dir], tmp_path / "rows.jsonl", fmt="csv", backend=_NoWork())


def test_job_manager_runs_jobs_in_the_background(docs_dir: Path, tmp_path: Path) -> None:
    jm = JobManager(tmp_path / "jobs", scheduler="inline")
    try:
        job = jm.submit([docs_dir / f"{NWL}.txt"], fmt="csv")
        rec = jm.wait(job, timeout=120)
        assert rec.state == "done", rec
        st = rec.status()
        assert st.progress.written == 1 and st.progress.total == 1 and st.failures == []
        assert st.result_ready is True
        result = jm.result_path(job)
        assert result.name == "extract.csv" and len(read_rows(result)) > 20
        with pytest.raises(NotFoundError):
            jm.get("no-such-job")
        with pytest.raises(InputError):
            jm.submit([tmp_path / "nowhere"])
    finally:
        jm.close()
    # a new manager over the same folder still serves the finished job
    jm2 = JobManager(tmp_path / "jobs", scheduler="inline")
    assert jm2.get(job).state == "done" and jm2.result_path(job) == result
    assert allowed_folder(docs_dir, [docs_dir.parent]) == docs_dir.resolve()
    with pytest.raises(InputError, match="not inside"):
        allowed_folder(tmp_path, [docs_dir])
    with pytest.raises(InputError, match="not enabled"):
        allowed_folder(docs_dir, [])


def test_server_processes_share_their_jobs(docs_dir: Path, tmp_path: Path) -> None:
    """``serve --workers N``: each process's JobManager answers for the others' jobs from the
    shared folder and cancels them through it; a restart leaves a live process's job alone."""
    import subprocess
    import time

    owner, other = JobManager(tmp_path / "jobs", scheduler="inline"), JobManager(tmp_path / "jobs", scheduler="inline")
    try:
        done = owner.submit([docs_dir / f"{NWL}.txt"], fmt="csv")
        owner.wait(done, timeout=120)
        seen = other.get(done)
        assert seen.state == "done" and other.result_path(done) == owner.result_path(done)
        # cancelled through the other process: the owner stops between documents
        slow = owner.submit([docs_dir], fmt="jsonl")
        deadline = time.monotonic() + 60
        while owner.get(slow).state == "queued" and time.monotonic() < deadline:
            time.sleep(0.01)
        other.cancel(slow)
        rec = owner.wait(slow, timeout=120)
        assert rec.state == "cancelled" and rec.stats.get("processed", 0) < len(SMALL), rec
        assert other.get(slow).state == "cancelled"
    finally:
        owner.close()
        other.close()
    # a job whose owner still runs is not "interrupted" by another process starting
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        job_dir = tmp_path / "jobs" / ("a" * 32)
        job_dir.mkdir()
        record = {"id": "a" * 32, "state": "running", "format": "jsonl", "created": 1.0, "inputs": [],
                  "owner": sleeper.pid}
        (job_dir / "job.json").write_text(json.dumps(record))
        assert JobManager(tmp_path / "jobs", scheduler="inline").get("a" * 32).state == "running"
    finally:
        sleeper.kill()
        sleeper.wait()
    assert JobManager(tmp_path / "jobs", scheduler="inline").get("a" * 32).state == "interrupted"


def test_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nbclient
    import nbformat

    # A kernel spec that runs this interpreter (the venv's), whatever else is installed.
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (councilsearch venv)", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("COUNCILSEARCH_NOTEBOOK_OUT", str(tmp_path / "nb-out"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    path = ROOT / "notebooks" / "explore_figures.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook with outputs cleared"
    t0 = time.monotonic()
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=180,
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    assert time.monotonic() - t0 < 120
    text = "\n".join(
        o.get("text", "") + json.dumps(o.get("data", {}).get("text/plain", ""))
        for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )
    assert "£79.2m" in text and "paragraph 28" in text and "cumulative DSG deficit" in text
    assert (tmp_path / "nb-out" / "dsg_and_reserves.png").stat().st_size > 5000
    assert pd.read_parquet(tmp_path / "nb-out" / "corpus_rows.parquet").doc_id.nunique() == 5


def test_a_worker_killed_mid_job_is_replaced_and_no_document_is_lost(docs_dir: Path, tmp_path: Path) -> None:
    """SIGKILL a pool worker (as the OOM killer would) while it works: the pool is restarted,
    the documents that were in flight are retried one by one, and every row is written once."""
    from councilsearch.jobs.backends import ProcessBackend
    from councilsearch.pipeline import ParseOptions

    two = tmp_path / "two"
    two.mkdir()
    for stem in (NWL, PRODUCTIVITY):
        shutil.copy(docs_dir / f"{stem}.txt", two)
    killed: list[int] = []

    class KillOnce(ProcessBackend):
        def run(self, tasks, max_in_flight):  # type: ignore[no-untyped-def]
            for task, result in super().run(tasks, max_in_flight):
                if not killed:  # the other document is in flight now: kill the worker under it
                    killed.append(result.pid)
                    os.kill(result.pid, signal.SIGKILL)
                yield task, result

    out = tmp_path / "rows.jsonl"
    stats = run_extract([two], out, backend=KillOnce(1, ParseOptions()), max_in_flight=2)
    assert killed and (stats.written, stats.failed) == (2, 0), stats.failures
    rows = read_rows(out).to_pandas()
    assert not rows.duplicated(KEY).any() and rows.sha256.nunique() == 2
    assert len(stats.worker_peak_rss) == 2  # the killed worker and its replacement


def test_jobs_api_router(docs_dir: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from councilsearch.api import jobs as jobs_api
    from councilsearch.api.app import create_app
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    settings = load_settings(tmp_path / "data", api_keys=("write-key",), read_keys=("read-key",),
                             job_folders=(docs_dir,))
    lib = Library(settings, embed=False)
    ing = lib.ingest_file(docs_dir / f"{NWL}.txt")
    assert ing.ok
    app = create_app(settings, library=lib)
    app.include_router(jobs_api.router)
    app.state.jobs = JobManager(tmp_path / "jobs", store=lib.store, scheduler="inline")
    auth = {"Authorization": "Bearer write-key"}
    try:
        with TestClient(app) as client:
            body = {"doc_ids": [ing.doc_id], "format": "csv"}
            assert client.post("/jobs/extract", json=body).status_code == 401
            assert client.post("/jobs/extract", json=body, headers={"Authorization": "Bearer read-key"}).status_code == 403
            r = client.post("/jobs/extract", json={"folder": str(tmp_path)}, headers=auth)
            assert r.status_code == 422 and "not inside" in r.json()["error"]["message"]
            r = client.post("/jobs/extract", json={"doc_ids": ["no-such-doc"]}, headers=auth)
            assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
            r = client.post("/jobs/extract", json=body, headers=auth)
            assert r.status_code == 202, r.text
            job = r.json()["id"]
            deadline = time.monotonic() + 120
            while (st := client.get(f"/jobs/{job}", headers=auth).json())["state"] in ("queued", "running"):
                assert time.monotonic() < deadline
                time.sleep(0.1)
            assert st["state"] == "done" and st["progress"]["written"] == 1 and st["result_url"] == f"/jobs/{job}/result"
            res = client.get(st["result_url"], headers=auth)
            assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
            rows = pd.read_csv(io.StringIO(res.text))
            assert set(rows.doc_id) == {ing.doc_id}
            assert Counter(rows.row_type) == {"figure": ing.n_figures, "entity": ing.n_entities}
            assert client.get(f"/jobs/{'0' * 32}", headers=auth).status_code == 404
    finally:
        app.state.jobs.close()
        lib.close()
