"""Recommendation links kept up incrementally (#15 follow-up): an ingest or a delete computes
again only the links the documents it touched can change, and the links it leaves are exactly
what computing every link of the council again gives, in any order of ingests and deletes."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.index import recommendations as recs
from councilsearch.index.library import Library
from councilsearch.models import DocumentMeta
from tests.test_recommendations import ASKED, COUNCIL, MINUTES, PEER, REPORT, REVIEW

AGS = ("Wyvern District Council\n\nAnnual Governance Statement 2025\n\nProgress\n\n"
       "The council has set up a corporate programme management office which oversees the transformation "
       "programme and tracks its benefits monthly.\n")
UPDATE = ("Wyvern District Council\n\nCabinet update, September 2026\n\nWaste and housing\n\n"
          "The revised waste collection policy was approved and has been in effect since 1 April 2026.\n\n"
          "The housing repairs contract was awarded to the preferred bidder in May and the savings are on track.\n\n"
          "The capital budget for the leisure centre roof was increased and a contractor has been appointed.\n")
DOCS = {  # name -> (text, doc_type, date)
    "peer": (PEER, "peer_challenge", "2024-03-20"),
    "peer0": (PEER, "peer_challenge", "2024-01-10"),  # an earlier copy: the review's restatements move to it
    "review": (REVIEW, "progress_review", "2025-03-01"),
    "ags": (AGS, "report", "2025-06-30"),
    "minutes": (MINUTES, "minutes", "2026-01-14"),
    "report": (REPORT, "report", "2026-03-04"),
    "asked": (ASKED, "report", "2026-04-10"),
    "update": (UPDATE, "report", "2026-09-15"),
}


def _links(lib: Library) -> list[tuple]:
    rows = lib.store.conn.execute(
        "SELECT rec_id, doc_id, council, status, rag, sentence, start, end, path, para_no, pages, method, score,"
        " extractor FROM recommendation_links ORDER BY rec_id, doc_id").fetchall()
    follows = lib.store.conn.execute(
        "SELECT id, follows FROM recommendations WHERE follows IS NOT NULL ORDER BY id").fetchall()
    return [tuple(r) for r in rows] + [tuple(r) for r in follows]


def _ingest(lib: Library, name: str) -> str:
    text, doc_type, date = DOCS[name]
    r = lib.ingest_bytes(text.encode(), f"wyvern-{name}.txt",
                         DocumentMeta(title=name.title(), council=COUNCIL, doc_type=doc_type, date=date))
    assert r.ok, r.error
    return str(r.doc_id)


@pytest.mark.parametrize("steps", [
    ["peer", "review", "ags", "minutes", "report", "asked", "update", "-peer", "+peer", "-minutes"],
    ["update", "asked", "report", "minutes", "ags", "review", "peer", "-review", "+review", "-update"],
    ["review", "update", "peer", "minutes", "-peer", "ags", "+peer", "report", "-review"],
    ["peer", "review", "ags", "peer0", "update", "-peer0", "+peer0", "-peer"],
])
def test_incremental_links_equal_a_full_relink(tmp_path: Path, steps: list[str]):
    lib = Library(load_settings(tmp_path / "data"), embed=False, extract=True)
    ids: dict[str, str] = {}
    try:
        for step in steps:
            if step.startswith("-"):
                lib.delete(ids.pop(step[1:]))
            else:
                ids[step.lstrip("+")] = _ingest(lib, step.lstrip("+"))
            incremental = _links(lib)
            recs.relink(lib.store, COUNCIL)  # every link of the council computed again
            assert _links(lib) == incremental, step
        assert any(r[11] == "text" for r in _links(lib) if len(r) > 2)  # text links were among them
    finally:
        lib.close()


def test_an_ingest_reads_only_the_documents_it_can_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    lib = Library(load_settings(tmp_path / "data"), embed=False, extract=True)
    try:
        for name in ("peer", "review", "minutes", "report", "ags"):
            _ingest(lib, name)
        read: list[int] = []
        real = recs.sentences
        monkeypatch.setattr(recs, "sentences", lambda text, a, b: read.append(1) or real(text, a, b))
        _ingest(lib, "update")  # the newest document: only it can discuss the others' recommendations
        assert len(read) == 1
    finally:
        lib.close()


def test_a_document_ingested_again_under_another_council_leaves_no_links_behind(tmp_path: Path):
    """Found by review: a document ingested again with another council (a corrected manifest,
    a new version of the file) had only the new council's links computed; the old council's
    links went on as if the document were still its own."""
    for moving in ("peer", "update"):  # an original's document, a follow-up's
        lib = Library(load_settings(tmp_path / moving), embed=False, extract=True)
        try:
            for name in ("peer", "review", "minutes", "report", "update"):
                _ingest(lib, name)
            text, doc_type, date = DOCS[moving]
            text += "\nThis version was corrected after publication.\n"
            moved = lib.ingest_bytes(text.encode(), f"wyvern-{moving}.txt",
                                     DocumentMeta(title=moving, council="Elsewhere District Council",
                                                  doc_type=doc_type, date=date))
            assert moved.ok and moved.status == "replaced", moved
            incremental = _links(lib)
            recs.relink(lib.store, COUNCIL)  # every link of the old council computed again
            assert _links(lib) == incremental, moving
        finally:
            lib.close()
