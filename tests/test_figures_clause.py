"""What a prose figure measures when it opens a clause of its own, or completes a verb whose
subject says what it is (figures.v11), on invented sentences: a figure as the subject ("of which
312 are bins for garden waste"); parts listed with the verb left out ("£320,000 to gully
cleaning"); a gerund subject ("Spending on X is forecast at £N"); a bare percentage a verb
returns ("the fund returned 5.1%"); a pronoun subject standing for the subject before ("it has
returned 7.3% a year")."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_figure_that_is_the_subject_is_what_its_verb_says() -> None:
    lab = _labels("The Wyvern depot holds 2,100 bins, of which 312 are bins for garden waste.")
    assert same_measure(lab["312"], "bins for garden waste") and "garden" in (lab["312"] or ""), lab


def test_parts_listed_with_the_verb_left_out_keep_their_own_phrase() -> None:
    lab = _labels("The surplus must be spent on roads: £150,000 went to pothole repairs, £320,000 to gully "
                  "cleaning and the remaining £90,000 to the Orlwick ferry.")
    assert same_measure(lab["£150,000"], "pothole repairs"), lab
    assert same_measure(lab["£320,000"], "gully cleaning") and "pothole" not in (lab["£320,000"] or ""), lab
    assert same_measure(lab["£90,000"], "Orlwick ferry") and "gully" not in (lab["£90,000"] or ""), lab


def test_counted_parts_in_brackets_and_after_and() -> None:
    lab = _labels("Of those pupils, 120 attended day schools (80 with the Sampleton providers and 40 through "
                  "private providers), 30 lived in residential schools and 12 with relatives under kinship care.")
    assert "Sampleton" in (lab["80"] or "") and "private" in (lab["40"] or ""), lab
    assert "kinship" in (lab["12"] or "") and "residential" not in (lab["12"] or ""), lab


def test_a_range_or_a_year_after_the_figure_is_not_its_clause() -> None:
    lab = _labels("An underspend of £1.6m on Orlwick libraries and £0.55m on museums is forecast.")
    assert same_measure(lab["£0.55m"], "underspend on museums"), lab


def test_a_gerund_subject_is_what_the_amount_measures() -> None:
    lab = _labels("Spending on school transport is forecast at £21.3m in 2025/26.")
    assert same_measure(lab["£21.3m"], "spending on school transport"), lab


def test_a_percentage_a_verb_returns_and_a_pronoun_for_its_subject() -> None:
    lab = _labels("Over the twelve months to June the Wyvern fund returned 5.1% against its benchmark of 4.7%; "
                  "over ten years it has returned 7.3% a year.")
    assert "fund" in (lab["5.1%"] or "") and "fund" in (lab["7.3%"] or ""), lab
    assert lab["4.7%"] == "benchmark", lab
