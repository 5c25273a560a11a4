"""Issue 17 item 1, eleventh session: what a post says besides itself. A committee or body
named inside a post ("Chair of the Example Committee") is an entity of its own; on invented
sentences (no name from any gold set), with the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _labels(found: list[Entity], normalised: str) -> set[str]:
    return {e.label for e in found if e.normalised == normalised}


def test_a_committee_or_body_inside_a_post_is_named_too(nlp):
    text = (
        "1. The Chair of the Lettings Appeals Committee presented the annual report.\n"
        "2. Posts that carry an allowance\n"
        "Post\tMultiplier\tAllowance\n"
        "Chair of Rights of Way Committee\t0.5\t4,100\n"
        "Chair of Quayward Scrutiny Panel\t0.25\t2,050\n"
        "3. A written update from the Chair of the Tarnwick Vale Safety Partnership was noted.\n"
        "4. The Leader of Orlwick Borough Council wrote to the Minister.\n"
    )
    found = _ents(text, nlp)
    for committee in ("Lettings Appeals Committee", "Rights of Way Committee", "Quayward Scrutiny Panel"):
        assert _labels(found, committee) == {"COMMITTEE"}, (committee, found)
    assert _labels(found, "Tarnwick Vale Safety Partnership") == {"ORG"}, found
    assert _labels(found, "Orlwick Borough Council") == {"ORG"}, found
    assert "ROLE" in _labels(found, "Chair of Rights of Way Committee")  # the post stays


def test_a_council_service_inside_a_post_is_not_a_body_of_its_own(nlp):
    text = (
        "The Director of Adult Care Services and the Head of Street Lighting Services attended. The Leader of the "
        "Council and the Chair of the Committee spoke.\n"
    )
    found = _ents(text, nlp)
    assert not _labels(found, "Adult Care Services"), found
    assert not _labels(found, "Street Lighting Services"), found
    assert not _labels(found, "Council") & {"ORG"}, found
    assert not _labels(found, "Committee"), found


def test_a_post_cut_short_before_a_council_takes_its_whole_name(nlp):
    text = "The Leader of Fenmoor District Council and the Clerk to the Joint Committee signed the agreement.\n"
    found = _ents(text, nlp)
    assert _labels(found, "Leader of Fenmoor District Council") == {"ROLE"}, found
    assert _labels(found, "Fenmoor District Council") == {"ORG"}, found
    assert not _labels(found, "Joint Committee"), found  # a kind of committee, not a name
