"""A hostile corpus, through real builds and a real browser: no input runs script, reaches outside
the repository, replaces a page or loses the site; every bad input is named by file and line.

Each payload sets ``window.__pwned`` or opens a dialog if it ever runs. Grow the corpus with each bug.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.cli import main as briefing_main

from .conftest import FIXTURES, _free_port, build_project, make_project

RUN = "window.__pwned=1"
BODY = ("The committee met on Monday and agreed on a short statement about the harbour dispute, which has kept "
        "ships waiting outside the port for most of the spring. The Harbour Authority said the talks would go on, "
        "and the Port Council agreed. The Harbour Compact was signed on 3 March 2020 in the capital. "
        "INDEX, the shipping group, said it would publish the figures.\n")
HOME = "# Hostile corpus\n\nEvery field of these articles is an attack.\n"

# Files that must build, every field shown as text wherever it lands.
BUILT = {
    "2020-01-title.txt": f"---\npublished: 2020-01\ntitle: \"</title><img src=x onerror={RUN}><!--\"\n---\n{BODY}",
    "2020-02-subtitle.txt": f"---\npublished: 2020-02\nsubtitle: '<script>{RUN}</script>'\n---\n{BODY}",
    "2020-03-tags.txt": f"---\npublished: 2020-03\ntags: ['<b onmouseover={RUN}>x</b>', '<!--', '\"><svg onload=alert(1)>']\n"
                        f"---\n{BODY}",
    "2020-04-people.txt": f"---\npublished: 2020-04\nauthors: ['<img src=x onerror={RUN}>']\n"
                          f"publication: '\"><svg onload={RUN}>'\n"
                          f"source_url: 'https://example.org/a\"><script>{RUN}</script>'\n---\n{BODY}",
    "2020-05-headline.txt": f"---\npublished: 2020-05\n---\nHome\n\nHarbour Talks Resume <img src=x onerror={RUN}>\n\n"
                            f"By Jane Doe\n\n{BODY}",
    "2020-06-body.txt": (f"---\npublished: 2020-06\n---\n{BODY}\n<script>{RUN}</script> and {{{{ 7 * 7 }}}} and "
                         f"[a link](javascript:{RUN}) and <!-- a comment and \x00 NUL \x1b[31m ESC \x7f DEL in the text of "
                         "a paragraph that goes on long enough to be kept by the cleaner as prose.\n"),
    "2020-07-bom-crlf.txt": "\ufeff---\r\npublished: 2020-07\r\n---\r\n" + BODY.replace("\n", "\r\n"),
    "2020-08-year-one.txt": f"---\npublished: 0001-01-01\n---\n{BODY}",
    "2020-09-saved-page.html": (f"<html><head><title>&lt;img src=x onerror={RUN}&gt; Port Strike</title></head><body>"
                                f"<article><h1>&lt;script&gt;{RUN}&lt;/script&gt; Port Strike</h1>"
                                f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"),
    "2020-09-saved-page.yml": "published: 2020-09\n",
    "2020-10-spoofing.txt": (f"---\npublished: 2020-10\ntitle: \"Harbour \u202egnp.exe {'x' * 1500}\"\n"
                             "subtitle: \"{% include '/etc/passwd' %} {{ config }}\"\n"
                             "tags: ['../../etc/passwd', '</a><script>alert(1)</script>', index]\n---\n" + BODY),
    "2020-11-page-script.html": (f"<html><head><title>Harbour Strike</title></head><body><article><h1>Harbour Strike</h1>"
                                 f"<p>{BODY}</p><script>{RUN}</script><p><a href=\"javascript:{RUN}\">Read more</a> "
                                 f"<iframe src=\"https://evil.example/\"></iframe>{BODY}</p>"
                                 f"<p>&lt;img src=x onerror={RUN}&gt; was written in the story as text. {BODY}</p>"
                                 "</article></body></html>"),
    "2020-11-page-script.yml": "published: 2020-11\nsource_url: https://example.org/strike\n",
    "actors.yml": ("actors:\n"
                   f"  - name: '<img src=x onerror={RUN}>'\n    kind: organization\n    aliases: [Port Council]\n"
                   f"    description: '<script>{RUN}</script> \"quoted\"'\n"
                   "  - name: Harbour Authority\n    kind: organization\n    aliases: Harbour Board\n"
                   f"    description: '\"><svg onload={RUN}>'\n"
                   "  - name: Index\n    kind: organization\n    aliases: [Port Index]\n"),
    "events.yml": (f"- title: '<img src=x onerror={RUN}> Harbour Compact'\n  date: 2020-03-03\n  aliases: [Harbour Compact]\n"
                   f"  description: '<iframe src=javascript:{RUN}></iframe>'\n"),
}

# Files that must be refused, each with the line and the message that names the problem.
REFUSED = {
    "2021-01-control.txt": ("---\npublished: 2021\ntitle: \"red \\e[31m title\"\n---\n" + BODY, 3,
                            "'title' holds the character U+001B"),
    "2021-02-surrogate.txt": ("---\npublished: 2021\ntitle: \"\\ud800\"\n---\n" + BODY, 3, "'title' holds the character U+D800"),
    "2021-03-year-zero.txt": ("---\npublished: 0000-01-01\n---\n" + BODY, 2, "'0000-01-01' has no year 0"),
    "2021-04-nested.txt": ("---\npublished: 2021\ntitle: " + "[" * 60 + "]" * 60 + "\n---\n" + BODY, 3,
                           "nested more than 20 levels deep"),
    "2021-05-alias.txt": ("---\npublished: &a 2021\ntitle: *a\n---\n" + BODY, 3, "aliases (*name) are not allowed"),
    "2021-06-python.txt": ("---\npublished: 2021\ntitle: !!python/object/apply:os.system [touch pwned]\n---\n" + BODY, 3,
                           "front matter is not valid YAML"),
    "2021-07-long-line.txt": ("---\npublished: 2021\n---\n" + "word " * 210_000 + "\n", 4, "characters without a break"),
    "2021-08-not-a-date.txt": ("---\npublished: 2021-02-30\n---\n" + BODY, 2, "February 2021 has no day 30"),
    "index.txt": ("---\npublished: 2021\n---\n" + BODY, 1, "the slug 'index' is the address of a page"),
    "2021-10-notes.md": ("# notes\n", 1, "not an article"),
    "2021-14-js-url.txt": ("---\npublished: 2021\nsource_url: javascript:alert(1)\n---\n" + BODY, 3,
                           "source_url must start with http:// or https://"),
    "2021-15-data-url.txt": ("---\npublished: 2021\nsource_url: 'data:text/html,<script>alert(1)</script>'\n---\n" + BODY, 3,
                             "source_url must start with http:// or https://"),
    "Bad_Slug.txt": ("---\npublished: 2021\n---\n" + BODY, 1, "is not a slug"),
    "2021-16-no-front.txt": (BODY, 1, "missing front matter"),
    "2021-17-future.txt": ("---\npublished: 2999-01-01\n---\n" + BODY, 2, "'published' is in the future"),
    "2021-18-unknown.txt": ("---\npublished: 2021\nscript: x\n---\n" + BODY, 3, "unknown field 'script'"),
    "2021-19-orphan.yml": ("published: 2021\n", 1, "metadata without its page"),
    "2021-20-binary-title.txt": ("---\npublished: 2021\ntitle: !!binary aGVsbG8=\n---\n" + BODY, 3, "'title' must be text, not bytes"),
}
REGISTRIES = [  # (file, content, line, message)
    ("actors.yml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                   "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n", 2,
     "aliases (*name) are not allowed"),
    ("actors.yml", "actors:\n" + "  " * 1 + "- " * 40 + "x\n", 2, "nested more than 20 levels deep"),
    ("actors.yml", "actors:\n  - name: [not, text]\n    kind: person\n", 2, "'name' must be text, not list"),
    ("events.yml", "- title: {a: b}\n  date: 2020\n", 1, "'title' must be text, not dict"),
    ("redirects.yml", "/tmp/briefing-evil/x.md: articles/2020-01-good.md\n", 1, "both sides must be page paths"),
    ("redirects.yml", "old.md: https://evil.example/x.md\n", 1, "both sides must be page paths"),
    ("redirects.yml", "../outside.md: articles/2020-01-good.md\n", 1, "both sides must be page paths"),
    ("redirects.yml", "'old\"><script>x</script>.md': articles/2020-01-good.md\n", 1, "both sides must be page paths"),
    ("redirects.yml", "articles/2020-01-good.md: articles/index.md\n", 1, "is a page of the site: a redirect would replace it"),
    ("redirects.yml", "'javascript:alert(1).md': articles/2020-01-good.md\n", 1, "both sides must be page paths"),
    ("actors.yml", "actors:\n  - name: X\n    kind: person\n    description: !!binary aGVsbG8=\n", 2,
     "'description' must be text, not bytes"),
    ("actors.yml", "actors:\n  - name: X\n    kind: '<script>'\n", 2, "kind of 'X' must be one of"),
    ("events.yml", "- title: Harbour Compact\n  date: 2020-13\n", 1, "has no month 13"),
]


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content.encode("utf-8", "surrogatepass"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    project = make_project(base, [], home=HOME)
    _write(project / "articles", BUILT)
    return project, build_project(project)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class _LiveMarkup(HTMLParser):
    """Markup an attacker wrote that a browser would obey: an event handler, an inline script that
    carries the payload, or a javascript: link."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self._script = [], False

    def handle_starttag(self, tag, attrs):
        self._script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if (name.startswith("on") and ("__pwned" in value or "alert" in value)) or \
                    (name in ("href", "src") and value.strip().lower().startswith("javascript:")):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("img", "svg", "b") and any(n.startswith("on") for n, _ in attrs):
            self.found.append(f"<{tag}> with a handler")

    def handle_data(self, data):
        if self._script and "__pwned" in data:
            self.found.append(f"<script>{data[:60]}")

    def handle_endtag(self, tag):
        self._script = False


