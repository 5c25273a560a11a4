"""The council tax base and business rates report of the twelfth held-out corpus, set with
reportlab's platypus on page templates of its own (a full-width frame over **two columns of text**
on the first page, which hold all the prose (a two-column template stands ready for more), then
**landscape pages** for the appendix tables, the second table running onto a third page without
its header; a layout no other corpus uses for a whole document). An invented district council's report to Cabinet
on its council tax base (Band D equivalents by band, the council tax reduction scheme, premiums,
the collection rate) and its forecast of business rates income (an NNDR1-style table in £000 with
two years and a change column under a spanned unit header, bracketed deductions, a wrapped row
label and the shares of the income). Every name, place and figure is made up."""

from __future__ import annotations

import re
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct

TAXBASE = "tullingham-council-tax-base-and-business-rates-cabinet-2027-01-19"
TULL = "Tullingham District Council"
COUNTY = "Hexmoor County Council"
TITLE = "Council Tax Base and Business Rates Income 2027/28"

FRONT = [
    ("Meeting", "Cabinet, 19 January 2027"),
    ("Report of", "Head of Finance and Section 151 Officer"),
    ("Portfolio holder", "Councillor Rosalind Abberley-Clough, Portfolio Holder for Resources"),
    ("Key decision", "Yes"),
    ("Contact", "Gideon Plumstead, Revenues Manager"),
]

# Table 1: band, ratio, dwellings on the list, chargeable, after discounts and premiums, Band D equivalents
BANDS = [
    ("A with disabled relief", "5/9", "–", "14", "12.6", "7.0"),
    ("A", "6/9", "9,412", "9,118", "7,604.5", "5,069.7"),
    ("B", "7/9", "11,836", "11,602", "10,288.3", "8,002.0"),
    ("C", "8/9", "8,977", "8,851", "8,214.6", "7,301.9"),
    ("D", "9/9", "6,204", "6,143", "5,890.2", "5,890.2"),
    ("E", "11/9", "3,918", "3,884", "3,761.8", "4,597.8"),
    ("F", "13/9", "2,046", "2,031", "1,979.4", "2,859.1"),
    ("G", "15/9", "1,152", "1,140", "1,118.7", "1,864.5"),
    ("H", "18/9", "97", "95", "93.5", "187.0"),
    ("Total", "", "43,642", "42,878", "38,963.6", "35,779.2"),
]
# below Table 1: the steps from Band D equivalents to the tax base
STEPS = [
    ("Less council tax reduction scheme", "(4,196.3)"),
    ("Add new homes expected in 2027/28", "186.5"),
    ("Band D equivalents before collection", "31,769.4"),
    ("Tax base at a collection rate of 98.6%", "31,324.6"),
]
# Table 2: line, 2026/27, 2027/28, change (£000)
NNDR = [
    ("Gross rates payable", "41,206", "42,918", "1,712"),
    ("Small business rate relief and other mandatory reliefs (charities, sports clubs, empty property)", "(6,384)",
     "(6,702)", "(318)"),
    ("Discretionary reliefs", "(612)", "(455)", "157"),
    ("Transitional protection payments", "148", "96", "(52)"),
    ("Net rates payable", "34,358", "35,857", "1,499"),
    ("Losses on collection", "(859)", "(896)", "(37)"),
    ("Allowance for appeals", "(1,203)", "(1,076)", "127"),
    ("Cost of collection allowance", "(212)", "(215)", "(3)"),
    ("Non-domestic rating income", "32,084", "33,670", "1,586"),
    ("Central share (50%)", "16,042", "16,835", "793"),
    (f"{TULL} (40%)", "12,834", "13,468", "634"),
    (f"{COUNTY} (10%)", "3,208", "3,367", "159"),
]
NNDR_BOLD = {"Net rates payable", "Non-domestic rating income"}

RECS = [
    "approve a council tax base of 31,324.6 Band D equivalents for 2027/28 for the whole district;",
    "approve a collection rate of 98.6 per cent for setting the base;",
    "note the forecast of business rates income for 2027/28 in Table 2, to be sent to the Government by 31 "
    "January 2027.",
]

