"""Published editions are frozen: a named edition, once on the ``gh-pages`` branch, is never built again.

mike builds an edition by running MkDocs with the edition's name in ``MIKE_DOCS_VERSION``; the plugin
asks here, before anything is built, whether that name is published already. The rolling edition
(``ROLLING_EDITION``, which ``latest`` points at and every merge to main rebuilds) is the one that
may change; every other name is a snapshot a syllabus may cite.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROLLING_EDITION = "main"
PAGES_BRANCHES = ("gh-pages", "origin/gh-pages")  # mike's branch, locally or as last fetched
GIT_SECONDS = 30


def published_editions(repository: Path) -> set[str]:
    """The editions the pages branch holds (its top-level folders); none when there is no branch or no git."""
    found: set[str] = set()
    for branch in PAGES_BRANCHES:
        try:
            listing = subprocess.run(["git", "ls-tree", "-d", "--name-only", branch], cwd=repository,
                                     capture_output=True, text=True, timeout=GIT_SECONDS)
        except (OSError, subprocess.TimeoutExpired):
            return found
        if listing.returncode == 0:
            found.update(filter(None, listing.stdout.splitlines()))
    return found


def frozen_problem(edition: str, repository: Path) -> str:
    """Why building ``edition`` must stop ("" when it may be built)."""
    if edition == ROLLING_EDITION or edition not in published_editions(repository):
        return ""
    return (f"edition {edition!r} is published and frozen: a published edition is never rebuilt, so that "
            f"every link into it keeps showing the same words. Publish the changes in a new edition, or in "
            f"{ROLLING_EDITION!r}, which 'latest' follows (docs/editions.md)")
