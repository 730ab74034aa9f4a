"""The whole pipeline: read → clean → extract (actors, events) → index.

``build_site_from`` is what the MkDocs plugin and the command line call; the writers
(``render``, ``export``) turn its result into pages and data files. Each stage of each article
runs within a time limit and is timed (``ArticleRun``); an article that fails is named with the
stage that failed, and the others are still processed.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Callable, TypeVar

from .actors import extract_actors
from .addresses import ADDRESSES_FILE, read_addresses
from .cache import ArticleCache, article_key
from .clean import clean
from .events import extract_events
from .index import Site, build_site
from .ledger import LEDGER_SUFFIX, Entry, ledger_path, number, read_ledger
from .model import Article
from .nlp import parse, pipeline
from .read import NOT_REGULAR, ArticleError, Source, read_article, read_regular
from .registry import EVENTS_FILE, REDIRECTS_FILE, REGISTRY_FILE, load_events, load_registry
from .timelimit import DEFAULT_SECONDS, StageTimeout, time_limit

T = TypeVar("T")
ARTICLE_SUFFIXES = (".txt", ".html")
REGISTRIES = (REGISTRY_FILE, EVENTS_FILE, REDIRECTS_FILE, ADDRESSES_FILE)


class ArticleTimeout(ArticleError):
    """A stage ran past the time limit on this article."""


class ArticleCrash(ArticleError):
    """A stage failed on this article with an error of the generator's own: a bug, named by file and stage."""

    def __init__(self, path: str | Path, stage: str, error: Exception):
        super().__init__(path, 1, f"the {stage} stage failed ({type(error).__name__}: {error}); this is a bug "
                                  "in briefing, please report it with this file")
        self.detail = traceback.format_exc()


class ArticleErrors(ArticleError):
    """Every article that could not be processed; the first one stands for them all."""

    def __init__(self, errors: list[ArticleError]):
        first = errors[0]
        super().__init__(first.path, first.line, first.message)
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


@dataclass
class ArticleRun:
    """How processing one article went: seconds per stage, and the error that stopped it, if any."""

    path: Path
    words: int = 0
    cached: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    error: ArticleError | None = None
    ledger: list[Entry] | None = None  # the paragraph ledger read with the article, for the commands that compare it

    def stage(self, name: str, limit: float | None, work: Callable[..., T], *args) -> T | None:
        """Run one stage of this article within the time limit; a failure is recorded, not raised."""
        start = time.perf_counter()
        try:
            with time_limit(limit):
                return work(*args)
        except ArticleError as err:
            self.error = err
        except StageTimeout:
            self.error = ArticleTimeout(self.path, 1, f"the {name} stage took longer than {limit:g} s and was "
                                                      "stopped; the article is left out")
        except Exception as err:  # noqa: BLE001 - a bug of ours, reported against the file that shows it
            self.error = ArticleCrash(self.path, name, err)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
        return None


def source_paths(articles_dir: str | Path) -> tuple[list[Path], list[ArticleError]]:
    """Every article source, and an error for each file of the folder that is not one.

    A slug with two sources (a .txt and an .html), a file of another kind (``x.md``, ``x.docx``),
    metadata without its page, and anything that is not a regular file (a link, a folder) are errors.
    """
    folder = Path(articles_dir)
    if not folder.is_dir():
        raise ArticleError(folder, 0, "articles folder not found")
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    stems = {p.stem for p in entries if p.suffix == ".txt"}
    pages = {p.stem for p in entries if p.suffix == ".html"}
    paths, errors = [], []
    for entry in entries:
        problem = _not_an_article(entry, stems, pages)
        if problem:
            errors.append(ArticleError(entry, 1, problem))
        elif entry.suffix in ARTICLE_SUFFIXES:
            paths.append(entry)
    return paths, errors


def _not_an_article(entry: Path, texts: set[str], pages: set[str]) -> str:
    """Why a file of the articles folder is neither an article, its metadata nor a registry; "" if it is."""
    if entry.is_symlink() or not entry.is_file():
        return NOT_REGULAR
    if entry.suffix == ".html" and entry.stem in texts:
        return f"two sources for the slug {entry.stem!r}: keep either {entry.stem}.txt or {entry.name}"
    if entry.suffix in ARTICLE_SUFFIXES or entry.name in REGISTRIES:
        return ""
    if entry.name.endswith(LEDGER_SUFFIX):
        slug = entry.name[: -len(LEDGER_SUFFIX)]
        return "" if slug in texts | pages else f"paragraph ledger without its article: {slug}.txt not found"
    if entry.suffix == ".yml":
        return "" if entry.stem in pages else f"metadata without its page: {entry.stem}.html not found"
    return (f"not an article: save the page text as {entry.stem}.txt, or the saved page as {entry.stem}.html "
            f"with its metadata in {entry.stem}.yml")


def make_article(source: Source, ledger: list[Entry] | None = None) -> Article:
    """Clean a source and fill its metadata: the front matter wins, the text fills the gaps.

    ``ledger`` is the article's paragraph ledger (``ledger.read_ledger``): the paragraphs take the ids
    it recorded, and removed ones stay as ids where they stood.
    """
    meta = source.meta
    cleaned = clean(source.blocks, extracted=source.extracted, title=meta.get("title") or "",
                    publication=meta.get("publication") or "")
    paragraphs = number(cleaned.paragraphs, ledger)
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
        paragraphs=paragraphs,
        removed=cleaned.removed,
    )


