"""Stage 5, render: the indexed site → Markdown pages, from Jinja templates.

Article text is data, never markup: the body is written as HTML-escaped
paragraphs, and any article text placed in Markdown goes through the ``md``
filter, which escapes both HTML and Markdown syntax. Front matter that the theme
prints goes through ``theme_text`` (escaped HTML in a YAML string), other front
matter through ``yaml``. Pages are not rendered by mkdocs-macros (they do not opt
in), so ``{{`` in an article stays text. docs/security.md lists every sink.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
from dataclasses import dataclass, field
from collections import Counter, defaultdict
from itertools import groupby
from typing import Iterator

from jinja2 import Environment, PackageLoader, StrictUndefined

from .cite import CitedEdition, bibtex, citations, proper_words, ris
from .index import Site, decade_of
from .ledger import order_key
from .verbatim import marked

RELATED_MAX_SHARE = 0.05
RELATED_MIN_CEILING = 20
# An actor page links every article that names the actor, at the first paragraph that does, but quotes
# the sentences of its most recent articles only: the page of a state named in every article would
# otherwise quote the whole archive.
QUOTED_ARTICLES = 10
# A timeline entry links every article that tells the event, oldest first, and quotes the sentences of
# the first few: an event told again in hundreds of articles would otherwise quote them all, and make
# its year's page megabytes long.
QUOTED_SOURCES = 3
LATEST_ARTICLES = 5  # an actor's page opens on its most recent articles; the rest are one click away
LATEST_EVENTS = 10  # … and on its most recent events
MAX_STACK = 8  # dots stacked at one place of a timeline drawing, the last standing for any more
LATEST_LISTED = 50  # the articles index lists the most recent; each year has a page of its own
KIND_TITLES = {"person": "People", "organization": "Organisations", "country": "States", "place": "Places"}
# Characters Python-Markdown lets a backslash escape (``|`` with the tables extension).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def md_escape(text: str) -> str:
    """Text safe to place inline in Markdown: HTML and every Markdown syntax character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join(str(text).split()), quote=False))


def yaml_string(text: str) -> str:
    """A YAML scalar for page front matter (JSON strings are valid YAML)."""
    return json.dumps(" ".join(str(text).split()), ensure_ascii=False)


def theme_text(text: str) -> str:
    """A front-matter field that MkDocs and Material print as HTML themselves (``title`` in ``<title>``
    and the navigation, ``description`` in a meta attribute, ``tags`` in tag links): HTML-escaped,
    quotes included, before it is made a YAML string. Fields our own templates print (``citation``)
    stay plain text: those templates escape them where they write them."""
    return yaml_string(html.escape(" ".join(str(text).split()), quote=True))


def environment() -> Environment:
    env = Environment(loader=PackageLoader("generator", "templates"), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = md_escape
    env.filters["html"] = lambda text: html.escape(str(text), quote=True)
    env.filters["yaml"] = yaml_string
    env.filters["theme_text"] = theme_text
    env.filters["mark"] = mark
    env.filters["html_block"] = marked  # finished HTML that Markdown need not read (verbatim.py)
    env.filters["rfc822"] = lambda date: _email_date(date.first_day())
    return env


def _email_date(day: _dt.date) -> str:
    """An RSS date: "Fri, 01 Dec 2017 00:00:00 +0000"."""
    weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]
    return f"{weekday}, {day.day:02d} {month} {day.year} 00:00:00 +0000"


def mark(sentence: str, words: str) -> str:
    """The sentence as safe HTML with the first occurrence of ``words`` marked."""
    before, found, after = sentence.partition(words)
    if not found:
        return html_text(sentence)
    return f"{html_text(before)}<mark>{html_text(found)}</mark>{html_text(after)}"


def html_text(text: str) -> str:
    return html.escape(str(text), quote=False)


