"""recommendations.v1: each printed form on small invented documents, follow-up links between
a peer challenge and its progress review, restated records, and deletion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.extract.recommendations import extract_recommendations
from councilsearch.index import recommendations as recs
from councilsearch.index.library import Library
from councilsearch.ingest.parse import parse_bytes
from councilsearch.ingest.sections import split_sections
from councilsearch.models import DocumentMeta, Recommendation

COUNCIL = "Wyvern District Council"

PEER = """Wyvern District Council Corporate Peer Challenge

1. Executive summary

The peer team found a council with strong ambition and a clear sense of place.

2. Recommendations

The peer team makes the following recommendations to the council:

1. Refresh the medium term financial strategy so that it closes the budget gap for the next three years.
2. Set up a corporate programme management office to oversee the transformation programme and track its benefits.
3. Develop a workforce plan that addresses recruitment and retention in planning and building control.
 - include apprenticeships and a graduate scheme

3. Key findings

The council has sound governance.
"""

REVIEW = """Wyvern District Council Corporate Peer Challenge Progress Review

1. Introduction

The council undertook a Corporate Peer Challenge in March 2024. This progress review looked at each recommendation.

2. Progress against the recommendations

Recommendation 1: Refresh the medium term financial strategy so that it closes the budget gap for the next three years.

A refreshed medium term financial strategy was approved by Council in February 2025. It closes the gap for two of the three years.

Recommendation 2: Set up a corporate programme management office to oversee the transformation programme and track its benefits.

Work to recruit the office's staff is underway, and the first benefits report is due in the summer.

Recommendation 3: Develop a workforce plan that addresses recruitment and retention in planning and building control.

The workforce plan has not yet been started because the restructure was delayed (RAG status: Red).

3. Next steps

The peer team will not revisit.
"""

REPORT = """CABINET – 4 MARCH 2026

REPORT OF THE DIRECTOR OF RESOURCES

HOUSING REPAIRS CONTRACT

Purpose of the Report

1. To seek approval to award the housing repairs contract.

Recommendations

2. The Cabinet is recommended to:
 (a) approve the award of the housing repairs contract to the preferred bidder;
 (b) delegate authority to the Director of Resources to sign the contract; and
 (c) note the savings of £1.2m a year.

Reasons for Recommendations

3. The current contract ends in June.
"""

ASKED = """Wyvern District Council

Report to Scrutiny Committee

Recommendations

Members are asked to note the quarterly performance report and comment on the indicators shown as off target.

Background

The report is presented every quarter.
"""

MINUTES = """Minutes of the Cabinet of Wyvern District Council held on 14 January 2026

12. Waste collection policy

The Cabinet considered a report on the waste collection policy.

RESOLVED that the revised waste collection policy be approved with effect from 1 April 2026.

13. Leisure centre

The Cabinet considered a report on the leisure centre roof.

RESOLVED: (1) That the capital budget for the roof be increased by £400,000; (2) That the Director of Place be authorised to appoint a contractor.

14. Grants

RESOLVED:

a) That the community grants listed in Appendix A be approved;
b) That the grants panel be reviewed in 2027.

(KEY DECISION)
"""


def _doc(text: str, name: str, doc_type: str, date: str, title: str):
    return parse_bytes(text.encode(), name, DocumentMeta(title=title, council=COUNCIL, doc_type=doc_type, date=date))


def _extract(text: str, doc_type: str = "report", title: str = "A report") -> list[Recommendation]:
    doc = _doc(text, "doc.txt", doc_type, "2026-01-01", title)
    return extract_recommendations(doc, split_sections(doc))


def _cited(r: Recommendation, text: str) -> None:
    """The record's span holds its words, and its citation has pages and a section."""
    s, e = r.citation.span
    assert " ".join(text[s:e].split()) == r.text
    assert r.citation.pages and r.citation.doc_id == r.doc_id
    assert r.extractor == "recommendations.v1"


