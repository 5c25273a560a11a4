"""Issue 17 item 1, fifth session: national bodies named bare, posts named alone, boards listed
with bodies and places after "at", each on invented sentences (no name from any gold set), with
the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def test_bare_bodies_that_judge_offer_or_carry_out_work_are_organisations(nlp):
    text = (
        "1. The service was judged good after Ofmarsh judged it in May. Qelvic and the ZRQA carried out a joint "
        "review of the partnership.\n"
        "2. The TLNA has offered a further peer review, and the VRQA's resilience index places the Council "
        "in the lowest tenth.\n"
        "3. The KDR rose by 3%; the FRB's are due in May.\n"
    )
    found = _ents(text, nlp)
    for body in ("Ofmarsh", "Qelvic", "ZRQA", "TLNA", "VRQA"):
        assert _labels(found, body) == {"ORG"}, (body, found)
    assert _labels(found, "KDR") == {"ACRONYM"}
    assert "ORG" not in {e.label for e in found if e.text.startswith("FRB")}


def test_bodies_reported_to_paid_by_or_worked_with_are_organisations(nlp):
    text = (
        "Each placement was reported to WNDQ each quarter. Delays in payments from the PVQ were the main "
        "cause. Members welcomed the pilot with the XNHB, which housed 17 patients. Officers work with "
        "the SEN cohort every term.\n"
    )
    found = _ents(text, nlp)
    for body in ("WNDQ", "PVQ", "XNHB"):
        assert _labels(found, body) == {"ORG"}, (body, found)
    assert "ORG" not in _labels(found, "SEN")  # it modifies "cohort"


def test_places_after_at_and_listed_with_places(nlp):
    text = (
        "The new school at Pethwick Moor will open in 2027, and family hubs opened in Ashby Fold and Tallowmere "
        "in January. Homes England will fund 96 homes at Gorran Wharf through the programme. The Committee "
        "met at Marlow House and at Christmas. Debt cases at Citizens Help Tallowmere rose, and Citizens Help "
        "Tallowmere said help is free.\n"
    )
    found = _ents(text, nlp)
    for place in ("Pethwick Moor", "Ashby Fold", "Tallowmere"):
        assert _labels(found, place) == {"GPE"}, (place, found)
    assert "PERSON" not in _labels(found, "Gorran Wharf")
    assert not _labels(found, "Christmas") & {"GPE"}
    assert "GPE" not in _labels(found, "Citizens Help Tallowmere")  # a body named for what it does


def test_a_board_listed_with_bodies_is_a_body(nlp):
    text = (
        "The Improvement Board brings together the Fenmoor and Tarrow Integrated Care Board, Fenmoor "
        "Constabulary and the Fenmoor Safeguarding Partnership. The Fenmoor Wellbeing Board meets in June.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Fenmoor and Tarrow Integrated Care Board") == {"ORG"}
    assert _labels(found, "Improvement Board") == {"COMMITTEE"}
    assert _labels(found, "Fenmoor Wellbeing Board") == {"COMMITTEE"}


def test_posts_named_alone_and_by_apposition(nlp):
    text = (
        "The Department for Coastal Affairs appointed Odile Frayn as Young People's Harbour Adviser in "
        "May. The Principal Social Worker, Osric Vane, runs the academy. The Principal Social Worker will "
        "report in June, and the Senior Youth Worker will attend.\n"
    )
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {"Principal Social Worker", "Senior Youth Worker", "Young People's Harbour Adviser"} <= roles
    people = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert people == {"Odile Frayn": "Young People's Harbour Adviser", "Osric Vane": "Principal Social Worker"}


def test_consultees_named_bare_are_bodies(nlp):
    text = (
        "Towpath England objected to the allocation; Towpath England later withdrew. National Moorings raised "
        "concerns about queues. The QVB and TRW Property Services asked for land for a clinic. QRSE, the "
        "countryside charity, argued that the figure is too high.\n"
    )
    found = _ents(text, nlp)
    for body in ("Towpath England", "National Moorings", "QVB", "TRW Property Services", "QRSE"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_no_person_is_named_after_the(nlp):
    text = "The plan must do no harm to the Pennick Mosses, a protected site, or to the Oxley Beck catchment.\n"
    found = _ents(text, nlp)
    assert not {e.normalised for e in found if e.label == "PERSON"}


def test_a_post_in_a_field_and_a_post_before_a_name(nlp):
    text = (
        "The Harbour Policy Manager, Odile Frayn, will lead the team with Amos Reed, Senior Policy Officer. "
        "Programme Officer Mabel Quist will work for the Inspector.\n"
    )
    found = _ents(text, nlp)
    assert "Harbour Policy Manager" in {e.normalised for e in found if e.label == "ROLE"}
    people = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert people == {
        "Odile Frayn": "Harbour Policy Manager", "Amos Reed": "Senior Policy Officer", "Mabel Quist": "Programme Officer",
    }


def test_civic_and_national_posts(nlp):
    text = (
        "Present: The Lord Mayor (Councillor Ines Quist) in the Chair; Councillor Amos Reed.\n"
        "The Leader will write to the Secretary of State for Coastal Affairs. The precepts of the Harbour and "
        "Crime Commissioner for Pennick and of Pennick Fire and Rescue Authority were noted.\n"
    )
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {"Lord Mayor", "Secretary of State for Coastal Affairs", "Harbour and Crime Commissioner for Pennick"} <= roles
    assert _labels(found, "Pennick Fire and Rescue Authority") == {"ORG"}
    assert {e.normalised: e.role for e in found if e.label == "PERSON"}["Ines Quist"] == "Lord Mayor"


def test_bodies_that_appoint_expect_report_and_department_initials(nlp):
    text = (
        "The auditor, appointed by QXPA, has not yet given an opinion. The ZNOQ expects the backlog to clear. "
        "The school was praised in its Ofmarsh report. The DfZ had cut the grant.\n"
    )
    found = _ents(text, nlp)
    for body in ("QXPA", "ZNOQ", "Ofmarsh", "DfZ"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_residents_and_companies_in_lists(nlp):
    text = (
        "Mabel Quist, a resident of Tallowmere, asked about the bus. The Council will work with Pennick Buses "
        "Limited, Pennick Buses and Tarrow Coaches to restore the service. The Friends of Oxley Meadow, a "
        "residents' group, objected.\n"
    )
    found = _ents(text, nlp)
    people = {e.normalised for e in found if e.label == "PERSON"}
    assert people == {"Mabel Quist"}
    assert _labels(found, "Tallowmere") == {"GPE"}
    assert _labels(found, "Tarrow Coaches") == {"ORG"}


def test_bodies_that_investigate_are_passed_cases_or_are_described_by_which(nlp):
    text = (
        "One case of fraud was passed to the QWDP. The ZHMR is investigating a contractor. The VFRC has not yet "
        "published its review. Two cases were referred to Tarrow Homes, which manages the housing stock.\n"
    )
    found = _ents(text, nlp)
    for body in ("QWDP", "ZHMR", "VFRC", "Tarrow Homes"):
        assert _labels(found, body) == {"ORG"}, (body, found)
    assert not {e.normalised for e in found if e.label == "PERSON"}


def test_a_post_headed_by_lead(nlp):
    text = "The Harbour Engagement Lead, Mabel Quist, will attend. The Coastal Help Lead Practitioner will not.\n"
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {"Harbour Engagement Lead", "Coastal Help Lead Practitioner"} <= roles
    assert {e.normalised: e.role for e in found if e.label == "PERSON"} == {"Mabel Quist": "Harbour Engagement Lead"}


def test_a_body_after_a_post_in_a_members_list_and_a_director_by_field(nlp):
    text = (
        "Board members present: Ossian Vale, Chief Executive, Harbourwatch Tallowmere; Dr Mabel Quist, "
        "Clinical Director, Pennick Care Network.\n"
    )
    found = _ents(text, nlp)
    assert "PERSON" not in _labels(found, "Harbourwatch Tallowmere")
    people = {e.normalised: (e.role, e.affiliation) for e in found if e.label == "PERSON"}
    assert people["Ossian Vale"] == ("Chief Executive", "Harbourwatch Tallowmere")
    assert people["Mabel Quist"][0] == "Clinical Director"
    assert "Clinical Director" in {e.normalised for e in found if e.label == "ROLE"}


def test_a_nation_body_as_the_subject_of_a_negated_clause(nlp):
    text = (
        "The harm is less than substantial. Verdant England has no objection, provided the homes contribute to "
        "the mitigation strategy. Gallant England has no comments. Visitors come from Rural England's villages, "
        "and Rural England is quiet.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Verdant England") == {"ORG"}
    assert _labels(found, "Gallant England") == {"ORG"}
    assert "ORG" not in _labels(found, "Rural England")
    assert not {e.normalised for e in found if e.label == "PERSON"}
