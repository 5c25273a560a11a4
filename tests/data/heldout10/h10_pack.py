"""The cabinet reports pack of the tenth held-out corpus: an invented district council's agenda
front sheet and two reports in one PDF, each with its own numbered paragraphs and its own
"Appendix A", a running header that names the agenda item and a page number that runs through the
pack. The fees and charges report's Appendix A is a landscape schedule whose header stands on three
rows ("Current" / "Proposed 2026/27" spanning three columns, then the column names, then "£" or
"%"), with a column of units ("per bin a year", "per match"), a VAT status column and charge names
that wrap onto a second line; the productivity plan report's Appendix A is a table of actions in
£000 a year whose header also stands on three rows and whose action names wrap. Every name, place
and figure is made up."""

from __future__ import annotations

from typing import Any

from flow import Flow, Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from reportkit import BODY, SMALL, front_sheet, numbered_report_sections, report_pages, wrapped_title
from reportlab.lib.pagesizes import A4, landscape
from wordpdf import BOLD, REGULAR, Painter, Style

HEAD = Style(font=BOLD, size=11)
TAB = Style(font=REGULAR, size=8.5)

PACK = "pelverton-cabinet-reports-pack-2026-01-21"
PELVERTON = "Pelverton District Council"
PACK_TITLE = "Cabinet – Wednesday 21 January 2026"

_ITEM = {"now": ""}


def _furnish(pp: Painter) -> None:
    """The pack's running header (the meeting left, the agenda item right) and its page number."""
    wide = pp.pagesize[0] > pp.pagesize[1]
    right = 770 if wide else 523
    top = 560 if wide else 805
    pp.line(72 if not wide else 60, top, "Pelverton District Council – Cabinet – 21 January 2026", SMALL)
    if _ITEM["now"]:
        pp.right(right, top, _ITEM["now"], SMALL)
    pp.right(right, 30 if wide else 36, f"Page {pp.page_no}", SMALL)


AGENDA_FRONT = [
    ("Date:", "Wednesday 21 January 2026 at 6.00 pm"),
    ("Place:", "Council Chamber, Pelverton House, Market Street, Pelverton"),
    ("Members:", "Councillors Imogen Ratcliffe-Obi (Leader), Desmond Fairholme-Lund (Deputy Leader), Harriet "
                 "Ezeoke-Bell, Piers Anstruther-Vane and Saoirse Montague"),
    ("Contact:", "Ffion Aldersey, Democratic Services Officer"),
]
AGENDA = [
    ("1.", "Apologies for absence"),
    ("2.", "Declarations of interest"),
    ("3.", "Minutes of the meeting held on 10 December 2025"),
    ("4.", "Questions from the public"),
    ("5.", "Fees and Charges 2026/27 (pages 2 to 4)"),
    ("6.", "Productivity Plan: Progress Report (pages 5 to 7)"),
    ("7.", "Exclusion of the press and public"),
]

# --- item 5: fees and charges ------------------------------------------------------------------

