"""The scanner: one regular expression whose alternatives are tried in priority order (dates,
financial years, money, percentages, durations, years, number words, bare numbers), and a
handler per alternative that checks what it matched and makes the candidates."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, fy_str, money_cand, pair_ids, parse_num
from councilsearch.extract.figures.lexicon import (
    DASH,
    DASH_RX,
    DUR_UNITS,
    FRACTION_WORDS,
    MAX_ABS_VALUE,
    MON,
    MONEY_WORDS,
    MONTHS,
    NUM,
    ONE_NEXT_STOP,
    ONE_PREV_STOP,
    SCALE,
    SCALES,
    SP,
    WORDNUM,
    word_value,
)

_ORD = rf"(?:{SP}?(?:st|nd|rd|th))?"
_DUR_UNIT = r"(?i:years?|yrs?|months?|mths?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)(?![A-Za-z])"
# "%", "per cent", and a change in a share written in "percentage points" (the unit of the share)
_PER_CENT = rf"(?:%|(?i:percentage{SP}+points?|per{SP}?cent|percent)\b)"
# a word between a count of days or weeks and its unit that says which days count ("10 working days")
_DAYS_KIND = rf"(?:(?i:working|calendar|clear|school|business){SP}+)?"
# Alternatives that start with a digit, "£" or a sign, in priority order.
_NUM_ALTS = [
    # 14 March 2025, 1 st June 2027, 14-16 March 2024
    rf"(?P<dmy>(?P<dmy_d1>[0-9]{{1,2}}){_ORD}(?:{SP}?[-–]{SP}?(?P<dmy_d2>[0-9]{{1,2}}){_ORD})?"
    rf"(?:{SP}+of)?{SP}+(?P<dmy_m>{MON})\.?,?{SP}+(?P<dmy_y>(?:19|20)[0-9]{{2}}))(?![0-9])",
    # 5 November (no year): no figure, but the day must not become a count
    rf"(?P<dmn>[0-9]{{1,2}}{_ORD}{SP}+(?:of{SP}+)?(?:{MON})\b)",
    # 31/3/2026, 01/04/25
    r"(?P<nd>(?P<nd_d>[0-9]{1,2})/(?P<nd_m>[0-9]{1,2})/(?P<nd_y>(?:19|20)[0-9]{2}|[0-9]{2}))(?![0-9/])",
    # 2026-03-31
    r"(?P<iso>(?P<iso_y>(?:19|20)[0-9]{2})-(?P<iso_m>[0-9]{2})-(?P<iso_d>[0-9]{2}))(?![0-9])",
    # 2025/26, 2024-25, 2025/2026, 2026-30 (a span of years), 20250/26 (a typo)
    rf"(?P<fy>(?P<fy_a>(?:19|20)[0-9]{{2,3}}){SP}?(?P<fy_sep>[/–-]){SP}?"
    r"(?P<fy_b>(?:19|20)[0-9]{2}|[0-9]{2}))(?![0-9]|/[0-9]|\.[0-9])",
    # 28/29 (after "FY" too), 25/26
    r"(?P<fys>(?P<fys_a>[0-9]{2})(?P<fys_sep>[/–-])(?P<fys_b>[0-9]{2}))(?![0-9]|/[0-9]|\.[0-9])",
    # £13m, -£52m, £ 513,284.06, £11,000 to £16,000, £2-6k, £1.5 – £2.5 million
    rf"(?P<money>(?P<m_neg>[{DASH_RX}]{SP}?)?£{SP}?(?P<m_num>{NUM})(?:{SP}?(?P<m_sc>{SCALE}))?"
    rf"(?:(?P<m_rsep>{SP}?[-–]{SP}?|{SP}+to{SP}+)(?P<m_cur2>£)?{SP}?(?P<m_num2>{NUM})"
    rf"(?:{SP}?(?P<m_sc2>{SCALE}))?)?)",
    # 0.3m, 1.5 billion (money only when the sentence is about money)
    rf"(?P<bm>(?P<bm_neg>[{DASH_RX}])?(?P<bm_num>{NUM})(?:{SP}?(?P<bm_w>(?i:thousand|million|billion|trillion))|"
    r"(?P<bm_sc>bn|mn|m|k|M|K))(?![A-Za-z0-9]))",
    # 31 pence, 31p, 2.5p
    rf"(?P<pence>(?P<pe_num>{NUM})(?:{SP}?(?i:pence)|p)(?![A-Za-z0-9]))",
    # 9-30%, 4 to 7 per cent
    rf"(?P<pr>(?P<pr_neg1>[{DASH_RX}])?(?P<pr_a>{NUM}){SP}?(?:[-–]|to){SP}?(?P<pr_neg2>[{DASH_RX}])?"
    rf"(?P<pr_b>{NUM}){SP}?{_PER_CENT})",
    # 3.7%, -18%, 100 per cent
    rf"(?P<pct>(?P<p_sign>[{DASH_RX}+])?(?P<p_num>{NUM}){SP}?{_PER_CENT})",
    # 12 months, 6+ months, 10 years, 12-18 months
    rf"(?P<dur>(?P<d_num>{NUM})(?:{SP}?(?:-|–|to){SP}?(?P<d_num2>{NUM}|{WORDNUM}))?"
    rf"(?:{SP}?\+)?(?:{SP}|[-–])?{_DAYS_KIND}(?P<d_u>{_DUR_UNIT}))",
    # 24/7, 3/4: codes and fractions, never figures
    r"(?P<slash>[0-9]+(?:[/\\][0-9]+)+)",
    # 2016, 1993
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9]|,[0-9]{3}|\.[0-9]|[A-Za-z%])",
    # 6,412  10  -14
    rf"(?P<bare>(?P<b_sign>[{DASH_RX}])?(?P<b_num>{NUM}))(?![0-9A-Za-z%])",
]
# Alternatives that start a word.
_WORD_ALTS = [
    # November 5, 2025
    rf"(?P<mdy>(?P<mdy_m>{MON})\.?{SP}+(?P<mdy_d>[0-9]{{1,2}})(?:st|nd|rd|th)?,{SP}+"
    rf"(?P<mdy_y>(?:19|20)[0-9]{{2}}))(?![0-9])",
    # January 2026, JUNE 2023, Sep 25, Nov-25
    rf"(?P<my>(?P<my_m>{MON})\.?(?:{SP}+|-|{SP}?['’]{SP}?)"
    rf"(?P<my_y>(?:19|20)[0-9]{{2}}|[0-9]{{2}}))(?![0-9/]|[.,][0-9]|{SP}?%)",
    # Spring 23 (a season and a two-digit year)
    r"(?P<season>(?:Spring|Summer|Autumn|Winter|SPRING|SUMMER|AUTUMN|WINTER)[ ]+['’]?(?P<se_y>[0-9]{2}))"
    r"(?![0-9/]|[.,][0-9])",
    # five per cent
    rf"(?P<pctw>(?P<pw_num>{WORDNUM}){SP}?{_PER_CENT})",
    # three-year, twelve months
    rf"(?P<durw>(?P<dw_num>{WORDNUM})(?:{SP}?(?:-|–|to){SP}?(?P<dw_num2>{NUM}|{WORDNUM}))?"
    rf"(?:{SP}?\+)?(?:{SP}|[-–]){_DAYS_KIND}(?P<dw_u>{_DUR_UNIT}))",
    # seven, two, twenty-five
    rf"(?P<word>{WORDNUM}\b)",
]
# One scan: a position is tried against the digit branch only when it holds a digit, "£" or a
# sign, and against the word branch only at the start of a word (both fail fast elsewhere).
_SCAN = re.compile(
    rf"(?=[0-9£{DASH_RX}+])(?:{'|'.join(_NUM_ALTS)})|(?<![A-Za-z0-9])(?=[A-Za-z])(?:{'|'.join(_WORD_ALTS)})"
)
_YEAR_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<year>")))
_DUR_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<dur>")))
_BARE_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<bare>")))
_FY_PREFIX = re.compile(r"(?:FY|Q[1-4])[ ]?$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z-]+)")
# words after an amount that say nothing about what it counts ("£4m in 2025", "0.3m of ...")
_NOT_NOUNS = {
    "of", "in", "on", "at", "by", "for", "from", "to", "and", "or", "is", "was", "are", "were",
    "has", "have", "had", "will", "would", "be", "been", "over", "per", "a", "an", "the", "as",
    "with", "which", "that", "this", "than", "more", "less", "up", "down", "into", "across",
    "each", "every", "p", "pa", "a-year", "annually", "plus",
}  # fmt: skip


def _num_or_word(s: str) -> float | None:
    if s and s[0].isdigit():
        return parse_num(s)
    v = word_value(s)
    return float(v) if v is not None else None


def _valid_date(y: int, m: int, d: int | None = None) -> bool:
    if not 1 <= m <= 12 or not 1800 <= y <= 2200:
        return False
    if d is None:
        return True
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
             31, 31, 30, 31, 30, 31]  # fmt: skip
    return 1 <= d <= mdays[m - 1]


def _year2(s: str) -> int:
    v = int(s)
    return v if len(s) == 4 else 2000 + v


def _is_alnum(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Scanner:
    """Scans one stretch of text (a sentence, a table cell) for figures."""

    def __init__(self, text: str, work: str) -> None:
        self.text = text
        self.work = work

    # -- boundaries -----------------------------------------------------------------------

    def _sign(self, s: int, sign: str | None, seg_start: int) -> tuple[int, bool, bool]:
        """Resolve a leading dash at ``s``: returns (core start, negative, reject)."""
        w = self.work
        if not sign:
            return s, False, False
        core = s + len(sign)
        before = w[s - 1] if s > seg_start else ""
        if before and _is_alnum(before):
            # a hyphen: "COVID-19" (reject bare numbers), "1-2" (a range: keep unsigned)
            return core, False, before.isalpha()
        if sign.endswith((" ", "\u00a0")):
            return core, False, False  # a spaced dash is a bullet or a dash: "- £13m", "X - 5"
        return core, True, False

    def _left_ok(self, i: int, seg_start: int) -> bool:
        """May a number start at ``i``? Not inside a word, code or dotted/slashed number."""
        if i <= seg_start:
            return True
        w = self.work
        prev = w[i - 1]
        if _is_alnum(prev):
            # allow the circa abbreviation: c40%, c.£30m is handled by the "." branch
            j = i - 1
            while j > seg_start and w[j - 1].isalpha():
                j -= 1
            return w[j:i].lower() in ("c", "ca") and (j == seg_start or not _is_alnum(w[j - 1]))
        if prev in "./,\\:" and i - 2 >= seg_start and w[i - 2].isdigit():
            return False
        return not (prev == "#" or (prev in "-–" and i - 2 >= seg_start and w[i - 2] == "#"))

    # -- the scan --------------------------------------------------------------------------

    def scan(self, start: int, end: int, money_ctx: bool) -> list[Cand]:
        out: list[Cand] = []
        pos = start
        w = self.work
        self._end = end
        while pos < end:
            m = _SCAN.search(w, pos, end)
            if m is None:
                break
            res = self._handle(m, start, money_ctx)
            if res is None:
                nxt = m.end()
            else:
                cands, nxt = res
                out.extend(cands)
            pos = max(nxt, m.start() + 1)
        return out

    def _fallback(self, pos: int, seg: int, skip_dur: bool = False) -> tuple[list[Cand], int]:
        """Read a duration, a plain year or a number at ``pos`` (a richer pattern was refused)."""
        steps = [(_DUR_RE, self._h_dur)] if not skip_dur else []
        steps += [(_YEAR_RE, self._h_year), (_BARE_RE, self._h_bare)]
        for rx, handler in steps:
            m = rx.match(self.work, pos, self._end)
            if m is not None:
                res = handler(m, seg, False)
                if res is not None:
                    return res
        return [], pos + 1

    def _handle(self, m: re.Match[str], seg: int, money_ctx: bool) -> tuple[list[Cand], int] | None:
        kind = m.lastgroup
        handler = getattr(self, f"_h_{kind}", None)
        if handler is None:
            return None
        return handler(m, seg, money_ctx)

    # dates ------------------------------------------------------------------------------

    def _h_dmy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("dmy")
        if not self._left_ok(s, seg):
            return [], m.end("dmy_d1")
        y, mon = int(m["dmy_y"]), MONTHS[m["dmy_m"].lower()]
        d1 = int(m["dmy_d1"])
        if not _valid_date(y, mon, d1):
            return [], m.end("dmy_d1")
        c1 = Cand(s, e, f"{y:04d}-{mon:02d}-{d1:02d}", "date", "date")
        if m["dmy_d2"] is None:
            return [c1], e
        d2 = int(m["dmy_d2"])
        if not _valid_date(y, mon, d2):
            return [c1], e
        c2 = Cand(s, e, f"{y:04d}-{mon:02d}-{d2:02d}", "date", "date")
        c1.pair = c2.pair = next(pair_ids)
        return [c1, c2], e

    def _h_dmn(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return [], m.end()

    def _h_mdy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("mdy")
        y, mon, d = int(m["mdy_y"]), MONTHS[m["mdy_m"].lower()], int(m["mdy_d"])
        if not _valid_date(y, mon, d):
            return [], m.end("mdy_m")
        return [Cand(s, e, f"{y:04d}-{mon:02d}-{d:02d}", "date", "date")], e

    def _h_my(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("my")
        y = _year2(m["my_y"])
        mon = MONTHS[m["my_m"].lower()]
        if not _valid_date(y, mon):
            return [], m.end("my_m")
        return [Cand(s, e, f"{y:04d}-{mon:02d}", "date", "date")], e

    def _h_nd(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return self._numeric_date(m, seg, "nd", _year2(m["nd_y"]), int(m["nd_m"]), int(m["nd_d"]))

    def _h_iso(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return self._numeric_date(m, seg, "iso", int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))

    def _numeric_date(self, m: re.Match[str], seg: int, g: str, y: int, mon: int, d: int) -> tuple[list[Cand], int]:
        """A date written in digits (31/3/2026, 2026-03-31) as group ``g`` of ``m``."""
        s, e = m.span(g)
        if not self._left_ok(s, seg) or not _valid_date(y, mon, d):
            return [], e
        return [Cand(s, e, f"{y:04d}-{mon:02d}-{d:02d}", "date", "date")], e

    # financial years ----------------------------------------------------------------------

    def _prefixed(self, s: int, seg: int) -> bool:
        """Is the number at ``s`` written after "FY" or "Q4" ("FY 28/29", "FY2025/26")?"""
        return bool(_FY_PREFIX.search(self.work, max(seg, s - 3), s))

    def _h_fy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("fy_a")
        e = m.end("fy_b")
        if not (self._left_ok(s, seg) or self._prefixed(s, seg)):
            return [], e
        a_raw, b_raw, sep = m["fy_a"], m["fy_b"], m["fy_sep"]
        flags: list[str] = []
        if len(a_raw) == 5:
            # "20250/26": a financial year with a stray digit. Flagged, not corrected: the
            # figure keeps what is written and gives no period to the figures near it
            if (int(a_raw[:2] + a_raw[3:]) + 1) % 100 != int(b_raw[-2:]):
                return [], e
            return [Cand(s, e, self.text[s:e], "financial_year", "period", flags=["typo_year"])], e
        a = int(a_raw)
        if len(b_raw) == 2:
            b2 = int(b_raw)
            if (a + 1) % 100 == b2:
                return [Cand(s, e, float(a), "financial_year", "period", period=fy_str(a), flags=flags)], e
            b = (a // 100) * 100 + b2
        else:
            b = int(b_raw)
            if b == a + 1:
                return [Cand(s, e, float(a), "financial_year", "period", period=fy_str(a), flags=flags)], e
        if sep == "/" or b <= a or b - a > 50:
            # not a span of years: keep the first year alone
            ea = m.end("fy_a")
            if len(a_raw) == 5:
                return [], e
            return [Cand(s, ea, float(a), "year", "period")], ea
        c1 = Cand(s, e, float(a), "year", "period")
        c2 = Cand(s, e, float(b), "year", "period")
        c1.pair = c2.pair = next(pair_ids)
        return [c1, c2], e

    def _h_fys(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.start("fys_a"), m.end("fys_b")
        prefixed = self._prefixed(s, seg)
        if not (prefixed or self._left_ok(s, seg)):
            return [], e
        a, b = int(m["fys_a"]), int(m["fys_b"])
        if (a + 1) % 100 != b or (m["fys_sep"] != "/" and not prefixed):
            if m["fys_sep"] == "/":
                return [], e  # 12/25: a code or a fraction
            return self._fallback(s, seg)  # "10-11": two counts
        year = 2000 + a if a < 70 else 1900 + a
        return [Cand(s, e, float(year), "financial_year", "period", period=fy_str(year))], e

    # money --------------------------------------------------------------------------------

    def _h_money(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("money")
        core, neg, _ = self._sign(s, m["m_neg"], seg)
        if core > s and not neg:
            s = core  # a hyphen, not a minus: keep it out of the surface
        v1 = parse_num(m["m_num"])
        if v1 is None:
            return [], m.end("m_num")
        sc1 = m["m_sc"]
        e1 = m.end("m_sc") if sc1 else m.end("m_num")
        if m["m_num2"] is None:
            return self._money_cands([(s, e1, v1, sc1, neg)]), e1
        v2 = parse_num(m["m_num2"])
        sc2 = m["m_sc2"]
        own_cur = m["m_cur2"] is not None
        if (
            v2 is None
            or (not own_cur and sc1 and not sc2)
            or (not own_cur and not sc1 and not sc2 and m["m_rsep"].strip() == "to")
        ):
            # "£5m – 10 schools": not a range; rescan after the first amount
            return self._money_cands([(s, e1, v1, sc1, neg)]), e1
        s2 = m.start("m_cur2") if own_cur else m.start("m_num2")
        e2 = m.end("m_sc2") if sc2 else m.end("m_num2")
        # "£2-6k", "£1.5 – £2.5 million": the first end takes the second's scale, unless it is bigger than
        # the second (no scale shared), or, with its own currency sign, ten times bigger: "£250,000 to £1.35m"
        # and "£600 to £4.5m" are whole amounts, while "fell from £1.8 to £1.6m" still shares the scale
        eff1 = sc1 or sc2
        if sc1 is None and sc2 and v1 > v2 * (10.0 if own_cur else 1.0001):
            eff1 = None
        cands = self._money_cands([(s, e1, v1, eff1, neg), (s2, e2, v2, sc2, False)])
        if len(cands) == 2:
            cands[0].pair = cands[1].pair = next(pair_ids)
        return cands, e2

    def _money_cands(self, parts: Sequence[tuple[int, int, float, str | None, bool]]) -> list[Cand]:
        out = []
        for s, e, v, sc, neg in parts:
            scale = SCALES[sc.lower()] if sc else 1.0
            value = v * scale * (-1.0 if neg else 1.0)
            c = money_cand(s, e, value, scale)
            if c is not None:
                out.append(c)
        return out

    def _h_bm(self, m: re.Match[str], seg: int, money_ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("bm")
        core, neg, reject = self._sign(s, m["bm_neg"], seg)
        e = m.end("bm")
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg:
            s = core
        v = parse_num(m["bm_num"])
        if v is None:
            return [], e
        word = m["bm_w"]
        sc = (word or m["bm_sc"]).lower()
        scale = SCALES[sc]
        value = v * scale * (-1.0 if neg else 1.0)
        if money_ctx and not self._counts_noun(e):
            c = money_cand(s, e, value, scale)
            return ([c] if c else []), e
        if word or money_ctx:
            if abs(value) > MAX_ABS_VALUE:
                return [], e
            return [Cand(s, e, value, "count", "count", scale=scale)], e
        return [], e  # "6m" (months?), "100m" (metres?): not sure, so no figure

    def _h_pence(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("pence")
        if not self._left_ok(s, seg):
            return [], e
        v = parse_num(m["pe_num"])
        if v is None:
            return [], e
        c = money_cand(s, e, round(v / 100.0, 6), 0.01)
        return ([c] if c else []), e

    def _counts_noun(self, e: int) -> bool:
        """Is the amount ending at ``e`` written before a noun that is not money ("1.4m
        resident population", "1.5 million visitors"): a count of it, not pounds?"""
        m = _NEXT_WORD.match(self.text, e)
        if m is None:
            return False
        word = m.group(1)
        return not MONEY_WORDS.fullmatch(word) and word.lower() not in _NOT_NOUNS

    # percentages --------------------------------------------------------------------------

    def _h_pr(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("pr")
        core, neg1, reject = self._sign(s, m["pr_neg1"], seg)
        e = m.end("pr")
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg1:
            s = core
        a, b = parse_num(m["pr_a"]), parse_num(m["pr_b"])
        if a is None or b is None:
            return [], e
        va = -a if neg1 else a
        vb = -b if m["pr_neg2"] else b
        c1 = Cand(s, e, va, "percent", "percent")
        c2 = Cand(s, e, vb, "percent", "percent")
        c1.pair = c2.pair = next(pair_ids)
        return [c1, c2], e

    def _h_pct(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("pct")
        sign = m["p_sign"]
        e = m.end("pct")
        neg = False
        if sign == "+":
            s += 1
        elif sign:
            core, neg, reject = self._sign(s, sign, seg)
            if reject:
                return [], e
            if core > s and not neg:
                s = core
        if not self._left_ok(m.start("p_num"), seg):
            return [], e
        v = parse_num(m["p_num"])
        if v is None or abs(v) > MAX_ABS_VALUE:
            return [], e
        return [Cand(s, e, -v if neg else v, "percent", "percent")], e

    def _h_pctw(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("pctw")
        v = word_value(m["pw_num"])
        if v is None:
            return [], e
        return [Cand(s, e, float(v), "percent", "percent")], e

    # durations ----------------------------------------------------------------------------

    def _h_dur(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return self._duration(m, seg, "dur", "d_num", "d_num2", "d_u")

    def _h_durw(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return self._duration(m, seg, "durw", "dw_num", "dw_num2", "dw_u")

    def _duration(
        self, m: re.Match[str], seg: int, g: str, g_num: str, g_num2: str, g_unit: str
    ) -> tuple[list[Cand], int] | None:
        s, e = m.span(g)
        if not self._left_ok(s, seg):
            return [], e
        raw = m[g_num]
        if raw[0].isdigit() and re.fullmatch(r"(?:19|20)[0-9]{2}", raw):
            return self._fallback(s, seg, skip_dur=True)  # "the 2025 year": a year
        if raw.lower() == "one" and self._one_blocked(s):
            return [], e
        letter = DUR_UNITS[m[g_unit].lower()]
        values = [_num_or_word(raw)]
        if m[g_num2] is not None:
            values.append(_num_or_word(m[g_num2]))
        cands = []
        for v in values:
            if v is None or v > 1000:
                return [], e
            num = f"{v:g}" if v != int(v) else str(int(v))
            if letter == "H":
                iso = f"PT{num}H"
            elif letter == "TM":
                iso = f"PT{num}M"
            else:
                iso = f"P{num}{letter}"
            cands.append(Cand(s, e, iso, "duration", "period"))
        if len(cands) == 2:
            cands[0].pair = cands[1].pair = next(pair_ids)
        return cands, e

    def _h_slash(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        return [], m.end()

    # years and counts ---------------------------------------------------------------------

    def _h_year(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("year")
        if not self._left_ok(s, seg) or (s > seg and self.work[s - 1] in "£$€"):
            return [], e
        if s > seg and self.work[s - 1] in DASH and s - 2 >= seg and self.work[s - 2].isalpha():
            return [], e
        return [Cand(s, e, float(int(m["year"])), "year", "period")], e

    def _h_season(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("se_y")
        return [Cand(s, e, float(2000 + int(m["se_y"])), "year", "period")], e

    def _one_blocked(self, s: int) -> bool:
        w = self.text
        before = re.findall(r"[A-Za-z']+", w[max(0, s - 20) : s])
        return bool(before and before[-1].lower() in ONE_PREV_STOP)

    def _h_word(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s, e = m.span("word")
        v = word_value(m["word"])
        if v is None:
            return [], e
        after = self.text[e : e + 30]
        nxt = re.match(r"[ \u00a0]*-?([A-Za-z']*)", after)
        next_word = nxt.group(1).lower() if nxt else ""
        if next_word in FRACTION_WORDS:
            return [], e  # "two thirds"
        if after[:1] == "-" and next_word in ("off", "to", "way", "fold", "and"):
            return [], e  # "one-off", "one-to-one"
        if v == 1 and (next_word in ONE_NEXT_STOP or self._one_blocked(s)):
            return [], e  # "one of", "no one"
        return [Cand(s, e, float(v), "count", "count")], e

    def _h_bare(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[Cand], int] | None:
        s = m.start("bare")
        e = m.end("bare")
        core, neg, reject = self._sign(s, m["b_sign"], seg)
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg:
            return self._fallback(core, seg)  # "12-18 months": the dash was a hyphen
        v = parse_num(m["b_num"])
        if v is None or abs(v) > MAX_ABS_VALUE:
            return [], e
        return [Cand(s, e, -v if neg else v, "count", "count")], e
