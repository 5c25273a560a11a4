"""The Word document of the eleventh held-out corpus: an invented borough council's overview and
scrutiny committee minutes of a meeting that heard a call-in of a Cabinet decision (the reasons of
the members who called it in, the Cabinet member's and officers' answers with figures, the
committee's vote and what it refers back), then a budget monitoring item and the committee's
action log as a Word table (numbered actions, the minute each came from, an owner, a due date and a
status word). Written with python-docx (``reportkit.word_report``). Every name, place and figure
is made up."""

from __future__ import annotations

import datetime
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct
from reportkit import TABLE, WordProps, word_report

CALLIN = "corrowby-overview-scrutiny-call-in-minutes-2026-03-09"
CORROWBY = "Corrowby Borough Council"
TITLE = "Overview and Scrutiny Committee: Minutes"
FRONT = [
    ("Date:", "Monday 9 March 2026, 6.30 pm, Council Chamber, Wick House"),
    ("Present:", "Councillors Hermione Oakenshaw (Chair), Barnaby Quilliam (Vice-Chair), Ruth Adeyemi-Stowe, "
                 "Lorcan Fettiplace, Priya Vanstone-Kaur, Edmund Salkeld and Tamsin Greatorex"),
    ("Also present:", "Councillor Fergus Llewellyn-Marr (Cabinet Member for Communities and Culture)"),
    ("Officers:", "Octavia Brennan-Hulme (Head of Libraries and Culture), Desmond Achterberg (Finance Manager) and "
                  "Philippa Strang (Scrutiny Officer)"),
    ("Apologies:", "Councillor Wilfred Ormsby-Tate"),
]

ACTIONS = [
    ("No.", "Minute", "Action", "Owner", "Due", "Status"),
    ("1", "OS/41", "Send the Committee the visitor counts of every library for the last three years",
     "Head of Libraries and Culture", "23 March 2026", "Open"),
    ("2", "OS/41", "Report the cost of keeping Brackenhythe Library open two days a week", "Finance Manager",
     "23 March 2026", "Open"),
    ("3", "OS/42", "Circulate the breakdown of the £186,000 leisure overspend by site", "Finance Manager",
     "16 March 2026", "Open"),
    ("4", "OS/36", "Bring the review of car parking charges to the June meeting", "Scrutiny Officer",
     "15 June 2026", "On track"),
    ("5", "OS/33", "Write to the bus operator about the withdrawn evening service 17", "Chair",
     "30 January 2026", "Done"),
    ("6", "OS/30", "Arrange a site visit to the Blackstone Road depot", "Scrutiny Officer", "27 February 2026",
     "Overdue"),
]

SECTIONS: list[tuple[str, list[str]]] = [
    ("OS/40 Declarations of interest", [
        "Councillor Tamsin Greatorex declared that she volunteers at Brackenhythe Library; she took part in the "
        "discussion but did not vote on minute OS/41.",
    ]),
    ("OS/41 Call-in: the Cabinet's decision on the library service (Cabinet, 24 February 2026)", [
        "The decision had been called in by Councillors Lorcan Fettiplace, Priya Vanstone-Kaur and Edmund Salkeld, "
        "more than the three members the constitution requires. They said the Cabinet had not weighed the "
        "consultation, which drew 2,914 responses, of which 71 per cent opposed closing any library.",
        "Councillor Fergus Llewellyn-Marr, Cabinet Member for Communities and Culture, said the decision would "
        "close Brackenhythe and Stoatley libraries from 1 July 2026 and keep the other four, saving £214,000 a "
        "year from 2027/28 and £107,000 in the part year 2026/27.",
        "The Head of Libraries and Culture said Brackenhythe Library had 9,430 visits in 2024/25 and Stoatley "
        "6,120, against an average of 38,600 for the other four. Each visit to Brackenhythe cost the Council about "
        "£11.80, four times the average for the service.",
        "Members asked about the mobile library. The Finance Manager said a second vehicle would cost £96,000 to "
        "buy and about £41,000 a year to run, so it would take roughly a fifth of the saving.",
        "Councillor Barnaby Quilliam moved that the decision be referred back to Cabinet; Councillor Ruth "
        "Adeyemi-Stowe seconded. The motion was carried by 4 votes to 2.",
        "RESOLVED that the decision be referred back to Cabinet, asking it to consider keeping Brackenhythe "
        "Library open for two days a week run with volunteers, and to report the equality impact on the 1,150 "
        "residents over 75 who live within a mile of it.",
    ]),
    ("OS/42 Budget monitoring: quarter 3 2025/26", [
        "The Finance Manager reported a forecast overspend of £412,000 on a net budget of £21.6m, or 1.9%, "
        "an improvement of £133,000 on the quarter 2 forecast. Leisure centres accounted for £186,000 of it, "
        "mainly because income at Cinderbank pool was 14% below budget while its roof was repaired.",
        "Of the savings of £1.47m in the budget, £1.12m had been made, 76 per cent; the Committee asked that the "
        "rest be tracked at each meeting.",
        "RESOLVED that the report be noted.",
    ]),
    ("OS/43 Action log", [
        "The Committee reviewed its action log. Five actions were open or overdue and one had been completed.",
        TABLE,
        "The meeting closed at 8.47 pm.",
    ]),
]


