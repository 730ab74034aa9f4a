"""The real thing: strict MkDocs builds of the seed articles, checked page by page and link by link."""

from __future__ import annotations

import re

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.exceptions import Abort

from .conftest import FIXTURES, SEEDS, build_project, make_project


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for attr in ("href", "src"):
            if attrs.get(attr) and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                self.links.append(attrs[attr])


def parse_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def target_file(site: Path, page: Path, href: str) -> Path:
    path = unquote(urlsplit(href).path)
    target = (page.parent / path).resolve() if path else page
    return target / "index.html" if target.is_dir() else target


def page_of(site: Path, url: str) -> Path:
    return site / urlsplit(url).path / "index.html"


def test_every_article_actor_and_event_has_a_page(built_seed_site, seed_site):
    for item in [*seed_site.articles, *seed_site.actors]:
        assert page_of(built_seed_site, item.url).is_file(), item.url
    for event in seed_site.events:  # an entry on its year's page
        assert f'<li id="{event.id}"' in page_of(built_seed_site, event.url).read_text(encoding="utf-8"), event.url
    for index in ("articles", "actors", "events"):
        assert (built_seed_site / index / "index.html").is_file()


def test_every_internal_link_and_anchor_resolves(built_seed_site):
    # 404.html is served from any path, so its links are absolute on purpose.
    pages = {p: parse_page(p) for p in built_seed_site.rglob("*.html") if p.name != "404.html"}
    broken = []
    for page, parsed in pages.items():
        for href in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("//", "mailto:")):
                continue
            target = target_file(built_seed_site, page, href)
            if not target.exists():
                broken.append(f"{page.relative_to(built_seed_site)} → {href}")
            elif parts.fragment and target.suffix == ".html":
                if parts.fragment not in (pages.get(target) or parse_page(target)).ids:
                    broken.append(f"{page.relative_to(built_seed_site)} → {href} (no such anchor)")
    assert broken == []


def test_article_page_shows_metadata_and_anchored_paragraphs(built_seed_site, seed_site):
    article = seed_site.article("2011-04-lieven-hard-power")
    html = (built_seed_site / article.url / "index.html").read_text(encoding="utf-8")
    assert "<h1" in html and "Hard Power" in html
    assert "Why Pakistan is so difficult to work with." in html
    assert "By Anatol Lieven" in html and "Foreign Policy" in html and "22 Apr 2011" in html
    assert 'href="http://www.foreignpolicy.com/articles/2011/04/22/hard_power"' in html
    ids = parse_page(built_seed_site / article.url / "index.html").ids
    assert {p.id for p in article.paragraphs} <= ids
    assert 'href="../../actors/hafiz-saeed/"' in html
    assert "STR/AFP/Getty Images" not in html and "More from Foreign Policy" not in html


def test_actor_page_links_each_mention_to_its_paragraph(built_seed_site, seed_site):
    saeed = next(a for a in seed_site.actors if a.id == "hafiz-saeed")
    html = (built_seed_site / saeed.url / "index.html").read_text(encoding="utf-8")
    for m in saeed.mentions:
        assert f'href="../../articles/{m.article}/#{m.paragraph}"' in html


def test_timeline_groups_by_year_and_shows_precision(built_seed_site, seed_site):
    html = (built_seed_site / "events" / "index.html").read_text(encoding="utf-8")
    assert html.index(">1980s<") < html.index(">1996<") < html.index(">2000s<") < html.index(">2008<") < html.index(">2017<")
    assert "Across the 1990s" in html and 'href="1990s/"' in html  # decade-wide dates have their decade's page
    assert '<svg class="briefing-timeline"' in html and html.count('<circle class="event"') == len(seed_site.events)
    year_pages = sorted((built_seed_site / "events").glob("*/index.html"))
    entries = sum(p.read_text(encoding="utf-8").count('<li id="') for p in year_pages)
    assert entries == len(seed_site.events)  # each event listed once, on its year's page
    page = (built_seed_site / "events" / "2017" / "index.html").read_text(encoding="utf-8")
    assert "24 Nov 2017" in page and 'rel="prev"' in page
    assert 'data-timeline-filter="actors"' in page and '<option value="hafiz-saeed">Hafiz Saeed</option>' in page
    saeed = next(e for e in seed_site.events if e.date.iso() == "2017-11-24")
    assert f'<li id="{saeed.id}" data-actors="{" ".join(saeed.actors)}" data-articles="{saeed.sources[0].article}">' in page
    assert f'href="../../articles/{saeed.sources[0].article}/#{saeed.sources[0].paragraph}"' in page
    assert "<mark>" in page  # the date that places the event, marked in its sentence
    decade = (built_seed_site / "events" / "1990s" / "index.html").read_text(encoding="utf-8")
    assert "<strong>1990s</strong>" in decade


