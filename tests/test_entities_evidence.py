"""Issue 17 item 1, seventh session: a person needs evidence, a post or a trade is not a
person, councillors named by surname after "Cllrs", posts in brackets after a name in an
attendance list, committees named for a list, programmes headed by a policy or a statement, a
post "to the" body it serves. Invented sentences (no name from any gold set), the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _people(found: list[Entity]) -> set[str]:
    return {e.normalised for e in found if e.label == "PERSON"}


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def _person(found: list[Entity], name: str) -> Entity:
    hits = [e for e in found if e.label == "PERSON" and e.normalised == name]
    assert hits, (name, _people(found))
    return hits[0]


def test_surnames_after_a_plural_title_are_the_councillors_named_in_full(nlp):
    text = (
        "Present: Cllrs Wystan Forsell (Chair), Odile Prenter, Ivo Castellan and Maud Heskin.\n"
        "The review was asked for by Cllrs Castellan, Heskin and Prenter on the grounds that the cost figures "
        "had not been given and that the consultation had been too short.\n"
        "(For: Cllrs Forsell and Castellan. Against: Cllr Heskin.)\n"
    )
    found = _ents(text, nlp)
    assert _people(found) == {"Wystan Forsell", "Odile Prenter", "Ivo Castellan", "Maud Heskin"}
    assert not [e for e in found if e.normalised.startswith("Cllrs")]


def test_a_post_in_brackets_after_a_listed_name_is_the_role_not_a_person(nlp):
    text = (
        "Present: Councillors Aldric Wenham (Chair) and Perpetua Goss; Ottoline Strand (Independent Lay "
        "Member).\n"
        "In attendance: Fennimore Quayle (Engagement Audit Partner, Brackwell Tarn LLP) and Halvard Dunn (staff "
        "side representative, Sampleton College).\n"
    )
    found = _ents(text, nlp)
    assert _people(found) == {"Aldric Wenham", "Perpetua Goss", "Ottoline Strand", "Fennimore Quayle", "Halvard Dunn"}
    assert _person(found, "Ottoline Strand").role == "Independent Lay Member"
    assert _person(found, "Fennimore Quayle").role == "Engagement Audit Partner"
    assert _person(found, "Fennimore Quayle").affiliation == "Brackwell Tarn LLP"
    assert (_person(found, "Halvard Dunn").role or "").lower() == "staff side representative"
    assert _person(found, "Halvard Dunn").affiliation == "Sampleton College"


def test_a_name_ending_in_a_trade_is_a_body_without_evidence_of_a_person(nlp):
    text = (
        "Most of the £4.2m came as a loan managed by Marlowe Finance for solar panels on nine depots.\n"
        "Residents were told they would meet Everett Engineering, who surveyed the bridge last winter.\n"
    )
    found = _ents(text, nlp)  # the model reads both as people: a founder's name before a trade
    assert _labels(found, "Marlowe Finance") == {"ORG"}
    assert _labels(found, "Everett Engineering") == {"ORG"}


def test_people_with_evidence_keep_surnames_that_are_words(nlp):
    text = (
        "Present: Councillors Amelia Price, Tobias Marsh and Ruth Hale.\n"
        "Kit Marrable, who chairs the Friends of Wyvern Park, said the park had been neglected.\n"
        "Nerys Pollard, the residents' chair, asked for a meeting.\n"
    )
    found = _ents(text, nlp)
    assert {"Amelia Price", "Tobias Marsh", "Ruth Hale", "Kit Marrable", "Nerys Pollard"} <= _people(found)


def test_a_committee_named_for_a_list_keeps_the_whole_list(nlp):
    text = "The Audit, Risk and Assurance Committee met on 4 May. The Committee noted the report.\n"
    found = _ents(text, nlp)
    assert _labels(found, "Audit, Risk and Assurance Committee") == {"COMMITTEE"}


def test_policies_and_statements_are_programmes(nlp):
    text = (
        "Cabinet approved the Orlwick Fair Access Policy in June. The Wyvern Trust's Carbon Reporting "
        "Statement was revised after the review.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Orlwick Fair Access Policy") == {"PROGRAMME"}
    assert _labels(found, "Carbon Reporting Statement") == {"PROGRAMME"}


def test_a_post_to_the_body_it_serves_is_one_role(nlp):
    text = (
        "Officers attending: Oriel Vance, Secretary to the Joint Board; Piers Lanyon, Treasurer to the "
        "Authority.\n"
    )
    found = _ents(text, nlp)
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {"Secretary to the Joint Board", "Treasurer to the Authority"} <= roles
    assert _person(found, "Oriel Vance").role == "Secretary to the Joint Board"


def test_a_firm_named_for_a_trade_the_text_also_writes_in_lower_case(nlp):
    text = (
        "Orlwick Haulage, which moved the waste, wanted more time. Its haulage costs rose.\n"
        "Members asked whether Carrick Water could lay new mains before the water in Sampleton fails its tests.\n"
    )
    found = _ents(text, nlp)  # the model reads both as people; "haulage" and "water" are words here
    assert _labels(found, "Orlwick Haulage") == {"ORG"}
    assert _labels(found, "Carrick Water") == {"ORG"}
    assert not _people(found)


def test_a_name_and_a_post_alone_on_a_list_line_is_a_person(nlp):
    text = (
        "The review team:\n"
        "- Rosalind Quarrie, independent adviser\n"
        "- Tamsin Veer, Director of Finance, Sampleton Borough Council\n"
    )
    found = _ents(text, nlp)
    assert (_person(found, "Rosalind Quarrie").role or "").lower() == "independent adviser"
    assert _person(found, "Tamsin Veer").affiliation == "Sampleton Borough Council"


def test_a_body_described_as_owned_in_apposition(nlp):
    text = (
        "The plant was beyond repair. Vitalis, the Council's leisure operator, would offer members free swims.\n"
        "Everlane, the Council's cleaning contractor, will take on the new depots from June.\n"
    )
    found = _ents(text, nlp)  # the model reads both as people
    assert _labels(found, "Vitalis") == {"ORG"}
    assert _labels(found, "Everlane") == {"ORG"}


def test_a_list_is_seeded_only_by_a_real_place(nlp):
    text = "The Trust appointed a new director, who will start in June, and Evelyn Stroud will chair the board.\n"
    found = _ents(text, nlp)
    assert _labels(found, "Evelyn Stroud") == {"PERSON"}  # "June" is no place to list her with


def test_groups_named_for_their_field_are_bodies(nlp):
    text = "Grants were given to Sefton Arts, Tarleton Youth and Moorside Pantry.\n"
    found = _ents(text, nlp)
    assert not _people(found)
    assert _labels(found, "Sefton Arts") == {"ORG"}


def test_surnames_listed_after_a_plural_title_are_councillors_not_places(nlp):
    text = (
        "Present: Councillors Saul Pell (Chair), Ada Darrow and Jonah Fenwright.\n"
        "Apologies: Cllrs Pell and Darrow. Substitutes: Cllr Fenwright for Cllr Pell.\n"
    )
    found = _ents(text, nlp)
    assert _people(found) == {"Saul Pell", "Ada Darrow", "Jonah Fenwright"}
    assert not [e for e in found if e.label == "GPE"]


def test_a_name_ending_in_a_street_or_site_word_is_no_person(nlp):
    text = (
        "Harper Lane and Wickham Rise will be resurfaced, said Mr Nolan.\n"
        "Holloway Green Residents Association and Sandford Heath Allotments wrote in support.\n"
    )
    found = _ents(text, nlp)
    assert _people(found) == {"Nolan"}


def test_a_post_after_a_dash_in_a_list_of_officers(nlp):
    text = (
        "Officers present: Maeve Corrigan – Head of Housing; Dominic Pask – Senior Lawyer; Yusuf Adeyemi – "
        "Democratic Services Officer.\n"
    )
    found = _ents(text, nlp)
    assert _people(found) == {"Maeve Corrigan", "Dominic Pask", "Yusuf Adeyemi"}
    assert _person(found, "Yusuf Adeyemi").role == "Democratic Services Officer"


def test_is_post_is_one_test_in_three_readings():
    from councilsearch.extract.entities.evidence import is_post

    assert is_post(["Lay", "Member"]) and is_post(["staff", "side", "representative"])
    assert not is_post(["Orlwick", "Member", "Board"])  # a head noun makes it a body
    assert not is_post(["Head", "of", "Planning"])  # the last word is no post word
    assert is_post(["Head", "of", "Planning"], within=True) and is_post(["youth", "worker"], within=True)
    assert not is_post(["Friends", "of", "the", "Wyvern", "Chair"], within=True)  # after "of": the name of a thing
    assert is_post(["Director", "of", "Sampleton", "Services"], shaped=True)
    assert not is_post(["independent", "adviser"], shaped=True)  # a list's item is capitalised
