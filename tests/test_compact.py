"""The built pages' whitespace: indentation goes, what a reader or a script sees stays."""

from __future__ import annotations

from generator.compact import compact


def test_indentation_goes_but_every_word_and_tag_stays():
    page = '<ul>\n      <li>\n        <a href="x">One</a> two\n      </li>\n\n\n    </ul>\n'
    assert compact(page) == '<ul>\n<li>\n<a href="x">One</a> two\n</li>\n</ul>\n'


def test_code_scripts_and_styles_keep_their_lines():
    page = ('<div>\n    <pre><code>def f():\n    return 1\n</code></pre>\n    <script>\n  var a = `x\n   y`;\n</script>\n'
            '  <style>\n  a { }\n</style><textarea>\n  kept\n</textarea>\n  </div>')
    squeezed = compact(page)
    assert "def f():\n    return 1\n" in squeezed and "var a = `x\n   y`;" in squeezed
    assert "<style>\n  a { }\n</style>" in squeezed and "<textarea>\n  kept\n</textarea>" in squeezed
    assert squeezed.startswith("<div>\n<pre>") and squeezed.endswith("</textarea>\n</div>")


def test_a_built_page_shrinks_and_keeps_its_text(built_seed_site):
    page = (built_seed_site / "articles" / "2011-04-lieven-hard-power" / "index.html").read_text("utf-8")
    assert "\n    " not in page.split("<script", 1)[0]  # no indentation left before the scripts
    assert '<p id="p1" data-number="1">' in page
