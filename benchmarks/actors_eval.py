"""Actor evaluation: the extractor against hand-made gold for the seed articles.

    python benchmarks/actors_eval.py [--articles articles] [--gold benchmarks/gold/actors.yml] [--verbose]

For each article the predicted actors (those with a mention in it) are matched to the gold list by
canonical name, or else by any name the article used for them against the gold aliases (case,
hyphens and apostrophes folded). It prints per-article and overall:

- precision: predicted actors that match a gold actor;
- recall: gold actors matched by a prediction;
- splits: gold actors matched by more than one predicted actor (one actor scattered over pages);
- wrong merges: predicted actors that match more than one gold actor (two actors on one page);
- kind accuracy: matched actors whose kind (person, organization, country, place) is right.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.model import name_key  # noqa: E402
from generator.pipeline import build_site_from  # noqa: E402
from generator.registry import REGISTRY_FILE  # noqa: E402


def gold_names(entry: dict) -> set[str]:
    return {name_key(n) for n in [entry["name"], *entry.get("aliases", [])]}


def evaluate(site, gold: dict) -> list[dict]:
    rows = []
    for slug, entries in gold.items():
        predicted = [site.actor(i) for i in site.article_actors.get(slug, [])]
        matches = {}  # predicted actor id → indices of gold entries it matches
        for actor in predicted:  # by canonical name first; by the words the article used otherwise
            by_name = [g for g, entry in enumerate(entries) if name_key(entry["name"]) == name_key(actor.name)]
            names = {name_key(actor.name)} | {name_key(m.text) for m in actor.mentions if m.article == slug}
            matches[actor.id] = by_name or [g for g, entry in enumerate(entries) if gold_names(entry) & names]
        matched_gold = {g for hits in matches.values() for g in hits}
        by_gold = {g: [a for a, hits in matches.items() if g in hits] for g in range(len(entries))}
        kinds = [(site.actor(a).kind == entries[hits[0]]["kind"]) for a, hits in matches.items() if len(hits) == 1]
        rows.append({
            "article": slug, "predicted": len(predicted), "gold": len(entries),
            "true_positive": sum(1 for hits in matches.values() if hits),
            "found": len(matched_gold),
            "splits": [entries[g]["name"] for g, actors in by_gold.items() if len(actors) > 1],
            "merges": [site.actor(a).name for a, hits in matches.items() if len(hits) > 1],
            "kinds_right": sum(kinds), "kinds_judged": len(kinds),
            "false_positives": [site.actor(a).name for a, hits in matches.items() if not hits],
            "missed": [entries[g]["name"] for g in range(len(entries)) if g not in matched_gold],
            "wrong_kind": [f"{site.actor(a).name} ({site.actor(a).kind}, gold {entries[hits[0]]['kind']})"
                           for a, hits in matches.items() if len(hits) == 1
                           and site.actor(a).kind != entries[hits[0]]["kind"]],
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT / "articles")
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "actors.yml")
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives, misses and wrong kinds")
    parser.add_argument("--without-registry", action="store_true",
                        help="ignore articles/actors.yml: measure what the extractor finds on its own")
    args = parser.parse_args()
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    articles = args.articles
    if args.without_registry:
        articles = Path(tempfile.mkdtemp(prefix="briefing-actors-"))
        for source in args.articles.iterdir():
            if source.suffix in (".txt", ".html") or (source.suffix == ".yml" and source.name != REGISTRY_FILE):
                shutil.copy(source, articles / source.name)
    rows = evaluate(build_site_from(articles), gold)
    print(f"Actors against benchmarks/gold/actors.yml, {'without' if args.without_registry else 'with'} the registry\n")
    print(f"| {'article':62} | precision | recall | splits | merges | kind right |")
    print(f"|{'-' * 64}|-----------|--------|--------|--------|------------|")
    for r in rows:
        print(f"| {r['article']:62} | {r['true_positive'] / max(1, r['predicted']):9.3f} | "
              f"{r['found'] / r['gold']:6.3f} | {len(r['splits']):6d} | {len(r['merges']):6d} | "
              f"{r['kinds_right'] / max(1, r['kinds_judged']):10.3f} |")
    precision = sum(r["true_positive"] / max(1, r["predicted"]) for r in rows) / len(rows)
    recall = sum(r["found"] / r["gold"] for r in rows) / len(rows)
    kinds = sum(r["kinds_right"] for r in rows) / max(1, sum(r["kinds_judged"] for r in rows))
    print(f"| {'mean over articles':62} | {precision:9.3f} | {recall:6.3f} | {sum(len(r['splits']) for r in rows):6d} | "
          f"{sum(len(r['merges']) for r in rows):6d} | {kinds:10.3f} |")
    if args.verbose:
        for r in rows:
            print(f"\n{r['article']}")
            for label in ("false_positives", "missed", "splits", "merges", "wrong_kind"):
                if r[label]:
                    print(f"  {label.replace('_', ' ')}: {'; '.join(r[label])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
