"""The two documents of the sixth held-out corpus that are not PDFs: an invented city council's
corporate performance scorecard for a quarter, published as a page of the council's website
(.html, not Modern.gov: headings, a summary list, one table a theme with target, three quarter
columns, the same quarter a year before, direction of travel and status), and an invented
district council's planning committee minutes, written in Word (.docx: attendance paragraphs,
minute headings, applications with references, section 106 contributions, affordable housing,
votes for and against, resolutions). Every name, place and figure is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, money, pct
from reportkit import WordProps, word_report

# --- the performance scorecard page ----------------------------------------------------------

SCORE = "marrowdene-corporate-performance-scorecard-q3-2025-26"
MARROWDENE = "Marrowdene City Council"
SCORE_TITLE = "Corporate performance scorecard: quarter 3, 2025/26"
SCORE_INTRO = [
    "This page reports how the Council performed from October to December 2025 against the measures in its "
    "Council Plan. Cabinet considered it on 12 February 2026.",
    "Of the 21 measures that have a target, 13 were on track at the end of December, 5 were within tolerance "
    "and 3 were off track. A year earlier 11 were on track.",
]
SCORE_POINTS = [
    "The number of households in temporary accommodation rose to 251, 27% more than a year earlier.",
    "Council tax collection is 0.4 percentage points behind last year, which is about £540,000.",
    "The contact centre took 41,300 calls in the quarter, 8% more than in the quarter before, after the new "
    "garden waste permits went on sale.",
    "Sickness absence fell for the second quarter running but is still above the target of 9 days.",
]
SCORE_HEAD = ("Measure", "Target 2025/26", "Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q3 2024/25",
              "Direction of travel", "Status")
SCORE_THEMES: list[tuple[str, list[tuple[str, ...]]]] = [
    ("A growing city", [
        ("New homes completed (year to date)", "650", "142", "301", "468", "415", "Improving", "On track"),
        ("Working-age residents claiming out-of-work benefits", "4.0%", "4.3%", "4.4%", "4.2%", "4.5%",
         "Improving", "Off track"),
        ("Major planning applications decided in time", "85%", "91%", "88%", "94%", "83%", "Improving",
         "On track"),
    ]),
    ("Services that work", [
        ("Council tax collected (year to date)", "96.5%", "28.6%", "56.4%", "83.9%", "84.3%", "Worse",
         "Within tolerance"),
        ("Contact centre calls answered", "90%", "86%", "81%", "89%", "92%", "Worse", "Off track"),
        ("Average days to decide a new housing benefit claim", "18", "21", "19", "17", "20", "Improving",
         "On track"),
        ("Days lost to sickness per employee (rolling year)", "9.0", "9.8", "10.1", "9.6", "10.4", "Improving",
         "Off track"),
    ]),
    ("Safe and healthy neighbourhoods", [
        ("Households in temporary accommodation (end of quarter)", "No target", "212", "236", "251", "198",
         "Worse", "No target"),
        ("Fly-tipping incidents reported", "No target", "1,104", "1,267", "986", "1,150", "Improving",
         "No target"),
        ("Food businesses rated good or better for hygiene", "92%", "93.1%", "93.4%", "94.0%", "92.2%",
         "Improving", "On track"),
    ]),
]
SCORE_TAIL = [
    "Lead officer: Zainab Holroyd-Fenn, Head of Performance and Insight.",
    "Cabinet Member for Customer Services and Performance: Councillor Aurelio Banerjee-Stanton.",
    "Next update: May 2026.",
]
SCORE_FOOTER = f"{MARROWDENE}, Civic Centre, Marrowdene"


def build_score(path: str, gold: Gold) -> None:
    """A council website page: an article with a summary list and one table a theme."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(SCORE_TITLE)} | {e(MARROWDENE)}</title>", "</head>", "<body>",
        f'<header class="site-header"><a href="https://www.marrowdene.example">{e(MARROWDENE)}</a></header>',
        '<nav class="breadcrumbs"><a href="/council">Council and democracy</a> &gt; '
        '<a href="/council/performance">Performance</a></nav>',
        "<main>", f"<h1>{e(SCORE_TITLE)}</h1>",
    ]
    gold.line(MARROWDENE)
    gold.line(SCORE_TITLE)
    for text in SCORE_INTRO:
        out.append(f"<p>{e(text)}</p>")
        gold.line(text)
    out.append("<h2>Summary</h2>")
    gold.line("Summary")
    out.append("<ul>")
    for text in SCORE_POINTS:
        out.append(f"<li>{e(text)}</li>")
        gold.line(text)
    out.append("</ul>")
    for theme, rows in SCORE_THEMES:
        out.append(f"<h2>{e(theme)}</h2>")
        gold.line(theme)
        out.append('<table class="scorecard">')
        out.append("<thead><tr>" + "".join(f'<th scope="col">{e(c)}</th>' for c in SCORE_HEAD) + "</tr></thead>")
        gold.line(" ".join(SCORE_HEAD))
        out.append("<tbody>")
        for row in rows:
            out.append(f'<tr><th scope="row">{e(row[0])}</th>' + "".join(f"<td>{e(c)}</td>" for c in row[1:]) + "</tr>")
            gold.line(" ".join(row))
        out.append("</tbody></table>")
    out.append("<h2>Contact</h2>")
    gold.line("Contact")
    for text in SCORE_TAIL:
        out.append(f"<p>{e(text)}</p>")
        gold.line(text)
    out.append('<p class="updated">Last updated: 13 February 2026</p>')
    gold.line("Last updated: 13 February 2026")
    out += ["</main>", f'<footer class="site-footer">{e(SCORE_FOOTER)}</footer>', "</body>", "</html>", ""]
    gold.line(SCORE_FOOTER)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    gold.add("meta", council=MARROWDENE, date="2026-02-12")


