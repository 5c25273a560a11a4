"""Ingest into the SQLite store: bad input gets typed errors, re-ingest is idempotent, the
CLI lists failures and goes on."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from councilsearch import errors
from councilsearch.cli import app
from councilsearch.config import load_settings
from councilsearch.index.library import Library
from councilsearch.ingest.parse import parse_bytes, parse_file
from tests.conftest import CORPUS, DATA, FINANCE, NWL


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.txt", b"", errors.EmptyDocumentError, "empty"),
        ("blank.txt", b"   \n\n  ", errors.EmptyDocumentError, "no text"),
        ("binary.txt", bytes(range(256)) * 8, errors.EncodingError, "binary"),
        ("utf16.txt", "Revenue outturn was £7.0m under budget.".encode("utf-16-le"), errors.EncodingError, "UTF-16"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, errors.UnsupportedFormatError, "PNG"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, errors.UnsupportedFormatError, ".docx"),
        ("archive.docx", b"PK\x03\x04garbage-not-a-zip" * 4, errors.CorruptDocumentError, ""),
    ],
)
def test_bad_input_raises_typed_readable_errors(name: str, data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        parse_bytes(data, name)
    msg = str(info.value)
    assert words.lower() in msg.lower()
    assert "Traceback" not in msg and len(msg) < 300


def test_latin1_text_is_decoded() -> None:
    doc = parse_bytes("The council’s reserve stands at £26m – see paragraph 10.".encode("cp1252"), "latin.txt")
    assert "£26m" in doc.text


def test_text_document_has_metadata_from_manifest() -> None:
    doc = parse_file(CORPUS / f"{FINANCE}.txt")
    assert doc.council == "Leicester City Council"
    assert doc.doc_type == "progress_review"
    assert doc.date == "2025-11-05"
    assert doc.page_map == (0,)
    assert doc.id.startswith(FINANCE)


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    return Library(load_settings(tmp_path / "data"), embed=False, extract=False)


def test_reingest_unchanged_is_a_no_op_and_changed_file_replaces_rows(lib: Library, tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    f = src / "report.txt"
    f.write_text("1. Introduction\nThe council has a General Fund reserve of £26m.\n", encoding="utf-8")
    first = lib.ingest_file(f)
    assert first.status == "ingested" and first.n_passages >= 1
    digest = lib.store.digest()
    again = lib.ingest_file(f)
    assert again.status == "unchanged" and lib.store.digest() == digest
    f.write_text("1. Introduction\nThe council has a General Fund reserve of £30m.\n", encoding="utf-8")
    changed = lib.ingest_file(f)
    assert changed.status == "replaced" and changed.doc_id != first.doc_id
    docs = lib.store.list_documents()
    assert [d.id for d in docs] == [changed.doc_id]
    texts = [p.text for p in lib.store.doc_passages(changed.doc_id)]
    assert any("£30m" in t for t in texts)
    c = lib.store.conn
    assert c.execute("SELECT count(*) FROM passages WHERE doc_id = ?", (first.doc_id,)).fetchone()[0] == 0
    # FTS follows the rows
    assert lib.store.keyword_search("£26m reserve", 5) == [] or all(
        pid in {p.id for p in lib.store.doc_passages(changed.doc_id)} for pid, _ in lib.store.keyword_search("reserve", 5)
    )


def test_store_is_wal_and_intact(lib: Library) -> None:
    lib.ingest_paths([CORPUS / f"{NWL}.txt"])
    mode = lib.store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert lib.store.integrity_ok()
    counts = lib.store.counts()
    assert counts["documents"] == 1 and counts["passages"] > 5


def test_keyword_search_escapes_fts_syntax(lib: Library) -> None:
    lib.ingest_paths([CORPUS / f"{FINANCE}.txt"])
    for q in ['"unbalanced', "AND OR NOT", "NEAR(savings", "*", "savings*", "(((", "col:value", "\x00", "日本語"]:
        lib.store.keyword_search(q, 5)  # must not raise
    hits = lib.store.keyword_search("planned savings delivered", 3)
    assert hits and "£13.2m" in lib.store.passages([hits[0][0]])[hits[0][0]].text


def test_cli_ingest_reports_failures_and_ingests_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / f"{NWL}.txt", folder)
    shutil.copy(CORPUS / "manifest.csv", folder)
    good_pdf = (DATA / "pdf" / f"{FINANCE}.pdf").read_bytes()
    (folder / "broken.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (folder / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    data = tmp_path / "data"
    res = runner.invoke(app, ["--data-dir", str(data), "ingest", "--no-embed", str(folder)])
    assert res.exit_code == 2, res.output
    assert "broken.pdf" in res.output and "empty.txt" in res.output
    assert "Traceback" not in res.output
    conn = sqlite3.connect(data / "store.sqlite")
    titles = [r[0] for r in conn.execute("SELECT title FROM documents")]
    assert titles == ["Corporate Peer Challenge Progress Review: North West Leicestershire District Council"]
    res = runner.invoke(app, ["--data-dir", str(data), "documents"])
    assert res.exit_code == 0 and "North West" in res.output
    doc_id = conn.execute("SELECT id FROM documents").fetchone()[0]
    res = runner.invoke(app, ["--data-dir", str(data), "show", doc_id])
    assert res.exit_code == 0 and "3.1. Governance and finance" in res.output
    res = runner.invoke(app, ["--data-dir", str(data), "show", "no-such-doc"])
    assert res.exit_code == 1 and "no document" in res.output


def test_a_named_manifest_is_metadata_not_a_document(tmp_path: Path) -> None:
    from councilsearch.ingest.parse import iter_files

    (tmp_path / "a.txt").write_text("Budget report\n\nThe budget is £3m.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,title,council,doc_type,date,source\na.txt,A,X Council,report,2025-01-01,\n",
                                           encoding="utf-8")
    # as a shell glob names them: corpus/*
    named = iter_files([tmp_path / "a.txt", tmp_path / "manifest.csv"])
    assert named == [tmp_path / "a.txt"]
    assert iter_files([tmp_path]) == [tmp_path / "a.txt"]


def test_store_memo_sees_every_change(tmp_path: Path) -> None:
    """What the store memoises (councils, the glossary) is read again after a commit here or
    by another Store on the same file (another process)."""
    from councilsearch.index.store import Store

    store = Store(tmp_path / "store.sqlite")
    row = ("INSERT INTO documents(id, title, council, doc_type, date, source_path, sha256, format, text, page_map,"
           " n_pages) VALUES (?, 't', ?, 'report', '2026-01-01', ?, 'x', 'text', '', '[0]', 1)")
    assert store.councils() == []
    with store.transaction() as c:
        c.execute(row, ("a", "Rutland County Council", "a.txt"))
    assert store.councils() == ["Rutland County Council"]
    other = Store(tmp_path / "store.sqlite")
    with other.transaction() as c:
        c.execute(row, ("b", "Derby City Council", "b.txt"))
    other.close()
    assert store.councils() == ["Derby City Council", "Rutland County Council"]
    assert store.generation() == 2
