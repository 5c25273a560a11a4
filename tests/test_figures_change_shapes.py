"""What a change figure measures when the sentence leaves a word out (figures.v47), on invented
Sampleton sentences:

- a change verb with the figure straight after it, no "by": "hall hire goes up 5.5%", "parking
  income rose 8% to £1.2m" (the 8% is the rise, the £1.2m the income);
- the verb of a change left out after the first: "pitch fees rise by 3.1%, and changing room
  charges by 20p" (the 20p is the rise in the changing room charges);
- a second comparison of the same thing: "6% higher than in 2029 and 31% higher than in 2026"
  (both are the rise in what the figure before them counts);
- money a thing brings in: "the fees are expected to bring in £2.31m" is income from the fees,
  not "fees bring";
- the change verbs of ``extract.figures.change`` are one table: a verb written once there
  ("jump") is read as a change in every place."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import content_words


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


@pytest.mark.parametrize(
    ("text", "surface", "words"),
    [
        ("Hall hire goes up 5.5% because the caretaking contract was let again.", "5.5%", "rise hall hire"),
        ("Sampleton's parking income rose 8% to £1.2m.", "8%", "rise parking income"),
        ("Sampleton's skip hire charge jumped by 9% in April.", "9%", "rise skip hire charge"),
    ],
)
def test_a_change_verb_with_no_by_is_a_change(text: str, surface: str, words: str) -> None:
    label = _labels(text)[surface]
    assert label is not None and content_words(words) <= content_words(label), label
    assert label.lower().startswith(("rise in", "increase in")), label  # the change, not "X rose"


def test_the_level_after_a_bare_change_is_the_thing_itself() -> None:
    label = _labels("Sampleton's parking income rose 8% to £1.2m.")["£1.2m"]
    assert label is not None and "parking income" in label and not label.lower().startswith(("rise", "increase"))


def test_a_change_whose_verb_is_left_out_after_the_first() -> None:
    got = _labels("Pitch fees rise by 3.1%, and changing room charges by 20p a session.")
    assert got["3.1%"] is not None and got["20p"] is not None
    assert content_words("rise changing room charges") <= content_words(got["20p"]), got


def test_a_second_comparison_of_the_same_thing_takes_its_label() -> None:
    got = _labels("In March 2031 Sampleton kept 2,410 tree records, 6% higher than in 2029 and 31% higher "
                  "than in 2026.")
    assert got["6%"] is not None and got["31%"] == got["6%"]


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Taken together, the Sampleton fees are expected to bring in £2.31m in 2031/32.", "£2.31m", "fees"),
        ("The new parking zone would bring in about £84,000 a year.", "£84,000", "parking zone"),
    ],
)
def test_money_a_thing_brings_in_is_income_from_it(text: str, surface: str, source: str) -> None:
    label = _labels(text)[surface]
    assert label is not None and content_words(f"income {source}") <= content_words(label), label


@pytest.mark.parametrize(
    ("text", "surface", "words"),
    [
        ("At Sampleton 87% of drivers have completed the eco-driving course against a target of 90%.", "90%",
         "target drivers eco-driving course"),
        ("Orlwick lent 84,200 books, compared with a regional average of 91,000.", "91,000", "regional average books"),
    ],
)
def test_a_bare_benchmark_is_the_benchmark_of_the_figure_before(text: str, surface: str, words: str) -> None:
    label = _labels(text)[surface]
    assert label is not None and content_words(words) <= content_words(label), label


def test_a_bare_target_left_by_the_parse_takes_the_figure_before() -> None:
    """The shape pass itself, on candidates whose parse left the target bare (as the parse does
    when "against" hangs on a noun of the clause rather than on its verb)."""
    from councilsearch.extract.figures.candidates import Cand
    from councilsearch.extract.figures.shapes import shape_labels

    text = "Lost keys fell to 4, and 81% of Sampleton wardens have passed the first aid course against a target of 85%."
    span = (0, len(text))
    done = Cand(text.index("81%"), text.index("81%") + 3, 81.0, "percent", "percent", sentence=span,
                label="wardens passed first aid course")
    aim = Cand(text.index("85%"), text.index("85%") + 3, 85.0, "percent", "percent", sentence=span, label="target")
    shape_labels(text, [done, aim])
    assert aim.label == "target for wardens passed first aid course"
