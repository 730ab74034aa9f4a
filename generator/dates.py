"""Date expressions in a sentence → ``FuzzyDate`` at the precision the words support.

Every date is resolved against the article's publication date: "On December 3"
in a piece published 2017-12-01 is 2017-12-03, "last year" is the year before
publication, "yesterday" the day before it, "today" its day (at the precision the
publication date has). Durations ("16 months", "ten-month-long") and vague words
("recently", "nowadays") are not dates and are never matched.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from . import lexicon
from .model import FuzzyDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for name in names
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# A day, or the first of a span of days: "May 1-2, 2011", "12–14 March".
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s?[-–]\s?[0-3]?\d(?:st|nd|rd|th)?\b)?"
# The part of a day before its date, read with it: "on the evening of November 26", "the early hours of 7 May".
_PART_OF = r"(?:(?i:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of)\s+)?"
# "the 2nd of May": a day of a month written in words around it.
_THE_NTH = r"(?:(?i:the)\s+(?=[0-3]?\d(?:st|nd|rd|th)\s+of\b))?"
_OF = r"(?:(?i:of)\s+)?"
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_ONES_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS_VALUES = {w: (10 + i if i < 10 else 10 * (i - 8)) for i, w in enumerate(_TENS_WORDS.split("|"))}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABSOLUTE_KINDS = ("month_day_year", "day_month_year", "month_year", "part_of_year", "year", "spoken_year", "named", "decade")
HAPPENING_REACH = 60  # characters from "hours after" to the date of the happening it names
READ_BACK_KINDS = ("narrative", "anaphoric")  # read from the date the text gave before them
# Dates that name a happening of their own (lexicon.yml): "after 9/11" dates a sentence and names the attacks.
NAMED_DATES = {record["name"]: record for record in lexicon.records("dates", "named_dates")}
# The day written out stands for the named date too, when no year follows ("after September 11th").
_WRITTEN_AS = {re.sub(r"[\s.]", "", form.lower()): name
               for name, record in NAMED_DATES.items() for form in record.get("written_as", [])}
_NAMED = "|".join([r"\s?/\s?".join(map(re.escape, name.split("/"))) + rf"(?:/{str(record['date'])[:4]})?"
                   for name, record in NAMED_DATES.items()] +  # "9/11/2001" is the day too
                  [r"\s+".join(map(re.escape, form.split())) + r"(?:st|nd|rd|th)?(?!,?\s*\d)"
                   for record in NAMED_DATES.values() for form in record.get("written_as", [])])
# Feasts placed by a rule (lexicon.yml): "on Thanksgiving Day" is the fourth Thursday of November.
_HOLIDAY_NAMES = {name: record for record in lexicon.records("dates", "holidays")
                  for name in [record["name"], *record.get("also", [])]}
HOLIDAYS = {name.lower(): record for name, record in _HOLIDAY_NAMES.items()}
_HOLIDAY = "|".join(r"\s+".join(map(re.escape, name.split())) for name in sorted(_HOLIDAY_NAMES, key=len, reverse=True))
_COUNT = r"(?:\d{1,2}|a|an|" + "|".join(w for w in _NUMBER_WORDS if w != "zero") + r"|a\s+few|several|a\s+couple\s+of)"
SEASONS = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
# "Three weeks before he died": counted from a happening the clause tells, not from the date told last.
_NO_CLAUSE = r"(?!\s+(?:he|she|it|they|we|i|you)\b)"

# Ordered: the first pattern to match a stretch of text wins it.
PATTERNS = [
    # The year may stand in brackets, as an editor adds it: "the December 18 (2014) shutdown".
    ("month_day_year", re.compile(rf"{_PART_OF}\b{_MONTH}\s+{_DAY}(?:,?\s+|\s+\(){_YEAR}\b\)?")),
    ("day_month_year", re.compile(rf"{_PART_OF}\b{_THE_NTH}{_DAY}\s+{_OF}{_MONTH}(?:,?\s+|\s+\(){_YEAR}\b\)?")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    # "in the spring of 2002", "summer 2008", "at the end of 2014", "the first half of 2018": the year
    ("part_of_year", re.compile(
        r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|fall|autumn|winter|(?:very\s+)?(?:end|beginning|start|"
        rf"middle|close|turn)|(?:first|second|latter|last)\s+half|(?:first|second|third|fourth|last)\s+quarter)\s+(?:of\s+)?{_YEAR}\b",
        re.I)),
    ("named", re.compile(rf"(?<![\d/])(?:{_NAMED})(?![\d]|\s?/\s?\d)")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>1[89]\d0|20\d0)['’]?s\b", re.I)),
    # A month's name is capitalised and a modal "may" is not: "Nov. 3", "the Oct. 23 slaying", "on March 12".
    # The year said after the day: "on July 3, last year".
    ("day_relative_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b")),
    ("month_day", re.compile(rf"(?:\b(?i:on|by|since|until|from|before|after)\s+)?{_PART_OF}\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d)")),
    ("day_month", re.compile(rf"(?:\b(?i:on|by|since|until|from|before|after)\s+)?{_PART_OF}\b{_THE_NTH}{_DAY}\s+{_OF}{_MONTH}\b(?!,?\s*\d)")),
    ("holiday", re.compile(rf"\b(?:(?P<rel>(?i:this|last|next))\s+)?(?P<holiday>{_HOLIDAY})(?!['’]s)\b")),
    ("relative_month", re.compile(rf"\b(?P<rel>(?i:this|last|next))\s+{_MONTH}\b")),
    # The year said after the month: "in early October this year", "in July last year".
    ("month_relative_year", re.compile(rf"\b(?:(?i:early|late|mid)(?:-|\s+))?{_MONTH}\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b")),
    ("month_alone", re.compile(rf"\b(?:(?i:in|since|until|by|during|early|late|(?:the\s+)?(?:middle|end|beginning|start)\s+of)\s+|"
                               rf"(?i:mid)(?:-|\s+)){_MONTH}\b(?!\s+\d)")),  # "in mid-November"
    # A part of the year or month of writing: "by the end of the year", "earlier in the year", "year-end".
    ("current_period", re.compile(r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?P<period>year|month)\b|"
                                  r"\b(?:earlier|later)\s+in\s+the\s+(?P<part_of>year|month)\b|"
                                  r"\b(?P<year_end>year)[- ]end\b", re.I)),
    # A month naming its happening: "the January shootings", "the May elections".
    ("month_named", re.compile(rf"\b(?i:the)\s+{_MONTH}(?=\s+[a-z])(?!\s+(?:of|and|or|to)\b)")),
    ("relative_season", re.compile(r"\b(?P<rel>this|last|next)\s+(?P<season>spring|summer|fall|autumn|winter)\b", re.I)),
    ("narrative", re.compile(r"\bthe\s+(?P<order>next|following|previous|preceding)\s+(?P<unit>day|week|month|year|"
                            r"morning|evening|night)\b|"
                            r"\b(?:a|one)\s+(?P<unit_later>year|month|week|day)\s+(?P<step>later|earlier|before|after)\b", re.I)),
    # Back to the date given last: "the same month", "later that year", "just hours after", "two days later".
    # Not "on the very day after Pakistan released him", which is read from what it names.
    ("anaphoric", re.compile(r"\b(?:(?:the|that)\s+(?:same|very)|that)\s+(?P<same>day|week|month|year|morning|evening|night)\b"
                             r"(?![\s*]*(?:after|before|as|that|when|of|on\s+which|in\s+which)\b)|"
                             r"\b(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?P<that>day|week|month|year|morning|evening|night)\b|"
                             r"\b(?:(?:about|just|only|barely|some)\s+)?(?:a\s+half\s+hour|half\s+an\s+hour|an\s+hour|"
                             rf"(?:{_COUNT}\s+)?(?:hours|minutes))\s+(?P<hours>later|after|before|earlier)\b{_NO_CLAUSE}|"
                             rf"\b(?P<count>{_COUNT})\s+(?P<unit>days|weeks|months|years)\s+(?P<step>later|after|before|earlier)\b"
                             rf"{_NO_CLAUSE}", re.I)),
    ("deictic", re.compile(r"\b(?P<deixis>today|tonight|yesterday|tomorrow|last\s+night)\b(?!['’]s\s+(?:world|standards))", re.I)),
    ("relative_unit", re.compile(r"\b(?P<rel>last|this|next)\s+(?P<unit>week|month|year)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<rel>(?i:on|last|this|next))\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)\b(?!,?\s+(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                           rf"{_DAY}\s+{_MONTH}|{_YEAR}))"  # "Monday, 12 March", "Friday 2019"; "Saturday, 69 percent" is a day
                           r"(?:\s+(?i:morning|afternoon|evening|night)\b)?")),  # "until Tuesday morning": the day
    ("years_ago", re.compile(
        r"\b(?P<count>\d{1,2}|a|an|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b",
        re.I)),
    ("year", re.compile(rf"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<![\d$£€.,/-])){_YEAR}"
                        rf"(?![\d%]|\s*(?:percent|per cent|people|troops|soldiers|km|miles))")),
    # A year said in words, as transcripts of broadcasts write it: "nineteen ninety-six", "two thousand".
    ("spoken_year", re.compile(rf"\b(?P<century>nineteen|twenty)\s+(?P<tens>{_TENS_WORDS})(?:[\s-]+(?P<ones>{_ONES_WORDS}))?\b|"
                               rf"(?:(?<=\byear\s)|(?<=\bin\s)|(?<=\bsince\s)|(?<=\bby\s)|(?<=\bof\s))two\s+thousand"
                               rf"(?:\s+(?:and\s+)?(?P<after>{_ONES_WORDS}))?\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: FuzzyDate
    happening: str = ""  # the happening a named date stands for, if it names one
    absolute: bool = True  # the words give the year; relative dates ("last week") are read from another date
    kind: str = ""  # which pattern read it ("deictic" for "today"), for the extractors' own rules


# Which way a date without its year is read from the publication date: the verb's tense says.
PAST, PRESENT, FUTURE = "past", "present", "future"
# "last year", "this September", "next week": how many units from the day of writing.
RELATIVE_STEPS = {"last": -1, "this": 0, "next": 1}


def find_dates(sentence: str, published: FuzzyDate, tense: str = PAST,
               previous: FuzzyDate | None = None, told: FuzzyDate | None = None) -> list[DateMention]:
    """All date expressions in ``sentence``, left to right, none overlapping.

    ``tense`` says which way a date without its year is read: in the past ("was released on
    November 24" is the last November 24), the future ("will visit on December 3", the next one)
    or the present ("the rights expire Nov. 21", "the dividend is payable Jan. 2": the nearest one). ``previous`` is the last
    date the text gave before this sentence: "the next year" is read from it, and
    without it such a phrase is no date. ``told`` is the last date the text told of any kind ("on
    Thursday" too): "hours after", "the same month" are read from it (from ``previous`` without it).
    """
    told = told or previous
    taken: list[DateMention] = []
    claimed: list[tuple[int, int]] = []  # words read as a date expression, even when they give no date
    reading_back: list[tuple[str, re.Match]] = []  # READ_BACK_KINDS: read once every other date is known
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in claimed):
                continue
            if kind in READ_BACK_KINDS:  # "the next year" with nothing to count from is still no other date
                claimed.append((match.start(), match.end()))
                reading_back.append((kind, match))
                continue
            date = _resolve(kind, match, published, tense)
            if date is not None:
                claimed.append((match.start(), match.end()))
                taken.append(_mention(kind, match, date))
    # In order: "On May 22, 1995, he was made a general, and the following year …" counts from the
    # date the sentence gave before it, else from the one the text gave before the sentence.
    for kind, match in sorted(reading_back, key=lambda km: km[1].start()):
        before = max((m for m in taken if m.end <= match.start()), key=lambda m: m.start, default=None)
        named_after = _dated_happening_after(match, taken, sentence)
        if named_after is not None:  # "just hours after a meeting with Bush yesterday": the meeting's day
            start = named_after.date
        elif before is not None:
            start = before.date
        elif kind == "narrative":
            start = told if previous is None and _told_before(match) else previous
        else:
            start = told
        date = (_narrative if kind == "narrative" else _anaphoric)(match, start, published)
        if date is not None:
            taken.append(_mention(kind, match, date))
    return sorted(taken, key=lambda m: m.start)


def _dated_happening_after(match: re.Match, taken: list[DateMention], sentence: str) -> DateMention | None:
    """The date of the happening "hours after" or "days before" names, when the words say it before a
    comma: "claimed just hours after a meeting with George Bush yesterday"."""
    if _step_word(match) not in ("after", "before"):
        return None
    following = min((m for m in taken if m.start >= match.end()), key=lambda m: m.start, default=None)
    if following is None:
        return None
    between = sentence[match.end() : following.start]
    # a noun phrase, not a clause with a date of its own: "hours after the American was charged with
    # murder in the January shootings" is after the charge, not in January
    clause = re.search(r"[,;:.!?]|\b(?:was|were|is|are|been|had|has|have|did|will|would)\b|\w{3,}ed\b", between)
    return following if len(between) <= HAPPENING_REACH and not clause else None


def _step_word(match: re.Match) -> str:
    """The word that says which way an anaphoric date counts: "after", "before", "later", "earlier"."""
    return (match.groupdict().get("hours") or match.groupdict().get("step") or "").lower()


def _told_before(match: re.Match) -> bool:
    """Whether a narrative step counts from a date told in any paragraph before: "the following month",
    "the next morning", "a day earlier", "a week later" do; "the next year" may count from the day of
    writing ("within the next year"), and "a year earlier" compares a figure with it."""
    order = (match.group("order") or "").lower()
    return (order == "following" or (order == "next" and _unit(match.group("unit") or "") == "day")
            or (match.group("unit_later") or "").lower() in ("day", "week"))


def _mention(kind: str, match: re.Match, date: FuzzyDate) -> DateMention:
    happening = NAMED_DATES[_named_key(match)]["happening"] if kind == "named" else ""
    return DateMention(match.start(), match.end(), match.group(0), date, happening, kind in ABSOLUTE_KINDS, kind)


def _narrative(match: re.Match, previous: FuzzyDate | None, published: FuzzyDate) -> FuzzyDate | None:
    """"The next year", "a month later": one step on from the date the text gave last.

    With no date given before, "a year earlier" and "the previous year" count back from the day of
    publication ("wages 3.8 percent higher than a year earlier"); "the next year" is then no date.
    """
    unit = _unit(match.group("unit") or match.group("unit_later"))
    backwards = (match.group("order") or match.group("step") or "").lower() in ("previous", "preceding", "earlier",
                                                                                 "before")
    if previous is None and backwards:
        previous = published
    if previous is None or previous.decade:
        return None
    if unit in ("week", "day") and previous.month is not None and previous.day is None:
        return previous  # "the next day" after "in May 2016": some day of that month
    return _moved(previous, unit, -1 if backwards else 1)


def _anaphoric(match: re.Match, previous: FuzzyDate | None, published: FuzzyDate) -> FuzzyDate | None:
    """"The same month", "later that year", "hours after", "two days later": read from the date the text
    gave last, at no finer precision than the words say; with no date given before, no date."""
    if previous is None or previous.decade:
        return None
    if match.group("hours"):  # within the day: of a day told, not of a year or month given as background
        return previous if previous.day is not None else None
    unit = _unit(match.group("same") or match.group("that") or match.group("unit") or "")
    if match.group("unit"):
        words = " ".join(match.group("count").lower().split())
        count = int(words) if words.isdigit() else _COUNT_WORDS.get(words) or _NUMBER_WORDS[words]
        backwards = match.group("step").lower() in ("before", "earlier")
        moved = _moved(previous, unit, -count if backwards else count)
        vague = words in _VAGUE_COUNTS  # "a few days later" is no one day: its month at most
        return _at_precision(moved, _COARSER[unit]) if moved is not None and vague else moved
    return _at_precision(previous, unit)


def _unit(word: str) -> str:
    """The unit a word counts in: "months" → month; "the next morning" is the next day."""
    word = word.lower().rstrip("s")
    return "day" if word in ("morning", "evening", "night") else word


_COUNT_WORDS = {"a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 3}
_VAGUE_COUNTS = ("a few", "several")
_COARSER = {"day": "month", "week": "month", "month": "year", "year": "year"}


def _at_precision(date: FuzzyDate, unit: str) -> FuzzyDate:
    """The date no finer than the unit: "that same year" of 2008-11-26 is 2008."""
    if unit == "year" or date.month is None:
        return FuzzyDate(date.year)
    if unit in ("month", "week") or date.day is None:
        return FuzzyDate(date.year, date.month)
    return date


def _moved(date: FuzzyDate, unit: str, steps: int) -> FuzzyDate | None:
    """The date some units on (or back), at the precision both the date and the unit allow."""
    if unit == "year":
        return FuzzyDate(date.year + steps)
    if date.month is None:
        return None  # "two months later" than a year is no month
    if unit == "month":
        index = date.year * 12 + date.month - 1 + steps
        return FuzzyDate(index // 12, index % 12 + 1)
    if date.day is None:
        return None  # "three days after" some day of a month is no day
    moved = date.first_day() + _dt.timedelta(days=steps * (7 if unit == "week" else 1))
    return FuzzyDate(moved.year, moved.month, moved.day)


def _named_key(match: re.Match) -> str:
    text = re.sub(r"\s", "", match.group(0))
    if "/" in text:
        return "/".join(text.split("/")[:2])
    return _WRITTEN_AS[re.sub(r"(?<=\d)(?:st|nd|rd|th)$|\.", "", text.lower())]


def _month(match: re.Match) -> int:
    return MONTHS[match.group("month").rstrip(".").lower()]


def _resolve(kind: str, match: re.Match, published: FuzzyDate, tense: str) -> FuzzyDate | None:
    pub = published.first_day()
    if kind in ("month_day_year", "day_month_year"):
        year, month, day = int(match.group("year")), _month(match), int(match.group("day"))
        return FuzzyDate(year, month, day) if _real(year, month, day) else None
    if kind == "month_year":
        return FuzzyDate(int(match.group("year")), _month(match))
    if kind in ("year", "part_of_year"):
        return FuzzyDate(int(match.group("year")))
    if kind == "spoken_year":
        return _spoken_year(match)
    if kind == "named":
        date = FuzzyDate.parse(str(NAMED_DATES[_named_key(match)]["date"]))
        # Before the happening, "September 11" is only a day of the year; "9/11" is the attacks whenever.
        return date if "/" in match.group(0) or pub >= date.first_day() else None
    if kind == "decade":
        return FuzzyDate(int(match.group("decade")), decade=True)
    if kind in ("month_day", "day_month"):
        return _month_day(_month(match), int(match.group("day")), published, tense)
    if kind in ("month_alone", "month_named"):
        return _nearest_month(_month(match), published, tense)
    if kind == "holiday":
        return _holiday(HOLIDAYS[" ".join(match.group("holiday").lower().split())], (match.group("rel") or "").lower(),
                        published, tense)
    if kind == "month_relative_year":
        return FuzzyDate(pub.year + RELATIVE_STEPS[match.group("rel").lower()], _month(match))
    if kind == "day_relative_year":
        year = pub.year + RELATIVE_STEPS[match.group("rel").lower()]
        return _month_day(_month(match), int(match.group("day")), FuzzyDate(year, 12, 31), PAST)
    if kind == "relative_month":
        return _relative_month(match.group("rel").lower(), _month(match), pub)
    if kind == "relative_season":
        return _relative_month(match.group("rel").lower(), SEASONS[match.group("season").lower()], pub, "year")
    if kind == "weekday":
        return _weekday(WEEKDAYS.index(match.group("weekday").lower()), (match.group("rel") or "").lower(),
                        published, tense)
    if kind == "current_period":  # "by the end of the year": the year (or month) of writing
        period = match.group("period") or match.group("part_of") or match.group("year_end")
        return FuzzyDate(pub.year) if period.lower() == "year" or published.month is None else FuzzyDate(pub.year, pub.month)
    if kind == "relative_unit":
        rel, unit = match.group("rel").lower(), match.group("unit").lower()
        if unit == "week" and published.day is not None:
            return _week_month(rel, pub, tense)
        return _relative_unit(rel, unit, pub)
    if kind == "years_ago":
        count = match.group("count").lower()
        count = int(count) if count.isdigit() else 1 if count in ("a", "an") else _NUMBER_WORDS[count]
        unit = match.group("unit").lower().rstrip("s")
        if unit == "year":
            return FuzzyDate(pub.year - count)
        if published.month is None:
            return None  # "two months ago" in a year: this year's or the last
        if unit == "month" or published.day is None:  # "five months ago", in calendar months
            return _moved(FuzzyDate(pub.year, pub.month), "month", -count * (unit == "month"))
        return _moved(published, unit, -count)  # "two weeks ago": the day, as "ten days ago" is
    if kind == "deictic":
        return _deictic(match.group("deixis").lower(), published)
    raise AssertionError(kind)


def _spoken_year(match: re.Match) -> FuzzyDate | None:
    """"nineteen ninety-six" → 1996, "two thousand and one" → 2001."""
    if match.group("century") is None:
        return FuzzyDate(2000 + (_NUMBER_WORDS[match.group("after").lower()] if match.group("after") else 0))
    tens = _TENS_VALUES[match.group("tens").lower()] + (_NUMBER_WORDS[match.group("ones").lower()] if match.group("ones") else 0)
    year = (19 if match.group("century").lower() == "nineteen" else 20) * 100 + tens
    return FuzzyDate(year) if 1800 <= year <= 2099 else None


def _deictic(word: str, published: FuzzyDate) -> FuzzyDate:
    """"Today" is the day of publication, "yesterday" the day before: at the precision the publication
    date has (an article dated only to its month says "yesterday" of some day of that month)."""
    if published.precision != "day":
        return published
    back = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(" ".join(word.split()), 0)
    day = published.first_day() + _dt.timedelta(days=back)
    return FuzzyDate(day.year, day.month, day.day)


def _month_day(month: int, day: int, published: FuzzyDate, tense: str) -> FuzzyDate | None:
    if not _real(published.year, month, day):
        return None
    if published.precision != "day":
        return FuzzyDate(_nearest_month(month, published, tense).year, month, day)
    pub = published.first_day()
    year = _closest(published.year, pub, tense, lambda y: _dt.date(y, month, day) if _real(y, month, day) else None,
                    a_day=True)
    return FuzzyDate(year, month, day)


def _holiday(record: dict, rel: str, published: FuzzyDate, tense: str) -> FuzzyDate | None:
    """A feast's day in the year the tense (or "last", "next") points to from the day of writing."""
    def on(year: int) -> _dt.date:
        if "day" in record:
            return _dt.date(year, record["month"], record["day"])
        first = _dt.date(year, record["month"], record["from"])
        ahead = (WEEKDAYS.index(record["weekday"]) - first.weekday()) % 7
        return first + _dt.timedelta(days=ahead + 7 * (record["nth"] - 1))
    if published.precision != "day":
        return None  # which year's feast is not known well enough without the day of writing
    tense = {"last": PAST, "next": FUTURE, "this": PRESENT}.get(rel, tense)
    day = on(_closest(published.year, published.first_day(), tense, on, a_day=True))
    return FuzzyDate(day.year, day.month, day.day)


def _real(year: int, month: int, day: int) -> bool:
    """Whether the day exists ("February 30" does not)."""
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


# News style leaves out the year of a day of the year of writing and gives the year of an older one
# ("Jan. 14, 1999"), so a past clause's Jan. 14, written on Jan. 6, 2000, is the one a week ahead ("by
# setting a Jan. 14 return date, the service allowed …"), not the one of last year, most of a year back.
YEAR_LEFT_UNSAID = 270  # days back beyond which a day of last year would have had its year said
SOON = 62  # days ahead within which the date is the coming one


def _closest(year: int, pub: _dt.date, tense: str, on: Callable[[int], _dt.date | None], a_day: bool = False) -> int:
    """Of the same month and day in the year before, of and after publication: the last one up to it
    (past, unless that lies in the year before, most of a year back, and this year's is weeks ahead),
    the first one from it (future), or the nearest to it (present). Only a day (``a_day``: "Jan. 14",
    written on a known day) is read ahead against a past tense: "changed to a calendar year in
    December", written in November, is last December."""
    dates = [(on(y), y) for y in (year - 1, year, year + 1)]
    dates = [(d, y) for d, y in dates if d is not None]
    if tense == PAST:
        past = [(d, y) for d, y in dates if d <= pub]
        ahead = [(d, y) for d, y in dates if d > pub]
        last, coming = max(past, default=None), min(ahead, default=None)
        if (a_day and last and coming and last[1] < pub.year == coming[1]
                and (pub - last[0]).days > YEAR_LEFT_UNSAID and (coming[0] - pub).days <= SOON):
            return coming[1]  # "by setting a Jan. 14 return date", written on Jan. 6: not the last Jan. 14
        dates = past or dates  # 29 February: a leap year may lie ahead only
    elif tense == FUTURE:
        dates = [(d, y) for d, y in dates if d >= pub] or dates
    return min(dates, key=lambda dy: (abs((dy[0] - pub).days), dy[0] > pub))[1]


def _nearest_month(month: int, published: FuzzyDate, tense: str) -> FuzzyDate:
    if published.month is None:
        return FuzzyDate(published.year, month)
    pub = _dt.date(published.year, published.month, 1)
    return FuzzyDate(_closest(published.year, pub, tense, lambda y: _dt.date(y, month, 1)), month)


def _relative_month(rel: str, month: int, pub: _dt.date, precision: str = "month") -> FuzzyDate:
    year = pub.year
    if rel == "last":
        year -= 1 if month >= pub.month else 0
    elif rel == "next":
        year += 1 if month <= pub.month else 0
    return FuzzyDate(year) if precision == "year" else FuzzyDate(year, month)


def _weekday(weekday: int, rel: str, published: FuzzyDate, tense: str) -> FuzzyDate | None:
    """"On Wednesday": the last Wednesday up to publication, the next one in a sentence about the
    future, the nearest one in the present tense ("meets on Thursday").

    Without a publication day only the month is known.
    """
    if published.precision != "day":
        return FuzzyDate(published.year, published.month) if published.month else None
    pub = published.first_day()
    ahead = (weekday - pub.weekday()) % 7
    rel = "" if rel == "on" else rel  # "on Saturday" is read like "Saturday"
    if rel == "next" or (tense == FUTURE and rel != "last") or (tense == PRESENT and not rel and 0 < ahead <= 3):
        day = pub + _dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    else:
        day = pub - _dt.timedelta(days=(pub.weekday() - weekday) % 7 or (7 if rel == "last" else 0))
    return FuzzyDate(day.year, day.month, day.day)


def _week_month(rel: str, pub: _dt.date, tense: str) -> FuzzyDate:
    """"Last week", "earlier this week": the month most of the week's days fall in. Of this week, the
    days before or after the day of writing, as the clause looks back or ahead: on Friday, August 1,
    "earlier this week" is July."""
    monday = pub - _dt.timedelta(days=pub.weekday()) + _dt.timedelta(weeks=RELATIVE_STEPS[rel])
    days = [monday + _dt.timedelta(days=i) for i in range(7)]
    if rel == "this" and tense != PRESENT:
        days = [d for d in days if (d <= pub if tense == PAST else d >= pub)]
    counts = Counter((d.year, d.month) for d in days)
    year, month = max(counts, key=lambda ym: (counts[ym], ym == (pub.year, pub.month)))
    return FuzzyDate(year, month)


def _relative_unit(rel: str, unit: str, pub: _dt.date) -> FuzzyDate:
    """"last week", "next month": a step from the day of publication, no finer than its unit (a week
    gives its month)."""
    step = RELATIVE_STEPS[rel]
    return _at_precision(_moved(FuzzyDate(pub.year, pub.month, pub.day), unit, step), unit)
