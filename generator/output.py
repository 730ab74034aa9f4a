"""Writing generated files to disk: atomically, and only when their content changed."""

from __future__ import annotations

import filecmp
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .export import data_files
from .index import Site
from .render import Edition, render_pages


def generated_files(site: Site, edition: Edition | None = None) -> dict[str, str | Iterable[str]]:
    """Every file the generator makes, by path inside the docs folder: pages and the feed as text,
    data files as chunks of text (see ``export``)."""
    return {**render_pages(site, edition), **data_files(site)}


def write_files(files: dict[str, str | Iterable[str]], docs_dir: str | Path) -> list[Path]:
    """Write ``files`` under ``docs_dir``; return the paths whose content changed.

    Each file is written to a temporary file beside its target, then compared with the target and
    moved over it only if it differs: readers of the folder never see half a file, and a file whose
    content is unchanged keeps its modification time.
    """
    root = Path(docs_dir).resolve()
    changed = []
    for relative, content in files.items():
        target = (root / relative).resolve()
        if root not in target.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
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
        changed.append(target)
    return changed
