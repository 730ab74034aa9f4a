"""Any real article, any size: the pipeline never hangs, and a failing article is named, not fatal."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import time

import pytest

from benchmarks.real_pages import SHARED, real_pages, sample, write_articles
from generator import pipeline
from generator.pipeline import ArticleCrash, ArticleErrors, ArticleTimeout, build_site_from
from generator.timelimit import StageTimeout, time_limit

from .conftest import SEEDS, build_project, make_project


def _spin():
    while True:
        pass


def test_a_stage_past_its_limit_is_stopped_in_the_main_thread():
    start = time.perf_counter()
    with pytest.raises(StageTimeout):
        with time_limit(0.5):
            _spin()
    assert time.perf_counter() - start < 5


def test_a_backtracking_regular_expression_is_stopped_too():
    with pytest.raises(StageTimeout):
        with time_limit(0.5):
            re.match(r"(a+)+$", "a" * 40 + "b")


def test_a_stage_past_its_limit_is_stopped_in_another_thread():
    outcome = []

    def work():
        try:
            with time_limit(0.5):
                _spin()
        except StageTimeout:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["stopped"]


def test_a_stage_within_its_limit_is_not_disturbed_later():
    with time_limit(0.2):
        pass
    time.sleep(0.4)  # a timer left running would raise here


def _articles(tmp_path, *names):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        shutil.copy(SEEDS[name], folder)
    return folder


def test_a_pathological_article_is_named_with_its_stage_and_the_rest_still_runs(tmp_path, monkeypatch):
    folder = _articles(tmp_path, "mattis", "markey")
    real = pipeline.extract_events

    def events(article, docs, mentions):
        if article.slug == SEEDS["markey"].stem:
            _spin()  # what a walk without a bound did on a real page
        return real(article, docs, mentions)

    monkeypatch.setattr(pipeline, "extract_events", events)
    with pytest.raises(ArticleErrors) as caught:
        build_site_from(folder, limit=1)
    [error] = caught.value.errors
    assert isinstance(error, ArticleTimeout)
    assert str(error).startswith(f"{folder / SEEDS['markey'].name}:1: the events stage took longer than 1 s")
    runs = []
    site = build_site_from(folder, limit=1, keep_going=True, runs=runs)
    assert [a.slug for a in site.articles] == [SEEDS["mattis"].stem]
    assert [(r.path.name, r.error is None) for r in runs] == [(SEEDS["mattis"].name, True), (SEEDS["markey"].name, False)]


def test_a_bug_on_one_article_is_named_by_file_and_stage_without_a_traceback(tmp_path, monkeypatch):
    folder = _articles(tmp_path, "mattis")
    monkeypatch.setattr(pipeline, "extract_actors", lambda *args: [][0])
    with pytest.raises(ArticleErrors) as caught:
        build_site_from(folder)
    [error] = caught.value.errors
    assert isinstance(error, ArticleCrash)
    assert "the actors stage failed (IndexError: list index out of range)" in str(error)
    assert "Traceback" not in str(error) and "Traceback" in error.detail


def test_every_stage_of_every_article_is_timed(tmp_path):
    folder = _articles(tmp_path, "mattis")
    runs = []
    build_site_from(folder, runs=runs)
    [run] = runs
    assert set(run.seconds) == {"read", "clean", "parse", "actors", "events"}
    assert run.words > 500 and run.error is None


def test_a_paragraph_near_the_size_limit_is_processed_in_time(tmp_path):
    """One paragraph of 90,000 characters: every per-sentence pass over it stays linear."""
    folder = tmp_path / "articles"
    folder.mkdir()
    sentence = ("On 3 March 2019 the minister told Imran Khan (the Prime Minister) that the talks with the "
                "\"Islamabad group\" (IG) would resume. ")
    text = (sentence * (90_000 // len(sentence))).strip()
    (folder / "2020-01-long.txt").write_text(f"---\npublished: 2020-01-01\n---\n{text}\n", encoding="utf-8")
    runs = []
    site = build_site_from(folder, limit=30, runs=runs)
    assert site.articles and runs[0].error is None
    assert runs[0].seconds["actors"] < 10 and runs[0].seconds["clean"] < 5


needs_shared = pytest.mark.skipif(not (SHARED / "bench" / "cleaning").is_dir(),
                                  reason="the real pages are in ../shared beside the repository")


@needs_shared
def test_the_whole_pipeline_runs_on_a_sample_of_real_pages(tmp_path):
    """Real pages of every kind (page text, saved HTML, dev articles, TempEval-3 newswire) through
    `briefing generate` and a strict MkDocs build of the whole site: no hang, no crash."""
    pages = sample(list(real_pages()), per_kind=5)
    assert {p.kind for p in pages} == {"page text", "saved HTML", "dev article", "TempEval-3"}
    articles = tmp_path / "real"
    write_articles(pages, articles)
    report = tmp_path / "report.jsonl"
    result = subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--articles", str(articles),
                             "--docs", str(tmp_path / "docs"), "--cache", str(tmp_path / "cache"),
                             "--keep-going", "--report", str(report), "--time-limit", "20"],
                            capture_output=True, text=True, timeout=900)
    runs = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(runs) == len(pages)
    assert [r["error"] for r in runs if r["outcome"] != "ok"] == []
    assert result.returncode == 0, result.stderr
    project = make_project(tmp_path, sorted(articles.iterdir()), home="# Real pages\n")
    site = build_project(project)
    pages_built = [p for p in (site / "articles").glob("*/index.html") if not p.parent.name.isdigit()]  # not years
    assert len(pages_built) == len(pages)


def test_a_parallel_cold_build_gives_the_same_site_and_the_same_errors(tmp_path, monkeypatch):
    """Two processes parse a large cold build; the site, the per-article timings and a bad article's
    error are as one process gives them."""
    from generator.export import data_files

    folder = _articles(tmp_path, "mattis", "markey", "tillerson")
    serial = {name: "".join(chunks) for name, chunks in data_files(build_site_from(folder)).items()}
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    runs = []
    parallel = {name: "".join(chunks) for name, chunks in data_files(build_site_from(folder, runs=runs)).items()}
    assert parallel == serial
    assert all({"parse", "actors", "events"} <= set(r.seconds) for r in runs)
    real = pipeline.extract_events

    def events(article, docs, mentions):
        if article.slug == SEEDS["markey"].stem:
            _spin()
        return real(article, docs, mentions)

    monkeypatch.setattr(pipeline, "extract_events", events)
    with pytest.raises(ArticleErrors) as caught:
        build_site_from(folder, limit=1)
    [error] = caught.value.errors
    assert isinstance(error, ArticleTimeout) and "the events stage took longer than 1 s" in str(error)
