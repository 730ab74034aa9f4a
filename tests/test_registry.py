"""The curated actor registry: it names, types, describes and excludes; its errors name file and line."""

from __future__ import annotations

import pytest

from generator.actors import ActorMention
from generator.index import build_actors
from generator.model import Mention
from generator.read import ArticleError
from generator.registry import load_registry

from .test_actors import actors_of


def write_registry(tmp_path, text):
    (tmp_path / "actors.yml").write_text(text, encoding="utf-8")
    return load_registry(tmp_path)


GOOD = """actors:
  - name: Northern Relief Agency
    kind: organization
    aliases: [NRA, Northern Relief]
    description: A relief agency.
    wikidata: Q42
  - name: Quetta
    kind: place
exclude:
  - Joint Communique
"""


def test_no_registry_is_an_empty_registry(tmp_path):
    registry = load_registry(tmp_path)
    assert registry.entries == [] and registry.lookup("Anything") is None


def test_every_name_of_an_entry_resolves_to_it(tmp_path):
    registry = write_registry(tmp_path, GOOD)
    assert registry.lookup("northern-relief").name == "Northern Relief Agency"
    assert registry.lookup("NRA").wikidata == "Q42"
    assert registry.excludes("joint communique")


def test_registry_names_kinds_and_excludes_in_an_article(tmp_path):
    registry = write_registry(tmp_path, GOOD)
    found = actors_of("The NRA sent staff to Quetta on Monday, and the Joint Communique praised them.",
                      registry=registry)
    assert "Northern Relief Agency" in found and "Quetta" in found
    assert not any("Communique" in name for name in found)


@pytest.mark.parametrize("text, line, message", [
    ("actors:\n  - name: A\n    kind: person\n  - name: B\n    kind: person\n    aliases: [A]\n", 4,
     "'A' is already a name of 'A'"),
    ("actors:\n  - name: A\n    kind: villain\n", 2, "kind of 'A' must be one of person, organization, country, place"),
    ("actors:\n  - name: A\n    kind: person\n    wikidata: 42\n", 2, "wikidata id of 'A' must look like Q123"),
    ("actors:\n  - name: A\n    kind: person\n    alias: [B]\n", 2, "unknown field 'alias'"),
    ("actors:\n  - name: A\n    kind: person\nexclude: [A]\n", 2, "'A' is both an actor's name and excluded"),
    ("actor:\n  - name: A\n", 1, "unknown section 'actor'"),
    ("actors: [\n", 2, "not valid YAML"),
])
def test_registry_errors_name_the_file_and_line(tmp_path, text, line, message):
    with pytest.raises(ArticleError) as caught:
        write_registry(tmp_path, text)
    assert caught.value.line == line and message in caught.value.message
    assert str(caught.value).startswith(f"{tmp_path / 'actors.yml'}:{line}: ")


def mention(name, label, article, full=True):
    return ActorMention(name, label, full, Mention(article, "p1", name, f"About {name}."))


def test_spelling_variants_across_articles_are_one_actor():
    actors = build_actors([mention("Lashkar-e-Taiba", "organization", "a"), mention("Lashkar-e-Taiba", "organization", "b"),
                           mention("Lashkar-e-Tayyiba", "organization", "c"), mention("Al-Qa'ida", "organization", "c"),
                           mention("al Qaeda", "organization", "a")], {})
    names = {a.name: sorted(a.articles) for a in actors}
    assert names["Lashkar-e-Taiba"] == ["a", "b", "c"] and len(actors) == 2


def test_similar_names_of_different_actors_stay_apart():
    actors = build_actors([mention("Jamaat-ud-Dawa", "organization", "a"), mention("Jamaat-ul-Ahrar", "organization", "b"),
                           mention("Stephen Hadley", "person", "a"), mention("Stephen Kappes", "person", "a"),
                           mention("Indian Kashmir", "place", "a"), mention("Pakistani Kashmir", "place", "a")], {})
    assert len(actors) == 6


def test_curated_events_load_with_text_dates_and_errors_name_the_line(tmp_path):
    from generator.registry import load_events

    (tmp_path / "events.yml").write_text("- title: Harbour accord\n  date: 2024-03-15\n  aliases: [port deal]\n",
                                         encoding="utf-8")
    (event,) = load_events(tmp_path)
    assert event.date.iso() == "2024-03-15" and event.named_in("The Port Deal was signed")
    (tmp_path / "events.yml").write_text("- title: A\n  date: 2024\n- title: B\n  date: someday\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"events.yml:3: date of 'B': 'someday' is not a date"):
        load_events(tmp_path)
    (tmp_path / "events.yml").write_text("- title: A\n  date: 2024\n- title: B\n  date: 2024\n  aliases: [a]\n",
                                         encoding="utf-8")
    with pytest.raises(ArticleError, match=r"events.yml:3: 'a' already names the event 'A'"):
        load_events(tmp_path)


def test_mentions_naming_a_curated_event_join_it_under_its_title_and_date(seed_site):
    mumbai = [e for e in seed_site.events if "Mumbai" in e.title]
    assert len(mumbai) == 1
    assert mumbai[0].title == "Mumbai attacks" and mumbai[0].date.iso() == "2008-11-26"
    assert mumbai[0].id == "2008-11-26-mumbai-attacks" and mumbai[0].description.startswith("Ten Lashkar-e-Taiba")
    assert len({s.article for s in mumbai[0].sources}) == 3


def test_a_lone_surname_and_a_nickname_join_the_one_full_name_on_the_site():
    actors = build_actors([mention("Michael Pompeo", "person", "a"), mention("Mike Pompeo", "person", "b"),
                           mention("Pompeo", "person", "c"), mention("Khan", "person", "c"),
                           mention("Imran Khan", "person", "a"), mention("Ayub Khan", "person", "b")], {})
    by_name = {a.name: sorted(a.articles) for a in actors}
    assert by_name["Michael Pompeo"] == ["a", "b", "c"]
    assert by_name["Khan"] == ["c"]  # two full names end in it: it stays apart


def test_a_province_is_the_place_it_names():
    from .test_actors import mentions_of

    found = {(m.name, m.label) for m in mentions_of("Fighting spread from Logar province to the capital.")}
    assert ("Logar", "place") in found
