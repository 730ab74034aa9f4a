"""Event titles a reader can trust: the check of ``events.title_problems``, measured on real articles.

    python benchmarks/event_titles.py [--articles DIR] [--verbose]

Every event of the site built from DIR (default: the seeds in ``articles/``; the dev set is
``../shared/dev/extraction/articles``) is checked as a reader would read its title on the timeline:

- faithful: every word of the title is a word of its source sentence or of the name of an actor the
  event links to (a pronoun resolved to the name the sentence before gave; the glue word "by" of
  "Briefing by John Nicholson", and titles given by the maintainers' events.yml or by a named date
  like "9/11", aside), and the words before the title's verb are that verb's
  subject in the sentence: no title invents a word or makes the one acted on the doer;
- and none of the problems ``events.title_problems`` finds in the title's own parse: it starts with a
  pronoun ("It was repealed"), names no act (a name alone, a state), is one word ("Coup"), or has a
  word without the words it needs ("Groups like became …").

A title is trusted when it is faithful and has none of those problems. The table gives the share of trusted
titles and the count of each problem; ``--verbose`` lists every title that is not trusted, with its
sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.dates import NAMED_DATES  # noqa: E402
from generator.events import title_problems  # noqa: E402
from generator.nlp import parse  # noqa: E402
from generator.pipeline import build_site_from  # noqa: E402
from generator.registry import load_events  # noqa: E402

INVENTED = "words not in the sentence"
MISATTRIBUTED = "doer is not the verb's subject"
GLUE = {"by"}
WORD = re.compile(r"[\w$%/-]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text.replace("’s", "").replace("'s", ""))]


def invented(title: str, sentence: str) -> bool:
    """A title word (glue aside) that the sentence does not have: "US-led" gives "led", "9/11" its attacks."""
    have = set(_words(sentence))
    return any(w not in GLUE and not any(w in got for got in have) for w in _words(title))


def misattributed(title_doc, sentence_doc) -> bool:
    """The words a title puts before its verb name someone other than the verb's subject in the sentence.

    "Militants launched a string of attacks" is faithful when "militants" is the subject of "launched"
    there; a title that made the attacked the attacker would not be.
    """
    verb = next((t for t in title_doc if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == 0:
        return False
    doer = {t.lower_ for t in title_doc[: verb.i] if t.is_alpha}
    for token in sentence_doc:
        if token.lower_ == verb.lower_:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            if token.dep_ == "relcl":  # "a curfew that began Friday": the subject is what "that" stands for
                subjects.append(token.head)
            said = {t.lower_ for subject in subjects for t in subject.subtree}
            if not subjects or doer & said or all(c.pos_ == "PRON" for c in subjects):  # a pronoun the title resolved
                return False
    return any(t.lower_ == verb.lower_ for t in sentence_doc)


def check(articles: Path) -> tuple[list, Counter]:
    with tempfile.TemporaryDirectory() as cache:
        site = build_site_from(articles, cache)
    events = site.events
    titles = parse([e.title for e in events])
    sentences = parse([e.sources[0].sentence for e in events])
    given = {*(named["happening"] for named in NAMED_DATES.values()), *(e.title for e in load_events(articles))}  # titles no sentence made
    flagged, counts = [], Counter()
    for event, title, sentence in zip(events, titles, sentences):
        problems = title_problems(list(title))
        # The names of the actors the event links to are the text's own (a pronoun the title resolved).
        named = " ".join([sentence.text] + [site.actor(actor_id).name for actor_id in event.actors])
        if event.title not in given and invented(event.title, named):
            problems.append(INVENTED)
        if misattributed(title, sentence):
            problems.append(MISATTRIBUTED)
        counts.update(problems)
        if problems:
            flagged.append((event, problems))
    return flagged, counts | Counter(events=len(events))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "articles")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    flagged, counts = check(args.articles)
    total = counts.pop("events")
    if args.verbose:
        for event, problems in flagged:
            print(f"{event.date.iso():10} {event.title!r}: {', '.join(problems)}\n           {event.sources[0].sentence[:160]}")
    print(f"\nEvent titles of {args.articles}: {total} events\n")
    print("| trusted | " + " | ".join(sorted(counts)) + " |")
    print("|---|" + "---|" * len(counts))
    trusted = (total - len(flagged)) / max(total, 1)
    print(f"| {trusted:.3f} | " + " | ".join(str(counts[p]) for p in sorted(counts)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
