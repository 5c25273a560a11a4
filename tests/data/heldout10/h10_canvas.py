"""The corporate risk register report of the tenth held-out corpus, drawn straight onto a
reportlab canvas in Helvetica (not the second corpus' Word-like painter): every line is placed
at an absolute position and wrapped ragged right, paragraphs are numbered 1, 2, 3 … through the
report under unnumbered headings, one section is set in two columns, and the register itself is a
landscape table whose header groups "Inherent" and "Current" over likelihood, impact and score (two
header rows), with a wrapped column of controls, that runs on over a second page **without its
header repeated**. Every name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from wordpdf import plain

RISK = "stourwick-corporate-risk-register-q3-cabinet-2026-02-10"
STOURWICK = "Stourwick Borough Council"
RISK_TITLE = "Corporate Risk Register: Quarter 3 2025/26"
FONT, BOLDF = "Helvetica", "Helvetica-Bold"

FRONT = [
    ("Report to:", "Cabinet"),
    ("Date of meeting:", "10 February 2026"),
    ("Report of:", "Chief Executive"),
    ("Lead member:", "Councillor Ambrose Ketteridge-Doyle, Cabinet Member for Finance and Governance"),
    ("Report author:", "Priyanka Dalgleish, Corporate Risk and Insurance Manager"),
]

# (heading, paragraphs, columns): a section with columns=2 is set in two columns
SECTIONS: list[tuple[str, list[str], int]] = [
    ("Summary", [
        "This report presents the Corporate Risk Register at the end of Quarter 3 of 2025/26 (31 December 2025). The "
        "register holds ten risks, one more than at Quarter 2: the delivery of the new waste depot has been added.",
        "Four risks are red (a score of 15 or more), six are amber (8 to 14) and none is green (7 or less). Two scores "
        "went up this quarter and two came down.",
    ], 1),
    ("Recommendation", [
        "That Cabinet notes the register at Appendix 1 and the actions being taken on the four red risks.",
    ], 1),
    ("How risks are scored", [
        "Each risk is scored for likelihood and for impact on a scale of 1 to 5; the risk score is the one multiplied "
        "by the other, so the highest possible score is 25. The inherent score assumes no controls, the current "
        "score takes account of those in place and the target score is where the owner expects the risk to be by "
        "31 March 2027.",
        "The Council's appetite for risk is lowest for health and safety and for safeguarding, where no risk should "
        "stay above 10, and highest for regeneration, where scores up to 16 are accepted.",
    ], 1),
    ("Changes this quarter", [
        "Financial resilience (CR01) rises from 16 to 20. Unallocated general reserves stand at £3.9m, 11 per cent "
        "of the net budget, above the minimum of £3.0m set by the Director of Finance. But the provisional local "
        "government finance settlement gave the Council £1.1m less than it had assumed, and the gap in the 2026/27 "
        "budget widened to £2.7m before savings.",
        "Housing demand (CR03) rises from 12 to 16. There were 142 households in temporary accommodation on 31 "
        "December 2025, up from 97 a year earlier, nearly half as many again; bed and breakfast costs the Council "
        "about £68 a night for each household placed.",
        "Key contractor failure (CR05) falls from 16 to 12. The parent company of the grounds maintenance contractor "
        "went into administration in August 2025, but the contract was bought by another firm in October and the "
        "service has carried on.",
        "Data protection (CR09) falls from 12 to 9. Reported data breaches fell to 11 in the quarter from 19 in "
        "Quarter 2, and 96% of staff have completed the annual data protection training against a target of 95%.",
        "The new waste depot (CR10) is added at 12. The contract price rose from £8.4m to £9.1m after tender, an "
        "increase of 8.3 per cent, and completion has slipped by three months to June 2026.",
    ], 2),
    ("Red risks that have not changed", [
        "Cyber attack (CR02) stays at 15. The Council's email filters blocked 2.3 million malicious emails in the "
        "quarter, and the backup system is being replaced at a cost of £145,000 by March 2026.",
        "Local government reorganisation (CR06) stays at 16. The Government has invited the councils of the county "
        "to propose new unitary councils; the option the district councils favour would create two unitary councils "
        "of about 400,000 and 520,000 residents, while the county council proposes a single council for all 920,000.",
    ], 1),
    ("Other risks", [
        "Workforce (CR04) stays at 12. The vacancy rate is 12.4%, down 1.8 points from 14.2% at Quarter 2. Planning "
        "and environmental health each have two posts covered by agency staff, costing £46,000 between them in the "
        "quarter.",
        "Flooding (CR07) stays at 12. Storms in early December 2025 flooded 37 homes in Stourwick and Hembury Mill; "
        "the Council paid recovery grants of £500 to each of 29 households.",
    ], 1),
    ("Financial implications", [
        "The register itself has no cost. The Council's insurance premiums for 2026/27 rise by 6.5% to £612,000, "
        "mainly because of two large property claims in 2024/25.",
        "Contact: Priyanka Dalgleish, Corporate Risk and Insurance Manager. Chief Executive: Rowena "
        "Castlemaine-Briggs.",
    ], 1),
]

# (ref, risk, owner, inherent L, I, current L, I, previous score or "New", target score, direction, controls)
REGISTER: list[tuple[str, str, str, int, int, int, int, str, int, str, str]] = [
    ("CR01", "Financial resilience", "Director of Finance", 5, 5, 4, 5, "16", 12, "Up",
     "Savings programme of £1.9m for 2026/27; reserves held above the minimum; monthly budget monitoring to "
     "Cabinet members."),
    ("CR02", "Cyber attack", "Head of Digital Services", 5, 5, 3, 5, "15", 10, "Same",
     "Email filtering and staff training; new backup system by March 2026; annual penetration test."),
    ("CR03", "Housing demand and temporary accommodation", "Director of Communities", 5, 4, 4, 4, "12", 8, "Up",
     "Homelessness prevention fund; purchase of 20 homes for temporary use; weekly case reviews."),
    ("CR04", "Workforce recruitment and retention", "Head of People", 4, 4, 3, 4, "12", 8, "Same",
     "Market supplements for planning and environmental health; apprenticeships; exit interviews."),
    ("CR05", "Failure of a key contractor", "Director of Place", 4, 5, 3, 4, "16", 8, "Down",
     "Financial checks on contractors every six months; contingency plans for waste and grounds maintenance."),
    ("CR06", "Local government reorganisation", "Chief Executive", 5, 4, 4, 4, "16", 12, "Same",
     "Programme board with the other district councils; business case submitted; staff briefings."),
    ("CR07", "Flooding and extreme weather", "Director of Place", 4, 4, 3, 4, "12", 9, "Same",
     "Emergency plan tested in October 2025; sandbag stores; flood wardens in six villages."),
    ("CR08", "Health and safety of staff and the public", "Head of People", 4, 5, 2, 5, "10", 10, "Same",
     "Safety management system audited each year; lone working devices; incident reporting."),
    ("CR09", "Data protection breach", "Monitoring Officer", 4, 4, 3, 3, "12", 6, "Down",
     "Mandatory training; breach log reviewed monthly; redaction software."),
    ("CR10", "Delivery of the new waste depot", "Director of Place", 4, 4, 4, 3, "New", 8, "Up",
     "Fixed-price contract; monthly project board; contingency of 10% of the contract price."),
]
REG_TITLE = "Appendix 1: Corporate Risk Register at 31 December 2025"


class Page:
    """A canvas, the cursor and the gold of one document drawn at absolute positions."""

    def __init__(self, path: str, gold: Gold):
        self.c = Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(RISK_TITLE)
        self.c.setAuthor("Stourwick BC")
        self.gold = gold
        self.n = 0
        self.size = A4
        self.y = 0.0

    def new(self, size: tuple[float, float] = A4) -> None:
        if self.n:
            self.c.showPage()
        self.c.setPageSize(size)
        self.size = size
        self.n += 1
        w, h = size
        self.c.setFont(FONT, 7.5)
        self.c.drawString(50, h - 30, f"{STOURWICK}   |   Cabinet   |   10 February 2026")
        self.c.drawCentredString(w / 2, 24, f"- {self.n} -")
        self.y = h - 60

    def text(self, x: float, s: str, font: str = FONT, size: float = 10, *, gold: bool = True) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)
        if gold:
            self.gold.line(s)

    def wrapped(self, x: float, width: float, s: str, size: float = 10, lead: float = 13.0) -> list[str]:
        out = simpleSplit(s, FONT, size, width)
        for ln in out:
            if self.y < 60:
                self.new(self.size)
            self.c.setFont(FONT, size)
            self.c.drawString(x, self.y, ln)
            self.y -= lead
        return out


def _para(pg: Page, n: int, s: str, parent: str, x: float, width: float) -> None:
    if pg.y < 80:
        pg.new()
    pg.c.setFont(FONT, 10)
    pg.c.drawString(x, pg.y, f"{n}.")
    out = pg.wrapped(x + 20, width - 20, s)
    pg.gold.line(f"{n}. {out[0]}")
    for ln in out[1:]:
        pg.gold.line(ln)
    if len(out) > 1:
        pg.gold.add("not_heading", text=plain(f"{n}. {out[0]}"))
    pg.gold.add("paragraph", number=str(n), text=plain(" ".join(s.split()[:8])), parent=parent)
    pg.y -= 6


def _heading(pg: Page, title: str) -> None:
    if pg.y < 110:
        pg.new()
    pg.y -= 6
    pg.text(50, title, BOLDF, 11.5)
    pg.gold.add("heading", text=title, number=None, level=1, parent=None)
    pg.y -= 18


def _two_columns(pg: Page, n: int, paras: list[str], parent: str) -> int:
    """Paragraphs in two columns: the first column is filled to about half the section's
    height, the rest go in the second; the gold reads the first column, then the second."""
    width = (545 - 50 - 20) / 2
    heights = [len(simpleSplit(s, FONT, 10, width - 20)) * 13 + 6 for s in paras]
    half = sum(heights) / 2
    split, acc = 0, 0.0
    while split < len(paras) and acc + heights[split] / 2 <= half:
        acc += heights[split]
        split += 1
    top = pg.y
    for k, s in enumerate(paras[:split]):
        _para(pg, n + k, s, parent, 50, width)
    low = pg.y
    pg.y = top
    for k, s in enumerate(paras[split:]):
        _para(pg, n + split + k, s, parent, 50 + width + 20, width)
    pg.y = min(low, pg.y)
    return n + len(paras)


REG_X = (40, 78, 238, 338, 366, 390, 416, 444, 468, 494, 532, 568, 608, 805)  # see _register


def _register(pg: Page) -> None:
    """The register on landscape pages: two header rows (the groups over their columns), one row
    a risk, the controls wrapped in the last column; when a page is full the rows run on at the
    top of the next page with no header."""
    pg.new(landscape(A4))
    c = pg.c
    pg.text(40, REG_TITLE, BOLDF, 12)
    pg.y -= 24
    groups = ((REG_X[3], REG_X[6], "Inherent"), (REG_X[6], REG_X[9], "Current"))
    c.setFont(BOLDF, 8)
    for x0, x1, name in groups:
        c.drawCentredString((x0 + x1) / 2 - 8, pg.y, name)
    pg.gold.line("Inherent Current")
    pg.y -= 11
    heads = ("Ref", "Risk", "Risk owner", "L", "I", "Score", "L", "I", "Score", "Previous", "Target", "Direction",
             "Main controls and further actions")
    for x, h in zip(REG_X, heads, strict=False):
        c.drawString(x, pg.y, h)
    pg.gold.line(" ".join(heads))
    c.line(40, pg.y - 4, 805, pg.y - 4)
    pg.y -= 16
    for ref, risk, owner, il, ii, cl, ci, prev, target, direction, controls in REGISTER:
        note = simpleSplit(controls, FONT, 8, REG_X[13] - REG_X[12])
        name = simpleSplit(risk, FONT, 8, REG_X[2] - REG_X[1] - 6)
        rows = max(len(note), len(name))
        if pg.y - rows * 12 < 60:
            pg.new(landscape(A4))
            pg.y -= 4
        cells = [ref, risk, owner, str(il), str(ii), str(il * ii), str(cl), str(ci), str(cl * ci), prev, str(target),
                 direction]
        c.setFont(FONT, 8)
        for k, (x, v) in enumerate(zip(REG_X, cells, strict=False)):
            if k == 1:
                for j, ln in enumerate(name):
                    c.drawString(x, pg.y - j * 12, ln)
            else:
                c.drawString(x, pg.y, v)
        for j, ln in enumerate(note):
            c.drawString(REG_X[12], pg.y - j * 12, ln)
        pg.gold.line(" ".join(cells))
        for ln in note:
            pg.gold.line(ln)
        pg.y -= rows * 12 + 28
        c.setLineWidth(0.25)
        c.line(40, pg.y + 18, 805, pg.y + 18)
    pg.y -= 8
    pg.text(40, "L: likelihood; I: impact; each scored 1 to 5. Score = L x I. Target: the score expected by 31 March "
                "2027.", FONT, 7.5)


def build_risk(path: str, gold: Gold) -> None:
    pg = Page(str(Path(path)), gold)
    pg.new()
    pg.text(50, STOURWICK, BOLDF, 14)
    pg.y -= 22
    pg.text(50, RISK_TITLE, BOLDF, 16)
    pg.y -= 30
    for label, value in FRONT:
        pg.text(50, label, BOLDF, 10)
        out = simpleSplit(value, FONT, 10, 545 - 170)
        for j, ln in enumerate(out):
            pg.c.setFont(FONT, 10)
            pg.c.drawString(170, pg.y - j * 13, ln)
            pg.gold.line(ln)
        pg.gold.add("cover", label=label, value=value, page=1)
        pg.y -= 13 * len(out) + 4
    pg.y -= 12
    n = 1
    for heading, paras, cols in SECTIONS:
        _heading(pg, heading)
        if cols == 2:
            n = _two_columns(pg, n, paras, heading)
        else:
            for s in paras:
                _para(pg, n, s, heading, 50, 495)
                n += 1
    _register(pg)
    pg.c.showPage()
    pg.c.save()
    gold.add("meta", council=STOURWICK, date="2026-02-10")


# --- gold ------------------------------------------------------------------------------------

R = RISK


def _register_items() -> list[dict[str, Any]]:
    out = []
    for ref, risk, _owner, il, ii, cl, ci, prev, target, direction, _controls in REGISTER:
        cells = [ref, risk, _owner, str(il), str(ii), str(il * ii), str(cl), str(ci), str(cl * ci), prev, str(target),
                 direction]
        name = risk.lower()
        figs = [count(str(il), il, f"{name} inherent likelihood"), count(str(ii), ii, f"{name} inherent impact"),
                count(str(il * ii), il * ii, f"{name} inherent score"),
                count(str(cl), cl, f"{name} current likelihood"), count(str(ci), ci, f"{name} current impact"),
                count(str(cl * ci), cl * ci, f"{name} current score")]
        if prev != "New":
            figs.append(count(prev, int(prev), f"{name} previous score"))
        figs.append(count(str(target), target, f"{name} target score"))
        out.append(fig_item(R, " ".join(cells), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(R, "This report presents the Corporate Risk Register at the end of Quarter 3 of 2025/26 (31 December "
                "2025).", fy("2025/26", 2025), date("31 December 2025", "2025-12-31")),
    fig_item(R, "The register holds ten risks, one more than at Quarter 2: the delivery of the new waste depot has "
                "been added.",
             count("ten", 10, "risks the register holds"), count("one", 1, "more risks than at Quarter 2")),
    fig_item(R, "Four risks are red (a score of 15 or more), six are amber (8 to 14) and none is green (7 or less).",
             count("Four", 4, "red risks"), count("15", 15, "score of a red risk"), count("six", 6, "amber risks"),
             count("8", 8, "lowest score of an amber risk"), count("14", 14, "highest score of an amber risk"),
             count("7", 7, "highest score of a green risk")),
    fig_item(R, "Two scores went up this quarter and two came down.",
             count("Two", 2, "scores that went up"), count("two", 2, "scores that came down")),
    fig_item(R, "That Cabinet notes the register at Appendix 1 and the actions being taken on the four red risks.",
             count("four", 4, "red risks")),
    fig_item(R, "Each risk is scored for likelihood and for impact on a scale of 1 to 5; the risk score is the one "
                "multiplied by the other, so the highest possible score is 25.",
             count("1", 1, "lowest point of the scale"), count("5", 5, "highest point of the scale"),
             count("25", 25, "highest possible risk score")),
    fig_item(R, "the target score is where the owner expects the risk to be by 31 March 2027.",
             date("31 March 2027", "2027-03-31")),
    fig_item(R, "The Council's appetite for risk is lowest for health and safety and for safeguarding, where no risk "
                "should stay above 10, and highest for regeneration, where scores up to 16 are accepted.",
             count("10", 10, "highest score accepted for health and safety and safeguarding"),
             count("16", 16, "highest score accepted for regeneration")),
    fig_item(R, "Financial resilience (CR01) rises from 16 to 20.",
             count("16", 16, "previous financial resilience risk score"), count("20", 20, "financial resilience risk score")),
    fig_item(R, "But the provisional local government finance settlement gave the Council £1.1m less than it had "
                "assumed, and the gap in the 2026/27 budget widened to £2.7m before savings.",
             money("£1.1m", 1_100_000, "settlement less than assumed"), fy("2026/27", 2026),
             money("£2.7m", 2_700_000, "gap in the budget before savings", "2026/27")),
    fig_item(R, "Unallocated general reserves stand at £3.9m, 11 per cent of the net budget, above the minimum of "
                "£3.0m set by the Director of Finance.",
             money("£3.9m", 3_900_000, "unallocated general reserves"),
             pct("11 per cent", 11, "unallocated general reserves as a share of the net budget"),
             money("£3.0m", 3_000_000, "minimum of unallocated general reserves")),
    fig_item(R, "Housing demand (CR03) rises from 12 to 16.",
             count("12", 12, "previous housing demand risk score"), count("16", 16, "housing demand risk score")),
    fig_item(R, "There were 142 households in temporary accommodation on 31 December 2025, up from 97 a year earlier, "
                "nearly half as many again; bed and breakfast costs the Council about £68 a night for each household "
                "placed.",
             count("142", 142, "households in temporary accommodation"), date("31 December 2025", "2025-12-31"),
             count("97", 97, "households in temporary accommodation a year earlier"),
             money("£68", 68, "cost of bed and breakfast a night for each household placed")),
    fig_item(R, "Key contractor failure (CR05) falls from 16 to 12.",
             count("16", 16, "previous key contractor failure risk score"),
             count("12", 12, "key contractor failure risk score")),
    fig_item(R, "The parent company of the grounds maintenance contractor went into administration in August 2025, but "
                "the contract was bought by another firm in October and the service has carried on.",
             date("August 2025", "2025-08")),
    fig_item(R, "Data protection (CR09) falls from 12 to 9.",
             count("12", 12, "previous data protection risk score"), count("9", 9, "data protection risk score")),
    fig_item(R, "Reported data breaches fell to 11 in the quarter from 19 in Quarter 2, and 96% of staff have completed "
                "the annual data protection training against a target of 95%.",
             count("11", 11, "reported data breaches in the quarter"),
             count("19", 19, "reported data breaches in Quarter 2"),
             pct("96%", 96, "staff who completed the annual data protection training"),
             pct("95%", 95, "target for staff completing the annual data protection training")),
    fig_item(R, "The new waste depot (CR10) is added at 12.", count("12", 12, "new waste depot risk score")),
    fig_item(R, "The contract price rose from £8.4m to £9.1m after tender, an increase of 8.3 per cent, and completion "
                "has slipped by three months to June 2026.",
             money("£8.4m", 8_400_000, "waste depot contract price before tender"),
             money("£9.1m", 9_100_000, "waste depot contract price after tender"),
             pct("8.3 per cent", 8.3, "increase in the waste depot contract price"),
             duration("three months", "P3M", "slip in the completion of the waste depot"),
             date("June 2026", "2026-06")),
    fig_item(R, "Cyber attack (CR02) stays at 15.", count("15", 15, "cyber attack risk score")),
    fig_item(R, "The Council's email filters blocked 2.3 million malicious emails in the quarter, and the backup system "
                "is being replaced at a cost of £145,000 by March 2026.",
             count("2.3 million", 2_300_000, "malicious emails blocked in the quarter"),
             money("£145,000", 145_000, "cost of replacing the backup system"), date("March 2026", "2026-03")),
    fig_item(R, "Local government reorganisation (CR06) stays at 16.",
             count("16", 16, "local government reorganisation risk score")),
    fig_item(R, "the option the district councils favour would create two unitary councils of about 400,000 and "
                "520,000 residents, while the county council proposes a single council for all 920,000.",
             count("two", 2, "unitary councils the district councils favour"),
             count("400,000", 400_000, "residents of the smaller unitary council"),
             count("520,000", 520_000, "residents of the larger unitary council"),
             count("920,000", 920_000, "residents of the single council")),
    fig_item(R, "Workforce (CR04) stays at 12.", count("12", 12, "workforce risk score")),
    fig_item(R, "The vacancy rate is 12.4%, down 1.8 points from 14.2% at Quarter 2.",
             pct("12.4%", 12.4, "vacancy rate"), pct("1.8 points", 1.8, "fall in the vacancy rate"),
             pct("14.2%", 14.2, "vacancy rate at Quarter 2")),
    fig_item(R, "Planning and environmental health each have two posts covered by agency staff, costing £46,000 between "
                "them in the quarter.",
             count("two", 2, "posts covered by agency staff in each of planning and environmental health"),
             money("£46,000", 46_000, "cost of agency staff in planning and environmental health in the quarter")),
    fig_item(R, "Flooding (CR07) stays at 12.", count("12", 12, "flooding risk score")),
    fig_item(R, "Storms in early December 2025 flooded 37 homes in Stourwick and Hembury Mill; the Council paid "
                "recovery grants of £500 to each of 29 households.",
             date("December 2025", "2025-12"), count("37", 37, "homes flooded"),
             money("£500", 500, "recovery grant to each household"), count("29", 29, "households paid recovery grants")),
    fig_item(R, "The Council's insurance premiums for 2026/27 rise by 6.5% to £612,000, mainly because of two large "
                "property claims in 2024/25.",
             fy("2026/27", 2026), pct("6.5%", 6.5, "rise in insurance premiums", "2026/27"),
             money("£612,000", 612_000, "insurance premiums", "2026/27"), count("two", 2, "large property claims"),
             fy("2024/25", 2024)),
    *_register_items(),
    fig_item(R, "L: likelihood; I: impact; each scored 1 to 5. Score = L x I. Target: the score expected by 31 March "
                "2027.", count("1", 1, "lowest score for likelihood or impact"),
             count("5", 5, "highest score for likelihood or impact"), date("31 March 2027", "2027-03-31")),
    fig_item(R, REGISTER[0][10],
             money("£1.9m", 1_900_000, "savings programme", "2026/27"), fy("2026/27", 2026)),
    fig_item(R, REGISTER[1][10], date("March 2026", "2026-03")),
    fig_item(R, REGISTER[2][10],
             count("20", 20, "homes purchased for temporary use")),
    fig_item(R, REGISTER[4][10], duration("six months", "P6M")),
    fig_item(R, REGISTER[6][10],
             date("October 2025", "2025-10"), count("six", 6, "villages with flood wardens")),
    fig_item(R, REGISTER[9][10],
             pct("10%", 10, "contingency as a share of the waste depot contract price")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(R, "ORG", STOURWICK),
    ent(R, "COMMITTEE", "Cabinet"),
    ent(R, "PERSON", "Ambrose Ketteridge-Doyle", affiliation=STOURWICK, role="Cabinet Member for Finance and Governance"),
    ent(R, "PERSON", "Priyanka Dalgleish", affiliation=STOURWICK, role="Corporate Risk and Insurance Manager"),
    ent(R, "PERSON", "Rowena Castlemaine-Briggs", affiliation=STOURWICK, role="Chief Executive"),
    ent(R, "ROLE", "Cabinet Member for Finance and Governance"),
    ent(R, "ROLE", "Corporate Risk and Insurance Manager"),
    ent(R, "ROLE", "Chief Executive"),
    ent(R, "ROLE", "Director of Finance"),
    ent(R, "ROLE", "Head of Digital Services"),
    ent(R, "ROLE", "Director of Communities"),
    ent(R, "ROLE", "Head of People"),
    ent(R, "ROLE", "Director of Place"),
    ent(R, "ROLE", "Monitoring Officer"),
    ent(R, "PROGRAMME", "Corporate Risk Register"),
    ent(R, "PROGRAMME", "local government finance settlement"),
    ent(R, "PROGRAMME", "Homelessness prevention fund"),
    ent(R, "GPE", "Stourwick"),
    ent(R, "GPE", "Hembury Mill"),
]
