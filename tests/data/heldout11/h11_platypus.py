"""The internal audit annual report of the eleventh held-out corpus, set with reportlab's platypus
(flowing paragraphs and ``Table`` objects with grid lines, spans and header rows that repeat when
a table breaks; a producer whose layout no other corpus uses for a whole document): an invented
district council's head of internal audit's annual opinion to its audit and standards committee,
with the opinion in a shaded box, counts of audits by assurance grade this year and last (numbers
and percentages under a two-row header), recommendations by priority (made, due, implemented by
the due date, a percentage, overdue), a table of the limited and no assurance audits with wrapped
names, and prose on days delivered, fraud, cost a day and staffing. Every name, place and figure is
made up."""

from __future__ import annotations

from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct

AUDIT = "wraxhollow-internal-audit-annual-opinion-2025-26"
WRAX = "Wraxhollow District Council"
PARTNERSHIP = "Gorsemoor Audit Partnership"
TITLE = "Internal Audit Annual Report and Opinion 2025/26"

FRONT = [
    ("Committee", "Audit and Standards Committee"),
    ("Date", "23 June 2026"),
    ("Report of", f"Lavinia Crossthwaite, Head of Internal Audit, {PARTNERSHIP}"),
    ("Purpose", "To give the Head of Internal Audit's opinion on the Council's governance, risk management and "
                "control for 2025/26, as the Global Internal Audit Standards require."),
]

OPINION = ("Opinion: reasonable assurance. On the work done in 2025/26, the Council's framework of governance, "
           "risk management and control is adequate and mostly effective; the weaknesses found in seven areas are "
           "being put right.")

# Table 1: opinion, 2025/26 number, %, 2024/25 number, %
GRADES = [
    ("Substantial", "7", "22.6", "6", "20.0"),
    ("Reasonable", "17", "54.8", "15", "50.0"),
    ("Limited", "6", "19.4", "8", "26.7"),
    ("No assurance", "1", "3.2", "1", "3.3"),
    ("Total with an opinion", "31", "100.0", "30", "100.0"),
    ("Advisory reviews (no opinion given)", "4", "–", "3", "–"),
]
# Table 2: priority, made, due by 31 March 2026, implemented by due date (number, %), overdue at 31 May 2026
RECS = [
    ("High", "14", "11", "8", "72.7", "3"),
    ("Medium", "52", "40", "33", "82.5", "7"),
    ("Low", "38", "25", "23", "92.0", "2"),
    ("Total", "104", "76", "64", "84.2", "12"),
]
# Table 3: audit, opinion, high, medium, management's response due
WEAK = [
    ("Disabled facilities grants: eligibility checks and payments to contractors", "Limited", "2", "3",
     "September 2026"),
    ("Payroll: overtime and allowances claimed through the self-service system", "Limited", "1", "4", "August 2026"),
    ("Cyber security: patching of servers and network devices", "No assurance", "3", "2", "July 2026"),
    ("Licensing: income from taxi and premises licences", "Limited", "–", "5", "October 2026"),
    ("Contract management of the leisure operator", "Limited", "2", "2", "December 2026"),
    ("Pool cars and fuel cards", "Limited", "1", "3", "August 2026"),
    ("Developer contributions under section 106 agreements: monitoring and spending", "Limited", "2", "1",
     "March 2027"),
]

