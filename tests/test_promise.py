"""The promise of docs/editions.md, in a real browser: an address of one build shows the same words in the next.

A first edition is built from a seed article whose paragraph ids and addresses are recorded
(`briefing ledger`, as a maintainer commits them). Then one change at a time, as maintainers and
cleaner improvements make them: (a) a paragraph inserted, (b) one removed, (c) a typo fixed, (d) the
cleaner keeping an extra block at the top, (e) an event's date corrected, (f) an actor renamed. After
each, the site is built again, and every paragraph, event and actor address of the first build is
opened in Chromium on the new one: it must show the same words, or the documented note where they
were removed or changed on purpose.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest
from playwright.sync_api import sync_playwright

from generator.cli import main as briefing

from .conftest import SEEDS, _free_port, _QuietHandler, build_project, make_project
from .test_browser import CHROMIUM, FLAGS

SEED = SEEDS["tillerson"]
SLUG = SEED.stem
INSERTED_AFTER = "a move clearly coordinated by both the Pakistani and U.S. intelligence agencies."
REMOVED = "reputable Pakistani journalist Hamid Mir made an interesting revelation"  # the paragraph it opens
TYPO = ("the Pakistani government appears", "the Pakistani goverment appears")
KEPT_ABOVE = "An opening line an earlier cleaner dropped, now kept as the article's first paragraph."
DATE = ("captivity of terrorists since 2012", "captivity of terrorists since 2011")
RENAMED = ("rex-tillerson", "Rex W. Tillerson")


def _change_article(text: str, change: str) -> str:
    paragraphs = text.split("\n\n")
    if change == "insert":
        after = next(p for p in paragraphs if INSERTED_AFTER in p)
        return text.replace(after, after + "\n\nA paragraph a maintainer added between two others.")
    if change == "remove":
        return "\n\n".join(p for p in paragraphs if REMOVED not in p)
    if change == "typo":
        return text.replace(*TYPO)
    if change == "cleaner keeps a block above":
        first_body = next(p for p in paragraphs if len(p.split()) > 40)
        return text.replace(first_body, KEPT_ABOVE + "\n\n" + first_body)
    if change == "date corrected":
        return text.replace(*DATE)
    return text


CHANGES = ["insert", "remove", "typo", "cleaner keeps a block above", "date corrected", "actor renamed"]


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    """The first build and one rebuild per change, all served on localhost: {name: address}."""
    base = tmp_path_factory.mktemp("promise")
    served = base / "served"
    first = make_project(base / "first", [SEED], home="# Home\n")
    assert briefing(["ledger", "--articles", str(first / "articles"), "--cache", ""]) == 0
    shutil.copytree(build_project(first), served / "first")
    for change in CHANGES:
        project = base / change.replace(" ", "-")
        shutil.copytree(first, project, ignore=shutil.ignore_patterns("site", ".briefing-cache"))
        article = project / "articles" / SEED.name
        article.write_text(_change_article(article.read_text("utf-8"), change), encoding="utf-8")
        if change == "actor renamed":
            (project / "articles" / "actors.yml").write_text(
                f"actors:\n  - name: {RENAMED[1]}\n    kind: person\n    aliases: [Rex Tillerson, Tillerson]\n",
                encoding="utf-8")
        shutil.copytree(build_project(project), served / project.name)
    port = _free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_QuietHandler, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {name: f"http://127.0.0.1:{port}/{name.replace(' ', '-')}/" for name in ["first", *CHANGES]}
    server.shutdown()


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser.new_page()
        browser.close()


SHOWN = r"""() => {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const h1 = document.querySelector('.md-content h1');
  return {url: location.href, target: target && target.className, h1: h1 && h1.textContent.replace(/\s*¶\s*$/, '').trim(),
          words: target ? (target.querySelector('.briefing-event-title') || target).textContent.replace(/\s*¶\s*$/, '').trim() : null,
          page: document.querySelector('.md-content').textContent};
}"""


def opened(page, url: str) -> dict:
    """What the reader sees at an address: after any redirect, the element its fragment names."""
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function("() => !document.querySelector('meta[http-equiv=refresh]')")  # a redirect page moves on
    page.wait_for_function("() => !location.hash || document.getElementById(decodeURIComponent(location.hash.slice(1)))"
                           " && !document.getElementById(decodeURIComponent(location.hash.slice(1)))"
                           ".classList.contains('briefing-event-moved')")  # a moved event's note moves on
    return page.evaluate(SHOWN)


@pytest.fixture(scope="module")
def first_addresses(page, editions) -> dict[str, dict]:
    """Every paragraph, event and actor address of the first build, with what it shows there."""
    base = editions["first"]
    page.goto(f"{base}articles/{SLUG}/")
    addresses = {f"articles/{SLUG}/#{pid}": None for pid in
                 page.eval_on_selector_all(".md-content [data-number][id]", "els => els.map(e => e.id)")}
    page.goto(f"{base}events/")
    periods = page.eval_on_selector_all("a[href]", "els => [...new Set(els.map(e => e.getAttribute('href'))"
                                                   ".filter(h => /^\\d{4}s?\\/$/.test(h)))]")
    for period in periods:
        page.goto(f"{base}events/{period}")
        addresses.update({f"events/{period}#{i}": None for i in
                          page.eval_on_selector_all("ul.briefing-events > li[id]", "els => els.map(e => e.id)")})
    page.goto(f"{base}actors/")
    addresses.update({f"actors/{href}": None for href in page.eval_on_selector_all(
        ".md-content li > a[href]", "els => els.map(e => e.getAttribute('href')).filter(h => /^[a-z0-9-]+\\/$/.test(h))")})
    return {address: opened(page, base + address) for address in addresses}


def test_the_first_build_has_addresses_of_every_kind(first_addresses):
    kinds = {address.split("/")[0] for address in first_addresses}
    assert kinds == {"articles", "events", "actors"}
    assert sum(a.startswith("articles/") for a in first_addresses) >= 9
    assert all(shown["words"] or shown["h1"] for shown in first_addresses.values())


@pytest.mark.parametrize("change", CHANGES)
def test_every_address_of_the_first_build_shows_the_same_words_after(change, page, editions, first_addresses):
    wrong = []
    for address, before in first_addresses.items():
        after = opened(page, editions[change] + address)
        expected = before["words"]
        if address.startswith("actors/"):
            if change == "actor renamed" and address == f"actors/{RENAMED[0]}/":
                ok = after["h1"] == RENAMED[1] and before["h1"] in after["page"]  # its page, under its new name
            else:
                ok = after["h1"] == before["h1"]
        elif change == "remove" and REMOVED in expected:
            ok = after["target"] == "briefing-removed"
        elif change == "typo" and TYPO[0] in expected:
            ok = after["words"] == expected.replace(*TYPO)
        elif change == "date corrected" and DATE[0] in expected:
            ok = after["words"] == expected.replace(*DATE)
        elif change == "remove" and address.startswith("events/") and after["target"] == "briefing-event-retired":
            ok = before["words"] in after["words"]  # the event the removed paragraph told: a note, with its title
        else:
            ok = after["words"] == expected
        if not ok:
            wrong.append(f"{address}: {before['words'] or before['h1']!r} → {after['words'] or after['h1']!r}")
    assert wrong == [], f"after '{change}', {len(wrong)} of {len(first_addresses)} addresses show other words"
