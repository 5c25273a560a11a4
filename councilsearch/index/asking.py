"""Reading a number question: whether a query asks for a number and of which kind, about what,
for which year, and how much each of its words says which figure is meant:

- **Is it a number question, and of which kind?** "how many", "how much", "what percentage",
  "what population", "what was the …": the question words and the measure noun the question
  asks about give the kind (a share or a rate is a percent; a number, a count or a population a
  count; "how much" or a money word a sum of money) or none (any number).
- **What does it measure?** Its content words, folded by the same normaliser as figure labels
  (``councilsearch.extract.figures.words``), without the names it is about and the words that only
  say "a number"; each weighs its rarity in the store (``weigh``).

Which figure answers it is ``councilsearch.index.answer``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from councilsearch.extract.figures.candidates import fy_str
from councilsearch.extract.figures.lexicon import MON, MONEY_WORDS, MONTHS, WORDNUM, word_value
from councilsearch.extract.figures.rates import find_rate, rate_unit
from councilsearch.extract.figures.words import STOP_WORDS, content_words, fold
from councilsearch.index.kin import MEASURE_WORDS, kin, said_measures
from councilsearch.index.stages import stage_asked

# what is done with an amount ("what did the board give", "what will it put into the fund")
_AMOUNT_VERB = (r"(?:(?:pay|paid|cost|charge|earn|spen[dt]|save|raise|receive|give|gave|contribute|lose|lost|generate|"
                r"borrow|owe|invest|allocate|award|hand|yield)\w*|(?:put|bring|brought)\s+(?:in|into|aside|towards?)|"
                r"(?:set|lay|laid|keep|kept|hold|held)\s+(?:aside|back))\b")
# what an amount is ("what is kept in the fund", "what is owed"; not "what is needed": a list as often as a sum)
_AMOUNT_STATE = r"(?:held|kept|set\s+aside|owed|committed|spent|paid|saved|raised|earned|lost|borrowed|received|collected)\b"
# what an amount is expected to do ("what is the new depot now expected to cost", "what are the fees likely to raise")
_EXPECTED_TO = (r"\bwhat\s+(?:is|are|was|were)\s+(?:[\w'’/-]+\s+){1,10}?(?:expected|forecast|projected|estimated|likely|planned|"
                r"due|budgeted|going|set)\s+to\s+")
# a what-question's noun that is an amount of money though no money word says so
# a stock after what is drawn from it ("what would remain of the Orlwick grant", "what is left over"): a number
_LEFT = r"\bwhat\s+(?:(?:will|would|is|was|are|were)\s+(?:be\s+)?(?:left|remaining)|(?:will|would)\s+remain)\b"
_MONEY_LEAD = re.compile(r"\b(?:shortfall|gap|contribution|allocation|award|settlement|precept|levy|subsidy|bill|balance|cash)s?\b", re.I)
# a what-question's noun that is a quantity of any kind ("what return did the Wyvern fund make", "what
# gain might the Orlwick pilot yield", "what rise is planned"): a number, its kind read from the rest
_QUANTITY_LEAD = re.compile(r"\b(?:return|benefit|gain|yield|growth|rise|increase|fall|drop|reduction|loss|surplus|"
                            r"saving|uplift|change|target|limit|cap|ceiling|threshold|cut)s?\b", re.I)
# "how well resourced is the Orlwick fund", "how fully used are the bays": a level, asked with an adverb of degree
_HOW_WELL = re.compile(r"\bhow\s+(?:well|fully|heavily|widely|badly|poorly)\s+[^\W\d_]+ed\b", re.I)
# what is paid to or charged someone ("what is a lifeguard paid for a Sunday shift"), what someone
# gets, said with money ("what will a committee chair get besides the basic allowance"), what must be
# found or raised in a kind of money ("what must the service find in savings"): an amount of money
_PAID_TO = (r"\bwhat\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:[\w'’-]+\s+){1,8}?"
            r"(?:paid|charged|owed|given|awarded|allocated|offered)\b|"
            rf"\bwhat(?=.*(?:{MONEY_WORDS.pattern}|\ballowances?\b))\s+(?:will|would|does|do|did|can|could|should|might|may|must)\s+"
            r"(?:[\w'’-]+\s+){1,4}?get\b(?!\s+(?:wrong|right|done|better|worse|involved|back|to)\b)")
_IN_MONEY = r"\bwhat\s+(?:[\w'’-]+\s+){1,12}?in\s+(?:savings|cuts|efficienc\w+|income|fees|charges|grants?|rents?)\b"
# a spell of time asked for ("how long do damp repairs take", "how old is the survey", "how out of date are the
# tree surveys"): a number, answered by a duration read in its own unit ("61 days": 61)
_HOW_LONG = re.compile(r"\bhow\s+(?:long|old|out\s+of\s+date)\b(?!-)", re.I)
_ASKS_NUMBER = re.compile(
    r"\bhow\s+(?:much|many|big|large|high|low|far\s+(?:over|under|above|below|short))\b|"
    # "how far did ticket sales fall short of the forecast", "how far is the fund likely to overshoot its target"
    r"\bhow\s+far\b.*\b(?:exceed\w*|short|over\w*|under\w*|above|below|behind|ahead|beyond|outstrip\w*|apart)\b|"
    # a rate of change ("how fast is the number of carers growing"): a share a year, or a number
    r"\bhow\s+(?:fast|quickly|rapidly|steeply|sharply)\b|"
    rf"{_PAID_TO}|{_IN_MONEY}|"
    r"\bwhat\s+(?:[\w-]+\s+)?(?:portion|fraction)\b|"
    r"\bwhat\s+(?:will|would|should)\s+(?:[\w'’-]+\s+){1,9}?be\b|"
    rf"\bwhat\s+(?:[\w-]+\s+){{0,2}}?(?:will|would|does|do|did|has|have|had|must|can|could|should|might|may)\s+(?:[\w'’/-]+\s+){{1,12}}?{_AMOUNT_VERB}|"
    r"\bwhat\s+(?:is|are|was|were)\s+(?:[\w'’/-]+\s+){1,8}?(?:expected|forecast|projected|estimated|likely|planned|due)\s+to\s+be\b|"
    r"\bwhat\s+(?:is|was|were|are|will\s+be)\s+the\b|"
    rf"\bwhat\s+(?:is|was|are|were)\s+(?:being\s+)?{_AMOUNT_STATE}|\bwhat\b.*\bworth\b|{_LEFT}|"
    r"\bwhere\s+(?:will|would|do|does|did|is|are|was|were)\b.*\b(?:rate|level|balance|price|total|percentage|rank\w*|league|position)\b|"
    rf"{_EXPECTED_TO}{_AMOUNT_VERB}|{_HOW_LONG.pattern}|"
    r"\bwhat\s+(?:is|was|were|are)\s+(?:[\w-]+\s+){0,4}?[\w-]+['’]s?\s|\bwhat['’]s\s+the\b|"
    r"\b(?:what|which)\s+(?:[\w'’-]+\s+){0,3}?(?:percentage|proportion|share|rate|amount|number|level|value|"
    r"size|total|population|count|cost|price|sum)\b",
    re.I,
)
# "total cost of the programme" asks for a number as a keyword query; inside a question
# that asks something else ("why is the amount of funding wrong") it does not
_NUMBER_NOUN_OF = re.compile(r"\b(?:total|average|amount|number|value|cost|size|level)\s+of\b", re.I)
_OTHER_QUESTION = re.compile(
    r"^\s*(?:why|how|what|who|whom|whose|when|where|which|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b",
    re.I,
)
_WHAT_LEAD = re.compile(r"\s*(?:what|which)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could|should|might|may|must)\b", re.I)
# "what share of", not "the borough council's share" (its part, an amount)
_PERCENT_WORDS = re.compile(r"\b(?:percentage|per\s*cent|percent|rate|portion|fraction)\b|(?<!['’]s\s)\b(?:proportion|share)\b|%", re.I)
# spending over or under a budget is an overspend or an underspend
_OVER_BUDGET = re.compile(r"\b(over|under)\s+(?:its\s+|the\s+|their\s+)?budget\b", re.I)
_COUNT_WORDS = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\b(?:population|count|headcount)\b", re.I)
_MONEY_ASK = re.compile(rf"\bhow\s+much\b|£|\bworth\b|\bearn(?:s|ed|ing|ings)?\b|{_PAID_TO}|{_IN_MONEY}|\bwhat\s+(?:[\w-]+\s+){{0,2}}?(?:will|would|does|do|did|has|have|had|must|can|could|should|might|may)\s+(?:[\w'’/-]+\s+){{1,12}}?"
                        rf"{_AMOUNT_VERB}|\bwhat\s+(?:is|was|are|were)\s+(?:being\s+)?{_AMOUNT_STATE}|{_EXPECTED_TO}{_AMOUNT_VERB}", re.I)  # "what will a visitor pay"
# "how much of the scheme's cost is met from grants": the part asked for is after the first verb ("will be
# borrowed", "remains uncovered", "came from the trust"); the
# whole it is a part of only says where to look. Not for a share ("what percentage of the budget
# is the reserve"): a share is printed with its whole ("2.35% of the revenue budget"), so the
# whole's words are what its label holds
_PART_OF = re.compile(r"\bhow\s+(?:much|many)\s+of\s+(.+?)\s+(?:is|are|was|were|will|would|has|have|had|does|do|did|can|could|"
                      r"should|must|may|might|remains?|remained|goes|went|comes|came)\s+(.+)", re.I)
# "by how much will parking charges go up": a change, in money or as a share
# "what share of the population was of Asian background": the whole a share is of
_SHARE_OF = re.compile(r"\b(?:percentage|proportion|share|per\s*cent|percent)\s+of\s+(.+?)\s+"
                       r"(?:is|are|was|were|did|do|does|has|have|had|will|would|came|come|comes)\b", re.I)
_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b", re.I)
_STATED = re.compile(r"(?<![\w/])[0-9][0-9,]*(?:\.[0-9]+)?")
# "how much of the £4m grant was spent", "what cost will ... pay": an amount, not a share, is asked for
MONEY_ASKED_OF = re.compile(r"£|\bpence\b|\bpounds\b", re.I)
# "by how much", "how much more", "how much did fees rise by": a change, printed as an amount or a share
_CHANGE_ASK = re.compile(r"\bby\s+how\s+much\b|\bhow\s+(?:fast|quickly|rapidly|steeply|sharply)\b|\bhow\s+much\s+(?:more|less|higher|lower)\b|"
                         r"\bhow\s+much\b.*\b(?:up|down|ris(?:e|en)|rose|increased?|decreased?|fall(?:en)?|fell|"
                         r"drop(?:ped)?|grow|grown|grew|change[ds]?|cut|reduced?)\s+by\b", re.I)
_RATE_OF = re.compile(r"\brate\s+of\s+(?!pay\b|interest\b|return\b|inflation\b)", re.I)  # a rate of events, not of pay
# a rate paid by the hour or the week is money, not a share
_MONEY_RATE = re.compile(r"\b(?:hourly|daily|weekly|nightly|monthly|fee|pay|pays|paid|charged?)\b", re.I)
# a question about now or what comes next wants the latest year of figures that fit it equally
_LATEST = re.compile(r"\b(?:last|this|next|current|latest)\s+year\b|\bwill\b|\bnow\b|\bcurrently\b|"
                     r"\bfrom\s+(?:next|april)\b", re.I)
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve twenty hundred"
_GIVEN = re.compile(r"\b(?:[0-9][0-9,.]*|" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.I)
# words that only say "a number" (the kind is read from them; they are not what is measured)
_ASK_TEXT = ("percentage proportion share rate percent cent number amount level value size total figure big large "
             "high low much many far money")
_ASK_WORDS = frozenset(fold(w) for w in _ASK_TEXT.split())
# the words of the whole a part is asked of say where to look, not what is asked: they weigh this much
WHOLE_W = 0.5
_MONTHS = frozenset(fold(m) for m in MONTHS)  # a month in a question dates it; it is not a measure
_Q_FY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s?[/–-]\s?([0-9]{2}|(?:19|20)[0-9]{2})(?![0-9])")
_Q_YEAR = re.compile(r"(?<![0-9/])((?:19|20)[0-9]{2})(?![0-9/])")
_Q_MONTH = re.compile(rf"\b(?:{MON})\.?\s+(?:19|20)[0-9]{{2}}\b", re.I)
_DATE_BEFORE = re.compile(rf"(?:\b(?:{MON})\.?|[0-9]{{1,2}}/[0-9]{{1,2}}/?)\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# a rate per a number of things ("41 per 1,000 pupils", "per thousand", "per head"): neither
# a count nor a percentage; ``PER_N`` is its unit
PER_N = "per-n"
PER_N_TEXT = re.compile(r"\bper\s+(?:[0-9][0-9,]*\b|(?:(?:one|a|ten|a\s+hundred)\s+)?(?:hundred|thousand|million)\b|"
                        r"head\b|capita\b)", re.I)
# "how many bays are planned and how many are for disabled drivers": two asks; the first is answered
_SECOND_ASK = re.compile(r"[,;]?\s+and\s+(?=(?:how\s+(?:many|much)|what|which)\b)", re.I)
_CONDITIONAL = re.compile(r"\b(?:would|could|might)\b", re.I)
# "how many additional homes", "number of people": the first plural-looking word of the next three
# "how many houses does the Wyvern barrier shield": the verb that ends the question says what was done
# to the things counted, so it measures the count as "cost" measures an amount
_DONE_TO = re.compile(r"\bhow\s+many\b.*?\b(?:will|would|did|does|do|can|could|should|might)\s+(?:[\w'’-]+\s+){1,8}?"
                      r"([^\W\d_]{3,})\s*[?.!]?\s*$", re.I)
_WHEN_PHRASE = re.compile(r"\b(?:last|past|this|next|previous|current|coming|the)\s+(?:financial\s+)?(?:year|month|week)\b", re.I)
# a spell of time a question or a clause states ("waiting longer than six weeks", "waiting over 42 days")
# (the number words are the figure extractor's: "thirteen weeks", "twenty-one days")
_SPELL = re.compile(rf"\b([0-9]+|{WORDNUM})[\s-]+(day|week|month|year)s?\b", re.I)
_SPELL_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_WHEN_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "today", "time", "period"})
_HOW_MANY = re.compile(r"\b(?:how\s+many|number\s+of)\s+((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w-]*)", re.I)
_PLURAL = re.compile(r"(?:[^su]s|people|children|staff|men|women)$", re.I)  # "bus", "campus": no plurals
_AMOUNT_AFTER = re.compile(r"\s+(?:rates?|fees?|charges?|costs?|pay|prices?|rents?|amounts?|sums?|wages?|"
                           r"salary|salaries|income|spend\w*|budgets?|payments?|subsid\w+|grants?|allowances?)\b", re.I)
# what moves into or out of a stock, and what a stock stands at (shared with the figures' side, answer.py)
FLOW_WORDS = re.compile(r"\b(?:contribut\w*|transfer\w*|draw\w*|drew|drawdown|us(?:e|ed|ing)\s+(?:of|from)|add\w*\s+to|"
                        r"taken\s+from|take\s+from|released?\s+from|put\s+into|paid\s+into|top(?:ped)?[\s-]up)\b", re.I)
STOCK_NOUNS = re.compile(r"\b(?:reserves?|balances?|funds?|pot|provision)\b", re.I)
_STOCK_ASK = re.compile(r"\bhow\s+(?:big|large|much|healthy)\s+(?:is|are|was|were|will)\b|\bwhat\s+is\s+held\b|"
                        r"\bbalance\b|\bstand\b|\blevel\s+of\b|\bsize\s+of\b|\bworth\b", re.I)
_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.I)
_PROPER = re.compile(r"(?<=[a-z,;:]\s)([A-Z][\w'’]*)")


@dataclass(frozen=True)
class NumberQuestion:
    kind: str | None  # money | percent | count | None (any number)
    terms: tuple[str, ...]  # the question's measure words, folded
    period: str | None = None  # the financial year ("2025/26") or calendar year it names
    names: tuple[str, ...] = ()  # folded words it names (capitalised in the question)
    latest: bool = False  # asks about now or next: of figures that fit equally, the latest year's
    given: tuple[str, ...] = ()  # numbers the question states itself ("three colleges"): never the answer
    when: str | None = None  # a month it names ("in August 2027"): a figure dated so in its clause fits better
    words: tuple[tuple[str, str], ...] = ()  # (measure word folded, the word as asked): what a store counts
    weights: tuple[tuple[str, float], ...] = ()  # measure word -> its weight (rarity in the store; see weigh)
    rate: str | None = None  # asks for an amount per unit ("hourly", "a week", "per bin"): the unit, folded
    unreal: bool = False  # asks what would or could be ("how much would closing it save")
    change: bool = False  # asks by how much something changes: a rise or a fall, not a level
    flow: bool | None = None  # asks what moves (True: "what was drawn from the reserve") or what stands (False: "how large is the reserve")
    much: bool = False  # "how much": an amount, never a count of things
    counted: str | None = None  # what "how many" counts ("how many people used the centres": "people"), folded
    measures: tuple[str, ...] = ()  # of ``terms``, those naming the quantity (cost, spend, saving...), not its subject
    part: bool = False  # "how much of X is Y": a part of a whole, as an amount or a share of it
    of_whole: tuple[str, ...] = ()  # "what share of the population was …": the words of the whole a share is of
    whole: tuple[str, ...] = ()  # "how much of the pothole fund went on patching": the whole's words, weighing less
    spell: float | None = None  # a spell of time it states, in days ("over six weeks": 42)
    stated: tuple[str, ...] = ()  # numerals the question states, not years ("a couple on £340 a week": "340")
    quarters: tuple[int, ...] = ()  # the quarters of the year it names ("in the second quarter": (2,))
    # the initials its words make, as papers print a name once in full and then short ("the harbour
    # improvement board": "hib"), each with the measure words it stands for
    initials: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the year it names by where the paper stands ("this year": 0, "next year's grant": 1)
    years_on: int | None = None
    whole_asked: bool = False  # asks for a whole ("in total", "altogether", "as a whole", "overall")
    extreme: str | None = None  # asks for the top ("high": "the worst case", "the highest") or bottom ("low") of a range
    base_asked: bool = False  # asks for a comparison base ("the national rate", "in England", "a median of councils")
    # the financial year it means without naming one: its month and year ("December 2025": 2025/26),
    # or its "this year"/"next year" read against the document's date (``in_document_year``)
    year_meant: str | None = None
    # the quarter of the month it names alone or last ("by the close of December", "the December
    # quarter", "from April to December": 3): of a row's quarter columns, that one's
    quarter_meant: int | None = None
    duration: bool = False  # asks how long or how old ("how long do damp repairs take"): a spell
    stage: str | None = None  # the stage of an amount it asks for ("actually", "now expected to": ``stages``)

    def weight(self, term: str) -> float:
        w = self._weight_of.get(term, 1.0)
        return w * WHOLE_W if term in self.whole else w

    @functools.cached_property
    def _weight_of(self) -> dict[str, float]:
        return dict(self.weights)


def _asks_number(q: str) -> bool:
    """Does ``q`` (one ask) ask for a number: by its what-lead ("what grant income did …", "what
    return did …"), by an adverb of degree, by the forms of ``_ASKS_NUMBER``, or as a keyword query
    naming a number ("total cost of the programme")?"""
    lead = _WHAT_LEAD.match(q)
    return bool(
        (lead and (MONEY_WORDS.search(lead.group(1)) or _MONEY_LEAD.search(lead.group(1))
                   or _QUANTITY_LEAD.search(lead.group(1))))
        or _HOW_WELL.search(q)
        or _ASKS_NUMBER.search(q)
        or (_NUMBER_NOUN_OF.search(q) and not _OTHER_QUESTION.match(q))
    )


def number_question(query: str) -> NumberQuestion | None:
    """Does this question ask for a number ("how much", "how many", "what percentage", "what
    population", "what was the …", "what will … be", "how far over budget")? Which kind (money,
    percent, count, or any: "by how much"), about what ("over budget" is an overspend), for which
    year, whether it wants the latest year ("last year", "will"), and which numbers it states
    itself?"""
    asks = _SECOND_ASK.split(query.strip(), maxsplit=1)
    q = asks[0]
    if len(asks) > 1 and not _asks_number(q):
        # "which market trader pays the most rent, and what sum": the second ask is the number, the
        # first says which one ("the most") and of what ("rent")
        q = query.strip() if _asks_number(asks[1]) else asks[1]
    lead = _WHAT_LEAD.match(q)  # "what grant income did …", "which budget gap …": an amount of money
    asks_money = bool(lead and (MONEY_WORDS.search(lead.group(1)) or _MONEY_LEAD.search(lead.group(1))))
    asks_quantity = bool(lead and _QUANTITY_LEAD.search(lead.group(1)))
    how_well = bool(_HOW_WELL.search(q))
    if not _asks_number(q):
        return None
    percent_words = {m.group(0).lower() for m in _PERCENT_WORDS.finditer(q)}
    part = _PART_OF.search(q)
    much_of = bool(_HOW_MUCH_OF.search(q))
    duration = bool(_HOW_LONG.search(q))
    if duration:
        kind: str | None = "count"  # "how long do damp repairs take": a spell, a count of its unit
    elif PER_N_TEXT.search(q):
        kind = None  # "what is the rate per 10,000 children": a rate, printed as a bare number
    elif percent_words == {"rate"} and _rate_asked(q):
        kind = "money"  # "what hourly rate is Sampleton to pay", "the rate per visit": an amount per a unit
    elif percent_words == {"rate"} and _MONEY_RATE.search(q):
        kind = None  # "the rate Wyvern charges on its bridging loan", "the price rate a fee assumes": £ or %
    elif _CHANGE_ASK.search(q) and not percent_words:
        kind = None
    elif percent_words == {"rate"} and _RATE_OF.search(q):
        kind = None  # "the rate of emergency call-outs": a share, or a number per so many people (a "base rate" is a share)
    elif percent_words or how_well:
        kind = "percent"  # "how well resourced is the Orlwick fund": its funding level
    elif _COUNT_WORDS.search(q):
        kind = "count"
    elif asks_money or _MONEY_ASK.search(q) or (MONEY_WORDS.search(q) and not asks_quantity):
        kind = "money"  # "what return did the fund make": a return may be a share as well as money
    else:
        kind = None
    if kind == "money" and much_of and not MONEY_ASKED_OF.search(q):
        kind = None  # "how much of the housing stock needed work": a share of the whole, or an amount
    names = content_words(" ".join(_PROPER.findall(q)))
    asked, whole, whole_text = q, frozenset[str](), ""
    if part and content_words(part.group(2)) - _ASK_WORDS:
        asked, whole_text = part.group(2), part.group(1)
        whole = content_words(whole_text) - _ASK_WORDS - _MONTHS - MEASURE_WORDS - names
    asked = _OVER_BUDGET.sub(lambda m: f"{m.group(1).lower()}spend", asked)
    # "last year", "in the latest year": when, not what ("£6.2% a year" is no answer to it); "a year" stays
    words = content_words(_WHEN_PHRASE.sub(" ", asked)) - _ASK_WORDS - _MONTHS
    measure = tuple(sorted((words | whole) - names))
    given = tuple(sorted({m.group(0).lower().replace(",", "") for m in _GIVEN.finditer(q)}))
    dated = _Q_YEAR.sub(" ", _Q_FY.sub(" ", q))  # "2025/26" states no number
    stated = tuple(sorted({m.group(0).replace(",", "").rstrip(".") for m in _STATED.finditer(dated)}))
    month = _Q_MONTH.search(q)
    share = _SHARE_OF.search(q) if kind == "percent" else None
    asked_as = tuple(sorted({(fold(w), w.lower()) for w in _WORD.findall(f"{asked} {whole_text}") if fold(w) in measure}))
    return NumberQuestion(kind, measure, _question_period(q), tuple(sorted(names & words)),
                          bool(_LATEST.search(q)), given, month.group(0).lower() if month else None,
                          asked_as, rate=_rate_asked(q) or _each_costed(q), unreal=bool(_CONDITIONAL.search(q)),
                          change=bool(_CHANGE_ASK.search(q)), counted=_counted(q), much=bool(_HOW_MUCH.search(q)), flow=_flow_asked(q),
                          part=much_of, stated=stated, whole=tuple(sorted(whole - words)), spell=spell_days(q),
                          of_whole=tuple(sorted(content_words(share.group(1)) & set(measure))) if share else (),
                          measures=tuple(t for t in measure if t in said_measures(asked) or t == _done_to(q)),
                          quarters=quarters_named(q), initials=initials_of(asked, frozenset(measure)),
                          years_on=_years_on(q), whole_asked=bool(WHOLE_ASKED.search(q)), base_asked=bool(BASE_ASKED.search(q)), extreme=extreme_asked(q), year_meant=_month_year(q),
                          quarter_meant=_month_quarter(q), duration=duration, stage=stage_asked(q))


# a month named in full and capitalised ("May" in lower case is a verb), with the year after it if any
_MONTH_NAMED = re.compile(rf"\b({'|'.join(m.capitalize() for m in MONTHS if len(m) > 3 or m == 'may')})\b"
                          r"(?:\s+((?:19|20)[0-9]{2})\b)?")


def _month_quarter(q: str) -> int | None:
    """The quarter of a financial year holding the last month ``q`` names (April to June the first)."""
    months = _MONTH_NAMED.findall(q)
    return _FY_MONTH[months[-1][0][:3].lower()] if months else None


def _month_year(q: str) -> str | None:
    """The financial year of the last month and year ``q`` names: "December 2025" 2025/26, "March 2026" 2025/26."""
    dated = [(m, y) for m, y in _MONTH_NAMED.findall(q) if y]
    if not dated:
        return None
    month, year = dated[-1]
    start = int(year) - (1 if MONTHS[month.lower()] < 4 else 0)
    return fy_str(start)


# a question asking for the top or the bottom of a range: "at worst", "the dearest", "the most
# Wyvern may spend" (not "the most urgent cases", nor "at least six weeks", a spell)
_HIGH_ASK = re.compile(r"\b(?:worst[\s-]case|worst|highest|maximum|largest|biggest|greatest|dearest|at\s+(?:the\s+)?most|"
                       r"most\s+expensive)\b", re.I)
_THE_MOST = re.compile(r"\b[Tt]he\s+most(?:\s+(?:the|a|an|it|its|that|this|they|we|and|or|[A-Z][\w'’]*)\b|\s*[,;?.]|\s*$)")
_LOW_ASK = re.compile(r"\b(?:best[\s-]case|lowest|smallest|cheapest|minimum|fewest|the\s+least|"
                      rf"at\s+least(?!\s+(?:[0-9]|{WORDNUM})))\b", re.I)


def extreme_asked(q: str) -> str | None:
    """"high" when ``q`` asks for the top of a range, "low" for its bottom, None when neither."""
    if _HIGH_ASK.search(q) or _THE_MOST.search(q):
        return "high"
    return "low" if _LOW_ASK.search(q) else None


# a question asking for a whole, and a figure saying it is one ("the total", "in all", "aggregate")
WHOLE_ASKED = re.compile(r"\b(?:in\s+total|total(?:led|s)?|altogether|all\s+together|as\s+a\s+whole|in\s+all|all\s+told|"
                         r"overall|combined|between\s+them|sum\s+of)\b", re.I)
COUNCILS_WORD = r"(?:councils|authorities|landlords|areas|providers)"
# a question asking for such a base ("the national rate", "in England", "usual across similar authorities")
BASE_ASKED = re.compile(
    r"\b(?:nationally|national|England|median|benchmark\w*|comparator\w*|neighbours?|regional\s+average|"
    rf"across\s+the\s+country|(?:among|across)\s+(?:all\s+|other\s+|similar\s+)?(?:[\w-]+\s+)?{COUNCILS_WORD})\b", re.I)
WHOLE_SAID = re.compile(r"\b(?:total\w*|altogether|in\s+all|all\s+told|as\s+a\s+whole|overall|combined|aggregate|"
                        r"sum\s+of|grand)\b", re.I)


# a year named by where the paper stands: "this year", "the current financial year", "so far this
# year" (0); "next year", "next year's budget", "the coming year" (1). Not "last year": a paper setting
# next year's budget calls the year now ending "last year's budget" as often as "this year's"
_YEARS_ON = re.compile(r"\b(?:(this|current|present)|(next|coming|following))\s+(?:financial\s+)?year\b", re.I)


_YEAR_AGO = re.compile(r"\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\btwelve\s+months\s+(?:ago|earlier)\b", re.I)


def _years_on(q: str) -> int | None:
    if _YEAR_AGO.search(q):
        return -1  # "a year ago", "a year earlier": the year before the paper's own
    m = _YEARS_ON.search(q)
    return None if m is None else (0 if m.group(1) else 1)


# a paper's own year: the financial year it is written in, but for its first quarter, when papers
# report on the year just ended (an outturn report of May 2026 calls 2025/26 "this year")
REPORTS_BACK_MONTHS = 3


def in_document_year(nq: NumberQuestion, as_of: str | None) -> NumberQuestion:
    """``nq`` with the financial year its "this year" or "next year" names in a document dated
    ``as_of`` (ISO): a paper of February 2026 is in 2025/26, one of May 2026 reports on 2025/26
    still; ``nq`` as it is when it names no such year, names a year itself, or the date is unknown."""
    m = re.match(r"((?:19|20)[0-9]{2})-([0-9]{2})", as_of or "")
    if nq.years_on is None or nq.period or nq.year_meant or m is None:
        return nq
    months = int(m.group(1)) * 12 + int(m.group(2)) - 1 - REPORTS_BACK_MONTHS
    start = months // 12 - (1 if months % 12 < 3 else 0) + nq.years_on  # a financial year starts in April
    return replace(nq, year_meant=fy_str(start), latest=False)


# words a name's initials leave out ("Wyvern Office for Rivers and Harbours": "WORH")
_INITIAL_SKIP = frozenset({"of", "for", "and", "the", "&"})
INITIALS_MIN = 3  # two letters stand for too much ("ER", "PA")


def initials_of(text: str, terms: frozenset[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The initials of each run of content words of ``text`` written alike (all capitalised or all in
    lower case; three to five letters; "of", "for", "and" inside a run are left out, as a name's
    initials leave them), lower-cased, with the folded ``terms`` of the run: "the harbour
    improvement board" -> ("hib", ("board", "harbour", "improv"))."""
    words = re.findall(r"[^\W\d_][\w'’-]*|&", text)
    out: dict[str, set[str]] = {}
    for i, first in enumerate(words):
        if first.lower() in STOP_WORDS:
            continue
        letters, run = "", set()
        for w in words[i:i + 8]:
            low = w.lower()
            if low in _INITIAL_SKIP:
                continue
            if low in STOP_WORDS or len(letters) == 5 or w[0].isupper() != first[0].isupper():
                break  # a name is written all in capitals or all in lower case
            letters += low[0]
            run.add(fold(low))
            if len(letters) >= INITIALS_MIN and run & terms:
                out.setdefault(letters, set()).update(run & terms)
    return tuple(sorted((k, tuple(sorted(v))) for k, v in out.items()))


# a quarter or half of a year: "Q2", "the second quarter", "over its first half"; months of a
# financial year's quarters, April to June the first ("from October to December" is its third)
_QUARTER = re.compile(r"\bQ([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\b(first|second)\s+half\b", re.I)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTH_SPAN = re.compile(rf"\b(?:from\s+|between\s+)?({MON})\w*\.?\s+(?:to|and|-|–)\s+({MON})\w*", re.I)
_FY_MONTH = {m: ((i - 3) % 12) // 3 + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def quarters_named(text: str) -> tuple[int, ...]:
    """The quarters of a year ``text`` names (1-4; a financial year's when read from months): "Q2"
    (2,), "the first half" (1, 2), "from October to December" (3,); () when none."""
    out: set[int] = set()
    for m in _QUARTER.finditer(text):
        if m.group(1):
            out.add(int(m.group(1)))
        elif m.group(2):
            out.add(_ORDINAL[m.group(2).lower()])
        else:
            out.update((1, 2) if m.group(3).lower() == "first" else (3, 4))
    for m in _MONTH_SPAN.finditer(text):
        a, b = _FY_MONTH.get(m.group(1)[:3].lower()), _FY_MONTH.get(m.group(2)[:3].lower())
        if a is not None and b is not None and a <= b:
            out.update(range(a, b + 1))
    return tuple(sorted(out))


def _flow_asked(q: str) -> bool | None:
    """True when the question asks what moves into or out of a stock ("how much was taken from the
    reserve"), False when what a stock stands at ("how large is the reserve", "what is held in it"),
    None when neither."""
    if FLOW_WORDS.search(q):
        return True
    return False if _STOCK_ASK.search(q) and STOCK_NOUNS.search(q) else None


def _rate_asked(q: str) -> str | None:
    """The unit of an amount per unit the question asks for: "a week", "per bin", "hourly rate";
    not "weekly collections" (an "-ly" word asks for a rate only before an amount word)."""
    if PER_N_TEXT.search(q):
        return PER_N
    m = find_rate(q)  # (the amount's rate: extract.figures.rates, the words figures are read with)
    if m and m.ly and not _AMOUNT_AFTER.match(q, m.span[1]):
        return rate_unit(q[m.span[1]:])
    return rate_unit(q)


# an amount of each of a kind of thing ("what did each inspection cost", "£130 for each inspection made", "£40 each"):
# a rate per that thing, as "£3 per visit" is (not "each of the councils", "each year": a year's is a total)
_EACH = re.compile(r"\s*(?:for\s+)?(?:each|every)\s+(?!(?:of|one|year|annum|time)\b)([^\W\d_]{3,})|\s*each\b(?!\s+(?:of|year)\b)", re.I)


def each_unit(text: str, at_start: bool = False) -> str | None:
    """The thing an amount is of each of ("each inspection": "inspection"; a bare "each": "each"), folded: the
    first ``text`` names, or (``at_start``) the one it starts with; None when none."""
    m = _EACH.match(text) if at_start else _EACH.search(text)
    return None if m is None else fold(m.group(1)) if m.group(1) else "each"


# the thing an amount is asked of each of: "what did each inspection cost", "what is spent on each pupil"; not
# "what will each parish clerk be paid" (each is the payee: every amount paid is per clerk)
_EACH_COSTED = re.compile(r"\b(?:on|for)\s+(?:each|every)\s+(?!(?:of|one|year|annum|time)\b)([^\W\d_]{3,})|"
                          r"\b(?:each|every)\s+(?!(?:of|one|year|annum|time)\b)((?:[^\W\d_]+\s+){0,3}?)"
                          r"(?:cost|costs|costed)\b", re.I)


def _each_costed(q: str) -> str | None:
    """The thing ``q`` asks an amount of each of, folded ("what did each inspection cost": "inspection"); None."""
    m = _EACH_COSTED.search(q)
    words = ((m.group(1) or "") + " " + (m.group(2) or "")).split() if m else []
    return fold(words[-1]) if words else None


def spell_days(text: str) -> float | None:
    """The first spell of time ``text`` states, in days ("six weeks": 42, "42 days": 42); None
    when it states none."""
    m = _SPELL.search(text)
    if not m:
        return None
    n = m.group(1)
    count = float(n) if n.isdigit() else word_value(n)
    return None if count is None else count * _SPELL_DAYS[m.group(2).lower()]


def _done_to(q: str) -> str | None:
    """What a "how many ... will X <verb>" question says was done to the things it counts: the
    verb that ends it, folded ("protect"); None when it ends otherwise."""
    m = _DONE_TO.search(q)
    if not m or m.group(1).lower() in STOP_WORDS or m.group(1).lower() in _WHEN_WORDS:
        return None
    return fold(m.group(1))


def _counted(q: str) -> str | None:
    """What a "how many" question counts, folded: its first plural-looking word before any function
    word but a joining "and"/"or", or its first word ("how many additional homes": "home"; "how many
    staff": "staff"; "how many bus and rail stops": "stop")."""
    m = _HOW_MANY.search(q)
    if not m:
        return None
    words: list[str] = []
    said = q[m.start(1):].split()[:5]
    joined = False
    for i, w in enumerate(said):
        if w.lower() in STOP_WORDS:
            # "how many ferry and minibus routes": nouns joined by "and"/"or" share the phrase's head, its last word
            if not (words and w.lower() in ("and", "or") and i + 1 < len(said) and said[i + 1].lower() not in STOP_WORDS):
                break
            joined = True
            continue
        words.append(w)
    if not words:
        return None
    if joined and _PLURAL.search(words[-1]):
        return fold(words[-1])
    return fold(next((w for w in words if _PLURAL.search(w)), words[0]))

# a measure word weighs at least this share of the question's heaviest word
MEASURE_FLOOR = 0.6
IDF_FLOOR = 0.25  # the weight of a word every passage holds; a word one passage holds weighs 1

def weigh(nq: NumberQuestion, passages_with: Callable[[str], int], passages: int) -> NumberQuestion:
    """``nq`` with its measure words weighted by how rare they are in the store (inverse document
    frequency, 0..1: ``passages_with(word)`` counts the passages holding a word): "equalisation"
    or "caddies" says which figure is meant more than "council", "budget" or "year" do. A word no
    passage holds cannot tell figures apart and weighs nothing."""
    if not nq.words or passages <= 0:
        return nq
    df: dict[str, int] = {}
    for term, word in nq.words:  # the word as asked and its stem ("hourly" is rare, "hour" is not)
        n = max(passages_with(word), passages_with(term) if len(term) >= 3 else 0)
        if n == 0:  # "pavements" where the papers print "footways": the word weighs as its kin do
            n = max((passages_with(k) for k in sorted(kin(term)) if len(k) >= 3), default=0)
        df[term] = max(df.get(term, 0), n)
    top = math.log(passages + 1)
    weights = {t: (IDF_FLOOR + (1 - IDF_FLOOR) * math.log((passages + 1) / (n + 1)) / top if n > 0 else 0.0)
               for t, n in df.items()}
    if not any(weights.values()):
        return nq
    # what is measured says which figure nearly as much as what it is of: "cost" in "how much will
    # the Orlwick flood scheme cost" weighs nearly as much as its rarest subject word (rarity alone
    # lets "flood" and "scheme" pick a flood figure that is no cost)
    floor = MEASURE_FLOOR * max(weights.values())
    for t in (*nq.measures, *((nq.counted,) if nq.counted else ())):
        if t in weights and (weights[t] > 0 or kin(t)):  # "give" may be printed only as "grant"
            weights[t] = max(weights[t], floor)
    return replace(nq, weights=tuple(sorted(weights.items())))

def _question_period(q: str) -> str | None:
    m = _Q_FY.search(q)
    if m:
        a, b = int(m.group(1)), int(m.group(2)[-2:])
        if (a + 1) % 100 == b:
            return f"{a}/{b:02d}"
    for m in _Q_YEAR.finditer(q):
        if not _DATE_BEFORE.search(q, 0, m.start()):  # "31 January 2026" is a date, not a year
            return m.group(1)
    return None
