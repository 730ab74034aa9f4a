"""The ``briefing`` command line, run as a maintainer would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from .conftest import FIXTURES, SEEDS


def briefing(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_generate_writes_pages_and_data_anywhere(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    shutil.copy(SEEDS["mattis"], articles)
    result = briefing("generate", "--articles", str(articles), "--docs", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "1 articles" in result.stdout
    slug = SEEDS["mattis"].stem
    assert (tmp_path / "out" / "articles" / f"{slug}.md").is_file()
    assert (tmp_path / "out" / "data" / "articles.json").is_file()
    assert (tmp_path / "out" / "actors" / "hafiz-saeed.md").is_file()
    again = briefing("generate", "--articles", str(articles), "--docs", str(tmp_path / "out"))
    assert "0 files written" in again.stdout


def test_check_reports_removals_per_article(tmp_path):
    result = briefing("check", "--articles", str(FIXTURES / "articles"), "--verbose")
    assert result.returncode == 0, result.stderr
    assert "2024-03-harbour-talks.txt: 7 paragraphs" in result.stdout
    assert "photo credit or caption" in result.stdout
    assert "2024-03-harbour-talks.txt:17: [byline (shown in the page header)] By Jane Doe and John Roe" in result.stdout


def test_check_fails_on_a_bad_article_naming_file_and_line(tmp_path):
    (tmp_path / "2020-01-bad.txt").write_text("---\npublished: someday\n---\nText.\n", encoding="utf-8")
    shutil.copy(FIXTURES / "articles" / "2024-03-harbour-talks.txt", tmp_path)
    result = briefing("check", "--articles", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path / '2020-01-bad.txt'}:2: error: 'published': 'someday' is not a date" in result.stdout
    assert "2024-03-harbour-talks.txt: 7 paragraphs" in result.stdout  # one bad file hides no other


def test_check_flags_an_article_the_cleaner_cut_down(tmp_path):
    paragraph = ("The committee met on Monday and agreed on a short statement about the harbour dispute, "
                 "which has kept ships waiting outside the port for weeks.")
    (tmp_path / "2020-01-short.txt").write_text(f"---\npublished: 2020\n---\n{paragraph}\n", encoding="utf-8")
    result = briefing("check", "--articles", str(tmp_path))
    assert result.returncode == 0
    assert "2020-01-short.txt:1: warning: please review the cleaning" in result.stdout
    github = briefing("check", "--articles", str(tmp_path), "--format", "github")
    assert f"::warning file={tmp_path / '2020-01-short.txt'},line=1::please review the cleaning" in github.stdout


def test_actors_review_lists_what_the_registry_lacks_with_evidence(tmp_path):
    shutil.copy(SEEDS["mattis"], tmp_path)
    (tmp_path / "actors.yml").write_text("actors:\n  - name: Hafiz Saeed\n    kind: person\n", encoding="utf-8")
    result = briefing("actors", "--articles", str(tmp_path), "--review")
    assert result.returncode == 0, result.stderr
    assert "James Mattis (person): 3 mentions in 1 article; also Mattis" in result.stdout
    assert f"{SEEDS['mattis'].stem} ¶3: On December 3, U.S. Secretary of Defense James Mattis" in result.stdout
    assert "Hafiz Saeed (person)" not in result.stdout
    assert "- name: Pakistan" in result.stdout  # a ready entry to paste, for the most named actor


def test_new_writes_an_article_with_inferred_front_matter_and_the_text_as_pasted(tmp_path):
    pasted = (FIXTURES / "articles" / "2024-03-harbour-talks.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    result = subprocess.run([sys.executable, "-m", "generator.cli", "new", "--articles", str(tmp_path),
                             "--published", "2024-03-15", "--publication", "The Daily Example"],
                            input=pasted, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "2024-03-harbour-talks-stall-as-ministers-trade-blame.txt"
    assert f"wrote {written}" in result.stdout and "[photo credit or caption]" in result.stdout
    text = written.read_text(encoding="utf-8")
    assert text.endswith(pasted)  # the text is kept exactly as pasted
    front = text.split("---\n")[1]
    assert "title: Harbour Talks Stall as Ministers Trade Blame" in front
    assert "- Jane Doe" in front and "- John Roe" in front and "published: 2024-03-15" in front
    again = subprocess.run([sys.executable, "-m", "generator.cli", "new", "--articles", str(tmp_path),
                            "--published", "2024-03-15"], input=pasted, capture_output=True, text=True)
    assert again.returncode == 1 and "exists already" in again.stderr


def test_generation_is_the_same_on_every_run(tmp_path):
    """Unchanged articles give byte-identical pages whatever Python's hash seed: nothing is rewritten."""
    articles = tmp_path / "in"
    articles.mkdir()
    for seed in ("mattis", "tillerson"):
        shutil.copy(SEEDS[seed], articles)
    command = [sys.executable, "-m", "generator.cli", "generate", "--articles", str(articles),
               "--docs", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    for seed, written in (("1", "files written"), ("2", "0 files written"), ("3", "0 files written")):
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0 and written in result.stdout, result.stdout + result.stderr


def _project_with(tmp_path, *articles):
    from .conftest import make_project

    return make_project(tmp_path, list(articles))


def test_build_names_a_bad_article_by_file_and_line_and_exits_1(tmp_path):
    bad = tmp_path / "2020-01-bad.txt"
    bad.write_text("---\npublished: [2020\n---\nSome text.\n", encoding="utf-8")
    project = _project_with(tmp_path, SEEDS["markey"], bad)
    (project / "articles" / "notes.md").write_text("a maintainer's notes, saved in the wrong place\n", encoding="utf-8")
    result = briefing("build", cwd=project)
    assert result.returncode == 1
    assert "articles/2020-01-bad.txt:2: error: front matter is not valid YAML" in result.stderr
    assert "articles/notes.md:1: error: not an article: save the page text as notes.txt" in result.stderr
    assert "Traceback" not in result.stderr and not (project / "site").exists()


def test_build_names_the_page_line_and_referent_of_a_macro_error(tmp_path):
    project = _project_with(tmp_path, SEEDS["markey"])  # the home page links Hafiz Saeed, whom markey does not name
    home = (project / "docs" / "index.md").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(home, start=1) if 'actor_link("Hafiz Saeed")' in text)
    result = briefing("build", cwd=project)
    assert result.returncode == 1
    assert (f"docs/index.md:{line}: error: macro error: ValueError: actor_link: no actor named 'Hafiz Saeed'"
            in result.stderr)
    assert "Traceback" not in result.stderr


