"""The whole pipeline: read → clean → extract (actors, events) → index.

``build_site`` is what the MkDocs plugin and the command line call; the writers
(``render``, ``export``) turn its result into pages and data files.
"""

from __future__ import annotations

from pathlib import Path

from .actors import extract_actors
from .cache import ArticleCache, article_key
from .clean import clean
from .events import extract_events
from .index import Site, build_site
from .model import Article
from .nlp import parse
from .read import ArticleError, Source, read_article
from .registry import REGISTRY_FILE, load_events, load_registry


def source_paths(articles_dir: str | Path) -> tuple[list[Path], list[ArticleError]]:
    """Every article source, and an error for each slug that has two (a .txt and an .html)."""
    folder = Path(articles_dir)
    if not folder.is_dir():
        raise ArticleError(folder, 0, "articles folder not found")
    paths = sorted([*folder.glob("*.txt"), *folder.glob("*.html")])
    texts = {p.stem for p in paths if p.suffix == ".txt"}
    twins = [ArticleError(p, 1, f"two sources for the slug {p.stem!r}: keep either {p.stem}.txt or {p.name}")
             for p in paths if p.suffix == ".html" and p.stem in texts]
    return [p for p in paths if not (p.suffix == ".html" and p.stem in texts)], twins


def article_paths(articles_dir: str | Path) -> list[Path]:
    """Every article source; a slug with two sources is an error."""
    paths, twins = source_paths(articles_dir)
    if twins:
        raise twins[0]
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


def build_site_from(articles_dir: str | Path, cache_dir: str | Path | None = None) -> Site:
    """Read, clean and extract every article, then index the site.

    With ``cache_dir``, each article's results are kept by content hash (``cache``): an unchanged
    article is neither cleaned nor parsed again. Articles that need parsing are parsed together in
    one spaCy batch.
    """
    registry = load_registry(articles_dir)
    registry_bytes = _bytes(Path(articles_dir) / REGISTRY_FILE)
    cache = ArticleCache(cache_dir)
    results: dict[Path, tuple] = {}
    fresh: list[tuple[Path, str, Article]] = []
    for path in article_paths(articles_dir):
        key = article_key(path.read_bytes(), _bytes(path.with_suffix(".yml")) if path.suffix == ".html" else b"",
                          registry_bytes)
        cached = cache.get(key)
        if cached is not None:
            results[path] = cached
        else:
            fresh.append((path, key, make_article(read_article(path))))
    texts = [p.text for _, _, article in fresh for p in article.paragraphs]
    docs = parse(texts)
    for path, key, article in fresh:
        article_docs = [next(docs) for _ in article.paragraphs]
        mentions, defined = extract_actors(article, article_docs, registry)
        results[path] = (article, mentions, defined, extract_events(article, article_docs, mentions))
        cache.put(key, results[path])
    actor_mentions, acronyms, event_mentions, articles = [], {}, [], []
    for path in sorted(results):
        article, mentions, defined, events = results[path]
        articles.append(article)
        actor_mentions += mentions
        event_mentions += events
        for short, long in defined.items():
            acronyms.setdefault(short, long)
    return build_site(articles, actor_mentions, acronyms, event_mentions, registry, load_events(articles_dir))


def _bytes(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""
