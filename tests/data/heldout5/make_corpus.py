"""Make the fifth held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a Modern.gov-style decision page in HTML) and their gold (see README.md). Written before
any mechanism was scored against it; rendered with the second corpus' machinery
(tests/data/layout: ``wordpdf``, ``flow``, ``goldkit``, ``reportkit``) and the third held-out
corpus' table styles.

    python tests/data/heldout5/make_corpus.py [--out DIR]

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

import h5_office  # noqa: E402
import h5_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

Q, V, B, W = h5_pdf.TREASURY, h5_pdf.TA, h5_office.FEES, h5_office.WASTE
DOCS = (Q, V, B, W)
SUFFIX = {B: ".html", W: ".docx"}
BUILDERS = {Q: h5_pdf.build_treasury, V: h5_pdf.build_ta, B: h5_office.build_fees, W: h5_office.build_waste}
FIGURES = [*h5_pdf.FIGURES, *h5_office.FIGURES]
ENTITIES = [*h5_pdf.ENTITIES, *h5_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H5Q01", "Who advises Quenbury on its treasury management?", Q,
             "The Council's treasury advisers, Linklow Capital Advisory, expect it to fall to 3.50% by March 2027.",
             "lexical"),
    question("H5Q02", "Why is the council spending less than planned on the cost of its debt this year?", Q,
             "against 9.4% in the strategy, because capital spending has slipped", "paraphrase"),
    question("H5Q03", "Does the drop in the property fund's value hit the budget straight away?", Q,
             "which does not reach the revenue account before 31 March 2029 under the statutory override",
             "paraphrase"),
    question("H5Q04", "minimum wage increase and what care providers are paid", B,
             "The National Living Wage goes up to £12.71 an hour from April 2026, 4.1% more than now.", "thematic"),
    question("H5Q05", "Was giving every type of care the same percentage increase considered?", B,
             "A flat uplift of 3.5% for every type of care would have cost £6.9m a year", "paraphrase"),
    question("H5Q06", "Which groups were consulted before the care fees were set?", B,
             "Ellerthwaite Care Association; Healthwatch Ellerthwaite", "lexical"),
    question("H5Q07", "Which firm empties the bins in Tollerby?", W,
             "Greystane Environmental Services Ltd has collected the borough's household waste and recycling since "
             "October 2019", "paraphrase"),
    question("H5Q08", "Why did the council earn less than expected from the materials it recycles?", W,
             "because the price of mixed paper fell from £78 to £41 a tonne", "paraphrase"),
    question("H5Q09", "new national rules on collecting food scraps from every household", W,
             "which the Simpler Recycling reforms require from 31 March 2026", "thematic"),
    question("H5Q10", "Which charities gave evidence to the councillors looking at temporary housing?", V,
             "Haverleigh Nightstop and the Tenterfield Housing Trust", "lexical"),
    question("H5Q11", "Why is it so hard for people on benefits to find a private let in Haverleigh?", V,
             "only 8% of the homes advertised to let in October 2025 were within the Local Housing Allowance",
             "paraphrase"),
    question("H5Q12", "stopping families with children being put up in B&Bs", V,
             "That the use of bed and breakfast for families with children ends, other than in an emergency, by "
             "March 2027.", "thematic"),
]


NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the treasury management mid-year review
    _n("n5h01", "how much did Quenbury have borrowed at the end of September 2025", Q,
       "At 30 September 2025 the Council owed £118.6m", 118_600_000, "GBP"),
    _n("n5h02", "how much interest does the council expect to earn on its cash over the whole year", Q,
       "The forecast for 2025/26 as a whole is £1.86m", 1_860_000, "GBP"),
    _n("n5h03", "how much of the capital programme is being paid for out of the council's own cash instead of loans",
       Q, "The Council is therefore under-borrowed by some £42.7m", 42_700_000, "GBP"),
    _n("n5h04", "what is the most the council is legally allowed to owe this year", Q,
       "the authorised limit of £158m", 158_000_000, "GBP",
       alt=((Q, "Authorised limit for external debt 158.0 158.0"),)),
    _n("n5h05", "what proportion of the council's income goes on paying for its debt in 2025/26", Q,
       "Financing costs are forecast to take 8.9% of the net revenue stream in 2025/26", 8.9, "percent"),
    _n("n5h06", "how much has the property fund investment gone down by", Q,
       "a fall of £380,000 or 7.6%", 380_000, "GBP"),
    _n("n5h07", "what is capital spending now expected to be in 2025/26", Q,
       "Capital expenditure 48.2 41.6", 41_600_000, "GBP"),
    _n("n5h08", "what interest rate was charged on the short-term loan from another council", Q,
       "a three-month loan of £10m taken in July at 4.45%", 4.45, "percent"),
    # the fee uplift decision
    _n("n5h09", "what will an hour of home care cost the council from April 2026", B,
       "Home care an hour £23.84 £25.10 5.3%", 25.10, "GBP"),
    _n("n5h10", "what is the new weekly price for an older person's place in a residential home", B,
       "Residential care (older people) a week £812 £851 4.8%", 851, "GBP"),
    _n("n5h11", "how much will the higher care fees cost over a whole year", B,
       "The new rates cost £10.8m in a full year.", 10_800_000, "GBP"),
    _n("n5h12", "what will the fee rises cost in 2026/27 given that care homes start later", B,
       "the cost in 2026/27 is £9.9m", 9_900_000, "GBP"),
    _n("n5h13", "what is the population of Ellerthwaite", B,
       "Ellerthwaite has 612,000 residents", 612_000, "count"),
    _n("n5h14", "what inflation rate did the fee model use for costs other than staff", B,
       "its other costs rise with inflation of 2.3%", 2.3, "percent"),
    _n("n5h15", "what do people paying for their own care home place get charged each week", B,
       "People who pay for themselves are charged on average £1,140 a week", 1_140, "GBP"),
    _n("n5h16", "by what percentage did nursing home fees go up", B,
       "Nursing care (older people) a week £906 £948 4.6%", 4.6, "percent"),
    # the waste contract performance report
    _n("n5h17", "what share of household rubbish was recycled between April and December 2025", W,
       "The household recycling rate was 49.3% from April to December 2025", 49.3, "percent"),
    _n("n5h18", "how many tonnes of food waste were picked up from October to December", W,
       "Food waste 890 870 930 2,690", 930, "count"),
    _n("n5h19", "how much was docked from the contractor's payments for poor service in the first half of the year", W,
       "the Council withheld £18,450 from Greystane's payments for April to September", 18_450, "GBP"),
    _n("n5h20", "how much does the bin collection contract cost this year", W,
       "The contract costs £7.84m in 2025/26.", 7_840_000, "GBP"),
    _n("n5h21", "how much money will the charge for brown bins bring in", W,
       "which will bring in about £1.5 million in 2025/26", 1_500_000, "GBP"),
    _n("n5h22", "how many bins per 100,000 were missed in the second quarter", W,
       "Missed bins per 100,000 collections 50 71 58 62", 58, "count"),
    _n("n5h23", "how much money was taken in from selling recyclables", W,
       "Income from selling recycled materials was £412,000 in the nine months", 412_000, "GBP"),
    _n("n5h24", "how many households pay for their garden waste to be collected", W,
       "28,940 households subscribe to the garden waste service", 28_940, "count"),
    # the temporary accommodation task and finish report
    _n("n5h25", "how many households were in temporary housing at the end of 2025", V,
       "684 households were living in temporary accommodation arranged by the Council", 684, "count"),
    _n("n5h26", "how many children were living in temporary accommodation", V,
       "with 1,022 children among them", 1_022, "count"),
    _n("n5h27", "what does a night in a hotel room for a homeless household cost", V,
       "A nightly-paid room costs on average £68 a night", 68, "GBP"),
    _n("n5h28", "what was the net cost of temporary accommodation in 2023/24", V,
       "Net cost 2,100 3,160 4,900 6,340 7,900", 4_900_000, "GBP"),
    _n("n5h29", "how much did the number of people coming forward as homeless go up by in two years", V,
       "rose by 23% in two years", 23, "percent"),
    _n("n5h30", "what would landlords be paid for each tenancy under the proposal", V,
       "rises from £1,500 to £2,500 a tenancy", 2_500, "GBP"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h5f")

if __name__ == "__main__":
    main()
