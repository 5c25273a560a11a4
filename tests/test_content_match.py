"""A file's content must keep the promise of its name: a crawl saves HTML error pages under
``.pdf`` names, and those are refused with a reason (in ingest, uploads and extraction alike),
never indexed as papers."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from councilsearch.errors import ContentMismatchError
from councilsearch.ingest.sniff import sniff_format
from tests.conftest import DATA, NWL

HTML_PAGE = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not found</body></html>"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "said"), [
    ("bad.pdf", b"garbage", "named .pdf but is plain text"),
    ("report.pdf", HTML_PAGE, "named .pdf but is HTML text"),
    ("minutes.docx", b"%PDF-1.7\n...", "named .docx but is a PDF"),
    ("minutes.docx", b"just words", "named .docx but is plain text"),
    ("agenda.html", b"Agenda for the meeting, with no markup at all", "named .html but is plain text"),
])
def test_a_file_whose_content_contradicts_its_name_is_refused(name: str, data: bytes, said: str) -> None:
    with pytest.raises(ContentMismatchError) as info:
        sniff_format(data, name)
    assert said in str(info.value)
    assert info.value.path == name


@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("paper.pdf", b"%PDF-1.4\n", "pdf"),
    ("paper.PDF", b"\n\n%PDF-1.4\n", "pdf"),
    ("notes.docx", _zip({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}), "docx"),
    ("page.htm", b"<p>Hello</p>", "html"),
    ("notes.txt", HTML_PAGE, "html"),  # a .txt promises nothing: the content decides
    ("no-suffix", b"%PDF-1.4\n", "pdf"),
])
def test_a_file_that_keeps_its_promise_is_read_by_its_content(name: str, data: bytes, fmt: str) -> None:
    assert sniff_format(data, name) == fmt


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "bad.pdf").write_bytes(b"garbage")
    (folder / "good.pdf").write_bytes((DATA / "pdf" / f"{NWL}.pdf").read_bytes())
    return folder


def test_ingest_lists_the_mismatch_as_a_failure_and_exits_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from councilsearch.cli import app

    folder = _folder(tmp_path)
    r = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), "ingest", str(folder)])
    assert r.exit_code == 2, r.output
    assert "bad.pdf" in r.output and "named .pdf but is plain text" in " ".join(r.output.split())


def test_extract_lists_the_mismatch_as_a_failure_and_exits_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from councilsearch.cli import app
    from councilsearch.jobs.export import failures_path

    folder = _folder(tmp_path)
    out = tmp_path / "rows.jsonl"
    r = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--workers", "1"])
    assert r.exit_code == 2, r.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(row["title"] for row in rows)
    assert not any("bad.pdf" in str(row.get("source_path", "")) for row in rows)
    failures = [json.loads(line) for line in failures_path(out).read_text().splitlines()]
    assert [(Path(f["path"]).name, f["code"]) for f in failures] == [("bad.pdf", "content_mismatch")]
