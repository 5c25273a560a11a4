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