def build_callin(path: str, gold: Gold) -> None:
    props = WordProps(author="Philippa Strang", title=TITLE, saved=datetime.datetime(2026, 3, 11, 9, 5, 0),
                      revision=4)
    word_report(path, gold, props, council=CORROWBY, title=TITLE, front=FRONT, sections=SECTIONS, tables=(ACTIONS,),
                bold_row=lambda k, row: k == 0)
    gold.add("meta", council=CORROWBY, date="2026-03-09")


# --- gold ------------------------------------------------------------------------------------

C = CALLIN
# the budget monitoring minute's heading names the year its money and shares are for
Q3 = "2025/26"
MONTHS = {"January": "01", "February": "02", "March": "03", "June": "06"}


def _iso(d: str) -> str:
    day, mon, yr = d.split()
    return f"{yr}-{MONTHS[mon]}-{int(day):02d}"


def _action_items() -> list[dict[str, Any]]:
    out = []
    for row in ACTIONS[1:]:
        figs = [date(row[4], _iso(row[4]))]
        if "£186,000" in row[2]:
            figs.insert(0, money("£186,000", 186_000, "leisure overspend"))
        out.append(fig_item(C, " ".join(row), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(C, "The decision had been called in by Councillors Lorcan Fettiplace, Priya Vanstone-Kaur and Edmund "
                "Salkeld, more than the three members the constitution requires.",
             count("three", 3, "members the constitution requires")),
    fig_item(C, "They said the Cabinet had not weighed the consultation, which drew 2,914 responses, of which 71 per "
                "cent opposed closing any library.",
             count("2,914", 2914, "consultation responses"), pct("71 per cent", 71, "opposed closing any library")),
    fig_item(C, "close Brackenhythe and Stoatley libraries from 1 July 2026 and keep the other four, saving £214,000 a "
                "year from 2027/28 and £107,000 in the part year 2026/27.",
             date("1 July 2026", "2026-07-01"), count("four", 4, "libraries kept"),
             money("£214,000", 214_000, "saving a year"), fy("2027/28", 2027),
             money("£107,000", 107_000, "saving in the part year", "2026/27"), fy("2026/27", 2026)),
    fig_item(C, "The Head of Libraries and Culture said Brackenhythe Library had 9,430 visits in 2024/25 and Stoatley "
                "6,120, against an average of 38,600 for the other four.",
             count("9,430", 9430, "Brackenhythe Library visits", "2024/25"), fy("2024/25", 2024),
             count("6,120", 6120, "Stoatley visits", "2024/25"), count("38,600", 38_600, "average visits"),
             count("four", 4, "libraries")),
    fig_item(C, "Each visit to Brackenhythe cost the Council about £11.80, four times the average for the service.",
             money("£11.80", 11.80, "each visit to Brackenhythe cost")),
    fig_item(C, "The Finance Manager said a second vehicle would cost £96,000 to buy and about £41,000 a year to run, "
                "so it would take roughly a fifth of the saving.",
             money("£96,000", 96_000, "second vehicle cost to buy"),
             money("£41,000", 41_000, "second vehicle to run a year")),
    fig_item(C, "The motion was carried by 4 votes to 2.", count("4", 4, "votes for"), count("2", 2, "votes against")),
    fig_item(C, "asking it to consider keeping Brackenhythe Library open for two days a week run with volunteers, and "
                "to report the equality impact on the 1,150 residents over 75 who live within a mile of it.",
             count("two", 2, "days a week open"), count("1,150", 1150, "residents over 75"),
             count("75", 75, None)),
    fig_item(C, "The Finance Manager reported a forecast overspend of £412,000 on a net budget of £21.6m, or 1.9%, an "
                "improvement of £133,000 on the quarter 2 forecast.",
             money("£412,000", 412_000, "forecast overspend", Q3), money("£21.6m", 21_600_000, "net budget", Q3),
             pct("1.9%", 1.9, "forecast overspend", Q3),
             money("£133,000", 133_000, "improvement on the quarter 2 forecast", Q3)),
    fig_item(C, "Leisure centres accounted for £186,000 of it, mainly because income at Cinderbank pool was 14% "
                "below budget while its roof was repaired.",
             money("£186,000", 186_000, "leisure centres overspend", Q3), pct("14%", 14, "income below budget", Q3)),
    fig_item(C, "Of the savings of £1.47m in the budget, £1.12m had been made, 76 per cent; the Committee asked that "
                "the rest be tracked at each meeting.",
             money("£1.47m", 1_470_000, "savings in the budget", Q3), money("£1.12m", 1_120_000, "savings made", Q3),
             pct("76 per cent", 76, "savings made", Q3)),
    fig_item(C, "Five actions were open or overdue and one had been completed.",
             count("Five", 5, "actions open or overdue"), count("one", 1, "actions completed")),
    *_action_items(),
]

ENTITIES: list[dict[str, Any]] = [
    ent(C, "ORG", CORROWBY),
    ent(C, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(C, "COMMITTEE", "Cabinet"),
    ent(C, "PERSON", "Hermione Oakenshaw", role="Chair", affiliation=CORROWBY),
    ent(C, "PERSON", "Barnaby Quilliam", role="Vice-Chair", affiliation=CORROWBY),
    ent(C, "PERSON", "Ruth Adeyemi-Stowe", affiliation=CORROWBY),
    ent(C, "PERSON", "Lorcan Fettiplace", affiliation=CORROWBY),
    ent(C, "PERSON", "Priya Vanstone-Kaur", affiliation=CORROWBY),
    ent(C, "PERSON", "Edmund Salkeld", affiliation=CORROWBY),
    ent(C, "PERSON", "Tamsin Greatorex", affiliation=CORROWBY),
    ent(C, "PERSON", "Fergus Llewellyn-Marr", role="Cabinet Member for Communities and Culture",
        affiliation=CORROWBY),
    ent(C, "PERSON", "Octavia Brennan-Hulme", role="Head of Libraries and Culture", affiliation=CORROWBY),
    ent(C, "PERSON", "Desmond Achterberg", role="Finance Manager", affiliation=CORROWBY),
    ent(C, "PERSON", "Philippa Strang", role="Scrutiny Officer", affiliation=CORROWBY),
    ent(C, "PERSON", "Wilfred Ormsby-Tate", affiliation=CORROWBY),
    ent(C, "ROLE", "Cabinet Member for Communities and Culture"),
    ent(C, "ROLE", "Head of Libraries and Culture"),
    ent(C, "ROLE", "Finance Manager"),
    ent(C, "ROLE", "Scrutiny Officer"),
    ent(C, "ROLE", "Chair"),
    ent(C, "ROLE", "Vice-Chair"),
    ent(C, "GPE", "Wick House"),
    ent(C, "GPE", "Brackenhythe Library"),
    ent(C, "GPE", "Stoatley"),
    ent(C, "GPE", "Cinderbank"),
    ent(C, "GPE", "Blackstone Road"),
]
