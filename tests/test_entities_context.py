"""Issue 17 item 1, fourth session: bodies, grants, committees and places typed by the context
they are used in, each on invented sentences (no name from any gold set), with the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def _people(found: list[Entity]) -> set[str]:
    return {e.normalised for e in found if e.label == "PERSON"}


def test_a_named_grant_is_a_programme_and_so_is_its_acronym(nlp):
    text = (
        "The Coastal Schools Grant (CSG) rose by 4% and the CSG now pays for transport. "
        "The Harbour Air Quality Grant of £80,000 was spent on monitors. "
        "Councillor Mabel Grant asked about the timetable.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Coastal Schools Grant") == {"PROGRAMME"}  # the acronym's uses too
    assert _labels(found, "Harbour Air Quality Grant") == {"PROGRAMME"}
    assert "Mabel Grant" in _people(found)


def test_grants_counted_in_the_plural_are_a_kind_not_a_programme(nlp):
    text = "In 2025, 140 Home Repair Grants (HRGs) were completed; HRGs take 20 weeks on average.\n"
    found = _ents(text, nlp)
    assert {e.label for e in found if e.text.startswith("HRG")} == {"ACRONYM"}
