"""The ``briefing`` command: a thin layer over the pipeline and MkDocs."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import subprocess
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from .output import generated_files, write_files
from .buildlog import run_mkdocs
from .pipeline import (ArticleCrash, ArticleRun, ArticleTimeout, build_site_from, make_article,
                       read_and_clean, source_paths)
from .addresses import ADDRESSES_FILE, addresses_text, read_addresses
from .ledger import REMOVED, Entry, ledger_path, ledger_text, recorded
from .read import NOT_REGULAR, ArticleError, Source, decode, lines_of, printable, read_article, split_blocks
from .clean import DATELINE, clean
from .dates import find_dates
from .index import dates_compatible, slugify
from .model import Article, FuzzyDate, Removed, name_key
from .registry import REGISTRY_FILE, load_events, load_redirects, load_registry
from .timelimit import DEFAULT_SECONDS


# An article left shorter than this by the cleaner is flagged for a maintainer to look at.
REVIEW_MIN_WORDS = 150


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write the generated pages and data files, without building")
    generate.add_argument("--articles", default="articles", help="folder of article sources (default: articles)")
    generate.add_argument("--docs", default="docs", help="folder to write pages and data into (default: docs)")
    generate.add_argument("--cache", default=".briefing-cache",
                          help="folder for per-article results kept between runs ('' for none)")
    generate.add_argument("--time-limit", type=float, default=DEFAULT_SECONDS, metavar="SECONDS",
                          help=f"seconds one stage of one article may take (default: {DEFAULT_SECONDS:g}; 0: no limit)")
    generate.add_argument("--keep-going", action="store_true",
                          help="write the site without the articles that fail, then exit 1")
    generate.add_argument("--report", metavar="FILE",
                          help="write how each article went (seconds per stage, error) as JSON lines")
    build = commands.add_parser("build", help="build the complete site into site/")
    serve = commands.add_parser("serve", help="preview the site, rebuilding on change")
    serve.add_argument("-a", "--dev-addr", metavar="IP:PORT", help="where to serve (default: 127.0.0.1:8000)")
    for sub in (build, serve):
        sub.add_argument("-f", "--config-file", default="mkdocs.yml")
    check = commands.add_parser("check", help="validate articles and show what cleaning removed")
    check.add_argument("--articles", default="articles")
    check.add_argument("--verbose", "-v", action="store_true", help="list every removed block")
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="'github' prints GitHub Actions annotations for a pull request")
    check.add_argument("--time-limit", type=float, default=DEFAULT_SECONDS, metavar="SECONDS",
                       help=f"seconds reading or cleaning one article may take (default: {DEFAULT_SECONDS:g})")
    new = commands.add_parser("new", help="start an article from pasted page text, with inferred front matter")
    new.add_argument("source", nargs="?", default="-", help="a text file, or - for standard input (default)")
    new.add_argument("--articles", default="articles")
    new.add_argument("--published", help="YYYY-MM-DD, YYYY-MM or YYYY (default: the page's own date line, else today)")
    new.add_argument("--publication")
    new.add_argument("--source-url")
    commands.add_parser("edition", help="print the name of the current season's edition, e.g. 2026-fall")
    ledger = commands.add_parser("ledger", help="record each article's paragraph ids in <slug>.ledger.yml and every "
                                                "actor and event address in addresses.yml, to commit")
    ledger.add_argument("--articles", default="articles")
    ledger.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a ledger is missing or out of date")
    ledger.add_argument("--cache", default=".briefing-cache",
                        help="folder for per-article results kept between runs ('' for none)")
    actors = commands.add_parser("actors", help="list the actors found, for curating articles/actors.yml")
    actors.add_argument("--articles", default="articles")
    actors.add_argument("--review", action="store_true", help="only actors not yet in the registry, with evidence")
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ArticleError as err:
        for error in getattr(err, "errors", [err]):
            print(Problem.of(error).show("text"), file=sys.stderr)
        return 1


def _generate(args) -> int:
    runs: list[ArticleRun] = []
    try:
        site = build_site_from(args.articles, args.cache or None, args.time_limit, args.keep_going, runs)
    finally:
        if args.report:
            _write_report(args.report, runs)
    written = write_files(generated_files(site), args.docs)
    failed = [run.error for run in runs if run.error is not None]
    for error in failed:
        print(Problem.of(error).show("text"), file=sys.stderr)
    print(f"{len(site.articles)} articles, {len(site.actors)} actors, {len(site.events)} events; "
          f"{len(written.changed)} files written to {args.docs}" + (f"; {_count(len(failed), 'article')} left out"
                                                                   if failed else ""))
    return 1 if failed else 0


def _write_report(path: str, runs: list[ArticleRun]) -> None:
    with open(path, "w", encoding="utf-8") as report:
        for run in runs:
            report.write(json.dumps({"path": str(run.path), "words": run.words, "cached": run.cached,
                                     "seconds": run.seconds, "outcome": outcome(run.error),
                                     "error": str(run.error) if run.error else None}) + "\n")


def outcome(error: ArticleError | None) -> str:
    """How an article's processing ended: ok, rejected (bad input), timeout or crash (a bug)."""
    if error is None:
        return "ok"
    return "timeout" if isinstance(error, ArticleTimeout) else "crash" if isinstance(error, ArticleCrash) else "rejected"


