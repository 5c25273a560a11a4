"""entities.v2's mechanisms on invented sentences (no name from the bundled documents), with
the real spaCy model, and the entity scorer."""

from __future__ import annotations

import json

import pytest

from councilsearch.errors import InputError
from councilsearch.evaluate.entities import evaluate_entities, score_entities
from councilsearch.extract import entities as ev
from councilsearch.extract.entities.shapes import fold, head_type, pluralise
from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _has(found: list[Entity], label: str, normalised: str) -> list[Entity]:
    return [e for e in found if e.label == label and e.normalised == normalised]


def test_head_nouns_type_names():
    assert head_type(["Ministry", "of", "Silly", "Walks"]) == "ORG"
    assert head_type(["Bank", "of", "Atlantis"]) == "ORG"
    assert head_type(["Institute", "for", "Coastal", "Studies"]) == "ORG"
    assert head_type(["Thornbury", "Flood", "Agency"]) == "ORG"
    assert head_type(["Northshire", "Shared", "SERVICES"]) == "ORG"  # case and plural
    assert head_type(["Harbour", "Access", "Review"]) == "PROGRAMME"
    assert head_type(["Coastal", "Access", "Schemes"]) == "PROGRAMME"
    assert head_type(["Kelby", "Strategic", "Priorities"]) == "PROGRAMME"
    assert head_type(["Harbour", "Audit", "Committee"]) == "COMMITTEE"
    assert head_type(["Regional", "Scrutiny", "Commission"]) == "COMMITTEE"
    assert head_type(["Head", "of", "Marine", "Services"]) is None  # a role heads it
    assert head_type(["East", "Riding", "of", "Westmere", "Council"]) == "ORG"
    assert fold("Authorities") == "authority" and fold("Programmes") == "programme"
    assert pluralise("Key Delivery Indicator") == "Key Delivery Indicators"
    assert pluralise("Local Strategy") == "Local Strategies"


def test_x_of_y_organisations(nlp):
    found = _ents(
        "Officers met the Ministry of Silly Walks, the Bank of Atlantis and the Institute for Coastal "
        "Studies, and wrote to the Thornbury Flood Agency about the HARBOUR ACCESS REVIEW.",
        nlp,
    )
    for name in ("Ministry of Silly Walks", "Bank of Atlantis", "Institute for Coastal Studies", "Thornbury Flood Agency"):
        assert _has(found, "ORG", name), (name, found)
    assert _has(found, "PROGRAMME", "Harbour Access Review")


def test_an_acronym_is_typed_by_its_expansion(nlp):
    found = _ents(
        "Payroll moved to Northshire Shared Services (NSS) in May. NSS reported to members.\n"
        "The Better Streets Fund (BSF) paid for crossings; BSF money is spent.\n"
        "BRP = Borough Renewal Programme\n"
        "Later, BRP was extended.\n",
        nlp,
    )
    nss = [e for e in found if e.text == "NSS"]
    assert len(nss) == 2 and {(e.label, e.normalised) for e in nss} == {("ORG", "Northshire Shared Services")}
    bsf = [e for e in found if e.text == "BSF"]
    assert bsf and {(e.label, e.normalised) for e in bsf} == {("PROGRAMME", "Better Streets Fund")}
    assert ev.glossary("BRP = Borough Renewal Programme\n")["BRP"] == "Borough Renewal Programme"
    brp = [e for e in found if e.text == "BRP"]
    assert brp and {(e.label, e.normalised) for e in brp} == {("PROGRAMME", "Borough Renewal Programme")}


def test_a_plural_acronym_takes_the_plural_expansion(nlp):
    found = _ents(
        "We track Key Delivery Indicators (KDIs) monthly. Each KDI has an owner, and the KDIs are "
        "published. Staff use the Halvergate Data Platform (HDP).",
        nlp,
    )
    plural = [e for e in found if e.text == "KDIs"]
    single = [e for e in found if e.text == "KDI"]
    assert plural and {e.normalised for e in plural} == {"Key Delivery Indicators"}
    assert single and {e.normalised for e in single} == {"Key Delivery Indicator"}
    assert {e.label for e in plural + single} == {"ACRONYM"}


def test_people_get_their_affiliation_and_role(nlp):
    found = _ents(
        "The review team was:\n"
        "- Priya Okonkwo, Westmere Borough Council\n"
        "- Councillor Tomasz Brennan (Head of Housing, Eastfold District Council)\n",
        nlp,
    )
    people = {e.normalised: e for e in found if e.label == "PERSON"}
    assert people["Priya Okonkwo"].affiliation == "Westmere Borough Council"
    brennan = people["Tomasz Brennan"]
    assert brennan.role == "Head of Housing" and brennan.affiliation == "Eastfold District Council"
    assert brennan.title == "Councillor"


