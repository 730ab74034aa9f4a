"""Shared fixtures: the project's real article files, and real MkDocs builds of them."""

from __future__ import annotations

import shutil
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
    for article in articles if articles is not None else [*SEEDS.values(), ARTICLES / "actors.yml", ARTICLES / "events.yml"]:
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
