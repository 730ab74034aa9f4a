"""Stage 2b, ledger: paragraph ids that keep pointing at the same words.

A link to ``articles/x/#p14`` is cited in syllabi and papers, so a paragraph keeps its id for as long
as its words stay recognisably the same, whatever the cleaner or a maintainer does to the paragraphs
around it. The ids are assigned once and recorded in ``articles/<slug>.ledger.yml``, committed with
the article (``briefing ledger`` writes it); each build matches the cleaned paragraphs to the ledger:

1. by their words exactly (whitespace aside), in order;
2. then by near-identical words (a typo fixed, a quotation mark changed: ``NEAR_IDENTICAL`` alike),
   among the ledger's unmatched paragraphs between the neighbours already matched;
3. a paragraph still unmatched is new and gets a new id, never one used before: the next number at
   the end (``p15``), or, inserted after ``p3``, ``p3a`` (then ``p3b``), as legal texts insert "12a"
   rather than renumber. The visible number is the id without its ``p``.

A ledger paragraph that matches nothing was removed: it stays in the ledger, and the page keeps its
id where it stood, with a note that the text was removed, so old links still land in the right place.
An article without a ledger is numbered ``p1``, ``p2`` … in order, as the cleaner kept its
paragraphs: the ids every published edition used before ledgers existed.

Pure functions over plain data; reading and writing the file are at the edges (``read_ledger``,
``ledger_text``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .model import Paragraph
from .read import ArticleError
from .registry import load_yaml

LEDGER_SUFFIX = ".ledger.yml"
REMOVED = "removed"  # the kind of a paragraph that is only an id now
NEAR_IDENTICAL = 0.9  # difflib ratio at which a changed paragraph keeps its id
MAX_COMPARED = 200  # unmatched ledger paragraphs one new paragraph is compared with, at most
_ID = re.compile(r"p(?P<number>\d+)(?P<suffix>[a-z]*)")


@dataclass(frozen=True, slots=True)
class Entry:
    """One paragraph of the ledger: its id, its words (normalised) and whether it is still there."""

    id: str
    text: str
    removed: bool = False


def normalised(text: str) -> str:
    return " ".join(text.split())


def order_key(paragraph_id: str) -> tuple[int, str]:
    """Where a paragraph id stands among an article's: ``p5`` < ``p5a`` < ``p6``."""
    match = _ID.fullmatch(paragraph_id)
    return (int(match.group("number")), match.group("suffix")) if match else (0, paragraph_id)


def ledger_path(article_path: str | Path) -> Path:
    path = Path(article_path)
    return path.with_name(path.stem + LEDGER_SUFFIX)


def read_ledger(article_path: str | Path) -> list[Entry] | None:
    """The ledger beside an article, or None when it has none. Bad content is ``path:line: message``."""
    path = ledger_path(article_path)
    if not path.exists() and not path.is_symlink():
        return None
    data = load_yaml(path)  # a regular file only, safe YAML, each item with its line
    entries = data.get("paragraphs") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ArticleError(path, 1, "a paragraph ledger is a mapping with a list `paragraphs:` (see docs/editions.md)")
    result, seen = [], set()
    for number, item in enumerate(entries, 1):
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not (isinstance(item, dict) and isinstance(item.get("id"), str) and _ID.fullmatch(item["id"])
                and isinstance(item.get("text", ""), str)):
            raise ArticleError(path, line, f"paragraph {number} needs an id like p7 or p7a and a text")
        if item["id"] in seen:
            raise ArticleError(path, line, f"the id {item['id']} is given twice")
        seen.add(item["id"])
        result.append(Entry(item["id"], normalised(item.get("text", "")), item.get("removed") is True))
    return result


def number(paragraphs: list[Paragraph], ledger: list[Entry] | None) -> list[Paragraph]:
    """The paragraphs with their permanent ids, removed ones kept as ids where they stood."""
    if ledger is None:
        return [replace(p, id=f"p{i}") for i, p in enumerate(paragraphs, 1)]
    matched = _match(paragraphs, ledger)
    ids: list[str | None] = [ledger[matched[i]].id if i in matched else None for i in range(len(paragraphs))]
    taken = {e.id for e in ledger}
    last_matched = max(matched, default=-1)
    for i in range(len(paragraphs)):  # new paragraphs: an id after the one before them
        if ids[i] is None:
            ids[i] = _new_id(ids[i - 1] if i else None, i < last_matched, taken)
            taken.add(ids[i])
    numbered = [replace(p, id=pid) for p, pid in zip(paragraphs, ids)]
    return _with_removed(numbered, ledger, matched)


