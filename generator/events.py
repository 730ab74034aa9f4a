"""Stage 3b, extract events: sentences that report a dated happening.

A sentence holds an event when it has a date expression (``dates``) and a verb.
What happened is read from the date's place in the parse:

- a date that modifies a noun names a happening by that noun phrase:
  "the November 2008 Mumbai terror attacks" → "Mumbai terror attacks";
- a date that modifies a verb dates the clause: "On November 24, Hafiz Saeed …
  was released from a ten-month-long house arrest" → "Hafiz Saeed was released
  from a ten-month-long house arrest".

``index.build_events`` merges the mentions of one happening across articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .actors import ActorMention
from .dates import find_dates
from .model import Article, FuzzyDate, Source

EVENT_TEXT_KINDS = ("paragraph", "quote")
TITLE_MAX_WORDS = 14
_SUBJECTS = ("nsubj", "nsubjpass")
_VERB_PARTS = ("aux", "auxpass", "neg", "prt")
_NOUN_LINKS = ("compound", "nummod", "amod", "npadvmod", "nmod", "poss")


@dataclass
class EventMention:
    date: FuzzyDate
    title: str
    keywords: frozenset[str]  # content lemmas of the title, for merging
    actors: list[str]  # actor names (as resolved in the article)
    source: Source


def extract_events(article: Article, docs: list[Doc], actors: list[ActorMention]) -> list[EventMention]:
    found = []
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in EVENT_TEXT_KINDS:
            continue
        for sent in doc.sents:
            event = _sentence_event(article, paragraph.id, sent, actors)
            if event is not None:
                found.append(event)
    return found


def _sentence_event(article: Article, pid: str, sent: Span, actors: list[ActorMention]) -> EventMention | None:
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    dates = find_dates(sent.text, article.published)
    if not dates:
        return None
    date_span = sent.char_span(dates[0].start, dates[0].end, alignment_mode="expand")
    if date_span is None:
        return None
    anchor = _anchor(date_span)
    if _speaks_of_future(anchor):
        dates = find_dates(sent.text, article.published, future=True)
    first = dates[0]
    title_tokens = _title_tokens(sent, date_span, anchor)
    if len(title_tokens) < 2:
        if not title_tokens or title_tokens[0].pos_ not in ("NOUN", "PROPN"):
            return None
        title_tokens = list(date_span) + title_tokens  # "the 2008 attacks" → "2008 attacks"
    text = sent.text.strip()
    names = list(dict.fromkeys(a.name for a in actors if a.mention.paragraph == pid and a.mention.sentence == text))
    title = _render_title(title_tokens)
    keywords = frozenset(t.lemma_.lower() for t in title_tokens if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop)
    return EventMention(first.date, title, keywords, names, Source(article.slug, pid, text, first.text))


def _anchor(date_span: Span) -> Token:
    """The word outside the date expression that the date hangs from."""
    token = date_span.root
    while token.head is not token and token.head.i in range(date_span.start, date_span.end):
        token = token.head
    head = token.head
    if head.dep_ == "prep" and head.head is not head:  # "in November 2008" → what "in" attaches to
        head = head.head
    return head


def _speaks_of_future(anchor: Token) -> bool:
    for verb in (anchor, anchor.head):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
            return True
    return False


def _title_tokens(sent: Span, date_span: Span, anchor: Token) -> list[Token]:
    dated = set(range(date_span.start, date_span.end))
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.i not in dated:
        words = [t for t in anchor.subtree if t.dep_ in _NOUN_LINKS and t.head == anchor or t == anchor]
        words += [t for child in anchor.rights if child.dep_ == "prep" for t in child.subtree]
        return _trim([t for t in words if t.i not in dated and not t.is_punct and t.dep_ != "poss"])
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else sent.root
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a talk show that aired …": the show aired
    words: list[Token] = []
    if subject is not None:
        words += [t for t in subject.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nummod")] + [subject]
    words += [c for c in verb.children if c.dep_ in _VERB_PARTS] + [verb]
    complement = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp")
                       or c.dep_ == "prep" and not set(t.i for t in c.subtree) & dated), None)
    if complement is not None:
        words += [t for t in complement.subtree if t.dep_ not in ("relcl", "appos") and t.i not in dated]
    return _trim([t for t in words if t.i not in dated and not t.is_punct])


def _trim(tokens: list[Token]) -> list[Token]:
    ordered = sorted(set(tokens), key=lambda t: t.i)
    ordered = ordered[:TITLE_MAX_WORDS]
    function_words = ("DET", "ADP", "CCONJ", "SCONJ", "PART")
    while ordered and ordered[0].is_stop and ordered[0].pos_ in function_words:
        ordered.pop(0)
    while ordered and ordered[-1].pos_ in function_words:
        ordered.pop()
    return ordered


def _render_title(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else t.text + " "
                   for i, t in enumerate(tokens)).strip()
    text = " ".join(text.split()).strip(" ,;:—–-")
    return text[:1].upper() + text[1:]
