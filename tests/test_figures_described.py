"""An amount said of a noun by a clause set after it measures that noun (figures.v36), on
invented sentences in several phrasings: a participle with "at" ("the exit costs of the depot
closure, estimated at £0.4m", also where the parse hangs the participle on the clause's verb),
and a relative clause whose subject is "which" or "that" and whose verb states the amount ("the
apprentice entry rate, which is £19,600 a year"; "hall hire income, which is £95,000 above its
budget"; "which cost Orlwick £88,000"). A relative clause of another verb ("which would save
£0.3m") says what the noun brings about, not what it is; an amount that restates another
figure's counted unit ("2.1 points less, which is about 1,900 tonnes") is that figure said
another way."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("Alongside the £210,000 for 2031/32, the reserve will pay the exit costs of the depot closure, "
         "estimated at £0.4m.", "£0.4m", "exit costs of the depot closure"),
        ("The Orlwick fund will also cover the set-up costs of the new repair hub, estimated at £140,000.",
         "£140,000", "set-up costs of the repair hub"),
        ("The dilapidations on the old Wyvern depot, valued at £120,000, fall to the outgoing tenant.",
         "£120,000", "dilapidations on the old depot"),
        ("The Sampleton backlog of roof repairs, put at £2.7m by the surveyors, has no budget.",
         "£2.7m", "backlog of roof repairs"),
    ],
)
def test_a_participle_with_at_gives_the_amount_of_the_noun_before_it(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold), lab


def test_a_relative_clause_with_be_gives_the_amount_of_its_noun() -> None:
    lab = _labels("The Wyvern apprentice entry rate, which is £19,600 a year, or £10.16 an hour, is set each spring.")
    assert same_measure(lab["£19,600"], "apprentice entry rate a year"), lab
    assert same_measure(lab["£10.16"], "apprentice entry rate an hour"), lab


def test_a_relative_clause_keeps_the_phrase_the_amount_opens() -> None:
    lab = _labels("Most of the Place underspend is hall hire income, which is £95,000 above its budget.")
    assert same_measure(lab["£95,000"], "hall hire income above budget"), lab


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        ("Orlwick logged 3,120 missed bin collections, which cost the contractor £41,000 in deductions.",
         "£41,000", "collections"),
        ("The repairs to 640 bus shelters, which cost Orlwick £88,000 last year, were mostly to glass.",
         "£88,000", "shelters"),
        ("The Wyvern bridge closure, which cost local traders about £0.6m, lasted nine weeks.", "£0.6m", "closure"),
    ],
)
def test_a_relative_clause_of_cost_gives_what_the_noun_cost(text: str, surface: str, word: str) -> None:
    lab = _labels(text)
    assert word in (lab[surface] or ""), lab


def test_a_relative_clause_of_another_verb_is_not_the_nouns_amount() -> None:
    lab = _labels("Cabinet approved the purchase of 12 flats at an estimated cost of £3.1m, which would save "
                  "about £0.3m a year.")
    assert "cost" not in (lab["£0.3m"] or ""), lab


def test_an_amount_restating_a_counted_unit_is_not_that_units_amount() -> None:
    lab = _labels("Orlwick recycled 2.1 percentage points less than its target, which is about 1,900 tonnes.")
    assert "percentage" not in (lab["1,900"] or ""), lab
