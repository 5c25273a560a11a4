"""Issue 17 item 1, twelfth session: an undefined acronym written before what a body publishes
is that body; "Protocol" and "Covenant" head programmes; a plural possessive of people opens a
programme's name. Invented sentences, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_an_undefined_acronym_before_what_a_body_publishes_is_a_body(nlp):
    text = (
        "Wyvern County Council\nPublic health note\n"
        "The QRSA quarterly statistics put cycling to work at 11%. WXPH data show a fall in admissions since 2029.\n"
        "Fees were compared with PQRB peer benchmarks before the uplift. The ZTV figures show little change.\n"
        "The KLM budget and the RTP target stay as they were.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("QRSA", "WXPH", "PQRB", "ZTV"):
        assert _labels(found, name) == {"ORG"}, (name, found)
    assert not (_labels(found, "KLM") | _labels(found, "RTP")) & {"ORG"}, found  # a budget's or target's kind


def test_protocol_and_covenant_head_programmes_and_a_plural_possessive_opens_a_name(nlp):
    text = (
        "Orlwick Borough Council\nReport to Council\n"
        "The Shared Placement Protocol now covers every academy. The Council signed the "
        "Sampleton Veterans Covenant in 2031. The Councillors' Expenses Scheme 2031/32 was approved without a vote.\n"
    )
    found = extract_checked(text, nlp)
    assert _labels(found, "Shared Placement Protocol") == {"PROGRAMME"}, found
    assert _labels(found, "Sampleton Veterans Covenant") == {"PROGRAMME"}, found
    assert _labels(found, "Councillors' Expenses Scheme") == {"PROGRAMME"}, found


def test_one_word_after_a_post_is_its_field_not_the_start_of_a_longer_body():
    from councilsearch.extract.entities.affiliations import _Bodies
    from councilsearch.extract.entities.candidates import Cand

    chosen = [
        Cand(0, 31, "ORG", "Parking Permits Yearly Summary", 1, (0, 31)),
        Cand(40, 60, "ORG", "Orlwick Grounds Ltd", 2, (40, 60)),
    ]
    bodies = _Bodies(chosen, ("ORG",))
    assert bodies.named("Parking") is None  # "Director of Parking": the post's own field
    assert bodies.named("Orlwick Grounds") == "Orlwick Grounds Ltd"  # a shorter name of a company
    assert bodies.named("Orlwick") is None
