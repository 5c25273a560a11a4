"""The HTTP API and the search page, through TestClient, over a real index of the corpus."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from councilsearch.api.app import create_app
from councilsearch.config import Settings
from tests.conftest import DATA, FINANCE, NWL, READ_KEY, WRITE_KEY

PDF = DATA / "pdf" / f"{FINANCE}.pdf"
SAVINGS_Q = "how much of the planned savings has been delivered?"
WRITE = {"Authorization": f"Bearer {WRITE_KEY}"}
READ = {"Authorization": f"Bearer {READ_KEY}"}


@pytest.fixture(scope="module")
def client(api_settings: Settings):
    app = create_app(api_settings)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def doc_ids(client: TestClient) -> dict[str, str]:
    """file stem -> stored document id."""
    docs = client.get("/documents", params={"limit": 100}).json()["documents"]
    out = {}
    for d in docs:
        stem = d["id"].rsplit("-", 1)[0]
        out[stem] = d["id"]
    return out


def assert_error(r, status: int, code: str | None = None) -> dict:
    """The one error shape: exactly {"error": {"code", "message", "detail"}}."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in r.text
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


def library_state(client: TestClient) -> tuple[int, int, list[str]]:
    h = client.get("/health").json()
    ids = [d["id"] for d in client.get("/documents", params={"limit": 500}).json()["documents"]]
    return h["counts"]["documents"], h["vectors"], sorted(ids)


def uploads_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "uploads"


# -- health, documents -----------------------------------------------------------------------


def test_health_reports_the_loaded_index(client: TestClient):
    r = client.get("/health")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["index_loaded"] is True
    assert h["counts"]["documents"] == 5
    assert h["counts"]["passages"] > 100
    assert h["vectors"] == h["counts"]["passages"]
    assert h["model"] == "all-MiniLM-L6-v2" and h["dimension"] == 384
    assert h["versions"]["figures"].startswith("figures.")
    assert h["versions"]["entities"].startswith("entities.")


def test_documents_are_paged_with_a_total(client: TestClient):
    first = client.get("/documents", params={"limit": 2}).json()
    assert first["total"] == 5 and len(first["documents"]) == 2
    rest = client.get("/documents", params={"offset": 2, "limit": 10}).json()
    assert len(rest["documents"]) == 3
    ids = [d["id"] for d in first["documents"] + rest["documents"]]
    assert len(set(ids)) == 5
    assert all(d["n_passages"] > 0 for d in first["documents"] + rest["documents"])
    assert_error(client.get("/documents", params={"limit": 0}), 422, "invalid_request")
    assert_error(client.get("/documents", params={"offset": -1}), 422, "invalid_request")


def test_document_metadata_and_outline(client: TestClient, doc_ids):
    r = client.get(f"/documents/{doc_ids[FINANCE]}")
    assert r.status_code == 200
    d = r.json()
    assert d["council"] == "Leicester City Council" and d["doc_type"] == "progress_review"
    assert d["date"] == "2025-11-05"
    headings = [o["heading"] for o in d["outline"] if o["kind"] == "heading"]
    assert any("Recommendation" in (h or "") for h in headings), headings
    assert all(o["url"].startswith(f"/view/{d['id']}?start=") for o in d["outline"])
    assert_error(client.get("/documents/no-such-doc"), 404, "not_found")


def test_document_text_returns_the_cited_span_with_context(client: TestClient):
    hit = client.get("/search", params={"q": SAVINGS_Q, "k": 1}).json()["hits"][0]
    start, end = hit["citation"]["span"]
    r = client.get(f"/documents/{hit['citation']['doc_id']}/text",
                   params={"start": start, "end": end, "context": 50})
    assert r.status_code == 200
    t = r.json()
    assert t["text"] == hit["passage"]["text"]
    assert len(t["before"]) <= 50 and len(t["after"]) <= 50
    assert t["pages"] == hit["citation"]["pages"]
    assert t["section_path"] == hit["citation"]["section_path"]
    doc = hit["citation"]["doc_id"]
    assert_error(client.get(f"/documents/{doc}/text", params={"start": 10, "end": 5}), 422, "bad_query")
    assert_error(client.get(f"/documents/{doc}/text", params={"start": 0, "end": 10**9}), 422, "bad_query")
    assert_error(client.get("/documents/nope/text", params={"start": 0, "end": 5}), 404, "not_found")


