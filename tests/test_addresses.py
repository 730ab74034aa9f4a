"""Stage 4b, addresses: an actor's or event's address keeps leading to it through corrections and renames."""

from __future__ import annotations

import shutil

import pytest

from generator.addresses import (Addresses, ActorRecord, EventRecord, addresses_text, former_addresses,
                                 read_addresses, settle_events)
from generator.cli import main as briefing
from generator.model import Actor, Event, FuzzyDate, Source
from generator.pipeline import build_site_from
from generator.read import ArticleError
from generator.render import render_pages

from .conftest import ARTICLES, SEEDS

SEED = SEEDS["tillerson"]
RESCUE = "American-Canadian family had been in the captivity of terrorists"  # told with "since 2012" in ¶6


@pytest.fixture
def recorded(tmp_path):
    """The seed article in a folder of its own, its paragraph ids and addresses recorded by
    `briefing ledger` as a maintainer commits them, and the site it builds."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    assert briefing(["ledger", "--articles", str(folder), "--cache", ""]) == 0
    return folder, build_site_from(folder)


def rebuilt(folder, old: str = "", new: str = ""):
    path = folder / SEED.name
    path.write_text(path.read_text("utf-8").replace(old, new), encoding="utf-8")
    return build_site_from(folder)


def pages(site) -> dict[str, str]:
    return dict(render_pages(site))


def event_titled(site, title: str) -> Event:
    return next(e for e in site.events if e.title == title)


def test_a_corrected_date_keeps_the_events_id_and_its_old_page_points_to_the_new_one(recorded):
    folder, first = recorded
    before = event_titled(first, RESCUE)
    assert before.period == "2012"
    second = rebuilt(folder, "captivity of terrorists since 2012", "captivity of terrorists since 2011")
    after = event_titled(second, RESCUE)
    assert after.id == before.id and after.period == "2011"
    assert second.former.moved_events == {"2012": [before.id]}
    old_page = pages(second)["events/2012.md"]
    assert f'<li id="{before.id}" class="briefing-event-moved">' in old_page
    assert f'href="../2011/#{before.id}"' in old_page


def test_an_event_keeps_every_page_it_was_listed_on_in_the_record(recorded):
    folder, first = recorded
    event_id = event_titled(first, RESCUE).id
    rebuilt(folder, "since 2012", "since 2011")
    assert briefing(["ledger", "--articles", str(folder), "--cache", ""]) == 0
    record = next(r for r in read_addresses(folder).events if r.id == event_id)
    assert record.periods == ("2012", "2011")
    third = rebuilt(folder, "since 2011", "since 2010")
    assert event_titled(third, RESCUE).id == event_id
    assert third.former.moved_events == {"2012": [event_id], "2011": [event_id]}


def test_a_renamed_actors_old_address_leads_to_its_new_page(recorded):
    folder, first = recorded
    assert "rex-tillerson" in {a.id for a in first.actors}
    (folder / "actors.yml").write_text("actors:\n  - name: Rex W. Tillerson\n    kind: person\n"
                                       "    aliases: [Rex Tillerson, Tillerson]\n", encoding="utf-8")
    second = build_site_from(folder)
    assert "rex-w-tillerson" in {a.id for a in second.actors}
    assert second.former.actor_moves == {"rex-tillerson": "rex-w-tillerson"}


def test_an_actor_or_event_no_article_tells_any_more_keeps_its_address_with_a_note(recorded):
    folder, first = recorded
    paragraph = next(p.text for p in first.articles[0].paragraphs if "talk show that aired" in p.text)
    talk_show = next(e for e in first.events if "talk show" in e.title)
    second = rebuilt(folder, paragraph, "")
    assert [r.id for r in second.former.retired_events] == [talk_show.id]
    assert "hamid-mir" in {r.id for r in second.former.retired_actors}
    rendered = pages(second)
    note = rendered[f"events/{talk_show.period}.md"]
    assert f'<li id="{talk_show.id}" class="briefing-event-retired">No longer on the timeline' in note
    assert "No article of\nthis edition names that actor any more" in rendered["actors/hamid-mir.md"]


def test_every_year_page_that_listed_a_retired_event_keeps_its_note(recorded):
    folder, first = recorded
    rescue = event_titled(first, RESCUE)
    rebuilt(folder, "since 2012", "since 2011")  # the event moves to 2011 …
    assert briefing(["ledger", "--articles", str(folder), "--cache", ""]) == 0
    path = folder / SEED.name
    line = next(line for line in path.read_text("utf-8").splitlines() if "since 2011" in line)
    gone = rebuilt(folder, line, "")  # … then its paragraph goes
    assert [r.id for r in gone.former.retired_events] == [rescue.id]
    rendered = pages(gone)
    for year in ("2012", "2011"):  # neither lists an event now
        assert f'<li id="{rescue.id}" class="briefing-event-retired">' in rendered[f"events/{year}.md"]


def test_settling_is_pure_and_a_tie_is_not_guessed():
    def event(event_id, title, paragraph="p3", date="2011-05-02"):
        return Event(event_id, FuzzyDate.parse(date), title, sources=[Source("a", paragraph, "…")])

    record = EventRecord("2011-05-02-raid-killed-bin-laden", ("2011",), "Raid killed bin Laden", "2011-05-02", ("a#p3",))
    moved = settle_events([event("2011-05-01-raid-killed-bin-laden", "Raid killed bin Laden", date="2011-05-01")], [record])
    assert moved[0].id == record.id  # the same paragraph, the same title: the same happening
    elsewhere = settle_events([event("2011-05-02-x", "Raid killed bin Laden", paragraph="p9")], [record])
    assert elsewhere[0].id == "2011-05-02-x"  # told in another paragraph: not the recorded event
    twins = settle_events([event("e1", "Raid killed bin Laden"), event("e2", "Raid killed bin Laden")], [record])
    assert [e.id for e in twins] == ["e1", "e2"]
    actors = [Actor("benazir-bhutto", "Benazir Bhutto", "person", ["Bhutto"]),
              Actor("zulfikar-ali-bhutto", "Zulfikar Ali Bhutto", "person", ["Bhutto"])]
    former = former_addresses(actors, [], Addresses([ActorRecord("bhutto", ("Bhutto",))]))
    assert former.actor_moves == {} and [r.id for r in former.retired_actors] == ["bhutto"]  # two Bhuttos


@pytest.mark.parametrize("content, line, message", [
    ("actors: {}\n", 1, "two lists"),
    ("actors:\n  - id: ../../etc\n    names: [X]\n", 2, "is not an address the site gives"),
    ("events:\n  - id: e\n    periods: ['2011/../x']\n    title: T\n    date: '2011'\n", 2, "not an address"),
    ("events:\n  - id: e\n    periods: ['2011']\n    title: T\n    date: '2011'\n    sources: ['a#p1\"><script>']\n",
     2, "source"),
    ("actors:\n  - id: a\n    names: [A]\n  - id: a\n    names: [B]\n", 4, "recorded twice"),
    ("actors:\n  - id: a\n", 2, "needs id, names"),
    ("actors:\n  - id: index\n    names: [A]\n", 2, "the address of another page"),
    ("events:\n  - id: '2011'\n    periods: ['2011']\n    title: T\n    date: '2011'\n", 2, "another page"),
])
def test_a_bad_record_is_reported_by_file_and_line(tmp_path, content, line, message):
    (tmp_path / "addresses.yml").write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError) as raised:
        read_addresses(tmp_path)
    assert raised.value.line == line and message in raised.value.message


def test_the_record_the_repository_commits_is_up_to_date(seed_site):
    committed = (ARTICLES / "addresses.yml").read_text("utf-8")
    assert addresses_text(seed_site.addresses) == committed, "run `briefing ledger` and commit articles/addresses.yml"


def test_check_and_the_build_name_a_bad_record_by_file_and_line(tmp_path):
    from .test_cli import briefing as run

    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "addresses.yml").write_text("actors:\n  - id: ok\n    names: [A]\n  - id: 'Not An Id'\n    names: [B]\n",
                                          encoding="utf-8")
    checked = run("check", "--articles", str(folder))
    assert checked.returncode == 1 and f"{folder / 'addresses.yml'}:4: error: id 'Not An Id' is not an address" in checked.stdout
    with pytest.raises(ArticleError, match="is not an address"):
        build_site_from(folder)
