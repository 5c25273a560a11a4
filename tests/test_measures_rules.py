"""The rules that tell a conflict from a revision and one measure from another inside a report
pack, on an invented pack of one council: a department's figures meet their appendix's under
the same heading (and no other department's), a year from the report's title, a status word
next to a figure and not one elsewhere in its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.extract.figures.measure import measure_key
from councilsearch.index.measures import find_discrepancies, find_measures

PACK = """REVENUE OUTTURN 2025/26

Adult Services

1. There was a net underspend of £1.2m (3.0%) for the year, mainly from vacant posts.

Children's Services

2. There was a net underspend of £2.5m (4.1%) for the year, mainly from lower placement costs.

Highways

3. There was a net underspend of £0.8m (1.9%) for the year, mainly from extra permit income.

Reserves

4. The revised capital programme will help to close the budget gap of £12m by 2028/29.

5. The savings target for 2027/28 is £5m.

REVENUE BUDGET 2025/26 - OUTTURN STATEMENT

Adult Services

The department has a net underspend of £1.2m (2.9%).

Children's Services

The department has a net underspend of £2.5m (4.1%).

Highways

The department has a net underspend of £0.8m (1.9%).

Medium Term Financial Strategy

The strategy shows a budget gap of £13m by 2028/29.

The savings target for 2027/28 has been revised to £5.6m.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    root = tmp_path_factory.mktemp("measures-rules")
    docs = root / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text("file,title,council,doc_type,date,source\n"
                                       "wyvern-pack.txt,Cabinet reports pack,Wyvern Borough Council,agenda,2026-05-20,test\n")
    (docs / "wyvern-pack.txt").write_text(PACK)
    lib = Library(load_settings(Path(root / "data")), embed=False)
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    yield lib.store
    lib.close()


def test_a_label_used_for_each_department_is_one_measure_per_department(store) -> None:
    underspends = [m for m in find_measures(store) if m.key == measure_key("net underspend")]
    names = {(m.name, m.kind) for m in underspends}
    assert ("net underspend (Adult Services)", "percent") in names
    assert len(underspends) == 6  # three departments, in £ and in %
    for m in underspends:
        assert len(m.points) == 2 and len({p.citation.section_path[0] for p in m.points}) == 2
        assert all(p.period == "2025/26" for p in m.points)  # the year of the report's title


def test_the_appendix_contradicting_the_report_is_the_one_conflict_of_its_department(store) -> None:
    found = {(d.kind, d.measure_name, d.a.figure.surface, d.b.figure.surface) for d in find_discrepancies(store)}
    assert ("conflict", "net underspend (Adult Services)", "3.0%", "2.9%") in found
    assert not any("Children" in name or "Highways" in name for _k, name, _a, _b in found)


def test_a_status_word_counts_next_to_the_figure_only(store) -> None:
    found = {(d.kind, d.a.figure.surface, d.b.figure.surface) for d in find_discrepancies(store)}
    # "the revised capital programme ... the budget gap of £12m": the programme is revised
    assert ("conflict", "£12m", "£13m") in found
    # "has been revised to £5.6m": the target is
    assert ("revision", "£5m", "£5.6m") in found
