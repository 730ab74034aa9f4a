"""Stage 5, export: the indexed site → the published data files (the data contract, version 2).

``docs/data.md`` documents every field; fields may be added, never change meaning.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from .index import Site
from .ledger import order_key

DATA_VERSION = 2


def data_files(site: Site) -> Iterator[tuple[str, Iterable[str] | str]]:
    """Data files, one at a time: (path inside the docs folder, the file's JSON text, the large ones
    as chunks of one item each, so that none is ever held whole in memory).

    Each fact is published once. The indexes (``articles.json``, ``actors.json``, ``events.json``)
    list what there is and where; an article's words, and which actors and events each paragraph
    names, are in the article's own file (``data/articles/<slug>.json``), so no file grows with the
    archive beyond what it lists, and no sentence is stored again for each actor that it names.
    """
    yield "data/articles.json", _stream("articles", ([_json(_article(site, a))] for a in site.articles))
    yield "data/actors.json", _stream("actors", ([_json(_actor(a))] for a in site.actors))
    yield "data/events.json", _stream("events", map(_event, site.events))
    told = _told_in(site)
    for article in site.articles:
        mentions, sources = told.get(article.slug, ([], []))
        yield _article_file(article.slug), _json({
            "version": DATA_VERSION, "slug": article.slug,
            "paragraphs": [{"id": p.id, "kind": p.kind, "text": p.text, "line": p.line} for p in article.paragraphs],
            "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed],
            "mentions": [{"actor": actor_id, "paragraph": m.paragraph, "text": m.text}
                         for actor_id, m in sorted(mentions, key=lambda item: order_key(item[1].paragraph))],
            "sources": [{"event": event_id, "paragraph": s.paragraph, "date_text": s.date_text}
                        for event_id, s in sorted(sources, key=lambda item: order_key(item[1].paragraph))],
        }) + "\n"


def _article_file(slug: str) -> str:
    return f"data/articles/{slug}.json"


def _told_in(site: Site) -> dict[str, tuple[list, list]]:
    """Per article: (actor id, mention) for each actor's mention in it, (event id, source) for each
    event it tells."""
    told: dict[str, tuple[list, list]] = {}
    for actor in site.actors:
        for m in actor.mentions:
            told.setdefault(m.article, ([], []))[0].append((actor.id, m))
    for event in site.events:
        for s in event.sources:
            told.setdefault(s.article, ([], []))[1].append((event.id, s))
    return told


def _article(site: Site, a) -> dict:
    return {
        "slug": a.slug, "title": a.title, "subtitle": a.subtitle, "authors": a.authors,
        "publication": a.publication, "published": a.published.iso(), "source_url": a.source_url,
        "url": a.url, "tags": a.tags, "author_bios": a.author_bios,
        "actors": site.article_actors[a.slug], "events": site.article_events[a.slug], "data": _article_file(a.slug),
    }


def _actor(a) -> dict:
    return {"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "url": a.url,
            "description": a.description, "wikidata": a.wikidata, "articles": a.articles,
            "mention_count": len(a.mentions)}


def _event(e) -> Iterator[str]:
    head = {"id": e.id, "date": e.date.iso(), "precision": e.date.precision, "title": e.title, "actors": e.actors,
            "url": e.url}
    return _with_list(head, "sources", ({"article": s.article, "paragraph": s.paragraph, "date_text": s.date_text}
                                        for s in e.sources))


def _json(item) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _with_list(head: dict, key: str, entries: Iterable[dict]) -> Iterator[str]:
    """``head`` with a last field ``key`` listing ``entries``, in chunks of one entry each."""
    yield _json(head)[:-1] + f',"{key}":['
    for i, entry in enumerate(entries):
        yield ("," if i else "") + _json(entry)
    yield "]}"


def _stream(name: str, items: Iterable[Iterable[str]]) -> Iterator[str]:
    """``{"version": 2, "<name>": [item, …]}`` as compact JSON, each item given as its chunks."""
    yield f'{{"version":{DATA_VERSION},"{name}":['
    for i, chunks in enumerate(items):
        if i:
            yield ","
        yield from chunks
    yield "]}\n"