def test_no_page_holds_live_markup_from_the_input(hostile_site):
    _, site = hostile_site
    live = {}
    for page in _pages(site):
        parser = _LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.found:
            live[str(page.relative_to(site))] = parser.found
    assert live == {}


def test_every_field_is_shown_as_the_text_it_is(hostile_site):
    _, site = hostile_site
    article = (site / "articles" / "2020-01-title" / "index.html").read_text(encoding="utf-8")
    shown = f"&lt;/title&gt;&lt;img src=x onerror={RUN}&gt;&lt;!--"
    assert f"<title>{shown}" in article  # the browser's tab shows the title's words, markup and all
    assert re.search(r"<h1[^>]*>[^<]*&lt;/title&gt;&lt;img", article)
    body = (site / "articles" / "2020-06-body" / "index.html").read_text(encoding="utf-8")
    assert f"&lt;script&gt;{RUN}&lt;/script&gt;" in body and "{{ 7 * 7 }}" in body and "NUL" in body
    assert "\x00" not in body and "\x1b" not in body and "\x7f" not in body
    headline = (site / "articles" / "2020-05-headline" / "index.html").read_text(encoding="utf-8")
    assert f"<title>Harbour Talks Resume &lt;img src=x onerror={RUN}&gt;" in headline  # the title inferred from the text
    assert (site / "articles" / "2020-07-bom-crlf" / "index.html").is_file()  # a BOM and CRLF are accepted


