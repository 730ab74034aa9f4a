"""Stage 5, render and export: pages from templates, text escaped, files written only when changed."""

from __future__ import annotations

import json

import markdown
import pytest

from generator.output import generated_files, write_files
from generator.render import md_escape


@pytest.mark.parametrize("text", [
    "1. not a list", "# not a heading", "> not a quote", "*not emphasis* and _not_ either",
    "[not a link](http://example.com)", "`not code`", "a | b | c", "<b>not bold</b> & more", "+ not a list",
    "- not a list", "!\\[not an image](x)",
])
def test_md_escape_renders_as_the_literal_text(text):
    html = markdown.markdown(md_escape(text), extensions=["tables", "attr_list"])
    assert html.startswith("<p>") and html.endswith("</p>")
    visible = html[3:-4].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert visible == text


def test_generated_files_cover_every_page_and_data_file(seed_site):
    files = generated_files(seed_site)
    expected = {"articles/index.md", "actors/index.md", "events/index.md",
                "data/articles.json", "data/actors.json", "data/events.json"}
    expected |= {f"articles/{a.slug}.md" for a in seed_site.articles}
    expected |= {f"actors/{a.id}.md" for a in seed_site.actors}
    expected |= {f"events/{e.id}.md" for e in seed_site.events}
    assert set(files) == expected
    assert json.loads(files["data/events.json"])["version"] == 1


def test_write_files_rewrites_only_what_changed(tmp_path):
    files = {"a/one.md": "one\n", "two.md": "two\n"}
    assert len(write_files(files, tmp_path)) == 2
    before = (tmp_path / "two.md").stat().st_mtime_ns
    assert write_files({**files, "a/one.md": "changed\n"}, tmp_path) == [(tmp_path / "a" / "one.md").resolve()]
    assert (tmp_path / "two.md").stat().st_mtime_ns == before
    assert (tmp_path / "a" / "one.md").read_text() == "changed\n"
    assert not list(tmp_path.rglob(".tmp-*"))


def test_write_files_never_escapes_its_folder(tmp_path):
    with pytest.raises(ValueError, match="refusing to write outside"):
        write_files({"../outside.md": "x"}, tmp_path / "docs")
    assert not (tmp_path / "outside.md").exists()
