"""A figure read with the figure it is part of or the change of (issue 17, item 3), on invented
passages with the real figure extractor: a part printed after "of whom"/"of which", or in a sentence
opening "Of those …", answers only a question that names what it adds to its whole (the verb that
says it aside), and the items listed after it are parts too, each from its joiner; a change printed
after the level it changes ("£6.2m, an increase of £0.4m", "530 empty shops, 44 fewer than a year
before") answers a question asking by how much, and the level one asking how large; a figure said to
be of the year before ("down from 22% a year earlier") answers a question asking for a year back."""

from __future__ import annotations

import pytest

from tests.answering import answer

_MEMBERS = "The Wyvern library has 9,600 members, of whom 2,100 hold a digital pass."
_CARE = ("At 31 March 2027 Wyvern looked after 312 children. Of those children, 204 lived with foster families "
         "and 41 in children's homes.")
_PUPILS = "The Sampleton service carries 2,400 pupils, of whom 1,900 travel by bus and 500 by taxi."


@pytest.mark.parametrize(
    ("query", "text", "want"),
    [
        ("how many people hold a Wyvern library card", _MEMBERS, "9,600"),
        ("how many Wyvern library members hold a digital pass", _MEMBERS, "2,100"),
        ("how many children are in Wyvern's care", _CARE, "312"),
        ("how many Wyvern children in care live with foster families", _CARE, "204"),
        ("how many pupils does the Sampleton service carry", _PUPILS, "2,400"),
        ("how many pupils travel by bus in Sampleton", _PUPILS, "1,900"),
        ("how many pupils travel by taxi in Sampleton", _PUPILS, "500"),
    ],
)
def test_a_part_answers_only_a_question_naming_what_it_adds_to_its_whole(query: str, text: str, want: str) -> None:
    assert answer(query, text) == want


def test_an_amount_recharged_out_of_a_cost_still_answers_what_the_other_body_paid() -> None:
    text = "The Orlwick ferry cost £2.4m in 2026/27, of which £0.6m was recharged to the harbour board."
    assert answer("how much did the harbour board pay towards the Orlwick ferry", text) == "£0.6m"


@pytest.mark.parametrize(
    ("query", "text", "want"),
    [
        ("how much did the Orlwick drainage levy rise", "The Orlwick drainage levy is £6.2m, an increase of £0.4m on last year.",
         "£0.4m"),
        ("what is the Orlwick drainage levy", "The Orlwick drainage levy is £6.2m, an increase of £0.4m on last year.", "£6.2m"),
        ("by how many did the number of empty shops in Wyvern fall",
         "Wyvern had 530 empty shops in May 2027, 44 fewer than a year before.", "44"),
        ("how many empty shops did Wyvern have in May 2027",
         "Wyvern had 530 empty shops in May 2027, 44 fewer than a year before.", "530"),
    ],
)
def test_a_change_printed_after_its_level_answers_by_how_much(query: str, text: str, want: str) -> None:
    assert answer(query, text) == want


def test_a_question_asking_a_year_back_takes_the_figure_said_to_be_of_the_year_before() -> None:
    text = "Hotels account for 14% of the families placed by Orlwick, down from 22% a year earlier."
    assert answer("what share of families placed by Orlwick were in hotels a year before", text) == "22%"
    assert answer("what share of families placed by Orlwick are in hotels", text) == "14%"
