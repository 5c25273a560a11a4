"""The word normaliser figure labels, measure keys and questions share
(``councilsearch.extract.figures.words``): a word's ending is folded only where it is a suffix."""

from __future__ import annotations

from councilsearch.extract.figures.words import fold, same_measure


def test_county_is_not_count() -> None:
    assert fold("county") == fold("counties") != fold("count")
    assert fold("party") == fold("parties") != fold("part")
    assert not same_measure("Wyvern County Council pupils", "pupils counted")


def test_a_y_after_er_or_or_is_still_a_suffix() -> None:
    assert fold("delivery") == fold("deliveries") == fold("delivered")
    assert fold("recovery") == fold("recovered")


def test_ply_verbs_and_ied_forms_meet() -> None:
    assert fold("supply") == fold("supplies") == fold("supplied")
    assert fold("apply") == fold("applied")
    assert fold("money") == fold("monies")
    assert fold("monthly") == fold("month")


def test_one_direction_of_change_is_one_word() -> None:
    assert fold("increase") == fold("increased") == fold("rise") == fold("rose") == fold("rising")
    assert fold("decrease") == fold("decreases") == fold("fall") == fold("fell") == fold("fallen")
    assert fold("rise") != fold("fall")
    assert same_measure("increase in allotment lettings", "rise in allotment plots let")
    assert same_measure("decrease in noise complaints", "fall in noise complaints received")
