"""A search's whole result set (#20 items 1, 2 and 4): facet counts over every hit that passes
the filters and the relevance cut, sorting by relevance or date, paging with a total, the
exact council filter, and the result list taken away as CSV or JSON."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from councilsearch.cli import app as cli_app
from councilsearch.config import load_settings
from councilsearch.errors import QueryError
from councilsearch.index.facets import FACETS
from councilsearch.index.library import Library
from councilsearch.models import Filters
from tests.conftest import csv_rows

QUESTIONS = ("how much of the planned savings has been delivered?", "DSG deficit", "housing",
             "peer challenge recommendations")

# An invented library: two councils, one's name the start of the other's, over two years.
COUNCIL = "Ashmoor Council"
LONGER = "Ashmoor Council Pension Fund"
DOCS = {
    "ashmoor-budget-2024.txt": (COUNCIL, "report", "2024-02-10", """Budget report 2024/25

1. Reserves

1.1 The general reserve stands at £4.2m, and pothole repairs are funded from it this year.

1.2 Members asked how the road maintenance backlog would be cleared.

2. Road maintenance

2.1 Pothole repairs cost £1.1m in 2023/24, against a budget of £0.9m.
"""),
    "ashmoor-budget-2025.txt": (COUNCIL, "report", "2025-02-12", """Budget report 2025/26

1. Reserves

1.1 The general reserve stands at £3.8m; pothole repairs are now funded from the highways budget.

1.2 The road maintenance backlog fell by a fifth during the year.
"""),
    "ashmoor-minutes-2025.txt": (COUNCIL, "minutes", "2025-03-04", """Minutes of the Cabinet meeting

1. Pothole repairs

Members noted that pothole repairs had been completed on 412 roads, and asked for a report on
the road maintenance backlog in the autumn.
"""),
    "ashmoor-pension-2025.txt": (LONGER, "report", "2025-06-20", """Pension fund annual report

1. Investments

1.1 The fund's investments returned 6.1% in the year; the pension fund reserve is £12m.

1.2 The committee reviewed the road maintenance contractor's pension arrangements.
"""),
}


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("facets")
    docs = root / "docs"
    docs.mkdir()
    with (docs / "manifest.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "title", "council", "doc_type", "date"])
        for name, (council, doc_type, date, text) in DOCS.items():
            (docs / name).write_text(text)
            w.writerow([name, text.splitlines()[0], council, doc_type, date])
    lib = Library(load_settings(root / "data"))
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def corpus_lib(corpus_index: Path) -> Library:
    lib = Library(load_settings(corpus_index))
    yield lib
    lib.close()


def _narrowed(f: Filters, facet: str, value: str) -> Filters:
    from dataclasses import replace

    if facet == "year":
        return replace(f, date_from=f"{value}-01-01", date_to=f"{value}-12-31")
    return replace(f, **{"section_kind" if facet == "section_kind" else facet: value})


def _check_facets(searcher, q: str, f: Filters) -> int:
    """Every facet value's count equals the total of the same search narrowed to it."""
    res = searcher.results(q, f, limit=1)
    checked = 0
    for facet in FACETS:
        for value, count in res.facets[facet]:
            narrowed = searcher.results(q, _narrowed(f, facet, value), limit=1)
            assert narrowed.total == count, (q, facet, value, count, narrowed.total)
            checked += 1
    # every hit has one council, one section kind
    assert sum(n for _, n in res.facets["section_kind"]) >= res.total
    return checked


@pytest.mark.parametrize("q", QUESTIONS)
def test_facet_counts_equal_the_totals_of_the_narrowed_search(corpus_lib: Library, q: str):
    s = corpus_lib.searcher()
    assert _check_facets(s, q, Filters()) >= 6
    # and within a filter already set
    assert _check_facets(s, q, Filters(section_kind="paragraph")) >= 3


def test_facet_counts_on_an_invented_library(invented: Library):
    s = invented.searcher()
    res = s.results("reserve", limit=20)
    councils = dict(res.facets["council"])
    assert set(councils) == {COUNCIL, LONGER}
    assert dict(res.facets["year"]).keys() == {"2024", "2025"}
    assert _check_facets(s, "reserve", Filters()) >= 5


