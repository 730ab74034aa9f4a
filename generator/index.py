"""Stage 4, index: per-article extractions → one actor per real actor and one event per happening.

Pure functions over plain data: the articles' resolved mentions in, the site's
actors and events out. Ids are slugs of names and dates, so they stay the same
when other articles are added.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from .addresses import Addresses, Former, former_addresses, recorded_addresses, settle_events
from .actors import ActorMention, clean_name, decide_kind, known_place, surname_forms
from .events import EventMention, keywords_of
from .ledger import order_key
from .model import Actor, Article, Event, FuzzyDate, name_key
from .registry import CuratedEvent, Registry

PRECISIONS = ["decade", "year", "month", "day"]
# Two names are spellings of one actor when they are this alike ("lashkaretaiba" ~ "lashkaretayyiba": 0.86).
VARIANT_SIMILARITY = 0.85
VARIANT_MIN_LENGTH = 6
MIN_SHARED_WORDS = 2  # title words two articles' tellings of one happening share, unless they name its actor


@dataclass
class Site:
    """Everything the writers need: articles, actors and events, cross-linked by id."""

    articles: list[Article]
    actors: list[Actor]
    events: list[Event]
    article_actors: dict[str, list[str]] = field(default_factory=dict)  # slug → actor ids, most named first
    article_events: dict[str, list[str]] = field(default_factory=dict)  # slug → event ids, by date
    former: Former = field(default_factory=Former)  # addresses earlier builds gave that this one does not list
    addresses: Addresses = field(default_factory=Addresses)  # every address given, this build's included

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def event(self, event_id: str) -> Event:
        return self._events[event_id]

    def article(self, slug: str) -> Article:
        return self._articles[slug]

    def outline(self) -> "Site":
        """The site without its text (paragraphs, removed blocks, mentions, sources): what the
        hand-written pages' macros read once the generated pages are rendered, at a fraction of the
        memory of a large archive."""
        return Site([replace(a, paragraphs=[], removed=[]) for a in self.articles],
                    [replace(a, mentions=[]) for a in self.actors], [replace(e, sources=[]) for e in self.events],
                    self.article_actors, self.article_events, self.former, self.addresses)

    def __post_init__(self):
        self._actors = {a.id: a for a in self.actors}
        self._events = {e.id: e for e in self.events}
        self._articles = {a.slug: a for a in self.articles}


def slugify(text: str) -> str:
    text = re.sub(r"['’]", "", text)  # "Pakistan's" → "pakistans", not "pakistan-s"
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def build_actors(mentions: list[ActorMention], acronyms: dict[str, str], registry: Registry | None = None
                 ) -> list[Actor]:
    """Merge every article's mentions into actors.

    Mentions group by name key; an acronym defined in any article stands for its long form;
    spelling variants of one name across articles ("Lashkar-e-Tayyiba", "Al-Qa'ida") join the
    group of the more common spelling; a lone surname ("Trump") joins the one full name on the
    site that ends in it; the registry names, types and describes what it knows.
    """
    registry = registry or Registry()
    groups: dict[str, list[ActorMention]] = defaultdict(list)
    keys: dict[tuple[str, str], str] = {}  # an archive names the same few thousand actors over and over
    for m in mentions:
        if (m.name, m.label) not in keys:
            keys[m.name, m.label] = _person_key(name_key(_canonical(m.name, acronyms, registry)), m.label)
        groups[keys[m.name, m.label]].append(m)
    described = [_describe(key, members, acronyms, registry) for key, members in _merge_variants(groups, registry).items()]
    actors = []
    cleaned = lru_cache(maxsize=None)(clean_name)  # the same few spellings, over and over
    for name, kind, entry, members in _merge_surnames(_merge_short_bodies(described), registry):
        seen = dict.fromkeys(cleaned(m.mention.text) for m in members)
        actors.append(Actor(slugify(name), name, kind, [a for a in seen if a != name], [m.mention for m in members],
                            description=entry.description if entry else "",
                            wikidata=entry.wikidata if entry else ""))
    actors.sort(key=lambda a: (-len(a.mentions), a.name))
    return _unique_ids(actors)


# Short forms of first names (data/lexicon.yml): "Mike Pompeo" and "Michael Pompeo" are one person.
NICKNAMES = lexicon.mapping("actors", "nicknames")


def _person_key(key: str, label: str) -> str:
    first, _, rest = key.partition(" ")
    return f"{NICKNAMES[first]} {rest}" if label == "person" and rest and first in NICKNAMES else key


def _describe(key: str, members: list[ActorMention], acronyms: dict[str, str], registry: Registry):
    """A group's name, kind and registry entry: (name, kind, entry or None, members)."""
    entry = registry.lookup(key)
    names = Counter(m.name for m in members if m.full_form) or Counter(m.name for m in members)
    name = entry.name if entry else _canonical(max(names, key=lambda n: (names[n], len(n))), acronyms, registry)
    votes = Counter()
    for m in members:
        votes[m.label] += 2 if m.full_form else 1
    return name, entry.kind if entry else decide_kind(name, votes), entry, members


