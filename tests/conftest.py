"""Shared fixtures: the project's real article files, and real MkDocs builds of them."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.pipeline import build_site_from

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The seed articles, by a short name the tests use.
SEEDS = {
    "haqqani": ARTICLES / "2018-09-haqqani-civilian-government-wont-deliver.txt",
    "lieven": ARTICLES / "2011-04-lieven-hard-power.txt",
    "tillerson": ARTICLES / "2017-11-tillerson-islamabad-thaw.txt",
    "mattis": ARTICLES / "2017-12-pakistan-support-for-terrorists-relationship-with-america.txt",
    "markey": ARTICLES / "2021-09-markey-americas-perennial-pakistan-problem.txt",
}


@pytest.fixture(scope="session")
def seed_site():
    """The indexed site of the real seed articles (spaCy runs once for the whole session)."""
    return build_site_from(ARTICLES)


def make_project(tmp_path: Path, articles: list[Path] | None = None, home: str | None = None) -> Path:
    """A copy of the project's site sources in ``tmp_path``, with the given article files."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "articles").mkdir()
    # The seeds come with the repository's registry and its record of addresses, as the real build reads them.
    for article in articles if articles is not None else [*SEEDS.values(), ARTICLES / "actors.yml", ARTICLES / "events.yml",
                                                          ARTICLES / "addresses.yml"]:
        shutil.copy(article, project / "articles" / Path(article).name)
    if home is not None:
        (project / "docs" / "index.md").write_text(home, encoding="utf-8")
    return project


def build_project(project: Path) -> Path:
    """A real, strict MkDocs build of ``project``; returns the site folder."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    build(config)
    return project / "site"


@pytest.fixture(scope="session")
def built_seed_site(tmp_path_factory) -> Path:
    return build_project(make_project(tmp_path_factory.mktemp("seeds")))


@dataclass
class Editions:
    root: Path  # the gh-pages branch, checked out
    url: str  # where it is served, on this machine
    republished: subprocess.CompletedProcess  # a second `mike deploy` of the published edition 2026-fall
    fall_before: str  # the git tree of 2026-fall on gh-pages before that attempt
    fall_after: str  # … and after it


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _git(cwd: Path, *args: str) -> None:
    _git_output(cwd, *args)


def _git_output(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Tests", "GIT_AUTHOR_EMAIL": "tests@localhost",
           "GIT_COMMITTER_NAME": "Tests", "GIT_COMMITTER_EMAIL": "tests@localhost"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env, text=True).stdout.strip()


@pytest.fixture(scope="session")
def editions(tmp_path_factory):
    """Two editions deployed with mike, as the publish workflow does, then served on localhost.

    Edition 2026-fall has the seed articles; 2026-winter adds one; "main", the rolling edition that
    "latest" follows, is deployed after each as a merge to main does. A second deploy of 2026-fall is
    tried and must be refused. The gh-pages branch is pushed to a local bare repository, checked out
    and served over HTTP.
    """
    base = tmp_path_factory.mktemp("editions")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    project = make_project(base)
    origin = base / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    _git(project, "init", "-q", "-b", "main")
    _git(project, "remote", "add", "origin", str(origin))
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "seeds")
    mike = str(Path(sys.executable).parent / "mike")
    # mike runs the `mkdocs` program: the one beside this Python, as in an activated environment.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, "PATH": path, "SITE_URL": url, "GIT_AUTHOR_NAME": "Tests", "GIT_AUTHOR_EMAIL": "tests@localhost",
           "GIT_COMMITTER_NAME": "Tests", "GIT_COMMITTER_EMAIL": "tests@localhost", "DISABLE_MKDOCS_2_WARNING": "true"}

    def mike_run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([mike, *args], cwd=project, env=env, check=check, capture_output=True, text=True)

    def publish_main() -> None:  # what every merge to main does: the rolling edition, which latest follows
        mike_run("deploy", "--push", "--update-aliases", "main", "latest")

    mike_run("deploy", "--push", "2026-fall")  # what an edition-2026-fall tag does
    publish_main()
    mike_run("set-default", "--push", "latest")
    shutil.copy(FIXTURES / "articles" / "2024-03-harbour-talks.txt", project / "articles")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "a new article")
    mike_run("deploy", "--push", "2026-winter")
    publish_main()
    fall_before = _git_output(project, "rev-parse", "gh-pages:2026-fall")
    republished = mike_run("deploy", "--push", "2026-fall", check=False)  # refused: the edition is frozen
    fall_after = _git_output(project, "rev-parse", "gh-pages:2026-fall")
    served = base / "gh-pages"
    subprocess.run(["git", "clone", "-q", "-b", "gh-pages", str(origin), str(served)], check=True)
    handler = functools.partial(_QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Editions(served, url, republished, fall_before, fall_after)
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
