"""The HTML route of stage 1: a saved web page → the article's text blocks and page metadata.

trafilatura, the field's standard extractor, cuts the article out of the page;
the cleaner then applies the same block-level passes as on page text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import trafilatura

from .model import Block


@dataclass
class ExtractedPage:
    blocks: list[Block]
    title: str = ""
    authors: list[str] = field(default_factory=list)


def extract(page: str) -> ExtractedPage:
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    if document is None or not document.text:
        return ExtractedPage([])
    source = html.unescape(page)  # entities hold no line breaks, so line numbers survive unescaping
    blocks = [Block(" ".join(line.split()), _line_of(source, line)) for line in document.text.splitlines()
              if line.strip()]
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return ExtractedPage(blocks, document.title or "", authors)


def _line_of(source: str, text: str) -> int:
    """The line of the page where a paragraph's opening words stand (1 when markup splits them)."""
    position = source.find(text.strip()[:30])
    return source.count("\n", 0, position) + 1 if position >= 0 else 1
