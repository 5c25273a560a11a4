"""A question that names a council prefers that council's papers: the council read from the
question against the councils in the store (invented councils and passages), a soft preference
that a council filter overrides and a council the store does not hold never triggers."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.councils import default_register
from councilsearch.index import search as search_module
from councilsearch.index.library import Library
from councilsearch.index.named_council import council_names, named_councils, names_in
from councilsearch.models import Filters

ORLWICK = """Orlwick Borough Council

Cabinet report: reserves and balances

1. The general fund reserve of the council stands at £4.2m at 31 March 2026, and its earmarked reserves at £11.7m.

2. Reserves are kept at a prudent level: the reserves policy sets a minimum general reserve of £3m.

3. The council plans to draw £0.6m from its reserves in 2026/27 to balance the budget, leaving reserves above the minimum.

4. Earmarked reserves include a waste contract reserve and a planning appeals reserve, each reviewed every year.
""" + "".join(
    f"\n{n}. The {fund} reserve held £{n / 10 + 1:.1f}m at the year end; the reserves review keeps it for {fund} costs.\n"
    for n, fund in enumerate(("insurance", "transformation", "highways", "housing", "elections", "flood defence",
                              "business rates", "pensions"), 5)
)

SAMPLETON = """Sampleton Borough Council

Cabinet report: leisure and finance

1. Visits to the leisure centres rose by 14% in the year, helped by the new swimming timetable.

2. Usable balances held at the year end were £9.9m, a level the section 151 officer judges adequate.

3. Car parking income fell short of the budget by £0.2m because of roadworks in the town centre.

4. The leisure trust opened a climbing wall and a sensory room, and its gym memberships passed four thousand.

5. School swimming lessons moved to weekday mornings, and the trust ran holiday activity camps in August.

