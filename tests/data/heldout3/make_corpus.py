"""Make the third held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a Modern.gov HTML page) and their gold (see README.md). Written before any mechanism was
scored against it; rendered with the second corpus' machinery (tests/data/layout: ``wordpdf``,
``flow``, ``goldkit``).

    python tests/data/heldout3/make_corpus.py [--out DIR]

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

import h3_office  # noqa: E402
import h3_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

P, K, S, C = h3_pdf.PARKING, h3_pdf.PENSION, h3_office.SUPPORT, h3_office.CARE
DOCS = (P, K, S, C)
SUFFIX = {S: ".docx", C: ".html"}
BUILDERS = {P: h3_pdf.build_parking, K: h3_pdf.build_pension, S: h3_office.build_support, C: h3_office.build_care}
FIGURES = [*h3_pdf.FIGURES, *h3_office.FIGURES]
ENTITIES = [*h3_pdf.ENTITIES, *h3_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H3Q01", "Which company runs the pay-by-phone parking service?", P,
             "The phone payment contract with Parkwise Mobile", "lexical"),
    question("H3Q02", "Who rules on parking ticket appeals once the council has rejected a challenge?", P,
             "appeals heard by the Traffic Penalty Tribunal", "paraphrase"),
    question("H3Q03", "residents' parking permits and visitor passes: what they cost", P,
             "A first permit costs £55 a year and a second £95", "thematic"),
    question("H3Q04", "Which councillor on the pensions committee has her own pension rights in the fund?", K,
             "Councillor Petra Halvorsen declared that she is a deferred member of the Kettlewick Pension Fund.",
             "paraphrase"),
    question("H3Q05", "Which investment pool does the Kettlewick fund belong to?", K,
             "managed through the Northmoor Pensions Pool", "lexical"),
    question("H3Q06", "pension fund climate change and the carbon footprint of its investments", K,
             "The carbon footprint of the Fund's listed equities has fallen by 47% since 2019.", "thematic"),
    question("H3Q07", "Why will older people not be affected by the changes to council tax help?", S,
             "Pensioners are protected by national rules and can have their whole bill met.", "paraphrase"),
    question("H3Q08", "Will claimants have to report every small change in their earnings under the banded "
                      "scheme?", S,
             "An award will stay the same for six months unless the household's income changes by more than £25 "
             "a week.", "paraphrase"),
    question("H3Q09", "Which local charities responded to the consultation on council tax support?", S,
             "Thornbury Vale Citizens Advice and the Larkhill Foodbank Trust asked for a fund", "lexical"),
    question("H3Q10", "Why does the council want to run its own children's homes instead of buying places?", C,
             "because fewer children will be placed in private homes outside the city", "paraphrase"),
    question("H3Q11", "What other option was looked at instead of opening the new homes?", C,
             "Block-booking six beds with a private provider", "paraphrase"),
    question("H3Q12", "Who is the lead councillor for children's services in Pellmouth?", C,
             "Councillor Edmund Trelawney, Cabinet Member for Children and Young People", "lexical"),
]


NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the parking report
    _n("n3h01", "how many parking spaces are there in Eastmarsh's car parks", P,
       "The Council runs 23 car parks with 4,180 spaces between them", 4180, "count"),
    _n("n3h02", "what share of parking tickets did drivers actually pay", P,
       "Of these notices, 78% were paid", 78, "percent"),
    _n("n3h03", "by how much did the number of parking fines drop last year", P,
       "41,260 penalty charge notices (PCNs) in 2024/25, 6% fewer than in 2023/24", 6, "percent"),
    _n("n3h04", "how much profit did parking make for the council in 2024/25", P,
       "The parking account made a surplus of £1.92m in 2024/25", 1_920_000, "GBP"),
    _n("n3h05", "what did parking money put towards free bus travel", P,
       "£850,000 went to concessionary bus fares", 850_000, "GBP"),
    _n("n3h06", "what does the council pay each time someone pays for parking with their phone", P,
       "Parkwise Mobile costs the Council 21p a transaction", 0.21, "GBP"),
    _n("n3h07", "how many pay and display tickets were bought in 2023/24", P,
       "Pay-and-display transactions 1,602,400 1,688,150 1,731,900", 1_688_150, "count"),
    _n("n3h08", "how much did the council take in parking fines in 2024/25", P,
       "Penalty charge income 1,318 1,262", 1_262_000, "GBP"),
    # the pension fund committee minutes
    _n("n3h09", "what is the pension fund worth now", K,
       "the Fund's assets were valued at £3,842m at 31 December 2025", 3_842_000_000, "GBP"),
    _n("n3h10", "what return did the pension investments make over the past year", K,
       "Over the twelve months to December the Fund returned 9.4% against its benchmark of 8.1%", 9.4, "percent"),
    _n("n3h11", "how well funded is the pension scheme after the latest valuation", K,
       "The funding level has risen to 112% from 98% at the 2022 valuation", 112, "percent"),
    _n("n3h12", "what percentage of salaries will the county pay into the pension fund from April", K,
       "employer contribution rate will fall from 21.5% to 17.9% of pay", 17.9, "percent"),
    _n("n3h13", "how much a year does the council gain from paying less into the pension fund", K,
       "which is expected to save the Council £6.3m a year", 6_300_000, "GBP"),
    _n("n3h14", "how many retired people draw a pension from the fund", K,
       "23,310 deferred members and 17,265 pensioners", 17_265, "count"),
    _n("n3h15", "what will fund managers be paid in 2026/27", K,
       "£33.2m is for investment management fees", 33_200_000, "GBP"),
    _n("n3h16", "how much does it cost to administer each member's pension", K,
       "Administration costs £24.70 per member a year", 24.70, "GBP"),
    # the council tax support report
    _n("n3h17", "how many working-age households get help with their council tax", S,
       "2,741 of pension age and 3,577 of working age", 3_577, "count"),
    _n("n3h18", "what will council tax support cost next year under the new scheme", S,
       "The new scheme is expected to cost £7.42m in 2026/27", 7_420_000, "GBP"),
    _n("n3h19", "what is the smallest part of their bill that working-age claimants must pay now", S,
       "every working-age household pays at least 20% of its bill", 20, "percent"),
    _n("n3h20", "how much of the council tax owed by summonsed claimants was actually recovered", S,
       "collected 84.5% of what they owed", 84.5, "percent"),
    _n("n3h21", "how much help per week would a family of four on £195 a week get", S,
       "would receive £679.60 a year, or £13.07 a week", 13.07, "GBP"),
    _n("n3h22", "how much is going into the hardship fund", S,
       "A hardship fund of £150,000 is proposed for 2026/27", 150_000, "GBP"),
    _n("n3h23", "how many people replied to the council tax support consultation", S,
       "The consultation drew 873 responses", 873, "count"),
    # the children's placements decision
    _n("n3h24", "how many children are in the city's care", C,
       "the Council looked after 486 children", 486, "count"),
    _n("n3h25", "what is Pellmouth's rate of looked-after children per ten thousand", C,
       "a rate of 88 per 10,000 children in the city", 88, "count"),
    _n("n3h26", "what does a week in a private children's home cost", C,
       "a place in a private children's home averages £6,850 a week", 6_850, "GBP"),
    _n("n3h27", "by how much will placement spending exceed its budget this year", C,
       "which is £7.2m more than the budget", 7_200_000, "GBP"),
    _n("n3h28", "how many foster families of its own does the council have now", C,
       "fell from 198 in March 2023 to 176 in December 2025", 176, "count"),
    _n("n3h29", "what is the government giving towards the two new children's homes", C,
       "£1.45m comes from the Department for Education (DfE)", 1_450_000, "GBP"),
    _n("n3h30", "by what percentage are foster carers' allowances going up", C,
       "be raised by 12% from 1 April 2026", 12, "percent"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h3f")

if __name__ == "__main__":
    main()
