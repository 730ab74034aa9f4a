"""Stage 1, read: an article source file → metadata and raw text blocks.

A source is ``articles/<slug>.txt``: YAML front matter between ``---`` lines, then
the raw text exactly as scraped or pasted; or ``articles/<slug>.html``, the saved
page, with its metadata in ``articles/<slug>.yml``. Files are never rewritten;
every problem is reported as ``path:line: message``.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Block, FuzzyDate

# An article's source is text: anything larger is a mistake (a saved page with its images inlined, say).
MAX_BYTES = 2_000_000
# Fewer words than this after the front matter is no article.
MIN_BODY_WORDS = 20
# More than this is no article either (the longest long reads run to 20,000 words), and would take
# minutes to parse; a single block this long is no paragraph (spaCy needs ~1 GB per 100,000 characters).
MAX_BODY_WORDS = 60_000
MAX_BLOCK_CHARS = 100_000
FIELDS = ("published", "publication", "source_url", "title", "subtitle", "authors", "tags")
LIST_FIELDS = ("authors", "tags")
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # matched whole (fullmatch): "x\n" is no slug
# Slugs that name a generated page of their own: an article there would replace the articles index.
RESERVED_SLUGS = {"index"}
# Characters that no text may hold: C0 controls but tab and line breaks, DEL, C1 controls, and lone
# surrogates (a YAML escape can make one). In feeds, front matter and terminals they break or deceive.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
NOT_REGULAR = "not a regular file: only plain files in the articles folder are read, not links or folders"
# YAML nesting deeper than this is no metadata; past it PyYAML's recursion would give out.
MAX_YAML_DEPTH = 20


class SafeTextDatesLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so that ``published`` keeps its precision and its errors are ours.

    Metadata needs neither aliases nor deep nesting, and both are ways to make a small file take a
    gigabyte or a stack overflow: an alias, or nesting deeper than ``MAX_YAML_DEPTH``, is an error.
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed here; write the value out",
                                              self.peek_event().start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_YAML_DEPTH} levels deep",
                                                  self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


SafeTextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class ArticleError(ValueError):
    """A problem in an article source, located by file and line."""

    def __init__(self, path: str | Path, line: int, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}")

    def __reduce__(self):
        # Errors cross process boundaries (a parallel cold build) whole, whatever a subclass's signature.
        return _restored_error, (type(self), dict(self.__dict__))


def _restored_error(cls: type[ArticleError], state: dict) -> ArticleError:
    error = cls.__new__(cls)
    ArticleError.__init__(error, state["path"], state["line"], state["message"])
    error.__dict__.update(state)
    return error


@dataclass
class Source:
    """What the reader stage hands on: metadata as given, and the raw body blocks."""

    slug: str
    path: str
    meta: dict
    published: FuzzyDate
    blocks: list[Block]
    extracted: bool = False  # the blocks come from an HTML extractor, not from page text
    fallback: bool = False  # the extractor found no article in the HTML page: its whole text stands in
    published_at: tuple[str, int] = ("", 1)  # the file and line of the 'published' field


def read_article(path: str | Path) -> Source:
    """Read an article source: ``<slug>.txt`` (page text), or ``<slug>.html`` with ``<slug>.yml`` beside it."""
    path = Path(path)
    slug = path.stem
    if not SLUG_RE.fullmatch(slug):
        raise ArticleError(path, 1, f"file name {slug!r} is not a slug: use lowercase ascii letters, digits and hyphens")
    if slug in RESERVED_SLUGS or slug.isdigit():  # articles/2017/ lists the articles of 2017
        raise ArticleError(path, 1, f"the slug {slug!r} is the address of a page of the site: choose another name")
    if path.suffix == ".html":
        return _read_html_article(path, slug)
    text = read_text(path)
    meta, front_lines, body_line = _split_front_matter(path, text)
    published_line = _field_line(front_lines, "published")
    published = _published(path, meta, published_line)
    body = lines_of(text)[body_line - 1 :]
    blocks = split_blocks(body, first_line=body_line)
    words = _check_size(path, blocks)
    if words < MIN_BODY_WORDS:
        raise ArticleError(path, body_line, "no article text after the front matter" if not words else
                           f"the text has only {words} words; paste the whole article (at least {MIN_BODY_WORDS})")
    return Source(slug, str(path), meta, published, blocks, published_at=(str(path), published_line))


def _read_html_article(path: Path, slug: str) -> Source:
    """The HTML route: the saved page, its metadata in ``<slug>.yml``; trafilatura cuts out the article."""
    from .htmltext import extract  # trafilatura is imported only when an HTML article is read

    meta_path = path.with_suffix(".yml")
    if not meta_path.is_file():
        raise ArticleError(path, 1, f"an HTML article needs its metadata beside it: {meta_path.name} not found")
    meta_lines = lines_of(read_text(meta_path))
    meta = _parse_metadata(meta_path, meta_lines, first_line=1)
    published_line = _field_line(meta_lines, "published", first_line=1)
    published = _published(meta_path, meta, published_line)
    page = extract(read_text(path), min_words=MIN_BODY_WORDS)
    blocks = [Block(text, block.line) for block in page.blocks if (text := plain_text(block.text))]
    if not blocks:
        raise ArticleError(path, 1, "no text found in this HTML page")
    _check_size(path, blocks)
    for name, found in (("title", plain_text(page.title)), ("authors", [plain_text(a) for a in page.authors])):
        if found and not meta.get(name):
            meta[name] = found
    return Source(slug, str(path), meta, published, blocks, extracted=not page.fallback,
                  fallback=page.fallback, published_at=(str(meta_path), published_line))


def _check_size(path: Path, blocks: list[Block]) -> int:
    """The number of words of the text; an error for a text or a block too long to be an article's."""
    long = next((b for b in blocks if len(b.text) > MAX_BLOCK_CHARS), None)
    if long is not None:
        raise ArticleError(path, long.line, f"this line holds {len(long.text):,} characters without a break; "
                                            f"a paragraph may have at most {MAX_BLOCK_CHARS:,}")
    words = sum(len(b.text.split()) for b in blocks)
    if words > MAX_BODY_WORDS:
        raise ArticleError(path, blocks[0].line, f"the text has {words:,} words; an article may have at most "
                                                 f"{MAX_BODY_WORDS:,} (paste one article's page, not a collection)")
    return words