6. A survey of users found that most rated the changing rooms as good, and asked for longer weekend opening.
"""

QUESTION = "how big are Sampleton's reserves"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("named-council")
    library = Library(load_settings(root / "data"))
    for name, text in (("orlwick-reserves.txt", ORLWICK), ("sampleton-leisure.txt", SAMPLETON)):
        path = root / name
        path.write_text(text, encoding="utf-8")
        assert library.ingest_file(path).ok
    assert sorted(library.store.councils()) == ["Orlwick Borough Council", "Sampleton Borough Council"]
    return library


def test_a_named_council_ranks_first_and_says_so(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    searcher = lib.searcher()
    # without the preference another council's passage ranks first
    with monkeypatch.context() as m:
        m.setattr(search_module, "OTHER_COUNCIL_FACTOR", 1.0)
        assert searcher.search(QUESTION, k=3)[0].citation.council == "Orlwick Borough Council"
    res = searcher.results(QUESTION, limit=3)
    assert res.council_from_question == "Sampleton Borough Council"
    assert res.hits[0].citation.council == "Sampleton Borough Council"
    assert "£9.9m" in res.hits[0].passage.text
    # a soft preference: the other council's passages are still there, below
    assert any(h.citation.council == "Orlwick Borough Council" for h in searcher.results(QUESTION, limit=10).hits)
    assert searcher.search(QUESTION, k=1)[0].citation.council == "Sampleton Borough Council"


def test_a_council_filter_is_left_as_it_is(lib: Library) -> None:
    res = lib.searcher().results(QUESTION, Filters(council="Orlwick Borough Council"), limit=3)
    assert res.council_from_question is None
    assert res.hits and all(h.citation.council == "Orlwick Borough Council" for h in res.hits)


def test_a_council_the_store_does_not_hold_prefers_none(lib: Library) -> None:
    res = lib.searcher().results("how big are Kelworthy's reserves", limit=3)
    assert res.council_from_question is None
    assert res.hits[0].citation.council == "Orlwick Borough Council"


STORED = ["Wyvernshire County Council", "Wyvern Borough Council", "North Wyvern District Council",
          "Orlwick City Council"]


@pytest.mark.parametrize(
    ("query", "one"),
    [
        ("what are Wyvern's reserves", "Wyvern Borough Council"),
        ("reserves of Wyvern BC", "Wyvern Borough Council"),
        ("what did Wyvern Borough Council spend on parks", "Wyvern Borough Council"),
        # the longest name wins: North Wyvern is not also Wyvern, Wyvernshire is neither
        ("how many potholes did North Wyvern fix", "North Wyvern District Council"),
        ("Wyvernshire's highways budget", "Wyvernshire County Council"),
        ("WYVERNSHIRE highways budget", "Wyvernshire County Council"),
        ("what are wyvern's reserves", "Wyvern Borough Council"),  # a question all in lower case
        # a county and a district: not forced to one
        ("the county's share of Orlwick's precept", None),
        ("Wyvern and North Wyvern compared", None),
        ("the county council's highways budget", "Wyvernshire County Council"),
        ("grants parishes receive from Whitehall", None),
        ("wyvernbased", None),
    ],
)
def test_the_council_a_question_names(query: str, one: str | None) -> None:
    assert named_councils(query, council_names(STORED, register=False)).one == one


def test_a_place_that_is_a_word_needs_its_capital() -> None:
    names = council_names(["Sampleton Borough Council", "Mere Borough Council"], register=False)
    assert named_councils("is there more than a mere £1m left at Sampleton", names).one == "Sampleton Borough Council"
    assert named_councils("reserves at Mere", names).one == "Mere Borough Council"


@pytest.mark.parametrize(
    ("query", "one"),
    [
        # all in lower case: capitals say nothing, so a one-word place needs other evidence
        ("is there more than a mere £1m left", None),
        ("how much is a mere parking permit", None),
        ("what are mere's reserves", "Mere Borough Council"),
        ("reserves of mere council", "Mere Borough Council"),
        ("reserves of mere borough council", "Mere Borough Council"),
        ("what did the borough of mere spend on parks", "Mere Borough Council"),
        ("how many potholes did north mere fix", "North Mere District Council"),  # two words: a name
    ],
)
def test_in_a_lower_case_question_a_place_that_is_a_word_needs_evidence(query: str, one: str | None) -> None:
    names = council_names(["Sampleton Borough Council", "Mere Borough Council", "North Mere District Council"],
                          register=False)
    assert named_councils(query, names).one == one


@pytest.mark.parametrize(("query", "one"), [
    ("how much did İlkley Road cost Sampleton", "Sampleton Borough Council"),  # "İ" lower-cases to two characters
    ("what did Sampleton'S auditor say", "Sampleton Borough Council"),  # a possessive in capitals
])
def test_the_words_of_a_question_are_read_once_and_stay_aligned(query: str, one: str | None) -> None:
    """Each word's case and possessive are read with the word itself: a letter whose lower case
    is longer ("İ") does not shift one list against the other (it raised IndexError)."""
    names = council_names(["Sampleton Borough Council", "Mere Borough Council"], register=False)
    assert named_councils(query, names).one == one


def test_search_says_which_council_the_question_named(lib: Library) -> None:
    """``search()`` carries the council the question names, as a result set's page does."""
    searcher = lib.searcher()
    hits = searcher.search(QUESTION, k=3)
    assert hits.council_from_question == "Sampleton Borough Council"
    assert hits.council_from_question == searcher.results(QUESTION, limit=3).council_from_question
    assert searcher.search("how big are the reserves", k=3).council_from_question is None
    assert searcher.search(QUESTION, k=3, filters=Filters(council="Orlwick Borough Council")).council_from_question is None


def test_a_register_council_not_in_the_store_is_no_stored_one() -> None:
    """A register council whose name holds a stored council's name ("North X" holding "X")
    is that council, not the stored one, and the store holds no paper of it."""
    reg = default_register()
    area = next(a for a in sorted(reg.area_names()) if a.startswith("North ") and len(a.split()) == 2)
    place = area.split()[1]
    stored = [f"{place} Vale Borough Council", f"{place} Borough Council"]
    names = council_names(stored, {})
    assert named_councils(f"what are {place}'s reserves", names).one == f"{place} Borough Council"
    named = named_councils(f"what are {area}'s reserves", names)
    assert named.one is None and named.elsewhere


