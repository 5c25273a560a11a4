"""A recorded vote printed as columns of titled surnames, one per line ("Councillor Doe" over
"Councillor Roe"): a surname at the end of a line is not completed by the title that opens the
next line (it made a person "Roe Councillor", a name nobody has)."""

from __future__ import annotations

from councilsearch.extract.entities import extract_entities

_TEXT = (
    "Present: Councillors Ada Orlwick-Fane, Brom Wyvernley, Cato Sampleby-Rowe and Dara Pennick.\n\n"
    "Recorded vote on the amendment\t\t\nFor (2)\tAgainst (2)\n"
    "Councillor Orlwick-Fane\tCouncillor Wyvernley\nCouncillor Sampleby-Rowe\tCouncillor Pennick\n\n"
    "The amendment was lost.\n"
)


def test_a_title_on_the_next_line_does_not_complete_a_surname() -> None:
    people = [e for e in extract_entities(_TEXT) if e.label == "PERSON"]
    assert not [e.text for e in people if "Councillor" in e.text]
    assert {e.normalised for e in people} == {"Ada Orlwick-Fane", "Brom Wyvernley", "Cato Sampleby-Rowe", "Dara Pennick"}


def test_a_name_broken_over_two_lines_is_still_joined() -> None:
    text = "Councillors Ada Orlwick-Fane and Brom Wyvernley attended.\n\nThe report was introduced by Councillor Brom\nWyvernley, who answered questions.\n"
    people = {e.normalised for e in extract_entities(text) if e.label == "PERSON"}
    assert "Brom Wyvernley" in people and "Brom" not in people
