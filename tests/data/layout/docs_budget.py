"""The draft and the final Revenue Budget report, drawn the way Word 365 writes a PDF: every
line in pieces that break inside words and numbers, TJ kerning that spreads figures apart,
character spacing (Tc) in the headings and one section, word spacing (Tw) and horizontal
scaling (Tz) in another. The final version repeats the draft with a few edits. All names and
figures are invented."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from flow import Col, Flow, Gold, Row
from wordpdf import BOLD, REGULAR, Painter, Style

COUNCIL = "Wyvernshire County Council"
# Word 365: kerned figures, runs broken every twenty characters or so, more often in numbers
BODY = Style(font=REGULAR, size=11, kern=45, pieces=0.05, num_pieces=0.3)
HEAD = replace(BODY, font=BOLD, tc=0.6)  # a heading style with expanded character spacing
SPACED = replace(BODY, tc=0.35)  # a section set with character spacing
SCALED = replace(BODY, tz=104.0, justify="tw")  # horizontal scaling, justified by word spacing
# character spacing over whole lines, one piece each: the parser's widths fall short of the
# line's real width, so the line looks as if it ended a paragraph
SPACED_LINES = replace(BODY, tc=0.35, pieces=0.0, num_pieces=0.0)
WIDE = 1.5 * 1.25 * 11  # the summary is set at 1.5 line spacing, the rest at single
SMALL = Style(font=REGULAR, size=8)
NUM_X, TEXT_X, VALUE_X = 72.0, 108.0, 200.0


def _v(final: bool, draft_text: str, final_text: str) -> str:
    return final_text if final else draft_text


def content(final: bool) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(number, title, style, [(paragraph number, text)]) for each chapter."""
    return [
        ("1.", "Summary", "body", [
            ("1.1", _v(final,
                       "This report sets out the draft Revenue Budget for 2025-26 and the Medium Term Financial "
                       "Plan 2025-28 for consultation.",
                       "This report sets out the Revenue Budget for 2025-26 and the Medium Term Financial Plan "
                       "2025-28 for approval by County Council.")),
            ("1.2", _v(final,
                       "The Revenue Budget Forecast for 2025-26 shows a gap of £38.6m before the savings and "
                       "income proposals in section 4, after spending pressures of £52.4m and funding changes "
                       "of £13.8m.",
                       "The Revenue Budget Forecast for 2025-26 shows a gap of £39.2m before the savings and "
                       "income proposals in section 4, after spending pressures of £53.0m and funding changes "
                       "of £13.8m.")),
            ("1.3", "The net revenue budget requirement for 2025-26 is £1,419m, an increase of £87.3m or 6.6% "
                    "on the approved budget for 2024-25 of £1,331.7m."),
            ("1.4", "The draft budget includes a 4.99% proposed increase in Council Tax for 2025-26, of which "
                    "2.00% is the adult social care precept, raising £41.8m. A Band D Council Tax would rise by "
                    "£81.27 to £1,709.91 a year."),
        ]),
        ("2.", "Revenue Budget Forecast", "body", [
            ("2.1", "In April 2024 the Council set a net budget of £1,331.7m for 2024-25, including £71.2m for "
                    "highways and transport. The latest monitoring forecasts an overspend of £37.5m for the "
                    "year, mostly in adult social care and home to school transport."),
            ("2.2", _v(final,
                       "The spending pressures for 2025-26 total £52.4m: £29.7m in adult social care, £14.1m in "
                       "children's services and £8.6m for home to school transport.",
                       "The spending pressures for 2025-26 total £53.0m: £30.3m in adult social care, £14.1m in "
                       "children's services and £8.6m for home to school transport.")),
        ]),
        ("3.", "Reserves", "scaled", [
            ("3.1", "The Council holds a general reserve of £47.5m, 3.3% of the net revenue budget, which is "
                    "within the range of 3% to 5% set in the reserves policy. Earmarked reserves are forecast "
                    "at £163.9m on 31 March 2025."),
            ("3.2", "No use of the general reserve is proposed to balance the 2025-26 budget."),
        ]),
        ("4.", "Savings and Income Proposals", "spaced", [
            ("4.1", _v(final,
                       "Savings and income proposals of £38.6m are set out in Appendix A. They include £12.3m "
                       "from adult social care commissioning, £6.8m from a review of home to school transport "
                       "policy, £5.2m of property rationalisation and £14.3m of income from fees, charges and "
                       "grants.",
                       "Savings and income proposals of £39.2m are set out in Appendix A. They include £12.3m "
                       "from adult social care commissioning, £6.8m from a review of home to school transport "
                       "policy, £5.2m of property rationalisation and £14.9m of income from fees, charges and "
                       "grants.")),
        ]),
        ("5.", _v(final, "Consultation", "Consultation Responses"), "body", [
            ("5.1", _v(final,
                       "The consultation on the draft budget runs from 15 January 2025 to 29 January 2025. "
                       "Residents can respond online or ask for a paper questionnaire on 01632 960245.",
                       "The consultation ran from 15 January 2025 to 29 January 2025 and received 1,146 "
                       "responses. Most respondents supported protecting adult social care, and 58% agreed "
                       "with the proposed increase in Council Tax.")),
        ]),
        ("6.", "Recommendations", "body", [
            ("6.1", _v(final,
                       "Cabinet is asked to note the draft Revenue Budget 2025-26 and agree it for consultation.",
                       "County Council is asked to approve the net revenue budget requirement of £1,419m for "
                       "2025-26 and a Council Tax increase of 4.99%.")),
        ]),
    ]


