"""Figures: numbers with their units, percentages, money, dates, counts and measures.

Owns the spec's §3: every figure has a kind and exact offsets into the text
(``text[start:end] == figure.text``). Arabic and full-width digits, Chinese numerals,
ranges (``8月20日至21日`` is one figure), approximations (``50餘次``). Not figures:
ordinals (``第三批``), list enumerators (``1、``), names with digits (``COVID-19``),
footnote marks (``[3]``), idioms and ``一`` used as an article (``一個``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Figure

_D = "[0-9０-９]"
_SP = "[ \u3000\u00a0]?"
_NUM = rf"{_D}+(?:,{_D}{{3}}(?![0-9０-９]))*(?:[.．]{_D}+)?"
_RANGE_SEP = rf"{_SP}[-~～—–至到]{_SP}"
_DATE_CORE = (
    rf"(?:{_D}{{4}}{_SP}年(?:{_SP}{_D}{{1,2}}{_SP}月(?:{_SP}{_D}{{1,2}}{_SP}[日號号])?)?"
    rf"|{_D}{{1,2}}{_SP}月(?:{_SP}{_D}{{1,2}}{_SP}[日號号])?"
    rf"|{_D}{{1,2}}{_SP}[時时]{_SP}{_D}{{1,2}}{_SP}分)"
)
_DATE_TAIL = rf"(?:{_D}{{4}}{_SP}年(?:{_SP}{_D}{{1,2}}{_SP}月)?|{_D}{{1,2}}{_SP}月(?:{_SP}{_D}{{1,2}}{_SP}[日號号])?|{_D}{{1,2}}{_SP}[日號号])"
_DATE_SUFFIX = "(?:上旬|中旬|下旬|[底初末])?"

_CN_DIGIT = "〇○零一二兩两三四五六七八九"
_CN_NUM = f"[{_CN_DIGIT}十百千萬万億亿]+(?:[點点][{_CN_DIGIT}]+)?"
_CN_DATE = (
    f"(?:[{_CN_DIGIT}]{{4}}年(?:[一二三四五六七八九十]{{1,3}}月(?:[一二三四五六七八九十]{{1,3}}[日號号])?)?"
    f"|[一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}[日號号])"
)

_UNITS: dict[str, list[str]] = {
    "percent": ["%", "％", "‰", "個百分點", "个百分点"],
    "money": ["美元", "港元", "港幣", "港币", "歐元", "欧元", "英鎊", "英镑", "日元", "盧比", "卢比",
              "人民幣", "人民币", "元", "塊錢", "块钱"],
    "measure": ["平方公里", "平方米", "平方英尺", "立方米", "公里", "千米", "厘米", "毫米", "米", "公頃",
                "公顷", "畝", "亩", "噸", "吨", "公斤", "千克", "克", "兆瓦", "千瓦時", "千瓦时", "千瓦",
                "周年", "週年", "小時", "小时", "分鐘", "分钟", "秒鐘", "秒钟", "秒", "天", "周", "週", "星期", "個月",
                "个月", "年", "歲", "岁", "倍", "英里", "海里", "光年", "km", "kg"],
    "count": ["人次", "部門", "部门", "所", "個", "个", "次", "人", "名", "位", "家", "項", "项", "件",
              "部", "條", "条", "座", "台", "臺", "輛", "辆", "套", "戶", "户", "隻", "只", "棵", "篇",
              "種", "种", "批", "類", "类", "宗", "例", "場", "场", "屆", "届", "期", "處", "处", "間",
              "间", "層", "层", "份", "張", "张", "艘", "架", "枚", "顆", "颗", "支", "隊", "队", "組",
              "组", "款", "票", "席", "起"],
}
# Units that read as a quantity after Chinese numerals too (others make idioms: 一度, 三頭).
_CN_UNITS = {
    "年", "個月", "个月", "天", "歲", "岁", "倍", "周", "週", "公里", "米", "平方米", "平方公里", "公頃",
    "公顷", "噸", "吨", "元", "周年", "週年", "美元", "港元", "人次", "部門", "部门", "所", "個", "个", "次", "人", "名",
    "項", "项", "件", "家", "條", "条", "座", "戶", "户", "批", "類", "类", "種", "种", "屆", "届", "處",
    "处", "場", "场", "隊", "队", "小時", "小时",
}
_UNIT_KIND = {u: k for k, us in _UNITS.items() for u in us}
_UNIT_RE = re.compile("|".join(sorted(map(re.escape, _UNIT_KIND), key=len, reverse=True)))
_APPROX = "(?:多|余|餘|幾|几)?"
_MAG = "[萬万億亿千百]*"

_MASTER = re.compile(
    # the leading look-ahead lets the regex engine jump between candidate characters
    rf"(?=[0-9０-９{_CN_DIGIT}十百千萬万億亿])"
    rf"(?:(?P<pct>百分之[{_CN_DIGIT}十百千點点]+)"
    rf"|(?P<date>(?<![0-9０-９.．]){_DATE_CORE}(?:{_RANGE_SEP}{_DATE_TAIL})?{_DATE_SUFFIX})"
    rf"|(?P<cndate>{_CN_DATE})"
    rf"|(?P<num>(?<![0-9０-９.．]){_NUM}(?:[/／]{_D}+|{_RANGE_SEP}{_NUM})?{_APPROX}{_MAG}{_APPROX})"
    rf"|(?P<cn>{_CN_NUM}{_APPROX}))"
)
_TRANS = str.maketrans("０１２３４５６７８９", "0123456789")
_OPEN = "（([［【"
_CLOSE = "）)]］】"
_SINGLE_CN_SKIP = set("一百千萬万億亿")
_CN_CHARS = set(_CN_DIGIT + "十百千萬万億亿")


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[Figure] = []
    for m in _MASTER.finditer(text, start, end):
        fig = _classify(text, m, end)
        if fig is not None:
            out.append(fig)
    return out


def figures_outside(text: str, skip: Iterable[tuple[int, int]]) -> list[Figure]:
    """Figures of the whole text except those inside the ``skip`` ranges (sorted)."""
    out: list[Figure] = []
    pos = 0
    for a, b in sorted(skip):
        if a > pos:
            out.extend(find_figures(text, pos, a))
        pos = max(pos, b)
    out.extend(find_figures(text, pos, len(text)))
    return out


def _classify(text: str, m: re.Match[str], limit: int) -> Figure | None:
    kind = m.lastgroup
    a, b = m.start(), m.end()
    before = text[a - 1] if a > 0 else "\n"
    if kind == "pct":
        return Figure(m.group(), "percent", a, b)
    if kind in ("date", "cndate"):
        if before == "第":
            return None
        if kind == "date":
            return Figure(text[a:b], "date", a, b)
        return Figure(text[a:b], "date", a, b)
    if kind == "num":
        return _arabic(text, a, b, before, limit)
    return _chinese(text, a, b, before, limit)


def _arabic(text: str, a: int, b: int, before: str, limit: int) -> Figure | None:
    if before == "第" or (before.isascii() and (before.isalpha() or before in "-_/\\#@")):
        return None
    unit = _UNIT_RE.match(text, b, limit)
    after = text[b] if b < limit else "\n"
    if unit:
        u = unit.group()
        if u.isascii():
            tail = text[unit.end()] if unit.end() < limit else "\n"
            if tail.isascii() and tail.isalnum():
                return None
        return Figure(text[a : unit.end()], _UNIT_KIND[u], a, unit.end())
    core = text[a:b].rstrip("多余餘幾几萬万億亿千百")
    if after.isascii() and (after.isalpha() or after in "-_/"):
        return None
    if before in _OPEN and after in _CLOSE:
        return None  # (1) enumerator
    if after in "、" or (after in ".．" and not text[b + 1 : b + 2].isdigit()):
        line_start = text.rfind("\n", 0, a) + 1
        if not text[line_start:a].strip(" \t\u3000*#>-"):
            return None  # "1." list enumerator at the start of a line
    if before == "[" and after == "]":
        return None  # footnote mark
    if not core.translate(_TRANS).replace(",", "").replace(".", "").replace("/", "").replace("／", "").isdigit():
        return None
    return Figure(text[a:b], "number", a, b)


def _chinese(text: str, a: int, b: int, before: str, limit: int) -> Figure | None:
    if before == "第" or before in _CN_CHARS:
        return None
    numeral = text[a:b].rstrip("多余餘幾几")
    if len(numeral) == 1 and numeral in _SINGLE_CN_SKIP:
        return None
    if a >= 2 and text[a - 2] in _CN_CHARS:
        return None  # 三番五次: a numeral pair of an idiom
    unit = _UNIT_RE.match(text, b, limit)
    if not unit or unit.group() not in _CN_UNITS:
        return None
    u = unit.group()
    kind = _UNIT_KIND[u]
    if kind not in ("money", "percent"):
        kind = "chinese"
    return Figure(text[a : unit.end()], kind, a, unit.end())
