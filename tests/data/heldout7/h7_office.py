"""The two documents of the seventh held-out corpus that are not PDFs: an invented county
council's report on the sufficiency of places for children with special educational needs, to a
scrutiny committee, written in Word (.docx: a front-sheet table, Heading 1 sections, typed
paragraph numbers, a table of plans with a year a column, a high needs block table whose unit is
only in the caption paragraph above it, a table of new places with opening dates and costs in £m),
and an invented city council's audit and governance committee minutes as a Modern.gov site serves
them (.html: attendance paragraphs, numbered minute headings each with a "Minutes:" label,
tables pasted into the minutes with their captions as paragraphs: audit opinions by year,
recommendations by priority, fraud prevented and recovered in £000). Every name, place and figure
is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import Fig, count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import TABLE, WordProps, word_report

# --- the SEND sufficiency report (Word) ------------------------------------------------------

SEND = "lindenhythe-send-sufficiency-scrutiny-2026-03-16"
LINDENHYTHE = "Lindenhythe County Council"
SEND_TITLE = "Special Educational Needs and Disabilities: Sufficiency of Specialist Places 2026 to 2030"
SEND_FRONT = [
    ("Committee", "Children and Young People Overview and Scrutiny Committee"),
    ("Date", "16 March 2026"),
    ("Report of", "Director of Children's Services"),
    ("Cabinet Member", "Councillor Benedikt Lavallee-Boateng, Cabinet Member for Children, Education and Families"),
    ("Purpose", "For scrutiny before Cabinet decides"),
]
SEND_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 The number of children and young people in Lindenhythe with an education, health and care plan "
        "(EHCP) has risen by half in three years, and the Council's special schools are full. This report sets "
        "out how many places for children with special educational needs and disabilities (SEND) will be needed "
        "by 2030 and how the Council plans to provide them.",
        "1.2 The Committee is asked to comment on the plan before Cabinet considers it on 31 March 2026.",
    ]),
    ("2. Demand", [
        "2.1 In January 2025 the Council maintained 5,130 EHCPs, 14.4% more than a year before and 50% more than "
        "in January 2022. Pupils with a plan made up 5.6% of those in the county's schools, against 4.8% across "
        "England.",
        "Table 1: Education, health and care plans in Lindenhythe",
        TABLE,
        "2.2 Of the 1,162 new plans issued in the last calendar year, only 38.2% were issued within the 20 weeks "
        "the law allows, against 46.4% nationally. That share has fallen by 23.3 percentage points since 2022, as "
        "requests for an assessment have grown faster than the team of educational psychologists.",
        "2.3 The Council forecasts 7,400 plans by January 2030, growth of about 7.6% a year, which would need 640 "
        "more specialist places than there are now.",
    ]),
    ("3. Where children are placed", [
        "3.1 The Council's 11 maintained special schools have 1,486 places and all of them are full; 97 children "
        "are waiting for a place in one.",
        "3.2 A place in an independent or non-maintained special school costs an average of £68,400 a year, "
        "against £26,900 in the Council's own special schools. There are 412 children in such schools, 96 of "
        "them outside the county, at a cost of £28.2m in 2025/26.",
        "3.3 Home-to-school transport for children with SEND costs £19.7m a year, or £9,850 for each of the "
        "2,000 children who use it.",
    ]),
    ("4. The high needs block", [
        "4.1 Specialist places are paid for from the high needs block of the Dedicated Schools Grant (DSG). "
        "Spending has been more than the grant every year since 2019/20, and the deficit built up is forecast to "
        "reach £43.6m by March 2027.",
        "Table 2: High needs block (£000)",
        TABLE,
        "4.2 The statutory override, which keeps these deficits off the Council's balance sheet, has been "
        "extended by the government to March 2028. Without it the deficit would be more than the Council's "
        "general reserves of £31.5m.",
        "4.3 The Department for Education (DfE) has allocated the Council £4.2m of capital for high needs places "
        "in 2026/27, on top of £6.8m in 2025/26.",
    ]),
    ("5. The plan", [
        "5.1 The Council plans 416 new places by September 2028 at a capital cost of £38.5m, so that fewer "
        "children have to travel out of the county.",
        "Table 3: New specialist places",
        TABLE,
        "5.2 A place in resourced provision in a mainstream school costs about £17,500 a year.",
        "5.3 The plan was shaped by the Lindenhythe Parent Carer Forum, whose chair, Saoirse Denholm, told "
        "officers that families wait too long for a place close to home. The forum surveyed 1,240 families in "
        "the autumn of 2025.",
    ]),
    ("6. Contact", [
        "Report author: Tomasz Pilkington-Iyer, Head of SEND and Inclusion.",
        "Director of Children's Services: Philippa Dunsany-Nyambura.",
    ]),
]
PLANS_TABLE = [
    ["", "2022", "2023", "2024", "2025"],
    ["Plans maintained in January", "3,412", "3,905", "4,486", "5,130"],
    ["Plans in mainstream schools (%)", "41.2", "39.8", "38.5", "37.9"],
    ["Plans in special schools (%)", "33.6", "34.1", "34.9", "35.4"],
    ["New plans issued", "702", "845", "981", "1,162"],
    ["New plans issued within 20 weeks (%)", "61.5", "52.3", "44.0", "38.2"],
]
HNB_TABLE = [
    ["", "2024/25 outturn", "2025/26 forecast", "2026/27 budget"],
    ["Grant received", "78,420", "83,150", "87,960"],
    ["Spending", "86,310", "93,870", "99,240"],
    ["In-year deficit", "(7,890)", "(10,720)", "(11,280)"],
    ["Deficit built up at 31 March", "(21,640)", "(32,360)", "(43,640)"],
]
PLACES_TABLE = [
    ["Scheme", "Opens", "Places", "Cost £m"],
    ["Hawthorn Bank School expansion", "September 2026", "60", "7.9"],
    ["Resourced provision in 14 mainstream schools", "September 2027", "168", "9.6"],
    ["New special free school, Ebbing Lea", "September 2028", "150", "17.2"],
    ["Post-16 SEND hub, Lindenhythe College", "September 2027", "38", "3.8"],
    ["Total", "", "416", "38.5"],
]
SEND_PROPS = WordProps(author="Children's Services", title="SEND sufficiency of specialist places",
                       saved=datetime.datetime(2026, 3, 5, 14, 20, 0), revision=4)


def build_send(path: str, gold: Gold) -> None:
    word_report(path, gold, SEND_PROPS, council=LINDENHYTHE, title=SEND_TITLE, front=SEND_FRONT,
                sections=SEND_SECTIONS, tables=(PLANS_TABLE, HNB_TABLE, PLACES_TABLE), front_table=True,
                bold_row=lambda k, row: k == 0 or row[0] == "Total")
    gold.add("meta", council=LINDENHYTHE, date="2026-03-16")


# --- the audit and governance committee minutes (Modern.gov HTML) -----------------------------

AUDIT = "quillerby-audit-governance-committee-minutes-2026-01-27"
QUILLERBY = "Quillerby City Council"
AUDIT_TITLE = "Minutes of Audit and Governance Committee, Tuesday, 27th January, 2026 6.30 pm"
AUDIT_VENUE = "Venue: Committee Room 2, The Guildhall, Quillerby"
AUDIT_ATTENDANCE = [
    "Present: Councillor Alaric Thorncastle-Haig (Chair); Councillors Fenella Oyinlola (Vice-Chair), Gregor "
    "Stavrou, Imelda Castlereagh and Jasper Nwachukwu-Bell; Lavinia Prosser (Independent Member).",
    "Also present: Ottilie Brannigan (Key Audit Partner, Harwood Tennant LLP).",
    "Officers: Quentin Abioye-Stratton (Head of Internal Audit), Ruth Vandersloot (Chief Finance Officer), Simeon "
    "Kallis (Counter Fraud Manager) and Beatrix Ferrand-Moye (Democratic Services Officer).",
]
# (number, heading, [paragraph | ("TABLE", caption, rows)])
Block = str | tuple[str, str, list[list[str]]]
OPINION_ROWS = [
    ["Opinion", "2023/24", "2024/25"],
    ["Substantial", "12", "9"],
    ["Reasonable", "19", "21"],
    ["Limited", "6", "8"],
    ["No assurance", "1", "3"],
    ["Total", "38", "41"],
]
PRIORITY_ROWS = [
    ["Priority", "Made", "Due", "Implemented", "Implemented (%)"],
    ["Priority 1 (high)", "24", "19", "15", "79"],
    ["Priority 2 (medium)", "96", "78", "64", "82"],
    ["Priority 3 (low)", "58", "41", "37", "90"],
    ["Total", "178", "138", "116", "84"],
]
FRAUD_ROWS = [
    ["Type of fraud", "2023/24", "2024/25"],
    ["Tenancy fraud", "1,116", "1,302"],
    ["Council tax discounts", "298", "413"],
    ["Blue Badge misuse", "41", "57"],
    ["Payments and procurement", "72", "16"],
    ["Total", "1,527", "1,788"],
]
AUDIT_MINUTES: list[tuple[str, str, list[Block]]] = [
    ("41.", "Apologies for absence", [
        "Apologies were received from Councillor Wilhelmina Torrance.",
    ]),
    ("42.", "Declarations of interest", [
        "Councillor Stavrou declared a personal interest in the counter fraud item as a board member of "
        "Quillerby Homes Ltd, the Council's housing company.",
    ]),
    ("43.", "Internal Audit Annual Report and Opinion 2024/25", [
        "The Head of Internal Audit presented his annual report. He gave a reasonable assurance opinion on the "
        "Council's framework of governance, risk management and internal control for 2024/25, the same as the "
        "year before.",
        "Of the 46 audits in the revised plan, 41 were completed, 89% of the plan, against a target of 90%. "
        "Table 1 sets out the opinions given.",
        ("TABLE", "Table 1: Assurance opinions given (number of audits)", OPINION_ROWS),
        "Members noted that limited and no assurance opinions had risen to 11 from 7 a year earlier. The three "
        "audits with no assurance were of developer contributions monitoring, parking permits and fire safety "
        "checks in council buildings; each will be audited again within six months.",
        "In answer to Councillor Castlereagh, the Head of Internal Audit said that the team had 7.4 full-time "
        "equivalent auditors against an establishment of 9, and had bought in 120 days of audit from Marlstone "
        "Audit Partnership at £520 a day.",
        "RESOLVED that the Internal Audit Annual Report and Opinion for 2024/25 be noted.",
    ]),
    ("44.", "Follow-up of audit recommendations", [
        "The Committee considered the position on recommendations made in 2024/25 and due by 31 December 2025.",
        ("TABLE", "Table 2: Recommendations by priority", PRIORITY_ROWS),
        "Of the 138 recommendations due, 116 (84%) had been implemented, up from 76% a year earlier; four high "
        "priority recommendations were more than six months overdue, two of them in the housing repairs "
        "service.",
        "RESOLVED that the Committee (1) notes the progress made; and (2) asks the Director of Housing to attend "
        "its next meeting to explain the overdue recommendations.",
    ]),
    ("45.", "Counter Fraud Annual Report 2024/25", [
        "The Counter Fraud Manager reported that the team had recovered £486,200 in 2024/25, up from £371,900 in "
        "2023/24, and had taken back 14 council homes that had been sublet or obtained by fraud.",
        ("TABLE", "Table 3: Fraud prevented and recovered (£000)", FRAUD_ROWS),
        "The tenancy fraud line values each home taken back at £93,000, the national estimate the Cabinet Office "
        "uses. Reviews of single person discounts removed 1,205 discounts worth £412,700 a year.",
        "The Council took part in the National Fraud Initiative (NFI), which the Cabinet Office runs. Of its "
        "2,614 matches, 1,930 had been reviewed and 37 had led to savings of £118,400.",
        "RESOLVED that the report be noted.",
    ]),
    ("46.", "External Audit Progress Report", [
        "Ottilie Brannigan said that the audit of the 2024/25 accounts was complete and that Harwood Tennant LLP "
        "expected to give an unqualified opinion. Materiality had been set at £4.1m, 1.8% of gross expenditure.",
        "The fee for the 2025/26 audit is £231,450, 8.7% more than the £212,900 charged for 2024/25, because of "
        "new auditing standards set by the Financial Reporting Council.",
        "RESOLVED that the report be noted.",
    ]),
    ("47.", "Corporate Risk Register", [
        "The Chief Finance Officer presented the register, which holds 18 risks, 5 of them rated red. The "
        "highest risk remains the cost of temporary accommodation, scored 20 out of a possible 25.",
        "RESOLVED that the Committee review the cyber security risk in depth at its meeting on 24 March 2026.",
    ]),
]
AUDIT_CLOSE = "The meeting started at 6.30 pm and ended at 8.12 pm."
AUDIT_FOOTER = f"{QUILLERBY}, The Guildhall, Quillerby"


def build_audit(path: str, gold: Gold) -> None:
    """Modern.gov minutes: the title, venue and attendance, each minute's heading, a "Minutes:"
    label and its paragraphs; tables pasted from Word with their caption as a paragraph."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(AUDIT_TITLE)}</title>", '<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">',
        "</head>", "<body>",
        f'<div id="header"><a href="https://democracy.quillerby.example">{e(QUILLERBY)}</a></div>',
        '<ul id="breadcrumb"><li><a href="mgCommitteeStructure.aspx">Committees</a></li>'
        '<li><a href="ieListMeetings.aspx?CommitteeId=212">Audit and Governance Committee</a></li>'
        "<li>Minutes</li></ul>",
        '<div id="modgov"><div class="mgContent">', f"<h1>{e(AUDIT_TITLE)}</h1>",
        f'<p class="mgVenue">{e(AUDIT_VENUE)}</p>',
    ]
    for text in (QUILLERBY, AUDIT_TITLE, AUDIT_VENUE):
        gold.line(text)
    for text in AUDIT_ATTENDANCE:
        out.append(f"<p>{e(text)}</p>")
        gold.line(text)
    for number, heading, blocks in AUDIT_MINUTES:
        out.append(f'<h2 class="mgSubTitleTxt">{e(number)} {e(heading)}</h2>')
        gold.line(f"{number} {heading}")
        out.append('<p class="mgSubSubTitleTxt">Minutes:</p>')
        gold.line("Minutes:")
        for block in blocks:
            if isinstance(block, str):
                out.append(f"<p>{e(block)}</p>")
                gold.line(block)
                continue
            _tag, caption, rows = block
            out.append(f"<p><strong>{e(caption)}</strong></p>")
            gold.line(caption)
            out.append('<table class="MsoTableGrid" border="1">')
            out.append("<tr>" + "".join(f"<td><strong>{e(c)}</strong></td>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
            for row in rows:
                gold.line(" ".join(row))
    out.append(f"<p>{e(AUDIT_CLOSE)}</p>")
    gold.line(AUDIT_CLOSE)
    out += ["</div></div>", f'<div id="footer">{e(AUDIT_FOOTER)}</div>', "</body>", "</html>", ""]
    gold.line(AUDIT_FOOTER)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    gold.add("meta", council=QUILLERBY, date="2026-01-27")


# --- gold ------------------------------------------------------------------------------------

S, A = SEND, AUDIT


def _plans_items() -> list[dict[str, Any]]:
    out = []
    years = PLANS_TABLE[0][1:]
    for label, *vals in PLANS_TABLE[1:]:
        is_pct = label.endswith("(%)")
        name = label.replace(" (%)", "").lower()
        make = pct if is_pct else count
        figs = [make(v, float(v.replace(",", "")), name, y) for v, y in zip(vals, years, strict=True)]
        if "20 weeks" in label:
            figs.insert(0, duration("20 weeks", "P20W"))
        out.append(fig_item(S, " ".join([label, *vals]), *figs))
    return out


def _hnb_items() -> list[dict[str, Any]]:
    out = []
    periods = ("2024/25", "2025/26", "2026/27")
    kinds = ("outturn", "forecast", "budget")
    for label, *vals in HNB_TABLE[1:]:
        figs = []
        for v, per, kind in zip(vals, periods, kinds, strict=True):
            num = float(v.strip("()").replace(",", "")) * 1e3 * (-1 if v.startswith("(") else 1)
            figs.append(money(v, num, f"high needs block {label.lower()} {kind}", per))
        out.append(fig_item(S, " ".join([label, *vals]), *figs, context_unit="£000"))
    return out


def _places_items() -> list[dict[str, Any]]:
    out = []
    for scheme, opens, places, cost in PLACES_TABLE[1:]:
        name = scheme.lower() if scheme != "Total" else "total new specialist"
        figs = []
        if "14 mainstream" in scheme:
            figs.append(count("14", 14, "mainstream schools with resourced provision"))
        if opens:
            figs.append(date(opens, f"{opens.split()[1]}-09"))
        figs += [count(places, float(places), f"{name} places"),
                 money(cost, float(cost) * 1e6, f"{name} places cost")]
        out.append(fig_item(S, " ".join(c for c in (scheme, opens, places, cost) if c), *figs))
    return out


def _table_counts(doc: str, rows: list[list[str]], label: Any, periods: list[str | None]) -> list[dict[str, Any]]:
    out = []
    for name, *vals in rows[1:]:
        figs = []
        for v, head, per in zip(vals, rows[0][1:], periods, strict=True):
            make = pct if head.endswith("(%)") else count
            figs.append(make(v, float(v.replace(",", "")), label(name, head), per))
        out.append(fig_item(doc, " ".join([name, *vals]), *figs))
    return out


def _fraud_items() -> list[dict[str, Any]]:
    out = []
    for name, *vals in FRAUD_ROWS[1:]:
        figs = [money(v, float(v.replace(",", "")) * 1e3, f"{name.lower()} prevented and recovered", per)
                for v, per in zip(vals, ("2023/24", "2024/25"), strict=True)]
        out.append(fig_item(A, " ".join([name, *vals]), *figs, context_unit="£000"))
    return out


def _fy(surface: str) -> Fig:
    """A financial year named as a period, its start read from the surface."""
    return fy(surface, int(surface[:4]))


FIGURES: list[dict[str, Any]] = [
    fig_item(S, "The number of children and young people in Lindenhythe with an education, health and care plan (EHCP) "
                "has risen by half in three years, and the Council's special schools are full.",
             duration("three years", "P3Y")),
    fig_item(S, "This report sets out how many places for children with special educational needs and disabilities "
                "(SEND) will be needed by 2030 and how the Council plans to provide them.", year("2030", 2030)),
    fig_item(S, "The Committee is asked to comment on the plan before Cabinet considers it on 31 March 2026.",
             date("31 March 2026", "2026-03-31")),
    fig_item(S, "In January 2025 the Council maintained 5,130 EHCPs, 14.4% more than a year before and 50% more than in "
                "January 2022.",
             date("January 2025", "2025-01"), count("5,130", 5130, "EHCPs maintained"),
             pct("14.4%", 14.4, "rise in EHCPs maintained"), pct("50%", 50, "rise in EHCPs maintained"),
             date("January 2022", "2022-01")),
    fig_item(S, "Pupils with a plan made up 5.6% of those in the county's schools, against 4.8% across England.",
             pct("5.6%", 5.6, "pupils with a plan in the county's schools"),
             pct("4.8%", 4.8, "pupils with a plan across England")),
    *_plans_items(),
    fig_item(S, "Of the 1,162 new plans issued in the last calendar year, only 38.2% were issued within the 20 weeks the "
                "law allows, against 46.4% nationally.",
             count("1,162", 1162, "new plans issued in the last calendar year"),
             pct("38.2%", 38.2, "new plans issued within 20 weeks"), duration("20 weeks", "P20W"),
             pct("46.4%", 46.4, "new plans issued within 20 weeks nationally")),
    fig_item(S, "That share has fallen by 23.3 percentage points since 2022, as requests for an assessment have grown "
                "faster than the team of educational psychologists.",
             pct("23.3 percentage points", 23.3, "fall in new plans issued within 20 weeks"), year("2022", 2022)),
    fig_item(S, "The Council forecasts 7,400 plans by January 2030, growth of about 7.6% a year, which would need 640 "
                "more specialist places than there are now.",
             count("7,400", 7400, "plans forecast"), date("January 2030", "2030-01"),
             pct("7.6%", 7.6, "growth in plans a year"), count("640", 640, "more specialist places needed")),
    fig_item(S, "The Council's 11 maintained special schools have 1,486 places and all of them are full; 97 children are "
                "waiting for a place in one.",
             count("11", 11, "maintained special schools"), count("1,486", 1486, "places in maintained special schools"),
             count("97", 97, "children waiting for a place in a maintained special school")),
    fig_item(S, "A place in an independent or non-maintained special school costs an average of £68,400 a year, against "
                "£26,900 in the Council's own special schools.",
             money("£68,400", 68_400, "average cost of a place in an independent or non-maintained special school a "
                                      "year"),
             money("£26,900", 26_900, "cost of a place in the Council's own special schools a year")),
    fig_item(S, "There are 412 children in such schools, 96 of them outside the county, at a cost of £28.2m in "
                "2025/26.",
             count("412", 412, "children in independent or non-maintained special schools", "2025/26"),
             count("96", 96, "children in independent or non-maintained special schools outside the county",
                   "2025/26"),
             money("£28.2m", 28_200_000, "cost of independent or non-maintained special school places", "2025/26"),
             _fy("2025/26")),
    fig_item(S, "Home-to-school transport for children with SEND costs £19.7m a year, or £9,850 for each of the 2,000 "
                "children who use it.",
             money("£19.7m", 19_700_000, "home-to-school transport for children with SEND a year"),
             money("£9,850", 9_850, "home-to-school transport for each child"),
             count("2,000", 2000, "children who use home-to-school transport")),
    fig_item(S, "Spending has been more than the grant every year since 2019/20, and the deficit built up is forecast to "
                "reach £43.6m by March 2027.",
             _fy("2019/20"), money("£43.6m", 43_600_000, "high needs deficit built up"),
             date("March 2027", "2027-03")),
    *_hnb_items(),
    fig_item(S, "The statutory override, which keeps these deficits off the Council's balance sheet, has been extended by "
                "the government to March 2028.", date("March 2028", "2028-03")),
    fig_item(S, "Without it the deficit would be more than the Council's general reserves of £31.5m.",
             money("£31.5m", 31_500_000, "general reserves")),
    fig_item(S, "The Department for Education (DfE) has allocated the Council £4.2m of capital for high needs places in "
                "2026/27, on top of £6.8m in 2025/26.",
             money("£4.2m", 4_200_000, "capital for high needs places", "2026/27"), _fy("2026/27"),
             money("£6.8m", 6_800_000, "capital for high needs places", "2025/26"), _fy("2025/26")),
    fig_item(S, "The Council plans 416 new places by September 2028 at a capital cost of £38.5m, so that fewer children "
                "have to travel out of the county.",
             count("416", 416, "new specialist places"), date("September 2028", "2028-09"),
             money("£38.5m", 38_500_000, "capital cost of new specialist places")),
    *_places_items(),
    fig_item(S, "A place in resourced provision in a mainstream school costs about £17,500 a year.",
             money("£17,500", 17_500, "place in resourced provision in a mainstream school a year")),
    fig_item(S, "The forum surveyed 1,240 families in the autumn of 2025.",
             count("1,240", 1240, "families surveyed", "2025"), year("2025", 2025)),
    # the audit and governance committee minutes
    fig_item(A, "He gave a reasonable assurance opinion on the Council's framework of governance, risk management and "
                "internal control for 2024/25, the same as the year before.", _fy("2024/25")),
    fig_item(A, "Of the 46 audits in the revised plan, 41 were completed, 89% of the plan, against a target of 90%.",
             count("46", 46, "audits in the revised plan"), count("41", 41, "audits completed"),
             pct("89%", 89, "audit plan completed"), pct("90%", 90, "target for the audit plan completed")),
    *_table_counts(A, OPINION_ROWS, lambda name, _h: f"{name.lower()} opinions given",
                   ["2023/24", "2024/25"]),
    fig_item(A, "Members noted that limited and no assurance opinions had risen to 11 from 7 a year earlier.",
             count("11", 11, "limited and no assurance opinions"), count("7", 7, "limited and no assurance opinions")),
    fig_item(A, "The three audits with no assurance were of developer contributions monitoring, parking permits and fire "
                "safety checks in council buildings; each will be audited again within six months.",
             count("three", 3, "audits with no assurance"), duration("six months", "P6M")),
    fig_item(A, "In answer to Councillor Castlereagh, the Head of Internal Audit said that the team had 7.4 full-time "
                "equivalent auditors against an establishment of 9, and had bought in 120 days of audit from Marlstone "
                "Audit Partnership at £520 a day.",
             count("7.4", 7.4, "full-time equivalent auditors"), count("9", 9, "establishment of auditors"),
             duration("120 days", "P120D", "days of audit bought in"),
             money("£520", 520, "audit bought in from Marlstone Audit Partnership a day")),
    fig_item(A, "RESOLVED that the Internal Audit Annual Report and Opinion for 2024/25 be noted.", _fy("2024/25")),
    fig_item(A, "The Committee considered the position on recommendations made in 2024/25 and due by 31 December 2025.",
             _fy("2024/25"), date("31 December 2025", "2025-12-31")),
    *_table_counts(A, PRIORITY_ROWS, lambda name, head: f"{name.split(' (')[0].lower()} recommendations "
                                                        f"{head.replace(' (%)', '').lower()}", [None] * 4),
    fig_item(A, "Of the 138 recommendations due, 116 (84%) had been implemented, up from 76% a year earlier; four high "
                "priority recommendations were more than six months overdue, two of them in the housing repairs "
                "service.",
             count("138", 138, "recommendations due"), count("116", 116, "recommendations implemented"),
             pct("84%", 84, "recommendations implemented"),
             pct("76%", 76, "recommendations implemented a year earlier"),
             count("four", 4, "high priority recommendations more than six months overdue"),
             duration("six months", "P6M"),
             count("two", 2, "overdue high priority recommendations in the housing repairs service")),
    fig_item(A, "The Counter Fraud Manager reported that the team had recovered £486,200 in 2024/25, up from £371,900 in "
                "2023/24, and had taken back 14 council homes that had been sublet or obtained by fraud.",
             money("£486,200", 486_200, "fraud recovered", "2024/25"), _fy("2024/25"),
             money("£371,900", 371_900, "fraud recovered", "2023/24"), _fy("2023/24"),
             count("14", 14, "council homes taken back")),
    *_fraud_items(),
    fig_item(A, "The tenancy fraud line values each home taken back at £93,000, the national estimate the Cabinet Office "
                "uses.",
             money("£93,000", 93_000, "value of each home taken back")),
    fig_item(A, "Reviews of single person discounts removed 1,205 discounts worth £412,700 a year.",
             count("1,205", 1205, "single person discounts removed"),
             money("£412,700", 412_700, "single person discounts removed a year")),
    fig_item(A, "Of its 2,614 matches, 1,930 had been reviewed and 37 had led to savings of £118,400.",
             count("2,614", 2614, "National Fraud Initiative matches"), count("1,930", 1930, "matches reviewed"),
             count("37", 37, "matches that led to savings"),
             money("£118,400", 118_400, "savings from National Fraud Initiative matches")),
    fig_item(A, "Ottilie Brannigan said that the audit of the 2024/25 accounts was complete and that Harwood Tennant LLP "
                "expected to give an unqualified opinion.", _fy("2024/25")),
    fig_item(A, "Materiality had been set at £4.1m, 1.8% of gross expenditure.",
             money("£4.1m", 4_100_000, "materiality", "2024/25"),
             pct("1.8%", 1.8, "materiality as a share of gross expenditure", "2024/25")),
    fig_item(A, "The fee for the 2025/26 audit is £231,450, 8.7% more than the £212,900 charged for 2024/25, because of "
                "new auditing standards set by the Financial Reporting Council.",
             _fy("2025/26"), money("£231,450", 231_450, "audit fee", "2025/26"),
             pct("8.7%", 8.7, "rise in the audit fee", "2025/26"),
             money("£212,900", 212_900, "audit fee", "2024/25"), _fy("2024/25")),
    fig_item(A, "The Chief Finance Officer presented the register, which holds 18 risks, 5 of them rated red.",
             count("18", 18, "risks in the corporate risk register"), count("5", 5, "risks rated red")),
    fig_item(A, "The highest risk remains the cost of temporary accommodation, scored 20 out of a possible 25.",
             count("20", 20, "score of the highest risk"), count("25", 25, "possible risk score")),
    fig_item(A, "RESOLVED that the Committee review the cyber security risk in depth at its meeting on 24 March 2026.",
             date("24 March 2026", "2026-03-24")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(S, "ORG", LINDENHYTHE),
    ent(S, "ORG", "Department for Education", aliases=("DfE",)),
    ent(S, "ORG", "Lindenhythe Parent Carer Forum"),
    ent(S, "ORG", "Hawthorn Bank School"),
    ent(S, "ORG", "Lindenhythe College"),
    ent(S, "COMMITTEE", "Children and Young People Overview and Scrutiny Committee", aliases=("Committee",)),
    ent(S, "COMMITTEE", "Cabinet"),
    ent(S, "PROGRAMME", "Dedicated Schools Grant", aliases=("DSG",)),
    ent(S, "ACRONYM", "education, health and care plan", aliases=("EHCP", "EHCPs")),
    ent(S, "ACRONYM", "special educational needs and disabilities", aliases=("SEND",)),
    ent(S, "GPE", "Lindenhythe"),
    ent(S, "GPE", "Ebbing Lea"),
    ent(S, "GPE", "England"),
    ent(S, "ROLE", "Director of Children's Services"),
    ent(S, "ROLE", "Cabinet Member for Children, Education and Families"),
    ent(S, "ROLE", "Head of SEND and Inclusion"),
    ent(S, "PERSON", "Benedikt Lavallee-Boateng", affiliation=LINDENHYTHE,
        role="Cabinet Member for Children, Education and Families"),
    ent(S, "PERSON", "Saoirse Denholm", affiliation="Lindenhythe Parent Carer Forum", role="Chair"),
    ent(S, "PERSON", "Tomasz Pilkington-Iyer", affiliation=LINDENHYTHE, role="Head of SEND and Inclusion"),
    ent(S, "PERSON", "Philippa Dunsany-Nyambura", affiliation=LINDENHYTHE, role="Director of Children's Services"),
    ent(A, "ORG", QUILLERBY),
    ent(A, "COMMITTEE", "Audit and Governance Committee", aliases=("Committee",)),
    ent(A, "ORG", "Harwood Tennant LLP"),
    ent(A, "ORG", "Marlstone Audit Partnership"),
    ent(A, "ORG", "Quillerby Homes Ltd"),
    ent(A, "ORG", "Cabinet Office"),
    ent(A, "ORG", "Financial Reporting Council"),
    ent(A, "PROGRAMME", "National Fraud Initiative", aliases=("NFI",)),
    ent(A, "GPE", "Quillerby"),
    ent(A, "ROLE", "Head of Internal Audit"),
    ent(A, "ROLE", "Chief Finance Officer"),
    ent(A, "ROLE", "Counter Fraud Manager"),
    ent(A, "ROLE", "Democratic Services Officer"),
    ent(A, "ROLE", "Key Audit Partner"),
    ent(A, "ROLE", "Independent Member"),
    ent(A, "ROLE", "Director of Housing"),
    ent(A, "PERSON", "Alaric Thorncastle-Haig", affiliation=QUILLERBY, role="Chair"),
    ent(A, "PERSON", "Fenella Oyinlola", affiliation=QUILLERBY, role="Vice-Chair"),
    ent(A, "PERSON", "Gregor Stavrou", affiliation=QUILLERBY, role="Councillor"),
    ent(A, "PERSON", "Imelda Castlereagh", affiliation=QUILLERBY, role="Councillor"),
    ent(A, "PERSON", "Jasper Nwachukwu-Bell", affiliation=QUILLERBY, role="Councillor"),
    ent(A, "PERSON", "Lavinia Prosser", affiliation=QUILLERBY, role="Independent Member"),
    ent(A, "PERSON", "Wilhelmina Torrance", affiliation=QUILLERBY, role="Councillor"),
    ent(A, "PERSON", "Ottilie Brannigan", affiliation="Harwood Tennant LLP", role="Key Audit Partner"),
    ent(A, "PERSON", "Quentin Abioye-Stratton", affiliation=QUILLERBY, role="Head of Internal Audit"),
    ent(A, "PERSON", "Ruth Vandersloot", affiliation=QUILLERBY, role="Chief Finance Officer"),
    ent(A, "PERSON", "Simeon Kallis", affiliation=QUILLERBY, role="Counter Fraud Manager"),
    ent(A, "PERSON", "Beatrix Ferrand-Moye", affiliation=QUILLERBY, role="Democratic Services Officer"),
]