def test_serve_prints_its_address_and_asks_for_no_editions(tmp_path):
    import socket
    import time
    import urllib.request

    from .conftest import _free_port

    project = _project_with(tmp_path, SEEDS["mattis"])
    (project / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.5)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/articles/{SEEDS['mattis'].stem}/").read().decode()
        assert "Pakistan" in page and "md-version" not in page  # no edition selector in a preview
    finally:
        server.terminate()
        log = server.communicate(timeout=30)[0]
    assert f"Serving on http://127.0.0.1:{port}/" in log
    assert "versions.json" not in log and "Traceback" not in log


def _git_repo(folder):
    from .conftest import _git

    _git(folder, "init", "-q")
    return lambda *args: _git(folder, *args)


def test_check_reports_a_duplicate_title_on_the_file_added_last(tmp_path):
    text = SEEDS["mattis"].read_text(encoding="utf-8")
    git = _git_repo(tmp_path)
    (tmp_path / "2099-01-later-name.txt").write_text(text, encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "first")
    (tmp_path / "1999-01-earlier-name.txt").write_text(text, encoding="utf-8")  # the pull request's file
    result = briefing("check", "--articles", str(tmp_path))
    assert result.returncode == 1
    assert (f"{tmp_path / '1999-01-earlier-name.txt'}:1: error: the title \"Will Pakistan's Support for "
            "Terrorists Destroy Its Relationship with America?\" is already the title of 2099-01-later-name.txt"
            in result.stdout)
    assert "2099-01-later-name.txt:1: error" not in result.stdout


def test_check_reports_a_file_that_is_no_article(tmp_path):
    shutil.copy(FIXTURES / "articles" / "2024-03-harbour-talks.txt", tmp_path)
    (tmp_path / "2024-03-draft.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "2024-03-orphan.yml").write_text("published: 2024\n", encoding="utf-8")
    result = briefing("check", "--articles", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path / '2024-03-draft.docx'}:1: error: not an article" in result.stdout
    assert f"{tmp_path / '2024-03-orphan.yml'}:1: error: metadata without its page: 2024-03-orphan.html not found" \
        in result.stdout
    assert "2024-03-harbour-talks.txt: 7 paragraphs" in result.stdout


def test_check_warns_when_published_disagrees_with_the_pages_date_line(tmp_path):
    shutil.copy(FIXTURES / "articles" / "2023-06-wire-report.txt", tmp_path)
    result = briefing("check", "--articles", str(tmp_path))
    assert result.returncode == 0
    assert (f"{tmp_path / '2023-06-wire-report.txt'}:2: warning: 'published' is 2023-06-14, but the page's date "
            "line says 2023-06-13 (2023-06-wire-report.txt:14: 'Updated 10:42 pm, Tuesday, June 13, 2023')"
            in result.stdout)


def test_check_says_when_a_saved_page_was_read_as_page_text(tmp_path):
    for suffix in (".html", ".yml"):
        shutil.copy(FIXTURES / "html" / f"2024-06-ferry-strike{suffix}", tmp_path)
    result = briefing("check", "--articles", str(tmp_path), "-v")
    assert result.returncode == 0, result.stdout
    assert "trafilatura found no article in this page: its whole text went through the cleaner" in result.stdout
    assert "2024-06-ferry-strike.html: 4 paragraphs" in result.stdout
