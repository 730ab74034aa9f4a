"""Stage 2, clean: raw text blocks → the article's paragraphs, its metadata, and what was removed.

The cleaner decides every block from its shape and its place on the page
(``heuristics`` holds the tests). It works in passes, each of which may only
remove or label blocks, never rewrite them:

1. furniture anywhere: boilerplate phrases, promotions, widgets, credits and captions, copyright;
2. teaser runs: a "Related articles" / "More from …" heading and the teasers after it;
3. comment threads: everything after "34 Comments" once the article has begun;
4. repeats: a block scraped twice, a pull quote that repeats a body sentence;
5. the article: the best-scoring stretch of blocks (``_article_span``), taking back an opening
   paragraph cut off by share counters;
6. the page head: title, dek, byline and date line above the body; the rest of the head goes;
7. the body and the tail: paragraphs, subheadings, lists, tables, notes and the closing author bio;
   past the article only a correction note or the bio is kept.

On extracted text (the HTML route) the extractor has already cut the page's head and tail, so
passes 5 and 6 are skipped.

Every removed block is kept with its reason so that a maintainer can review it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import heuristics as h
from .model import Block, Paragraph, Removed

# Reasons, as shown to maintainers by ``briefing check``.
BOILERPLATE = "boilerplate phrase"
PROMOTION = "promotion or link to another page"
WIDGET = "widget or counter"
CREDIT = "photo credit or caption"
COPYRIGHT = "copyright line"
EDITORIAL_NOTE = "editorial note or disclaimer"
TEASERS = "related-articles teasers"
TEASER_BOX = "related-articles box inside the article"
REPEATED = "repeated block"
PULL_QUOTE = "pull quote repeating the body"
HEADER = "page header"
FOOTER = "page footer"
LABEL = "tag or image label"
TITLE = "title (shown in the page header)"
SUBTITLE = "subtitle (shown in the page header)"
BYLINE = "byline (shown in the page header)"
DATELINE = "date line"
COMMENTS = "comment thread"
BIO = "author bio (shown with the author)"
OUTLET = "the publication's name alone (shown in the page header)"

# A teaser run ends at the first block this long: teasers are a title and a line or two.
TEASER_RUN_MAX_WORDS = 50
# A comment section starts only after this much article prose.
COMMENTS_MIN_PROSE_BEFORE = 50
# A button's label: "Comments", "Show comments (12)".
BUTTON_MAX_WORDS = 3
# A quotation this long is the article quoting someone, not a teaser's headline.
QUOTE_RESUMES_WORDS = 20
# A sentence at least this long reads as running text rather than a teaser's summary line.
RUNNING_TEXT_MIN_WORDS = 12
# Blocks shorter than this that appear twice in a row are an image's alt text and caption.
CAPTION_PAIR_MAX_WORDS = 40
# The caption under a gallery's counter ("Image 2 of 5") is at most this long.
GALLERY_CAPTION_MAX_WORDS = 60
# A pull quote repeats a sentence of a paragraph at least this much longer than itself.
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_CONTAINER_RATIO = 1.5
# Three blocks of the same shape in a row make a list.
LIST_MIN_ITEMS = 3
# A card of a list of other articles: headline, author, date and first paragraph, a few blocks at most.
CARD_MAX_BLOCKS = 6
# A headline repeated by an extractor stands among the first few blocks.
TITLE_REACH = 3
# How many blocks above the best-scoring stretch an opening paragraph may sit.
LEDE_REACH = 8
# A closing bio may sit this many blocks past the end of the article.
BIO_REACH = 4
# How many blocks away a subheading's paragraphs may stand (a removed caption may lie between).
NEIGHBOUR_REACH = 4
# A headline stands this close above the body: further up is the page's menu.
TITLE_MAX_DISTANCE = 25
# A subheading may ask a question, in title case and a few words.
QUESTION_HEADING_MAX_WORDS = 14
# A dek is one short sentence right under the title.
DEK_MIN_WORDS, DEK_MAX_WORDS = 4, 25
# A byline under a standfirst follows it within this many blocks ("Opinion Columnist", a picture between).
BYLINE_REACH = 4


@dataclass
class Cleaned:
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    author_bios: list[str] = field(default_factory=list)


def clean(blocks: list[Block], extracted: bool = False, title: str = "", publication: str = "") -> Cleaned:
    """Clean one article's blocks. Pure: the same blocks always give the same result.

    ``extracted`` says an HTML extractor has already cut the article out of its page (the HTML
    route): the page's head and tail are gone, so passes 4 and 6 (finding the article by
    position) are skipped, and the block-level passes run as on page text. A ``title`` known
    from the metadata is recognised where the text repeats it above the body; a block that is
    nothing but the ``publication``'s name is the outlet's label, wherever it stands.
    """
    verdicts: list[str | None] = [None] * len(blocks)  # None = still undecided
    _remove_furniture(blocks, verdicts)
    _remove_outlet_name(blocks, verdicts, publication)
    _remove_teaser_runs(blocks, verdicts)
    _remove_card_runs(blocks, verdicts)
    _remove_comments(blocks, verdicts)
    _remove_repeats(blocks, verdicts)
    result = Cleaned()
    listed = _list_items(blocks, verdicts)
    start, end = (0, len(blocks) - 1) if extracted else _article_span(blocks, verdicts, listed)
    first = 0 if extracted else _first_body_prose(blocks, verdicts, listed, start, end)
    first = len(blocks) if first is None else first
    if extracted:
        _remove_known_title(blocks, verdicts, title, result)
    else:
        first = _past_a_standfirst(blocks, verdicts, listed, first, end, result)
        _read_head(blocks, verdicts, first, result, title)
    _read_body(blocks, verdicts, first, end, listed, result)
    result.removed = [Removed(b.text, v, b.line) for b, v in zip(blocks, verdicts) if v not in (None, "keep")]
    return result


def _past_a_standfirst(blocks: list[Block], verdicts: list[str | None], listed: set[int], first: int, end: int,
                       out: Cleaned) -> int:
    """Where the body starts when its first prose is a standfirst set above the byline ("There's an
    impeachment lesson hiding in … / By Jamelle Bouie / Opinion Columnist"): one sentence, then the
    byline within a few blocks, with no prose between. The sentence is the subtitle."""
    if first >= len(blocks) or h.sentence_count(blocks[first].text) != 1 or len(h.words(blocks[first].text)) > DEK_MAX_WORDS * 2:
        return first
    following = [i for i in range(first + 1, min(end + 1, first + 1 + BYLINE_REACH)) if verdicts[i] is None]
    byline = next((i for i in following if h.byline_names(blocks[i].text) is not None), None)
    if byline is None or any(h.is_prose(blocks[i].text) for i in following if i < byline):
        return first
    body = _first_body_prose(blocks, verdicts, listed, byline + 1, end)
    if body is None:
        return first
    verdicts[first], out.subtitle = SUBTITLE, blocks[first].text
    return body


def _article_span(blocks: list[Block], verdicts: list[str | None], listed: set[int]) -> tuple[int, int]:
    """The stretch of blocks with the highest total score: the article, between the page's head and tail.

    Maximum-subsequence segmentation (Pasternack and Roth, 2009): each block scores by how much it
    reads as article text, furniture already removed scores below zero (a repeat scores zero, as it
    sits inside the article), and the best-scoring stretch is taken as the body. Menus, comment
    threads and teaser lists around the article fall outside it.
    """
    best, best_span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, (block, verdict) in enumerate(zip(blocks, verdicts)):
        if i in listed:
            score = h.LIST_ITEM_SCORE
        elif verdict in (REPEATED, PULL_QUOTE):
            # A paragraph scraped twice sits inside the article; a short line met again is a list's label.
            score = 0.0 if h.is_prose(block.text) else h.HEADING_SCORE
        elif verdict == TEASERS and h.TEASER_SECTION.match(h.squeeze(block.text)):
            score = h.TEASER_BREAK_SCORE
        elif verdict in (TEASERS, TEASER_BOX, CREDIT, PROMOTION, WIDGET):
            score = h.ASIDE_SCORE  # boxes, pictures, counters and table cells sit inside articles too
        elif verdict is not None:
            score = h.FURNITURE_SCORE
        else:
            score = h.block_score(block.text)
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return _extend_to_lede(blocks, verdicts, *best_span)


def _extend_to_lede(blocks: list[Block], verdicts: list[str | None], start: int, end: int) -> tuple[int, int]:
    """Take in opening sentences that share counters, a picture or a table cut off from the rest of the article.

    Walking up from the start, furniture and short lines are skipped and prose is taken in, up to the
    byline, the date line or the first headline (the title, or the last teaser of a menu). Only blocks
    that could be text count towards the reach: a table of quotes or statistics, flattened into dozens
    of cells, sits between a lede and the article as often as a picture does.
    """
    i, reach = start - 1, 0
    while i >= 0 and reach < LEDE_REACH:
        text = blocks[i].text
        if verdicts[i] is None:
            if h.is_prose(text) and h.byline_names(text) is None:
                start = i
            elif h.byline_names(text) is not None or h.is_dateline(text):
                break  # the head: what stands above the byline or the date is the dek, not the lede
            elif h.is_headline(text) and not h.is_name_line(text):
                break
            reach += not h.is_table_cell(text)
        i -= 1
    return start, end


def _list_items(blocks: list[Block], verdicts: list[str | None]) -> set[int]:
    """Blocks in runs of three or more undecided blocks of the same list shape."""
    items: set[int] = set()
    run: list[int] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts)):
        shape = h.list_shape(block.text) if verdict is None else None
        if run and (shape is None or shape != h.list_shape(blocks[run[0]].text)):
            items.update(run if len(run) >= LIST_MIN_ITEMS else ())
            run = []
        if shape is not None:
            run.append(i)
    items.update(run if len(run) >= LIST_MIN_ITEMS else ())
    return items


def _remove_furniture(blocks: list[Block], verdicts: list[str | None]) -> None:
    for i, block in enumerate(blocks):
        text = block.text
        if h.is_boilerplate_phrase(text):
            verdicts[i] = BOILERPLATE
        elif h.is_promotion(text):
            verdicts[i] = PROMOTION
        elif h.is_widget(text):
            verdicts[i] = WIDGET
        elif h.is_copyright(text):
            verdicts[i] = COPYRIGHT
        elif h.is_editorial_note(text):
            verdicts[i] = EDITORIAL_NOTE
        elif h.is_credit(text):
            verdicts[i] = CREDIT
    for i in range(1, len(blocks)):
        text = blocks[i].text
        if len(h.words(text)) < CAPTION_PAIR_MAX_WORDS and h.squeeze(text) == h.squeeze(blocks[i - 1].text):
            verdicts[i - 1] = verdicts[i] = CREDIT
        elif (verdicts[i] is None and h.GALLERY_COUNTER.match(blocks[i - 1].text.strip())
              and len(h.words(text)) <= GALLERY_CAPTION_MAX_WORDS):
            verdicts[i] = CREDIT  # "Image 2 of 5" and the picture's caption


def _remove_outlet_name(blocks: list[Block], verdicts: list[str | None], publication: str) -> None:
    """A line that only names the outlet ("Sputnik" between a story's paragraphs, "Reuters" under
    it) is a label of the page, never a paragraph."""
    outlet = h.squeeze(publication)
    if not outlet:
        return
    for i, block in enumerate(blocks):
        if verdicts[i] is None and h.squeeze(block.text) == outlet:
            verdicts[i] = OUTLET


def _remove_teaser_runs(blocks: list[Block], verdicts: list[str | None]) -> None:
    """A "Related articles" heading starts a run of teasers that ends where the article resumes.

    Only once the article has begun: the same words in the page's menus head no run. A run that
    the article resumes after is a box inside the article (TEASER_BOX); one that runs to the end
    of the page is the page's tail (TEASERS).
    """
    first_seen: dict[str, int] = {}
    for index, block in enumerate(blocks):
        first_seen.setdefault(h.squeeze(block.text), index)
    i = 0
    seen_prose = False
    while i < len(blocks):
        seen_prose = seen_prose or (verdicts[i] is None and h.is_prose(blocks[i].text))
        if seen_prose and verdicts[i] in (None, BOILERPLATE, PROMOTION) and h.TEASER_SECTION.match(h.squeeze(blocks[i].text)):
            run = [i]
            i += 1
            while i < len(blocks) and not _article_resumes(blocks, verdicts, i, first_seen):
                run.append(i)
                i += 1
            reason = TEASER_BOX if i < len(blocks) else TEASERS
            for j in run:
                verdicts[j] = verdicts[j] if verdicts[j] not in (None, BOILERPLATE, PROMOTION) else reason
        else:
            i += 1


def _remove_card_runs(blocks: list[Block], verdicts: list[str | None]) -> None:
    """A list of other articles drawn as cards at the page's end: each a headline (and its author), a
    date and at most one paragraph of the article's start, three cards or more in a row.

    Their first paragraphs are prose and would score as the article's, so the run is found by its
    dates. A chronology (a date and its paragraph) has no headline between its dates, a live blog's
    entries are stamped with times, and a run with prose after it is not the page's end.
    """
    days = [i for i, block in enumerate(blocks) if verdicts[i] is None and h.is_day_line(block.text)]
    runs: list[list[int]] = []
    for i in days:
        if runs and _is_card(blocks, verdicts, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    last_prose = max((i for i, block in enumerate(blocks) if verdicts[i] is None and h.is_prose(block.text)), default=-1)
    for run in runs:
        if len(run) < LIST_MIN_ITEMS:
            continue
        start, end = _card_start(blocks, run[0], run[1] - run[0]), run[-1] + 1
        if end < len(blocks) and not h.is_prose(blocks[end].text):
            end -= 1
        if last_prose <= end:
            for j in range(start, end + 1):
                verdicts[j] = verdicts[j] or TEASERS


def _is_card(blocks: list[Block], verdicts: list[str | None], day: int, next_day: int) -> bool:
    """Whether the blocks from one card's date to the next card's are one card: a headline and at
    most one paragraph between two dates a few blocks apart."""
    if not 2 <= next_day - day <= CARD_MAX_BLOCKS:
        return False
    between = [blocks[j].text for j in range(day + 1, next_day) if verdicts[j] is None]
    return sum(map(h.is_prose, between)) <= 1 and any(h.is_headline(text) and not h.is_prose(text) for text in between)


def _card_start(blocks: list[Block], first_day: int, card_length: int) -> int:
    """The first card's headline: the blocks above its date that are not prose, up to one card's length."""
    start = first_day
    while start > 0 and first_day - start < card_length - 1 and not h.is_prose(blocks[start - 1].text):
        start -= 1
    return start


def _remove_comments(blocks: list[Block], verdicts: list[str | None]) -> None:
    """A comment section ("34 Comments", "Leave a Reply") ends the article: readers' prose is not its text.

    A comment counter above the article ("New, 6 comments") ends nothing: it must follow some prose.
    """
    prose_words = 0
    for i, block in enumerate(blocks):
        if verdicts[i] is None and h.is_prose(block.text):
            prose_words += len(h.words(block.text))
        if (prose_words >= COMMENTS_MIN_PROSE_BEFORE and h.COMMENTS_SECTION.match(block.text.strip())
                and not _in_toolbar(blocks, i)):
            for j in range(i, len(blocks)):
                verdicts[j] = verdicts[j] or COMMENTS
            return


def _in_toolbar(blocks: list[Block], i: int) -> bool:
    """A row of one-word buttons ("Twitter", "Comments", "Print"), not a section heading ("10 thoughts
    on “…”" above a commenter's name)."""
    return len(h.words(blocks[i].text)) <= BUTTON_MAX_WORDS and any(
        0 <= j < len(blocks) and len(h.words(blocks[j].text)) == 1 for j in (i - 1, i + 1))


def _article_resumes(blocks: list[Block], verdicts: list[str | None], i: int, first_seen: dict[str, int]) -> bool:
    """A long block, an embedded post, a long quotation, or two sentences of some length in a row:
    teasers alternate title and summary, and have none of these.

    Text already met higher up the page is a teaser repeating its headline, not the article.
    """
    if verdicts[i] is not None or first_seen[h.squeeze(blocks[i].text)] < i:
        return False
    text = blocks[i].text
    if len(h.words(text)) >= TEASER_RUN_MAX_WORDS or h.EMBED_ATTRIBUTION.match(text.strip()):
        return True  # a long block, or a post the article embeds: teasers have neither
    if text.lstrip()[:1] in "\"“" and _is_running_text(text) and len(h.words(text)) >= QUOTE_RESUMES_WORDS:
        return True  # a long quotation
    following = next((j for j in range(i + 1, len(blocks)) if verdicts[j] is None), None)
    return following is not None and _is_running_text(blocks[i].text) and _is_running_text(blocks[following].text)


def _is_running_text(text: str) -> bool:
    """A whole sentence of some length; a teaser's summary is often cut off with an ellipsis."""
    stripped = text.rstrip()
    return (h.ends_sentence(stripped) and not stripped.endswith(("...", "…"))
            and len(h.words(text)) >= RUNNING_TEXT_MIN_WORDS)


def _remove_repeats(blocks: list[Block], verdicts: list[str | None]) -> None:
    seen: set[str] = set()
    live = [i for i, v in enumerate(verdicts) if v is None]
    keys = {i: h.squeeze(blocks[i].text) for i in live}
    for i in live:
        if keys[i] in seen and keys[i]:
            verdicts[i] = REPEATED
        seen.add(keys[i])
    # A pull quote's opening words stand in the paragraph it repeats: only the blocks that hold them
    # are compared with it, so a page of thousands of blocks is not compared pair by pair.
    holding: dict[tuple[str, ...], list[int]] = {}
    for j in live:
        words = keys[j].split()
        for start in range(len(words) - PULL_QUOTE_MIN_WORDS + 1):
            holding.setdefault(tuple(words[start:start + PULL_QUOTE_MIN_WORDS]), []).append(j)
    for i in live:
        opening = tuple(keys[i].split()[:PULL_QUOTE_MIN_WORDS])
        if verdicts[i] is not None or len(opening) < PULL_QUOTE_MIN_WORDS:
            continue
        if any(j != i and verdicts[j] is None and keys[i] in keys[j]
               and len(keys[j]) >= PULL_QUOTE_CONTAINER_RATIO * len(keys[i]) for j in holding[opening]):
            verdicts[i] = PULL_QUOTE


def _remove_known_title(blocks: list[Block], verdicts: list[str | None], title: str, out: Cleaned) -> None:
    """An extractor keeps the page's headline as the first line: it is the title, not body text."""
    live = [i for i, v in enumerate(verdicts) if v is None][:TITLE_REACH]
    for i in live:
        if title and h.squeeze(blocks[i].text) == h.squeeze(title):
            verdicts[i], out.title = TITLE, blocks[i].text
            return


def _read_head(blocks: list[Block], verdicts: list[str | None], first: int, out: Cleaned, title: str = "") -> None:
    """Find title, dek and byline above the first body paragraph; drop the rest of the head.

    Everything above the title (menus, kickers, section names) is page header.
    """
    live = [i for i in range(first) if verdicts[i] is None]
    known = [i for i in live if title and h.squeeze(blocks[i].text) == h.squeeze(title)]
    named_byline = _name_byline(blocks, live)
    title_at = known[-1] if known else _find_title(blocks, live, first, named_byline)
    if title_at is not None:
        out.title = blocks[title_at].text
    previous = None
    past_byline = False  # a dek sits between the headline and the byline or date, never after them
    for i in live:
        text = blocks[i].text
        names = h.byline_names(text)
        count = len(h.words(text))
        if i == title_at:
            verdicts[i] = TITLE
        elif i == first - 1 and h.is_wire_opening(text):
            pass  # "NAIROBI, Kenya (AP) _" on a line of its own: it opens the first paragraph (``_read_body``)
        elif names is not None:
            verdicts[i], past_byline = BYLINE, True
            out.authors.extend(n for n in names if n not in out.authors)
        elif title_at is None or i < title_at:
            verdicts[i] = HEADER
        elif (previous == title_at or i == named_byline) and h.is_name_line(text) and not out.authors:
            verdicts[i], past_byline = BYLINE, True
            out.authors.extend(h.split_names(text))
        elif h.is_dateline(text):
            verdicts[i], past_byline = DATELINE, True
        elif (not past_byline and not out.subtitle and h.ends_sentence(text) and h.sentence_count(text) == 1
              and DEK_MIN_WORDS <= count <= DEK_MAX_WORDS):
            verdicts[i], out.subtitle = SUBTITLE, text
        elif not (first - i <= LEDE_REACH and count >= 5 and (h.ends_sentence(text) or text.endswith(":"))):
            verdicts[i] = HEADER
        # else: an opening paragraph just above the body, read with the rest
        previous = i


def _find_title(blocks: list[Block], live: list[int], first: int, named_byline: int | None) -> int | None:
    """The headline nearest above the byline (a "By …" line, else the ``named_byline`` of
    ``_name_byline``), or above the body when there is none.

    Walking up from there skips what sits between a headline and its article:
    the dek, date lines, and a name line right under the headline.
    """
    bylines = [i for i in live if h.byline_names(blocks[i].text) is not None]
    if not bylines and named_byline is not None:
        bylines = [named_byline]
    candidates = [i for i in live if i < bylines[-1]] if bylines else live
    candidates = [i for i in candidates if first - i <= TITLE_MAX_DISTANCE]  # not a menu far above the body
    points = [i for i in candidates if h.HIGHLIGHTS.match(blocks[i].text)]
    candidates = [i for i in candidates if i < points[0]] if points else candidates  # the headline is above its points
    for position in range(len(candidates) - 1, -1, -1):
        i = candidates[position]
        text = blocks[i].text
        above = blocks[candidates[position - 1]].text if position else ""
        if h.is_dateline(text) or h.byline_names(text) is not None or h.is_wire_opening(text):
            continue
        # A dek, or a short sentence of the article; a headline may end in a quotation ('Lynn: “We
        # needed to win this game”'), a sentence's quotation ends with its full stop.
        if (h.ends_sentence(text.rstrip().rstrip(h.CLOSERS)) and len(h.words(text)) <= DEK_MAX_WORDS * 2
                and not text.rstrip().endswith("?")):
            continue
        if h.is_name_line(text) and h.is_headline(above):
            continue  # the author's name under the headline
        if h.is_headline(text):
            return i
    return None


def _name_byline(blocks: list[Block], live: list[int]) -> int | None:
    """The byline of a page that writes no "By": a line of one or two names under a headline or under
    the dek beneath it ("The Tragic End to …" / "Vijay Fisch"), either with nothing after it in the
    head but the date, or with its name again below the head ("Written by Vijay Fisch", "Zuha
    Noor-Sylvia is a Senior Analyst …"). A menu's "Helpful Links" under "Job Board" is neither."""
    below = [b.text for b in blocks[live[-1] + 1:]] if live else []
    for position in range(len(live) - 1, 0, -1):
        text, above = blocks[live[position]].text, blocks[live[position - 1]].text
        if not (h.is_name_line(text) and (h.is_headline(above) or (
                h.ends_sentence(above) and h.sentence_count(above) == 1 and len(h.words(above)) <= DEK_MAX_WORDS * 2))):
            continue
        last_of_head = all(h.is_dateline(blocks[i].text) for i in live[position + 1:])
        first_name = next(iter(h.split_names(text)), text)
        if last_of_head or any(t.startswith(f"{first_name} is ") or f"by {first_name}" in t for t in below):
            return live[position]
    return None


def _first_body_prose(blocks: list[Block], verdicts: list[str | None], listed: set[int], start: int, end: int
                      ) -> int | None:
    """The first undecided block from ``start`` to ``end`` that is running text, not a list's item."""
    return next((i for i in range(start, end + 1) if verdicts[i] is None and i not in listed
                 and _is_body_prose(blocks[i].text)), None)


def _is_body_prose(text: str) -> bool:
    return h.is_prose(text) and h.byline_names(text) is None


def _read_body(blocks: list[Block], verdicts: list[str | None], first: int, end: int, listed: set[int],
               out: Cleaned) -> None:
    """Keep the body between ``first`` and ``end``; past the end keep only a correction note and the bio."""
    last = max((i for i in range(first, end + 1) if verdicts[i] is None and _is_body_prose(blocks[i].text)),
               default=-1)
    kept: set[str] = set()
    tables = _tables(blocks, verdicts, first, end, listed)
    # The words the article writes in lower case: a line of capitalised words holding one is a subheading.
    common = {w for i in range(first, last + 1) for w in h.words(blocks[i].text) if w.islower()}
    opening = None  # a wire opening on a line of its own, waiting for the paragraph it opens
    for i in range(len(blocks)):  # openers above ``first`` were left undecided by the head
        text = blocks[i].text
        if i == first - 1 and verdicts[i] is None and h.is_wire_opening(text):
            verdicts[i], opening = "keep", blocks[i]
            continue
        if i in tables:
            cells, rows = tables[i]
            for j in cells:
                verdicts[j] = "keep"
            text = "\n".join("\t".join(row) for row in rows)
            out.paragraphs.append(Paragraph(f"p{len(out.paragraphs) + 1}", "table", text, blocks[i].line))
        if verdicts[i] == REPEATED and first <= i <= end and h.squeeze(text) not in kept:
            verdicts[i] = None  # its first copy stood outside the article (a teaser of it): keep this one
        if verdicts[i] is not None:
            continue
        anonymous = h.is_anonymous_bio(text) and i <= end + BIO_REACH  # "The writer is …", wherever the paste put it
        name = h.bio_name(text) if not anonymous and last - 2 <= i <= end + BIO_REACH else None
        if anonymous or name:
            verdicts[i] = BIO
            out.author_bios.append(text)
            if name and not out.authors:
                out.authors.append(name)
            continue
        kind = "paragraph" if i in listed else _body_kind(text)
        if kind is None and first < i < last and _between_prose(blocks, verdicts, i) and _has_common_word(text, common):
            kind = "heading"  # "Recent Escalations" between two paragraphs: a subheading; "US Afghanistan" is tags
        if i > end and kind != "note":
            verdicts[i] = FOOTER
        elif kind is None:
            verdicts[i] = LABEL
        else:
            verdicts[i] = "keep"
            kept.add(h.squeeze(text))
            text, line = h.strip_truncation(text), blocks[i].line
            if opening:
                text, line, opening = f"{opening.text.strip()} {text}", opening.line, None
            out.paragraphs.append(Paragraph(f"p{len(out.paragraphs) + 1}", kind, text, line))


def _has_common_word(text: str, common: set[str]) -> bool:
    """Whether a capitalised word of the line is one the article writes in lower case ("Recent"),
    where a tag list holds only names ("US Afghanistan")."""
    return any(w[:1].isupper() and w[1:].islower() and w.lower() in common for w in h.words(text))


def _between_prose(blocks: list[Block], verdicts: list[str | None], i: int) -> bool:
    """Whether the nearest blocks kept on either side of block ``i``, within a few, are running text."""
    def kept_prose(j: int | None) -> bool:
        return j is not None and h.is_prose(blocks[j].text)
    kept = (None, "keep")
    before = next((j for j in range(i - 1, max(i - 1 - NEIGHBOUR_REACH, -1), -1) if verdicts[j] in kept), None)
    after = next((j for j in range(i + 1, min(i + 1 + NEIGHBOUR_REACH, len(blocks))) if verdicts[j] in kept), None)
    return kept_prose(before) and kept_prose(after)


# What a table's cells may have been taken for by the passes before: a number is a widget, two
# equal headings a caption pair, a header row that sticks to the top of the screen a repeat.
TABLE_CELL_VERDICTS = (None, WIDGET, CREDIT, REPEATED)


def _tables(blocks: list[Block], verdicts: list[str | None], first: int, end: int, listed: set[int]
            ) -> dict[int, tuple[list[int], list[list[str]]]]:
    """Tables in the body, flattened by the page's text into runs of cells: first cell → (cells, rows).

    Left as blocks, their cells would be dropped as counters or kept as headings ("Ticker", "Last");
    rebuilt as rows, a share-price box or a statistics table reads as it did on the page.
    """
    tables, run = {}, []
    for i in range(max(first, 0), end + 2):
        if (i <= end and i not in listed and verdicts[i] in TABLE_CELL_VERDICTS
                and h.is_table_cell(blocks[i].text)):
            run.append(i)
            continue
        rows = h.table_rows([blocks[j].text.strip() for j in run]) if run else None
        if rows:
            tables[run[0]] = (run, rows)
        run = []
    return tables


def _body_kind(text: str) -> str | None:
    """What a kept block is: paragraph, heading, note or quote; None for a label that is not text."""
    if h.CORRECTION.match(text):
        return "note"
    if text.rstrip().endswith("?") and len(h.words(text)) <= QUESTION_HEADING_MAX_WORDS and h.is_title_case(text):
        return "heading"  # "What is the TTP Problem and Why Does it Persist?"
    if h.is_prose(text) or h.ends_sentence(text):
        stripped = text.strip()
        if stripped[:1] in "\"“" and stripped[-1:] in "\"”" and h.sentence_count(text) <= 3:
            return "quote"
        return "paragraph"
    if h.EMBED_ATTRIBUTION.match(text.strip()) or h.ATTRIBUTION.match(text.strip()):
        return "paragraph"  # who said the quotation above it, or posted the post: a line of text
    if h.is_label(text):
        return None
    if h.is_headline(text) or len(h.words(text)) == 1:
        return "heading"
    return "paragraph"