def read_and_clean(run: ArticleRun, limit: float | None) -> tuple[Source, Article] | None:
    """The first two stages of one article, each within the time limit; None when one fails (``run.error``)."""
    source = run.stage("read", limit, read_article, run.path)
    if source is None:
        return None
    run.words = sum(len(b.text.split()) for b in source.blocks)
    run.ledger = run.stage("read", limit, read_ledger, run.path)
    if run.error is not None:
        return None
    article = run.stage("clean", limit, make_article, source, run.ledger)
    return None if article is None else (source, article)


def build_site_from(articles_dir: str | Path, cache_dir: str | Path | None = None,
                    limit: float | None = DEFAULT_SECONDS, keep_going: bool = False,
                    runs: list[ArticleRun] | None = None) -> Site:
    """Read, clean and extract every article, then index the site.

    With ``cache_dir``, each article's results are kept by content hash (``cache``): an unchanged
    article is neither cleaned nor parsed again. Articles that need parsing are parsed together in
    one spaCy batch. Each stage of each article has ``limit`` seconds. Every article is tried; then
    the errors are raised together, or with ``keep_going`` the site is built without those articles.
    ``runs``, when given, receives how each article went.
    """
    registry = load_registry(articles_dir)
    addresses = read_addresses(articles_dir)
    registry_bytes = _bytes(Path(articles_dir) / REGISTRY_FILE)
    cache = ArticleCache(cache_dir)
    runs = [] if runs is None else runs
    paths, errors = source_paths(articles_dir)
    runs += [ArticleRun(Path(error.path), error=error) for error in errors]
    results: dict[Path, tuple] = {}
    fresh: list[tuple[ArticleRun, str, Article]] = []
    for path in paths:
        run = ArticleRun(path)
        runs.append(run)
        inputs = run.stage("read", limit, _inputs, path)
        if inputs is None:
            continue
        key = article_key(*inputs, registry_bytes)
        cached = cache.get(key)
        if cached is not None:
            run.cached, results[path] = True, cached
            continue
        made = read_and_clean(run, limit)
        if made is not None:
            fresh.append((run, key, made[1]))
    for run, key, result in _extracted(fresh, registry, limit):
        results[run.path] = result
        cache.put(key, result)
    errors = [run.error for run in runs if run.error is not None]
    if errors and not keep_going:
        raise ArticleErrors(errors)
    actor_mentions, acronyms, event_mentions, articles = [], {}, [], []
    for path in sorted(results):
        article, mentions, defined, events = results[path]
        articles.append(article)
        actor_mentions += mentions
        event_mentions += events
        for short, long in defined.items():
            acronyms.setdefault(short, long)
    return build_site(articles, actor_mentions, acronyms, event_mentions, registry, load_events(articles_dir),
                      addresses)


# From this many articles to parse, a second process (when the machine has a second core) pays for
# its start: it is forked once the model is loaded, so it shares it instead of loading it again.
PARALLEL_MIN_ARTICLES = 40


def _extracted(fresh: list[tuple[ArticleRun, str, Article]], registry, limit: float | None):
    """Parse each fresh article and extract its actors and events; a stage that fails leaves it out.

    Results come in the articles' order, one at a time, so that a cold build of thousands of
    articles holds one article's parses, not the archive's.
    """
    if not fresh:
        return
    pipeline()  # loading the model is the build's cost, not the first article's
    articles = [article for _, _, article in fresh]
    if len(fresh) >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            outcomes = pool.map(_extract_one, articles, repeat(registry), repeat(limit), chunksize=4)
            yield from _taken(fresh, outcomes)
    else:
        yield from _taken(fresh, map(_extract_one, articles, repeat(registry), repeat(limit)))


def _taken(fresh, outcomes):
    for (run, key, _), (seconds, error, result) in zip(fresh, outcomes):
        run.seconds.update(seconds)
        run.error = error
        if result is not None:
            yield run, key, result


def _extract_one(article: Article, registry, limit: float | None) -> tuple[dict, ArticleError | None, tuple | None]:
    """Parse, actors and events of one article, each within the time limit: (seconds, error, result)."""
    run = ArticleRun(Path(article.path))
    docs = run.stage("parse", limit, parse, [p.text for p in article.paragraphs])
    found = None if docs is None else run.stage("actors", limit, extract_actors, article, docs, registry)
    events = None if found is None else run.stage("events", limit, extract_events, article, docs, found[0])
    return run.seconds, run.error, None if events is None else (article, *found, events)


def _inputs(path: Path) -> tuple[bytes, bytes, bytes]:
    """What an article's results depend on: its source, an HTML article's metadata file, its ledger."""
    meta = _bytes(path.with_suffix(".yml")) if path.suffix == ".html" else b""
    return read_regular(path), meta, _bytes(ledger_path(path))


def _bytes(path: Path) -> bytes:
    return read_regular(path) if os.path.lexists(path) else b""
