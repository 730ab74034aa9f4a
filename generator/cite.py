"""Citations of an article in the three styles teachers ask for, pointing at this edition's permalink.

Pure functions: an article, the edition it is read in and an access date in; plain text out.
The original publication is cited first; the briefing edition is where the text was read.
"""

from __future__ import annotations

import datetime as _dt

from .model import Article, FuzzyDate

SITE_NAME = "US–Pakistan Briefing"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


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
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f", {last} " + names[-1]


def _apa_date(date: FuzzyDate) -> str:
    parts = [str(date.year)]
    if date.month:
        parts.append(MONTHS[date.month - 1] + (f" {date.day}" if date.day else ""))
    return ", ".join(parts)


def _long_date(date: FuzzyDate) -> str:
    if date.day:
        return f"{MONTHS[date.month - 1]} {date.day}, {date.year}"
    return f"{MONTHS[date.month - 1]} {date.year}" if date.month else str(date.year)


def _mla_date(date: FuzzyDate | _dt.date) -> str:
    day, month = getattr(date, "day", None), getattr(date, "month", None)
    if day:
        return f"{day} {MLA_MONTHS[month - 1]} {date.year}"
    return f"{MLA_MONTHS[month - 1]} {date.year}" if month else str(date.year)


def citations(article: Article, permalink: str, edition: str, accessed: _dt.date) -> dict[str, str]:
    """APA (7th), MLA (9th) and Chicago (notes and bibliography) references, as plain text."""
    title, publication, source = article.title, article.publication or SITE_NAME, article.source_url
    read_at = f"{SITE_NAME}, edition {edition}, {permalink}"
    accessed_long = f"{MONTHS[accessed.month - 1]} {accessed.day}, {accessed.year}"
    authors = article.authors
    apa_authors = _join([_apa_author(a) for a in authors], "&") if authors else ""
    if not authors:
        mla_authors = chicago_authors = ""
    else:
        mla_authors = _inverted(authors[0]) + (f", and {authors[1]}" if len(authors) == 2 else
                                               ", et al." if len(authors) > 2 else "")
        chicago_authors = _join([_inverted(authors[0])] + authors[1:], "and")
    apa_lead = f"{apa_authors} ({_apa_date(article.published)}). {title}." if authors else \
        f"{title}. ({_apa_date(article.published)})."
    apa = f"{apa_lead} {publication}.{' ' + source if source else ''} Retrieved {accessed_long}, from {read_at}"
    mla_lead = f"{mla_authors}. “{title}.”" if authors else f"“{title}.”"
    mla = (f"{mla_lead} {publication}, {_mla_date(article.published)}{', ' + source if source else ''}. "
           f"{SITE_NAME}, edition {edition}, {permalink}. Accessed {_mla_date(accessed)}.")
    chicago_lead = f"{chicago_authors}. “{title}.”" if authors else f"“{title}.”"
    chicago = (f"{chicago_lead} {publication}, {_long_date(article.published)}."
               f"{' ' + source + '.' if source else ''} Read in {read_at}, accessed {accessed_long}.")
    return {"APA": apa, "MLA": mla, "Chicago": chicago}
