"""Issue 17 item 1, tenth session: the forms councils print a person's post and body in, beyond
those of test_entities_affiliations: a post in brackets after a name is a post of its own (a
ROLE), "X, chaired by Name" names the chair of X, and "X, whose chair, Name, said" gives the
post and the body. Invented sentences, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _person(found: list[Entity], name: str) -> tuple[str | None, str | None]:
    hits = [(e.role, e.affiliation) for e in found if e.label == "PERSON" and e.normalised == name]
    assert hits, found
    return hits[0]


def _named(found: list[Entity], label: str) -> set[str]:
    return {e.normalised for e in found if e.label == label}


def test_a_post_in_brackets_after_a_name_is_a_role(nlp):
    text = (
        "Wyvern City Council\nStandards Committee minutes\n"
        "Attending: Councillor Ann Orlwick (Chair); Bramwell Sampleton (Co-opted Member).\n"
        "In attendance: Wilfred Brackwell (Engagement Lead, Orlwick Fenn LLP).\n"
        "- Hector Fenmoor, Lay Adviser\n"
    )
    found = _ents(text, nlp)
    assert {"Co-opted Member", "Engagement Lead"} <= _named(found, "ROLE")
    assert _person(found, "Wilfred Brackwell") == ("Engagement Lead", "Orlwick Fenn LLP")


def test_chaired_by_names_a_person_who_chairs_the_body(nlp):
    for text, name, body in (
        ("News in brief\n\nThe Sampleton Allotment Holders' Association, chaired by Elspeth Wyvern-Orlwick, toured four sites.\n",
         "Elspeth Wyvern-Orlwick", "Sampleton Allotment Holders' Association"),
        ("The Sampleton Access Group is chaired by Ivo Brackwell and meets monthly.\n",
         "Ivo Brackwell", "Sampleton Access Group"),
        ("The Orlwick Allotments Association, which is chaired by Perpetua Fenmoor, asked for a lease.\n",
         "Perpetua Fenmoor", "Orlwick Allotments Association"),
    ):
        found = _ents(text, nlp)
        role, aff = _person(found, name)
        assert role == "Chair", found
        assert aff == body, found
        assert not any(e.label == "PERSON" and e.normalised != name for e in found), found


def test_chaired_by_a_body_or_a_post_is_no_person(nlp):
    found = _ents("The review was chaired by the Orlwick Housing Trust. The panel was chaired by the Leader.\n", nlp)
    assert not _named(found, "PERSON"), found


def test_whose_post_names_the_body_just_named(nlp):
    text = (
        "6.2 We consulted the Wyvern Cycling Network, whose chair, Maud Orlwick, "
        "asked for wider lanes on the ring road.\n"
        "6.3 Comments came from the Sampleton Market Traders' Association, whose secretary, Ivor Brackwell, favoured Sundays.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Maud Orlwick") == ("Chair", "Wyvern Cycling Network")
    assert _person(found, "Ivor Brackwell") == ("Secretary", "Sampleton Market Traders' Association")


def test_a_plural_possessive_inside_a_name(nlp):
    text = (
        "The Leaseholders' Panel toured four sites. Two grants went to the "
        "Wyvern Bellringers' Trust. Repairs follow the ‘Sampleton Tomorrow’ scheme.\n"
    )
    found = _ents(text, nlp)
    assert "Leaseholders' Panel" in _named(found, "COMMITTEE"), found
    assert "Wyvern Bellringers' Trust" in _named(found, "ORG"), found
    assert "Sampleton Tomorrow" in _named(found, "PROGRAMME"), found


def test_chaired_by_a_person_with_a_post_of_their_own(nlp):
    found = _ents("The Forum is chaired by Hester Orlwick, Operations Director at Wyvern Harbour Trust.\n", nlp)
    assert _person(found, "Hester Orlwick")[0] == "Operations Director", found
