"""Saved searches and alerts (councilsearch.index.alerts): rules read against documents
ingested after them, once each; an unchanged re-upload adds nothing; a changed one only what
is new; a change against the council's last value; the CLI. Invented councils and papers,
ingested with the real parsers and extractors (no vectors: alerts read the store only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from councilsearch.config import load_settings
from councilsearch.errors import QueryError
from councilsearch.index.alerts import make_rule, measure_matches, parse_amount, parse_share, save_rule
from councilsearch.index.library import Library
from councilsearch.models import DocumentMeta, Figure

COUNCIL = "Fernley Borough Council"
OTHER = "Eastmarsh District Council"


def report(reserves: str, year: str = "2025/26", extra: str = "") -> bytes:
    return (
        "Medium term financial plan\n\n1. Reserves\n\n"
        f"1.1 The general fund reserves balance is forecast at {reserves} at the end of {year}.\n\n"
        "2. Pressures\n\n2.1 Home to school transport costs continue to rise with demand, and the service expects "
        "further growth in the number of eligible pupils over the coming year.\n"
        f"{extra}"
    ).encode()


def meta(council: str = COUNCIL, date: str = "2025-06-01") -> DocumentMeta:
    return DocumentMeta(title="Medium term financial plan", council=council, doc_type="report", date=date)


@pytest.fixture()
def lib(tmp_path: Path):
    library = Library(load_settings(tmp_path / "data"), embed=False)
    yield library
    library.close()


def new_matches(lib: Library, search_id: int) -> list[dict]:
    return lib.store.alert_matches(search_id, baseline=False)


# -- reading what people type ----------------------------------------------------------------
@pytest.mark.parametrize("text,value,kind", [
    ("10m", 10e6, "money"), ("£10m", 10e6, "money"), ("1.5bn", 1.5e9, "money"), ("500k", 500e3, "money"),
    ("£2.5 million", 2.5e6, "money"), ("20%", 20.0, "percent"), ("1,200", 1200.0, None), ("-3m", -3e6, "money"),
])
def test_amounts_are_read_as_reports_write_them(text, value, kind):
    assert parse_amount(text) == (pytest.approx(value), kind)


@pytest.mark.parametrize("text", ["", "lots", "10 apples", "£", "m10"])
def test_what_is_not_an_amount_says_so(text):
    with pytest.raises(QueryError):
        parse_amount(text)


def test_a_change_is_a_share():
    assert parse_share("20%") == pytest.approx(0.2)
    assert parse_share("12.5") == pytest.approx(0.125)
    with pytest.raises(QueryError):
        parse_share("-5%")


def test_a_figure_measures_a_rule_when_it_holds_every_rule_word():
    f = Figure("£4m", (0, 3), 4e6, "GBP", "money", label="cumulative high needs deficits")
    assert measure_matches("high needs deficit", f)
    assert not measure_matches("high needs surplus", f)
    assert measure_matches("deficit", Figure("£4m", (0, 3), 4e6, "GBP", "money", table_row="Deficit", table_col="2025/26"))


def test_a_rule_names_a_measure_as_the_measure_key_reads_it():
    glossary = {"HNB": "High Needs Block"}
    forecast = Figure("£4m", (0, 3), 4e6, "GBP", "money", label="forecast High Needs Block deficit 2025/26")
    assert measure_matches("HNB deficit", forecast, glossary)  # the acronym, status and period words
    assert not measure_matches("HNB deficit", forecast)  # without the documents' glossary


def test_a_rule_is_checked_before_it_is_saved(lib):
    with pytest.raises(QueryError, match="exactly one threshold"):
        make_rule(lib.store, "reserves", rule_type="figure")
    with pytest.raises(QueryError, match="exactly one threshold"):
        make_rule(lib.store, "reserves", rule_type="figure", above="1m", below="2m")
    with pytest.raises(QueryError, match="percent, but the rule watches money"):
        make_rule(lib.store, "reserves", rule_type="figure", above="20%", kind="money")
    with pytest.raises(QueryError, match="only common words"):
        make_rule(lib.store, "what is the", rule_type="query")
    with pytest.raises(QueryError, match="for a figure rule"):
        make_rule(lib.store, "reserves", rule_type="query", above="1m")
    rule = make_rule(lib.store, "reserves", rule_type="figure", above="£1.5bn", period="2025-26")
    assert (rule.figure_kind, rule.threshold, rule.period) == ("money", 1.5e9, "2025/26")


# -- a figure rule ---------------------------------------------------------------------------
def test_a_figure_rule_fires_once_for_a_document_ingested_after_it(lib):
    first = lib.ingest_bytes(report("£12m", "2024/25"), "mtfp-2024.txt", meta(date="2024-06-01"))
    assert first.status == "ingested"
    search_id, baseline = save_rule(lib.store, make_rule(lib.store, "general fund reserves", rule_type="figure",
                                                         above="10m"))
    assert baseline == 1  # the figure already there is the baseline, not news
    assert new_matches(lib, search_id) == []
    below = lib.ingest_bytes(report("£8m"), "mtfp-2025a.txt", meta(date="2025-06-01"))
    assert below.status == "ingested" and new_matches(lib, search_id) == []
    above = lib.ingest_bytes(report("£14.5m"), "mtfp-2025b.txt", meta(date="2025-07-01"))
    got = new_matches(lib, search_id)
    assert len(got) == 1
    m = got[0]
    assert m["doc_id"] == above.doc_id and not m["baseline"]
    assert m["detail"]["value"] == 14.5e6 and m["detail"]["period"] == "2025/26"
    text = lib.store.get_document(above.doc_id).text
    assert text[m["start"]:m["end"]] == m["detail"]["surface"]  # the citation's span is the figure
    assert m["detail"]["text"].startswith("1.1 The general fund reserves balance is forecast at £14.5m")  # its sentence
    # the same file again: nothing read, nothing new
    again = lib.ingest_bytes(report("£14.5m"), "mtfp-2025b.txt", meta(date="2025-07-01"))
    assert again.status == "unchanged" and len(new_matches(lib, search_id)) == 1
    # the file changed but still states the same figure: it is not new, and it now cites the new version
    edited = lib.ingest_bytes(report("£14.5m", extra="\n3. Other\n\n3.1 Nothing else to report.\n"),
                              "mtfp-2025b.txt", meta(date="2025-07-01"))
    assert edited.status == "replaced"
    got = new_matches(lib, search_id)
    assert len(got) == 1 and got[0]["doc_id"] == edited.doc_id


def test_a_figure_rule_keeps_to_its_council_and_kind(lib):
    search_id, _ = save_rule(lib.store, make_rule(lib.store, "general fund reserves", rule_type="figure",
                                                  below="5m", council=COUNCIL))
    lib.ingest_bytes(report("£3m"), "east.txt", meta(council=OTHER))
    assert new_matches(lib, search_id) == []
    lib.ingest_bytes(report("£3m"), "fern.txt", meta())
    assert [m["detail"]["value"] for m in new_matches(lib, search_id)] == [3e6]


def test_changed_by_compares_with_the_councils_last_value(lib):
    search_id, baseline = save_rule(lib.store, make_rule(lib.store, "general fund reserves", rule_type="figure",
                                                         changed_by="20%"))
    assert baseline == 0
    lib.ingest_bytes(report("£10m", "2023/24"), "y1.txt", meta(date="2023-06-01"))
    assert new_matches(lib, search_id) == []  # nothing to compare with yet
    lib.ingest_bytes(report("£11m", "2024/25"), "y2.txt", meta(date="2024-06-01"))
    assert new_matches(lib, search_id) == []  # +10%
    lib.ingest_bytes(report("£20m", "2024/25"), "other.txt", meta(council=OTHER, date="2024-07-01"))
    assert new_matches(lib, search_id) == []  # another council's first value: not compared with this one's
    third = lib.ingest_bytes(report("£8m", "2025/26"), "y3.txt", meta(date="2025-06-01"))
    got = new_matches(lib, search_id)
    assert len(got) == 1  # −27% from £11m (the last value, not the first)
    d = got[0]["detail"]
    assert got[0]["doc_id"] == third.doc_id and d["previous"]["value"] == 11e6
    assert d["change"] == pytest.approx(-3 / 11, abs=1e-4)


def test_a_changed_by_rule_saved_late_takes_history_as_its_baseline(lib):
    lib.ingest_bytes(report("£10m", "2023/24"), "y1.txt", meta(date="2023-06-01"))
    lib.ingest_bytes(report("£15m", "2024/25"), "y2.txt", meta(date="2024-06-01"))
    search_id, baseline = save_rule(lib.store, make_rule(lib.store, "general fund reserves", rule_type="figure",
                                                         changed_by="20%"))
    assert baseline == 1 and new_matches(lib, search_id) == []


# -- a query rule ----------------------------------------------------------------------------
def test_a_query_rule_fires_once_and_a_changed_file_adds_only_what_is_new(lib):
    search_id, baseline = save_rule(lib.store, make_rule(lib.store, "school transport costs", council=COUNCIL))
    assert baseline == 0
    first = lib.ingest_bytes(report("£9m"), "plan.txt", meta())
    got = new_matches(lib, search_id)
    assert len(got) == 1 and got[0]["doc_id"] == first.doc_id
    cited = lib.store.get_document(first.doc_id).text[got[0]["start"]:got[0]["end"]]
    assert cited.startswith("2.1 Home to school transport costs") and cited.endswith("coming year.")
    assert lib.ingest_bytes(report("£9m"), "plan.txt", meta()).status == "unchanged"
    assert len(new_matches(lib, search_id)) == 1
    # edited elsewhere: the transport paragraph is word for word the same, so nothing new ...
    lib.ingest_bytes(report("£9.5m"), "plan.txt", meta())
    assert len(new_matches(lib, search_id)) == 1
    # ... and a new paragraph about it is
    lib.ingest_bytes(report("£9.5m", extra="\n3. Transport\n\n3.1 School transport costs rose by a fifth over the year, as more pupils "
                     "with special educational needs travel further to their placements.\n"),
                     "plan.txt", meta())
    assert len(new_matches(lib, search_id)) == 2
    # another council's paper is not this rule's
    lib.ingest_bytes(report("£9m"), "east.txt", meta(council=OTHER))
    assert len(new_matches(lib, search_id)) == 2


def test_a_store_made_before_alerts_opens_and_gains_the_tables(tmp_path: Path):
    data = tmp_path / "data"
    library = Library(load_settings(data), embed=False)
    library.ingest_bytes(report("£12m"), "plan.txt", meta())
    library.close()
    with sqlite3.connect(data / "store.sqlite") as c:  # as main left it before this change
        c.execute("DROP TABLE alert_matches")
        c.execute("DROP TABLE saved_searches")
    library = Library(load_settings(data), embed=False)
    try:
        assert library.store.saved_searches() == []
        _, baseline = save_rule(library.store, make_rule(library.store, "reserves", rule_type="figure",
                                                                 above="10m"))
        assert baseline == 1
    finally:
        library.close()


# -- the CLI ---------------------------------------------------------------------------------
def test_watch_commands(tmp_path: Path):
    from councilsearch.cli import app

    data = tmp_path / "data"
    run = CliRunner()

    def cli(*args: str) -> str:
        r = run.invoke(app, ["--data-dir", str(data), "watch", *args])
        assert r.exit_code == 0, r.output
        return r.output

    assert "saved alert 1" in cli("add", "general fund reserves", "--figure-above", "£10m", "--council", COUNCIL)
    assert "saved alert 2" in cli("add", "--query", "school transport")
    bad = run.invoke(app, ["--data-dir", str(data), "watch", "add", "reserves"])
    assert bad.exit_code == 2 and "--figure-above" in bad.output
    assert "nothing new" in cli("check")
    library = Library(load_settings(data), embed=False)
    doc = library.ingest_bytes(report("£14.5m"), "plan.txt", meta())
    library.close()
    out = cli("check")
    assert "alert 1" in out and "£14.5m" in out and "alert 2" in out
    assert f"/view/{doc.doc_id}?start=" in out
    assert "nothing new" in cli("check")  # marked seen
    assert "general fund reserves" in cli("list")
    cli("remove", "2")
    assert "school transport" not in cli("list")
    missing = run.invoke(app, ["--data-dir", str(data), "watch", "remove", "2"])
    assert missing.exit_code == 1
