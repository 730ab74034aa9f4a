"""Every text heuristic the cleaner uses, kept in one place (as trafilatura does).

Each function looks at one block of page text and answers a yes/no question
about its *shape*: does it read as prose, as a headline, as a photo credit, as a
widget? None of them names an outlet or quotes an article: they must hold on
pages from sites we have never seen. ``benchmarks/cleaning.py`` measures them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Whole blocks that are page furniture on any site. Matched against the block
# lower-cased, with punctuation and spacing squeezed out (see ``squeeze``).
BOILERPLATE_PHRASES = {
    "skip to main content", "skip to content", "skip to navigation", "jump to navigation",
    "main menu", "menu", "search", "close", "open menu", "close menu", "toggle navigation",
    "more information close", "more information", "accept", "accept all", "accept cookies",
    "share", "share this", "share this article", "share on facebook", "share on twitter",
    "tweet", "email", "e-mail", "print", "print this page", "save", "comment", "comments", "leave a comment",
    "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter",
    "advertisement", "sponsored", "sponsored content", "continue reading", "continue reading below",
    "story continues below", "article continues below", "read more",
    "read full article", "load more", "show more", "back to top", "top", "home",
    "get it on google play", "download on the app store", "download the app",
    "follow us", "like us on facebook", "follow us on twitter", "listen to this article",
    "all rights reserved", "terms of use", "privacy policy", "cookie policy", "contact us",
    # a sign-up form's fields
    "email required", "email address", "your email", "enter your email", "first name", "last name", "zip code",
}

# Phrases that open a consent or cookie banner, whatever follows them.
CONSENT_PREFIXES = ("we use cookies", "this website uses cookies", "this site uses cookies", "by using this site",
                    "by continuing to use", "we care about your privacy",
                    # a sign-up form's consent: "By signing up, you agree to our Privacy Policy …"
                    "by signing up", "by subscribing", "by submitting your", "by clicking subscribe", "by registering")

# Phrases that open a line selling or linking something else; inside an article such a line is an aside.
PROMOTION_PREFIXES = (
    "sign up for", "subscribe to", "get the latest", "follow us on", "download our app",
    "read more:", "related:", "see also:", "see more:", "more:", "recommended:", "also read:", "watch:", "listen:",
    "click here", "click to share", "click to email", "click to print", "this article was originally published",
    "have a tip", "support our journalism", "in this issue:", "in this issue -", "also in this issue",
    "inside this issue", "more from this issue",
    "related post:", "related story:", "related article:", "related reading:", "also:",
    "like this story?", "like this article?", "enjoy this article?", "enjoyed this article?", "enjoyed this story?",
    "want more stories", "want more deals", "want more news",
)

# A short line about the reader's browser or a delivery to them, not the story: "This slideshow requires
# JavaScript.", "Please enable cookies", "Get the magazine delivered through your letterbox every month".
PAGE_NOTICE = re.compile(
    r"\b(requires?|enable|turn on|does not support|doesn'?t support|update your)\b[^.]{0,40}"
    r"\b(javascript|cookies|flash|html5|the video tag|iframes?|browser)\b|"
    r"\bdelivered\b[^.]{0,20}\b(to|through|into) your (inbox|letterbox|letter box|mailbox|door(step)?)\b|"
    r"^(e-?mail|contact|follow|reach)\b.{0,80}(\S@\S|\s@\w)|"  # "Email Tariq Malik at tmalik@… or follow him @…"
    r"\bsubscribe to our\b[^.]{0,60}\b(newsletters?|magazines?|podcasts?|channel|feed|title)\b|"
    r"\bunsubscribe (at any time|anytime)\b|^no spam\b|\bregistered trademarks? of\b|\bby clicking here\b",
    re.I,
)
PAGE_NOTICE_MAX_WORDS = 25
LINK_MAX_WORDS = 12  # a line this short that ends in "»" is a link to another page: "Next Article in Politics »"

# A heading over the story's points, which sit between the headline and the body: "STORY HIGHLIGHTS".
HIGHLIGHTS = re.compile(r"^\W*((story|key|main) )?(highlights|takeaways)\W*$|^\W*key points\W*$", re.I)

# A heading that opens a run of teasers for other pages, to the end of that run.
TEASER_SECTION = re.compile(
    r"^(related( \w+)?|more from\b.*|more on this\b.*|"  # "Related research", "Related coverage", ...
    r"more( \w+){0,3} (stories|articles|coverage)\b.*|read next|(we |editors )?recommend(ed)?( for you| reading| stories)?|"
    # "Most read in world news", "PFT Most Commented"
    r"you (may|might) also like|(\w+ )?most (popular|read|viewed|commented|shared|emailed)( (in|on|from)( \w+){1,4})?|"
    r"trending( now)?|popular( now| stories)?|"
    r"latest( news| stories)?|further reading|what to read next|in case you missed it|editor'?s picks|"
    r"don'?t miss|see also|more news|top stories|you might be interested in)$",
    re.I,
)

# The start of a comment section: "34 Comments", "12 responses to “…”", "Leave a Reply".
COMMENTS_SECTION = re.compile(
    r"^(\[?\s*\d+\s+(comments?|responses?|replies|thoughts)\b.*|comments?\s*(\(\d+\))?|leave a (comment|reply)|"
    r"post a comment|add a comment|join the (discussion|conversation)|show comments|view comments|"
    r"\[?\s*read all comments\s*\]?|comments are closed.*)$",
    re.I,
)
# One comment's author line: "joetoronto says:".
COMMENT_AUTHOR = re.compile(r"^[\w .'’@-]{1,40}\s+(says|said|wrote|writes|replied):?$", re.I)

# Photo credits and agency lines: "STR/AFP/Getty Images", "REUTERS/ Amir Hussain", "Press Trust of India Islamabad",
# "Image 1: U.S. Department of State via Flickr", "Photo: AP".
CREDIT_AT_END = re.compile(
    r"(\b(getty images|getty|reuters|afp|ap|ap photo|associated press|shutterstock|epa(-efe)?|"
    r"bloomberg|xinhua|anadolu|press trust of india|pti|ians|dpa|kyodo|yonhap|efe|ansa|tass|irna|bernama|"
    r"pool|via flickr|via wikimedia commons|istock(photo)?)\b"
    r"[\s/:.,\w-]{0,40}|credit:[^.]{0,40}|\bphoto(graph)?:? by [\w .'-]+|\((photo|image|picture|credit|source)s?\b[^)]*\))\s*[)\]]?\s*$",
    re.I,
)
CREDIT_START = re.compile(
    r"^(image|photo|picture|photograph|credit|source|caption|illustration)s?(\s+(credit|courtesy|source)s?)?"
    r"\s*\d*\s*(:|\.\.\.|…)", re.I)  # "Photo 3:", "Image credit:"
# A caption that points at its picture: "This March 28, 2017, file photo … shows", "In this Sunday, Nov. 10,
# 2019, photograph, …", "This satellite image from NASA … shows".
CAPTION_OPENING = re.compile(r"^(in\s+)?this\s+(.{0,40}?[\s,])?(file\s+|handout\s+|satellite\s+)?"
                             r"(photo|photograph|image|picture|video\s+grab|screenshot)"
                             r"(,|\s+(shows?|taken|provided|released|from|made|courtesy)\b)", re.I)
CAPTION_MAX_WORDS = 60
# How long the page says it takes to read: "6 Minute Read", "Estimated reading time: 6 minutes".
READING_TIME = re.compile(r"^(estimated\s+)?(reading\s+time\W*)?\d+\s*-?\s*min(ute)?s?(\s+read)?\W*$", re.I)
# A picture's place in a gallery: "Image 2 of 5", "1 of 12", "Image 1 of / 9"; its caption follows it.
GALLERY_COUNTER = re.compile(r"^(image|photo|picture|slide|gallery)?\s*\d+\s+of\s*/?\s*\d+$", re.I)
# A count beside the headline: "New, 15 comments", "1,204 shares" ("34 Comments" opens a comment thread).
COUNTER = re.compile(r"^new,?\s*\d[\d,]*\s+comments?$|^\d[\d,.]*\s*[kKmM]?\s+(shares|views)$", re.I)
# A count of readers who pressed a button: "Recommend 1,294 people recommend this.", "12K people like this".
SOCIAL_COUNT = re.compile(r"^\W*(recommend|like|share)?\W*\d[\d,.]*\s*[kKmM]?\s+(people|readers|others)\s+"
                          r"(recommend|like|liked|shared)\s+this\W*$", re.I)

COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b)", re.I)
RIGHTS = re.compile(r"\ball rights reserved\b|\buser agreement\b|\bprivacy policy\b|\bterms of (use|service)\b", re.I)

# The outlet's notes about the article rather than the article: where it ran in print, whose views it
# gives, how it was produced, how to write for the outlet or comment on it.
EDITORIAL_NOTE = re.compile(
    r"^\W*(a version of )?this (article|story|op-?ed|column|essay|piece|commentary|report|post)\b.{0,80}?"
    r"\b(appeared|appears|was (first )?published|ran)\b.{0,80}?\b(print|edition|section|issue)\b|"
    r"^\W*this (article|post|piece|commentary|essay) (gives|reflects|represents) the views? of\b|"
    r"\bviews expressed (in|here|are)\b|\bdo(es)? not (necessarily )?(reflect|represent) (the )?(views?|position|opinions?|those) of\b|"
    r"^\W*only the headline and picture of this (report|story|article)\b|\bauto-generated from a syndicated feed\b|"
    r"\bhave an idea for an? \w+\b.{0,60}?\bwrite\b|\bsend (us )?a (short )?pitch\b|\bguidelines for contributors\b|"
    r"\bplease read our comments? polic(y|ies)\b",
    re.I,
)
EDITORIAL_NOTE_MAX_WORDS = 80

CORRECTION = re.compile(r"^\W*(correction|clarification|update|editor'?s note)\b[^:]{0,40}:", re.I)

TRUNCATION = re.compile(r"\s*(\.{4,}|…{2,}|(\.\s){3,}\.?)\s*$")

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al|ul|ud|la|le|da|di)){1,3}"
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By , the director of …" (an empty byline), "Posted
# by Michael David Smith on November 19, 2019", and the date after the name.
BYLINE = re.compile(rf"^(?:(?:posted|written|reported|words|story|text) )?by\s+(?P<names>(?-i:{_NAME}(?:\s*(?:,|(?i:and)|&)\s*{_NAME})*))\s*(?:(?:[,|@]|\s[-–—]\s|\s\d|\s(?:on|updated|published)\s).*)?$"
                    r"|^by\s*,", re.I)  # "By Kashmira Gander On 11/13/19 at 4:00 PM EST", "By Mike Wall 2019-11-18…"
# A line holding nothing but one or two names: "Husain Haqqani", "Jane Doe & John Roe".
NAME_LINE = re.compile(rf"^(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})?)$")
# A closing author bio: "Jane Doe is the director of …", "John Roe, a fellow at …, is …".
BIO = re.compile(
    rf"^(?P<name>{_NAME})(?:,[^,]{{3,120}},)?\s+(?:is|was|serves as|has been)\s+(?:an?|the|currently|also|now|"
    r"professor|senior|director|author|editor|chair|Senior|Editor|Author|Professor)\b",  # "is Senior Editor for …"
    # (not "is Director General of the ISI": the title of someone the article is about)
)
BIO_WORDS = re.compile(
    r"\b(director|fellow|professor|author|editor|correspondent|journalist|analyst|columnist|researcher|"
    r"scholar|chair|president|founder|contributor|reporter|writer|lecturer|adviser|advisor|"
    r"the views expressed)\b",
    re.I,
)

FUNCTION_WORDS = {
    "a", "an", "the", "of", "and", "or", "with", "in", "on", "at", "to", "for", "from", "by",
    "as", "is", "are", "was", "not", "vs", "versus", "after", "before", "over", "under", "how", "why",
    "what", "who", "its", "their", "our", "new", "into", "about", "against", "between",
}

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.U)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|$)")
TERMINAL = tuple('.!?…"”’\')]')
FULL_STOPS = tuple(".!?")
# What may close a sentence after its full stop: '… the talks.”'.
CLOSERS = "\"'”’"

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


# A table's cells are short, or mostly numbers; a table is a run of such cells, many of them figures,
# that falls into rows of one pattern.
TABLE_CELL_MAX_WORDS = 4
NUMERIC_CELL_SHARE = 0.3
TABLE_MIN_CELLS = 6
TABLE_MIN_FIGURE_SHARE = 0.3
TABLE_MAX_COLUMNS = 8
TABLE_MIN_ROWS = 2


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def fold(text: str) -> str:
    """Lower-case and fold typographic quotes and dashes to plain ones."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()


