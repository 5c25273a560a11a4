"""Table probes: invented tables in the forms councils print, rendered with real tools and read
back, each cell checked for what councilsearch extracts from it.

Each probe (``bench/table_probe_specs.py``) is one invented table: its caption, header rows
(with cells merged across columns), rows (with cells merged down), a note under it, the unit,
period and words of each column. It is rendered by every renderer that can draw it: a
reportlab grid table (``pdf-grid``), a reportlab table ruled only under its header
(``pdf-open``), a Word document (python-docx, ``docx``), an HTML page (``html``) and that page
printed to PDF by headless Chromium (``pdf-chrome``, when Chromium is installed); then the
file is parsed (``councilsearch.ingest.parse.parse_file``) and its figures extracted. Each
expected cell is found in the text in order and the figure over it checked:

- ``lost``: the cell's text is not in the parsed text; ``missing``: no figure over it;
- ``value`` / ``unit``: the value (scaled by the unit) or the unit differs;
- ``label``: the figure's label does not name the row and column (``same_measure`` of eval
  figures, Dice >= 0.5, against "row label + column header");
- ``column``: the label or column does not carry the words that tell the column from its
  neighbours ("Forecast", "Q2", "Apr-Jun");
- ``period``: the period is not the column's (or row's) financial year;
- ``spurious``: a money, percent or count figure inside the table that is no expected cell
  (a year of a header read as a count, a footnote marker, "n/a").

    .venv/bin/python bench/table_probes.py                 # counts by failure kind and form
    .venv/bin/python bench/table_probes.py -v --only merged  # every failure of matching probes
    .venv/bin/python bench/table_probes.py --json out.json # the counts, for comparing runs
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from table_probe_specs import PROBES, Probe, expected_cells  # noqa: E402
from table_probe_specs_ahead import AHEAD  # noqa: E402
from table_probe_specs_combo import COMBO  # noqa: E402
from table_probe_specs_forms import FORMS  # noqa: E402
from table_probe_specs_more import MORE  # noqa: E402

from councilsearch.extract.figures import extract_figures  # noqa: E402
from councilsearch.extract.figures.present import figure_label  # noqa: E402
from councilsearch.extract.figures.words import same_measure  # noqa: E402
from councilsearch.ingest.parse import parse_file  # noqa: E402
from councilsearch.models import Figure  # noqa: E402

PROBES = (*PROBES, *MORE, *AHEAD, *COMBO, *FORMS)
KINDS = ("lost", "missing", "value", "unit", "label", "column", "period", "spurious")
MEASURED = ("money", "percent", "count")


# --- renderers ------------------------------------------------------------------------------

def _grid(p: Probe) -> list[list[str]]:
    """The table as a grid of strings: header rows, then rows."""
    return [list(r) for r in p.head] + [list(r) for r in p.rows]


_RAISED = {"¹": "1", "²": "2", "³": "3"}
_MARKS = re.compile("[¹²³]")


def _marked(text: str, raise_: Callable[[str], str], plain: Callable[[str], str] = lambda t: t) -> str:
    """``text`` with its note markers (¹²³) drawn raised by ``raise_`` ("1" -> "<super>1</super>"),
    the rest by ``plain`` (escaping)."""
    out, at = [], 0
    for m in _MARKS.finditer(text):
        out += [plain(text[at : m.start()]), raise_(_RAISED[m.group()])]
        at = m.end()
    return "".join([*out, plain(text[at:])])


def _footer(council: str) -> Callable[..., None]:
    def draw(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(40, 20, f"{council} Council")  # type: ignore[attr-defined]
        canvas.drawRightString(doc.pagesize[0] - 40, 20, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    return draw


def _rl_table(p: Probe, ruled: bool) -> object:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold")
    n_head = len(p.head)
    data: list[list[object]] = []
    for r, row in enumerate(_grid(p)):
        out: list[object] = []
        for c, cell in enumerate(row):
            wrap = (r < n_head and p.wrap_head) or (r >= n_head and c < p.lead and p.wrap_label)
            if p.raised_marks and _MARKS.search(cell):
                out.append(Paragraph(_marked(cell, lambda d: f"<super>{d}</super>", html.escape), body))
                continue
            out.append(Paragraph(html.escape(cell), bold if r < n_head else body) if wrap and cell else cell)
        data.append(out)
    cmds: list[tuple[object, ...]] = [
        *([("FONT", (0, 0), (-1, n_head - 1), "Helvetica-Bold", 8.5)] if n_head else []),
        ("FONT", (0, n_head), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (p.lead, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), p.valign),
    ]
    cmds += [("SPAN", (c0, r), (c1, r)) for r, c0, c1 in p.spans]
    cmds += [("ALIGN", (c0, r), (c1, r), "CENTER") for r, c0, c1 in p.spans]
    cmds += [("SPAN", (c, r + n_head), (c, r + n_head + n - 1)) for r, c, n in p.vspans]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    elif n_head:
        cmds.append(("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.75, colors.black))
    widths = [p.label_width] * p.lead + [None] * (len(data[0]) - p.lead)
    return Table(data, colWidths=widths, style=TableStyle(cmds), repeatRows=n_head if p.repeat_head else 0)


def _parts(p: Probe) -> list[Probe]:
    """The table as drawn: whole, or (``cont``) cut in two, the second part on the next page
    under its title with "(continued)" and the header drawn again."""
    if not p.cont:
        return [p]
    return [replace(p, rows=p.rows[: p.cont], cont=0),
            replace(p, rows=p.rows[p.cont :], cont=0, title=f"{p.title} (continued)")]


def _rl_doc(p: Probe, path: Path, ruled: bool) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    ss = getSampleStyleSheet()
    story: list[object] = [Paragraph(html.escape(p.intro), ss["Normal"]), Spacer(1, 8)]
    for k, part in enumerate(_parts(p)):
        if k:
            story.append(PageBreak())
        if part.title:
            story += [Paragraph(html.escape(part.title), ss["Heading4"])]
        if part.twin is not None:
            story.append(Table([[_rl_table(part, ruled), _rl_table(part.twin, ruled)]],
                               style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
        else:
            story.append(_rl_table(part, ruled))
    if p.note:
        note = _marked(p.note, lambda d: f"<super>{d}</super>", html.escape) if p.raised_marks else html.escape(p.note)
        story += [Spacer(1, 4), Paragraph(note, ss["Normal"])]
    story += [Spacer(1, 8), Paragraph("The committee is asked to note the position set out above.", ss["Normal"])]
    size = landscape(A4) if p.landscape else A4
    foot = _footer(p.council)
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50,
                      title=p.title or p.name).build(story, onFirstPage=foot, onLaterPages=foot)


def render_pdf_grid(p: Probe, path: Path) -> Path:
    _rl_doc(p, path, ruled=True)
    return path


def render_pdf_open(p: Probe, path: Path) -> Path:
    _rl_doc(p, path, ruled=False)
    return path


def render_docx(p: Probe, path: Path) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    d = Document()
    if p.landscape:
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    d.add_paragraph(p.intro)
    for k, part in enumerate(_parts(p)):
        if k:
            d.add_page_break()
        if part.title:
            d.add_paragraph(part.title)
        _docx_table(d, part)
    if p.note:
        if p.raised_marks:
            _docx_marked(d.add_paragraph(), p.note)
        else:
            d.add_paragraph(p.note)
    d.add_paragraph("The committee is asked to note the position set out above.")
    d.save(str(path))
    return path


def _docx_table(d: object, p: Probe) -> None:
    grid = _grid(p)
    t = d.add_table(rows=len(grid), cols=len(grid[0]))  # type: ignore[attr-defined]
    t.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if p.raised_marks and _MARKS.search(cell):
                _docx_marked(t.cell(r, c).paragraphs[0], cell)
            else:
                t.cell(r, c).text = cell
    n_head = len(p.head)
    for r, c0, c1 in p.spans:
        keep = grid[r][c0]
        t.cell(r, c0).merge(t.cell(r, c1)).text = keep
    for r, c, n in p.vspans:
        keep = grid[r + n_head][c]
        t.cell(r + n_head, c).merge(t.cell(r + n_head + n - 1, c)).text = keep


def _docx_marked(para: object, text: str) -> None:
    """Write ``text`` into a Word paragraph with its note markers as superscript runs."""
    at = 0
    for m in _MARKS.finditer(text):
        para.add_run(text[at : m.start()])  # type: ignore[attr-defined]
        para.add_run(_RAISED[m.group()]).font.superscript = True  # type: ignore[attr-defined]
        at = m.end()
    para.add_run(text[at:])  # type: ignore[attr-defined]


def _html_table(p: Probe) -> str:
    n_head = len(p.head)
    span_at = {(r, c0): c1 - c0 + 1 for r, c0, c1 in p.spans}
    hidden = {(r, c) for r, c0, c1 in p.spans for c in range(c0 + 1, c1 + 1)}
    down_at = {(r + n_head, c): n for r, c, n in p.vspans}
    hidden |= {(r + n_head + k, c) for r, c, n in p.vspans for k in range(1, n)}
    out = ["<table border=\"1\">"]
    if p.html_caption and p.title:
        out.append(f"<caption>{html.escape(p.title)}</caption>")
    for r, row in enumerate(_grid(p)):
        tag = "th" if r < n_head else "td"
        if r == 0 and n_head:
            out.append("<thead>")
        if r == n_head:
            out.append("</thead><tbody>" if n_head else "<tbody>")
        cells = []
        for c, cell in enumerate(row):
            if (r, c) in hidden:
                continue
            attrs = ""
            if (r, c) in span_at:
                attrs += f' colspan="{span_at[(r, c)]}"'
            if (r, c) in down_at:
                attrs += f' rowspan="{down_at[(r, c)]}"'
            t = "th" if tag == "th" or (c < p.lead and p.th_labels) else "td"
            scope = ' scope="row"' if t == "th" and r >= n_head else ""
            text = _marked(cell, lambda d: f"<sup>{d}</sup>", html.escape) if p.raised_marks else html.escape(cell)
            cells.append(f"<{t}{attrs}{scope}>{text}</{t}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def render_html(p: Probe, path: Path) -> Path:
    body = ""
    for k, part in enumerate(_parts(p)):
        if part.title and not part.html_caption:
            brk = ' style="page-break-before:always"' if k else ""
            body += f"<p{brk}><strong>{html.escape(part.title)}</strong></p>\n"
        if part.twin is not None:
            body += f"<table><tr><td>{_html_table(part)}</td><td>{_html_table(part.twin)}</td></tr></table>\n"
        else:
            body += _html_table(part) + "\n"
    note = _marked(p.note, lambda d: f"<sup>{d}</sup>", html.escape) if p.raised_marks else html.escape(p.note)
    note = f"<p>{note}</p>" if p.note else ""
    path.write_text(
        f"<html><head><title>{html.escape(p.council)} Council</title></head><body>"
        f"<h1>{html.escape(p.council)} Council</h1><p>{html.escape(p.intro)}</p>\n{body}{note}"
        "<p>The committee is asked to note the position set out above.</p></body></html>",
        encoding="utf-8",
    )
    return path


_CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_BROWSER: list[object] = []  # (playwright, browser), started on first use


def _browser() -> object:
    if not _BROWSER:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        _BROWSER.extend([pw, pw.chromium.launch(executable_path=_CHROMIUM, headless=True,
                                                args=["--headless", "--no-sandbox", "--disable-gpu"])])
    return _BROWSER[1]


def close_browser() -> None:
    if _BROWSER:
        _BROWSER[1].close()  # type: ignore[attr-defined]
        _BROWSER[0].stop()  # type: ignore[attr-defined]
        _BROWSER.clear()


def render_pdf_chrome(p: Probe, path: Path) -> Path:
    """The HTML page printed to PDF by headless Chromium (Skia): a producer of its own, with the
    browser's table layout (header cells bold and centred, cells padded, borders drawn)."""
    page_html = path.with_suffix(".html")
    render_html(p, page_html)
    style = ("<style>body{font-family:Arial,Helvetica,sans-serif;font-size:10pt}"
             "table{border-collapse:collapse}td,th{border:1px solid #888;padding:2px 6px}"
             f"td{{text-align:right}}td:first-child{{text-align:left}}@page{{size:A4{' landscape' if p.landscape else ''}}}"
             "</style></head>")
    page_html.write_text(page_html.read_text(encoding="utf-8").replace("</head>", style, 1), encoding="utf-8")
    page = _browser().new_page()  # type: ignore[attr-defined]
    try:
        page.goto(page_html.as_uri())
        page.pdf(path=str(path), format="A4", landscape=p.landscape, print_background=False)
    finally:
        page.close()
    return path


