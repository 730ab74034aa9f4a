"""Stage 3a, extract actors: people, organisations, states and places named in an article.

spaCy's statistical NER finds most names; rules fix what it gets wrong on this
kind of text and resolve the many ways one actor is named within an article:

- hyphenated organisation names ("Lashkar-e-Taiba", "Tehrik-i-Taliban Pakistan")
  and "<Name> network" are organisations, whatever label spaCy gave them;
- an acronym defined in the text ("Inter-Services Intelligence (ISI)") stands for
  its long form everywhere in the article;
- a surname ("Pompeo") stands for the one full name in the article that ends in it;
- titles, "the" and possessives are stripped ("Secretary of State Michael Pompeo's");
- a state's other names and demonyms count for the state ("U.S.", "Pakistani officials");
  ``data/states.yml`` lists them.

Metonyms: a capital named as a government ("Washington demanded") is counted as the
city, a place, not as the state: the text names the city, and folding capitals into
states would also fold in the city's real mentions.

Across articles, ``index.build_actors`` merges the per-article results by name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .heuristics import fold
from .model import Article, Mention

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
TEXT_KINDS = ("paragraph", "quote", "note")

TITLES = re.compile(
    r"^(?:(?:former|then|late|current|acting)\s+)?(?:(?:U\.?S\.?|US|Pakistani|Indian|Afghan)\s+)?"
    r"(?:President|Vice President|Prime Minister|Foreign Minister|Interior Minister|Minister|"
    r"Secretary of State|Secretary of Defen[cs]e|Secretary|Chief Justice|Justice|Judge|"
    r"(?:Lt\.?|Lieutenant|Major|Maj\.?|Brig\.?|Brigadier)\s+Gen(?:eral|\.)?|General|Gen\.|"
    r"Admiral|Adm\.|Colonel|Col\.|Captain|Capt\.|Senator|Sen\.|Rep\.|Representative|Ambassador|"
    r"Chairman|Commander|Director|Dr\.|Mr\.|Mrs\.|Ms\.|King|Queen|Prince|Sheikh|Mullah|Maulana)\s+",
    re.I,
)
POSSESSIVE = re.compile(r"['’]s?$")
# Words that spaCy tags as a name but that name no actor on their own.
NOT_ACTORS = {
    "west", "east", "north", "south", "state", "defense", "defence", "treasury", "congress?", "the",
    "jihadis", "islamist", "islamists", "taliban's", "n't", "n’t", "max", "al", "ep",
}
# "Lashkar-e-Taiba", "Jamaat-ud Dawa", "Tehrik-i-Taliban Pakistan", "Hizb-ul Mujahideen", "Al-Qa'ida".
HYPHENATED_ORG = re.compile(
    r"\b(?:[A-Z][a-z]+-(?:[a-z]{1,3})[- ][A-Z][\w'’]+|Al-Qa[\w'’]+|al[- ]Qa[\w'’]+)(?:\s+Pakistan)?"
)
NAMED_NETWORK = re.compile(r"\b[A-Z][a-z]+ (?:[Nn]etwork)\b")
ACRONYM_DEFINITION = re.compile(r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and))*)\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)")
ORG_WORDS = re.compile(
    r"\b(network|group|agency|council|fund|bank|department|ministry|institute|army|party|court|company|"
    r"foundation|organi[sz]ation|committee|intelligence|forces|taliban|qaeda|qa'ida|isis|office|"
    r"house|commission|movement|front|league|union|nations|university|school|corps|service|services)\b",
    re.I,
)
_SKIP_INITIALS = {"of", "the", "for", "and"}


@dataclass
class ActorMention:
    """One mention, already resolved within its article to the actor's name there."""

    name: str
    label: str  # person | organization | place | country
    full_form: bool  # named in full, not by surname or acronym: a stronger vote for the kind
    mention: Mention


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Every known name and demonym of a state (folded) → the state's canonical name."""
    states = yaml.safe_load(resources.files("generator").joinpath("data/states.yml").read_text("utf-8"))
    names: dict[str, str] = {}
    for state in states:
        for name in [state["name"], *state.get("aliases", []), *state.get("demonyms", [])]:
            names[fold(name)] = state["name"]
    return names


