"""Editions with mike, deployed for real into a local repository's gh-pages branch and served."""

from __future__ import annotations

import json

from .conftest import FIXTURES


def test_versions_json_lists_both_editions_with_latest_on_the_newest(editions):
    versions = json.loads((editions.root / "versions.json").read_text(encoding="utf-8"))
    assert [v["version"] for v in versions] == ["2026-winter", "2026-fall"]
    assert versions[0]["aliases"] == ["latest"] and versions[1]["aliases"] == []


def test_latest_redirects_to_the_newest_edition(editions):
    redirect = (editions.root / "latest" / "index.html").read_text(encoding="utf-8")
    assert "../2026-winter/" in redirect and "http-equiv=\"refresh\"" in redirect
    assert (editions.root / "index.html").read_text(encoding="utf-8").count("latest/") >= 1  # the default


def test_an_old_edition_stays_frozen(editions):
    added = "articles/2024-03-harbour-talks/index.html"
    assert (editions.root / "2026-winter" / added).is_file()
    assert not (editions.root / "2026-fall" / added).exists()
    feed = (editions.root / "2026-fall" / "feed.xml").read_text(encoding="utf-8")
    assert "Harbour Talks" not in feed and f"{editions.url}2026-fall/articles/" in feed


def test_citations_point_at_the_edition_they_were_read_in(editions):
    page = (editions.root / "2026-fall" / "articles" / "2011-04-lieven-hard-power" / "index.html").read_text("utf-8")
    assert f"{editions.url}2026-fall/articles/2011-04-lieven-hard-power/" in page
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
