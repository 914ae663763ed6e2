"""Render the LaTeX that pymdownx.arithmatex marks up into MathML at build time.

Browsers draw MathML natively, so equations need no JavaScript, no fonts and no CDN.
arithmatex (generic mode) wraps inline math as <span class="arithmatex">\\(...\\)</span>
and display math as <div class="arithmatex">\\[...\\]</div>; we swap each for <math>.
"""

import html
import re

from latex2mathml.converter import convert

_MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>',
    re.DOTALL,
)


def _to_mathml(match):
    display = "block" if match["open"] == "[" else "inline"
    tex = html.unescape(match["tex"]).strip()
    # material lets display math scroll sideways; a scrollable region must be keyboard-reachable
    focus = ' tabindex="0"' if display == "block" else ""
    return f'<{match["tag"]} class="arithmatex"{focus}>{convert(tex, display=display)}</{match["tag"]}>'


def on_page_content(html_text, page, config, files):
    return _MATH.sub(_to_mathml, html_text)
