"""Editions with mike, deployed for real into a local repository's gh-pages branch and served."""

from __future__ import annotations

import json

from .conftest import FIXTURES


def test_versions_json_lists_the_editions_with_latest_on_main(editions):
    versions = {v["version"]: v["aliases"] for v in json.loads((editions.root / "versions.json").read_text("utf-8"))}
    assert versions == {"main": ["latest"], "2026-winter": [], "2026-fall": []}


def test_latest_follows_main(editions):
    redirect = (editions.root / "latest" / "index.html").read_text(encoding="utf-8")
    assert "../main/" in redirect and "http-equiv=\"refresh\"" in redirect
    assert (editions.root / "index.html").read_text(encoding="utf-8").count("latest/") >= 1  # the default
    assert (editions.root / "main" / "articles" / "2024-03-harbour-talks" / "index.html").is_file()


def test_a_published_edition_is_never_built_again(editions):
    assert editions.republished.returncode != 0
    assert "edition '2026-fall' is published and frozen" in editions.republished.stdout + editions.republished.stderr
    assert editions.fall_before == editions.fall_after  # not one file of it changed


def test_a_named_edition_says_it_is_frozen_and_where_the_latest_is(editions):
    page = (editions.root / "2026-fall" / "index.html").read_text(encoding="utf-8")
    assert "This page is from the edition <strong>2026-fall</strong>" in page and "latest/" in page
    assert "This page is from the edition" not in (editions.root / "main" / "index.html").read_text("utf-8")


def test_an_old_edition_stays_frozen(editions):
    added = "articles/2024-03-harbour-talks/index.html"
    assert (editions.root / "2026-winter" / added).is_file()
    assert not (editions.root / "2026-fall" / added).exists()
    feed = (editions.root / "2026-fall" / "feed.xml").read_text(encoding="utf-8")
    assert "Harbour Talks" not in feed and f"{editions.url}2026-fall/articles/" in feed


def test_citations_point_at_the_edition_they_were_read_in(editions):
    page = (editions.root / "2026-fall" / "articles" / "2011-04-lieven-hard-power" / "index.html").read_text("utf-8")
    address = f"{editions.url}2026-fall/articles/2011-04-lieven-hard-power/"
    assert address in page
    assert f'<link rel="canonical" href="{address}">' in page  # not /latest/: Zotero saves this one
    assert f'<meta name="citation_public_url" content="{address}">' in page
    assert (editions.root / "2026-fall" / "cite" / "2011-04-lieven-hard-power.ris").read_text("utf-8").count(address) == 1
    assert '<meta name="citation_title" content="Hard Power">' in page
    assert '<meta name="citation_author" content="Anatol Lieven">' in page


def test_redirects_keep_a_renamed_articles_old_address(tmp_path):
    from .conftest import build_project, make_project

    harbour = FIXTURES / "articles" / "2024-03-harbour-talks.txt"
    project = make_project(tmp_path, [harbour], home="# Home\n")
    (project / "articles" / "redirects.yml").write_text(
        "articles/2024-03-harbour-talks-stall.md: articles/2024-03-harbour-talks.md\n", encoding="utf-8")
    site = build_project(project)
    old = (site / "articles" / "2024-03-harbour-talks-stall" / "index.html").read_text(encoding="utf-8")
    assert "../2024-03-harbour-talks/" in old


def test_briefing_edition_names_the_season():
    from generator.cli import edition_name
    import datetime as dt

    assert [edition_name(dt.date(2026, m, 1)) for m in (1, 3, 6, 9, 12)] == \
        ["2025-winter", "2026-spring", "2026-summer", "2026-fall", "2026-winter"]