def squeeze(text: str) -> str:
    """``fold`` keeping only the words: a key for comparing blocks."""
    return " ".join(words(fold(text)))


def sentence_count(text: str) -> int:
    return max(1, len(_SENTENCE_END.findall(text)))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def ends_with_full_stop(text: str) -> bool:
    """Whether a full stop, question or exclamation mark ends the text, inside any quotation."""
    return text.rstrip().rstrip(CLOSERS).endswith(FULL_STOPS)


def is_prose(text: str) -> bool:
    """Body text: a real sentence of some length, or a long run of words."""
    count = len(words(text))
    return (count >= 12 and ends_sentence(text)) or count >= 30


# What separates the buttons of a toolbar written on one line: "Share | Email | Save | Print".
TOOLBAR_SEPARATORS = re.compile(r"\s[|·•]\s")


def is_boilerplate_phrase(text: str) -> bool:
    """A whole block of page furniture: "Skip to content", "Share this:", a cookie banner, or a row of
    such buttons ("PRINT | E-MAIL | SHARE | COMMENT")."""
    parts = TOOLBAR_SEPARATORS.split(text)
    return all(squeeze(part) in BOILERPLATE_PHRASES for part in parts) or (
        len(words(text)) <= 60 and fold(text).startswith(CONSENT_PREFIXES))