def test_glossary(client: TestClient, doc_ids):
    g = client.get(f"/documents/{doc_ids[NWL]}/glossary").json()
    assert g["count"] == len(g["glossary"]) > 0
    for e in g["glossary"]:
        assert e["acronym"].isupper() and e["expansion"]
    assert_error(client.get("/documents/nope/glossary"), 404, "not_found")


# -- search ------------------------------------------------------------------------------------


def test_search_answers_with_a_cited_passage(client: TestClient):
    r = client.get("/search", params={"q": SAVINGS_Q, "k": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == len(body["hits"]) == 5
    top = body["hits"][0]
    assert top["citation"]["doc_id"].startswith(FINANCE)
    assert "£13.2m" in top["passage"]["text"]
    assert top["citation"]["url"].startswith(f"/view/{top['citation']['doc_id']}?start=")
    assert top["citation"]["url"].endswith("#hl")
    assert set(top["retrievers"]) <= {"bm25", "dense"} and top["retrievers"]
    text = top["passage"]["text"]
    marked = {text[s:e].lower() for s, e in top["highlights"]}
    assert {"savings", "delivered"} <= marked, marked
    surfaces = {f["surface"] for f in top["figures"]}
    assert "£13.2m" in surfaces
    assert all(f["display"] for f in top["figures"])
    assert top["answer"] is not None and top["answer"]["kind"] == "money"
    scores = [h["score"] for h in body["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_search_says_which_council_the_question_names(client: TestClient):
    q = "what did North West Leicestershire decide about its transformation fund"
    body = client.get("/search", params={"q": q, "k": 3}).json()
    assert body["council_from_question"] == "North West Leicestershire District Council"
    assert body["hits"][0]["citation"]["council"] == body["council_from_question"]
    # a council filter is the user's own choice: nothing is preferred on top of it
    filtered = client.get("/search", params={"q": q, "k": 3, "council": "Leicester City Council"}).json()
    assert filtered["council_from_question"] is None
    page = client.get("/", params={"q": q})
    assert page.status_code == 200 and 'id="council-from-question"' in page.text


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"council": "North West Leicestershire District Council"}, lambda h: "North West" in h["citation"]["council"]),
        ({"doc_type": "agenda"}, lambda h: h["citation"]["doc_type"] == "agenda"),
        ({"from": "2025-01-01", "to": "2025-12-31"}, lambda h: h["citation"]["date"].startswith("2025")),
        ({"to": "2010"}, lambda h: h["citation"]["date"] < "2011"),
        ({"section_kind": "paragraph"}, lambda h: h["passage"]["kind"] == "paragraph"),
    ],
)
def test_search_filters_apply(client: TestClient, params, check):
    body = client.get("/search", params={"q": "budget savings and reserves", "k": 10, **params}).json()
    assert body["hits"], params
    assert all(check(h) for h in body["hits"]), params


def test_search_filter_by_document(client: TestClient, doc_ids):
    body = client.get("/search", params={"q": "leadership", "k": 10, "doc": doc_ids[NWL]}).json()
    assert body["hits"] and {h["citation"]["doc_id"] for h in body["hits"]} == {doc_ids[NWL]}


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "invalid_request"),  # q missing
        ({"q": ""}, "bad_query"),
        ({"q": "   "}, "bad_query"),
        ({"q": "x" * 1001}, "bad_query"),
        ({"q": "savings", "k": 0}, "bad_query"),
        ({"q": "savings", "k": 101}, "bad_query"),
        ({"q": "savings", "k": "many"}, "invalid_request"),
        ({"q": "savings", "from": "yesterday"}, "bad_query"),
        ({"q": "savings", "from": "2025-02-30"}, "bad_query"),
        ({"q": "savings", "to": "2025-13"}, "bad_query"),
        ({"q": "savings", "from": "2026-01-01", "to": "2025-01-01"}, "bad_query"),
        ({"q": "savings", "doc_type": "novel"}, "invalid_request"),
        ({"q": "savings", "section_kind": "footnote"}, "invalid_request"),
    ],
)
def test_search_rejects_bad_input(client: TestClient, params, code):
    assert_error(client.get("/search", params=params), 422, code)