# (heading, paragraphs); "T1", "T2", "T3" stand for the tables, "OPINION" for the box
SECTIONS: list[tuple[str, list[str]]] = [
    ("1. The Head of Internal Audit's opinion", [
        "OPINION",
        "The opinion rests on 31 audits with an assurance opinion, 4 advisory reviews, the follow-up of earlier "
        "recommendations and the counter-fraud work described below. It is the same grade as in 2024/25.",
    ]),
    ("2. The audit plan and what was delivered", [
        "The Committee approved a plan of 410 days for 2025/26 in March 2025. The Partnership delivered 386 days, "
        "94 per cent of the plan, against its target of 90 per cent.",
        "Of the 34 audits in the plan, 31 were finished to final report. Two were deferred to 2026/27 at "
        "management's request and one, of the waste fleet, was cancelled when the service was brought back in "
        "house in October 2025.",
    ]),
    ("3. Assurance opinions", [
        "Table 1 counts the opinions given in the year. Fewer audits were graded limited than in 2024/25, and "
        "the one audit given no assurance, on cyber security, is reported in section 4.",
        "T1",
    ]),
    ("4. Limited and no assurance audits", [
        "Seven audits found weaknesses serious enough to put the service's objectives at risk. Table 3 lists "
        "them with the number of high and medium priority actions agreed and when the last action is due.",
        "T3",
        "The cyber security audit found that 38 of the Council's 212 servers and network devices had not received "
        "a critical security update within 14 days of its release, the standard the Council set itself in 2024. "
        "A follow-up audit in July 2026 will report to the Committee in September.",
    ]),
    ("5. Implementation of recommendations", [
        "Of the 76 recommendations that fell due by 31 March 2026, 64 were implemented on time, or 84.2 per cent, "
        "a little below the target of 85 per cent but up from 78.9 per cent the year before.",
        "T2",
        "Three high priority recommendations were overdue at 31 May 2026, two of them on the disabled facilities "
        "grants audit.",
    ]),
    ("6. Counter-fraud", [
        "The Partnership's counter-fraud team recovered £57,300 for the Council in 2025/26, two-thirds of it from "
        "143 households who had wrongly claimed the single person discount on their council tax.",
        "The National Fraud Initiative returned 1,268 matches for the Council; 402 have been reviewed so far and "
        "11 frauds or errors found, worth £18,940.",
    ]),
    ("7. Resources and quality", [
        "The Partnership had 8.4 full-time equivalent auditors in 2025/26, 1.6 fewer than its establishment of 10. "
        "Its charge to the Council for the year was £168,400, which works out at £436 a day delivered, against "
        "£452 a day in 2024/25.",
        "An external quality assessment in November 2025 found that the service generally conforms with the "
        "Global Internal Audit Standards, the highest of the three ratings.",
    ]),
]


def _tables(base: Any, bold: Any, small: Any) -> dict[str, tuple[str, list[list[Any]], list[Any], list[float], int]]:
    from reportlab.lib import colors

    def grid(n_head: int) -> list[Any]:
        return [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.HexColor("#d9e2ec")),
                ("FONTNAME", (0, 0), (-1, n_head - 1), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("ALIGN", (1, n_head), (-1, -1), "RIGHT")]

    t1 = [["Opinion", "2025/26", "", "2024/25", ""], ["", "Number", "%", "Number", "%"], *[list(r) for r in GRADES]]
    s1 = [*grid(2), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
          ("ALIGN", (1, 0), (-1, 1), "CENTER"), ("FONTNAME", (0, 6), (-1, 6), "Helvetica-Bold")]
    t2 = [["Priority", "Made in", "Due by", "Implemented by the due date", "", "Overdue at"],
          ["", "2025/26", "31 March 2026", "Number", "%", "31 May 2026"], *[list(r) for r in RECS]]
    s2 = [*grid(2), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (-1, 1), "CENTER"),
          ("FONTNAME", (0, 5), (-1, 5), "Helvetica-Bold")]
    t3 = [["Audit", "Opinion", "Actions agreed", "", "Last action due"], ["", "", "High", "Medium", ""],
          *[[base(a), o, h, m, d] for a, o, h, m, d in WEAK]]
    s3 = [*grid(2), ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
          ("SPAN", (4, 0), (4, 1)), ("ALIGN", (1, 2), (1, -1), "LEFT"), ("ALIGN", (4, 2), (4, -1), "LEFT")]
    return {
        "T1": ("Table 1: Assurance opinions given in 2025/26, with 2024/25 for comparison", t1, s1,
               [170, 60, 50, 60, 50], 2),
        "T2": ("Table 2: Recommendations by priority, 2025/26", t2, s2, [70, 60, 75, 70, 50, 75], 2),
        "T3": ("Table 3: Audits with limited or no assurance, 2025/26", t3, s3, [210, 70, 45, 50, 85], 2),
    }


def _gold_rows(key: str, gold: Gold) -> None:
    if key == "T1":
        gold.line("Opinion 2025/26 2024/25")
        gold.line("Number % Number %")
        rows: list[tuple[str, ...]] = GRADES
    elif key == "T2":
        gold.line("Priority Made in Due by Implemented by the due date Overdue at")
        gold.line("2025/26 31 March 2026 Number % 31 May 2026")
        rows = RECS
    else:
        gold.line("Audit Opinion Actions agreed Last action due")
        gold.line("High Medium")
        rows = WEAK
    for r in rows:
        gold.line(" ".join(r))


