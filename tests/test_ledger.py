"""Stage 2b, the paragraph ledger: a cited paragraph keeps its id, whatever changes around it."""

from __future__ import annotations

import shutil

import pytest

from generator.ledger import REMOVED, ledger_path, ledger_text, number, read_ledger, recorded
from generator.pipeline import make_article
from generator.read import ArticleError, read_article

from .conftest import SEEDS
from .test_cli import briefing

SEED = SEEDS["tillerson"]


def article_in(tmp_path, text: str | None = None):
    """The seed article copied into a folder of its own (optionally with other words), with its ledger."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    path = folder / SEED.name
    path.write_text(text if text is not None else SEED.read_text("utf-8"), encoding="utf-8")
    return path


def words_by_id(path) -> dict[str, str]:
    article = make_article(read_article(path), read_ledger(path))
    return {p.id: p.text for p in article.paragraphs}


def first_build(tmp_path):
    """The seed article, cleaned and recorded in a ledger: the first edition's ids and words."""
    path = article_in(tmp_path)
    article = make_article(read_article(path))
    ledger_path(path).write_text(ledger_text(path.name, recorded(article.paragraphs, None)), encoding="utf-8")
    return path, {p.id: p.text for p in article.paragraphs}


def body_paragraphs(before: dict[str, str]) -> list[str]:
    """Long paragraphs of the article, in order: places to insert, remove or mend words."""
    return [text for text in before.values() if len(text.split()) > 30]


def test_without_a_ledger_ids_are_the_positions_every_earlier_edition_used(tmp_path):
    path = article_in(tmp_path)
    article = make_article(read_article(path))
    assert [p.id for p in article.paragraphs] == [f"p{i}" for i in range(1, len(article.paragraphs) + 1)]


@pytest.mark.parametrize("change", ["insert", "remove", "typo", "cleaner keeps a block above"])
def test_every_id_of_the_first_build_shows_the_same_words_after_a_change(tmp_path, change):
    path, before = first_build(tmp_path)
    text = path.read_text("utf-8")
    target = body_paragraphs(before)[2]
    if change == "insert":
        text = text.replace(target, target + "\n\nA paragraph a maintainer added between two others.")
    elif change == "remove":
        text = text.replace(target, "")
    elif change == "typo":
        text = text.replace(target, target.replace(" the ", " teh ", 1))
    else:  # a cleaner that keeps one more block near the top: the first paragraph gains a neighbour
        first = body_paragraphs(before)[0]
        text = text.replace(first, "An opening line the old cleaner dropped, now kept as the article's start.\n\n" + first)
    path.write_text(text, encoding="utf-8")
    after = words_by_id(path)
    for pid, words in before.items():
        assert pid in after, f"{pid} no longer resolves after: {change}"
        if change == "remove" and words == target:
            assert after[pid] == ""  # the id still lands where the paragraph stood
        elif change == "typo" and words == target:
            assert after[pid] == words.replace(" the ", " teh ", 1)
        else:
            assert after[pid] == words, f"{pid} shows other words after: {change}"


def test_a_new_paragraph_gets_an_id_never_used_before_and_a_removed_one_keeps_its_place(tmp_path):
    path, before = first_build(tmp_path)
    paragraphs = body_paragraphs(before)
    inserted_after = next(pid for pid, words in before.items() if words == paragraphs[1])
    removed = next(pid for pid, words in before.items() if words == paragraphs[3])
    text = path.read_text("utf-8").replace(paragraphs[1], paragraphs[1] + "\n\nAn inserted paragraph.")
    path.write_text(text.replace(paragraphs[3], ""), encoding="utf-8")
    article = make_article(read_article(path), read_ledger(path))
    ids = [p.id for p in article.paragraphs]
    assert ids[ids.index(inserted_after) + 1] == inserted_after + "a"  # "12a", as legal texts number an insertion
    assert next(p for p in article.paragraphs if p.id == removed).kind == REMOVED
    assert len(ids) == len(set(ids))
    # Recorded, then the removed words come back: they get their own id again, not a new one.
    ledger_path(path).write_text(ledger_text(path.name, recorded(article.paragraphs, read_ledger(path))))
    path.write_text(text, encoding="utf-8")
    assert words_by_id(path)[removed] == paragraphs[3]


def test_a_bad_ledger_is_reported_by_file_and_line(tmp_path):
    path = article_in(tmp_path)
    ledger_path(path).write_text("paragraphs:\n- id: p1\n  text: One.\n- id: p1\n  text: Two.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as error:
        read_ledger(path)
    assert str(error.value) == f"{ledger_path(path)}:4: the id p1 is given twice"
    ledger_path(path).write_text("paragraphs:\n- id: seven\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r":2: paragraph 1 needs an id like p7"):
        read_ledger(path)


def test_the_ledger_command_writes_checks_and_check_warns_when_it_is_out_of_date(tmp_path):
    path = article_in(tmp_path)
    folder = str(path.parent)
    assert briefing("ledger", "--articles", folder, "--check").returncode == 1  # none yet
    assert "no paragraph ledger yet" in briefing("check", "--articles", folder).stdout
    written = briefing("ledger", "--articles", folder)
    assert written.returncode == 0 and ledger_path(path).is_file(), written.stderr
    assert briefing("ledger", "--articles", folder, "--check").returncode == 0
    target = body_paragraphs(words_by_id(path))[1]
    path.write_text(path.read_text("utf-8").replace(target, target + "\n\nA paragraph added later."), encoding="utf-8")
    stale = briefing("ledger", "--articles", folder, "--check")
    assert stale.returncode == 1 and f"{ledger_path(path)}:1: out of date" in stale.stdout
    checked = briefing("check", "--articles", folder)
    assert checked.returncode == 0 and "out of date (new p" in checked.stdout


def test_a_ledger_without_its_article_is_an_error(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "gone.ledger.yml").write_text("paragraphs: []\n", encoding="utf-8")
    result = briefing("check", "--articles", str(folder))
    assert result.returncode == 1 and "gone.ledger.yml:1: error: paragraph ledger without its article" in result.stdout


def test_the_ledger_the_repository_commits_is_up_to_date():
    # A pull request that changes an article's words commits the ledger `briefing ledger` wrote.
    result = briefing("ledger", "--check")
    assert result.returncode == 0, result.stdout


def test_numbering_is_pure_and_needs_no_files():
    from generator.model import Paragraph

    paragraphs = [Paragraph("x", "paragraph", text, line) for line, text in enumerate(["One.", "Two.", "Three."], 1)]
    numbered = number(paragraphs, None)
    again = number(paragraphs[:1] + paragraphs[2:], recorded(numbered, None))
    assert [(p.id, p.kind) for p in again] == [("p1", "paragraph"), ("p2", REMOVED), ("p3", "paragraph")]


def test_the_page_shows_each_paragraphs_number_and_a_removed_one_where_it_stood(tmp_path):
    from generator.index import build_site
    from generator.render import render_pages

    path, before = first_build(tmp_path)
    removed = body_paragraphs(before)[2]
    removed_id = next(pid for pid, words in before.items() if words == removed)
    path.write_text(path.read_text("utf-8").replace(removed, ""), encoding="utf-8")
    article = make_article(read_article(path), read_ledger(path))
    page = dict(render_pages(build_site([article], [], {}, [])))[f"articles/{article.slug}.md"]
    assert f'<p id="{removed_id}" data-number="{removed_id[1:]}" class="briefing-removed">' in page
    assert "was later removed from the article" in page
    kept = next(p for p in article.paragraphs if p.kind == "paragraph")
    assert f'id="{kept.id}" data-number="{kept.id[1:]}"' in page