def timeline_svg(env: Environment, events: list, link_prefix: str, svg_id: str, width: int = 640) -> str:
    """A timeline picture drawn at build time: one dot per event, placed by date, linked to its entry.

    Dots of events close in time are stacked so that none hides another, at most ``MAX_STACK`` high:
    past that, the last dot of a stack stands for the rest and links to the year of the first of
    them, so the drawing of an archive's 40,000 events is no bigger than that of a few hundred.
    """
    if not events:
        return ""
    margin, radius, row = 16, 5, 11
    years = [e.date.first_day().year + (e.date.first_day().timetuple().tm_yday - 1) / 366 for e in events]
    first, last = int(min(years)), int(max(years)) + 1
    # Years between ticks: the first of 1, 2, 5, 10, 20, 50 … that leaves at most eight (dates span
    # at most 10,000 years, so the fifth decade of steps always has one).
    step = next(s for s in (m * 10 ** k for k in range(5) for m in (1, 2, 5)) if (last - first) / s <= 8)
    scale = (width - 2 * margin) / max(1, last - first)
    stacks: dict[int, list] = {}
    for event, year in zip(events, years):
        x = round(margin + (year - first) * scale, 1)
        stacks.setdefault(round(x / (2 * radius + 1)), []).append((x, event))
    dots = []
    for stack in stacks.values():
        for level, (x, event) in enumerate(stack[:MAX_STACK]):
            more = len(stack) - level if level == MAX_STACK - 1 and len(stack) > MAX_STACK else 0
            dots.append({"x": x, "level": level, "href": link_prefix + (f"events/{event.period}/" if more else event.url),
                         "label": f"{more} more events from {event.date.display()}" if more
                         else f"{event.date.display()}: {event.title}"})
    levels = max(d["level"] for d in dots) + 1
    axis_y = 12 + levels * row
    for dot in dots:
        dot["y"] = axis_y - 8 - dot["level"] * row
    ticks = [{"year": y, "x": round(margin + (y - first) * scale, 1)}
             for y in range(first - first % step + (step if first % step else 0), last + 1, step)]
    return env.get_template("timeline.svg.j2").render(
        events=events, dots=dots, ticks=ticks, width=width, height=axis_y + 18, margin=margin, radius=radius,
        axis_y=axis_y, first_year=first, last_year=last - 1, svg_id=svg_id).replace("\n", "")


@dataclass(frozen=True)
class Edition:
    """Where and when this build is published: for permalinks, citations and the feed."""

    base_url: str = "http://127.0.0.1:8000/"  # the site's address, without the edition
    name: str = "latest"  # the mike edition being built ("2026-fall"), or "latest"
    built: _dt.date = field(default_factory=_dt.date.today)

    def url(self, path: str) -> str:
        return f"{self.base_url.rstrip('/')}/{self.name}/{path}"

    def cited(self, article) -> CitedEdition:
        """Where a citation of the article says it was read: this edition, at the article's address."""
        return CitedEdition(self.name, self.url(article.url), self.built)


def render_pages(site: Site, edition: Edition | None = None) -> Iterator[tuple[str, str]]:
    """Every generated page, one at a time: (path inside the docs folder, Markdown source), and the RSS feed.

    Pages are yielded rather than returned together: the pages of an archive of 10,000 articles
    take half a gigabyte as text, and a writer needs only one at a time.
    """
    edition = edition or Edition()
    env = environment()
    common = {"site": site, "kind_titles": KIND_TITLES, "edition": edition, "LATEST_ARTICLES": LATEST_ARTICLES,
              "LATEST_EVENTS": LATEST_EVENTS}
    by_year = [(year, list(articles)) for year, articles in groupby(site.articles, key=lambda a: a.published.year)]
    index = env.get_template("articles_index.md.j2")
    yield "articles/index.md", index.render(articles=site.articles[:LATEST_LISTED], year=None,
                                            years=[(year, len(articles)) for year, articles in by_year], **common)
    for year, articles in by_year:  # every year's articles on a page of their own: no list of the whole archive
        yield f"articles/{year:04d}.md", index.render(articles=articles, year=year, years=[], **common)
    related = related_articles(site)
    told_where = _paragraphs_telling(site)
    for article in site.articles:
        actors = [site.actor(i) for i in site.article_actors[article.slug]]
        cited = edition.cited(article)
        yield f"articles/{article.slug}.md", env.get_template("article.md.j2").render(
            article=article, actors=actors,
            events=[(site.event(i), told_where[i, article.slug]) for i in site.article_events[article.slug]],
            related=related[article.slug], cited=citations(article, cited, proper_words(actors)),
            words=sum(len(p.text.split()) for p in article.paragraphs), **common)
        yield f"cite/{article.slug}.bib", bibtex(article, cited)
        yield f"cite/{article.slug}.ris", ris(article, cited)
    yield "feed.xml", env.get_template("feed.xml.j2").render(**common)
    by_kind = {kind: [a for a in site.actors if a.kind == kind] for kind in KIND_TITLES}
    yield "actors/index.md", env.get_template("actors_index.md.j2").render(by_kind=by_kind, **common)
    events_of = _events_by_actor(site)
    named_in = _actors_by_paragraph(site)
    for actor in site.actors:
        events = events_of.get(actor.id, [])
        mentions_by_article = _by_article(actor.mentions)
        by_date = sorted(mentions_by_article, key=lambda slug: (site.article(slug).published.sort_key(), slug))
        yield f"actors/{actor.id}.md", env.get_template("actor.md.j2").render(
            actor=actor, co_actors=_co_actors(site, actor, named_in), events=events,
            mentions_by_article=mentions_by_article,
            articles_by_year=[(year, list(slugs)) for year, slugs in
                              groupby(by_date, key=lambda slug: site.article(slug).published.year)],
            quoted=by_date[-QUOTED_ARTICLES:][::-1],
            timeline=timeline_svg(env, events, "../../", f"timeline-{actor.id}"), **common)
    periods = event_periods(site.events)
    decades = [(decade, list(in_decade)) for decade, in_decade in
               groupby(periods.items(), key=lambda item: decade_of(item[1][0].date))]
    yield "events/index.md", env.get_template("events_index.md.j2").render(
        decades=decades, timeline=timeline_svg(env, site.events, "../", "timeline-all"), **common)
    names = list(periods)
    moved, retired = _former_events(site)
    # A year that lists no event now but once did keeps its page, for the notes where its events stood.
    emptied = [(period, []) for period in sorted(site.former.periods() - set(periods))]
    for i, (period, events) in enumerate([*periods.items(), *emptied]):
        yield f"events/{period}.md", env.get_template("events_period.md.j2").render(
            period=period, events=events, previous=names[i - 1] if 0 < i < len(names) else None,
            next=names[i + 1] if i + 1 < len(names) else None,
            actors=sorted(map(site.actor, {a for e in events for a in e.actors}), key=lambda a: (a.name, a.id)),
            articles=[site.article(slug) for slug in dict.fromkeys(s.article for e in events for s in e.sources)],
            sources={e.id: _oldest_first(site, e.sources) for e in events}, QUOTED_SOURCES=QUOTED_SOURCES,
            moved=moved.get(period, []), retired=retired.get(period, []), **common)
    for record in site.former.retired_actors:
        yield f"actors/{record.id}.md", env.get_template("actor_retired.md.j2").render(record=record, **common)


