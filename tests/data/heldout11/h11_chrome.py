"""The quarterly revenue budget monitoring report of the eleventh held-out corpus, written as HTML
and printed to PDF by headless Chromium (through playwright; a producer no other corpus uses for a
whole document: Skia's PDF writer, text runs placed by the browser's layout, a table whose header
rows repeat on each page it runs over, a running footer of the browser's own). An invented district
council's quarter 1 report to Cabinet: a front-sheet table, numbered sections and paragraphs,
lettered recommendations, Table 1 of eleven numbered services and three corporate lines over a
two-row header (original and revised budget under one heading, forecast, variance in £000 and in
per cent, a RAG word and a commentary column), bracketed negatives, dashes, footnote markers on
two row labels and subtotals; Table 2 of savings by delivery status. Every name, place and figure
is made up.

The PDF's two dates are fixed after printing (Chromium stamps the time it prints), so the file is
the same byte for byte on every run with the same Chromium."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct, year

CHROMIUM = Path("/usr/bin/chromium")
MONITOR = "ludgrave-revenue-budget-monitoring-q1-cabinet-2026-07-14"
LUDGRAVE = "Ludgrave District Council"
TITLE = "Revenue Budget Monitoring 2026/27: Quarter 1 (April to June 2026)"

FRONT = [
    ("Meeting", "Cabinet, 14 July 2026"),
    ("Agenda item", "7"),
    ("Report of", "Director of Finance and Resources (Section 151 Officer)"),
    ("Cabinet member", "Councillor Marguerite Ashdown-Pryce, Cabinet Member for Finance and Assets"),
    ("Wards affected", "All"),
    ("Key decision", "No"),
    ("Contact", "Tobias Renwick-Hale, Chief Accountant, 01632 960 418"),
]

# Table 1: number, service, original, revised, forecast, variance £000, variance %, RAG, commentary
T1_HEAD = "Forecast outturn 2026/27 by service, at 30 June 2026 (£000)"
T1_MONEY = ("Budget 2026/27 Original", "Budget 2026/27 Revised", "Forecast outturn", "Variance £000")
SERVICES: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("1", "Chief Executive's office and democratic services", "1,214", "1,230", "1,226", "(4)", "(0.3)", "Green",
     "–"),
    ("2", "Finance, revenues and benefits", "2,486", "2,486", "2,451", "(35)", "(1.4)", "Green",
     "Two posts vacant since April."),
    ("3", "Housing options and temporary accommodation", "1,642", "1,702", "2,013", "311", "18.3", "Red",
     "64 households in bed and breakfast at 30 June 2026 against 40 budgeted."),
    ("4", "Waste collection and street cleansing", "3,918", "3,918", "4,032", "114", "2.9", "Amber",
     "Agency drivers cover 9 vacancies; diesel at 142p a litre against 128p budgeted."),
    ("5", "Planning and building control¹", "1,105", "1,105", "1,183", "78", "7.1", "Red",
     "Two appeals lost; fee income 12% below the first quarter of 2025/26."),
    ("6", "Leisure centres, parks and open spaces", "2,077", "2,077", "2,101", "24", "1.2", "Green",
     "Energy at Kilnbrook Pool."),
    ("7", "Car parks²", "(1,384)", "(1,384)", "(1,322)", "62", "4.5", "Amber",
     "Saturday income down since the Sheepwash Lane works began."),
    ("8", "Environmental health and licensing", "896", "896", "871", "(25)", "(2.8)", "Green", "–"),
    ("9", "Community safety and voluntary sector grants", "618", "618", "618", "–", "–", "Green", "–"),
    ("10", "Property and asset management", "1,390", "1,390", "1,374", "(16)", "(1.2)", "Green",
     "Rent review at Tannery Yard units."),
    ("11", "ICT and customer services", "1,704", "1,704", "1,703", "(1)", "(0.1)", "Green", "–"),
]
SUBTOTAL = ("", "Total services", "15,666", "15,742", "16,250", "508", "3.2", "Red", "")
CORPORATE: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("12", "Corporate contingency", "250", "174", "174", "–", "–", "Green", "£76,000 released to items 1 and 3."),
    ("13", "Interest on cash balances", "(420)", "(420)", "(630)", "(210)", "(50.0)", "Green",
     "Rates have stayed above 4% for longer than forecast."),
    ("14", "Contributions to and from reserves", "(310)", "(310)", "(405)", "(95)", "n/a", "–",
     "Homelessness Reserve drawdown agreed in May."),
]
NET = ("", "Net budget", "15,186", "15,186", "15,389", "203", "1.3", "Amber", "")
FOOTNOTES = [
    "¹ Includes £41,000 of costs awarded against the Council on two planning appeals lost in May 2026.",
    "² Car parks earn more than they cost, so their budget is net income (in brackets); a variance above zero is "
    "income below budget.",
]

# Table 2: status, number, £000
SAVINGS = [
    ("Delivered", "6", "412"),
    ("On track", "9", "655"),
    ("At risk", "3", "190"),
    ("Will not be delivered this year", "1", "45"),
    ("Total", "19", "1,302"),
]

RECS = [
    "note the forecast overspend of £203,000 on the net budget for 2026/27;",
    "approve a virement of £64,000 from the corporate contingency to planning and building control to meet the "
    "costs of appeals; and",
    "approve the write-off of 17 business rates debts totalling £38,612, listed in the exempt Appendix B.",
]

# (number, heading, paragraphs); a paragraph "TABLE1" / "TABLE2" / "RECS" stands for that block
SECTIONS: list[tuple[str, str, list[str]]] = [
    ("1", "Summary", [
        "At the end of June the Council expects to spend £16.25m on its services in 2026/27 against revised "
        "budgets of £15.74m, an overspend of £508,000 or 3.2 per cent. Almost nine-tenths of it arises in two "
        "services, temporary accommodation and waste collection.",
        "Interest on cash balances is forecast to beat its budget by £210,000, and Cabinet agreed in May to draw "
        "£95,000 from the Homelessness Reserve. After both, the forecast overspend on the net budget of £15.19m "
        "is £203,000.",
        "Officers expect the spending controls in section 5 to bring the overspend down to between £100,000 and "
        "£150,000 by the end of March.",
    ]),
    ("2", "Recommendations", ["Cabinet is recommended to:", "RECS"]),
    ("3", "Forecast by service", [
        "Table 1 sets each service's forecast against its budget. A variance in brackets is an underspend or "
        "income above budget; the RAG column is red for a variance over 5 per cent or £75,000, amber for one "
        "over 2 per cent or £50,000, and green otherwise.",
        "TABLE1",
    ]),
    ("4", "Temporary accommodation", [
        "The number of households in bed and breakfast rose from 41 at the start of April to 64 at the end of "
        "June, the highest since the service began recording it in 2019. A night in bed and breakfast costs the "
        "Council £71 on average, of which housing benefit recovers about £19.",
        "If placements stay at 64 the service will overspend by £311,000. If they fall to 50 by October, as the "
        "new prevention officers are expected to achieve, the overspend would be nearer £230,000.",
        "The Council bought 12 flats in Coopers Row in June for £2.26m, funded from the capital programme; once "
        "let from September they will save about £150,000 a year in bed and breakfast costs.",
    ]),
    ("5", "Spending controls", [
        "From 1 August 2026 any order over £5,000 needs the Section 151 Officer's approval, vacancies will be "
        "filled only where the post is statutory or pays for itself, and agency staff will be kept to 6 per cent "
        "of the pay bill, down from 9 per cent.",
        "Officers estimate that these controls will save between £100,000 and £150,000 in the rest of the year.",
    ]),
    ("6", "Savings", [
        "The 2026/27 budget relies on 19 savings worth £1.30m in total. Table 2 shows how far each has got.",
        "TABLE2",
        "The saving that will not be delivered this year, charging for a second garden waste bin, was delayed "
        "until April 2027 when the contractor's new software slipped; it is worth £45,000 a year.",
    ]),
    ("7", "Collection of council tax and business rates", [
        "By 30 June 2026 the Council had collected 28.9% of the council tax due for the year, against 29.4% at the "
        "same point in 2025/26, and 31.2% of business rates. The 17 business rates debts proposed for write-off "
        "total £38,612; the largest, £9,870, is owed by a company dissolved in March 2026.",
    ]),
    ("8", "Reserves", [
        "The general fund balance was £3.42m at 1 April 2026. If the forecast overspend is met from it, the "
        "balance will be £3.22m at the year end, still above the minimum of £2.5m set in February, which is "
        "about a sixth of the net budget.",
    ]),
]

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; margin: 14pt 0 5pt 0; }
p.council { font-size: 12pt; font-weight: bold; margin: 0 0 6pt 0; }
table.front { border-collapse: collapse; margin: 8pt 0 10pt 0; width: 100%; }
table.front td { border: 0.6pt solid #555; padding: 3pt 5pt; vertical-align: top; }
table.front td.k { font-weight: bold; width: 32%; background: #eee; }
div.np { display: grid; grid-template-columns: 11mm 1fr; margin: 0 0 6pt 0; }
table.grid { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 4pt 0 6pt 0; }
table.grid th, table.grid td { border: 0.5pt solid #444; padding: 2pt 3pt; vertical-align: top; }
table.grid th { background: #dde3ea; }
table.grid td.n { text-align: right; white-space: nowrap; }
table.grid tr.tot td { font-weight: bold; background: #f1f1f1; }
p.cap { font-weight: bold; margin: 8pt 0 2pt 0; }
p.note { font-size: 7.5pt; margin: 0 0 2pt 0; }
"""
FOOTER = ("<div style=\"font-size:7pt;width:100%;padding:0 18mm;font-family:'Liberation Sans';\">"
          "<span>Ludgrave District Council – Cabinet 14 July 2026 – item 7</span>"
          "<span style=\"float:right\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span>"
          "</span></div>")


