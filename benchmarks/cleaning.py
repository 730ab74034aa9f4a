"""Cleaning benchmark: the cleaner on real news pages, scored against gold article bodies.

    python benchmarks/cleaning.py [--bench ../shared/bench/cleaning] [--per-page] [--out DIR]

The bench folder holds ``pages/<id>.txt`` (page text as a scraper copies it),
``html/<id>.html`` (the saved page), ``gold/<id>.json`` and the scorer ``score.py``
(see its README). This script runs both of the project's routes on every page
(page text → cleaner; HTML → trafilatura → cleaner), writes one output file per
page and route, and prints the scorer's figures beside the README's reference
rows. The pages are not copied into this repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.clean import clean  # noqa: E402
from generator.htmltext import extract  # noqa: E402
from generator.read import split_blocks  # noqa: E402

REFERENCE = [  # from the bench README: token macro F1, gold-paragraph recall
    ("whole page unchanged", "page text", 0.716, 0.999),
    ("jusText 3.0.2", "page text", 0.813, 0.729),
    ("trafilatura 2.3.1", "page text", 0.742, 0.994),
    ("trafilatura 2.3.1", "original HTML", 0.968, 0.956),
    ("gold paragraphs (ceiling)", "page text", 0.994, 0.989),
]


def load_scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean_page_text(text: str) -> str:
    result = clean(split_blocks(text.splitlines()))
    return "\n\n".join(p.text for p in result.paragraphs) + "\n"


def clean_html(page: str) -> str:
    extracted = extract(page)
    result = clean(extracted.blocks, extracted=True, title=extracted.title)
    return "\n\n".join(p.text for p in result.paragraphs) + "\n"


ROUTES = {  # route → (input folder, input suffix, cleaner)
    "page text": ("pages", ".txt", clean_page_text),
    "original HTML": ("html", ".html", clean_html),
}


def run(bench: Path, route: str, out: Path) -> float:
    folder, suffix, cleaner = ROUTES[route]
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for page in sorted((bench / folder).glob(f"*{suffix}")):
        text = page.read_text(encoding="utf-8", errors="replace")
        (out / f"{page.stem}.txt").write_text(cleaner(text), encoding="utf-8")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "cleaning")
    parser.add_argument("--out", type=Path, help="keep the cleaned outputs here")
    parser.add_argument("--per-page", action="store_true", help="print per-page figures, worst first")
    args = parser.parse_args()
    if not (args.bench / "score.py").is_file():
        print(f"no benchmark at {args.bench} (expected pages/, gold/ and score.py)", file=sys.stderr)
        return 2
    scorer = load_scorer(args.bench)
    out = args.out or Path(tempfile.mkdtemp(prefix="briefing-cleaning-"))
    results = {}
    for route in ROUTES:
        seconds = run(args.bench, route, out / route.replace(" ", "-"))
        rows, _ = scorer.score_dir(str(out / route.replace(" ", "-")), str(args.bench / "gold"))
        results[route] = (scorer.summarize(rows), rows, seconds)
    if args.per_page:
        for route, (_, rows, _) in results.items():
            print(f"{route}: {'page':18} {'tok P':>6} {'tok R':>6} {'tok F1':>6} {'para R':>6}")
            for r in sorted(rows, key=lambda r: r["tok_f1"]):
                print(f"{route}: {r['id']:18} {r['tok_p']:6.3f} {r['tok_r']:6.3f} {r['tok_f1']:6.3f} {r['para_r']:6.3f}")
        print()
    pages = next(iter(results.values()))[0]["pages"]
    print(f"Cleaning benchmark: {pages} pages; outputs in {out}\n")
    print(f"| {'system':28} | {'input':13} | token P | token R | token F1 | paragraph recall | ms/page |")
    print(f"|{'-' * 30}|{'-' * 15}|---------|---------|----------|------------------|---------|")
    for route, (summary, _, seconds) in results.items():
        print(f"| {'briefing (this project)':28} | {route:13} | {summary['tok_macro_p']:7.3f} | "
              f"{summary['tok_macro_r']:7.3f} | {summary['tok_macro_f1']:8.3f} | {summary['para_r_macro']:16.3f} | "
              f"{1000 * seconds / summary['pages']:7.1f} |")
    for name, route, f1, para in REFERENCE:
        print(f"| {name:28} | {route:13} | {'':7} | {'':7} | {f1:8.3f} | {para:16.3f} | {'':7} |")
    for route, (summary, _, _) in results.items():
        print(f"\nscorer's own summary, {route}:\n{scorer.format_summary(route, summary)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