def _former_events(site: Site) -> tuple[dict[str, list], dict[str, list]]:
    """By timeline page, the events that page once listed: those listed on another page now, and
    recorded ones no build finds any more (with the articles that told them, where they still are)."""
    moved = {period: [site.event(i) for i in ids] for period, ids in site.former.moved_events.items()}
    known = {a.slug for a in site.articles}
    retired: dict[str, list] = {}
    for record in site.former.retired_events:
        told = [(site.article(slug), pid) for slug, _, pid in (s.partition("#") for s in record.sources) if slug in known]
        for period in record.periods:
            retired.setdefault(period, []).append((record, told))
    return moved, retired


def _oldest_first(site: Site, sources: list) -> list:
    """An event's sources in the order they were published (then by article and paragraph)."""
    return sorted(sources, key=lambda s: (site.article(s.article).published.sort_key(), s.article,
                                          order_key(s.paragraph)))


def event_periods(events: list) -> dict[str, list]:
    """Events (in date order) by the timeline page that lists them: one page a year, or a decade."""
    periods: dict[str, list] = {}
    for event in events:
        periods.setdefault(event.period, []).append(event)
    return periods


def related_articles(site: Site, limit: int = 3) -> dict[str, list]:
    """For each article, the articles that share the most of its people, organisations and places.

    States are left out (nearly every article names them), and so is any actor named in more than
    RELATED_MAX_SHARE of the articles: such names relate everything, and skipping them keeps the
    work proportional to the archive rather than to its square.
    """
    ceiling = max(RELATED_MIN_CEILING, len(site.articles) * RELATED_MAX_SHARE)
    scores: dict[str, Counter] = {a.slug: Counter() for a in site.articles}
    for actor in site.actors:
        if actor.kind == "country" or len(actor.articles) > ceiling:
            continue
        for slug in actor.articles:
            for other in actor.articles:
                if other != slug:
                    scores[slug][other] += 1
    return {slug: [(site.article(other), shared) for other, shared in counter.most_common(limit)]
            for slug, counter in scores.items()}


def _paragraphs_telling(site: Site) -> dict[tuple[str, str], list[str]]:
    """(event id, article) → the article's paragraphs that tell the event: one pass over all sources."""
    told: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in site.events:
        for source in event.sources:
            told[event.id, source.article].append(source.paragraph)
    return told


def _events_by_actor(site: Site) -> dict[str, list]:
    result: dict[str, list] = {}
    for event in site.events:
        for actor_id in event.actors:
            result.setdefault(actor_id, []).append(event)
    return result


def _co_actors(site: Site, actor, named_in: dict[tuple[str, str], set[str]], limit: int = 10) -> list[tuple]:
    """Actors most often named in the same paragraphs as ``actor``, with counts."""
    counts: Counter = Counter()
    for place in {(m.article, m.paragraph) for m in actor.mentions}:
        counts.update(named_in[place] - {actor.id})
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))  # ties by id: the same page every build
    return [(site.actor(i), n) for i, n in ranked[:limit]]


def _by_article(mentions: list) -> dict[str, list]:
    """Mentions grouped by article, in the order the articles first name the actor."""
    grouped: dict[str, list] = {}
    for m in mentions:
        grouped.setdefault(m.article, []).append(m)
    return grouped


def _actors_by_paragraph(site: Site) -> dict[tuple[str, str], set[str]]:
    """(article, paragraph) → the actors named there: one pass over all mentions."""
    named_in: dict[tuple[str, str], set[str]] = {}
    for actor in site.actors:
        for m in actor.mentions:
            named_in.setdefault((m.article, m.paragraph), set()).add(actor.id)
    return named_in


