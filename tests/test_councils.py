"""The council register (ONS lookup + dated reorganisations) and council linking in text.

Names here are real councils written the ways papers write them; none is from the bundled
documents."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from councilsearch.councils import REORGANISATIONS, Register, default_register, find_councils, normalise


@pytest.fixture(scope="module")
def reg() -> Register:
    return default_register()


def test_register_holds_the_ons_lookup_and_the_reorganisations(reg: Register) -> None:
    tiers = {t: sum(1 for c in reg if c.tier == t) for t in ("county", "district", "unitary", "metropolitan",
                                                             "london_borough")}
    # ONS April 2021: 331 lower-tier authorities (309 English, 22 Welsh) and 24 counties; the
    # dated table adds Northamptonshire's eight abolished councils and four 2023 unitaries
    assert len(reg) == 331 + 24 + 8 + 4
    assert tiers["london_borough"] == 33 and tiers["metropolitan"] == 36
    assert sum(1 for c in reg if c.nation == "Wales") == 22
    assert all(c.code[0] in "EW" for c in reg)  # Scotland and Northern Ireland are not in the lookup
    assert reg.lookup("Glasgow City Council") is None
    anglesey, conwy = reg.lookup("Isle of Anglesey County Council"), reg.lookup("Conwy County Borough Council")
    assert anglesey and conwy and (anglesey.code, conwy.code) == ("W06000001", "W06000003")
    assert anglesey.nation == "Wales" and anglesey.tier == "unitary"


@pytest.mark.parametrize("phrase", [
    "the London Borough of Camden", "London Borough of Camden", "LONDON BOROUGH OF CAMDEN", "Camden Council",
    "camden", "The London Borough of Camden Council",
])
def test_a_london_borough_in_many_phrasings(reg: Register, phrase: str) -> None:
    c = reg.lookup(phrase)
    assert c is not None and c.code == "E09000007" and c.tier == "london_borough"
    assert reg.upper(c) == c  # single tier


@pytest.mark.parametrize("phrase", ["Kent CC", "Kent County Council", "KENT COUNTY COUNCIL", "kent", "Kent  C.C."])
def test_a_county_in_many_phrasings(reg: Register, phrase: str) -> None:
    got = reg.resolve(phrase)
    assert got is not None and got.council.code == "E10000016" and got.council.tier == "county"
    assert got.name == "Kent County Council"


def test_city_council_and_bare_city_are_one_metropolitan_council(reg: Register) -> None:
    named, bare, abbreviated = reg.resolve("Sheffield City Council"), reg.resolve("Sheffield"), reg.resolve("Sheffield CC")
    assert named and bare and abbreviated
    assert named.council.code == bare.council.code == abbreviated.council.code == "E08000019"
    assert named.council.tier == "metropolitan"
    assert named.name == abbreviated.name == "Sheffield City Council"  # the words the paper used
    assert bare.name == "Sheffield Council"  # no type words: the register's own form


def test_county_council_and_city_council_name_different_authorities(reg: Register) -> None:
    city, county = reg.lookup("Lincoln City Council"), reg.lookup("Lincolnshire County Council")
    assert city is not None and county is not None and city.code != county.code
    assert (city.tier, county.tier) == ("district", "county")
    assert reg.upper(city) == county  # the district's upper-tier council is its county
    assert reg.lookup("Lincoln County Council") is None  # a city is never a county council
    assert reg.lookup("Lincolnshire City Council") is None
    # "County Council" and "Council of the" forms whose area ONS names otherwise
    assert reg.lookup("Durham County Council").code == "E06000047"  # ONS: "County Durham"
    assert reg.lookup("City of York Council").code == "E06000014"
    assert reg.lookup("Council of the Isles of Scilly").code == "E06000053"
    assert reg.resolve("Bristol").name == "Bristol City Council"  # ONS: "Bristol, City of"
    assert reg.resolve("Royal Borough of Kingston upon Thames").name == "Royal Borough of Kingston upon Thames"
    assert reg.resolve("Stockton on Tees Borough Council").name == "Stockton-on-Tees Borough Council"


def test_a_district_has_its_county_as_upper_tier(reg: Register) -> None:
    c = reg.lookup("Tunbridge Wells Borough Council")
    assert c is not None and c.tier == "district" and reg.upper(c).code == "E10000016"


def test_reorganised_councils_are_dated(reg: Register) -> None:
    harrogate = reg.lookup("Harrogate Borough Council")
    assert harrogate is not None and harrogate.valid_to == datetime.date(2023, 3, 31)
    assert [s.code for s in reg.successors(harrogate)] == ["E06000065"]
    assert "2022/328" in harrogate.order
    # the same name, before and after 1 April 2023
    assert reg.lookup("Somerset", on="2022-11-01").code == "E10000027"
    assert reg.lookup("Somerset", on="2024-02-01").code == "E06000066"
    assert reg.lookup("Somerset").code == "E06000066"  # undated: the council that exists now
    assert reg.lookup("North Yorkshire County Council").code == "E10000023"  # the words name the county
    assert reg.lookup("North Yorkshire Council", on="2023-06-01").code == "E06000065"
    cumbria = reg.lookup("Cumbria County Council")
    assert cumbria is not None and set(cumbria.successors) == {"E06000063", "E06000064"}
    assert reg.lookup("Westmorland and Furness Council").valid_from == datetime.date(2023, 4, 1)
    assert reg.lookup("Eden District Council", on="2024-01-01").valid_to == datetime.date(2023, 3, 31)
    northants = reg.lookup("Northamptonshire County Council")
    assert northants is not None and set(northants.successors) == {"E06000061", "E06000062"}
    assert len(reg.councils(on="2023-04-01")) < len(reg.councils(on="2023-03-31"))
    assert all("S.I." in r.order for r in REORGANISATIONS)


def test_codes_are_stable_ids(reg: Register) -> None:
    assert reg.lookup("E10000016") == reg.by_code("e10000016") == reg.lookup("Kent")
    assert reg.by_code("S12000049") is None


def test_unknown_and_partial_names_resolve_to_nothing(reg: Register) -> None:
    for phrase in ("Wyvernshire County Council", "Newcastle City Council", "Council", "the County Council", ""):
        assert reg.lookup(phrase) is None, phrase
    assert normalise("The Royal Borough of King’s Lynn & West Norfolk") == "royal borough of kings lynn and west norfolk"


def test_find_councils_links_mentions_with_spans(reg: Register) -> None:
    text = ("Yesterday Kent County Council and the London Borough of Camden wrote to the Cabinet Member of "
            "Sheffield CC.\nTHE ROYAL BOROUGH OF GREENWICH\nThe county council and Wyvernshire County Council "
            "did not; Harrogate Borough Council had gone.")
    found = find_councils(text, reg)
    assert [(m.text, m.code) for m in found] == [
        ("Kent County Council", "E10000016"),
        ("London Borough of Camden", "E09000007"),
        ("Sheffield CC", "E08000019"),
        ("ROYAL BOROUGH OF GREENWICH", "E09000011"),
        ("Harrogate Borough Council", "E07000165"),
    ]
    for m in found:
        assert text[m.span[0] : m.span[1]] == m.text
    assert found[3].name == "Royal Borough of Greenwich"


def test_find_councils_prefers_the_longest_known_name(reg: Register) -> None:
    found = find_councils("A letter from Mid Suffolk District Council to Suffolk County Council.", reg)
    assert [m.code for m in found] == ["E07000203", "E10000029"]
    assert reg.upper(found[0].council).code == found[1].code


def test_bare_place_names_are_linked_only_when_asked(reg: Register) -> None:
    text = "Residents of Camden and Kent were surveyed."
    assert find_councils(text, reg) == []
    assert [m.code for m in find_councils(text, reg, bare=True)] == ["E09000007", "E10000016"]


def test_a_document_whose_cover_names_its_council_gets_the_canonical_name_and_code() -> None:
    from councilsearch.ingest.parse import parse_bytes

    cover = ("KENT CC\n\nFrom:\tCabinet Member for Highways\nTo:\tCabinet\nDate:\t4 March 2026\n"
             "Subject:\tWinter gritting routes\n\n1. Introduction\nThe council grits 3,000 km of road.\n")
    doc = parse_bytes(cover.encode(), "gritting.txt")
    assert doc.council == "Kent County Council" and doc.council_code == "E10000016"
    header = "The London Borough of Camden\nPlanning Committee – 3 February 2026\n\n1. Item one\nText.\n"
    doc = parse_bytes(header.encode(), "planning.txt")
    assert doc.council == "London Borough of Camden" and doc.council_code == "E09000007"
    dated = "Somerset County Council\nCabinet – 9 March 2022\n\n1. Item one\nText.\n"
    doc = parse_bytes(dated.encode(), "cabinet.txt")
    assert doc.council_code == "E10000027"


def test_a_council_the_register_does_not_know_keeps_its_name() -> None:
    from councilsearch.ingest.parse import parse_bytes

    doc = parse_bytes(b"Wyvernshire County Council\nCabinet - 3 February 2025\n\n1. Item\nText.\n", "w.txt")
    assert doc.council == "Wyvernshire County Council" and doc.council_code is None


def test_path_hints_resolve_abbreviated_folder_names() -> None:
    from councilsearch.ingest.docmeta import path_hints

    council, _date = path_hints("papers/kent-cc/cabinet-2026-03-04/report.pdf")
    assert council == "Kent County Council"


def test_store_keeps_the_council_code_and_migrates_an_older_store(tmp_path: Path) -> None:
    from councilsearch.index.store import Store
    from councilsearch.ingest.parse import parse_bytes

    old = tmp_path / "old.sqlite"  # a store written before the column existed
    conn = sqlite3.connect(old)
    conn.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('schema_version', '1');"
        "CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, council TEXT NOT NULL DEFAULT '',"
        " doc_type TEXT NOT NULL DEFAULT 'other', date TEXT, source_path TEXT NOT NULL, source TEXT NOT NULL"
        " DEFAULT '', sha256 TEXT NOT NULL, format TEXT NOT NULL, text TEXT NOT NULL, page_map TEXT NOT NULL,"
        " heading_hints TEXT NOT NULL DEFAULT '[]', n_pages INTEGER NOT NULL, ingested_at TEXT NOT NULL DEFAULT '');"
        "INSERT INTO documents(id, title, source_path, sha256, format, text, page_map, n_pages)"
        " VALUES ('a', 'A', 'a.txt', 'x', 'text', 'A', '[0]', 1);"
    )
    conn.commit()
    conn.close()
    store = Store(old)
    assert store.get_document("a").council_code is None
    doc = parse_bytes(b"Kent County Council\nCabinet - 4 March 2026\n\n1. Item\nText.\n", "k.txt")
    store.write_document(doc, [], [])
    assert store.get_document(doc.id).council_code == "E10000016"
    store.close()
