"""The site in a real browser: Debian's Chromium, driven by Playwright, on the editions served locally.

A reader's path from the home page to an article, an actor, an event and back to the source
paragraph; search; the edition selector; no console errors and no request to another host.
Screenshots at desktop and phone widths are kept in test-artifacts/ for review.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# The flags this workplace's Chromium needs to start headless, as root, without calling home.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is not installed: .ci/run installs it with apt-get"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, editions, request):
    """A page that records console errors and every request, and fails the test on either."""
    size = getattr(request, "param", "desktop")
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    errors, foreign = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((editions.url, "data:", "blob:"))
            else None)
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"
    assert foreign == [], f"requests to other hosts: {foreign}"


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_home_to_article_to_actor_to_event_to_the_source_paragraph(page, editions):
    page.goto(editions.url)  # the site's root sends readers to the latest edition
    expect(page).to_have_url(re.compile(r"/main/$"))
    expect(page.locator("h1")).to_contain_text("US–Pakistan Briefing")
    shoot(page, "home-desktop")
    page.get_by_role("link", name="Will Pakistan's Support for Terrorists Destroy Its Relationship with America?").first.click()
    expect(page.locator("h1")).to_contain_text("Will Pakistan's Support for Terrorists")
    expect(page.locator("#p14")).to_contain_text("Hafiz Saeed")
    shoot(page, "article-desktop")
    page.locator(".md-content").get_by_role("link", name="Hafiz Saeed", exact=True).first.click()
    expect(page.locator("h1")).to_contain_text("Hafiz Saeed")
    page.locator("details.briefing-mentions > summary").click()  # the quoted sentences, one click away
    expect(page.locator("mark").first).to_be_visible()
    page.get_by_role("link", name=re.compile("released from a ten-month-long house arrest")).first.click()
    expect(page.locator("h1")).to_contain_text("Events of 2017")
    event = page.locator("li:target")
    expect(event).to_contain_text("Hafiz Saeed was released")
    expect(event).to_be_in_viewport()
    shoot(page, "event-desktop")
    event.get_by_role("link", name=re.compile(r"¶14")).first.click()
    expect(page).to_have_url(re.compile(r"/articles/2017-12-pakistan-support-for-terrorists-relationship-with-america/#p14$"))
    expect(page.locator("#p14")).to_be_in_viewport()


def search(page, query: str):
    """Type a query as a reader does, key by key, and wait for the results."""
    page.locator(".md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(query)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15000)
    return results


def test_search_leads_to_the_paragraph_that_names_hafiz_saeed(page, editions):
    page.goto(editions.url + "latest/")
    results = search(page, "Hafiz Saeed")
    paragraph = page.locator(".md-search-result__link[href$='#p14']")
    expect(paragraph.first).to_contain_text("Will Pakistan's Support for Terrorists")  # the article's title
    expect(paragraph.first.locator("mark").first).to_have_text(re.compile("Hafiz"))  # the words around the match
    teasers = page.locator(".md-search-result__teaser").all_text_contents()
    assert teasers and not any("¶" in t or "All actors" in t for t in teasers)  # no pilcrows, no menus
    shoot(page, "search-desktop")
    paragraph.first.click()
    expect(page).to_have_url(re.compile(r"/main/articles/2017-12-pakistan-support-for-terrorists-relationship-with-america/#p14$"))
    expect(page.locator("#p14")).to_be_in_viewport()
    assert results is not None


def test_search_filters_by_section_and_skips_menus_and_lists(page, editions):
    page.goto(editions.url + "latest/events/2008/")
    search(page, "Mumbai")
    page.select_option("select[data-search-filter='section']", "Articles")
    expect(page.locator(".md-search-result__link").first).to_have_attribute("href", re.compile(r"/articles/"))
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all("/articles/" in h for h in hrefs)
    page.select_option("select[data-search-filter='section']", "")
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").press_sequentially("All actors")  # the timeline's filter menu
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Type to start searching")
    page.wait_for_load_state("networkidle")
    teasers = page.locator(".md-search-result__teaser").all_text_contents()
    assert not any("All actors" in t for t in teasers), teasers


def test_the_first_search_loads_a_small_part_of_the_index(page, editions):
    loaded = []
    page.on("response", lambda r: loaded.append(len(r.body())) if "/pagefind/" in r.url and r.ok else None)
    page.goto(editions.url + "latest/")
    search(page, "drone strikes")
    page.wait_for_load_state("networkidle")
    assert 0 < sum(loaded) < 300_000, f"{sum(loaded)} bytes of index for one query"


def test_the_edition_selector_lists_the_editions_and_an_old_one_points_to_the_newest(page, editions):
    page.goto(editions.url + "2026-fall/")
    selector = page.locator(".md-version")
    expect(selector).to_be_visible(timeout=10000)
    expect(page.locator(".md-version__current")).to_contain_text("2026-fall")
    links = page.locator(".md-version__link")
    expect(links).to_have_count(3)
    texts = [links.nth(i).text_content() for i in range(3)]
    assert all(any(name in t for t in texts) for name in ("main", "2026-winter", "2026-fall"))
    expect(page.locator(".md-banner")).to_contain_text("which never changes")


def test_timeline_filters_by_actor(page, editions):
    page.goto(editions.url + "latest/events/")
    page.get_by_role("link", name="2008", exact=True).click()
    expect(page.locator("h1")).to_contain_text("Events of 2008")  # count only once the year's page is there
    events = page.locator("ul.briefing-events > li")
    his = page.locator("ul.briefing-events > li[data-actors~='hafiz-saeed']")
    assert 0 < his.count() < events.count(), "the year should hold events with and without Hafiz Saeed"
    page.select_option("select[data-timeline-filter='actors']", "hafiz-saeed")
    expect(page.locator("ul.briefing-events > li:visible")).to_have_count(his.count())
    expect(his.first).to_be_visible()
    expect(his.first).to_contain_text("2008")


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_an_article_reads_on_a_phone(page, editions):
    page.goto(editions.url + "latest/articles/2011-04-lieven-hard-power/")
    expect(page.locator("h1")).to_contain_text("Hard Power")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES["phone"]["width"], "the article scrolls sideways on a phone"
    shoot(page, "article-phone")


def test_printing_an_article_keeps_the_text_and_citation_and_drops_navigation(page, editions):
    page.goto(editions.url + "latest/articles/2011-04-lieven-hard-power/")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".briefing-extras")).to_be_hidden()
    expect(page.locator("#p1")).to_be_visible()
    expect(page.locator(".briefing-citation").first).to_be_visible()
    expect(page.locator(".briefing-citation").first).to_contain_text("Lieven, A. (2011, April 22). Hard power.")
    # A paper copy can be cited by paragraph: the number stands beside it in print.
    number = page.evaluate("getComputedStyle(document.getElementById('p1'), '::before').content")
    assert number == '"1"' and page.locator("#p1").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "article-print.pdf"))
