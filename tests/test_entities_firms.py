"""Issue 17 item 1, sixth session (entities.v5): companies, charities and bodies with no head
noun typed by what the text says of them (a legal form, an apposition, a plural profession, the
same name typed elsewhere, a list of bodies, a perfect tense), posts owned by a body, and places
after "at" that end in a street or site word. Invented sentences only (no name from any gold
set), with the real model."""

from __future__ import annotations

from councilsearch.extract.entities.names import normalise_role
from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name or e.text == name}


def test_a_legal_form_is_part_of_a_company_name(nlp):
    text = (
        "Bids came from Quillon Fabrications plc and Ostery Verge CIC. The work will pass to Marram and "
        "Teasel CIC in the spring.\n"
    )
    found = _ents(text, nlp)
    assert "ORG" in _labels(found, "Quillon Fabrications plc"), found
    assert "ORG" in _labels(found, "Ostery Verge CIC"), found
    assert "ORG" in _labels(found, "Marram and Teasel CIC"), found


def test_a_name_described_in_apposition_is_a_body(nlp):
    text = (
        "Pellow Outdoor, a family firm from Drayholt, was not compliant. Talwyn Hollis and Kindred Lantern, a "
        "local debt advice charity, now share an office. Sorrel Quaye, a social enterprise that repairs "
        "bicycles, won the contract. Councillor Ada Penrose, a member of the association, spoke.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Pellow Outdoor") == {"ORG"}, found
    assert _labels(found, "Kindred Lantern") == {"ORG"}, found
    assert _labels(found, "Sorrel Quaye") == {"ORG"}, found
    assert _labels(found, "Ada Penrose") == {"PERSON"}, found  # "a member of the association": a person


def test_a_firm_named_for_its_profession_in_the_plural_is_not_a_person(nlp):
    text = "Also present: Orla Brennock (Scheme Actuary, Voss Tremlett Actuaries) and Ivo Dale (Independent Adviser).\n"
    found = _ents(text, nlp)
    assert "PERSON" not in _labels(found, "Voss Tremlett Actuaries"), found
    assert "ORG" in _labels(found, "Voss Tremlett Actuaries"), found
    assert _labels(found, "Orla Brennock") == {"PERSON"}, found


def test_one_name_is_one_thing_in_a_document(nlp):
    text = (
        "Tenders came from Brisco Kale Limited, Hadley Pennyworth and Corran Vale Ltd.\n"
        "Hadley Pennyworth, a building contractor from Esk, scored lowest. Hadley Pennyworth will appeal.\n"
    )
    found = _ents(text, nlp)
    assert "PERSON" not in _labels(found, "Hadley Pennyworth"), found
    assert "ORG" in _labels(found, "Hadley Pennyworth"), found


def test_a_name_of_a_nation_body_that_has_acted_is_a_body(nlp):
    text = (
        "Moorland Heritage England has turned down the bid, and the Council will ask again in May. Crafts "
        "Council England has given the museum £20,000.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Moorland Heritage England") == {"ORG"}, found
    assert _labels(found, "Crafts Council England") == {"ORG"}, found


def test_a_post_owned_by_a_body_is_named_without_the_owner():
    assert normalise_role("Council's Parks Services Manager") == "Parks Services Manager"
    assert normalise_role("the Trust's Finance Director") == "Finance Director"
    assert normalise_role("Young People's Services Quality Adviser") == "Young People's Services Quality Adviser"


def test_a_site_after_at_is_a_place_not_a_person(nlp):
    text = (
        "The two charities now share a hub at Quorley Yard. Crews will cut the verges at Ottering and "
        "Stanner Lane.\n"
    )
    found = _ents(text, nlp)
    assert "PERSON" not in _labels(found, "Quorley Yard"), found
    assert "GPE" in _labels(found, "Quorley Yard"), found
    assert "GPE" in _labels(found, "Stanner Lane"), found


