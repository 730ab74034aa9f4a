"""Stage 3b, extract events: dated happenings, told in a sentence.

Every date expression in a sentence (``dates``) is a candidate. What happened is read from the
date's place in the parse:

- a date that modifies an event noun names a happening by that noun phrase:
  "the November 2008 Mumbai terror attacks" → "Mumbai terror attacks";
- a date that modifies a verb dates its clause: "On November 24, Hafiz Saeed … was released from
  a ten-month-long house arrest" → "Hafiz Saeed was released from a ten-month-long house arrest";
- a date that names a happening of its own ("after 9/11") also stands for it: "9/11 attacks".

A clause is not an event when it is negated or hypothetical, when it tells what the author did
while reporting ("whom I interviewed in 2009"), or when its verb describes a state rather than a
happening ("Ten years ago, Pakistan depended on the US") — unless the date marks the state's
start ("in captivity since 2012"). A noun is an event noun when it names a happening (an attack,
a visit, a withdrawal), not a thing ("battlefield lessons from the 1990s").

``index.build_events`` merges the mentions of one happening across articles.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import lexicon
from .actors import ActorMention
from .dates import READ_BACK_KINDS, FUTURE, PAST, PRESENT, DateMention, find_dates
from .model import Article, FuzzyDate, Source
from .nlp import HYPHENS, is_root, lineage, pruned_subtree, wire_opening_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

EVENT_TEXT_KINDS = ("paragraph", "quote")
TITLE_MAX_WORDS = 14
TITLE_TARGET_WORDS = 8  # complements are added until the title says this much
SUBJECT_MAX_WORDS = 7  # a longer subject is cut to the names in it
NOUN_PHRASE_REACH = 8  # words back from a date to the event noun whose phrase it may close
_SUBJECTS = ("nsubj", "nsubjpass")
QUALIFIER_DEPS = ("compound", "nummod", "amod", "nmod", "poss")  # a date that hangs so qualifies its noun
FIGURES = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")  # what a measure verb gives: "had 926 million shares"
RELATIVE_TAGS = ("WDT", "WP", "WP$")  # "that", "which", "who": the clause is about the noun itself
_VERB_PARTS = ("aux", "auxpass", "neg", "prt")
_NOUN_LINKS = ("compound", "nummod", "amod", "npadvmod", "nmod")
_COMPLEMENTS = ("dobj", "attr", "acomp", "xcomp", "ccomp", "agent", "dative", "prep", "oprd")
_ATTRIBUTIONS = lexicon.words("events", "attributions")  # "… according to the UN": who says so, not what happened
# A date opens its sentence when at most this many words stand before it: "But in June last year, …".
FRONTED_DATE_REACH = 3
_ASIDES = ("relcl", "appos", "acl", "advcl", "parataxis", "cc", "conj", "mark")
# The lexicon's lists (data/lexicon.yml).
FIRST_PERSON = lexicon.words("events", "first_person")
STATIVE_VERBS = lexicon.words("events", "stative_verbs")  # a state of affairs, not something that happened
ACTS_OF_PRESENCE = lexicon.words("events", "acts_of_presence")
ACTS_OF_SIGHTING = lexicon.words("events", "acts_of_sighting")
STATE_COMPLEMENTS = ("xcomp", "acomp", "attr", "oprd", "ccomp")  # "appeared to be", "seemed calm", "was seen as"
HEDGES = lexicon.words("events", "hedges")  # "nearly defaulted": a title keeps them
PRO_VERBS = lexicon.words("events", "pro_verbs")  # "as he had done": an act told elsewhere
LIGHT_VERBS = lexicon.words("events", "light_verbs")  # "had a meeting": the act is in the noun
VERBS_BEFORE_AN_ACT = lexicon.words("events", "verbs_before_an_act")  # "are expected to join"
PUTTING_OFF_VERBS = lexicon.words("events", "putting_off_verbs")  # "adjourned the hearing till March 5"
HYPOTHETICAL = lexicon.words("events", "hypothetical")
CONDITIONS = lexicon.words("events", "conditions")
FUTURE_MARKERS = lexicon.words("events", "future_markers")
FUTURE_BEFORE_INFINITIVE = lexicon.words("events", "future_before_infinitive")
PERFORMED_NOUNS = lexicon.words("events", "performed_nouns")
SPEECH_VERBS = lexicon.words("events", "speech_verbs")
EVENT_NOUNS = lexicon.words("events", "event_nouns")  # "the 2008 attacks", "the Soviet withdrawal"
NOMINAL_ENDINGS = tuple(lexicon.words("events", "nominal_endings"))
INFLECTIONS = ("d", "ed", "s", "es", "ing")  # endings taken off a verb form the model lemmatised wrong
DEADLINE_PREPOSITIONS = lexicon.words("events", "deadline_prepositions")
OBJECT_CONTROL_VERBS = lexicon.words("events", "object_control_verbs")
INTENT_VERBS = lexicon.words("events", "intent_verbs")  # "decided to admit them in March": the act lies ahead
MEASURE_VERBS = lexicon.words("events", "measure_verbs")
NEAR_WORDS = lexicon.words("events", "near_words")
DATE_CARRIERS = lexicon.words("events", "date_carriers")
DATING_PREPOSITIONS = ("", "in", "on", "at", "during")  # the words that place a happening at its date
# Prepositions after which a gerund's doer is the subject of what it hangs from: "after touring Dar
# es Salaam, the FBI chief said"; not "blocked NATO traffic from travelling", "thanked them for helping".
GERUND_PREPOSITIONS = ("after", "before", "while", "since", "upon", "on", "by", "despite", "besides")
MAX_LIST_DEPTH = 4  # words up from the first of a list member to the member itself ("the Czech Republic")
MISREAD_DEPTH = 6  # clauses up from a finite verb to the noun the parser made a sentence's root
SHORT_CONJUNCT = 4  # words of a second subject a title of what was said keeps ("the United States and Pakistan")
BASELINE_REACH = 4  # words up from a date to the "from" of "up from $6.9 billion in 2023"
MAX_DATE_TOKENS = 12  # the longest date expression looked past ("the second Tuesday of last September")
TIME_PREPOSITIONS = ("after", "before", "since", "until", "till", "following", "during", "by")
RANGE_PREPOSITIONS = ("from", "since", "until", "till", "through")  # "incidents from May 9": the noun's bounds


@dataclass(slots=True)
class EventMention:
    date: FuzzyDate
    title: str
    keywords: frozenset[str]  # content lemmas of the title, for merging
    actors: list[str]  # actor names (as resolved in the article)
    source: Source
    actions: frozenset[str] = frozenset()  # what happened: the title's verbs and event nouns


def extract_events(article: Article, docs: list[Doc], actors: list[ActorMention]) -> list[EventMention]:
    found = []
    told = None  # the last date the text gave: "hours after", "the same month" are read from it
    named_in: dict[tuple[str, str], list[ActorMention]] = {}  # the actors each sentence names
    for actor in actors:
        named_in.setdefault((actor.mention.paragraph, actor.mention.sentence), []).append(actor)
    for paragraph, doc in zip(article.paragraphs, docs):
        if paragraph.kind not in EVENT_TEXT_KINDS:
            continue
        # The last date the paragraph gave: "the next year" is read from it, but in a new paragraph
        # "within the next week" counts from the day of writing, not from the last paragraph's date.
        previous = None
        doer = None  # who the paragraph's last sentence was about: "it", "he" in the next may be them
        for sent in doc.sents:
            mentions = find_dates(sent.text, article.published, previous=previous, told=told)
            named_here = named_in.get((paragraph.id, sent.text.strip()), [])
            if not _asks(sent):  # "Was it a misjudgement to hold the ceremony on a Monday?" tells nothing
                found += _sentence_events(article, paragraph.id, sent, named_here, mentions, doer)
            given = [m.date for m in mentions if m.absolute]
            previous = given[-1] if given else previous
            told = next((m.date for m in reversed(mentions) if m.kind not in READ_BACK_KINDS), told)
            doer = _sentence_doer(sent, named_here, doer)
    return found


def _asks(sent: Span) -> bool:
    """A question, opened by a verb or a question word ("Was it …?", "Why did …?"): it asks whether
    something happened, it does not tell it. "The Pentagon said today it will ask whether …?" tells."""
    first = next((t for t in sent if not t.is_punct), None)
    return (sent.text.rstrip(" \"'”’)").endswith("?") and first is not None
            and (first.pos_ == "AUX" or first.tag_ in ("MD", "WDT", "WP", "WRB")))


def _sentence_doer(sent: Span, named_here: list[ActorMention], before: ActorMention | None) -> ActorMention | None:
    """The actor a sentence's main subject names ("the IS was back …"), or, for a pronoun subject,
    the one before it ("It had to change …": still the IS); None for any other subject."""
    subject = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return before if subject.lower_ in PRONOUN_KINDS else None
    return next((a for a in named_here if subject.text in a.mention.text.split()), None)


def _pronoun_doer(subject: Token, before: ActorMention | None) -> str | None:
    """The name a pronoun subject stands for when nothing in its sentence does: "By 2022, it had given
    up …" after a sentence about the IS. The kinds must agree ("he" is a person, "it" an organisation
    or a state), and an "it" or "they" acted on is left ("Pakistan passed a law. It was repealed")."""
    if before is None or subject.pos_ != "PRON" or before.label not in PRONOUN_KINDS.get(subject.lower_, ()):
        return None
    if subject.dep_ == "nsubjpass" and subject.lower_ in ("it", "they"):
        return None
    return before.name


def _sentence_events(article: Article, pid: str, sent: Span, named_here: list[ActorMention],
                     dates: list[DateMention], doer: ActorMention | None = None) -> list[EventMention]:
    text = sys.intern(sent.text.strip())  # the same object as the actor mentions' sentence
    names = list(dict.fromkeys(a.name for a in named_here))
    people = frozenset(word for a in named_here if a.label == "person" for word in a.mention.text.split())
    events: list[EventMention] = []
    anchors_done: dict[int, FuzzyDate] = {}  # each clause dated, and the date it took
    spans = {m.start: sent.char_span(m.start, m.end, alignment_mode="expand") for m in dates}
    found_spans = [s for s in spans.values() if s is not None]
    dated_tokens = {t.i for s in found_spans for t in s}
    by_verb: dict[int, list[Span]] = {}  # the dates each verb takes by a preposition: a series is among them
    for span in found_spans:
        if (phrase := _date_phrase(span)) is not None:
            by_verb.setdefault(phrase.head.i, []).append(span)
    opening = wire_opening_chars(sent.doc) if sent.start == 0 else 0
    opening_tokens = {t.i for t in sent if t.idx < opening} if opening else set()  # where and by whom it was filed
    # A clause dated twice ("the next year … in January 2017") takes the date whose words give the year.
    for mention in sorted(dates, key=lambda m: (not m.absolute, m.start)):
        date_span = spans[mention.start]
        if date_span is None:
            continue
        series = _series(date_span, by_verb)
        if date_span.end_char <= opening:
            # "WARSAW, February 26 (Xinhua) -- The presidents … have signed": the day the story was
            # filed dates its first clause, unless the sentence gives a date of its own
            if len(found_spans) > 1:
                continue
            cleft, clause, anchor = None, None, sent.root
        else:
            cleft = _cleft(date_span)
            clause = _dated_clause(date_span, cleft)
            anchor = clause or _anchor(date_span)
        if _dates_an_attribution(date_span) or _dates_a_baseline(date_span):
            # "killed over the weekend, according to U.S. authorities on Monday": the day of the report;
            # "reached $7.3 billion in 2024, up from $6.9 billion in 2023": a figure compared with, no act
            continue
        own_preposition = _preposition(date_span)
        if (clause is None and _already_past(mention, article.published) and _in_the_present(anchor)
                and own_preposition not in TIME_PREPOSITIONS):  # "has held talks since last year"
            # "a man has been arrested over the bombings … last year", "White heads a team prosecuting the
            # bombings which killed 224 people on Aug. 7, 1998": a present is not dated by a past year
            anchor = _told_before_the_date(date_span, anchor) or anchor
        # "it was not until Tuesday that Castro revealed" tells the revealing on Tuesday, not up to it
        # "since early December, when Castro promised": the clause a date introduces is at the date
        preposition = "" if cleft is not None or clause is not None else own_preposition
        tense = _tense(anchor, preposition, date_at=date_span.start)
        if mention.kind in ("anaphoric", "narrative") and _counts_from_its_clause(date_span, dated_tokens, mention):
            continue  # "came 12 days after 40 police were killed on Feb. 14": from the killing, not the last date
        if mention.kind == "deictic" and date_span.root.dep_ in _SUBJECTS:
            continue  # "where tomorrow is realized", "today marks ten years": the time as a thing, no date of an act
        if (mention.kind == "deictic" and mention.text.lower() in ("today", "tonight")
                and _tense(anchor, looking_ahead=False) == PRESENT
                and not (_progressive(anchor) and date_span.start > sent.start)):
            # "today he lives in mortal danger", "Today, generals are cheering": today as nowadays, a
            # state and no day; "helicopters are flying over New York today" is under way on the day
            continue
        if tense != PAST:
            mention = _in_tense(sent.text, article, mention, tense)
        source = Source(article.slug, pid, text, mention.text)
        if mention.happening:
            keywords = keywords_of(mention.happening)
            events.append(EventMention(mention.date, mention.happening, keywords, names, source, keywords))
            if anchor.lemma_.lower() in keywords_of(mention.happening) or _opens_a_name(date_span):
                continue  # "the 9/11 attacks": the named happening is the whole event; "the 9/11 Commission report" a name
        if anchors_done.get(anchor.i, mention.date) != mention.date and not series:
            # "condemned Saturday the bomb attacks in Kenya Friday": the other day is the attacks'
            anchor = _event_noun_before(date_span, anchor) or anchor
        tokens, told = _at_the_date(_happening(date_span, anchor, clause, mention, preposition, doer, people),
                                    mention, preposition, date_span)
        problems = title_problems([t for t in tokens if not isinstance(t, str)]) if tokens else []
        bounded = anchor.pos_ in ("NOUN", "PROPN") and preposition in RANGE_PREPOSITIONS  # "protests from May 9"
        if problems and not _set_apart(anchor) and not bounded:  # no title a reader could trust: the clause's own words, if they do better
            clause = _clause_itself(sent, date_span, anchor)
            if len(title_problems(clause)) < len(problems):
                tokens = clause
        if series and tokens:
            tokens = _one_of_series(tokens, date_span, series)
        # The title tells what happened; its date stands beside it, and another date is another event's.
        other_dates = (dated_tokens - set(range(date_span.start, date_span.end))) | opening_tokens
        undated = {t.i for t in _undated([t for t in tokens if not isinstance(t, str)], other_dates)}
        tokens = [t for t in tokens if isinstance(t, str) or t.i in undated]
        if tokens and (anchor.i not in anchors_done or series):  # two dates of one clause ("In 2008, soon after …") date it once
            anchors_done[anchor.i] = told.date
            events.append(_event(told, tokens, names, doer, source))
        for verb in _fronted_conjuncts(date_span, anchor, dated_tokens | opening_tokens, tense, preposition):
            tokens, told = _at_the_date(_happening(date_span, verb, None, mention, preposition, doer, people),
                                        mention, preposition, date_span)
            if tokens and verb.i not in anchors_done and not title_problems([t for t in tokens if not isinstance(t, str)]):
                anchors_done[verb.i] = told.date
                events.append(_event(told, tokens, names, doer, source))
    return events


def _counts_from_its_clause(date_span: Span, dated_tokens: set[int], mention: DateMention) -> bool:
    """"Two weeks after a bombing killed 40 police": the time counts from the clause that "after" opens
    (the parse makes "after" its mark), back from the date the text gave last, not on from it. Only
    "hours after" it stays within the day that date gives; a clause with a date of its own ("after 40
    police were killed on Feb. 14") is dated by that, even where the parser hangs the clause elsewhere
    ("comes a day after 16 people … were killed on Wednesday")."""
    step = date_span[-1]
    if step.lower_ not in ("after", "before"):
        return False
    told_after = [t for t in date_span.sent if t.i >= date_span.end and t.i in dated_tokens]
    if step.dep_ == "mark":
        if any(_dated_verb(t) == step.head for t in told_after):
            return True
    elif any((verb := _dated_verb(t)) is not None and verb != step.head for t in told_after):
        return True  # the parser made "after" a preposition and hung the clause and its date elsewhere
    if not (step.dep_ == "mark" or any(c.dep_ == "pcomp" for c in step.children)):  # "a day after meeting them"
        return False
    return mention.kind == "narrative" or not any(t.lower_ in ("hours", "hour", "minutes") for t in date_span)


def _dated_verb(token: Token) -> Token | None:
    """The verb a date's word hangs from, itself or by its preposition ("killed on Wednesday"); None
    for a date that qualifies a noun ("the January shootings")."""
    head = token.head.head if token.head.dep_ == "prep" else token.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _at_the_date(tokens: list[Token | str], mention: DateMention, preposition: str, date_span: Span
                 ) -> tuple[list[Token | str], DateMention]:
    """A happening told "after" or "before" a date, at the date it is given (``_after``); none when the
    words give it no date of their own ("after 2001, the militants returned")."""
    if not tokens or mention.kind in READ_BACK_KINDS or preposition not in ("after", "before"):
        return tokens, mention
    after = _after(mention.date, preposition, _soon(date_span))
    return (tokens if after is not None else []), replace(mention, date=after or mention.date)


def _event(mention: DateMention, tokens: list[Token | str], names: list[str], doer: ActorMention | None,
           source: Source) -> EventMention:
    words = [t for t in tokens if not isinstance(t, str)]  # the title's own words, not its glue
    keywords = frozenset(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop)
    actions = frozenset(t.lemma_.lower() for t in words if t.pos_ == "VERB" or _is_event_noun(t)) - STATIVE_VERBS
    told_of = names + [doer.name] if doer is not None and doer.name in tokens and doer.name not in names else names
    return EventMention(mention.date, _render_title(tokens), keywords, told_of, source, actions)


def _fronted_conjuncts(date_span: Span, anchor: Token, dated: set[int], tense: str, preposition: str) -> list[Token]:
    """The clauses joined to the dated one that a date opening the sentence dates too: "But in June last
    year, the leadership had a falling out, and Pol Pot was arrested". Not a clause with a date of its
    own, nor one told in another tense ("In 2008 the army withdrew, and now it is back"); nor what
    has been so since a date ("Since 2007, Pakistan has conducted operations … but has failed")."""
    opens = date_span.start - date_span.sent.start <= FRONTED_DATE_REACH and date_span.end <= anchor.i
    if not opens or anchor.pos_ not in ("VERB", "AUX") or preposition == "since":
        return []
    return [c for c in anchor.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > anchor.i
            and not any(t.i in dated for t in c.subtree) and _tense(c, preposition) == tense]


def _already_past(mention: DateMention, published: FuzzyDate) -> bool:
    """A date that gives its year ("on Aug. 7, 1998") or counts back whole units ("last year"), and is
    over before the period of writing: no present tense can be at it. Not a weekday or "March 3",
    which a writer may put on a present perfect ("has summoned the envoy on Monday")."""
    if not (mention.absolute or mention.kind in ("relative_unit", "years_ago")):
        return False
    return mention.date.sort_key()[:3] < published.coarsen(mention.date.precision).sort_key()[:3]


def _in_the_present(verb: Token) -> bool:
    """A verb told in the present or the present perfect: "heads", "is investigating", "has been arrested"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in verb.children)


