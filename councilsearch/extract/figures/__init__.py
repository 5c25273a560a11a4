"""Figure extraction, version ``figures.v48``: money, percentages, counts, periods and dates.

``extract_figures(text)`` works on a whole canonical document text and returns ``Figure``
records sorted by span, with ``text[f.span[0]:f.span[1]] == f.surface`` always.

How it works
------------
1. **Mask** what only looks like a number, keeping every offset: e-mail addresses, URLs,
   telephone numbers, postcodes, paragraph / list / heading numbers at the start of a line or a
   table cell ("47. In November", "3.1.", "5.<TAB>"), references ("paragraph 43",
   "(Pages 7 - 48)", "Recommendation 1", "Section 38"), ratios and clock times. Masked digits
   become ``#`` in a working copy of the text, so nothing later can read them.
2. **Split** the text into prose lines and tables (runs of TAB-separated lines).
3. **Prose**: each line cut into sentences (``councilsearch.ingest.sentences``, the splitter
   passages use too) and read by a left-to-right scanner (one regular expression whose
   alternatives are tried in priority order: dates, financial years, money, percentages,
   durations, years, number words, bare numbers). A bare number with "m"/"bn"/"k" is money only when its sentence is about
   money ("a higher expected dividend from XYZA (0.3m)").
4. **Tables**: header rows give each column a header text, a unit ("£000", "£m", "£k", "%")
   and a financial year; a unit line, the table's title or the row label can give a unit too.
   A cell that is just a number takes that unit ("482,117" under "£000" -> 482117000.0;
   "(17,304)" -> negative). Each cell figure is labelled "row label – column header" and takes
   its period from the column header, the row label or the title. A table interrupted by
   lines without tabs (notes, sub-headings, PDF line breaks) keeps its columns when it
   resumes; a unit row that lost its empty leading cells (PDF text) is aligned to the right.
   Dates and years over the columns ("31 March" over "2031") are headers, not figures; a
   column of rates ("a meal", "per night") puts each row's rate in its figures' labels; a
   quarter column with no year ("Q2") is of the year the document's quarters last named (v15); a
   calendar-year column dates its cells and a "(£ per week)" title makes money per week (v16); a
   header spanning columns (HTML colspan, Word's merged cells) names each column a header row
   below splits it into ("2031/32" over "Budget<TAB>Forecast"), and a column of rates is found
   per table, not per run of table lines (v17); a header repeated at the top of a page with no
   unit of its own keeps the units the table had, and a new table after a title row keeps none
   (v18); a "%" over the row labels or a title's "(%)" makes shares, and a "£ per week" over the
   row labels puts its rate in the labels (v19); a year written short ("30-31") or as its months
   heads its column, and a row label led by a number ("18-24", "1 person", "2029") labels its row
   and is no figure of its column (v20); a short note just below a table ("Amounts given in £000")
   gives its unit to cells nothing else gives one, and bare nouns under a "Per" or "Unit" header
   ("visit") are the rates of their rows' money (v21). What an amount is counted per has one home,
   ``rates``, whose words a column of rates, a pound unit with a rate, the parse and number
   questions all read ("£ every week" makes money per week too: v26). A line below a table that
   gives a unit beside words naming a subject ("Capital (£m)") heads what follows and is no
   note on the table above (v27). Header rows padded apart (a blank line between a header
   spanning columns and the header row below it) are one header, and a column of two rates
   ("per bin per year") is a column of rates, and a year under a "Period" or "Year" header is
   a year though its row's label gives a unit ("Adults who cycle (%)") (v28). A header merged
   over several columns names all of them, also the last of a row whose empty cells the text
   dropped at its end; a unit over the row labels in a header row that kept its empty cells is
   the table's unit; dates with a word beside them ("31 March 2032 forecast") are column
   headers, also in a row that lost the empty cell over the row labels, whose first date a
   line-leading number mask no longer takes for a paragraph number; a reference leading a row
   ("SAV-01") leaves the row's label to its words, and a group cell merged down over rows
   ("Older people") leads the label of each of its rows (v31).
5. **Labels and periods** for prose figures: spaCy's dependency parse (tok2vec, tagger and
   parser only; ``nlp.pipe`` over small windows around the figures, money written out as
   "£15 million" for the parser) finds the noun phrase a figure measures; the period is the
   financial year named in the same clause (or the only one in the sentence). The noun's
   restricting phrase and the rate the figure is written with ("£14 a week") end its label; the
   label before them is its measure (``Figure.measure``), what measures group by (v17). An
   amount that restates the one before it ("£9.80 a week, or £509.60 a year") measures what
   that one does, with its own rate; a month or a day is never a label on its own (v22). A
   figure written as a change ("fees go up by 4%", "raised its levy by 3%", "..., an increase of
   9%") is the rise or fall in what the verb moves, and the level it moves "to" is the thing
   itself; the counts of a recorded vote are the votes for, against and the abstentions (v43).
   A verb's phrase that says when ("in May", "on 31 March") is no part of a label, a subject
   keeps its "of" phrase, and "which reached £N" describes the noun before it (v45). A header
   repeated over a page with the unit cells of its own columns ("£000" and "%" under "Variance")
   keeps the caption's unit and year for the other columns, and a bare money unit centred over
   the columns right of the labels ("£000" over three years, beside "Change" over a "%") heads the
   empty cells before it too (v48).

Values follow eval/README.md: money/GBP in pounds; percent/percent; count/count;
period/financial_year (starting calendar year), period/year, period/duration (ISO 8601 string);
date/date (ISO string at the precision given).

Modules: ``lexicon`` (words and number shapes), ``masks`` (step 1), ``scanner`` (step 3),
``cells``, ``tables`` (with ``table_lines``: which lines are a table's; ``table_state``: what its
header has said; ``cell_figures``: the figures a cell gives) and ``rates`` (step 4), ``document`` (steps 1-4 over a whole text), ``periods`` and
``labels`` (step 5, with ``clause`` (a figure opening its own clause), ``spans`` (the span of time
a figure covers), ``verbs``, ``change`` (verbs of change), ``owners``, ``refer``, ``shapes``,
``against``, ``before`` and ``votes`` for what the parse alone misses, ``restrict`` for restricting phrases and rates), ``finish`` (the ``Figure`` records) and ``present`` (a figure written for
people, the one way the CLI, the API and the web pages show it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from councilsearch.extract.figures.document import raw_candidates
from councilsearch.extract.figures.finish import to_figures
from councilsearch.extract.figures.labels import add_labels, load_nlp
from councilsearch.extract.figures.lexicon import EXTRACTOR, MAX_ABS_VALUE
from councilsearch.extract.figures.periods import assign_periods
from councilsearch.models import Figure


def extract_figures(text: str, *, nlp: Any = None, labels: bool = True) -> list[Figure]:
    """Figures in one canonical document text, sorted by span.

    ``nlp``: a spaCy pipeline for labels (default: :func:`load_nlp`). ``labels=False`` skips
    the parse (figures, units, values and periods are unchanged; prose figures get no label).
    """
    return extract_figures_batch([text], nlp=nlp, labels=labels)[0]


def extract_figures_batch(
    texts: Sequence[str], *, nlp: Any = None, labels: bool = True
) -> list[list[Figure]]:
    """Figures for several texts; one ``nlp.pipe`` run covers all of them."""
    all_cands = []
    for text in texts:
        cands = raw_candidates(text)
        assign_periods(text, cands)
        all_cands.append(cands)
    if labels:
        add_labels(texts, all_cands, nlp)
    return [to_figures(text, cands) for text, cands in zip(texts, all_cands, strict=True)]


__all__ = ["EXTRACTOR", "MAX_ABS_VALUE", "extract_figures", "extract_figures_batch", "load_nlp"]