TIERED = ["Wyvernshire County Council", "Kelmarsh County Council", "Wyvern Borough Council", "Orlwick District Council"]


@pytest.mark.parametrize(
    ("query", "tier"),
    [
        # a tier word with several stored councils of that tier: those councils, weakly
        ("how much does the county spend on roads", {"Wyvernshire County Council", "Kelmarsh County Council"}),
        ("the county council's highways budget", {"Wyvernshire County Council", "Kelmarsh County Council"}),
        # one stored council of the tier: that council, as a council named (not a tier)
        ("what did the district spend on parks", set()),
        # a place named: the place decides, not the tier
        ("the county's share of Wyvern's precept", set()),
        ("how much is spent on roads", set()),
    ],
)
def test_a_tier_the_store_holds_several_councils_of(query: str, tier: set[str]) -> None:
    named = named_councils(query, council_names(TIERED, register=False))
    assert named.tier == tier
    if "district" in query:
        assert named.one == "Orlwick District Council"


def _county(place: str, balances: str) -> str:
    return f"""{place} County Council

Cabinet report: highways and libraries

1. The gritting fleet treated the priority routes on 61 nights over the winter, using new salt barns.

2. Usable reserves held at the year end were {balances}, a level the section 151 officer judges adequate.

3. Library visits rose after the mobile library added evening stops in the larger villages.

4. A survey of road users found that most rated the resurfacing programme as good value.
"""


@pytest.fixture(scope="module")
def tiered(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """A district's paper all about its reserves beside two county councils' papers that
    mention their reserves once."""
    root = tmp_path_factory.mktemp("tiered-councils")
    library = Library(load_settings(root / "data"))
    docs = (("orlwick-reserves.txt", ORLWICK.replace("Orlwick Borough Council", "Orlwick District Council")),
            ("wyvernshire-highways.txt", _county("Wyvernshire", "£9.9m")),
            ("kelmarsh-highways.txt", _county("Kelmarsh", "£14.1m")))
    for name, text in docs:
        path = root / name
        path.write_text(text, encoding="utf-8")
        assert library.ingest_file(path).ok
    return library


def test_a_tier_named_prefers_that_tiers_papers(tiered: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "how big are the county's reserves"
    searcher = tiered.searcher()
    with monkeypatch.context() as m:  # without the preference the district's paper answers
        m.setattr(search_module, "OTHER_TIER_FACTOR", 1.0)
        assert searcher.search(question, k=3)[0].citation.council == "Orlwick District Council"
    hits = searcher.search(question, k=10)
    assert hits[0].citation.council.endswith("County Council")
    assert hits.council_from_question is None  # a tier, not one council
    assert any(h.citation.council == "Orlwick District Council" for h in hits)  # below, not removed


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("what will the Tarnby Mill bridge cost in total", ["Tarnby Mill"]),
        ("How much will the Orlwick Road developer pay in April 2026?", ["Orlwick Road"]),  # a month is no name
        ("what was Kelmarsh council's carbon footprint", ["Kelmarsh"]),  # the possessive dropped
        ("What is the cost? And what did Sampleton say?", ["Sampleton"]),  # a sentence's first word is not
        ("HOW BIG ARE THE RESERVES", []),  # all in capitals: the capitals say nothing
        ("how big are the reserves", []),
    ],
)
def test_the_names_a_question_writes_with_capitals(query: str, names: list[str]) -> None:
    assert names_in(query) == names


def _scheme_report(place: str, scheme: str, works: str, cost: str) -> str:
    """A paper whose scheme is named under one heading and costed under another."""
    consultation = " ".join(f"Residents raised {topic} at the drop-in sessions, and the design was changed to answer them."
                            for topic in ("parking", "lighting", "access for wheelchairs", "flooding", "noise", "trees"))
    return f"""{place} Borough Council

Cabinet report: capital schemes

The {scheme}

1. Cabinet approved the {scheme} in the spring, after a public consultation on its route. {consultation}

Costs and funding

2. {works} will cost {cost} in total, funded from borrowing and a government grant.
"""


