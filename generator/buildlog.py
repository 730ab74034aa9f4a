"""What MkDocs says during ``briefing build`` and ``briefing serve``, printed where a maintainer reads it.

MkDocs logs through the ``mkdocs`` logger and leaves the handler to its own command line; run from
ours, it needs one. Warnings and errors are printed one per line, file (and line) first, as
``briefing check`` prints them; progress ("Serving on http://127.0.0.1:8000/") is printed as it is::

    articles/x.txt:5: error: front matter is not valid YAML: ...
    docs/about.md: warning: Doc file 'about.md' contains a link 'x.md', but the target is not found ...

A build that fails exits 1, whatever failed (a bad article, a warning in strict mode, a macro, the
configuration); a known error is a message, never a traceback.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import Callable

from .read import printable

# "articles/x.txt:5: message", as the plugin logs an article's error (MkDocs may prefix the plugin's name).
_LOCATED = re.compile(r"^(?:briefing: )?([^\s:]+:\d+): (.*)", re.S)
_DOC_FILE = re.compile(r"Doc file '([^']+)'")
_MACRO_ERROR = re.compile(r"Macro Rendering Error.*?_File_: `(?P<page>[^`]+)`.*?_(?P<type>\w+)_: (?P<error>[^\n]*)", re.S)
# mkdocs-macros exits with this code after logging the error of a page's macro.
MACRO_ERROR_EXIT = 100


class MaintainerFormatter(logging.Formatter):
    """One line a record: ``path:line: level: message`` where the record names a file."""

    def __init__(self, folders: list[Path]):
        super().__init__()
        self.folders = folders  # where the pages that MkDocs names by their path in the site are

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(printable(line) for line in self._format(record).split("\n"))

    def _format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.levelno < logging.WARNING:
            return message
        level = "error" if record.levelno >= logging.ERROR else "warning"
        macro = _MACRO_ERROR.search(message)
        if macro:  # mkdocs-macros' report, with a traceback: the page, its line and the error are what matter
            page, error = self._source_of(macro["page"]), macro["error"].strip()
            lines = re.findall(r'File "<template>", line (\d+)', message)
            where = f"{page}:{int(lines[-1]) + _front_matter_lines(page)}" if lines else page
            return f"{where}: error: macro error: {macro['type']}: {error}"
        located = _LOCATED.match(message)
        if located:
            return f"{located[1]}: {level}: {located[2]}"
        page = _DOC_FILE.search(message)
        if page:
            return f"{self._source_of(page[1])}: {level}: {message}"
        return f"{level}: {message}"

    def _source_of(self, page: str) -> str:
        """The file a page of the site is built from: a hand-written page, or a generated one."""
        return next((str(folder / page) for folder in self.folders if (folder / page).is_file()), page)


def run_mkdocs(work: Callable[[], object], config_file: str) -> int:
    """Run an MkDocs command with its log printed for a maintainer; 0 when it succeeds, 1 when it fails."""
    from mkdocs.exceptions import Abort, MkDocsException

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(MaintainerFormatter(_page_folders(config_file)))
    handler.addFilter(_progress_of_others)
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        work()
        return 0
    except Abort as abort:  # the errors were logged as they happened; this says the build stopped
        print(f"error: {abort.format_message()} The site was not built.", file=sys.stderr)
    except MkDocsException as err:  # the configuration, before any page is built
        print(f"{config_file}: error: {err.format_message()}", file=sys.stderr)
    except SystemExit as stop:
        if stop.code != MACRO_ERROR_EXIT:
            raise
        print("error: a macro failed on the page named above; the site was not built.", file=sys.stderr)
    finally:
        logger.removeHandler(handler)
    return 1


def _front_matter_lines(page: str) -> int:
    """How many lines come before the Markdown that MkDocs hands the macros: front matter, then blank lines."""
    try:
        lines = Path(page).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i + 1 for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), 0)
    while end and end < len(lines) and not lines[end].strip():
        end += 1
    return end


def _progress_of_others(record: logging.LogRecord) -> bool:
    """Other plugins' progress notes (mkdocs-macros lists its modules on every build) are not printed."""
    own = not record.name.startswith("mkdocs.plugins.") or record.name == "mkdocs.plugins.briefing"
    return own or record.levelno >= logging.WARNING


def _page_folders(config_file: str) -> list[Path]:
    """The docs folder and the folder of generated pages (the plugin's default cache)."""
    root = Path(config_file).parent
    try:
        docs = re.search(r"^docs_dir:\s*(\S+)", Path(config_file).read_text(encoding="utf-8"), re.M)
    except OSError:
        docs = None
    return [root / (docs[1] if docs else "docs"), root / ".briefing-cache" / "generated"]
