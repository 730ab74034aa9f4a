"""Writing generated files to disk: atomically, and only when their content changed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .export import export_data
from .index import Site
from .render import Edition, render_pages


def generated_files(site: Site, edition: Edition | None = None) -> dict[str, str]:
    """Every file the generator makes: pages, feed and data, by path inside the docs folder."""
    return {**render_pages(site, edition), **export_data(site)}


def write_files(files: dict[str, str], docs_dir: str | Path) -> list[Path]:
    """Write ``files`` under ``docs_dir``; return the paths whose content changed."""
    root = Path(docs_dir).resolve()
    changed = []
    for relative, content in files.items():
        target = (root / relative).resolve()
        if root not in target.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
        if target.exists() and target.read_text(encoding="utf-8") == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, target)
        changed.append(target)
    return changed
