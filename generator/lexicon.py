"""The English the extractors know, loaded from ``data/lexicon.yml`` and the libraries that keep it.

Word lists come back as frozensets of lower-case words; ``title_pattern`` builds the regular
expression that strips titles from names. Everything is loaded once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return yaml.safe_load(resources.files("generator").joinpath("data/lexicon.yml").read_text("utf-8"))


@lru_cache(maxsize=None)
def words(section: str, name: str) -> frozenset[str]:
    """One list of ``lexicon.yml`` (``words("actors", "creeds")``), lower-cased."""
    return frozenset(str(w).lower() for w in _lexicon()[section][name])


def records(section: str, name: str) -> list[dict]:
    """A list of mappings of ``lexicon.yml`` (``records("dates", "named_dates")``), as written."""
    return list(_lexicon()[section][name])


def mapping(section: str, name: str) -> dict[str, str]:
    return dict(_lexicon()[section][name])


def alternatives(section: str, name: str) -> str:
    """A list as a regex alternation, longest first; a space is any spacing, a dot may be left out."""
    return _alternatives(_lexicon()[section][name])


def _alternatives(phrases) -> str:
    parts = [re.escape(str(p)).replace(r"\ ", r"\s+").replace(r"\.", r"\.?") for p in phrases]
    return "|".join(sorted(parts, key=len, reverse=True))


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    """A title and what may stand before it at the start of a name: "former Pakistani Foreign Minister "."""
    actors = _lexicon()["actors"]
    return re.compile(rf"^(?:(?:{_alternatives(actors['title_modifiers'])})\s*)?"
                      rf"(?:(?:{_alternatives(actors['title_nationalities'])})\s+)?"
                      rf"(?:{_alternatives(actors['titles'])})\s+", re.I)


@lru_cache(maxsize=1)
def portfolio_title_pattern() -> re.Pattern:
    """An office held for a portfolio, written before its holder's name: "Minister for Interior",
    "Adviser to the Prime Minister on Commerce", "Special Assistant on Overseas Pakistanis", "Commerce
    Secretary"."""
    actors = _lexicon()["actors"]
    portfolio = f"(?i:{_alternatives(actors['portfolios'])})"  # "on Commerce", "for commerce"
    offices = _alternatives(actors["portfolio_offices"])
    return re.compile(rf"\b(?:{offices})(?:\s+to\s+(?:the\s+)?(?:Prime\s+Minister|PM|President))?\s+(?:for|on|of)\s+"
                      rf"(?:{portfolio})(?:(?:\s*,\s*|\s+and\s+|\s+(?:for|of)\s+)(?:{portfolio}))*\b"
                      rf"|\b(?=[A-Z])(?:{portfolio})\s+(?:{offices})\b")  # "Commerce Secretary Jawad Paul"


def abbreviated_titles() -> list[str]:
    """The titles of one word written with a dot ("Sgt.", "Lt."), as written."""
    return [str(t) for t in _lexicon()["actors"]["titles"] if " " not in str(t) and str(t).endswith(".")]


@lru_cache(maxsize=None)
def word_pattern(section: str, name: str, at: str = "any") -> re.Pattern:
    """A list as a regex of whole words: anywhere in a text, or (``at="end"``) ending it."""
    words = alternatives(section, name)
    return re.compile(rf"\b(?:{words})$" if at == "end" else rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-case nouns that introduce a person's name: the lexicon's, and nameparser's titles."""
    from nameparser.config import CONSTANTS

    titles = {t for t in CONSTANTS.titles if t.isalpha() and t.isascii()}
    return (words("actors", "role_words") | frozenset(titles)) - words("actors", "role_exceptions")


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """Names of languages, folded: ISO 639-1's (pycountry) and the lexicon's."""
    import pycountry

    names = {re.sub(r"\s*\(.*\)$", "", language.name).lower()
             for language in pycountry.languages if hasattr(language, "alpha_2")}
    return frozenset(names) | words("actors", "languages")


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """Names of provinces, states and regions (ISO 3166-2, through pycountry), folded, each also
    without its diacritics (ISO writes "Rājasthān", the news "Rajasthan") and with "&" for "and"."""
    import pycountry

    names = {re.sub(r"\s*\[.*\]$", "", s.name).lower() for s in pycountry.subdivisions}
    names |= {_without_diacritics(name) for name in names}
    return frozenset(names | {name.replace(" and ", " & ") for name in names})  # "Jammu & Kashmir"


def _without_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
