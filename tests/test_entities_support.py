"""Issue 17 item 1, eighth session: a person only the model saw must not be contradicted by the
document (a word shared with the document's bodies and places, "the" or a preposition of place
before it, "which" or "its" after it, a plural noun in apposition, a list of bodies around it),
and a table column is of one kind (a column of contacts is people, who take their row's body; a
column of names beside it is bodies). Invented sentences (no name from any gold set), the real
model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def _person(found: list[Entity], name: str) -> Entity:
    hits = [e for e in found if e.label == "PERSON" and e.normalised == name]
    assert hits, (name, sorted(e.normalised for e in found if e.label == "PERSON"))
    return hits[0]


def test_a_watchdog_named_for_the_councils_town_is_a_body(nlp):
    text = (
        "Wyvern Borough Council\n"
        "The draft charter went to the Wyvern Tenants Federation and to Voicebox Wyvern.\n"
        "Voicebox Wyvern said that its members wanted more notice of rent changes.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Voicebox Wyvern") == {"ORG"}


def test_a_name_in_apposition_with_a_plural_noun_is_a_body(nlp):
    text = (
        "Sampleton District Council\n"
        "Harcourt Vesey, the Council's legal advisers, had reviewed the lease with Orlick Holdings Ltd.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Harcourt Vesey") == {"ORG"}


def test_its_after_the_names_verb_makes_a_body_and_her_keeps_a_person(nlp):
    body = _ents("Sampleton District Council\nRosa Kelloway said that its volunteers had delivered 300 "
                 "food parcels.\n", nlp)
    person = _ents("Sampleton District Council\nRosa Kelloway said that her volunteers had delivered 300 "
                   "food parcels.\n", nlp)
    assert _labels(body, "Rosa Kelloway") == {"ORG"}
    assert _labels(person, "Rosa Kelloway") == {"PERSON"}


def test_names_nothing_contradicts_stay_people_and_a_titled_one_keeps_a_place_word(nlp):
    text = (
        "Sampleton District Council\n"
        "Ingrid Salcombe said that the group had grown to forty members. Oskar Lindqvist thanked the "
        "Committee.\n"
        "Councillor Maud Ashby asked when the 120 homes at Ashby Crane would be finished.\n"
    )
    found = _ents(text, nlp)
    for name in ("Ingrid Salcombe", "Oskar Lindqvist", "Maud Ashby"):
        assert _labels(found, name) == {"PERSON"}, name


TABLE = (
    "Wyvern Council\n"
    "Awards recommended\n"
    "Group\tProject\tAward (£)\tContact\n"
    "Farrowdale Larder\tCommunity meals\t4,500\tOrla Penwick\n"
    "Nettlebed Voices\tChoir for carers\t2,000\tRevd Amos Whitcombe\n"
    "Ashcott Tenants' Association\tGarden seating\t750\tMrs Hetty Crane\n"
    "Greenmantle\tDebt advice\t3,100\tTobin Arkle\n"
    "Corporate Resources\tPayroll review\t900\tHousing Manager\n"
)


def test_a_column_of_contacts_is_people_who_take_their_rows_body(nlp):
    found = _ents(TABLE, nlp)
    for name, body in (("Orla Penwick", "Farrowdale Larder"), ("Amos Whitcombe", "Nettlebed Voices"),
                       ("Tobin Arkle", "Greenmantle")):
        assert _person(found, name).affiliation == body
    assert _labels(found, "Housing Manager") <= {"ROLE"}  # a post in the column is not a person


def test_a_column_of_names_beside_people_is_bodies_unless_its_words_are_common(nlp):
    found = _ents(TABLE + "The corporate resources team checks each award.\n", nlp)
    for name in ("Farrowdale Larder", "Nettlebed Voices", "Greenmantle"):
        assert _labels(found, name) == {"ORG"}, name
    assert "ORG" not in _labels(found, "Corporate Resources")


def test_a_post_before_a_bracketed_name_is_its_holder(nlp):
    text = (
        "Sampleton District Council\n"
        "Officers: Chief Executive (Hywel Tarrant); Director of Finance (Maude Ormsby); Monitoring Officer "
        "(Ruben Castile).\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Hywel Tarrant").role == "Chief Executive"
    assert _person(found, "Maude Ormsby").role == "Director of Finance"
    assert "Director of Finance" in {e.normalised for e in found if e.label == "ROLE"}


def test_names_listed_with_a_body_are_bodies_and_a_merged_pair_is_split(nlp):
    text = (
        "Sampleton District Council\n"
        "The Coordinator reported awards to Kindred Pantry, Safe Harbour Sampleton and the Ottoline Marsh "
        "Foundation.\n"
        "Sergeant Brie Calloway of Wyvern Police said that the VOSA and Wyvern Police had carried out joint "
        "checks at the depot.\n"
        "The meeting was held at Marlowe House, Sampleton.\n"
    )
    found = _ents(text, nlp)
    for name in ("Kindred Pantry", "Safe Harbour Sampleton", "VOSA"):
        assert _labels(found, name) == {"ORG"}, name
    assert "ORG" not in _labels(found, "Marlowe House") | _labels(found, "Sampleton")  # an address is no list


def test_military_ranks_and_retired_ranks_are_titles_not_names(nlp):
    text = (
        "Wyvern Council\n"
        "Partner\tContact\n"
        "Orbridge Veterans' Network\tMajor (Retd) Alaric Penfold\n"
        "Orbridge Garrison Welfare Office\tCaptain Jessamy Troon\n"
        "Tealbrook Comrades\tOswin Marley\n"
        "The forum is chaired by Lieutenant Colonel Rufus Hendry, Commanding Officer at Orbridge Garrison.\n"
        "The major works to the depot and Major Projects - advanced design are funded from the projects budget.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Alaric Penfold").title == "Major"
    assert _person(found, "Rufus Hendry").title == "Lieutenant Colonel"
    assert _person(found, "Oswin Marley").affiliation == "Tealbrook Comrades"  # a column of contacts
    assert not [e for e in found if e.label == "PERSON" and ("Projects" in e.normalised or "Lieutenant" in e.normalised)]


def test_a_double_barrelled_surname_is_kept_whole(nlp):
    found = _ents("Wyvern Council\nDr Marisol Quenby-Hale of Orbridge Primary Care Network leads this work.\n", nlp)
    assert _labels(found, "Marisol Quenby-Hale") == {"PERSON"}
    assert "Marisol Quenby" not in {e.normalised for e in found}


def test_a_name_in_apposition_with_a_service_is_not_a_person(nlp):
    found = _ents("Wyvern Council\nPractices now refer veterans to Op Valour, the national mental health service "
                  "for veterans.\n", nlp)
    assert "PERSON" not in _labels(found, "Op Valour")


def test_name_and_body_items_of_a_semicolon_list_with_a_supported_person_are_people(nlp):
    text = (
        "Wyvern Council\n"
        "Partners: PC Jane Orrell (Wyvern Police); Tobias Fennick, Orbridge Watch; Ada Pinnock, Orbridge Traders.\n"
        "Depots: Keldon Marsh, Orbridge Yard; Pellow Row, Tealbrook Works.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Tobias Fennick").affiliation == "Orbridge Watch"
    assert _person(found, "Ada Pinnock").affiliation == "Orbridge Traders"
    assert "PERSON" not in _labels(found, "Keldon Marsh") | _labels(found, "Pellow Row")  # no supported person there


def test_clerical_titles_are_titles(nlp):
    found = _ents("Wyvern Council\nPresent: Canon Ivo Petherick (St Wyvern's Church); Rabbi Noa Lindel "
                  "(Orbridge Synagogue).\n", nlp)
    assert _person(found, "Ivo Petherick").title == "Canon"
    assert _person(found, "Noa Lindel").title == "Rabbi"
