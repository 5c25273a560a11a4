"""The entity extractor on the corpus, with the real spaCy model (loaded once per session).

The mechanisms are tested on invented sentences in test_entities_mechanisms.py; here the
extractor runs over the bundled documents and is scored against eval/entities_dev.jsonl."""

from __future__ import annotations

import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilsearch.extract import entities as ev1
from councilsearch.models import Entity
from tests.conftest import CABINET, CORPUS, FINANCE, IDEA, NWL, PRODUCTIVITY

STEMS = (CABINET, FINANCE, NWL, PRODUCTIVITY, IDEA)
NUMERIC = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}


@pytest.fixture(scope="session")
def texts() -> dict[str, str]:
    return {stem: (CORPUS / f"{stem}.txt").read_text(encoding="utf-8") for stem in STEMS}


@pytest.fixture(scope="session")
def ents(nlp, texts) -> dict[str, list[Entity]]:
    out = ev1.extract_entities_batch([texts[s] for s in STEMS], nlp=nlp)
    return dict(zip(STEMS, out, strict=True))


def _line(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _people(ents: list[Entity]) -> dict[str, Entity]:
    return {e.normalised: e for e in ents if e.label == "PERSON"}


def _find(ents: list[Entity], label: str, normalised: str) -> list[Entity]:
    return [e for e in ents if e.label == label and e.normalised == normalised]


# ---------------------------------------------------------------------------------------------
# the pipeline


def test_pipeline_has_ruler_before_ner_and_nothing_unused(nlp):
    names = nlp.pipe_names
    assert ev1.RULER_NAME in names and "ner" in names
    assert names.index(ev1.RULER_NAME) < names.index("ner")
    assert not {"parser", "tagger", "lemmatizer", "attribute_ruler"} & set(names)
    assert ev1.get_nlp() is nlp  # cached per process


def test_both_extractors_load_the_pipeline_the_settings_name(monkeypatch):
    from councilsearch.extract.figures import load_nlp

    monkeypatch.setenv("COUNCILSEARCH_SPACY", "no_such_spacy_pipeline")
    with pytest.raises(OSError, match="no_such_spacy_pipeline"):
        ev1.build_nlp()
    with pytest.raises(OSError, match="no_such_spacy_pipeline"):
        load_nlp()


def test_offsets_exact_and_records_clean(ents, texts):
    for stem, found in ents.items():
        text = texts[stem]
        assert found, stem
        for e in found:
            assert text[e.span[0] : e.span[1]] == e.text
            assert e.text == e.text.strip() and e.normalised
            assert e.extractor == ev1.EXTRACTOR == "entities.v24"
            assert e.label not in NUMERIC
        spans = [e.span for e in found]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "entities overlap"


# ---------------------------------------------------------------------------------------------
# people, titles and roles


def test_finance_progress_review_peer_team(ents, texts):
    text, found = texts[FINANCE], ents[FINANCE]
    people = _people(found)
    # the post given after the name ("Lead Peer: Name (Post, Council)") is the person's role
    expected = {
        "Garry Cummings": "Financial Improvement and Sustainability Adviser",
        "Nazia Rehman": "Portfolio Holder for Resources, Finance and Transformation",
        "Sara Pitt": "Director of Finance",
        "Satvinder Rana": "Senior Regional Adviser",
        "Ernest Opuni": "Senior Regional Adviser",
        "Mark Edgell": "Principal Adviser",
    }
    for name, role in expected.items():
        assert name in people, name
        assert people[name].role == role, (name, people[name].role)
    assert people["Nazia Rehman"].affiliation == "Wigan Council"
    assert people["Sara Pitt"].affiliation == "Liverpool City Council"
    rehman = people["Nazia Rehman"]
    assert rehman.text == "Nazia Rehman" and rehman.title == "Councillor"
    assert text[rehman.span[0] - len("Councillor ") : rehman.span[0]] == "Councillor "
    roles = {e.normalised for e in found if e.label == "ROLE"}
    assert {
        "Lead Peer",
        "Portfolio Holder for Resources, Finance and Transformation",
        "Deputy Chief Executive",
        "Director of Finance, Transformation & Performance",
        "Director of Finance",
        "Deputy Section 151 Officer",
        "Peer Challenge Manager",
        "Chief Operating Officer",  # "the chief operating officer now chairing …"
        "Section 151 Officer",  # "the s151 officer"
    } <= roles
    # each peer's council is found on the peer's own line
    for name, council in [
        ("Garry Cummings", "Stockton-on-Tees Borough Council"),
        ("Nazia Rehman", "Wigan Council"),
        ("Sara Pitt", "Liverpool City Council"),
    ]:
        line = _line(text, people[name].span[0])
        orgs = {e.normalised for e in found if e.label == "ORG" and _line(text, e.span[0]) == line}
        assert council in orgs, (name, orgs)


def test_nw_leicestershire_progress_review_peer_team(ents, texts):
    text, found = texts[NWL], ents[NWL]
    people = _people(found)
    team = {
        "Abi Brown": "Stoke-on-Trent City Council",
        "Larissa Reed": "Swale Borough Council",
        "Paul Bellotti": "East Riding of Yorkshire Council",
        "Judith Hurcombe": "Local Government Association",
    }
    for name, council in team.items():
        assert name in people, name
        line = _line(text, people[name].span[0])
        orgs = {e.normalised for e in found if e.label == "ORG" and _line(text, e.span[0]) == line}
        assert council in orgs, (name, orgs)
    brown = people["Abi Brown"]
    assert brown.text == "Abi Brown" and brown.title == "Cllr OBE"
    # the LGA's letterhead: people with the role given before them
    assert people["Louise Gittins"].role == "Chair" and people["Louise Gittins"].title == "Councillor"
    assert people["Joanna Killian"].role == "Chief Executive"
    assert people["Grey-Thompson"].title == "Baroness" and people["Grey-Thompson"].role == "President"


def test_cabinet_membership(ents, texts):
    text, found = texts[CABINET], ents[CABINET]
    start = text.index("Membership")
    end = text.index("Please note", start)
    members = [e for e in found if e.label == "PERSON" and start <= e.span[0] < end]
    assert [e.normalised for e in members] == [
        "D. Harrison",
        "C. Abbott",
        "J. Bloxham",
        "K. Crook",
        "H. Fowler",
        "A. Hamilton-Gray",
        "P. Harrison",
        "C. Pugsley",
        "M. Squires",
        "A. Tilbury",
    ]
    assert all(e.text == e.normalised for e in members)  # titles are not part of the surface
    assert all(e.title is not None and e.title.endswith("CC") for e in members)
    assert members[0].title == "Mr. CC" and members[0].role == "Chairman"
    assert members[2].title == "Dr. CC"
    assert all(m.role == "Councillor" for m in members[1:])  # a councillor with no other post


def test_surname_only_mentions_link_to_the_one_full_name(ents, texts):
    found = ents[CABINET]
    pugsley = [e for e in found if e.label == "PERSON" and e.text == "Pugsley"]
    assert pugsley and all(e.normalised == "C. Pugsley" for e in pugsley)
    harrison = [e for e in found if e.label == "PERSON" and e.text == "Harrison"]
    assert harrison and all(e.normalised == "Harrison" for e in harrison)  # D. or P.: ambiguous


def test_people_roles_on_small_texts(nlp):
    found = ev1.extract_entities(
        "Mr. J. Example CC (Chairman)\nSenior Officer Peer: Jane Sample (Director of Finance at Example City Council)",
        nlp=nlp,
    )
    people = _people(found)
    assert people["J. Example"].title == "Mr. CC" and people["J. Example"].role == "Chairman"
    assert people["Jane Sample"].role == "Director of Finance"
    assert people["Jane Sample"].affiliation == "Example City Council"
    assert _find(found, "ROLE", "Senior Officer Peer") and _find(found, "ORG", "Example City Council")
    signed = _people(ev1.extract_entities("Yours,\n\nJane Sample\nChief Operating Officer\n", nlp=nlp))
    assert signed["Jane Sample"].role == "Chief Operating Officer"


def test_the_dev_gold_meets_the_targets(ents):
    from pathlib import Path

    from councilsearch.evaluate.entities import load_gold, score_entities

    gold = load_gold(Path(__file__).resolve().parents[1] / "eval" / "entities_dev.jsonl")
    rep = score_entities(gold, ents)
    assert rep["n_gold"] >= 200
    assert rep["recall"] >= 0.92, rep["misses"]
    assert rep["person_precision"] >= 0.95, rep["false_people"]


# ---------------------------------------------------------------------------------------------
# bodies, committees, programmes


def test_body_normalisation(ents, texts):
    found = ents[NWL]
    short = [e for e in found if e.text == "NWLDC"]
    full = [e for e in found if e.text == "North West Leicestershire District Council"]
    assert short and full
    assert (
        {e.normalised for e in short}
        == {e.normalised for e in full}
        == {"North West Leicestershire District Council"}
    )
    assert {e.label for e in short + full} == {"ORG"}
    lga = [e for e in found if e.text == "LGA"]
    assert lga and {e.normalised for e in lga} == {"Local Government Association"}
    # "the LGA": the record is the body, not the article
    text = texts[NWL]
    the_lga = text.index("the LGA")
    assert any(e.span[0] == the_lga + 4 and e.text == "LGA" for e in found)
    # "the council" / "the County Council" alone are not entities
    for stem in (NWL, CABINET):
        assert not [
            e
            for e in ents[stem]
            if e.text.lower() in {"council", "the council", "county council", "the county council"}
        ]
        assert not [
            e
            for e in ents[stem]
            if e.label == "ORG" and e.normalised in {"Council", "County Council", "City Council"}
        ]


def test_committees_programmes_and_roles(ents):
    cab, fin, nwl = ents[CABINET], ents[FINANCE], ents[NWL]
    assert _find(fin, "COMMITTEE", "DDaT Board")
    assert len(_find(cab, "COMMITTEE", "Cabinet")) > 20
    assert _find(cab, "COMMITTEE", "Scrutiny Commission")
    assert _find(cab, "PROGRAMME", "Better Leicestershire Programme")
    assert _find(cab, "ROLE", "Director of Corporate Resources")
    assert _find(cab, "ROLE", "Assistant Director (Finance, Transformation and Commissioning)")
    assert _find(nwl, "COMMITTEE", "Corporate Leadership Team")
    assert _find(nwl, "COMMITTEE", "Audit and Governance Committee")
    newton = [e for e in cab if e.label == "ORG" and e.normalised == "Newton Consulting"]
    assert len(newton) > 10  # "Newton Consulting Limited (Newton)", then "Newton" alone


# ---------------------------------------------------------------------------------------------
# acronyms


def test_glossary_forms():
    g = ev1.glossary(
        "The Dedicated Schools Grant (DSG) is ringfenced. Funded by the (FFPP) Families First Partnership "
        "Programme. Education, Health and Care Plans (EHCPs) rose; so did DDaT (Digital, Data and "
        "Technology) work and the Sustainable Support Services Programme (SSSP).\n"
        "Case Trawl 1 (AT) and Better Care Fund (Balance) and Habitat Banking (New) are not acronyms."
    )
    assert g == {
        "DSG": "Dedicated Schools Grant",
        "FFPP": "Families First Partnership Programme",
        "EHCP": "Education, Health and Care Plan",
        "DDaT": "Digital, Data and Technology",
        "SSSP": "Sustainable Support Services Programme",
    }


def test_cabinet_glossary_has_many_expansions(texts):
    g = ev1.glossary(texts[CABINET])
    expected = {
        "DSG": "Dedicated Schools Grant",
        "MTFS": "Medium Term Financial Strategy",
        "EHCP": "Education, Health and Care Plan",
        "HNB": "High Needs Block",
        "UASC": "Unaccompanied Asylum Seeking Children",
        "DfE": "Department for Education",
        "LGR": "Local Government Reorganisation",
        "FFPP": "Families First Partnership Programme",
        "SSSP": "Sustainable Support Services Programme",
        "SoCG": "Statement of Common Ground",
        "MH&S": "Mental Health & Safeguarding",
        "CiC": "Children in Care",
        "EMSS": "East Midlands Shared Services",
        "NPPF": "National Planning Policy Framework",
    }
    assert {k: g.get(k) for k in expected} == expected
    assert len(g) >= 30
    assert "Newton" not in g and "New" not in g


def test_acronym_uses_become_entities(ents):
    cab = ents[CABINET]
    dsg = [e for e in cab if e.text == "DSG"]
    # a named grant is a funding stream, a programme (eval/README.md), and so is its acronym
    assert len(dsg) > 3 and {(e.label, e.normalised) for e in dsg} == {("PROGRAMME", "Dedicated Schools Grant")}
    plural = [e for e in cab if e.text == "EHCPs"]  # plans counted in the plural: a kind of document, plural kept
    assert plural and {(e.label, e.normalised) for e in plural} == {("ACRONYM", "Education, Health and Care Plans")}
    dfe = [e for e in cab if e.text == "DfE"]
    assert dfe and {(e.label, e.normalised) for e in dfe} == {("ORG", "Department for Education")}
    rag = [e for e in ents[FINANCE] if e.text == "RAG"]
    assert rag and {e.label for e in rag} == {"ACRONYM"}


# ---------------------------------------------------------------------------------------------
# junk


def test_junk_from_the_small_model_is_filtered(ents, texts):
    for stem in (FINANCE, NWL):
        found = ents[stem]
        assert not [e for e in found if e.label == "ORG" and "Progress Review" in e.text]
        assert not [e for e in found if e.label == "PERSON" and "Portfolio Holder" in e.text]
        assert not [e for e in found if e.label == "ORG" and e.text == "RAG"]
        assert not [
            e for e in found if e.label in {"ORG", "PERSON", "GPE"} and " " not in e.text and e.text.islower()
        ]
    text = texts[FINANCE]
    pc = text.index("100 per cent")
    assert not [e for e in ents[FINANCE] if e.span[0] < pc + 12 and pc < e.span[1]]
    singles = {"Council", "Programme", "Budget", "Cumulative", "Variance", "Detail", "Email", "Appendix"}
    for stem in STEMS:
        assert not [
            e for e in ents[stem] if e.label in {"ORG", "PERSON", "GPE", "NORP"} and e.text in singles
        ]
        assert not [e for e in ents[stem] if e.label in {"PRODUCT", "WORK_OF_ART", "EVENT"}]
    cab_people = {e.normalised for e in ents[CABINET] if e.label == "PERSON"}
    assert not cab_people & {
        "Country Parks",
        "Turning Point",
        "Supervising Social",
        "Commuted Sums",
        "Solar Photovoltaic",
    }


def test_selective_ner_matches_full_ner_on_peer_reviews(nlp, texts, ents):
    for stem in (FINANCE, NWL):
        full = ev1.extract_entities(texts[stem], nlp=nlp, full_ner=True)
        assert full == ents[stem]


def test_batch_equals_one_at_a_time(nlp):
    a = "Councillor Nazia Rehman met the Local Government Association (LGA) and the LGA's Lead Peer."
    b = "NWLDC and North West Leicestershire District Council.\n\nThe Dedicated Schools Grant (DSG)."
    assert ev1.extract_entities_batch([a, "", b], nlp=nlp) == [
        ev1.extract_entities(a, nlp=nlp),
        [],
        ev1.extract_entities(b, nlp=nlp),
    ]


# ---------------------------------------------------------------------------------------------
# bad input

_ALPHABET = st.sampled_from(
    [
        *"abcXYZ  \n\t().,:;'’-&£%0123456789",
        "Mr. ",
        "Cllr ",
        "CC",
        "Council",
        "Borough ",
        "(DSG)",
        "Dedicated Schools Grant ",
        "LGA",
        "the ",
        "é",
        "\u2028",
        "\r\n",
        "ﬁ",
        "🙂",
        "\x00",
    ]
)
_EXAMPLES = 300 if os.environ.get("COUNCILSEARCH_SLOW") else 40


@settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=80).map("".join)))
def test_random_text_never_breaks(nlp, text):
    found = ev1.extract_entities(text, nlp=nlp)
    for e in found:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
        assert text[e.span[0] : e.span[1]] == e.text
    for k, v in ev1.glossary(text).items():
        assert k and v


@settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=600))
def test_any_slice_of_the_corpus(nlp, texts, start, length):
    """Cut anywhere (inside a name, an acronym definition, a table row): offsets stay exact."""
    whole = texts[CABINET] + "\n" + texts[FINANCE]
    start %= len(whole)
    text = whole[start : start + length]
    for e in ev1.extract_entities(text, nlp=nlp):
        assert text[e.span[0] : e.span[1]] == e.text and e.text.strip() == e.text
