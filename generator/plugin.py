"""The MkDocs plugin: runs the pipeline inside every build.

Hooking the build (as mkdocs-material's blog plugin does) means plain
``mkdocs build``, ``mkdocs serve`` and ``mike deploy`` all produce the complete
site. Generated pages and data files are written to the cache folder
(``.briefing-cache/generated/``, or a temporary one without a cache) and added
to the build from there; nothing is written into ``docs/``.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from .compact import compact
from .editions import ROLLING_EDITION, frozen_problem
from .index import Site
from .output import generated_files, write_files
from .pipeline import build_site_from
from .read import ArticleError
from .registry import load_redirects
from .render import Edition
from .search import SearchIndexError, index_site
from .timelimit import DEFAULT_SECONDS
from .verbatim import anchor_ids, has_placeholders, put_back, set_aside

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    articles_dir = config_options.Type(str, default="articles")
    # Per-article results kept between builds (see cache.py); "" turns the cache off.
    cache_dir = config_options.Type(str, default=".briefing-cache")
    # Seconds one stage of one article may take before it is stopped and named as an error; 0: no limit.
    time_limit = config_options.Type((int, float), default=DEFAULT_SECONDS)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    site: Site | None = None
    _scratch: tempfile.TemporaryDirectory | None = None  # where generated files go when there is no cache
    _anchors: set[str]  # the ids in the blocks of the page being converted
    _tab = None  # the navigation entry marked active for the page being rendered, if the plugin marked it

    def on_startup(self, command, dirty):
        self.command = command

    def on_config(self, config):
        root = _as_given(Path(config.config_file_path or ".").parent)
        self.articles_dir = root / self.config.articles_dir
        self.cache_dir = root / self.config.cache_dir if self.config.cache_dir else None
        # mike names the edition it builds in this variable; a plain build is the "latest" one.
        edition = os.environ.get("MIKE_DOCS_VERSION")
        if edition and (frozen := frozen_problem(edition, root)):
            raise PluginError(f"briefing: {frozen}")
        self.edition = Edition(config.site_url or Edition.base_url, edition or "latest")
        if edition and edition != ROLLING_EDITION:
            config.extra["frozen_edition"] = edition  # overrides/main.html says so on every page
        if edition is None and getattr(self, "command", None) == "serve":
            # A preview has no editions: without this, the selector asks for versions.json on every page.
            config.extra.pop("version", None)
        self._redirects(config)
        self._stage(config)
        return config

    # A failed build never touches the site: MkDocs builds into a staging folder in the cache, which
    # replaces the site only once the build has succeeded. A preview serves a folder of its own, and
    # mike reads the configuration (running this event) only to learn where the build will be.
    def _stage(self, config) -> None:
        self._site_dir = None
        self._warnings = _WarningCount()
        if getattr(self, "command", None) in ("serve", "mike"):
            return
        logging.getLogger("mkdocs").addHandler(self._warnings)
        self._site_dir = config.site_dir
        # In the cache folder, so that nothing is written beside the site; beside it only when the
        # cache is turned off.
        site = Path(config.site_dir)
        staging = self.cache_dir / "site-build" if self.cache_dir is not None else site.with_name(site.name + STAGING_SUFFIX)
        config.site_dir = self._staging = str(staging.resolve())
        shutil.rmtree(self._staging, ignore_errors=True)  # left by a build that was killed

    @event_priority(-100)  # after every plugin that writes into the site (redirects)
    def on_post_build(self, config) -> None:
        logging.getLogger("mkdocs").removeHandler(self._warnings)
        if config.strict and self._warnings.count:
            return  # a warning in strict mode: MkDocs aborts next, and on_build_error drops the staging
        try:
            log.info("briefing: search index: %s", index_site(config.site_dir))
        except SearchIndexError as err:
            raise PluginError(f"briefing: {err}") from err
        if self._site_dir is None:
            return  # a preview or mike: they build where they will serve or commit from
        _replace_folder(Path(self._site_dir), Path(config.site_dir))
        config.site_dir = self._site_dir

    def on_build_error(self, error) -> None:
        logging.getLogger("mkdocs").removeHandler(self._warnings)
        if self._site_dir is not None:
            shutil.rmtree(self._staging, ignore_errors=True)

    def _redirects(self, config) -> None:
        """Old addresses of renamed pages (articles/redirects.yml) become mkdocs-redirects' redirect map."""
        self.redirects = config.plugins.get("redirects")
        if self.redirects is not None:
            try:
                self.redirects.config["redirect_maps"] = {**self.redirects.config.get("redirect_maps", {}),
                                                          **load_redirects(self.articles_dir)}
            except ArticleError as err:
                raise PluginError(f"briefing: {err}") from err

    def on_pre_build(self, config) -> None:
        self._anchors = set()
        # Before MkDocs empties site/: a bad article fails the build and leaves the last site as it was.
        try:
            self.site = build_site_from(self.articles_dir, self.cache_dir, self.config.time_limit)
        except ArticleError as err:
            errors = getattr(err, "errors", [err])
            for error in errors:
                log.error(str(error))
            raise PluginError(f"briefing: {len(errors)} of the articles' files could not be built "
                              "(named above); the last site is left as it was") from err
        if self.redirects is not None:
            # Earlier editions gave each event a page of its own (events/<id>/); the address
            # now leads to the event's entry on its year's page, so links into `latest` keep working.
            # An actor's recorded address it moved from opens its page; a retired event's, its note.
            former = self.site.former
            self.redirects.config["redirect_maps"].update(
                {**{f"events/{e.id}.md": f"events/{e.period}.md#{e.id}" for e in self.site.events},
                 **{f"events/{r.id}.md": f"events/{r.periods[-1]}.md#{r.id}" for r in former.retired_events},
                 **{f"actors/{old}.md": f"actors/{new}.md" for old, new in former.actor_moves.items()}})

    def on_files(self, files: Files, config) -> Files:
        # Pages and data files are written to disk one at a time and read back by MkDocs like any
        # source: held as text together, those of a large archive would take more memory than the
        # rest of the build. A file whose content did not change keeps its modification time.
        folder = self._generated_dir()
        written = write_files(generated_files(self.site, self.edition), folder)
        replaced = [path for path in written.paths if files.get_file_from_path(path) is not None]
        if replaced:
            raise PluginError(f"briefing: {Path(config.docs_dir).name}/{replaced[0]} is written by hand and would be "
                              "replaced by a generated page: move or rename it")
        for path in written.paths:
            files.append(File.generated(config, path, abs_src_path=str(folder / path)))
        if self.redirects is not None:
            try:  # a redirect whose old path is a live page would replace it
                load_redirects(self.articles_dir, {f.src_uri for f in files.documentation_pages()})
            except ArticleError as err:
                raise PluginError(f"briefing: {err}") from err
        log.info("briefing: %d articles, %d actors, %d events", len(self.site.articles),
                 len(self.site.actors), len(self.site.events))
        # The pages are written: MkDocs needs the memory more than the text.
        self.site = self.site.outline()
        return files

    def _generated_dir(self) -> Path:
        if self.cache_dir is not None:
            return self.cache_dir / "generated"
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="briefing-generated-")
        return Path(self._scratch.name)

    # Generated pages' finished HTML skips Markdown (verbatim.py). MkDocs converts every page before it
    # builds any, so a page keeps only placeholders in between, and its blocks are read again from
    # its file when it is built: held for all pages at once, they were most of the build's memory.
    def on_page_markdown(self, markdown, page, config, files):
        markdown, blocks = set_aside(markdown)
        self._anchors = anchor_ids(blocks)
        return markdown

    def on_page_content(self, html, page, config, files):
        page.present_anchor_ids = (page.present_anchor_ids or set()) | self._anchors
        # MkDocs keeps every page's Markdown until the build ends, though it is not read again.
        page.markdown = ""  # not None: MkDocs reads None as "never loaded"
        return html

    def on_page_context(self, context, page, config, nav):
        # A generated page is not in the navigation, so no tab would show where the reader is: the tab
        # of its section ("Articles" for articles/x/) is marked active while the page is rendered.
        self._tab = None if page in nav.pages else _section_tab(page, nav)
        if self._tab is not None:
            self._tab.active = True
        if has_placeholders(page.content):
            _, blocks = set_aside(page.file.content_string)
            page.content = put_back(page.content, blocks)
        return context

    def on_post_page(self, output, page, config):
        if self._tab is not None:
            self._tab.active = False  # the navigation is shared by every page
        page.content = None
        return compact(output)

    def on_serve(self, server, config, builder):
        server.watch(str(self.articles_dir))
        return server


