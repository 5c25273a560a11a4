"""What a prose figure measures when it opens a clause of its own, or completes a verb whose
subject says what it is (figures.v11), on invented sentences: a figure as the subject ("of which
312 are bins for garden waste"); parts listed with the verb left out ("£320,000 to gully
cleaning"); a gerund subject ("Spending on X is forecast at £N"); a bare percentage a verb
returns ("the fund returned 5.1%"); a pronoun subject standing for the subject before ("it has
returned 7.3% a year"); a share "of X" taken by the subject of a verb of level ("payments made up
64% of transactions"), not by who acts; "at a cost of £N" hanging on a verb is the cost of what
the verb does."""

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
    lab = _labels("Spending on highway drainage is forecast at £4.6m in 2025/26.")
    assert same_measure(lab["£4.6m"], "spending on highway drainage"), lab


def test_a_percentage_a_verb_returns_and_a_pronoun_for_its_subject() -> None:
    lab = _labels("Over the twelve months to June the Wyvern fund returned 5.1% against its benchmark of 4.7%; "
                  "over ten years it has returned 7.3% a year.")
    assert "fund" in (lab["5.1%"] or "") and "fund" in (lab["7.3%"] or ""), lab
    assert lab["4.7%"] == "benchmark", lab


def test_a_share_of_x_is_the_share_its_subject_takes() -> None:
    lab = _labels("Card payments made up 64% of all Orlwick parking transactions.")
    assert same_measure(lab["64%"], "card payments of parking transactions"), lab
    lab = _labels("The Wyvern employer contribution rate will fall from 19.5% to 16.2% of pay from 1 April 2026.")
    assert "contribution rate" in (lab["19.5%"] or "") and "contribution rate" in (lab["16.2%"] or ""), lab


def test_who_acts_on_a_share_is_not_what_is_measured() -> None:
    lab = _labels("The Sampleton Trust funds 40% of the Orlwick hall repairs.")
    assert "Trust" not in (lab["40%"] or ""), lab


def test_a_cost_hanging_on_a_verb_is_the_cost_of_what_it_does() -> None:
    lab = _labels("The Council will replace 90 bus-stop shelters by March 2028 at a cost of £310,000.")
    assert same_measure(lab["£310,000"], "cost of replacing bus-stop shelters"), lab
    lab = _labels("The grants paid to the Orlwick youth clubs will be raised by 9% from 1 April 2026, at a cost of "
                  "£0.3m a year.")
    assert same_measure(lab["£0.3m"], "cost of raising grants"), lab


def test_a_change_after_a_bracketed_aside_is_a_change_in_the_figure_before() -> None:
    lab = _labels("Wardens issued 12,400 fixed penalty notices (FPNs) in 2024/25, 8% fewer than in 2023/24.")
    assert same_measure(lab["8%"], "decrease in fixed penalty notices"), lab


def test_a_hyphenated_compound_is_one_modifier() -> None:
    lab = _labels("The Council will replace 90 pay-and-display machines at Orlwick by March 2028.")
    # who replaces them joins after the noun phrase (figures.v17, restrict): the compound stays whole
    assert (lab["90"] or "").startswith("pay-and-display machines"), lab


def test_raised_by_a_share_is_the_rise_of_the_passive_subject() -> None:
    lab = _labels("that the fees paid to the Sampleton childminders be raised by 9% from 1 April 2026;")
    assert same_measure(lab["9%"], "fees paid to childminders raised"), lab


def test_a_level_reached_somewhere_keeps_where() -> None:
    lab = _labels("Usage across the Wyvern libraries averaged 61% in 2024/25 and reached 90% at the Orlwick "
                  "central library on Mondays.")
    assert "Orlwick" in (lab["90%"] or "") and "Usage" in (lab["90%"] or ""), lab


def test_what_made_a_surplus_owns_it() -> None:
    lab = _labels("The Orlwick harbour account made a surplus of £0.64m in 2024/25.")
    assert lab["£0.64m"] == "Orlwick harbour account surplus", lab
    lab = _labels("The Council made savings of £5m in 2024/25.")
    assert lab["£5m"] == "savings", lab  # the council is what the papers are about: it adds nothing


