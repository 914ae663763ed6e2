"""Drop <link rel="alternate" hreflang> from each page's <head>.

mkdocs-static-i18n points those links at the same page in the other language, and
material's JavaScript then fetches "sitemap.xml" relative to each of them (e.g.
/rnn/sitemap.xml), a 404 on every page load. The header's language selector, which
is what readers use, is unaffected: it already links to the same page.
"""

import re

_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    head, body = output.split("</head>", 1)
    return _HEAD_ALTERNATE.sub("", head) + "</head>" + body
