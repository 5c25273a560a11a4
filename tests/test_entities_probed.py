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
        "Delayed discharges leave the WPHS with a bill of £2m. The clinic hosts WPHS dental teams.\n"
        "The trial is run jointly with the QHPS, two housing associations and the fire service. Views were "
        "sought from several bodies, among them the ZRVA.\n"
        "The KLMB budget rises by 2% while the PQT target stays at 40.\n"
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


def test_a_building_named_as_one_is_a_place(nlp):
    text = (
        "Sampleton Borough Council\nAccommodation review\n"
        "Once the teams had left Brindle Court for Tolland House, the older block went to auction. Burial plots in "
        "the Hawthorn Lane Cemetery are nearly full, and the old offices at Fallow Wharf are let.\n"
        "Councillor Maisie Court asked about the sale.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Tolland House", "Brindle Court", "Hawthorn Lane Cemetery", "Fallow Wharf"):
        assert _labels(found, name) == {"GPE"}, (name, found)
    assert "GPE" not in _labels(found, "Maisie Court"), found  # a titled name is a person's


def test_the_villages_of_a_list_are_places(nlp):
    text = (
        "Orlwick District Council\nRural sites\n"
        "The sites are in the villages of Little Tarrow and Hensley Moor, and in the parish of Upper Brantwick.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Little Tarrow", "Hensley Moor", "Upper Brantwick"):
        assert _labels(found, name) == {"GPE"}, (name, found)


def test_a_committee_in_capitals_on_its_own_line_and_a_sub_committee(nlp):
    text = (
        "WYVERN DISTRICT COUNCIL\nAUDIT, RISK AND STANDARDS COMMITTEE\n19 January 2031\n"
        "LICENSING SUB-COMMITTEE\n"
        "The Young People's Scrutiny Sub-Committee asked for an update, and the Coastal Places Scrutiny "
        "Sub-Committee agreed.\n"
    )
    found = extract_checked(text, nlp)
    names = {e.normalised.lower() for e in found if e.label == "COMMITTEE"}
    for name in ("audit, risk and standards committee", "licensing sub-committee",
                 "young people's scrutiny sub-committee", "coastal places scrutiny sub-committee"):
        assert name in names, (name, found)


def test_a_spaced_dash_ends_a_name_before_the_post(nlp):
    text = (
        "ORLWICK BOROUGH COUNCIL\nOfficers present:\nMaude Essington - Licensing Manager\n"
        "Callum Rudd-Brightwell - Solicitor\nRoisin Abernathy – Clerk\n"
    )
    found = extract_checked(text, nlp)
    people = {e.normalised for e in found if e.label == "PERSON"}
    assert {"Callum Rudd-Brightwell", "Roisin Abernathy"} <= people, found
    assert not [p for p in people if "Solicitor" in p or "Clerk" in p], people


def test_several_acronyms_defined_on_one_line():
    from councilsearch.extract.entities.acronyms import glossary

    text = "Key: DFPO = Designated Flood Protection Officer; ODL = Orlwick Deliveries Ltd\nODL has appointed a DFPO.\n"
    assert glossary(text) == {"DFPO": "Designated Flood Protection Officer", "ODL": "Orlwick Deliveries Ltd"}


def test_two_councils_named_as_boroughs_of_places_joined_by_and_the(nlp):
    text = "The London Borough of Sampleworth and the Royal Borough of Quillmouth have agreed a joint approach.\n"
    found = extract_checked(text, nlp)
    assert _labels(found, "London Borough of Sampleworth") == {"ORG"}, found
    assert _labels(found, "Royal Borough of Quillmouth") == {"ORG"}, found
