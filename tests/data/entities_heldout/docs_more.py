"""Two more held-out entity documents (issue 17 item 1), of a ninth and a tenth invented council,
written 2026-12-06 (fifth session) before any change they measure: a scrutiny report with
numbered paragraphs (PDF) and committee minutes written in Word (.docx). Invented councils,
people, places, local bodies and local programmes; the national bodies and regulators are the
real ones a council's papers name, most of them bare, as councils print them. Rendered with the
second corpus' machinery (``flow``, ``wordpdf``; python-docx for the minutes)."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import (
    BODY,
    HEAD,
    WordProps,
    decimal_sections,
    front_sheet,
    furniture,
    report_pages,
    title_lines,
    word_report,
)

# --- a scrutiny report with numbered paragraphs (PDF) -----------------------------------------

CHILDREN = "corringdale-children-scrutiny-report-2026-02-24"
C_COUNCIL = "Corringdale Council"
C_FRONT = [
    ("Report to:", "Children and Young People Scrutiny Committee"),
    ("Date:", "24 February 2026"),
    ("Report of:", "Tamsin Oyenuga, Director of Children's Services"),
    ("Lead Member:", "Councillor Idris Vellacott, Cabinet Member for Children and Families"),
    ("Wards affected:", "All"),
]
C_SECTIONS: list[tuple[str, list[str]]] = [
    ("Purpose of the report", [
        "This report updates the Committee on the Children's Services Improvement Plan, written after Ofsted "
        "judged the Council's help and protection services to require improvement in September 2025.",
        "It also reports progress on the Local Area SEND Strategy and on the Priority Action Plan.",
    ]),
    ("Background", [
        "Ofsted and the CQC carried out a joint inspection of the local area partnership for special "
        "educational needs and disabilities (SEND) in June 2025. The inspectors asked the partnership to "
        "write a Priority Action Plan within 70 working days.",
        "The Department for Education (DfE) appointed Marguerite Halloran as Children's Services Improvement "
        "Adviser in October 2025. She chairs the Improvement Board, which meets monthly and brings together "
        "the Corringdale and Wyndham Integrated Care Board, Corringdale Constabulary and the Corringdale "
        "Safeguarding Children Partnership (CSCP).",
        "The DfE has also offered the Council a place in the Resilient Futures Programme, which pays for "
        "four more educational psychologists until March 2028.",
    ]),
    ("Finance", [
        "The Council's share of the Dedicated Schools Grant (DSG) for high needs overspent by £6.2m in "
        "2024/25. CIPFA's resilience index places the Council among the most stretched unitary councils, and "
        "the LGA has offered a further peer review in the summer.",
    ]),
    ("Workforce", [
        "Agency social workers now fill 27% of posts, down from 41% a year ago. Social Work England has "
        "registered 38 newly qualified social workers who joined through the Corringdale Social Work Academy.",
        "The Principal Social Worker, Declan Ferreira-Moss, runs the Academy with the University of Wyndham. "
        "The Principal Social Worker will present the first cohort's results in May.",
    ]),
    ("Complaints and information", [
        "The Local Government and Social Care Ombudsman upheld four complaints about late Education, Health "
        "and Care Plans (EHCPs) this year. The Director of Children's Services has written to each family.",
        "The ICO issued a reprimand in August 2025 after a child's address was disclosed in error. Priya "
        "Lindgren, Head of Information Governance, has since retrained 420 staff.",
    ]),
    ("Schools and family hubs", [
        "The new special school at Pethermoor will open in September 2027, and family hubs opened in Ashgrove "
        "and Tollbridge in January.",
    ]),
    ("Recommendations", [
        "That the Committee notes progress against the Children's Services Improvement Plan and the Priority "
        "Action Plan.",
        "That the Committee asks the Director of Children's Services to report again in July 2026.",
    ]),
]
C_CONTACT = ("Contact officer: Ewan Castellanos, Assistant Director, Education and Inclusion, "
             "ewan.castellanos@corringdale.example.gov.uk")

C_ENTITIES = [
    ent(CHILDREN, "ORG", C_COUNCIL),
    ent(CHILDREN, "COMMITTEE", "Children and Young People Scrutiny Committee"),
    ent(CHILDREN, "COMMITTEE", "Improvement Board"),
    ent(CHILDREN, "PERSON", "Tamsin Oyenuga", affiliation=C_COUNCIL, role="Director of Children's Services"),
    ent(CHILDREN, "PERSON", "Idris Vellacott", affiliation=C_COUNCIL,
        role="Cabinet Member for Children and Families"),
    ent(CHILDREN, "PERSON", "Marguerite Halloran", role="Children's Services Improvement Adviser"),
    ent(CHILDREN, "PERSON", "Declan Ferreira-Moss", affiliation=C_COUNCIL, role="Principal Social Worker"),
    ent(CHILDREN, "PERSON", "Priya Lindgren", affiliation=C_COUNCIL, role="Head of Information Governance"),
    ent(CHILDREN, "PERSON", "Ewan Castellanos", affiliation=C_COUNCIL,
        role="Assistant Director, Education and Inclusion"),
    ent(CHILDREN, "ROLE", "Director of Children's Services"),
    ent(CHILDREN, "ROLE", "Principal Social Worker"),
    ent(CHILDREN, "ROLE", "Head of Information Governance"),
    ent(CHILDREN, "ROLE", "Children's Services Improvement Adviser"),
    ent(CHILDREN, "ORG", "Ofsted"),
    ent(CHILDREN, "ORG", "CQC"),
    ent(CHILDREN, "ORG", "Department for Education", aliases=("DfE",)),
    ent(CHILDREN, "ORG", "Corringdale and Wyndham Integrated Care Board"),
    ent(CHILDREN, "ORG", "Corringdale Constabulary"),
    ent(CHILDREN, "ORG", "Corringdale Safeguarding Children Partnership", aliases=("CSCP",)),
    ent(CHILDREN, "ORG", "CIPFA"),
    ent(CHILDREN, "ORG", "LGA"),
    ent(CHILDREN, "ORG", "Social Work England"),
    ent(CHILDREN, "ORG", "Corringdale Social Work Academy"),
    ent(CHILDREN, "ORG", "University of Wyndham"),
    ent(CHILDREN, "ORG", "Local Government and Social Care Ombudsman"),
    ent(CHILDREN, "ORG", "ICO"),
    ent(CHILDREN, "PROGRAMME", "Children's Services Improvement Plan"),
    ent(CHILDREN, "PROGRAMME", "Local Area SEND Strategy"),
    ent(CHILDREN, "PROGRAMME", "Priority Action Plan"),
    ent(CHILDREN, "PROGRAMME", "Resilient Futures Programme"),
    ent(CHILDREN, "PROGRAMME", "Dedicated Schools Grant", aliases=("DSG",)),
    ent(CHILDREN, "ACRONYM", "SEND", aliases=("special educational needs and disabilities",)),
    ent(CHILDREN, "ACRONYM", "EHCPs", aliases=("Education, Health and Care Plans",)),
    ent(CHILDREN, "GPE", "Pethermoor"),
    ent(CHILDREN, "GPE", "Ashgrove"),
    ent(CHILDREN, "GPE", "Tollbridge"),
]


def build_children(path: Path, gold: Gold) -> None:
    title = "Children's services improvement: progress report"
    f = report_pages(path, gold, title, 47,
                     furniture(f"{C_COUNCIL} - Children and Young People Scrutiny Committee", "Page {n}"))
    title_lines(f, [(C_COUNCIL, HEAD.sized(16)), (title, HEAD.sized(13))])
    front_sheet(f, C_FRONT, value_x=170)
    decimal_sections(f, C_SECTIONS)
    f.para(C_CONTACT, BODY)
    f.p.save()


# --- committee minutes written in Word (.docx) ------------------------------------------------

HOUSING = "pellingford-communities-housing-minutes-2026-03-10"
P_COUNCIL = "Pellingford Borough Council"
P_TITLE = ("Minutes of the meeting of the Communities and Housing Committee held on Tuesday 10 March 2026 "
           "at 7.00 pm in the Council Chamber, Pellingford Town Hall")
P_LISTS = [
    ("Present:", "Councillor Saoirse Mulcahy (Chair), Councillor Tobiah Greenhalgh (Vice-Chair), Councillors "
                 "Anand Bhattacharya, Rosamund Keel, Yusuf Demirci and Petra Sallow (substitute)."),
    ("Also present:", "Councillor Leopold Hartigan, Portfolio Holder for Housing."),
    ("Officers:", "Henrietta Vasquez-Pryce, Strategic Director of Communities; Oluwaseun Adebayo, Housing Needs "
                  "Manager; Benedikt Aaltonen, Climate and Energy Officer; Gareth Llewellyn-Hart, Democratic "
                  "Services Officer."),
    ("In attendance:", "Carys Monteith, Area Manager, Homes England; Nadia Kowalczyk, Chief Executive, Citizens "
                       "Advice Pellingford."),
]
P_MINUTES: list[tuple[str, str, list[str]]] = [
    ("41", "Apologies for absence", [
        "Apologies were received from Councillors Maddox Fairbairn and Ines Adeyemi-Lind. Councillor Petra "
        "Sallow attended as a substitute.",
    ]),
    ("42", "Declarations of interest", [
        "Councillor Rosamund Keel declared a non-pecuniary interest in item 45 as a board member of Pellingford "
        "Homes, the Council's housing company. Councillor Yusuf Demirci declared that he rents a flat from "
        "Riverway Housing Association.",
    ]),
    ("43", "Minutes", [
        "The minutes of the meeting held on 13 January 2026 were approved as a correct record and signed by "
        "the Chair.",
    ]),
    ("44", "Homelessness and Rough Sleeping Strategy 2026-2031", [
        "The Housing Needs Manager presented the draft strategy. Households in temporary accommodation (TA) "
        "had risen to 214, and every family placed in bed and breakfast for more than six weeks was reported "
        "to MHCLG each quarter.",
        "The Rough Sleeping Initiative (RSI) would pay for two outreach workers until March 2027. Members noted "
        "that delays in benefit payments from the DWP were the commonest reason for a new TA placement.",
        "Nadia Kowalczyk said that debt advice cases at Citizens Advice Pellingford had risen by a third, "
        "mostly among private renters.",
        "In answer to a question, the Strategic Director of Communities said that the Housing Ombudsman had "
        "made two findings of maladministration in 2025, both about damp and mould, and that the Council had "
        "paid compensation in each case.",
        "RESOLVED that (1) the draft Homelessness and Rough Sleeping Strategy 2026-2031 be approved for public "
        "consultation; and (2) the Strategic Director of Communities, in consultation with the Portfolio "
        "Holder for Housing, be authorised to make minor changes before publication.",
    ]),
    ("45", "Affordable housing delivery", [
        "Carys Monteith said that Homes England would fund 96 of the 140 homes at Gillow Wharf through the "
        "Affordable Homes Programme, subject to planning permission.",
        "The Regulator of Social Housing (RSH) inspected the Council's landlord service in November 2025 and "
        "gave it a C2 grade. An improvement plan has been agreed with the RSH.",
        "Pellingford Homes will build 38 homes at Lowther Green with £2.1m from the Brownfield Land Release "
        "Fund (BLRF).",
        "RESOLVED that the report be noted.",
    ]),
    ("46", "Warm homes and hospital discharge", [
        "The Climate and Energy Officer reported that 312 homes had been insulated under the Pellingford Warmer "
        "Homes Scheme, and that the Energy Saving Trust had checked a sample of 40 of them. Members noted that "
        "Ofgem's price cap would rise in April.",
        "Members welcomed the hospital discharge pilot with the NHS, which had found homes for 17 patients "
        "who were well enough to leave hospital.",
        "RESOLVED that the Housing Needs Manager report the number of open damp and mould cases to the next "
        "meeting.",
    ]),
    ("47", "Date of next meeting", [
        "The next meeting will be held on Tuesday 12 May 2026 at 7.00 pm at Pellingford Town Hall.",
    ]),
]

P_ENTITIES = [
    ent(HOUSING, "ORG", P_COUNCIL),
    ent(HOUSING, "COMMITTEE", "Communities and Housing Committee"),
    ent(HOUSING, "PERSON", "Saoirse Mulcahy", affiliation=P_COUNCIL, role="Chair"),
    ent(HOUSING, "PERSON", "Tobiah Greenhalgh", affiliation=P_COUNCIL, role="Vice-Chair"),
    ent(HOUSING, "PERSON", "Anand Bhattacharya", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Rosamund Keel", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Yusuf Demirci", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Petra Sallow", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Maddox Fairbairn", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Ines Adeyemi-Lind", affiliation=P_COUNCIL, role="Councillor"),
    ent(HOUSING, "PERSON", "Leopold Hartigan", affiliation=P_COUNCIL, role="Portfolio Holder for Housing"),
    ent(HOUSING, "PERSON", "Henrietta Vasquez-Pryce", affiliation=P_COUNCIL,
        role="Strategic Director of Communities"),
    ent(HOUSING, "PERSON", "Oluwaseun Adebayo", affiliation=P_COUNCIL, role="Housing Needs Manager"),
    ent(HOUSING, "PERSON", "Benedikt Aaltonen", affiliation=P_COUNCIL, role="Climate and Energy Officer"),
    ent(HOUSING, "PERSON", "Gareth Llewellyn-Hart", affiliation=P_COUNCIL, role="Democratic Services Officer"),
    ent(HOUSING, "PERSON", "Carys Monteith", affiliation="Homes England", role="Area Manager"),
    ent(HOUSING, "PERSON", "Nadia Kowalczyk", affiliation="Citizens Advice Pellingford", role="Chief Executive"),
    ent(HOUSING, "ROLE", "Housing Needs Manager"),
    ent(HOUSING, "ROLE", "Strategic Director of Communities"),
    ent(HOUSING, "ROLE", "Portfolio Holder for Housing"),
    ent(HOUSING, "ROLE", "Climate and Energy Officer"),
    ent(HOUSING, "ORG", "Pellingford Homes"),
    ent(HOUSING, "ORG", "Riverway Housing Association"),
    ent(HOUSING, "ORG", "Citizens Advice Pellingford"),
    ent(HOUSING, "ORG", "Homes England"),
    ent(HOUSING, "ORG", "MHCLG"),
    ent(HOUSING, "ORG", "DWP"),
    ent(HOUSING, "ORG", "Housing Ombudsman"),
    ent(HOUSING, "ORG", "Regulator of Social Housing", aliases=("RSH",)),
    ent(HOUSING, "ORG", "Energy Saving Trust"),
    ent(HOUSING, "ORG", "Ofgem"),
    ent(HOUSING, "ORG", "NHS"),
    ent(HOUSING, "PROGRAMME", "Homelessness and Rough Sleeping Strategy"),
    ent(HOUSING, "PROGRAMME", "Rough Sleeping Initiative", aliases=("RSI",)),
    ent(HOUSING, "PROGRAMME", "Affordable Homes Programme"),
    ent(HOUSING, "PROGRAMME", "Brownfield Land Release Fund", aliases=("BLRF",)),
    ent(HOUSING, "PROGRAMME", "Pellingford Warmer Homes Scheme"),
    ent(HOUSING, "ACRONYM", "TA", aliases=("temporary accommodation",)),
    ent(HOUSING, "GPE", "Pellingford"),
    ent(HOUSING, "GPE", "Gillow Wharf"),
    ent(HOUSING, "GPE", "Lowther Green"),
]

HOUSING_PROPS = WordProps("Democratic Services", "Communities and Housing Committee minutes, 10 March 2026",
                          datetime.datetime(2026, 3, 12, 10, 0, 0), revision=2)


def build_housing(path: Path, gold: Gold) -> None:
    """The minutes in Word: each minute a "Heading 2" of its number and title."""
    word_report(path, gold, HOUSING_PROPS, council=P_COUNCIL, title="Communities and Housing Committee",
                subtitle=P_TITLE, front=P_LISTS, heading="Heading 2",
                sections=[(f"{number}. {heading}", paras) for number, heading, paras in P_MINUTES])


DOCS = {CHILDREN: (".pdf", build_children), HOUSING: (".docx", build_housing)}
ENTITIES = [*C_ENTITIES, *P_ENTITIES]