FEES_FRONT = [
    ("Report of:", "Director of Resources"),
    ("Cabinet Member:", "Councillor Desmond Fairholme-Lund, Cabinet Member for Finance and Assets"),
    ("Key decision:", "Yes"),
]
FEES_SECTIONS: list[tuple[str, str, list[tuple[str, str] | str]]] = [
    ("1", "Purpose", [
        ("1.1", "This report proposes the Council's fees and charges for 2026/27, which take effect on 1 April 2026 "
                "unless Appendix A says otherwise."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That Cabinet:"),
        ("(a)", "approves the fees and charges for 2026/27 set out in Appendix A;"),
        ("(b)", "agrees that the garden waste charge rises from £52 to £56 a bin a year;"),
        ("(c)", "delegates to the Director of Resources, after consulting the Cabinet Member for Finance and Assets, "
                "changes to any charge of less than £5 during the year."),
    ]),
    ("3", "Background", [
        ("3.1", "The Council's discretionary charges bring in about £4.31m a year, roughly one pound in every seven "
                "of the net revenue budget of £30.2m."),
        ("3.2", "The Medium Term Financial Strategy assumes that charges rise with the Consumer Prices Index (CPI) "
                "of September 2025, which was 3.8 per cent. Most charges in Appendix A go up by between 3.5% and "
                "4.5%; rounding to the nearest 50p explains the spread."),
        ("3.3", "Some charges are set by law, such as the fee for an official land charges search, and are shown "
                "for information only."),
    ]),
    ("4", "The main changes", [
        ("4.1", "Garden waste: 11,840 households subscribe this year, about a third of those who could. A charge "
                "of £56 is still £4 below the average of £60 made by the five neighbouring councils. The rise of "
                "£4 (7.7%) brings in a further £47,000 if take-up holds."),
        ("4.2", "Bulky waste: the charge for up to three items rises by £1.50 to £29.50. Residents who receive "
                "council tax support pay half."),
        ("4.3", "Cemeteries: burial fees go up by 4.5%, the first rise in two years. An adult's grave in the new "
                "section of Sorrel Lane Cemetery will cost a resident £1,120; people from outside the district pay "
                "double."),
        ("4.4", "Pest control: treating rats and mice in homes stays free, but a wasps' nest goes up to £68 a "
                "treatment. Some 1,450 treatments were carried out last year, three in five of them for rats."),
        ("4.5", "Sports pitches: hiring an adult football pitch goes up by 3.6%, to £57.00 a match; junior pitches "
                "stay at £24.00 to support grassroots clubs."),
    ]),
    ("5", "Financial implications", [
        ("5.1", "Taken together, the charges are expected to bring in £4.49m in 2026/27, an increase of £181,000, "
                "or 4.2 per cent, on the 2025/26 budget. That is £23,000 more than the £158,000 the Medium Term "
                "Financial Strategy assumed."),
        ("5.2", "If a tenth of garden waste subscribers left, income would be about £66,000 lower."),
        ("5.3", "An Equality Impact Assessment found that no group is worse affected, given the half-price bulky "
                "waste collections for households on council tax support, which 2,310 households used in 2025/26."),
        ("5.4", "Report author: Lorcan Abersoch-Price, Finance Business Partner."),
    ]),
]

# Appendix A: (group, [(charge, unit, current incl. VAT, proposed excl. VAT, VAT, proposed incl. VAT, change %,
# VAT status)]); "–" is no VAT, "Free" no charge
FEE_GROUPS: list[tuple[str, list[tuple[str, ...]]]] = [
    ("Waste and recycling", [
        ("Garden waste collection (brown bin)", "per bin a year", "52.00", "56.00", "–", "56.00", "7.7", "O"),
        ("Second garden waste bin at the same address", "per bin a year", "40.00", "43.00", "–", "43.00", "7.5", "O"),
        ("Bulky waste collection of household items", "per collection", "28.00", "29.50", "–", "29.50", "5.4", "O"),
        ("Replacement wheeled bin, delivered", "each", "31.00", "32.50", "–", "32.50", "4.8", "O"),
        ("Commercial waste, large wheeled bin", "per lift", "14.60", "15.20", "–", "15.20", "4.1", "O"),
    ]),
    ("Bereavement services", [
        ("Adult grave, new section, resident", "each", "1,072.00", "1,120.00", "–", "1,120.00", "4.5", "E"),
        ("Adult grave, new section, non-resident", "each", "2,144.00", "2,240.00", "–", "2,240.00", "4.5", "E"),
        ("Interment of ashes", "each", "186.00", "194.00", "–", "194.00", "4.3", "E"),
        ("Memorial permit for a new headstone or kerb set", "each", "152.00", "159.00", "–", "159.00", "4.6", "E"),
    ]),
    ("Pest control", [
        ("Rats and mice, domestic premises", "per treatment", "Free", "Free", "–", "Free", "–", "S"),
        ("Wasps' nest, domestic premises", "per treatment", "65.00", "56.67", "11.33", "68.00", "4.6", "S"),
        ("Commercial premises, officer's time", "per hour", "78.00", "67.50", "13.50", "81.00", "3.8", "S"),
    ]),
    ("Parks and open spaces", [
        ("Adult football pitch with changing rooms", "per match", "55.00", "57.00", "–", "57.00", "3.6", "E"),
        ("Junior football pitch", "per match", "24.00", "24.00", "–", "24.00", "0.0", "E"),
        ("Allotment plot, full size", "per plot a year", "86.00", "90.00", "–", "90.00", "4.7",
         "E"),
        ("Commercial event in a park, first day", "per day", "420.00", "362.50", "72.50", "435.00", "3.6", "S"),
    ]),
    ("Land charges", [
        ("Official search of the register (statutory)", "per search", "25.00", "25.00", "–", "25.00", "0.0", "O"),
        ("Standard enquiries of the Council, residential", "per search", "118.00", "101.67", "20.33", "122.00", "3.4",
         "S"),
    ]),
]
FEE_TITLE = "Appendix A: Fees and charges 2026/27"
# the header's three rows: (text, x where it is set, right-aligned?) per row; "Proposed 2026/27" spans three
FEE_X = (60, 262, 420, 492, 548, 620, 676, 770)  # charge left, unit left, then each figure column's right edge
FEE_COLS = ("Current 2025/26 £", "Proposed excl. VAT £", "Proposed VAT £", "Proposed incl. VAT £", "Change %")
FEE_LABELS = ("current charge", "proposed charge excluding VAT", "VAT on the proposed charge",
              "proposed charge including VAT", "change in the charge")
FEE_PERIODS = ("2025/26", "2026/27", "2026/27", "2026/27", "2026/27")


def fee_table(f: Flow) -> None:
    """The landscape schedule: a title and a key line, the header on three rows, each group's name
    in bold on a row of its own, then its charges; a charge's name wraps within its column, its
    figures stand on its first line."""
    p, lead = f.p, 11.5
    head = TAB.bold()
    p.line(FEE_X[0], f.y, FEE_TITLE, HEAD)
    f.gold.line(FEE_TITLE)
    f.y -= lead * 1.8
    top = f.y + TAB.size
    rows = [
        (("", 0, False), ("", 0, False), ("Current", FEE_X[2], True), ("Proposed 2026/27", 584, None)),
        (("Charge", FEE_X[0], False), ("Unit", FEE_X[1], False), ("2025/26", FEE_X[2], True),
         ("Excl. VAT", FEE_X[3], True), ("VAT", FEE_X[4], True), ("Incl. VAT", FEE_X[5], True),
         ("Change", FEE_X[6], True), ("VAT", FEE_X[7], True)),
        (("", 0, False), ("", 0, False), ("£", FEE_X[2], True), ("£", FEE_X[3], True), ("£", FEE_X[4], True),
         ("£", FEE_X[5], True), ("%", FEE_X[6], True), ("status", FEE_X[7], True)),
    ]
    for cells in rows:
        for text, x, right in cells:
            if not text:
                continue
            if right is None:
                p.centre(x, f.y, text, head)
            elif right:
                p.right(x, f.y, text, head)
            else:
                p.line(x, f.y, text, head)
        f.gold.line(" ".join(c[0] for c in cells if c[0]))
        f.y -= lead
    p.rule(FEE_X[0], f.y + lead * 0.7, FEE_X[-1], f.y + lead * 0.7)
    for group, charges in FEE_GROUPS:
        p.line(FEE_X[0], f.y, group, head)
        f.gold.line(group)
        f.y -= lead
        for charge, unit, *vals, vat in charges:
            label = p.wrap(charge, TAB, FEE_X[1] - FEE_X[0] - 12)
            for k, ln in enumerate(label):
                p.line(FEE_X[0], f.y - k * lead, ln, TAB)
            p.line(FEE_X[1], f.y, unit, TAB)
            for x, v in zip(FEE_X[2:7], vals, strict=True):
                p.right(x, f.y, v, TAB)
            p.right(FEE_X[7] - 10, f.y, vat, TAB)
            f.gold.line(" ".join([charge, unit, *vals, vat]))
            for v, col, per in zip(vals, FEE_COLS, FEE_PERIODS, strict=False):
                if v[0].isdigit() and not col.endswith("%"):
                    f.gold.add("cell", table=FEE_TITLE, row=charge, column=col, period=per, surface=v,
                               value=float(v.replace(",", "")), unit="GBP")
            f.y -= lead * len(label)
            p.rule(FEE_X[0], f.y + lead * 0.7, FEE_X[-1], f.y + lead * 0.7, 0.25)
    p.box(FEE_X[0] - 4, f.y + lead * 0.7, FEE_X[-1] - FEE_X[0] + 8, top - f.y - lead * 0.7 + 4)
    f.y -= lead * 0.6
    for note in ("VAT status: S standard rated at 20%; E exempt; O outside the scope of VAT. A dash means no VAT is "
                 "charged. Current charges include any VAT.",):
        p.line(FEE_X[0], f.y, note, SMALL)
        f.gold.line(note)
        f.y -= lead


# --- item 6: the productivity plan -------------------------------------------------------------

PROD_FRONT = [
    ("Report of:", "Director of Resources"),
    ("Cabinet Member:", "Councillor Imogen Ratcliffe-Obi, Leader of the Council"),
    ("Key decision:", "No"),
]
PROD_SECTIONS: list[tuple[str, str, list[tuple[str, str] | str]]] = [
    ("1", "Purpose", [
        ("1.1", "This report tells Cabinet how far the Council has got with the nine actions of its Productivity "
                "Plan, sent to the Ministry of Housing, Communities and Local Government (MHCLG) in July 2024, and "
                "what they had saved by 31 December 2025."),
    ]),
    ("2", "Recommendation", [
        ("2.1", "That Cabinet notes the progress in Appendix A and agrees that the two actions that have stalled "
                "are replaced as set out in section 5."),
    ]),
    ("3", "What the plan has saved", [
        ("3.1", "The plan aimed to save £1.2m a year by 2026/27."),
        ("3.2", "By the end of December 2025 the actions had delivered savings of £742,000 a year, just over three "
                "fifths of the aim; a further £310,000 is expected by March 2027, leaving a gap of about £150,000."),
        ("3.3", "Online forms now take 64 per cent of requests for service, up from 41 per cent when the plan was "
                "written, a rise of 23 percentage points. Calls to the contact centre fell by a quarter, from "
                "118,400 in 2023/24 to 88,900 in 2024/25."),
        ("3.4", "Since April 2025 a building control team shared with Wrexley Borough Council has saved each council "
                "about £85,000 a year; its 14 surveyors dealt with 2,960 applications by the end of December 2025."),
        ("3.5", "Moving the Council's staff from three buildings into Pelverton House allowed Ashdown Court to be "
                "sold. It fetched £1.65m in November 2025, £150,000 more than its valuation, and running costs "
                "fall by £212,000 a year."),
        ("3.6", "Sickness absence fell from 9.6 days per employee in 2023/24 to 7.9 days in the year to December "
                "2025, close to the target of 7.5 days."),
    ]),
    ("4", "Staff and technology", [
        ("4.1", "Spending on agency staff was £1.34m in 2024/25, twice what was budgeted, and is forecast at "
                "£880,000 for 2025/26, a fall of about a third."),
        ("4.2", "New software for housing benefit claims has cut the average time to decide a new claim from 24 days "
                "to 16 days. It cost £96,000 to install and costs £21,000 a year in licences."),
        ("4.3", "Forty-two staff have finished the automation training. They have built 19 automated processes that "
                "together save an estimated 6,200 hours of staff time a year."),
        "ACTIONS",
    ]),
    ("5", "Actions that have stalled", [
        ("5.1", "Two actions have not moved: a fleet workshop shared with the county council, which withdrew in "
                "October 2025, and a shared legal service, for which no partner has been found. Officers propose "
                "to replace them with a review of the Council's 27 largest service contracts, expected to save "
                "between £90,000 and £120,000 a year."),
        ("5.2", "Report author: Marisol Pennington-Aziz, Head of Transformation. Director of Resources: Gideon "
                "Lockwood-Mensah."),
    ]),
]
# (action, planned £000 a year, delivered £000 a year, status)
ACTIONS = [
    ("Online forms and a customer portal", 260, 214, "On track"),
    ("Contact centre opening hours and staffing", 180, 165, "Complete"),
    ("Building control shared with Wrexley Borough Council", 85, 85, "Complete"),
    ("One office building (Pelverton House)", 212, 212, "Complete"),
    ("Housing benefit claims software", 60, 38, "On track"),
    ("Automation of back-office processes", 140, 28, "On track"),
    ("Fewer agency staff (savings from 2026/27)", 160, 0, "On track"),
    ("Fleet workshop shared with the county council", 55, 0, "Stalled"),
    ("Shared legal service", 48, 0, "Stalled"),
]
ACT_TITLE = "Appendix A: Progress against the Productivity Plan's actions at 31 December 2025"
ACT_X = (72, 96, 330, 400, 470, 523)  # number, action (left), planned and delivered right edges, status left


def _k(v: int) -> str:
    return f"{v:,}" if v else "–"


def action_table(f: Flow) -> None:
    """Appendix A of item 6 on a page of its own: the header on three rows ("Saving" / "planned"
    / "£000 a year"), actions wrapped in their column, a total row."""
    f.page()
    p, lead = f.p, 12.0
    head = TAB.bold()
    p.line(ACT_X[0], f.y, ACT_TITLE, HEAD)
    f.gold.line(ACT_TITLE)
    f.y -= lead * 2
    top = f.y + TAB.size
    for k, (a, b, c, d) in enumerate((("", "Saving", "Saving", ""), ("Action", "planned", "delivered", "Status"),
                                      ("", "£000 a year", "£000 a year", ""))):
        if k == 1:
            p.line(ACT_X[0], f.y, "No.", head)
            p.line(ACT_X[1], f.y, a, head)
            p.line(ACT_X[4], f.y, d, head)
        if b:
            p.right(ACT_X[2], f.y, b, head)
            p.right(ACT_X[3], f.y, c, head)
        f.gold.line(" ".join(x for x in (("No." if k == 1 else ""), a, b, c, d) if x))
        f.y -= lead
    p.rule(ACT_X[0], f.y + lead * 0.7, ACT_X[-1], f.y + lead * 0.7)
    rows = [(str(n), *a) for n, a in enumerate(ACTIONS, 1)]
    rows.append(("", "Total", sum(a[1] for a in ACTIONS), sum(a[2] for a in ACTIONS), ""))
    for num, action, planned, delivered, status in rows:
        st = head if action == "Total" else TAB
        label = p.wrap(action, st, ACT_X[2] - ACT_X[1] - 70)
        if num:
            p.line(ACT_X[0], f.y, num, st)
        for k, ln in enumerate(label):
            p.line(ACT_X[1], f.y - k * lead, ln, st)
        cells = [_k(planned), _k(delivered)]
        p.right(ACT_X[2], f.y, cells[0], st)
        p.right(ACT_X[3], f.y, cells[1], st)
        if status:
            p.line(ACT_X[4], f.y, status, st)
        f.gold.line(" ".join(x for x in (num, action, *cells, status) if x))
        for c, v, col in zip(cells, (planned, delivered), ("Saving planned £000 a year", "Saving delivered £000 a year"),
                             strict=True):
            if v:
                f.gold.add("cell", table=ACT_TITLE, row=action, column=col, period=None, surface=c, value=v * 1000.0,
                           unit="GBP")
        f.y -= lead * len(label)
        p.rule(ACT_X[0], f.y + lead * 0.7, ACT_X[-1], f.y + lead * 0.7, 0.25)
    p.box(ACT_X[0] - 4, f.y + lead * 0.7, ACT_X[-1] - ACT_X[0] + 8, top - f.y - lead * 0.7 + 4)
    f.y -= lead


def _report(f: Flow, item: str, title: str, front: list[tuple[str, str]],
            sections: list[tuple[str, str, list[tuple[str, str] | str]]], tables: dict[str, Any]) -> None:
    _ITEM["now"] = f"Agenda item {item}"
    f.page(A4)
    f.p.line(f.left, f.y, f"Agenda item {item}", SMALL.bold())
    f.gold.line(f"Agenda item {item}")
    f.y -= 20
    wrapped_title(f, (PELVERTON, title), (12, 15), head=HEAD)
    front_sheet(f, front, value_x=175)
    numbered_report_sections(f, sections, head=HEAD, tables=tables)


def build_pack(path: str, gold: Gold) -> None:
    _ITEM["now"] = ""
    f = report_pages(path, gold, PACK_TITLE, 101, _furnish)
    wrapped_title(f, (PELVERTON, "Cabinet", "Agenda"), (16, 14, 13), head=HEAD)
    front_sheet(f, AGENDA_FRONT, value_x=150)
    for number, text in AGENDA:
        f.numbered(number, text, BODY, num_x=f.left, x=f.left + 28, after=5)
    f.para("Alasdair Fenwright-Coles, Chief Executive, 13 January 2026", BODY, after=6)
    _report(f, "5", "Fees and Charges 2026/27", FEES_FRONT, FEES_SECTIONS, {})

    # Appendix A of item 5 on a landscape page, then back to portrait
    f.left, f.right, f.top, f.bottom = 60.0, 770.0, 530.0, 50.0
    f.page(landscape(A4))
    fee_table(f)
    f.left, f.right, f.top, f.bottom = 72.0, 523.0, 770.0, 72.0
    _report(f, "6", "Productivity Plan: Progress Report", PROD_FRONT, PROD_SECTIONS, {"ACTIONS": _actions_at_end})
    action_table(f)
    f.p.save()
    gold.add("meta", council=PELVERTON, date="2026-01-21")


def _actions_at_end(f: Flow) -> None:
    """Paragraph 4.3 is followed in the report by a pointer to the appendix, not the table itself."""
    f.para("Appendix A shows each action's planned and delivered saving.", BODY, x=f.left + 30)


# --- gold ------------------------------------------------------------------------------------

P = PACK


def _fee_items() -> list[dict[str, Any]]:
    out = []
    for _group, charges in FEE_GROUPS:
        for charge, unit, *vals, vat in charges:
            figs = []
            for v, lab, per in zip(vals, FEE_LABELS, FEE_PERIODS, strict=True):
                if not v[0].isdigit():
                    continue
                num = float(v.replace(",", ""))
                if lab.startswith("change"):
                    figs.append(pct(v, num, f"{charge} {lab}", per))
                else:
                    figs.append(money(v, num, f"{charge} {lab} {unit}", per))
            out.append(fig_item(P, " ".join([charge, unit, *vals, vat]), *figs))
    return out


def _action_items() -> list[dict[str, Any]]:
    out = []
    rows = [(str(n), *a) for n, a in enumerate(ACTIONS, 1)]
    rows.append(("", "Total", sum(a[1] for a in ACTIONS), sum(a[2] for a in ACTIONS), ""))
    for num, action, planned, delivered, status in rows:
        cells = [_k(planned), _k(delivered)]
        name = "all actions" if action == "Total" else action
        figs = [money(c, v * 1000.0, f"{name} saving {lab} a year")
                for c, v, lab in zip(cells, (planned, delivered), ("planned", "delivered"), strict=True) if v]
        if "2026/27" in action:
            figs.append(fy("2026/27", 2026))
        out.append(fig_item(P, " ".join(x for x in (num, action, *cells, status) if x), *figs, context_unit="£000"))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(P, "Minutes of the meeting held on 10 December 2025", date("10 December 2025", "2025-12-10")),
    fig_item(P, "This report proposes the Council's fees and charges for 2026/27, which take effect on 1 April 2026 "
                "unless Appendix A says otherwise.",
             fy("2026/27", 2026), date("1 April 2026", "2026-04-01")),
    fig_item(P, "agrees that the garden waste charge rises from £52 to £56 a bin a year;",
             money("£52", 52, "garden waste charge a bin a year"), money("£56", 56, "garden waste charge a bin a year")),
    fig_item(P, "changes to any charge of less than £5 during the year.",
             money("£5", 5, "change to any charge delegated")),
    fig_item(P, "The Council's discretionary charges bring in about £4.31m a year, roughly one pound in every seven "
                "of the net revenue budget of £30.2m.",
             money("£4.31m", 4_310_000, "income from discretionary charges a year"),
             money("£30.2m", 30_200_000, "net revenue budget")),
    fig_item(P, "The Medium Term Financial Strategy assumes that charges rise with the Consumer Prices Index (CPI) of "
                "September 2025, which was 3.8 per cent.",
             date("September 2025", "2025-09"), pct("3.8 per cent", 3.8, "Consumer Prices Index (CPI)")),
    fig_item(P, "Most charges in Appendix A go up by between 3.5% and 4.5%; rounding to the nearest 50p explains the "
                "spread.",
             pct("3.5%", 3.5, "rise in most charges", "2026/27"), pct("4.5%", 4.5, "rise in most charges", "2026/27"),
             money("50p", 0.5, "rounding of charges")),
    fig_item(P, "Garden waste: 11,840 households subscribe this year, about a third of those who could.",
             count("11,840", 11840, "households subscribing to garden waste")),
    fig_item(P, "A charge of £56 is still £4 below the average of £60 made by the five neighbouring councils.",
             money("£56", 56, "garden waste charge"), money("£4", 4, "garden waste charge below the average"),
             money("£60", 60, "average garden waste charge of the neighbouring councils"),
             count("five", 5, "neighbouring councils")),
    fig_item(P, "The rise of £4 (7.7%) brings in a further £47,000 if take-up holds.",
             money("£4", 4, "rise in the garden waste charge"), pct("7.7%", 7.7, "rise in the garden waste charge"),
             money("£47,000", 47_000, "further income from the garden waste rise")),
    fig_item(P, "Bulky waste: the charge for up to three items rises by £1.50 to £29.50.",
             count("three", 3, "items in a bulky waste collection"),
             money("£1.50", 1.5, "rise in the bulky waste charge"), money("£29.50", 29.5, "bulky waste charge")),
    fig_item(P, "Cemeteries: burial fees go up by 4.5%, the first rise in two years.",
             pct("4.5%", 4.5, "rise in burial fees"), count("two", 2, "years since the last rise")),
    fig_item(P, "An adult's grave in the new section of Sorrel Lane Cemetery will cost a resident £1,120; people from "
                "outside the district pay double.",
             money("£1,120", 1120, "adult's grave in the new section for a resident")),
    fig_item(P, "Pest control: treating rats and mice in homes stays free, but a wasps' nest goes up to £68 a "
                "treatment.",
             money("£68", 68, "wasps' nest charge a treatment")),
    fig_item(P, "Some 1,450 treatments were carried out last year, three in five of them for rats.",
             count("1,450", 1450, "pest control treatments carried out")),
    fig_item(P, "Sports pitches: hiring an adult football pitch goes up by 3.6%, to £57.00 a match; junior pitches stay "
                "at £24.00 to support grassroots clubs.",
             pct("3.6%", 3.6, "rise in adult football pitch hire"),
             money("£57.00", 57, "adult football pitch hire a match"), money("£24.00", 24, "junior pitch hire")),
    fig_item(P, "Taken together, the charges are expected to bring in £4.49m in 2026/27, an increase of £181,000, or "
                "4.2 per cent, on the 2025/26 budget.",
             money("£4.49m", 4_490_000, "income expected from charges", "2026/27"), fy("2026/27", 2026),
             money("£181,000", 181_000, "increase in income from charges", "2026/27"),
             pct("4.2 per cent", 4.2, "increase in income from charges", "2026/27"), fy("2025/26", 2025)),
    fig_item(P, "That is £23,000 more than the £158,000 the Medium Term Financial Strategy assumed.",
             money("£23,000", 23_000, "income more than the Medium Term Financial Strategy assumed", "2026/27"),
             money("£158,000", 158_000, "increase the Medium Term Financial Strategy assumed", "2026/27")),
    fig_item(P, "If a tenth of garden waste subscribers left, income would be about £66,000 lower.",
             money("£66,000", 66_000, "fall in garden waste income if a tenth of subscribers left")),
    fig_item(P, "which 2,310 households used in 2025/26.",
             count("2,310", 2310, "households using half-price bulky waste collections", "2025/26"),
             fy("2025/26", 2025)),
    *_fee_items(),
    fig_item(P, "VAT status: S standard rated at 20%; E exempt; O outside the scope of VAT.",
             pct("20%", 20, "standard rate of VAT")),
    # item 6
    fig_item(P, "This report tells Cabinet how far the Council has got with the nine actions of its Productivity Plan, "
                "sent to the Ministry of Housing, Communities and Local Government (MHCLG) in July 2024, and what they "
                "had saved by 31 December 2025.",
             count("nine", 9, "actions of the Productivity Plan"), date("July 2024", "2024-07"),
             date("31 December 2025", "2025-12-31")),
    fig_item(P, "That Cabinet notes the progress in Appendix A and agrees that the two actions that have stalled are "
                "replaced as set out in section 5.",
             count("two", 2, "actions that have stalled")),
    fig_item(P, "The plan aimed to save £1.2m a year by 2026/27.",
             money("£1.2m", 1_200_000, "savings the plan aimed for a year", "2026/27"), fy("2026/27", 2026)),
    fig_item(P, "By the end of December 2025 the actions had delivered savings of £742,000 a year, just over three "
                "fifths of the aim; a further £310,000 is expected by March 2027, leaving a gap of about £150,000.",
             date("December 2025", "2025-12"), money("£742,000", 742_000, "savings delivered a year"),
             money("£310,000", 310_000, "further savings expected"), date("March 2027", "2027-03"),
             money("£150,000", 150_000, "gap in savings")),
    fig_item(P, "Online forms now take 64 per cent of requests for service, up from 41 per cent when the plan was "
                "written, a rise of 23 percentage points.",
             pct("64 per cent", 64, "requests for service taken by online forms"),
             pct("41 per cent", 41, "requests for service taken by online forms when the plan was written"),
             pct("23 percentage points", 23, "rise in requests for service taken by online forms")),
    fig_item(P, "Calls to the contact centre fell by a quarter, from 118,400 in 2023/24 to 88,900 in 2024/25.",
             count("118,400", 118_400, "calls to the contact centre", "2023/24"), fy("2023/24", 2023),
             count("88,900", 88_900, "calls to the contact centre", "2024/25"), fy("2024/25", 2024)),
    fig_item(P, "Since April 2025 a building control team shared with Wrexley Borough Council has saved each council "
                "about £85,000 a year; its 14 surveyors dealt with 2,960 applications by the end of December 2025.",
             date("April 2025", "2025-04"), money("£85,000", 85_000, "saving for each council from the shared building "
                                                  "control team a year"),
             count("14", 14, "surveyors in the shared building control team"),
             count("2,960", 2960, "building control applications"), date("December 2025", "2025-12")),
    fig_item(P, "It fetched £1.65m in November 2025, £150,000 more than its valuation, and running costs fall by "
                "£212,000 a year.",
             money("£1.65m", 1_650_000, "sale of Ashdown Court"), date("November 2025", "2025-11"),
             money("£150,000", 150_000, "sale more than its valuation"),
             money("£212,000", 212_000, "fall in running costs a year")),
    fig_item(P, "Sickness absence fell from 9.6 days per employee in 2023/24 to 7.9 days in the year to December 2025, "
                "close to the target of 7.5 days.",
             duration("9.6 days", "P9.6D", "sickness absence per employee"), fy("2023/24", 2023),
             duration("7.9 days", "P7.9D", "sickness absence per employee"), date("December 2025", "2025-12"),
             duration("7.5 days", "P7.5D", "target for sickness absence per employee")),
    fig_item(P, "Spending on agency staff was £1.34m in 2024/25, twice what was budgeted, and is forecast at £880,000 "
                "for 2025/26, a fall of about a third.",
             money("£1.34m", 1_340_000, "spending on agency staff", "2024/25"), fy("2024/25", 2024),
             money("£880,000", 880_000, "spending on agency staff forecast", "2025/26"), fy("2025/26", 2025)),
    fig_item(P, "New software for housing benefit claims has cut the average time to decide a new claim from 24 days to "
                "16 days.",
             duration("24 days", "P24D", "average time to decide a new housing benefit claim"),
             duration("16 days", "P16D", "average time to decide a new housing benefit claim")),
    fig_item(P, "It cost £96,000 to install and costs £21,000 a year in licences.",
             money("£96,000", 96_000, "cost to install the housing benefit software"),
             money("£21,000", 21_000, "licences a year")),
    fig_item(P, "Forty-two staff have finished the automation training.",
             count("Forty-two", 42, "staff who finished the automation training")),
    fig_item(P, "They have built 19 automated processes that together save an estimated 6,200 hours of staff time a "
                "year.",
             count("19", 19, "automated processes built"), duration("6,200 hours", "PT6200H", "staff time saved a year")),
    fig_item(P, "Two actions have not moved: a fleet workshop shared with the county council, which withdrew in "
                "October 2025, and a shared legal service, for which no partner has been found.",
             count("Two", 2, "actions that have not moved"), date("October 2025", "2025-10")),
    fig_item(P, "Officers propose to replace them with a review of the Council's 27 largest service contracts, expected "
                "to save between £90,000 and £120,000 a year.",
             count("27", 27, "largest service contracts reviewed"),
             money("£90,000", 90_000, "saving expected from the review of service contracts a year"),
             money("£120,000", 120_000, "saving expected from the review of service contracts a year")),
    *_action_items(),
]