def read_text(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """A file of the articles folder as text: a regular file (no link), at most ``max_bytes``, UTF-8
    (a byte-order mark, as Windows editors save, is dropped)."""
    return decode(path, read_regular(path, max_bytes))


def read_regular(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never through a link: a link could publish any file of the machine."""
    path = Path(path)
    if path.is_symlink() or not path.is_file():
        raise ArticleError(path, 1, NOT_REGULAR)
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(path, 1, f"file is {size:,} bytes; it may be at most {max_bytes:,} bytes")
    with open(path, "rb") as stream:
        return stream.read(max_bytes + 1)


def decode(path: str | Path, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ArticleError(path, line, f"not UTF-8: byte 0x{raw[err.start]:02x} at offset {err.start}") from None
    return text.removeprefix("\ufeff")


def lines_of(text: str) -> list[str]:
    """The lines as an editor numbers them: only line feeds and carriage returns end a line
    (``str.splitlines`` would also split at form feeds and Unicode separators, and shift every number)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def plain_text(text: str) -> str:
    """A line of text with control characters taken out and its spaces made single."""
    return " ".join(CONTROL.sub(" ", text).replace("\u00a0", " ").split())


def text_field(path: str | Path, line: int, name: str, value) -> str:
    """A field that must be text, and text without control characters (which feeds and terminals obey)."""
    if not isinstance(value, str):
        raise ArticleError(path, line, f"{name!r} must be text, not {type(value).__name__}")
    bad = CONTROL.search(value)
    if bad:
        raise ArticleError(path, line, f"{name!r} holds the character U+{ord(bad.group()):04X}, a control character "
                                       "or a lone surrogate, which no page can show: remove it")
    return value


def printable(text: str) -> str:
    """Text for a terminal or a log: control characters (an escape sequence in a file name, a line
    break) shown as escapes, never obeyed."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]", lambda m: repr(m.group())[1:-1], text)


def _split_front_matter(path: Path, text: str) -> tuple[dict, list[str], int]:
    """Return the parsed front matter, its lines, and the 1-based line where the body starts."""
    lines = lines_of(text)
    if not lines or lines[0].strip() != "---":
        raise ArticleError(path, 1, "missing front matter: the file must start with a '---' line")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise ArticleError(path, 1, "front matter is not closed: add a '---' line after it") from None
    return _parse_metadata(path, lines[1:end], first_line=2), lines[1:end], end + 2


def _parse_metadata(path: Path, lines: list[str], first_line: int) -> dict:
    """Parse and check metadata lines that start at ``first_line`` of ``path``."""
    try:
        meta = yaml.load("\n".join(lines), Loader=SafeTextDatesLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + first_line if mark else first_line
        problem = getattr(err, "problem", None) or str(err)
        raise ArticleError(path, line, f"front matter is not valid YAML: {problem}") from None
    if not isinstance(meta, dict):
        raise ArticleError(path, first_line, "front matter must be a mapping of 'field: value' lines")
    _check_fields(path, lines, meta, first_line)
    return meta


def _field_line(front_lines: list[str], name: str, first_line: int = 2) -> int:
    for number, line in enumerate(front_lines, start=first_line):
        if re.match(rf"^{re.escape(str(name))}\s*:", line):
            return number
    return first_line


def _check_fields(path: Path, front_lines: list[str], meta: dict, first_line: int) -> None:
    for name, value in meta.items():
        line = _field_line(front_lines, name, first_line)
        if name not in FIELDS:
            close = difflib.get_close_matches(str(name), FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known fields: {', '.join(FIELDS)})"
            raise ArticleError(path, line, f"unknown field {name!r}{hint}")
        if name in LIST_FIELDS:
            if isinstance(value, str) and "," in value and name == "authors":
                raise ArticleError(path, line, f"'authors' is one text with a comma: write the list in brackets, "
                                               f"authors: [{value}] (or one name, without a comma)")
            if isinstance(value, str):  # "tags: a, b" without brackets means two tags
                value = meta[name] = [item.strip() for item in value.split(",") if item.strip()]
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ArticleError(path, line, f"{name!r} must be a list of names")
            for item in value:
                text_field(path, line, name, item)
        elif name != "published" and value is not None:
            text_field(path, line, name, value)
    url = meta.get("source_url")
    if url and not re.match(r"^https?://", url):
        raise ArticleError(path, _field_line(front_lines, "source_url", first_line), "source_url must start with http:// or https://")


def _published(path: Path, meta: dict, line: int) -> FuzzyDate:
    value = meta.get("published")
    if value is None:
        raise ArticleError(path, line, "missing required field 'published' (YYYY-MM-DD, YYYY-MM or YYYY)")
    try:
        date = FuzzyDate.parse(str(value))
    except ValueError as err:
        raise ArticleError(path, line, f"'published': {err}") from None
    if date.precision == "decade":
        raise ArticleError(path, line, "'published' must be a year, month or day, not a decade")
    if date.first_day() > _dt.date.today():
        raise ArticleError(path, line, f"'published' is in the future: {date.iso()}")
    return date


_SENTENCE_END_MARKS = r".!?:;\"'”’)\]"  # what a line that ends a sentence ends in
# A line of a hard-wrapped paragraph: long, and not the end of a sentence.
_WRAPPED = re.compile(rf"^.{{50,}}[^{_SENTENCE_END_MARKS}]$")
_ENDS_SENTENCE = re.compile(rf"[{_SENTENCE_END_MARKS}]$")
WRAPPED_RUN = 4  # lines: fewer is no evidence of a wrap width
WIDE_SHARE = 0.8  # the wrap width is the length this share of a run's lines stays within
WRAP_WIDTHS = (30, 100)  # characters: the widths text is wrapped at (e-mail 72, old pages 40-80)


def split_blocks(lines: list[str], first_line: int = 1) -> list[Block]:
    """Split raw body lines into blocks, one per line of page text.

    Scraped page text puts one block element per line; a blank line or a line
    break both end a block. Hard-wrapped prose (a long line that does not end a
    sentence, followed by a line starting in lower case) is joined back up, and so
    is a whole run of lines wrapped at one width (``_wrap_width``: an old page, an
    e-mail), wherever the next line's first word would not have fitted on the line.
    """
    blocks: list[Block] = []
    run: list[tuple[int, str]] = []  # consecutive non-blank lines
    for number, line in enumerate([*lines, ""], start=first_line):
        text = plain_text(line)
        if text:
            run.append((number, text))
        else:
            blocks += _run_blocks(run)
            run = []
    return blocks


def _run_blocks(run: list[tuple[int, str]]) -> list[Block]:
    width = _wrap_width([text for _, text in run])
    blocks: list[Block] = []
    for i, (number, text) in enumerate(run):
        previous = run[i - 1][1] if i else ""
        if previous and (_WRAPPED.match(previous) and text[:1].islower() or width and _full(previous, text, width)):
            blocks[-1].text += " " + text
        else:
            blocks.append(Block(text, number))
    return blocks


def _full(line: str, following: str, width: int) -> bool:
    """Whether a line was broken only because the next line's first word would not fit on it. One
    that ends a sentence may end its paragraph, and a caption may follow it: it stays a block."""
    return len(line) + 1 + len(following.split()[0]) > width and not _ENDS_SENTENCE.search(line)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a run of lines was wrapped at, or None if it was not: at least ``WRAPPED_RUN`` lines of
    at most ``WRAP_WIDTHS``, most of them full, and prose running on from one line to the next in lower
    case (a list of headlines is short lines too, but none runs on)."""
    if len(lines) < WRAPPED_RUN:
        return None
    width = sorted(len(line) for line in lines)[int(WIDE_SHARE * (len(lines) - 1))]  # not one long line's
    pairs = list(zip(lines, lines[1:]))
    full = sum(_full(line, following, width) for line, following in pairs)
    runs_on = any(not _ENDS_SENTENCE.search(line) and following[:1].islower() for line, following in pairs)
    return width if WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] and full >= len(pairs) / 2 and runs_on else None