def is_promotion(text: str) -> bool:
    """A line that sells or links something: "Sign up for …", "READ MORE: …", "Click here to get the app",
    "Next Article in Politics »"; or speaks to the reader's browser or letterbox: "This slideshow
    requires JavaScript."."""
    count = len(words(text))
    stripped = text.strip()
    # a link may stand in brackets: "[Related: Read Hillary Clinton's full statement]"
    return (count <= 40 and fold(text).lstrip("[(").startswith(PROMOTION_PREFIXES)) or (
        count <= PAGE_NOTICE_MAX_WORDS and bool(PAGE_NOTICE.search(text))) or (
        count <= LINK_MAX_WORDS and (stripped.endswith(("»", "›")) or stripped.startswith(("«", "‹"))))


def is_editorial_note(text: str) -> bool:
    """"A version of this article appeared in print on …", "The views expressed … are the author's".

    An author's bio that ends with the disclaimer ("Jane Doe is … The views expressed are her own")
    is the bio, shown with the author.
    """
    return len(words(text)) <= EDITORIAL_NOTE_MAX_WORDS and bool(EDITORIAL_NOTE.search(text)) and not BIO.match(text)


def is_widget(text: str) -> bool:
    """Counters, font-size and share widgets: "41 106 41", "Aa Aa Aa", "- A +", "1/12", "1,294 people
    recommend this", "6 Minute Read"."""
    tokens = text.split()
    if not any(c.isalpha() for c in text) or any(p.match(text) for p in (SOCIAL_COUNT, READING_TIME, COUNTER,
                                                                           GALLERY_COUNTER)):
        return True
    short = sum(len(t) <= 2 for t in tokens)
    return len(tokens) <= 6 and short == len(tokens)


