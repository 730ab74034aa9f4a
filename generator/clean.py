"""Stage 2, clean: raw text blocks → the article's paragraphs, its metadata, and what was removed.

The cleaner decides every block from its shape and its place on the page
(``heuristics`` holds the tests). It works in passes, each of which may only
remove or label blocks, never rewrite them:

1. furniture anywhere: boilerplate phrases, widgets, credits, copyright lines;
2. teaser runs: a "Related articles" / "More from …" heading and the teasers after it;
3. repeats: a block scraped twice, a pull quote that repeats a body sentence;
4. the page head: kicker, title, dek and byline, everything above the body;
5. the body: paragraphs, subheadings, notes; the closing author bio;
6. the page tail: whatever follows the last body paragraph.

Every removed block is kept with its reason so that a maintainer can review it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import heuristics as h
from .model import Block, Paragraph, Removed

# Reasons, as shown to maintainers by ``briefing check``.
BOILERPLATE = "boilerplate phrase"
WIDGET = "widget or counter"
CREDIT = "photo credit or caption"
COPYRIGHT = "copyright line"
TEASERS = "related-articles teasers"
REPEATED = "repeated block"
PULL_QUOTE = "pull quote repeating the body"
HEADER = "page header"
FOOTER = "page footer"
LABEL = "tag or image label"
TITLE = "title (shown in the page header)"
SUBTITLE = "subtitle (shown in the page header)"
BYLINE = "byline (shown in the page header)"
BIO = "author bio (shown with the author)"

# A teaser run ends at the first block this long: teasers are a title and a line or two.
TEASER_RUN_MAX_WORDS = 50
# A pull quote repeats a sentence of a paragraph at least this much longer than itself.
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_CONTAINER_RATIO = 1.5
# A dek is one short sentence right under the title.
DEK_MAX_WORDS = 25


@dataclass
class Cleaned:
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    author_bios: list[str] = field(default_factory=list)


def clean(blocks: list[Block]) -> Cleaned:
    """Clean one article's blocks. Pure: the same blocks always give the same result."""
    verdicts: list[str | None] = [None] * len(blocks)  # None = still undecided
    _remove_furniture(blocks, verdicts)
    _remove_teaser_runs(blocks, verdicts)
    _remove_repeats(blocks, verdicts)
    result = Cleaned()
    first = next((i for i, v in enumerate(verdicts) if v is None and _is_body_prose(blocks[i].text)), len(blocks))
    _read_head(blocks, verdicts, first, result)
    _read_body(blocks, verdicts, first, result)
    result.removed = [Removed(b.text, v, b.line) for b, v in zip(blocks, verdicts) if v not in (None, "keep")]
    return result


def _remove_furniture(blocks: list[Block], verdicts: list[str | None]) -> None:
    for i, block in enumerate(blocks):
        text = block.text
        if h.is_boilerplate_phrase(text):
            verdicts[i] = BOILERPLATE
        elif h.is_widget(text):
            verdicts[i] = WIDGET
        elif h.is_copyright(text):
            verdicts[i] = COPYRIGHT
        elif h.is_credit(text):
            verdicts[i] = CREDIT


def _remove_teaser_runs(blocks: list[Block], verdicts: list[str | None]) -> None:
    i = 0
    while i < len(blocks):
        if verdicts[i] is None and h.TEASER_SECTION.match(h.squeeze(blocks[i].text)):
            verdicts[i] = TEASERS
            i += 1
            while i < len(blocks) and len(h.words(blocks[i].text)) < TEASER_RUN_MAX_WORDS:
                verdicts[i] = verdicts[i] or TEASERS
                i += 1
        else:
            i += 1


def _remove_repeats(blocks: list[Block], verdicts: list[str | None]) -> None:
    seen: set[str] = set()
    live = [i for i, v in enumerate(verdicts) if v is None]
    keys = {i: h.squeeze(blocks[i].text) for i in live}
    for i in live:
        if keys[i] in seen and keys[i]:
            verdicts[i] = REPEATED
        seen.add(keys[i])
    for i in live:
        if verdicts[i] is not None or len(keys[i].split()) < PULL_QUOTE_MIN_WORDS:
            continue
        if any(j != i and verdicts[j] is None and keys[i] in keys[j]
               and len(keys[j]) >= PULL_QUOTE_CONTAINER_RATIO * len(keys[i]) for j in live):
            verdicts[i] = PULL_QUOTE


def _read_head(blocks: list[Block], verdicts: list[str | None], first: int, out: Cleaned) -> None:
    """Find kicker, title, dek and byline above the first body paragraph; drop the rest of the head."""
    title_at = None
    for i in range(first):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text
        names = h.byline_names(text)
        if names is not None:
            verdicts[i] = BYLINE
            out.authors.extend(names)
        elif title_at is None and h.is_headline(text):
            title_at, out.title, verdicts[i] = i, text, TITLE
        elif title_at is not None and h.NAME_LINE.match(text) and not out.authors:
            verdicts[i] = BYLINE
            out.authors.extend(h.split_names(text))
        elif (title_at is not None and not out.subtitle and h.ends_sentence(text)
              and h.sentence_count(text) == 1 and len(h.words(text)) <= DEK_MAX_WORDS):
            verdicts[i], out.subtitle = SUBTITLE, text
        elif title_at is not None and h.ends_sentence(text) and len(h.words(text)) >= 5:
            continue  # a short opening paragraph: body, read with the rest
        else:
            verdicts[i] = HEADER
    # A single word kept above the title is a rubric ("Argument"), not the title.
    for i in range(title_at or 0):
        verdicts[i] = verdicts[i] or HEADER


def _is_body_prose(text: str) -> bool:
    return h.is_prose(text) and h.byline_names(text) is None


def _read_body(blocks: list[Block], verdicts: list[str | None], first: int, out: Cleaned) -> None:
    last = max((i for i, v in enumerate(verdicts) if v is None and _is_body_prose(blocks[i].text)), default=-1)
    for i in range(first, len(blocks)):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text
        name = h.bio_name(text) if i >= last - 2 else None
        if name:
            verdicts[i] = BIO
            out.author_bios.append(text)
            if not out.authors:
                out.authors.append(name)
            continue
        kind = _body_kind(text)
        if i > last and kind != "note":
            verdicts[i] = FOOTER
        elif kind is None:
            verdicts[i] = LABEL
        else:
            verdicts[i] = "keep"
            text = h.strip_truncation(text)
            out.paragraphs.append(Paragraph(f"p{len(out.paragraphs) + 1}", kind, text, blocks[i].line))


def _body_kind(text: str) -> str | None:
    """What a kept block is: paragraph, heading, note or quote; None for a label that is not text."""
    if h.CORRECTION.match(text):
        return "note"
    if h.is_prose(text) or h.ends_sentence(text):
        stripped = text.strip()
        if stripped[:1] in "\"“" and stripped[-1:] in "\"”" and h.sentence_count(text) <= 3:
            return "quote"
        return "paragraph"
    if h.is_label(text):
        return None
    if h.is_headline(text) or len(h.words(text)) == 1:
        return "heading"
    return "paragraph"
