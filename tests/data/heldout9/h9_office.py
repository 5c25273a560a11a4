"""The two documents of the ninth held-out corpus that are not PDFs: an invented county council's
annual report on school admissions to a scrutiny committee, written in Word (.docx: a front-sheet
table, Heading 1 sections of plain paragraphs, two tables of offers with a calendar year a column
and percentages printed with their sign in the cells, a table of appeals with a column for each
phase and a total; counts written as words, shares written as fractions beside the percentage,
a cost "for each appeal heard"), and an invented district council's planning committee minutes
as a Modern.gov site serves them (.html: a summary table of decisions whose votes are written
"7–3–1", a schedule of section 106 contributions as a table with a total, an officer
recommendation overturned, a deficit written "-£410,000", appeals and performance). Every name,
place and figure is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import TABLE, WordProps, word_report

# --- the school admissions report (Word) -----------------------------------------------------

ADM = "harnwick-school-admissions-report-scrutiny-2026-06-09"
HARNWICK = "Harnwick County Council"
ADM_TITLE = "School Admissions 2026: Annual Report"
ADM_FRONT = [
    ("Meeting", "Children and Families Scrutiny Committee"),
    ("Date", "9 June 2026"),
    ("Report of", "Director of Children's Services"),
    ("Cabinet Member", "Councillor Ishbel Carrow-Nwosu, Cabinet Member for Education and Skills"),
    ("Purpose", "For information"),
]
YEAR7 = [
    ["", "2024", "2025", "2026"],
    ["On-time applications", "5,861", "5,998", "6,184"],
    ["First preference offered", "85.9%", "86.2%", "87.4%"],
    ["One of top three offered", "95.8%", "96.1%", "96.5%"],
    ["No preference offered", "247", "234", "216"],
]
RECEPTION = [
    ["", "2024", "2025", "2026"],
    ["On-time applications", "5,246", "5,083", "4,917"],
    ["First preference offered", "93.0%", "93.6%", "94.8%"],
    ["One of top three offered", "98.7%", "98.9%", "99.2%"],
    ["No preference offered", "68", "56", "39"],
]
APPEALS = [
    ["", "Primary", "Secondary", "Total"],
    ["Appeals lodged", "187", "642", "829"],
    ["Withdrawn or settled before a hearing", "74", "219", "293"],
    ["Heard by a panel", "113", "423", "536"],
    ["Upheld", "21", "98", "119"],
    ["Upheld (%)", "18.6", "23.2", "22.2"],
]
ADM_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "This report tells the Committee how Reception and Year 7 places for September 2026 were offered, how many "
        "families were given the school they wanted, and what happened at appeal in 2025.",
        "The Council is the admission authority for its own community and voluntary controlled schools and "
        "coordinates admissions for all 271 state-funded schools in the county, most of which are academies.",
    ]),
    ("2. Secondary school places", [
        "On national offer day, 2 March 2026, every one of the 6,184 children who applied on time was offered a "
        "Year 7 place, 3.1% more children than last year. Of them, 5,402 (87.4%) were offered their first "
        "preference and 5,968 (96.5%) one of their top three.",
        "Nationally, 82.9% of families were offered their first preference secondary school in 2025, according to "
        "the Department for Education.",
        "Table 1: Year 7 offers on national offer day",
        TABLE,
        "The 216 children offered none of their preferences were given a place at the nearest school with room. "
        "Most of them live in the south of the county, where two schools each had more than 100 applications they "
        "could not meet.",
        "Twelve schools had more first-preference applications than places; Wealdmoor Academy alone turned away "
        "187 first preferences.",
    ]),
    ("3. Primary school places", [
        "Applications for Reception fell for the third year running, to 4,917, because fewer children are being "
        "born in the county.",
        "Almost nineteen in twenty families (94.8%) were offered their first preference and 99.2% one of their top "
        "three; 39 children were offered none.",
        "Table 2: Reception offers on national offer day",
        TABLE,
        "Falling rolls leave 2,310 Reception places unfilled, 14.2% of the 16,270 on offer. Of the county's 212 "
        "primary schools, 53, a quarter, have more than 10% of their Reception places empty, and seven have more "
        "than half empty.",
        "Each empty place costs a school about £5,100 a year in lost funding, so the Council is consulting on "
        "lowering the published admission numbers of 18 schools from September 2027.",
    ]),
    ("4. Late and in-year applications", [
        "A further 341 Year 7 and 128 Reception applications arrived after the closing date; late applications are "
        "considered only after all on-time ones.",
        "Between September 2025 and March 2026 the Council handled 2,874 in-year applications, a third of them from "
        "families moving into the county. The median time from application to starting at a school was 19 school "
        "days, against 22 days a year earlier.",
        "Under the Fair Access Protocol 96 children who had been out of school were placed, twice as many as the 48 "
        "placed in 2023/24.",
    ]),
    ("5. Appeals", [
        "Table 3: Admission appeals heard in 2025",
        TABLE,
        "Panels upheld 119 of the 536 appeals they heard, 22.2%, slightly more than the 20.4% upheld in 2024. Running "
        "the appeals cost the Council £118,600 in 2025, about £221 for each appeal heard.",
        "Independent panel members are volunteers; they are paid expenses and £45 a session.",
    ]),
    ("6. Next steps", [
        "The Office of the Schools Adjudicator upheld one of the three objections made to the county's arrangements "
        "for September 2027, on the priority given to children of staff, and the arrangements have been changed.",
        "Report author: Priyanka Holloway-Dunne, Head of School Admissions and Transport.",
        "Director of Children's Services: Magnus Trevithick-Oyo.",
    ]),
]
ADM_PROPS = WordProps(author="School Admissions and Transport", title="School Admissions 2026: Annual Report",
                      saved=datetime.datetime(2026, 5, 27, 14, 20, 0), revision=4)


def build_admissions(path: str, gold: Gold) -> None:
    word_report(path, gold, ADM_PROPS, council=HARNWICK, title=ADM_TITLE, front=ADM_FRONT, sections=ADM_SECTIONS,
                tables=(YEAR7, RECEPTION, APPEALS), front_table=True, bold_row=lambda k, _row: k == 0)
    gold.add("meta", council=HARNWICK, date="2026-06-09")


# --- the planning committee minutes (Modern.gov HTML) ----------------------------------------

PLAN = "dunmarsh-planning-committee-minutes-2026-02-11"
DUNMARSH = "Dunmarsh District Council"
PL_TITLE = "Minutes: Planning Committee - Wednesday, 11th February, 2026 6.30 pm"
PL_VENUE = "Venue: Council Chamber, Dunmarsh House, Quay Street, Dunmarsh"
PL_ATTENDANCE = [
    "Present: Councillors Percival Oakenshaw-Lamb (Chair), Imelda Vartanian (Vice-Chair), Cedric Alsop, Juniper "
    "Mbatha-Rowe, Leonard Quayle, Sabine Holroyd, Ferdinand Adeyemi-Blyth, Winston Pargeter, Rhiannon Tewksbury, "
    "Ottilie Marsh-Gathoni, Bartram Ellwood and Yusuf Carbery.",
    "Officers: Delphine Marchbank (Head of Planning), Otis Fairweather-Nkemelu (Principal Planning Officer), "
    "Lucinda Crabtree (Solicitor) and Morwenna Pike (Democratic Services Officer).",
]
DECISIONS = [
    ["Application", "Site", "Homes", "Affordable", "Decision", "Vote (for–against–abstained)"],
    ["25/01873/FUL", "Land west of Haddon Road, Sallowby", "164", "30%", "Approved", "7–3–1"],
    ["25/02210/FUL", "Former Kingsgate Dairy, Quay Street, Dunmarsh", "38", "0%", "Refused", "9–3–0"],
    ["25/02455/HOU", "Marlpit Cottage, Tanners Lane, Dunmarsh", "–", "–", "Approved", "12–0–0"],
]
S106 = [
    ["Obligation", "Amount (£)", "Payable"],
    ["Primary and secondary education", "1,246,800", "On commencement"],
    ["NHS primary care at Sallowby Surgery", "187,350", "On first occupation"],
    ["Off-site sports pitches", "212,000", "On first occupation"],
    ["Bus service subsidy", "450,000", "On completion"],
    ["Travel plan monitoring", "6,150", "On commencement"],
    ["Total", "2,102,300", ""],
]
Block = str | tuple[str, list[list[str]]]
PL_ITEMS: list[tuple[str, str, list[Block]]] = [
    ("61.", "Apologies for absence and substitutes", [
        "Apologies were received from Councillor Hamish Drinkwater; Councillor Yusuf Carbery attended as his "
        "substitute.",
    ]),
    ("62.", "Declarations of interest", [
        "Councillor Sabine Holroyd declared that she is a member of Sallowby Parish Council, which had objected to "
        "application 25/01873/FUL, and took no part in that item.",
    ]),
    ("63.", "Summary of decisions", [
        "The decisions taken at the meeting, and the votes on them, are summarised below.",
        ("Decisions of the Planning Committee, 11 February 2026", DECISIONS),
    ]),
    ("64.", "25/01873/FUL - Land west of Haddon Road, Sallowby", [
        "Full application for 164 homes, a local shop and a children's play area on farmland west of the village, "
        "at 32 homes a hectare. The officer recommendation was to approve subject to a section 106 agreement.",
        "Of the 164 homes, 49 (30%) will be affordable: 34 for social rent and 15 for shared ownership. The Local "
        "Plan asks for 35% on greenfield sites, but the applicant's viability assessment, checked for the Council by "
        "Pennard Viability Consultants, showed that 35% could not be paid for alongside the education contribution.",
        ("Section 106 contributions, 25/01873/FUL", S106),
        "Mr Godfrey Assante-Pym spoke against the application on behalf of Sallowby Parish Council, saying that "
        "the village school already had 31 children on its waiting list. Ms Corinna Vell of Tallis Planning, the "
        "agent, spoke in support.",
        "Harnwick County Council, as local highway authority, had raised no objection subject to a right-turn lane "
        "on Haddon Road, which the developer will build. The Environment Agency had withdrawn its objection after "
        "the drainage strategy was revised.",
        "The recommendation was carried by 7 votes to 3, with 1 abstention.",
        "RESOLVED that planning permission be granted subject to the conditions in the report and a section 106 "
        "agreement securing the affordable housing and the contributions above; if the agreement is not signed "
        "within six months the Head of Planning may refuse the application.",
    ]),
    ("65.", "25/02210/FUL - Former Kingsgate Dairy, Quay Street, Dunmarsh", [
        "Demolition of the dairy buildings and the erection of 38 flats in a block of up to five storeys. The "
        "officer recommended approval without affordable housing, because the applicant's viability assessment "
        "showed a deficit of -£410,000 even with none.",
        "At the meeting the applicant offered a payment of £285,000 in lieu of affordable housing on site. Pennard "
        "Viability Consultants had advised that the scheme could instead carry six affordable flats, worth about "
        "£390,000 to the Council's housing register.",
        "It was moved by Councillor Leonard Quayle and seconded by Councillor Rhiannon Tewksbury that the "
        "application be refused, contrary to the officer recommendation, because it did not provide the affordable "
        "housing the Local Plan requires and because of the height of the block. The motion was carried by 9 votes "
        "to 3.",
        "RESOLVED that planning permission be refused for the reasons given in the motion.",
    ]),
    ("66.", "25/02455/HOU - Marlpit Cottage, Tanners Lane, Dunmarsh", [
        "A single-storey rear extension to a listed cottage, brought to the Committee because the applicant works "
        "for the Council.",
        "RESOLVED unanimously that planning permission and listed building consent be granted.",
    ]),
    ("67.", "Appeals and performance", [
        "The Committee noted that the Planning Inspectorate had decided four appeals since the last meeting: three "
        "were dismissed and one, at Brook Farm, Hatherstone, was allowed, with costs of £18,400 awarded against the "
        "Council.",
        "In the year to 31 December 2025 the Council decided 94.1% of major applications within 13 weeks or an "
        "agreed extension and 88.6% of non-major applications within 8 weeks, against the Government's thresholds "
        "of 60% and 70%.",
        "Planning fee income in 2025/26 was £1.38m by the end of December, £0.21m more than budgeted.",
    ]),
]
PL_CLOSE = "The meeting ended at 9.05 pm."
PL_FOOTER = f"{DUNMARSH} | Dunmarsh House, Quay Street, Dunmarsh"


def build_planning(path: str, gold: Gold) -> None:
    """A Modern.gov-style minutes page (``mgContent``): the site header and footer (not gold
    lines), the title, the council and the venue, attendance, each minute's number and heading,
    its paragraphs and its tables (a caption, a header row of ``th`` cells, the rows)."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(PL_TITLE)}</title>", '<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">', "</head>",
        "<body>", f'<div id="header"><a href="https://democracy.dunmarsh.example/">{e(DUNMARSH)}</a></div>',
        '<ul id="breadcrumb"><li><a href="mgListCommittees.aspx">Committees</a></li>'
        '<li><a href="ieListMeetings.aspx?CId=142">Planning Committee</a></li><li>Meeting</li></ul>',
        '<div id="modgov"><div class="mgContent">', f'<h1 class="mgMainTitleTxt">{e(PL_TITLE)}</h1>',
        f'<p class="mgSubTitleTxt">{e(DUNMARSH)}</p>', f"<p>{e(PL_VENUE)}</p>",
    ]
    for text in (PL_TITLE, DUNMARSH, PL_VENUE):
        gold.line(text)
    for text in PL_ATTENDANCE:
        out.append(f"<p>{e(text)}</p>")
        gold.line(text)
    for number, heading, blocks in PL_ITEMS:
        out.append(f'<h2 class="mgSubTitleTxt">{e(number)} {e(heading)}</h2>')
        gold.line(f"{number} {heading}")
        out.append('<div class="mgWordPara"><p class="mgSectionTitle">Minutes:</p>')
        gold.line("Minutes:")
        for block in blocks:
            if isinstance(block, str):
                out.append(f"<p>{e(block)}</p>")
                gold.line(block)
                continue
            caption, rows = block
            out.append('<table class="mgStatsTable" summary="' + e(caption) + '">')
            out.append(f"<caption>{e(caption)}</caption>")
            gold.line(caption)
            out.append("<tr>" + "".join(f'<th scope="col">{e(c)}</th>' for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
            for row in rows:
                gold.line(" ".join(c for c in row if c))
        out.append("</div>")
    out.append(f"<p>{e(PL_CLOSE)}</p>")
    gold.line(PL_CLOSE)
    out += ["</div></div>", f'<div id="footer">{e(PL_FOOTER)}</div>', "</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    gold.add("meta", council=DUNMARSH, date="2026-02-11")


# --- gold ------------------------------------------------------------------------------------

H, D = ADM, PLAN


def _num(v: str) -> float:
    return float(v.replace(",", "").replace("%", ""))


def _offer_items(rows: list[list[str]], phase: str) -> list[dict[str, Any]]:
    years = rows[0][1:]
    out = []
    for label, *vals in rows[1:]:
        figs = [(pct if v.endswith("%") else count)(v, _num(v), f"{phase} {label.lower()}", y)
                for v, y in zip(vals, years, strict=True)]
        out.append(fig_item(H, " ".join([label, *vals]), *figs))
    return out


def _appeal_items() -> list[dict[str, Any]]:
    phases = APPEALS[0][1:]
    out = []
    for label, *vals in APPEALS[1:]:
        is_pct = label.endswith("(%)")
        name = label.replace(" (%)", "").lower()
        figs = [(pct if is_pct else count)(v, _num(v), f"{ph.lower()} appeals {name}" if ph != "Total" else
                                           f"appeals {name} total", "2025")
                for v, ph in zip(vals, phases, strict=True)]
        out.append(fig_item(H, " ".join([label, *vals]), *figs))
    return out


def _decision_items() -> list[dict[str, Any]]:
    out = []
    for ref, site, homes, aff, decision, vote in DECISIONS[1:]:
        figs = []
        if homes != "–":
            figs.append(count(homes, _num(homes), f"homes at {site}"))
            figs.append(pct(aff, _num(aff), f"affordable homes at {site}"))
        for part, what in zip(vote.split("–"), ("votes for", "votes against", "abstentions"), strict=True):
            figs.append(count(part, _num(part), f"{what} on {ref}"))
        out.append(fig_item(D, " ".join([ref, site, homes, aff, decision, vote]), *figs))
    return out


def _s106_items() -> list[dict[str, Any]]:
    return [fig_item(D, " ".join(c for c in row if c),
                     money(row[1], _num(row[1]), f"section 106 contribution {row[0].lower()}"))
            for row in S106[1:]]


FIGURES: list[dict[str, Any]] = [
    # the school admissions report
    fig_item(H, "This report tells the Committee how Reception and Year 7 places for September 2026 were offered, how "
                "many families were given the school they wanted, and what happened at appeal in 2025.",
             date("September 2026", "2026-09"), year("2025", 2025)),
    fig_item(H, "coordinates admissions for all 271 state-funded schools in the county, most of which are academies.",
             count("271", 271, "state-funded schools in the county")),
    fig_item(H, "On national offer day, 2 March 2026, every one of the 6,184 children who applied on time was offered a "
                "Year 7 place, 3.1% more children than last year.",
             date("2 March 2026", "2026-03-02"), count("6,184", 6184, "children who applied on time for Year 7"),
             pct("3.1%", 3.1, "rise in children who applied on time")),
    fig_item(H, "Of them, 5,402 (87.4%) were offered their first preference and 5,968 (96.5%) one of their top three.",
             count("5,402", 5402, "Year 7 children offered their first preference"),
             pct("87.4%", 87.4, "Year 7 children offered their first preference"),
             count("5,968", 5968, "Year 7 children offered one of their top three"),
             pct("96.5%", 96.5, "Year 7 children offered one of their top three")),
    fig_item(H, "Nationally, 82.9% of families were offered their first preference secondary school in 2025, according "
                "to the Department for Education.",
             pct("82.9%", 82.9, "families offered their first preference secondary school nationally", "2025"),
             year("2025", 2025)),
    *_offer_items(YEAR7, "Year 7"),
    fig_item(H, "The 216 children offered none of their preferences were given a place at the nearest school with room.",
             count("216", 216, "children offered none of their preferences")),
    fig_item(H, "Most of them live in the south of the county, where two schools each had more than 100 applications "
                "they could not meet.",
             count("two", 2, "schools in the south of the county"),
             count("100", 100, "applications each school could not meet")),
    fig_item(H, "Twelve schools had more first-preference applications than places; Wealdmoor Academy alone turned away "
                "187 first preferences.",
             count("Twelve", 12, "schools with more first-preference applications than places"),
             count("187", 187, "first preferences Wealdmoor Academy turned away")),
    fig_item(H, "Applications for Reception fell for the third year running, to 4,917, because fewer children are being "
                "born in the county.",
             count("4,917", 4917, "applications for Reception")),
    fig_item(H, "Almost nineteen in twenty families (94.8%) were offered their first preference and 99.2% one of their "
                "top three; 39 children were offered none.",
             pct("94.8%", 94.8, "Reception families offered their first preference"),
             pct("99.2%", 99.2, "Reception families offered one of their top three"),
             count("39", 39, "Reception children offered none of their preferences")),
    *_offer_items(RECEPTION, "Reception"),
    fig_item(H, "Falling rolls leave 2,310 Reception places unfilled, 14.2% of the 16,270 on offer.",
             count("2,310", 2310, "Reception places unfilled"), pct("14.2%", 14.2, "Reception places unfilled"),
             count("16,270", 16270, "Reception places on offer")),
    fig_item(H, "Of the county's 212 primary schools, 53, a quarter, have more than 10% of their Reception places empty, "
                "and seven have more than half empty.",
             count("212", 212, "primary schools in the county"),
             count("53", 53, "primary schools with more than 10% of their Reception places empty"),
             pct("10%", 10, "Reception places empty"), count("seven", 7, "primary schools more than half empty")),
    fig_item(H, "Each empty place costs a school about £5,100 a year in lost funding, so the Council is consulting on "
                "lowering the published admission numbers of 18 schools from September 2027.",
             money("£5,100", 5100, "lost funding for each empty place a year"),
             count("18", 18, "schools whose published admission numbers would be lowered"),
             date("September 2027", "2027-09")),
    fig_item(H, "A further 341 Year 7 and 128 Reception applications arrived after the closing date;",
             count("341", 341, "Year 7 applications after the closing date"),
             count("128", 128, "Reception applications after the closing date")),
    fig_item(H, "Between September 2025 and March 2026 the Council handled 2,874 in-year applications, a third of them "
                "from families moving into the county.",
             date("September 2025", "2025-09"), date("March 2026", "2026-03"),
             count("2,874", 2874, "in-year applications")),
    fig_item(H, "The median time from application to starting at a school was 19 school days, against 22 days a year "
                "earlier.",
             duration("19 school days", "P19D", "median time from application to starting at a school"),
             duration("22 days", "P22D", "median time from application to starting at a school a year earlier")),
    fig_item(H, "Under the Fair Access Protocol 96 children who had been out of school were placed, twice as many as the "
                "48 placed in 2023/24.",
             count("96", 96, "children placed under the Fair Access Protocol"),
             count("48", 48, "children placed under the Fair Access Protocol", "2023/24"), fy("2023/24", 2023)),
    *_appeal_items(),
    fig_item(H, "Panels upheld 119 of the 536 appeals they heard, 22.2%, slightly more than the 20.4% upheld in 2024.",
             count("119", 119, "appeals upheld"), count("536", 536, "appeals heard"),
             pct("22.2%", 22.2, "appeals upheld"), pct("20.4%", 20.4, "appeals upheld", "2024"), year("2024", 2024)),
    fig_item(H, "Running the appeals cost the Council £118,600 in 2025, about £221 for each appeal heard.",
             money("£118,600", 118_600, "cost of running the appeals", "2025"), year("2025", 2025),
             money("£221", 221, "cost for each appeal heard", "2025")),
    fig_item(H, "Independent panel members are volunteers; they are paid expenses and £45 a session.",
             money("£45", 45, "independent panel members paid a session")),
    fig_item(H, "The Office of the Schools Adjudicator upheld one of the three objections made to the county's "
                "arrangements for September 2027",
             count("one", 1, "objections upheld"), count("three", 3, "objections made"),
             date("September 2027", "2027-09")),
    # the planning committee minutes
    fig_item(D, "Minutes: Planning Committee - Wednesday, 11th February, 2026 6.30 pm",
             date("11th February, 2026", "2026-02-11")),
    *_decision_items(),
    fig_item(D, "Full application for 164 homes, a local shop and a children's play area on farmland west of the "
                "village, at 32 homes a hectare.",
             count("164", 164, "homes"), count("32", 32, "homes a hectare")),
    fig_item(D, "Of the 164 homes, 49 (30%) will be affordable: 34 for social rent and 15 for shared ownership.",
             count("164", 164, "homes"), count("49", 49, "affordable homes"), pct("30%", 30, "affordable homes"),
             count("34", 34, "homes for social rent"), count("15", 15, "homes for shared ownership")),
    fig_item(D, "The Local Plan asks for 35% on greenfield sites, but the applicant's viability assessment, checked for "
                "the Council by Pennard Viability Consultants, showed that 35% could not be paid for alongside the "
                "education contribution.",
             pct("35%", 35, "affordable housing the Local Plan asks for on greenfield sites"),
             pct("35%", 35, "affordable housing that could not be paid for")),
    *_s106_items(),
    fig_item(D, "Mr Godfrey Assante-Pym spoke against the application on behalf of Sallowby Parish Council, saying that "
                "the village school already had 31 children on its waiting list.",
             count("31", 31, "children on the village school's waiting list")),
    fig_item(D, "The recommendation was carried by 7 votes to 3, with 1 abstention.",
             count("7", 7, "votes for"), count("3", 3, "votes against"), count("1", 1, "abstention")),
    fig_item(D, "if the agreement is not signed within six months the Head of Planning may refuse the application.",
             duration("six months", "P6M")),
    fig_item(D, "Demolition of the dairy buildings and the erection of 38 flats in a block of up to five storeys.",
             count("38", 38, "flats"), count("five", 5, "storeys")),
    fig_item(D, "The officer recommended approval without affordable housing, because the applicant's viability "
                "assessment showed a deficit of -£410,000 even with none.",
             money("-£410,000", -410_000, "deficit in the applicant's viability assessment")),
    fig_item(D, "At the meeting the applicant offered a payment of £285,000 in lieu of affordable housing on site.",
             money("£285,000", 285_000, "payment offered in lieu of affordable housing")),
    fig_item(D, "Pennard Viability Consultants had advised that the scheme could instead carry six affordable flats, "
                "worth about £390,000 to the Council's housing register.",
             count("six", 6, "affordable flats the scheme could carry"),
             money("£390,000", 390_000, "worth of six affordable flats")),
    fig_item(D, "The motion was carried by 9 votes to 3.", count("9", 9, "votes for"), count("3", 3, "votes against")),
    fig_item(D, "The Committee noted that the Planning Inspectorate had decided four appeals since the last meeting: "
                "three were dismissed and one, at Brook Farm, Hatherstone, was allowed, with costs of £18,400 awarded "
                "against the Council.",
             count("four", 4, "appeals decided"), count("three", 3, "appeals dismissed"),
             count("one", 1, "appeals allowed"), money("£18,400", 18_400, "costs awarded against the Council")),
    fig_item(D, "In the year to 31 December 2025 the Council decided 94.1% of major applications within 13 weeks or an "
                "agreed extension and 88.6% of non-major applications within 8 weeks, against the Government's "
                "thresholds of 60% and 70%.",
             date("31 December 2025", "2025-12-31"), pct("94.1%", 94.1, "major applications decided within 13 weeks"),
             duration("13 weeks", "P13W"), pct("88.6%", 88.6, "non-major applications decided within 8 weeks"),
             duration("8 weeks", "P8W"), pct("60%", 60, "Government's threshold for major applications"),
             pct("70%", 70, "Government's threshold for non-major applications")),
    fig_item(D, "Planning fee income in 2025/26 was £1.38m by the end of December, £0.21m more than budgeted.",
             fy("2025/26", 2025), money("£1.38m", 1_380_000, "planning fee income by the end of December", "2025/26"),
             money("£0.21m", 210_000, "planning fee income more than budgeted")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(H, "ORG", HARNWICK),
    ent(H, "COMMITTEE", "Children and Families Scrutiny Committee"),
    ent(H, "ROLE", "Director of Children's Services"),
    ent(H, "ROLE", "Cabinet Member for Education and Skills"),
    ent(H, "ROLE", "Head of School Admissions and Transport"),
    ent(H, "PERSON", "Ishbel Carrow-Nwosu", affiliation=HARNWICK, role="Cabinet Member for Education and Skills"),
    ent(H, "PERSON", "Priyanka Holloway-Dunne", affiliation=HARNWICK, role="Head of School Admissions and Transport"),
    ent(H, "PERSON", "Magnus Trevithick-Oyo", affiliation=HARNWICK, role="Director of Children's Services"),
    ent(H, "ORG", "Department for Education"),
    ent(H, "ORG", "Office of the Schools Adjudicator"),
    ent(H, "ORG", "Wealdmoor Academy"),
    ent(H, "PROGRAMME", "Fair Access Protocol"),
    ent(D, "ORG", DUNMARSH),
    ent(D, "COMMITTEE", "Planning Committee"),
    ent(D, "ROLE", "Chair"),
    ent(D, "ROLE", "Vice-Chair"),
    ent(D, "ROLE", "Head of Planning"),
    ent(D, "ROLE", "Principal Planning Officer"),
    ent(D, "ROLE", "Solicitor"),
    ent(D, "ROLE", "Democratic Services Officer"),
    ent(D, "PERSON", "Percival Oakenshaw-Lamb", affiliation=DUNMARSH, role="Chair"),
    ent(D, "PERSON", "Imelda Vartanian", affiliation=DUNMARSH, role="Vice-Chair"),
    ent(D, "PERSON", "Cedric Alsop", affiliation=DUNMARSH),
    ent(D, "PERSON", "Juniper Mbatha-Rowe", affiliation=DUNMARSH),
    ent(D, "PERSON", "Leonard Quayle", affiliation=DUNMARSH),
    ent(D, "PERSON", "Sabine Holroyd", affiliation=DUNMARSH),
    ent(D, "PERSON", "Ferdinand Adeyemi-Blyth", affiliation=DUNMARSH),
    ent(D, "PERSON", "Winston Pargeter", affiliation=DUNMARSH),
    ent(D, "PERSON", "Rhiannon Tewksbury", affiliation=DUNMARSH),
    ent(D, "PERSON", "Ottilie Marsh-Gathoni", affiliation=DUNMARSH),
    ent(D, "PERSON", "Bartram Ellwood", affiliation=DUNMARSH),
    ent(D, "PERSON", "Yusuf Carbery", affiliation=DUNMARSH),
    ent(D, "PERSON", "Hamish Drinkwater", affiliation=DUNMARSH),
    ent(D, "PERSON", "Delphine Marchbank", affiliation=DUNMARSH, role="Head of Planning"),
    ent(D, "PERSON", "Otis Fairweather-Nkemelu", affiliation=DUNMARSH, role="Principal Planning Officer"),
    ent(D, "PERSON", "Lucinda Crabtree", affiliation=DUNMARSH, role="Solicitor"),
    ent(D, "PERSON", "Morwenna Pike", affiliation=DUNMARSH, role="Democratic Services Officer"),
    ent(D, "PERSON", "Godfrey Assante-Pym", affiliation="Sallowby Parish Council"),
    ent(D, "PERSON", "Corinna Vell", affiliation="Tallis Planning"),
    ent(D, "ORG", "Sallowby Parish Council"),
    ent(D, "ORG", "Tallis Planning"),
    ent(D, "ORG", "Pennard Viability Consultants"),
    ent(D, "ORG", "Harnwick County Council"),
    ent(D, "ORG", "Environment Agency"),
    ent(D, "ORG", "Planning Inspectorate"),
    ent(D, "ORG", "Sallowby Surgery"),
    ent(D, "ORG", "NHS"),
    ent(D, "PROGRAMME", "Local Plan"),
    ent(D, "GPE", "Sallowby"),
    ent(D, "GPE", "Dunmarsh"),
    ent(D, "GPE", "Hatherstone"),
]
