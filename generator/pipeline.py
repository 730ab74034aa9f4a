"""The whole pipeline: read → clean → extract (actors, events) → index.

``build_site`` is what the MkDocs plugin and the command line call; the writers
(``render``, ``export``) turn its result into pages and data files.
"""

from __future__ import annotations

from pathlib import Path

from .actors import extract_actors
from .clean import clean
from .events import extract_events
from .index import Site, build_site
from .model import Article
from .nlp import parse
from .read import ArticleError, Source, read_article
from .registry import load_events, load_registry


def article_paths(articles_dir: str | Path) -> list[Path]:
    folder = Path(articles_dir)
    if not folder.is_dir():
        raise ArticleError(folder, 0, "articles folder not found")
    paths = sorted([*folder.glob("*.txt"), *folder.glob("*.html")])
    stems = [p.stem for p in paths]
    for path in paths:
        if stems.count(path.stem) > 1:
            raise ArticleError(path, 1, f"two sources for the slug {path.stem!r}: keep either the .txt or the .html")
    return paths


def make_article(source: Source) -> Article:
    """Clean a source and fill its metadata: the front matter wins, the text fills the gaps."""
    meta = source.meta
    cleaned = clean(source.blocks, extracted=source.extracted, title=meta.get("title") or "")
    return Article(
        slug=source.slug,
        path=source.path,
        published=source.published,
        title=meta.get("title") or cleaned.title or source.slug.replace("-", " ").capitalize(),
        subtitle=meta.get("subtitle") or cleaned.subtitle,
        authors=meta.get("authors") or cleaned.authors,
        author_bios=cleaned.author_bios,
        publication=meta.get("publication") or "",
        source_url=meta.get("source_url") or "",
        tags=meta.get("tags") or [],
        paragraphs=cleaned.paragraphs,
        removed=cleaned.removed,
    )


def build_site_from(articles_dir: str | Path) -> Site:
    registry = load_registry(articles_dir)
    articles = [make_article(read_article(path)) for path in article_paths(articles_dir)]
    actor_mentions, acronyms, event_mentions = [], {}, []
    for article in articles:
        docs = parse([p.text for p in article.paragraphs])
        mentions, defined = extract_actors(article, docs, registry)
        actor_mentions += mentions
        for short, long in defined.items():
            acronyms.setdefault(short, long)
        event_mentions += extract_events(article, docs, mentions)
    return build_site(articles, actor_mentions, acronyms, event_mentions, registry, load_events(articles_dir))
