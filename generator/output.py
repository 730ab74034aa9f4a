"""Writing generated files to disk: atomically, and only when their content changed."""

from __future__ import annotations

import filecmp
import os
import tempfile
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from .export import data_files
from .index import Site
from .render import Edition, render_pages

Content = str | Iterable[str]  # a page as text, or a data file as chunks of text


def generated_files(site: Site, edition: Edition | None = None) -> Iterator[tuple[str, Content]]:
    """Every file the generator makes, one at a time, by path inside the docs folder: pages and the
    feed as text, data files as chunks of text (see ``export``)."""
    return chain(render_pages(site, edition), data_files(site).items())


@dataclass
class Written:
    """What ``write_files`` did: every path it was given, and the files whose content changed."""

    paths: list[str] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)


def write_files(files: Mapping[str, Content] | Iterable[tuple[str, Content]], docs_dir: str | Path) -> Written:
    """Write ``files`` under ``docs_dir``, each as soon as it comes, so none has to wait in memory.

    Each file is written to a temporary file beside its target, then compared with the target and
    moved over it only if it differs: readers of the folder never see half a file, and a file whose
    content is unchanged keeps its modification time (what `mkdocs serve` watches).
    """
    root = Path(docs_dir).resolve()
    written = Written()
    for relative, content in files.items() if isinstance(files, Mapping) else files:
        target = (root / relative).resolve()
        if root not in target.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
        written.paths.append(relative)
        if isinstance(content, str) and target.exists() and target.read_text(encoding="utf-8") == content:
            continue  # a page held as text is compared in memory; streamed data files only once written
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.writelines([content] if isinstance(content, str) else content)
        if target.exists() and filecmp.cmp(temporary, target, shallow=False):
            os.remove(temporary)
            continue
        os.replace(temporary, target)
        written.changed.append(target)
    return written
