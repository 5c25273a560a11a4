"""Issue 17 item 1, twelfth session: names that go on after "of"/"for" (what a review reviews,
whom a panel is for) are not cut there. Invented sentences, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_a_review_is_named_with_what_it_reviews(nlp):
    text = (
        "Wyvern District Council\nHousing note\n"
        "Deposits were capped after the Ashcroft Review of Tenancy Deposits in Coastal Towns reported in 2031.\n"
        "The Peer Review of Wyvern District Council is due next spring.\n"
    )
    found = extract_checked(text, nlp)
    assert _labels(found, "Ashcroft Review of Tenancy Deposits in Coastal Towns") == {"PROGRAMME"}, found
    assert _labels(found, "Wyvern District Council") == {"ORG"}, found  # a tail with a head of its own stays apart


def test_a_panel_named_for_whom_it_serves_is_a_body_of_its_own(nlp):
    text = (
        "Orlwick Borough Council\nSenior pay\n"
        "Directors are paid on the scales agreed by the Joint Panel for Ferry Pilots of Estuary Ports; "
        "the bursar is paid on those of the Standing Panel for Port Trust Treasurers.\n"
        "The Audit Committee noted both.\n"
    )
    found = extract_checked(text, nlp)
    assert _labels(found, "Joint Panel for Ferry Pilots of Estuary Ports") == {"ORG"}, found
    assert _labels(found, "Standing Panel for Port Trust Treasurers") == {"ORG"}, found
    assert _labels(found, "Audit Committee") == {"COMMITTEE"}, found
