"""A search entry per message of the errors page, so a pasted message finds its own Output block.

Sections of the errors page print several messages, and lunr ranks a section by how often it
holds the query's words: "RuntimeError: Expected hidden size (" landed on a section that repeats
"hidden" and "size" more often than the section that prints the message. So each exception line
of an errors-page Output block (search_scope.py keeps those indexed) also gets its own document:
its title is what a reader pastes, the line up to its first number (the rest holds their own
sizes), its text the whole line, and its link an anchor put here before that line, inside
its section. One document per pasted text: the first line that prints it, in page order.

Documents with more words get a slightly lower boost (8 / (8 + words)): among the messages
that hold all the pasted words, the one that holds fewest others (the pasted one) comes first
("input.size(" before "Input batch size"), and these short titles do not outrank the chapters
for a plain API name such as `proj_size`.
"""

import html
import json
import re
from pathlib import Path

import mkdocs.plugins

NUMBER = re.compile(r"(?<!\w)-?\d")           # a number starts a word: `mat1`, `float64` are names
_PART = re.compile(r'<h[1-6] id="(?P<heading>[^"]+)"|(?P<open><div class="error-message language-text highlight">.*?<code>)'
                   r"(?P<code>.*?)</code>", re.DOTALL)
_LINE = re.compile(r"\w*(?:Error|Exception|Warning): .*")
_entries = {}                                  # page url -> [(location, title, line)]


def pasted(line):
    """What a reader pastes from a message: its text up to the first number."""
    first = NUMBER.search(line)
    return line[:first.start()].rstrip() + "…" if first else line


@mkdocs.plugins.event_priority(-50)            # after search_scope.py marked the message blocks
def on_page_content(html_, page, config, files):
    if page.file.src_uri.split(".")[0] != "errors":
        return html_
    entries, seen, section, count = [], set(), "", {}

    def anchor(line):
        """The line, with an anchor before it if it is the first to print its pasted text."""
        text = html.unescape(line)
        if not _LINE.fullmatch(text) or pasted(text) in seen:
            return line
        seen.add(pasted(text))
        count[section] = count.get(section, 0) + 1
        name = f"{section}-message-{count[section]}"
        entries.append((f"{page.url}#{name}", pasted(text), text))
        return f'<span id="{name}"></span>{line}'

    def visit(match):
        nonlocal section
        if match["heading"]:
            section = match["heading"]
            return match[0]
        return match["open"] + "\n".join(map(anchor, match["code"].split("\n"))) + "</code>"

    html_ = _PART.sub(visit, html_)
    _entries[page.url] = entries
    return html_


@mkdocs.plugins.event_priority(-150)           # i18n writes the stacked index at -100, search_languages splits at -200
def on_post_build(config):
    index_file = Path(config["site_dir"]) / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    indexed = {doc["location"] for doc in index["docs"]}
    for url, entries in _entries.items():        # i18n may call this once per language: add each once
        docs = [{"location": location, "title": title, "text": line,
                 "boost": round(8 / (8 + len(_words(title, index["config"]["separator"]))), 4)}
                for location, title, line in entries if location not in indexed]
        page_docs = [i for i, doc in enumerate(index["docs"]) if doc["location"].startswith(url)]
        if not (docs and page_docs):       # not in this index (yet)
            continue
        last = page_docs[-1]
        index["docs"][last + 1:last + 1] = docs          # after the page's own entries (material needs the page first)
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _words(text, separator):
    return [w for w in re.split(separator, text) if w]