def test_search_parameter_types_list_the_known_values():
    from typing import get_args

    from councilsearch.api.routes.search import DocType
    from councilsearch.models import DOC_TYPES, SECTION_KINDS, SectionKind

    assert get_args(DocType) == DOC_TYPES
    assert get_args(SectionKind) == SECTION_KINDS


def test_search_text_is_never_query_syntax(client: TestClient):
    for q in ['"unbalanced', "NEAR(a b)", "savings OR", "* AND -", "col:text", "DROP TABLE documents;--"]:
        r = client.get("/search", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/health").json()["counts"]["documents"] == 5


# -- figures and entities ----------------------------------------------------------------------


def test_figures_filter_and_cite(client: TestClient):
    body = client.get("/figures", params={"kind": "money", "min": 1e6, "max": 5e7, "limit": 50}).json()
    assert body["figures"]
    for row in body["figures"]:
        f = row["figure"]
        assert f["kind"] == "money" and 1e6 <= f["value"] <= 5e7
        assert row["citation"]["doc_id"] and row["citation"]["pages"]
        assert row["citation"]["url"].startswith("/view/")
    period = client.get("/figures", params={"period": "2025/26", "limit": 20}).json()["figures"]
    assert period and all(r["figure"]["period"] == "2025/26" for r in period)
    words = client.get("/figures", params={"q": "savings", "kind": "money", "limit": 20}).json()["figures"]
    assert words
    for r in words:
        seen = " ".join(str(x) for x in (r["figure"]["label"], r["figure"]["table_row"], r["figure"]["table_col"],
                                         r["context"])).lower()
        assert "saving" in seen or r["passage_id"] is not None
    page = client.get("/figures", params={"limit": 3}).json()
    assert page["count"] == 3 and page["has_more"] is True
    assert_error(client.get("/figures", params={"min": 10, "max": 1}), 422, "bad_query")
    assert_error(client.get("/figures", params={"min": "lots"}), 422, "invalid_request")


def test_entities_filter(client: TestClient, doc_ids):
    people = client.get("/entities", params={"label": "PERSON", "limit": 50}).json()["entities"]
    assert people and all(e["label"] == "PERSON" for e in people)
    in_doc = client.get("/entities", params={"doc": doc_ids[FINANCE], "limit": 50}).json()["entities"]
    assert in_doc and all(e["doc_id"] == doc_ids[FINANCE] for e in in_doc)
    named = client.get("/entities", params={"q": "leicester", "limit": 50}).json()["entities"]
    assert named and all("leicester" in (e["normalised"] + e["text"]).lower() for e in named)


# -- auth, upload, delete ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "unauthorized"),
        ({"Authorization": "Bearer not-a-key"}, 401, "unauthorized"),
        ({"Authorization": f"Basic {WRITE_KEY}"}, 401, "unauthorized"),
        (READ, 403, "forbidden"),
    ],
)
def test_writes_need_a_write_key_and_change_nothing_without_one(
    client: TestClient, api_settings: Settings, doc_ids, headers, status, code
):
    before = library_state(client)
    files = {"file": ("x.pdf", PDF.read_bytes(), "application/pdf")}
    r = client.post("/documents", files=files, headers=headers)
    assert_error(r, status, code)
    if status == 401:
        assert r.headers.get("www-authenticate") == "Bearer"
    assert_error(client.delete(f"/documents/{doc_ids[FINANCE]}", headers=headers), status, code)
    assert library_state(client) == before
    assert client.get(f"/documents/{doc_ids[FINANCE]}").status_code == 200
    assert not uploads_dir(api_settings).exists() or not any(uploads_dir(api_settings).iterdir())


