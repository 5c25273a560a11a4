"""Extraction jobs started through the API (issue: service hardening): they parse in the same
sandbox, with the same limits, as ingest; links in a job folder that lead out of it are
skipped and reported; a NUL in a folder name is 422; job rows carry paths relative to the job
folder; CSV exports neutralise cells a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import WRITE_KEY

AUTH = {"authorization": f"Bearer {WRITE_KEY}"}
GOOD = "Housing report\n\n1. The council will build 120 new homes in 2026/27 at a cost of £18m.\n"


def _paragraph_bomb(paragraphs: int) -> bytes:
    """A small DOCX whose document.xml holds millions of empty paragraphs (a few hundred KB)."""
    body = b"<w:p><w:r><w:t>Agenda</w:t></w:r></w:p>" + b"<w:p/>" * paragraphs
    doc = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + b"</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", doc)
    return buf.getvalue()


@pytest.fixture(scope="module")
def job_env(small_index: Path, tmp_path_factory: pytest.TempPathFactory):
    import shutil

    from councilsearch.config import load_settings

    root = tmp_path_factory.mktemp("jobs-hardening")
    data = root / "data"
    shutil.copytree(small_index, data)
    allowed = root / "allowed"
    (allowed / "sub").mkdir(parents=True)
    (allowed / "sub" / "housing-report.txt").write_text(GOOD)
    secret = root / "secret-notes.txt"
    secret.write_text("Confidential\n\nThe chief executive's password hint is a £5m figure.\n")
    (allowed / "sub" / "passwd.txt").symlink_to(secret)
    (allowed / "bomb").mkdir()
    (allowed / "bomb" / "many-paragraphs.docx").write_bytes(_paragraph_bomb(3_000_000))
    (allowed / "bomb" / "housing-report.txt").write_text(GOOD)
    settings = load_settings(data, api_keys=(WRITE_KEY,), job_folders=(allowed,), sandbox=True,
                             parse_memory_bytes=400 * 1024 * 1024, parse_timeout_s=60)
    return settings, allowed


@pytest.fixture(scope="module")
def client(job_env) -> Iterator[TestClient]:
    from councilsearch.api.app import create_app

    settings, _ = job_env
    with TestClient(create_app(settings)) as c:
        yield c


def _run(client: TestClient, folder: str, fmt: str = "jsonl") -> dict:
    r = client.post("/jobs/extract", json={"folder": folder, "format": fmt}, headers=AUTH)
    assert r.status_code == 202, r.text
    job = r.json()
    deadline = time.monotonic() + 300
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.5)
        job = client.get(f"/jobs/{job['id']}", headers=AUTH).json()
    return job


def test_api_jobs_parse_in_the_sandbox_with_the_ingest_limits(client: TestClient, job_env) -> None:
    from councilsearch.pipeline import ParseOptions

    settings, allowed = job_env
    job = _run(client, str(allowed / "bomb"))
    assert job["state"] == "done", job
    assert client.app.state.jobs.options == ParseOptions.of(settings)  # type: ignore[attr-defined]
    failures = job["failures"]
    assert [f["path"] for f in failures] == ["many-paragraphs.docx"], failures
    # the sandbox's memory limit stopped the parser: lxml reports the failed allocation as a
    # parse error of its own, which the sandbox names a resource limit or a damaged file
    assert failures[0]["code"] in ("resource_limit", "corrupt_document"), failures
    assert job["progress"]["failed"] == 1 and job["progress"]["written"] == 1  # reported once, not retried


def test_a_link_out_of_the_job_folder_is_skipped_and_paths_are_relative(client: TestClient, job_env) -> None:
    _, allowed = job_env
    job = _run(client, str(allowed / "sub"))
    assert job["state"] == "done", job
    assert [(f["path"], f["code"]) for f in job["failures"]] == [("passwd.txt", "outside_folder")]
    rows = [json.loads(line) for line in client.get(f"/jobs/{job['id']}/result", headers=AUTH).text.splitlines()]
    assert rows
    assert {r["source_path"] for r in rows} == {"housing-report.txt"}
    assert not any("Confidential" in json.dumps(r) or "secret" in json.dumps(r) for r in rows)


def test_a_nul_in_the_folder_is_422_not_500(client: TestClient, job_env) -> None:
    _, allowed = job_env
    r = client.post("/jobs/extract", json={"folder": f"{allowed}/sub\u0000x"}, headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "bad_input"
    assert "NUL" in r.json()["error"]["message"]


def test_csv_export_neutralises_formulas_and_reads_back_raw(tmp_path: Path) -> None:
    from councilsearch.jobs.export import read_rows
    from councilsearch.jobs.run import run_extract

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "report.txt").write_text(GOOD)
    (folder / "manifest.csv").write_text(
        'file,title,council,doc_type,date\nreport.txt,"=HYPERLINK(""http://evil.example"",""x"")",'
        '"+SUM(1,2)",report,2026-01-05\n')
    out_csv, out_jsonl = tmp_path / "rows.csv", tmp_path / "rows.jsonl"
    run_extract([folder], out_csv, workers=1)
    run_extract([folder], out_jsonl, workers=1)
    with out_csv.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert {r["title"] for r in rows} == {'\'=HYPERLINK("http://evil.example","x")'}
    assert {r["council"] for r in rows} == {"'+SUM(1,2)"}
    raw = [json.loads(line) for line in out_jsonl.read_text().splitlines()]
    assert {r["title"] for r in raw} == {'=HYPERLINK("http://evil.example","x")'}  # JSONL keeps the raw value
    assert set(read_rows(out_csv).column("title").to_pylist()) == {'=HYPERLINK("http://evil.example","x")'}


def test_spreadsheet_marks_round_trip() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from councilsearch.jobs.export import FORMULA_STARTS, spreadsheet_raw, spreadsheet_safe

    @given(st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "a", "1", " "]), max_size=6))
    def check(text: str) -> None:
        safe = spreadsheet_safe(text)
        assert spreadsheet_raw(safe) == text
        assert not safe.startswith(FORMULA_STARTS)

    check()
