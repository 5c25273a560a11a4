"""Figures followed across documents (issue 19 item 2), on small documents written here for two
invented councils: measure keys, grouping, conflicts against revisions, councils kept apart,
deletion, the CLI and the API with citations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from councilsearch.extract.figures.measure import measure_key, measure_name, status_words
from councilsearch.index.measures import (
    MeasurePoint,
    consistent,
    find_discrepancies,
    find_measures,
    half_step,
)
from councilsearch.models import Citation, Figure

WYVERN = "Wyvern Borough Council"
SHIRE = "Wyvernshire County Council"

MANIFEST = f"""file,title,council,doc_type,date,source
wyvern-budget-2024.txt,Budget Strategy 2024,{WYVERN},report,2024-07-10,test
wyvern-outturn-2025.txt,Outturn Report 2025,{WYVERN},report,2025-11-05,test
wyvernshire-budget-2024.txt,Budget Strategy 2024,{SHIRE},report,2024-07-12,test
"""

DOCS = {
    "wyvern-budget-2024.txt": """Budget Strategy 2024

1. Schools funding

1.1 Schools across the borough are funded by the Dedicated Schools Grant (DSG).

1.2 The Dedicated Schools Grant deficit for 2025/26 is forecast at £30m.

2. Reserves

2.1 The general fund reserves stood at £12m at the end of 2023/24.

3. Savings

3.1 The savings delivered in 2023/24 were £4.5m.
""",
    "wyvern-outturn-2025.txt": """Outturn Report 2025

1. Schools funding

1.1 The DSG deficit for 2025/26 is now projected at £38m.

2. Reserves

2.1 The General Fund reserve was £14.6m at the end of 2023/24.

3. Savings

3.1 In 2023/24 the delivered savings were £4.46m.
""",
    "wyvernshire-budget-2024.txt": """Budget Strategy 2024

1. Reserves

