"""Render the LaTeX that pymdownx.arithmatex marks up into MathML at build time.

Browsers draw MathML natively, so equations need no JavaScript and no CDN; docs/assets/math.css
gives them the site's own math font. arithmatex (generic mode) wraps inline math as
<span class="arithmatex">\\(...\\)</span> and display math as <div class="arithmatex">\\[...\\]</div>;
we swap each for <math>, then tidy what latex2mathml emits into what MathML Core (Chromium's
MathML) draws as TeX would.
"""

import html
import re

from latex2mathml.converter import convert
from mkdocs.utils import get_relative_url

MATH_FONT = "assets/fonts/STIXTwoMath-subset.woff2"    # docs/assets/math.css's @font-face

_MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>',
    re.DOTALL,
)

# latex2mathml writes \mathrm{ReLU} and \mathtt{output} one <mi> per letter. MathML Core honours
# mathvariant only as "normal" on a single <mi>, so \mathtt came out as spaced italics
# (o u t p u t) and \mathrm as four identifiers: join each run into one identifier.
_LETTER_RUN = re.compile(r'<mi mathvariant="(normal|monospace)">[^<]*</mi>(?:<mi mathvariant="\1">[^<]*</mi>)*')
_LETTER = re.compile(r'<mi mathvariant="(?:normal|monospace)">([^<]*)</mi>')
# \max, \operatorname{...} and \dots come out as operators (<mo>max</mo>, <mo>…</mo>) that the
# operator dictionary does not know, so they get thick spaces on both sides ("≤ max (|c|",
# "0,  … ,L"); TeX sets them as ordinary symbols, as an identifier is.
_ORDINARY = re.compile(r"<mo>([A-Za-z]{2,}|&#x02026;|&#x022EF;)</mo>")


def _monospace(text):
    """Letters and digits as Unicode's mathematical monospace ones (what MathML Core expects
    instead of mathvariant="monospace"); anything else, such as the _ of h_n, as it is."""
    def one(ch):
        if "a" <= ch <= "z":
            return chr(0x1D68A + ord(ch) - ord("a"))
        if "A" <= ch <= "Z":
            return chr(0x1D670 + ord(ch) - ord("A"))
        if "0" <= ch <= "9":
            return chr(0x1D7F6 + ord(ch) - ord("0"))
        return html.escape(ch, quote=False)
    return "".join(one(ch) for ch in html.unescape(text))


def _join_letters(run):
    variant = run[1]
    text = "".join(_LETTER.findall(run[0]))
    if variant == "monospace":
        return f"<mi>{_monospace(text)}</mi>"
    # a multi-letter <mi> is upright already; one letter needs mathvariant to stay upright
    return f'<mi mathvariant="normal">{text}</mi>' if len(html.unescape(text)) == 1 else f"<mi>{text}</mi>"


def tidy(mathml):
    mathml = _LETTER_RUN.sub(_join_letters, mathml)
    return _ORDINARY.sub(r"<mi>\1</mi>", mathml)


def _to_mathml(match):
    display = "block" if match["open"] == "[" else "inline"
    tex = html.unescape(match["tex"]).strip()
    # material lets display math scroll sideways; a scrollable region must be keyboard-reachable
    focus = ' tabindex="0"' if display == "block" else ""
    return f'<{match["tag"]} class="arithmatex"{focus}>{tidy(convert(tex, display=display))}</{match["tag"]}>'


def on_page_content(html_text, page, config, files):
    return _MATH.sub(_to_mathml, html_text)


def on_post_page(output, page, config):
    """A page with math asks for the math font with its stylesheets. Found only when the first
    equation is laid out, the font arrived after the text was drawn and the equations jumped
    (a layout shift of 0.10 on /zh/lstm/ at 390 px). Pages without math do not fetch it."""
    if "<math" not in output:
        return output
    preload = f'<link rel="preload" href="{get_relative_url(MATH_FONT, page.url)}" as="font" type="font/woff2" crossorigin>'
    return output.replace("</head>", preload + "</head>", 1)