def _build(args) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    return run_mkdocs(lambda: build(load_config(args.config_file)), args.config_file)


def _serve(args) -> int:
    from mkdocs.commands.serve import serve

    return run_mkdocs(lambda: serve(config_file=args.config_file, dev_addr=args.dev_addr), args.config_file)


@dataclass
class Problem:
    path: str
    line: int
    message: str
    severity: str = "error"  # error | warning

    @classmethod
    def of(cls, error: ArticleError) -> "Problem":
        return cls(error.path, error.line, error.message)

    def show(self, style: str) -> str:
        path, message = printable(self.path), printable(self.message)
        if style == "github":  # a GitHub Actions annotation on the pull request's file and line
            return f"::{self.severity} file={path.replace(',', '%2C')},line={self.line}::{message}"
        return f"{path}:{self.line}: {self.severity}: {message}"


def _check(args) -> int:
    """Validate every article and registry file; report what the cleaner removed, per article."""
    problems: list[Problem] = []
    paths, not_articles = source_paths(args.articles)
    pages = {"index.md", "articles/index.md", "actors/index.md", "events/index.md", "tags.md",
             *(f"articles/{path.stem}.md" for path in paths)}  # pages a redirect must not replace
    for load in (load_registry, load_events, read_addresses, lambda folder: load_redirects(folder, pages)):
        try:
            load(args.articles)
        except ArticleError as err:
            problems.append(Problem.of(err))
    problems += [Problem.of(err) for err in not_articles]
    checked: list[tuple[Path, Source, Article]] = []
    for path in paths:
        run = ArticleRun(path)
        made = read_and_clean(run, args.time_limit)
        if made is None:
            problems.append(Problem.of(run.error))
            continue
        checked.append((path, *made))
        problems += _report(path, *made, args)
        problems += _ledger_problems(path, made[1], run.ledger)
    problems += _duplicate_titles(checked, _added_order(args.articles))
    for problem in problems:
        print(problem.show(args.format))
    errors = sum(p.severity == "error" for p in problems)
    print(f"{len(paths)} articles checked: {_count(errors, 'error')}, "
          f"{_count(sum(p.severity == 'warning' for p in problems), 'warning')}")
    return 1 if errors else 0


def _ledger_problems(path: Path, article: Article, committed: list[Entry] | None) -> list[Problem]:
    """A warning when the committed paragraph ledger does not record this build's ids."""
    target = ledger_path(path)
    if committed is None:
        return [Problem(str(target), 1, "no paragraph ledger yet: run `briefing ledger` and commit it, so that "
                                        "links to this article's paragraphs keep their words", "warning")]
    if recorded(article.paragraphs, committed) != committed:
        by_id = {e.id: e for e in committed}
        new = [p.id for p in article.paragraphs if p.id not in by_id]
        gone = [p.id for p in article.paragraphs if p.kind == REMOVED and not by_id[p.id].removed]
        what = "; ".join(filter(None, [new and f"new {', '.join(new)}", gone and f"removed {', '.join(gone)}"]))
        return [Problem(str(target), 1, f"out of date ({what or 'words changed'}): run `briefing ledger` and "
                                        "commit it", "warning")]
    return []