# (number, heading, paragraphs); "RECS" stands for the lettered recommendations
SECTIONS: list[tuple[str, str, list[str]]] = [
    ("1", "Recommendations", ["That Cabinet:", "RECS"]),
    ("2", "Why the base is set now", [
        "The Council must set its tax base between 1 December and 31 January so that the County Council, the police "
        "and crime commissioner and the fire authority can set their precepts. The base counts homes as Band D "
        "equivalents: a Band A home counts as six-ninths of a Band D home and a Band H home as two.",
        "The tax base for 2027/28 is 31,324.6 Band D equivalents, up by 412.6, or 1.3 per cent, from 30,912.0 in "
        "2026/27. Most of the rise comes from 398 new homes completed in the year to October.",
    ]),
    ("3", "Discounts, reductions and premiums", [
        "Single person discount is claimed on 13,214 homes, about 30 per cent of the dwellings on the list. A review "
        "of the claims last spring removed 486 discounts worth £131,000 a year to the Council and its preceptors.",
        "Council tax reduction is paid to 5,912 households, of which 2,187 are pensioners; their reductions are "
        "worth 4,196.3 Band D equivalents, 242.6 fewer than a year ago as claims fell.",
        "The premium of 100 per cent on second homes applies from 1 April 2027 to 236 homes and adds 188.3 Band D "
        "equivalents. A long-term empty premium is charged on 142 homes that have stood empty for over a year, 31 of "
        "them for more than five years, which pay 300 per cent.",
    ]),
    ("4", "The collection rate", [
        "In-year collection was 97.9 per cent in 2025/26, and 98.8 per cent of the 2024/25 debit has now been "
        "collected. A rate of 98.6 per cent, the same as last year, is proposed for the base.",
        "Each 1 per cent on the collection rate is worth about 318 Band D equivalents, or about £79,000 at this "
        "year's Band D charge for the Council of £248.36. That charge is about 11 per cent of the average Band D bill "
        "of £2,264.17 in the district in 2026/27, and comes to £4.78 a week.",
        "Each £1 on the Council's Band D charge for 2027/28 will raise £31,325.",
    ]),
    ("5", "Business rates", [
        "At 30 November 2026 the rating list held 3,284 properties with a total rateable value of £88.1m, 61 more "
        "properties than a year before. The multipliers for 2027/28 are 50.6p in the pound for small businesses and "
        "56.3p for the rest.",
        "Small business rate relief is given to 1,904 properties, 58 per cent of the list, and 1,372 of them pay "
        "nothing at all.",
        "Non-domestic rating income is forecast at £33.67m for 2027/28, up by £1.59m on the 2026/27 forecast. The "
        "Council keeps 40 per cent, £13.47m, before a tariff of £10.27m paid to the Government, which leaves £3.20m.",
        "That is £0.34m above the baseline funding level of £2.86m; half of the growth, £0.17m, is paid as a levy to "
        "the Hexmoor business rates pool.",
        "The allowance for appeals falls to £1.08m because 27 appeals against the 2023 list were settled in the "
        "year, most of them for less than was set aside.",
    ]),
    ("6", "Appendix", [
        "Table 1 and Table 2 are on the next page.",
    ]),
]


