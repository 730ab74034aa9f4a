"""Scale benchmark: generation and site builds for N synthetic articles, cold, warm and after one change.

    python benchmarks/scale.py [--sizes 100 1000 10000] [--keep DIR]

The corpus is made from the seed articles' text with varied names, dates and boilerplate: article i
takes seed i mod 5, swaps its people for names drawn from a pool, shifts its years, and adds a line of
page furniture. Every measurement runs in a fresh process, timed from outside, with its peak memory:

- cold: `briefing generate` with an empty cache;
- warm: the same again, nothing changed;
- one changed: after one article's text changed;
- site: the full MkDocs build (articles, actor and event pages; cache warm);
- plain: a plain mkdocs-material build of the same N article pages alone, for comparison.

It prints a table and the ratios the project targets (docs/scale.md).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FIRST = ["Amina", "Bilal", "Carlos", "Dana", "Elif", "Farid", "Grace", "Hassan", "Ivan", "Jia", "Kamal", "Lena",
         "Marco", "Nadia", "Omar", "Priya", "Rafael", "Sara", "Tariq", "Usman", "Vera", "Wen", "Yusuf", "Zara"]
LAST = ["Abbasi", "Bhatti", "Chaudhry", "Durrani", "Ellis", "Farooqi", "Gill", "Hussain", "Iqbal", "Jilani",
        "Khattak", "Lodhi", "Mirza", "Nawaz", "Orakzai", "Qureshi", "Rana", "Siddiqui", "Tahir", "Wazir"]
FURNITURE = ["Share this:", "Advertisement", "Subscribe to our newsletter for weekly analysis.", "12 48 7",
             "Photo: Reuters", "Related articles", "Skip to main content", "© 2024 Example Media"]
# People in the seeds, swapped for pool names so that the corpus has many actors, as an archive would
# (Hafiz Saeed stays: the home page links to him).
SEED_PEOPLE = ["Michael Pompeo", "Rex Tillerson", "James Mattis", "Raymond Davis", "Hamid Mir",
               "Stephen Hadley", "Imran Khan", "Pervez Musharraf", "Ashraf Ghani", "John Nicholson"]


def make_corpus(folder: Path, size: int) -> None:
    seeds = sorted((ROOT / "articles").glob("*.txt"))
    texts = [seed.read_text(encoding="utf-8").split("---\n", 2) for seed in seeds]
    rng = random.Random(size)
    for i in range(size):
        _, front, body = texts[i % len(texts)]
        for person in SEED_PEOPLE:
            body = body.replace(person, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        shift = rng.randint(-8, 3)
        body = re.sub(r"\b(19[89]\d|20[01]\d)\b", lambda m: str(int(m.group(1)) + shift), body)
        body = rng.choice(FURNITURE) + "\n\n" + body
        year = 2012 + i % 12
        front = re.sub(r"published: .*", f"published: {year}-{1 + i % 12:02d}", front)
        (folder / f"{year}-{i:05d}-synthetic-article.txt").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    shutil.copy(ROOT / "articles" / "actors.yml", folder)
    shutil.copy(ROOT / "articles" / "events.yml", folder)


def measured(command: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of a command, run in a fresh process."""
    probe = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
             "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, check=True, capture_output=True, text=True,
                         env={"PATH": f"{BIN}:/usr/bin:/bin", "DISABLE_MKDOCS_2_WARNING": "true",
                              "NO_MKDOCS_2_WARNING": "1", "HOME": str(cwd),
                              # a benchmark of another checkout of the code names it here
                              **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}})
    seconds, megabytes = out.stdout.split()
    return float(seconds), float(megabytes)


def plain_site(project: Path, size: int) -> Path:
    """The same articles as plain Markdown pages, in a bare mkdocs-material site."""
    plain = project.parent / "plain"
    (plain / "docs" / "articles").mkdir(parents=True)
    (plain / "docs" / "index.md").write_text("# Articles\n", encoding="utf-8")
    for page in (project / "generated" / "articles").glob("*.md"):
        if page.name != "index.md":
            shutil.copy(page, plain / "docs" / "articles" / page.name)
    (plain / "mkdocs.yml").write_text("site_name: Plain\ntheme: {name: material, font: false}\nnav: [index.md]\n"
                                      "validation: {nav: {omitted_files: ignore}}\n", encoding="utf-8")
    return plain


def run(size: int, base: Path) -> dict[str, tuple[float, float]]:
    project = base / f"n{size}" / "project"
    for part in ("docs", "overrides"):
        shutil.copytree(ROOT / part, project / part)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "articles").mkdir()
    make_corpus(project / "articles", size)
    generate = [str(BIN / "briefing"), "generate", "--articles", "articles", "--docs", "generated",
                "--cache", ".briefing-cache"]
    results = {"cold": measured(generate, project), "warm": measured(generate, project)}
    changed = sorted((project / "articles").glob("*.txt"))[size // 2]
    changed.write_text(changed.read_text(encoding="utf-8").replace(" the ", " the very ", 1), encoding="utf-8")
    results["one changed"] = measured(generate, project)
    results["site"] = measured([str(BIN / "mkdocs"), "build", "-q"], project)
    plain = plain_site(project, size)
    results["plain"] = measured([str(BIN / "mkdocs"), "build", "-q"], plain)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    table = {}
    print("| N | cold (s) | warm (s) | one changed (s) | site build (s) | plain material build (s) | peak memory (MB) |")
    print("|---|---|---|---|---|---|---|", flush=True)
    for size in args.sizes:  # each row as soon as it is measured: N = 10,000 takes most of an hour
        table[size] = r = run(size, base)
        peak = max(memory for _, memory in r.values())
        print(f"| {size:,} | {r['cold'][0]:.1f} | {r['warm'][0]:.1f} | {r['one changed'][0]:.1f} | {r['site'][0]:.1f} | "
              f"{r['plain'][0]:.1f} | {peak:.0f} |", flush=True)
    print("\nPeak memory (MB) by step:")
    for size, r in table.items():
        print(f"- N = {size:,}: " + ", ".join(f"{step} {memory:.0f}" for step, (_, memory) in r.items()))
    print("\nTargets:")
    for size, r in table.items():
        print(f"- N = {size:,}: warm / cold = {r['warm'][0] / r['cold'][0]:.1%} (≤ 5%), one changed / warm = "
              f"{r['one changed'][0] / r['warm'][0]:.2f} (≤ 2), site / plain = {r['site'][0] / r['plain'][0]:.2f} (≤ 2)")
    if 100 in table and 1000 in table:
        print(f"- cold(1,000) / cold(100) = {table[1000]['cold'][0] / table[100]['cold'][0]:.1f} (≤ 11)")
    if 10000 in table:
        print(f"- peak memory at N = 10,000: {max(m for _, m in table[10000].values()):.0f} MB (≤ 1,500)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
