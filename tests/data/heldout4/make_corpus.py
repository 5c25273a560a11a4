"""Make the fourth held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a council web page in HTML) and their gold (see README.md). Written before any mechanism
was scored against it; rendered with the second corpus' machinery (tests/data/layout:
``wordpdf``, ``flow``, ``goldkit``, ``reportkit``) and the third held-out corpus' styles.

    python tests/data/heldout4/make_corpus.py [--out DIR]

writes the documents and their gold to DIR (default: this folder): see
``goldkit.heldout_generator`` for the files and the checks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "heldout3", HERE.parent / "layout"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import h4_office  # noqa: E402
import h4_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

A, H, T, M = h4_pdf.AUDIT, h4_pdf.HRA, h4_office.TRANSPORT, h4_office.CLIMATE
DOCS = (A, H, T, M)
SUFFIX = {T: ".docx", M: ".html"}
BUILDERS = {A: h4_pdf.build_audit, H: h4_pdf.build_hra, T: h4_office.build_transport, M: h4_office.build_climate}
FIGURES = [*h4_pdf.FIGURES, *h4_office.FIGURES]
ENTITIES = [*h4_pdf.ENTITIES, *h4_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H4Q01", "Who presented the external auditor's findings to the Corvenham committee?", A,
             "Sabrina Colquhoun presented the external auditor's annual report.", "lexical"),
    question("H4Q02", "Which organisation provides Corvenham's internal auditors?", A,
             "Kofi Amankwah (Chief Internal Auditor, Wyeland Audit Partnership)", "lexical"),
    question("H4Q03", "Did the auditors find anything wrong with how the council gets value for money?", A,
             "no significant weaknesses had been found in the Council's arrangements for securing value for money",
             "paraphrase"),
    question("H4Q04", "Which dangers facing the district council are still serious even after controls?", A,
             "three of which remain red after mitigation", "paraphrase"),
    question("H4Q05", "Why is Stannerley spending more than planned on fixing council houses?", H,
             "Repairs are forecast to overspend by £695,000 in 2025/26 because of damp and mould work.", "paraphrase"),
    question("H4Q06", "fire safety in council tower blocks and the national regulator", H,
             "The Building Safety Regulator has been told that fire safety works at the Council's three tower blocks",
             "thematic"),
    question("H4Q07", "Will tenants on low incomes actually feel the rent rise?", H,
             "most of the increase will be met by benefits", "paraphrase"),
    question("H4Q08", "Which bus and taxi company has the most school routes in Hexcombe?", T,
             "The largest operator, Fenwold Travel Ltd, holds 203 of the 617 contracted routes.", "lexical"),
    question("H4Q09", "Why have the prices the county pays transport firms gone up?", T,
             "Contract prices rose by 14% when the taxi and minibus routes were re-tendered", "paraphrase"),
    question("H4Q10", "helping disabled teenagers learn to get to school independently", T,
             "Coaching for 135 young people a year to make their journeys on their own", "thematic"),
    question("H4Q11", "Which government department produces the carbon figures for local areas?", M,
             "The Department for Energy Security and Net Zero publishes these local estimates", "paraphrase"),
    question("H4Q12", "electric council vans and bin lorries", M,
             "57 of the council's 223 vehicles are now electric, and the refuse lorries will follow", "thematic"),
]


NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the audit and governance committee minutes
    _n("n4h01", "what proportion of this year's audit plan had been finished by Christmas", A,
       "62% of the plan", 62, "percent"),
    _n("n4h02", "how much garage rent went uncollected because lets had no paperwork", A,
       "rent of £41,700 a year had not been charged on 64 garages", 41_700, "GBP"),
    _n("n4h03", "how many urgent audit actions were past their deadline at the end of 2025", A,
       "17 high-priority recommendations were overdue", 17, "count"),
    _n("n4h04", "what does Corvenham pay per day for its internal auditors", A,
       "at a day rate of £293", 293, "GBP"),
    _n("n4h05", "what did the external audit of the 2024/25 accounts cost", A,
       "The scale fee for the audit of 2024/25 was £142,800", 142_800, "GBP"),
    _n("n4h06", "what share of staff fell for the fake email in October", A,
       "7.5% of staff clicked the test link", 7.5, "percent"),
    _n("n4h07", "how much wrongly paid housing benefit was clawed back", A,
       "the recovery of £61,300 of overpaid housing benefit", 61_300, "GBP"),
    _n("n4h08", "what is the worst case for the 2027/28 shortfall", A,
       "a budget gap of between £1.2m and £1.9m in 2027/28", 1_900_000, "GBP"),
    # the housing revenue account business plan
    _n("n4h09", "how much more a week will the average council tenant pay from April 2026", H,
       "an increase of £4.73 a week", 4.73, "GBP"),
    _n("n4h10", "how many council houses does Stannerley have", H,
       "The Council owns 5,214 homes", 5214, "count"),
    _n("n4h11", "what is the latest forecast for HRA repairs and maintenance in 2025/26", H,
       "Repairs and maintenance 8,420 9,115 8,960", 9_115_000, "GBP"),
    _n("n4h12", "how much interest will the housing account pay on its borrowing next year", H,
       "Interest on loans 4,880 4,790 5,330", 5_330_000, "GBP"),
    _n("n4h13", "how much is the housing capital programme in 2028/29", H,
       "Total 21,620 20,180 19,130 17,990 17,410", 19_130_000, "GBP"),
    _n("n4h14", "how much debt does the housing revenue account carry", H,
       "The HRA owes £162.4m.", 162_400_000, "GBP"),
    _n("n4h15", "what proportion of tenants rely on benefits to pay their rent", H,
       "Some 68% of tenants get help with their rent", 68, "percent"),
    _n("n4h16", "how many council homes were bought by their tenants in 2024/25", H,
       "it sold 41 homes under the Right to Buy", 41, "count"),
    # the school transport report
    _n("n4h17", "by how much is school transport over budget in 2025/26", T,
       "£8.9m more than the budget of £52.5m", 8_900_000, "GBP"),
    _n("n4h18", "how many taxi and minibus routes had only one company bidding", T,
       "38 routes drew a single bid", 38, "count"),
    _n("n4h19", "what is the population of Hexcombe", T,
       "Hexcombe is a county of 1.1m residents", 1_100_000, "count"),
    _n("n4h20", "what does it cost each day to take a child to a mainstream school", T,
       "or £6.16 a school day", 6.16, "GBP"),
    _n("n4h21", "what was spent on SEND transport in 2024/25", T,
       "SEND 32.8 38.7 45.2", 38_700_000, "GBP"),
    _n("n4h22", "what rate per mile will parents get for driving their own children", T,
       "would be paid 45p a mile", 0.45, "GBP"),
    _n("n4h23", "how much would a sixth former pay each year for school transport", T,
       "Sixth-form students would pay £720 a year", 720, "GBP"),
    _n("n4h24", "how many children with special needs are driven to school on their own in a taxi", T,
       "1,215 travel alone in a taxi", 1215, "count"),
    # the climate action progress page
    _n("n4h25", "what was Marlingford council's carbon footprint in 2024/25", M,
       "The council's own emissions were 9,850 tonnes", 9850, "count"),
    _n("n4h26", "how much does the switch to LED street lighting save each year", M,
       "saves about £910,000 a year", 910_000, "GBP"),
    _n("n4h27", "how much of the climate money was actually spent in 2024/25", M,
       "£11.9m had been spent", 11_900_000, "GBP"),
    _n("n4h28", "by how much did weekly heating bills drop in insulated homes", M,
       "or £7.88 a week", 7.88, "GBP"),
    _n("n4h29", "what did street lights emit in the baseline year", M,
       "Street lighting 3,150 1,020 960", 3150, "count"),
    _n("n4h30", "how many people live in Marlingford", M,
       "Marlingford's 281,000 residents", 281_000, "count"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h4f")

if __name__ == "__main__":
    main()