def test_the_council_filter_is_exact_when_one_name_starts_another(invented: Library):
    s = invented.searcher()
    for name, other in ((COUNCIL, LONGER), (LONGER, COUNCIL)):
        res = s.results("reserve", Filters(council=name.upper()), limit=50)
        assert res.total > 0
        assert {h.citation.council for h in res.hits} == {name}
        assert dict(res.facets["council"]) == {name: res.total}
        assert other not in {h.citation.council for h in s.search("reserve", k=20, filters=Filters(council=name))}
    with pytest.raises(QueryError):
        s.results("reserve", Filters(council="Ashmoor"))  # a part of a name is no council


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_paging_returns_every_hit_exactly_once(corpus_lib: Library, sort: str):
    s = corpus_lib.searcher()
    q = QUESTIONS[0]
    whole = s.results(q, sort=sort, limit=100)
    seen: list[int] = []
    offset = 0
    while True:
        page = s.results(q, sort=sort, offset=offset, limit=7)
        assert page.total == whole.total
        if not page.hits:
            break
        seen += [h.passage.id for h in page.hits]
        offset += 7
        assert page.has_more == (offset < page.total)
    assert len(seen) == len(set(seen)) == whole.total > 100
    assert seen[:100] == [h.passage.id for h in whole.hits]
    if sort == "date":
        dates = [h.citation.date or "" for h in whole.hits]
        assert dates == sorted(dates, reverse=True)


def test_date_order_is_newest_first_then_by_relevance(invented: Library):
    s = invented.searcher()
    hits = s.results("pothole repairs", sort="date", limit=50).hits
    dates = [h.citation.date for h in hits]
    assert len(hits) > 2 and dates == sorted(dates, reverse=True) and dates[-1] == "2024-02-10"
    for a, b in itertools.pairwise(hits):
        if a.citation.date == b.citation.date:
            assert (-a.score, a.passage.id) <= (-b.score, b.passage.id)


def test_bad_sort_and_offset_are_refused(invented: Library):
    s = invented.searcher()
    with pytest.raises(QueryError):
        s.results("reserve", sort="oldest")
    with pytest.raises(QueryError):
        s.results("reserve", offset=-1)


# -- the API and the pages ---------------------------------------------------------------------


def test_api_search_carries_total_facets_and_pages(client: TestClient):
    q = QUESTIONS[1]
    first = client.get("/search", params={"q": q, "k": 10}).json()
    assert first["total"] >= first["count"] == 10 and first["has_more"] and first["offset"] == 0
    for facet in FACETS:
        for fv in first["facets"][facet]:
            param = {"council": "council", "doc_type": "doc_type", "section_kind": "section_kind"}.get(facet)
            extra = {param: fv["value"]} if param else {"from": f"{fv['value']}-01-01", "to": f"{fv['value']}-12-31"}
            narrowed = client.get("/search", params={"q": q, "k": 1, **extra})
            assert narrowed.status_code == 200, narrowed.text
            assert narrowed.json()["total"] == fv["count"], (facet, fv)
    # paging: each hit once, ranks continue
    ids: list[tuple[str, int]] = []
    for offset in range(0, first["total"], 25):
        page = client.get("/search", params={"q": q, "limit": 25, "offset": offset, "sort": "date"}).json()
        assert page["hits"][0]["rank"] == offset + 1
        ids += [(h["citation"]["doc_id"], h["passage"]["id"]) for h in page["hits"]]
    assert len(ids) == len(set(ids)) == first["total"]
    assert client.get("/search", params={"q": q, "sort": "oldest"}).status_code == 422
    assert client.get("/search", params={"q": q, "k": 3, "limit": 4}).status_code == 422


def test_api_section_kind_filter(client: TestClient):
    r = client.get("/search", params={"q": QUESTIONS[0], "section_kind": "table", "k": 20}).json()
    assert r["total"] > 0 and {h["passage"]["kind"] for h in r["hits"]} == {"table"}
    assert [fv["value"] for fv in r["facets"]["section_kind"]] == ["table"]
    assert client.get("/search", params={"q": "x", "section_kind": "chart"}).status_code == 422


def test_exports_round_trip_every_hit_of_the_set(client: TestClient):
    params = {"q": QUESTIONS[1], "sort": "date", "doc_type": "agenda"}
    total = client.get("/search", params=params).json()["total"]
    listed: list[dict] = []
    for offset in range(0, total, 50):
        listed += client.get("/search", params={**params, "k": 50, "offset": offset}).json()["hits"]
    r = client.get("/search.csv", params=params)
    assert r.headers["content-disposition"].startswith("attachment")
    rows = csv_rows(r.text)
    assert len(rows) == total == len(listed)
    for row, h in zip(rows, listed, strict=True):
        c = h["citation"]
        assert (row["doc_id"], int(row["span_start"]), int(row["span_end"]), int(row["rank"])) == (
            c["doc_id"], c["span"][0], c["span"][1], h["rank"])
        text = " ".join(h["passage"]["text"].split())
        assert row["passage"] in (text, "'" + text)  # formula-like text is written behind a '"
        assert row["link"].startswith("http://testserver/view/") and row["link"].endswith("#hl")
    j = client.get("/search.json", params=params)
    assert j.headers["content-disposition"] == 'attachment; filename="search.json"'
    body = json.loads(j.content)
    assert [h["passage"]["id"] for h in body["hits"]] == [h["passage"]["id"] for h in listed]
    assert body["total"] == total and body["facets"]["doc_type"] == [{"value": "agenda", "count": total}]


