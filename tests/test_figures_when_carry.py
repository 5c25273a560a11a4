"""When a figure applies (figures.v29), on invented sentences: what the sentences before a
figure hand on to it. A sentence that names a date or a time of its own and no year (a balance
"at 30 September", "in the half year") leaves the next sentences no year to carry, not even
its heading's: what follows speaks of that date or time."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


def test_a_dated_sentence_leaves_the_next_no_carried_year() -> None:
    text = ("Wyvern treasury review 2027/28\n"
            "Deposits\n"
            "The council's cash deposits stood at £84.6m at 30 September 2027.\n"
            "Of these, £21.3m is held for the schools' own balances.\n")
    f = _figs(text)
    assert f["£84.6m"].period is None and f["£21.3m"].period is None
    text = ("Orlwick treasury review 2027/28\n"
            "Loans\n"
            "Nothing was lent to other councils in the half year.\n"
            "Four deposits of £6.2m with banks came back as they fell due.\n")
    assert _figs(text)["£6.2m"].period is None


def test_a_start_date_leaves_the_heading_year_to_what_follows() -> None:
    text = ("Sampleton allotment charges 2027/28\n"
            "Plot rents rise by 4% from 1 April 2027.\n"
            "Water charges rise by £3.10 to £41.60.\n")
    f = _figs(text)
    assert f["£3.10"].period == "2027/28" and f["£41.60"].period == "2027/28"
