"""Make the eleventh held-out corpus: four short documents of four invented councils (a quarterly
revenue budget monitoring report printed to PDF by headless Chromium, an internal audit annual
report set with reportlab's platypus, a housing rents and HRA budget report drawn with the second
corpus' Word-like painter, and overview and scrutiny call-in minutes in Word) and their gold (see
README.md). Written before any mechanism of its session was scored against it; the rents report
and the Word minutes use the second corpus' machinery (tests/data/layout: ``wordpdf``, ``flow``,
``goldkit``, ``reportkit``), the other two their own. The Chromium report needs /usr/bin/chromium.

    python tests/data/heldout11/make_corpus.py [--out DIR]

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

import h11_chrome  # noqa: E402
import h11_platypus  # noqa: E402
import h11_rents  # noqa: E402
import h11_word  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

M, A, R, C = h11_chrome.MONITOR, h11_platypus.AUDIT, h11_rents.RENTS, h11_word.CALLIN
SUFFIX = {C: ".docx"}
BUILDERS = {M: h11_chrome.build_monitor, R: h11_rents.build_rents, A: h11_platypus.build_audit,
            C: h11_word.build_callin}
FIGURES = [*h11_chrome.FIGURES, *h11_rents.FIGURES, *h11_platypus.FIGURES, *h11_word.FIGURES]
ENTITIES = [*h11_chrome.ENTITIES, *h11_rents.ENTITIES, *h11_platypus.ENTITIES, *h11_word.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H11Q01", "What is being done to rein in spending for the rest of the year?", M,
             "vacancies will be filled only where the post is statutory or pays for itself", "paraphrase"),
    question("H11Q02", "Which saving has been pushed back a year and why?", M,
             "charging for a second garden waste bin, was delayed until April 2027 when the contractor's new software "
             "slipped", "paraphrase"),
    question("H11Q03", "flats bought to cut the use of bed and breakfast", M,
             "The Council bought 12 flats in Coopers Row in June", "thematic"),
    question("H11Q04", "What overall verdict did the auditors reach on the council's controls?", A,
             "Opinion: reasonable assurance.", "paraphrase"),
    question("H11Q05", "Why was the audit of the bin lorries dropped from the plan?", A,
             "was cancelled when the service was brought back in house in October 2025", "paraphrase"),
    question("H11Q06", "National Fraud Initiative matches", A,
             "The National Fraud Initiative returned 1,268 matches for the Council", "lexical"),
    question("H11Q07", "Why do the charges for shared areas go up by a different amount from the rent?", R,
             "Service charges pay for services to shared areas and are set to recover their cost", "paraphrase"),
    question("H11Q08", "Will tenants on benefits have to pay the increase themselves?", R,
             "which will meet the rise in full for most of them", "paraphrase"),
    question("H11Q09", "Decent Homes Standard", R,
             "to bring 530 homes up to the revised Decent Homes Standard by 2030", "lexical"),
    question("H11Q10", "What did the committee ask the Cabinet to look at again about the libraries?", C,
             "asking it to consider keeping Brackenhythe Library open for two days a week run with volunteers",
             "paraphrase"),
    question("H11Q11", "Did any member of the committee have a personal link to a library under discussion?", C,
             "Councillor Tamsin Greatorex declared that she volunteers at Brackenhythe Library", "paraphrase"),
    question("H11Q12", "why the swimming pool lost money this year", C,
             "income at Cinderbank pool was 14% below budget while its roof was repaired", "thematic"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the budget monitoring report (Chromium)
    _n("n11h01", "after the extra interest and the reserve drawdown, how far over budget is the council expected to "
                 "end the year", M,
       "After both, the forecast overspend on the net budget of £15.19m is £203,000.", 203_000, "GBP",
       alt=((M, "note the forecast overspend of £203,000 on the net budget for 2026/27;"),)),
    _n("n11h02", "how much more than planned is homelessness housing expected to cost this year", M,
       "3 Housing options and temporary accommodation 1,642 1,702 2,013 311 18.3", 311_000, "GBP",
       alt=((M, "If placements stay at 64 the service will overspend by £311,000."),)),
    _n("n11h03", "what is the forecast spend on bins and street sweeping", M,
       "4 Waste collection and street cleansing 3,918 3,918 4,032 114 2.9", 4_032_000, "GBP"),
    _n("n11h04", "by what percentage is the planning service running over its budget", M,
       "5 Planning and building control¹ 1,105 1,105 1,183 78 7.1", 7.1, "percent"),
    _n("n11h05", "how much of the contingency has already been handed out to services", M,
       "£76,000 released to items 1 and 3.", 76_000, "GBP"),
    _n("n11h06", "what does a single night of bed and breakfast cost the council", M,
       "A night in bed and breakfast costs the Council £71 on average", 71, "GBP"),
    _n("n11h07", "how much did the flats bought for homeless families cost", M,
       "The Council bought 12 flats in Coopers Row in June for £2.26m", 2_260_000, "GBP"),
    _n("n11h08", "what is the total value of the savings that are at risk", M,
       "At risk 3 190", 190_000, "GBP"),
    _n("n11h09", "what share of this year's council tax had come in by the end of June", M,
       "By 30 June 2026 the Council had collected 28.9% of the council tax due for the year", 28.9, "percent"),
    _n("n11h10", "what is the lowest level the general fund is allowed to fall to", M,
       "still above the minimum of £2.5m set in February", 2_500_000, "GBP"),
    # the housing rents report (painter)
    _n("n11h11", "what will the weekly rent for a three bedroom council house be from April", R,
       "Three bedrooms 1,604 121.30 126.88 5.58 4.6", 126.88, "GBP"),
    _n("n11h12", "how many bedsits does the council let", R,
       "Bedsit 212 84.12 87.99 3.87 4.6", 212, "count"),
    _n("n11h13", "what was the inflation figure the rent rise was based on", R,
       "CPI was 3.6 per cent in September 2025", 3.6, "percent"),
    _n("n11h14", "how much more will an average tenant pay over the whole year", R,
       "adds £5.04 a week to the average rent, taking it to £114.87, or £262.08 over the year", 262.08, "GBP"),
    _n("n11h15", "what will the sheltered housing manager and alarm charge be next year", R,
       "Sheltered housing scheme manager and alarm 11.48 12.01 4.6", 12.01, "GBP"),
    _n("n11h16", "how many of the council's garages have someone renting them", R,
       "Of the Council's 1,032 garages, 817 are let", 817, "count"),
    _n("n11h17", "how much will the housing account spend on management in 2026/27", R,
       "Supervision and management 7,102 7,436", 7_436_000, "GBP"),
    _n("n11h18", "how much is being spent on building new council homes at Rookery Lane", R,
       "£6.2m for 48 new council homes at Rookery Lane", 6_200_000, "GBP"),
    _n("n11h19", "what proportion of tenants get help with their rent from benefits", R,
       "About 61 per cent of tenants receive housing benefit", 61, "percent"),
    # the internal audit annual report (platypus)
    _n("n11h20", "how many audits ended with a limited opinion this year", A,
       "Limited 6 19.4 8 26.7", 6, "count"),
    _n("n11h21", "what share of audit opinions were reasonable in the previous year", A,
       "Reasonable 17 54.8 15 50.0", 50.0, "percent"),
    _n("n11h22", "what percentage of the planned audit days were actually worked", A,
       "The Partnership delivered 386 days, 94 per cent of the plan", 94, "percent"),
    _n("n11h23", "how many medium priority recommendations were overdue at the end of May", A,
       "Medium 52 40 33 82.5 7", 7, "count"),
    _n("n11h24", "how much money did the fraud team get back for the council", A,
       "The Partnership's counter-fraud team recovered £57,300 for the Council in 2025/26", 57_300, "GBP"),
    _n("n11h25", "what does a day of the auditors' time cost the council now", A,
       "which works out at £436 a day delivered", 436, "GBP"),
    _n("n11h26", "how many servers had missed an urgent security patch", A,
       "found that 38 of the Council's 212 servers and network devices had not received a critical security "
       "update", 38, "count"),
    # the call-in minutes (Word)
    _n("n11h27", "how many people answered the library consultation", C,
       "which drew 2,914 responses", 2914, "count"),
    _n("n11h28", "how much will shutting the two libraries save in a full year", C,
       "saving £214,000 a year from 2027/28", 214_000, "GBP"),
    _n("n11h29", "how many visits did the smaller of the two libraries get last year", C,
       "Brackenhythe Library had 9,430 visits in 2024/25 and Stoatley 6,120", 6120, "count"),
    _n("n11h30", "what would a second mobile library cost each year to operate", C,
       "about £41,000 a year to run", 41_000, "GBP"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h11f")

if __name__ == "__main__":
    main()