def build_taxbase(path: str, gold: Gold) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    w, h = A4
    lw, lh = landscape(A4)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontName="Helvetica", fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                          spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8)
    council = ParagraphStyle("council", parent=body, fontName="Helvetica", fontSize=11, leading=14, spaceAfter=2)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=4)

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        pw = canvas._pagesize[0]
        canvas.drawString(50, 22, f"{TULL} – Cabinet – 19 January 2027")
        canvas.drawRightString(pw - 50, 22, f"{doc.page}")
        canvas.restoreState()

    gap = 18
    colw = (w - 100 - gap) / 2
    top_h = 250
    first = PageTemplate("first", [
        Frame(50, h - 50 - top_h, w - 100, top_h, id="top", leftPadding=0, rightPadding=0),
        Frame(50, 45, colw, h - 95 - top_h, id="c1", leftPadding=0, rightPadding=0),
        Frame(50 + colw + gap, 45, colw, h - 95 - top_h, id="c2", leftPadding=0, rightPadding=0),
    ], onPage=furniture)
    cols = PageTemplate("cols", [
        Frame(50, 45, colw, h - 95, id="d1", leftPadding=0, rightPadding=0),
        Frame(50 + colw + gap, 45, colw, h - 95, id="d2", leftPadding=0, rightPadding=0),
    ], onPage=furniture)
    land = PageTemplate("land", [Frame(50, 40, lw - 100, lh - 80, id="l")], pagesize=(lw, lh), onPage=furniture)

    story: list[Any] = [NextPageTemplate("cols")]

    def para(text: str, st: Any = body) -> None:
        story.append(Paragraph(text.replace("&", "&amp;"), st))
        gold.line(text)

    para(TULL, council)
    para(TITLE, title)
    rows = [[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in FRONT]
    for k, v in FRONT:
        gold.line(f"{k} {v}")
        gold.add("cover", label=k, value=v, page=1)
    ft = Table(rows, colWidths=[110, w - 100 - 110])
    ft.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [ft, Spacer(1, 8)]
    from reportlab.platypus import FrameBreak
    story.append(FrameBreak())
    for number, heading, paras in SECTIONS:
        text = f"{number}. {heading}"
        para(text, head)
        gold.add("heading", text=text, number=number, level=1, parent=None)
        k = 0
        for p in paras:
            if p == "RECS":
                for letter, rec in zip("abc", RECS, strict=True):
                    para(f"({letter}) {rec}")
            elif p.startswith("That Cabinet"):
                para(p)
            else:
                k += 1
                num = f"{number}.{k}"
                story.append(Paragraph(f"<b>{num}</b>&nbsp;&nbsp;{p}", body))
                gold.line(f"{num} {p}")
                gold.add("paragraph", number=num, text=" ".join(p.split()[:8]), parent=text)
    story += [NextPageTemplate("land"), PageBreak()]

    grid = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e4e8d8"))]
    cap1 = "Table 1: Council tax base 2027/28 by valuation band (dwellings at 6 October 2026)"
    story.append(Paragraph(cap1, cap))
    gold.line(cap1)
    t1 = [["Band", "Ratio to Band D", "Dwellings", "", "", "Band D equivalents"],
          ["", "", "On the list", "Chargeable", "After discounts and premiums", ""]]
    gold.line("Band Ratio to Band D Dwellings Band D equivalents")
    gold.line("On the list Chargeable After discounts and premiums")
    for r in BANDS:
        t1.append(list(r))
        gold.line(" ".join(c for c in r if c))
    for label, v in STEPS:
        t1.append([label, "", "", "", "", v])
        gold.line(f"{label} {v}")
    n1 = len(t1)
    s1 = [*grid, ("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
          ("SPAN", (5, 0), (5, 1)), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("ALIGN", (2, 0), (4, 0), "CENTER"),
          ("FONTNAME", (0, 11), (-1, 11), "Helvetica-Bold"), ("FONTNAME", (0, n1 - 1), (-1, n1 - 1), "Helvetica-Bold"),
          *[("SPAN", (0, r), (4, r)) for r in range(12, n1)]]
    t = Table(t1, colWidths=[210, 80, 90, 90, 130, 110], repeatRows=2)
    t.setStyle(TableStyle(s1))
    story += [t, Spacer(1, 14)]

    cap2 = "Table 2: Forecast of business rates income (NNDR1)"
    story.append(Paragraph(cap2, cap))
    gold.line(cap2)
    t2: list[list[Any]] = [["", "£000", "", ""], ["", "2026/27 forecast", "2027/28 forecast", "Change"]]
    gold.line("£000")
    gold.line("2026/27 forecast 2027/28 forecast Change")
    for r in NNDR:
        t2.append([Paragraph(r[0], small), *r[1:]])
        gold.line(" ".join(r))
        for col, v, per in (("2026/27 forecast", r[1], "2026/27"), ("2027/28 forecast", r[2], "2027/28")):
            gold.add("cell", table=cap2, row=r[0], column=col, period=per, surface=v, value=_k(v), unit="GBP")
    s2 = [*grid, ("SPAN", (1, 0), (3, 0)), ("ALIGN", (1, 0), (3, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
          *[("FONTNAME", (0, 2 + k), (-1, 2 + k), "Helvetica-Bold") for k, r in enumerate(NNDR) if r[0] in NNDR_BOLD]]
    t = Table(t2, colWidths=[330, 100, 100, 90])
    t.setStyle(TableStyle(s2))
    story.append(t)
    gold.add("meta", council=TULL, date="2027-01-19")

    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[first, cols, land], title=TITLE, author=TULL,
                          subject="Cabinet", creator="Tullingham committee papers", invariant=1)
    doc.build(story)


# --- gold ------------------------------------------------------------------------------------

T = TAXBASE
NY, TY = "2027/28", "2026/27"


def _k(s: str) -> float:
    s = s.replace(",", "")
    return -float(s[1:-1]) * 1000 if s.startswith("(") else float(s) * 1000


def _n(s: str) -> float:
    s = s.replace(",", "")
    return -float(s[1:-1]) if s.startswith("(") else float(s)


def _band_items() -> list[dict[str, Any]]:
    out = []
    for band, _ratio, listed, charge, after, bd in BANDS:
        lab = "total" if band == "Total" else f"band {band}"
        figs = []
        if listed != "–":
            figs.append(count(listed, _n(listed), f"{lab} dwellings on the list", NY))
        figs += [count(charge, _n(charge), f"{lab} chargeable dwellings", NY),
                 count(after, _n(after), f"{lab} dwellings after discounts and premiums", NY),
                 count(bd, _n(bd), f"{lab} Band D equivalents", NY)]
        out.append(fig_item(T, " ".join(c for c in (band, _ratio, listed, charge, after, bd) if c), *figs))
    for label, v in STEPS:
        figs = [count(v, _n(v), label.lower(), NY)]
        if "98.6%" in label:
            figs.insert(0, pct("98.6%", 98.6, "collection rate", NY))
            figs[1] = count(v, _n(v), "tax base", NY)
        out.append(fig_item(T, f"{label} {v}", *figs))
    return out


def _nndr_items() -> list[dict[str, Any]]:
    out = []
    for line, a, b, c in NNDR:
        lab = line.lower()
        share = [pct(m.group(0), float(m.group(1)), lab.split(" (")[0]) for m in re.finditer(r"(\d+)%", line)]
        out.append(fig_item(T, " ".join((line, a, b, c)), *share, money(a, _k(a), lab, TY),
                            money(b, _k(b), lab, NY), money(c, _k(c), f"change in {lab}", NY), context_unit="£000"))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(T, "(a) approve a council tax base of 31,324.6 Band D equivalents for 2027/28 for the whole district;",
             count("31,324.6", 31_324.6, "council tax base", NY), fy("2027/28", 2027)),
    fig_item(T, "(b) approve a collection rate of 98.6 per cent for setting the base;",
             pct("98.6 per cent", 98.6, "collection rate")),
    fig_item(T, "note the forecast of business rates income for 2027/28 in Table 2, to be sent to the Government by 31 "
                "January 2027.", fy("2027/28", 2027), date("31 January 2027", "2027-01-31")),
    fig_item(T, "The tax base for 2027/28 is 31,324.6 Band D equivalents, up by 412.6, or 1.3 per cent, from 30,912.0 "
                "in 2026/27.",
             fy("2027/28", 2027), count("31,324.6", 31_324.6, "tax base", NY),
             count("412.6", 412.6, "rise in tax base", NY), pct("1.3 per cent", 1.3, "rise in tax base", NY),
             count("30,912.0", 30_912.0, "tax base", TY), fy("2026/27", 2026)),
    fig_item(T, "Most of the rise comes from 398 new homes completed in the year to October.",
             count("398", 398, "new homes completed")),
    fig_item(T, "Single person discount is claimed on 13,214 homes, about 30 per cent of the dwellings on the list.",
             count("13,214", 13_214, "homes claiming single person discount"),
             pct("30 per cent", 30, "dwellings on the list claiming single person discount")),
    fig_item(T, "A review of the claims last spring removed 486 discounts worth £131,000 a year to the Council and its "
                "preceptors.",
             count("486", 486, "discounts removed"),
             money("£131,000", 131_000, "discounts removed a year")),
    fig_item(T, "Council tax reduction is paid to 5,912 households, of which 2,187 are pensioners; their reductions are "
                "worth 4,196.3 Band D equivalents, 242.6 fewer than a year ago as claims fell.",
             count("5,912", 5912, "households receiving council tax reduction"),
             count("2,187", 2187, "pensioners receiving council tax reduction"),
             count("4,196.3", 4196.3, "council tax reduction Band D equivalents"),
             count("242.6", 242.6, "fall in council tax reduction Band D equivalents")),
    fig_item(T, "The premium of 100 per cent on second homes applies from 1 April 2027 to 236 homes and adds 188.3 Band "
                "D equivalents.",
             pct("100 per cent", 100, "premium on second homes"), date("1 April 2027", "2027-04-01"),
             count("236", 236, "second homes"), count("188.3", 188.3, "second homes premium Band D equivalents")),
    fig_item(T, "A long-term empty premium is charged on 142 homes that have stood empty for over a year, 31 of them for "
                "more than five years, which pay 300 per cent.",
             count("142", 142, "homes empty for over a year"),
             count("31", 31, "homes empty for more than five years"),
             ("five years", "P5Y", "duration", "period", None, None),
             pct("300 per cent", 300, "charge on homes empty for more than five years")),
    fig_item(T, "In-year collection was 97.9 per cent in 2025/26, and 98.8 per cent of the 2024/25 debit has now been "
                "collected.",
             pct("97.9 per cent", 97.9, "in-year collection", "2025/26"), fy("2025/26", 2025),
             pct("98.8 per cent", 98.8, "debit collected", "2024/25"), fy("2024/25", 2024)),
    fig_item(T, "A rate of 98.6 per cent, the same as last year, is proposed for the base.",
             pct("98.6 per cent", 98.6, "collection rate")),
    fig_item(T, "Each 1 per cent on the collection rate is worth about 318 Band D equivalents, or about £79,000 at this "
                "year's Band D charge for the Council of £248.36.",
             pct("1 per cent", 1, "collection rate"), count("318", 318, "Band D equivalents"),
             money("£79,000", 79_000, "each 1 per cent on the collection rate"),
             money("£248.36", 248.36, "Band D charge for the Council")),
    fig_item(T, "That charge is about 11 per cent of the average Band D bill of £2,264.17 in the district in 2026/27, "
                "and comes to £4.78 a week.",
             pct("11 per cent", 11, "share of the average Band D bill", TY),
             money("£2,264.17", 2264.17, "average Band D bill", TY), fy("2026/27", 2026),
             money("£4.78", 4.78, "Band D charge a week", TY)),
    fig_item(T, "Each £1 on the Council's Band D charge for 2027/28 will raise £31,325.",
             money("£1", 1, "Band D charge", NY), fy("2027/28", 2027),
             money("£31,325", 31_325, "raised by each £1 on the Band D charge", NY)),
    fig_item(T, "At 30 November 2026 the rating list held 3,284 properties with a total rateable value of £88.1m, 61 "
                "more properties than a year before.",
             date("30 November 2026", "2026-11-30"), count("3,284", 3284, "properties on the rating list"),
             money("£88.1m", 88_100_000, "total rateable value"), count("61", 61, "more properties")),
    fig_item(T, "The multipliers for 2027/28 are 50.6p in the pound for small businesses and 56.3p for the rest.",
             fy("2027/28", 2027), money("50.6p", 0.506, "small business multiplier in the pound", NY),
             money("56.3p", 0.563, "multiplier", NY)),
    fig_item(T, "Small business rate relief is given to 1,904 properties, 58 per cent of the list, and 1,372 of them pay "
                "nothing at all.",
             count("1,904", 1904, "properties given small business rate relief"),
             pct("58 per cent", 58, "properties given small business rate relief"),
             count("1,372", 1372, "properties paying nothing")),
    fig_item(T, "Non-domestic rating income is forecast at £33.67m for 2027/28, up by £1.59m on the 2026/27 forecast.",
             money("£33.67m", 33_670_000, "non-domestic rating income", NY), fy("2027/28", 2027),
             money("£1.59m", 1_590_000, "rise in non-domestic rating income", NY), fy("2026/27", 2026)),
    fig_item(T, "The Council keeps 40 per cent, £13.47m, before a tariff of £10.27m paid to the Government, which "
                "leaves £3.20m.",
             pct("40 per cent", 40, "share the Council keeps", NY), money("£13.47m", 13_470_000, "Council's share", NY),
             money("£10.27m", 10_270_000, "tariff", NY), money("£3.20m", 3_200_000, "retained after the tariff", NY)),
    fig_item(T, "That is £0.34m above the baseline funding level of £2.86m; half of the growth, £0.17m, is paid as a "
                "levy to the Hexmoor business rates pool.",
             money("£0.34m", 340_000, "above the baseline funding level"),
             money("£2.86m", 2_860_000, "baseline funding level"), money("£0.17m", 170_000, "levy")),
    fig_item(T, "The allowance for appeals falls to £1.08m because 27 appeals against the 2023 list were settled in the "
                "year, most of them for less than was set aside.",
             money("£1.08m", 1_080_000, "allowance for appeals"), count("27", 27, "appeals settled"),
             ("2023", 2023, "year", "period", None, None)),
    fig_item(T, "Table 1: Council tax base 2027/28 by valuation band (dwellings at 6 October 2026)",
             fy("2027/28", 2027), date("6 October 2026", "2026-10-06")),
    *_band_items(),
    *_nndr_items(),
]

ENTITIES: list[dict[str, Any]] = [
    ent(T, "ORG", TULL),
    ent(T, "ORG", COUNTY),
    ent(T, "PERSON", "Rosalind Abberley-Clough", role="Portfolio Holder for Resources", affiliation=TULL),
    ent(T, "PERSON", "Gideon Plumstead", role="Revenues Manager", affiliation=TULL),
    ent(T, "ROLE", "Portfolio Holder for Resources"),
    ent(T, "ROLE", "Revenues Manager"),
    ent(T, "ROLE", "Head of Finance"),
    ent(T, "ROLE", "Section 151 Officer"),
    ent(T, "COMMITTEE", "Cabinet"),
    ent(T, "PROGRAMME", "Hexmoor business rates pool"),
    ent(T, "PROGRAMME", "council tax reduction scheme"),
    ent(T, "ACRONYM", "NNDR1"),
]