def test_figures_json_and_the_figures_page_filters(client: TestClient):
    council = "Leicester City Council"
    listed = client.get("/figures", params={"council": council, "limit": 1000}).json()["figures"]
    body = json.loads(client.get("/figures.json", params={"council": council}).content)
    assert body["count"] == len(listed) > 0
    assert {f["citation"]["council"] for f in body["figures"]} == {council}
    page = client.get("/figures/view", params={"council": council.lower(), "from": "2025-01-01", "to": "2025-12-31",
                                               "limit": 1000})
    assert page.status_code == 200
    assert 'href="/figures.json?council=Leicester+City+Council&amp;from=2025-01-01&amp;to=2025-12-31"' in page.text
    dated = client.get("/figures", params={"council": council, "from": "2025-01-01", "to": "2025-12-31",
                                           "limit": 1000}).json()["figures"]
    assert page.text.count("<tr>") == len(dated) + 1  # the head row and one per figure
    assert client.get("/figures/view", params={"council": "Leicester"}).status_code == 422


def test_the_figures_page_filters_fold_on_a_phone_as_the_search_page_does(client: TestClient):
    """The mechanism is the search page's: the filters in a ``details#filters-fold`` whose
    summary the phone-width CSS shows and app.js closes unless a filter is set; the words box
    and the button stay outside it, so a folded form can still be sent."""
    import re

    for url in ("/", "/figures/view"):
        text = client.get(url).text
        fold = re.search(r'<details class="filters-fold" id="filters-fold" open>(.*?)</details>', text, re.S)
        assert fold, url
        assert "<summary>Filters</summary>" in fold.group(1)
        assert 'type="submit"' not in fold.group(1) and 'type="submit"' in text.split(fold.group(0))[0]
    text = client.get("/figures/view", params={"kind": "money", "label": "reserves", "q": "general"}).text
    assert "<summary>Filters (2 set)</summary>" in text  # the words box is outside the fold: not counted
    assert 'id="fq" name="q" value="general"' in text


def test_the_search_page_shows_facets_sort_pager_and_exports(client: TestClient):
    q = QUESTIONS[1]
    text = client.get("/", params={"q": q, "k": 5}).text
    api = client.get("/search", params={"q": q, "k": 5}).json()
    assert 'aria-label="Narrow the results"' in text
    for fv in api["facets"]["doc_type"]:
        assert f'data-facet="doc_type" data-value="{fv["value"]}"' in text
    assert f'Showing 1–5 of {api["total"]}' in text
    assert 'rel="next" class="pager-next" href="/?q=DSG+deficit&amp;k=5&amp;offset=5"' in text
    assert 'id="export-csv" href="/search.csv?q=DSG+deficit"' in text
    assert 'id="export-json" href="/search.json?q=DSG+deficit"' in text
    narrowed = client.get("/", params={"q": q, "section_kind": "table", "sort": "date"}).text
    assert 'aria-current="true"' in narrowed and "Newest first" in narrowed
    assert 'href="/search.csv?q=DSG+deficit&amp;section_kind=table&amp;sort=date"' in narrowed


def test_cli_sort_and_offset(corpus_index: Path):
    runner = CliRunner()
    base = ["--data-dir", str(corpus_index), "search", QUESTIONS[1], "--format", "csv", "-k", "4", "--sort", "date"]
    first = csv_rows(runner.invoke(cli_app, base).output)
    second = csv_rows(runner.invoke(cli_app, [*base, "--offset", "4"]).output)
    both = csv_rows(runner.invoke(cli_app, [*base[:-4], "-k", "8", "--sort", "date"]).output)
    assert [r["rank"] for r in second] == ["5", "6", "7", "8"]
    assert [(r["doc_id"], r["span_start"]) for r in first + second] == [(r["doc_id"], r["span_start"]) for r in both]
    r = runner.invoke(cli_app, [*base, "--sort", "oldest"])
    assert r.exit_code != 0
