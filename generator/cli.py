"""The ``briefing`` command: a thin layer over the pipeline and MkDocs."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

from .output import generated_files, write_files
from .pipeline import article_paths, build_site_from, make_article
from .read import ArticleError, read_article
from .registry import REGISTRY_FILE, load_registry


# An article left shorter than this by the cleaner is flagged for a maintainer to look at.
REVIEW_MIN_WORDS = 150


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write the generated pages and data files, without building")
    generate.add_argument("--articles", default="articles", help="folder of article sources (default: articles)")
    generate.add_argument("--docs", default="docs", help="folder to write pages and data into (default: docs)")
    for name, text in (("build", "build the complete site into site/"), ("serve", "preview the site, rebuilding on change")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("-f", "--config-file", default="mkdocs.yml")
    check = commands.add_parser("check", help="validate articles and show what cleaning removed")
    check.add_argument("--articles", default="articles")
    check.add_argument("--verbose", "-v", action="store_true", help="list every removed block")
    commands.add_parser("edition", help="print the name of the current season's edition, e.g. 2026-fall")
    actors = commands.add_parser("actors", help="list the actors found, for curating articles/actors.yml")
    actors.add_argument("--articles", default="articles")
    actors.add_argument("--review", action="store_true", help="only actors not yet in the registry, with evidence")
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _generate(args) -> int:
    site = build_site_from(args.articles)
    changed = write_files(generated_files(site), args.docs)
    print(f"{len(site.articles)} articles, {len(site.actors)} actors, {len(site.events)} events; "
          f"{len(changed)} files written to {args.docs}")
    return 0


def _build(args) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(args.config_file))
    return 0


def _serve(args) -> int:
    from mkdocs.commands.serve import serve

    serve(config_file=args.config_file)
    return 0


def _check(args) -> int:
    errors = 0
    for path in article_paths(args.articles):
        try:
            article = make_article(read_article(path))
        except ArticleError as err:
            print(err)
            errors += 1
            continue
        kept = sum(len(p.text.split()) for p in article.paragraphs)
        dropped = sum(len(r.text.split()) for r in article.removed)
        removed = Counter(r.reason for r in article.removed)
        print(f"{path}: {len(article.paragraphs)} paragraphs, {kept} words kept; removed: "
              + (", ".join(f"{n} {reason}" for reason, n in removed.most_common()) or "nothing"))
        if dropped > kept or kept < REVIEW_MIN_WORDS:
            print(f"{path}:1: warning: please review the cleaning: {dropped} of {kept + dropped} words removed, "
                  f"{kept} kept (flagged when over half is removed or under {REVIEW_MIN_WORDS} words remain)")
        if args.verbose:
            for block in article.removed:
                print(f"  {path}:{block.line}: [{block.reason}] {block.text}")
    return 1 if errors else 0


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


def edition_name(day: _dt.date) -> str:
    """Editions are named by season: December to February is winter (of the year it starts in)."""
    month = day.month
    if month == 12 or month <= 2:
        return f"{day.year - (month <= 2)}-winter"
    return f"{day.year}-{['spring', 'summer', 'fall'][(month - 3) // 3]}"


def _edition(args) -> int:
    print(edition_name(_dt.date.today()))
    return 0


COMMANDS = {"edition": _edition, "generate": _generate, "build": _build, "serve": _serve, "check": _check, "actors": _actors}

if __name__ == "__main__":
    sys.exit(main())
