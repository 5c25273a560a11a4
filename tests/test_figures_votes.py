"""The counts of a recorded vote are the votes for, against and the abstentions, on what the
minutes name (figures.v43), on invented minutes: "carried by N votes to M", a tally of
columns under the line that names the amendment, a bracketed tally, "N in favour and M
against"; "for 12 months" in a sentence with no tally stays what it was."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_carried_by_votes_to_votes() -> None:
    lab = _labels("The Orlwick ferry motion was carried by 21 votes to 8, with 3 abstentions.")
    assert lab == {"21": "votes for the Orlwick ferry motion", "8": "votes against the Orlwick ferry motion",
                   "3": "abstentions on the Orlwick ferry motion"}, lab


def test_a_tally_printed_as_columns_under_its_line() -> None:
    lab = _labels("Recorded vote on the amendment\nFor (5)\tAgainst (16)\tAbstained (2)\nCouncillor Doe\tCouncillor Roe\n")
    assert lab == {"5": "votes for the amendment", "16": "votes against the amendment",
                   "2": "abstentions on the amendment"}, lab


def test_a_bracketed_tally_and_one_in_words() -> None:
    lab = _labels("RESOLVED that the Wyvern harbour dues be set as proposed. (For 19, against 6.)")
    assert lab["19"] == "votes for" and lab["6"] == "votes against", lab
    lab = _labels("The Sampleton recommendation was agreed, 13 in favour and 4 against.")
    assert lab == {"13": "votes for the Sampleton recommendation", "4": "votes against the Sampleton recommendation"}, lab


def test_for_a_number_without_a_tally_is_no_vote() -> None:
    lab = _labels("The Orlwick grant pays for 12 apprentices against a target of 15.")
    assert not any("vote" in (v or "") for v in lab.values()), lab
