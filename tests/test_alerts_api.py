"""/alerts over HTTP: the write key saves and deletes, a read key (or none) reads; the Atom
feed parses with feedparser, without a bozo error, and holds RFC 4287's required elements;
the alerts page lists each saved search with its latest matches and its feed."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from councilsearch.api.app import create_app
from councilsearch.config import load_settings
from councilsearch.index.library import Library
from tests.conftest import READ_KEY, WRITE_KEY
from tests.test_alerts import COUNCIL, meta, report

W = {"Authorization": f"Bearer {WRITE_KEY}"}
R = {"Authorization": f"Bearer {READ_KEY}"}


@pytest.fixture()
def served(tmp_path: Path):
    settings = load_settings(tmp_path / "data", api_keys=(WRITE_KEY,), read_keys=(READ_KEY,))
    lib = Library(settings, embed=False)
    with TestClient(create_app(settings, library=lib)) as client:
        yield client, lib
    lib.close()


FIGURE_RULE = {"type": "figure", "query": "general fund reserves", "above": "£10m", "council": COUNCIL}


def test_saving_needs_the_write_key(served):
    client, _ = served
    none = client.post("/alerts", json=FIGURE_RULE)
    assert none.status_code == 401 and none.json()["error"]["code"] == "unauthorized"
    read = client.post("/alerts", json=FIGURE_RULE, headers=R)
    assert read.status_code == 403 and read.json()["error"]["code"] == "forbidden"
    ok = client.post("/alerts", json=FIGURE_RULE, headers=W)
    assert ok.status_code == 201, ok.text
    body = ok.json()
    assert body["type"] == "figure" and body["op"] == "above" and body["threshold"] == 10e6 and body["kind"] == "money"
    assert ok.headers["location"] == f"/alerts/{body['id']}"
    bad = client.post("/alerts", json={**FIGURE_RULE, "above": "lots"}, headers=W)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_query"
    assert "amount" in bad.json()["error"]["message"]
    unknown = client.post("/alerts", json={**FIGURE_RULE, "colour": "red"}, headers=W)
    assert unknown.status_code == 422 and set(unknown.json()["error"]) == {"code", "message", "detail"}
    assert client.delete(f"/alerts/{body['id']}", headers=R).status_code == 403
    assert client.delete(f"/alerts/{body['id']}").status_code == 401
    assert client.delete(f"/alerts/{body['id']}", headers=W).json() == {"deleted": body["id"]}
    gone = client.get(f"/alerts/{body['id']}", headers=R)
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "not_found"
    assert client.get(f"/alerts/{body['id']}.atom").status_code == 404


def test_matches_as_json_and_as_an_atom_feed(served):
    client, lib = served
    lib.ingest_bytes(report("£12m", "2024/25"), "mtfp-2024.txt", meta(date="2024-06-01"))  # before: the baseline
    fig = client.post("/alerts", json=FIGURE_RULE, headers=W).json()
    query = client.post("/alerts", json={"query": "school transport costs", "name": "Transport"}, headers=W).json()
    assert fig["baseline"] == 1 and query["baseline"] == 1
    empty = feedparser.parse(client.get(f"/alerts/{fig['id']}.atom", headers=R).content)
    assert not empty.bozo and empty.entries == []  # the baseline is not announced
    new = lib.ingest_bytes(report("£14.5m", extra="\n3. Transport\n\n3.1 School transport costs rose by a fifth "
                                  "over the year, as more pupils travel further to their placements.\n"),
                           "mtfp-2025.txt", meta(date="2025-06-01"))
    lib.ingest_bytes(report("£16m"), "mtfp-2026.txt", meta(date="2026-06-01"))

    listed = client.get("/alerts", headers=R).json()["alerts"]
    assert [a["id"] for a in listed] == [fig["id"], query["id"]]
    assert listed[0]["matches"] == 2 and listed[0]["feed"].endswith(f"/alerts/{fig['id']}.atom")

    one = client.get(f"/alerts/{fig['id']}").json()
    assert [m["detail"]["value"] for m in one["items"]] == [16e6, 14.5e6]  # newest first
    assert one["items"][1]["link"].startswith(f"http://testserver/view/{new.doc_id}?start=")
    assert len(client.get(f"/alerts/{fig['id']}", params={"baseline": True}).json()["items"]) == 3

    r = client.get(f"/alerts/{fig['id']}.atom", headers=R)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    f = feed.feed
    assert f.id.startswith("urn:uuid:") and f.title and f.updated_parsed and f.author == "councilsearch"
    assert any(link.rel == "self" for link in f.links)
    assert len(feed.entries) == 2
    for e in feed.entries:
        assert e.id.startswith("urn:uuid:") and e.title and e.updated_parsed and e.link
    assert feed.entries[0].updated >= feed.entries[1].updated and f.updated == feed.entries[0].updated
    assert "£16m" in feed.entries[0].title and "£14.5m" in feed.entries[1].title
    # the entry's link opens the document view at the cited figure
    link = feed.entries[1].link.removeprefix("http://testserver")
    assert link.startswith(f"/view/{new.doc_id}?start=")
    page = client.get(link)
    assert page.status_code == 200 and "£14.5m" in page.text
    # ids are stable: the same feed read again
    assert [e.id for e in feedparser.parse(client.get(f"/alerts/{fig['id']}.atom").content).entries] == \
        [e.id for e in feed.entries]

    qfeed = feedparser.parse(client.get(f"/alerts/{query['id']}.atom").content)
    assert not qfeed.bozo and len(qfeed.entries) == 1 and "transport" in qfeed.entries[0].summary.lower()


def test_the_alerts_page(served):
    client, lib = served
    assert "No saved searches yet" in client.get("/alerts", headers={"Accept": "text/html"}).text
    fig = client.post("/alerts", json=FIGURE_RULE, headers=W).json()
    lib.ingest_bytes(report("£14.5m"), "mtfp-2025.txt", meta())
    r = client.get("/alerts", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'id="alert-{fig["id"]}"' in r.text and f'href="/alerts/{fig["id"]}.atom"' in r.text
    assert "£14.5m" in r.text and "/view/" in r.text
    assert client.get("/alerts").headers["content-type"].startswith("application/json")


def test_the_watch_button_is_on_the_search_and_figures_pages(served):
    client, lib = served
    lib.ingest_bytes(report("£14.5m"), "mtfp-2025.txt", meta())
    figures = client.get("/figures/view", params={"label": "reserves", "kind": "money"}).text
    assert 'id="watch-form"' in figures and 'data-type="figure"' in figures and 'name="key"' in figures
    assert 'id="watch-form"' not in client.get("/figures/view").text  # nothing to watch yet
    dated = client.get("/figures/view", params={"label": "reserves", "from": "2025-01-01", "council": COUNCIL}).text
    assert 'name="council" value="' + COUNCIL + '"' in dated and 'name="date_from"' not in dated  # the list's dates


def test_an_upload_after_the_rule_fires_it_once(served):
    client, _ = served
    fig = client.post("/alerts", json=FIGURE_RULE, headers=W).json()
    files = {"file": ("mtfp-2025.txt", report("£14.5m"), "text/plain")}
    form = {"council": COUNCIL, "date": "2025-06-01", "doc_type": "report"}
    first = client.post("/documents", files=files, data=form, headers=W)
    assert first.status_code in (200, 201), first.text
    again = client.post("/documents", files=files, data=form, headers=W)
    assert again.status_code in (200, 201) and again.json()["status"] == "unchanged"
    entries = feedparser.parse(client.get(f"/alerts/{fig['id']}.atom", headers=R).content).entries
    assert len(entries) == 1 and "£14.5m" in entries[0].title