GENERATIONS = lexicon.words("actors", "generations")
DROPPED_BODY_HEADS = lexicon.words("actors", "dropped_body_heads")
OFFICE_HEADS = lexicon.words("actors", "office_heads")  # "Ministry", "Department": "External Affairs Minister"
THIN_READING = 2  # mentions: a one-word place or body read no more often may be a person's surname


def _merge_surnames(described: list, registry: Registry) -> list:
    """A person named by a surname ("Trump", "Bin Laden") joins the one person on the site whose
    longer name ends in it; one named by first name and surname ("Lloyd Austin") the one person
    whose name adds middle names between them ("Lloyd James Austin III"), or by a middle name and
    surname ("Omar Sheikh" is Ahmed Omar Saeed Sheikh, "Nawaz Sharif" Muhammad Nawaz Sharif)."""
    full_names: dict[str, list[int]] = defaultdict(list)
    for index, (name, kind, _, _) in enumerate(described):
        words = name.split()
        if kind == "person" and len(words) > 1:
            for tail in range(1, len(words)):
                for form in surname_forms(" ".join(words[tail:])):  # "Zawahiri" is Ayman al-Zawahiri
                    full_names[name_key(form)].append(index)
            while len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONS:
                words = words[:-1]
            for given in words[:-2] if len(words) > 2 else []:  # "Ahmed Omar Saeed Sheikh": "Ahmed Sheikh"
                full_names[name_key(f"{given} {words[-1]}")].append(index)
    by_bucket: dict[str, list[str]] = defaultdict(list)  # the ends of full names, by their first letters
    for key in full_names:
        by_bucket[spelling_key(key)[:3]].append(key)
    merged_into: dict[int, int] = {}
    for index, (name, kind, entry, _) in enumerate(described):
        key = name_key(name)  # "Mike Pompeo" is one with "Michael R Pompeo"
        candidates = [c for c in dict.fromkeys(full_names.get(key, []) + full_names.get(_person_key(key, kind), []))
                      if c != index]
        if not candidates and kind == "person" and " " in key:  # "Akhtar Mansur" ends "Mohammad Akhtar Mansour"
            candidates = [c for other in by_bucket[spelling_key(key)[:3]]
                          if len(other.split()) == len(key.split()) and _initials_of(other) == _initials_of(key)
                          and _variants(key, other, registry)  # not "George H W Bush" for "George Bush"
                          for c in dict.fromkeys(full_names[other]) if c != index]
        if (kind == "person" or _thinly_read(name, kind, described[index][3])) and entry is None and len(candidates) == 1:
            # a first and last name: "Imran Khan", not the "Free Imran Khan" of one chant, names him
            source, target = (_toward_the_commoner(described, index, candidates[0]) if len(name.split()) > 1
                              else (index, candidates[0]))
            if source not in merged_into and _last_target(target, merged_into) != source:
                merged_into[source] = target
    return _joined(described, merged_into)


def _merge_short_bodies(described: list) -> list:
    """A body named without the head of its name before its chair's or minister's title ("Senate Foreign
    Relations Chairman Bob Corker", "External Affairs Minister Salman Khurshid") is the body the site
    names in full ("Senate Foreign Relations Committee", "Ministry of External Affairs");
    one named by the first word of its joined name ("Lashkar") is the one body on the site whose name
    begins so ("Lashkar-i-Taiba"; with Lashkar-e-Jhangvi beside it, neither)."""
    bodies = {name_key(name): index for index, (name, kind, _, _) in enumerate(described) if kind == "organization"}
    joined_names: dict[str, list[int]] = defaultdict(list)
    for index, (name, kind, _, _) in enumerate(described):
        first, hyphen, _ = name.partition("-")
        if kind == "organization" and hyphen and " " not in first:
            joined_names[name_key(first)].append(index)
    merged_into: dict[int, int] = {}
    for index, (name, kind, entry, _) in enumerate(described):
        if kind != "organization" or entry is not None:
            continue
        full = next((bodies[key] for form in _full_forms(name) if (key := name_key(form)) in bodies), None)
        if full is None and len(candidates := joined_names.get(name_key(name), [])) == 1 and candidates[0] != index:
            full = candidates[0]
        if full is not None and full not in merged_into:
            # "Inter-Services Intelligence", not the "Inter-Services Intelligence Directorate" of one article
            source, target = _toward_the_commoner(described, index, full)
            if target not in merged_into:
                merged_into[source] = target
    return _joined(described, merged_into)


