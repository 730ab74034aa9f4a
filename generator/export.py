"""Stage 5, export: the indexed site → the published data files (the data contract, version 1).

``docs/data.md`` documents every field; fields may be added, never change meaning.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from .index import Site

DATA_VERSION = 1


def data_files(site: Site) -> dict[str, Iterator[str]]:
    """Data files: path inside the docs folder → the file's JSON text, in chunks of one item (or one
    mention or source) each.

    Written chunk by chunk, a data file never has to be held whole in memory: the actors file of an
    archive of 10,000 articles is hundreds of megabytes, and a state's entry alone tens.
    """
    return {
        "data/articles.json": _stream("articles", ([_json(_article(site, a))] for a in site.articles)),
        "data/actors.json": _stream("actors", map(_actor, site.actors)),
        "data/events.json": _stream("events", map(_event, site.events)),
    }


def _article(site: Site, a) -> dict:
    return {
        "slug": a.slug, "title": a.title, "subtitle": a.subtitle, "authors": a.authors,
        "publication": a.publication, "published": a.published.iso(), "source_url": a.source_url,
        "url": a.url, "tags": a.tags, "author_bios": a.author_bios,
        "actors": site.article_actors[a.slug], "events": site.article_events[a.slug],
        "paragraphs": [{"id": p.id, "kind": p.kind, "text": p.text, "line": p.line} for p in a.paragraphs],
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in a.removed],
    }


def _actor(a) -> Iterator[str]:
    head = {"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "url": a.url, "articles": a.articles}
    return _with_list(head, "mentions", ({"article": m.article, "paragraph": m.paragraph, "text": m.text,
                                          "sentence": m.sentence} for m in a.mentions))


def _event(e) -> Iterator[str]:
    head = {"id": e.id, "date": e.date.iso(), "precision": e.date.precision, "title": e.title, "actors": e.actors,
            "url": e.url}
    return _with_list(head, "sources", ({"article": s.article, "paragraph": s.paragraph, "sentence": s.sentence,
                                         "date_text": s.date_text} for s in e.sources))


def _json(item) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def _with_list(head: dict, key: str, entries: Iterable[dict]) -> Iterator[str]:
    """``head`` with a last field ``key`` listing ``entries``, in chunks of one entry each."""
    yield _json(head)[:-1] + f',"{key}":['
    for i, entry in enumerate(entries):
        yield ("," if i else "") + _json(entry)
    yield "]}"


def _stream(name: str, items: Iterable[Iterable[str]]) -> Iterator[str]:
    """``{"version": 1, "<name>": [item, …]}`` as compact JSON, each item given as its chunks."""
    yield f'{{"version":{DATA_VERSION},"{name}":['
    for i, chunks in enumerate(items):
        if i:
            yield ","
        yield from chunks
    yield "]}\n"