def test_the_last_word_of_a_longer_name_is_not_a_one_word_body(nlp):
    text = "Also present: Orla Brennock (Scheme Actuary, Voss Tremlett Actuaries).\n"
    found = _ents(text, nlp)
    assert "ORG" not in _labels(found, "Actuary"), found


def test_a_name_in_brackets_after_a_person_is_her_body(nlp):
    text = (
        "Present: Councillor Ada Wren (Chair), Deirdre Faulk (Tenants Voice Orrelby), Rosa Penhale (The Pindle "
        "Trust), Ida Cawl (Brightlane), Ivo Dale (Observer) and Sunil Lal (Orrelby Gurdwara Welfare Committee).\n"
        "The lottery has given Brightlane £10,000 for its work.\n"
    )
    found = _ents(text, nlp)
    people = {e.normalised: e for e in found if e.label == "PERSON"}
    assert people["Deirdre Faulk"].affiliation == "Tenants Voice Orrelby", found
    assert "Pindle Trust" in (people["Rosa Penhale"].affiliation or ""), found
    assert people["Ida Cawl"].affiliation == "Brightlane", found
    assert people["Sunil Lal"].affiliation == "Orrelby Gurdwara Welfare Committee", found
    assert "ORG" in _labels(found, "Tenants Voice Orrelby")
    assert _labels(found, "Brightlane") == {"ORG"}, found  # both uses
    assert _labels(found, "Orrelby Gurdwara Welfare Committee") == {"ORG"}, found
    assert _labels(found, "Observer") <= {"ROLE"}, found  # a seat (a post), not a body
    assert people["Ada Wren"].role == "Chair"


def test_a_post_whose_field_has_a_possessive(nlp):
    found = _ents("Contact: Rosa Penhale, Head of Young People's Commissioning, rosa@example.gov.uk\n", nlp)
    assert "Head of Young People's Commissioning" in {e.normalised for e in found if e.label == "ROLE"}, found
    people = {e.normalised: e for e in found if e.label == "PERSON"}
    assert people["Rosa Penhale"].role == "Head of Young People's Commissioning"


def test_a_programme_named_with_council_first(nlp):
    text = (
        "That Cabinet recommends the Council Tax Reduction Scheme 2026/27 to Full Council. The Council's "
        "Savings Review found £2m.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Council Tax Reduction Scheme") == {"PROGRAMME"}, found
    assert not _labels(found, "Council's Savings Review"), found
    assert _labels(found, "Savings Review") == {"PROGRAMME"}, found


def test_posts_named_by_a_profession(nlp):
    text = "The Scheme Actuary presented the valuation. The County Ecologist asked for a survey.\n"
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {"Scheme Actuary", "County Ecologist"} <= roles, found


def test_every_capitalised_word_before_a_legal_form_is_the_company_s(nlp):
    found = _ents("Pellham Lyle Partners LLP will advise on the lease, and Orrick Staff Services Ltd on pay.\n", nlp)
    assert "ORG" in _labels(found, "Pellham Lyle Partners LLP"), found
    assert "ORG" in _labels(found, "Orrick Staff Services Ltd"), found


def test_friends_of_a_place_are_a_group_and_a_friend_is_a_person(nlp):
    found = _ents("Members thanked the Friends of Yelverton Park for their help. Ada Friend spoke next.\n", nlp)
    assert _labels(found, "Friends of Yelverton Park") == {"ORG"}, found
    assert _labels(found, "Ada Friend") == {"PERSON"}, found


def test_the_first_of_three_listed_bodies_is_a_body_not_a_person_with_a_body(nlp):
    text = (
        "The Council works with Fernside Homes, Corrin Living and the Halvard Housing Group to deliver 300 homes.\n"
        "Present: Jane Doe, Example Borough Council and the Sample Trust.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Fernside Homes") == {"ORG"}, found
    assert _labels(found, "Jane Doe") == {"PERSON"}, found  # "Doe" is no word of the text's
