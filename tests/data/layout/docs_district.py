"""An invented district council's papers: the minutes of a housing committee (numbered minutes,
"RESOLVED that…" with numbered resolutions, attendance lists) and a planning committee agenda
pack (front sheet, an officer report on an application with a key-facts block and numbered
paragraphs, a list of conditions, an appeals note). Every name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Flow, Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import BODY, HEAD, NUM_X, Minute, minutes_pdf
from wordpdf import Painter, Style

COUNCIL = "Harrowby District Council"

MINUTES = "harrowby-housing-committee-minutes-2025-11-12"
AGENDA = "harrowby-planning-committee-agenda-2026-01-14"

# --- the minutes -----------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", "Councillor Elspeth Pryce (Chair), Councillor Tobias Aldridge (Vice-Chair), Councillors "
                 "Hafsa Qureshi, Lionel Stannard and Bethany Okafor."),
    ("Also present:", "Councillor Nathaniel Obi, Portfolio Holder for Housing."),
    ("Officers:", "Rhodri Vance (Head of Housing Services), Amir Castellano (Private Sector Housing Manager) "
                  "and Celestine Moreau (Democratic Services Officer)."),
]

MINUTE_ITEMS: list[Minute] = [
    ("HC/41", "Apologies for Absence", [
        "Apologies were received from Councillor Gwendolyn Ashby. Councillor Lionel Stannard attended as her "
        "substitute.",
    ]),
    ("HC/42", "Declarations of Interest", [
        "Councillor Hafsa Qureshi declared a non-registrable interest in minute HC/45 as a tenant of Dunsford "
        "Vale Housing Association and took no part in the vote on that item.",
    ]),
    ("HC/43", "Minutes", [
        "RESOLVED that the minutes of the meeting held on 17 September 2025 be approved as a correct record "
        "and signed by the Chair.",
    ]),
    ("HC/44", "Homelessness and Temporary Accommodation Update", [
        "The Head of Housing Services presented the quarterly update. At 30 September 2025 the Council had "
        "214 households in temporary accommodation, of whom 38 were in bed and breakfast, compared with 161 "
        "households a year earlier.",
        "The net cost of temporary accommodation is forecast at £1.36m for 2025/26 against a budget of "
        "£0.92m, an overspend of £440,000. The Homelessness Prevention Grant of £684,000 for 2025/26 has "
        "been fully committed.",
        "Members asked how many families with children had stayed in bed and breakfast for longer than the "
        "six-week legal limit. The Head of Housing Services said that there had been 11 such cases since "
        "1 April 2025, and that every one of those families had since moved to a self-contained home.",
        "RESOLVED that:",
        [
            "the update be noted;",
            "the Head of Housing Services, in consultation with the Portfolio Holder for Housing, be "
            "authorised to lease up to 20 additional self-contained homes from private landlords for use as "
            "temporary accommodation;",
            "a further report on the Temporary Accommodation Reduction Plan be brought to the meeting in "
            "March 2026.",
        ],
    ]),
    ("HC/45", "Housing Revenue Account Rent Setting 2026/27", [
        "The Committee considered the proposed rents for the 3,412 homes in the Council's Housing Revenue "
        "Account (HRA). The Government's rent standard allows social rents to rise by up to 4.8% in "
        "2026/27.",
        "The average weekly social rent will rise from £93.91 in 2025/26 to £98.42 in 2026/27, which will "
        "raise £0.97m of additional rent income for the HRA.",
        "RESOLVED to RECOMMEND to Cabinet that:",
        [
            "social and affordable rents be increased by 4.8% from 6 April 2026;",
            "garage rents be increased by 3.5% to £14.20 a week.",
        ],
    ]),
    ("HC/46", "Disabled Facilities Grants", [
        "The Private Sector Housing Manager reported that 146 adaptations funded by Disabled Facilities "
        "Grants (DFGs) were completed in 2024/25, at an average cost of £8,790, and that the average time "
        "from referral to completion had fallen from 39 weeks to 27 weeks.",
        "The Council's allocation from the Better Care Fund for Disabled Facilities Grants in 2025/26 is "
        "£1,284,000.",
        "RESOLVED that the revised Housing Assistance Policy be adopted from 1 January 2026, raising the "
        "maximum discretionary top-up to DFGs from £10,000 to £15,000.",
    ]),
    ("HC/47", "Long-Term Empty Homes", [
        "There were 412 long-term empty homes in the district in October 2025, 57 fewer than in October "
        "2024. The council tax premium on homes empty for more than one year will stay at 100%.",
        "RESOLVED that the Empty Homes Action Plan be refreshed and brought back to the Committee.",
    ]),
]


def build_minutes(path: str, gold: Gold) -> None:
    minutes_pdf(path, gold, meta_title="Minutes: Housing and Communities Committee, 12 November 2025", seed=41,
                footer="Housing and Communities Committee – 12.11.25", council=COUNCIL,
                committee="Minutes of the Housing and Communities Committee",
                held="held on Wednesday, 12 November 2025 at 7.00 pm in the Council Chamber, Harrowby House, Dunsford",
                attendance=ATTENDANCE, minutes=MINUTE_ITEMS, closed="The meeting closed at 8.52 pm.")
    gold.add("meta", council=COUNCIL, date="2025-11-12")


# --- the agenda pack -------------------------------------------------------------------------

FRONT = [
    (COUNCIL, HEAD.sized(16)),
    ("Planning Committee", HEAD.sized(14)),
    ("Wednesday, 14^{th} January, 2026 at 6.30 pm", BODY),
    ("Council Chamber, Harrowby House, Market Street, Dunsford", BODY),
]
MEMBERSHIP = ("Membership: Councillor Peregrine Shaw (Chair), Councillor Annika Sorensen (Vice-Chair), "
              "Councillors Tobias Aldridge, Joyce Mbatha, Kieran Loftus, Wilfred Harcourt and Saoirse Delaney.")
AGENDA_ITEMS = [
    ("1.", "Apologies for absence and substitutions"),
    ("2.", "Declarations of interest"),
    ("3.", "Minutes of the meeting held on 10 December 2025 (Pages 3 - 6)"),
    ("4.", "25/01187/FUL – Land off Pellow Lane, Tressick (Pages 7 - 11)"),
    ("5.", "25/01342/HOU – 4 Orchard Rise, Dunsford (Pages 12 - 13)"),
    ("6.", "Planning appeals and enforcement update (Page 14)"),
]
KEY_FACTS = [
    ("Proposal:", "Erection of 64 dwellings with access from Pellow Lane, public open space and a sustainable "
                  "drainage basin"),
    ("Applicant:", "Orrin Homes Ltd"),
    ("Agent:", "Brightwater Planning Associates"),
    ("Ward:", "Tressick and Coldharbour"),
    ("Case officer:", "Ines Valdivia, Principal Planning Officer"),
    ("Recommendation:", "Grant permission subject to a Section 106 agreement and conditions"),
]
REPORT: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("1.", "The site and the proposal", [
        ("1.1", "The site is a field of rough grazing on the northern edge of Tressick, allocated for about 60 "
                "homes as site TR2 in the Harrowby Local Plan."),
        ("1.2", "The scheme provides 64 homes, of which 19 (30%) will be affordable: 13 for social rent and 6 "
                "for shared ownership."),
    ]),
    ("2.", "Consultation responses", [
        ("2.1", "Tressick Parish Council objects to the scheme, citing traffic on Pellow Lane and the lack of "
                "places at Tressick Primary School."),
        ("2.2", "Wyvernshire County Council, as Local Highway Authority, raises no objection subject to a new "
                "footway along Pellow Lane; as Lead Local Flood Authority (LLFA) it accepts the drainage "
                "strategy."),
        ("2.3", "Forty-one letters of objection and three letters of support were received. The Friends of "
                "Pellow Meadow, a residents' group, ask for the hedgerow along the lane to be kept."),
    ]),
    ("3.", "Planning obligations", [
        ("3.1", "The applicant has agreed to a Section 106 agreement securing a contribution of £412,800 to "
                "Wyvernshire County Council towards primary school places, £96,300 to the Harrowby and "
                "Dunsford Integrated Care Board for GP surgery capacity and £38,400 for off-site sports "
                "pitches."),
    ]),
    ("4.", "Planning balance", [
        ("4.1", "The Council can demonstrate a housing land supply of only 4.1 years against the five-year "
                "requirement, so the presumption in favour of sustainable development in the National "
                "Planning Policy Framework (NPPF) applies."),
        ("4.2", "Officers conclude that the benefits of 64 new homes, including 19 affordable homes, outweigh "
                "the harm from the loss of open countryside."),
    ]),
    ("5.", "Recommendation", [
        ("5.1", "That the Head of Planning be authorised to GRANT permission subject to the completion of the "
                "Section 106 agreement by 14 April 2026 and to the conditions in Appendix 1."),
    ]),
]
CONDITIONS = [
    "The development shall begin within three years of the date of this permission.",
    "No more than 32 homes shall be occupied until the footway on Pellow Lane is complete.",
    "The drainage basin shall be completed before the first home is occupied.",
]
HOUSEHOLDER = [
    "The application seeks a single-storey rear extension. It is reported to the Committee because it was "
    "called in by Councillor Saoirse Delaney, the ward member, on the neighbours' behalf.",
    "The extension would project 6 metres along the shared boundary with number 6 and would cause an "
    "unacceptable loss of light to that home's kitchen. The recommendation is to REFUSE permission.",
]
APPEALS = [
    "Of the 23 planning appeals decided in 2025, 17 were dismissed (74%), against a national average of 70%.",
    "Two enforcement notices were served in December 2025, both for unauthorised change of use.",
]
CONTACT = ("Contact: Celestine Moreau, Democratic Services Officer, telephone 01632 960512. Head of Planning: "
           "Fergus Lindqvist.")


def _heading_line(f: Flow, gold: Gold, text: str, st: Style, after: float = 20.0) -> None:
    f.need(40)
    f.p.line(f.left, f.y, text, st)
    gold.line(text)
    f.y -= after


def build_agenda(path: str, gold: Gold) -> None:
    p = Painter(Path(path), "Agenda: Planning Committee, 14 January 2026", seed=14)
    item = {"name": ""}

    def furniture(pp: Painter) -> None:
        pp.centre(297.6, 22, f"Page {pp.page_no}", HEAD)
        if item["name"]:
            pp.right(535, 805, item["name"], HEAD)

    f = Flow(p, gold, left=NUM_X, right=535, furniture=furniture)
    f.page()
    for text, st in FRONT:
        p.line(f.left, f.y, text, st)
        gold.line(text)
        f.y -= st.size * 1.6
    f.y -= 10
    f.para(MEMBERSHIP, BODY, after=14)
    _heading_line(f, gold, "AGENDA", HEAD.sized(13), after=22)
    for number, title in AGENDA_ITEMS:
        f.need(26)
        p.line(NUM_X, f.y, number, HEAD)
        out = f.lines(NUM_X + 30, f.right - NUM_X - 30, title, BODY, justify=False)
        gold.line(f"{number} {out[0]}")
        for ln in out[1:]:
            gold.line(ln)
        f.y -= 8
    f.para(CONTACT, BODY)
    item["name"] = "Agenda Item 4"
    f.page()
    _heading_line(f, gold, "Application 25/01187/FUL: Land off Pellow Lane, Tressick", HEAD.sized(12))
    for label, value in KEY_FACTS:
        f.keyvalue(label, value, HEAD, BODY, value_x=178)
    f.y -= 8
    for number, title, paras in REPORT:
        head = f.heading(number, title, HEAD, num_x=NUM_X, x=NUM_X + 30, level=1, parent=None, after=4)
        for n, text in paras:
            f.numbered(n, text, BODY, num_x=NUM_X, x=NUM_X + 30, parent=head)
    f.page()
    _heading_line(f, gold, "Appendix 1: Conditions", HEAD.sized(12))
    for k, text in enumerate(CONDITIONS, 1):
        f.numbered(f"{k}.", text, BODY, num_x=NUM_X, x=NUM_X + 24)
    item["name"] = "Agenda Item 5"
    f.page()
    _heading_line(f, gold, "Application 25/01342/HOU: 4 Orchard Rise, Dunsford", HEAD.sized(12))
    for text in HOUSEHOLDER:
        f.para(text, BODY)
    item["name"] = "Agenda Item 6"
    f.page()
    _heading_line(f, gold, "Planning appeals and enforcement update", HEAD.sized(12))
    for text in APPEALS:
        f.para(text, BODY)
    p.save()
    gold.add("meta", council=COUNCIL, date="2026-01-14")


# --- gold ------------------------------------------------------------------------------------

M, A = MINUTES, AGENDA
FIGURES: list[dict[str, Any]] = [
    fig_item(M, "At 30 September 2025 the Council had 214 households in temporary accommodation, of whom 38 were "
                "in bed and breakfast, compared with 161 households a year earlier.",
             date("30 September 2025", "2025-09-30"),
             count("214", 214, "households in temporary accommodation"),
             count("38", 38, "households in bed and breakfast"),
             count("161", 161, "households in temporary accommodation")),
    fig_item(M, "The net cost of temporary accommodation is forecast at £1.36m for 2025/26 against a budget of "
                "£0.92m, an overspend of £440,000.",
             money("£1.36m", 1_360_000, "net cost of temporary accommodation", "2025/26"), fy("2025/26", 2025),
             money("£0.92m", 920_000, "budget for temporary accommodation", "2025/26"),
             money("£440,000", 440_000, "overspend on temporary accommodation", "2025/26")),
    fig_item(M, "The Homelessness Prevention Grant of £684,000 for 2025/26 has been fully committed.",
             money("£684,000", 684_000, "Homelessness Prevention Grant", "2025/26"), fy("2025/26", 2025)),
    fig_item(M, "The Head of Housing Services said that there had been 11 such cases since 1 April 2025",
             count("11", 11, "families in bed and breakfast longer than the legal limit"),
             date("1 April 2025", "2025-04-01")),
    fig_item(M, "The Committee considered the proposed rents for the 3,412 homes in the Council's Housing Revenue "
                "Account (HRA).",
             count("3,412", 3412, "homes in the Housing Revenue Account")),
    fig_item(M, "The average weekly social rent will rise from £93.91 in 2025/26 to £98.42 in 2026/27, which will "
                "raise £0.97m of additional rent income for the HRA.",
             money("£93.91", 93.91, "average weekly social rent", "2025/26"), fy("2025/26", 2025),
             money("£98.42", 98.42, "average weekly social rent", "2026/27"), fy("2026/27", 2026),
             money("£0.97m", 970_000, "additional rent income", "2026/27")),
    fig_item(M, "garage rents be increased by 3.5% to £14.20 a week.",
             pct("3.5%", 3.5, "increase in garage rents", "2026/27"),
             money("£14.20", 14.20, "weekly garage rent", "2026/27")),
    fig_item(M, "The Private Sector Housing Manager reported that 146 adaptations funded by Disabled Facilities "
                "Grants (DFGs) were completed in 2024/25, at an average cost of £8,790, and that the average time "
                "from referral to completion had fallen from 39 weeks to 27 weeks.",
             count("146", 146, "adaptations completed", "2024/25"), fy("2024/25", 2024),
             money("£8,790", 8790, "average cost of an adaptation", "2024/25"),
             duration("39 weeks", "P39W", "average time from referral to completion"),
             duration("27 weeks", "P27W", "average time from referral to completion")),
    fig_item(M, "The Council's allocation from the Better Care Fund for Disabled Facilities Grants in 2025/26 is "
                "£1,284,000.",
             fy("2025/26", 2025),
             money("£1,284,000", 1_284_000, "allocation for Disabled Facilities Grants", "2025/26")),
    fig_item(M, "There were 412 long-term empty homes in the district in October 2025, 57 fewer than in October "
                "2024.",
             count("412", 412, "long-term empty homes"), date("October 2025", "2025-10"),
             count("57", 57, "fewer long-term empty homes"), date("October 2024", "2024-10")),
    fig_item(M, "The council tax premium on homes empty for more than one year will stay at 100%.",
             duration("one year", "P1Y"), pct("100%", 100, "council tax premium on empty homes")),
    fig_item(A, "The scheme provides 64 homes, of which 19 (30%) will be affordable: 13 for social rent and 6 for "
                "shared ownership.",
             count("64", 64, "homes"), count("19", 19, "affordable homes"), pct("30%", 30, "affordable homes"),
             count("13", 13, "homes for social rent"), count("6", 6, "homes for shared ownership")),
    fig_item(A, "Forty-one letters of objection and three letters of support were received.",
             count("Forty-one", 41, "letters of objection"), count("three", 3, "letters of support")),
    fig_item(A, "The applicant has agreed to a Section 106 agreement securing a contribution of £412,800 to "
                "Wyvernshire County Council towards primary school places, £96,300 to the Harrowby and Dunsford "
                "Integrated Care Board for GP surgery capacity and £38,400 for off-site sports pitches.",
             money("£412,800", 412_800, "contribution towards primary school places"),
             money("£96,300", 96_300, "contribution for GP surgery capacity"),
             money("£38,400", 38_400, "contribution for off-site sports pitches")),
    fig_item(A, "No more than 32 homes shall be occupied until the footway on Pellow Lane is complete.",
             count("32", 32, "homes occupied before the footway is complete")),
    fig_item(A, "Of the 23 planning appeals decided in 2025, 17 were dismissed (74%), against a national average "
                "of 70%.",
             count("23", 23, "planning appeals decided", "2025"), year("2025", 2025),
             count("17", 17, "appeals dismissed", "2025"), pct("74%", 74, "appeals dismissed", "2025"),
             pct("70%", 70, "national average of appeals dismissed", "2025")),
]

HDC = COUNCIL
ENTITIES: list[dict[str, Any]] = [
    ent(M, "ORG", HDC),
    ent(M, "COMMITTEE", "Housing and Communities Committee"),
    ent(M, "COMMITTEE", "Cabinet"),
    ent(M, "PERSON", "Elspeth Pryce", affiliation=HDC, role="Chair"),
    ent(M, "PERSON", "Tobias Aldridge", affiliation=HDC, role="Vice-Chair"),
    ent(M, "PERSON", "Hafsa Qureshi", affiliation=HDC, role="Councillor"),
    ent(M, "PERSON", "Lionel Stannard", affiliation=HDC, role="Councillor"),
    ent(M, "PERSON", "Bethany Okafor", affiliation=HDC, role="Councillor"),
    ent(M, "PERSON", "Nathaniel Obi", affiliation=HDC, role="Portfolio Holder for Housing"),
    ent(M, "PERSON", "Rhodri Vance", affiliation=HDC, role="Head of Housing Services"),
    ent(M, "PERSON", "Amir Castellano", affiliation=HDC, role="Private Sector Housing Manager"),
    ent(M, "PERSON", "Celestine Moreau", affiliation=HDC, role="Democratic Services Officer"),
    ent(M, "PERSON", "Gwendolyn Ashby", affiliation=HDC, role="Councillor"),
    ent(M, "ROLE", "Head of Housing Services"),
    ent(M, "ROLE", "Portfolio Holder for Housing"),
    ent(M, "ORG", "Dunsford Vale Housing Association"),
    ent(M, "ACRONYM", "HRA", aliases=("Housing Revenue Account",)),
    ent(M, "ACRONYM", "DFGs", aliases=("Disabled Facilities Grants",)),
    ent(M, "PROGRAMME", "Better Care Fund"),
    ent(M, "PROGRAMME", "Temporary Accommodation Reduction Plan"),
    ent(M, "PROGRAMME", "Empty Homes Action Plan"),
    ent(M, "PROGRAMME", "Homelessness Prevention Grant"),
    ent(M, "GPE", "Dunsford"),
    ent(A, "ORG", HDC),
    ent(A, "COMMITTEE", "Planning Committee"),
    ent(A, "PERSON", "Peregrine Shaw", affiliation=HDC, role="Chair"),
    ent(A, "PERSON", "Annika Sorensen", affiliation=HDC, role="Vice-Chair"),
    ent(A, "PERSON", "Tobias Aldridge", affiliation=HDC, role="Councillor"),
    ent(A, "PERSON", "Joyce Mbatha", affiliation=HDC, role="Councillor"),
    ent(A, "PERSON", "Kieran Loftus", affiliation=HDC, role="Councillor"),
    ent(A, "PERSON", "Wilfred Harcourt", affiliation=HDC, role="Councillor"),
    ent(A, "PERSON", "Saoirse Delaney", affiliation=HDC, role="Councillor"),
    ent(A, "PERSON", "Celestine Moreau", affiliation=HDC, role="Democratic Services Officer"),
    ent(A, "PERSON", "Fergus Lindqvist", affiliation=HDC, role="Head of Planning"),
    ent(A, "PERSON", "Ines Valdivia", affiliation=HDC, role="Principal Planning Officer"),
    ent(A, "ROLE", "Head of Planning"),
    ent(A, "ORG", "Orrin Homes Ltd"),
    ent(A, "ORG", "Brightwater Planning Associates"),
    ent(A, "ORG", "Tressick Parish Council"),
    ent(A, "ORG", "Tressick Primary School"),
    ent(A, "ORG", "Friends of Pellow Meadow"),
    ent(A, "ORG", "Wyvernshire County Council"),
    ent(A, "ORG", "Local Highway Authority"),
    ent(A, "ORG", "Harrowby and Dunsford Integrated Care Board"),
    ent(A, "ORG", "Lead Local Flood Authority", aliases=("LLFA",)),
    ent(A, "PROGRAMME", "National Planning Policy Framework", aliases=("NPPF",)),
    ent(A, "PROGRAMME", "Harrowby Local Plan"),
    ent(A, "GPE", "Tressick"),
    ent(A, "GPE", "Dunsford"),
]
