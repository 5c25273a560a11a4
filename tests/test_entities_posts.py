"""Issue 17 item 1, eleventh session: what a post says besides itself. A committee or body
named inside a post ("Chair of the Example Committee") is an entity of its own; on invented
sentences (no name from any gold set), with the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def test_a_committee_or_body_inside_a_post_is_named_too(nlp):
    text = (
        "1. The Chair of the Lettings Appeals Committee presented the annual report.\n"
        "2. Posts that carry an allowance\n"
        "Post\tMultiplier\tAllowance\n"
        "Chair of Rights of Way Committee\t0.5\t4,100\n"
        "Chair of Quayward Scrutiny Panel\t0.25\t2,050\n"
        "3. A written update from the Chair of the Tarnwick Vale Safety Partnership was noted.\n"
        "4. The Leader of Orlwick Borough Council wrote to the Minister.\n"
    )
    found = _ents(text, nlp)
    for committee in ("Lettings Appeals Committee", "Rights of Way Committee", "Quayward Scrutiny Panel"):
        assert _labels(found, committee) == {"COMMITTEE"}, (committee, found)
    assert _labels(found, "Tarnwick Vale Safety Partnership") == {"ORG"}, found
    assert _labels(found, "Orlwick Borough Council") == {"ORG"}, found
    assert "ROLE" in _labels(found, "Chair of Rights of Way Committee")  # the post stays


def test_a_council_service_inside_a_post_is_not_a_body_of_its_own(nlp):
    text = (
        "The Director of Adult Care Services and the Head of Street Lighting Services attended. The Leader of the "
        "Council and the Chair of the Committee spoke.\n"
    )
    found = _ents(text, nlp)
    assert not _labels(found, "Adult Care Services"), found
    assert not _labels(found, "Street Lighting Services"), found
    assert not _labels(found, "Council") & {"ORG"}, found
    assert not _labels(found, "Committee"), found


def test_a_post_cut_short_before_a_council_takes_its_whole_name(nlp):
    text = "The Leader of Fenmoor District Council and the Clerk to the Joint Committee signed the agreement.\n"
    found = _ents(text, nlp)
    assert _labels(found, "Leader of Fenmoor District Council") == {"ROLE"}, found
    assert _labels(found, "Fenmoor District Council") == {"ORG"}, found
    assert not _labels(found, "Joint Committee"), found  # a kind of committee, not a name


def test_a_council_named_in_capitals_is_a_council(nlp):
    text = (
        "TARNWICK DISTRICT COUNCIL\n"
        "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON 4 MARCH 2026\n"
        "Present: The Chairman (Councillor Edith Marlowby) in the Chair; Councillors Abney, Brize and Colley\n"
        "The Chairman thanked the Tarnwick Lifeboat Guild for its appeal for Tarnwick Hospice.\n"
    )
    found = _ents(text, nlp)
    councils = [e for e in found if e.label == "ORG" and e.normalised == "Tarnwick District Council"]
    assert councils and councils[0].text == "TARNWICK DISTRICT COUNCIL", found
    assert {e.affiliation for e in found if e.normalised == "Abney"} == {"Tarnwick District Council"}, found
    assert "PERSON" not in _labels(found, "Tarnwick Hospice"), found
    assert not _labels(found, "Full Council") & {"ORG"}, found


def test_a_ward_or_division_is_a_place(nlp):
    text = (
        "Councillor Pruett (Harlow Moss ward) asked about the bus shelter. Residents of Tollmarsh Edge and "
        "Sallowfold wards were consulted. Councillor Ingram, member for the Ketterick Vale division, "
        "supported the scheme.\n"
    )
    found = _ents(text, nlp)
    for place in ("Harlow Moss", "Tollmarsh Edge", "Sallowfold", "Ketterick Vale"):
        assert _labels(found, place) == {"GPE"}, (place, found)


def test_the_post_before_a_name_in_a_list_of_those_present_is_its_role(nlp):
    text = (
        "In attendance: the Leader of the Council, Cllr Hesper Dunnock (in the Chair); the Vice-Chairman, Cllr Ivo "
        "Brackley; Councillors Tamsin Orrell and Jude Wakeham.\n"
        "Also present: Councillor Nell Quarendon (in the Chair) at item 4.\n"
    )
    found = _ents(text, nlp)
    roles = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert roles.get("Hesper Dunnock") == "Leader of the Council", found
    assert roles.get("Ivo Brackley") == "Vice-Chairman", found
    assert roles.get("Tamsin Orrell") == "Councillor", found
    assert roles.get("Nell Quarendon") == "Chair", found  # presiding, with no other post given


def test_posts_headed_by_leader_secretary_editor_or_clerk(nlp):
    text = (
        "The Waste Team Leader and the Parish Forum Secretary attended. The Housing Team Leader, Mina Corrow, "
        "answered questions.\n"
        "Editor: Wystan Pook. Clerk: Odette Thimbleby.\n"
    )
    found = _ents(text, nlp)
    for post in ("Waste Team Leader", "Parish Forum Secretary", "Housing Team Leader"):
        assert _labels(found, post) == {"ROLE"}, (post, found)
    roles = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert roles.get("Mina Corrow") == "Housing Team Leader", found
    assert roles.get("Wystan Pook") == "Editor", found
    assert roles.get("Odette Thimbleby") == "Clerk", found


def test_a_body_in_apposition_to_a_post_is_not_a_person(nlp):
    text = (
        "The Director of Operations, Tarnwick Homes, said that repairs to homes had slowed. The Head of "
        "Estates, Ada Bankes, said that works to estates would resume.\n"
    )
    found = _ents(text, nlp)
    assert "PERSON" not in _labels(found, "Tarnwick Homes"), found
    assert {e.role for e in found if e.normalised == "Ada Bankes"} == {"Head of Estates"}, found
