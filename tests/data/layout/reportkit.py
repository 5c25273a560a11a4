"""The document writers the test-data generators share, so that a generator keeps only its
content: a Word report (``word_report``); PDF report pages (``report_pages``, ``furniture``,
``title_lines``, ``front_sheet``, ``report_opening``, and the sections: ``running_sections``, ``decimal_sections``,
``para_sections``, ``minute_sections``); committee minutes drawn as a PDF (``minutes_pdf``);
Modern.gov "Decision details" and minutes pages (``decision_page``, ``minutes_page``). Each
records its gold lines as it writes them, and writes the same bytes on every run (fixed seeds,
fixed zip times), so that a generator moved onto them rewrites its committed files unchanged.

Used by ``tests/data/layout``, ``tests/data/heldout3`` to ``heldout8`` and
``tests/data/entities_heldout``."""

from __future__ import annotations

import datetime
import html
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flow import Flow, Furniture, Gold
from wordpdf import BOLD, REGULAR, Painter, Style

Section = tuple[str, list[str]]  # (heading, paragraphs)
TABLE = "TABLE"  # a paragraph that stands for the next of a Word report's tables

# --- Word (.docx) ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WordProps:
    """A Word file's document properties. ``saved`` is its creation and modification time and,
    unless ``zipped`` is given, the time of every entry of its zip."""

    author: str
    title: str
    saved: datetime.datetime
    revision: int
    zipped: datetime.datetime | None = None


def fixed_zip(data: bytes, path: str | Path, when: datetime.datetime) -> None:
    """``data`` (a zip) written to ``path`` again with every entry's time set to ``when``, so
    the file is the same byte for byte on every run."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def word_report(
    path: str | Path, gold: Gold, props: WordProps, *, council: str, title: str, front: Sequence[tuple[str, str]],
    sections: Sequence[Section], tables: Sequence[Sequence[Sequence[str]]] = (), subtitle: str | None = None,
    heading: str = "Heading 1", tail: Sequence[str] = (), front_table: bool = False,
    bold_row: Callable[[int, Sequence[str]], bool] | None = None,
) -> None:
    """A report written with python-docx: the council's name, the title (style "Title"), an
    optional plain subtitle, the front sheet (bold labels, one paragraph a row; with
    ``front_table``, a table of label and value), then each section's heading (style
    ``heading``) and paragraphs, where a paragraph ``TABLE`` is the next of ``tables`` (rows of
    cells; "Table Grid", one gold line a row; a row for which ``bold_row(index, cells)`` holds
    in bold), then ``tail``."""
    from docx import Document

    d = Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = props.author
    cp.title = props.title
    cp.created = cp.modified = props.saved
    cp.revision = props.revision

    def para(text: str, style: str | None = None) -> None:
        d.add_paragraph(text, style=style)
        gold.line(text)

    def table(rows: Sequence[Sequence[str]]) -> None:
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for k, row in enumerate(rows):
            bold = bold_row is not None and bold_row(k, row)
            for c, v in zip(t.add_row().cells, row, strict=True):
                c.text = v
                for run in c.paragraphs[0].runs if bold else ():
                    run.bold = True
            gold.line(" ".join(row))

    para(council)
    para(title, "Title")
    if subtitle is not None:
        para(subtitle)
    if front_table and front:
        table(front)
    for label, value in front if not front_table else ():
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(f" {value}")
        gold.line(f"{label} {value}")
    pending = iter(tables)
    for head, paras in sections:
        para(head, heading)
        for text in paras:
            if text == TABLE:
                table(next(pending))
            else:
                para(text)
    for text in tail:
        para(text)
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf.getvalue(), path, props.zipped or props.saved)


# --- PDF reports -----------------------------------------------------------------------------

BODY = Style(font=REGULAR, size=10.5)
HEAD = Style(font=BOLD, size=10.5)
SMALL = Style(font=REGULAR, size=8)


def furniture(header: str | None, footer: str = "{n}", *, header_right: str | None = None) -> Furniture:
    """A page's running header (top left; ``header_right`` top right) and its footer (bottom
    right; ``{n}`` is the page number)."""

    def draw(pp: Painter) -> None:
        if header is not None:
            pp.line(72, 805, header, SMALL)
        if header_right is not None:
            pp.right(523, 805, header_right, SMALL)
        pp.right(523, 36, footer.format(n=pp.page_no), SMALL)

    return draw


def report_pages(path: str | Path, gold: Gold, meta_title: str, seed: int, furnish: Furniture, *,
                 left: float = 72.0, right: float = 523.0) -> Flow:
    """A PDF (``meta_title`` its document title, ``seed`` where its pieces break) and the flow
    down its pages, the first page begun; ``flow.p.save()`` ends it."""
    f = Flow(Painter(Path(path), meta_title, seed=seed), gold, left=left, right=right, furniture=furnish)
    f.page()
    return f


def title_lines(f: Flow, lines: Sequence[tuple[str, Style]], *, step: float = 1.8) -> None:
    """The first page's title lines at the left margin, each ``step`` times its size below the last."""
    for text, st in lines:
        f.p.line(f.left, f.y, text, st)
        f.gold.line(text)
        f.y -= st.size * step


