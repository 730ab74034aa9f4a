"""The curated registries, ``articles/actors.yml`` and ``articles/events.yml``: maintainers
correct and enrich extraction with them. Neither is required.

An actor entry gives the canonical name, kind, other names, a one-line description and optionally
the Wikidata id; every name in it resolves to the entry, in any article. ``exclude`` lists names
that are never actors (a document spaCy took for an organisation, say). An event entry names a
well-known happening (title, date, other names); every mention that names it, at a compatible
date, attaches to it. Problems are reported as ``path:line: message``, like article errors.

    actors:
      - name: Lashkar-e-Taiba
        kind: organization
        aliases: [LeT, Lashkar-e-Tayyiba]
        description: Pakistan-based militant group behind the 2008 Mumbai attacks.
        wikidata: Q...
    exclude:
      - India-US Joint Statement
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection

import yaml

from .model import FuzzyDate, name_key
from .read import ArticleError, SafeTextDatesLoader, lines_of, read_text, text_field

KINDS = ("person", "organization", "country", "place")
ENTRY_FIELDS = ("name", "kind", "aliases", "description", "wikidata")
EVENT_FIELDS = ("title", "date", "aliases", "description")
REGISTRY_FILE = "actors.yml"
EVENTS_FILE = "events.yml"
REDIRECTS_FILE = "redirects.yml"
# A page path inside the site: relative, in folders, no "..", no scheme, no character a URL or a shell would read.
SITE_PAGE = re.compile(r"(?:[A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\.md")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str = ""


@dataclass
class Registry:
    entries: list[Entry] = field(default_factory=list)
    exclude: set[str] = field(default_factory=set)  # keys of names that are never actors
    _by_key: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, name: str) -> Entry | None:
        return self._by_key.get(name_key(name))

    def excludes(self, name: str) -> bool:
        return name_key(name) in self.exclude


class _LineLoader(SafeTextDatesLoader):
    """Safe YAML that remembers the line of every mapping, for error messages; dates stay text."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


@dataclass(frozen=True)
class CuratedEvent:
    """A well-known happening named by maintainers; mentions that name it attach to it."""

    title: str
    date: FuzzyDate
    aliases: tuple[str, ...] = ()
    description: str = ""

    def named_in(self, text: str) -> bool:
        folded = name_key(text)
        return any(name_key(name) in folded for name in (self.title, *self.aliases))