def test_a_role_mentioned_elsewhere_resolves_to_its_holder(nlp):
    found = _ents(
        "Officer to contact: Marguerite Olawale, Director of Place and Growth\n\n"
        "The Director of Place and Growth will report back to the Cabinet in June.\n",
        nlp,
    )
    holder = [e for e in found if e.label == "PERSON" and e.normalised == "Marguerite Olawale"]
    assert holder and holder[0].role == "Director of Place and Growth"
    roles = _has(found, "ROLE", "Director of Place and Growth")
    assert len(roles) == 2 and all(r.holder == "Marguerite Olawale" for r in roles)


def test_a_name_before_a_building_is_a_place_not_a_person(nlp):
    found = _ents(
        "Roof repairs at Bramley Vale House were completed in March.\n"
        "- Ormsby Vale Distributor Road, £2m spent.\n"
        "The road runs north of Ormsby Vale to the ring road.\n",
        nlp,
    )
    people = {e.normalised for e in found if e.label == "PERSON"}
    assert not people & {"Bramley Vale", "Ormsby Vale"}, found


def test_quoted_names_and_council_places(nlp):
    found = _ents(
        "Staff praised the ‘Brighter Futures Together’ initiative.\n"
        "Westmere Borough Council serves about 90,000 residents; most of Westmere is rural.\n",
        nlp,
    )
    assert _has(found, "PROGRAMME", "Brighter Futures Together")
    assert _has(found, "ORG", "Westmere Borough Council")
    assert _has(found, "GPE", "Westmere")


def test_scorer_counts_recall_per_label_and_person_precision():
    gold = [
        {"doc": "d", "label": "ORG", "name": "Westmere Borough Council", "aliases": ["WBC"]},
        {"doc": "d", "label": "PERSON", "name": "Priya Okonkwo", "affiliation": "Westmere Borough Council"},
        {"doc": "d", "label": "PROGRAMME", "name": "Harbour Review"},
    ]
    pred = {
        "d": [
            Entity("WBC", "ORG", (0, 3), "WBC"),
            Entity("Priya Okonkwo", "PERSON", (5, 18), "Priya Okonkwo", affiliation="Westmere Borough Council"),
            Entity("Dunmere Lane", "PERSON", (20, 32), "Dunmere Lane"),
            Entity("Harbour Review", "ORG", (40, 54), "Harbour Review"),  # wrong label: a miss
        ]
    }
    rep = score_entities(gold, pred)
    assert rep["n_gold"] == 3 and rep["recall"] == pytest.approx(2 / 3)
    assert rep["by_label"]["ORG"]["recall"] == 1.0 and rep["by_label"]["PROGRAMME"]["recall"] == 0.0
    assert rep["person_precision"] == 0.5 and rep["false_people"] == ["d: dunmere lane"]
    assert rep["affiliation_accuracy"] == 1.0


def test_scorer_names_the_documents_it_lacks(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "absent-doc", "label": "ORG", "name": "Bank of Atlantis"}) + "\n")
    with pytest.raises(InputError, match="absent-doc"):
        evaluate_entities(gold, {"other": "text"}, extract=lambda texts: [[] for _ in texts])


def test_people_listed_under_the_councils_own_label_take_the_council(nlp):
    found = _ents(
        "Orlwick District Council\n"
        "Minutes of the Licensing Panel held on 4 May 2026\n\n"
        "Present: Councillors Edmund Pryce (Chair) and Rosalind Tey.\n"
        "Officers: Wilfred Ashcombe (Panel Clerk) and Imelda Frayne, Solicitor.\n"
        "Co-opted:\n"
        "Hesper Quill (tenant representative) and Osmund Kerr (Sampleton Housing Trust).\n\n"
        "Author:\tLavinia Stroud, Wyvern Partnership Lead\n",
        nlp,
    )
    people = {e.normalised: e for e in found if e.label == "PERSON"}
    for name in ("Wilfred Ashcombe", "Imelda Frayne", "Hesper Quill", "Lavinia Stroud"):
        assert people[name].affiliation == "Orlwick District Council", name
    assert people["Osmund Kerr"].affiliation == "Sampleton Housing Trust"  # a body given beside the name