RENDERERS: dict[str, tuple[str, Callable[[Probe, Path], Path]]] = {
    "pdf-grid": ("pdf", render_pdf_grid),
    "pdf-open": ("pdf", render_pdf_open),
    "docx": ("docx", render_docx),
    "html": ("html", render_html),
    "pdf-chrome": ("pdf", render_pdf_chrome),
}
CHROME = "pdf-chrome"


# --- checking -------------------------------------------------------------------------------

def _find(text: str, surface: str, start: int) -> tuple[int, int] | None:
    rx = re.compile(r"(?<![0-9A-Za-z.,])" + re.escape(surface) + r"(?![0-9A-Za-z])")
    m = rx.search(text, start) or rx.search(text)
    return (m.start(), m.end()) if m else None


def check(p: Probe, text: str, figs: list[Figure]) -> list[tuple[str, str]]:
    """(kind, detail) of every failure of probe ``p`` on the parsed ``text``."""
    fails: list[tuple[str, str]] = []
    used: set[int] = set()
    cursor = 0
    lo, hi = len(text), 0
    first_head = next((c for row in (p.head or p.rows[:1]) for c in row if c.strip()), "")
    at = text.find(first_head) if first_head else -1
    if at >= 0:
        lo = at
    for exp in [*expected_cells(p), *(expected_cells(p.twin) if p.twin else [])]:
        where = _find(text, exp.surface, cursor)
        tag = f"{exp.row!r} x {exp.col!r} {exp.surface!r}"
        if where is None:
            fails.append(("lost", tag))
            continue
        cursor = where[1]
        lo, hi = min(lo, where[0]), max(hi, where[1])
        over = [k for k, f in enumerate(figs) if f.span[0] < where[1] and where[0] < f.span[1] and k not in used]
        if exp.value is None:
            fails.extend(("spurious", f"{tag} -> {figs[k].surface!r} {figs[k].unit}") for k in over
                         if figs[k].kind in MEASURED)
            used.update(over)
            continue
        if not over:
            fails.append(("missing", tag))
            continue
        k = over[0]
        used.add(k)
        f = figs[k]
        got = f"{f.value!r} {f.unit} label={figure_label(f)!r} period={f.period!r}"
        if f.unit != exp.unit:
            fails.append(("unit", f"{tag}: want {exp.unit}, got {got}"))
        elif not isinstance(f.value, (int, float)) or abs(float(f.value) - exp.value) > 1e-6 * max(1.0, abs(exp.value)):
            fails.append(("value", f"{tag}: want {exp.value!r}, got {got}"))
        label = figure_label(f)
        if not same_measure(label, exp.label) or (exp.marked and re.search(re.escape(exp.row) + r"[0-9]", label or "")):
            fails.append(("label", f"{tag}: want {exp.label!r}, got {got}"))  # (a note marker is no part of it)
        words = f"{label} {f.table_col or ''}".lower().replace("–", "-")
        if any(w.lower().replace("–", "-") not in words for w in exp.key):
            fails.append(("column", f"{tag}: want {exp.key!r}, got {got}"))
        if f.period != exp.period:
            fails.append(("period", f"{tag}: want {exp.period!r}, got {got}"))
    # numbers of the row labels and headers ("Pest call-outs per 1,000 homes collections") are figures of their own
    words = " ".join(c for q in (p, p.twin) if q for r in (*q.head, *(row[: q.lead] for row in q.rows)) for c in r)
    for k, f in enumerate(figs):
        if f.surface in words:
            continue
        if k not in used and f.kind in MEASURED and lo <= f.span[0] and f.span[1] <= hi:
            fails.append(("spurious", f"{f.surface!r} {f.value!r} {f.unit} label={figure_label(f)!r}"))
    return fails


