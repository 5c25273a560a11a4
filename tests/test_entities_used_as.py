"""Issue 17 item 1, tenth session: names typed by how the sentence uses them when their shape
says nothing: what something is done under is a programme. Invented sentences, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_what_something_is_done_under_is_a_programme(nlp):
    text = (
        "Wyvern Borough Council\nLeaseholder Bulletin\n"
        "Nine flats were sold under the Right to Own this spring, two fewer than planned.\n"
        "Under the Safe Streets Duty each landlord must name a contact.\n"
        "Loft insulation is free under the Orlwick Cosy Homes Pledge.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Right to Own") == {"PROGRAMME"}, found
    assert _labels(found, "Safe Streets Duty") == {"PROGRAMME"}, found
    assert _labels(found, "Orlwick Cosy Homes Pledge") == {"PROGRAMME"}, found


def test_a_law_a_body_or_a_person_done_under_is_no_programme(nlp):
    text = (
        "Notice was served under the Sampleton Harbour Act 1987. Staff transfer under the Orlwick Care Trust.\n"
        "Officers work under the Director of Place. Fees are set under the Local Authorities (Charges) Regulations.\n"
    )
    found = _ents(text, nlp)
    assert not {e.normalised for e in found if e.label == "PROGRAMME"}, found


def test_places_after_a_preposition_of_place_and_the_name_joined_to_them(nlp):
    text = (
        "Wyvern District Council\nPlanning update\n"
        "2.4 Most of the new flats stand at Orlwick Quay and Sampleton Fields.\n"
        "Extra buses to Brackford Cross and Nether Fenmoor will start in June.\n"
        "The lorry ban routes traffic through Kings Brackwell and keeps it off the green.\n"
    )
    found = _ents(text, nlp)
    for place in ("Sampleton Fields", "Brackford Cross", "Nether Fenmoor", "Kings Brackwell"):
        assert _labels(found, place) == {"GPE"}, (place, found)
    assert not {e.normalised for e in found if e.label == "PERSON"}, found


def test_a_person_after_a_list_of_places_stays_a_person(nlp):
    found = _ents("The fete was held at Orlwick Quay and Jane Fenmoor opened it for the Mayor.\n", nlp)
    assert "GPE" not in _labels(found, "Jane Fenmoor"), found


def test_the_places_of_a_list_of_councils_in_lower_case(nlp):
    text = (
        "Our bid with Orlwick and Brackford went in last week.\n"
        "It joins Orlwick and Brackford city councils, and Sampleshire county and district councils.\n"
        "Rents are lower than the Sampleshire figure.\n"
    )
    found = _ents(text, nlp)
    for place in ("Orlwick", "Brackford", "Sampleshire"):
        assert _labels(found, place) == {"GPE"}, (place, found)
