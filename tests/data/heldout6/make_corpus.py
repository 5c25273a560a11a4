"""Make the sixth held-out corpus: four short documents of four invented councils (two PDFs, a
DOCX, a council website page in HTML) and their gold (see README.md). Written before any
mechanism was scored against it; rendered with the second corpus' machinery (tests/data/layout:
``wordpdf``, ``flow``, ``goldkit``, ``reportkit``, ``docs_city.simple_table``) and the third
held-out corpus' table styles.

    python tests/data/heldout6/make_corpus.py [--out DIR]

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

import h6_office  # noqa: E402
import h6_pdf  # noqa: E402
from goldkit import figure_question as _n  # noqa: E402
from goldkit import heldout_generator, question  # noqa: E402

M, H, S, P = h6_pdf.MONITOR, h6_pdf.HEALTH, h6_office.SCORE, h6_office.PLANNING
SUFFIX = {S: ".html", P: ".docx"}
BUILDERS = {M: h6_pdf.build_monitor, H: h6_pdf.build_health, S: h6_office.build_score, P: h6_office.build_planning}
FIGURES = [*h6_pdf.FIGURES, *h6_office.FIGURES]
ENTITIES = [*h6_pdf.ENTITIES, *h6_office.ENTITIES]

QUESTIONS: list[dict[str, Any]] = [
    question("H6Q01", "Why is the children's services budget under so much pressure?", M,
             "Children looked after numbered 318 at the end of September, up from 291 in March 2025", "paraphrase"),
    question("H6Q02", "money set aside for change projects paying for new bin rounds", M,
             "a transfer of £650,000 from the Transformation Reserve to meet the one-off costs of redesigning the "
             "waste rounds", "thematic"),
    question("H6Q03", "What happens to the council's main balance if the overspend is not brought down?", M,
             "below the minimum of £10.5m set by the Medium Term Financial Strategy", "paraphrase"),
    question("H6Q04", "Who publishes the public health indicators?", H,
             "The Office for Health Improvement and Disparities (OHID) publishes the indicators in this report",
             "lexical"),
    question("H6Q05", "measles jab coverage among toddlers", H,
             "Uptake of both doses of the MMR vaccine among young children was 88.4% in 2024/25", "thematic"),
    question("H6Q06", "How much shorter are the lives of men in the poorest areas?", H,
             "Men in the most deprived tenth of neighbourhoods die 9.4 years sooner", "paraphrase"),
    question("H6Q07", "Why did the phone lines get busier over the autumn?", S,
             "after the new garden waste permits went on sale", "paraphrase"),
    question("H6Q08", "restaurant and takeaway hygiene ratings", S,
             "Food businesses rated good or better for hygiene 92% 93.1% 93.4% 94.0% 92.2% Improving On track",
             "thematic"),
    question("H6Q09", "Why were the flats at the old bus depot turned down?", P,
             "because the taller block would harm the setting of the conservation area", "paraphrase"),
    question("H6Q10", "Who spoke for the developer of the Gallowmere Lane site?", P,
             "Ms Jocasta Wrenbury-Webb of Askwith Tarrant Planning LLP spoke for the applicant", "lexical"),
    question("H6Q11", "Which councillor stayed out of the debate because of a conflict of interest?", P,
             "Councillor Threlkeld-Barnes declared that she sits on Esk Morton Parish Council", "paraphrase"),
    question("H6Q12", "developer contributions to GP services and buses", P,
             "£318,500 for the village surgery", "thematic"),
]


NUMBER_QUESTIONS: list[dict[str, Any]] = [
    # the revenue budget monitoring report
    _n("n6h01", "how much is the council expected to overspend by this year", M,
       "That Cabinet notes a forecast overspend of £2.84m for 2025/26", 2_840_000, "GBP",
       alt=((M, "Net budget 148,200 151,035 2,835"),)),
    _n("n6h02", "what is children's services now expected to spend in total this year", M,
       "Children's Services 38,915 41,120 2,205", 41_120_000, "GBP"),
    _n("n6h03", "by how much is the resources directorate under budget", M,
       "Resources 14,230 13,615 (615)", -615_000, "GBP"),
    _n("n6h04", "how much of the planned savings will actually be achieved this year", M,
       "of which £4.9m (77%) is forecast to be delivered in the year", 4_900_000, "GBP",
       alt=((M, "Total 6,400 4,900"),)),
    _n("n6h05", "what was the saving expected from finding more people to foster", M,
       "CS-11 Recruiting more foster carers 1,200 600", 1_200_000, "GBP"),
    _n("n6h06", "what will be left in the general fund at the end of March if nothing changes", M,
       "to £9.8m at 31 March 2026", 9_800_000, "GBP"),
    _n("n6h07", "what share of this year's council tax had come in by the end of September", M,
       "the Council had collected 56.1% of the council tax due for 2025/26", 56.1, "percent"),
    _n("n6h08", "how many children is the council looking after", M,
       "Children looked after numbered 318 at the end of September", 318, "count"),
    _n("n6h09", "how much did temporary workers from agencies cost in the first six months", M,
       "Agency staff cost £3.9m in the first half of 2025/26", 3_900_000, "GBP"),
    # the public health outcomes report
    _n("n6h10", "how many people live in Ashbrandon", H,
       "the health of Ashbrandon's 486,000 residents", 486_000, "count"),
    _n("n6h11", "what proportion of grown-ups in Ashbrandon smoke", H,
       "In 2024, 11.2% of adults in Ashbrandon smoked", 11.2, "percent"),
    _n("n6h12", "what is the teenage pregnancy rate in Ashbrandon", H,
       "Teenage conceptions fell to 13.6 per 1,000 young women in 2023", 13.6, "count"),
    _n("n6h13", "what is the national rate of hospital admissions caused by drink", H,
       "compared with the England average of 475", 475, "count"),
    _n("n6h14", "how much money does the council get for public health this year", H,
       "The public health grant for 2025/26 is £31.6m", 31_600_000, "GBP"),
    _n("n6h15", "what share of children leaving primary school carry too much weight", H,
       "Among children in their final year of primary school, 37.8% were overweight or obese in 2024/25",
       37.8, "percent"),
    _n("n6h16", "how many babies die in their first year for every 1,000 born in Ashbrandon", H,
       "Infant deaths per 1,000 live births 2023 4.6 4.1", 4.6, "count"),
    _n("n6h17", "what does it cost to help one smoker give up", H,
       "at a cost of £312 for each quitter", 312, "GBP"),
    _n("n6h18", "what percentage of adults in the county get enough exercise", H,
       "Physically active adults (%) 2023/24 64.1 67.1", 64.1, "percent"),
    # the performance scorecard
    _n("n6h19", "how many new homes were finished in the city between April and December 2025", S,
       "New homes completed (year to date) 650 142 301 468 415 Improving On track", 468, "count"),
    _n("n6h20", "how many households were in temporary accommodation at the end of December", S,
       "The number of households in temporary accommodation rose to 251", 251, "count",
       alt=((S, "Households in temporary accommodation (end of quarter) No target 212 236 251 198 Worse No "
                "target"),)),
    _n("n6h21", "what is the council tax collection target for the year", S,
       "Council tax collected (year to date) 96.5% 28.6% 56.4% 83.9% 84.3% Worse Within tolerance", 96.5, "percent"),
    _n("n6h22", "how many phone calls did the council take between October and December", S,
       "The contact centre took 41,300 calls in the quarter", 41_300, "count"),
    _n("n6h23", "how many fly-tipping incidents were reported in the second quarter", S,
       "Fly-tipping incidents reported No target 1,104 1,267 986 1,150 Improving No target", 1_267, "count"),
    _n("n6h24", "what proportion of calls to the contact centre were answered a year ago in the same quarter", S,
       "Contact centre calls answered 90% 86% 81% 89% 92% Worse Off track", 92, "percent"),
    # the planning committee minutes
    _n("n6h25", "how many homes are proposed on the land off Gallowmere Lane", P,
       "Outline application by Carrowfield Homes Ltd for up to 180 dwellings", 180, "count"),
    _n("n6h26", "how much will the developer pay towards school places at Esk Morton", P,
       "£1,264,000 towards a new classroom block at Esk Morton Primary School", 1_264_000, "GBP"),
    _n("n6h27", "how many councillors voted against the Gallowmere Lane scheme", P,
       "On being put to the vote there were 8 votes for, 3 against and 1 abstention.", 3, "count"),
    _n("n6h28", "what proportion of the flats at the old depot would be affordable", P,
       "The applicant offered 9 affordable homes, 20% of the total", 20, "percent"),
    _n("n6h29", "how much has the council made from planning application fees so far this year", P,
       "Planning fee income was £1.18m in the nine months to December", 1_180_000, "GBP"),
    _n("n6h30", "what share of planning appeals did the council win", P,
       "a success rate of 79% against a national average of about 70%", 79, "percent"),
]


write, main = heldout_generator(__doc__, HERE, BUILDERS, suffix=SUFFIX, questions=QUESTIONS,
                                number_questions=NUMBER_QUESTIONS, figures=FIGURES, entities=ENTITIES,
                                figure_id="h6f")

if __name__ == "__main__":
    main()