def front_sheet(f: Flow, rows: Sequence[tuple[str, str]], *, value_x: float, key: Style = BODY.bold(),
                val: Style = BODY) -> None:
    """A cover sheet's label/value rows, and a gap after them."""
    for label, value in rows:
        f.keyvalue(label, value, key, val, value_x=value_x, after=3)
    f.y -= 10


def running_sections(f: Flow, sections: Sequence[Section], *, head: Style = HEAD, body: Style = BODY) -> None:
    """Unnumbered headings over paragraphs numbered 1., 2., … through the whole report."""
    n = 0
    for title, paras in sections:
        parent = f.heading("", title, head, num_x=f.left, x=f.left, level=1, parent=None, after=2)
        for text in paras:
            n += 1
            f.numbered(f"{n}.", text, body, num_x=f.left, x=f.left + 28, parent=parent)


def decimal_sections(f: Flow, sections: Sequence[Section], *, head: Style = HEAD, body: Style = BODY) -> None:
    """Headings numbered 1., 2., … over paragraphs numbered 1.1, 1.2, …"""
    for s, (title, paras) in enumerate(sections, start=1):
        parent = f.heading(f"{s}.", title, head, num_x=f.left, x=f.left + 28, level=1, parent=None, after=2)
        for i, text in enumerate(paras, start=1):
            f.numbered(f"{s}.{i}", text, body, num_x=f.left, x=f.left + 28, parent=parent)


def numbered_report_sections(f: Flow, sections: Sequence[tuple[str, str, Sequence[tuple[str, str] | str]]],
                             tables: dict[str, Callable[[Flow], None]], *, head: Style = HEAD,
                             body: Style = BODY) -> None:
    """Headings numbered as written ("3.") over paragraphs with their own written numbers ("3.2");
    an item that is a plain string names the table of ``tables`` drawn in its place."""
    for number, title, paras in sections:
        f.heading(f"{number}.", title, head, num_x=f.left, x=f.left + 22, level=1, parent=None, after=4)
        for para in paras:
            if isinstance(para, str):
                tables[para](f)
            else:
                f.numbered(para[0], para[1], body, num_x=f.left, x=f.left + 30, after=6, parent=number)


def wrapped_title(f: Flow, lines: Sequence[str], sizes: Sequence[float], *, head: Style = HEAD) -> None:
    """The first page's title lines, each in ``head`` at its own size and wrapped to the text
    width, with a gap after each."""
    for text, size in zip(lines, sizes, strict=True):
        st = head.sized(size)
        for ln in f.p.wrap(text, st, f.right - f.left):
            f.p.line(f.left, f.y, ln, st)
            f.gold.line(ln)
            f.y -= st.size * 1.6
        f.y -= 4


def report_opening(path: str | Path, gold: Gold, council: str, title: str, seed: int, furnish: Furniture, *,
                   sizes: Sequence[float], front: Sequence[tuple[str, str]], value_x: float,
                   head: Style = HEAD) -> Flow:
    """A PDF report begun as far as its sections (``report_pages``): ``council`` and ``title`` (also
    the PDF's title) in ``head`` at ``sizes`` (``wrapped_title``), then the front sheet's rows
    ``front`` (``front_sheet``)."""
    f = report_pages(path, gold, title, seed, furnish)
    wrapped_title(f, (council, title), sizes, head=head)
    front_sheet(f, front, value_x=value_x)
    return f


