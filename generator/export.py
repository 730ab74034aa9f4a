"""Stage 5, export: the indexed site → the published data files (the data contract, version 1).

``docs/data.md`` documents every field; fields may be added, never change meaning.
"""

from __future__ import annotations

import json

from .index import Site

DATA_VERSION = 1


def export_data(site: Site) -> dict[str, str]:
    """Data files: path inside the docs folder → JSON text."""
    articles = [{
        "slug": a.slug, "title": a.title, "subtitle": a.subtitle, "authors": a.authors,
        "publication": a.publication, "published": a.published.iso(), "source_url": a.source_url,
        "url": a.url, "tags": a.tags, "author_bios": a.author_bios,
        "actors": site.article_actors[a.slug], "events": site.article_events[a.slug],
        "paragraphs": [{"id": p.id, "kind": p.kind, "text": p.text, "line": p.line} for p in a.paragraphs],
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in a.removed],
    } for a in site.articles]
    actors = [{
        "id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "url": a.url, "articles": a.articles,
        "mentions": [{"article": m.article, "paragraph": m.paragraph, "text": m.text, "sentence": m.sentence}
                     for m in a.mentions],
    } for a in site.actors]
    events = [{
        "id": e.id, "date": e.date.iso(), "precision": e.date.precision, "title": e.title, "actors": e.actors,
        "url": e.url,
        "sources": [{"article": s.article, "paragraph": s.paragraph, "sentence": s.sentence, "date_text": s.date_text}
                    for s in e.sources],
    } for e in site.events]
    return {
        "data/articles.json": _dump({"version": DATA_VERSION, "articles": articles}),
        "data/actors.json": _dump({"version": DATA_VERSION, "actors": actors}),
        "data/events.json": _dump({"version": DATA_VERSION, "events": events}),
    }


def _dump(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"  # compact: thousands of articles
