"""Per-article results kept between builds, keyed by content: an unchanged article is never processed again.

The key hashes everything a result depends on: the source file (and an HTML article's metadata file),
the actor registry that resolves its names, and the generator's own code and data. Change any of
them and the article is processed afresh; nothing has to be cleared by hand.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path


# Code that runs on the cached results rather than making them (indexing the site, rendering and
# writing it, the command line): changing it must not make every article be parsed again.
AFTER_CACHE = {"index.py", "addresses.py", "render.py", "export.py", "output.py", "cli.py", "plugin.py", "macros.py",
               "cite.py", "verbatim.py", "compact.py", "search.py", "editions.py", "buildlog.py", "timelimit.py",
               "templates"}


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code and data that make per-article results: results of other code are never reused."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if (path.suffix in (".py", ".yml") and "__pycache__" not in relative.parts
                and relative.parts[0] not in AFTER_CACHE):
            digest.update(relative.as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(*inputs: bytes) -> str:
    digest = hashlib.sha256(code_version().encode())
    for data in inputs:
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class ArticleCache:
    """A folder of pickled results, one file per key; written atomically, read only if whole."""

    def __init__(self, folder: str | Path | None):
        self.folder = Path(folder) if folder else None

    def get(self, key: str):
        if self.folder is None:
            return None
        try:
            return pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None  # missing, half-written by a killed process, or made by older code

    def put(self, key: str, value) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.folder / f"{key}.pickle")
