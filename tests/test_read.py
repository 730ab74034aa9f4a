"""Stage 1, read: front matter, raw blocks, and errors that name the file and line."""

from __future__ import annotations

import pytest

from generator.model import FuzzyDate
from generator.read import ArticleError, read_article, split_blocks

from .conftest import FIXTURES, SEEDS

GOOD_FRONT = "---\npublished: 2020-05\npublication: Somewhere\n---\n"
BODY = ("The committee met on Monday and agreed on a short statement about the harbour dispute, "
        "which has kept ships waiting outside the port for most of the spring.\n")


def write(tmp_path, text, name="an-article.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_seed_front_matter_and_body_lines():
    source = read_article(SEEDS["mattis"])
    assert source.slug == "2017-12-pakistan-support-for-terrorists-relationship-with-america"
    assert source.published == FuzzyDate(2017, 12, 1)
    assert source.meta["publication"] == "The National Interest"
    first = source.blocks[0]
    assert first.text.startswith("Will Pakistan's Support for Terrorists")
    # Line numbers count from the top of the file, front matter included.
    assert SEEDS["mattis"].read_text(encoding="utf-8").splitlines()[first.line - 1].startswith("Will Pakistan")


@pytest.mark.parametrize("published, expected", [("2018-09", FuzzyDate(2018, 9)), ("2011", FuzzyDate(2011)),
                                                 ("2011-04-22", FuzzyDate(2011, 4, 22))])
def test_published_keeps_its_precision(tmp_path, published, expected):
    path = write(tmp_path, f"---\npublished: {published}\n---\n{BODY}")
    assert read_article(path).published == expected


@pytest.mark.parametrize("text, line, message", [
    ("No front matter here.\n", 1, "missing front matter"),
    ("---\npublished: 2020\nText without a closing line\n", 1, "front matter is not closed"),
    ("---\npublished: 2020\npublised: 2020\n---\nText.\n", 3, "unknown field 'publised' (did you mean 'published'?)"),
    ("---\npublication: X\n---\nText.\n", 2, "missing required field 'published'"),
    ("---\ntitle: T\npublished: next week\n---\nText.\n", 3, "'published': 'next week' is not a date"),
    ("---\npublished: 2021-02-30\n---\nText.\n", 2, "'published': '2021-02-30' is not a date: February 2021 has no day 30"),
    ("---\npublished: 0000-01-01\n---\nText.\n", 2, "'published': '0000-01-01' has no year 0"),
    ("---\npublished: 2020\nauthors: Jane Doe, John Roe\n---\nText.\n", 3, "write the list in brackets, authors: [Jane Doe, John Roe]"),
    ("---\npublished: 2020\nsource_url: ftp://example.com/a\n---\nText.\n", 3, "source_url must start with http"),
    ("---\npublished: 2020\nauthors: {name: x}\n---\nText.\n", 3, "'authors' must be a list of names"),
    ("---\npublished: 2020\ntitle: [unclosed\n---\nText.\n", 3, "front matter is not valid YAML"),
])
def test_bad_front_matter_names_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_non_utf8_byte_is_named_with_its_line(tmp_path):
    path = write(tmp_path, GOOD_FRONT.encode() + b"First line.\nCaf\xe9 au lait.\n")
    with pytest.raises(ArticleError, match=r"not UTF-8: byte 0xe9") as caught:
        read_article(path)
    assert caught.value.line == 6


def test_file_name_must_be_a_slug(tmp_path):
    path = write(tmp_path, GOOD_FRONT + "Text.\n", name="Bad Name.txt")
    with pytest.raises(ArticleError, match="is not a slug"):
        read_article(path)


@pytest.mark.parametrize("name", ["index.txt", "2017.txt"])
def test_a_slug_that_is_the_address_of_a_page_is_refused(tmp_path, name):
    path = write(tmp_path, GOOD_FRONT + "Text.\n", name=name)  # articles/2017/ lists the articles of 2017
    with pytest.raises(ArticleError, match="is the address of a page of the site"):
        read_article(path)


def test_authors_given_as_one_string_become_a_list(tmp_path):
    path = write(tmp_path, "---\npublished: 2020\nauthors: Jane Doe\n---\n" + BODY)
    assert read_article(path).meta["authors"] == ["Jane Doe"]


def test_tags_without_brackets_are_read_as_a_list(tmp_path):
    path = write(tmp_path, "---\npublished: 2020\ntags: diplomacy, trade ,  ports\n---\n" + BODY)
    assert read_article(path).meta["tags"] == ["diplomacy", "trade", "ports"]


def test_blocks_are_lines_and_hard_wrapped_prose_is_joined():
    lines = [
        "A Headline",
        "",
        "This paragraph was pasted from an email client that wraps its lines at",
        "about seventy characters, so it continues here and ends here.",
        "STR/AFP/Getty Images",
        "Next line stays a block of its own.",
    ]
    blocks = split_blocks(lines, first_line=10)
    assert [b.text for b in blocks] == [
        "A Headline",
        "This paragraph was pasted from an email client that wraps its lines at about seventy characters, "
        "so it continues here and ends here.",
        "STR/AFP/Getty Images",
        "Next line stays a block of its own.",
    ]
    assert [b.line for b in blocks] == [10, 12, 14, 15]


def test_non_breaking_spaces_are_plain_spaces():
    assert split_blocks(["Relations with India\u00a0"])[0].text == "Relations with India"


# The HTML route: a saved page with its metadata beside it (tests/fixtures/html, a page of our own).
HTML = FIXTURES / "html" / "2024-05-river-treaty.html"


def test_html_article_is_cut_out_of_its_page_with_metadata_from_the_yml(tmp_path):
    source = read_article(HTML)
    assert source.extracted and source.published == FuzzyDate(2024, 5, 6)
    assert source.meta["publication"] == "The Example Review"
    assert source.meta["title"] == "River Treaty Talks Resume in Lisbon"  # from the page, the yml being silent
    text = " ".join(b.text for b in source.blocks)
    assert "Negotiators from the three river states" in text and "wetlands at the river mouth" in text
    for chrome in ("Business", "We use cookies", "Most read", "Ten cafés", "All rights reserved"):
        assert chrome not in text
    # Each block names the line of the page its words stand on.
    page_lines = HTML.read_text(encoding="utf-8").splitlines()
    negotiators = next(b for b in source.blocks if b.text.startswith("Negotiators"))
    assert "Negotiators from the three" in page_lines[negotiators.line - 1]


def test_html_article_without_its_metadata_file_is_an_error(tmp_path):
    page = tmp_path / "2024-05-lonely-page.html"
    page.write_text(HTML.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ArticleError, match=r"needs its metadata beside it: 2024-05-lonely-page.yml not found"):
        read_article(page)


def test_html_metadata_errors_name_the_yml_file_and_line(tmp_path):
    page = tmp_path / "2024-05-bad-meta.html"
    page.write_text(HTML.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "2024-05-bad-meta.yml").write_text("publication: X\npublishd: 2024\n", encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        read_article(page)
    assert str(caught.value) == f"{tmp_path / '2024-05-bad-meta.yml'}:2: unknown field 'publishd' (did you mean 'published'?)"


def test_a_page_in_which_trafilatura_finds_no_article_is_read_as_page_text():
    """The page's story sits in an <aside>, which extractors take for a sidebar: its whole text is
    cleaned instead, as pasted page text would be, and the article comes out whole."""
    from generator.pipeline import make_article

    source = read_article(FIXTURES / "html" / "2024-06-ferry-strike.html")
    assert source.fallback and not source.extracted
    article = make_article(source)
    assert article.title == "Ferry Strike Ends After Nine Days" and article.authors == ["Tom Weller"]
    assert [p.text.split()[0] for p in article.paragraphs] == ["Ferry", "The", "The", "The"]
    assert "window.dataLayer" not in " ".join(b.text for b in source.blocks)  # scripts are not text


def test_a_line_too_long_to_be_a_paragraph_is_refused_naming_it(tmp_path):
    path = write(tmp_path, GOOD_FRONT + BODY + "word " * 30_000 + "\n")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(caught.value) == (f"{path}:6: this line holds 149,999 characters without a break; "
                                 "a paragraph may have at most 100,000")


def test_a_text_too_long_to_be_an_article_is_refused(tmp_path):
    path = write(tmp_path, GOOD_FRONT + (BODY + "\n") * 2_500)
    with pytest.raises(ArticleError, match=r":5: the text has 70,000 words; an article may have at most 60,000"):
        read_article(path)


def test_prose_wrapped_at_a_narrow_width_is_joined_back_into_paragraphs():
    # An old page copied with its line breaks: every line under fifty characters, names broken
    # across lines, paragraphs told apart only by a line that ends a sentence.
    lines = [
        "The president's pardon headed off a clash",
        "with the religious parties, which opposed any",
        "punishment for the scientist Abdul Qadeer",
        "Khan, the father of the country's bomb.",
        "The cabinet had recommended the pardon on",
        "Thursday, officials in Islamabad said after",
        "a meeting that lasted most of the afternoon.",
    ]
    assert [b.text for b in split_blocks(lines)] == [
        "The president's pardon headed off a clash with the religious parties, which opposed any punishment "
        "for the scientist Abdul Qadeer Khan, the father of the country's bomb.",
        "The cabinet had recommended the pardon on Thursday, officials in Islamabad said after a meeting that "
        "lasted most of the afternoon.",
    ]


def test_a_list_of_short_headlines_is_not_taken_for_wrapped_prose():
    lines = ["Pakistan shuts supply route after NATO raid", "Kayani vows response to border attack",
             "Clinton calls Khar over Salala deaths", "Supply lines to reopen after apology"]
    assert [b.text for b in split_blocks(lines)] == lines
