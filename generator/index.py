"""Stage 4, index: per-article extractions → one actor per real actor and one event per happening.

Pure functions over plain data: the articles' resolved mentions in, the site's
actors and events out. Ids are slugs of names and dates, so they stay the same
when other articles are added.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .actors import ActorMention, decide_kind
from .events import EventMention
from .heuristics import fold
from .model import Actor, Article, Event

PRECISIONS = ["decade", "year", "month", "day"]


@dataclass
class Site:
    """Everything the writers need: articles, actors and events, cross-linked by id."""

    articles: list[Article]
    actors: list[Actor]
    events: list[Event]
    article_actors: dict[str, list[str]] = field(default_factory=dict)  # slug → actor ids, most named first
    article_events: dict[str, list[str]] = field(default_factory=dict)  # slug → event ids, by date

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def event(self, event_id: str) -> Event:
        return self._events[event_id]

    def article(self, slug: str) -> Article:
        return self._articles[slug]

    def __post_init__(self):
        self._actors = {a.id: a for a in self.actors}
        self._events = {e.id: e for e in self.events}
        self._articles = {a.slug: a for a in self.articles}


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def actor_key(name: str) -> str:
    """Names that differ only in case, hyphens or apostrophes name the same actor."""
    return re.sub(r"[\s\-'’.]+", " ", fold(name)).strip()


def build_actors(mentions: list[ActorMention], acronyms: dict[str, str]) -> list[Actor]:
    """Merge every article's mentions into actors; an acronym defined in any article stands for its long form."""
    groups: dict[str, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        groups[actor_key(acronyms.get(m.name, m.name))].append(m)
    actors = []
    for members in groups.values():
        names = Counter(m.name for m in members if m.full_form) or Counter(m.name for m in members)
        name = max(names, key=lambda n: (names[n], len(n)))
        name = acronyms.get(name, name)
        votes = Counter()
        for m in members:
            votes[m.label] += 2 if m.full_form else 1
        seen = dict.fromkeys(" ".join(m.mention.text.split()) for m in members)
        aliases = [a for a in seen if a != name]
        actors.append(Actor(slugify(name), name, decide_kind(name, votes), aliases, [m.mention for m in members]))
    actors.sort(key=lambda a: (-len(a.mentions), a.name))
    return _unique_ids(actors)


def _unique_ids(items):
    used: Counter = Counter()
    for item in items:
        used[item.id] += 1
        if used[item.id] > 1:
            item.id = f"{item.id}-{used[item.id]}"
    return items


def dates_compatible(a, b) -> bool:
    coarser = min(a.precision, b.precision, key=PRECISIONS.index)
    return a.coarsen(coarser) == b.coarsen(coarser)


def same_happening(a: EventMention, b: EventMention) -> bool:
    """Same date at the coarser precision, and the titles name the same thing."""
    if not dates_compatible(a.date, b.date) or not a.keywords & b.keywords:
        return False
    shared = len(a.keywords & b.keywords)
    return a.keywords <= b.keywords or b.keywords <= a.keywords or shared / len(a.keywords | b.keywords) >= 0.5


def build_events(mentions: list[EventMention], actor_ids: dict[str, str]) -> list[Event]:
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(mentions):
        for j in range(i):
            if root(i) != root(j) and same_happening(a, mentions[j]):
                parent[root(i)] = root(j)
    clusters: dict[int, list[EventMention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        clusters[root(i)].append(m)
    events = [_event(members, actor_ids) for members in clusters.values()]
    events.sort(key=lambda e: (e.date.sort_key(), e.title))
    return _unique_ids(events)


def _event(members: list[EventMention], actor_ids: dict[str, str]) -> Event:
    finest = max(PRECISIONS.index(m.date.precision) for m in members)
    dates = Counter(m.date for m in members if PRECISIONS.index(m.date.precision) == finest)
    date = max(dates, key=lambda d: (dates[d], d.sort_key()))
    best = min((m for m in members if m.date == date), key=lambda m: (m.source.article, m.source.paragraph))
    actors = list(dict.fromkeys(actor_ids[n] for m in members for n in m.actors if n in actor_ids))
    event_id = f"{date.iso()}-{slugify(best.title)[:60].rstrip('-')}"
    return Event(event_id, date, best.title, actors, [m.source for m in members])


def build_site(articles: list[Article], actor_mentions: list[ActorMention], acronyms: dict[str, str],
               event_mentions: list[EventMention]) -> Site:
    actors = build_actors(actor_mentions, acronyms)
    ids = {actor_key(a.name): a.id for a in actors}
    names = {m.name: ids[actor_key(acronyms.get(m.name, m.name))] for m in actor_mentions}
    events = build_events(event_mentions, names)
    article_actors = {a.slug: [] for a in articles}
    for actor in actors:  # already ordered by mentions
        for slug in actor.articles:
            article_actors[slug].append(actor.id)
    article_events = {a.slug: [] for a in articles}
    for event in events:
        for slug in dict.fromkeys(s.article for s in event.sources):
            article_events[slug].append(event.id)
    articles = sorted(articles, key=lambda a: (a.published.sort_key(), a.slug), reverse=True)
    return Site(articles, actors, events, article_actors, article_events)