def _toward_the_commoner(described: list, short: int, full: int) -> tuple[int, int]:
    """(the group that joins, the group it joins) for a short name and its full form: the one the site
    names more often keeps the actor, unless the full one is the registry's."""
    if len(described[short][3]) > len(described[full][3]) and described[full][2] is None:
        return full, short
    return short, full


def _full_forms(name: str) -> list[str]:
    """The names a body named without its head may have in full: "Senate Foreign Relations Committee"
    ("Senate Foreign Relations Chairman"), "Ministry of External Affairs" and "External Affairs
    Ministry" ("External Affairs Minister")."""
    return ([f"{name} {head}" for head in DROPPED_BODY_HEADS]
            + [form for head in OFFICE_HEADS for form in (f"{head} of {name}", f"{name} {head}")])


def _joined(described: list, merged_into: dict[int, int]) -> list:
    """``described`` with each merged group's mentions moved to the group it joins."""
    joined: dict[int, list[ActorMention]] = defaultdict(list)
    for other in merged_into:
        joined[_last_target(other, merged_into)].extend(described[other][3])
    return [(name, kind, entry, members + joined[index])
            for index, (name, kind, entry, members) in enumerate(described) if index not in merged_into]


def _thinly_read(name: str, kind: str, members: list[ActorMention]) -> bool:
    """A one-word place or body that the model read so once or twice, of no known place: in an article
    that writes only "Musharraf" (read as a place in one sentence of four), the surname of the one
    Musharraf the site knows."""
    return (kind in ("place", "organization") and " " not in name and len(members) <= THIN_READING
            and not known_place(name))


def _last_target(index: int, merged_into: dict[int, int]) -> int:
    """Where a name's mentions end: "Lloyd Austin" joins "Lloyd James Austin", which may itself join
    a longer name. Each step goes to a name of more words, so the walk ends; it is bounded all the same."""
    for _ in range(len(merged_into)):
        if index not in merged_into:
            break
        index = merged_into[index]
    return index


def _canonical(name: str, acronyms: dict[str, str], registry: Registry) -> str:
    name = acronyms.get(name, name)
    entry = registry.lookup(name)
    return entry.name if entry else name


def spelling_key(key: str) -> str:
    """A name key without separators, for comparing transliterations ("al qaida" ~ "al qaeda")."""
    return key.replace(" ", "")


def _initials_of(key: str) -> list[str]:
    """The one-letter words of a name key that are initials, in order: consonants ("george h w bush"),
    not the vowels that join the parts of a transliterated name ("tehrik e taliban", "tehrik i taliban")."""
    return [word for word in key.split() if len(word) == 1 and word not in "aeiou"]


def _merge_variants(groups: dict[str, list[ActorMention]], registry: Registry) -> dict[str, list[ActorMention]]:
    """Join groups whose names are spelling variants of each other.

    Variants share their first three letters and a length within a fifth, and their spellings
    are at least VARIANT_SIMILARITY alike; comparing only within those buckets keeps the work
    linear in the number of actors. A registry name is never merged into another.
    """
    merged = _merge_in_buckets(groups, lambda key: spelling_key(key)[:3], registry)
    # and names that differ in their first letters but end in the same word ("Parvez Musharraf", "Pervez
    # Musharraf"): the buckets of their last word
    return _merge_in_buckets(merged, lambda key: key.rsplit(" ", 1)[-1] if " " in key else "", registry)


def _merge_in_buckets(groups: dict[str, list[ActorMention]], bucket_of, registry: Registry
                      ) -> dict[str, list[ActorMention]]:
    """Join the groups of one bucket whose names are spelling variants of the most named one before them.
    Names of no bucket (an empty key) are compared with none."""
    buckets: dict[str, list[str]] = defaultdict(list)
    merged: dict[str, list[ActorMention]] = {}
    for key in sorted(groups, key=lambda k: -len(groups[k])):  # the most named spelling leads
        if bucket_of(key):
            buckets[bucket_of(key)].append(key)
        else:
            merged[key] = list(groups[key])
    for keys in buckets.values():
        leaders: list[str] = []
        for key in keys:
            leader = next((lead for lead in leaders if _variants(lead, key, registry)), None)
            if leader is None:
                leaders.append(key)
                merged[key] = list(groups[key])
            else:
                merged[leader].extend(groups[key])
    return merged