def para_sections(f: Flow, sections: Sequence[Section], *, head: Style = HEAD, body: Style = BODY,
                  number_gap: float | None = None, then: Callable[[Flow, str], None] | None = None) -> None:
    """Headings over plain paragraphs. With ``number_gap`` a heading's leading number ("3.
    Enforcement") stands in a cell of its own and its title ``number_gap`` to the right;
    ``then(f, heading)`` runs after each section's paragraphs (to put a table after one)."""
    for heading, paras in sections:
        if number_gap is None:
            f.heading("", heading, head, num_x=f.left, x=f.left, level=1, parent=None, after=2)
        else:
            number, title = heading.split(" ", 1)
            f.heading(number, title, head, num_x=f.left, x=f.left + number_gap, level=1, parent=None, after=2)
        for text in paras:
            f.para(text, body, after=8)
        if then is not None:
            then(f, heading)


def minute_sections(f: Flow, minutes: Sequence[tuple[str, str, Sequence[str]]], *, indent: float,
                    head: Style = HEAD, body: Style = BODY) -> None:
    """Minutes drawn as numbered headings (number at the margin, title ``indent`` in) over
    paragraphs at the title's indent."""
    for number, title, paras in minutes:
        f.heading(number, title, head, num_x=f.left, x=f.left + indent, level=1, parent=None, after=2)
        for text in paras:
            f.para(text, body, x=f.left + indent)


# --- committee minutes (PDF) -----------------------------------------------------------------

# (minute number, title, [paragraphs]); a paragraph that is a list is a resolution's items
Minute = tuple[str, str, list[str | list[str]]]
NUM_X, TEXT_X = 60.0, 118.0


def minutes_pdf(
    path: str | Path, gold: Gold, *, meta_title: str, seed: int, footer: str, council: str, committee: str,
    held: str, attendance: Sequence[tuple[str, str]], minutes: Sequence[Minute], closed: str,
    label_gap: float = 22.0,
) -> None:
    """Minutes as a committee clerk writes them: the council and ``committee`` centred, when and
    where the meeting was ``held``, the attendance lists (the label in the margin, the names
    ``label_gap`` past the text column), each minute's number in the margin and its title in
    capitals, its paragraphs, and a resolution's items numbered (1), (2), …; ``closed`` and the
    Chair's line end it. The footer (bottom right) is ``footer`` and the page number."""
    def furnish(pp: Painter) -> None:
        pp.right(535, 40, f"{footer} – page {pp.page_no}", SMALL)

    f = report_pages(path, gold, meta_title, seed, furnish, left=NUM_X, right=535)
    p = f.p
    for text, st in ((council, HEAD.sized(15)), (committee, HEAD.sized(12))):
        p.centre(297.6, f.y, text, st)
        gold.line(text)
        f.y -= st.size * 1.7
    f.para(held, BODY, after=14, justify=False)
    for label, text in attendance:
        p.line(NUM_X, f.y, label, HEAD)
        out = f.lines(TEXT_X + label_gap, f.right - TEXT_X - label_gap, text, BODY, justify=False)
        gold.line(f"{label} {out[0]}")
        for ln in out[1:]:
            gold.line(ln)
        f.y -= 6
    f.y -= 8
    for number, title, paras in minutes:
        f.need(60)
        p.line(NUM_X, f.y, number, HEAD)
        p.line(TEXT_X, f.y, title.upper(), HEAD)
        gold.line(f"{number} {title.upper()}")
        gold.add("heading", text=f"{number} {title.upper()}", number=number, level=1, parent=None)
        f.y -= 17
        for para in paras:
            if isinstance(para, list):
                for k, text in enumerate(para, 1):
                    f.numbered(f"({k})", text, BODY, num_x=TEXT_X, x=TEXT_X + 26, after=4)
                f.y -= 4
            else:
                f.para(para, BODY, x=TEXT_X, after=8)
        f.y -= 6
    f.para(closed, BODY, x=TEXT_X, after=20)
    f.para("Chair", BODY, x=TEXT_X)
    p.save()


