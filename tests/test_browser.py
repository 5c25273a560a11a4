"""The search page in a real browser: headless Chromium (Debian's package, driven by
Playwright; no browser download) against the app served by uvicorn on 127.0.0.1.

Keyboard only, at a phone's width: type a question, see a cited result with the query terms
marked, follow the citation, land on the highlighted span."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from councilsearch.api.app import create_app
from councilsearch.config import Settings

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
QUESTION = "how much of the planned savings has been delivered?"
WRITE_KEY = "browser-write-key"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser_settings(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The corpus' text renderings plus the finance review as a PDF (as an officer's library
    would hold both): the paged copy is the one cited, so answers carry real page numbers."""
    import shutil

    from councilsearch.config import load_settings
    from councilsearch.index.library import Library
    from tests.conftest import DATA, FINANCE

    data = tmp_path_factory.mktemp("browser-data") / "data"
    shutil.copytree(corpus_index, data)
    lib = Library(load_settings(data))
    assert all(r.ok for r in lib.ingest_paths([DATA / "pdf" / f"{FINANCE}.pdf"], workers=0))
    lib.close()
    return load_settings(data, api_keys=(WRITE_KEY,))  # the write key saves alerts (test_watch_...)


@pytest.fixture(scope="module")
def server(browser_settings: Settings):
    if not Path(CHROMIUM).is_file():
        reason = f"headless Chromium not found at {CHROMIUM} (apt-get install chromium); browser test skipped"
        print(reason)
        pytest.skip(reason)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:  # pragma: no cover
        print("playwright is not installed; browser test skipped")
        pytest.skip("playwright is not installed")
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(browser_settings), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield b
        b.close()