def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _row(cells: tuple[str, ...], cls: str = "") -> str:
    tds = []
    for k, c in enumerate(cells):
        num = k in (0, 2, 3, 4, 5, 6)
        tds.append(f"<td class=\"n\">{_e(c)}</td>" if num else f"<td>{_e(c)}</td>")
    return f"<tr class=\"{cls}\">{''.join(tds)}</tr>"


def _line(cells: tuple[str, ...]) -> str:
    return " ".join(c for c in cells if c)


def _table1(gold: Gold) -> str:
    gold.line(f"Table 1: {T1_HEAD}")
    gold.line("No. Service Budget 2026/27 Forecast outturn Variance RAG Commentary")
    gold.line("Original Revised £000 %")
    head = ("<thead><tr><th rowspan=\"2\">No.</th><th rowspan=\"2\">Service</th><th colspan=\"2\">Budget 2026/27</th>"
            "<th rowspan=\"2\">Forecast outturn</th><th colspan=\"2\">Variance</th><th rowspan=\"2\">RAG</th>"
            "<th rowspan=\"2\">Commentary</th></tr><tr><th>Original</th><th>Revised</th><th>£000</th><th>%</th>"
            "</tr></thead>")
    body = []
    for r in [*SERVICES, SUBTOTAL, *CORPORATE, NET]:
        body.append(_row(r, "tot" if not r[0] else ""))
        gold.line(_line(r))
        for column, v in zip(T1_MONEY, r[2:6], strict=True):
            if v != "–":
                gold.add("cell", table=f"Table 1: {T1_HEAD}", row=r[1], column=column, period="2026/27", surface=v,
                         value=_k(v), unit="GBP")
    notes = []
    for n in FOOTNOTES:
        notes.append(f"<p class=\"note\">{_e(n)}</p>")
        gold.line(n)
    return (f"<p class=\"cap\">Table 1: {_e(T1_HEAD)}</p><table class=\"grid\">{head}<tbody>{''.join(body)}"
            f"</tbody></table>{''.join(notes)}")


