"""Labels of prose figures written in shapes councils use and the parse alone misreads
(figures.v33), on invented sentences in several phrasings each:

- a count of "times" counts the events of its verb ("the panel met nine times"): what met;
- an amount "worth £N" beside a noun is that noun's value ("1,020 season tickets worth £38,000");
- a share "M% of Y" set in apposition after another figure is that figure's measure as a share
  of Y ("unpaid stall fees reached £212,000, 3.1% of the fees billed");
- a figure after "and the lowest" / "and a second" measures the noun of the figure before it
  with the contrasting word swapped ("the largest grant was £42,000 and the smallest £1,500");
- a part "N of them" keeps its own phrase ("88,000 members, 21,500 of them outside the borough");
- what is done for or in a counted noun joins its label ("loft insulation was laid in 940 bungalows",
  "provides lunches and lifts for 1,275 carers", where the parse hung "for" on the object).
"""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("The Orlwick scrutiny panel met nine times in 2025.", "nine", "scrutiny panel meetings"),
        ("The Wyvern allotment forum gathered six times over the summer.", "six", "allotment forum gatherings"),
        ("Last year the Sampleton licensing sub-committee sat 14 times.", "14", "licensing sub-committee sittings"),
        ("The flood barrier at Orlwick Quay was closed 23 times during the winter.", "23", "flood barrier closed"),
        ("The review group, chaired by Councillor Pell, met four times before reporting.", "four",
         "review group meetings"),
        ("Wardens visited the Wyvern recreation ground 31 times in the summer.", "31",
         "wardens visited Wyvern recreation ground"),
    ],
)
def test_a_count_of_times_counts_its_verb(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold), lab


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("Wyvern cancelled 1,020 season tickets worth £38,000 a year.", "£38,000",
         "season tickets cancelled a year"),
        ("The team found 64 invalid exemptions worth £91,500 in council tax.", "£91,500",
         "invalid exemptions found"),
        ("Officers cancelled 212 parking permits worth £31,800 in fees.", "£31,800", "parking permits cancelled"),
        ("The Sampleton fund awarded 18 grants worth £240,000 to village halls.", "£240,000", "grants awarded"),
        ("Wyvern recovered overpayments worth £1.2m last year.", "£1.2m", "overpayments recovered"),
    ],
)
def test_an_amount_worth_is_the_value_of_its_noun(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold), lab


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("Unpaid market stall fees reached £212,000 by the autumn, 3.1% of the fees billed.", "3.1%",
         "unpaid market stall fees as a share of the fees billed"),
        ("The general reserve stands at £8.4m, 5.2% of the net revenue budget.", "5.2%",
         "general reserve as a share of the net revenue budget"),
        ("Capital receipts of £3.9m, or 41% of the programme, will fund the Orlwick depot.", "41%",
         "capital receipts as a share of the programme"),
        ("The Wyvern leisure trust's deficit is forecast at £640,000, about 7% of its turnover.", "7%",
         "leisure trust deficit as a share of its turnover"),
        ("Agency staff cost £2.7m in the half year, 11.4% of the pay bill.", "11.4%",
         "agency staff cost as a share of the pay bill"),
    ],
)
def test_a_share_in_apposition_is_the_figure_before_as_a_share(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold) and "share" in (lab[surface] or ""), lab


@pytest.mark.parametrize(
    ("text", "surface", "verb"),
    [
        ("Officers reported that 18 of the 40 reviews in the Orlwick plan had been finished by the end of June, "
         "45% of the plan.", "45%", "finished"),
        ("In the year to March, 14 of the 52 buses in the Wyvern fleet were converted to run on electricity, 27% of the fleet.",
         "27%", "converted"),
    ],
)
def test_a_share_after_a_part_of_a_whole_is_the_part_s_share(text: str, surface: str, verb: str) -> None:
    lab = _labels(text)
    assert verb in (lab[surface] or "") and "share" in (lab[surface] or ""), lab


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        pytest.param("The dearest Orlwick hall hire is £88.10 in Upper Brantley and the cheapest £9.75 in Holm End.",
                     "£9.75", "cheapest hall hire",
                     marks=pytest.mark.xfail(reason="the first amount is labelled by its place name, so no contrast", strict=True)),
        ("A first allotment plot costs £40 a year and a second £85.", "£85", "second allotment plot"),
        ("The largest Wyvern arts grant was £42,000 and the smallest £1,500.", "£1,500", "smallest arts grant"),
        ("The first phase of the Sampleton depot will cost £3.1m and the second £2.4m.", "£2.4m",
         "second phase of the depot cost"),
        pytest.param("The longest wait for an Orlwick home adaptation was 212 days, and the shortest 19.", "19",
                     "shortest wait for a home adaptation",
                     marks=pytest.mark.xfail(reason="a count of days is a duration, not labelled", strict=True)),
    ],
)
def test_a_noun_left_out_after_a_contrasting_word_is_the_one_before(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold), lab


def test_the_same_noun_twice_is_not_a_contrast() -> None:
    lab = _labels("The interest on the Wyvern loan was £5m and the interest on the bond £3m.")
    assert "loan" not in (lab["£3m"] or ""), lab


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("Sampleton has 48,300 households, 6,100 of them in rural parishes.", "6,100",
         "households in rural parishes"),
        pytest.param("The Orlwick register lists 2,140 carers, 380 of them aged under 18.", "380", "carers aged under 18",
                     marks=pytest.mark.xfail(reason="the parse puts 'aged' in the label; the age has no word", strict=True)),
        pytest.param("Wyvern runs 41 day centres, 12 of them outside the towns.", "12", "day centres outside the towns",
                     marks=pytest.mark.xfail(reason="41 hangs on 'day', a time word, so the whole has no label",
                                             strict=True)),
        ("There are 96 pupils in the Orlwick unit, 31 of them with a plan.", "31", "pupils with a plan"),
        ("The Orlwick library has 88,000 members, 21,500 of them outside the borough.", "21,500",
         "members outside the borough"),
    ],
)
def test_a_part_of_them_keeps_its_own_phrase(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    words = gold.split()[-2:]
    assert same_measure(lab[surface], gold) and all(w in (lab[surface] or "") for w in words), lab


@pytest.mark.parametrize(
    ("text", "surface", "gold"),
    [
        ("New boilers were installed in 212 Wyvern council flats last year.", "212", "flats with new boilers installed"),
        ("Loft insulation was laid or topped up in 940 bungalows.", "940", "bungalows with loft insulation laid or topped up"),
        ("The Sampleton trust arranges meals and transport for 420 pupils.", "420",
         "pupils the trust arranges meals and transport for"),
        ("The Orlwick trust provides lunches and lifts for 1,275 carers.", "1,275", "carers trust provides lunches and lifts for"),
        ("Free school meals were served in 37 schools.", "37", "schools free school meals served in"),
    ],
)
def test_what_is_done_for_or_in_a_counted_noun(text: str, surface: str, gold: str) -> None:
    lab = _labels(text)
    assert same_measure(lab[surface], gold), lab
