"""Issue 17 item 1, ninth session: a person's post and body stated around the name beyond
"Name, Post, Body" (a post of or at a body, the body a person speaks for, "Its chair, Name",
a council's team given for a body), on invented sentences with the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked

_ents = extract_checked


def _person(found: list[Entity], name: str) -> tuple[str | None, str | None]:
    hits = [(e.role, e.affiliation) for e in found if e.label == "PERSON" and e.normalised == name]
    assert hits, found
    return hits[0]


def test_a_post_of_or_at_a_body_in_apposition(nlp):
    text = (
        "Orlwick District Council\nReport to Cabinet\n"
        "4.1 Brackford Grounds Ltd takes over the depot in May. Jonas Merriot, Operations "
        "Director of Brackford Grounds, will brief the crews.\n"
        "4.2 Marta Kilby, play worker at Fenmoor Youth Hub, asked for longer opening hours.\n"
        "4.3 The panel includes Major Osmund Tolley, Station Officer at Scarbeck Fire Station.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Jonas Merriot") == ("Operations Director", "Brackford Grounds Ltd")
    assert _person(found, "Marta Kilby") == ("Play Worker", "Fenmoor Youth Hub")
    assert _person(found, "Osmund Tolley") == ("Station Officer", "Scarbeck Fire Station")
    # the post that swallowed the body is the post alone
    assert not any(e.label == "ROLE" and "Brackford" in e.text for e in found)


def test_a_post_of_the_councils_own_department_is_one_post(nlp):
    text = (
        "Orlwick District Council\nReport of: Ruth Ashcott, Director of Adult Social Services.\n"
        "The Adult Social Services budget is £12m.\n"
    )
    role, body = _person(_ents(text, nlp), "Ruth Ashcott")
    assert role == "Director of Adult Social Services" and body == "Orlwick District Council"


def test_the_body_a_person_speaks_for(nlp):
    text = (
        "Wilf Garrow, speaking for the Orlwick Park Users Group, wants the paddling pool kept.\n"
        "Bryony Cale, for Fenmoor Bike Kitchen, addresses the panel on item 5.\n"
        "Mr Tobias Venn spoke in objection on behalf of Sampleton Parish Council, and "
        "Ms Ruth Pindar spoke for ten minutes.\n"
        "Nine emails came, two from the Scarbeck Bowls Trust. Jonas Brisco, representing the "
        "Trust, will reply.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Wilf Garrow")[1] == "Orlwick Park Users Group"
    assert _person(found, "Bryony Cale")[1] == "Fenmoor Bike Kitchen"
    assert "ORG" in {e.label for e in found if e.normalised == "Fenmoor Bike Kitchen"}
    assert _person(found, "Tobias Venn")[1] == "Sampleton Parish Council"
    assert _person(found, "Ruth Pindar")[1] is None
    assert _person(found, "Jonas Brisco")[1] == "Scarbeck Bowls Trust"


def test_its_post_names_the_body_named_before(nlp):
    text = (
        "Plot holders replied through the Orlwick Allotment Holders' Forum. Its secretary, Mabel Frost, "
        "wants a site visit.\n"
        "The Sampleton Heritage Trust pays half, with Orlwick Larder and Fenmoor Pantry. "
        "Its treasurer, Owen Brisco, sends the claims.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Mabel Frost") == ("Secretary", "Orlwick Allotment Holders' Forum")
    assert _person(found, "Owen Brisco") == ("Treasurer", "Sampleton Heritage Trust")


def test_a_team_of_the_council_is_a_post_there(nlp):
    text = (
        "Orlwick Borough Council\nCabinet, 3 March 2026\n"
        "Contact: Petra Kilby, Electoral Services, 01632 960123.\n"
        "Officers: Lewis Garrow (Legal Services); PC Dora Venn, Orlwick Rural Policing Team.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Petra Kilby") == ("Electoral Services", "Orlwick Borough Council")
    assert _person(found, "Lewis Garrow") == ("Legal Services", "Orlwick Borough Council")
    assert _person(found, "Dora Venn")[1] == "Orlwick Rural Policing Team"


def test_a_body_after_a_list_of_councillors_is_each_ones(nlp):
    text = (
        "Orlwick and Fenmoor Joint Parking Committee\nMembership: Councillors Ruth Kilby and Jo Brisco "
        "(Orlwick District Council); Councillors Rhian Tolley and Wilf Garrow (Fenmoor Borough Council).\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Ruth Kilby")[1] == "Orlwick District Council"
    assert _person(found, "Rhian Tolley")[1] == "Fenmoor Borough Council"
    assert _person(found, "Wilf Garrow")[1] == "Fenmoor Borough Council"


def test_posts_given_around_a_name(nlp):
    text = (
        "Orlwick Borough Council\n"
        "Officers: Rhian Tolley, Licensing Officer; Ruth Kilby, Solicitor; Jo Brisco, Committee Officer.\n"
        "Present: Councillor Mabel Frost; Lewis Garrow (Independent Co-opted Member); Petra Venn "
        "(Independent Pensions Adviser).\n"
        "The Portfolio Holder for Leisure, Councillor Frost, opened the item. Members remembered former "
        "Alderman Osmund Brisco. Councillor Owen Kilby, Heritage Member Champion, spoke next.\n"
        "Report author: Jane Merriot, Treasury Manager. Director of Finance (Section 151 Officer): "
        "Bernard Ashcott-Pindar.\n"
    )
    found = _ents(text, nlp)
    assert _person(found, "Ruth Kilby")[0] == "Solicitor"
    assert _person(found, "Lewis Garrow") == ("Independent Co-opted Member", "Orlwick Borough Council")
    assert _person(found, "Petra Venn") == ("Independent Pensions Adviser", "Orlwick Borough Council")
    roles = {e.role for e in found if e.label == "PERSON" and e.normalised == "Mabel Frost"}
    assert "Portfolio Holder for Leisure" in roles
    assert _person(found, "Osmund Brisco")[0] == "Alderman"
    assert _person(found, "Owen Kilby")[0] == "Heritage Member Champion"
    assert _person(found, "Bernard Ashcott-Pindar") == ("Director of Finance", "Orlwick Borough Council")


def test_a_street_after_a_number_or_a_preposition_is_a_place(nlp):
    text = (
        "Mrs Joan Pettle of Kilnyard Row, Orlwick, asked about bins.\n"
        "Premises: The Red Lion, 22 Marlow Street.\n"
        "Fenn & Sons, the builders on Copper Lane, lost a van.\n"
        "The block is next to the Mill Lane Conservation Area.\n"
    )
    found = _ents(text, nlp)
    places = {e.normalised for e in found if e.label == "GPE"}
    assert {"Kilnyard Row", "Marlow Street", "Copper Lane", "Mill Lane Conservation Area"} <= places
    assert "Joan Pettle" in {e.normalised for e in found if e.label == "PERSON"}


def test_a_councillor_for_a_ward_serves_the_council(nlp):
    text = "Orlwick District Council\nCouncillor Jane Merriot, for Orlwick North, asked about parking.\n"
    assert _person(_ents(text, nlp), "Jane Merriot")[1] == "Orlwick District Council"
