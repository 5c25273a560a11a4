"""Number questions read by kinds of reading that failed on fresh question sets (issue 17, item 3),
each on invented passages and questions with the real figure extractor: a what-question whose
noun is a quantity, a measure word that only says what the next noun is ("council tax support",
"housing revenue account"), "how much of X" answered by a share, a rate per a number of things,
a change asked for against the level it reached, the example a question states, and a question
with two asks."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import fold
from councilsearch.index.answer import best_answer, figure_fit, number_question, weigh
from councilsearch.index.kin import said_measures
from councilsearch.models import Figure, Passage


def _passage(text: str) -> Passage:
    return Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(text)), text=text, pages=(1,),
                   path=("Report",), para_no=None, kind="paragraph")


def _answer(question: str, text: str) -> str | None:
    nq = number_question(question)
    assert nq is not None, question
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    return None if fig is None else fig.surface


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what return did the Orlwick pension fund make over the year", None),
        ("what further benefit could the Wyvern review bring after the plan ends", "money"),
        ("what does a night in a family hostel room in Sampleton cost", "money"),  # nine words between
        ("how well funded is the Orlwick pension scheme", "percent"),  # a level
        ("what rise could tenants in Sampleton face next April", None),
    ],
)
def test_a_what_question_whose_noun_is_a_quantity_asks_for_a_number(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


def test_a_quantity_lead_is_answered() -> None:
    text = "Over the twelve months the Orlwick Fund returned 7.2% against its benchmark of 6.5%."
    assert _answer("what return did the Orlwick fund make over the year", text) == "7.2%"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("housing revenue account", set()),
        ("council tax support consultation", set()),
        ("penalty charge income", {"incom"}),
        ("budget gap", {"gap"}),
        ("management fee paid by the council", {"fee", "pay"}),
        ("what will the scheme cost residents", {"cost"}),
        ("how much did the council spend last year", {"spend"}),
        ("how much did Orlwick spend gross on housing", {"spend"}),
    ],
)
def test_a_measure_word_before_a_noun_only_says_what_the_noun_is(text: str, said: set[str]) -> None:
    assert said_measures(text) == said


def test_a_question_about_a_scheme_named_by_a_measure_word_measures_nothing_else() -> None:
    nq = number_question("how many people replied to the council tax support consultation in Wyvern")
    assert nq is not None and nq.measures == ()
    nq = number_question("how much council tax will a band D home in Wyvern pay")
    assert nq is not None and "tax" in nq.measures


def test_a_label_naming_an_account_by_a_measure_word_still_answers() -> None:
    text = ("Gross revenue expenditure at Orlwick is around £412 million. The council has its own housing stock "
            "and gross spending on the housing revenue account is around £58 million.")
    assert _answer("how much did Orlwick spend gross on council housing each year", text) == "£58 million"


def test_how_much_of_a_whole_may_be_answered_by_a_share() -> None:
    text = "The Sampleton survey found that around 12% of the council's housing stock needed damp repairs."
    nq = number_question("how much of Sampleton's housing stock needed damp repairs")
    assert nq is not None and nq.kind is None and nq.part
    assert _answer("how much of Sampleton's housing stock needed damp repairs", text) == "12%"
    # an amount and its share that fit alike: the amount
    text = ("The Orlwick harbour is expected to cost £520,000 in 2026/27 and to recover £310,000 (60%) of that "
            "from mooring fees.")
    assert _answer("how much of the harbour's running cost is paid from mooring fees", text) == "£310,000"


def test_a_rate_per_a_number_of_things_is_neither_a_count_nor_a_share() -> None:
    text = ("At 31 March the Orlwick council looked after 312 children, a rate of 64 per 10,000 children, "
            "against 70 per 10,000 in England.")
    assert _answer("how many children does the Orlwick council look after", text) == "312"
    assert _answer("what is Orlwick's rate of looked-after children per ten thousand", text) == "64"


def test_a_change_is_not_the_level_it_reached() -> None:
    text = ("The management fee paid by the council to the Wyvern leisure trust fell to £940,000 in 2025. For "
            "2026/27 the trust proposes a fee of £905,000, which is £35,000 less than this year.")
    assert _answer("by how much will the management fee paid to the leisure trust go down next year", text) == "£35,000"


def test_the_example_a_question_states_picks_its_sentence_and_is_not_the_answer() -> None:
    text = ("The award stays the same unless income changes by more than £25 a week. For example, a lone parent "
            "with two children and net income of £210 a week would receive £11.40 a week towards their bill.")
    assert _answer("how much help per week would a household of three on £210 a week get", text) == "£11.40"
    nq = number_question("how much help would a household on £210 a week get in 2026/27")
    assert nq is not None and nq.stated == ("210",)  # a year states no number


def test_a_question_with_two_asks_is_answered_for_the_first() -> None:
    text = "The Wyvern Road scheme provides 48 homes, of which 14 will be affordable."
    assert _answer("how many homes are proposed at Wyvern Road and how many are affordable", text) == "48"


def test_the_verb_ending_a_how_many_question_measures_the_count() -> None:
    """"how many homes will the scheme protect": the homes protected, not the homes flooded."""
    text = ("Flooding in February 2025 entered 41 homes in Orlwick village. The proposed embankment and pumping "
            "station will protect 168 properties and is estimated to cost £3.2m.")
    question = "How many homes will the Orlwick flood scheme protect?"
    nq = number_question(question)
    assert nq is not None and nq.measures == ("protect",)
    common = {"homes", "home", "hom", "scheme", "schem"}
    nq = weigh(nq, lambda w: 200 if w in common else 5, 1000)
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    assert fig is not None and fig.surface == "168"
    nq = number_question("how many people did the Orlwick service help last year")
    assert nq is not None and nq.measures == ()  # a time word ends it, not a verb


def test_the_whole_a_part_is_asked_of_says_where_to_look() -> None:
    text = ("The Sampleton inflation contingency was underspent by £2.4m after transfers to departments. "
            "The corporate contingency of £1m was not needed.")
    nq = number_question("how much of the inflation contingency was left unspent")
    assert nq is not None and nq.weight("infl") == nq.weight("left") / 2
    assert _answer("how much of the inflation contingency was left unspent", text) == "£2.4m"


def test_parts_after_a_colon_are_parts_of_the_figure_before() -> None:
    text = ("At 30 November 2025, 5,120 households received Council Tax Support in Orlwick: 2,210 of pension age "
            "and 2,910 of working age. In 2024/25 the Council sent a summons for unpaid council tax to 980 "
            "working-age households on support.")
    assert _answer("how many working-age households get help with their council tax in Orlwick", text) == "2,910"


def test_what_how_many_counts_may_be_hyphenated() -> None:
    nq = number_question("how many working-age households in Orlwick get help")
    assert nq is not None and nq.counted == fold("households")


def test_an_owner_before_a_counted_noun_is_not_what_is_counted() -> None:
    text = ("Of the 320 children the Sampleton council looks after, 190 live with foster carers. At December 2025 "
            "the Council's own fostering households numbered 131.")
    assert _answer("how many foster families of its own does the council have", text) == "131"


def test_people_named_by_what_they_do_are_people() -> None:
    text = ("The Orlwick Fund has 48,200 members: 16,900 contributing members, 18,100 deferred members and "
            "13,200 pensioners.")
    assert _answer("how many retired people draw a pension from the Orlwick fund", text) == "13,200"


def test_from_a_level_in_a_year_to_another_goes_to_the_later() -> None:
    text = "The Council's own fostering households in Sampleton fell from 150 in March 2023 to 131."
    assert _answer("how many fostering households of its own does the council have now", text) == "131"


def test_a_list_of_shares_says_its_whole_once() -> None:
    """"what share of the population was of Black background": the whole ("population") is said once
    for every share of the list after it, so it counts as in each share's clause."""
    text = ("Sampleton's population is estimated at 140,000 (2021 estimates). It has a diverse population with "
            "approximately 22 per cent from minority ethnic backgrounds, 9 per cent being from a Black background.")
    question = "what share of Sampleton's population in 2021 was of Black background"
    nq = number_question(question)
    assert nq is not None and nq.of_whole == (fold("population"),)
    fig, _ = best_answer(_passage(text), extract_figures(text), weigh(nq, lambda w: 5, 1000))
    assert fig is not None and fig.surface == "9 per cent"