def recorded(paragraphs: list[Paragraph], ledger: list[Entry] | None) -> list[Entry]:
    """The ledger that records these numbered paragraphs (``number``'s result): what ``briefing
    ledger`` writes, and what ``briefing check`` compares the committed one with."""
    old = {e.id: e for e in ledger or ()}
    return [Entry(p.id, old[p.id].text, removed=True) if p.kind == REMOVED else Entry(p.id, normalised(p.text))
            for p in paragraphs]


def _match(paragraphs: list[Paragraph], ledger: list[Entry]) -> dict[int, int]:
    """Paragraph index → ledger index: exact words first, then near-identical ones between matches."""
    by_text: dict[str, list[int]] = {}
    for j, entry in enumerate(ledger):
        by_text.setdefault(entry.text, []).append(j)
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        free = [j for j in by_text.get(normalised(paragraph.text), ()) if j not in taken]
        if free:
            matched[i] = free[0]
            taken.add(free[0])
    for i, paragraph in enumerate(paragraphs):
        if i in matched:
            continue
        low = max((matched[k] for k in matched if k < i), default=-1)
        high = min((matched[k] for k in matched if k > i), default=len(ledger))
        candidates = [j for j in range(low + 1, high) if j not in taken and ledger[j].text][:MAX_COMPARED]
        best = _most_alike(normalised(paragraph.text), [(j, ledger[j].text) for j in candidates])
        if best is not None:
            matched[i] = best
            taken.add(best)
    return matched


def _most_alike(text: str, candidates: list[tuple[int, str]]) -> int | None:
    best, best_ratio = None, NEAR_IDENTICAL
    for j, other in candidates:
        matcher = difflib.SequenceMatcher(None, text, other, autojunk=False)
        if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
    return best


def _new_id(previous: str | None, followed: bool, taken: set[str]) -> str:
    """A new paragraph's id: at the end, the next number (``p15``); before a paragraph the ledger
    knows, after ``p3``, ``p3a`` (after ``p3a``, ``p3b``), so no id after it changes.

    Ids never change, so one inserted between ``p3`` and an earlier insertion ``p3a`` takes the next
    free letter (``p3b``) and the numbers then read 3, 3b, 3a: out of order, but every old one holds.
    """
    if not followed:
        return f"p{max((int(_ID.fullmatch(pid).group('number')) for pid in taken), default=0) + 1}"
    if previous and _ID.fullmatch(previous).group("suffix") and _next_letters(previous) not in taken:
        return _next_letters(previous)
    base, suffix = previous or "p0", "a"
    while base + suffix in taken:
        suffix = _next_letters(suffix)
    return base + suffix


def _next_letters(text: str) -> str:
    """The last letter moved on by one ("a" → "b"), or past "z" one letter more ("z" → "za")."""
    return text[:-1] + chr(ord(text[-1]) + 1) if text[-1] != "z" else text + "a"


def _with_removed(numbered: list[Paragraph], ledger: list[Entry], matched: dict[int, int]) -> list[Paragraph]:
    """Removed ledger paragraphs put back, as ids without words, just before the kept paragraph that
    followed them (so after any paragraph inserted where they were: 2, 2a, 3 removed, 4)."""
    where = {j: i for i, j in matched.items()}  # ledger index → paragraph index
    before: dict[int, list[Entry]] = {}  # paragraph index (len: after all) → removed entries before it
    waiting: list[Entry] = []
    for j, entry in enumerate(ledger):
        if j in where:
            before.setdefault(where[j], []).extend(waiting)
            waiting = []
        else:
            waiting.append(entry)
    before.setdefault(len(numbered), []).extend(waiting)
    paragraphs: list[Paragraph] = []
    for i in range(len(numbered) + 1):
        line = numbered[min(i, len(numbered) - 1)].line if numbered else 1
        paragraphs += [Paragraph(entry.id, REMOVED, "", line) for entry in before.get(i, ())]
        if i < len(numbered):
            paragraphs.append(numbered[i])
    return paragraphs


def ledger_text(slug: str, entries: list[Entry]) -> str:
    """The ledger file for an article: YAML a maintainer can read in a pull request's diff."""
    items = [{"id": e.id, **({"removed": True} if e.removed else {}), "text": e.text} for e in entries]
    header = (f"# Paragraph ids of articles/{slug}: assigned once, never reused (docs/editions.md).\n"
              "# Written by `briefing ledger`; commit it with the article.\n")
    return header + yaml.safe_dump({"paragraphs": items}, allow_unicode=True, sort_keys=False, width=100)
