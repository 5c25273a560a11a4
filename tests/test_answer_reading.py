"""Number questions read by kinds of reading that failed on fresh question sets (issue 17, item 3),
each on invented passages and questions with the real figure extractor: a what-question whose
noun is a quantity, a measure word that only says what the next noun is ("business rates relief",
"housing revenue account"), "how much of X" answered by a share, a rate per a number of things,
a change asked for against the level it reached, the example a question states, and a question
with two asks."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import fold
from councilsearch.index.answer import best_answer, figure_fit, number_question, weigh
from councilsearch.index.asking import initials_of, spell_days
from councilsearch.index.kin import said_measures
from councilsearch.models import Figure
from tests.answering import answer, one_passage

_passage = one_passage
_answer = answer


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what return did the Orlwick treasury portfolio make over the year", None),
        ("what further benefit could the Wyvern review bring after the plan ends", "money"),
        ("what does a night in a family hostel room in Sampleton cost", "money"),  # nine words between
        ("how well funded is the Orlwick capital programme", "percent"),  # a level
        ("what rise could tenants in Sampleton face next April", None),
    ],
)
def test_a_what_question_whose_noun_is_a_quantity_asks_for_a_number(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


def test_a_quantity_lead_is_answered() -> None:
    text = "In 2025 the Orlwick treasury portfolio earned 4.6%, ahead of a target of 4.0%."
    assert _answer("what return did the Orlwick portfolio make over the year", text) == "4.6%"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("housing revenue account", set()),
        ("business rates relief review", set()),
        ("penalty charge income", {"incom"}),
        ("budget gap", {"gap"}),
        ("service charge paid by leaseholders", {"charg", "pay"}),
        ("what will the scheme cost residents", {"cost"}),
        ("how much did the council spend last year", {"spend"}),
        ("how much did Orlwick spend gross on housing", {"spend"}),
    ],
)
def test_a_measure_word_before_a_noun_only_says_what_the_noun_is(text: str, said: set[str]) -> None:
    assert said_measures(text) == said


def test_a_question_about_a_scheme_named_by_a_measure_word_measures_nothing_else() -> None:
    nq = number_question("how many firms answered the business rates relief review in Wyvern")
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
    text = ("In the autumn term Orlwick schools excluded 95 pupils, a rate of 3.1 per 1,000 pupils, "
            "against 2.4 per 1,000 across the region.")
    assert _answer("how many pupils did Orlwick schools exclude", text) == "95"
    assert _answer("what is Orlwick's exclusion rate per thousand pupils", text) == "3.1"


def test_a_change_is_not_the_level_it_reached() -> None:
    text = ("The grant paid by the council to the Wyvern museum trust fell to £410,000 in 2025. For 2026/27 the "
            "council proposes a grant of £388,000, which is £22,000 less than this year.")
    assert _answer("by how much will the grant paid to the museum trust go down next year", text) == "£22,000"


def test_the_example_a_question_states_picks_its_sentence_and_is_not_the_answer() -> None:
    text = ("The discount stays the same unless earnings change by more than £30 a week. As an illustration, a "
            "couple with two children and net earnings of £340 a week would receive £8.20 a week off their rent.")
    assert _answer("how much help per week would a household of four on £340 a week get", text) == "£8.20"
    nq = number_question("how much would a resident with £9,400 of savings pay in 2026/27")
    assert nq is not None and nq.stated == ("9400",)  # a year states no number


def test_a_question_with_two_asks_is_answered_for_the_first() -> None:
    text = "The Wyvern Road scheme provides 48 homes, of which 14 will be affordable."
    assert _answer("how many homes are proposed at Wyvern Road and how many are affordable", text) == "48"


def test_the_verb_ending_a_how_many_question_measures_the_count() -> None:
    """"how many homes will the scheme protect": the homes protected, not the homes flooded."""
    text = ("Breakdowns in January 2025 stranded 23 vehicles on Orlwick roads. The proposed workshop and wash "
            "bay will repair 140 vehicles a year and are estimated to cost £2.1m.")
    question = "How many vehicles will the Orlwick workshop repair?"
    nq = number_question(question)
    assert nq is not None and nq.measures == (fold("repair"),)
    common = {fold("vehicles"), fold("vehicle"), fold("workshop")}
    nq = weigh(nq, lambda w: 200 if w in common else 5, 1000)
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    assert fig is not None and fig.surface == "140"
    nq = number_question("how many people did the Orlwick service help last year")
    assert nq is not None and nq.measures == ()  # a time word ends it, not a verb


def test_the_whole_a_part_is_asked_of_says_where_to_look() -> None:
    text = ("The Sampleton winter gritting reserve was underspent by £0.3m after the mild season. "
            "The separate flood reserve of £2m was not needed.")
    question = "how much of the gritting reserve was left unused"
    nq = number_question(question)
    assert nq is not None and nq.weight(fold("gritting")) == nq.weight(fold("left")) / 2
    assert _answer(question, text) == "£0.3m"


def test_parts_after_a_colon_are_parts_of_the_figure_before() -> None:
    text = ("In June 2026, 2,400 pupils travelled on Orlwick's school buses: 1,650 of primary age and 750 of "
            "secondary age. Last term the Council withdrew bus passes from 90 secondary-age pupils.")
    assert _answer("how many secondary-age pupils ride the school buses in Orlwick", text) == "750"


def test_what_how_many_counts_may_be_hyphenated() -> None:
    nq = number_question("how many secondary-age pupils in Orlwick use the buses")
    assert nq is not None and nq.counted == fold("pupils")


def test_an_owner_before_a_counted_noun_is_not_what_is_counted() -> None:
    text = ("Of the 85 care homes in Sampleton, 12 take residents the council places. At June 2026 the "
            "Council's own day centres numbered 7.")
    assert _answer("how many day centres of its own does the council have", text) == "7"


def test_people_named_by_what_they_do_are_people() -> None:
    text = "Orlwick libraries have 31,500 registered borrowers, with 410 volunteers and 96 paid staff."
    assert _answer("how many people volunteer in Orlwick libraries", text) == "410"


def test_from_a_level_in_a_year_to_another_goes_to_the_later() -> None:
    text = "The Council's own day centres in Sampleton fell from 11 in May 2021 to 7."
    assert _answer("how many day centres of its own does the council run now", text) == "7"


def test_a_list_of_shares_says_its_whole_once() -> None:
    """"what share of the workforce was on term-time contracts": the whole ("workforce") is said once
    for every share of the list after it, so it counts as in each share's clause."""
    text = ("Orlwick employs about 6,200 people (2024 figures). It has a mostly part-time workforce, with "
            "around 58 per cent working under 30 hours a week, 12 per cent being on term-time contracts.")
    question = "what share of Orlwick's workforce in 2024 was on term-time contracts"
    nq = number_question(question)
    assert nq is not None and nq.of_whole == (fold("workforce"),)
    fig, _ = best_answer(_passage(text), extract_figures(text), weigh(nq, lambda w: 5, 1000))
    assert fig is not None and fig.surface == "12 per cent"