def test_numbered_list_under_a_recommendations_heading() -> None:
    got = _extract(PEER, "peer_challenge", "Corporate Peer Challenge")
    assert [(r.label, r.kind, r.source) for r in got] == [
        ("1", "peer_challenge", "original"), ("2", "peer_challenge", "original"), ("3", "peer_challenge", "original")]
    assert got[0].text.startswith("Refresh the medium term financial strategy")
    assert "graduate scheme" in got[2].text  # a sub-bullet belongs to its item
    assert "sound governance" not in got[2].text
    assert "financial strategy" in got[0].theme
    assert all(r.council == COUNCIL and r.date == "2026-01-01" for r in got)
    text = _doc(PEER, "doc.txt", "peer_challenge", "2026-01-01", "x").text
    for r in got:
        _cited(r, text)


def test_recommendation_n_in_a_progress_review_is_restated_with_its_status() -> None:
    got = _extract(REVIEW, "progress_review", "Corporate Peer Challenge Progress Review")
    assert [(r.label, r.key, r.source) for r in got] == [
        ("Recommendation 1", "1", "restated"), ("Recommendation 2", "2", "restated"), ("Recommendation 3", "3", "restated")]
    assert [r.status for r in got] == ["done", "progressing", "not_started"]
    assert (got[0].status_sentence or "").startswith("A refreshed medium term financial strategy was approved")
    assert got[2].rag == "red"
    text = _doc(REVIEW, "doc.txt", "progress_review", "2026-01-01", "x").text
    for r in got:
        _cited(r, text)
        assert r.status_span is not None and text[r.status_span[0]:r.status_span[1]].strip() == r.status_sentence


def test_report_recommended_to_with_lettered_items() -> None:
    got = _extract(REPORT)
    assert [(r.label, r.kind) for r in got] == [("a", "report"), ("b", "report"), ("c", "report")]
    assert got[0].text.startswith("approve the award of the housing repairs contract")
    assert got[2].text == "note the savings of £1.2m a year."
    assert got[0].citation.section_path[-1] == "Recommendations" or "Recommendations" in " ".join(
        got[0].citation.section_path)


def test_members_are_asked_to_under_a_recommendations_heading() -> None:
    got = _extract(ASKED)
    assert len(got) == 1
    assert got[0].kind == "report" and got[0].text.startswith("Members are asked to note the quarterly performance")


def test_minute_resolutions_single_inline_and_listed() -> None:
    got = _extract(MINUTES, "minutes", "Cabinet minutes")
    assert all(r.kind == "resolution" for r in got)
    texts = [r.text for r in got]
    assert texts[0] == "that the revised waste collection policy be approved with effect from 1 April 2026."
    assert got[0].label == "RESOLVED"
    assert [r.label for r in got[1:]] == ["1", "2", "a", "b"]
    assert texts[1].startswith("That the capital budget for the roof")
    assert texts[2].startswith("That the Director of Place be authorised")
    assert texts[4] == "That the grants panel be reviewed in 2027."
    assert len({r.id for r in got}) == len(got)  # ids stay unique when labels repeat


def test_a_paragraph_that_mentions_being_asked_is_not_a_recommendation() -> None:
    text = "Background\n\n72. The Cabinet is asked to give delegated authority to the Director in due course.\n"
    assert _extract(text) == []


# -- follow-up links in a library -------------------------------------------------------------

@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(load_settings(tmp_path / "data"), embed=False, extract=True)
    yield library
    library.close()


def _ingest(lib: Library, text: str, name: str, doc_type: str, date: str, title: str) -> str:
    r = lib.ingest_bytes(text.encode(), name, DocumentMeta(title=title, council=COUNCIL, doc_type=doc_type, date=date))
    assert r.ok, r.error
    return str(r.doc_id)


