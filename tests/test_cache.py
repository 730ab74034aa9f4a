"""Incremental builds: an unchanged article is never cleaned or parsed again."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import generator.pipeline as pipeline
from generator.export import data_files

from .conftest import ARTICLES, SEEDS


def export_data(site) -> dict[str, str]:
    return {path: "".join(chunks) for path, chunks in data_files(site).items()}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in [SEEDS["mattis"], SEEDS["markey"], ARTICLES / "actors.yml"]:
        shutil.copy(path, folder)
    return folder


def test_a_second_build_parses_nothing_and_gives_the_same_site(corpus, tmp_path, monkeypatch):
    first = export_data(pipeline.build_site_from(corpus, tmp_path / "cache"))
    monkeypatch.setattr(pipeline, "parse", lambda texts: pytest.fail("parsed an unchanged article") if texts else [])
    assert export_data(pipeline.build_site_from(corpus, tmp_path / "cache")) == first


def test_a_warm_build_does_not_load_spacy(corpus, tmp_path):
    # Importing spaCy alone takes longer than a whole warm build of a small archive.
    pipeline.build_site_from(corpus, tmp_path / "cache")
    probe = ("import sys; from generator.output import generated_files; from generator.pipeline import build_site_from; "
             f"dict(generated_files(build_site_from({str(corpus)!r}, {str(tmp_path / 'cache')!r}))); "
             "print('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout == "False\n"


def test_only_the_changed_article_is_parsed_again(corpus, tmp_path, monkeypatch):
    pipeline.build_site_from(corpus, tmp_path / "cache")
    changed = corpus / SEEDS["markey"].name
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("most important foreign sponsor", "most important foreign sponsor, as Doha noted"),
                       encoding="utf-8")
    parsed = []
    real_parse = pipeline.parse
    monkeypatch.setattr(pipeline, "parse", lambda texts: parsed.append(len(texts)) or real_parse(texts))
    site = pipeline.build_site_from(corpus, tmp_path / "cache")
    markey = site.article(SEEDS["markey"].stem)
    assert parsed == [len(markey.paragraphs)]
    assert any("Doha" in p.text for p in markey.paragraphs)


def test_a_registry_change_reprocesses_every_article(corpus, tmp_path, monkeypatch):
    pipeline.build_site_from(corpus, tmp_path / "cache")
    (corpus / "actors.yml").write_text("actors:\n  - name: Jim Mattis\n    kind: person\n    aliases: [James Mattis]\n",
                                       encoding="utf-8")
    site = pipeline.build_site_from(corpus, tmp_path / "cache")
    assert "Jim Mattis" in {a.name for a in site.actors}


def test_a_broken_cache_file_is_ignored(corpus, tmp_path):
    first = export_data(pipeline.build_site_from(corpus, tmp_path / "cache"))
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"not a pickle")
    assert export_data(pipeline.build_site_from(corpus, tmp_path / "cache")) == first
