"""Stage 6, search: a static search index, in pieces, over the built site (Pagefind).

Material's own search sends the whole index to the reader on the first query and builds it in the
browser: megabytes for an archive of a thousand articles. Pagefind splits the index into chunks by
word and loads only those a query needs, with each page's text in a fragment of its own, fetched
for the results shown. It runs on the built site (``on_post_build``), before the site replaces the
last one, so a failed index fails the build and leaves the last site as it was.

What is indexed is decided by the pages: the theme (``overrides/main.html``) marks each page's body
``data-pagefind-body``, except lists of other pages (front matter ``search: {exclude: true}``), with
the page's section, year and tags as filters; what a page keeps out of search is marked
``data-search-exclude`` (an actor's quoted sentences, an article's citations, timeline drawings),
and the pilcrows and heading links are left out so that "¶" never shows in a result.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"  # the index's folder inside the site
EXCLUDED = "[data-search-exclude], .headerlink, .briefing-pilcrow, .briefing-timeline-filters"
SECONDS = 600  # an index of 10,000 articles takes well under a minute here


class SearchIndexError(Exception):
    """Pagefind failed on the built site; its own words are the message."""


def index_site(site_dir: str | Path) -> str:
    """Write the search index into ``site_dir/pagefind/``; returns Pagefind's summary."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
               "--exclude-selectors", EXCLUDED, "--force-language", "en"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=SECONDS, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise SearchIndexError(f"the search index could not be built: {err}") from None
    if done.returncode != 0:
        raise SearchIndexError("the search index could not be built: " + (done.stderr or done.stdout).strip()[-2000:])
    return " ".join(line.strip() for line in done.stdout.splitlines() if line.strip().startswith("Indexed"))
