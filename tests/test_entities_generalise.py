"""Issue 17 item 1: the mechanisms added to make entities.v2 generalise, each on invented
sentences (no name from either development corpus), with the real spaCy model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def test_a_board_money_flows_through_is_an_organisation(nlp):
    text = (
        "1.1 Borrowing of £12.5m is planned for 2027/28, drawn from the Harbour Loans Board when its rates are low.\n"
        "1.2 A contribution of £48,000 to the Fenmoor Health Board will pay for a new clinic.\n"
        "1.3 The Saltmarsh Care Board (SCB) contributes £2.1m to the pooled budget.\n"
        "1.4 The report was considered by the Estates Programme Board on 3 March.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "Harbour Loans Board") == {"ORG"}
    assert _labels(found, "Fenmoor Health Board") == {"ORG"}
    assert _labels(found, "Saltmarsh Care Board") == {"ORG"}  # the acronym's use too
    assert _labels(found, "Estates Programme Board") == {"COMMITTEE"}  # a meeting, no money


def test_a_board_that_lends_is_an_organisation_everywhere_it_is_named(nlp):
    found = _ents("Early repayment of Harbour Loans Board debt saved £0.3m. The Harbour Loans Board was consulted.", nlp)
    assert _labels(found, "Harbour Loans Board") == {"ORG"}


def test_libraries_and_museums_are_institutions(nlp):
    found = _ents("The Upper Wendle Library keeps its hours, and the Quayside Museum closes on Mondays.", nlp)
    assert "ORG" in _labels(found, "Upper Wendle Library")
    assert "ORG" in _labels(found, "Quayside Museum")
    assert not [e for e in found if e.label == "PERSON"]


def test_a_name_broken_over_two_lines_is_one_person(nlp):
    text = (
        "Present: Councillors Ottilie Brackwater and Fennimore Quist.\n"
        "Apologies were received from Councillor Ottilie\nBrackwater, who arrived later.\n"
    )
    found = _ents(text, nlp)
    people = {e.normalised for e in found if e.label == "PERSON"}
    assert people == {"Ottilie Brackwater", "Fennimore Quist"}


def test_a_row_label_of_a_figures_table_is_not_a_person(nlp):
    text = (
        "All figures in £m\nService line\tBudget\tForecast\tVariance\n"
        "Frail Elders – Residential and Nursing Care\t212.6\t231.9\t+19.3\n"
    )
    found = _ents(text, nlp)
    assert not [e for e in found if e.label == "PERSON"]


def test_a_programme_name_wrapped_over_lines_keeps_its_first_words(nlp):
    text = (
        "1.1 This report sets out the savings for next year and the Coastal\n\n"
        "Renewal Plan 2027-30 for approval by the Council in March.\n"
    )
    found = _ents(text, nlp)
    assert "PROGRAMME" in _labels(found, "Coastal Renewal Plan")


def test_two_names_sharing_a_lower_case_plural_head_are_not_one_name(nlp):
    found = _ents("Opening hours at the Tilbury Road and Wendham libraries will change.", nlp)
    assert not _labels(found, "Tilbury Road and Wendham")


def test_a_name_before_a_lower_case_programme_word_is_a_programme(nlp):
    text = (
        "Under the Government's Cleaner Streets reforms every council must sweep weekly. The Council "
        "received a Fresh Duties grant of £1.2m, and SEND reforms continue.\n"
    )
    found = _ents(text, nlp)
    assert "PROGRAMME" in _labels(found, "Cleaner Streets")
    assert "PROGRAMME" in _labels(found, "Fresh Duties")
    assert not _labels(found, "SEND")  - {"ACRONYM"}  # an acronym alone before the word is no name


def test_a_statutory_wage_is_a_programme(nlp):
    found = _ents("Costs rise because the Regional Minimum Wage goes up by 3% in April.", nlp)
    assert "PROGRAMME" in _labels(found, "Regional Minimum Wage")


def test_a_role_keeps_its_bracketed_qualifier(nlp):
    text = "The Head of Lettings (Coastal) found new homes.\nReport author: Odile Penhallow, Head of Lettings (Coastal).\n"
    found = _ents(text, nlp)
    assert "ROLE" in _labels(found, "Head of Lettings (Coastal)")
    person = [e for e in found if e.label == "PERSON" and e.normalised == "Odile Penhallow"]
    assert person and person[0].role == "Head of Lettings (Coastal)"
    role = [e for e in found if e.label == "ROLE" and e.span[0] < 30]
    assert role and role[0].holder == "Odile Penhallow"  # the role mentioned first resolves to its holder


def test_a_council_without_a_place_or_article_is_the_meeting(nlp):
    text = (
        "To:\tBorough Council\n"
        "1.1 The plan goes to Borough Council for approval. Borough Council is asked to agree it.\n"
        "1.2 It was written by the Borough Council and County Council officers; the Borough Council's "
        "view is known.\n"
    )
    found = _ents(text, nlp)
    meetings = [e for e in found if e.label == "COMMITTEE" and e.normalised == "Borough Council"]
    assert len(meetings) == 3
    assert all(e.span[0] < text.index("1.2") for e in meetings)


def test_a_rank_before_a_name_is_the_persons_role(nlp):
    text = (
        "Sergeant Oswin Pellew said the patrols had worked. Chief Inspector Maud Ferrante of Dunhollow Police "
        "agreed, and Councillor Tabitha Renn of Eastmere Borough Council asked a question."
    )
    found = _ents(text, nlp)
    people = {e.normalised: e for e in found if e.label == "PERSON"}
    assert set(people) == {"Oswin Pellew", "Maud Ferrante", "Tabitha Renn"}
    assert people["Oswin Pellew"].role == "Sergeant"
    assert people["Maud Ferrante"].role == "Chief Inspector"
    assert people["Maud Ferrante"].affiliation == "Dunhollow Police"
    assert people["Tabitha Renn"].affiliation == "Eastmere Borough Council"
    assert "ORG" in _labels(found, "Dunhollow Police")


def test_a_post_of_the_body_gives_the_affiliation(nlp):
    found = _ents("Agnes Voller, Chief Executive of the Brindle Valley Trust, will attend.", nlp)
    person = [e for e in found if e.label == "PERSON"]
    assert person and person[0].role == "Chief Executive" and person[0].affiliation == "Brindle Valley Trust"


def test_posts_named_by_a_profession_are_roles(nlp):
    found = _ents("Officers: Perpetua Lowe (Senior Solicitor) and Anselm Cray (Principal Surveyor).", nlp)
    people = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert people == {"Perpetua Lowe": "Senior Solicitor", "Anselm Cray": "Principal Surveyor"}
    found = _ents("Eastmere Borough Council\nOfficers: Perpetua Lowe (Senior Solicitor).", nlp)
    assert [e.affiliation for e in found if e.label == "PERSON"] == ["Eastmere Borough Council"]


def test_a_hyphenated_name_keeps_its_first_word(nlp):
    found = _ents("The draft Round-the-Clock Travel Strategy and the Low-Carbon Homes Programme were noted.", nlp)
    assert "PROGRAMME" in _labels(found, "Round-the-Clock Travel Strategy")
    assert "PROGRAMME" in _labels(found, "Low-Carbon Homes Programme")


def test_a_post_wrapped_in_its_cell_is_one_role(nlp):
    text = (
        "Cabinet Member:\n\tCouncillor Barnaby Quell, Cabinet Member for Parks\n\tand Open Spaces\n"
        "Subject:\tPlay areas\n"
    )
    found = _ents(text, nlp)
    person = [e for e in found if e.label == "PERSON"]
    assert person and person[0].role == "Cabinet Member for Parks and Open Spaces"
    assert not _labels(found, "Open Spaces")


def test_an_undefined_acronym_acting_as_a_body_is_an_organisation(nlp):
    text = (
        "Staff attend courses run by QRSA each year, and a dividend from NWPC of £0.2m is expected. "
        "The QRSA guidance was followed; the team's WTE and KPIs fell.\n"
    )
    found = _ents(text, nlp)
    assert _labels(found, "QRSA") == {"ORG"}  # every use of it
    assert _labels(found, "NWPC") == {"ORG"}
    assert _labels(found, "WTE") == {"ACRONYM"}


def test_a_councillors_list_with_posts_in_brackets_names_everyone(nlp):
    text = "Present:\nCouncillors Wilhelmina Starke (Chair), Jethro Amankwah (Vice-Chair), Oriel Fane, Casimir Brody and Tamsin Hale.\n"
    found = _ents(text, nlp)
    people = {e.normalised: e.role for e in found if e.label == "PERSON"}
    assert set(people) == {"Wilhelmina Starke", "Jethro Amankwah", "Oriel Fane", "Casimir Brody", "Tamsin Hale"}
    assert people["Wilhelmina Starke"] == "Chair" and people["Oriel Fane"] == "Councillor"


def test_a_post_wrapped_after_for_resolves_its_holder_elsewhere(nlp):
    text = (
        "Cabinet Member:\n\tCouncillor Lysander Crewe, Cabinet Member for\n\tHighways and Transport\n"
        "Key decision:\tYes\n"
        "2. The Director of Place will decide, in consultation with the Cabinet Member for Highways and Transport.\n"
    )
    found = _ents(text, nlp)
    person = [e for e in found if e.label == "PERSON"]
    assert person and person[0].role == "Cabinet Member for Highways and Transport"
    later = [e for e in found if e.label == "ROLE" and e.span[0] > text.index("2.")]
    assert any(e.normalised == "Cabinet Member for Highways and Transport" and e.holder == "Lysander Crewe" for e in later)


def test_an_acronym_counted_in_the_plural_is_a_kind_not_a_programme(nlp):
    text = (
        "Demand for Personal Support Plans (PSPs) rose: 912 PSPs were open in May, and each PSP has a review. "
        "The Harbour Renewal Plan (HRP) is on track; the HRP ends in 2029.\n"
    )
    found = _ents(text, nlp)
    assert {e.label for e in found if e.text.startswith("PSP")} == {"ACRONYM"}
    assert {e.label for e in found if e.text == "HRP"} == {"PROGRAMME"}