def test_a_progress_review_is_linked_to_the_original_when_both_are_ingested(lib: Library) -> None:
    peer = _ingest(lib, PEER, "wyvern-cpc.txt", "peer_challenge", "2024-03-20", "Wyvern Corporate Peer Challenge")
    review = _ingest(lib, REVIEW, "wyvern-cpc-review.txt", "progress_review", "2025-03-01",
                     "Wyvern Corporate Peer Challenge Progress Review")
    rows = recs.listing(lib.store, council=COUNCIL)
    assert [t.rec.doc_id for t in rows] == [peer] * 3  # the restated copies fold into their originals
    by_label = {t.rec.label: t for t in rows}
    assert [by_label[k].status for k in ("1", "2", "3")] == ["done", "progressing", "not_started"]
    link = by_label["1"].links[0]
    assert link.doc_id == review and link.method == "number"
    assert link.sentence.startswith("A refreshed medium term financial strategy was approved")
    text = lib.store.document_text(review)
    assert text[link.citation.span[0]:link.citation.span[1]].strip() == link.sentence
    assert link.citation.pages == (1,)
    assert by_label["3"].rag == "red"
    assert [t.rec.label for t in recs.listing(lib.store, status="done")] == ["1"]
    assert [t.rec.label for t in recs.listing(lib.store, q="workforce")] == ["3"]


def test_only_the_review_gives_restated_records(lib: Library) -> None:
    review = _ingest(lib, REVIEW, "wyvern-cpc-review.txt", "progress_review", "2025-03-01",
                     "Wyvern Corporate Peer Challenge Progress Review")
    rows = recs.listing(lib.store)
    assert [(t.rec.source, t.status) for t in rows] == [
        ("restated", "done"), ("restated", "progressing"), ("restated", "not_started")]
    assert all(t.links[0].method == "restated" and t.links[0].doc_id == review for t in rows)


def test_deleting_a_document_removes_its_recommendations_and_links(lib: Library) -> None:
    peer = _ingest(lib, PEER, "wyvern-cpc.txt", "peer_challenge", "2024-03-20", "Wyvern Corporate Peer Challenge")
    review = _ingest(lib, REVIEW, "wyvern-cpc-review.txt", "progress_review", "2025-03-01",
                     "Wyvern Corporate Peer Challenge Progress Review")
    lib.delete(peer)  # the review's restatements stand on their own again
    rows = recs.listing(lib.store)
    assert {t.rec.doc_id for t in rows} == {review} and all(t.rec.source == "restated" for t in rows)
    assert all(t.links and t.links[0].method == "restated" for t in rows)
    lib.delete(review)
    assert recs.listing(lib.store) == []
    n = lib.store.conn.execute("SELECT count(*) FROM recommendation_links").fetchone()[0]
    assert n == 0 and lib.store.recommendation_count() == 0


def test_a_later_document_that_discusses_a_recommendation_closely_is_linked(lib: Library) -> None:
    _ingest(lib, PEER, "wyvern-cpc.txt", "peer_challenge", "2024-03-20", "Wyvern Corporate Peer Challenge")
    later = ("Wyvern District Council\n\nAnnual Governance Statement 2025\n\nProgress\n\n"
             "The council has set up a corporate programme management office which oversees the transformation "
             "programme and tracks its benefits monthly.\n")
    doc_id = _ingest(lib, later, "wyvern-ags.txt", "report", "2025-06-30", "Annual Governance Statement 2025")
    rows = {t.rec.label: t for t in recs.listing(lib.store)}
    assert [(k.doc_id, k.method, k.status) for k in rows["2"].links] == [(doc_id, "text", "done")]
    assert rows["1"].links == () and rows["3"].links == ()


def test_refresh_fills_a_store_written_without_recommendations(lib: Library) -> None:
    _ingest(lib, REVIEW, "wyvern-cpc-review.txt", "progress_review", "2025-03-01", "Wyvern CPC Progress Review")
    lib.store.conn.execute("DELETE FROM recommendations")
    assert recs.listing(lib.store) == []
    assert recs.refresh(lib.store) == 3
    assert len(recs.listing(lib.store)) == 3


