"""Stage 5, render and export: pages from templates, text escaped, files written only when changed."""

from __future__ import annotations

import json

import markdown
import pytest

from generator.export import data_files
from generator.output import generated_files, write_files
from generator.render import md_escape


@pytest.mark.parametrize("text", [
    "1. not a list", "# not a heading", "> not a quote", "*not emphasis* and _not_ either",
    "[not a link](http://example.com)", "`not code`", "a | b | c", "<b>not bold</b> & more", "+ not a list",
    "- not a list", "!\\[not an image](x)",
])
def test_md_escape_renders_as_the_literal_text(text):
    html = markdown.markdown(md_escape(text), extensions=["tables", "attr_list"])
    assert html.startswith("<p>") and html.endswith("</p>")
    visible = html[3:-4].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert visible == text


def test_generated_files_cover_every_page_and_data_file(seed_site):
    files = dict(generated_files(seed_site))
    expected = {"articles/index.md", "actors/index.md", "events/index.md", "feed.xml",
                "data/articles.json", "data/actors.json", "data/events.json"}
    expected |= {f"articles/{a.published.year}.md" for a in seed_site.articles}  # a page per year
    expected |= {f"articles/{a.slug}.md" for a in seed_site.articles}
    expected |= {f"cite/{a.slug}.{kind}" for a in seed_site.articles for kind in ("bib", "ris")}  # for reference managers
    expected |= {f"actors/{a.id}.md" for a in seed_site.actors}
    expected |= {f"events/{e.period}.md" for e in seed_site.events}
    assert set(files) == expected
    assert json.loads("".join(files["data/events.json"]))["version"] == 1


def test_data_files_stream_item_by_item_into_one_json_document(seed_site, tmp_path):
    chunks = list(data_files(seed_site)["data/actors.json"])
    # A chunk holds at most one mention: a state named in every article of a large archive is never one string.
    assert len(chunks) >= sum(len(a.mentions) for a in seed_site.actors) + len(seed_site.actors)
    assert max(chunk.count('"sentence"') for chunk in chunks) == 1
    write_files(data_files(seed_site), tmp_path)
    actors = json.loads((tmp_path / "data" / "actors.json").read_text(encoding="utf-8"))
    assert actors["version"] == 1 and [a["id"] for a in actors["actors"]] == [a.id for a in seed_site.actors]
    assert write_files(data_files(seed_site), tmp_path).changed == []  # the same data again: nothing rewritten


def test_write_files_rewrites_only_what_changed(tmp_path):
    files = {"a/one.md": "one\n", "two.md": "two\n"}
    first = write_files(files, tmp_path)
    assert first.paths == ["a/one.md", "two.md"] and len(first.changed) == 2
    before = (tmp_path / "two.md").stat().st_mtime_ns
    assert write_files({**files, "a/one.md": "changed\n"}, tmp_path).changed == [(tmp_path / "a" / "one.md").resolve()]
    assert (tmp_path / "two.md").stat().st_mtime_ns == before
    assert (tmp_path / "a" / "one.md").read_text() == "changed\n"
    assert not list(tmp_path.rglob(".tmp-*"))


def test_write_files_never_escapes_its_folder(tmp_path):
    with pytest.raises(ValueError, match="refusing to write outside"):
        write_files({"../outside.md": "x"}, tmp_path / "docs")
    assert not (tmp_path / "outside.md").exists()


def test_the_feed_is_rss_with_the_newest_article_first(seed_site):
    from xml.etree import ElementTree

    from generator.render import Edition

    feed = ElementTree.fromstring(dict(generated_files(seed_site, Edition("https://example.org/briefing/", "2026-fall")))
                                  ["feed.xml"].encode())
    items = feed.findall("channel/item")
    assert len(items) == len(seed_site.articles)
    assert items[0].findtext("title") == "America’s Perennial Pakistan Problem"
    assert items[0].findtext("link") == \
        "https://example.org/briefing/2026-fall/articles/2021-09-markey-americas-perennial-pakistan-problem/"
    assert items[0].findtext("pubDate") == "Thu, 09 Sep 2021 00:00:00 +0000"