def load_yaml(path: Path):
    """A maintainer's YAML file: safe, without aliases, each mapping with its ``__line__``; dates as text."""
    try:
        return yaml.load(read_text(path), Loader=_LineLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ArticleError(path, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(err, 'problem', err)}") from None


def _texts(path: Path, line: int, name: str, value) -> tuple[str, ...]:
    """A list of names; one name given alone (``aliases: ISI``) is a list of one, not of its letters."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ArticleError(path, line, f"{name} must be a list of names")
    return tuple(text_field(path, line, name, item) for item in value)


def load_events(articles_dir: str | Path) -> list[CuratedEvent]:
    """``articles/events.yml``: a list of happenings with title, date, aliases and description."""
    path = Path(articles_dir) / EVENTS_FILE
    if not os.path.lexists(path):
        return []
    data = load_yaml(path)
    if not isinstance(data, list):
        raise ArticleError(path, 1, "events.yml must be a list of events, each with 'title' and 'date'")
    events, seen = [], {}
    for item in data:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict) or not item.get("title") or not item.get("date"):
            raise ArticleError(path, line, "each event needs 'title' and 'date'")
        unknown = set(item) - set(EVENT_FIELDS) - {"__line__"}
        if unknown:
            raise ArticleError(path, line, f"unknown field {sorted(unknown)[0]!r} (known: {', '.join(EVENT_FIELDS)})")
        title = text_field(path, line, "title", item["title"])
        try:
            date = FuzzyDate.parse(str(item["date"]))
        except ValueError as err:
            raise ArticleError(path, line, f"date of {title!r}: {err}") from None
        aliases = _texts(path, line, f"aliases of {title!r}", item.get("aliases"))
        for name in (title, *aliases):
            if name_key(name) in seen:
                raise ArticleError(path, line, f"{name!r} already names the event {seen[name_key(name)]!r}")
            seen[name_key(name)] = title
        events.append(CuratedEvent(title, date, aliases, text_field(path, line, "description", item.get("description") or "")))
    return events


def load_registry(articles_dir: str | Path) -> Registry:
    path = Path(articles_dir) / REGISTRY_FILE
    if not os.path.lexists(path):
        return Registry()
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise ArticleError(path, 1, "the registry must have 'actors:' and optionally 'exclude:'")
    unknown = set(data) - {"actors", "exclude", "__line__"}
    if unknown:
        raise ArticleError(path, 1, f"unknown section {sorted(unknown)[0]!r}: expected 'actors' and 'exclude'")
    registry = Registry(exclude={name_key(n) for n in _texts(path, 1, "exclude", data.get("exclude"))})
    for item in data.get("actors") or []:
        entry = _entry(path, item)
        for name in (entry.name, *entry.aliases):
            other = registry._by_key.get(name_key(name))
            if other is not None and other != entry:
                raise ArticleError(path, item["__line__"], f"{name!r} is already a name of {other.name!r}")
            if name_key(name) in registry.exclude:
                raise ArticleError(path, item["__line__"], f"{name!r} is both an actor's name and excluded")
            registry._by_key[name_key(name)] = entry
        registry.entries.append(entry)
    return registry


def _entry(path: Path, item) -> Entry:
    line = item.get("__line__", 1) if isinstance(item, dict) else 1
    if not isinstance(item, dict) or not item.get("name"):
        raise ArticleError(path, line, "each actor needs at least 'name' and 'kind'")
    unknown = set(item) - set(ENTRY_FIELDS) - {"__line__"}
    if unknown:
        raise ArticleError(path, line, f"unknown field {sorted(unknown)[0]!r} (known: {', '.join(ENTRY_FIELDS)})")
    name = text_field(path, line, "name", item["name"])
    if item.get("kind") not in KINDS:
        raise ArticleError(path, line, f"kind of {name!r} must be one of {', '.join(KINDS)}")
    wikidata = str(item.get("wikidata") or "")
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        raise ArticleError(path, line, f"wikidata id of {name!r} must look like Q123")
    return Entry(name, item["kind"], _texts(path, line, f"aliases of {name!r}", item.get("aliases")),
                 text_field(path, line, "description", item.get("description") or ""), wikidata)


def load_redirects(articles_dir: str | Path, live_pages: Collection[str] = ()) -> dict[str, str]:
    """``articles/redirects.yml``: old page path → new page path, left behind when a slug or id changes.

        articles/2018-09-old-slug.md: articles/2018-09-new-slug.md

    An old path that is one of ``live_pages`` is an error: the redirect page would replace it.
    """
    path = Path(articles_dir) / REDIRECTS_FILE
    if not os.path.lexists(path):
        return {}
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise ArticleError(path, 1, "redirects.yml maps old page paths to new ones: 'old.md: new.md'")
    lines = lines_of(read_text(path))
    redirects = {}
    for old, new in data.items():
        if old == "__line__":
            continue
        line = next((n for n, text in enumerate(lines, start=1) if text.startswith(str(old))), 1)
        if not (isinstance(old, str) and isinstance(new, str) and SITE_PAGE.fullmatch(old) and SITE_PAGE.fullmatch(new)):
            raise ArticleError(path, line, f"{old!r}: both sides must be page paths inside the site, such as "
                                           "articles/2018-09-old-slug.md (letters, digits, - _ . and /, ending in .md)")
        if old == new:
            raise ArticleError(path, line, f"{old!r} redirects to itself")
        if old in live_pages:
            raise ArticleError(path, line, f"{old!r} is a page of the site: a redirect would replace it")
        redirects[old] = new
    return redirects