def _told_before_the_date(date_span: Span, verb: Token) -> Token | None:
    """What a date closes inside the clause of ``verb``: a past clause that ends right before it
    ("the bombings which killed 224 people, on Aug. 7, 1998"), else, after a present perfect, an event
    noun a few words back. A simple present keeps its date: a caption tells its picture's day ("Rescue
    workers are seen at the site of the blast on May 13, 2011")."""
    for token in reversed(date_span.doc[verb.i + 1: date_span.start]):
        between = date_span.doc[token.right_edge.i + 1: date_span.start]
        if (token.tag_ == "VBD" and verb in token.ancestors
                and all(t.is_punct or t.pos_ == "ADP" for t in between)):
            return token
    return _event_noun_before(date_span, verb) if _is_perfect(verb) else None


def _event_noun_before(date_span: Span, verb: Token) -> Token | None:
    """The event noun whose phrase a date closes, within the clause of ``verb`` and a few words back."""
    for token in reversed(date_span.doc[max(verb.i + 1, date_span.start - NOUN_PHRASE_REACH): date_span.start]):
        if token.pos_ == "NOUN" and _is_event_noun(token) and verb in token.ancestors:
            return token
    return None


def _after(date: FuzzyDate, preposition: str, soon: bool) -> FuzzyDate | None:
    """The date a clause told "after" a date is given, or None: "Musharraf sided with America after
    9/11" is some time after the day, so its month at most (the year, after a month); "soon after"
    stays within the month. After a year, or before anything, the words give no date of their own."""
    if preposition == "before" and not soon:
        return None
    if date.precision == "day":
        return FuzzyDate(date.year, date.month)
    if date.precision == "month":
        return date if soon else FuzzyDate(date.year)
    return None