# --- a Modern.gov "Decision details" page (HTML) ---------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The content of a decision page: the labelled fields before and after the decision, the
    sections before it (``before``: heading, paragraphs), the decision's resolutions, the
    sections after it, the report it links to (``document``: href, text) and the footer."""

    council: str
    site: str
    title: str
    fields: Sequence[tuple[str, str]]
    before: Sequence[Section]
    resolved: str
    decisions: Sequence[str]
    after: Sequence[Section]
    tail: Sequence[tuple[str, str]]
    document: tuple[str, str]
    footer: str


def decision_page(path: str | Path, gold: Gold, page: Decision) -> None:
    """A Modern.gov-style ``ieDecisionDetails`` page, written out as the site serves it."""
    e = html.escape
    lines = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>Decision - {e(page.title)}</title>",
        '<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">', "</head>", "<body>",
        f'<div id="header"><a href="{page.site}">{e(page.council)}</a></div>',
        '<ul id="breadcrumb"><li><a href="mgCommitteeStructure.aspx">Councillors and committees</a></li>'
        '<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li><li>Issue</li></ul>',
        '<div id="modgov"><div class="mgContent">',
        "<h1>Decision details</h1>",
        f'<h2 class="mgSubTitleTxt">{e(page.title)}</h2>',
    ]
    for text in (page.council, "Decision details", page.title):
        gold.line(text)

    def field(label: str, value: str) -> None:
        lines.append(f'<p><span class="mgLabel">{e(label)}</span> {e(value)}</p>')
        gold.line(f"{label} {value}")

    def section(heading: str, paras: Sequence[str]) -> None:
        lines.append(f'<h3 class="mgSectionTitle">{e(heading)}</h3>')
        gold.line(heading)
        for text in paras:
            lines.append(f"<p>{e(text)}</p>")
            gold.line(text)

    for label, value in page.fields:
        field(label, value)
    for heading, paras in page.before:
        section(heading, paras)
    section("Decision:", [page.resolved])
    lines.append("<ol>")
    for text in page.decisions:
        lines.append(f"<li>{e(text)}</li>")
        gold.line(text)
    lines.append("</ol>")
    for heading, paras in page.after:
        section(heading, paras)
    for label, value in page.tail:
        field(label, value)
    href, text = page.document
    lines.append('<h3 class="mgSectionTitle">Accompanying Documents:</h3>')
    lines.append(f'<ul class="mgActionList"><li><a href="{href}">{e(text)}</a></li></ul>')
    gold.line("Accompanying Documents:")
    gold.line(text)
    lines += ["</div></div>", f'<div id="footer">{e(page.footer)}</div>', "</body>", "</html>", ""]
    gold.line(page.footer)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


# --- Modern.gov minutes (HTML) ---------------------------------------------------------------


def minutes_page(path: str | Path, gold: Gold, *, council: str, site: str, title: str, venue: str,
                 attendance: Sequence[str], minutes: Sequence[tuple[str, str, Sequence[str]]], footer: str) -> None:
    """Minutes as a Modern.gov site serves them: the title, the venue, the attendance
    paragraphs, each minute's number and heading and its paragraphs, and a footer. The venue
    and the footer are not gold lines."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(title)}</title>", "</head>", "<body>",
        f'<div id="header"><a href="{site}">{e(council)}</a></div>',
        '<div id="modgov"><div class="mgContent">', f"<h1>{e(title)}</h1>",
        f"<p>{e(venue)}</p>", *(f"<p>{e(text)}</p>" for text in attendance),
    ]
    for line in (council, title, *attendance):
        gold.line(line)
    for number, heading, paras in minutes:
        out.append(f'<h2 class="mgSubTitleTxt">{e(number)} {e(heading)}</h2>')
        gold.line(f"{number} {heading}")
        for text in paras:
            out.append(f"<p>{e(text)}</p>")
            gold.line(text)
    out += ["</div></div>", f'<div id="footer">{e(footer)}</div>', "</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8", newline="\n")
