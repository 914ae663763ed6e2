"""The Chinese pages follow the glossary's style rules that a machine can check
(/work/shared/GLOSSARY.md; the rest is a reviewer's job): one quote style, no italics, bold labels
without a full stop, glossed English terms at most once per page, the glossary's terms instead of the
rejected ones, and d2l-zh's names present where that book's readers search for them."""

import json
import re

import pytest

from tests.doc_examples import DOCS

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CODE = re.compile(r"^(\s*)(`{3,}|~{3,}).*?^\1\2\s*$|`[^`\n]+`|\\\(.*?\\\)|\\\[.*?\\\]|<[^>]+>",
                   re.DOTALL | re.MULTILINE)

_ADMONITION_TITLE = re.compile(r'^[!?]{3}\+? *[\w-]+ +"([^"\n]*)" *$', re.MULTILINE)


def _prose(path):
    """A Chinese page's text without code, math or HTML tags (notebooks: their Markdown cells)."""
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    else:
        text = path.read_text(encoding="utf-8")
    text = _ADMONITION_TITLE.sub(r"\1", text)    # !!! danger "标题": those quotes are markup
    return _CODE.sub(" ", text)

# *文字* or _文字_ (not **bold**): browsers slant Chinese characters, which Chinese type never does.
_ITALIC = re.compile(rf"(?<!\*)\*(?![*\s])[^*\n]*[{CJK}][^*\n]*(?<![*\s])\*(?!\*)"   # also inside a word
                     rf"|(?<![_A-Za-z0-9])_(?!_)[^_\n]*[{CJK}][^_\n]*(?<!_)_(?![_A-Za-z0-9])")


PAGES = sorted(p for pattern in ("*.zh.md", "*.zh.ipynb") for p in DOCS.rglob(pattern))
# Rejected wording -> why (the glossary's choice, or the issue that asked for the change).
REJECTED = {
    "「": "quotes are “…”", "」": "quotes are “…”", "『": "quotes are “…”", "』": "quotes are “…”",
    "正向": "forward direction is 前向",
    "反向方向": "反向 already says direction",
    "窥视孔": "peephole is 窥孔",
    "Cell 单元": "the module is called Cell, not Cell 单元",
    "简短的回答": "an idiomatic heading, not a translated 'short answer'",
    "本页回答": "pages do not open with 'this page answers:'",
}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_chinese_page_follows_the_style_rules(path):
    prose = _prose(path)
    problems = [f"{word!r} ({why})" for word, why in REJECTED.items() if word in prose]
    problems += [f"straight quotes around Chinese: {m}" for m in re.findall(rf'"[^"\n]*[{CJK}][^"\n]*"', prose)]
    problems += [f"italic Chinese (slanted characters): {m}" for m in _ITALIC.findall(prose)]
    problems += [f"bold label ends with a full stop: {m}" for m in re.findall(r"\*\*[^*\n]+。[”’]?\*\*", prose)]
    glosses = re.findall(r"（([A-Za-z][A-Za-z \-]+)）", prose)
    problems += [f"English gloss given {glosses.count(g)} times: （{g}）" for g in sorted(set(glosses))
                 if glosses.count(g) > 1]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("term, page", [
    ("隐状态", "output-vs-hn.zh.md"),          # d2l-zh's hidden state
    ("记忆元", "lstm.zh.md"),                  # d2l-zh's memory cell (our 细胞状态)
    ("通过时间反向传播", "state.zh.md"),        # d2l-zh's BPTT, where truncation is explained
])
def test_d2l_zh_terms_are_named_where_its_readers_search(term, page):
    assert term in _prose(DOCS / page)