def _set_apart(anchor: Token) -> bool:
    """Whether the clause is told as before or after what the date dates: in "Before the attack on
    December 3, Musharraf met Bush" the meeting is not on December 3."""
    for token in lineage(anchor):
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "prep" and token.lower_ in ("after", "before"):
            return True
    return False


def _soon(date_span: Span) -> bool:
    """"shortly after", "soon after", "just before": the preposition of the date is qualified as near."""
    preposition = date_span.root.head
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return any(c.lower_ in NEAR_WORDS for c in preposition.children) or (before is not None and before.lower_ in NEAR_WORDS)


def _date_phrase(date_span: Span) -> Token | None:
    """The preposition that joins a date to a verb ("in" of "adding Spain in 1982"), if it hangs so."""
    head = date_span.root.head
    return head if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") else None


def _series(date_span: Span, by_verb: dict[int, list[Span]]) -> list[Span]:
    """The other dates a verb takes, each by a preposition of its own (``by_verb``: the sentence's
    dates by the verb they hang from), when the objects of the verb stand between them: "adding Greece
    and Turkey in 1952, West Germany in 1955 and Spain in 1982" tells three happenings. Not "In 2008,
    soon after …" nor "left in May … returned in June" (other verbs)."""
    own = _date_phrase(date_span)
    if own is None:
        return []
    others = [s for s in by_verb.get(own.head.i, []) if s.start != date_span.start]
    starts = sorted(s.start for s in [date_span, *others])
    return others if any(starts[0] < o.i < starts[-1] for o in _objects(own.head)) else []


def _objects(verb: Token) -> list[Token]:
    """A verb's objects and the nouns coordinated with them (the parser may join the last to the verb)."""
    direct = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    found = {t.i: t for o in direct for t in (o, *o.conjuncts) if t.pos_ in ("NOUN", "PROPN")}
    return sorted(found.values(), key=lambda t: t.i)


def _one_of_series(tokens: list[Token | str], date_span: Span, series: list[Span]) -> list[Token | str]:
    """The title of one date of a series: the objects told since the date before it, none of the other dates."""
    verb = _date_phrase(date_span).head
    after = max((s.end for s in series if s.end <= date_span.start), default=verb.i)
    drop: set[int] = set()
    objects = _objects(verb)
    mine = [o for o in objects if after <= o.i < date_span.start]
    for obj in objects:
        if obj not in mine:
            drop |= {t.i for t in pruned_subtree(obj, lambda c: c.dep_ not in ("conj", "cc"))}  # "and" stays with the last
    kept = [t for t in tokens if isinstance(t, str) or t.i not in drop]
    have = {t.i for t in kept if not isinstance(t, str)}
    added = [t for o in mine if o.i not in have for t in pruned_subtree(o, lambda c: c.dep_ != "conj")]
    added += [c for o in mine for c in o.children if c.dep_ == "cc" and c.i not in have and any(
        k.dep_ == "conj" and k in mine for k in o.children)]  # "Greece and Turkey"
    return sorted([t for t in kept if not isinstance(t, str)] + added, key=lambda t: t.i) if added else kept


# What makes an event title untrustworthy (benchmarks/event_titles.py measures these on real articles).
PRONOUN_START = "starts with a pronoun"  # "It was repealed": who or what is not said
NO_ACT = "names no act"  # "Security partnership had endured", a name alone: nothing happened
ONE_WORD = "one word"  # "Coup", "Talks": no one did it, nowhere
NO_DOER = "starts with its verb"  # "Would fail": the parse lost who did it
DANGLING = "dangling word"  # "Groups like became …", "… from to September": a word without the words it needs
VAGUE_SUBJECTS = {"one", "ones", "this", "that", "these", "those", "which", "who", "what"}
# The kinds of actor a pronoun subject may stand for.
PRONOUN_KINDS = {"it": ("organization", "country"), "they": ("organization", "country"),
                 "he": ("person",), "she": ("person",)}


def title_problems(words: list[Token]) -> list[str]:
    """Why a title built from these words (of the sentence's parse, or of the title's own) would
    mislead a reader; [] for a title that names who did what."""
    if not words:
        return [NO_ACT]
    indices = {t.i for t in words}
    problems = []
    first = words[0]
    if first.pos_ == "PRON" or (first.lower_ in VAGUE_SUBJECTS and first.dep_ not in ("nummod", "det", "amod")):
        problems.append(PRONOUN_START)
    if (first.dep_ in ("aux", "auxpass") and first.head.i in indices) or (
            first.tag_ == "VB" and first.dep_ in ("xcomp", "ccomp", "advcl", "conj")):
        problems.append(NO_DOER)  # "Would fail", "Take place": who is not said
    acts = [t for t in words if ((t.pos_ == "VERB" and not _is_stative(t)) or _is_event_noun(t))
            and not _empty_act(t, indices)]
    if not acts:
        problems.append(NO_ACT)
    if len([t for t in words if t.is_alpha or t.like_num]) == 1:
        problems.append(ONE_WORD)
    if any(_dangles(t, indices) for t in words):
        problems.append(DANGLING)
    return problems


def _empty_act(verb: Token, indices: set[int]) -> bool:
    """A verb that tells no act without words the title lacks: "as he had done" (what?), "the lender
    said" (said what?)."""
    lemma = verb.lemma_.lower()
    if lemma not in PRO_VERBS and lemma not in SPEECH_VERBS:
        return False
    return not any(c.i in indices for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "prep"))


def _dangles(token: Token, indices: set[int]) -> bool:
    """A preposition without its object, or a word the parse hangs from a missing preposition's object."""
    if token.pos_ == "ADP" and token.dep_ == "prep" and token.whitespace_:  # "In-flow" is a word, not a preposition
        return not any(c.i in indices for c in token.children if c.dep_ in ("pobj", "pcomp"))
    return token.lower_ == "like" and not any(c.i in indices for c in token.children)