def _ledger(args) -> int:
    """Write (or with --check, compare) every article's paragraph ledger, then the site's record of
    actor and event addresses, which the paragraphs' ids are part of."""
    paths, not_articles = source_paths(args.articles)
    failed = [Problem.of(err) for err in not_articles]
    stale: list[Path] = []
    for path in paths:
        run = ArticleRun(path)
        made = read_and_clean(run, DEFAULT_SECONDS)
        if made is None:
            failed.append(Problem.of(run.error))
            continue
        text = ledger_text(path.name, recorded(made[1].paragraphs, run.ledger))
        _record(ledger_path(path), text, args.check, stale, failed)
    if not failed:
        site = build_site_from(args.articles, args.cache or None)
        _record(Path(args.articles) / ADDRESSES_FILE, addresses_text(site.addresses), args.check, stale, failed)
    for problem in failed:
        print(problem.show("text"), file=sys.stderr)
    for target in stale:
        print(f"{target}:1: {'out of date: run `briefing ledger` and commit it' if args.check else 'written'}")
    print(f"{len(paths)} articles: {_count(len(stale), 'ledger')} {'out of date' if args.check else 'written'}")
    return 1 if failed or (args.check and stale) else 0


def _record(target: Path, text: str, check: bool, stale: list[Path], failed: list[Problem]) -> None:
    """Write a ledger whose text changed (with ``check``, only note it), never through a link."""
    if target.is_symlink() or (target.exists() and not target.is_file()):
        failed.append(Problem(str(target), 1, NOT_REGULAR))
    elif not target.exists() or target.read_text("utf-8") != text:
        stale.append(target)
        if not check:
            target.write_text(text, encoding="utf-8")


def _duplicate_titles(checked: list[tuple[Path, Source, Article]], added: dict[str, int]) -> list[Problem]:
    """Two articles with one title: the one added last (the pull request's) is reported, naming the other."""
    def age(item):  # first added first; files of one commit by publication date, then by name
        path, source, _ = item
        return (added.get(path.name, sys.maxsize), source.published.sort_key(), path.name)

    problems, titles = [], {}
    for path, _, article in sorted(checked, key=age):
        earlier = titles.setdefault(name_key(article.title), path)
        if earlier != path:
            problems.append(Problem(str(path), 1, f"the title {article.title!r} is already the title of "
                                                  f"{earlier.name}: give this article its own title"))
    return problems


def _added_order(folder: str) -> dict[str, int]:
    """When each file of the folder was first committed (git's commit time), by name; a file not yet
    committed, as a pull request's is before it merges, is absent: it is the newest."""
    try:
        log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--relative",
                              "--", "."], cwd=folder, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    added: dict[str, int] = {}
    for commit in log.stdout.split("\0")[1:] if log.returncode == 0 else []:
        stamp, *names = commit.split("\n")
        for name in filter(None, names):
            added[Path(name).name] = int(stamp)  # the log runs newest first: the oldest addition wins
    return added


def _report(path: Path, source: Source, article: Article, args) -> list[Problem]:
    """What the cleaner kept and removed; a warning when it removed most of the page's words, or
    when the page's own date line disagrees with ``published``."""
    kept = sum(len(p.text.split()) for p in article.paragraphs)
    dropped = sum(len(r.text.split()) for r in article.removed)
    removed = Counter(r.reason for r in article.removed)
    if args.format == "text":
        print(f"{path}: {len(article.paragraphs)} paragraphs, {kept} words kept; removed: "
              + (", ".join(f"{n} {reason}" for reason, n in removed.most_common()) or "nothing"))
        if args.verbose:
            if source.fallback:
                print(f"  {path}: trafilatura found no article in this page: its whole text went through the cleaner")
            for block in article.removed:
                print(f"  {path}:{block.line}: [{block.reason}] {block.text}")
    problems = []
    if dropped > kept or kept < REVIEW_MIN_WORDS:
        problems.append(Problem(str(path), 1, f"please review the cleaning: {dropped} of {kept + dropped} words "
                                              f"removed, {kept} kept (flagged when over half is removed or under "
                                              f"{REVIEW_MIN_WORDS} words remain)", "warning"))
    page_date = _page_date(article.removed)
    if page_date is not None and not dates_compatible(page_date[0], source.published):
        date, block = page_date
        problems.append(Problem(source.published_at[0], source.published_at[1],
                                f"'published' is {source.published.iso()}, but the page's date line says "
                                f"{date.iso()} ({path.name}:{block.line}: {block.text!r}); correct one of them",
                                "warning"))
    return problems


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _actors(args) -> int:
    registry = load_registry(args.articles)
    site = build_site_from(args.articles)
    listed = [a for a in site.actors if not (args.review and registry.lookup(a.name))]
    for actor in listed:
        first = actor.mentions[0]
        print(f"{actor.name} ({actor.kind}): {_count(len(actor.mentions), 'mention')} in "
              f"{_count(len(actor.articles), 'article')}"
              + (f"; also {', '.join(actor.aliases[:6])}" if actor.aliases else ""))
        print(f"    {first.article} ¶{first.paragraph[1:]}: {textwrap.shorten(first.sentence, 110)}")
    if args.review and listed:
        print(f"\n{len(listed)} actors are not in {Path(args.articles) / REGISTRY_FILE}. To curate one, add it under 'actors:':\n")
        first = listed[0]
        print(yaml.safe_dump([{"name": first.name, "kind": first.kind, "aliases": first.aliases[:3],
                               "description": ""}], sort_keys=False, allow_unicode=True).rstrip())
        print("\nand to drop a name that is no actor, list it under 'exclude:'.")
    return 0


