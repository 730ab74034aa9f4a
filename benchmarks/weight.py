"""Weight and search benchmark: how big one edition is, and what a reader's first search costs.

    python benchmarks/weight.py [--sizes 1000 10000] [--keep DIR]

For each N, the synthetic archive of benchmarks/scale.py (the seeds' text, people and years varied)
is built with the real site build (``mkdocs build``: pages, data files, the Pagefind index). Then:

- the edition's size, in total and per article, by folder, and its largest files (what grows with
  the archive shows there);
- the search index's share of the build: Pagefind run again alone on the built site, against the
  time of the whole site build with the articles' results cached (as every build after the first);
- in headless Chromium, served from this machine as GitHub Pages serves (text gzip-compressed for a
  browser that accepts it): a query typed key by key into the header's box, the bytes of index the
  first search transfers (and those files' size on disk), and the time from the last keystroke to
  the results.

It prints tables and the targets of docs/scale.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import BIN, ROOT, make_corpus, measured  # noqa: E402 - the same corpus as the scale benchmark

from generator.search import EXCLUDED  # noqa: E402

QUERIES = ["Hafiz Saeed", "drone strikes", "Islamabad talks"]
MB = 1_000_000


def build(size: int, base: Path) -> tuple[Path, float]:
    project = base / f"n{size}"
    if not (project / "articles").is_dir():
        for part in ("docs", "overrides"):
            shutil.copytree(ROOT / part, project / part)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "articles").mkdir()
        make_corpus(project / "articles", size)
        measured([str(BIN / "mkdocs"), "build", "-q"], project)  # cold: every article parsed, into the cache
    seconds, _ = measured([str(BIN / "mkdocs"), "build", "-q"], project)  # the build a merge runs: cache warm
    return project / "site", seconds


def sizes(site: Path) -> tuple[int, Counter, list[tuple[int, str]]]:
    by_folder: Counter = Counter()
    files = []
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            relative = path.relative_to(site)
            by_folder[relative.parts[0] if len(relative.parts) > 1 else "(top)"] += size
            files.append((size, str(relative)))
    return sum(by_folder.values()), by_folder, sorted(files, reverse=True)[:5]


def index_seconds(site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind-again",
                    "--exclude-selectors", EXCLUDED, "--quiet"], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    shutil.rmtree(site / "pagefind-again")
    return seconds


# GitHub Pages compresses text files on the fly for a browser that accepts gzip (its responses say
# "Vary: Accept-Encoding"); Pagefind's index pieces and WebAssembly are stored compressed already.
COMPRESSED_TYPES = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt")


class _AsPagesServe(http.server.SimpleHTTPRequestHandler):
    """Files as GitHub Pages serves them: text gzip-compressed when the browser accepts it."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if (not path.is_file() or not path.name.endswith(COMPRESSED_TYPES)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def searches(site: Path) -> list[tuple[str, int, int, int, float, int]]:
    """(query, bytes transferred until the results show, the same files' size on disk, bytes transferred
    with the filters' values fetched after them, ms from the last keystroke to the results, results)
    per query, each in a fresh browser context: a reader's first search."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_AsPagesServe, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        for query in QUERIES:
            context = browser.new_context()
            page = context.new_page()
            loaded = []  # the index's files, as each arrives
            page.on("requestfinished", lambda r: loaded.append(r) if "/pagefind/" in r.url else None)
            page.goto(url)
            page.click(".briefing-search .md-search__input")
            page.keyboard.type(query[:-1], delay=40)
            page.evaluate("""() => { window.__shown = null; new MutationObserver(() => {
                if (document.querySelector('.md-search-result__item') && !window.__shown) window.__shown = performance.now();
              }).observe(document.querySelector('.md-search-result__list'), {childList: true}); }""")
            page.evaluate("() => { document.querySelector('.md-search-result__list').textContent = ''; }")
            start = page.evaluate("() => performance.now()")
            page.keyboard.type(query[-1])
            page.wait_for_function("() => window.__shown !== null", timeout=30000)
            shown = page.evaluate("() => window.__shown") - start
            needed = list(loaded)  # what the search needed, up to its results
            page.wait_for_load_state("networkidle")  # then the filters' values, fetched after the results
            count = page.locator(".md-search-result__item").count()
            found.append((query, _transferred(needed), sum(len(r.response().body()) for r in needed),
                          _transferred(loaded), shown, count))
            context.close()
        browser.close()
    server.shutdown()
    return found


def _transferred(requests) -> int:
    """Bytes of body that came over the wire (compressed, where the server compressed them)."""
    return sum(r.sizes()["responseBodySize"] for r in requests)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them (a kept corpus is reused)")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefing-weight-"))
    for size in args.sizes:
        site, build_seconds = build(size, base)
        total, by_folder, largest = sizes(site)
        indexing = index_seconds(site)
        print(f"\n## N = {size:,}\n")
        print(f"One edition: **{total / MB:.1f} MB**, {total / size / 1000:.1f} KB per article; "
              f"at 10,000 articles, {total / size * 10_000 / MB:.0f} MB (target ≤ 250).\n")
        print("| folder | MB | KB per article |\n|---|---|---|")
        for folder, folder_size in by_folder.most_common():
            print(f"| {folder} | {folder_size / MB:.2f} | {folder_size / size / 1000:.2f} |")
        print("\nLargest files: " + ", ".join(f"{name} ({size_ / 1000:.0f} KB)" for size_, name in largest))
        print(f"\nSite build (cache warm) {build_seconds:.1f} s; the search index alone {indexing:.1f} s: "
              f"{indexing / build_seconds:.0%} of the build (target ≤ 20%).\n")
        print("| first search | transferred until results (KB) | those files on disk (KB) | transferred with the "
              "filters after (KB) | last keystroke to results (ms) | results |\n|---|---|---|---|---|---|")
        for query, needed, on_disk, loaded, shown, count in searches(site):
            print(f"| {query} | {needed / 1000:.0f} | {on_disk / 1000:.0f} | {loaded / 1000:.0f} | {shown:.0f} | {count} |")
        print("\nTargets: first search ≤ 300 KB and ≤ 500 ms.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
