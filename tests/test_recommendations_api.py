"""GET /recommendations, /recommendations/{id} and the page /recommendations/view answer with
citations, over a small library of invented Wyvern documents (real parsers, extractors and
embedder)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from councilsearch.api.app import create_app
from councilsearch.config import load_settings
from councilsearch.index.library import Library
from councilsearch.models import DocumentMeta
from tests.test_recommendations import COUNCIL, MINUTES, PEER, REVIEW


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("rec-api") / "data"
    lib = Library(load_settings(data))
    for text, name, doc_type, date, title in (
        (PEER, "wyvern-cpc.txt", "peer_challenge", "2024-03-20", "Wyvern Corporate Peer Challenge"),
        (REVIEW, "wyvern-cpc-review.txt", "progress_review", "2025-03-01", "Wyvern CPC Progress Review"),
        (MINUTES, "wyvern-cabinet-minutes.txt", "minutes", "2026-01-14", "Wyvern Cabinet minutes"),
    ):
        meta = DocumentMeta(title=title, council=COUNCIL, doc_type=doc_type, date=date)
        assert lib.ingest_bytes(text.encode(), name, meta).ok
    lib.close()
    with TestClient(create_app(load_settings(Path(data))), raise_server_exceptions=False) as c:
        yield c


def test_list_filters_and_cites(client: TestClient) -> None:
    r = client.get("/recommendations", params={"council": COUNCIL})
    assert r.status_code == 200
    recs = r.json()["recommendations"]
    assert len(recs) == 3 + 5  # the peer challenge's three (the review's restatements fold in) and five resolutions
    first = recs[0]
    assert first["label"] == "1" and first["status"] == "done" and first["extractor"] == "recommendations.v1"
    assert first["citation"]["url"].startswith("/view/") and first["citation"]["pages"] == [1]
    step = first["timeline"][0]
    assert step["method"] == "number" and step["sentence"].startswith("A refreshed medium term financial strategy")
    assert step["citation"]["doc_title"] == "Wyvern CPC Progress Review"
    assert step["citation"]["url"].endswith("#hl")
    only = client.get("/recommendations", params={"status": "not_started"}).json()["recommendations"]
    assert [(x["label"], x["rag"]) for x in only] == [("3", "red")]
    words = client.get("/recommendations", params={"q": "waste collection"}).json()["recommendations"]
    assert [x["kind"] for x in words] == ["resolution"]
    assert client.get("/recommendations", params={"status": "finished"}).status_code == 422
    assert client.get("/recommendations", params={"council": "Nowhere Council"}).status_code == 422


def test_one_recommendation_with_its_timeline(client: TestClient) -> None:
    first = client.get("/recommendations").json()["recommendations"][0]
    r = client.get(f"/recommendations/{first['id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == first["id"] and [t["status"] for t in body["timeline"]] == ["done"]
    assert client.get("/recommendations/no-such-id").status_code == 404


def test_the_page_has_a_table_per_document_and_chips_that_open_the_sentence(client: TestClient) -> None:
    r = client.get("/recommendations/view")
    assert r.status_code == 200
    html = r.text
    assert html.count("<table") == 2  # the peer challenge and the minutes
    chips = re.findall(r'<a class="chip chip-(\w+)" href="([^"]+)"', html)
    assert [c for c, _ in chips] == ["done", "progressing", "not_started"]
    href = chips[0][1].replace("&amp;", "&")
    view = client.get(href)
    assert view.status_code == 200 and "A refreshed medium term financial strategy" in view.text
    assert client.get("/recommendations/view", params={"status": "finished"}).status_code == 422


def test_a_browser_asking_for_recommendations_gets_the_page(client: TestClient) -> None:
    """The issue's page is /recommendations: a browser (HTML first in Accept) gets the page, an
    API client the JSON."""
    page = client.get("/recommendations", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.count("<table") == 2
    api = client.get("/recommendations", headers={"accept": "application/json"})
    assert api.headers["content-type"].startswith("application/json") and api.json()["recommendations"]
