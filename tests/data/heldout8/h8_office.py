"""The two documents of the eighth held-out corpus that are not PDFs: an invented county council's
pay policy statement with its gender pay gap report, written in Word (.docx: a front-sheet table,
Heading 1 sections of plain paragraphs, a table of chief officers' salary ranges written "low – high",
a table of the mean and median gaps with a calendar year a column and the % only in the row label,
a table of women and men in each pay quartile; pay multiples written "5.5 times", hourly and
yearly pay, a national comparator), and an invented borough council's full council minutes as a
CMIS-style site serves them (.html: minute numbers "C.56", the Mayor in the chair and members
counted rather than listed, questions from the public with the answers, the report of an
independent remuneration panel with a schedule of special responsibility allowances as multiples
of the basic allowance, an amendment put to a recorded vote whose counts are a small table,
votes for, against and abstaining in prose, a motion with an accepted amendment). Every name,
place and figure is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import TABLE, WordProps, word_report

# --- the pay policy statement (Word) ---------------------------------------------------------

PAY = "ravensmere-pay-policy-statement-2026-27"
RAVENSMERE = "Ravensmere County Council"
PAY_TITLE = "Pay Policy Statement 2026/27 and Gender Pay Gap Report"
PAY_FRONT = [
    ("Meeting", "County Council"),
    ("Date", "19 February 2026"),
    ("Report of", "Director of Corporate Services"),
    ("Cabinet Member", "Councillor Harriet Okonkwo-Lisle, Cabinet Member for Resources and Workforce"),
    ("Recommendation", "That the Council approves the Pay Policy Statement for 2026/27"),
]
SALARY_TABLE = [
    ["Post", "Salary range £", "Posts"],
    ["Chief Executive", "178,400 – 192,600", "1"],
    ["Executive Director", "132,900 – 146,200", "4"],
    ["Director", "104,500 – 118,300", "9"],
    ["Assistant Director", "86,700 – 97,400", "21"],
]
GAP_TABLE = [
    ["", "2022", "2023", "2024", "2025"],
    ["Mean gender pay gap (%)", "10.9", "9.7", "9.1", "8.4"],
    ["Median gender pay gap (%)", "14.6", "13.0", "12.4", "11.2"],
]
QUARTILE_TABLE = [
    ["Pay quartile", "Women (%)", "Men (%)"],
    ["Lower", "74.6", "25.4"],
    ["Lower middle", "69.3", "30.7"],
    ["Upper middle", "61.8", "38.2"],
    ["Upper", "52.5", "47.5"],
]
PAY_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Introduction", [
        "The Localism Act requires the Council to publish each year a statement of its policy on the pay of its "
        "chief officers and of its lowest-paid employees, and on the relationship between the two. This statement "
        "applies from 1 April 2026 to 31 March 2027.",
        "It covers the 4,612 people employed by the Council, but not those employed by schools, whose pay is set "
        "by their governing bodies.",
    ]),
    ("2. Chief officers", [
        "Chief officers are paid within the ranges in Table 1, set by the Appointments and Remuneration Committee. "
        "Their terms follow those of the Joint Negotiating Committee for Chief Officers of Local Authorities, and "
        "the Chief Executive's those of the Joint Negotiating Committee for Local Authority Chief Executives.",
        "Table 1: Chief officer salary ranges 2026/27",
        TABLE,
        "A new post paid more than £100,000 a year must be approved by full Council before it is advertised.",
        "The Chief Executive is also the Returning Officer, and was paid fees of £9,850 for the elections of May "
        "2025; these are set nationally and paid separately from salary.",
    ]),
    ("3. The lowest-paid employees", [
        "The Council's lowest-paid employees are those on the first point of its pay scale, which from 1 April "
        "2026 is £26,277 a year, or £13.60 an hour. This is above the real Living Wage of £13.45 an hour set by "
        "the Living Wage Foundation, which the Council has paid since 2019.",
        "Apprentices are paid at the same rate, not at the lower apprentice rate.",
    ]),
    ("4. Pay multiples", [
        "The Chief Executive's salary of £186,300 is 5.5 times the median earnings of the workforce, £33,945, and "
        "7.1 times the pay of the lowest-paid employees. A year ago the first of these was 5.7 times.",
        "The Hutton Review of Fair Pay in the Public Sector suggested that no public sector leader should earn more "
        "than 20 times the pay of the lowest-paid; the Council is well within that.",
    ]),
    ("5. Gender pay gap", [
        "On 31 March 2025 the mean hourly pay of women at the Council was 8.4% lower than that of men, and the "
        "median 11.2% lower. The median gap for all employees in the UK, as reported by the Office for National "
        "Statistics (ONS), was 13.1%.",
        "Of the 4,612 employees, 2,997 (65%) are women.",
        "Table 2: Gender pay gap at 31 March each year",
        TABLE,
        "The gap has narrowed each year since 2022, by 2.5 percentage points on the mean and 3.4 on the median.",
        "Table 3: Women and men in each pay quartile, 31 March 2025",
        TABLE,
        "Women hold 74.6% of the jobs in the lowest quartile but 52.5% of those in the highest, and that is what "
        "keeps the gap open. The Council pays no bonuses.",
    ]),
    ("6. Other payments", [
        "Employees on call out of hours receive a standby allowance of £36.40 a night, or £52.80 a night on a bank "
        "holiday.",
        "Market supplements of up to £6,000 a year are paid in 38 posts that are hard to fill, most of them for "
        "social workers and building surveyors.",
    ]),
    ("7. Approval", [
        "The Appointments and Remuneration Committee considered this statement on 12 January 2026 and recommends "
        "it to the Council.",
        "Report author: Malachy Vintner, Head of HR and Organisational Development.",
        "Director of Corporate Services: Sunniva Pellegrini-Gault.",
    ]),
]
PAY_PROPS = WordProps(author="HR and Organisational Development", title="Pay Policy Statement 2026/27",
                      saved=datetime.datetime(2026, 2, 2, 10, 45, 0), revision=7)


def build_pay(path: str, gold: Gold) -> None:
    word_report(path, gold, PAY_PROPS, council=RAVENSMERE, title=PAY_TITLE, front=PAY_FRONT,
                sections=PAY_SECTIONS, tables=(SALARY_TABLE, GAP_TABLE, QUARTILE_TABLE), front_table=True,
                bold_row=lambda k, _row: k == 0)
    gold.add("meta", council=RAVENSMERE, date="2026-02-19")


# --- the full council minutes (CMIS-style HTML) ----------------------------------------------

COUNCIL_MIN = "ottersby-council-minutes-2026-01-21"
OTTERSBY = "Ottersby Borough Council"
CM_TITLE = "Council - Wednesday, 21 January 2026 7.00 pm"
CM_BODY = f"Minutes of the meeting of {OTTERSBY}"
CM_PLACE = "Council Chamber, Ottersby Town Hall, Bridge Street, Ottersby"
CM_ATTENDANCE = [
    "Present: The Mayor, Councillor Winifred Castellane-Obi (in the Chair); the Deputy Mayor, Councillor Rupert "
    "Faircloth; and 45 other members of the Council, whose names are recorded in the attendance register.",
    "Officers: Caspian Delacroix-Mensah (Chief Executive), Henrietta Sowerby (Monitoring Officer), Ambrose "
    "Nakamura-Reid (Director of Finance) and Philomena Garside (Democratic Services Manager).",
]
SRA_ROWS = [
    ["Post", "Multiple of basic allowance", "Allowance (£ a year)", "Posts"],
    ["Leader of the Council", "3.0", "32,850", "1"],
    ["Deputy Leader", "2.0", "21,900", "1"],
    ["Cabinet Member", "1.5", "16,425", "6"],
    ["Chair of Planning Committee", "0.75", "8,213", "1"],
    ["Chair of Overview and Scrutiny Committee", "0.75", "8,213", "1"],
    ["Chair of Licensing Committee", "0.5", "5,475", "1"],
    ["Leader of the largest opposition group", "0.5", "5,475", "1"],
]
VOTE_ROWS = [
    ["Vote", "Members"],
    ["For", "19"],
    ["Against", "26"],
    ["Abstained", "2"],
]
Block = str | tuple[str, str, list[list[str]]]
CM_ITEMS: list[tuple[str, str, list[Block]]] = [
    ("C.56", "Apologies for absence", [
        "Apologies for absence were received from Councillors Leopold Hartigan, Marguerite Osei-Tutu, Crispin "
        "Wadlow and Zainab Fothergill.",
    ]),
    ("C.57", "Declarations of interest", [
        "Councillor Rupert Faircloth declared a pecuniary interest in the motion on pavement parking, as the owner "
        "of a garage business on Ferry Road, and left the chamber for that item.",
    ]),
    ("C.58", "Mayor's announcements", [
        "The Mayor reported that her charity appeal had raised £14,860 for the Ottersby Foodbank. She thanked the "
        "230 volunteers of the winter night shelter, which had provided 1,974 bed-nights between November and "
        "January.",
    ]),
    ("C.59", "Questions from members of the public", [
        "(a) Mrs Rosalind Parfitt asked how many public toilets the Council keeps open and what it will spend on "
        "them. Councillor Jonah Lindqvist-Ede, Cabinet Member for Environment, replied that the Council maintains "
        "14 public toilets, 9 of them open all year, and will spend £186,000 refurbishing 5 of them in 2026/27.",
        "(b) Mr Anselm Drury asked what the new crossing on Ferry Road had cost. Councillor Lindqvist-Ede replied "
        "that it had cost £92,500, of which £60,000 came from the developer of the Quayside Mills site under a "
        "section 106 agreement. In answer to a supplementary question he said that lighting would be added by the "
        "end of March 2026.",
    ]),
    ("C.60", "Members' Allowances Scheme 2026/27", [
        "The Council considered the report of the Independent Remuneration Panel (IRP), chaired by Professor "
        "Evangeline Moorcroft, on the allowances to be paid to members from 1 April 2026.",
        "The Panel recommended a basic allowance of £10,950 a year, up from £10,420, a rise of 5.1% in line with "
        "the pay award to staff, and special responsibility allowances (SRAs) set as multiples of the basic "
        "allowance, as in the schedule below.",
        ("TABLE", "Schedule of special responsibility allowances 2026/27", SRA_ROWS),
        "No member may receive more than one special responsibility allowance. With the basic allowance paid to "
        "all 51 members, the scheme will cost £739,126 in 2026/27, against a budget of £745,000.",
        "Councillor Lucius Merriweather-Kane moved an amendment, seconded by Councillor Delphine Ashworth, that "
        "the basic allowance be frozen at £10,420 for 2026/27. A recorded vote was taken on the amendment.",
        ("TABLE", "Recorded vote on the amendment", VOTE_ROWS),
        "The amendment was lost. The recommendations were then carried, with 31 votes for, 14 against and 2 "
        "abstentions.",
        "RESOLVED that (1) the Members' Allowances Scheme 2026/27 be adopted as recommended by the Independent "
        "Remuneration Panel, with effect from 1 April 2026; and (2) the Panel be thanked for its work.",
    ]),
    ("C.61", "Motion on pavement parking", [
        "It was moved by Councillor Nadia Pemberton-Yusuf and seconded by Councillor Gideon Ashby that: \u201cThis "
        "Council notes that residents made 412 complaints about cars parked on pavements in 2025, against 137 in "
        "2022, and asks the Cabinet to bring forward a pavement parking policy within six months.\u201d",
        "Councillor Merriweather-Kane moved an amendment to add \u201cand to set aside £50,000 from the Highways "
        "Reserve for signs and enforcement\u201d. The mover accepted the amendment, which became part of the motion.",
        "The motion as amended was carried, all 46 members present for the item voting for it.",
    ]),
    ("C.62", "Questions from members", [
        "Councillor Delphine Ashworth asked the Leader of the Council, Councillor Marcus Oyelaran-Pike, about "
        "charging points for electric vehicles. The Leader replied that the Council had installed 64 charge "
        "points in its car parks, 22 of them rapid chargers, which had been used for 18,300 charging sessions "
        "since April 2025 and had earned £41,200.",
    ]),
]
CM_CLOSE = "The meeting closed at 9.40 pm."
CM_FOOTER = f"{OTTERSBY}, Town Hall, Bridge Street, Ottersby"


def build_council(path: str, gold: Gold) -> None:
    """A CMIS-style minutes page (the site's header and footer are not gold lines: a reader drops
    them): the meeting's title and place, attendance, each item's minute
    number in a span before its title, its paragraphs, and tables with their captions."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(CM_TITLE)} | {e(OTTERSBY)}</title>", '<link rel="stylesheet" href="/cmis5/Style/cmis.css">',
        "</head>", "<body>",
        f'<header class="site-header"><a class="logo" href="https://ottersby.cmis.example/">{e(OTTERSBY)}</a></header>',
        '<nav class="crumbs"><a href="/cmis5/Meetings.aspx">Meetings</a> &gt; '
        '<a href="/cmis5/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/381/id/7.aspx">Council</a> &gt; '
        "Minutes</nav>",
        '<div id="MeetingMinutes" class="cmisMinutes">', f'<h1 class="MeetingTitle">{e(CM_TITLE)}</h1>',
        f'<p class="MeetingBody">{e(CM_BODY)}</p>', f'<p class="MeetingVenue">Venue: {e(CM_PLACE)}</p>',
    ]
    for text in (CM_TITLE, CM_BODY, f"Venue: {CM_PLACE}"):
        gold.line(text)
    for text in CM_ATTENDANCE:
        out.append(f'<p class="Attendance">{e(text)}</p>')
        gold.line(text)
    for number, heading, blocks in CM_ITEMS:
        out.append('<div class="MinuteItem">')
        out.append(f'<h2 class="ItemTitle"><span class="MinuteNumber">{e(number)}</span> {e(heading)}</h2>')
        gold.line(f"{number} {heading}")
        for block in blocks:
            if isinstance(block, str):
                out.append(f"<p>{e(block)}</p>")
                gold.line(block)
                continue
            _tag, caption, rows = block
            out.append('<table class="MinuteTable">')
            out.append(f"<caption>{e(caption)}</caption>")
            gold.line(caption)
            out.append("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
            for row in rows:
                gold.line(" ".join(row))
        out.append("</div>")
    out.append(f'<p class="MeetingClose">{e(CM_CLOSE)}</p>')
    gold.line(CM_CLOSE)
    out += ["</div>", f'<footer class="site-footer">{e(CM_FOOTER)}</footer>', "</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    gold.add("meta", council=OTTERSBY, date="2026-01-21")


# --- gold ------------------------------------------------------------------------------------

Y, C = PAY, COUNCIL_MIN


def _num(v: str) -> float:
    return float(v.replace(",", ""))


def _salary_items() -> list[dict[str, Any]]:
    out = []
    for post, rng, posts in SALARY_TABLE[1:]:
        low, high = rng.split(" – ")
        out.append(fig_item(Y, f"{post} {rng} {posts}",
                            money(low, _num(low), f"{post} salary range", "2026/27"),
                            money(high, _num(high), f"{post} salary range", "2026/27"),
                            count(posts, _num(posts), f"{post} posts", "2026/27")))
    return out


def _gap_items() -> list[dict[str, Any]]:
    years = GAP_TABLE[0][1:]
    return [fig_item(Y, " ".join([label, *vals]),
                     *(pct(v, _num(v), label.replace(" (%)", "").lower(), y) for v, y in zip(vals, years, strict=True)))
            for label, *vals in GAP_TABLE[1:]]


def _quartile_items() -> list[dict[str, Any]]:
    return [fig_item(Y, f"{q} {w} {m}", pct(w, _num(w), f"women in the {q.lower()} pay quartile"),
                     pct(m, _num(m), f"men in the {q.lower()} pay quartile"))
            for q, w, m in QUARTILE_TABLE[1:]]


def _sra_items() -> list[dict[str, Any]]:
    out = []
    for post, mult, amount, posts in SRA_ROWS[1:]:
        name = post.lower() if not post.startswith(("Leader of the Council", "Deputy")) else post
        out.append(fig_item(C, f"{post} {mult} {amount} {posts}",
                            count(mult, _num(mult), f"{name} multiple of basic allowance", "2026/27"),
                            money(amount, _num(amount), f"{name} special responsibility allowance a year", "2026/27"),
                            count(posts, _num(posts), f"{name} posts", "2026/27")))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(Y, "This statement applies from 1 April 2026 to 31 March 2027.",
             date("1 April 2026", "2026-04-01"), date("31 March 2027", "2027-03-31")),
    fig_item(Y, "It covers the 4,612 people employed by the Council, but not those employed by schools, whose pay is "
                "set by their governing bodies.",
             count("4,612", 4612, "people employed by the Council")),
    *_salary_items(),
    fig_item(Y, "A new post paid more than £100,000 a year must be approved by full Council before it is advertised.",
             money("£100,000", 100_000, "pay of a new post needing approval by full Council a year")),
    fig_item(Y, "The Chief Executive is also the Returning Officer, and was paid fees of £9,850 for the elections of May "
                "2025; these are set nationally and paid separately from salary.",
             money("£9,850", 9_850, "Returning Officer fees for the elections"), date("May 2025", "2025-05")),
    fig_item(Y, "The Council's lowest-paid employees are those on the first point of its pay scale, which from 1 April "
                "2026 is £26,277 a year, or £13.60 an hour.",
             date("1 April 2026", "2026-04-01"),
             money("£26,277", 26_277, "first point of the pay scale a year"),
             money("£13.60", 13.60, "first point of the pay scale an hour")),
    fig_item(Y, "This is above the real Living Wage of £13.45 an hour set by the Living Wage Foundation, which the "
                "Council has paid since 2019.",
             money("£13.45", 13.45, "real Living Wage an hour"), year("2019", 2019)),
    fig_item(Y, "The Chief Executive's salary of £186,300 is 5.5 times the median earnings of the workforce, £33,945, "
                "and 7.1 times the pay of the lowest-paid employees.",
             money("£186,300", 186_300, "Chief Executive's salary"),
             count("5.5", 5.5, "Chief Executive's salary to median earnings of the workforce times"),
             money("£33,945", 33_945, "median earnings of the workforce"),
             count("7.1", 7.1, "Chief Executive's salary to pay of the lowest-paid employees times")),
    fig_item(Y, "A year ago the first of these was 5.7 times.",
             count("5.7", 5.7, "Chief Executive's salary to median earnings a year ago times")),
    fig_item(Y, "The Hutton Review of Fair Pay in the Public Sector suggested that no public sector leader should earn "
                "more than 20 times the pay of the lowest-paid; the Council is well within that.",
             count("20", 20, "public sector leader pay to the pay of the lowest-paid times")),
    fig_item(Y, "On 31 March 2025 the mean hourly pay of women at the Council was 8.4% lower than that of men, and the "
                "median 11.2% lower.",
             date("31 March 2025", "2025-03-31"), pct("8.4%", 8.4, "mean gender pay gap"),
             pct("11.2%", 11.2, "median gender pay gap")),
    fig_item(Y, "The median gap for all employees in the UK, as reported by the Office for National Statistics (ONS), "
                "was 13.1%.",
             pct("13.1%", 13.1, "median gender pay gap for all employees in the UK")),
    fig_item(Y, "Of the 4,612 employees, 2,997 (65%) are women.",
             count("4,612", 4612, "employees"), count("2,997", 2997, "women employees"),
             pct("65%", 65, "employees who are women")),
    *_gap_items(),
    fig_item(Y, "The gap has narrowed each year since 2022, by 2.5 percentage points on the mean and 3.4 on the median.",
             year("2022", 2022), pct("2.5 percentage points", 2.5, "narrowing of the mean gender pay gap"),
             pct("3.4", 3.4, "narrowing of the median gender pay gap")),
    *_quartile_items(),
    fig_item(Y, "Women hold 74.6% of the jobs in the lowest quartile but 52.5% of those in the highest, and that is what "
                "keeps the gap open.",
             pct("74.6%", 74.6, "jobs in the lowest quartile held by women"),
             pct("52.5%", 52.5, "jobs in the highest quartile held by women")),
    fig_item(Y, "Employees on call out of hours receive a standby allowance of £36.40 a night, or £52.80 a night on a "
                "bank holiday.",
             money("£36.40", 36.40, "standby allowance a night"),
             money("£52.80", 52.80, "standby allowance a night on a bank holiday")),
    fig_item(Y, "Market supplements of up to £6,000 a year are paid in 38 posts that are hard to fill, most of them for "
                "social workers and building surveyors.",
             money("£6,000", 6_000, "market supplements a year"), count("38", 38, "posts paid market supplements")),
    fig_item(Y, "The Appointments and Remuneration Committee considered this statement on 12 January 2026",
             date("12 January 2026", "2026-01-12")),
    # the council minutes
    fig_item(C, "and 45 other members of the Council, whose names are recorded in the attendance register.",
             count("45", 45, "other members of the Council present")),
    fig_item(C, "The Mayor reported that her charity appeal had raised £14,860 for the Ottersby Foodbank.",
             money("£14,860", 14_860, "Mayor's charity appeal raised for the Ottersby Foodbank")),
    fig_item(C, "She thanked the 230 volunteers of the winter night shelter, which had provided 1,974 bed-nights between "
                "November and January.",
             count("230", 230, "volunteers of the winter night shelter"),
             count("1,974", 1974, "bed-nights provided by the winter night shelter")),
    fig_item(C, "replied that the Council maintains 14 public toilets, 9 of them open all year, and will spend £186,000 "
                "refurbishing 5 of them in 2026/27.",
             count("14", 14, "public toilets maintained"), count("9", 9, "public toilets open all year"),
             money("£186,000", 186_000, "refurbishing public toilets", "2026/27"),
             count("5", 5, "public toilets refurbished", "2026/27"), fy("2026/27", 2026)),
    fig_item(C, "Councillor Lindqvist-Ede replied that it had cost £92,500, of which £60,000 came from the developer of "
                "the Quayside Mills site under a section 106 agreement.",
             money("£92,500", 92_500, "cost of the new crossing on Ferry Road"),
             money("£60,000", 60_000, "developer contribution to the new crossing")),
    fig_item(C, "In answer to a supplementary question he said that lighting would be added by the end of March 2026.",
             date("March 2026", "2026-03")),
    fig_item(C, "on the allowances to be paid to members from 1 April 2026.", date("1 April 2026", "2026-04-01")),
    fig_item(C, "The Panel recommended a basic allowance of £10,950 a year, up from £10,420, a rise of 5.1% in line with "
                "the pay award to staff",
             money("£10,950", 10_950, "basic allowance a year", "2026/27"),
             money("£10,420", 10_420, "basic allowance a year"),
             pct("5.1%", 5.1, "rise in the basic allowance", "2026/27")),
    *_sra_items(),
    fig_item(C, "With the basic allowance paid to all 51 members, the scheme will cost £739,126 in 2026/27, against a "
                "budget of £745,000.",
             count("51", 51, "members paid the basic allowance"),
             money("£739,126", 739_126, "cost of the Members' Allowances Scheme", "2026/27"), fy("2026/27", 2026),
             money("£745,000", 745_000, "budget for the Members' Allowances Scheme", "2026/27")),
    fig_item(C, "that the basic allowance be frozen at £10,420 for 2026/27.",
             money("£10,420", 10_420, "basic allowance frozen", "2026/27"), fy("2026/27", 2026)),
    fig_item(C, "For 19", count("19", 19, "members voting for the amendment")),
    fig_item(C, "Against 26", count("26", 26, "members voting against the amendment")),
    fig_item(C, "Abstained 2", count("2", 2, "members abstaining on the amendment")),
    fig_item(C, "The recommendations were then carried, with 31 votes for, 14 against and 2 abstentions.",
             count("31", 31, "votes for the recommendations"), count("14", 14, "votes against the recommendations"),
             count("2", 2, "abstentions on the recommendations")),
    fig_item(C, "This Council notes that residents made 412 complaints about cars parked on pavements in 2025, against "
                "137 in 2022, and asks the Cabinet to bring forward a pavement parking policy within six months.",
             count("412", 412, "complaints about cars parked on pavements", "2025"), year("2025", 2025),
             count("137", 137, "complaints about cars parked on pavements", "2022"), year("2022", 2022),
             duration("six months", "P6M")),
    fig_item(C, "and to set aside £50,000 from the Highways Reserve for signs and enforcement",
             money("£50,000", 50_000, "Highways Reserve set aside for signs and enforcement")),
    fig_item(C, "The motion as amended was carried, all 46 members present for the item voting for it.",
             count("46", 46, "members voting for the motion as amended")),
    fig_item(C, "The Leader replied that the Council had installed 64 charge points in its car parks, 22 of them rapid "
                "chargers, which had been used for 18,300 charging sessions since April 2025 and had earned £41,200.",
             count("64", 64, "charge points installed in car parks"), count("22", 22, "rapid chargers"),
             count("18,300", 18_300, "charging sessions"), date("April 2025", "2025-04"),
             money("£41,200", 41_200, "earned by charge points")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(Y, "ORG", RAVENSMERE),
    ent(Y, "ORG", "Living Wage Foundation"),
    ent(Y, "ORG", "Office for National Statistics", aliases=("ONS",)),
    ent(Y, "ORG", "Joint Negotiating Committee for Chief Officers of Local Authorities"),
    ent(Y, "ORG", "Joint Negotiating Committee for Local Authority Chief Executives"),
    ent(Y, "COMMITTEE", "Appointments and Remuneration Committee"),
    ent(Y, "PROGRAMME", "Pay Policy Statement"),
    ent(Y, "PROGRAMME", "Hutton Review of Fair Pay in the Public Sector"),
    ent(Y, "GPE", "UK"),
    ent(Y, "ROLE", "Director of Corporate Services"),
    ent(Y, "ROLE", "Cabinet Member for Resources and Workforce"),
    ent(Y, "ROLE", "Head of HR and Organisational Development"),
    ent(Y, "ROLE", "Chief Executive"),
    ent(Y, "ROLE", "Executive Director"),
    ent(Y, "ROLE", "Assistant Director"),
    ent(Y, "ROLE", "Returning Officer"),
    ent(Y, "PERSON", "Harriet Okonkwo-Lisle", affiliation=RAVENSMERE, role="Cabinet Member for Resources and Workforce"),
    ent(Y, "PERSON", "Malachy Vintner", affiliation=RAVENSMERE, role="Head of HR and Organisational Development"),
    ent(Y, "PERSON", "Sunniva Pellegrini-Gault", affiliation=RAVENSMERE, role="Director of Corporate Services"),
    ent(C, "ORG", OTTERSBY),
    ent(C, "ORG", "Ottersby Foodbank"),
    ent(C, "COMMITTEE", "Independent Remuneration Panel", aliases=("IRP",)),
    ent(C, "COMMITTEE", "Cabinet"),
    ent(C, "COMMITTEE", "Planning Committee"),
    ent(C, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(C, "COMMITTEE", "Licensing Committee"),
    ent(C, "PROGRAMME", "Members' Allowances Scheme"),
    ent(C, "PROGRAMME", "Highways Reserve"),
    ent(C, "ACRONYM", "special responsibility allowances", aliases=("SRAs", "SRA")),
    ent(C, "GPE", "Ottersby"),
    ent(C, "GPE", "Ferry Road"),
    ent(C, "GPE", "Quayside Mills"),
    ent(C, "GPE", "Bridge Street"),
    ent(C, "ROLE", "Mayor"),
    ent(C, "ROLE", "Deputy Mayor"),
    ent(C, "ROLE", "Chief Executive"),
    ent(C, "ROLE", "Monitoring Officer"),
    ent(C, "ROLE", "Director of Finance"),
    ent(C, "ROLE", "Democratic Services Manager"),
    ent(C, "ROLE", "Cabinet Member for Environment"),
    ent(C, "ROLE", "Leader of the Council"),
    ent(C, "ROLE", "Deputy Leader"),
    ent(C, "PERSON", "Winifred Castellane-Obi", affiliation=OTTERSBY, role="Mayor"),
    ent(C, "PERSON", "Rupert Faircloth", affiliation=OTTERSBY, role="Deputy Mayor"),
    ent(C, "PERSON", "Caspian Delacroix-Mensah", affiliation=OTTERSBY, role="Chief Executive"),
    ent(C, "PERSON", "Henrietta Sowerby", affiliation=OTTERSBY, role="Monitoring Officer"),
    ent(C, "PERSON", "Ambrose Nakamura-Reid", affiliation=OTTERSBY, role="Director of Finance"),
    ent(C, "PERSON", "Philomena Garside", affiliation=OTTERSBY, role="Democratic Services Manager"),
    ent(C, "PERSON", "Leopold Hartigan", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Marguerite Osei-Tutu", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Crispin Wadlow", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Zainab Fothergill", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Rosalind Parfitt"),
    ent(C, "PERSON", "Anselm Drury"),
    ent(C, "PERSON", "Jonah Lindqvist-Ede", affiliation=OTTERSBY, role="Cabinet Member for Environment"),
    ent(C, "PERSON", "Evangeline Moorcroft", affiliation="Independent Remuneration Panel", role="Chair"),
    ent(C, "PERSON", "Lucius Merriweather-Kane", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Delphine Ashworth", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Nadia Pemberton-Yusuf", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Gideon Ashby", affiliation=OTTERSBY, role="Councillor"),
    ent(C, "PERSON", "Marcus Oyelaran-Pike", affiliation=OTTERSBY, role="Leader of the Council"),
]