def extract_actors(article: Article, docs: list[Doc]) -> tuple[list[ActorMention], dict[str, str]]:
    """Actor mentions of one article, and the acronyms it defines (short → long form).

    ``docs`` are the article's paragraphs parsed by spaCy, in order.
    """
    raw: list[tuple[str, str, Span, str]] = []  # (name, label, span, paragraph id)
    acronyms: dict[str, str] = {}
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in TEXT_KINDS:
            continue
        acronyms.update(_acronym_definitions(paragraph.text))
        for span in _name_spans(doc):
            for surface, label in _split_surface(span):
                name = clean_name(surface)
                if _is_actor_name(name):
                    raw.append((name, label, span, paragraph.id))
    return _resolve(raw, acronyms, article.slug), acronyms


def _name_spans(doc: Doc) -> list[Span]:
    ruled = []
    for pattern in (HYPHENATED_ORG, NAMED_NETWORK):
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="expand")
            if span is not None:
                ruled.append(span)
    ents = [e for e in doc.ents if e.label_ in (*LABEL_KIND, "NORP")]
    acronym_tokens = [doc[t.i : t.i + 1] for t in doc if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", t.text)
                      and sum(c.isupper() for c in t.text) >= 2 and not t.ent_type_]
    return filter_spans(ruled + ents + acronym_tokens)


def _split_surface(span: Span) -> list[tuple[str, str]]:
    """"LeT/JuD" names two groups; "U.S.-Pakistan" names two states."""
    label = span.label_ or "ORG"
    parts = [p for p in re.split(r"/", span.text) if p.strip()]
    result = []
    for part in parts:
        pieces = part.split("-")
        if len(pieces) > 1 and all(fold(clean_name(p)) in state_names() for p in pieces):
            result.extend((p, "GPE") for p in pieces)
        else:
            result.append((part, label))
    return result


def clean_name(surface: str) -> str:
    name = " ".join(surface.split()).strip(" ,.;:()\"“”")
    if name.endswith("U.S") or name.endswith("U.K"):
        name += "."
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = POSSESSIVE.sub("", name)
    previous = None
    while previous != name:
        previous, name = name, TITLES.sub("", name)
    return name.strip()


def _is_actor_name(name: str) -> bool:
    if len(name) < 2 or not name[:1].isupper() or fold(name) in NOT_ACTORS:
        return False
    lowered = fold(name)
    return not lowered.startswith(("anti-", "pro-", "non-")) and any(c.isalpha() for c in name)


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


def _resolve(raw, acronyms: dict[str, str], slug: str) -> list[ActorMention]:
    full_names = {name for name, label, _, _ in raw if label == "PERSON" and len(name.split()) > 1}
    by_surname: dict[str, set[str]] = {}
    for name in full_names:
        by_surname.setdefault(name.split()[-1], set()).add(name)
    result = []
    for name, label, span, paragraph in raw:
        canonical, kind, full = name, LABEL_KIND.get(label), True
        state = state_names().get(fold(name))
        if name in acronyms:
            canonical, full = acronyms[name], False
        elif state:
            canonical, kind = state, "country"
        elif len(name.split()) == 1 and len(by_surname.get(name, ())) == 1:
            canonical, kind, full = next(iter(by_surname[name])), "person", False
        if kind is None:  # a NORP that is not a state's demonym: a religion or an ethnic group
            continue
        mention = Mention(slug, paragraph, span.text, span.sent.text.strip())
        result.append(ActorMention(canonical, kind, full, mention))
    return result


def decide_kind(name: str, votes: Counter) -> str:
    """The kind of an actor from its name and its mentions' votes."""
    if fold(name) in state_names():
        return "country"
    if HYPHENATED_ORG.fullmatch(name) or ORG_WORDS.search(name):
        return "organization"
    return votes.most_common(1)[0][0]