1.1 The general fund reserves stood at £20m at the end of 2023/24.
""",
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    root = tmp_path_factory.mktemp("measures")
    docs = root / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text(MANIFEST)
    for name, text in DOCS.items():
        (docs / name).write_text(text)
    lib = Library(load_settings(root / "data"), embed=False)
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    lib.close()
    return root / "data"


@pytest.fixture()
def store(data: Path):
    from councilsearch.index.store import Store

    s = Store(data / "store.sqlite")
    yield s
    s.close()


# -- the measure key -----------------------------------------------------------------------


def test_the_key_folds_inflections_word_order_and_case() -> None:
    assert measure_key("general fund reserves") == measure_key("General Fund reserve")
    assert measure_key("savings delivered in 2023/24") == measure_key("delivered savings")
    assert measure_key("reserve of the general fund") == measure_key("general fund reserve")
    assert measure_key("general fund reserve") != measure_key("general fund balance")


def test_the_key_expands_the_acronyms_the_documents_define() -> None:
    gloss = {"DSG": "Dedicated Schools Grant"}
    assert measure_key("DSG deficit", gloss) == measure_key("Dedicated Schools Grant deficit", gloss)
    assert measure_key("DSG deficit") != measure_key("Dedicated Schools Grant deficit")  # no glossary, no guess


def test_the_key_leaves_out_periods_and_status_words_but_keeps_row_references() -> None:
    assert measure_key("FY 26/27 – forecast budget gap") == measure_key("budget gap 2025/26") == "budget gap"
    assert measure_key("Fund 4 – opening value") != measure_key("Fund 6 – opening value")
    assert status_words("The deficit is now projected, as revised") == ("projected", "revised")
    assert measure_name(["Budget gap – 2025/26", "gap", "Budget gap – 2026/27"]) == "Budget gap"


def _point(surface: str, value: float, scale: float = 1e6) -> MeasurePoint:
    f = Figure(surface, (0, len(surface)), value, "GBP", "money", scale=scale, period="2025/26", label="gap")
    c = Citation("d", "D", (), None, (), f.span)
    return MeasurePoint(f, c, None, "gap", None, (), half_step(f), f.period)


def test_consistent_within_the_rounding_of_the_printed_precision() -> None:
    assert consistent(_point("£85m", 85e6), _point("£85.3m", 85.3e6))
    assert not consistent(_point("£84m", 84e6), _point("£85.3m", 85.3e6))
    assert not consistent(_point("£84m", 84e6), _point("£85m", 85e6))
    assert consistent(_point("1,240", 1_240_000, 1e3), _point("£1.2m", 1.2e6))


# -- measures in a store -------------------------------------------------------------------


def _by_name(store, council: str) -> dict[str, object]:
    return {m.key: m for m in find_measures(store, council=council)}


def test_figures_of_one_council_are_grouped_across_documents(store) -> None:
    wyvern = _by_name(store, WYVERN)
    reserve = wyvern[measure_key("general fund reserve")]
    assert sorted(p.figure.surface for p in reserve.points) == ["£12m", "£14.6m"]
    assert len(reserve.documents) == 2
    # the acronym in one document, its expansion in the other (the glossary of the first)
    deficit = wyvern[measure_key("Dedicated Schools Grant deficit")]
    assert sorted(p.figure.surface for p in deficit.points) == ["£30m", "£38m"]
    savings = next(m for m in wyvern.values() if any(p.figure.surface == "£4.46m" for p in m.points))
    assert {p.figure.surface for p in savings.points} == {"£4.5m", "£4.46m"}  # word order and inflection
    # every point carries its citation
    for p in reserve.points:
        assert p.citation.doc_id and p.citation.date and p.figure.span[1] > p.figure.span[0]


def test_the_same_label_in_two_councils_is_two_measures(store) -> None:
    shire = _by_name(store, SHIRE)
    reserve = shire[measure_key("general fund reserve")]
    assert [p.figure.surface for p in reserve.points] == ["£20m"]
    assert reserve.id != _by_name(store, WYVERN)[measure_key("general fund reserve")].id
    assert not find_discrepancies(store, council=SHIRE)


def test_a_conflict_and_a_revision_are_told_apart(store) -> None:
    found = {(d.kind, d.a.figure.surface, d.b.figure.surface) for d in find_discrepancies(store, council=WYVERN)}
    # a balance at a year that had ended, given differently: a conflict
    assert ("conflict", "£12m", "£14.6m") in found
    # a forecast updated by a later document: a revision
    assert ("revision", "£30m", "£38m") in found
    # £4.5m and £4.46m agree within the rounding of £4.5m
    assert not any("£4.46m" in (a, b) for _k, a, b in found)
    assert len(found) == 2


def test_deleting_a_document_removes_its_measure_points(tmp_path: Path, data: Path) -> None:
    import shutil

    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    lib = Library(load_settings(copy), embed=False)
    doc = next(d for d in lib.store.list_documents() if d.id.startswith("wyvern-outturn"))
    lib.delete(doc.id)
    reserve = _by_name(lib.store, WYVERN)[measure_key("general fund reserve")]
    assert [p.figure.surface for p in reserve.points] == ["£12m"]
    assert not find_discrepancies(lib.store, council=WYVERN)
    lib.close()


# -- CLI and API -----------------------------------------------------------------------------


def test_cli_lists_measures_and_conflicts(data: Path) -> None:
    from councilsearch.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["--data-dir", str(data), "measures", "--council", WYVERN, "--q", "reserves",
                            "--format", "json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.output)
    assert len(got) == 1 and {p["value_shown"] for p in got[0]["points"]} == {"£12m", "£14.6m"}
    assert got[0]["discrepancies"][0]["type"] == "conflict"
    r = runner.invoke(app, ["--data-dir", str(data), "conflicts", "--format", "csv"])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 2 and "£12m" in lines[1] and "£14.6m" in lines[1] and "/view/" in lines[1]
    r = runner.invoke(app, ["--data-dir", str(data), "conflicts", "--council", "Wyv"])
    assert r.exit_code == 2  # a part of a name is no council


def test_api_answers_with_citations(data: Path) -> None:
    from councilsearch.api.app import create_app
    from councilsearch.config import load_settings

    with TestClient(create_app(load_settings(data)), raise_server_exceptions=False) as client:
        body = client.get("/measures", params={"council": WYVERN, "multi_document": True}).json()
        names = {m["key"]: m for m in body["measures"]}
        reserve = names[measure_key("general fund reserve")]
        assert reserve["n_documents"] == 2 and reserve["timeline"][0]["values"] == ["£12m", "£14.6m"]
        detail = client.get(f"/measures/{reserve['id']}").json()
        assert all(p["citation"]["url"].startswith("/view/") and p["citation"]["doc_title"] for p in detail["points"])
        assert detail["discrepancies"][0]["type"] == "conflict"
        assert client.get("/measures/nope").status_code == 404
        c = client.get("/conflicts").json()
        assert len(c["conflicts"]) == 1 and len(c["revisions"]) == 1
        conflict = c["conflicts"][0]
        assert conflict["a"]["citation"]["date"] < conflict["b"]["citation"]["date"]
        assert {conflict["a"]["value_shown"], conflict["b"]["value_shown"]} == {"£12m", "£14.6m"}
        assert client.get("/conflicts", params={"council": "Wyv"}).status_code == 422
        page = client.get("/conflicts/view", params={"revisions": "true"})
        assert page.status_code == 200 and page.text.count('class="citation"') == 4
        figures = client.get("/figures/view", params={"q": "reserve"})
        assert figures.status_code == 200 and "Conflicting figures" in figures.text
