"""Make the layout test corpus: five PDFs and their gold (see README.md).

    python tests/data/layout/make_corpus.py [--out DIR]

writes the PDFs, ``gold.jsonl`` and ``questions.jsonl`` to DIR (default: this folder). The
output is the same byte for byte on every run (fixed seeds, ``invariant=1``, no compression),
which ``tests/test_layout_corpus.py`` checks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from docs_budget import build_budget  # noqa: E402
from docs_tables import build_tables  # noqa: E402
from docs_treasury import build_pack, build_report  # noqa: E402
from flow import Gold  # noqa: E402

DRAFT = "draft-revenue-budget-2025-26"
FINAL = "revenue-budget-2025-26"
TREASURY = "treasury-management-strategy-2025-26"
TABLES = "capital-programme-tables-2025-26"
PACK = "cabinet-03-feb-2025-reports-pack"
DOCS = (DRAFT, FINAL, TREASURY, TABLES, PACK)

DUPLICATES = [
    {"doc": FINAL, "of": DRAFT, "relation": "version"},
    {"doc": PACK, "of": TREASURY, "relation": "pack"},
]


def _q(qid: str, query: str, doc: str, quote: str, kind: str, alt: tuple[str, ...] = (),
       answer: tuple[float, str] | None = None) -> dict[str, Any]:
    return {
        "id": qid, "query": query, "doc": doc, "quote": quote,
        "alt": [{"doc": d, "quote": quote} for d in alt], "kind": kind,
        "answer": {"value": answer[0], "unit": answer[1]} if answer else None,
    }


QUESTIONS = [
    _q("L01", "What budget gap does the draft budget forecast for 2025-26 before savings?", DRAFT,
       "shows a gap of £38.6m before the savings", "figure", answer=(38_600_000, "GBP")),
    _q("L02", "What is the net revenue budget requirement for 2025-26?", DRAFT,
       "net revenue budget requirement for 2025-26 is £1,419m", "figure", alt=(FINAL,),
       answer=(1_419_000_000, "GBP")),
    _q("L03", "How much will council tax go up next year?", DRAFT,
       "4.99% proposed increase in Council Tax for 2025-26", "paraphrase", alt=(FINAL,)),
    _q("L04", "Which firm gives the council treasury management advice?", TREASURY,
       "uses Larchfield Treasury Advisory Services as its external treasury management advisers", "lexical",
       alt=(PACK,)),
    _q("L05", "What is the authorised limit for external debt in 2025-26?", TREASURY,
       "Authorised limit for external debt 1,180 1,250", "figure", alt=(PACK,), answer=(1_250_000_000, "GBP")),
    _q("L06", "How much prudential borrowing finances the capital programme in 2025-26?", TABLES,
       "Prudential borrowing 97.5 124.9", "figure", answer=(124_900_000, "GBP")),
    _q("L07", "Why is supported living for adults with learning disabilities overspending?", TABLES,
       "64 new placements since April 2024", "paraphrase"),
    _q("L08", "What is the 2025-26 budget for adult social care by directorate?", TABLES,
       "Adult Social Care 512,430 551,870", "figure", answer=(551_870_000, "GBP")),
    _q("L09", "What treasury management training do councillors receive?", TREASURY,
       "receive treasury management training each autumn", "paraphrase", alt=(PACK,)),
    _q("L10", "What did Cabinet decide about the Kestlemoor recycling centre opening hours?", PACK,
       "the centre will keep its seven-day opening", "lexical"),
    _q("L11", "How many people responded to the budget consultation?", FINAL,
       "received 1,146 responses", "figure", answer=(1146, "count")),
    _q("L12", "How large is the council's general reserve?", DRAFT,
       "general reserve of £47.5m", "figure", alt=(FINAL,), answer=(47_500_000, "GBP")),
]


def build(out: Path) -> list[dict[str, Any]]:
    """Render every document into ``out``; return the gold records."""
    out.mkdir(parents=True, exist_ok=True)
    golds = {doc: Gold(doc) for doc in DOCS}
    build_budget(str(out / f"{DRAFT}.pdf"), golds[DRAFT], final=False)
    build_budget(str(out / f"{FINAL}.pdf"), golds[FINAL], final=True)
    build_report(str(out / f"{TREASURY}.pdf"), golds[TREASURY])
    build_tables(str(out / f"{TABLES}.pdf"), golds[TABLES])
    build_pack(str(out / f"{PACK}.pdf"), golds[PACK])
    records = [r for doc in DOCS for r in golds[doc].records]
    records += [{"kind": "duplicate", **d} for d in DUPLICATES]
    _check_quotes(records)
    return records


def _check_quotes(records: list[dict[str, Any]]) -> None:
    """Every question's quote is in the text a reader sees in each document it names."""
    reader: dict[str, str] = {}
    for r in records:
        if r["kind"] == "line":
            reader[r["doc"]] = reader.get(r["doc"], "") + " " + r["text"]
    for q in QUESTIONS:
        for doc in (q["doc"], *(a["doc"] for a in q["alt"])):
            text = re.sub(r"\s+", " ", reader[doc])
            if q["quote"] not in text:
                raise SystemExit(f"{q['id']}: quote not in {doc}: {q['quote']!r}")


def write(out: Path) -> None:
    records = build(out)
    with (out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "questions.jsonl").open("w", encoding="utf-8") as fh:
        for q in QUESTIONS:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="where to write (default: this folder)")
    args = ap.parse_args(argv)
    write(args.out)


if __name__ == "__main__":
    main()
