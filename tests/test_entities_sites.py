"""Issue 17 item 1, twelfth session: places used as modifiers ("the Example site", "the Sample
Road footbridge", "the Example and Sample Fold leisure centres") and places in addresses (a
street between commas, the town after a farm or a building). Invented sentences, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_a_name_before_a_kind_of_place_in_lower_case_is_a_place(nlp):
    text = (
        "Wyvern District Council\nEstates update\n"
        "The Orlwick Road site goes to auction in spring. Repainting the Pelham footbridge waits for a dry "
        "spell; the old Pelham site stays fenced.\n"
        "Swimming lessons resume at the Calder Road and Pennyfold leisure centres in June, says Brightwater Trust.\n"
        "Homes in the Tollmarsh catchment flood most winters.\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Orlwick Road", "Pelham", "Calder Road", "Pennyfold", "Tollmarsh"):
        assert _labels(found, name) == {"GPE"}, (name, found)
    assert _labels(found, "Brightwater Trust") == {"ORG"}, found


def test_a_capital_that_opens_a_row_is_no_place(nlp):
    text = "Sampleton Borough Council\nParks in numbers\nMeasure\t2031\t2032\nTypical bench area\t8\t9\nSkate area closures\t2\t1\n"
    found = extract_checked(text, nlp)
    assert not {e.normalised for e in found if e.label == "GPE"} & {"Typical", "Skate"}, found


def test_streets_and_towns_of_an_address(nlp):
    text = (
        "Orlwick Borough Council: Licensing Panel\n"
        "Held at the Assembly Room, Orlwick Guildhall, Tanyard Street, Orlwick\n"
        "The inspector sided with the owner of Gorsey Farm, Wetherden, which keeps its shop.\n"
        "Project\tPupils\tReady\nAnnexe to infant school, Ashby Vale\t90\t2031\nNew hall for Elm Tree school\t0\t2032\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Tanyard Street", "Wetherden", "Ashby Vale"):
        assert _labels(found, name) == {"GPE"}, (name, found)
