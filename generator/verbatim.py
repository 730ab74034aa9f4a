"""Generated HTML that Markdown need not read: marked by the templates, set aside before MkDocs
converts a page, put back after.

Most of a generated page is HTML the templates have already escaped and balanced (an article's
paragraphs, an actor's list of articles, a year's events). Python-Markdown would parse it with
html.parser to find where it ends, and MkDocs once more to find its anchors, only to pass it through
unchanged: for an archive of 1,000 articles that was most of the build's Markdown time. The plugin
swaps each marked block for a placeholder before conversion, puts it back in the HTML, and tells
MkDocs the anchors it holds, so links to ``#p14`` are still checked.

Without the plugin (pages written by ``briefing generate`` and built by plain MkDocs) the markers
are HTML comments around raw HTML, and the page renders the same.
"""

from __future__ import annotations

import html
import re
from typing import Iterable

START, END = "<!-- briefing:html -->", "<!-- /briefing:html -->"
_BLOCK = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.S | re.M)
_PLACEHOLDER = "<!-- briefing:set-aside {} -->"
_PLACEHOLDERS = re.compile(_PLACEHOLDER.format(r"(\d+)"))
_ID = re.compile(r'\sid="([^"]*)"')


def marked(block: str) -> str:
    """The template filter: a block of finished HTML, marked to be set aside."""
    return f"{START}\n{block.strip()}\n{END}"


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each marked block replaced by a placeholder, and the blocks in order."""
    blocks: list[str] = []

    def placeholder(match: re.Match) -> str:
        blocks.append(match.group(1))
        return "\n" + _PLACEHOLDER.format(len(blocks) - 1) + "\n"

    return _BLOCK.sub(placeholder, markdown), blocks


def put_back(converted: str, blocks: list[str]) -> str:
    """The converted page with each placeholder replaced by its block."""
    return _PLACEHOLDERS.sub(lambda match: blocks[int(match.group(1))], converted)


def has_placeholders(converted: str) -> bool:
    return _PLACEHOLDERS.search(converted) is not None


def anchor_ids(blocks: Iterable[str]) -> set[str]:
    """The ids the blocks define: the templates write every attribute in double quotes."""
    return {html.unescape(value) for block in blocks for value in _ID.findall(block)}