def _clause_itself(sent: Span, date_span: Span, anchor: Token) -> list[Token]:
    """The clause the date belongs to, as written, without the date and its asides."""
    verb = next((t for t in lineage(anchor) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in DATE_CARRIERS),
                sent.root)  # "said in the letter, dated Monday": the saying, not the dating
    dated = set(range(date_span.start, date_span.end))
    openings: set[int] = set()
    for child in verb.children:
        phrase = {t.i for t in child.subtree} if _opening_aside(child, verb) else set()
        if not phrase & dated:  # not one the date stands in: "Since the May 2 raid, Pasha has been …"
            openings |= phrase
    return _trim(_undated(sorted((t for t in _core(verb) if _title_token(t) and t.i not in openings),
                                 key=lambda t: t.i), dated))


def _opening_aside(child: Token, verb: Token) -> bool:
    """A phrase that opens the clause, set off by a comma, and tells nothing of what was done: "In this
    vein, he met …", "For its part, the army said …" (unless the date stands in it)."""
    after = child.right_edge.i + 1
    return (child.dep_ in ("prep", "advmod", "npadvmod", "advcl") and child.left_edge.i == verb.left_edge.i
            and after < verb.i and child.doc[after].text == ",")


def keywords_of(title: str) -> frozenset[str]:
    return frozenset(word.lower().rstrip("s") if word.isalpha() else word for word in title.split())


def _in_tense(text: str, article: Article, mention: DateMention, tense: str) -> DateMention:
    """The same date expression read in another tense ("On December 3, Mattis will visit": the next one)."""
    return next((m for m in find_dates(text, article.published, tense) if m.start == mention.start
                 and m.end == mention.end), mention)


def _dates_an_attribution(date_span: Span) -> bool:
    """A date the parse hangs on "according (to …)": when the telling was, not the happening."""
    head = date_span.root.head
    for _ in range(2):  # "on Monday" → "according"; "Monday" → "on" → "according"
        if head.lower_ == "according":
            return True
        head = head.head
    return False


def _opens_a_name(date_span: Span) -> bool:
    """A named date that is the first word of a name: "the 9/11 Commission report" was no happening of 9/11."""
    after = date_span.doc[date_span.end] if date_span.end < len(date_span.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.dep_ == "compound" and after.text[:1].isupper()


def _dates_a_baseline(date_span: Span) -> bool:
    """A date inside what a figure is compared with: "up from $6.9 billion in 2023", "down from $21.4
    million last year", "compared with 40% a year earlier"."""
    for token in itertools.islice(date_span.root.ancestors, BASELINE_REACH):
        if (token.lower_ == "from" and token.head.lower_ in ("up", "down")) or (
                token.lower_ in ("with", "to") and token.head.lower_ == "compared"):
            return True
    return False


def _anchor(date_span: Span) -> Token:
    """The word outside the date expression that the date hangs from."""
    if (noun := _qualified_noun(date_span)) is not None:
        return noun
    head = date_span.root.head  # the span's root hangs from a word outside it, or is the sentence's root
    if head.dep_ == "prep" and not is_root(head):  # "in November 2008" → what "in" attaches to
        head = head.head
    before = date_span.doc[date_span.start - 1] if date_span.start else None
    if date_span.root.dep_ == "nsubj" and before is not None and before.pos_ == "VERB" and before.i != head.i:
        return before  # "The rifle was discovered April 8 buried …": the parser made the day a subject
    return head


def _qualified_noun(date_span: Span, most: int = 5) -> Token | None:
    """The noun a date qualifies: "the 1996 campaign", "his Aug. 2 power-grab", and "in the October 1998
    shooting death", which the parser may read as "in October" with "shooting" a clause of its own. A date
    between a determiner and a noun is the noun's whatever the parse says; the noun is the last of the
    run of nouns after it (at most ``most`` words), a common noun ("the 2008 Mumbai attacks")."""
    root = date_span.root
    if root.dep_ in QUALIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= date_span.end:
        return root.head
    doc = date_span.doc
    if date_span.start == 0 or doc[date_span.start - 1].tag_ not in ("DT", "PRP$", "POS"):
        return None
    if (date_span.start >= 2 and doc[date_span.start - 2].lower_ in TIME_PREPOSITIONS) or (
            root.dep_ == "pobj" and root.head.lower_ in TIME_PREPOSITIONS):
        return None  # "after the September 11 attacks the US threatened": the clause is told by the noun's time
    after = date_span.end + (date_span.end < len(doc) and doc[date_span.end].text == "," and date_span[-1].like_num)
    # "the May 2, 2011, raid": the comma that closes a date's year
    # "the Sept. 11, 2001, terrorist attacks": a noun after its adjectives
    run = list(itertools.takewhile(lambda t: (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.tag_ == "VBG") and not t.is_sent_start,
                                   doc[after: min(after + most, len(doc))]))
    # a gerund after an article is a noun: "in the May 2, 2011, killing of bin Laden"
    noun = run[-1] if run and (run[-1].pos_ == "NOUN" or run[-1].tag_ == "VBG") else None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPOSITIONS:
        return None  # "After Musharraf's October 12, 1999, coup, Congress invoked …": as above
    return noun


def _preposition(date_span: Span) -> str:
    """The preposition that introduces the date ("since", "in"), or "". One the date's words begin with
    is its own: "after midnight on November 26" is on the day, though "on" hangs from "after"."""
    first = date_span[0]
    if first.pos_ == "ADP":
        return first.lower_
    head = date_span.root.head
    if head.dep_ == "prep":
        return head.lower_
    before = date_span.doc[date_span.start - 1] if date_span.start else None
    return before.lower_ if before is not None and before.pos_ in ("ADP", "SCONJ") else ""


def _tense(anchor: Token, preposition: str = "", looking_ahead: bool = True, date_at: int | None = None) -> str:
    """Which way the clause of a date looks: future ("will visit"), present ("expire Nov. 21", "is
    payable Jan. 2") or past (everything else: a report is told in the past).

    An act the past only set in train is read as the nearest such date, not the last one: "asked it to
    respond by Oct. 31", "subpoenaed him to testify on Feb. 10", "extended the offer to Nov. 20"
    (``looking_ahead=False`` asks for the verb's own tense alone). ``date_at`` is where the date
    stands: one told before a past "planned" dates the planning.
    """
    for verb in (anchor, anchor.head):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
            return FUTURE
    # not a participle describing a noun: "is expected to replicate the tone coming from Congress as
    # early as Wednesday" looks ahead with the replicating; "in order to stand in the elections" is its own
    verb = next((t for t in lineage(anchor) if t.pos_ in ("VERB", "AUX") and (t.dep_ != "acl" or t.tag_ != "VBG")), None)
    if _looks_ahead(anchor, verb, date_at is not None and verb is not None and date_at < verb.i):
        # told in the past, a plan may already lie behind: "a service planned for Saturday was canceled"
        return PRESENT if looking_ahead and verb is not None and _told_in_past(verb) else FUTURE
    if verb is None:
        return PAST
    infinitive = verb if _to_infinitive(verb) else None
    if infinitive is not None and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
        return FUTURE  # "is to resume trading in Paris Tuesday": what is arranged
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "hopes to conclude the offensive by June 28": the tense of the hoping
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if looking_ahead and infinitive is not None and not _is_perfect(infinitive) and _sets_an_act_ahead(infinitive):
        return PRESENT  # "has decided to admit them in early March": the admitting lies ahead of the deciding
    if _is_perfect(verb) or (infinitive is not None and _is_perfect(infinitive)):  # "has signed", "until Thursday, had not called"
        return PAST
    if preposition in ("until", "till", "to") and verb.lemma_.lower() in PUTTING_OFF_VERBS:
        return FUTURE  # "adjourned the hearing until Monday": what is put off lies ahead
    if looking_ahead and preposition in DEADLINE_PREPOSITIONS:
        return PRESENT
    if any(c.tag_ == "VBD" for c in auxiliaries):  # "was cheering"
        return PAST
    present = {"VBZ", "VBP"}
    return PRESENT if verb.tag_ in present or any(c.tag_ in present for c in auxiliaries) else PAST


def _sets_an_act_ahead(infinitive: Token) -> bool:
    """Whether what governs an infinitive puts its act ahead of it: a decision, a wish, an order ("has
    decided to admit them in early March", "a deal to withdraw by May"), not a purpose or a manner
    ("colluded with him to draft a May 10 memo", "flew to Kabul to meet Karzai on May 10": done then)."""
    head = infinitive.head
    return head.pos_ not in ("VERB", "AUX") or _is_one_of(head, INTENT_VERBS | OBJECT_CONTROL_VERBS)


def _told_in_past(verb: Token) -> bool:
    """Whether a verb's clause is told in the past tense; a participle's clause is that of the noun it
    describes ("a service planned for Saturday was canceled"), an infinitive's that of the verb it
    completes ("the tariffs were scheduled to take effect on July 9")."""
    clause = verb.head.head if verb.dep_ == "acl" else verb
    if clause.dep_ == "xcomp" and _to_infinitive(clause):
        clause = clause.head
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)


