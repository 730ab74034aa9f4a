"""The MkDocs plugin: runs the pipeline inside every build.

Hooking the build (as mkdocs-material's blog plugin does) means plain
``mkdocs build``, ``mkdocs serve`` and ``mike deploy`` all produce the complete
site. Generated pages are added to the build in memory; nothing is written
into ``docs/``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .index import Site
from .output import generated_files
from .pipeline import build_site_from
from .read import ArticleError

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    articles_dir = config_options.Type(str, default="articles")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    site: Site | None = None

    def on_config(self, config):
        self.articles_dir = Path(config.config_file_path or ".").parent / self.config.articles_dir
        return config

    def on_files(self, files: Files, config) -> Files:
        try:
            self.site = build_site_from(self.articles_dir)
        except ArticleError as err:
            raise PluginError(f"briefing: {err}") from err
        generated = generated_files(self.site)
        for path, content in generated.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, content=content))
        log.info("briefing: %d articles, %d actors, %d events", len(self.site.articles),
                 len(self.site.actors), len(self.site.events))
        return files

    def on_serve(self, server, config, builder):
        server.watch(str(self.articles_dir))
        return server
