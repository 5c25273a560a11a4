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


def test_an_undefined_acronym_that_acts_is_a_body(nlp):
    text = (
        "1. QXRA has awarded the Council £1.2m for new defences. Members noted that the WQB would lead on the "
        "inquiry, and read the ZNTA's annual report.\n"
        "2. The joint operation with Fenmoor Police and TRVC, which began in May, seized 300 illegal vapes. "
        "The partners are Fenmoor Police, NQVA and WJTB.\n"
        "3. The KDR rose by 3% and PQRM scores were stable; Fenmoor Police and QPD scores were praised.\n"
        "4. The Council will join the VLNA's peer exchange; the LKP's are due in May.\n"
        "5. The scheme has won national and Narvian awards; work is led by PWD timescales.\n"
    )
    found = _ents(text, nlp)
    for body in ("QXRA", "WQB", "ZNTA", "TRVC", "VLNA", "NQVA", "WJTB"):
        assert _labels(found, body) == {"ORG"}, body
    assert _labels(found, "KDR") == {"ACRONYM"}
    assert _labels(found, "PQRM") == {"ACRONYM"}
    assert _labels(found, "QPD") == {"ACRONYM"}
    assert _labels(found, "PWD") == {"ACRONYM"}  # it modifies "timescales"
    assert "ORG" not in _labels(found, "Narvian")  # "awards" is a noun here
    assert "ORG" not in {e.label for e in found if e.text.startswith("LKP")}  # listed with a body, but a modifier of "scores"


def test_a_one_word_body_is_an_organisation_by_what_it_does(nlp):
    text = (
        "The home was inspected by Ofmarsh in May, and Ofmarsh rated it good. "
        "The Council will respond to Regwell by the end of June. Funding is allocated by the DfQ each year. "
        "Tallowby Borough Council met; the Council also had funding from Tallowby for the path.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Ofmarsh") == {"ORG"}
    assert _labels(found, "Regwell") == {"ORG"}
    assert _labels(found, "DfQ") == {"ORG"}  # an acronym in mixed case
    assert "ORG" not in _labels(found, "Tallowby")  # a council's place


def test_a_lower_case_committee_is_a_committee(nlp):
    text = (
        "The risk register went to the audit committee in March; the ethics committee will see it next. "
        "The committee noted the relevant committee's view and the council's pensions committee agreed.\n"
    )
    found = _ents(text, nlp)
    committees = {e.normalised.lower() for e in found if e.label == "COMMITTEE"}
    assert {"audit committee", "ethics committee", "pensions committee"} <= committees
    assert not committees & {"committee", "relevant committee"}


def test_a_name_someone_lives_in_is_a_place_not_a_person(nlp):
    text = (
        "Councillor Amos Reed is a trustee of the Petra Fold Allotment Society. Lead pipes remain in Petra Fold "
        "and in Brindle Cross, the Director said.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Petra Fold") == {"GPE"}
    assert _labels(found, "Brindle Cross") == {"GPE"}


def test_a_guest_listed_with_rank_and_body_is_a_person(nlp):
    text = "In attendance: Oriana Velasquez-Hart, Inspector, Fenmoor Water Inspectorate.\n"
    found = _ents(text, nlp)
    person = [e for e in found if e.label == "PERSON"]
    assert [p.normalised for p in person] == ["Oriana Velasquez-Hart"]
    assert person[0].affiliation == "Fenmoor Water Inspectorate"


def test_a_clerk_is_a_post(nlp):
    text = "Officers: Perpetua Lisle (Committee Clerk) and Osric Vane (Deputy Town Clerk).\n"
    found = _ents(text, nlp)
    people = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert people == {"Perpetua Lisle": "Committee Clerk", "Osric Vane": "Deputy Town Clerk"}


def test_a_post_in_a_field_is_a_role_but_not_a_post_in_a_town(nlp):
    text = (
        "In attendance: Dr Ysolde Marr, Consultant in Coastal Health, Fenmoor Care Trust; "
        "Mr Arlo Penn, Surveyor in Brindlecombe.\n"
    )
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert "Consultant in Coastal Health" in roles
    assert "Surveyor in Brindlecombe" not in roles
    person = {e.normalised: (e.role, e.affiliation) for e in found if e.label == "PERSON"}
    assert person["Ysolde Marr"] == ("Consultant in Coastal Health", "Fenmoor Care Trust")


def test_a_board_that_employs_a_guest_is_a_body_and_a_board_with_a_chair_a_committee(nlp):
    text = (
        "In attendance: Dr Ysolde Marr, Senior Analyst, Fenmoor Integrated Care Board; "
        "Councillor Tobin Reyes, Chair, Fenmoor Wellbeing Board.\n"
        "The Fenmoor Integrated Care Board will attend in June.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Fenmoor Integrated Care Board") == {"ORG"}
    assert _labels(found, "Fenmoor Wellbeing Board") == {"COMMITTEE"}
    person = {e.normalised: e.affiliation for e in found if e.label == "PERSON"}
    assert person["Ysolde Marr"] == "Fenmoor Integrated Care Board"


def test_a_body_named_for_its_work_and_its_nation_is_an_organisation(nlp):
    text = (
        "No funding is available from Coastal Paths England. Towpaths England has agreed to fund the moorings; "
        "the coastal paths and towpaths are busy. "
        "Visitors come from North East England and from Rural England's villages.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Coastal Paths England") == {"ORG"}
    assert _labels(found, "Towpaths England") == {"ORG"}
    assert not {e.label for e in found if e.text.endswith(" England") and e.span[0] > text.index("Visitors")} & {"ORG"}
