"""Issue 17 item 1, tenth session: bodies and programmes by the shape of the name and the list
it stands in, on the forms councils print (invented names, the real model): a company's legal
form at a sentence's end, schools and hubs named for a place, reserves and chests as funds, a
council's own team, an office listed with bodies, and undefined acronyms used as bodies."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_a_legal_form_before_a_full_stop_is_part_of_the_name(nlp):
    found = _ents("The Board signed the cleaning contract with Wyvern Window Services Ltd.\n", nlp)
    assert _labels(found, "Wyvern Window Services Ltd") == {"ORG"}, found


def test_schools_and_hubs_named_for_a_place_are_bodies(nlp):
    text = (
        "Table 2: Building works\nProject\tStart\tCost\n"
        "Orlwick Bank School roof\tMay 2027\t1.2\n"
        "Nine young people found work through the Sampleton Makers' Hub. Maud Fenn said that "
        "Wyvern Youth Hub now opens on Sundays.\n"
        "Every special school and advice hub will be funded.\n"
    )
    found = _ents(text, nlp)
    for body in ("Orlwick Bank School", "Sampleton Makers' Hub", "Wyvern Youth Hub"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_a_kind_of_school_or_hub_is_no_body(nlp):
    text = (
        "Places at the Special School and the Advice Hub rose. The XYZ Hub opened.\n"
        "Every special school and advice hub will be funded, and we send XYZ reports monthly.\n"
    )
    found = _ents(text, nlp)
    assert not {e.normalised for e in found if e.label == "ORG"}, found


def test_reserves_and_chests_are_funds(nlp):
    text = (
        "A further £40,000 comes from the Budget Smoothing Reserve next year.\n"
        "The Wyvern Community Chest paid for six new benches.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Budget Smoothing Reserve") == {"PROGRAMME"}, found
    assert _labels(found, "Wyvern Community Chest") == {"PROGRAMME"}, found


def test_a_team_of_the_council_is_typed_as_its_committees(nlp):
    text = (
        "Wyvern Borough Council\nLeaseholder Bulletin\n"
        "The Lettings Support Team answered 400 calls in March.\n"
        "PC Ann Orlwick of the Sampleton Rural Policing Team said that crime in Sampleton fell.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Lettings Support Team") == {"COMMITTEE"}, found
    assert _labels(found, "Sampleton Rural Policing Team") == {"ORG"}, found


def test_an_office_listed_with_bodies_is_a_body(nlp):
    text = (
        "1.1 Each bill adds up the sums due to Wyvernshire County Council, the Wyvernshire Police and "
        "Crime Commissioner, Wyvernshire Fire and Rescue Authority and the town council.\n"
        "1.2 The Leader, the Chief Executive, Orlwick Housing Trust and Sampleton College signed the compact.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Wyvernshire Police and Crime Commissioner") == {"ORG"}, found
    assert _labels(found, "Chief Executive") == {"ROLE"}, found


def test_undefined_acronyms_that_agree_meet_or_apply_are_bodies(nlp):
    text = (
        "2.1 Our audits follow rules adopted across the region by XQFA.\n"
        "2.2 Bids were marked against criteria agreed with NAVQ last year.\n"
        "2.3 The Managing Director has met staff with the GMZ.\n"
    )
    found = _ents(text, nlp)
    for body in ("XQFA", "NAVQ", "GMZ"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_one_word_bodies_by_what_they_do(nlp):
    text = (
        "8. Streetcarers ran the pilot in Orlwick for six weeks.\n"
        "9. Hopewalk, whose trustees met in May, will take part.\n"
        "10. Ofwyv could require Orlwick Homes to fit new alarms.\n"
        "11. One option is Xantora's Linkup platform for booking rooms.\n"
    )
    found = _ents(text, nlp)
    for body in ("Streetcarers", "Hopewalk", "Ofwyv", "Xantora"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_a_plan_that_will_require_things_is_no_body(nlp):
    found = _ents("Moving to ECQ will require 15 more staff, and ECQ is a priority.\n", nlp)
    assert "ORG" not in _labels(found, "ECQ"), found


def test_the_body_a_person_speaks_for_ends_with_the_sentence(nlp):
    found = _ents("Hilda Fenn spoke for the Orlwick Anglers' Club. Hopewalk sent a letter.\n", nlp)
    assert [e.affiliation for e in found if e.normalised == "Hilda Fenn"] == ["Orlwick Anglers' Club"], found
