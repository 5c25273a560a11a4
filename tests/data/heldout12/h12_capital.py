"""The capital strategy and prudential indicators report of the twelfth held-out corpus, set with
reportlab's platypus in ways no other corpus uses: serif body text under sans headings, and tables
whose first column **groups rows in one cell spanning them, centred vertically** ("General fund",
"Housing Revenue Account", "Financed by", "Capital financing requirement at 31 March"), **five
year columns under a header of three rows** (an actual, a forecast and three estimates under one
spanned "Estimates" cell, then a "£m" cell spanning all five), total rows whose label spans both
label columns, and the prudential indicators' table **running over a page with its header rows
repeated**. An invented borough council's report to its full Council: the capital programme and
how it is paid for, the capital financing requirement, the operational boundary and the authorised
limit, financing costs as a share of the net revenue stream, commercial property, the cost of
borrowing a year and per Band D home. Every name, place and figure is made up."""

from __future__ import annotations

import html
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct

CAPITAL = "pinchbarrow-capital-strategy-prudential-indicators-council-2027-02-25"
PINCH = "Pinchbarrow Borough Council"
TITLE = "Capital Strategy 2027/28 to 2029/30 and Prudential Indicators"
YEARS = ("2025/26", "2026/27", "2027/28", "2028/29", "2029/30")
COLS = ("Actual 2025/26", "Forecast 2026/27", "Estimate 2027/28", "Estimate 2028/29", "Estimate 2029/30")

FRONT = [
    ("Meeting", "Council, 25 February 2027"),
    ("Report of", "Director of Resources (Section 151 Officer)"),
    ("Cabinet member", "Councillor Lucian Hetherbridge, Cabinet Member for Finance"),
    ("Recommended by", "Cabinet, 10 February 2027"),
    ("Contact", "Anwen Pritchard-Lowe, Treasury and Capital Manager"),
]

# Table 1: group (rowspan), line, five years (£m); a group's total has group ""
CAPEX: list[tuple[str, str, tuple[str, ...]]] = [
    ("General fund", "Regeneration and town centre", ("14.2", "21.6", "18.4", "9.7", "3.1")),
    ("General fund", "Highways and transport", ("6.8", "7.4", "7.9", "6.2", "6.0")),
    ("General fund", "Leisure and culture", ("2.1", "9.8", "12.3", "1.4", "0.6")),
    ("General fund", "Fleet, ICT and other", ("3.4", "2.9", "3.6", "2.8", "2.5")),
    ("", "Total general fund", ("26.5", "41.7", "42.2", "20.1", "12.2")),
    ("Housing Revenue Account", "Existing council homes", ("11.9", "12.6", "13.4", "13.8", "14.1")),
    ("Housing Revenue Account", "New council homes", ("8.7", "15.3", "19.8", "16.0", "9.5")),
    ("", "Total Housing Revenue Account", ("20.6", "27.9", "33.2", "29.8", "23.6")),
    ("", "Total capital expenditure", ("47.1", "69.6", "75.4", "49.9", "35.8")),
    ("Financed by", "Grants and contributions", ("12.4", "18.9", "16.2", "8.8", "6.1")),
    ("Financed by", "Capital receipts", ("3.1", "4.2", "5.5", "3.0", "2.2")),
    ("Financed by", "Revenue contributions and reserves, including the HRA's major repairs reserve",
     ("14.0", "14.8", "15.6", "16.1", "16.4")),
    ("Financed by", "Borrowing", ("17.6", "31.7", "38.1", "22.0", "11.1")),
]
# Table 2: group (rowspan), indicator, unit, five years
PIS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Capital financing requirement at 31 March", "General fund", "£m", ("148.6", "171.9", "199.4", "208.7", "211.0")),
    ("Capital financing requirement at 31 March", "Housing Revenue Account", "£m",
     ("96.3", "104.8", "117.2", "124.9", "128.3")),
    ("Capital financing requirement at 31 March", "Total", "£m", ("244.9", "276.7", "316.6", "333.6", "339.3")),
    ("External debt at 31 March", "Borrowing", "£m", ("201.4", "228.0", "262.5", "281.0", "288.6")),
    ("External debt at 31 March", "Leases and other long-term liabilities", "£m", ("6.2", "5.8", "9.1", "8.6", "8.0")),
    ("Limits on external debt", "Operational boundary", "£m", ("–", "300.0", "340.0", "360.0", "365.0")),
    ("Limits on external debt", "Authorised limit", "£m", ("–", "330.0", "375.0", "395.0", "400.0")),
    ("Financing costs as a share of the net revenue stream", "General fund", "%", ("7.8", "9.1", "10.6", "11.9",
                                                                                   "12.3")),
    ("Financing costs as a share of the net revenue stream", "Housing Revenue Account", "%",
     ("24.6", "25.2", "26.9", "27.5", "27.8")),
    ("Net income from commercial property", "Share of the net revenue stream", "%",
     ("9.4", "9.0", "8.7", "8.5", "8.3")),
    ("Net income from commercial property", "Net income", "£m", ("4.9", "4.8", "4.7", "4.7", "4.6")),
]

