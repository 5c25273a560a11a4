"""An amount that restates the one before it ("X, or Y", "X, equivalent to Y", "X, that is Y",
"X (Y)") measures what that one does, with its own rate; a month or a day is never a figure's
label on its own (figures.v22). Invented sentences."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import only_time
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_an_alternative_amount_without_a_rate_takes_the_first_ones_label() -> None:
    figs = _figs("Wyvern garage rents rise to £9.80, or £509.60 in total, from April.")
    assert "rents" in (figs["£509.60"].label or ""), figs["£509.60"]
    assert figs["£509.60"].label == figs["£9.80"].label


def test_an_alternative_amount_keeps_its_own_rate_and_the_first_ones_measure() -> None:
    figs = _figs("Wyvern spent £41,000 on verges, or £12 a household, from May.")
    first, second = figs["£41,000"], figs["£12"]
    assert "verges" in (second.label or "") and (second.label or "").endswith("a household"), second
    assert second.measure == first.label, (first, second)


def test_an_alternative_with_a_noun_of_its_own_keeps_it() -> None:
    figs = _figs("Wyvern cleared 1,200 homes, or 300 flats, in the year.")
    assert "flats" in (figs["300"].label or ""), figs["300"]


def test_a_month_range_is_no_label() -> None:
    text = "Wyvern withheld £9,000 from the contractor for May to July and a further £2,100 for August to October."
    f = _figs(text)["£2,100"]
    assert f.label and not only_time(f.label), f
    assert "withheld" in f.label, f


def test_only_time() -> None:
    assert only_time("April") and only_time("from May") and only_time("August to October")
    assert not only_time("April a household") and not only_time("rents from April") and not only_time(None)


def test_a_date_before_it_is_no_label() -> None:
    f = _figs("The Orlwick hall hire charge was £40 an hour last year. From 1 October 2032 it will be £44.")["£44"]
    assert "charge" in (f.label or ""), f


def test_a_year_alone_is_no_label() -> None:  # figures.v36
    assert only_time("2031/32") and only_time("in 2031") and only_time("in 2030-31")
    assert not only_time("Band 2 homes") and not only_time("25/00871") and not only_time("")


def test_a_second_amount_with_its_own_year_keeps_the_first_ones_noun() -> None:
    for text in (  # the tagger takes the second year for a noun in these
        "Cabinet is told that the Sampleton deficit before reserves is projected at £6.2m in 2028/29 and £9.05m "
        "in 2029/30.",
    ):
        figs = _figs(text)
        first, second = (f for f in figs.values() if f.kind == "money")
        assert first.label and second.label and not only_time(second.label), figs
        assert set(first.label.split()) & set(second.label.split()), figs