def test_an_old_event_address_leads_to_its_entry(built_seed_site, seed_site):
    event = seed_site.events[0]
    redirect = (built_seed_site / "events" / event.id / "index.html").read_text(encoding="utf-8")
    assert f"../{event.period}/#{event.id}" in redirect


def test_home_page_macros_render_figures_and_latest_articles(built_seed_site, seed_site):
    html = (built_seed_site / "index.html").read_text(encoding="utf-8")
    assert f"<strong>{len(seed_site.articles)} articles</strong>" in html
    assert 'href="articles/2021-09-markey-americas-perennial-pakistan-problem/"' in html
    assert 'href="actors/hafiz-saeed/"' in html


def test_the_citation_docs_show_what_the_article_pages_give(built_seed_site, seed_site):
    newest = seed_site.articles[0]
    article = (page_of(built_seed_site, newest.url)).read_text(encoding="utf-8")
    docs = (built_seed_site / "cite" / "index.html").read_text(encoding="utf-8")
    apa = re.search(r'<span class="briefing-citation" id="cite-apa">(.*?)</span>', article).group(1)
    assert apa.split(" In US–Pakistan Briefing")[0] in docs
    assert (built_seed_site / "cite" / f"{newest.slug}.bib").is_file()


def test_data_files_follow_the_contract(built_seed_site, seed_site):
    articles = json.loads((built_seed_site / "data" / "articles.json").read_text(encoding="utf-8"))
    actors = json.loads((built_seed_site / "data" / "actors.json").read_text(encoding="utf-8"))
    events = json.loads((built_seed_site / "data" / "events.json").read_text(encoding="utf-8"))
    assert articles["version"] == actors["version"] == events["version"] == 1
    a = articles["articles"][0]
    assert {"slug", "title", "subtitle", "authors", "publication", "published", "source_url", "url",
            "paragraphs", "removed"} <= set(a)
    assert {"id", "kind", "text"} <= set(a["paragraphs"][0]) and {"text", "reason"} <= set(a["removed"][0])
    assert {"id", "name", "kind", "aliases", "url", "articles", "mentions"} <= set(actors["actors"][0])
    assert {"article", "paragraph", "text", "sentence"} <= set(actors["actors"][0]["mentions"][0])
    assert {"id", "date", "title", "actors", "url", "sources"} <= set(events["events"][0])
    assert len(articles["articles"]) == len(SEEDS) and len(actors["actors"]) == len(seed_site.actors)
    for item in [*articles["articles"], *actors["actors"], *events["events"]]:
        assert page_of(built_seed_site, item["url"]).is_file()


HOSTILE = """---
published: 2020-01-02
title: "Hostile <b>title</b> {{ 6 * 7 }}"
---
A Test of Hostile Text

This paragraph carries <script>alert('x')</script> and <img src=x onerror="alert(1)"> inside it, plus {{ 6 * 7 }} and {% if true %}jinja{% endif %} for good measure.

* not a list item, **not bold**, [not a link](javascript:alert(1)) and a | pipe | table | row that should stay text.

# not a heading, > not a quote, 1. not a numbered item: all of this is ordinary text in the article body.
"""

PLAIN_HOME = "# Home\n\nNothing rendered here: {{ 6 * 7 }}\n"


