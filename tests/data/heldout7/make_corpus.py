"""Make the seventh held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a Modern.gov minutes page in HTML) and their gold (see README.md). Written before any
mechanism was scored against it; rendered with the second corpus' machinery (tests/data/layout:
``wordpdf``, ``flow``, ``goldkit``, ``reportkit``, ``docs_city.simple_table``) and the third
held-out corpus' table styles.

    python tests/data/heldout7/make_corpus.py [--out DIR]

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

import h7_office  # noqa: E402
import h7_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

C, N, S, A = h7_pdf.CTAX, h7_pdf.NEWS, h7_office.SEND, h7_office.AUDIT
SUFFIX = {S: ".docx", A: ".html"}
BUILDERS = {C: h7_pdf.build_ctax, N: h7_pdf.build_news, S: h7_office.build_send, A: h7_office.build_audit}
FIGURES = [*h7_pdf.FIGURES, *h7_office.FIGURES]
ENTITIES = [*h7_pdf.ENTITIES, *h7_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H7Q01", "Who decides how far a district council can put up its charge before it counts as excessive?", C,
             "under the principles set by the Ministry of Housing, Communities and Local Government (MHCLG)",
             "paraphrase"),
    question("H7Q02", "extra charges on second homes and long-term empty properties", C,
             "From 1 April 2026 second homes pay a premium of 100%", "thematic"),
    question("H7Q03", "Where has most of the growth in the taxbase come from?", C,
             "mostly from 412 new homes completed at Brindlewick Rise and Wickstead Meadows", "paraphrase"),
    question("H7Q04", "Who kept an eye on the repairs contractor on behalf of tenants?", N,
             "The Tenants' Panel, chaired by Dorcas Mwangi-Threadgold, met nine times in 2025 and looked closely at the "
             "repairs contract with Stonecrop Building Services Ltd.", "paraphrase"),
    question("H7Q05", "support for tenants in financial difficulty", N,
             "Last year the Money Advice Team helped 730 tenants to claim £1.1m in benefits they were owed.",
             "thematic"),
    question("H7Q06", "What did the councillor responsible for housing say about the increase?", N,
             "said Councillor Rhiannon Vossberg, Cabinet Member for Housing", "paraphrase"),
    question("H7Q07", "Why are assessments for special needs support running late?", S,
             "as requests for an assessment have grown faster than the team of educational psychologists",
             "paraphrase"),
    question("H7Q08", "What stops the schools funding shortfall from hitting the council's accounts?", S,
             "The statutory override, which keeps these deficits off the Council's balance sheet", "paraphrase"),
    question("H7Q09", "What did families of disabled children tell the council?", S,
             "told officers that families wait too long for a place close to home", "paraphrase"),
    question("H7Q10", "Which areas were given no assurance by internal audit?", A,
             "The three audits with no assurance were of developer contributions monitoring, parking permits and fire "
             "safety checks in council buildings", "lexical"),
    question("H7Q11", "data matching exercise run by central government to catch fraud", A,
             "The Council took part in the National Fraud Initiative (NFI), which the Cabinet Office runs.", "thematic"),
    question("H7Q12", "Why is the external auditor charging more?", A,
             "because of new auditing standards set by the Financial Reporting Council", "paraphrase"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the council tax setting report
    _n("n7h01", "what will a Band D home in an unparished area pay altogether next year", C,
       "that the aggregate council tax for a Band D property in an area with no parish council be £2,349.06 for "
       "2026/27", 2349.06, "GBP",
       alt=((C, "Band D 214.83 1,768.59 273.46 92.18 2,349.06"),
            (C, "Total 2,238.79 2,349.06 110.27 4.93"))),
    _n("n7h02", "how big is the taxbase the district is setting its charge on", C,
       "that the council tax base for 2026/27 be 38,412.6 Band D equivalent properties", 38_412.6, "count"),
    _n("n7h03", "what will the county charge a household in Band F", C,
       "Band F 310.31 2,554.63 395.00 133.15 3,393.09", 2554.63, "GBP"),
    _n("n7h04", "how much reserve money went into balancing last year's budget", C,
       "Use of the Budget Equalisation Reserve 325 822", 325_000, "GBP"),
    _n("n7h05", "what portion of the council tax shortfall in the collection fund falls to the district", C,
       "the Council's share, 10.2%, is £81,000", 10.2, "percent"),
    _n("n7h06", "what does the district's own slice of a Band D bill cost each week", C,
       "The Council's own share of a Band D bill comes to £4.13 a week.", 4.13, "GBP"),
    _n("n7h07", "by what percentage has the police part of the bill gone up", C,
       "Police and Crime Commissioner 258.46 273.46 15.00 5.80", 5.80, "percent"),
    _n("n7h08", "which parish charges the most and how much is it at Band D", C,
       "The highest Band D parish charge is £96.40 in Lower Quillham", 96.40, "GBP"),
    # the tenants' newsletter
    _n("n7h09", "how much more will the typical council tenant pay each week from April", N,
       "The average weekly rent goes up from £98.12 to £102.83, an extra £4.71 a week.", 4.71, "GBP"),
    _n("n7h10", "what will a two-bed council flat or house cost a week in rent in 2026/27", N,
       "Two bedrooms 99.30 104.07 2,915", 104.07, "GBP"),
    _n("n7h11", "how many one-bed properties does the council let", N,
       "One bedroom 86.95 91.12 2,380", 2380, "count"),
    _n("n7h12", "how much do tenants owe the council", N,
       "Rent arrears were £1.38m at the end of December", 1_380_000, "GBP"),
    _n("n7h13", "what is the typical level of tenant satisfaction among council landlords", N,
       "against a median of 68.9% for councils", 68.9, "percent"),
    _n("n7h14", "how many kitchens are being replaced next year", N,
       "including 620 new kitchens, 480 bathrooms and 1,150 boilers", 620, "count"),
    _n("n7h15", "how much is the national housing agency putting into the Merriton Court homes", N,
       "The scheme costs £9.4m, of which £2.7m comes from Homes England.", 2_700_000, "GBP"),
    # the SEND sufficiency report
    _n("n7h16", "how many young people had a plan for their special needs at the start of 2025", S,
       "In January 2025 the Council maintained 5,130 EHCPs", 5130, "count",
       alt=((S, "Plans maintained in January 3,412 3,905 4,486 5,130"),)),
    _n("n7h17", "what proportion of pupils in England have an education, health and care plan", S,
       "against 4.8% across England", 4.8, "percent"),
    _n("n7h18", "what share of new plans met the legal time limit in 2023", S,
       "New plans issued within 20 weeks (%) 61.5 52.3 44.0 38.2", 52.3, "percent"),
    _n("n7h19", "what does a year at an independent special school cost per child", S,
       "A place in an independent or non-maintained special school costs an average of £68,400 a year",
       68_400, "GBP"),
    _n("n7h20", "what does it cost to take one child with special needs to school", S,
       "or £9,850 for each of the 2,000 children who use it", 9_850, "GBP"),
    _n("n7h21", "how far is high needs spending expected to exceed the grant in 2025/26", S,
       "In-year deficit (7,890) (10,720) (11,280)", -10_720_000, "GBP"),
    _n("n7h22", "how much high needs funding is budgeted to come in during 2026/27", S,
       "Grant received 78,420 83,150 87,960", 87_960_000, "GBP"),
    _n("n7h23", "how many pupils will the new special free school take", S,
       "New special free school, Ebbing Lea September 2028 150 17.2", 150, "count"),
    # the audit and governance committee minutes
    _n("n7h24", "how many reviews ended with a limited opinion in 2024/25", A,
       "Limited 6 8", 8, "count"),
    _n("n7h25", "how much of the audit plan did the internal auditors get through", A,
       "41 were completed, 89% of the plan, against a target of 90%", 89, "percent"),
    _n("n7h26", "how many of the most urgent recommendations have been acted on", A,
       "Priority 1 (high) 24 19 15 79", 15, "count"),
    _n("n7h27", "how much money did the counter fraud team claw back last year", A,
       "the team had recovered £486,200 in 2024/25", 486_200, "GBP"),
    _n("n7h28", "what was council tax discount fraud worth in 2023/24", A,
       "Council tax discounts 298 413", 298_000, "GBP"),
    _n("n7h29", "what will the external auditors charge for auditing 2025/26", A,
       "The fee for the 2025/26 audit is £231,450", 231_450, "GBP"),
    _n("n7h30", "what daily rate is paid for auditors brought in from outside", A,
       "had bought in 120 days of audit from Marlstone Audit Partnership at £520 a day", 520, "GBP"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h7f")

if __name__ == "__main__":
    main()