def test_a_time_phrase_says_when_not_what() -> None:
    """"over the past year" dates the question: its "year" does not make a figure printed "a year"
    (a five-year average) outbid the year's own figure."""
    sentence = ("Over the twelve months to March the Orlwick Fund returned 7.9% against its benchmark of 7.1%; over "
                "five years it has returned 5.8% a year.")
    nq = number_question("what return did the Orlwick fund make over the past year")
    assert nq is not None and fold("year") not in nq.terms
    year = Figure("7.9%", (0, 4), 7.9, "percent", "percent")
    average = Figure("5.8%", (0, 4), 5.8, "percent", "percent", label="benchmark")
    assert figure_fit(year, nq, "Over the twelve months to March the Orlwick Fund returned 7.9%", sentence) > figure_fit(
        average, nq, "over five years it has returned 5.8% a year", sentence)
    nq = number_question("how much a year does the Orlwick scheme save")
    assert nq is not None and fold("year") in nq.terms  # "a year" asks for a yearly amount


def test_a_spell_of_time_the_question_states_picks_the_clause_stating_it() -> None:
    """"outstanding for over three months" meets "open for more than 90 days" (the same spell in days)."""
    text = "At the end of May 2026 there were 1,120 open repair jobs in Orlwick, of which 174 had been open for more than 90 days."
    question = "how many Orlwick council repairs had been outstanding for over three months"
    nq = number_question(question)
    assert nq is not None and nq.spell is not None and round(nq.spell) == 91
    assert _answer(question, text) == "174"