RECS = [
    "approve the Capital Strategy 2027/28 to 2029/30;",
    "approve the prudential indicators in Table 2, including an authorised limit for external debt of £375.0m for "
    "2027/28;",
    "approve the policy for the minimum revenue provision in section 4.",
]

# (number, heading, paragraphs, in two CSS columns?); "T1", "T2", "RECS" stand for the blocks
SECTIONS: list[tuple[str, str, list[str], bool]] = [
    ("1", "Recommendations", ["RECS"], False),
    ("2", "Summary", [
        "The programme for the three years 2027/28 to 2029/30 totals £161.1m, of which £74.5m is for the general fund "
        "and £86.6m for council housing. Borrowing of £71.2m meets 44 per cent of the cost; "
        "grants, capital receipts, revenue and reserves pay for the remainder.",
        "The forecast for 2026/27 is £69.6m against an original budget of £82.0m, because £12.4m of the Wharfside "
        "leisure centre's spending has slipped to the following year.",
        "Capital receipts are forecast to fall after 2027/28 as the sale of the Quaybridge depot, expected to raise "
        "£4.0m, will be the last large disposal.",
    ], True),
    ("3", "The capital programme and its financing", [
        "Table 1 sets out spending on each part of the programme and how it is paid for. New council homes account "
        "for the largest single increase: 214 homes are to be built by March 2030, 96 of them at Kestrel Fields.",
        "T1",
    ], False),
    ("4", "Borrowing and the minimum revenue provision", [
        "The capital financing requirement, the Council's underlying need to borrow, rises by £62.6m, from £276.7m on "
        "31 March 2027 to £339.3m by 31 March 2030.",
        "The minimum revenue provision charged to the general fund will be £5.38m in 2027/28, up from £4.61m in "
        "2026/27. It is charged over the life of each asset, up to 50 years for land and 40 for buildings.",
        "Each £1m borrowed over 40 years at the assumed rate of 4.6 per cent costs the general fund about £71,000 a "
        "year in interest and minimum revenue provision. For a Band D home the general fund borrowing in this "
        "strategy adds about £9.40 a year in 2029/30, or 18p a week.",
    ], False),
    ("5", "Prudential indicators", [
        "Gross debt stays below the capital financing requirement in every year, as the Prudential Code requires; the "
        "headroom is £42.7m at 31 March 2030 once leases are included. The authorised limit is £35m above the "
        "operational boundary in 2029/30 to allow for unexpected movements of cash.",
        "T2",
        "Financing costs take a rising share of the general fund's net revenue stream of £52.3m, reaching 12.3 per "
        "cent in 2029/30, against a local limit of 15 per cent.",
    ], False),
    ("6", "Commercial property", [
        "The Council owns 38 commercial properties valued at £84.5m, all bought before 2021. Their net income of "
        "£4.9m a year is 9.4 per cent of the net revenue stream, and falls slowly as two leases end.",
        "No property will be bought mainly for yield, and the Council cannot borrow from the Public Works Loan Board "
        "for a programme that includes one.",
    ], False),
]

def _group_spans(rows: list[tuple[str, ...]], first: int) -> list[Any]:
    """SPAN commands joining the group cells of consecutive rows of one group (first column),
    and a total row's label over both label columns."""
    out: list[Any] = []
    k = 0
    while k < len(rows):
        group = rows[k][0]
        if not group:
            out.append(("SPAN", (0, first + k), (1, first + k)))
            k += 1
            continue
        span = 1
        while k + span < len(rows) and rows[k + span][0] == group:
            span += 1
        if span > 1:
            out.append(("SPAN", (0, first + k), (0, first + k + span - 1)))
        k += span
    return out