def run(only: str = "", renderers: tuple[str, ...] = tuple(RENDERERS), verbose: bool = False,
        show_text: bool = False) -> dict[str, dict[str, int]]:
    """Render and check every probe; counts by failure kind per "form/renderer" (and "cells")."""
    counts: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="table-probes-") as tmp:
        for p in PROBES:
            if only and only not in p.name and only not in p.form:
                continue
            for rname in renderers:
                if rname not in p.renderers and not (rname == CHROME and "html" in p.renderers):
                    continue  # (Chromium prints every page there is an HTML rendering of)
                if rname == CHROME and not Path(_CHROMIUM).exists():
                    continue
                ext, render = RENDERERS[rname]
                path = render(p, Path(tmp) / f"{p.council.lower()}-{p.name}-{rname}.{ext}")
                text = parse_file(path).text
                figs = extract_figures(text)
                fails = check(p, text, figs)
                n_cells = len(expected_cells(p)) + (len(expected_cells(p.twin)) if p.twin else 0)
                c = Counter(k for k, _ in fails)
                counts[f"{p.name}/{rname}"] = {"cells": n_cells, **{k: c.get(k, 0) for k in KINDS}}
                if verbose and (fails or show_text):
                    print(f"--- {p.name} / {rname}: {len(fails)} failures")
                    if show_text:
                        print(text)
                    for kind, detail in fails:
                        print(f"  {kind:8s} {detail}")
    close_browser()
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="probes whose name or form contains this")
    ap.add_argument("--renderers", default=",".join(RENDERERS))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    ap.add_argument("--text", action="store_true", help="with -v: print the parsed text too")
    ap.add_argument("--json", help="write the counts here")
    a = ap.parse_args(argv)
    counts = run(a.only, tuple(a.renderers.split(",")), a.verbose, a.text)
    forms: dict[str, Counter[str]] = {}
    for key, c in counts.items():
        forms.setdefault(key.split("/")[0], Counter()).update(c)
    print(f"{'probe':28s} {'cells':>5s} " + " ".join(f"{k:>8s}" for k in KINDS))
    for name, c in forms.items():
        print(f"{name:28s} {c['cells']:5d} " + " ".join(f"{c[k]:8d}" for k in KINDS))
    by_r: dict[str, Counter[str]] = {}
    for key, c in counts.items():
        by_r.setdefault(key.split("/")[1], Counter()).update(c)
    for name, c in by_r.items():
        print(f"renderer {name:19s} {c['cells']:5d} " + " ".join(f"{c[k]:8d}" for k in KINDS))
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    print(f"{'TOTAL':28s} {total['cells']:5d} " + " ".join(f"{total[k]:8d}" for k in KINDS))
    print(f"probes {len(counts)} cells {total['cells']} failures {sum(total[k] for k in KINDS)}")
    if a.json:
        Path(a.json).write_text(json.dumps(counts, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
