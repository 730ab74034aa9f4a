"""The data model shared by every pipeline stage: plain data classes, no I/O.

The classes made once per mention or paragraph use slots: an archive of 10,000 articles holds more
than a million mentions, and an instance dictionary each would double their memory.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

def name_key(name: str) -> str:
    """Names that differ only in case, hyphens, apostrophes or dots name the same actor."""
    return re.sub(r"[\s\-'’.]+", " ", name.casefold()).strip()


MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known only to some precision: a decade, a year, a month or a day.

    ``decade`` dates keep ``year`` as the decade's first year (1990 for "the 1990s").
    ``sort_key`` puts coarser dates before finer ones of the same period.
    """

    year: int
    month: int | None = None
    day: int | None = None
    decade: bool = False

    _ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
    _DECADE = re.compile(r"^(\d{3})0s$")

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYY0s``; raise ValueError otherwise."""
        text = str(text).strip()
        decade = cls._DECADE.match(text)
        if decade:
            return cls(int(decade.group(1)) * 10, decade=True)
        match = cls._ISO.match(text)
        if not match:
            raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        if year < 1:
            raise ValueError(f"{text!r} has no year 0")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if day is not None:
            try:
                _dt.date(year, month, day)
            except ValueError:  # 2021-02-30
                raise ValueError(f"{text!r} is not a date: {_dt.date(year, month, 1):%B %Y} has no day {day}") from None
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        if self.decade:
            return "decade"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.decade:
            return f"{self.year}s"
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Human form at the date's own precision: "3 Dec 2017", "Nov 2008", "2008", "1990s"."""
        if self.decade:
            return f"{self.year}s"
        if self.day is not None:
            return f"{self.day} {MONTH_ABBR[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTH_ABBR[self.month - 1]} {self.year}"
        return str(self.year)

    def sort_key(self) -> tuple[int, int, int, int]:
        rank = ["decade", "year", "month", "day"].index(self.precision)
        return (self.year, self.month or 0, self.day or 0, rank)

    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def coarsen(self, precision: str) -> "FuzzyDate":
        """This date cut down to ``precision`` (never made finer)."""
        order = ["decade", "year", "month", "day"]
        if order.index(precision) >= order.index(self.precision):
            return self
        if precision == "decade":
            return FuzzyDate(self.year - self.year % 10, decade=True)
        if precision == "year":
            return FuzzyDate(self.year)
        return FuzzyDate(self.year, self.month)

    def __str__(self) -> str:
        return self.iso()


@dataclass(slots=True)
class Block:
    """One block of the raw text (a line or a paragraph) and the source line it starts on."""

    text: str
    line: int


@dataclass(slots=True)
class Paragraph:
    """A kept piece of the article body. ``id`` ("p7") is its permanent anchor."""

    id: str
    kind: str  # paragraph | heading | note | quote
    text: str
    line: int


@dataclass(slots=True)
class Removed:
    """A block the cleaner dropped, and why, so that a maintainer can review it."""

    text: str
    reason: str
    line: int


@dataclass
class Article:
    slug: str
    path: str
    published: FuzzyDate
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    author_bios: list[str] = field(default_factory=list)
    publication: str = ""
    source_url: str = ""
    tags: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"articles/{self.slug}/"

    def paragraph(self, pid: str) -> Paragraph:
        return next(p for p in self.paragraphs if p.id == pid)


@dataclass(slots=True)
class Mention:
    """One place an actor is named: the paragraph, the words used and their sentence."""

    article: str
    paragraph: str
    text: str
    sentence: str


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | organization | country | place
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    description: str = ""
    wikidata: str = ""

    @property
    def url(self) -> str:
        return f"actors/{self.id}/"

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(m.article for m in self.mentions))


@dataclass(slots=True)
class Source:
    """Where an event is told: the article, the paragraph and the sentence."""

    article: str
    paragraph: str
    sentence: str
    date_text: str = ""


@dataclass
class Event:
    id: str
    date: FuzzyDate
    title: str
    actors: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    description: str = ""

    @property
    def period(self) -> str:
        """The timeline page that lists the event: its year ("2011"), or its decade ("1990s")."""
        return self.date.iso() if self.date.decade else f"{self.date.year:04d}"

    @property
    def url(self) -> str:
        return f"events/{self.period}/#{self.id}"