def test_article_text_is_never_markup_or_jinja(tmp_path):
    hostile = tmp_path / "2020-01-hostile-text.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    site = build_project(make_project(tmp_path, [hostile], home=PLAIN_HOME))
    html = (site / "articles" / "2020-01-hostile-text" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "{{ 6 * 7 }}" in html and "{% if true %}jinja{% endif %}" in html and ">42<" not in html
    assert "* not a list item, **not bold**, [not a link](javascript:alert(1))" in html
    assert "# not a heading, &gt; not a quote, 1. not a numbered item" in html
    assert "Hostile &lt;b&gt;title&lt;/b&gt; {{ 6 * 7 }}" in html
    # Hand-written pages that do not opt in are not rendered by mkdocs-macros either.
    assert "Nothing rendered here: {{ 6 * 7 }}" in (site / "index.html").read_text(encoding="utf-8")


def test_a_macro_error_fails_the_build(tmp_path):
    home = "---\nrender_macros: true\n---\n# Home\n\n{{ actor_link('Nobody At All') }}\n"
    project = make_project(tmp_path, [SEEDS["mattis"]], home=home)
    with pytest.raises(SystemExit) as caught:  # mkdocs-macros' on_error_fail exits the build
        build_project(project)
    assert caught.value.code != 0


def test_a_bad_article_fails_the_build_naming_file_and_line(tmp_path, caplog):
    broken = tmp_path / "2020-01-broken.txt"
    broken.write_text("---\npublished: 2020\npublsher: X\n---\nText.\n", encoding="utf-8")
    project = make_project(tmp_path, [broken], home=PLAIN_HOME)
    with pytest.raises(Abort):
        build_project(project)
    assert "2020-01-broken.txt:3: unknown field 'publsher' (did you mean 'published'?)" in caplog.text


def test_fixture_article_from_an_unseen_outlet_builds(tmp_path):
    site = build_project(make_project(tmp_path, [FIXTURES / "articles" / "2024-03-harbour-talks.txt"], home=PLAIN_HOME))
    html = (site / "articles" / "2024-03-harbour-talks" / "index.html").read_text(encoding="utf-8")
    assert "Harbour Talks Stall as Ministers Trade Blame" in html and "By Jane Doe, John Roe" in html
    assert "Getty Images" not in html and "Related stories" not in html


def test_a_table_in_an_article_is_a_table_on_its_page(tmp_path):
    fixture = FIXTURES / "articles" / "2024-09-port-earnings-table.txt"
    site = build_project(make_project(tmp_path, [fixture], home=PLAIN_HOME))
    html = (site / "articles" / fixture.stem / "index.html").read_text(encoding="utf-8")
    assert '<table id="p2" data-number="2" class="briefing-table">' in html
    assert "<th>Ticker</th><th>Security</th>" in html and "<td>HARBOUR FREIGHT GROUP</td><td>41.20</td>" in html


def test_html_and_text_articles_build_side_by_side(tmp_path):
    html = FIXTURES / "html" / "2024-05-river-treaty.html"
    project = make_project(tmp_path, [html, html.with_suffix(".yml"), SEEDS["mattis"]], home=PLAIN_HOME)
    site = build_project(project)
    page = (site / "articles" / "2024-05-river-treaty" / "index.html").read_text(encoding="utf-8")
    assert "River Treaty Talks Resume in Lisbon" in page and "By Maria Costa" in page
    assert 'id="p3"' in page and "A long dispute" in page
    assert "Getty Images" not in page and "Ten cafés" not in page


def test_two_sources_for_one_slug_fail_the_build(tmp_path, caplog):
    html = FIXTURES / "html" / "2024-05-river-treaty.html"
    project = make_project(tmp_path, [html, html.with_suffix(".yml")], home=PLAIN_HOME)
    (project / "articles" / "2024-05-river-treaty.txt").write_text("---\npublished: 2024\n---\nText.\n")
    with pytest.raises(Abort):
        build_project(project)
    assert "two sources for the slug '2024-05-river-treaty'" in caplog.text


def test_actor_pages_highlight_names_and_draw_their_events(built_seed_site, seed_site):
    html = (built_seed_site / "actors" / "hafiz-saeed" / "index.html").read_text(encoding="utf-8")
    assert "<mark>Hafiz Saeed</mark>" in html and "<mark>Saeed</mark>" in html
    assert "Founder of Lashkar-e-Taiba" in html  # the registry's description
    assert '<svg class="briefing-timeline"' in html and 'href="../../events/' in html
    index = (built_seed_site / "actors" / "index.html").read_text(encoding="utf-8")
    assert 'class="briefing-filter"' in index and "assets/briefing.js" in index
    assert index.index("People (") < index.index("Organisations (") < index.index("States (") < index.index("Places (")


def test_a_failing_build_leaves_the_previous_site_untouched(tmp_path):
    project = make_project(tmp_path, [SEEDS["mattis"]], home=PLAIN_HOME)
    site = build_project(project)
    page = site / "articles" / SEEDS["mattis"].stem / "index.html"
    before = page.read_text(encoding="utf-8")
    (project / "articles" / "2020-01-broken.txt").write_text("---\npublished: never\n---\nText.\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_project(project)
    assert page.read_text(encoding="utf-8") == before


def test_links_from_written_pages_to_a_paragraph_are_still_checked(tmp_path, caplog):
    # Generated HTML skips Markdown (verbatim.py), but MkDocs must still know the anchors it holds.
    slug = SEEDS["mattis"].stem
    project = make_project(tmp_path, [SEEDS["mattis"]], home=f"# Home\n\nSee [the third paragraph](articles/{slug}.md#p3).\n")
    page = (build_project(project) / "index.html").read_text(encoding="utf-8")
    assert f'href="articles/{slug}/#p3"' in page
    (project / "docs" / "index.md").write_text(f"# Home\n\nSee [nothing](articles/{slug}.md#p999).\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_project(project)
    assert "does not contain an anchor '#p999'" in caplog.text


def test_the_site_has_a_search_index_in_pieces_and_no_whole_index(built_seed_site):
    bundle = built_seed_site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and any((bundle / "index").iterdir()) and any((bundle / "fragment").iterdir())
    assert not (built_seed_site / "search" / "search_index.json").exists()  # Material's, sent whole
    page = (built_seed_site / "actors" / "hafiz-saeed" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in page and "<mark>Hafiz Saeed</mark>" in page and "briefing:set-aside" not in page
    # Quoted sentences and lists are on the page, but kept out of search: a name should lead to the
    # articles that tell about it, not to every actor page that quotes them.
    assert page.count("data-search-exclude") >= 3
    listing = (built_seed_site / "actors" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" not in listing  # a list of other pages: not indexed


