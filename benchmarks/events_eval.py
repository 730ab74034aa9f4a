"""Event evaluation: the timeline against hand-made gold for the seed articles.

    python benchmarks/events_eval.py [--articles articles] [--gold benchmarks/gold/events.yml] [--verbose]

A predicted event matches a gold event when one of its sources is a gold source (same article, the gold
quote inside the source sentence), their dates agree at the coarser of the two precisions, and their
titles share a content word (so two happenings told in one sentence are told apart). It prints:

- recall: gold events matched by a prediction with the right date (agreeing, and at least as precise);
- precision: predicted events that match a gold event;
- date accuracy: matched gold events whose date is right;
- splits: gold events matched by more than one predicted event (one happening shown twice);
- merges: predicted events matching more than one gold event (two happenings shown as one);
- events from removed boilerplate: predicted sources whose sentence is not in the cleaned article.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.index import PRECISIONS, dates_compatible  # noqa: E402
from generator.model import FuzzyDate  # noqa: E402
from generator.pipeline import build_site_from  # noqa: E402

STOP = {"the", "a", "an", "of", "in", "on", "to", "for", "and", "with", "his", "her", "its", "their", "from",
        "after", "before", "by", "was", "were", "is", "has", "had", "be", "been", "will", "that", "this", "as"}


def stems(title: str) -> set[str]:
    words = [w for w in re.findall(r"[\w/]+", title.lower()) if w not in STOP and not any(c.isdigit() for c in w)]
    result = set()
    for word in words:
        for suffix in ("ing", "ed", "es", "s", "e"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                word = word[: -len(suffix)]
                break
        result.add(word[:5])
    return result


def date_right(predicted: FuzzyDate, gold: FuzzyDate) -> bool:
    return dates_compatible(predicted, gold) and PRECISIONS.index(predicted.precision) >= PRECISIONS.index(gold.precision)


def matches(event, gold: dict) -> bool:
    told = any(s.article == g["article"] and g["quote"] in s.sentence for s in event.sources for g in gold["sources"])
    return told and dates_compatible(event.date, gold["fuzzy"]) and bool(stems(event.title) & stems(gold["title"]))


def evaluate(site, gold: list[dict]) -> dict:
    for g in gold:
        g["fuzzy"] = FuzzyDate.parse(str(g["date"]))
    articles = {g_source["article"] for g in gold for g_source in g["sources"]}
    predicted = [e for e in site.events if any(s.article in articles for s in e.sources)]
    links = {e.id: [i for i, g in enumerate(gold) if matches(e, g)] for e in predicted}
    found = {i: [e for e in predicted if i in links[e.id]] for i in range(len(gold))}
    right = {i for i, events in found.items() if any(date_right(e.date, gold[i]["fuzzy"]) for e in events)}
    outside = [s for e in predicted for s in e.sources
               if not any(s.sentence in p.text for p in site.article(s.article).paragraphs)]
    return {
        "gold": len(gold), "predicted": len(predicted),
        "recall": len(right) / len(gold),
        "precision": sum(1 for hits in links.values() if hits) / max(1, len(predicted)),
        "date_accuracy": len(right) / max(1, sum(1 for events in found.values() if events)),
        "splits": [gold[i]["title"] for i, events in found.items() if len(events) > 1],
        "merges": [e.title for e in predicted if len(links[e.id]) > 1],
        "boilerplate": len(outside),
        "missed": [f"{gold[i]['title']} ({gold[i]['date']})" for i in range(len(gold)) if i not in right],
        "false_positives": [f"{e.date.iso()} {e.title} [{e.sources[0].article[:20]} {e.sources[0].paragraph}]"
                            for e in predicted if not links[e.id]],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT / "articles")
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "events.yml")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, false positives, splits, merges")
    args = parser.parse_args()
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    result = evaluate(build_site_from(args.articles), gold)
    print(f"Events against {args.gold.name}: {result['gold']} gold events, {result['predicted']} predicted\n")
    print("| recall (right date) | precision | date accuracy | splits | merges | events from boilerplate |")
    print("|---|---|---|---|---|---|")
    print(f"| {result['recall']:.3f} | {result['precision']:.3f} | {result['date_accuracy']:.3f} | "
          f"{len(result['splits'])} | {len(result['merges'])} | {result['boilerplate']} |")
    if args.verbose:
        for label in ("missed", "false_positives", "splits", "merges"):
            if result[label]:
                print(f"\n{label.replace('_', ' ')}:")
                for item in result[label]:
                    print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