def forecast_rows(final: bool) -> list[Row]:
    return [
        Row("Spending pressures", (_v(final, "52.4", "53.0"), "31.8", "29.5")),
        Row("Funding changes", ("(13.8)", "(6.2)", "(5.9)")),
        Row("Budget gap before savings", (_v(final, "38.6", "39.2"), "25.6", "23.6")),
        Row("Savings and income proposals", (_v(final, "(38.6)", "(39.2)"), "(19.1)", "(11.2)")),
        Row("Remaining gap", ("0.0", "6.5", "12.4"), bold=True),
    ]


FORECAST_COLS = [
    Col(108, 330, align="l"),
    Col(340, 400, ("2025-26",), period="2025/26"),
    Col(410, 460, ("2026-27",), period="2026/27"),
    Col(470, 520, ("2027-28",), period="2027/28"),
]
STYLES = {"body": BODY, "spaced": SPACED, "scaled": SCALED}
PARA_STYLES = {"1.4": SPACED_LINES}


def build_budget(path: str, gold: Gold, *, final: bool) -> None:
    title = "Revenue Budget 2025-26" if final else "Draft Revenue Budget 2025-26"
    p = Painter(Path(path), title, seed=2026 if final else 2025)

    def furniture(pp: Painter) -> None:
        pp.line(72, 805, COUNCIL, SMALL)
        pp.centre(297.6, 40, f"{pp.page_no}", SMALL)

    f = Flow(p, gold, furniture=furniture)
    f.page()
    gold.add("cover", label=None, value=COUNCIL, page=p.page_no)
    cover = [
        ("From:", "Councillor Priya Halloway, Cabinet Member for Finance and Resources; Tomasz Ellerby, "
                  "Corporate Director of Finance"),
        ("To:", _v(final, "Cabinet", "County Council")),
        ("Date:", _v(final, "14^{th} January 2025", "13^{th} February 2025")),
        ("Subject:", title),
        ("Classification:", "Unrestricted"),
        ("Decision:", _v(final, "No", "Yes")),
    ]
    for label, value in cover:
        f.keyvalue(label, value, replace(BODY, font=BOLD), BODY, value_x=VALUE_X)
    f.y -= 12
    for number, heading, style, paras in content(final):
        head = f.heading(number, heading, HEAD, num_x=NUM_X, x=TEXT_X, level=1, parent=None)
        for n, text in paras:
            st = PARA_STYLES.get(n, STYLES[style])
            f.numbered(n, text, st, num_x=NUM_X, x=TEXT_X, parent=head, hanging=False,
                       leading=WIDE if number == "1." else None)
        if number == "2.":
            f.table("Table 1: Revenue Budget Forecast 2025-26 to 2027-28", FORECAST_COLS, forecast_rows(final),
                    BODY, scale=1e6, corner=("£m",))
    p.save()
    gold.add("meta", council=COUNCIL, date="2025-02-13" if final else "2025-01-14")