def _variants(a: str, b: str, registry: Registry) -> bool:
    if registry.lookup(a) or registry.lookup(b):
        return False
    if _initials_of(a) and _initials_of(b) and _initials_of(a) != _initials_of(b):
        return False  # "George H. W. Bush" and "George W. Bush": an initial tells people apart
    first, second = spelling_key(a), spelling_key(b)
    if min(len(first), len(second)) < VARIANT_MIN_LENGTH or abs(len(first) - len(second)) > len(first) / 5:
        return False
    return difflib.SequenceMatcher(None, first, second).ratio() >= VARIANT_SIMILARITY


# Ids that name a page of the site already: an actor called "Index" must not replace the actors index.
RESERVED_IDS = ("index",)


def _unique_ids(items):
    used: Counter = Counter(RESERVED_IDS)
    for item in items:
        used[item.id] += 1
        if used[item.id] > 1:
            item.id = f"{item.id}-{used[item.id]}"
    return items


def dates_compatible(a, b) -> bool:
    coarser = min(a.precision, b.precision, key=PRECISIONS.index)
    return a.coarsen(coarser) == b.coarsen(coarser)


def same_happening(a: EventMention, b: EventMention, key_actors: set[str] = frozenset()) -> bool:
    """Same date at the coarser precision, and the titles name the same thing.

    Titles name the same thing when one's words contain the other's, or they share half their
    words, and that is two words or more (or one, within one article); or when they tell the same
    action of the same person or organisation ("President
    announced a policy" and "Donald Trump announced a new South Asia strategy", both naming Trump).
    """
    if not dates_compatible(a.date, b.date) or not a.keywords & b.keywords:
        return False
    shared = len(a.keywords & b.keywords)
    alike = a.keywords <= b.keywords or b.keywords <= a.keywords or shared / len(a.keywords | b.keywords) >= 0.5
    if alike and (shared >= MIN_SHARED_WORDS or a.source.article == b.source.article):
        return True  # one shared word ("bombing") is not enough to make two articles' bombings one
    return bool(a.actions & b.actions) and bool(set(a.actors) & set(b.actors) & key_actors)


def _likeness(a: EventMention, b: EventMention) -> float:
    """The share of their title words two tellings have in common."""
    return len(a.keywords & b.keywords) / len(a.keywords | b.keywords)


def build_events(mentions: list[EventMention], actor_ids: dict[str, str], key_actors: set[str] = frozenset(),
                 curated: list[CuratedEvent] = (), published: dict[str, FuzzyDate] | None = None) -> list[Event]:
    """Merge the mentions of each happening into one event.

    A mention that names a curated event (``articles/events.yml``) at a compatible date joins it.
    Other mentions are compared only with earlier mentions of the same decade that share a title
    word (an inverted index), so merging stays close to linear in the number of mentions.
    """
    published = published or {}
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    named = {i: _curated_for(m, curated) for i, m in enumerate(mentions)}
    cluster_event = dict(named)  # root → the curated event its cluster joined, if any
    finest = {i: m.date for i, m in enumerate(mentions)}  # root → the most precise date its cluster has

    def union(i: int, j: int, curated_one: bool = False) -> None:
        a, b = root(i), root(j)
        if a == b or (cluster_event[a] and cluster_event[b] and cluster_event[a] != cluster_event[b]):
            return
        if not curated_one and not dates_compatible(finest[a], finest[b]):
            return  # "the bombings last year" is like both the bombing on Aug. 7 and the condemnation on Aug. 11: no bridge
        parent[a] = b
        cluster_event[b] = cluster_event[b] or cluster_event[a]
        finest[b] = max(finest[a], finest[b], key=lambda d: PRECISIONS.index(d.precision))

    first_of: dict[CuratedEvent, int] = {}
    index: dict[tuple, list[int]] = defaultdict(list)
    first_alike: dict[tuple, int] = {}
    # Day-precise tellings first: a coarser one ("last year's bombings") then joins the closest of the
    # happenings they make, whatever order the articles come in
    for i in sorted(range(len(mentions)), key=lambda i: -PRECISIONS.index(mentions[i].date.precision)):
        m = mentions[i]
        if named[i] is not None:
            union(i, first_of.setdefault(named[i], i), curated_one=True)
        alike = (m.date, m.title, m.keywords, m.actions, frozenset(m.actors))
        if m.keywords and alike in first_alike:
            # The same happening told in the same words (a wire story reprinted, a stock phrase): it
            # joins its first telling, which has already been compared with everything before it.
            union(i, first_alike[alike])
            continue
        first_alike.setdefault(alike, i)
        # The closest telling first: "the bombings last year" joins the bombings, not a condemnation of them
        for j in sorted({j for key in _lookup_keys(m) for j in index.get(key, ())},
                        key=lambda j: (-_likeness(m, mentions[j]), j)):
            if root(i) == root(j):
                continue
            joins_curated = _names_curated(m, cluster_event[root(j)])
            if joins_curated or same_happening(m, mentions[j], key_actors):
                union(i, j, curated_one=joins_curated)
        for key in _store_keys(m):
            index[key].append(i)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        clusters[root(i)].append(i)
    events = [_event([mentions[i] for i in members], actor_ids, cluster_event[leader], published)
              for leader, members in clusters.items()]
    events.sort(key=lambda e: (e.date.sort_key(), e.title))
    return _unique_ids(events)