def test_upload_pdf_searchable_while_ingesting_then_delete(client: TestClient, api_settings: Settings):
    before = library_state(client)
    data = PDF.read_bytes()
    result: dict = {}

    def upload() -> None:
        t0 = time.perf_counter()
        r = client.post("/documents", headers=WRITE,
                        files={"file": ("../../etc/passwd", data, "application/octet-stream")},
                        data={"title": "Uploaded finance review", "doc_type": "progress_review"})
        result["r"], result["seconds"] = r, time.perf_counter() - t0

    t = threading.Thread(target=upload)
    t.start()
    answered_during = 0
    while t.is_alive():  # search keeps answering while the upload is parsed, analysed and embedded
        r = client.get("/search", params={"q": "reserves", "k": 3})
        assert r.status_code == 200
        if t.is_alive():
            answered_during += 1
        time.sleep(0.05)
    t.join()
    assert answered_during >= 1
    r = result["r"]
    assert r.status_code == 201, r.text
    up = r.json()
    assert up["format"] == "pdf" and up["status"] == "ingested" and up["bytes"] == len(data)
    assert up["n_passages"] > 5 and up["n_figures"] > 5
    assert r.headers["location"] == f"/documents/{up['id']}"
    doc_id = up["id"]
    assert ".." not in doc_id and "/" not in doc_id

    # kept under a name the server made, inside the data folder
    kept = uploads_dir(api_settings) / f"{hashlib.sha256(data).hexdigest()}.pdf"
    assert kept.read_bytes() == data
    assert [p.name for p in uploads_dir(api_settings).iterdir()] == [kept.name]
    assert not list(Path(api_settings.data_dir).rglob("passwd"))

    meta = client.get(f"/documents/{doc_id}").json()
    assert meta["format"] == "pdf" and meta["title"] == "Uploaded finance review" and meta["n_pages"] >= 2
    hits = client.get("/search", params={"q": SAVINGS_Q, "doc": doc_id, "k": 3}).json()["hits"]
    assert hits and any("£13.2m" in h["passage"]["text"] for h in hits)
    assert hits[0]["citation"]["pages"]
    assert client.get("/health").json()["vectors"] == before[1] + up["n_passages"]

    # the same bytes again: nothing new
    again = client.post("/documents", headers=WRITE, files={"file": ("../../etc/passwd", data)})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    # the stored title, not the one this upload's file name suggests
    assert again.json()["title"] == "Uploaded finance review"

    d = client.delete(f"/documents/{doc_id}", headers=WRITE)
    assert d.status_code == 200 and d.json() == {"id": doc_id, "deleted": True, "passages_removed": up["n_passages"]}
    assert_error(client.get(f"/documents/{doc_id}"), 404, "not_found")
    assert client.get("/search", params={"q": SAVINGS_Q, "doc": doc_id}).json()["hits"] == []
    assert not kept.exists()
    assert library_state(client) == before
    assert_error(client.delete(f"/documents/{doc_id}", headers=WRITE), 404, "not_found")


@pytest.mark.parametrize("name", ["../../etc/passwd", "C:\\x.pdf", "..\\..\\Windows\\win.ini", "/abs/report.pdf", "....pdf"])
def test_upload_names_never_become_paths_and_type_comes_from_bytes(client: TestClient, api_settings: Settings, name):
    data = f"Budget note {name!r}\n\n1. The council holds £2.5m of general reserves in 2025/26.\n".encode()
    r = client.post("/documents", headers=WRITE, files={"file": (name, data, "application/pdf")})
    assert r.status_code == 201, r.text
    up = r.json()
    assert up["format"] == "text"  # sniffed from the bytes, whatever the name or content type says
    kept = uploads_dir(api_settings) / f"{hashlib.sha256(data).hexdigest()}.txt"
    assert kept.is_file()
    assert all(p.parent == uploads_dir(api_settings) for p in uploads_dir(api_settings).iterdir())
    assert not any(x in up["id"] for x in ("/", "\\", ".."))
    assert client.delete(f"/documents/{up['id']}", headers=WRITE).status_code == 200
    assert not kept.exists()