def _looks_ahead(anchor: Token, verb: Token | None, date_first: bool = False) -> bool:
    """Whether the words between a date and its clause's verb point ahead, whatever the verb's tense:
    "declared a dividend, payable Dec. 15", "said it would extend its bid", "expect the deal to be
    completed by Dec. 15", "the offer had been set to expire Nov. 6"."""
    path = [c for c in anchor.children if c.dep_ == "acl"]  # "the dialogue set to begin … on Wednesday"
    for token in lineage(anchor):
        path.append(token)
        if verb is not None and token.i == verb.i:
            break
    if verb is not None:
        path += [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
            path.append(verb.head)  # "plans a placement, to be completed around Nov. 1"
        if verb.dep_ == "ccomp" and any(c.lower_ == "would" for c in verb.children):
            return True  # "said it would extend its bid": the future of a report ("it would be no surprise" is not)
    # A past verb that is itself the marker dates its own act when the date comes first: "On Friday, the
    # government planned to pay"; not in "Protesters planned a demonstration on Saturday".
    return any(((t.lower_ in FUTURE_MARKERS or t.lemma_.lower() in FUTURE_MARKERS)
                and not (verb is not None and t.i == verb.i and t.tag_ == "VBD" and date_first))
               or _arranged_ahead(t) for t in path)


def _arranged_ahead(token: Token) -> bool:
    """"Set to begin on Wednesday", "poised to sign", "a summit set for Washington in April": the word
    says what it names lies ahead ("set fire to a school on Monday" does not)."""
    return token.lemma_.lower() in FUTURE_BEFORE_INFINITIVE and any(
        (c.dep_ in ("xcomp", "advcl") and _to_infinitive(c))
        or (token.dep_ == "acl" and c.dep_ == "prep" and c.lower_ == "for")  # "a summit set for April"
        for c in token.children)


def _happening(date_span: Span, anchor: Token, clause: Token | None, mention: DateMention, preposition: str,
               doer: ActorMention | None = None, people: frozenset[str] = frozenset()) -> list[Token | str]:
    """The words that say what happened at the date, or [] when the date dates no happening.

    ``anchor`` is what the date hangs from: the ``clause`` it introduces, if any (``_dated_clause``);
    ``preposition`` the word that introduces the date."""
    dated = set(range(date_span.start, date_span.end))
    if clause is not None:
        dated |= {t.i for t in clause.children if t.lower_ == "when"}
    qualifies_anchor = _qualified_noun(date_span) == anchor
    nominal = anchor.pos_ in ("NOUN", "PROPN") or (anchor.tag_ == "VBG" and qualifies_anchor)
    if (nominal and anchor.i not in dated and not _carried_by_light_verb(anchor)
            and not (anchor.dep_ in ("nsubj", "nsubjpass") and _measured(anchor.head, date_span))):
        # "the 1996 campaign", "his Aug. 2 power-grab": a date that qualifies a noun makes it a happening
        qualified = mention.absolute and qualifies_anchor  # not "Friday prayers": a habit, not a day
        named = _noun_happening(anchor, dated, preposition, qualified)
        if named or mention.date.precision != "day" or preposition in RANGE_PREPOSITIONS or (
                mention.kind in ("holiday", "named") and date_span.root.dep_ in ("compound", "nummod", "amod")
                and date_span.root.head.i == anchor.i):
            # "the Black Friday rush", "Black Friday levels": a season, not the clause's day; "the 9/11
            # mastermind … had been killed": the man of that day, killed on another
            return named
        # "The two presidents on Friday signed the plan": a day dates its clause, whatever noun the
        # parser hung it on; a noun names no happening at a day unless it is an event noun. Not
        # "arrested over protests from May 9": a bound of the noun's time is no date of the arrest.
    # "abducted by gunmen wearing uniforms in August 2016": the abduction, not the wearing; but "an
    # accord signed yesterday" is the signing, which the participle tells
    verb = next((t for t in lineage(anchor) if t.pos_ in ("VERB", "AUX") and (t.dep_ != "acl" or t.tag_ == "VBN")), None)
    if verb is None:
        return []  # a date in a sentence without a verb: a heading, a date line, a list of names
    if _purpose_infinitive(verb) or _background_under_way(verb):
        # "flew to Kabul to meet Karzai on May 10": the flight, told with what it was for; "As the sun was
        # rising in Kabul on Sunday, two missiles ended his reign": the missiles, not the sunrise
        verb = verb.head
    elif _left_undone(verb):
        verb = verb.head.head  # "Without going into detail on Saturday night, Khalilzad said": the saying
    act = verb  # what is to be done, when the verb above it only expects it: "are expected to join"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":  # "the group first started fighting in the 1980s"
        verb = verb.head
        act = act if _is_one_of(verb, VERBS_BEFORE_AN_ACT) else verb  # not "saw winning as the step"
    if date_span.root.dep_ == "nsubj" and date_span.root.head.i == verb.i:
        # "2012 saw an accelerating drawdown": a time that sees or brings something names it as the object
        witnessed = next((c for c in verb.children if c.dep_ == "dobj" and _names_a_happening(c)), None)
        return _noun_happening(witnessed, dated) if witnessed is not None else []
    since = preposition == "since"
    if since and not (_is_stative(verb) or _is_perfect(verb)):
        return []  # "since 2016" dates a state or a perfect ("have been held since"), not a one-off act
    if (_is_stative(verb) and _is_stative(act) and not since and not _measured(verb, date_span)
            and not any(_carried_by_light_verb(c) for c in verb.children)) or _negated_or_hypothetical(verb) \
            or _told_by_author(verb):
        return []
    return _clause_happening(verb, dated, doer, people)


def _names_a_happening(noun: Token, preposition: str = "", qualified: bool = False) -> bool:
    """An event noun ("attack", "visit"), or a noun made of a verb that says to whom it was done and
    that the date places in time: "the destruction of the Babri Mosque in 1992", "the ousting of the
    Shah in 1979" (not "an application of lessons from the 1990s")."""
    if _is_event_noun(noun) or (qualified and noun.lower_.endswith(NOMINAL_ENDINGS)):
        return True  # "the 1996 election campaign"; "the 2002 example" names no happening
    return (preposition in DATING_PREPOSITIONS and noun.lower_.endswith(NOMINAL_ENDINGS)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights))


def _noun_happening(noun: Token, dated: set[int], preposition: str = "", qualified: bool = False) -> list[Token | str]:
    if not _names_a_happening(noun, preposition, qualified) or any(_first_person(c) for c in noun.children):
        return []
    words = [t for t in noun.subtree if (t.head == noun and (t.dep_ in _NOUN_LINKS or _joins_words(t))) or t == noun]
    words = list(dict.fromkeys(words + [part for t in words for part in _hyphened_before(t)]))  # "Six-Day War"
    # The nouns written before it are its own, though a misparse may hang them elsewhere: "the October
    # 1998 shooting death of Dr. Slepian", with "shooting" read as a clause holding "death" and "of".
    before = _words_before(noun, dated)
    words += before + [t for token in (*before, noun) for child in token.rights
                       if child.dep_ == "prep" and child.i > noun.i and not _past_a_closing_comma(noun, child, dated)
                       for t in _core(child)]
    words = _undated(sorted(set(t for t in words if _title_token(t)), key=lambda t: t.i), dated)  # not "coup in"
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)  # "with his coup in 1977, Zia …"
    if len(words) == 1 and noun.head.dep_ == "prep" and (noun.lemma_.lower() in PERFORMED_NOUNS or owned):
        # "In a briefing on November 28, Gen. John Nicholson stated": he gave the briefing. Not "a blast
        # Monday" and the people killed in it, nor "the election" and whoever spoke after it.
        verb = noun.head.head
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if (subject is not None and subject.dep_ == "nsubj" and subject.pos_ in ("PROPN", "NOUN")
                and not _first_person(subject)):
            return words + ["by"] + _trim(sorted(_core(subject), key=lambda t: t.i))
    return _trim(words)


def _past_a_closing_comma(noun: Token, child: Token, dated: set[int]) -> bool:
    """A phrase the parser hung on a noun, after the comma that closes the noun's date: in "the threat was
    delivered after the attacks of Sept. 11, 2001, by Richard Armitage", Armitage did not attack."""
    end = max((i for i in dated if i > noun.i), default=None)
    return end is not None and end < child.i and any(t.text == "," for t in noun.doc[end + 1 : child.i])


def _words_before(noun: Token, dated: set[int], most: int = 4) -> list[Token]:
    """The nouns and adjectives written right before a noun, up to a date or another word (at most ``most``)."""
    run = itertools.takewhile(lambda t: t.i not in dated and t.pos_ in ("NOUN", "PROPN", "ADJ"),
                              reversed(noun.doc[max(noun.i - most, noun.sent.start): noun.i]))
    return list(run)


