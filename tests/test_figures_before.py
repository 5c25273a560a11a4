"""A prose figure whose own clause names nothing it measures takes what the sentence before it
measures (figures.v17), on invented sentences: after "there were", a status word alone, a
pronoun; a figure with its own noun keeps it."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_there_were_takes_the_count_of_the_sentence_before() -> None:
    lab = _labels("In March 318 tenants of the Orlwick estate were waiting for a transfer. "
                  "Two years earlier there were 204, so the list has grown by half.")
    assert same_measure(lab["204"], "tenants waiting for a transfer"), lab


def test_a_status_word_alone_takes_the_amount_before_it() -> None:
    lab = _labels("Rent collected from Wyvern garages was £1.1m in the half year. "
                  "The forecast for 2026/27 is £2.3m.")
    assert "forecast" in (lab["£2.3m"] or "") and "rent" in (lab["£2.3m"] or "").lower(), lab


def test_a_figure_after_a_pronoun_takes_the_amount_before_it() -> None:
    lab = _labels("The Sampleton cleaning contract costs £3.4m this year. "
                  "Indexation adds 2.5% from April, taking it to about £3.5m.")
    assert "contract" in (lab["£3.5m"] or ""), lab


def test_a_figure_with_its_own_noun_after_there_keeps_it() -> None:
    lab = _labels("The Wyvern market had 52 stalls in 2024. There are 48 pitches on the new site.")
    assert "pitches" in (lab["48"] or ""), lab


def test_the_figure_stands_for_the_first_figure_of_its_sentence() -> None:
    lab = _labels("In 2025, 14.6% of tenants in Orlwick were in arrears, against 12.9% across the region; "
                  "in 2022 the figure was 17.3%.")
    assert same_measure(lab["17.3%"], "tenants in Orlwick in arrears"), lab


def test_the_figure_after_a_fronted_phrase_is_what_that_phrase_names() -> None:
    lab = _labels("By the end of June the Wyvern council had collected 31.4% of the parking fines issued. "
                  "For bus lane fines the figure was 28.9%.")
    assert same_measure(lab["28.9%"], "bus lane fines"), lab


def test_the_figure_of_the_sentence_before() -> None:
    lab = _labels("Sampleton's housing repairs fund held £2.4m at the start of the year. "
                  "At 30 June the figure was £1.9m.")
    assert "repairs" in (lab["£1.9m"] or ""), lab