def _head_rows(first: str, gold: Gold, *, unit_row: bool) -> list[list[str]]:
    gold.line(f"{first} Actual Forecast Estimates")
    gold.line(" ".join(YEARS))
    rows = [[first, "", "Actual", "Forecast", "Estimates", "", ""], ["", "", *YEARS]]
    if unit_row:
        gold.line("£m")
        rows.append(["", "", "£m", "", "", "", ""])
    return rows


def build_capital(path: str, gold: Gold) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.5)
    gcell = ParagraphStyle("gcell", parent=cell, fontName="Helvetica-Bold")
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8,
                          spaceAfter=4, textColor=colors.HexColor("#223366"))
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
    council = ParagraphStyle("council", parent=body, fontName="Helvetica", fontSize=12, leading=15,
                             textColor=colors.HexColor("#223366"), spaceAfter=2)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3)
    front_st = ParagraphStyle("front", parent=cell, fontSize=9, leading=11)

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(48, 24, "Pinchbarrow Borough Council – Council 25 February 2027")
        canvas.drawRightString(547, 24, str(doc.page))
        canvas.restoreState()

    story: list[Any] = []

    def para(text: str, st: Any = body) -> None:
        story.append(Paragraph(html.escape(text, quote=False), st))
        gold.line(text)

    para(PINCH, council)
    para(TITLE, title)
    ft = Table([[Paragraph(f"<b>{html.escape(k)}</b>", front_st), Paragraph(html.escape(v), front_st)]
                for k, v in FRONT], colWidths=[100, 399])
    ft.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    for k, v in FRONT:
        gold.line(f"{k} {v}")
        gold.add("cover", label=k, value=v, page=1)
    story += [ft, Spacer(1, 6)]

    def table(cap_text: str, first: str, rows: list[tuple[str, str, tuple[str, ...]]], unit_row: bool) -> None:
        story.append(Paragraph(html.escape(cap_text), cap))
        gold.line(cap_text)
        data: list[list[Any]] = [*_head_rows(first, gold, unit_row=unit_row)]
        n_head = len(data)
        last = None
        for group, line, vals in rows:
            if group and group != last:
                gold.line(group)
            last = group
            gold.line(" ".join((line, *vals)))
            label = Paragraph(html.escape(line), gcell if not group else cell)
            data.append([Paragraph(html.escape(group), gcell) if group else label, "" if not group else label, *vals])
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")), ("FONTSIZE", (0, 0), (-1, -1), 8),
                 ("FONTNAME", (0, 0), (-1, n_head - 1), "Helvetica-Bold"),
                 ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.HexColor("#e3e6ef")),
                 ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("ALIGN", (2, 0), (-1, n_head - 1), "CENTER"),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, n_head), (0, -1), "MIDDLE"),
                 ("SPAN", (0, 0), (1, n_head - 1)), ("SPAN", (4, 0), (6, 0)),
                 ("BACKGROUND", (0, n_head), (0, -1), colors.HexColor("#f4f4f8")),
                 *_group_spans([(g, ln) for g, ln, _v in rows], n_head)]
        if unit_row:
            style.append(("SPAN", (2, 2), (6, 2)))
        for k, (group, _line, _vals) in enumerate(rows):
            if not group:
                style.append(("FONTNAME", (2, n_head + k), (-1, n_head + k), "Helvetica-Bold"))
        t = Table(data, colWidths=[88, 171, 48, 48, 48, 48, 48], repeatRows=n_head)
        t.setStyle(TableStyle(style))
        story.extend([t, Spacer(1, 8)])

    for number, heading, paras, _two in SECTIONS:
        text = f"{number}. {heading}"
        para(text, head)
        gold.add("heading", text=text, number=number, level=1, parent=None)
        k = 0
        for p in paras:
            if p == "RECS":
                para("That the Council:")
                for letter, rec in zip("abc", RECS, strict=True):
                    para(f"({letter}) {rec}")
            elif p == "T1":
                cap1 = "Table 1: Capital expenditure and financing, 2025/26 to 2029/30"
                table(cap1, "Programme", CAPEX, True)
                for group, line, vals in CAPEX:
                    for col, per, v in zip(COLS, YEARS, vals, strict=True):
                        gold.add("cell", table=cap1, row=line, column=col, period=per, surface=v,
                                 value=float(v) * 1_000_000, unit="GBP")
                    del group
            elif p == "T2":
                cap2 = "Table 2: Prudential indicators, 2025/26 to 2029/30 (£m unless shown as %)"
                rows = [(g, f"{ind} ({u})" if u == "%" else ind, v) for g, ind, u, v in PIS]
                table(cap2, "Indicator", rows, False)
                for (_g, line, vals), (_g2, _i, unit, _v) in zip(rows, PIS, strict=True):
                    for col, per, v in zip(COLS, YEARS, vals, strict=True):
                        if unit == "£m" and v != "–":
                            gold.add("cell", table=cap2, row=line, column=col, period=per, surface=v,
                                     value=float(v) * 1_000_000, unit="GBP")
            else:
                k += 1
                num = f"{number}.{k}"
                story.append(Paragraph(f"{num}&nbsp;&nbsp;&nbsp;{html.escape(p, quote=False)}", body))
                gold.line(f"{num} {p}")
                gold.add("paragraph", number=num, text=" ".join(p.split()[:8]), parent=text)
    gold.add("meta", council=PINCH, date="2027-02-25")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=48, rightMargin=48, topMargin=50, bottomMargin=48,
                            title=TITLE, author="Pinchbarrow Borough Council", subject="Council",
                            creator="Pinchbarrow papers", invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