def test_no_page_replaces_another(hostile_site):
    _, site = hostile_site
    assert "<h1" in (site / "actors" / "index.html").read_text(encoding="utf-8")
    index = (site / "actors" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Actors", index)  # the actor named "Index" did not take the index's place
    assert (site / "actors" / "index-2" / "index.html").is_file()


def test_every_output_format_parses(hostile_site):
    project, site = hostile_site
    ElementTree.parse(site / "feed.xml")
    ElementTree.parse(site / "sitemap.xml")
    for data in [*site.rglob("*.json")]:
        json.loads(data.read_text(encoding="utf-8"))
    for page in (project / ".briefing-cache" / "generated").rglob("*.md"):
        front = page.read_text(encoding="utf-8").split("---\n")[1]
        assert isinstance(yaml.safe_load(front), dict), page


@pytest.fixture(scope="module")
def served(hostile_site):
    _, site = hostile_site
    port = _free_port()
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/"
    server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_no_payload_runs_in_a_browser(served, hostile_site):
    from playwright.sync_api import sync_playwright

    from .test_browser import CHROMIUM, FLAGS

    _, site = hostile_site
    pages = [p.relative_to(site).parent.as_posix() for p in _pages(site)
             if p.parts[-2:] != ("404.html",) and p.name == "index.html"]
    dialogs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        foreign = []  # an injected frame, image or script would load from another host
        page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((served, "data:", "blob:")) else None)
        ran = []
        for path in pages:
            page.goto(served + ("" if path == "." else path + "/"))
            page.mouse.move(10, 10)
            for tag in page.locator(".md-tag").all()[:5]:  # a handler on hover would fire now
                tag.hover()
            if page.evaluate("window.__pwned === 1"):
                ran.append(path)
        browser.close()
    assert ran == [] and dialogs == [] and foreign == []
    assert len(pages) > 20