STAGING_SUFFIX = ".briefing-new"


def _section_tab(page, nav):
    """The top-level navigation page of the page's section (``articles/`` for ``articles/x/``), or None."""
    section = page.url.split("/")[0]
    if not section:
        return None  # the home page, which is in the navigation
    return next((item for item in nav.items if getattr(item, "url", None) == section + "/"), None)


class _WarningCount(logging.Handler):
    """Counts the build's warnings, as MkDocs does to abort a strict build after the last plugin has run."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record) -> None:
        self.count += 1


def _replace_folder(target: Path, built: Path) -> None:
    """Put the built folder in the target's place: by renaming when it can, else by moving its entries
    (a site folder that is a mount point cannot be renamed)."""
    old = built.with_name(built.name + "-previous")  # beside the build, in the cache folder
    shutil.rmtree(old, ignore_errors=True)
    try:
        if target.exists():
            os.replace(target, old)
        os.replace(built, target)
    except OSError:
        target.mkdir(parents=True, exist_ok=True)
        for entry in target.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        for entry in built.iterdir():
            shutil.move(str(entry), target / entry.name)
        shutil.rmtree(built, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def _as_given(folder: Path) -> Path:
    """The folder relative to the working directory when it is inside it, so that errors name
    ``articles/x.txt`` as a maintainer would, and as GitHub's annotations need."""
    try:
        return folder.resolve().relative_to(Path.cwd())
    except ValueError:
        return folder