# --- gold ------------------------------------------------------------------------------------

P = CAPITAL
NY = "2027/28"


def _t1_items() -> list[dict[str, Any]]:
    out = []
    for group, line, vals in CAPEX:
        lab = line.lower() if not group or group == "Financed by" else f"{group.lower()} {line.lower()}"
        if group == "Financed by":
            lab = f"financed by {line.lower()}"
        figs = [money(v, float(v) * 1_000_000, lab, per) for v, per in zip(vals, YEARS, strict=True)]
        out.append(fig_item(P, " ".join((line, *vals)), *figs, context_unit="£m"))
    return out


def _t2_items() -> list[dict[str, Any]]:
    out = []
    for group, ind, unit, vals in PIS:
        line = f"{ind} ({unit})" if unit == "%" else ind
        lab = f"{group.lower()} {ind.lower()}"
        figs = []
        for v, per in zip(vals, YEARS, strict=True):
            if v == "–":
                continue
            figs.append(pct(v, float(v), lab, per) if unit == "%" else money(v, float(v) * 1_000_000, lab, per))
        out.append(fig_item(P, " ".join((line, *vals)), *figs, context_unit="£m" if unit == "£m" else None))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(P, "approve the prudential indicators in Table 2, including an authorised limit for external debt of "
                "£375.0m for 2027/28;",
             money("£375.0m", 375_000_000, "authorised limit for external debt", NY), fy("2027/28", 2027)),
    fig_item(P, "The programme for the three years 2027/28 to 2029/30 totals £161.1m, of which £74.5m is for the general "
                "fund and £86.6m for council housing.",
             fy("2027/28", 2027), fy("2029/30", 2029), money("£161.1m", 161_100_000, "programme"),
             money("£74.5m", 74_500_000, "general fund programme"),
             money("£86.6m", 86_600_000, "council housing programme")),
    fig_item(P, "Borrowing of £71.2m meets 44 per cent of the cost; grants, capital receipts, revenue and reserves pay "
                "for the remainder.",
             money("£71.2m", 71_200_000, "borrowing"), pct("44 per cent", 44, "programme paid for by borrowing")),
    fig_item(P, "The forecast for 2026/27 is £69.6m against an original budget of £82.0m, because £12.4m of the "
                "Wharfside leisure centre's spending has slipped to the following year.",
             fy("2026/27", 2026), money("£69.6m", 69_600_000, "forecast", "2026/27"),
             money("£82.0m", 82_000_000, "original budget", "2026/27"),
             money("£12.4m", 12_400_000, "Wharfside leisure centre spending slipped")),
    fig_item(P, "Capital receipts are forecast to fall after 2027/28 as the sale of the Quaybridge depot, expected to "
                "raise £4.0m, will be the last large disposal.",
             fy("2027/28", 2027), money("£4.0m", 4_000_000, "sale of the Quaybridge depot")),
    fig_item(P, "New council homes account for the largest single increase: 214 homes are to be built by March 2030, 96 "
                "of them at Kestrel Fields.",
             count("214", 214, "homes to be built"), date("March 2030", "2030-03"),
             count("96", 96, "homes at Kestrel Fields")),
    *_t1_items(),
    fig_item(P, "The capital financing requirement, the Council's underlying need to borrow, rises by £62.6m, from "
                "£276.7m on 31 March 2027 to £339.3m by 31 March 2030.",
             money("£62.6m", 62_600_000, "rise in the capital financing requirement"),
             money("£276.7m", 276_700_000, "capital financing requirement"), date("31 March 2027", "2027-03-31"),
             money("£339.3m", 339_300_000, "capital financing requirement"), date("31 March 2030", "2030-03-31")),
    fig_item(P, "The minimum revenue provision charged to the general fund will be £5.38m in 2027/28, up from £4.61m in "
                "2026/27.",
             money("£5.38m", 5_380_000, "minimum revenue provision", NY), fy("2027/28", 2027),
             money("£4.61m", 4_610_000, "minimum revenue provision", "2026/27"), fy("2026/27", 2026)),
    fig_item(P, "It is charged over the life of each asset, up to 50 years for land and 40 for buildings.",
             ("50 years", "P50Y", "duration", "period", None, None), count("40", 40, None)),
    fig_item(P, "Each £1m borrowed over 40 years at the assumed rate of 4.6 per cent costs the general fund about "
                "£71,000 a year in interest and minimum revenue provision.",
             money("£1m", 1_000_000, "borrowed"), ("40 years", "P40Y", "duration", "period", None, None),
             pct("4.6 per cent", 4.6, "assumed rate"),
             money("£71,000", 71_000, "cost a year in interest and minimum revenue provision")),
    fig_item(P, "For a Band D home the general fund borrowing in this strategy adds about £9.40 a year in 2029/30, or "
                "18p a week.",
             money("£9.40", 9.40, "borrowing cost for a Band D home a year", "2029/30"), fy("2029/30", 2029),
             money("18p", 0.18, "borrowing cost for a Band D home a week", "2029/30")),
    fig_item(P, "the headroom is £42.7m at 31 March 2030 once leases are included.",
             money("£42.7m", 42_700_000, "headroom"), date("31 March 2030", "2030-03-31")),
    fig_item(P, "The authorised limit is £35m above the operational boundary in 2029/30 to allow for unexpected "
                "movements of cash.",
             money("£35m", 35_000_000, "authorised limit above the operational boundary", "2029/30"),
             fy("2029/30", 2029)),
    *_t2_items(),
    fig_item(P, "Financing costs take a rising share of the general fund's net revenue stream of £52.3m, reaching 12.3 "
                "per cent in 2029/30, against a local limit of 15 per cent.",
             money("£52.3m", 52_300_000, "general fund net revenue stream"),
             pct("12.3 per cent", 12.3, "financing costs share of the net revenue stream", "2029/30"),
             fy("2029/30", 2029), pct("15 per cent", 15, "local limit")),
    fig_item(P, "The Council owns 38 commercial properties valued at £84.5m, all bought before 2021.",
             count("38", 38, "commercial properties"), money("£84.5m", 84_500_000, "commercial properties valued"),
             ("2021", 2021, "year", "period", None, None)),
    fig_item(P, "Their net income of £4.9m a year is 9.4 per cent of the net revenue stream, and falls slowly as two "
                "leases end.",
             money("£4.9m", 4_900_000, "net income a year"), pct("9.4 per cent", 9.4, "share of the net revenue stream"),
             count("two", 2, "leases end")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(P, "ORG", PINCH),
    ent(P, "ORG", "Public Works Loan Board"),
    ent(P, "PERSON", "Lucian Hetherbridge", role="Cabinet Member for Finance", affiliation=PINCH),
    ent(P, "PERSON", "Anwen Pritchard-Lowe", role="Treasury and Capital Manager", affiliation=PINCH),
    ent(P, "ROLE", "Cabinet Member for Finance"),
    ent(P, "ROLE", "Treasury and Capital Manager"),
    ent(P, "ROLE", "Director of Resources"),
    ent(P, "ROLE", "Section 151 Officer"),
    ent(P, "COMMITTEE", "Cabinet"),
    ent(P, "PROGRAMME", "Capital Strategy"),
    ent(P, "PROGRAMME", "Housing Revenue Account", aliases=("HRA",)),
    ent(P, "PROGRAMME", "Prudential Code"),
    ent(P, "PROGRAMME", "major repairs reserve"),
    ent(P, "GPE", "Wharfside"),
    ent(P, "GPE", "Quaybridge"),
    ent(P, "GPE", "Kestrel Fields"),
]
