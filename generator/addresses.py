"""Stage 4b, addresses: actor and event addresses that keep pointing at the same actor and happening.

An actor's page is ``actors/<id>/``, its id the slug of its name; an event's address is
``events/<period>/#<id>``, its id made of its date and title. Both are linked from syllabi, so a
corrected date, a better title or a maintainer's new name for an actor must not break them. Every
address a build gave is recorded in ``articles/addresses.yml`` (``briefing ledger`` writes it, with
the paragraph ledgers; commit it), and each build settles its actors and events against it:

- an **event** keeps the id it was recorded with: matched by id, else by the paragraphs that tell it
  (the paragraph ledger keeps their ids) together with its title or its date. Its id is a name, no
  longer a statement of its date: a corrected date moves the event to another year's page, and
  every page it was ever listed on keeps a note at the old anchor, linking to where it is now;
- an **actor** takes the id of its current name, and each recorded id it no longer has (matched by
  any of the names it was recorded with, or followed through the record of its move) redirects to
  its page, so ``actors/old-name/`` opens ``actors/new-name/``;
- a recorded actor or event that no build finds any more keeps its address, with a note that it is no
  longer in the index, and the names or title and paragraphs it had.

Pure functions over plain data; the file is read and written at the edges (``read_addresses``,
``addresses_text``).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import Actor, Event, name_key
from .read import SLUG_RE, ArticleError, text_field
from .registry import load_yaml

ADDRESSES_FILE = "addresses.yml"
# An id becomes a file name and an HTML id: what slugify makes, and a period is a year or a decade.
ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,240}[a-z0-9])?")
PERIOD = re.compile(r"\d{4}s?")
SOURCE = re.compile(SLUG_RE.pattern + r"#p\d+[a-z]*")  # "2011-04-lieven-hard-power#p3a"
SAME_TITLE = 0.6  # difflib ratio at which two titles of events told in one paragraph are one event's
MAX_MOVES = 50  # an actor's record of moves is followed this far, at most (a loop ends there too)


@dataclass(frozen=True)
class ActorRecord:
    """An actor's address as recorded: its id, the names it had, and the id it moved to, if it did."""

    id: str
    names: tuple[str, ...]
    moved_to: str = ""


@dataclass(frozen=True)
class EventRecord:
    """An event's address as recorded: its id, every timeline page that listed it (the current one
    last), its title and date, and the paragraphs that told it (``slug#p3``)."""

    id: str
    periods: tuple[str, ...]
    title: str
    date: str
    sources: tuple[str, ...]


@dataclass
class Addresses:
    actors: list[ActorRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)


@dataclass
class Former:
    """What a build keeps of the addresses it no longer lists: what the writers turn into redirects
    and notes."""

    actor_moves: dict[str, str] = field(default_factory=dict)  # old id → the id of the actor's page now
    retired_actors: list[ActorRecord] = field(default_factory=list)
    moved_events: dict[str, list[str]] = field(default_factory=dict)  # period → ids listed elsewhere now
    retired_events: list[EventRecord] = field(default_factory=list)

    def periods(self) -> set[str]:
        """The timeline pages that list nothing now but notes still need."""
        return set(self.moved_events) | {period for r in self.retired_events for period in r.periods}


def settle_events(events: list[Event], recorded: list[EventRecord]) -> list[Event]:
    """The events with the ids they were recorded with (changed in place and returned).

    No two events end with one id: a record whose id an event still has is that event's, and a record
    is given only to an event found by neither, under an id no event has.
    """
    claimed = {e.id for e in events} & {r.id for r in recorded}  # events found by their recorded id
    for record in recorded:
        if record.id in claimed:
            continue
        match = _telling_the_same(record, [e for e in events if e.id not in claimed])
        if match is not None:
            claimed.add(record.id)
            match.id = record.id
    return events


