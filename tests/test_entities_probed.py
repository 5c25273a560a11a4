"""Issue 17 item 1, thirteenth session: mechanisms that failed on the entity probes
(``bench/entity_probes.py``) and on more than one development set. Invented sentences, the
real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_an_undefined_acronym_used_on_its_own_after_the_is_a_body(nlp):
    text = (
        "Orlwick Borough Council\nHealth overview\n"
        "Falls among older residents cost the WPHS an estimated £3m a year. The clinic hosts WPHS dental teams.\n"
        "The pilot runs with the QHPS, the police and the voluntary sector, and advice came from experts, "
        "including the ZRVA.\n"
        "The KLMB budget is set for the year and the PQT target is unchanged.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("WPHS", "QHPS", "ZRVA"):
        assert _labels(found, name) == {"ORG"}, (name, found)
    assert not (_labels(found, "KLMB") | _labels(found, "PQT")) & {"ORG"}, found  # before the noun they modify


def test_a_programme_introduced_by_what_it_is_stays_a_programme_when_named_bare(nlp):
    text = (
        "Wyvern District Council\nCommunities update\n"
        "The council launched the 'Kinder Corners' programme in April. Since then Kinder Corners has helped "
        "300 households, and Kinder Corners will continue.\n"
        "The scheme, known as Lantern Steps, brings advice into one place. Lantern Steps has a budget of £2m.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Kinder Corners", "Lantern Steps"):
        assert {e.label for e in found if e.text == name} == {"PROGRAMME"}, (name, found)
        assert sum(e.text == name for e in found) >= 2, (name, found)
    assert not [e for e in found if e.label == "PERSON"], found
