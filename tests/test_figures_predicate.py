"""A figure labelled by a bare noun is told apart by what its clause says of that noun
(figures.v13), on invented sentences: a share "of X" that a verb completes ("8% of drivers
renewed their permits online"), a counted object with its verb's phrase ("sold 36 plots under
the Orlwick scheme"), a noun with a copular complement ("14 of the Wyvern buses are now
hybrid"); where the verb says nothing after the noun, or only a date or another figure, the
label stays the noun; an amount of money keeps its noun (its verb says what happens to the
amount, not which)."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import content_words, same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_two_shares_of_one_noun_are_told_apart_by_their_verbs() -> None:
    lab = _labels("In the Wyvern survey 8% of drivers renewed their permits online, and 64% of drivers "
                  "paid the charge by phone.")
    assert same_measure(lab["8%"], "drivers renewing permits online"), lab
    assert same_measure(lab["64%"], "drivers paying the charge by phone"), lab
    assert content_words(lab["8%"]) != content_words(lab["64%"]), lab


def test_a_counted_object_keeps_its_verb_and_phrase() -> None:
    lab = _labels("Last year the Orlwick trust sold 36 plots under the self-build scheme.")
    assert same_measure(lab["36"], "plots sold under the self-build scheme"), lab


def test_a_copular_complement_says_which_ones() -> None:
    lab = _labels("Some 14 of the Sampleton depot's 90 buses are now hybrid, the rest diesel.")
    assert "hybrid" in (lab["14"] or ""), lab


def test_a_noun_with_nothing_said_after_its_verb_stays_the_noun() -> None:
    lab = _labels("Visitors rose to 48,000 in 2025 at the Wyvern museum.")
    assert lab["48,000"] is None or "2025" not in (lab["48,000"] or ""), lab
    lab = _labels("The cost of the repairs, £2.4m, will be met from the Orlwick reserve (£1.1m).")
    assert same_measure(lab["£2.4m"], "cost of the repairs"), lab


def test_an_amount_of_money_keeps_its_noun() -> None:
    lab = _labels("Capital receipts of £3.2m are set out in the Wyvern disposals annex.")
    assert lab["£3.2m"] is not None and "annex" not in lab["£3.2m"], lab


def test_a_phrase_holding_another_figure_is_not_this_ones() -> None:
    lab = _labels("Through the Orlwick grant 420 roofs were repaired at an average cost of £3,100 a roof.")
    assert "cost" not in (lab["420"] or ""), lab
    assert "roof" in (lab["420"] or "") and "repair" in (lab["420"] or ""), lab
