"""Stage 3b and 4, events: dated happenings at the right date, one per happening across articles."""

from __future__ import annotations

from generator.model import FuzzyDate


def events_on(site, iso):
    return [e for e in site.events if e.date.iso() == iso]


def test_month_day_dates_take_the_year_from_publication(seed_site):
    release = events_on(seed_site, "2017-11-24")
    assert len(release) == 1
    assert "Hafiz Saeed" in release[0].title and "released" in release[0].title
    assert "hafiz-saeed" in release[0].actors
    visit = events_on(seed_site, "2017-12-03")
    assert len(visit) == 1 and "Mattis" in visit[0].title and "visit" in visit[0].title
    landing = events_on(seed_site, "2017-10-24")
    assert any("Tillerson" in e.title for e in landing)


def test_mumbai_attacks_told_by_several_articles_are_one_event(seed_site):
    mumbai = [e for e in seed_site.events if "Mumbai" in e.title and "attack" in e.title.lower()]
    assert len(mumbai) == 1
    event = mumbai[0]
    assert event.date == FuzzyDate(2008, 11)  # the most precise date the sources support
    assert len({s.article for s in event.sources}) >= 3


def test_dates_keep_their_precision(seed_site):
    precisions = {e.date.precision for e in seed_site.events}
    assert precisions == {"decade", "year", "month", "day"}
    assert any(e.date.iso() == "1996" and "Kabul" in e.title for e in seed_site.events)
    assert any(e.date.iso() == "1990s" for e in seed_site.events)


def test_no_event_from_a_caption_date(seed_site):
    assert events_on(seed_site, "2011-12-12") == []


def test_every_source_sentence_is_in_its_paragraph(seed_site):
    for event in seed_site.events:
        assert event.sources
        for s in event.sources:
            assert s.sentence in seed_site.article(s.article).paragraph(s.paragraph).text
            assert s.date_text in s.sentence


def test_timeline_is_chronological(seed_site):
    keys = [e.date.sort_key() for e in seed_site.events]
    assert keys == sorted(keys)
