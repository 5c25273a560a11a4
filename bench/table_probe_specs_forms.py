"""Invented tables of ``bench/table_probes.py`` (councils, services and figures made up) that
combine the forms cabinet papers print together, since every table rule so far has broken a
fresh corpus on some pairing it was not written for: a unit in a header cell set over several
columns ("Variance" over "£000" and "%", "£000" over three years) or in the caption only, with
a "%" column under the same group; row labels numbered in a column of their own that wrap
onto a second line while the other cells sit on the first (top), in the middle or on the last
line (bottom); a commentary column that wraps too; a total row with no number; the table cut
by a page with its two header rows drawn again; each drawn as a ruled grid, as an open table
and (where Chromium is installed) printed from HTML."""

from __future__ import annotations

from dataclasses import replace

from table_probe_specs import Col, Probe

_FY = "2031/32"
_SERVICES = (
    ("1", "Orlwick leisure centres and the outdoor lido", "2,140", "2,140", "2,265", "125", "5.8", "Red",
     "Energy prices above the budget"),
    ("2", "Sampleton markets", "(310)", "(310)", "(284)", "26", "8.4", "Amber", "Stall lets down"),
    ("3", "Wyvern homelessness prevention and temporary housing", "1,480", "1,530", "1,702", "172", "11.2", "Red",
     "More families placed in nightly paid rooms"),
    ("4", "Street lighting", "905", "905", "897", "(8)", "(0.9)", "Green", "–"),
    ("5", "Bereavement services and the crematorium grounds", "(415)", "(415)", "(452)", "(37)", "(8.9)", "Green",
     "More services booked at the chapel"),
    ("", "Net total", "3,800", "3,850", "4,128", "278", "7.2", "Red", ""),
)

FORMS: tuple[Probe, ...] = (
    Probe(
        name="variance-unit-numbered-wrapped", council="Orlwick",
        form="unit under a group header x caption unit x numbered wrapped labels x wrapped commentary",
        lead=2, wrap_label=True, label_width=150,
        title=f"Table 2: Forecast outturn {_FY} by service (£000)",
        head=(("No.", "Service", f"Budget {_FY}", "", "Forecast", "Variance", "", "RAG", "Commentary"),
              ("", "", "Original", "Revised", "", "£000", "%", "", "")),
        spans=((0, 2, 3), (0, 5, 6)),
        rows=_SERVICES,
        text_cols=(5, 6),
        cols=(Col("GBP", 1e3, _FY, ("Original",)), Col("GBP", 1e3, _FY, ("Revised",)),
              Col("GBP", 1e3, _FY, ("Forecast",)), Col("GBP", 1e3, _FY, ("Variance",)),
              Col("percent", 1, _FY, ("Variance",)), Col(), Col()),
        landscape=True,
    ),
    Probe(
        name="unit-over-years-percent", council="Sampleton",
        form="money unit spanning the years x percent column under the same header row x wrapped labels",
        wrap_label=True, label_width=140,
        title="Table 5: Net budget by directorate",
        head=(("", "£000", "", "", "Change"),
              ("Directorate", "2030/31", "2031/32", "2032/33", "%")),
        spans=((0, 1, 3),),
        rows=(("Adults, health and the commissioning of care at home", "41,200", "43,950", "46,100", "4.9"),
              ("Children and families", "28,730", "29,400", "30,020", "2.1"),
              ("Place, highways and waste collection services", "19,115", "19,870", "20,640", "3.9"),
              ("Total", "89,045", "93,220", "96,760", "3.8")),
        cols=(Col("GBP", 1e3, "2030/31", ("2030/31",)), Col("GBP", 1e3, "2031/32", ("2031/32",)),
              Col("GBP", 1e3, "2032/33", ("2032/33",)), Col("percent", 1, None, ("Change",))),
    ),
    Probe(
        name="caption-unit-income-brackets", council="Wyvern",
        form="unit in the caption only x years over a second header row x bracketed income x page break",
        title="Table 7: Housing account budget, £000 with income in brackets",
        head=(("", "2030/31", "2031/32"), ("", "Budget", "Budget")),
        rows=(("Dwelling rents", "(18,420)", "(19,260)"), ("Garage rents", "(212)", "(224)"),
              ("Total income", "(18,632)", "(19,484)"), ("Repairs and maintenance", "6,105", "6,480"),
              ("Management", "4,390", "4,555"), ("Total spending", "10,495", "11,035"),
              ("Surplus for the year", "(8,137)", "(8,449)")),
        cont=4,
        cols=(Col("GBP", 1e3, "2030/31", ("2030/31",)), Col("GBP", 1e3, "2031/32", ("2031/32",))),
    ),
    Probe(
        name="counts-under-pair-wrapped", council="Orlwick",
        form="counts under a header over two columns x wrapped labels x dates beside x page break",
        wrap_label=True, label_width=200,
        title=f"Table 4: Reviews graded weak or limited, {_FY}",
        head=(("Review", "Grade", "Actions agreed", "", "Last action due"), ("", "", "High", "Low", "")),
        spans=((0, 2, 3),),
        rows=(("Orlwick depot fuel cards: issue, use and return of cards to stores", "Limited", "2", "3", "May 2032"),
              ("Sampleton market tolls", "Limited", "1", "4", "June 2032"),
              ("Wyvern payroll: overtime claimed through the online self-service forms", "Weak", "3", "2",
               "April 2032"),
              ("Grants to village halls and community centres in the rural wards", "Limited", "–", "5", "July 2032"),
              ("Pool vans", "Limited", "2", "1", "March 2032")),
        cont=3,
        text_cols=(0, 3),
        cols=(Col(), Col("count", 1, _FY, ("High",)), Col("count", 1, _FY, ("Low",)), Col()),
    ),
)

# each again with its cells in the middle of their rows and at their foot (a browser's and Word's
# "centre vertically"; a painter that sets cells on the row's last line)
FORMS = (*FORMS, *(replace(p, name=f"{p.name}-{v.lower()}", valign=v, renderers=("pdf-grid", "pdf-open"))
                   for p in FORMS for v in ("MIDDLE", "BOTTOM")))
