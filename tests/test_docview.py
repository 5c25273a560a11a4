"""The document page: the site's own styling, tables as HTML tables, the cited span's page and
section path, links to the sections either side, and the original file to download."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from councilsearch.api.app import create_app
from councilsearch.api.docview import document_view
from councilsearch.config import load_settings
from councilsearch.index.library import Library
from tests.conftest import DATA, FINANCE, ROOT

TABLES = ROOT / "tests" / "data" / "layout" / "capital-programme-tables-2025-26.pdf"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docview")
    for src in (DATA / "pdf" / f"{FINANCE}.pdf", TABLES):
        shutil.copy(src, root)
    lib = Library(load_settings(root / "data"), embed=False)
    assert all(r.ok for r in lib.ingest_paths([root / f"{FINANCE}.pdf", root / TABLES.name], workers=0))
    lib.close()
    return root


@pytest.fixture(scope="module")
def client(store_dir: Path):
    with TestClient(create_app(load_settings(store_dir / "data")), raise_server_exceptions=False) as c:
        yield c


def _doc(client: TestClient, stem: str) -> dict:
    docs = client.get("/documents", params={"limit": 50}).json()["documents"]
    return next(d for d in docs if d["id"].startswith(stem))


def _span_of(store_dir: Path, doc_id: str, words: str) -> tuple[int, int]:
    lib = Library(load_settings(store_dir / "data"), embed=False)
    text = lib.store.get_document(doc_id).text
    lib.close()
    at = text.index(words)
    return at, at + len(words)


def test_a_cited_span_on_a_later_page_says_its_page_of_the_total_and_its_section(client: TestClient, store_dir: Path):
    d = _doc(client, FINANCE)
    start, end = _span_of(store_dir, d["id"], "£13.2m")
    r = client.get(f"/view/{d['id']}", params={"start": start, "end": end})
    assert r.status_code == 200
    assert '<mark id="hl" class="cited" tabindex="-1">£13.2m</mark>' in r.text
    cited_at = r.text.split('class="cited-at"', 1)[1].split("</p>", 1)[0]
    assert f"of {d['n_pages']}" in cited_at and "page 1 of" not in cited_at
    assert " › " in cited_at or "paragraph" in cited_at
    assert "Showing characters" not in r.text
    assert 'class="doc-body"' in r.text and "font-family: Georgia" not in r.text


def test_tables_are_html_tables_with_their_cells(client: TestClient):
    d = _doc(client, TABLES.stem)
    r = client.get(f"/view/{d['id']}")
    assert r.status_code == 200
    table = r.text.split('<div class="table-wrap doc-table"', 1)[1].split("</table>", 1)[0]
    assert "<table>" in table and table.count("<tr>") >= 2
    assert table.count("<td>") >= 4


def test_previous_and_next_sections_are_links(client: TestClient, store_dir: Path):
    d = _doc(client, FINANCE)
    start, end = _span_of(store_dir, d["id"], "£13.2m")
    r = client.get(f"/view/{d['id']}", params={"start": start, "end": end})
    assert 'class="doc-prev"' in r.text or 'class="doc-next"' in r.text
    lib = Library(load_settings(store_dir / "data"), embed=False)
    doc = lib.store.get_document(d["id"])
    sections = lib.store.sections(d["id"])
    lib.close()
    view = document_view(doc, sections, (start, end))
    heads = [s for s in sections if s.kind == "heading"]
    holder = next(s for s in sections if s.span[0] <= start < s.span[1])
    assert view.earlier is None or view.earlier.start < holder.span[0]
    assert view.later is None or view.later.start > holder.span[0]
    assert view.earlier is not None or view.later is not None
    assert len(heads) >= 2


def test_the_original_file_downloads_while_it_is_unchanged(client: TestClient, store_dir: Path):
    d = _doc(client, FINANCE)
    page = client.get(f"/view/{d['id']}").text
    assert f'href="/documents/{d["id"]}/original"' in page
    r = client.get(f"/documents/{d['id']}/original")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"].startswith("attachment")
    assert r.content == (store_dir / f"{FINANCE}.pdf").read_bytes()


def test_a_moved_original_is_a_clear_404(client: TestClient, store_dir: Path):
    d = _doc(client, TABLES.stem)
    src = store_dir / TABLES.name
    src.rename(store_dir / "moved.pdf")
    try:
        r = client.get(f"/documents/{d['id']}/original")
        assert r.status_code == 404
        assert "ingest it again" in r.json()["error"]["message"]
    finally:
        (store_dir / "moved.pdf").rename(src)
