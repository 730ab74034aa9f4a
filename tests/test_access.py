"""Every page type in Chromium: accessible (axe-core), usable by keyboard, and as wide as a phone.

The editions are deployed with mike and served locally (``editions`` in conftest.py); axe-core is the
copy that axe-playwright-python ships. A serious or critical violation fails the test with axe's own
description of it and the elements it found.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .test_browser import SIZES, browser, page  # noqa: F401 - the fixtures, shared

# One page of every type a reader can open, by what it is.
PAGE_TYPES = {
    "home": "latest/",
    "articles": "latest/articles/",
    "articles of a year": "latest/articles/2017/",
    "article": "latest/articles/2011-04-lieven-hard-power/",
    "actors": "latest/actors/",
    "actor": "latest/actors/pakistan/",
    "timeline": "latest/events/",
    "year": "latest/events/2008/",
    "tags": "latest/tags/",
    "about": "latest/cite/",
}
SCREENS = 4  # an actor's page opens on a summary no taller than this many desktop screens
AXE = Axe()


def serious(page) -> list[str]:
    results = AXE.run(page).response
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("page", ["desktop", "phone"], indirect=True)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_has_no_serious_accessibility_violation_and_fits_a_phone(page, editions, kind):
    page.goto(editions.url + PAGE_TYPES[kind])
    expect(page.locator(".md-content h1").first).to_be_visible()
    assert serious(page) == []
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"the {kind} page scrolls sideways"


def test_search_results_are_accessible(page, editions):
    from .test_browser import search

    page.goto(editions.url + "latest/")
    search(page, "Mumbai attacks")
    assert serious(page) == []


@pytest.mark.parametrize("page", ["desktop"], indirect=True)
def test_an_actor_page_opens_on_a_summary_and_the_rest_is_one_click_away(page, editions):
    page.goto(editions.url + "latest/actors/pakistan/")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= SCREENS * SIZES["desktop"]["height"], f"Pakistan's page is {height} px tall at first view"
    folded = page.locator("details.briefing-mentions")
    expect(folded.locator("section").first).to_be_hidden()
    folded.locator("summary").click()
    expect(folded.locator("section").first).to_be_visible()
    page.goto(editions.url + "latest/actors/pakistan/#2017")  # a year's link opens its fold
    expect(page.locator("section[id='2017']")).to_be_visible()


def test_the_current_section_is_highlighted_on_generated_pages(page, editions):
    for path, tab in (("latest/articles/2011-04-lieven-hard-power/", "Articles"), ("latest/actors/pakistan/", "Actors"),
                      ("latest/events/2008/", "Timeline")):
        page.goto(editions.url + path)
        expect(page.locator(".md-tabs__item--active")).to_have_text(tab)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        return {tag: e.tagName, text: (e.textContent || '').trim().slice(0, 80), outline: s.outlineStyle,
                filter: e.dataset.timelineFilter || ''}; }""")


def tab_to(page, wanted, limit: int = 200) -> dict:
    """Press Tab until the focused element is the one wanted; fails after ``limit`` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if wanted(now):
            return now
    raise AssertionError("the element cannot be reached with the Tab key")


def test_the_timeline_filter_works_from_the_keyboard_with_visible_focus(page, editions):
    page.goto(editions.url + "latest/events/2008/")
    select = tab_to(page, lambda f: f["filter"] == "actors")
    assert select["outline"] != "none", "the focused filter shows no focus"
    page.keyboard.press("ArrowDown")  # a closed select takes the next option from the keyboard
    shown = page.locator("ul.briefing-events > li:visible").count()
    assert 0 < shown < page.locator("ul.briefing-events > li").count()


def test_the_cite_block_opens_and_copies_from_the_keyboard(page, editions):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(editions.url + "latest/articles/2011-04-lieven-hard-power/")
    summary = tab_to(page, lambda f: f["tag"] == "SUMMARY" and "Cite" in f["text"])
    assert summary["outline"] != "none"
    page.keyboard.press("Enter")
    expect(page.locator("details.briefing-cite")).to_have_attribute("open", "")
    tab_to(page, lambda f: f["tag"] == "BUTTON" and "Copy" in f["text"])
    page.keyboard.press("Enter")
    expect(page.locator("button.briefing-copy").first).to_have_text("Copied")
    assert "Lieven" in page.evaluate("navigator.clipboard.readText()")


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_the_timeline_drawing_is_legible_on_a_phone(page, editions):
    page.goto(editions.url + "latest/events/")
    heights = page.locator("svg.briefing-timeline text.label").evaluate_all(
        "labels => labels.map(l => l.getBoundingClientRect().height)")
    assert heights and min(heights) >= 9, f"year labels {min(heights):.1f} px high on a 390 px screen"
