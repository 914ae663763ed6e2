"""Keep glossary terms whole when jieba segments Chinese pages for the search index.

Without this, 隐藏状态 is indexed as 隐藏 + 状态. A hook rather than search's
`jieba_dict_user` file, because a data file in overrides/ would be published with the site.
"""

import jieba

TERMS = ["隐藏状态", "隐状态", "细胞状态", "候选细胞状态", "候选隐藏状态", "输入门", "遗忘门",
         "输出门", "重置门", "更新门", "时间步", "序列长度", "批量大小", "批量维度", "打包序列",
         "变长序列", "激活函数", "教师强制", "无批量维度"]


def on_config(config):
    for term in TERMS:
        jieba.add_word(term)
    return config
