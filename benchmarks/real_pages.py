"""Every real page the project has, as article sources a maintainer could add.

    from benchmarks.real_pages import real_pages, write_articles

The shared data beside the repository (``../shared``) holds four kinds of real text, none of them
the seeds:

- ``bench/cleaning/pages``: 98 news pages as page text (menus, teasers and all);
- ``bench/cleaning/html``: the same 98 pages as saved HTML (the HTML route);
- ``dev/extraction/articles``: in-domain articles with front matter, as a pull request adds them;
- ``dev/dates``: the TempEval-3 training documents (TimeBank and AQUAINT newswire).

``write_articles`` turns each into ``articles/<slug>.txt`` (or ``.html`` with its ``.yml``), with the
front matter a maintainer would write: the publication date (from the page's address, or the
document's creation date) and the source address. The pages themselves are never copied into the
repository.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KINDS = ("page text", "saved HTML", "dev article", "TempEval-3")
# The benchmark's pages were collected around 2019-2020; a page whose address gives no date gets this year.
UNDATED_YEAR = "2019"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)(?:[/-]([0-3]\d))?(?:/|-|$)")


@dataclass
class RealPage:
    kind: str  # one of KINDS
    slug: str
    path: Path  # the shared file it is made from
    published: str
    source_url: str = ""


def real_pages(shared: Path = SHARED) -> Iterator[RealPage]:
    """Every real page in ``shared``, of every kind, in a fixed order."""
    bench = shared / "bench" / "cleaning"
    for gold in sorted((bench / "gold").glob("*.json")):
        url = json.loads(gold.read_text(encoding="utf-8")).get("url", "")
        published = published_from_url(url)
        if (bench / "pages" / f"{gold.stem}.txt").is_file():
            yield RealPage("page text", f"page-{gold.stem}", bench / "pages" / f"{gold.stem}.txt", published, url)
        if (bench / "html" / f"{gold.stem}.html").is_file():
            yield RealPage("saved HTML", f"html-{gold.stem}", bench / "html" / f"{gold.stem}.html", published, url)
    for article in sorted((shared / "dev" / "extraction" / "articles").glob("*.txt")):
        yield RealPage("dev article", article.stem, article, "")
    for text in sorted((shared / "dev" / "dates").glob("*/*.txt")):
        meta = text.with_suffix(".json")
        if meta.is_file():
            dct = json.loads(meta.read_text(encoding="utf-8"))["dct"]
            slug = "tempeval-" + re.sub(r"[^a-z0-9]+", "-", text.stem.lower()).strip("-")
            yield RealPage("TempEval-3", slug, text, dct)


def published_from_url(url: str) -> str:
    """The date a news address carries (``/2019/11/19/``, ``/2020-03-``), else the collection's year."""
    match = _URL_DATE.search(url)
    if not match:
        return UNDATED_YEAR
    year, month, day = match.groups()
    return f"{year}-{month}-{day}" if day and 1 <= int(day) <= 28 else f"{year}-{month}"


def write_articles(pages: list[RealPage], folder: Path) -> None:
    """Write each page into ``folder`` as the article source a maintainer would commit."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        text = page.path.read_text(encoding="utf-8", errors="replace")
        front = f"published: {page.published}\n" + (f"source_url: {json.dumps(page.source_url)}\n"
                                                     if page.source_url else "")
        if page.kind == "dev article":
            (folder / f"{page.slug}.txt").write_text(text, encoding="utf-8")
        elif page.kind == "saved HTML":
            (folder / f"{page.slug}.html").write_text(text, encoding="utf-8")
            (folder / f"{page.slug}.yml").write_text(front, encoding="utf-8")
        else:
            (folder / f"{page.slug}.txt").write_text(f"---\n{front}---\n{text}", encoding="utf-8")


def sample(pages: list[RealPage], per_kind: int) -> list[RealPage]:
    """``per_kind`` pages of each kind, spread evenly over its pages (the same ones on every run)."""
    chosen = []
    for kind in KINDS:
        of_kind = [p for p in pages if p.kind == kind]
        step = max(1, len(of_kind) // per_kind) if of_kind else 1
        chosen += of_kind[::step][:per_kind]
    return chosen
