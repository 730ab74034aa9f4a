"""Citations of an article: APA, MLA and Chicago as text, BibTeX and RIS for reference managers.

Pure functions: an article, the edition it is read in and the edition's date in; text out. The
original publication is cited first; the briefing edition is where the text was read. A static page
cannot know the day its reader reads it, but a named edition never changes: the citations give the
edition and the day it was built, which is what the reader saw, instead of an access date the page
would have to invent.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .actors import state_words
from .model import Article, FuzzyDate

SITE_NAME = "US–Pakistan Briefing"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
RIS_DATE = "{:04d}/{:02d}/{:02d}/"
VERBATIM_FIELDS = ("url", "origurl")  # biblatex reads these verbatim: nothing escaped, no braces
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class CitedEdition:
    """Where a citation says the text was read: the edition's name, its address for the page, its date."""

    name: str
    permalink: str
    built: _dt.date


def _surname_first(name: str) -> tuple[str, str]:
    parts = name.split()
    return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (name, "")


def _inverted(name: str) -> str:
    """"Jane Doe" → "Doe, Jane" (a single name stays as it is)."""
    surname, given = _surname_first(name)
    return f"{surname}, {given}" if given else surname


def _apa_author(name: str) -> str:
    surname, given = _surname_first(name)
    initials = " ".join(f"{g[0]}." for g in given.replace("-", " ").split() if g[:1].isalpha())
    return f"{surname}, {initials}" if initials else surname


def _join(names: list[str], last: str) -> str:
    if len(names) == 2 and last == "&":
        return f"{names[0]}, & {names[1]}"  # APA puts a comma before the ampersand even for two
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f", {last} " + names[-1]


def _apa_date(date: FuzzyDate) -> str:
    parts = [str(date.year)]
    if date.month:
        parts.append(MONTHS[date.month - 1] + (f" {date.day}" if date.day else ""))
    return ", ".join(parts)


def _long_date(date: FuzzyDate | _dt.date) -> str:
    day, month = getattr(date, "day", None), getattr(date, "month", None)
    if day:
        return f"{MONTHS[month - 1]} {day}, {date.year}"
    return f"{MONTHS[month - 1]} {date.year}" if month else str(date.year)


def _mla_date(date: FuzzyDate | _dt.date) -> str:
    day, month = getattr(date, "day", None), getattr(date, "month", None)
    if day:
        return f"{day} {MLA_MONTHS[month - 1]} {date.year}"
    return f"{MLA_MONTHS[month - 1]} {date.year}" if month else str(date.year)


def ended(title: str, mark: str = ".") -> str:
    """The title closed by ``mark``, unless it ends in its own: "Destroy Its Relationship?" takes no "."."""
    return title if title.rstrip().endswith(("?", "!", ".")) else title + mark


def sentence_case(title: str, proper: set[str]) -> str:
    """APA's sentence case: the first word and the first after a colon capitalised, proper nouns and
    acronyms kept ("Will Pakistan's Support for Terrorists Destroy Its Relationship with America?" →
    "Will Pakistan's support for terrorists destroy its relationship with America?").

    ``proper`` holds the words of the names the article's actors go by, lower-cased.
    """
    result, start = [], 0
    capital_next = True
    for match in _WORD.finditer(title):
        word = match.group(0)
        result.append(title[start : match.start()])
        start = match.end()
        before = title[: match.start()].rstrip()
        if before.endswith((":", "?", "!")) and result[:-1]:
            capital_next = True
        stem = re.sub(r"['’]s$", "", word).lower()
        keep = word.isupper() and len(word) > 1 or stem in proper or not word[:1].isalpha()
        if capital_next:
            result.append(word[:1].upper() + word[1:])
        else:
            result.append(word if keep else word.lower())
        capital_next = False
    result.append(title[start:])
    return "".join(result)


def proper_words(actors) -> set[str]:
    """The words a title in sentence case keeps capitalised: those of the names the article's actors
    go by, and of every state's names and demonyms."""
    names = [name for actor in actors for name in (actor.name, *actor.aliases)]
    return {word.lower() for name in names for word in _WORD.findall(name)} | state_words()