ENTITIES: list[dict[str, Any]] = [
    ent(P, "ORG", PELVERTON),
    ent(P, "COMMITTEE", "Cabinet"),
    ent(P, "PERSON", "Imogen Ratcliffe-Obi", affiliation=PELVERTON, role="Leader of the Council"),
    ent(P, "PERSON", "Desmond Fairholme-Lund", affiliation=PELVERTON, role="Cabinet Member for Finance and Assets"),
    ent(P, "PERSON", "Harriet Ezeoke-Bell", affiliation=PELVERTON),
    ent(P, "PERSON", "Piers Anstruther-Vane", affiliation=PELVERTON),
    ent(P, "PERSON", "Saoirse Montague", affiliation=PELVERTON),
    ent(P, "PERSON", "Ffion Aldersey", affiliation=PELVERTON, role="Democratic Services Officer"),
    ent(P, "PERSON", "Alasdair Fenwright-Coles", affiliation=PELVERTON, role="Chief Executive"),
    ent(P, "PERSON", "Lorcan Abersoch-Price", affiliation=PELVERTON, role="Finance Business Partner"),
    ent(P, "PERSON", "Marisol Pennington-Aziz", affiliation=PELVERTON, role="Head of Transformation"),
    ent(P, "PERSON", "Gideon Lockwood-Mensah", affiliation=PELVERTON, role="Director of Resources"),
    ent(P, "ROLE", "Leader of the Council"),
    ent(P, "ROLE", "Deputy Leader"),
    ent(P, "ROLE", "Cabinet Member for Finance and Assets"),
    ent(P, "ROLE", "Director of Resources"),
    ent(P, "ROLE", "Chief Executive"),
    ent(P, "ROLE", "Democratic Services Officer"),
    ent(P, "ROLE", "Finance Business Partner"),
    ent(P, "ROLE", "Head of Transformation"),
    ent(P, "PROGRAMME", "Productivity Plan"),
    ent(P, "PROGRAMME", "Medium Term Financial Strategy"),
    ent(P, "PROGRAMME", "Equality Impact Assessment"),
    ent(P, "ACRONYM", "Consumer Prices Index", aliases=("CPI",)),
    ent(P, "ORG", "Ministry of Housing, Communities and Local Government", aliases=("MHCLG",)),
    ent(P, "ORG", "Wrexley Borough Council"),
    ent(P, "GPE", "Pelverton"),
    ent(P, "GPE", "Sorrel Lane Cemetery"),
    ent(P, "GPE", "Ashdown Court"),
    ent(P, "GPE", "Pelverton House"),
]
