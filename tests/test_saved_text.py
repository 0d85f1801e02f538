"""Text as people save it: HTML paragraphs in a .txt, captions, blockquotes, rosters, PDFs.

Each document is written for the test; each case failed before the rule it names.
"""

from __future__ import annotations

from contract import check_contract

from reader.document import analyze_text


def flat(text):
    a = analyze_text(text)
    check_contract(a)
    out = []

    def walk(nodes, depth):
        for n in nodes:
            out.append((depth, n.kind, n.label))
            walk(n.children, depth + 1)

    walk(a.nodes, 0)
    return a, out


SINA = """
---
title: '央行表态：货币政策保持稳健'
author: 新浪财经
---

<div>
<p>　　原标题：央行表态：货币政策保持稳健 </p>
<p>　　在全球货币政策可能转向的背景下，中国货币政策是否会变化？流动性状况如何？</p>
<p cms-style="font-L">　　在吹风会上，人民银行副行长王建国回答了记者提问，介绍了下半年的工作安排。</p>
<p cms-style="font-L align-Center">　　<font cms-style="font-L strong-Bold">货币政策仍处于常态化区间</font></p>
<p>　　王建国表示，人民银行将继续实施稳健的货币政策，保持流动性合理充裕，新增3000亿元再贷款额度。</p>
<p>　　他指出，观察流动性最重要的指标是D<span id="x"><a href="http://example.com/q.html" class="keyword">R007</a></span>的走势。</p>
</div><!-- news_keyword_pub -->
<style>
.appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;
</style>
<div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>
<p class="article-editor">责任编辑：张三 </p>
"""


def test_html_paragraphs_saved_as_text():
    a, nodes = flat(SINA)
    assert a.document.title == "央行表态：货币政策保持稳健"
    texts = [p.text for p in a.paragraphs]
    assert texts[0].startswith("在全球货币政策")  # 原标题 is a footer line, tags and indent hidden
    assert "观察流动性最重要的指标是DR007的走势。" in texts[-1]  # inline tags hidden inside a word
    assert not any("appendQr" in t or "责任编辑" in t or "APP" in t for t in texts)
    assert nodes == [
        (0, "preface", "在全球货币政策可能转向的背景下，中国货币政策是否…"),
        (0, "heading", "货币政策仍处于常态化区间"),
        (1, "speaker", "王建国表示"),
    ]


CAPTION = """# 監管會例會報告

監管會今日舉行例會，討論多項建議的跟進進度，會議歷時兩小時。

<figure>
<img src="https://example.org/photo-12歲.jpg" alt="">
<figcaption>主席何國華表示，已完成3項建議。資料圖片</figcaption>
</figure>

委員黃志明關注，警方只完成3項建議，進度緩慢。
"""


def test_captions_are_read_and_counted_but_never_turns():
    a, nodes = flat(CAPTION)
    caption = [p for p in a.paragraphs if p.caption]
    assert [p.text for p in caption] == ["主席何國華表示，已完成3項建議。資料圖片"]
    assert [f.text for f in a.figures if caption[0].start <= f.start < caption[0].end] == ["3項"]
    assert not any("12歲" == f.text for f in a.figures)  # an image file name is not text
    assert [n for n in nodes if n[1] == "speaker"] == [(0, "speaker", "黃志明關注")]


def test_blockquoted_agenda_lines_are_headings():
    text = ("# 財委會會議\n\n> 議程一：審議撥款申請\n\n財務委員會今日舉行會議，審議多項撥款申請，會議歷時三小時。\n\n"
            "主席陳大文表示，委員會會先處理工務工程項目。\n\n> 議程二：人事編制\n\n"
            "民主黨李小明質疑，政府增設職位的理據不足。\n")
    _, nodes = flat(text)
    assert nodes == [
        (0, "heading", "議程一：審議撥款申請"), (1, "speaker", "陳大文表示"),
        (0, "heading", "議程二：人事編制"), (1, "speaker", "李小明質疑"),
    ]


def test_single_newline_paragraphs_inside_numbered_markdown_sections():
    text = ("# 吹風會實錄\n\n## 1. 貨幣政策\n\n潘明表示，貨幣政策仍處於常態化區間。\n他指出，會保持流動性合理充裕。\n"
            "同時，搞好跨周期政策設計。\n\n## 2. 流動性\n\n孫立表示，年內不存在很大的缺口。\n他認為，人民銀行有充足的工具。\n")
    a, nodes = flat(text)
    assert len(a.paragraphs) == 7
    assert nodes == [
        (0, "heading", "1.貨幣政策"), (1, "speaker", "潘明表示"),
        (0, "heading", "2.流動性"), (1, "speaker", "孫立表示"),
    ]


def test_lead_in_label_and_roster_labels_are_headings():
    _, nodes = flat("央行年中工作會議召開\n\n【导 读】\n\n人民银行召开年中工作会议，部署下半年重点工作，强调保持流动性合理充裕。\n")
    assert nodes == [(0, "heading", "【导 读】")]
    roster = ("衞生事務委員會會議紀要\n\n出席委員：\n\n李國麟議員（主席）\n\n陳恒鑌議員\n\n缺席委員：\n\n梁美芬議員\n\n"
              "會議於上午十時三十分開始。委員會審議了有關醫療服務的文件，並聽取了政府的簡介。\n")
    _, nodes = flat(roster)
    assert nodes == [(0, "heading", "出席委員"), (0, "heading", "缺席委員")]


def _pdf(lines_per_page: list[list[str]]) -> str:
    out = ["立法會會議過程正式紀錄", ""]
    for n, page in enumerate(lines_per_page, 1):
        out += page + ["", f"- {n} -", ""]
    return "\n".join(out) + "\n"


W = "本會今日繼續辯論有關議案，多名議員發言表達意見，內容涉及勞工權益及職業安全等範疇。"


def test_a_turn_or_a_heading_after_a_page_number_is_not_joined_to_the_wrapped_line():
    wrapped = [W[k : k + 20] for k in range(0, 40, 20)]
    pages = [[*wrapped, *wrapped, *wrapped], ["主席：現在請陳大文議員發言。", *wrapped], ["二、議員議案", *wrapped]]
    a, nodes = flat(_pdf(pages))
    starts = [p.text[:6] for p in a.paragraphs]
    assert "主席：現在請" in starts and "二、議員議案" in starts
    assert (0, "speaker", "主席") in nodes and (0, "heading", "二、議員議案") in nodes
