"""Issue 17 item 1, fourteenth session: posts, streets and programmes by their shape. On invented
text (the council "Wyvern", invented people), with the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def _person(found: list[Entity], name: str) -> Entity:
    people = [e for e in found if e.label == "PERSON" and e.normalised == name]
    assert people, (name, found)
    return people[0]


def test_a_business_partner_is_a_post(nlp):
    text = (
        "Wyvern District Council\n\n"
        "Report author:\tIsmay Oddington-Vere, Revenues Finance Business Partner\n\n"
        "4.2 The costs were checked with the service in March.\n\n"
        "4.3 Report author: Corvin Vexley, People Business Partner.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Revenues Finance Business Partner") == {"ROLE"}, found
    assert _labels(found, "People Business Partner") == {"ROLE"}, found
    partner = _person(found, "Corvin Vexley")
    assert (partner.role, partner.affiliation) == ("People Business Partner", "Wyvern District Council")
    assert _person(found, "Ismay Oddington-Vere").role == "Revenues Finance Business Partner"
    assert not _labels(found, "Corvin Vexley") & {"ORG"}, found


def test_a_post_of_the_council_keeps_its_whole_name(nlp):
    text = (
        "Wyvern District Council\n"
        "Report of:\tDirector of Place\n"
        "Cabinet Member:\tCouncillor Ingram Pollexfen, Leader of the Council\n"
        "Key decision:\tNo\n\n"
        "1.1 The report sets out the plan for Wyvern.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Leader of the Council") == {"ROLE"}, found
    assert not _labels(found, "Leader"), found
    leader = _person(found, "Ingram Pollexfen")
    assert (leader.role, leader.affiliation) == ("Leader of the Council", "Wyvern District Council")


def test_a_street_or_yard_named_before_what_happens_there_is_a_place(nlp):
    text = (
        "Line\tService\tBudget\tForecast\tCommentary\n"
        "7\tCar parks\t(1,210)\t(1,150)\tFewer visitors since the Copperwell Lane works began.\n"
        "10\tProperty\t1,240\t1,228\tRent review at Dunnock Yard units.\n"
        "11\tHighways\t2,310\t2,305\tResurfacing on Pennyfold Road finished early.\n"
    )
    found = _ents(text, nlp)
    for street in ("Copperwell Lane", "Dunnock Yard", "Pennyfold Road"):
        assert _labels(found, street) == {"GPE"}, (street, found)


def test_a_standard_a_credit_and_a_register_are_programmes(nlp):
    text = (
        "3.1 Most tenants receive the housing element of Pension Credit or Wyvern Living Credit.\n"
        "3.2 All 410 homes will meet the revised Snug Homes Standard by 2030.\n"
        "3.3 The Strategic Hazards Register holds twelve risks at the end of the quarter.\n"
    )
    found = _ents(text, nlp)
    for name in ("Pension Credit", "Wyvern Living Credit", "Snug Homes Standard", "Strategic Hazards Register"):
        assert _labels(found, name) == {"PROGRAMME"}, (name, found)


def test_a_forum_whose_chair_is_no_councillor_is_a_body(nlp):
    text = (
        "8. Tenants were consulted through the Wyvern Tenants' Forum. Its chair, Odalys Brenchley, asked for a "
        "named officer for each street.\n"
        "9. The strategy was shaped by the Orlwick Young Carers Forum, whose chair, Cosima Tidmarsh, told "
        "officers that waits were long.\n"
        "10. The Wyvern Area Forum, whose chair, Councillor Wilmot Pardoe, opened the meeting, noted the report.\n"
        "11. The Hallerton Parents Forum, whose chair, Piran Esselmont, wrote to the Cabinet, asked for more places.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Wyvern Tenants' Forum") == {"ORG"}, found
    assert _labels(found, "Orlwick Young Carers Forum") == {"ORG"}, found
    assert _person(found, "Odalys Brenchley").affiliation == "Wyvern Tenants' Forum"
    esselmont = _person(found, "Piran Esselmont")  # the model reads this name as a body's
    assert esselmont.affiliation == "Hallerton Parents Forum" and not _labels(found, "Piran Esselmont") - {"PERSON"}
    assert "ORG" not in _labels(found, "Wyvern Area Forum"), found  # a councillor chairs the council's own forum


def test_a_firm_named_for_its_trade_after_a_person_or_as_the_agent_is_a_body(nlp):
    text = (
        "Wyvern District Council\n\nPlanning Committee: item 6\n\n"
        "Application:\t26/00412/OUT\n"
        "Applicant:\tWestlea Homes Ltd\n"
        "Agent:\tFenmarsh Planning\n"
        "Case officer:\tIlsa Marrable, Senior Planning Officer\n\n"
        "Ms Tamsyn Peverell of Kestor Design, the architect, spoke in support.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Fenmarsh Planning") == {"ORG"}, found
    assert _labels(found, "Kestor Design") == {"ORG"}, found
    assert _person(found, "Tamsyn Peverell").affiliation == "Kestor Design"
    assert _person(found, "Tamsyn Peverell").role is None  # the post ending the line above is the case officer's


def test_a_name_described_as_a_scheme_or_pilot_is_a_programme(nlp):
    text = (
        "Homes are let through Homefinder Wyvern, the home-swap scheme the housing team set up with "
        "landlords. The Council ran Warmer Wyvern, a home insulation pilot, in 2025. Westlea Homes Ltd, the "
        "scheme's developer, agreed the timetable.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Homefinder Wyvern") == {"PROGRAMME"}, found
    assert _labels(found, "Warmer Wyvern") == {"PROGRAMME"}, found
    assert _labels(found, "Westlea Homes Ltd") == {"ORG"}, found