def is_credit(text: str) -> bool:
    """A photo credit, or a caption that ends in one (captions carry the credit last)."""
    count = len(words(text))
    if (CREDIT_START.match(text) and count <= 20) or (CAPTION_OPENING.match(text) and count <= CAPTION_MAX_WORDS):
        return True
    # A sentence that ends "…, the official told Reuters." is the article quoting an agency, not a credit.
    return bool(CREDIT_AT_END.search(text)) and count <= 80 and not ends_with_full_stop(text)


_MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date that names its day, not a clock time alone: "November 20, 2019", "20 Nov 2019", "2 hours ago".
DAY_SIGNS = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}}\b|\b\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s+(minutes?|hours?|days?)\s+ago\b",
    re.I,
)
DATELINE_SIGNS = re.compile(
    rf"{DAY_SIGNS.pattern}|\b\d{{1,2}}:\d{{2}}\b|^(published|updated|posted|last updated|first published)\b", re.I)


def is_day_line(text: str) -> bool:
    """A date line that names its day ("Wednesday November 20, 2019"), as each card of a list of other
    articles has; a live blog's entries are stamped with times."""
    return is_dateline(text) and bool(DAY_SIGNS.search(text))


def is_dateline(text: str) -> bool:
    """A publication date or time line: "20 Nov 2019 08:00 GMT", "Updated: March 3, 2020"; not a
    sentence, nor one that opens what follows ("The Times said in an editorial on Monday, Oct. 26:")."""
    return len(words(text)) <= 14 and bool(DATELINE_SIGNS.search(text)) and not (
        (ends_sentence(text) or text.rstrip().endswith(":")) and len(words(text)) >= 8)


