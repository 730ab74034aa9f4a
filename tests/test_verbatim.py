"""Finished HTML set aside from Markdown and put back: the page is the same, its anchors are known."""

from __future__ import annotations

import markdown

from generator.verbatim import anchor_ids, marked, put_back, set_aside

BODY = '<div class="x">\n<p id="p1">One &amp; <b>two</b></p>\n\n<p id="p&quot;2">Three</p>\n</div>'
EVENTS = '<ul>\n<li id="e1">Event</li>\n</ul>'
PAGE = f"# Title\n\nSome *Markdown*.\n\n{marked(BODY)}\n\n## Heading\n\n{marked(EVENTS)}\n"


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "toc"])


def test_setting_aside_changes_nothing_a_reader_sees():
    text, blocks = set_aside(PAGE)
    assert len(blocks) == 2 and "<p id" not in text
    assert put_back(convert(text), blocks) == convert(PAGE).replace(
        "<!-- briefing:html -->\n", "").replace("\n<!-- /briefing:html -->", "")


def test_a_blank_line_inside_a_block_is_kept():
    _, blocks = set_aside(PAGE)
    assert "</p>\n\n<p" in blocks[0]


def test_the_blocks_anchors_are_reported():
    _, blocks = set_aside(PAGE)
    assert anchor_ids(blocks) == {"p1", 'p"2', "e1"}


def test_a_page_without_marks_is_left_alone():
    assert set_aside("# Plain\n\n<p>raw</p>\n") == ("# Plain\n\n<p>raw</p>\n", [])