# --- the planning committee minutes (Word) -----------------------------------------------------

PLANNING = "thornhallow-planning-committee-minutes-2026-01-21"
THORNHALLOW = "Thornhallow District Council"
PLANNING_TITLE = "Planning Committee"
PLANNING_SUBTITLE = ("Minutes of the meeting held on Wednesday 21 January 2026 at 6.00 pm in the Council Chamber, "
                     "Thornhallow House")
PLANNING_FRONT = [
    ("Present:", "Councillors Gideon Marchbanks (Chair), Priya Ormerod-Hensley (Vice-Chair), Colm Daventry, "
                 "Hester Ng-Lambourne, Nia Threlkeld-Barnes, Osric Pennywhistle and Rukhsana Vail."),
    ("Apologies:", "Councillor Barnaby Troutbeck."),
    ("Officers:", "Helena Sturrock-Vos (Development Management Manager), Bartholomew Iqbal-Rees (Principal "
                  "Planning Officer) and Adaeze Cromwell-Pike (Solicitor)."),
]
PLANNING_MINUTES: list[tuple[str, list[str]]] = [
    ("PL.71 Declarations of interest", [
        "Councillor Threlkeld-Barnes declared that she sits on Esk Morton Parish Council, which had objected to "
        "application 25/00871/OUT, and took no part in that item.",
    ]),
    ("PL.72 Minutes", [
        "RESOLVED that the minutes of the meeting held on 10 December 2025 be approved as a correct record.",
    ]),
    ("PL.73 25/00871/OUT: Land north of Gallowmere Lane, Esk Morton", [
        "Outline application by Carrowfield Homes Ltd for up to 180 dwellings, with access from Gallowmere Lane, "
        "3.2 hectares of public open space and a drainage pond.",
        "The Principal Planning Officer reported that 30% of the homes, 54 in all, would be affordable, of which "
        "70% would be for social rent and the rest for shared ownership. The site lies outside the settlement "
        "boundary, but the Council can show a supply of housing land of only 4.1 years.",
        "The section 106 agreement would secure £1,264,000 towards a new classroom block at Esk Morton Primary "
        "School, £318,500 for the village surgery, £96,000 for play equipment off the site and £450,000 towards "
        "the bus service over five years.",
        "Mr Lionel Abernethy-Quist spoke against the application on behalf of Esk Morton Parish Council, and "
        "Ms Jocasta Wrenbury-Webb of Askwith Tarrant Planning LLP spoke for the applicant. Councillor Ewan "
        "Rathmore-Singh spoke as ward member.",
        "Members asked about traffic on Gallowmere Lane. The highway authority, Morwenshire County Council, had "
        "not objected, subject to a 30 mph limit past the site and a new footway 620 metres long.",
        "On being put to the vote there were 8 votes for, 3 against and 1 abstention.",
        "RESOLVED that outline planning permission be granted subject to a section 106 agreement and the 24 "
        "conditions in the report, and that the Head of Planning refuse the application if the agreement is not "
        "signed within six months.",
    ]),
    ("PL.74 25/01102/FUL: Former bus depot, Wharf Road, Thornhallow", [
        "Full application by Stellmoor Developments Ltd for 46 flats in two blocks, with 23 parking spaces.",
        "The applicant offered 9 affordable homes, 20% of the total, against the 25% the Local Plan asks for, and "
        "supported this with a viability assessment that the Council's adviser, Penhallow Valuation, found "
        "reasonable.",
        "Members were concerned about the height of the taller block next to the Wharf Road Conservation Area. "
        "Councillor Marchbanks moved and Councillor Ormerod-Hensley seconded that the application be refused.",
        "On being put to the vote there were 7 votes for refusal and 5 against.",
        "RESOLVED that planning permission be refused because the taller block would harm the setting of the "
        "conservation area and the scheme provides less affordable housing than the Local Plan requires without "
        "enough justification.",
    ]),
    ("PL.75 25/01340/HOU: Rowan Cottage, Linnet Lane, Burwardine", [
        "Application for a side extension, before the Committee because the applicant works for the Council.",
        "RESOLVED unanimously that planning permission be granted subject to 3 conditions.",
    ]),
    ("PL.76 Planning appeals", [
        "The Committee noted that 14 appeal decisions had been received since April 2025, of which 11 were "
        "dismissed, a success rate of 79% against a national average of about 70%. The Council paid £8,200 in "
        "costs on one appeal, at Top Fold Farm.",
    ]),
    ("PL.77 Performance", [
        "The Development Management Manager reported that 92% of major applications and 88% of other applications "
        "were decided in time in the year to December 2025, against national targets of 60% and 70%.",
        "Planning fee income was £1.18m in the nine months to December, £140,000 above budget.",
    ]),
]
PLANNING_TAIL = ["The meeting closed at 8.40 pm.", "Chair"]
PLANNING_PROPS = WordProps(author="Democratic Services", title="Planning Committee minutes 21 January 2026",
                           saved=datetime.datetime(2026, 1, 28, 10, 15, 0), revision=2)


