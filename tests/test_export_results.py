"""A result list to take away (#20 item 2): /search.csv and /figures.csv hold the same rows as
their JSON lists, each with its citation and a link back to the cited span; the pages link to
them; the CLI's --format csv writes the same columns; formula-like text is made safe."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from councilsearch.cli import app as cli_app
from councilsearch.jobs.results import FIGURE_COLUMNS, HIT_COLUMNS, to_csv
from tests.conftest import csv_rows

SAVINGS_Q = "how much of the planned savings has been delivered?"


def test_search_csv_has_the_hits_of_the_json_search_with_citations_and_links(client: TestClient):
    params = {"q": SAVINGS_Q, "k": 5}
    hits = client.get("/search", params=params).json()["hits"]
    r = client.get("/search.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith("attachment")
    rows = csv_rows(r.text)
    assert list(rows[0]) == list(HIT_COLUMNS)
    assert [row["doc_id"] for row in rows] == [h["citation"]["doc_id"] for h in hits]
    assert "£13.2m" in rows[0]["passage"]
    link = rows[0]["link"]
    assert link.startswith("http://testserver/view/") and link.endswith("#hl")
    page = client.get(link.removeprefix("http://testserver").split("#")[0])
    assert page.status_code == 200 and '<mark id="hl"' in page.text


def test_figures_csv_holds_every_figure_of_the_filtered_list(client: TestClient):
    params = {"kind": "money", "label": "savings"}
    listed = client.get("/figures", params={**params, "limit": 1000}).json()["figures"]
    rows = csv_rows(client.get("/figures.csv", params=params).text)
    assert list(rows[0]) == list(FIGURE_COLUMNS)
    assert len(rows) == len(listed) > 0
    assert {r["kind"] for r in rows} == {"money"}
    assert all(r["link"].startswith("http://testserver/view/") for r in rows)
    # bad filters are refused the same way as on /figures
    assert client.get("/figures.csv", params={"kind": "moneyy"}).status_code == 422


def test_pages_link_to_their_csv(client: TestClient):
    assert 'href="/search.csv?q=' in client.get("/", params={"q": SAVINGS_Q}).text
    assert 'href="/figures.csv?kind=money' in client.get("/figures/view", params={"kind": "money"}).text


def test_formula_like_cells_are_written_as_text():
    text = to_csv([{"surface": "=HYPERLINK(\"x\")", "label": "-4.7m deficit"}], ("surface", "label"))
    rows = csv_rows(text)
    assert rows[0]["surface"].startswith("'=") and rows[0]["label"].startswith("'-")


def test_cli_search_and_figures_as_csv(corpus_index: Path):
    runner = CliRunner()
    r = runner.invoke(cli_app, ["--data-dir", str(corpus_index), "figures", "--kind", "money", "--label", "savings",
                                "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = csv_rows(r.output)
    assert rows and list(rows[0]) == list(FIGURE_COLUMNS) and {x["kind"] for x in rows} == {"money"}
    r = runner.invoke(cli_app, ["--data-dir", str(corpus_index), "search", SAVINGS_Q, "--format", "csv", "-k", "3"])
    assert r.exit_code == 0, r.output
    rows = csv_rows(r.output)
    assert len(rows) == 3 and list(rows[0]) == list(HIT_COLUMNS)
    bad = runner.invoke(cli_app, ["--data-dir", str(corpus_index), "figures", "--format", "xlsx"])
    assert bad.exit_code == 2 and "unknown output format 'xlsx'" in bad.output
