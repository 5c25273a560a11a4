"""A figure written as a change is the change of what the verb moves, and the figure it moves
to is the thing itself (figures.v43), on invented sentences: the subject of an intransitive
verb of change ("go up", "climb"), the object of a transitive one ("raised its levy by"),
"by £2 to £31" (not a range), a subject that names its year, and a change set beside another
figure ("..., an increase of 9%")."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_phrasal_verb_of_change_names_a_rise_in_its_subject() -> None:
    lab = _labels("Ferry tickets: a return crossing to Orlwick Island goes up by 4.2% from May.")
    assert same_measure(lab["4.2%"], "rise in return crossing to Orlwick Island"), lab


def test_a_transitive_verb_of_change_names_a_rise_in_its_object() -> None:
    lab = _labels("The Sampleton Drainage Board has raised its levy by 3.4%, the most it may.")
    assert lab["3.4%"] == "rise in levy", lab
    lab = _labels("Storm damage pushed the Wyvern harbour repair budget up by £85,000.")
    assert lab["£85,000"] == "rise in Wyvern harbour repair budget", lab


def test_by_an_amount_to_a_level_is_a_change_and_a_level() -> None:
    lab = _labels("Garden rooms: the fee for up to three hours rises by £3 to £42.")
    assert lab["£3"] and lab["£3"].startswith("rise"), lab
    assert same_measure(lab["£42"], "fee for up to three hours") and not lab["£42"].startswith("rise"), lab


def test_a_subject_that_names_its_year_still_is_what_changes() -> None:
    lab = _labels("The Wyvern lido's season tickets for 2026/27 climb by 6.1% to £96, after a wet summer.")
    assert same_measure(lab["6.1%"], "rise in lido season tickets"), lab
    assert same_measure(lab["£96"], "lido season tickets"), lab


def test_a_change_set_beside_a_figure_is_the_change_of_what_it_measures() -> None:
    lab = _labels("The Orlwick bridge estimate moved from £3.1m to £3.4m after survey, an increase of 9.7 per cent.")
    assert same_measure(lab["9.7 per cent"], "increase in the Orlwick bridge estimate"), lab
    lab = _labels("The ferry subsidy for 2026/27 be £18,400, an increase of £510 or 2.8 per cent.")
    assert same_measure(lab["£510"], "increase in the ferry subsidy"), lab
    assert same_measure(lab["2.8 per cent"], "increase in the ferry subsidy"), lab
    lab = _labels("Wyvern's mooring fees reached £61,000 in the year, a 12% rise.")
    assert same_measure(lab["12%"], "rise in mooring fees"), lab