def _is_event_noun(noun: Token) -> bool:
    """A noun of the lexicon's happenings; a hyphenated one is split by the tokenizer ("power - grab",
    "cease - fire"), so the word is also tried whole, with and without its hyphen."""
    lemma = noun.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    if noun.i < 2 or not _joins_words(noun.nbor(-1)):
        return False
    first = noun.nbor(-2).lower_
    return f"{first}-{lemma}" in EVENT_NOUNS or f"{first}{lemma}" in EVENT_NOUNS


def _is_stative(verb: Token) -> bool:
    """A verb of state, unless it is told in its sense of an act: "appeared in court", "was last seen"."""
    return _is_one_of(verb, STATIVE_VERBS) and not _act_of_a_stative_verb(verb)


def _act_of_a_stative_verb(verb: Token) -> bool:
    """Whether a verb of state is told as an act: present somewhere ("appeared before the court on
    Monday"), or seen by someone ("he was last seen on Nov. 3"); never with a complement of state
    ("appeared to be healthy", "was seen as a moderate")."""
    children = list(verb.children)
    if any(c.dep_ in STATE_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in ("as", "like")) for c in children):
        return False
    if _is_one_of(verb, ACTS_OF_PRESENCE):
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "before", "on") and
                   any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children) for c in children)
    # told in the past: "are seen through a damaged vehicle" is a photograph's caption, no sighting
    return _is_one_of(verb, ACTS_OF_SIGHTING) and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in children)


def _is_one_of(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb is one of these; the plain form is tried too, as the small model's lemmas slip
    ("hoped" → "hop")."""
    form = verb.lower_
    plain = [form[: -len(ending)] for ending in INFLECTIONS if form.endswith(ending)]  # "hoped" → "hope"
    return any(f in lemmas for f in (verb.lemma_.lower(), form, *plain))


def _carried_by_light_verb(noun: Token) -> bool:
    """An event noun that a verb of state carries: "Imran Khan had a meeting with Trump on Monday" tells
    the meeting, and who had it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS and _is_event_noun(noun)


def _measured(verb: Token, date_span: Span) -> bool:
    """A figure at its date: "had sales of $154 million last year", "the unemployment rate was 4.7
    percent last month". A state, but the one kind a reader of a timeline looks up by its date.

    The date must date the verb itself: in "revenue was C$291.6 million, up from C$252 million in
    1988" the figure of 1988 is the other one.
    """
    head = date_span.root.head
    for _ in range(2):  # "in 1988", "as of Sept. 30"
        if head.dep_ != "prep":
            break
        head = head.head
    # "the rate in January was 7.2 percent": the date of the figure's subject
    dates_the_verb = head.i == verb.i or (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i)
    return dates_the_verb and verb.lemma_.lower() in MEASURE_VERBS and any(
        t.ent_type_ in FIGURES for c in verb.rights for t in c.subtree)


def _background_under_way(verb: Token) -> bool:
    """A clause opened by "as" or "while" that tells what was under way when the main clause's act
    happened: "As the sun was rising …, two missiles ended …"."""
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    # "officials said as dawn broke Saturday", which the parser read "as dawn" and "broke" with no
    # subject: a clause that names no doer is only the moment of the main act
    return (_progressive(verb) and bool(marks & {"as", "while"})) or (
        "as" in marks and _finite_subordinate(verb) and not any(c.dep_ in _SUBJECTS for c in verb.children))


def _left_undone(verb: Token) -> bool:
    """A gerund after "without": what was not done, beside what was."""
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "without"
            and verb.head.head.pos_ in ("VERB", "AUX"))