def _names_curated(mention: EventMention, curated: CuratedEvent | None) -> bool:
    """"Since the 2008 attacks": a bare telling joins the well-known happening whose title has its words."""
    return (curated is not None and bool(mention.keywords) and dates_compatible(mention.date, curated.date)
            and mention.keywords <= keywords_of(curated.title))


def _curated_for(mention: EventMention, curated: list[CuratedEvent]) -> CuratedEvent | None:
    return next((c for c in curated if dates_compatible(c.date, mention.date)
                 and c.named_in(mention.title)), None)


def decade_of(date: FuzzyDate) -> int:
    return date.year - date.year % 10


def _store_keys(mention: EventMention):
    year = None if mention.date.precision == "decade" else mention.date.year
    return [(decade_of(mention.date), year, word) for word in mention.keywords]


def _lookup_keys(mention: EventMention):
    decade = decade_of(mention.date)
    years = range(decade, decade + 10) if mention.date.precision == "decade" else [mention.date.year]
    return [(decade, year, word) for word in mention.keywords for year in [None, *years]]


def _event(members: list[EventMention], actor_ids: dict[str, str], curated: CuratedEvent | None,
           published: dict[str, FuzzyDate]) -> Event:
    """One happening: the date is the most precise its sources support; id and title come from the
    source published first, so they stay put when later articles tell the happening again."""
    finest = max(PRECISIONS.index(m.date.precision) for m in members)
    dates = Counter(m.date for m in members if PRECISIONS.index(m.date.precision) == finest)
    date = max(dates, key=lambda d: (dates[d], d.sort_key()))
    first = min(members, key=lambda m: (published.get(m.source.article, date).sort_key(), m.source.article,
                                        order_key(m.source.paragraph)))
    actors = list(dict.fromkeys(actor_ids[n] for m in members for n in m.actors if n in actor_ids))
    title, id_date = (curated.title, curated.date) if curated else (first.title, first.date)
    if curated and PRECISIONS.index(curated.date.precision) >= PRECISIONS.index(date.precision):
        date = curated.date  # the maintainers' date, unless the sources know it more precisely
    event_id = f"{id_date.iso()}-{slugify(title)[:60].rstrip('-')}"
    return Event(event_id, date, title, actors, [m.source for m in members],
                 description=curated.description if curated else "")


def build_site(articles: list[Article], actor_mentions: list[ActorMention], acronyms: dict[str, str],
               event_mentions: list[EventMention], registry: Registry | None = None,
               curated_events: list[CuratedEvent] = (), recorded: Addresses | None = None) -> Site:
    """The site's actors and events; with ``recorded`` (``addresses.read_addresses``), every address
    an earlier build gave still leads to its actor or event, or to a note where it stood."""
    recorded = recorded or Addresses()
    actors = build_actors(actor_mentions, acronyms, registry)
    by_mention = {id(m): a.id for a in actors for m in a.mentions}
    names = {m.name: by_mention[id(m.mention)] for m in actor_mentions}
    kinds = {a.id: a.kind for a in actors}
    key_actors = {name for name, actor_id in names.items() if kinds[actor_id] in ("person", "organization")}
    events = build_events(event_mentions, names, key_actors, curated_events, {a.slug: a.published for a in articles})
    events = settle_events(events, recorded.events)
    former = former_addresses(actors, events, recorded)
    article_actors = {a.slug: [] for a in articles}
    for actor in actors:  # already ordered by mentions
        for slug in actor.articles:
            article_actors[slug].append(actor.id)
    article_events = {a.slug: [] for a in articles}
    for event in events:
        for slug in dict.fromkeys(s.article for s in event.sources):
            article_events[slug].append(event.id)
    articles = sorted(articles, key=lambda a: (a.published.sort_key(), a.slug), reverse=True)
    return Site(articles, actors, events, article_actors, article_events, former,
                recorded_addresses(actors, events, former, recorded))
