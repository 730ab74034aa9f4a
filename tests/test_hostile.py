"""Hostile and broken input: each case gets a clear error naming file and line, or renders as plain text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.index import build_site
from generator.model import Article, FuzzyDate, Paragraph
from generator.read import ArticleError, read_article
from generator.render import md_escape, render_pages

from .conftest import build_project, make_project

BODY = ("The committee met on Monday and agreed on a short statement about the harbour dispute, "
        "which has kept ships waiting outside the port for most of the spring.\n")


@pytest.mark.parametrize("name, content, line, message", [
    ("2020-01-a.txt", "no front matter\n" + BODY, 1, "missing front matter: the file must start with a '---' line"),
    ("2020-01-a.txt", "---\npublished: 2020\ntitel: X\n---\n" + BODY, 3, "unknown field 'titel' (did you mean 'title'?)"),
    ("2020-01-a.txt", "---\npublished: 2999-01-01\n---\n" + BODY, 2, "'published' is in the future: 2999-01-01"),
    ("2020-01-a.txt", "---\npublished: 2020\nsource_url: javascript:alert(1)\n---\n" + BODY, 3,
     "source_url must start with http:// or https://"),
    ("2020-01-a.txt", "---\npublished: 2020\n---\n\n\n", 4, "no article text after the front matter"),
    ("2020-01-a.txt", "---\npublished: 2020\n---\nToo short.\n", 4,
     "the text has only 2 words; paste the whole article (at least 20)"),
    ("2020-01-a.txt", b"---\npublished: 2020\n---\n" + b"\xff\xfe" + BODY.encode(), 4, "not UTF-8: byte 0xff at offset 24"),
    ("Bad_Slug.txt", "---\npublished: 2020\n---\n" + BODY, 1, "file name 'Bad_Slug' is not a slug"),
    ("2020-01-a.txt", "---\npublished: 2020\ntitle: !!python/object/apply:os.system [echo hacked]\n---\n" + BODY, 3,
     "front matter is not valid YAML"),
])
def test_broken_articles_get_exact_errors(tmp_path, name, content, line, message):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert (caught.value.line, caught.value.path) == (line, str(path))
    assert caught.value.message.startswith(message)


def test_an_oversized_file_names_the_bound(tmp_path):
    path = tmp_path / "2020-01-huge.txt"
    path.write_text("---\npublished: 2020\n---\n" + BODY * 20000, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"file is [\d,]+ bytes; it may be at most 2,000,000 bytes"):
        read_article(path)


def test_check_finds_duplicate_titles_and_contradicting_registry_entries(tmp_path):
    import subprocess
    import sys

    for slug in ("2020-01-first", "2020-02-second"):
        (tmp_path / f"{slug}.txt").write_text(f"---\npublished: 2020\ntitle: One Title\n---\n{BODY}", encoding="utf-8")
    (tmp_path / "actors.yml").write_text("actors:\n  - name: A\n    kind: person\n  - name: B\n    kind: place\n"
                                         "    aliases: [A]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--articles", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{tmp_path / 'actors.yml'}:4: error: 'A' is already a name of 'A'" in result.stdout
    assert f"{tmp_path / '2020-02-second.txt'}:1: error: the title 'One Title' is already the title of " \
           "2020-01-first.txt" in result.stdout


def test_names_from_articles_never_make_paths_outside_their_folder():
    from generator.index import slugify

    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("..") == "x" and "/" not in slugify("a/b\\c")


# Property tests: whatever text an article holds, the page shows exactly that text and no markup of it.

class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=200)
# Paragraphs as the cleaner hands them on: whitespace normalised, never empty.
PARAGRAPH = TEXT.map(lambda text: " ".join(text.split())).filter(bool)


def _visible(text: str) -> str:
    return " ".join(text.split())


@given(PARAGRAPH)
def test_any_text_in_markdown_renders_as_itself(text):
    rendered = markdown.markdown(md_escape(text), extensions=["tables", "attr_list", "md_in_html"])
    parsed = _Text()
    parsed.feed(rendered)
    assert set(parsed.tags) <= {"p"}
    assert "".join(parsed.text) == _visible(text)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(PARAGRAPH, PARAGRAPH)
def test_any_text_in_an_article_page_is_shown_as_text(title, body):
    article = Article("2020-01-any", "a.txt", FuzzyDate(2020), title=title,
                      paragraphs=[Paragraph("p1", "paragraph", body, 4)])
    page = dict(render_pages(build_site([article], [], {}, [])))["articles/2020-01-any.md"]
    front, _, content = page.partition("\n---\n")
    rendered = markdown.markdown(content, extensions=["tables", "attr_list", "md_in_html"])
    paragraph = re.search(r'<p id="p1" data-number="1">(.*?) <a class="briefing-pilcrow"', rendered, re.S)
    assert paragraph is not None
    parsed = _Text()
    parsed.feed(paragraph.group(1))
    assert parsed.tags == [] and html.unescape(paragraph.group(1)) == body
    heading = _Text()
    heading.feed(rendered.split("</h1>")[0])
    assert heading.tags == ["h1"] and "".join(heading.text) == title


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=3, max_size=6))
def test_any_article_text_builds_a_site(tmp_path_factory, paragraphs):
    folder = tmp_path_factory.mktemp("anytext")
    article = folder / "2020-01-any-text.txt"
    filler = " ".join(["word"] * 25)
    article.write_text("---\npublished: 2020\n---\n" + "\n\n".join([filler, *paragraphs]) + "\n", encoding="utf-8")
    site = build_project(make_project(folder, [article], home="# Home\n"))
    assert (site / "articles" / "2020-01-any-text" / "index.html").is_file()


@pytest.mark.parametrize("text", ["&amp; is not &", "<b>x</b> &lt;i&gt;", "a\\*b\\\\", "{{ 6*7 }} {% raw %}"])
def test_entities_backslashes_and_template_syntax_stay_as_written(text):
    rendered = markdown.markdown(md_escape(text), extensions=["tables", "attr_list", "md_in_html"])
    parsed = _Text()
    parsed.feed(rendered)
    assert "".join(parsed.text) == text
