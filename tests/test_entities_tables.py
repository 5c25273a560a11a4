"""Issue 17 item 1, twelfth session: a table's header says what its rows name, and a grouped
table's groups are the council's parts. Invented tables, the real model."""

from __future__ import annotations

from councilsearch.models import Entity
from tests.conftest import extract_checked


def _labels(found: list[Entity], name: str) -> set[str]:
    return {e.label for e in found if e.normalised == name}


def test_groups_of_a_table_totalled_below_are_bodies_and_a_scheme_column_lists_programmes(nlp):
    text = (
        "Wyvern Borough Council\nSchedule A: schemes approved\n"
        "\tApproved\tPaid by\nScheme\tsum £000\tend of June £000\n"
        "Homes and Streets\t\t\n"
        "Harbour wall repairs\t1,130\t415\n"
        "Orlwick lido relining\t270\t25\n"
        "Homes and Streets total\t1,400\t440\n"
        "Leisure and Culture\t\t\n"
        "Bowling green drainage\t85\t61\n"
        "\nSchedule A, cont.\n"  # a page break between a group and its total
        "Sampleton museum lift\t92\t13\n"
        "Leisure and Culture total\t177\t74\n"
        "All schemes\t1,577\t514\n"
    )
    found = extract_checked(text, nlp)
    assert _labels(found, "Homes and Streets") == {"ORG"}, found
    assert _labels(found, "Leisure and Culture") == {"ORG"}, found
    assert _labels(found, "Harbour wall repairs") == {"PROGRAMME"}, found
    assert _labels(found, "Orlwick lido relining") == {"PROGRAMME"}, found
    assert not any("total" in e.normalised.lower() for e in found if e.label in ("ORG", "PROGRAMME")), found


def test_a_column_headed_by_a_kind_of_body_lists_bodies(nlp):
    text = (
        "Sampleton District Council\nAnnex 2: what each directorate will save\n"
        "Directorate\t2031/32\t2032/33\tTotal\n"
        "Growth and Waterways\t17\t23\t40\n"
        "People Services\t11\t9\t20\n"
        "Corporate Core\t5\t8\t13\n"
        "Total savings\t33\t40\t73\n"
        "\nAnnex 3: spend by programme area\n"
        "Programme area\tBudget £m\tSpent £m\n"
        "Adults and Wellbeing\t3.3\t2.9\n"
        "Roads and Transport\t7.1\t6.6\n"
        "Total\t10.4\t9.5\n"
    )
    found = extract_checked(text, nlp)
    for name in ("Growth and Waterways", "People Services", "Corporate Core", "Adults and Wellbeing", "Roads and Transport"):
        assert _labels(found, name) == {"ORG"}, (name, found)
    assert not _labels(found, "Total savings"), found


def test_a_column_of_service_charges_is_not_a_column_of_bodies(nlp):
    text = (
        "Orlwick City Council\nAnnex 4: fees\n"
        "Service charges\t2031\t2032\n"
        "Garden Waste\t47\t49\n"
        "Bulky Items\t23\t26\n"
        "Pest Control\t71\t74\n"
    )
    found = extract_checked(text, nlp)
    assert not {e.normalised for e in found if e.label == "ORG"} & {"Garden Waste", "Bulky Items"}, found
