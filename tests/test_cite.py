"""Citations: the original publication first, then the edition's permalink and the access date."""

from __future__ import annotations

import datetime as dt

from generator.cite import citations
from generator.model import Article, FuzzyDate

PERMALINK = "https://example.github.io/briefing/2026-fall/articles/2011-04-lieven-hard-power/"


def article(authors, published="2011-04-22", source="http://www.foreignpolicy.com/articles/2011/04/22/hard_power"):
    return Article("2011-04-lieven-hard-power", "a.txt", FuzzyDate.parse(published), title="Hard Power",
                   authors=authors, publication="Foreign Policy", source_url=source)


def test_the_three_styles_for_one_author():
    cited = citations(article(["Anatol Lieven"]), PERMALINK, "2026-fall", dt.date(2026, 11, 23))
    assert cited["APA"] == ("Lieven, A. (2011, April 22). Hard Power. Foreign Policy. "
                            "http://www.foreignpolicy.com/articles/2011/04/22/hard_power Retrieved November 23, 2026, "
                            f"from US–Pakistan Briefing, edition 2026-fall, {PERMALINK}")
    assert cited["MLA"] == ("Lieven, Anatol. “Hard Power.” Foreign Policy, 22 Apr. 2011, "
                            "http://www.foreignpolicy.com/articles/2011/04/22/hard_power. "
                            f"US–Pakistan Briefing, edition 2026-fall, {PERMALINK}. Accessed 23 Nov. 2026.")
    assert cited["Chicago"].startswith("Lieven, Anatol. “Hard Power.” Foreign Policy, April 22, 2011.")
    assert cited["Chicago"].endswith(f"edition 2026-fall, {PERMALINK}, accessed November 23, 2026.")


def test_several_authors_no_author_and_a_month_precise_date():
    two = citations(article(["Jane Doe", "John Roe"]), PERMALINK, "x", dt.date(2026, 1, 2))
    assert two["APA"].startswith("Doe, J., & Roe, J. (2011, April 22).")
    assert two["MLA"].startswith("Doe, Jane, and John Roe. “Hard Power.”")
    assert two["Chicago"].startswith("Doe, Jane, and John Roe. “Hard Power.”")
    three = citations(article(["A B", "C D", "E F"]), PERMALINK, "x", dt.date(2026, 1, 2))
    assert three["MLA"].startswith("B, A, et al.")
    anonymous = citations(article([], published="2017-11", source=""), PERMALINK, "x", dt.date(2026, 1, 2))
    assert anonymous["APA"].startswith("Hard Power. (2017, November). Foreign Policy. Retrieved")
    assert anonymous["MLA"].startswith("“Hard Power.” Foreign Policy, Nov. 2017. US–Pakistan Briefing")