def build_planning(path: str, gold: Gold) -> None:
    word_report(path, gold, PLANNING_PROPS, council=THORNHALLOW, title=PLANNING_TITLE, subtitle=PLANNING_SUBTITLE,
                front=PLANNING_FRONT, sections=PLANNING_MINUTES, heading="Heading 2", tail=PLANNING_TAIL)
    gold.add("meta", council=THORNHALLOW, date="2026-01-21")


# --- gold ------------------------------------------------------------------------------------

S, P = SCORE, PLANNING
_COLS = ((" target", "2025/26"), (" Q1", "2025/26"), (" Q2", "2025/26"), (" Q3", "2025/26"),
         (" Q3 a year earlier", "2024/25"))


def _score_items() -> list[dict[str, Any]]:
    out = []
    for _theme, rows in SCORE_THEMES:
        for row in rows:
            name = row[0].split(" (")[0].lower()
            figs = []
            for v, (kind, per) in zip(row[1:6], _COLS, strict=True):
                if v == "No target":
                    continue
                num = float(v.rstrip("%").replace(",", ""))
                make = pct if v.endswith("%") else count
                figs.append(make(v, num, f"{name}{kind}", per))
            out.append(fig_item(S, " ".join(row), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(S, "This page reports how the Council performed from October to December 2025 against the measures in "
                "its Council Plan.", date("December 2025", "2025-12")),
    fig_item(S, "Cabinet considered it on 12 February 2026.", date("12 February 2026", "2026-02-12")),
    fig_item(S, "Of the 21 measures that have a target, 13 were on track at the end of December, 5 were within "
                "tolerance and 3 were off track.",
             count("21", 21, "measures that have a target"), count("13", 13, "measures on track"),
             count("5", 5, "measures within tolerance"), count("3", 3, "measures off track")),
    fig_item(S, "A year earlier 11 were on track.", count("11", 11, "measures on track a year earlier")),
    fig_item(S, "The number of households in temporary accommodation rose to 251, 27% more than a year earlier.",
             count("251", 251, "households in temporary accommodation"),
             pct("27%", 27, "rise in households in temporary accommodation")),
    fig_item(S, "Council tax collection is 0.4 percentage points behind last year, which is about £540,000.",
             pct("0.4 percentage points", 0.4, "council tax collection behind last year"),
             money("£540,000", 540_000, "council tax collection behind last year")),
    fig_item(S, "The contact centre took 41,300 calls in the quarter, 8% more than in the quarter before, after the new "
                "garden waste permits went on sale.",
             count("41,300", 41_300, "calls taken by the contact centre in the quarter"),
             pct("8%", 8, "rise in calls taken by the contact centre")),
    fig_item(S, "Sickness absence fell for the second quarter running but is still above the target of 9 days.",
             duration("9 days", "P9D", "target for sickness absence")),
    *_score_items(),
    fig_item(S, "Next update: May 2026.", date("May 2026", "2026-05")),
    fig_item(S, "Last updated: 13 February 2026", date("13 February 2026", "2026-02-13")),
    fig_item(P, "Minutes of the meeting held on Wednesday 21 January 2026 at 6.00 pm",
             date("21 January 2026", "2026-01-21")),
    fig_item(P, "RESOLVED that the minutes of the meeting held on 10 December 2025 be approved as a correct record.",
             date("10 December 2025", "2025-12-10")),
    fig_item(P, "Outline application by Carrowfield Homes Ltd for up to 180 dwellings, with access from Gallowmere "
                "Lane, 3.2 hectares of public open space and a drainage pond.",
             count("180", 180, "dwellings"), count("3.2", 3.2, "hectares of public open space")),
    fig_item(P, "The Principal Planning Officer reported that 30% of the homes, 54 in all, would be affordable, of "
                "which 70% would be for social rent and the rest for shared ownership.",
             pct("30%", 30, "affordable homes"), count("54", 54, "affordable homes"),
             pct("70%", 70, "affordable homes for social rent")),
    fig_item(P, "The site lies outside the settlement boundary, but the Council can show a supply of housing land of "
                "only 4.1 years.",
             duration("4.1 years", "P4.1Y", "supply of housing land")),
    fig_item(P, "The section 106 agreement would secure £1,264,000 towards a new classroom block at Esk Morton Primary "
                "School, £318,500 for the village surgery, £96,000 for play equipment off the site and £450,000 "
                "towards the bus service over five years.",
             money("£1,264,000", 1_264_000, "section 106 contribution towards a new classroom block"),
             money("£318,500", 318_500, "section 106 contribution for the village surgery"),
             money("£96,000", 96_000, "section 106 contribution for play equipment off the site"),
             money("£450,000", 450_000, "section 106 contribution towards the bus service"),
             duration("five years", "P5Y")),
    fig_item(P, "The highway authority, Morwenshire County Council, had not objected, subject to a 30 mph limit past "
                "the site and a new footway 620 metres long.",
             count("30", 30, "mph speed limit past the site"), count("620", 620, "metres of new footway")),
    fig_item(P, "On being put to the vote there were 8 votes for, 3 against and 1 abstention.",
             count("8", 8, "votes for"), count("3", 3, "votes against"), count("1", 1, "abstention")),
    fig_item(P, "RESOLVED that outline planning permission be granted subject to a section 106 agreement and the 24 "
                "conditions in the report, and that the Head of Planning refuse the application if the agreement is "
                "not signed within six months.",
             count("24", 24, "conditions"), duration("six months", "P6M")),
    fig_item(P, "Full application by Stellmoor Developments Ltd for 46 flats in two blocks, with 23 parking spaces.",
             count("46", 46, "flats"), count("two", 2, "blocks"), count("23", 23, "parking spaces")),
    fig_item(P, "The applicant offered 9 affordable homes, 20% of the total, against the 25% the Local Plan asks for, "
                "and supported this with a viability assessment that the Council's adviser, Penhallow Valuation, found "
                "reasonable.",
             count("9", 9, "affordable homes offered"), pct("20%", 20, "affordable homes offered"),
             pct("25%", 25, "affordable housing the Local Plan asks for")),
    fig_item(P, "On being put to the vote there were 7 votes for refusal and 5 against.",
             count("7", 7, "votes for refusal"), count("5", 5, "votes against refusal")),
    fig_item(P, "RESOLVED unanimously that planning permission be granted subject to 3 conditions.",
             count("3", 3, "conditions")),
    fig_item(P, "The Committee noted that 14 appeal decisions had been received since April 2025, of which 11 were "
                "dismissed, a success rate of 79% against a national average of about 70%.",
             count("14", 14, "appeal decisions received"), date("April 2025", "2025-04"),
             count("11", 11, "appeals dismissed"), pct("79%", 79, "appeal success rate"),
             pct("70%", 70, "national average appeal success rate")),
    fig_item(P, "The Council paid £8,200 in costs on one appeal, at Top Fold Farm.",
             money("£8,200", 8_200, "costs paid on an appeal"), count("one", 1, "appeal")),
    fig_item(P, "The Development Management Manager reported that 92% of major applications and 88% of other "
                "applications were decided in time in the year to December 2025, against national targets of 60% and "
                "70%.",
             pct("92%", 92, "major applications decided in time"),
             pct("88%", 88, "other applications decided in time"), date("December 2025", "2025-12"),
             pct("60%", 60, "national target for major applications decided in time"),
             pct("70%", 70, "national target for other applications decided in time")),
    fig_item(P, "Planning fee income was £1.18m in the nine months to December, £140,000 above budget.",
             money("£1.18m", 1_180_000, "planning fee income"), duration("nine months", "P9M"),
             money("£140,000", 140_000, "planning fee income above budget")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(S, "ORG", MARROWDENE),
    ent(S, "COMMITTEE", "Cabinet"),
    ent(S, "PROGRAMME", "Council Plan"),
    ent(S, "ROLE", "Head of Performance and Insight"),
    ent(S, "ROLE", "Cabinet Member for Customer Services and Performance"),
    ent(S, "PERSON", "Zainab Holroyd-Fenn", affiliation=MARROWDENE, role="Head of Performance and Insight"),
    ent(S, "PERSON", "Aurelio Banerjee-Stanton", affiliation=MARROWDENE,
        role="Cabinet Member for Customer Services and Performance"),
    ent(P, "ORG", THORNHALLOW),
    ent(P, "COMMITTEE", "Planning Committee", aliases=("Committee",)),
    ent(P, "ORG", "Esk Morton Parish Council"),
    ent(P, "ORG", "Carrowfield Homes Ltd"),
    ent(P, "ORG", "Stellmoor Developments Ltd"),
    ent(P, "ORG", "Askwith Tarrant Planning LLP"),
    ent(P, "ORG", "Penhallow Valuation"),
    ent(P, "ORG", "Morwenshire County Council"),
    ent(P, "ORG", "Esk Morton Primary School"),
    ent(P, "PROGRAMME", "Local Plan"),
    ent(P, "GPE", "Esk Morton"),
    ent(P, "GPE", "Burwardine"),
    ent(P, "GPE", "Wharf Road Conservation Area"),
    ent(P, "ROLE", "Development Management Manager"),
    ent(P, "ROLE", "Principal Planning Officer"),
    ent(P, "ROLE", "Head of Planning"),
    ent(P, "PERSON", "Gideon Marchbanks", affiliation=THORNHALLOW, role="Chair"),
    ent(P, "PERSON", "Priya Ormerod-Hensley", affiliation=THORNHALLOW, role="Vice-Chair"),
    ent(P, "PERSON", "Colm Daventry", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Hester Ng-Lambourne", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Nia Threlkeld-Barnes", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Osric Pennywhistle", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Rukhsana Vail", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Barnaby Troutbeck", affiliation=THORNHALLOW, role="Councillor"),
    ent(P, "PERSON", "Helena Sturrock-Vos", affiliation=THORNHALLOW, role="Development Management Manager"),
    ent(P, "PERSON", "Bartholomew Iqbal-Rees", affiliation=THORNHALLOW, role="Principal Planning Officer"),
    ent(P, "PERSON", "Adaeze Cromwell-Pike", affiliation=THORNHALLOW, role="Solicitor"),
    ent(P, "PERSON", "Lionel Abernethy-Quist", affiliation="Esk Morton Parish Council"),
    ent(P, "PERSON", "Jocasta Wrenbury-Webb", affiliation="Askwith Tarrant Planning LLP"),
    ent(P, "PERSON", "Ewan Rathmore-Singh", affiliation=THORNHALLOW, role="Councillor"),
]
