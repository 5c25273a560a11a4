"""What restricts the noun a figure measures (figures.v17), on invented sentences: the noun's
own "of" / "with" phrase or participle joins the label ("the price of baled cardboard fell from
£64 to £38": which price), and so does who did it to a counted object ("the Orlwick wardens have
removed 2,300 trolleys"); the label before is the figure's measure, and measures group by it, so
a fuller label does not split one measure's figures across documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.measure import measure_key
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_an_of_phrase_after_the_subject_says_which_price_at_both_ends_of_a_range() -> None:
    figs = _figs("At the Orlwick depot the price of baled cardboard fell from £64 to £38 a tonne.")
    for s in ("£64", "£38"):
        assert "cardboard" in (figs[s].label or ""), figs[s]
        assert figs[s].measure == "price", figs[s]


def test_a_participle_after_the_noun_joins_its_label() -> None:
    f = _figs("Rent collected from Wyvern garages was £2.3m in the year.")["£2.3m"]
    assert "garages" in (f.label or "") and "collected" in (f.label or ""), f
    assert f.measure is not None and "garages" not in f.measure, f  # None would mean the label, garages and all


def test_a_with_phrase_says_which_households() -> None:
    f = _figs("In Sampleton 41 households with pets were placed in hotels last winter.")["41"]
    assert "pets" in (f.label or ""), f


def test_who_did_it_joins_a_counted_object() -> None:
    f = _figs("The Orlwick wardens have removed 2,300 trolleys this year.")["2,300"]
    assert "wardens" in (f.label or "") and "removed" in (f.label or ""), f
    assert f.measure == "trolleys", f


def test_a_label_with_nothing_to_add_keeps_no_measure_of_its_own() -> None:
    f = _figs("In 2025/26 the price was £41.")["£41"]
    assert f.label == "price" and f.measure is None, f


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    root = tmp_path_factory.mktemp("measures-restrict")
    docs = root / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text(
        "file,title,council,doc_type,date,source\n"
        "wyvern-a.txt,Waste report,Wyvern Borough Council,report,2026-01-20,test\n"
        "wyvern-b.txt,Waste update,Wyvern Borough Council,report,2026-03-20,test\n")
    (docs / "wyvern-a.txt").write_text("Recycling income\n\nThe price of baled cardboard was £41 a tonne in 2025/26.\n")
    (docs / "wyvern-b.txt").write_text("Recycling income\n\nIn 2025/26 the price was £41.\n")
    lib = Library(load_settings(Path(root / "data")), embed=False)
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    yield lib.store
    lib.close()


def test_measures_group_a_fuller_label_with_its_measure(store) -> None:
    from councilsearch.index.measures import find_measures

    prices = [m for m in find_measures(store) if m.key == measure_key("price")]
    assert len(prices) == 1 and len(prices[0].documents) == 2, [(m.key, m.documents) for m in find_measures(store)]


def test_a_rate_written_with_the_figure_ends_its_label() -> None:
    figs = _figs("Wyvern garage rents rise to £9.80 a week, or £509.60 a year, from April.")
    assert (figs["£9.80"].label or "").endswith("a week"), figs["£9.80"]
    assert (figs["£509.60"].label or "").endswith("a year"), figs["£509.60"]
    assert figs["£9.80"].measure is not None and "week" not in figs["£9.80"].measure, figs["£9.80"]
    f = _figs("A Sampleton allotment plot costs £48 per year.")["£48"]
    assert (f.label or "").endswith("per year"), f


def test_a_month_after_an_alternative_amount_is_no_label() -> None:
    f = _figs("Wyvern garage rents rise to £9.80 a week, or £509.60 a year, from April.")["£509.60"]
    assert "rents" in (f.label or ""), f


def test_a_time_before_which_is_no_rate() -> None:
    f = _figs("In the Orlwick survey 7% of tenants were in arrears, down from 11% a year earlier.")["11%"]
    assert "a year" not in (f.label or ""), f


def test_on_average_leaves_the_figure_the_object_of_its_verb() -> None:
    f = _figs("A Wyvern respite bed costs on average £142 a night.")["£142"]
    assert "average" in (f.label or "") and "bed" in (f.label or ""), f
    f = _figs("Tenants who rent an Orlwick allotment are charged on average £61 a year.")["£61"]
    assert "tenants" in (f.label or "").lower() and "charged" in (f.label or ""), f


def test_a_gerund_is_the_noun_of_its_of_phrase() -> None:
    f = _figs("The new Sampleton depot will be paid for by borrowing of £6.2m over the period.")["£6.2m"]
    assert "borrowing" in (f.label or ""), f


def test_a_relative_clause_says_which_of_the_counted_things() -> None:
    # "who applied ..." is one clause: its own verb does not cut it short
    f = _figs("The Wyvern bus pass scheme issued passes to 4,120 pupils who applied before the deadline.")["4,120"]
    assert "applied" in (f.label or "") and "deadline" in (f.label or ""), f
    f = _figs("Orlwick spends £3,120 a year on each of the 640 carers who use the respite service.")["640"]
    assert "respite" in (f.label or ""), f


def test_a_relative_clause_says_more_than_who_did_it() -> None:
    # which volunteers were thanked matters more than who thanked them
    f = _figs("The Sampleton warden thanked the 85 volunteers who cleared the canal towpath.")["85"]
    assert "towpath" in (f.label or "") and "warden" not in (f.label or ""), f


def test_a_relative_clause_cut_at_another_figure_is_left_out() -> None:
    # "who had missed" alone, its object being another figure's phrase, would say nothing
    f = _figs("Wyvern sent reminders to 230 tenants who had missed 2 payments in a row.")["230"]
    assert not (f.label or "").endswith(" missed"), f