COVER = """Wyvern District Council

Subject:\tCar Parking Charges 2026-27

Recommendation(s):
Cabinet is asked to APPROVE the parking charges in Appendix 1 from 1 April 2026.

1. Introduction

1.1 Parking charges were last reviewed in 2023.

7. Recommendations

7.1. Cabinet is asked to approve the parking charges in Appendix 1.

7.2. Cabinet is asked to note the consultation responses.

8. Contact details

8.1 Report author: the Head of Parking.
"""

DECISION = """Decision details

Decision:
Cabinet RESOLVED that:
1. the leisure centre opens on Sundays from May 2026;
2. the swimming pool keeps its present hours.
Reasons for the decision:
Demand on Sundays has grown.

Minutes

4. Play areas
The Committee considered the play area survey. RESOLVED that the two worst play areas be replaced in 2026.

5. Garage rents
RESOLVED to RECOMMEND to Cabinet that:
(1) garage rents rise by 3%;
(2) empty garages be let to businesses.
"""

PLANNING = """Application 26/00012/FUL: Land at Wyvern Farm

Recommendation:
Refuse permission for the reasons set out in section 6

1. The site

1.1 The site is a field.

Application 26/00013/HOU: 2 Mill Lane

The extension would overlook the garden of number 4. The recommendation is to REFUSE permission.
"""

PLAIN = """5. Recommendation
5.1 That the Panel comments on the draft strategy before Cabinet decides it.
Contact
Report author: the Head of Strategy.
"""


def test_a_cover_sheet_recommendation_and_dotted_paragraph_numbers() -> None:
    got = _extract(COVER)
    assert [(r.label, r.text[:40]) for r in got] == [
        ("", "Cabinet is asked to APPROVE the parking "),
        ("7.1", "Cabinet is asked to approve the parking "),
        ("7.2", "Cabinet is asked to note the consultatio"),
    ]
    assert all(r.kind == "report" for r in got)


def test_resolved_after_a_subject_mid_paragraph_and_to_recommend() -> None:
    got = _extract(DECISION, "minutes", "Decisions")
    assert [(r.label, r.kind) for r in got] == [("1", "resolution"), ("2", "resolution"), ("RESOLVED", "resolution"),
                                                ("1", "resolution"), ("2", "resolution")]
    assert got[0].text == "the leisure centre opens on Sundays from May 2026;".rstrip(";")
    assert got[2].text == "that the two worst play areas be replaced in 2026."
    assert got[4].text == "empty garages be let to businesses."


def test_recommendation_stated_in_prose_and_under_a_singular_heading() -> None:
    got = _extract(PLANNING)
    assert [r.text for r in got] == ["Refuse permission for the reasons set out in section 6",
                                     "The recommendation is to REFUSE permission."]
    got = _extract(PLAIN)
    assert [(r.label, r.text) for r in got] == [
        ("5.1", "That the Panel comments on the draft strategy before Cabinet decides it.")]


def test_documents_that_name_no_council_are_not_linked_to_each_other(tmp_path: Path) -> None:
    library = Library(load_settings(tmp_path / "data"), embed=False, extract=True)
    try:
        for text, name, doc_type, date in ((PEER, "a.txt", "peer_challenge", "2024-03-20"),
                                           (REVIEW, "b.txt", "progress_review", "2025-03-01")):
            meta = DocumentMeta(title=name, council="", doc_type=doc_type, date=date)
            # without the title line's council: a document that names its council in its text has one
            text = text.replace("Wyvern District Council ", "")
            assert library.ingest_bytes(text.encode(), name, meta).ok
        assert {d.council for d in library.store.list_documents()} == {""}
        rows = recs.listing(library.store)
        assert len(rows) == 6 and {t.rec.source for t in rows} == {"original", "restated"}
        assert all(k.method == "restated" for t in rows for k in t.links)
    finally:
        library.close()
