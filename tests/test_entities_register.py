"""Issue 17 item 1: councils named in a text carry their link to the council register (ONS code,
tier, upper-tier council) on their entity, in the store, the extract rows and the API. The
councils are real ones of the register (ONS data, not the corpus); the sentences are invented."""

from __future__ import annotations

from councilsearch.extract.entities.register_links import council_link, link_councils
from councilsearch.models import Entity
from tests.conftest import extract_checked


def _councils(found: list[Entity]) -> dict[str, Entity]:
    return {e.normalised: e for e in found if e.label == "ORG"}


def test_councils_in_text_carry_code_tier_and_upper_tier_council(nlp):
    text = (
        "Wyvern Housing Partnership\nBoard minutes\n"
        "The partnership met officers of Maidstone Borough Council and Kent County Council on 4 May.\n"
        "Cornwall Council and the London Borough of Camden have joined the pilot; Wyvernmoor District "
        "Council has not replied.\n"
    )
    found = _councils(extract_checked(text, nlp))
    district = found["Maidstone Borough Council"]
    assert (district.council_code, district.council_tier) == ("E07000110", "district"), district
    assert (district.upper_council_code, district.upper_council) == ("E10000016", "Kent County Council")
    county = found["Kent County Council"]
    assert (county.council_code, county.council_tier, county.upper_council_code) == ("E10000016", "county", "E10000016")
    unitary = found["Cornwall Council"]
    assert (unitary.council_tier, unitary.upper_council) == ("unitary", "Cornwall Council")
    borough = next(e for n, e in found.items() if n.endswith("Camden"))
    assert (borough.council_code, borough.council_tier) == ("E09000007", "london_borough")
    unknown = found["Wyvernmoor District Council"]  # no such council: never a guess
    assert unknown.council_code is None and unknown.council_tier is None and unknown.upper_council is None


def test_only_a_whole_council_name_links():
    assert council_link("Kent Police") is None  # a body holding a council's place is not the council
    assert council_link("Kent County Council Pension Fund") is None
    assert council_link("Kent CC") == ("E10000016", "county", "E10000016", "Kent County Council")
    assert council_link("the Kent County Council") == council_link("Kent County Council")
    people = link_councils([Entity("Kent", "GPE", (0, 4), "Kent"), Entity("Kent County Council", "PERSON", (0, 19), "x")])
    assert all(e.council_code is None for e in people)  # a place or a person is no council


def test_the_link_is_stored_and_read_back(tmp_path):
    from councilsearch.index.store import Store
    from councilsearch.ingest.parse import parse_bytes

    doc = parse_bytes(b"Wyvern Housing Partnership\nBoard minutes\n\n1. Item\nMaidstone Borough Council attended.\n", "w.txt")
    at = doc.text.index("Maidstone")
    e = link_councils([Entity("Maidstone Borough Council", "ORG", (at, at + 25), "Maidstone Borough Council")])[0]
    store = Store(tmp_path / "store.sqlite")
    store.write_document(doc, [], [], entities=[e])
    assert [x for x, _ in store.entities(doc_id=doc.id)] == [e]
    store.close()


def test_the_api_and_the_extract_rows_show_the_link():
    from councilsearch.api.schemas import EntityOut
    from councilsearch.jobs.rows import COLUMNS

    e = link_councils([Entity("Maidstone Borough Council", "ORG", (0, 25), "Maidstone Borough Council")])[0]
    out = EntityOut.of(e)
    assert (out.council_code, out.council_tier, out.upper_council) == ("E07000110", "district", "Kent County Council")
    names = {c[0] for c in COLUMNS}
    assert {"entity_council_code", "entity_council_tier", "entity_upper_council"} <= names
