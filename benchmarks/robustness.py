"""Robustness benchmark: the whole pipeline on every real page the project has.

    python benchmarks/robustness.py [--shared ../shared] [--per-kind N] [--time-limit S] [--no-site] [--keep DIR]

Every real page (``real_pages``: the 98 cleaning-benchmark pages as page text and as saved HTML,
the dev articles, the TempEval-3 training documents) becomes an article source, and

1. ``briefing generate --keep-going --report`` runs read → clean → parse → actors → events →
   index → render → export on all of them, with an empty cache and the default time limit per
   stage; its per-article report gives the outcome and the seconds of each article;
2. ``briefing build`` then builds the whole site with MkDocs from the articles that generate took
   (``--no-site`` skips it).

It prints, by kind of page and in all: articles, rejected (bad input, with a message), crashes (a
bug, named by file and stage), time-outs, and seconds per article (median, p99, max) and words per
second; then every article that did not pass, and the exit codes of both commands.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.real_pages import KINDS, SHARED, real_pages, sample, write_articles  # noqa: E402

BIN = Path(sys.executable).parent
# The whole run is bounded too: past this, the benchmark reports a hang of the command itself.
COMMAND_TIMEOUT = 3 * 3600


def run_generate(articles: Path, out: Path, time_limit: float | None) -> tuple[int, float, list[dict], str]:
    report = out / "report.jsonl"
    command = [str(BIN / "briefing"), "generate", "--articles", str(articles), "--docs", str(out / "docs"),
               "--cache", str(out / "cache"), "--keep-going", "--report", str(report)]
    if time_limit is not None:
        command += ["--time-limit", str(time_limit)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
    seconds = time.perf_counter() - start
    runs = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()] if report.is_file() else []
    return result.returncode, seconds, runs, result.stderr


def run_site(articles: Path, runs: list[dict], out: Path) -> tuple[int, float, str]:
    """A real MkDocs build of the project's site with every article that generate took."""
    project = out / "project"
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, project / folder)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "articles").mkdir()
    taken = {Path(r["path"]).name for r in runs if r["outcome"] == "ok"}
    for source in articles.iterdir():
        if source.name in taken or (source.suffix == ".yml" and source.with_suffix(".html").name in taken):
            shutil.copy(source, project / "articles" / source.name)
    # The home page names actors of the seeds; a site of other articles has a home page of its own.
    (project / "docs" / "index.md").write_text("# Real pages\n\nEvery real page the project has.\n", encoding="utf-8")
    shutil.copytree(out / "cache", project / ".briefing-cache", dirs_exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "briefing"), "build", "-f", "mkdocs.yml"], cwd=project, capture_output=True,
                            text=True, timeout=COMMAND_TIMEOUT)
    return result.returncode, time.perf_counter() - start, result.stderr


def summary(runs: list[dict]) -> dict:
    timed = [r for r in runs if r["outcome"] in ("ok", "timeout")]
    seconds = sorted(sum(r["seconds"].values()) for r in timed)
    words = sum(r["words"] for r in timed)
    return {
        "articles": len(runs),
        "rejected": sum(r["outcome"] == "rejected" for r in runs),
        "crashes": sum(r["outcome"] == "crash" for r in runs),
        "timeouts": sum(r["outcome"] == "timeout" for r in runs),
        "median": statistics.median(seconds) if seconds else 0.0,
        "p99": seconds[min(len(seconds) - 1, round(0.99 * (len(seconds) - 1)))] if seconds else 0.0,
        "max": seconds[-1] if seconds else 0.0,
        "words_per_second": words / sum(seconds) if seconds and sum(seconds) else 0.0,
    }


def print_table(rows: list[tuple[str, dict]]) -> None:
    print("| pages | articles | rejected | crashes | time-outs | median s | p99 s | max s | words/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, s in rows:
        print(f"| {name} | {s['articles']} | {s['rejected']} | {s['crashes']} | {s['timeouts']} | {s['median']:.3f} | "
              f"{s['p99']:.3f} | {s['max']:.3f} | {s['words_per_second']:,.0f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--per-kind", type=int, help="only this many pages of each kind (a quick run)")
    parser.add_argument("--time-limit", type=float, help="seconds per stage and article (default: briefing's own)")
    parser.add_argument("--no-site", action="store_true", help="skip the MkDocs build of the whole site")
    parser.add_argument("--keep", type=Path, help="keep the articles, pages, report and site here")
    args = parser.parse_args()
    pages = list(real_pages(args.shared))
    if not pages:
        print(f"no real pages under {args.shared}", file=sys.stderr)
        return 2
    if args.per_kind:
        pages = sample(pages, args.per_kind)
    out = args.keep or Path(tempfile.mkdtemp(prefix="briefing-robustness-"))
    articles = out / "articles"
    write_articles(pages, articles)
    kind_of = {page.slug: page.kind for page in pages}
    code, seconds, runs, stderr = run_generate(articles, out, args.time_limit)
    print(f"Robustness benchmark: {len(pages)} real pages; `briefing generate` exit {code} in {seconds:.1f} s "
          f"(the model's loading included); files in {out}\n")
    rows = [(kind, summary([r for r in runs if kind_of.get(Path(r["path"]).stem) == kind])) for kind in KINDS]
    print_table([row for row in rows if row[1]["articles"]] + [("all", summary(runs))])
    failed = [r for r in runs if r["outcome"] != "ok"]
    if failed:
        print("\nArticles that did not pass:")
        for r in failed:
            print(f"  [{r['outcome']}] {r['error']}")
    if not runs:
        print(f"\nno report was written; briefing said:\n{stderr}")
    if not args.no_site:
        site_code, site_seconds, site_log = run_site(articles, runs, out)
        print(f"\n`briefing build` of the whole site ({sum(r['outcome'] == 'ok' for r in runs)} articles): "
              f"exit {site_code} in {site_seconds:.1f} s")
        if site_code:
            print(site_log[-3000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
