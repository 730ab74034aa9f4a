"""Built pages without the theme's indentation: the same document, a sixth smaller.

mkdocs-material's templates indent deeply and MkDocs keeps every blank line of them; an archive's
site is mostly thousands of small generated pages, each carrying that chrome. A run of whitespace
holding a line break reads the same as one line break everywhere in HTML except inside ``pre``,
``textarea``, ``script`` and ``style``, which are kept as they are. Nothing else is rewritten, so a
page's markup, attributes and text stay byte for byte what the templates wrote.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
_INDENTATION = re.compile(r"[ \t]*\n\s*")


def compact(page: str) -> str:
    parts, last = [], 0
    for kept in _KEPT.finditer(page):
        parts += [_INDENTATION.sub("\n", page[last:kept.start()]), kept.group()]
        last = kept.end()
    parts.append(_INDENTATION.sub("\n", page[last:]))
    return "".join(parts)