def build_audit(path: str, gold: Gold) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=7)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8,
                          spaceAfter=5)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3)
    box = ParagraphStyle("box", parent=body, fontName="Helvetica-Bold", borderColor=colors.black, borderWidth=0.8,
                         borderPadding=6, backColor=colors.HexColor("#eef2e6"), spaceBefore=4, spaceAfter=12)

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 812, f"{WRAX} – Audit and Standards Committee – 23 June 2026")
        canvas.drawRightString(539, 28, f"Page {doc.page}")
        canvas.restoreState()

    story: list[Any] = []

    def para(text: str, st: Any = body) -> None:
        story.append(Paragraph(text.replace("&", "&amp;"), st))
        gold.line(text)

    para(WRAX, head)
    para(TITLE, title)
    rows = [[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in FRONT]
    for k, v in FRONT:
        gold.line(f"{k} {v}")
        gold.add("cover", label=k, value=v, page=1)
    ft = Table(rows, colWidths=[110, 370])
    ft.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [ft, Spacer(1, 12)]
    tables = _tables(lambda s: Paragraph(s, small), None, small)
    for heading, paras in SECTIONS:
        para(heading, head)
        gold.add("heading", text=heading, number=heading.split(".")[0], level=1, parent=None)
        for text in paras:
            if text == "OPINION":
                para(OPINION, box)
            elif text in tables:
                caption, data, style, widths, n_head = tables[text]
                gold.line(caption)
                t = Table(data, colWidths=widths, repeatRows=n_head)
                t.setStyle(TableStyle(style))
                _gold_rows(text, gold)
                story.append(KeepTogether([Paragraph(caption, cap), t]) if text != "T3" else Paragraph(caption, cap))
                if text == "T3":
                    story.append(t)
                story.append(Spacer(1, 8))
            else:
                para(text)
    gold.add("meta", council=WRAX, date="2026-06-23")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=60, bottomMargin=50,
                            title=TITLE, author=PARTNERSHIP, subject="Audit and Standards Committee",
                            creator="Gorsemoor report builder", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --- gold ------------------------------------------------------------------------------------

A = AUDIT
FY, LY = "2025/26", "2024/25"


def _grade_items() -> list[dict[str, Any]]:
    out = []
    for g, n1, p1, n0, p0 in GRADES:
        lab = g.lower()
        figs = [count(n1, int(n1), f"{lab} number", FY)]
        if p1 != "–":
            figs.append(pct(p1, float(p1), f"{lab} %", FY))
        figs.append(count(n0, int(n0), f"{lab} number", LY))
        if p0 != "–":
            figs.append(pct(p0, float(p0), f"{lab} %", LY))
        out.append(fig_item(A, " ".join((g, n1, p1, n0, p0)), *figs))
    return out


def _rec_items() -> list[dict[str, Any]]:
    out = []
    for pr, made, due, done, share, over in RECS:
        lab = f"{pr.lower()} priority recommendations"
        out.append(fig_item(A, " ".join((pr, made, due, done, share, over)),
                            count(made, int(made), f"{lab} made in 2025/26", FY),
                            count(due, int(due), f"{lab} due by 31 March 2026"),
                            count(done, int(done), f"{lab} implemented by the due date"),
                            pct(share, float(share), f"{lab} implemented by the due date"),
                            count(over, int(over), f"{lab} overdue at 31 May 2026")))
    return out


def _weak_items() -> list[dict[str, Any]]:
    months = {"July": "07", "August": "08", "September": "09", "October": "10", "December": "12", "March": "03"}
    out = []
    for a, o, h, m, d in WEAK:
        mon, yr = d.split()
        figs = [count(h, int(h), f"{a.lower()} high actions agreed", FY)] if h != "–" else []
        figs += [count(m, int(m), f"{a.lower()} medium actions agreed", FY), date(d, f"{yr}-{months[mon]}")]
        out.append(fig_item(A, " ".join((a, o, h, m, d)), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(A, "The opinion rests on 31 audits with an assurance opinion, 4 advisory reviews, the follow-up of "
                "earlier recommendations and the counter-fraud work described below.",
             count("31", 31, "audits with an assurance opinion"), count("4", 4, "advisory reviews")),
    fig_item(A, "The Committee approved a plan of 410 days for 2025/26 in March 2025.",
             ("410 days", "P410D", "duration", "period", "plan", None), fy("2025/26", 2025),
             date("March 2025", "2025-03")),
    fig_item(A, "The Partnership delivered 386 days, 94 per cent of the plan, against its target of 90 per cent.",
             ("386 days", "P386D", "duration", "period", "days delivered", None),
             pct("94 per cent", 94, "plan delivered"), pct("90 per cent", 90, "target")),
    fig_item(A, "Of the 34 audits in the plan, 31 were finished to final report.",
             count("34", 34, "audits in the plan"), count("31", 31, "audits finished to final report")),
    fig_item(A, "Two were deferred to 2026/27 at management's request and one, of the waste fleet, was cancelled when "
                "the service was brought back in house in October 2025.",
             count("Two", 2, "audits deferred"), fy("2026/27", 2026), count("one", 1, "audit cancelled"),
             date("October 2025", "2025-10")),
    *_grade_items(),
    fig_item(A, "Seven audits found weaknesses serious enough to put the service's objectives at risk.",
             count("Seven", 7, "audits found weaknesses")),
    *_weak_items(),
    fig_item(A, "The cyber security audit found that 38 of the Council's 212 servers and network devices had not "
                "received a critical security update within 14 days of its release, the standard the Council set "
                "itself in 2024.",
             count("38", 38, "servers and network devices without a critical security update"),
             count("212", 212, "servers and network devices"), ("14 days", "P14D", "duration", "period", None, None),
             ("2024", 2024, "year", "period", None, None)),
    fig_item(A, "A follow-up audit in July 2026 will report to the Committee in September.",
             date("July 2026", "2026-07")),
    fig_item(A, "Of the 76 recommendations that fell due by 31 March 2026, 64 were implemented on time, or 84.2 per "
                "cent, a little below the target of 85 per cent but up from 78.9 per cent the year before.",
             count("76", 76, "recommendations due"), date("31 March 2026", "2026-03-31"),
             count("64", 64, "recommendations implemented on time"),
             pct("84.2 per cent", 84.2, "recommendations implemented on time"),
             pct("85 per cent", 85, "target"), pct("78.9 per cent", 78.9, "recommendations implemented on time")),
    *_rec_items(),
    fig_item(A, "Three high priority recommendations were overdue at 31 May 2026, two of them on the disabled "
                "facilities grants audit.",
             count("Three", 3, "high priority recommendations overdue"), date("31 May 2026", "2026-05-31"),
             count("two", 2, "recommendations overdue on the disabled facilities grants audit")),
    fig_item(A, "The Partnership's counter-fraud team recovered £57,300 for the Council in 2025/26, two-thirds of it "
                "from 143 households who had wrongly claimed the single person discount on their council tax.",
             money("£57,300", 57_300, "counter-fraud recovered", FY), fy("2025/26", 2025),
             count("143", 143, "households wrongly claimed the single person discount")),
    fig_item(A, "The National Fraud Initiative returned 1,268 matches for the Council; 402 have been reviewed so far "
                "and 11 frauds or errors found, worth £18,940.",
             count("1,268", 1268, "National Fraud Initiative matches"), count("402", 402, "matches reviewed"),
             count("11", 11, "frauds or errors found"), money("£18,940", 18_940, "frauds or errors found")),
    fig_item(A, "The Partnership had 8.4 full-time equivalent auditors in 2025/26, 1.6 fewer than its establishment "
                "of 10.",
             count("8.4", 8.4, "full-time equivalent auditors", FY), fy("2025/26", 2025),
             count("1.6", 1.6, "auditors fewer than establishment"), count("10", 10, "establishment")),
    fig_item(A, "Its charge to the Council for the year was £168,400, which works out at £436 a day delivered, "
                "against £452 a day in 2024/25.",
             money("£168,400", 168_400, "charge to the Council"), money("£436", 436, "charge a day delivered"),
             money("£452", 452, "charge a day", LY), fy("2024/25", 2024)),
    fig_item(A, "An external quality assessment in November 2025 found that the service generally conforms with the "
                "Global Internal Audit Standards, the highest of the three ratings.",
             date("November 2025", "2025-11"), count("three", 3, "ratings")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(A, "ORG", WRAX),
    ent(A, "ORG", PARTNERSHIP),
    ent(A, "PERSON", "Lavinia Crossthwaite", role="Head of Internal Audit", affiliation=PARTNERSHIP),
    ent(A, "ROLE", "Head of Internal Audit"),
    ent(A, "COMMITTEE", "Audit and Standards Committee"),
    ent(A, "PROGRAMME", "National Fraud Initiative"),
    ent(A, "PROGRAMME", "Global Internal Audit Standards"),
]