@pytest.fixture(scope="module")
def schemes(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Two councils' papers on bridge schemes: each names its own scheme once, in the sentence
    before the one that gives the cost."""
    root = tmp_path_factory.mktemp("named-schemes")
    library = Library(load_settings(root / "data"))
    docs = (("orlwick-works.txt", _scheme_report("Orlwick", "Tarnby Mill footbridge", "The works", "£4.6m")),
            ("sampleton-bridge.txt", _scheme_report("Sampleton", "Hollin Beck crossing", "The new footbridge", "£2.9m")),
            *((f"filler-{n}.txt", _county(place, f"£{n}.1m"))
              for n, place in enumerate(("Kelmarsh", "Wyvernshire", "Brackley", "Dunholm", "Ferriby", "Gorsey"), 3)))
    for name, text in docs:
        path = root / name
        path.write_text(text, encoding="utf-8")
        assert library.ingest_file(path).ok
    return library


def test_a_name_only_some_papers_hold_prefers_them(schemes: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "what will the Tarnby Mill footbridge cost in total"
    searcher = schemes.searcher()
    with monkeypatch.context() as m:  # without the preference the other paper's footbridge answers
        m.setattr(search_module, "OTHER_NAME_FACTOR", 1.0)
        assert "£2.9m" in searcher.search(question, k=1)[0].passage.text
    hits = searcher.search(question, k=10)
    assert "£4.6m" in hits[0].passage.text
    assert any("£2.9m" in h.passage.text for h in hits)  # below, not removed


def test_a_name_every_paper_holds_prefers_none(schemes: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Cabinet" is in every paper: it narrows nothing; a name no paper holds neither."""
    searcher = schemes.searcher()
    for q in ("what did Cabinet approve for the footbridge", "what will the Stathe Weir footbridge cost"):
        with monkeypatch.context() as m:
            m.setattr(search_module, "OTHER_NAME_FACTOR", 1.0)
            without = [(h.passage.id, h.score) for h in searcher.search(q, k=10)]
        assert [(h.passage.id, h.score) for h in searcher.search(q, k=10)] == without


def test_a_names_papers_are_looked_up_once_until_the_store_changes(tmp_path: Path) -> None:
    """The papers holding a name are read from the keyword index once per store state: the same
    question again costs no lookup, and a paper added later that holds the name is seen."""
    library = Library(load_settings(tmp_path / "data"))
    for name, text in (("sampleton-bridge.txt", _scheme_report("Sampleton", "Hollin Beck crossing", "The new footbridge", "£2.9m")),
                       *((f"filler-{n}.txt", _county(place, f"£{n}.1m"))
                         for n, place in enumerate(("Kelmarsh", "Wyvernshire", "Brackley", "Dunholm", "Ferriby"), 3))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert library.ingest_file(tmp_path / name).ok
    question = "what will the Tarnby Mill footbridge cost in total"
    searcher = library.searcher()
    calls: list[str] = []
    real = searcher.store.documents_matching

    def counted(match: str, cap: int) -> set[str]:
        calls.append(match)
        return real(match, cap)

    searcher.store.documents_matching = counted  # type: ignore[method-assign]
    assert "£2.9m" in searcher.search(question, k=1)[0].passage.text  # no paper holds the name yet
    first = len(calls)
    assert first >= 1
    searcher.search(question, k=1)
    assert len(calls) == first  # the same names: no second lookup
    (tmp_path / "orlwick-works.txt").write_text(
        _scheme_report("Orlwick", "Tarnby Mill footbridge", "The works", "£4.6m"), encoding="utf-8")
    assert library.ingest_file(tmp_path / "orlwick-works.txt").ok
    searcher = library.searcher()
    searcher.store.documents_matching = counted  # type: ignore[method-assign]
    assert "£4.6m" in searcher.search(question, k=1)[0].passage.text
    assert len(calls) > first
