"""Make the twelfth held-out corpus: four short documents of four invented councils (a council tax
base and business rates report to Cabinet set with reportlab's platypus in two columns with a
landscape appendix page, a capital strategy and prudential indicators report to full Council set
with platypus tables of row groups spanning cells, a fees and charges schedule drawn with
matplotlib's tables, and a full Council's members' questions and written answers in Word) and their
gold (see README.md). Written before any mechanism of its session was scored against it; the
generators use the second corpus' machinery (tests/data/layout: ``flow``, ``goldkit``,
``reportkit``).

    python tests/data/heldout12/make_corpus.py [--out DIR]

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

import h12_capital  # noqa: E402
import h12_fees  # noqa: E402
import h12_taxbase  # noqa: E402
import h12_word  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

T, P, F, Q = h12_taxbase.TAXBASE, h12_capital.CAPITAL, h12_fees.FEES, h12_word.QUESTIONS
SUFFIX = {Q: ".docx"}
BUILDERS = {T: h12_taxbase.build_taxbase, P: h12_capital.build_capital, F: h12_fees.build_fees,
            Q: h12_word.build_questions}
FIGURES = [*h12_taxbase.FIGURES, *h12_capital.FIGURES, *h12_fees.FIGURES, *h12_word.FIGURES]
ENTITIES = [*h12_taxbase.ENTITIES, *h12_capital.ENTITIES, *h12_fees.ENTITIES, *h12_word.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H12Q01", "Why does the tax base have to be agreed in January?", T,
             "so that the County Council, the police and crime commissioner and the fire authority can set their "
             "precepts", "paraphrase"),
    question("H12Q02", "How much more do owners of holiday homes pay from April?", T,
             "The premium of 100 per cent on second homes applies from 1 April 2027", "paraphrase"),
    question("H12Q03", "business rates pool levy", T,
             "is paid as a levy to the Hexmoor business rates pool", "lexical"),
    question("H12Q04", "Why is less being spent this year than first planned on capital projects?", P,
             "because £12.4m of the Wharfside leisure centre's spending has slipped to the following year", "paraphrase"),
    question("H12Q05", "Will the council buy shops and offices to make money from rent?", P,
             "No property will be bought mainly for yield", "paraphrase"),
    question("H12Q06", "selling land and buildings to fund projects", P,
             "the sale of the Quaybridge depot, expected to raise £4.0m, will be the last large disposal", "thematic"),
    question("H12Q07", "Why do some charges go up by more than others?", F,
             "Some rise by more to recover the full cost of the service, and a few are frozen where demand would fall",
             "paraphrase"),
    question("H12Q08", "Is help with charges available for people on low incomes?", F,
             "Concessions are kept at half the full charge for residents who receive council tax reduction",
             "paraphrase"),
    question("H12Q09", "What happens to help with food in the school holidays after the fund runs out?", Q,
             "so that the holiday vouchers can continue at a lower rate of £12 a week", "paraphrase"),
    question("H12Q10", "Will the council leader take the increase in his allowance?", Q,
             "he would give his increase to the Harthwaite Community Foundation", "paraphrase"),
    question("H12Q11", "Local Government and Social Care Ombudsman", Q,
             "The Local Government and Social Care Ombudsman decided 64 complaints about the Council", "lexical"),
    question("H12Q12", "road repair crews short of staff", Q,
             "Two of the five repair gangs have been short-staffed since October", "thematic"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the tax base and business rates report (platypus, two columns)
    _n("n12h01", "how many band D equivalent homes will council tax be set on next year", T,
       "The tax base for 2027/28 is 31,324.6 Band D equivalents", 31_324.6, "count",
       alt=((T, "approve a council tax base of 31,324.6 Band D equivalents for 2027/28"),
            (T, "Tax base at a collection rate of 98.6% 31,324.6"))),
    _n("n12h02", "by how much has the base grown since the current year", T,
       "up by 412.6, or 1.3 per cent, from 30,912.0 in 2026/27", 412.6, "count"),
    _n("n12h03", "how many properties in the fourth valuation band can be charged", T,
       "D 9/9 6,204 6,143 5,890.2 5,890.2", 6143, "count"),
    _n("n12h04", "what do the most expensive homes add up to once converted to the middle band", T,
       "H 18/9 97 95 93.5 187.0", 187.0, "count"),
    _n("n12h05", "how many households get help with their council tax bill", T,
       "Council tax reduction is paid to 5,912 households", 5912, "count"),
    _n("n12h06", "what does the district's share of a middle-band bill cost each week", T,
       "and comes to £4.78 a week", 4.78, "GBP"),
    _n("n12h07", "what will businesses in the district be billed before any deductions in the coming year", T,
       "Gross rates payable 41,206 42,918 1,712", 42_918_000, "GBP"),
    _n("n12h08", "what does the district pay the government out of its share of business rates", T,
       "before a tariff of £10.27m paid to the Government", 10_270_000, "GBP"),
    _n("n12h09", "after reliefs, what was the amount due from ratepayers forecast at for the current year", T,
       "Net rates payable 34,358 35,857 1,499", 34_358_000, "GBP"),
    # the capital strategy (platypus, row groups)
    _n("n12h10", "what will be spent on leisure and culture projects in 2027/28", P,
       "Leisure and culture 2.1 9.8 12.3 1.4 0.6", 12_300_000, "GBP"),
    _n("n12h11", "how much borrowing is planned to pay for capital schemes in 2028/29", P,
       "Borrowing 17.6 31.7 38.1 22.0 11.1", 22_000_000, "GBP"),
    _n("n12h12", "what is the most the council may owe lenders in 2027/28", P,
       "approve the prudential indicators in Table 2, including an authorised limit for external debt of £375.0m for "
       "2027/28", 375_000_000, "GBP", alt=((P, "Authorised limit – 330.0 375.0 395.0 400.0"),)),
    _n("n12h13", "how much will the housing account's underlying need to borrow be at the end of 2029/30", P,
       "Housing Revenue Account 96.3 104.8 117.2 124.9 128.3", 128_300_000, "GBP"),
    _n("n12h14", "what share of its income does the housing account spend on financing costs next year", P,
       "Housing Revenue Account (%) 24.6 25.2 26.9 27.5 27.8", 26.9, "percent"),
    _n("n12h15", "how much does each million pounds of borrowing cost the general fund annually", P,
       "costs the general fund about £71,000 a year in interest and minimum revenue provision", 71_000, "GBP"),
    _n("n12h16", "what will the provision for repaying debt be next year", P,
       "The minimum revenue provision charged to the general fund will be £5.38m in 2027/28", 5_380_000, "GBP"),
    _n("n12h17", "how many new homes will be built at Kestrel Fields", P,
       "96 of them at Kestrel Fields", 96, "count"),
    _n("n12h18", "what are the council's investment properties worth", P,
       "The Council owns 38 commercial properties valued at £84.5m", 84_500_000, "GBP"),
    # the fees and charges schedule (matplotlib)
    _n("n12h19", "what will a cremation for an adult cost from April", F,
       "Adult cremation each 1,046.00 1,098.00 5.0 O", 1098, "GBP"),
    _n("n12h20", "how much is the fee for a household's garden waste collection going to be", F,
       "Garden waste bin a year 52.00 56.00 7.7 O", 56, "GBP", alt=((F, "at £56 a year the bins will raise £1.03m"),)),
    _n("n12h21", "by what percentage does the cost of collecting bulky items go up", F,
       "Bulky waste collection (up to 3 items) each 32.00 35.00 9.4 O", 9.4, "percent"),
    _n("n12h22", "what did a taxi licence for a hackney carriage cost this year", F,
       "Hackney carriage vehicle licence a year 265.00 271.00 2.3 O", 265, "GBP"),
    _n("n12h23", "how much more income do the charges bring in next year", F,
       "up by £412,000 from £6.43m in 2026/27", 412_000, "GBP"),
    _n("n12h24", "what part of all fee income comes from parking", F,
       "Car parks bring in £2.94m of it, 43 per cent of the total", 43, "percent"),
    # the members' questions (Word)
    _n("n12h25", "how many families did the support fund reach through the welfare scheme", Q,
       "Applications through the Local Welfare Scheme 6,820 1,023,000 16.6", 6820, "count"),
    _n("n12h26", "how much of the fund had been used by the end of January", Q,
       "By 31 January 2027 it had spent £6.18m, 84 per cent", 6_180_000, "GBP"),
    _n("n12h27", "what proportion of complaints looked at by the Ombudsman went against the council", Q,
       "upheld 46 of them, 72 per cent", 72, "percent"),
    _n("n12h28", "what is a committee chair paid on top of the basic allowance", Q,
       "0.4 for a committee chair (£5,392)", 5392, "GBP"),
    _n("n12h29", "what do allowances cost for each person living in the county", Q,
       "Together the allowances come to £1.86 per head of the county's 617,400 residents", 1.86, "GBP"),
    _n("n12h30", "how many people were in the queue for a care assessment twelve months before", Q,
       "down from 688 a year earlier", 688, "count"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h12f")

if __name__ == "__main__":
    main()
