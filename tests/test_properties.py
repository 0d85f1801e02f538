"""Property tests: generated speech-like text never breaks the engine or loses text.

The generator builds documents from the genre's parts (titles and their repeats, news and
transcript speakers, numbered and standalone headings, parallel points, lead phrases,
``——`` items, figures, footer noise, page headers, mixed half/full-width punctuation,
random Unicode). The ``ci`` profile runs 2,000 examples per test (HYPOTHESIS_PROFILE).
"""

from __future__ import annotations

import json

from contract import check_contract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import analyze_text
from reader.document.export import outline_json
from reader.document.linebreak import wrap
from reader.document.script import convert

HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=12)
PUNCT = st.sampled_from(["，", ",", "。", "；", "：", ":", "！", "？", "、", "“", "”", "（", "）", " "])
FIGURE = st.one_of(
    st.integers(0, 99999).map(lambda n: f"{n}所"),
    st.floats(0, 100, allow_nan=False).map(lambda x: f"{x:.2f}%"),
    st.integers(1990, 2030).map(lambda y: f"{y}年"),
    st.integers(1, 12).map(lambda m: f"{m}月{m + 3}日至{m + 5}日"),
    st.sampled_from(["三年", "五個", "一百二十所", "百分之十八點五", "1,600元", "１２３個", "COVID-19"]),
)
SENTENCE = st.lists(st.one_of(HAN, PUNCT, FIGURE), min_size=1, max_size=12).map("".join)
BODY = st.lists(SENTENCE, min_size=1, max_size=6).map(lambda xs: "，".join(xs) + "。")
NAMES = st.sampled_from(["王品木", "鄧雲鋒", "李克強", "陳偉業議員", "主席", "張宇人議員"])
VERBS = st.sampled_from(["指出", "強調", "表示", "要求", "說"])
CN = "一二三四五六七八九十"


@st.composite
def block(draw):
    kind = draw(st.integers(0, 13))
    body = draw(BODY)
    n = draw(st.integers(1, 10))
    if kind == 0:
        return f"{draw(NAMES)}{draw(VERBS)}{draw(st.sampled_from([',', '，', '：']))}\n\n{body}"
    if kind == 1:
        return f"{draw(NAMES)}：{body}"
    if kind == 2:
        return f"{CN[n - 1]}、{draw(HAN)}\n\n{body}"
    if kind == 3:
        return f"（{CN[n - 1]}）{draw(HAN)}。{body}"
    if kind == 4:
        return f"{n}.{draw(HAN)}\n\n{body}"
    if kind == 5:
        return f"{draw(HAN)}\n\n{draw(HAN)}\n\n{body}"
    if kind == 6:
        return "\n\n".join(f"要堅持{draw(HAN)}抓{draw(HAN)},{draw(BODY)}" for _ in range(3))
    if kind == 7:
        return "\n\n".join(f"{draw(HAN)}。{draw(BODY)}{draw(BODY)}" for _ in range(2))
    if kind == 8:
        return "\n\n".join(f"——{draw(HAN)}。{draw(BODY)}" for _ in range(n % 4 + 1))
    if kind == 9:
        return "\n\n".join(f"{CN[k]}是{draw(HAN)}，{draw(BODY)}" for k in range(n % 4 + 1))
    if kind == 10:
        return draw(st.sampled_from(["分享到:", "相關文章:", "責任編輯：王", "---", "立法會 ─ 2013年 2月 21日\n\n5035"]))
    if kind == 11:
        return draw(st.text(max_size=80))
    if kind == 12:
        return "\n".join(body[i:i + 30] for i in range(0, len(body), 30))
    return body


@st.composite
def document(draw):
    title = draw(HAN) + draw(st.sampled_from(["", "!", "：講話全文"]))
    parts = [title]
    if draw(st.booleans()):
        parts.append(convert(title, "simplified"))
    parts += draw(st.lists(block(), min_size=0, max_size=14))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\n\n\n\n"]))
    return sep.join(parts)


@given(document())
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_generated_speeches_keep_the_contract(text):
    a = analyze_text(text)
    check_contract(a)
    again = analyze_text(text)
    assert json.dumps(outline_json(a), ensure_ascii=False) == json.dumps(outline_json(again), ensure_ascii=False)


@given(st.text(max_size=400))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_random_unicode_never_breaks(text):
    if not text.strip():
        return
    a = analyze_text(text)
    check_contract(a)


@given(st.text(max_size=300), st.integers(2, 120))
def test_wrap_covers_text_in_order_within_width(text, width):
    from rich.cells import cell_len

    text = text.replace("\n", " ")
    lines = wrap(text, width)
    pos = 0
    for a, b in lines:
        assert a >= pos and b >= a
        assert text[pos:a].strip() == ""  # only spaces dropped between lines
        assert cell_len(text[a:b]) <= max(width, 2) or b - a == 1
        pos = b
    assert text[pos:].strip() == ""
