"""Issue 17 item 1, tenth session: bodies and programmes by the shape of the name and the list
it stands in, on the forms councils print (invented names, the real model): a company's legal
form at a sentence's end, schools and hubs named for a place, reserves and chests as funds, a
council's own team, an office listed with bodies, and undefined acronyms used as bodies."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_a_legal_form_before_a_full_stop_is_part_of_the_name(nlp):
    found = _ents("The Panel looked closely at the repairs contract with Wyvern Building Services Ltd.\n", nlp)
    assert _labels(found, "Wyvern Building Services Ltd") == {"ORG"}, found


def test_schools_and_hubs_named_for_a_place_are_bodies(nlp):
    text = (
        "Table 3: New specialist places\nScheme\tOpens\tPlaces\n"
        "Orlwick Bank School expansion\tSeptember 2026\t60\n"
        "Twelve households were housed through the Sampleton Veterans' Hub. Maud Fenn said that "
        "Wyvern Warm Hub had opened three afternoons a week.\n"
        "Every special school and carers hub will be funded.\n"
    )
    found = _ents(text, nlp)
    for body in ("Orlwick Bank School", "Sampleton Veterans' Hub", "Wyvern Warm Hub"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_a_kind_of_school_or_hub_is_no_body(nlp):
    text = (
        "Places at the Special School and the Carers Hub rose. The XYZ Hub opened.\n"
        "Every special school and carers hub will be funded, and we send XYZ reports monthly.\n"
    )
    found = _ents(text, nlp)
    assert not {e.normalised for e in found if e.label == "ORG"}, found


def test_reserves_and_chests_are_funds(nlp):
    text = (
        "The Council will draw £822,000 from the Budget Smoothing Reserve in 2026/27.\n"
        "The Wyvern Community Chest gave £18,500 to 11 tenants' groups.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Budget Smoothing Reserve") == {"PROGRAMME"}, found
    assert _labels(found, "Wyvern Community Chest") == {"PROGRAMME"}, found


def test_a_team_of_the_council_is_typed_as_its_committees(nlp):
    text = (
        "Wyvern Borough Council\nTenant News\n"
        "Last year the Money Advice Team helped 730 tenants to claim £1.1m.\n"
        "PC Ann Orlwick of the Sampleton Rural Policing Team said that crime in Sampleton fell.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Money Advice Team") == {"COMMITTEE"}, found
    assert _labels(found, "Sampleton Rural Policing Team") == {"ORG"}, found


def test_an_office_listed_with_bodies_is_a_body(nlp):
    text = (
        "1.1 The report sets the council tax for every part of the district, bringing together its own "
        "charge and those of Wyvernshire County Council, the Wyvernshire Police and Crime Commissioner, "
        "Wyvernshire Fire and Rescue Authority and the 23 parish councils.\n"
        "1.2 The Leader, the Chief Executive, Orlwick Housing Trust and Sampleton College signed the compact.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Wyvernshire Police and Crime Commissioner") == {"ORG"}, found
    assert _labels(found, "Chief Executive") == {"ROLE"}, found


def test_undefined_acronyms_that_agree_meet_or_apply_are_bodies(nlp):
    text = (
        "2.1 The work conforms with standards applied in the UK public sector by XQFA.\n"
        "2.2 Applications were scored using the framework agreed with NAVQ in 2024.\n"
        "2.3 The Managing Director has met them with the GMZ.\n"
    )
    found = _ents(text, nlp)
    for body in ("XQFA", "NAVQ", "GMZ"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_one_word_bodies_by_what_they_do(nlp):
    text = (
        "8. Crimewatchers ran a campaign in Dunholt on reporting county lines.\n"
        "9. Nightwatch, whose volunteers patrol the town centre, had written in support.\n"
        "10. Members asked whether Ofwyv could require Orlwick Water to replace the lead mains.\n"
        "11. A potential solution is Xantora's OneView platform, which can match data.\n"
    )
    found = _ents(text, nlp)
    for body in ("Crimewatchers", "Nightwatch", "Ofwyv", "Xantora"):
        assert _labels(found, body) == {"ORG"}, (body, found)


def test_a_plan_that_will_require_things_is_no_body(nlp):
    found = _ents("Growth through ECQ will require an additional 32 units, and ECQ is a priority.\n", nlp)
    assert "ORG" not in _labels(found, "ECQ"), found


def test_the_body_a_person_speaks_for_ends_with_the_sentence(nlp):
    found = _ents("Jocasta Fenn spoke for the Orlwick Residents' Group. Nightwatch had written in support.\n", nlp)
    assert [e.affiliation for e in found if e.normalised == "Jocasta Fenn"] == ["Orlwick Residents' Group"], found
