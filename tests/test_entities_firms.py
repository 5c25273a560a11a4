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
    assert normalise_role("Council's Legal Services Manager") == "Legal Services Manager"
    assert normalise_role("the Trust's Finance Director") == "Finance Director"
    assert normalise_role("Children's Services Improvement Adviser") == "Children's Services Improvement Adviser"


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