def test_malformed_pdf_is_refused_with_the_parsers_reason(client: TestClient, api_settings: Settings):
    before = library_state(client)
    broken = PDF.read_bytes()[:3000]  # a truncated PDF
    err = assert_error(client.post("/documents", headers=WRITE, files={"file": ("broken.pdf", broken)}), 422)
    assert err["code"] in ("corrupt_document", "parse_error", "no_text_layer", "empty_document")
    assert "pdf" in err["message"].lower()
    junk = b"%PDF-1.7\n" + b"\x00\xff garbage " * 200
    err = assert_error(client.post("/documents", headers=WRITE, files={"file": ("junk.pdf", junk)}), 422)
    assert "pdf" in err["message"].lower()
    exe = b"MZ" + b"\x00" * 500
    assert_error(client.post("/documents", headers=WRITE, files={"file": ("a.pdf", exe)}), 422, "unsupported_format")
    assert_error(client.post("/documents", headers=WRITE, files={"file": ("e.txt", b"")}), 422, "empty_document")
    assert_error(client.post("/documents", headers=WRITE, data={"title": "no file"}), 422, "bad_input")
    assert_error(client.post("/documents", headers=WRITE, files={"file": ("", b"no filename")}), 422, "bad_input")
    assert_error(client.post("/documents", headers=WRITE, files={"file": ("a.txt", b"text")},
                             data={"doc_type": "novel"}), 422, "bad_input")
    assert library_state(client) == before
    assert not uploads_dir(api_settings).exists() or not any(uploads_dir(api_settings).iterdir())


def test_oversize_uploads_get_413_before_the_body_is_read(client: TestClient, api_settings: Settings):
    before = library_state(client)
    big = b"%PDF-1.7\n" + b"0" * (api_settings.max_upload_bytes + 1000)
    assert_error(client.post("/documents", headers=WRITE, files={"file": ("big.pdf", big)}), 413, "too_large")

    # no Content-Length (chunked): counted while streaming
    boundary = "cs-test-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    sent = {"bytes": 0}

    def body():
        yield head
        for _ in range(200):  # 200 x 16 kB = 3.2 MB, far past the 200 kB cap
            sent["bytes"] += 16_384
            yield b"a" * 16_384
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/documents", headers={**WRITE, "Content-Type": f"multipart/form-data; boundary={boundary}"},
                    content=body())
    assert_error(r, 413, "too_large")
    assert library_state(client) == before


# -- the error shape --------------------------------------------------------------------------


def test_every_error_has_one_shape(client: TestClient, monkeypatch: pytest.MonkeyPatch):
    assert_error(client.get("/no/such/route"), 404, "not_found")
    assert_error(client.post("/search"), 405, "method_not_allowed")
    assert_error(client.put("/documents"), 405, "method_not_allowed")
    assert_error(client.get("/search", params={"q": "x", "k": "x"}), 422, "invalid_request")
    assert_error(client.get("/documents/missing"), 404, "not_found")
    assert_error(client.post("/documents"), 401, "unauthorized")
    assert_error(client.post("/documents", headers=READ), 403, "forbidden")

    def boom(*a, **k):
        raise RuntimeError("secret internals at /srv/councilsearch/index.py line 12")

    monkeypatch.setattr(client.app.state.searcher, "search", boom)
    monkeypatch.setattr(client.app.state.searcher, "results", boom)
    err = assert_error(client.get("/search", params={"q": "savings"}), 500, "internal_error")
    assert "secret" not in err["message"] and err["detail"] is None


def test_unloaded_index_answers_503(tmp_path: Path, api_settings: Settings):
    bad = api_settings.with_(data_dir=tmp_path / "data", model_path=str(tmp_path / "no-model"))
    with TestClient(create_app(bad), raise_server_exceptions=False) as c:
        err = assert_error(c.get("/health"), 503, "index_error")
        assert "model" in err["message"].lower()
        assert_error(c.get("/search", params={"q": "savings"}), 503, "index_error")


