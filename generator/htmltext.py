"""The HTML route of stage 1: a saved web page → the article's text blocks and page metadata.

trafilatura, the field's standard extractor, cuts the article out of the page;
the cleaner then applies the same block-level passes as on page text. Where trafilatura finds
no article (about one real page in fifty, or only the page's menu), the page's whole visible
text, one block element a line as a browser's select-all copies it, goes through the cleaner
instead, as page text does.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import trafilatura

from .model import Block


# Elements whose text a browser shows on a line of its own, and those it never shows.
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
              "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
              "section", "table", "td", "th", "tr", "ul", "br", "title"}
HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "head")


@dataclass
class ExtractedPage:
    blocks: list[Block]
    title: str = ""
    authors: list[str] = field(default_factory=list)
    fallback: bool = False  # no article was found: the blocks are the page's whole text


def extract(page: str, min_words: int = 0) -> ExtractedPage:
    """The article trafilatura finds in the page; the page's whole text when it finds fewer than
    ``min_words`` words (nothing, or only a menu), for the cleaner to cut as it cuts page text."""
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    if document is None or len((document.text or "").split()) < max(min_words, 1):
        return ExtractedPage(page_text(page), fallback=True)
    source = html.unescape(page)  # entities hold no line breaks, so line numbers survive unescaping
    blocks = [Block(" ".join(line.split()), _line_of(source, line)) for line in document.text.splitlines()
              if line.strip()]
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return ExtractedPage(blocks, document.title or "", authors)


def _line_of(source: str, text: str) -> int:
    """The line of the page where a paragraph's opening words stand (1 when markup splits them)."""
    position = source.find(text.strip()[:30])
    return source.count("\n", 0, position) + 1 if position >= 0 else 1


def page_text(page: str) -> list[Block]:
    """The page's visible text, a block element a line, with the line of the page each starts on."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    for hidden in list(root.iter(*HIDDEN_TAGS)):
        hidden.drop_tree()
    blocks: list[Block] = []
    words: list[str] = []
    line = 1

    def flush(next_line: int) -> None:
        nonlocal line
        text = " ".join(" ".join(words).split())
        if text:
            blocks.append(Block(text, line))
        words.clear()
        line = next_line

    # iterwalk visits each element twice, at its start and its end: linear in the page, whatever its depth.
    for event, element in etree.iterwalk(root, events=("start", "end")):
        shown = isinstance(element.tag, str)  # not a comment or a processing instruction
        if shown and element.tag in BLOCK_TAGS:
            flush(element.sourceline or line)
        if event == "start" and shown:
            words.append(element.text or "")
        elif event == "end":
            words.append(element.tail or "")
    flush(line)
    return blocks
