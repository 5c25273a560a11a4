"""Make the eighth held-out corpus: four short documents of four invented councils (two PDFs, one
of them landscape, a DOCX, a CMIS-style full council minutes page in HTML) and their gold (see
README.md). Written before any mechanism was scored against it; rendered with the second corpus'
machinery (tests/data/layout: ``wordpdf``, ``flow``, ``goldkit``, ``reportkit``).

    python tests/data/heldout8/make_corpus.py [--out DIR]

writes the documents and their gold to DIR (default: this folder): see
``goldkit.heldout_generator`` for the files and the checks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "layout"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import h8_office  # noqa: E402
import h8_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

M, P, Y, C = h8_pdf.MTFS, h8_pdf.PERF, h8_office.PAY, h8_office.COUNCIL_MIN
SUFFIX = {Y: ".docx", C: ".html"}
BUILDERS = {M: h8_pdf.build_mtfs, P: h8_pdf.build_perf, Y: h8_office.build_pay, C: h8_office.build_council}
FIGURES = [*h8_pdf.FIGURES, *h8_office.FIGURES]
ENTITIES = [*h8_pdf.ENTITIES, *h8_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H8Q01", "Why does the money from central government drop in the second year of the plan?", M,
             "Other government grants fall by £1.03m in 2027/28, when the Government's reform of local authority "
             "funding takes effect.", "paraphrase"),
    question("H8Q02", "What did councillors on the scrutiny side say about making residents pay for garden bins?", M,
             "asked for the garden waste charge to be reviewed after a year", "paraphrase"),
    question("H8Q03", "one-off costs of making the savings such as redundancy", M,
             "it will meet the one-off costs of the savings, estimated at £0.85m, mostly redundancy pay and new "
             "software", "lexical"),
    question("H8Q04", "How does the council decide whether a measure is shown as red or amber?", P,
             "Each measure is rated green when it met its target for the year, amber when it missed by less than 5% "
             "and red when it missed by more.", "paraphrase"),
    question("H8Q05", "Why does recycling drop off in the first three months of the calendar year?", P,
             "when garden waste is not collected", "paraphrase"),
    question("H8Q06", "What slowed down the handling of housing benefit applications in the autumn?", P,
             "New benefit claims took 24.1 days on average to process in October to December, the slowest quarter, "
             "when two assessors left", "paraphrase"),
    question("H8Q07", "Whose national terms and conditions apply to the most senior managers?", Y,
             "Their terms follow those of the Joint Negotiating Committee for Chief Officers of Local Authorities",
             "paraphrase"),
    question("H8Q08", "why women still earn less than men at the council", Y,
             "Women hold 74.6% of the jobs in the lowest quartile but 52.5% of those in the highest, and that is what "
             "keeps the gap open.", "thematic"),
    question("H8Q09", "pay rate for apprentices", Y, "Apprentices are paid at the same rate, not at the lower apprentice "
             "rate.", "lexical"),
    question("H8Q10", "Who advised the council on how much its councillors should be paid?", C,
             "The Council considered the report of the Independent Remuneration Panel (IRP), chaired by Professor "
             "Evangeline Moorcroft", "paraphrase"),
    question("H8Q11", "Did any councillor leave the room because of a conflict of interest?", C,
             "Councillor Rupert Faircloth declared a pecuniary interest in the motion on pavement parking",
             "paraphrase"),
    question("H8Q12", "cars blocking footways", C,
             "asks the Cabinet to bring forward a pavement parking policy within six months", "thematic"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the medium term financial strategy
    _n("n8h01", "how big a hole is projected in the last year of the plan before fresh cuts are found", M,
       "The gap before new savings is £3.12m in 2027/28, £3.75m in 2028/29 and £4.59m in 2029/30.", 4_590_000, "GBP",
       alt=((M, "notes that the budget gap before new savings is forecast at £3.12m in 2027/28 and £4.59m in 2029/30"),
            (M, "Budget gap before new savings 1,230 3,120 3,750 4,590"))),
    _n("n8h02", "what will staff pay rises add to costs in 2028/29", M,
       "780 640 660 680", 660_000, "GBP"),
    _n("n8h03", "how much does the borough expect to raise from its own taxpayers in 2027/28", M,
       "Council tax 13,940 14,470 15,020 15,590", 14_470_000, "GBP"),
    _n("n8h04", "how much of next year's shortfall remains uncovered once the proposed cuts are counted", M,
       "After the savings, £430,000 of the 2027/28 gap is still to be closed.", 430_000, "GBP"),
    _n("n8h05", "what must the housing directorate find in cuts altogether", M,
       "Housing and Communities 260 330 240 170 1,000", 1_000_000, "GBP"),
    _n("n8h06", "how much could the council spend from its reserves at the last year end", M,
       "Usable reserves stood at £18.7m on 31 March 2025", 18_700_000, "GBP"),
    _n("n8h07", "by how much in percentage terms are the earmarked reserves expected to shrink by 2030", M,
       "Earmarked reserves are forecast to fall to £6.8m by 31 March 2030, a drop of 40%.", 40, "percent"),
    _n("n8h08", "what will households pay to have their garden waste taken away", M,
       "charging for garden waste collection at £52 a bin", 52, "GBP"),
    _n("n8h09", "what proportion of people who took part in the budget consultation backed a higher council tax", M,
       "58% of those who answered supported a council tax rise of up to 3%", 58, "percent"),
    # the year-end performance report
    _n("n8h10", "what was the recycling rate in the October to December quarter", P,
       "Household waste recycled and composted (%) 41.8 44.0 46.2 47.9 40.3 36.8 42.9 Amber", 40.3, "percent"),
    _n("n8h11", "how many fly-tipping incidents were there in the first quarter", P,
       "Fly-tipping incidents 1,904 1,800 512 468 389 421 1,790 Green", 512, "count"),
    _n("n8h12", "what target did the council set for answering complaints on time", P,
       "Complaints answered within 10 working days (%) 88.0 90.0 91.3 86.5 84.2 92.7 88.9 Amber", 90.0, "percent"),
    _n("n8h13", "how many families did the council keep from losing their home over the year", P,
       "Homelessness was prevented for 257 households", 257, "count",
       alt=((P, "Households prevented from becoming homeless 214 240 61 58 72 66 257 Green"),)),
    _n("n8h14", "what share of council tax had come in by the end of December", P,
       "Council tax collected, cumulative (%) 96.9 97.2 29.8 57.3 84.6 97.0 97.0 Amber", 84.6, "percent"),
    _n("n8h15", "how low did recycling fall in its worst quarter", P,
       "worst in January to March, at 36.8%", 36.8, "percent"),
    _n("n8h16", "what is the lowest collection rate for council tax the government would expect in a year", P,
       "The Government expects a district council to collect between 96% and 98% of its council tax within the "
       "year.", 96, "percent"),
    _n("n8h17", "how many people went to the leisure centres in 2024/25", P,
       "Leisure centre visits 612,400 640,000 171,300 158,200 149,100 176,000 654,600 Green", 612_400, "count"),
    _n("n8h18", "how many on-the-spot fines were handed out for dumping rubbish", P,
       "officers issued 37 fixed penalty notices", 37, "count"),
    # the pay policy statement
    _n("n8h19", "what is the county's most senior officer paid", Y,
       "The Chief Executive's salary of £186,300", 186_300, "GBP"),
    _n("n8h20", "how many times the typical employee's earnings does the head of paid service get", Y,
       "is 5.5 times the median earnings of the workforce", 5.5, "count"),
    _n("n8h21", "what do the lowest-paid staff earn for each hour they work", Y,
       "which from 1 April 2026 is £26,277 a year, or £13.60 an hour", 13.60, "GBP"),
    _n("n8h22", "how far apart were men's and women's median pay in 2023", Y,
       "Median gender pay gap (%) 14.6 13.0 12.4 11.2", 13.0, "percent"),
    _n("n8h23", "what share of the best-paid quarter of jobs do men hold", Y,
       "Upper 52.5 47.5", 47.5, "percent"),
    _n("n8h24", "what is the most an assistant director can earn", Y,
       "Assistant Director 86,700 – 97,400 21", 97_400, "GBP"),
    _n("n8h25", "what is someone on call paid for a night on a bank holiday", Y,
       "or £52.80 a night on a bank holiday", 52.80, "GBP"),
    # the full council minutes
    _n("n8h26", "how many councillors opposed the proposal to freeze their basic allowance", C,
       "Against 26", 26, "count"),
    _n("n8h27", "what will each cabinet member get on top of the basic allowance", C,
       "Cabinet Member 1.5 16,425 6", 16_425, "GBP"),
    _n("n8h28", "what will every councillor be paid a year as the standard allowance from April", C,
       "The Panel recommended a basic allowance of £10,950 a year", 10_950, "GBP"),
    _n("n8h29", "how much of the cost of the new pedestrian crossing did a house builder pay", C,
       "of which £60,000 came from the developer of the Quayside Mills site", 60_000, "GBP"),
    _n("n8h30", "how much money have the electric car chargers in council car parks brought in", C,
       "and had earned £41,200", 41_200, "GBP"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h8f")

if __name__ == "__main__":
    main()