# -- the pages ---------------------------------------------------------------------------------


def test_search_page_renders_cited_highlighted_results(client: TestClient):
    home = client.get("/")
    assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
    page = home.text
    assert '<meta name="viewport"' in page and 'class="skip-link" href="#main"' in page
    assert '<label for="q">' in page and 'id="q" name="q"' in page
    for control in ('for="council"', 'for="doc_type"', 'for="from"', 'for="to"'):
        assert control in page
    assert "Leicester City Council" in page  # the council filter lists the stored councils
    assert "script-src 'self'" in home.headers["content-security-policy"]

    r = client.get("/", params={"q": SAVINGS_Q, "k": 3})
    assert r.status_code == 200
    html = r.text
    assert "<mark>savings</mark>" in html and "<mark>delivered</mark>" in html
    assert 'class="citation" href="/view/' in html and "#hl" in html
    assert "£13.2m" in html and 'class="chip' in html


def test_pages_escape_everything(client: TestClient):
    evil = '<script>alert("x")</script>'
    r = client.get("/", params={"q": evil})
    assert r.status_code == 200
    assert "<script>alert" not in r.text
    assert "&lt;script&gt;" in r.text
    r = client.get("/", params={"q": "savings", "from": "<b>bad</b>"})
    assert r.status_code == 422 and "<b>bad</b>" not in r.text and 'role="alert"' in r.text


def test_view_page_highlights_the_cited_span(client: TestClient):
    hit = client.get("/search", params={"q": SAVINGS_Q, "k": 1}).json()["hits"][0]
    url = hit["citation"]["url"]
    r = client.get(url.split("#")[0])
    assert r.status_code == 200
    assert '<mark id="hl" class="cited" tabindex="-1">' in r.text
    marked = r.text.split('<mark id="hl" class="cited" tabindex="-1">', 1)[1].split("</mark>", 1)[0]
    assert "£13.2m" in marked
    assert "paragraph" in r.text or "page" in r.text
    nf = client.get("/view/no-such-doc")
    assert nf.status_code == 404 and nf.headers["content-type"].startswith("text/html")
    bad = client.get(f"/view/{hit['citation']['doc_id']}", params={"start": 10**9, "end": 10**9 + 1})
    assert bad.status_code == 422


def test_figures_view_lists_and_charts_across_periods(client: TestClient):
    rows, offset, more = [], 0, True
    while more:
        page = client.get("/figures", params={"kind": "money", "limit": 1000, "offset": offset}).json()
        rows += page["figures"]
        offset, more = offset + page["count"], page["has_more"]
    periods: dict[str, set[str]] = {}
    for row in rows:
        f = row["figure"]
        name = f["label"] or " / ".join(x for x in (f["table_row"], f["table_col"]) if x)
        if name and f["period"]:
            periods.setdefault(name, set()).add(f["period"])
    label = next(n for n, ps in sorted(periods.items(), key=lambda kv: -len(kv[1])) if len(ps) > 1)
    r = client.get("/figures/view", params={"label": label, "kind": "money"})
    assert r.status_code == 200
    assert "<svg" in r.text and 'role="img"' in r.text and 'class="bar"' in r.text
    assert "<table" in r.text and "/view/" in r.text
    plain = client.get("/figures/view", params={"label": "zzzz-nothing"})
    assert plain.status_code == 200 and "<svg" not in plain.text and "No figures match" in plain.text


# -- the serve command ---------------------------------------------------------------------------


def test_serve_refuses_a_folder_without_a_store_and_cli_does_not_import_the_api(tmp_path: Path):
    import subprocess
    import sys

    from typer.testing import CliRunner

    from councilsearch.cli import app

    r = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "empty"), "serve", "--port", "8765"])
    assert r.exit_code == 1 and "no store" in r.output
    out = subprocess.run(
        [sys.executable, "-c", "import sys, councilsearch.cli; print('councilsearch.api' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "False"