def _table2(gold: Gold) -> str:
    cap = "Table 2: Savings in the 2026/27 budget by status"
    gold.line(cap)
    gold.line("Status Number of savings Value £000")
    rows = []
    for status, n, v in SAVINGS:
        cls = " class=\"tot\"" if status == "Total" else ""
        rows.append(f"<tr{cls}><td>{_e(status)}</td><td class=\"n\">{n}</td><td class=\"n\">{v}</td></tr>")
        gold.line(f"{status} {n} {v}")
        gold.add("cell", table=cap, row=status, column="Value £000", period="2026/27", surface=v, value=_k(v),
                 unit="GBP")
    return (f"<p class=\"cap\">{cap}</p><table class=\"grid\" style=\"width:70%\"><thead><tr><th>Status</th>"
            f"<th>Number of savings</th><th>Value £000</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def monitor_html(gold: Gold) -> str:
    parts = [f"<p class=\"council\">{_e(LUDGRAVE)}</p>", f"<h1>{_e(TITLE)}</h1>"]
    gold.line(LUDGRAVE)
    gold.line(TITLE)
    front = []
    for k, v in FRONT:
        front.append(f"<tr><td class=\"k\">{_e(k)}</td><td>{_e(v)}</td></tr>")
        gold.line(f"{k} {v}")
        gold.add("cover", label=k, value=v, page=1)
    parts.append(f"<table class=\"front\">{''.join(front)}</table>")
    for number, title, paras in SECTIONS:
        head = f"{number}. {title}"
        parts.append(f"<h2>{_e(head)}</h2>")
        gold.line(head)
        gold.add("heading", text=head, number=number, level=1, parent=None)
        k = 0
        for text in paras:
            if text == "TABLE1":
                parts.append(_table1(gold))
            elif text == "TABLE2":
                parts.append(_table2(gold))
            elif text == "RECS":
                items = []
                for letter, rec in zip("abc", RECS, strict=True):
                    items.append(f"<div class=\"np\"><span>({letter})</span><span>{_e(rec)}</span></div>")
                    gold.line(f"({letter}) {rec}")
                parts.append("".join(items))
            else:
                k += 1
                num = f"{number}.{k}"
                parts.append(f"<div class=\"np\"><span>{num}</span><span>{_e(text)}</span></div>")
                gold.line(f"{num} {text}")
                gold.add("paragraph", number=num, text=" ".join(text.split()[:8]), parent=head)
    gold.add("meta", council=LUDGRAVE, date="2026-07-14")
    return (f"<!DOCTYPE html><html lang=\"en-GB\"><head><title>{_e(TITLE)}</title>"
            f"<style>{CSS}</style></head><body>{''.join(parts)}</body></html>")


def build_monitor(path: str, gold: Gold) -> None:
    from playwright.sync_api import sync_playwright

    page_html = monitor_html(gold)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content(page_html)
        data = page.pdf(format="A4", print_background=True, display_header_footer=True,
                        header_template="<span></span>", footer_template=FOOTER,
                        margin={"top": "22mm", "bottom": "20mm", "left": "18mm", "right": "18mm"})
        browser.close()
    # Chromium stamps the time it prints: fix both dates (same length, so the offsets hold)
    Path(path).write_bytes(re.sub(rb"D:\d{14}", b"D:20260706143000", data))


# --- gold ------------------------------------------------------------------------------------

M = MONITOR
FY = "2026/27"


def _k(s: str) -> float:
    s = s.replace(",", "")
    return -float(s[1:-1]) * 1000 if s.startswith("(") else float(s) * 1000


def _p(s: str) -> float:
    return -float(s[1:-1]) if s.startswith("(") else float(s)


def _t1_items() -> list[dict[str, Any]]:
    out = []
    for r in [*SERVICES, SUBTOTAL, *CORPORATE, NET]:
        no, name, orig, rev, fc, var, vp, _rag, _note = r
        lab = name.rstrip("¹²").lower()
        figs = [money(orig, _k(orig), f"{lab} original budget", FY), money(rev, _k(rev), f"{lab} revised budget", FY),
                money(fc, _k(fc), f"{lab} forecast outturn", FY)]
        if var != "–":
            figs.append(money(var, _k(var), f"{lab} variance", FY))
        if vp not in ("–", "n/a"):
            figs.append(pct(vp, _p(vp), f"{lab} variance", FY))
        out.append(fig_item(M, _line((no, name, orig, rev, fc, var, vp)), *figs, context_unit="£000"))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(M, "At the end of June the Council expects to spend £16.25m on its services in 2026/27 against revised "
                "budgets of £15.74m, an overspend of £508,000 or 3.2 per cent.",
             money("£16.25m", 16_250_000, "spending on services", FY), fy("2026/27", 2026),
             money("£15.74m", 15_740_000, "revised budgets", FY), money("£508,000", 508_000, "overspend", FY),
             pct("3.2 per cent", 3.2, "overspend", FY)),
    fig_item(M, "Interest on cash balances is forecast to beat its budget by £210,000, and Cabinet agreed in May to "
                "draw £95,000 from the Homelessness Reserve.",
             money("£210,000", 210_000, "interest on cash balances above budget"),
             money("£95,000", 95_000, "draw from the Homelessness Reserve")),
    fig_item(M, "After both, the forecast overspend on the net budget of £15.19m is £203,000.",
             money("£15.19m", 15_190_000, "net budget"), money("£203,000", 203_000, "forecast overspend")),
    fig_item(M, "Officers expect the spending controls in section 5 to bring the overspend down to between £100,000 "
                "and £150,000 by the end of March.",
             money("£100,000", 100_000, "overspend"), money("£150,000", 150_000, "overspend")),
    fig_item(M, "note the forecast overspend of £203,000 on the net budget for 2026/27;",
             money("£203,000", 203_000, "forecast overspend on the net budget", FY), fy("2026/27", 2026)),
    fig_item(M, "approve a virement of £64,000 from the corporate contingency to planning and building control",
             money("£64,000", 64_000, "virement from the corporate contingency")),
    fig_item(M, "approve the write-off of 17 business rates debts totalling £38,612",
             count("17", 17, "business rates debts"), money("£38,612", 38_612, "business rates debts write-off")),
    fig_item(M, "the RAG column is red for a variance over 5 per cent or £75,000, amber for one over 2 per cent or "
                "£50,000, and green otherwise.",
             pct("5 per cent", 5, "variance red"), money("£75,000", 75_000, "variance red"),
             pct("2 per cent", 2, "variance amber"), money("£50,000", 50_000, "variance amber")),
    *_t1_items(),
    fig_item(M, "64 households in bed and breakfast at 30 June 2026 against 40 budgeted.",
             count("64", 64, "households in bed and breakfast", FY), date("30 June 2026", "2026-06-30"),
             count("40", 40, "households in bed and breakfast budgeted", FY)),
    fig_item(M, "Agency drivers cover 9 vacancies; diesel at 142p a litre against 128p budgeted.",
             count("9", 9, "vacancies", FY), money("142p", 1.42, "diesel a litre", FY),
             money("128p", 1.28, "diesel budgeted a litre", FY)),
    fig_item(M, "Two appeals lost; fee income 12% below the first quarter of 2025/26.",
             count("Two", 2, "appeals lost", FY), pct("12%", 12, "fee income below the first quarter"),
             fy("2025/26", 2025)),
    fig_item(M, "£76,000 released to items 1 and 3.", money("£76,000", 76_000, "contingency released", FY)),
    fig_item(M, "Rates have stayed above 4% for longer than forecast.", pct("4%", 4, "interest rates", FY)),
    fig_item(M, "¹ Includes £41,000 of costs awarded against the Council on two planning appeals lost in May 2026.",
             money("£41,000", 41_000, "costs awarded against the Council"), count("two", 2, "planning appeals lost"),
             date("May 2026", "2026-05")),
    fig_item(M, "The number of households in bed and breakfast rose from 41 at the start of April to 64 at the end of "
                "June, the highest since the service began recording it in 2019.",
             count("41", 41, "households in bed and breakfast"), count("64", 64, "households in bed and breakfast"),
             year("2019", 2019)),
    fig_item(M, "A night in bed and breakfast costs the Council £71 on average, of which housing benefit recovers "
                "about £19.",
             money("£71", 71, "bed and breakfast a night"), money("£19", 19, "housing benefit recovers")),
    fig_item(M, "If placements stay at 64 the service will overspend by £311,000.",
             count("64", 64, "placements"), money("£311,000", 311_000, "overspend")),
    fig_item(M, "If they fall to 50 by October, as the new prevention officers are expected to achieve, the "
                "overspend would be nearer £230,000.",
             count("50", 50, None), money("£230,000", 230_000, "overspend")),
    fig_item(M, "The Council bought 12 flats in Coopers Row in June for £2.26m, funded from the capital programme; "
                "once let from September they will save about £150,000 a year in bed and breakfast costs.",
             count("12", 12, "flats"), money("£2.26m", 2_260_000, "flats bought"),
             money("£150,000", 150_000, "saving in bed and breakfast costs a year")),
    fig_item(M, "From 1 August 2026 any order over £5,000 needs the Section 151 Officer's approval, vacancies will be "
                "filled only where the post is statutory or pays for itself, and agency staff will be kept to 6 per "
                "cent of the pay bill, down from 9 per cent.",
             date("1 August 2026", "2026-08-01"), money("£5,000", 5000, "order"),
             pct("6 per cent", 6, "agency staff share of the pay bill"),
             pct("9 per cent", 9, "agency staff share of the pay bill")),
    fig_item(M, "Officers estimate that these controls will save between £100,000 and £150,000 in the rest of the "
                "year.",
             money("£100,000", 100_000, "controls save"), money("£150,000", 150_000, "controls save")),
    fig_item(M, "The 2026/27 budget relies on 19 savings worth £1.30m in total.",
             fy("2026/27", 2026), count("19", 19, "savings"), money("£1.30m", 1_300_000, "savings", FY)),
    *[fig_item(M, f"{s} {n} {v}", count(n, int(n), f"{s.lower()} number of savings", FY),
               money(v, float(v.replace(",", "")) * 1000, f"{s.lower()} savings value", FY), context_unit="£000")
      for s, n, v in SAVINGS],
    fig_item(M, "The saving that will not be delivered this year, charging for a second garden waste bin, was "
                "delayed until April 2027 when the contractor's new software slipped; it is worth £45,000 a year.",
             date("April 2027", "2027-04"), money("£45,000", 45_000, "saving a year")),
    fig_item(M, "By 30 June 2026 the Council had collected 28.9% of the council tax due for the year, against 29.4% "
                "at the "
                "same point in 2025/26, and 31.2% of business rates.",
             date("30 June 2026", "2026-06-30"), pct("28.9%", 28.9, "council tax collected"),
             pct("29.4%", 29.4, "council tax collected", "2025/26"), fy("2025/26", 2025),
             pct("31.2%", 31.2, "business rates collected")),
    fig_item(M, "The 17 business rates debts proposed for write-off total £38,612; the largest, £9,870, is owed by a "
                "company dissolved in March 2026.",
             count("17", 17, "business rates debts proposed for write-off"),
             money("£38,612", 38_612, "business rates debts proposed for write-off"),
             money("£9,870", 9870, "largest debt"), date("March 2026", "2026-03")),
    fig_item(M, "The general fund balance was £3.42m at 1 April 2026.",
             money("£3.42m", 3_420_000, "general fund balance"), date("1 April 2026", "2026-04-01")),
    fig_item(M, "If the forecast overspend is met from it, the balance will be £3.22m at the year end, still above "
                "the minimum of £2.5m set in February, which is about a sixth of the net budget.",
             money("£3.22m", 3_220_000, "balance at the year end"),
             money("£2.5m", 2_500_000, "minimum balance")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(M, "ORG", LUDGRAVE),
    ent(M, "PERSON", "Marguerite Ashdown-Pryce", role="Cabinet Member for Finance and Assets",
        affiliation=LUDGRAVE),
    ent(M, "PERSON", "Tobias Renwick-Hale", role="Chief Accountant", affiliation=LUDGRAVE),
    ent(M, "ROLE", "Cabinet Member for Finance and Assets"),
    ent(M, "ROLE", "Chief Accountant"),
    ent(M, "ROLE", "Director of Finance and Resources"),
    ent(M, "ROLE", "Section 151 Officer"),
    ent(M, "COMMITTEE", "Cabinet"),
    ent(M, "PROGRAMME", "Homelessness Reserve"),
    ent(M, "GPE", "Kilnbrook Pool"),
    ent(M, "GPE", "Sheepwash Lane"),
    ent(M, "GPE", "Tannery Yard"),
    ent(M, "GPE", "Coopers Row"),
    ent(M, "ACRONYM", "RAG"),
]