def test_related_articles_share_people_and_groups_not_just_states(seed_site):
    from generator.render import related_articles

    related = related_articles(seed_site)
    mattis = [a.slug for a, _ in related["2017-12-pakistan-support-for-terrorists-relationship-with-america"]]
    assert mattis and mattis[0] in ("2018-09-haqqani-civilian-government-wont-deliver", "2017-11-tillerson-islamabad-thaw")
    assert all(shared >= 1 for pairs in related.values() for _, shared in pairs)


def test_the_outline_keeps_names_and_links_but_not_the_text(seed_site):
    outline = seed_site.outline()
    assert [a.title for a in outline.articles] == [a.title for a in seed_site.articles]
    assert outline.actor("hafiz-saeed").name == "Hafiz Saeed" and outline.event(seed_site.events[0].id).url
    assert not any(a.paragraphs for a in outline.articles) and not any(a.mentions for a in outline.actors)
    assert all(a.paragraphs for a in seed_site.articles)  # the site itself is left whole


def test_the_articles_index_lists_the_newest_and_every_year_has_a_page(seed_site, monkeypatch):
    from generator import render

    monkeypatch.setattr(render, "LATEST_LISTED", 2)  # as an archive far larger than the seeds would be
    pages = dict(render.render_pages(seed_site))
    index = pages["articles/index.md"]
    assert index.count("<tr><td") == 2 and "the 2 most recent here" in index
    years = sorted({a.published.year for a in seed_site.articles})
    for year in years:
        assert f'<a href="{year}/">{year}</a>' in index
        listed = pages[f"articles/{year}.md"]
        assert listed.count("<tr><td") == sum(a.published.year == year for a in seed_site.articles)
        assert all(f'href="../{a.slug}/"' in listed for a in seed_site.articles if a.published.year == year)


def test_a_timeline_drawing_stays_small_however_many_events_it_draws():
    from generator.model import Event, FuzzyDate
    from generator.render import MAX_STACK, environment, timeline_svg

    events = [Event(f"2001-09-11-e{i}", FuzzyDate.parse("2001-09-11"), f"Event {i}") for i in range(500)]
    events.append(Event("1990-x", FuzzyDate.parse("1990"), "An early one"))
    events.sort(key=lambda e: e.date.sort_key())
    svg = timeline_svg(environment(), events, "../", "t")
    assert svg.count("<circle") == MAX_STACK + 1  # the full stack, and the lone early event
    assert f"{500 - MAX_STACK + 1} more events from 11 Sep 2001" in svg and 'href="../events/2001/"' in svg
    assert len(svg) < 5000


def test_a_timeline_entry_links_every_telling_but_quotes_only_the_first(seed_site):
    from dataclasses import replace

    from generator import render
    from generator.model import Source

    # The same happening told again in every seed article: a year's page would quote them all.
    event = seed_site.events[0]
    first_sentence = {a.slug: " ".join(a.paragraphs[0].text.split()[:10]) for a in seed_site.articles}
    retold = [Source(slug, "p1", sentence, sentence.split()[0]) for slug, sentence in first_sentence.items()]
    site = replace(seed_site, events=[replace(event, sources=retold), *seed_site.events[1:]])
    page = dict(render.render_pages(site))[f"events/{event.period}.md"]
    entry = page[page.index(f'<li id="{event.id}"'):]
    entry = entry[:entry.index("</ul>")]
    oldest = sorted(site.articles, key=lambda a: (a.published.sort_key(), a.slug))
    links = [entry.index(f'href="../../articles/{a.slug}/#p1"') for a in oldest]
    assert links == sorted(links)  # every article that tells it, oldest first
    quoted = [a for a in oldest if render.html_text(" ".join(first_sentence[a.slug].split()[1:])) in entry]
    assert quoted == oldest[:render.QUOTED_SOURCES]
