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
        "Wyvern Borough Council\nTenant News\n"
        "Last year 46 tenants bought their home under the Right to Acquire, and we built 58 new ones.\n"
        "Under the Serious Harm Duty the partners set up a new board in 2024.\n"
        "Grants are paid under the Orlwick Warm Homes Pledge.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Right to Acquire") == {"PROGRAMME"}, found
    assert _labels(found, "Serious Harm Duty") == {"PROGRAMME"}, found
    assert _labels(found, "Orlwick Warm Homes Pledge") == {"PROGRAMME"}, found


def test_a_law_a_body_or_a_person_done_under_is_no_programme(nlp):
    text = (
        "Notice was served under the Sampleton Harbour Act 1987. Staff transfer under the Orlwick Care Trust.\n"
        "Officers work under the Director of Place. Fees are set under the Local Authorities (Charges) Regulations.\n"
    )
    found = _ents(text, nlp)
    assert not {e.normalised for e in found if e.label == "PROGRAMME"}, found


def test_places_after_a_preposition_of_place_and_the_name_joined_to_them(nlp):
    text = (
        "Wyvern District Council\nCabinet minutes\n"
        "3.2 The tax base grew, mostly from 412 new homes completed at Orlwick Rise and Sampleton Meadows.\n"
        "New bus routes to Brackford Vale and Holt Endmoor would be paid for from the Wyvern Town Deal.\n"
        "Residents had logged 37 vehicles speeding through Upton Fenmoor and asked for a speed camera.\n"
    )
    found = _ents(text, nlp)
    for place in ("Sampleton Meadows", "Brackford Vale", "Holt Endmoor", "Upton Fenmoor"):
        assert _labels(found, place) == {"GPE"}, (place, found)
    assert not {e.normalised for e in found if e.label == "PERSON"}, found


def test_a_person_after_a_list_of_places_stays_a_person(nlp):
    found = _ents("The fete was held at Orlwick Rise and Jane Fenmoor attended as a guest of the Mayor.\n", nlp)
    assert "GPE" not in _labels(found, "Jane Fenmoor"), found


def test_the_places_of_a_list_of_councils_in_lower_case(nlp):
    text = (
        "The three cities' partnership with Orlwick and Brackford is developing well.\n"
        "We work with Orlwick and Brackford city councils, and with Sampleshire county and district councils.\n"
        "The population is younger than the Sampleshire average.\n"
    )
    found = _ents(text, nlp)
    for place in ("Orlwick", "Brackford", "Sampleshire"):
        assert _labels(found, place) == {"GPE"}, (place, found)
