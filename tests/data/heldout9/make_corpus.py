"""Make the ninth held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a Modern.gov-style planning committee minutes page in HTML) and their gold (see README.md).
Written before any mechanism was scored against it; rendered with the second corpus' machinery
(tests/data/layout: ``wordpdf``, ``flow``, ``goldkit``, ``reportkit``).

    python tests/data/heldout9/make_corpus.py [--out DIR]

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

import h9_office  # noqa: E402
import h9_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

K, E, H, D = h9_pdf.CAP, h9_pdf.ALLOC, h9_office.ADM, h9_office.PLAN
SUFFIX = {H: ".docx", D: ".html"}
BUILDERS = {K: h9_pdf.build_capital, E: h9_pdf.build_alloc, H: h9_office.build_admissions, D: h9_office.build_planning}
FIGURES = [*h9_pdf.FIGURES, *h9_office.FIGURES]
ENTITIES = [*h9_pdf.ENTITIES, *h9_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H9Q01", "Why has the reopening of the old market building been put back?", K,
             "The Market Hall contractor went into administration in September 2025.", "paraphrase"),
    question("H9Q02", "Why is the footbridge no longer wanted?", K,
             "now that the developer of the Eastgate site will build a crossing under its section 106 agreement",
             "paraphrase"),
    question("H9Q03", "heat pumps waiting for a grid connection", K,
             "waits for a grid connection, so £1.1m slips into next year", "lexical"),
    question("H9Q04", "What happens to someone who keeps turning down the homes they are offered?", E,
             "applicants who refuse three reasonable offers drop one band for twelve months", "paraphrase"),
    question("H9Q05", "What changes to who can join the waiting list are being proposed?", E,
             "It proposes that applicants need to have lived in the city for three years rather than five years",
             "paraphrase"),
    question("H9Q06", "choice-based lettings scheme", E,
             "Homes are advertised through HomeChoice Ellendon, the choice-based lettings scheme the Council runs with "
             "its partner housing associations.", "lexical"),
    question("H9Q07", "Why are fewer children starting primary school?", H,
             "because fewer children are being born in the county", "paraphrase"),
    question("H9Q08", "What happened to the children who got none of the secondary schools they asked for?", H,
             "were given a place at the nearest school with room", "paraphrase"),
    question("H9Q09", "complaints about the county's admission rules", H,
             "upheld one of the three objections made to the county's arrangements for September 2027, on the priority "
             "given to children of staff", "thematic"),
    question("H9Q10", "Why did councillors go against their planning officers' advice on the flats at the old dairy?", D,
             "because it did not provide the affordable housing the Local Plan requires and because of the height of the "
             "block", "paraphrase"),
    question("H9Q11", "Did any committee member stay out of a decision because of a personal connection?", D,
             "Councillor Sabine Holroyd declared that she is a member of Sallowby Parish Council", "paraphrase"),
    question("H9Q12", "flooding worries about the new estate", D,
             "The Environment Agency had withdrawn its objection after the drainage strategy was revised.", "thematic"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the capital programme monitoring report
    _n("n9h01", "how much does the borough now expect its building projects to cost by the end of the year", K,
       "The forecast outturn is £31.88m, a variance of -£6.92m.", 31_880_000, "GBP",
       alt=((K, "notes a forecast capital outturn of £31.88m against a revised budget of £38.80m"),
            (K, "Total capital programme 38,800 22,960 31,880 (6,920) 6,060"))),
    _n("n9h02", "what had been paid out on doing up the old market building by the end of December", K,
       "Market Hall regeneration 6,300 2,140 3,900 (2,400) 2,400", 2_140_000, "GBP"),
    _n("n9h03", "how much of the money for new council vehicles is being carried forward to next year", K,
       "Vehicle fleet replacement 3,600 2,710 3,100 (500) 500", 500_000, "GBP"),
    _n("n9h04", "how much did the council plan to borrow this year to pay for its projects", K,
       "Prudential borrowing 17.30 13.05 -4.25", 17_300_000, "GBP"),
    _n("n9h05", "by how much has the use of government grants changed against the budget", K,
       "Government grants 11.42 9.86 -1.56", -1_560_000, "GBP"),
    _n("n9h06", "how much extra has the discovery of asbestos added to the depot job", K,
       "Asbestos found in the Riverside Depot roof has put its cost up by £350,000 to £1.15m.", 350_000, "GBP"),
    _n("n9h07", "how much money has come in so far from selling off land", K,
       "Capital receipts of £3.90m have come in from the sale of 14 sites", 3_900_000, "GBP"),
    _n("n9h08", "what is the highest increase in building prices the advisers foresee", K,
       "The Council's cost consultant expects construction prices to rise by between 4% and 6% in 2026/27.", 6,
       "percent"),
    _n("n9h09", "what proportion of the year's capital budget had gone out of the door after three quarters", K,
       "Spending to 31 December 2025 was £22.96m, just under three fifths (59%) of the revised budget.", 59,
       "percent"),
    # the housing allocations report
    _n("n9h10", "how many households are in the most urgent need of rehousing now", E,
       "Band A (urgent need) 212 248 +36", 248, "count",
       alt=((E, "Band A, the most urgent, rose by 36 to 248 households"),)),
    _n("n9h11", "how many households were struck off the waiting list when it was checked", E,
       "a review removed 1,210 households who no longer qualified or did not reply", 1210, "count"),
    _n("n9h12", "how long did families wait on average for a three-bedroom home", E,
       "Average wait before letting weeks 41 58 96 183 60", 96, "count"),
    _n("n9h13", "what was the typical weekly rent of a two-bedroom home let in the year", E,
       "Average rent £ a week 112.40 128.75 141.60 163.20 124.68", 128.75, "GBP"),
    _n("n9h14", "how many of the homes let belonged to housing associations", E,
       "Of them, 1,018 were housing association homes and 407 the Council's own.", 1018, "count"),
    _n("n9h15", "what proportion of one-bedroom homes went to the two highest priority bands", E,
       "Let to Bands A and B % 58.2 61.7 70.5 87.1 62.3", 58.2, "percent"),
    _n("n9h16", "how many applicants on average went after each property that was advertised", E,
       "Each advertised home drew 48 bids on average", 48, "count"),
    _n("n9h17", "how much did the social landlords pay towards running the allocations service", E,
       "of which £151,000 was recharged to the housing associations under the nomination agreement", 151_000, "GBP"),
    # the school admissions report
    _n("n9h18", "how many children did not get any of the secondary schools they applied for", H,
       "The 216 children offered none of their preferences were given a place at the nearest school with room.", 216,
       "count", alt=((H, "No preference offered 247 234 216"),)),
    _n("n9h19", "what share of children moving up to secondary school got their top choice in 2024", H,
       "First preference offered 85.9% 86.2% 87.4%", 85.9, "percent"),
    _n("n9h20", "how many families applied on time for a Reception place in 2025", H,
       "On-time applications 5,246 5,083 4,917", 5083, "count"),
    _n("n9h21", "how many places for four-year-olds starting school are left empty", H,
       "Falling rolls leave 2,310 Reception places unfilled", 2310, "count"),
    _n("n9h22", "how much funding does a school lose every year for each seat it cannot fill", H,
       "Each empty place costs a school about £5,100 a year in lost funding", 5100, "GBP"),
    _n("n9h23", "how many families challenged a refused place at a secondary school", H,
       "Appeals lodged 187 642 829", 642, "count"),
    _n("n9h24", "what share of the primary school cases that reached a panel did the family win", H,
       "Upheld (%) 18.6 23.2 22.2", 18.6, "percent"),
    _n("n9h25", "what did each hearing cost the council to run", H,
       "Running the appeals cost the Council £118,600 in 2025, about £221 for each appeal heard.", 221, "GBP"),
    # the planning committee minutes
    _n("n9h26", "how much will the Haddon Road builder pay towards schools", D,
       "Primary and secondary education 1,246,800 On commencement", 1_246_800, "GBP"),
    _n("n9h27", "how big a shortfall did the dairy developer's figures show", D,
       "showed a deficit of -£410,000 even with none", -410_000, "GBP"),
    _n("n9h28", "how many members backed turning down the flats at the old dairy", D,
       "The motion was carried by 9 votes to 3.", 9, "count",
       alt=((D, "25/02210/FUL Former Kingsgate Dairy, Quay Street, Dunmarsh 38 0% Refused 9–3–0"),)),
    _n("n9h29", "how much have planning application fees brought in over the first three quarters", D,
       "Planning fee income in 2025/26 was £1.38m by the end of December", 1_380_000, "GBP"),
    _n("n9h30", "how many of the new houses west of Sallowby will be affordable", D,
       "Of the 164 homes, 49 (30%) will be affordable", 49, "count"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h9f")

if __name__ == "__main__":
    main()