# The place and agency a wire story opens with: "ISLAMABAD, Pakistan (CNN) -- ", "WASHINGTON (Reuters) - ",
# "(CNN) -- ", "ADDIS ABABA, Ethiopia (AP)_ ", with the day it was filed: "BRUSSELS, December 2 (Xinhua) --".
# Part of the story's text, but no word of its first sentence.
# Or the place alone, in capitals (or as the text writes it), then a colon or a dash: "ISLAMABAD: ", "WASHINGTON – ",
# "ISLAMABAD - " (a hyphen set off by spaces), "PESHAWAR,
# Pakistan — ", "NEW DELHI, May 7 -- ", "ISLAMABAD / LAHORE: "; or the place and the desk, parted by a bar: "New Delhi | Jagran
# News Desk: ".
# The day a wire story was filed, after its place: "August 7", "Aug. 7, 2019", "21 December 2022".
_FILED_ON = rf"(?:,?\s+(?:(?i:{_MONTH_NAME})\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?i:{_MONTH_NAME})(?:\s+\d{{4}})?))?"
WIRE_OPENING = re.compile(
    rf"^\s*(?:(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,4}}{_FILED_ON}\s*)?"
    r"\([A-Z][\w.&'/, -]{0,60}\)\s*(?:--|—|–|-|:|_)\s*"
    rf"|[A-Z]{{3,}}(?:(?:\s*/\s*|[ -])[A-Z]{{2,}}){{0,3}}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    rf"{_FILED_ON}\s*(?:--|—|–|:|(?<=\s)-)\s+(?=\S)"  # "ISLAMABAD - Pakistan's envoy"
    r"|[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*\|\s*[A-Z][\w.'’ -]{0,40}?:\s+(?=\S)"
    # or the place as written in the text, then a colon: "New Delhi: The death toll …", "Washington: Just …"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}:\s+(?=[A-Z\"“‘]))")


def wire_opening_length(text: str) -> int:
    """How many characters of a paragraph its wire opening takes, or 0."""
    match = WIRE_OPENING.match(text)
    return match.end() if match else 0


def is_wire_opening(text: str) -> bool:
    """A line that is a wire opening and nothing else: the paste split it off its story's first paragraph."""
    return 0 < wire_opening_length(text) == len(text)


def is_copyright(text: str) -> bool:
    """A copyright notice, with the legal lines that often follow it in the same block."""
    count = len(words(text))
    return bool(COPYRIGHT.match(text)) and (count <= 25 or (count <= 150 and bool(RIGHTS.search(text))))


def is_headline(text: str) -> bool:
    """A title or subheading: a few words that do not end a sentence (a question may)."""
    count = len(words(text))
    return 2 <= count <= 25 and not text.rstrip().endswith((".", ",", ";", ":")) and text[:1].isupper()


def is_table_cell(text: str) -> bool:
    """A cell of a table flattened into page text: a few words ("Pos", "THE HOME DEPOT INC."), or a
    figure ("1 tackle (1 combined). 1 sack, 2 QH.")."""
    return len(words(text)) <= TABLE_CELL_MAX_WORDS or is_figure(text)


def is_figure(text: str) -> bool:
    """A cell that holds a figure: "225.86", "-5.44%", "%", "3 tackles (3 combined). 1 sack"."""
    tokens = words(text)
    return not tokens or sum(t[:1].isdigit() for t in tokens) >= NUMERIC_CELL_SHARE * len(tokens)


def table_rows(cells: list[str]) -> list[list[str]] | None:
    """The rows of a table flattened into a run of cells, or None if the run is no table.

    The row length is the one under which the most rows have the same pattern of figures and words
    (each row of a share-price table: symbol, name, price, change, change in percent); a header row
    that a sticky header repeated is kept once.
    """
    if len(cells) < TABLE_MIN_CELLS or sum(map(is_figure, cells)) < TABLE_MIN_FIGURE_SHARE * len(cells):
        return None
    best, best_rows = 0, None
    for width in range(2, TABLE_MAX_COLUMNS + 1):
        if len(cells) % width:
            continue
        rows = [cells[i:i + width] for i in range(0, len(cells), width)]
        patterns = Counter(pattern for pattern in (tuple(map(is_figure, row)) for row in rows[1:]) if any(pattern))
        agreeing = max(patterns.values(), default=0)
        if agreeing >= TABLE_MIN_ROWS and agreeing > best:
            best, best_rows = agreeing, rows
    if best_rows is None:
        return None
    return [row for i, row in enumerate(best_rows) if i == 0 or row != best_rows[i - 1]]


def is_title_case(text: str) -> bool:
    """Every word but the small ones capitalised: "What is the TTP Problem and Why Does it Persist?"."""
    tokens = [t for t in words(text) if t.lower() not in FUNCTION_WORDS and t.lower() not in ("it", "does", "do")]
    return bool(tokens) and all(t[:1].isupper() or t[:1].isdigit() for t in tokens)


def is_label(text: str) -> bool:
    """A tag list or image label: two to four capitalised words and no function word ("US Afghanistan")."""
    tokens = words(text)
    return 2 <= len(tokens) <= 4 and not text.isupper() and all(t[:1].isupper() or t.isdigit() for t in tokens) \
        and not any(t.lower() in FUNCTION_WORDS for t in tokens)


# Block scores for finding the article on the page (see ``clean._article_span``): the article is the
# stretch of blocks with the highest total, so prose pulls the stretch in and furniture pushes it away.
COMMENTS_BREAK_SCORE = -150.0  # a "Comments" heading: the article does not go on past it
TEASER_BREAK_SCORE = -40.0  # a "Related articles" heading: the article may go on after a box of links
FURNITURE_SCORE = -20.0
ASIDE_SCORE = -5.0  # a teaser in a box of links, a picture's caption, a number in a table
SHORT_BLOCK_SCORE = -8.0
HEADING_SCORE = -3.0


EMBED_SCORE = 1.0  # the attribution of a post the article embeds: part of the article
LIST_ITEM_SCORE = 2.0  # one of three or more items of the same shape in a row: a list of the article's


COUNT_AT_END = re.compile(r"\s\(\d[\d,]*\)$")


def list_shape(text: str) -> str | None:
    """The shape of a list item ("June 17 -- Bridgestone Arena", "3. Stir", "• Item"), or None."""
    first = text.split()[0] if text.split() else ""
    separator = next((sep for sep in (" -- ", " – ", " — ", ": ", " @ ", " | ") if sep in text), "")
    if re.match(rf"^{_MONTH_NAME}$", first, re.I) and len(text.split()) > 1 and text.split()[1][:1].isdigit():
        return "month" + separator
    if re.match(r"^\d+[.):]?$", first):
        return "number" + separator
    if first[:1] in "•·▪►*-–":
        return "bullet" + separator
    if COUNT_AT_END.search(text):
        return "count"  # a list of other articles with their comment counts: "Week 12 power rankings (133)"
    tokens = words(text)
    if 3 <= len(tokens) <= 20 and text[:1].isupper() and not ends_sentence(text) \
            and sum(t.islower() for t in tokens[1:]) >= 0.6 * (len(tokens) - 1):
        return "phrase"  # a feature list: "Automatically on, automatically connected"
    return None


# The attribution line under an embedded social post: "— Jane Doe (@janedoe) November 15, 2019".
EMBED_ATTRIBUTION = re.compile(r"^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")


# The line naming who said the quotation above it: "— Jane Doe", "– Ali***, visitor from Dubai".
ATTRIBUTION = re.compile(r"^[—–]\s*\S.{0,60}$")


def block_score(text: str) -> float:
    """How much a block that no pass has removed looks like article text."""
    count = len(words(text))
    if EMBED_ATTRIBUTION.match(text.strip()):
        return EMBED_SCORE
    if COMMENTS_SECTION.match(text.strip()):
        return COMMENTS_BREAK_SCORE
    if TEASER_SECTION.match(squeeze(text)):
        return TEASER_BREAK_SCORE
    if COMMENT_AUTHOR.match(text.strip()) or is_dateline(text):
        return FURNITURE_SCORE
    if is_prose(text):
        return float(count)
    if ends_sentence(text) and count >= 5:
        return count / 2
    if is_headline(text):
        return HEADING_SCORE
    return SHORT_BLOCK_SCORE


def strip_truncation(text: str) -> str:
    """Drop the "........" a scraper leaves where a paywall cut the paragraph."""
    return TRUNCATION.sub("", text)


# Where the names of a byline end and its date begins: "By Umair Irfan Updated Nov 20, 2019".
BYLINE_DATE = re.compile(rf"\s(?:on|updated|published|posted)\b|\s{_MONTH_NAME}\s+\d", re.I)


def is_name_line(text: str) -> bool:
    """A line of one or two names ("Husain Haqqani", "Jane Doe & John Roe"), not a heading of the same
    shape ("STORY HIGHLIGHTS")."""
    return bool(NAME_LINE.match(text)) and not HIGHLIGHTS.match(text)


def byline_names(text: str) -> list[str] | None:
    """Names in a byline ("By Jane Doe and John Roe" → two names); [] for an empty "By , …"; None if no byline."""
    match = BYLINE.match(text)
    if not match or len(words(text)) > 30:
        return None
    if not match.group("names"):
        return []
    cut = BYLINE_DATE.search(text, match.start("names"))  # "By Regan December 5, 2019": not "Regan December"
    end = cut.start() if cut and cut.start() < match.end("names") else match.end("names")
    return split_names(text[match.start("names"):end])


# A part of a byline that names a role or an outlet, not a person: "Ap Sports Writer", "Example Wire".
NOT_A_NAME = re.compile(
    r"\b(writer|reporter|correspondent|editor|contributor|columnist|staff|wire|news|press|times|post|"
    r"agency|service|desk|team|bureau|media|online|digital|daily|magazine|journal)\b",
    re.I,
)


def split_names(names: str) -> list[str]:
    """People in a list of names, without roles and outlets: "Jane Doe and John Roe, Reuters" → two names."""
    return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", names, flags=re.I)
            if n.strip() and not NOT_A_NAME.search(n)]


# A bio that names no one: "The writer is a nuclear historian and …", as Pakistani papers print it.
ANONYMOUS_BIO = re.compile(r"^(?:the|this)\s+(?:writer|author|columnist|contributor)s?\s+(?:is|are|was|were)\s", re.I)
ANONYMOUS_BIO_MAX_WORDS = 60


def is_anonymous_bio(text: str) -> bool:
    """"The writer is a former ambassador to the US.": the author's bio without the author's name."""
    return bool(ANONYMOUS_BIO.match(text)) and len(words(text)) <= ANONYMOUS_BIO_MAX_WORDS


def bio_name(text: str) -> str | None:
    """The name a closing author bio is about, or None if the block is not a bio."""
    match = BIO.match(text)
    if match and BIO_WORDS.search(text) and len(words(text)) <= 90:
        return match.group("name")
    return None