def test_bad_inputs_are_refused_by_check_and_by_the_build_naming_file_and_line(tmp_path, capsys):
    outside = tmp_path / "secret.txt"
    outside.write_text("SECRET-MARKER " * 50, encoding="utf-8")
    project = make_project(tmp_path, [FIXTURES / "articles" / "2024-03-harbour-talks.txt"], home=HOME)
    articles = project / "articles"
    _write(articles, {name: content for name, (content, _, _) in REFUSED.items()})
    (articles / "2021-09-big-meta.yml").write_text("published: 2021\ndescription: |\n" + "  x\n" * 2_600_000,
                                                   encoding="utf-8")
    (articles / "2021-09-big-meta.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    expected = {name: (line, message) for name, (_, line, message) in REFUSED.items()}
    expected["2021-09-big-meta.yml"] = (1, "file is")
    for name, target in (("2021-11-link.txt", outside), ("2021-12-dangling.txt", tmp_path / "nowhere.txt")):
        os.symlink(target, articles / name)
        expected[name] = (1, "not a regular file")
    (articles / "2021-13-folder.txt").mkdir()
    expected["2021-13-folder.txt"] = (1, "not a regular file")
    # The site built before stays as it was, whatever fails.
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("the last good site", encoding="utf-8")

    assert briefing_main(["check", "--articles", str(articles)]) == 1
    checked = capsys.readouterr().out
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    for name, (line, message) in expected.items():
        assert re.search(rf"{re.escape(str(articles / name))}:{line}: error: .*{re.escape(message)}", checked), name
        assert re.search(rf"articles/{re.escape(name)}:{line}: error: .*{re.escape(message)}", result.stderr), name
    assert "Traceback" not in checked + result.stderr
    assert "SECRET-MARKER" not in checked + result.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "the last good site"
    assert not (project / ".briefing-cache" / "site-build").exists()


@pytest.mark.parametrize("name, content, line, message", REGISTRIES)
def test_bad_registries_are_refused_naming_file_and_line(tmp_path, capsys, name, content, line, message):
    articles = tmp_path / "articles"
    _write(articles, {"2020-01-good.txt": f"---\npublished: 2020\n---\n{BODY}", name: content})
    assert briefing_main(["check", "--articles", str(articles)]) == 1
    out = capsys.readouterr().out
    assert f"{articles / name}:{line}: error: " in out and message in out
    assert "Traceback" not in out
    assert not Path("/tmp/briefing-evil").exists()


def test_a_registry_that_is_a_link_is_not_read(tmp_path, capsys):
    articles = tmp_path / "articles"
    _write(articles, {"2020-01-good.txt": f"---\npublished: 2020\n---\n{BODY}"})
    (tmp_path / "elsewhere.yml").write_text("actors:\n  - name: Secret Person\n    kind: person\n", encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.yml", articles / "actors.yml")
    assert briefing_main(["check", "--articles", str(articles)]) == 1
    assert f"{articles / 'actors.yml'}:1: error: not a regular file" in capsys.readouterr().out


def test_a_failing_strict_build_leaves_the_last_site(tmp_path):
    project = make_project(tmp_path, [FIXTURES / "articles" / "2024-03-harbour-talks.txt"], home=HOME)
    sources = {p.name for p in project.iterdir()}
    site = build_project(project)
    assert {p.name for p in project.iterdir()} - sources == {"site", ".briefing-cache"}  # nothing else is written
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    (project / "docs" / "about.md").write_text("# About\n\n[a broken link](nowhere.md)\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "docs/about.md: warning: Doc file 'about.md' contains a link 'nowhere.md'" in result.stderr
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert not (project / ".briefing-cache" / "site-build").exists()


def test_terminal_escapes_in_a_file_name_are_shown_not_obeyed(tmp_path, capsys):
    articles = tmp_path / "articles"
    _write(articles, {"2020-01-good.txt": f"---\npublished: 2020\n---\n{BODY}",
                      "2020-01-\x1b[2Jx.txt": f"---\npublished: 2020\n---\n{BODY}"})
    briefing_main(["check", "--articles", str(articles), "-v"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "2020-01-\\x1b[2Jx.txt:1: error: file name" in out