def _telling_the_same(record: EventRecord, candidates: list[Event]) -> Event | None:
    """The one event told in a paragraph that told the recorded one, under a like title or the same
    date; None when none is, or when two are equally so (an address is not guessed)."""
    told = set(record.sources)
    scored = []
    for event in candidates:
        shared = len(told & {_source_key(s) for s in event.sources})
        if not shared:
            continue
        likeness = difflib.SequenceMatcher(None, name_key(record.title), name_key(event.title)).ratio()
        if likeness >= SAME_TITLE or event.date.iso() == record.date:
            scored.append(((shared, likeness), event))
    scored.sort(key=lambda item: item[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def former_addresses(actors: list[Actor], events: list[Event], recorded: Addresses) -> Former:
    """Where each recorded address that the build no longer lists goes: a redirect or a note."""
    former = Former()
    live_actors = {a.id for a in actors}
    by_name: dict[str, set[str]] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            by_name.setdefault(name_key(name), set()).add(actor.id)
    moves = {r.id: r.moved_to for r in recorded.actors if r.moved_to}
    for record in recorded.actors:
        if record.id in live_actors:
            continue
        target = _followed(record.id, moves, live_actors) or _named(record, by_name)
        if target:
            former.actor_moves[record.id] = target
        else:
            former.retired_actors.append(record)
    live_events = {e.id: e for e in events}
    for record in recorded.events:
        event = live_events.get(record.id)
        if event is None:
            former.retired_events.append(record)
            continue
        for period in record.periods:
            if period != event.period:
                former.moved_events.setdefault(period, []).append(record.id)
    return former


def _followed(actor_id: str, moves: dict[str, str], live: set[str]) -> str:
    """The live id a chain of recorded moves leads to, or ""."""
    for _ in range(MAX_MOVES):
        actor_id = moves.get(actor_id, "")
        if not actor_id or actor_id in live:
            return actor_id
    return ""


def _named(record: ActorRecord, by_name: dict[str, set[str]]) -> str:
    """The one live actor that most of the record's names now belong to; "" when none, or a tie."""
    votes: dict[str, int] = {}
    for name in record.names:
        for actor_id in by_name.get(name_key(name), ()):
            votes[actor_id] = votes.get(actor_id, 0) + 1
    ranked = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def recorded_addresses(actors: list[Actor], events: list[Event], former: Former, recorded: Addresses) -> Addresses:
    """The record after this build (what ``briefing ledger`` writes): every live address, and every
    earlier one with where it went, so no address is ever forgotten."""
    old_events = {r.id: r for r in recorded.events}
    live_actors = [ActorRecord(a.id, tuple(dict.fromkeys((a.name, *a.aliases)))) for a in actors]
    live_ids = {a.id for a in actors}
    kept_actors = [ActorRecord(r.id, r.names, former.actor_moves.get(r.id, "")) for r in recorded.actors
                   if r.id not in live_ids]
    live_events = []
    for event in events:
        earlier = old_events[event.id].periods if event.id in old_events else ()
        periods = tuple(p for p in dict.fromkeys(earlier) if p != event.period) + (event.period,)
        live_events.append(EventRecord(event.id, periods, event.title, event.date.iso(),
                                       tuple(dict.fromkeys(_source_key(s) for s in event.sources))))
    return Addresses(sorted(live_actors + kept_actors, key=lambda r: r.id),
                     sorted(live_events + former.retired_events, key=lambda r: r.id))


def _source_key(source) -> str:
    return f"{source.article}#{source.paragraph}"


def read_addresses(articles_dir: str | Path) -> Addresses:
    """``articles/addresses.yml``, or no records when there is none. Bad content is ``path:line: message``."""
    path = Path(articles_dir) / ADDRESSES_FILE
    if not os.path.lexists(path):
        return Addresses()
    data = load_yaml(path)
    if not isinstance(data, dict) or not all(isinstance(data.get(k, []), list) for k in ("actors", "events")):
        raise ArticleError(path, 1, "addresses.yml has two lists, `actors:` and `events:` (written by `briefing ledger`)")
    actors = [_actor_record(path, item) for item in data.get("actors", [])]
    events = [_event_record(path, item) for item in data.get("events", [])]
    for kind, records in (("actor", actors), ("event", events)):
        seen: set[str] = set()
        for record, item in zip(records, data.get(kind + "s", [])):
            if record.id in seen:
                raise ArticleError(path, item["__line__"], f"the {kind} id {record.id!r} is recorded twice")
            seen.add(record.id)
    return Addresses(actors, events)


def _fields(path: Path, item, required: tuple[str, ...]) -> tuple[int, dict]:
    line = item.get("__line__", 1) if isinstance(item, dict) else 1
    if not isinstance(item, dict) or any(not item.get(name) for name in required):
        raise ArticleError(path, line, f"each record needs {', '.join(required)}")
    return line, item


def _texts(path: Path, line: int, name: str, value) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ArticleError(path, line, f"{name} must be a list")
    return tuple(text_field(path, line, name, v) for v in value)


def _matching(path: Path, line: int, name: str, value, pattern: re.Pattern) -> str:
    """A field that becomes part of an address: only what the generator itself would have written."""
    text = text_field(path, line, name, value)
    if not pattern.fullmatch(text):
        raise ArticleError(path, line, f"{name} {text!r} is not an address the site gives (like `asim-munir`, `2011`)")
    return text


def _not_a_page(path: Path, line: int, record_id: str, kind: str) -> str:
    """An id whose note or redirect would take the place of another page of the site is refused."""
    if record_id == "index" or (kind == "event" and PERIOD.fullmatch(record_id)):
        raise ArticleError(path, line, f"the {kind} id {record_id!r} is the address of another page of the site")
    return record_id


def _actor_record(path: Path, item) -> ActorRecord:
    line, item = _fields(path, item, ("id", "names"))
    moved_to = item.get("moved_to", "")
    return ActorRecord(_not_a_page(path, line, _matching(path, line, "id", item["id"], ID), "actor"),
                       _texts(path, line, "names", item["names"]),
                       _matching(path, line, "moved_to", moved_to, ID) if moved_to else "")


def _event_record(path: Path, item) -> EventRecord:
    line, item = _fields(path, item, ("id", "periods", "title", "date"))
    periods = tuple(_matching(path, line, "period", p, PERIOD) for p in _texts(path, line, "periods", item["periods"]))
    return EventRecord(_not_a_page(path, line, _matching(path, line, "id", item["id"], ID), "event"), periods,
                       text_field(path, line, "title", item["title"]), text_field(path, line, "date", item["date"]),
                       tuple(_matching(path, line, "source", v, SOURCE) for v in _texts(path, line, "sources",
                                                                                       item.get("sources", []))))


def addresses_text(addresses: Addresses) -> str:
    """The file a maintainer commits: YAML that reads well in a pull request's diff."""
    actors = [{"id": r.id, "names": list(r.names), **({"moved_to": r.moved_to} if r.moved_to else {})}
              for r in addresses.actors]
    events = [{"id": r.id, "periods": list(r.periods), "date": r.date, "title": r.title, "sources": list(r.sources)}
              for r in addresses.events]
    header = ("# Every actor and event address the site has published (docs/editions.md): an address, once\n"
              "# given, keeps leading to its actor or event. Written by `briefing ledger`; commit it.\n")
    return header + yaml.safe_dump({"actors": actors, "events": events}, allow_unicode=True, sort_keys=False,
                                   default_flow_style=None, width=100)