def _progressive(verb: Token) -> bool:
    """"Are flying": a form that tells what is under way (the verb of a state takes it rarely)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


def _is_perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)


def _negated_or_hypothetical(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL
                                   and not (c.lower_ == "would" and _future_of_a_report(verb)))
               or (c.dep_ in _SUBJECTS and _nobody(c)) for c in verb.children)


def _nobody(subject: Token) -> bool:
    """"No one … had apologized until Tuesday", "nobody was hurt": a subject that says it did not happen."""
    return subject.lower_ in ("nobody", "none", "nothing", "neither") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in subject.children)


def _future_of_a_report(verb: Token) -> bool:
    """"Said management would recommend to its board today": what a past report said was to come, as
    "will" is in a report of the present; not when a condition hangs on it ("would … if they agreed")."""
    return (verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"
            and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
                        for c in verb.children))


def _told_by_author(verb: Token) -> bool:
    """"whom I interviewed", "a member told me": the author's own reporting, not a happening."""
    return any(_first_person(c) and c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss") for c in verb.children)


def _first_person(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in FIRST_PERSON  # "us", not "US"


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a verb joined to another ("kidnapped … and then killed"), that verb's;
    for a gerund after a preposition, the subject of what it hangs from ("after touring Dar es Salaam
    on Thursday, the FBI chief said")."""
    if (misread := _subject_of_a_misread_sentence(verb)) is not None:
        return misread
    gerund = None  # the gerund after a preposition the walk came up through
    for current in lineage(verb):
        if gerund is not None and current.i == gerund.head.i:
            continue  # the preposition: no subject of its own
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS  # not a date the parser took for one
                    and not ((c.like_num and c.ent_type_ != "CARDINAL") or c.ent_type_ == "DATE")]
        if subjects:
            subject = subjects[0]
            if (opening := wire_opening_chars(subject.doc)) and subject.idx < opening:
                # "Islamabad, Pakistan (CNN) -- A CIA contractor … was released": the parser took the
                # wire opening for a subject, and the subject for its apposition or a second subject
                return next((c for s in subjects for c in [s, *s.children] if c.idx >= opening
                             and (c is s or c.dep_ in ("appos", "conj"))), None)
            if subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                return _what_ones_stand_for(current.head)  # "a senior police officer who … was killed": the officer
            return subject
        if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBN"):
            return _what_ones_stand_for(current.head)  # "an accord signed yesterday": the accord
        if (controller := _object_controller(current) or _object_as_subject(current)) is not None:
            return controller
        if (missed := _name_before(current)) is not None:
            return missed
        if (current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep"
                and (current.head.lower_ in GERUND_PREPOSITIONS or _is_passive(current.head.head))):
            # "was accused by Ijaz of dictating a memo": after a passive, the subject did it whatever the preposition
            gerund = current
            continue
        if current.dep_ not in ("conj", "xcomp", "advcl") or _finite_subordinate(current):
            return None  # "officials said as dawn broke": a finite clause under "as" has a subject of its own
    return None


def _subject_of_a_misread_sentence(verb: Token) -> Token | None:
    """The noun a sentence opens with, where the parser found no main verb: "A Pakistani surgeon recruited
    by the CIA to help find Osama bin Laden was Wednesday sentenced" has "surgeon" for its root and
    "bin Laden was sentenced" as what the CIA was to find. A finite clause hung under that noun's
    clauses without a tense of their own ("recruited", "to help find") is the noun's."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "ccomp" or not _is_finite(verb):
        return None
    for current in itertools.islice(verb.ancestors, MISREAD_DEPTH):
        if current.i == root.i:
            return root
        if current.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or _is_finite(current):
            return None
    return None


def _is_finite(verb: Token) -> bool:
    """A verb with a tense: "was sentenced", "met"; not "recruited by the CIA", "to help find"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _finite_subordinate(verb: Token) -> bool:
    """A clause with a tense, opened by "as", "when", "because": its subject is never the main clause's."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "mark" for c in verb.children))


def _name_before(verb: Token) -> Token | None:
    """A name right before a finite verb the parser gave no subject: in "India struck Balakot on 26
    February and Pakistan shot down a jet" it joined "Pakistan" to "February", and "shot" would have
    taken India for its doer."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                                          for c in verb.children):
        return None
    auxiliaries = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    index = verb.i - 1
    while index >= verb.sent.start and (index in auxiliaries or verb.doc[index].pos_ == "ADV"):
        index -= 1
    before = verb.doc[index] if index >= verb.sent.start else None
    return before if before is not None and before.pos_ == "PROPN" and before.dep_ == "conj" else None


def _object_controller(verb: Token) -> Token | None:
    """Who does what an infinitive tells, when the verb above it names them as its object: "subpoenaed
    Elian to testify" (Elian testifies, not the one who subpoenaed), "asked it to respond"."""
    if verb.dep_ not in ("xcomp", "advcl") or not _to_infinitive(verb):
        return None
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None  # "bought a car to drive to work": a purpose, done by the buyer
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _object_as_subject(verb: Token) -> Token | None:
    """The subject of a clause with a modal that the parser made the object of the verb above: in "many
    worried their efforts would fail", the efforts fail."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _what_ones_stand_for(noun: Token) -> Token:
    """"The most important of these groups are the ones that were trained": the ones are the groups."""
    if noun.lower_ in ("one", "ones") and noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None else noun
    return noun


def _clause_happening(verb: Token, dated: set[int], doer: ActorMention | None = None,
                      people: frozenset[str] = frozenset()) -> list[Token | str]:
    """Subject, verb and what follows it, subject first: "Hafiz Saeed was released from house arrest".
    ``people`` are the words of the names the actor stage found to be people in the sentence."""
    subject = _subject(verb)
    if subject is None and any(c.dep_ == "expl" for c in verb.children):
        # "In 2015 there were 9 million premature deaths": what there was is the title, not "Were …"
        existent = next((c for c in verb.children if c.dep_ == "attr"), None)
        if existent is not None:
            return _title_words(sorted(_core(existent), key=lambda t: t.i), dated)
    head: list[Token] = []
    stands_for = None  # the name a pronoun subject stands for, from the sentence before
    if subject is not None and not _first_person(subject):
        subject = _antecedent(subject, people)
        stands_for = _pronoun_doer(subject, doer)
        head = _subject_words(subject)
        if len(head) > SUBJECT_MAX_WORDS:  # a title is who did what: a long subject would crowd out the act
            # Cut to the people it names; not to an organisation inside it, which would make "the House"
            # the doer of what "the heads of panels in the House" did.
            names = [t for t in head if t.ent_type_ == "PERSON" and _names_the_subject(t, subject)]
            head = [t for t in head if t in names or (t.dep_ == "cc" and names and names[0].i < t.i < names[-1].i)] or head
    # a particle is the verb's whatever the parse hangs it by: "Pakistan fired back" did not fire
    words = sorted([c for c in verb.children if c.dep_ in _VERB_PARTS or c.tag_ == "RP" or _hedges(c)] + [verb],
                   key=lambda t: t.i)
    if verb.dep_ == "relcl" and (subject is None or subject.i != verb.head.i) and not any(
            c.dep_ == "dobj" and not _relative_word(c) for c in verb.children):
        # "a policy the president announced", "aid that he had cut": the policy, the aid
        words += sorted(_core(verb.head), key=lambda t: t.i)
    complements = list(verb.rights)
    if verb.lemma_.lower() in SPEECH_VERBS:  # "The families forgave him, an official said": what was said
        complements = [c for c in verb.lefts if c.dep_ == "ccomp"] + complements
    if verb.dep_ == "relcl":  # a relative clause set off by commas ends at its comma, whatever hangs on it
        closing = next((c.i for c in verb.rights if c.text == ","), None)
        complements = [c for c in complements if closing is None or c.left_edge.i < closing]
    for complement in (c for c in complements if (c.dep_ in _COMPLEMENTS or _purpose_infinitive(c))
                       and c.lower_ not in _ATTRIBUTIONS):
        if complement.dep_ == "prep" and {t.i for t in complement.subtree} - {complement.i} <= dated:
            continue  # "in 2008": the date itself
        if len(words) >= TITLE_TARGET_WORDS:
            break
        core = _core(complement)
        if complement.dep_ == "ccomp" and len(head) + len(words) + len(core) > TITLE_MAX_WORDS:
            core = _said_core(complement)  # "officials said the death toll [in the Tanzania blast] has risen to 12"
        words += sorted(core, key=lambda t: t.i)
    title = _title_words(head + words, dated)
    return [stands_for if stands_for and not isinstance(t, str) and t.i == subject.i else t for t in title]


def _relative_word(token: Token) -> bool:
    """The word that opens a relative clause and stands for the noun it is about: "that", "which", "who"."""
    return token.tag_ in RELATIVE_TAGS or (token.lower_ == "that" and token.dep_ != "mark")


def _to_infinitive(verb: Token) -> bool:
    """A verb written with "to": "to meet", "to be held"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive that says what a done act was for: "flew to Kabul to meet Karzai" (alone, "He to
    meet Karzai" would be no title)."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.pos_ == "VERB"
            and not _is_one_of(verb.head, OBJECT_CONTROL_VERBS)  # "subpoenaed Elian to testify": Elian's act
            and _to_infinitive(verb)
            # set off by a comma it is the writer's aside: "takes place …, at least to judge by my interviews"
            and not any(t.text == "," for t in verb.doc[min(verb.i, verb.head.i) + 1 : max(verb.i, verb.head.i)]))


def _hedges(token: Token) -> bool:
    """An adverb the act is not told without: "Pakistan nearly defaulted" is no default, and what was
    "allegedly" done is not known to be."""
    return token.dep_ == "advmod" and token.lower_ in HEDGES


def _title_words(words: list[Token], dated: set[int]) -> list[Token | str]:
    """A title's words, in order: without the date, trimmed of loose function words, names spelled out."""
    kept = _trim(_undated([t for t in words if _title_token(t)], dated))
    return [_named(t, kept) for t in kept]


def _undated(words: list[Token], dated: set[int]) -> list[Token]:
    """The words without the date, its article or ending ("the October 1998", "yesterday's"), the
    preposition that introduced it ("maturing from October 2024") or the word that carried it ("a
    decision dated January 30")."""
    indices = {t.i for t in words}
    kept = [t for t in words if t.i not in dated and not _dates_own_word(t, dated, indices)
            and not (t.dep_ in ("advmod", "quantmod") and t.head.i in dated)  # "almost four years ago"
            and not (t.lemma_.lower() in DATE_CARRIERS and any(c.i in dated for c in t.children))]
    return [t for t in kept if not (t.dep_ == "prep" and (objects := [c for c in t.children if c.dep_ == "pobj"])
                                    and all(c.i in dated for c in objects))]


def _dates_own_word(token: Token, dated: set[int], indices: set[int]) -> bool:
    """An article or ending that goes with the date ("in the October 1998", "yesterday's"), not with
    a noun after the date that the title keeps ("arrives for a New Year's Eve gala")."""
    if token.dep_ not in ("case", "det") or token.head.i not in dated:
        return False
    after = next((i for i in range(token.i + 1, token.i + 1 + MAX_DATE_TOKENS) if i not in dated), None)
    # the noun after the date keeps it; "over the last week to help seal the deal" leaves no noun for it
    return (token.dep_ == "case" or after not in indices or after >= len(token.doc)
            or token.doc[after].pos_ not in ("NOUN", "PROPN", "ADJ"))


def _subject_words(subject: Token) -> list[Token]:
    """A subject as a title needs it: each coordinated member by its name where an apposition gives
    one ("the US Chairman of the Joint Chiefs of Staff, Admiral Michael Mullen, and the CIA's Deputy
    Director, Stephen Kappes" → "Admiral Michael Mullen and Stephen Kappes")."""
    members = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]  # not what a missed subject hangs on
    others = {member.i for member in members}
    words = [c for c in subject.children if c.dep_ == "cc"]
    for member in members:  # each member's words, with what is coordinated inside it ("House … and Senate")
        # set off ("the Chairman …, Admiral Michael Mullen"), or a person's name right after the role
        # ("Pakistani Ambassador to the United States Husain Haqqani")
        names = [c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and (_set_off(c) or c.ent_type_ == "PERSON") and not _is_event_noun(member)  # "a drone attack …, Davis": a misparse
                 and not member.i < member.head.i < c.i]  # "it has been expanded to include …, Germany in 1955": past the verb
        # a person's name before a bracketed short form: "United States (US) President Donald Trump" is Trump
        name = next((c for c in names if c.ent_type_ == "PERSON"), names[0] if names else None)
        words += pruned_subtree(name if name is not None else member, lambda child: child.i not in others
                                and (child.dep_ not in _ASIDES or child.dep_ in ("cc", "conj")))
    return sorted(dict.fromkeys(words), key=lambda t: t.i)


def _names_the_subject(token: Token, subject: Token) -> bool:
    """Whether a word is of a name that is the subject or stands beside it ("the Chairman …, Admiral
    Michael Mullen, and …"), not one the subject only mentions: "Paul's call … died", "senators
    scandalized by … helping the CIA find Osama bin Laden voted"."""
    for _ in range(SUBJECT_MAX_WORDS):
        if token.i == subject.i:
            return True
        if token.dep_ not in ("compound", "flat", "appos", "conj", "nmod") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _set_off(apposition: Token) -> bool:
    """An apposition set off as one: after a comma, a bracket or a dash ("the CIA's Deputy Director, Stephen Kappes")."""
    start = apposition.left_edge.i
    return start > 0 and apposition.doc[start - 1].text in (",", "(", "-", "–", "—")


def _named(token: Token, title: list[Token]) -> Token | str:
    """A possessive pronoun in a title stands for the person named before it: "his talk show" → "Hamid Mir's",
    unless the title names that person already ("Nawaz Sharif nominated his brother")."""
    if token.dep_ != "poss" or token.pos_ != "PRON" or token.lower_ not in ("his", "her", "their"):
        return token
    if token.lower_ == "their" and any(t.tag_ in PLURAL_TAGS for t in title if t.i < token.i):
        return token  # "Pakistani soldiers who lost their lives": theirs, not an organisation named before
    labels = ("ORG",) if token.lower_ == "their" else ("PERSON",)  # "his shares" are no agency's, "their" no one person's
    earlier = [e for e in token.sent.ents if e.end <= token.i and e.label_ in labels]
    if not earlier or any(earlier[-1].start <= t.i < earlier[-1].end for t in title):
        return token
    return f"{earlier[-1].text}’s"


PLURAL_TAGS = ("NNS", "NNPS")


def _antecedent(subject: Token, people: frozenset[str] = frozenset()) -> Token:
    """For "it" or "they", the nearest named subject before it in the sentence ("Islamabad … it helped").

    Not the sentence before: "The government passed a law. It was repealed in 2004" would make the
    government the thing repealed.
    """
    if subject.pos_ != "PRON" or subject.lower_ not in ("it", "they", "he", "she"):
        return subject
    singular = subject.lower_ != "they"  # "Prosecutors say that he called": he is not the prosecutors
    personal = subject.lower_ in ("he", "she")  # "Dar said the United States and Pakistan were close, after he met"
    earlier = [t for t in subject.sent if t.i < subject.i and t.dep_ in _SUBJECTS and t.pos_ in ("PROPN", "NOUN")
               and not (singular and (t.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in t.children)))
               # "Zawahiri was killed when he stepped out": a person to the actor stage, whatever the model's label
               and not (personal and t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "") and t.text not in people)]
    return earlier[-1] if earlier else subject


