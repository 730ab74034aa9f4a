"""The curated actor registry, ``articles/actors.yml``: maintainers correct and enrich extraction.

It is never required. An entry gives an actor's canonical name, kind, other names, a one-line
description and optionally its Wikidata id; every name in it resolves to the entry, in any
article. ``exclude`` lists names that are never actors (a document spaCy took for an
organisation, say). Problems are reported as ``path:line: message``, like article errors.

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

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import name_key
from .read import ArticleError

KINDS = ("person", "organization", "country", "place")
ENTRY_FIELDS = ("name", "kind", "aliases", "description", "wikidata")
REGISTRY_FILE = "actors.yml"


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


class _LineLoader(yaml.SafeLoader):
    """Safe YAML that remembers the line of every mapping, for error messages."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_registry(articles_dir: str | Path) -> Registry:
    path = Path(articles_dir) / REGISTRY_FILE
    if not path.is_file():
        return Registry()
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ArticleError(path, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise ArticleError(path, 1, "the registry must have 'actors:' and optionally 'exclude:'")
    unknown = set(data) - {"actors", "exclude", "__line__"}
    if unknown:
        raise ArticleError(path, 1, f"unknown section {sorted(unknown)[0]!r}: expected 'actors' and 'exclude'")
    registry = Registry(exclude={name_key(str(n)) for n in data.get("exclude") or []})
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
    if item.get("kind") not in KINDS:
        raise ArticleError(path, line, f"kind of {item['name']!r} must be one of {', '.join(KINDS)}")
    wikidata = str(item.get("wikidata") or "")
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        raise ArticleError(path, line, f"wikidata id of {item['name']!r} must look like Q123")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list):
        raise ArticleError(path, line, f"aliases of {item['name']!r} must be a list")
    return Entry(str(item["name"]), item["kind"], tuple(str(a) for a in aliases),
                 str(item.get("description") or ""), wikidata)
