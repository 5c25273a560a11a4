"""Make the layout test corpus, which is also the second development corpus: eleven
documents of three invented councils (nine PDFs, a DOCX, an HTML page) and their gold (see
README.md).

    python tests/data/layout/make_corpus.py [--out DIR]

writes the documents, ``gold.jsonl`` (layout), ``questions.jsonl`` (retrieval),
``figures.jsonl`` and ``entities.jsonl`` to DIR (default: this folder). The output is the
same byte for byte on every run (fixed seeds, ``invariant=1``, no compression, fixed zip
times), which ``tests/test_layout_corpus.py`` checks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import docs_city  # noqa: E402
import docs_district  # noqa: E402
import docs_figdev3  # noqa: E402
import docs_figheld  # noqa: E402
import docs_figheld2  # noqa: E402
import docs_heldout  # noqa: E402
import docs_office  # noqa: E402
import gold_extra  # noqa: E402
from docs_budget import build_budget  # noqa: E402
from docs_tables import build_tables  # noqa: E402
from docs_treasury import build_pack, build_report  # noqa: E402
from flow import Gold  # noqa: E402
from goldkit import check_gold, question, run_generator, write_jsonl  # noqa: E402

DRAFT = "draft-revenue-budget-2025-26"
FINAL = "revenue-budget-2025-26"
TREASURY = "treasury-management-strategy-2025-26"
TABLES = "capital-programme-tables-2025-26"
PACK = "cabinet-03-feb-2025-reports-pack"
DOCS = (DRAFT, FINAL, TREASURY, TABLES, PACK, docs_district.MINUTES, docs_district.AGENDA, docs_city.WASTE,
        docs_city.ANNEX, docs_office.CARE, docs_office.LIBRARIES, docs_heldout.SCRUTINY,
        docs_figheld.LICENSING, docs_figheld.HIGHWAYS, docs_figheld2.LEISURE, docs_figdev3.MONITORING,
        docs_figdev3.MINUTES, docs_figdev3.PARKING)
SUFFIX = {docs_office.CARE: ".docx", docs_office.LIBRARIES: ".html", docs_figdev3.PARKING: ".docx"}
FILES = tuple(f"{d}{SUFFIX.get(d, '.pdf')}" for d in DOCS)
BUILDERS = {
    docs_district.MINUTES: docs_district.build_minutes,
    docs_district.AGENDA: docs_district.build_agenda,
    docs_city.WASTE: docs_city.build_waste,
    docs_city.ANNEX: docs_city.build_annex,
    docs_office.CARE: docs_office.build_care,
    docs_office.LIBRARIES: docs_office.build_libraries,
    docs_heldout.SCRUTINY: docs_heldout.build_scrutiny,
    docs_figheld.LICENSING: docs_figheld.build_licensing,
    docs_figheld.HIGHWAYS: docs_figheld.build_highways,
    docs_figheld2.LEISURE: docs_figheld2.build_leisure,
    docs_figdev3.MONITORING: docs_figdev3.build_monitoring,
    docs_figdev3.MINUTES: docs_figdev3.build_minutes,
    docs_figdev3.PARKING: docs_figdev3.build_parking,
}
FIGURES = [*gold_extra.FIGURES, *docs_district.FIGURES, *docs_city.FIGURES, *docs_office.FIGURES,
           *docs_heldout.FIGURES, *docs_figheld.FIGURES,
           *docs_figheld2.FIGURES, *docs_figdev3.FIGURES]
ENTITIES = [*gold_extra.ENTITIES, *docs_district.ENTITIES, *docs_city.ENTITIES, *docs_office.ENTITIES,
            *docs_heldout.ENTITIES, *docs_figheld.ENTITIES]

DUPLICATES = [
    {"doc": FINAL, "of": DRAFT, "relation": "version"},
    {"doc": PACK, "of": TREASURY, "relation": "pack"},
]


QUESTIONS = [
    question("L01", "What budget gap does the draft budget forecast for 2025-26 before savings?", DRAFT,
             "shows a gap of £38.6m before the savings", "figure", answer=(38_600_000, "GBP")),
    question("L02", "What is the net revenue budget requirement for 2025-26?", DRAFT,
             "net revenue budget requirement for 2025-26 is £1,419m", "figure", alt=(FINAL,),
             answer=(1_419_000_000, "GBP")),
    question("L03", "How much will council tax go up next year?", DRAFT,
             "4.99% proposed increase in Council Tax for 2025-26", "paraphrase", alt=(FINAL,)),
    question("L04", "Which firm gives the council treasury management advice?", TREASURY,
             "uses Larchfield Treasury Advisory Services as its external treasury management advisers", "lexical",
             alt=(PACK,)),
    question("L05", "What is the authorised limit for external debt in 2025-26?", TREASURY,
             "Authorised limit for external debt 1,180 1,250", "figure", alt=(PACK,), answer=(1_250_000_000, "GBP")),
    question("L06", "How much prudential borrowing finances the capital programme in 2025-26?", TABLES,
             "Prudential borrowing 97.5 124.9", "figure", answer=(124_900_000, "GBP")),
    question("L07", "Why is supported living for adults with learning disabilities overspending?", TABLES,
             "64 new placements since April 2024", "paraphrase"),
    question("L08", "What is the 2025-26 budget for adult social care by directorate?", TABLES,
             "Adult Social Care 512,430 551,870", "figure", answer=(551_870_000, "GBP")),
    question("L09", "What treasury management training do councillors receive?", TREASURY,
             "receive treasury management training each autumn", "paraphrase", alt=(PACK,)),
    question("L10", "What did Cabinet decide about the Kestlemoor recycling centre opening hours?", PACK,
             "the centre will keep its seven-day opening", "lexical"),
    question("L11", "How many people responded to the budget consultation?", FINAL,
             "received 1,146 responses", "figure", answer=(1146, "count")),
    question("L12", "How large is the council's general reserve?", DRAFT,
             "general reserve of £47.5m", "figure", alt=(FINAL,), answer=(47_500_000, "GBP")),
    *gold_extra.QUESTIONS,
    *docs_heldout.QUESTIONS,
    *docs_figheld.QUESTIONS,
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
    for doc, build_doc in BUILDERS.items():
        build_doc(str(out / f"{doc}{SUFFIX.get(doc, '.pdf')}"), golds[doc])
    records = [r for doc in DOCS for r in golds[doc].records]
    records += [{"kind": "duplicate", **d} for d in DUPLICATES]
    furniture = {r["doc"]: r["council"] for r in records if r["kind"] == "meta"}  # a running header's name
    check_gold(records, QUESTIONS, FIGURES, ENTITIES, furniture=furniture)
    return records


def write(out: Path) -> None:
    write_jsonl(out / "gold.jsonl", build(out))
    write_jsonl(out / "questions.jsonl", QUESTIONS)
    write_jsonl(out / "figures.jsonl", [{"id": f"lf{n:03d}", **item} for n, item in enumerate(FIGURES, 1)])
    write_jsonl(out / "entities.jsonl", ENTITIES)


def main(argv: list[str] | None = None) -> None:
    run_generator(__doc__, HERE, write, argv)


if __name__ == "__main__":
    main()