def _wait_until(page, script: str, timeout: float = 10.0) -> None:
    """Poll a JS expression from outside the page (the page's CSP forbids eval inside it)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for: {script}")
        time.sleep(0.1)


def _focused(page) -> str:
    return str(page.evaluate("document.activeElement && (document.activeElement.id || document.activeElement.className)"))


def test_keyboard_search_follow_citation_to_highlight_at_phone_width(server, browser):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(server + "/")
    assert page.title().startswith("Search")

    page.keyboard.press("Tab")  # the first stop is the skip link
    assert _focused(page) == "skip-link"
    page.keyboard.press("Enter")  # ... which moves focus to the main content
    page.keyboard.press("Tab")  # whose first control is the question box
    assert _focused(page) == "q"
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector("ol.hits > li", timeout=60_000)

    first = page.locator("ol.hits > li").first
    text = first.inner_text()
    assert "£13.2m" in text
    assert "savings" in [m.lower() for m in first.locator("mark").all_inner_texts()]
    assert first.locator(".chips .chip").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "sideways scroll"

    link = first.locator("a.citation")
    href = link.get_attribute("href") or ""
    assert href.startswith("/view/") and href.endswith("#hl")
    for _ in range(40):  # Tab through the form to the first result's citation
        if "citation" in _focused(page):
            break
        page.keyboard.press("Tab")
    assert "citation" in _focused(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**/view/**")
    mark = page.locator("mark#hl")
    mark.wait_for()
    assert "£13.2m" in mark.inner_text()
    _wait_until(page, "document.activeElement && document.activeElement.id === 'hl'")  # app.js, under the CSP
    _wait_until(  # scrolled into view (smoothly, so give it a moment)
        page,
        "(() => { const r = document.getElementById('hl').getBoundingClientRect();"
        " return r.top < window.innerHeight && r.bottom > 0; })()",
    )
    assert page.evaluate("getComputedStyle(document.getElementById('hl')).outlineStyle") != "none"
    page.close()


def test_figures_view_draws_a_chart(server, browser):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(server + "/figures/view?kind=money&label=savings")
    assert page.locator("table.figures tbody tr").count() > 0
    chart = page.locator("figure.chart svg[role=img]")
    assert chart.count() >= 1
    assert chart.first.locator("rect.bar").count() >= 2
    page.close()


@pytest.mark.parametrize("width", [360, 400])
def test_no_page_scrolls_sideways_on_a_phone(server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 740})
    page.goto(server + "/?" + "q=" + QUESTION.replace(" ", "+"))
    page.wait_for_selector("ol.hits > li", timeout=60_000)
    urls = ["/", "/?q=" + QUESTION.replace(" ", "+"), "/figures/view", "/figures/view?kind=money",
            page.locator("ol.hits > li a.citation").first.get_attribute("href") or "/"]
    # the filters fold behind their summary at phone width, and open on a tap
    page.goto(server + "/")
    assert not page.evaluate("document.getElementById('filters-fold').open")
    page.locator("#filters-fold > summary").click()
    assert page.locator("#council").is_visible()
    # the figures page's too, unless a filter is set (the words box stays out of the fold)
    page.goto(server + "/figures/view")
    assert not page.evaluate("document.getElementById('filters-fold').open") and page.locator("#fq").is_visible()
    page.goto(server + "/figures/view?kind=money")
    assert page.evaluate("document.getElementById('filters-fold').open")
    for url in urls:
        page.goto(server + url)
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (url, width)
    page.close()


def test_the_answer_box_shows_the_figure_and_a_real_page(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/?q=" + QUESTION.replace(" ", "+"))
    box = page.locator("section.answer-box")
    box.wait_for(timeout=60_000)
    assert "£13.2m" in box.locator(".answer-figure").inner_text()
    cited = box.locator("a.answer-citation").inner_text()
    m = re.search(r"\bpp?\. (\d+)", cited)
    assert m and int(m.group(1)) != 1, cited
    top = box.bounding_box()
    assert top is not None and top["y"] + top["height"] <= 900, "the answer is below the fold"
    page.close()


def test_a_nonsense_query_shows_the_weak_match_notice(server, browser):
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server + "/?q=zzqx+flibbertigibbet")
    page.wait_for_selector("ol.hits > li", timeout=60_000)
    assert page.locator("#weak-notice").is_visible()
    assert page.locator("section.answer-box").count() == 0
    page.close()


def test_the_document_view_renders_a_table_as_a_table(server, browser):
    import json
    import urllib.request

    with urllib.request.urlopen(server + "/search?q=net+underspend+updated+budget&k=1&section_kind=table") as r:
        url = json.load(r)["hits"][0]["citation"]["url"]
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server + url)
    table = page.locator(".doc-table table").first
    table.wait_for()
    assert table.locator("tr").count() >= 2 and table.locator("td").count() >= 4
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.close()


def test_conflicts_show_both_citations_side_by_side_at_400px(server, browser):
    """Figures followed across documents: each conflict shows its two figures, each with a
    citation that opens the document; the figures page charts one series per council."""
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server + "/conflicts/view?revisions=true")
    cards = page.locator("li.discrepancy")
    assert cards.count() >= 1
    first = cards.first
    assert first.locator(".side").count() == 2 and first.locator(".side a.citation").count() == 2
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    href = first.locator(".side a.citation").first.get_attribute("href") or ""
    assert href.startswith("/view/") and href.endswith("#hl")
    page.goto(server + href)
    page.locator("mark#hl").wait_for()
    page.goto(server + "/figures/view?kind=money&label=gap")
    captions = page.locator("figure.chart figcaption")
    assert all("·" in (captions.nth(i).text_content() or "") for i in range(captions.count()))  # council named


def _range_total(page) -> int:
    m = re.search(r"of (\d+)", page.locator("#results-range").inner_text())
    assert m, page.locator("#results-range").inner_text()
    return int(m.group(1))


def test_facets_narrow_the_results_and_the_export_link_downloads_them(server, browser, tmp_path):
    import csv
    import io

    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.goto(server + "/?q=" + QUESTION.replace(" ", "+"))
    page.wait_for_selector("ol.hits > li", timeout=60_000)
    whole = _range_total(page)
    councils = page.locator('.facets a[data-facet="council"]')
    assert councils.count() >= 2 and page.locator(".facets").is_visible()
    pick = councils.last  # the council with the fewest hits
    name = pick.get_attribute("data-value") or ""
    count = int(pick.locator(".facet-count").inner_text().split()[0])
    assert 0 < count < whole
    pick.click()
    page.wait_for_url("**council=**")
    page.wait_for_selector("ol.hits > li")
    assert _range_total(page) == count
    assert all(name in m for m in page.locator("ol.hits > li .hit-where .meta").all_inner_texts())
    assert page.locator(f'.facets a[data-facet="council"][data-value="{name}"][aria-current="true"]').count() == 1

    with page.expect_download() as dl:
        page.locator("#export-csv").click()
    path = tmp_path / "export.csv"
    dl.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == count and {r["council"] for r in rows} == {name}
    assert all(r["link"].startswith(server + "/view/") for r in rows)
    page.close()


def test_facets_fold_and_narrow_on_a_phone(server, browser):
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server + "/?q=" + QUESTION.replace(" ", "+"))
    page.wait_for_selector("ol.hits > li", timeout=60_000)
    whole = _range_total(page)
    assert not page.evaluate("document.getElementById('facets-fold').open")  # folded: the results come first
    page.locator("#facets-fold > summary").click()
    kinds = page.locator('.facets a[data-facet="section_kind"]')
    assert kinds.first.is_visible()
    count = int(kinds.first.locator(".facet-count").inner_text().split()[0])
    box = kinds.first.bounding_box()
    assert box is not None and box["height"] >= 32, "a facet is too small to tap"
    kinds.first.click()
    page.wait_for_url("**section_kind=**")
    page.wait_for_selector("ol.hits > li")
    assert _range_total(page) == count <= whole
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [360, 400])
def test_recommendations_page_at_phone_width_opens_the_cited_sentence(server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(server + "/recommendations/view")
    assert page.locator("table.recs tbody tr").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
    chip = page.locator("a.chip").first
    assert chip.is_visible()
    sentence = (chip.get_attribute("title") or "").rsplit(" (", 1)[0]
    href = chip.get_attribute("href") or ""
    assert href.startswith("/view/") and href.endswith("#hl")
    chip.click()
    page.wait_for_url("**/view/**")
    mark = page.locator("mark#hl")
    mark.wait_for()
    assert " ".join(mark.inner_text().split())[:40] == " ".join(sentence.split())[:40]
    page.close()


def test_watch_this_search_then_the_alerts_page_at_phone_width(server, browser, browser_settings):
    """The watch button saves the search with the write key; a paper added later that matches
    is listed on /alerts with its feed, and the page fits 400 px."""
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library
    from councilsearch.models import DocumentMeta

    words = "moorland drainage levy"  # in no bundled document: the baseline is empty
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server + "/?q=" + words.replace(" ", "+"))
    page.wait_for_selector("ol.hits", timeout=60_000)
    page.locator("#watch-form summary").click()
    page.fill("#watch-key", "not-the-key")
    page.locator("#watch-form button[type=submit]").click()
    _wait_until(page, "document.getElementById('watch-status').textContent.indexOf('Not saved') === 0")
    page.fill("#watch-key", WRITE_KEY)
    page.locator("#watch-form button[type=submit]").click()
    _wait_until(page, "document.getElementById('watch-status').textContent.indexOf('Saved as alert') === 0")
    href = page.locator("#watch-status a").get_attribute("href") or ""
    assert href.startswith("/alerts#alert-")
    # a paper that matches arrives later (stored as an upload would be, without its vectors: the
    # alerts page reads the store only)
    lib = Library(load_settings(browser_settings.data_dir), embed=False)
    doc = ("Internal drainage board levies\n\n1. Summary\n\n1.1 The moorland drainage levy set by the board rises "
           "again this year, and the council has asked the board to explain the increase to members.\n")
    assert lib.ingest_bytes(doc.encode(), "drainage-levy.txt", DocumentMeta(title="Drainage board levies")).ok
    lib.close()
    page.goto(server + href)
    alert = page.locator("li.alert").last
    alert.wait_for()
    assert words in alert.locator(".alert-title").inner_text()
    assert alert.locator(".alert-matches li").count() == 1
    assert "Drainage board levies" in alert.locator(".alert-matches a.citation").inner_text()
    assert alert.locator("a.feed-link").get_attribute("href", timeout=5_000).endswith(".atom")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # the match opens the document at the cited sentence
    alert.locator(".alert-matches a.citation").click()
    page.wait_for_selector("mark.cited")
    assert "levy" in page.locator("mark.cited").first.inner_text()
    page.close()