def _parts(article: Article) -> tuple[str, str]:
    return article.publication or SITE_NAME, article.source_url


def citations(article: Article, edition: CitedEdition, proper: set[str] = frozenset()) -> dict[str, str]:
    """APA (7th), MLA (9th) and Chicago (17th, bibliography) references, as plain text."""
    publication, source = _parts(article)
    authors, title = article.authors, article.title
    read_in = f"{SITE_NAME}, edition {edition.name}"
    apa_title = ended(sentence_case(title, proper))
    apa_authors = _join([_apa_author(a) for a in authors], "&") if authors else ""
    apa_lead = f"{apa_authors} ({_apa_date(article.published)}). {apa_title}" if authors else \
        f"{apa_title} ({_apa_date(article.published)})."
    apa = (f"{apa_lead} {publication}.{' ' + source if source else ''} In {read_in} "
           f"({_long_date(edition.built)}). {edition.permalink}")
    if not authors:
        mla_authors = chicago_authors = ""
    else:
        mla_authors = _inverted(authors[0]) + (f", and {authors[1]}" if len(authors) == 2 else
                                               ", et al." if len(authors) > 2 else "")
        chicago_authors = _join([_inverted(authors[0])] + authors[1:], "and")
    quoted = f"“{ended(title)}”"
    mla = (f"{ended(mla_authors) + ' ' if authors else ''}{quoted} {publication}, {_mla_date(article.published)}"
           f"{', ' + source if source else ''}. {read_in}, {_mla_date(edition.built)}, {edition.permalink}.")
    chicago = (f"{ended(chicago_authors) + ' ' if authors else ''}{quoted} {publication}, {_long_date(article.published)}."
               f"{' ' + source + '.' if source else ''} In {read_in}, {_long_date(edition.built)}. {edition.permalink}.")
    return {"APA": apa, "MLA": mla, "Chicago": chicago}


def _bibtex_text(text: str) -> str:
    """A BibTeX field's text: braces balanced by escaping, TeX's special characters escaped."""
    return re.sub(r"([\\{}%&$#_^~])", lambda m: {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}",
                                                "^": r"\textasciicircum{}"}.get(m.group(1), "\\" + m.group(1)), text)


def bibtex(article: Article, edition: CitedEdition) -> str:
    """A BibTeX ``@online`` entry (biblatex), keyed by the article's slug."""
    publication, source = _parts(article)
    fields = {
        "author": " and ".join(_inverted(a) for a in article.authors),
        "title": article.title, "journaltitle": publication, "date": article.published.iso(),
        "url": edition.permalink, "urldate": edition.built.isoformat(), "origurl": source,
        "note": f"Read in {SITE_NAME}, edition {edition.name}",
    }
    # The title in double braces: its capitals are the publication's, not for the style to change.
    lines = [f"  {key} = {{{{{_bibtex_text(value)}}}}}," if key == "title" else
             f"  {key} = {{{re.sub(r'[{}]', '', value) if key in VERBATIM_FIELDS else _bibtex_text(value)}}},"
             for key, value in fields.items() if value]
    return f"@online{{{article.slug},\n" + "\n".join(lines) + "\n}\n"


def ris(article: Article, edition: CitedEdition) -> str:
    """An RIS record (type ELEC, a web page), for Zotero, EndNote and Mendeley."""
    publication, source = _parts(article)
    date = article.published
    tags = [("TY", "ELEC"), *[("AU", _inverted(a)) for a in article.authors], ("TI", article.title),
            ("T2", publication), ("PY", str(date.year)),
            ("DA", RIS_DATE.format(date.year, date.month or 0, date.day or 0).replace("/00", "/")),
            ("UR", edition.permalink), ("Y2", edition.built.isoformat()),
            ("N1", f"Read in {SITE_NAME}, edition {edition.name}" + (f"; first published at {source}" if source else "")),
            ("ER", "")]
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in tags)
