"""The MkDocs plugin: runs the pipeline inside every build.

Hooking the build (as mkdocs-material's blog plugin does) means plain
``mkdocs build``, ``mkdocs serve`` and ``mike deploy`` all produce the complete
site. Generated pages are added to the build in memory; nothing is written
into ``docs/``.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from .index import Site
from .output import generated_files, write_files
from .pipeline import build_site_from
from .read import ArticleError
from .registry import load_redirects
from .render import Edition
from .verbatim import anchor_ids, excluded_from_search, put_back, set_aside

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    articles_dir = config_options.Type(str, default="articles")
    # Per-article results kept between builds (see cache.py); "" turns the cache off.
    cache_dir = config_options.Type(str, default=".briefing-cache")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    site: Site | None = None
    _scratch: tempfile.TemporaryDirectory | None = None  # where generated files go when there is no cache
    _set_aside: list[str]  # the page being converted's blocks of finished HTML
    _unsearched: dict[str, dict[int, str]]  # by page: blocks that wait until search has read it

    def on_config(self, config):
        root = Path(config.config_file_path or ".").parent
        self.articles_dir = root / self.config.articles_dir
        self.cache_dir = root / self.config.cache_dir if self.config.cache_dir else None
        # mike names the edition it builds in this variable; a plain build is the "latest" one.
        self.edition = Edition(config.site_url or Edition.base_url, os.environ.get("MIKE_DOCS_VERSION") or "latest")
        self._redirects(config)
        return config

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
        self._set_aside, self._unsearched = [], {}
        # Before MkDocs empties site/: a bad article fails the build and leaves the last site as it was.
        try:
            self.site = build_site_from(self.articles_dir, self.cache_dir)
        except ArticleError as err:
            raise PluginError(f"briefing: {err}") from err
        if self.redirects is not None:
            # Earlier editions gave each event a page of its own (events/<id>/); the address
            # now leads to the event's entry on its year's page, so links into `latest` keep working.
            self.redirects.config["redirect_maps"].update(
                {f"events/{e.id}.md": f"events/{e.period}.md#{e.id}" for e in self.site.events})

    def on_files(self, files: Files, config) -> Files:
        # Pages and data files are written to disk one at a time and read back by MkDocs like any
        # source: held as text together, those of a large archive would take more memory than the
        # rest of the build. A file whose content did not change keeps its modification time.
        folder = self._generated_dir()
        written = write_files(generated_files(self.site, self.edition), folder)
        for path in written.paths:
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, abs_src_path=str(folder / path)))
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

    def on_page_markdown(self, markdown, page, config, files):
        # The generated pages' finished HTML skips Markdown (verbatim.py): one page at a time.
        markdown, self._set_aside = set_aside(markdown)
        return markdown

    def on_page_content(self, html, page, config, files):
        blocks = dict(enumerate(self._set_aside))
        self._set_aside = []
        unsearched = {i: block for i, block in blocks.items() if excluded_from_search(block)}
        html = put_back(html, {i: block for i, block in blocks.items() if i not in unsearched})
        if unsearched:  # MkDocs converts every page before it builds any
            self._unsearched[page.file.src_uri] = unsearched
        page.present_anchor_ids = (page.present_anchor_ids or set()) | anchor_ids(blocks.values())
        # MkDocs keeps every page's Markdown and HTML until the build ends, though neither is read
        # again once the page is converted and written: let both go, so that the build's memory
        # follows the search index rather than the whole site's text twice over.
        page.markdown = ""  # not None: MkDocs reads None as "never loaded"
        return html

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_page_context(self, context, page, config, nav):
        page.content = put_back(page.content, self._unsearched.pop(page.file.src_uri, {}))
        return context

    def on_post_page(self, output, page, config):
        page.content = None
        return output

    def on_serve(self, server, config, builder):
        server.watch(str(self.articles_dir))
        return server