def _dated_clause(date_span: Span, cleft: Token | None) -> Token | None:
    """The clause the date introduces: the ``cleft``'s, if it is in one (``_cleft``); "since August,
    when Trump announced a new strategy", "in 1979 when the Soviet Union invaded" (which the parser may
    hang on the main verb); "and the following year he was appointed attache", a clause with a subject
    of its own that the parser hung on the date's noun. Not a state: "left Cuba in 1962 when she was 4"
    dates the leaving."""
    clause = cleft
    for child in (c for token in date_span for c in token.children if clause is None):
        if (child.dep_ in ("relcl", "advcl", "acl") and any(t.lower_ == "when" for t in child.children)) or (
                child.dep_ == "relcl" and any(c.dep_ in _SUBJECTS and c.tag_ not in RELATIVE_TAGS for c in child.children)):
            clause = child
            break
    if clause is None:
        when = next((t for t in date_span.doc[date_span.end: date_span.end + 2] if t.lower_ == "when"), None)
        if when is not None and when.dep_ == "advmod" and when.head.pos_ in ("VERB", "AUX") and when.head.i > when.i:
            clause = when.head
    return clause if clause is not None and not _is_stative(clause) else None


def _cleft(date_span: Span) -> Token | None:
    """The clause a cleft puts at its date: "it was not until Tuesday that Castro revealed", "it was in
    2014 that the army launched": the revealing on Tuesday, the launching in 2014."""
    head = date_span.root.head
    be = head.head if head.dep_ == "prep" else head
    if be.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    if any(c.dep_ in ("acomp", "attr") for c in be.children):
        return None  # "it was clear in 2014 that the army had failed": the date dates the clarity
    return next((c for c in be.children if c.dep_ == "ccomp" and c.i > date_span.end
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _core(token: Token) -> list[Token]:
    """A phrase without its relative clauses, appositions and asides: the words a title needs."""
    return pruned_subtree(token, _in_core)


def _in_core(child: Token) -> bool:
    return child.dep_ not in _ASIDES or _one_name_by_ampersand(child) or _the_other_side(child)


def _the_other_side(token: Token) -> bool:
    """The "and" and the second party after "between" ("a meeting between Elian and his grandmothers"),
    or of a subject ("Dar said the United States and Pakistan were very close": not "the United States were")."""
    head = token.head
    if token.dep_ not in ("cc", "conj"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return True
    # a short one: a long second subject ("… and 9/11 mastermind No 2 Ayman al-Zawahiri") would crowd out the act,
    # and one with a number in it may hold a date the title leaves out
    return head.dep_ in _SUBJECTS and any(c.dep_ == "conj" and len(list(c.subtree)) <= SHORT_CONJUNCT
                                          and not any(t.pos_ == "NUM" for t in c.subtree) for c in head.children)


def _said_core(clause: Token) -> list[Token]:
    """A clause that was said, its subject without the phrases after it: a title cut at its length
    would otherwise end inside the subject and never say what the speaker said of it."""
    subjects = {s.i for c in clause.children if c.dep_ in _SUBJECTS for s in (c, *c.conjuncts)}
    return pruned_subtree(clause, lambda child: _in_core(child) and not (
        child.dep_ == "prep" and child.head.i in subjects))


def _one_name_by_ampersand(token: Token) -> bool:
    """The "&" and the name after it of one name: "Jammu & Kashmir", "Simon & Schuster"."""
    head = token.head
    joined = any(c.dep_ == "cc" and c.text == "&" for c in head.children)
    return joined and head.pos_ == "PROPN" and token.dep_ in ("cc", "conj") and (token.text == "&" or token.pos_ == "PROPN")


def _hyphened_before(token: Token, most: int = 4) -> list[Token]:
    """The parts joined to a word by hyphens before it ("Six" and "-" of "Six-Day"), at most ``most``."""
    parts, at = [], token.i
    while len(parts) < 2 * most and at >= 2 and _joins_words(token.doc[at - 1]):
        parts += [token.doc[at - 1], token.doc[at - 2]]
        at -= 2
    return parts


def _joins_words(token: Token) -> bool:
    """A hyphen inside a word: "power-grab", "cease-fire"."""
    return token.text in HYPHENS and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def _title_token(token: Token) -> bool:
    """Words for a title: punctuation only where it joins words ("ten-month-long", "U.S.-backed") or
    parts a list ("Poland, Hungary and the Czech Republic")."""
    return not token.is_punct or (token.text in ("-", "/", "'", "’") and not token.whitespace_) or (
        token.text == "&" and token.i > 0 and token.nbor(-1).text[:1].isupper()) or _parts_a_list(token)  # "Jammu & Kashmir"


def _parts_a_list(comma: Token) -> bool:
    """A comma before a member of a list, or before the "and" of its last one ("Poland, the Czech
    Republic, and Hungary"): a title that kept the members and lost it would run them into one name."""
    if comma.text != "," or comma.i + 1 >= len(comma.doc):
        return False
    start = comma.nbor(1)
    if start.lower_ in ("and", "or") and start.i + 1 < len(comma.doc):
        start = start.nbor(1)
    return any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == start.i
               for t in itertools.islice(lineage(start), MAX_LIST_DEPTH))


def _trim(tokens: list[Token]) -> list[Token]:
    # a list's comma stays only between the words it stood between ("Pasha, who …, but" keeps none)
    indices = {t.i for t in tokens}
    unique = [t for t in dict.fromkeys(tokens) if t.text != "," or {t.i - 1, t.i + 1} <= indices
              or ({t.i - 1, t.i + 2} <= indices and t.nbor(1).lower_ in ("and", "or"))]
    length = _words_end(unique, TITLE_MAX_WORDS)
    ordered, cut = unique[:length], {t.i for t in unique[length:]}
    function_words = ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT")
    while (ordered and (ordered[0].is_stop or ordered[0].is_punct) and ordered[0].pos_ in function_words
           and not (ordered[0].dep_ == "advmod" and ordered[0].head.dep_ == "advmod")):
        ordered.pop(0)  # not the "at" of "at least four people"
    while ordered and ((ordered[-1].pos_ in function_words and ordered[-1].dep_ != "prt" and ordered[-1].tag_ != "RP")  # "talks broke down"
                       or _left_without_its_word(ordered[-1], cut)):
        cut.add(ordered.pop().i)
    return ordered


def _words_end(tokens: list[Token], most: int) -> int:
    """How many of the tokens hold the first ``most`` words: a list's commas are no words."""
    count = 0
    for n, token in enumerate(tokens, 1):
        count += token.text != ","
        if count == most:
            return n
    return len(tokens)


def _left_without_its_word(token: Token, cut: set[int]) -> bool:
    """A word a title cut at its length limit leaves hanging: a modifier whose noun was cut ("a $7.5
    [billion]", "a hefty legislative [agenda]"), an infinitive whose object was ("to face [an agenda]";
    "will sign [a bill]" still says what was done)."""
    if token.head.i in cut:
        return True
    # not a finite verb: a preposition ("following [an attack]"), an infinitive, a noun
    needs_its_object = token.pos_ != "VERB" or token.dep_ == "prep" or _to_infinitive(token)
    return needs_its_object and any(c.i in cut and c.dep_ in ("dobj", "pobj", "attr") for c in token.children)


def _opens_the_text(token: Token) -> bool:
    """The first word of its sentence, or the first after a wire opening ("WASHINGTON (AP) -- Preliminary tests")."""
    return token.is_sent_start or (token.i > 0 and token.idx == wire_opening_chars(token.doc))


def _render_title(words: list[Token | str]) -> str:
    """Tokens as the text had them (joined where they were joined); plain words given as strings."""
    def joined(i: int, t: Token | str) -> str:
        if isinstance(t, str):
            return t + " "
        following = words[i + 1] if i + 1 < len(words) else None
        text = t.text.lower() if i and _opens_the_text(t) and t.pos_ != "PROPN" else t.text  # "Mattis speaking"
        joins_next = following is not None and not isinstance(following, str) and following.i == t.i + 1
        return text + t.whitespace_ if joins_next else text + " "
    text = "".join(joined(i, t) for i, t in enumerate(words)).strip()
    text = " ".join(text.split()).strip(" ,;:—–-")
    return text[:1].upper() + text[1:]