def test_a_participle_phrase_is_not_cut_inside_a_noun_phrase() -> None:
    lab = _labels("that the fees paid to the Council's own registered childminders be raised by 9% from 1 April 2026;")
    assert "childminders" in (lab["9%"] or ""), lab


def test_a_phrase_after_the_next_figure_of_a_list_is_that_figures() -> None:
    lab = _labels("At 31 March the Orlwick council owed £64.2m: £51.0m to the Wyvern Bank and £13.2m to "
                  "neighbouring councils.")
    assert "Bank" not in (lab["£64.2m"] or "") and "neighbouring" not in (lab["£64.2m"] or ""), lab
    assert "Wyvern Bank" in (lab["£51.0m"] or "") and "neighbouring" not in (lab["£51.0m"] or ""), lab
    assert "neighbouring councils" in (lab["£13.2m"] or ""), lab


def test_a_noun_phrase_after_a_joined_figure_is_not_the_first_figures() -> None:
    lab = _labels("The new depot would be paid for by borrowing of £7.4m and £2.1m from the Sampleton "
                  "Growth Fund.")
    assert "Growth Fund" not in (lab["£7.4m"] or ""), lab
    assert "Growth Fund" in (lab["£2.1m"] or ""), lab


def test_an_amount_told_two_ways_keeps_its_phrase() -> None:
    lab = _labels("A Wyvern pensioner couple would receive £412.40 a year, or £7.93 a week, towards their "
                  "water rates.")
    assert "water rates" in (lab["£412.40"] or "") and "water rates" in (lab["£7.93"] or ""), lab


def test_an_amount_of_a_noun_takes_what_its_verb_says() -> None:
    lab = _labels("Holdings of £412m are now managed through the Wyvern Investment Partnership.")
    assert "managed through" in (lab["£412m"] or "") and "Partnership" in (lab["£412m"] or ""), lab
    lab = _labels("Extra charges of £8,400 are sought for repairs to the Orlwick bandstand.")
    assert "sought for" in (lab["£8,400"] or ""), lab


def test_a_share_of_a_noun_takes_what_its_verb_says() -> None:
    lab = _labels("The planning manager said that 81% of householder applications were decided within eight weeks.")
    assert "householder applications decided" in (lab["81%"] or ""), lab


def test_a_share_a_verb_acts_on_says_who_acts() -> None:
    lab = _labels("The Orlwick audit committee had accepted 86% of the 58 actions proposed by the reviewers.")
    assert "committee accepted" in (lab["86%"] or ""), lab
    lab = _labels("Each Wyvern allotment holder pays at least 30% of the water charge.")
    assert "holder pays" in (lab["30%"] or "") and "water charge" in (lab["30%"] or ""), lab


def test_a_share_of_a_verb_of_level_is_not_acted() -> None:
    lab = _labels("Card payments made up 47% of parking takings at Sampleton.")
    assert "made" not in (lab["47%"] or ""), lab


def test_what_is_done_for_a_counted_noun() -> None:
    lab = _labels("The Wyvern council buys day care for about 1,240 families.")
    assert "council buys day care for" in (lab["1,240"] or ""), lab


def test_a_counted_subject_of_be_takes_where_it_is() -> None:
    lab = _labels("Of these, 37 pupils were in alternative provision, and the rest attend Orlwick schools.")
    assert "alternative provision" in (lab["37"] or ""), lab
    lab = _labels("Three of the 12 Wyvern gritters were in the depot in January.")
    assert "January" not in (lab["Three"] or ""), lab


def test_what_the_clause_says_of_the_noun_leaves_its_measure() -> None:
    figs = {f.surface: f for f in extract_figures(
        "Holdings of £412m are now managed through the Wyvern Investment Partnership. "
        "The Wyvern council buys day care for about 1,240 families.")}
    assert figs["£412m"].measure == "Holdings" and "managed through" in (figs["£412m"].label or ""), figs["£412m"]
    assert figs["1,240"].measure == "families" and "buys day care for" in (figs["1,240"].label or ""), figs["1,240"]
