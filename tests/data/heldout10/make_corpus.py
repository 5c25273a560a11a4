"""Make the tenth held-out corpus: four short documents of four invented councils (a cabinet
reports pack, a corporate risk register report drawn on a plain reportlab canvas, full council
minutes set with matplotlib's PDF backend, and a peer challenge progress review in Word) and their
gold (see README.md). Written before any mechanism was scored against it; the pack and the Word
letter use the second corpus' machinery (tests/data/layout: ``wordpdf``, ``flow``, ``goldkit``,
``reportkit``), the other two their own.

    python tests/data/heldout10/make_corpus.py [--out DIR]

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

import h10_canvas  # noqa: E402
import h10_mpl  # noqa: E402
import h10_office  # noqa: E402
import h10_pack  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

P, R, G, Y = h10_pack.PACK, h10_canvas.RISK, h10_mpl.MINS, h10_office.PEER
SUFFIX = {Y: ".docx"}
BUILDERS = {P: h10_pack.build_pack, R: h10_canvas.build_risk, G: h10_mpl.build_minutes, Y: h10_office.build_peer}
FIGURES = [*h10_pack.FIGURES, *h10_canvas.FIGURES, *h10_mpl.FIGURES, *h10_office.FIGURES]
ENTITIES = [*h10_pack.ENTITIES, *h10_canvas.ENTITIES, *h10_mpl.ENTITIES, *h10_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H10Q01", "Why are children's football pitches not going up in price?", P,
             "junior pitches stay at £24.00 to support grassroots clubs", "paraphrase"),
    question("H10Q02", "Who gets a discount on having large unwanted furniture taken away?", P,
             "Residents who receive council tax support pay half.", "paraphrase"),
    question("H10Q03", "building control team shared with a neighbouring council", P,
             "a building control team shared with Wrexley Borough Council", "lexical"),
    question("H10Q04", "Which efficiency actions have got stuck and what is proposed instead?", P,
             "Officers propose to replace them with a review of the Council's 27 largest service contracts",
             "thematic"),
    question("H10Q05", "How is the number given to each risk worked out?", R,
             "the risk score is the one multiplied by the other", "paraphrase"),
    question("H10Q06", "What happened to the firm that looks after the parks and verges?", R,
             "The parent company of the grounds maintenance contractor went into administration in August 2025",
             "paraphrase"),
    question("H10Q07", "proposals for new unitary councils in the county", R,
             "The Government has invited the councils of the county to propose new unitary councils", "lexical"),
    question("H10Q08", "What will people use instead of the public toilets that are shutting?", G,
             "open their toilets to the public under the Community Toilet Scheme", "paraphrase"),
    question("H10Q09", "villages left without buses at weekends", G,
             "leaving 14 villages with no bus on Sundays", "thematic"),
    question("H10Q10", "Did any councillor leave the room because of a conflict of interest?", G,
             "Councillor Jonas Etherington declared an interest in minute 86 as a trustee of Garnsby Community "
             "Transport", "paraphrase"),
    question("H10Q11", "What worries the visiting team most about the savings plan?", Y,
             "depend on the Digital Yelverby programme, which the peers regard as the riskiest part of the plan",
             "paraphrase"),
    question("H10Q12", "money for neighbourhood health hubs", Y,
             "has agreed a joint fund of £3.5m for neighbourhood health hubs", "lexical"),
]

NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the cabinet reports pack (fees and charges, productivity plan)
    _n("n10h01", "how much will it cost to have a brown bin emptied for a year from April", P,
       "agrees that the garden waste charge rises from £52 to £56 a bin a year;", 56, "GBP",
       alt=((P, "Garden waste collection (brown bin) per bin a year 52.00 56.00 – 56.00 7.7 O"),)),
    _n("n10h02", "what will someone from outside the district pay for an adult burial plot in the new part of the "
                 "cemetery", P,
       "Adult grave, new section, non-resident each 2,144.00 2,240.00 – 2,240.00 4.5 E", 2240, "GBP"),
    _n("n10h03", "how much VAT is added to the charge for getting rid of a wasps' nest", P,
       "Wasps' nest, domestic premises per treatment 65.00 56.67 11.33 68.00 4.6 S", 11.33, "GBP"),
    _n("n10h04", "by what percentage does the price of a second brown bin go up", P,
       "Second garden waste bin at the same address per bin a year 40.00 43.00 – 43.00 7.5 O", 7.5, "percent"),
    _n("n10h05", "how many homes pay to have their garden rubbish collected", P,
       "Garden waste: 11,840 households subscribe this year, about a third of those who could.", 11840, "count"),
    _n("n10h06", "what inflation rate are the price rises based on", P,
       "the Consumer Prices Index (CPI) of September 2025, which was 3.8 per cent", 3.8, "percent"),
    _n("n10h07", "how much more will all the charges bring in next year than this year's budget", P,
       "the charges are expected to bring in £4.49m in 2026/27, an increase of £181,000, or 4.2 per cent, on the "
       "2025/26 budget", 181_000, "GBP"),
    _n("n10h08", "what share of requests from residents now arrive through the website", P,
       "Online forms now take 64 per cent of requests for service, up from 41 per cent when the plan was written",
       64, "percent"),
    _n("n10h09", "how many phone calls did the contact centre handle in 2024/25", P,
       "Calls to the contact centre fell by a quarter, from 118,400 in 2023/24 to 88,900 in 2024/25.", 88_900,
       "count"),
    _n("n10h10", "how much a year has moving services online actually saved so far", P,
       "1 Online forms and a customer portal 260 214 On track", 214_000, "GBP"),
    _n("n10h11", "what did the council get for the office building it sold", P,
       "It fetched £1.65m in November 2025, £150,000 more than its valuation", 1_650_000, "GBP"),
    # the corporate risk register
    _n("n10h12", "how large is the hole in next year's budget before any cuts", R,
       "the gap in the 2026/27 budget widened to £2.7m before savings", 2_700_000, "GBP"),
    _n("n10h13", "how much does the borough hold in general reserves that are not set aside for anything", R,
       "Unallocated general reserves stand at £3.9m, 11 per cent of the net budget", 3_900_000, "GBP"),
    _n("n10h14", "how many families were in temporary housing at the end of December", R,
       "There were 142 households in temporary accommodation on 31 December 2025", 142, "count"),
    _n("n10h15", "what does one night in a bed and breakfast cost the council for a homeless family", R,
       "bed and breakfast costs the Council about £68 a night for each household placed", 68, "GBP"),
    _n("n10h16", "by what percentage did the price of building the depot rise once it was tendered", R,
       "The contract price rose from £8.4m to £9.1m after tender, an increase of 8.3 per cent", 8.3, "percent"),
    _n("n10h17", "what population would the smaller of the two proposed new councils serve", R,
       "would create two unitary councils of about 400,000 and 520,000 residents", 400_000, "count"),
    _n("n10h18", "what is the cyber risk scored at now that its controls are counted", R,
       "CR02 Cyber attack Head of Digital Services 5 5 25 3 5 15 15 10 Same", 15, "count",
       alt=((R, "Cyber attack (CR02) stays at 15."),)),
    _n("n10h19", "what score does the council hope to bring the housing demand risk down to", R,
       "CR03 Housing demand and temporary accommodation Director of Communities 5 4 20 4 4 16 12 8 Up", 8, "count"),
    _n("n10h20", "how much will the council's insurance cost next year", R,
       "The Council's insurance premiums for 2026/27 rise by 6.5% to £612,000", 612_000, "GBP"),
    # the full council minutes
    _n("n10h21", "what will the borough itself charge a Band D household next year", G,
       "the Council's council tax for a Band D property in 2026/27 be £231.84", 231.84, "GBP"),
    _n("n10h22", "how many councillors voted down the opposition's budget amendment", G,
       "For (6) Against (11) Abstained (1)", 11, "count"),
    _n("n10h23", "what does it cost each year to keep the town centre public toilets running", G,
       "the toilets cost £38,500 a year to run", 38_500, "GBP"),
    _n("n10h24", "how many affordable homes were finished in the borough in 2024/25", G,
       "The Leader replied that 187 affordable homes had been completed, 41 of them for social rent", 187, "count"),
    _n("n10h25", "what will each councillor's basic allowance be from April", G,
       "the basic allowance rise from £5,120 to £5,280 a year from 1 April 2026", 5280, "GBP"),
    _n("n10h26", "how many homes have stood empty for over two years", G,
       "replied that there were 312 on 1 January 2026", 312, "count"),
    # the peer challenge progress review
    _n("n10h27", "how much of the budget shortfall for the two later years still has no plan", Y,
       "leaves £6.8m to be found in 2027/28 and 2028/29", 6_800_000, "GBP",
       alt=((Y, "Gap still to close 0.0 2.9 3.9 6.8"),)),
    _n("n10h28", "by what percentage did the money in usable reserves drop", Y,
       "Usable reserves fell from £38.1m at 31 March 2024 to £29.7m at 31 March 2025, a fall of 22 per cent", 22,
       "percent"),
    _n("n10h29", "how much has the council raised from selling buildings it no longer needs", Y,
       "21 of them have been sold for £6.3m", 6_300_000, "GBP"),
    _n("n10h30", "what proportion of employees filled in the latest staff survey", Y,
       "The staff survey of November 2025 had a response rate of 58%", 58, "percent"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h10f")

if __name__ == "__main__":
    main()
