"""Diagrams stay legible on a phone: each inlined SVG sits in a box that scrolls sideways.

The drawings are 720 units wide with 13-unit labels; squeezed into a 358 px phone column the
labels shrank to 6.5 px. docs/assets/site.css gives the drawing a minimum width at which its
smallest label is 11 CSS px, and this wraps it in a box that scrolls instead; the box takes
keyboard focus (a scrollable region must be reachable without a mouse) and is named after the
drawing's own title.
"""

import re

_SVG = re.compile(r'(<svg\b[^>]*class="rnn-diagram"[^>]*>\s*<title id="[^"]*">([^<]*)</title>.*?</svg>)', re.S)


def on_page_content(html, page, config, files):
    return _SVG.sub(lambda m: f'<div class="diagram-scroll" tabindex="0" role="region" aria-label="{m[2]}">{m[1]}</div>',
                    html)
