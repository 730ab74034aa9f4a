"""Stage 5, export: the indexed site → the published data files (the data contract, version 2).

``docs/data.md`` documents every field; fields may be added, never change meaning. Each fact is
published once: a mention or a source gives where its sentence stands in the paragraph's text (in
``articles.json``), not the sentence again, which made half of version 1's weight.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from .index import Site
from .model import Mention, Source

Paragraphs = dict[tuple[str, str], str]  # (article slug, paragraph id) → the paragraph's text

DATA_VERSION = 2


def data_files(site: Site) -> dict[str, Iterator[str]]:
    """Data files: path inside the docs folder → the file's JSON text, in chunks of one item (or one
    mention or source) each.

    Written chunk by chunk, a data file never has to be held whole in memory: the articles file of an
    archive of 10,000 articles is a hundred megabytes, and a state's entry in the actors file tens.
    The files are gzip-compressed (``output.write_files`` compresses a ``.gz`` path): GitHub Pages
    stores them as they are, and at a quarter of their size an edition of 10,000 articles fits.
    """
    paragraphs = {(a.slug, p.id): p.text for a in site.articles for p in a.paragraphs}
    return {
        "data/articles.json.gz": _stream("articles", ([_json(_article(site, a))] for a in site.articles)),
        "data/actors.json.gz": _stream("actors", (_actor(a, paragraphs) for a in site.actors)),
        "data/events.json.gz": _stream("events", (_event(e, paragraphs) for e in site.events)),
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


def _actor(a, paragraphs: Paragraphs) -> Iterator[str]:
    head = {"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "url": a.url, "articles": a.articles}
    return _with_list(head, "mentions", ({"article": m.article, "paragraph": m.paragraph, "text": m.text,
                                          **_sentence_span(m, paragraphs)} for m in a.mentions))


def _event(e, paragraphs: Paragraphs) -> Iterator[str]:
    head = {"id": e.id, "date": e.date.iso(), "precision": e.date.precision, "title": e.title, "actors": e.actors,
            "url": e.url}
    return _with_list(head, "sources", ({"article": s.article, "paragraph": s.paragraph, "date_text": s.date_text,
                                         **_sentence_span(s, paragraphs)} for s in e.sources))


def _sentence_span(told: Mention | Source, paragraphs: Paragraphs) -> dict[str, int]:
    """Where the sentence of a mention or source stands in its paragraph's text, as character offsets.

    The sentence is cut from the paragraph's parse (``span.sent.text.strip()``), so it is always found;
    a sentence written twice in one paragraph is the same words at either place.
    """
    start = paragraphs[told.article, told.paragraph].index(told.sentence)
    return {"sentence_start": start, "sentence_end": start + len(told.sentence)}


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
