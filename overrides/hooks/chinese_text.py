"""Chinese pages read as Chinese: no stray spaces from source line breaks, theme text in Chinese.

A line break inside a paragraph becomes a space in HTML; between two Chinese characters that
space shows (about 219 of them before this hook). Each Chinese paragraph should sit on one
source line, and this joins any that do not, outside <pre> blocks; a space typed between two
Chinese characters (after "。" or a bold label, say) goes too, as Chinese typesetting has none. Python-Markdown's toc
extension titles every permalink "Permanent link" whatever the page's language.
"""

import re

_CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# a Chinese character (or full-width punctuation), perhaps closing <strong>/<em>/<a>, then any
# white space, then perhaps opening ones, then a Chinese character: the white space goes
_INLINE_END = "(?:</(?:strong|em|b|i|a)>)*"
_INLINE_START = "(?:<(?:strong|em|b|i|a)\\b[^>]*>)*"
_BREAK = re.compile(f"([{_CJK}]{_INLINE_END})\\s+({_INLINE_START}[{_CJK}])")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
STRINGS = {'title="Permanent link"': 'title="永久链接"'}


def _is_chinese(page):
    return page.url.startswith("zh/") or page.url == "zh/"


def on_page_content(html, page, config, files):
    if not _is_chinese(page):
        return html
    parts = _PRE.split(html)
    for i in range(0, len(parts), 2):          # even parts lie outside <pre>
        parts[i] = _BREAK.sub(r"\1\2", parts[i])
        for english, chinese in STRINGS.items():
            parts[i] = parts[i].replace(english, chinese)
    return "".join(parts)
