"""Citations: the original publication first, then the edition it was read in and that edition's date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.cite import CitedEdition, bibtex, citations, ris, sentence_case
from generator.model import Article, FuzzyDate

PERMALINK = "https://example.github.io/briefing/2026-fall/articles/2011-04-lieven-hard-power/"
FALL = CitedEdition("2026-fall", PERMALINK, dt.date(2026, 11, 23))
SOURCE = "http://www.foreignpolicy.com/articles/2011/04/22/hard_power"


def article(authors, published="2011-04-22", source=SOURCE, title="Hard Power"):
    return Article("2011-04-lieven-hard-power", "a.txt", FuzzyDate.parse(published), title=title,
                   authors=authors, publication="Foreign Policy", source_url=source)


def test_the_three_styles_for_one_author():
    cited = citations(article(["Anatol Lieven"]), FALL)
    assert cited["APA"] == (f"Lieven, A. (2011, April 22). Hard power. Foreign Policy. {SOURCE} "
                            f"In US–Pakistan Briefing, edition 2026-fall (November 23, 2026). {PERMALINK}")
    assert cited["MLA"] == (f"Lieven, Anatol. “Hard Power.” Foreign Policy, 22 Apr. 2011, {SOURCE}. "
                            f"US–Pakistan Briefing, edition 2026-fall, 23 Nov. 2026, {PERMALINK}.")
    assert cited["Chicago"] == (f"Lieven, Anatol. “Hard Power.” Foreign Policy, April 22, 2011. {SOURCE}. "
                                f"In US–Pakistan Briefing, edition 2026-fall, November 23, 2026. {PERMALINK}.")


QUESTION = "Will Pakistan's Support for Terrorists Destroy Its Relationship with America?"


@pytest.mark.parametrize("authors, published, title, style, starts", [
    # A title that ends in its own mark takes no period after it, in any style.
    (["Jane Doe"], "2017-12-01", QUESTION, "APA",
     "Doe, J. (2017, December 1). Will Pakistan's support for terrorists destroy its relationship with America? Foreign"),
    (["Jane Doe"], "2017-12-01", QUESTION, "MLA", f"Doe, Jane. “{QUESTION}” Foreign Policy, 1 Dec. 2017"),
    (["Jane Doe"], "2017-12-01", QUESTION, "Chicago", f"Doe, Jane. “{QUESTION}” Foreign Policy, December 1, 2017."),
    (["Jane Doe"], "2017-12-01", "Stop!", "MLA", "Doe, Jane. “Stop!” Foreign Policy"),
    # Several authors.
    (["Jane Doe", "John Roe"], "2011-04-22", "Hard Power", "APA", "Doe, J., & Roe, J. (2011, April 22)."),
    (["Jane Doe", "John Roe"], "2011-04-22", "Hard Power", "MLA", "Doe, Jane, and John Roe. “Hard Power.”"),
    (["Jane Doe", "John Roe"], "2011-04-22", "Hard Power", "Chicago", "Doe, Jane, and John Roe. “Hard Power.”"),
    (["A Bee", "C Dee", "E Eff"], "2011-04-22", "Hard Power", "APA", "Bee, A., Dee, C., & Eff, E. (2011"),
    (["A Bee", "C Dee", "E Eff"], "2011-04-22", "Hard Power", "MLA", "Bee, A, et al. “Hard Power.”"),
    # No author: the title leads; a date known to the month only.
    ([], "2017-11", "Hard Power", "APA", "Hard power. (2017, November). Foreign Policy."),
    ([], "2017-11", "Hard Power", "MLA", "“Hard Power.” Foreign Policy, Nov. 2017,"),
    ([], "2017", "Hard Power", "Chicago", "“Hard Power.” Foreign Policy, 2017."),
])
def test_citation_cases(authors, published, title, style, starts):
    cited = citations(article(authors, published, title=title), FALL, {"pakistan", "america"})
    assert cited[style].startswith(starts), cited[style]


@pytest.mark.parametrize("title, proper, expected", [
    ("Hard Power", set(), "Hard power"),
    (QUESTION, {"pakistan", "america"}, "Will Pakistan's support for terrorists destroy its relationship with America?"),
    ("The US and ISI: A Marriage of Convenience", set(), "The US and ISI: A marriage of convenience"),
    ("Tillerson's Islamabad Thaw", {"tillerson", "islamabad"}, "Tillerson's Islamabad thaw"),
])
def test_apa_titles_are_in_sentence_case_keeping_names_and_acronyms(title, proper, expected):
    assert sentence_case(title, proper) == expected


def test_bibtex_and_ris_for_reference_managers():
    entry = bibtex(article(["Anatol Lieven"], title="Hard Power & 100% {Soft}"), FALL)
    assert entry.startswith("@online{2011-04-lieven-hard-power,\n")
    assert "  title = {{Hard Power \\& 100\\% \\{Soft\\}}}," in entry  # TeX's specials escaped, braces balanced
    assert f"  url = {{{PERMALINK}}}," in entry and "  urldate = {2026-11-23}," in entry
    assert entry.count("{") == entry.count("}")
    record = ris(article(["Anatol Lieven"], published="2017-11"), FALL)
    assert record.splitlines()[0] == "TY  - ELEC" and record.endswith("ER  - \r\n")
    assert "DA  - 2017/11//" in record and f"UR  - {PERMALINK}" in record and "AU  - Lieven, Anatol" in record