def _new(args) -> int:
    """Write articles/<slug>.txt from pasted text: inferred front matter to confirm, the text as pasted."""
    raw = sys.stdin.buffer.read() if args.source == "-" else Path(args.source).read_bytes()
    text = decode(args.source, raw)
    cleaned = clean(split_blocks(lines_of(text)))
    page_date = _page_date(cleaned.removed)
    published = FuzzyDate.parse(args.published) if args.published else page_date[0] if page_date else \
        FuzzyDate.parse(_dt.date.today().isoformat())
    title = cleaned.title or " ".join(text.split()[:8])
    slug = f"{published.iso()[:7]}-{'-'.join(slugify(title).split('-')[:7])}"
    path = Path(args.articles) / f"{slug}.txt"
    if path.exists():
        raise ArticleError(path, 1, "an article with this slug exists already: name yours with a different title")
    meta = {"publication": args.publication, "source_url": args.source_url,
            "title": cleaned.title or None, "subtitle": cleaned.subtitle or None, "authors": cleaned.authors or None}
    known = {k: v for k, v in meta.items() if v}
    front = f"published: {published.iso()}\n" + (
        yaml.safe_dump(known, sort_keys=False, allow_unicode=True, width=1000) if known else "")
    path.write_text(f"---\n# Inferred by `briefing new`: confirm every field before you open the pull request.\n"
                    f"{front}---\n{text}", encoding="utf-8")
    try:
        article = make_article(read_article(path))
    except ArticleError:
        path.unlink()  # nothing half-made is left behind
        raise
    print(f"wrote {path}: {article.title!r}, published {published.iso()}, by {', '.join(article.authors) or 'unknown'}")
    print(f"The cleaner keeps {len(article.paragraphs)} paragraphs and removes {len(article.removed)} blocks:")
    for block in article.removed:
        print(f"  {path}:{block.line}: [{block.reason}] {textwrap.shorten(block.text, 100)}")
    return 0


def _page_date(removed: list[Removed]) -> tuple[FuzzyDate, Removed] | None:
    """The date the page gives itself in a date line ("Updated March 3, 2020"), and that line, if it has one."""
    for block in removed:
        if block.reason == DATELINE:
            dates = [m.date for m in find_dates(block.text, FuzzyDate(_dt.date.today().year)) if m.absolute]
            if dates:
                return dates[0], block
    return None


def edition_name(day: _dt.date) -> str:
    """Editions are named by season: December to February is winter (of the year it starts in)."""
    month = day.month
    if month == 12 or month <= 2:
        return f"{day.year - (month <= 2)}-winter"
    return f"{day.year}-{['spring', 'summer', 'fall'][(month - 3) // 3]}"


def _edition(args) -> int:
    print(edition_name(_dt.date.today()))
    return 0


COMMANDS = {"edition": _edition, "new": _new, "generate": _generate, "build": _build, "serve": _serve, "check": _check,
            "ledger": _ledger, "actors": _actors}

if __name__ == "__main__":
    sys.exit(main())