def test_a_time_phrase_says_when_not_what() -> None:
    """"over the past year" dates the question: its "year" does not make a figure printed "a year"
    (a five-year average) outbid the year's own figure."""
    sentence = ("In the twelve months to June the Orlwick portfolio earned 4.6%, ahead of a target of 4.0%; over "
                "five years it has earned 3.1% a year.")
    nq = number_question("what return did the Orlwick portfolio make over the past year")
    assert nq is not None and fold("year") not in nq.terms
    year = Figure("4.6%", (0, 4), 4.6, "percent", "percent")
    average = Figure("3.1%", (0, 4), 3.1, "percent", "percent", label="target")
    assert figure_fit(year, nq, "In the twelve months to June the Orlwick portfolio earned 4.6%", sentence) > figure_fit(
        average, nq, "over five years it has earned 3.1% a year", sentence)
    nq = number_question("how much a year does the Orlwick scheme save")
    assert nq is not None and fold("year") in nq.terms  # "a year" asks for a yearly amount


def test_a_spell_of_time_the_question_states_picks_the_clause_stating_it() -> None:
    """"pending for over six weeks" meets "open for more than 42 days" (the same spell in days)."""
    text = "In March 2026, 860 Orlwick planning appeals were open, of which 95 had been open for more than 42 days."
    question = "how many Orlwick planning appeals had been pending for over six weeks"
    nq = number_question(question)
    assert nq is not None and nq.spell is not None and round(nq.spell) == 42
    assert _answer(question, text) == "95"


@pytest.mark.parametrize(("text", "days"), [
    ("closed for twenty-one days", 21.0),  # a compound number word is one number, not "one day"
    ("a wait of thirteen weeks", 91.0),  # every number word of the figure lexicon, not a shorter list
    ("over 42 days", 42.0),
    ("six weeks", 42.0),
])
def test_a_spell_reads_number_words_as_the_figure_lexicon_does(text: str, days: float) -> None:
    assert spell_days(text) == days


def test_a_compound_spell_in_the_clause_meets_the_question() -> None:
    """"pending for over three weeks" meets "open for more than twenty-one days" (not "one day")."""
    text = "In May 2026, 310 Sampleton repair requests were open, of which 44 had been open for more than twenty-one days."
    question = "how many Sampleton repair requests had been pending for over three weeks"
    assert _answer(question, text) == "44"


def test_an_acronym_stands_for_the_words_the_question_spells_out() -> None:
    text = "The warden service spent £185,000 on patrols in 2025/26. The HIA spent £310,000 on stair lifts and ramps."
    assert _answer("how much did the home improvement agency spend", text) == "£310,000"
    nq = number_question("how much debt does the wyvern harbour board carry")
    assert nq is not None and ("whb", ("board", "harbour", "wyvern")) in nq.initials
    # initials run over words written alike, and leave out "of" and "for" inside a name
    named = initials_of("the Department for Transport and Education", frozenset({"depart", "transport", "educ"}))
    assert ("dte", ("depart", "educ", "transport")) in named
