"""One search index per language: English pages search English, Chinese pages search Chinese.

mkdocs-static-i18n 1.3 stacks every language's entries into one search/search_index.json, so an
English query listed each page twice, interleaved with Chinese, and on /zh/ English pages came
first. After the last language is built (i18n writes the stacked index at priority -100), this
splits it: search/search_index.json keeps the English entries, zh/search/search_index.json the
Chinese ones, with locations relative to /zh/.

material's search fetches `search/search_index.json` relative to `base` in each page's
`<script id="__config">` and resolves result locations against it; Chinese pages get `base`
pointing at /zh/, so their search loads the Chinese index and its results open Chinese pages.
"""

import json
import re
from pathlib import Path

import mkdocs.plugins

LANGUAGES = {"zh": ["en", "zh"]}
# material weighs a word in a section title 1000 times one in its text, so a pasted message
# ("RuntimeError: Expected hidden size (") landed on any page with "hidden size" in a heading
# instead of the errors-page section that prints the message; titles still count 20 times.
TITLE_BOOST = 20
_CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{"annotate": [^,]*, "base": ")([^"]*)(")')


def on_post_page(output, page, config):
    prefix = _language_prefix(page.url)
    if not prefix:
        return output
    depth = page.url.count("/") - 1          # zh/rnn/ -> 1 level below /zh/; zh/ -> 0
    base = "/".join([".."] * depth) or "."
    return _CONFIG_BASE.sub(lambda m: m[1] + base + m[3], output, count=1)


def _language_prefix(url):
    first = url.split("/", 1)[0]
    return first if first in LANGUAGES else ""


@mkdocs.plugins.event_priority(-200)
def on_post_build(config):
    site = Path(config["site_dir"])
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    split = {"": []} | {lang: [] for lang in LANGUAGES}
    for doc in index["docs"]:
        lang = _language_prefix(doc["location"])
        if lang:
            doc = doc | {"location": doc["location"][len(lang) + 1:]}
        split[lang].append(doc)
    for lang, docs in split.items():
        config_ = index["config"] | {"lang": LANGUAGES.get(lang, ["en"])}
        config_["fields"] = config_["fields"] | {"title": {"boost": TITLE_BOOST}}
        target = site / lang / "search" / "search_index.json" if lang else index_file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"config": config_, "docs": docs}, ensure_ascii=False,
                                     separators=(",", ":")), encoding="utf-8")
