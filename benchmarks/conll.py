"""Person and organisation names on CoNLL-2003: the actor stage against spaCy's model alone.

    python benchmarks/conll.py --data PATH/eng.testa [--limit N] [--verbose]

CoNLL-2003 (Reuters news of 1996, hand-tagged PER/ORG/LOC/MISC) is the field's standard test of
name finding. Use its training (``eng.train``) or development (``eng.testa``) file; its test file
(``eng.testb``) is held out for the project's evaluation and must not be used to develop on. The
corpus is not redistributable, so it is not in this repository: GitHub mirrors hold it (for example
the ``conll2003/`` folder of NguyenHoangAn0511/Name-entity-recognition-using-BERT).

The files mark no document boundaries; a document is taken to start at the headline before each
dateline ("LONDON 1996-08-30"). Each sentence is detokenised and becomes one paragraph of an
article, which goes through the actor stage (``actors.extract_actors``) and the per-article
merge (``index.build_actors``) exactly as an article of the site does; the cleaner is left out,
since the text is already the body. Each mention is then scored where it stands:

- a predicted mention is (sentence, words as written, the kind of the actor page it ended on);
  a gold mention is (sentence, words, PER or ORG). Words are compared after the same clean-up
  of titles, "the" and possessives on both sides, so "President Clinton" matches gold "Clinton";
- precision: predicted person/organisation mentions that match a gold mention of the same kind;
- recall: gold PER/ORG mentions matched;
- "found" scores ignore the kind (a person read as an organisation counts), to tell finding from typing;
- "names" scores each document's distinct (words, kind) once, as an article's actor list shows them.

The baseline row scores spaCy's ``en_core_web_sm`` PERSON and ORG entities on the same sentences
the same way, so the table shows what the rules add to the model (or take from it).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.actors import clean_name, extract_actors  # noqa: E402
from generator.index import build_actors  # noqa: E402
from generator.model import Article, FuzzyDate, Paragraph, name_key  # noqa: E402
from generator.nlp import parse  # noqa: E402

GOLD_KINDS = {"PER": "person", "ORG": "organization"}
SPACY_KINDS = {"PERSON": "person", "ORG": "organization"}
DATELINE = re.compile(r"\d{4}-\d{2}-\d{2}$")
NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'S\b|n't\b|')")
NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenise(tokens: list[str]) -> str:
    return NO_SPACE_AFTER.sub(r"\1", NO_SPACE_BEFORE.sub(r"\1", " ".join(tokens)))


def read_conll(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Documents, each a list of sentences, each (tokens, IOB tags)."""
    sentences, tokens, tags = [], [], []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        parts = line.split()
        tokens.append(parts[0])
        tags.append(parts[-1])
    starts = [0] + [i - 1 for i, (toks, _) in enumerate(sentences)
                    if i >= 1 and DATELINE.match(toks[-1])] + [len(sentences)]
    starts = sorted(set(starts))
    return [sentences[a:b] for a, b in zip(starts, starts[1:]) if b > a]


def gold_mentions(tokens: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(words, kind) of each PER/ORG name; IOB1 and IOB2 both read (a new name starts at B- or at a type change)."""
    found, current, current_type = [], [], None
    for token, tag in [*zip(tokens, tags), ("", "O")]:
        prefix, _, entity = tag.partition("-")
        if current and (tag == "O" or prefix == "B" or entity != current_type):
            if current_type in GOLD_KINDS:
                found.append((detokenise(current), GOLD_KINDS[current_type]))
            current, current_type = [], None
        if tag != "O":
            current.append(token)
            current_type = entity
    return found


def words_key(text: str) -> str:
    return name_key(clean_name(text))


def score(predicted: Counter, gold: Counter) -> tuple[int, int, int]:
    """(matched, predicted, gold) of two multisets of (sentence, words, kind)."""
    return sum((predicted & gold).values()), sum(predicted.values()), sum(gold.values())


def untyped(mentions: Counter) -> Counter:
    found: Counter = Counter()
    for (sentence, words, _), count in mentions.items():
        found[sentence, words] += count
    return found


def names(mentions: Counter) -> Counter:
    """The document's distinct (words, kind): what its actor index would list, each once."""
    return Counter({(words, kind): 1 for _, words, kind in mentions})


def run(documents, verbose: bool) -> dict[str, list[int]]:
    totals = {name: [0, 0, 0] for name in ("rules", "rules found", "rules names", "spaCy", "spaCy found",
                                           "spaCy names")}
    for number, sentences in enumerate(documents):
        texts = [detokenise(tokens) for tokens, _ in sentences]
        article = Article(f"doc-{number}", f"doc-{number}", FuzzyDate(1996),
                          paragraphs=[Paragraph(f"p{i}", "paragraph", text, i + 1) for i, text in enumerate(texts)])
        docs = parse(texts)
        gold = Counter((int(i), words_key(w), kind) for i, (tokens, tags) in enumerate(sentences)
                       for w, kind in gold_mentions(tokens, tags))
        mentions, acronyms = extract_actors(article, docs)
        kinds = {id(m): actor.kind for actor in build_actors(mentions, acronyms) for m in actor.mentions}
        ours = Counter((int(m.mention.paragraph[1:]), words_key(m.mention.text), kinds[id(m.mention)])
                       for m in mentions if kinds[id(m.mention)] in GOLD_KINDS.values())
        model = Counter((i, words_key(e.text), SPACY_KINDS[e.label_]) for i, doc in enumerate(docs)
                        for e in doc.ents if e.label_ in SPACY_KINDS)
        for name, predicted in (("rules", ours), ("spaCy", model)):
            for row, (p, g) in ((name, (predicted, gold)), (f"{name} found", (untyped(predicted), untyped(gold))),
                                (f"{name} names", (names(predicted), names(gold)))):
                totals[row] = [a + b for a, b in zip(totals[row], score(p, g))]
        if verbose:
            missed, wrong = gold - ours, ours - gold
            for (i, words, kind), _ in sorted(missed.items()):
                print(f"doc {number} s{i} missed {kind:12} {words!r}: {texts[i][:100]}")
            for (i, words, kind), _ in sorted(wrong.items()):
                print(f"doc {number} s{i} extra  {kind:12} {words!r}: {texts[i][:100]}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="eng.train or eng.testa (never eng.testb)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--verbose", action="store_true", help="print every miss and every extra mention")
    args = parser.parse_args(argv)
    if "testb" in args.data.name:
        parser.error("eng.testb is the held-out test set: develop on eng.train or eng.testa")
    documents = read_conll(args.data)[: args.limit or None]
    totals = run(documents, args.verbose)
    print(f"\n{args.data.name}: {len(documents)} documents, {totals['rules'][2]} gold PER/ORG mentions\n")
    print("| system | precision | recall | F1 |")
    print("|---|---|---|---|")
    for name, (matched, predicted, gold) in totals.items():
        precision, recall = matched / max(predicted, 1), matched / max(gold, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
