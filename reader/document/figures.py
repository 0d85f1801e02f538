"""Figures: numbers with their units, percentages, money, dates, counts and measures.

Owns the spec's §3: every figure has a kind and exact offsets into the text
(``text[start:end] == figure.text``). Arabic and full-width digits, Chinese numerals,
ranges (``8月20日至21日`` is one figure), approximations (``50餘次``, ``九千六百多万名``,
``三、四十萬元``), a bare ``三十万`` before a noun. Not figures: ordinals (``第三批``, ``十九届``),
list enumerators (``1、``, ``一、`` opening a sentence), names with digits (``COVID-19``),
footnote marks (``[3]``), idioms (``一成不变``) and ``一`` used as an article (``一個``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Figure
from .numbers import HALF_WIDTH

_D = "[0-9０-９]"
_SP = "[ \u3000\u00a0]?"
# thousands grouped by commas (12,621) or, in typeset and PDF text, by single spaces (12 621)
_NUM = (rf"(?:{_D}{{1,3}}(?: {_D}{{3}}(?![0-9０-９]))+(?![0-9０-９])|{_D}+(?:,{_D}{{3}}(?![0-9０-９]))*)"
        rf"(?:[.．]{_D}+)?")
_RANGE_SEP = rf"{_SP}[-~～—–至到]{_SP}"
_DATE_CORE = (
    rf"(?:{_D}{{4}}{_SP}年(?:{_SP}{_D}{{1,2}}{_SP}月(?:{_SP}(?:{_D}{{1,2}}{_SP}[-~～—–至到]{_SP})?{_D}{{1,2}}{_SP}[日號号])?)?"
    rf"|{_D}{{1,2}}{_SP}月(?:{_SP}(?:{_D}{{1,2}}{_SP}[-~～—–至到]{_SP})?{_D}{{1,2}}{_SP}[日號号])?"
    rf"|{_D}{{1,2}}{_SP}[時时點点]{_SP}(?:{_D}{{1,2}}{_SP}分|半)?(?![0-9０-９])"
    rf"|{_D}{{1,3}}{_SP}(?:小時|小时){_SP}{_D}{{1,2}}{_SP}(?:分鐘|分钟)"
    rf"|{_D}{{1,2}}{_SP}[日號号](?![0-9０-９]))"
)
_DATE_TAIL = (
    rf"(?:{_D}{{4}}{_SP}年(?:{_SP}{_D}{{1,2}}{_SP}月)?|{_D}{{1,2}}{_SP}月(?:{_SP}{_D}{{1,2}}{_SP}[日號号])?"
    rf"|{_D}{{1,2}}{_SP}[日號号時时點点])"
)

_DATE_SUFFIX = "(?:份|上旬|中旬|下旬|[底初末](?![步次級级中稿審审選选賽赛期]))?"

_CN_DIGIT = "〇○零一二兩两三四五六七八九廿"
_CN_MAGS = "十百千萬万億亿"
# 兩、三 and 三、四十 (two or three, thirty or forty): only neighbours make an approximate pair
_CN_PAIR = "(?:一、[二两兩]|[二两兩]、三|三、四|四、五|五、六|六、七|七、八|八、九|九、十)"
# 十數 and 數十萬 (some tens), 九千六百多万 (an approximator before 万 or 亿), 十一点六
_CN_NUM = (
    f"(?:{_CN_PAIR}[{_CN_MAGS}]*|[數数幾几][十廿百千萬万][百千萬万億亿]*"
    f"|[{_CN_DIGIT}{_CN_MAGS}]+(?:[數数幾几多余餘](?=[{_CN_MAGS}])[{_CN_MAGS}]+|[數数幾几](?=[分個个]))?)"
    f"(?:[點点][{_CN_DIGIT}]+)?"
)
_CN_DATE = (
    f"(?:[{_CN_DIGIT}]{{4}}年(?:[一二三四五六七八九十]{{1,3}}月(?:[一二三四五六七八九十]{{1,3}}[日號号])?)?"
    f"|[一二三四五六七八九十]{{1,3}}月(?:[一二三四五六七八九十]{{1,3}}[日號号]|份)"
    f"|(?<=年)[一二三四五六七八九十]{{1,3}}月)"
)

_UNITS: dict[str, list[str]] = {
    "percent": ["%", "％", "‰", "個百分點", "个百分点", "個BP", "个BP", "BP", "bp", "個基點", "个基点", "基點",
                "基点"],
    "money": ["美元", "港元", "港幣", "港币", "歐元", "欧元", "英鎊", "英镑", "日元", "盧比", "卢比",
              "人民幣", "人民币", "元", "塊錢", "块钱", "蚊"],
    "measure": ["平方公里", "平方米", "平方英尺", "立方米", "公里", "千米", "厘米", "毫米", "米", "公頃",
                "公顷", "畝", "亩", "噸", "吨", "公斤", "千克", "克", "兆瓦", "千瓦時", "千瓦时", "千瓦",
                "周年", "週年", "個多小時", "个多小时", "個半小時", "个半小时", "個小時", "个小时", "個星期", "个星期",
                "個禮拜", "个礼拜", "禮拜", "礼拜", "度", "小時", "小时", "個鐘頭", "个钟头", "分鐘",
                "分钟", "秒鐘", "秒钟",
                "秒", "天", "日", "周", "週", "星期", "個多月", "个多月", "個月", "个月", "年", "歲", "岁", "倍", "英里", "海里",
                "光年", "km", "kg"],
    "count": ["人次", "部門", "部门", "所", "個", "个", "次", "人", "名", "位", "家", "項", "项", "件",
              "部", "條", "条", "座", "台", "臺", "輛", "辆", "套", "戶", "户", "隻", "只", "棵", "篇",
              "種", "种", "批", "類", "类", "宗", "例", "場", "场", "屆", "届", "期", "處", "处", "間",
              "间", "層", "层", "份", "張", "张", "艘", "架", "枚", "顆", "颗", "支", "隊", "队", "組",
              "组", "款", "票", "席", "起", "成", "大類", "大类", "大", "國", "国", "桌", "架次", "班", "地", "頁",
              "页", "劑量", "剂量", "劑", "剂", "方面", "批次", "區", "区", "輪", "轮"],
}
# Units that read as a quantity after Chinese numerals too (others make idioms: 一度, 三頭).
_CN_UNITS = {
    "年", "個月", "个月", "個多月", "个多月", "天", "歲", "岁", "倍", "周", "週", "星期", "公里", "米", "平方米",
    "平方公里", "公頃", "公顷", "噸", "吨", "元", "周年", "週年", "美元", "港元", "人次", "部門", "部门", "所", "個",
    "个", "次", "人", "名", "位", "項", "项", "件", "家", "條", "条", "座", "戶", "户", "批", "類", "类", "種", "种",
    "屆", "届", "處", "处", "場", "场", "隊", "队", "小時", "小时", "個多小時", "个多小时", "分鐘", "分钟", "成", "間",
    "间", "宗", "大", "國", "国", "張", "张", "桌", "個鐘頭", "个钟头", "個小時", "个小时", "日", "地", "頁", "页",
    "劑量", "剂量", "劑", "剂", "方面", "班", "架次", "批次", "區", "区", "度", "輪", "轮", "個星期", "个星期",
    "個禮拜", "个礼拜", "禮拜", "礼拜", "個半小時", "个半小时", "個百分點", "个百分点", "個基點", "个基点",
    "畝", "亩", "公斤", "千克", "立方米", "平方英尺", "千瓦", "英里", "海里", "歐元", "欧元", "英鎊", "英镑",
    "日元", "人民幣", "人民币", "港幣", "港币", "套", "輛", "辆", "艘", "架",
}
# Set phrases that open with a numeral and a unit (一成不变 is "unchanging", not ten per cent).
_IDIOMS = ("一成不变", "一成不變", "一日千里", "一日之计", "一日之計", "一年半载", "一年半載", "一年一度",
           "三年五载", "三年五載", "三天两头", "三天兩頭", "十年树木", "十年樹木", "万人空巷", "萬人空巷")
_IDIOM_HEADS: dict[str, tuple[str, ...]] = {}
for _w in _IDIOMS:
    _IDIOM_HEADS[_w[:2]] = (*_IDIOM_HEADS.get(_w[:2], ()), _w)
# 届 after a Chinese numeral names a session (十九届五中全会), an ordinal; 两届 (two terms) counts.
_SESSION_UNITS = {"屆", "届"}
# After 一 alone only a duration is a figure (一周, 一年); 一個 and 一次 are articles.
_ONE_UNITS = {"年", "周", "週", "天", "日", "星期", "個月", "个月", "小時", "小时", "個小時", "个小时", "分鐘", "分钟",
              "周年", "週年", "成", "半", "個多小時", "个多小时", "個半小時", "个半小时", "個星期", "个星期", "個禮拜",
              "个礼拜", "個多月", "个多月"}
# After these units a trailing 多 or 餘 is part of the quantity: 兩成多, 兩年多
_TRAILING_APPROX = {"成", "年", "個月", "个月", "天", "日", "周", "週", "星期", "小時", "小时", "歲", "岁", "倍", "人", "名",
                    "個", "个"}
# After 百, 千 or 萬 alone, counted things (百宗, 萬個); 百姓 and 千萬 are words.
_ROUND_UNITS = {"宗", "個", "个", "間", "间", "張", "张", "名", "位", "項", "项", "件", "次", "元", "人次", "頁", "页", "人"}
_UNIT_KIND = {u: k for k, us in _UNITS.items() for u in us}
# 一 and a classifier before a numeral are an article (一名五十多歲), no idiom's numeral pair.
_CLASSIFIERS = {u for u in _CN_UNITS if len(u) == 1}
_UNIT_RE = re.compile("|".join(sorted(map(re.escape, _UNIT_KIND), key=len, reverse=True)))
_APPROX = "(?:多|余|餘|幾|几)?"
_MAG = rf"(?:[萬万億亿千百]+(?:{_D}+(?=[萬万億亿千百]))?)*"  # 4千4百萬

_NUM_MAG = rf"{_NUM}{_APPROX}{_MAG}{_APPROX}"
_MASTER = re.compile(
    # the leading look-ahead lets the regex engine jump between candidate characters
    rf"(?=[0-9０-９{_CN_DIGIT}十百千萬万億亿數数幾几半])"
    rf"(?:(?P<pct>百分之[{_CN_DIGIT}十百千點点]+)"
    rf"|(?P<date>(?<![0-9０-９.．]){_DATE_CORE}{_DATE_SUFFIX}(?:{_RANGE_SEP}{_DATE_TAIL}{_DATE_SUFFIX})?)"
    rf"|(?P<cndate>{_CN_DATE})"
    rf"|(?P<num>(?<![0-9０-９.．]){_NUM_MAG}(?:[/／]{_D}+|{_RANGE_SEP}{_NUM_MAG})?)"
    rf"|(?P<half>一半|半(?=[成年天個个小]))"
    rf"|(?P<cn>{_CN_NUM}(?:[至到]{_CN_NUM})?{_APPROX}))"
)
_OPEN = "（([［【"
_CLOSE = "）)]］】"
_CN_CHARS = set(_CN_DIGIT + "十百千萬万億亿")
_CN_DIGITS_SET = set(_CN_DIGIT)


_BOOK = re.compile(r"《[^《》\n]{1,80}》|〈[^〈〉\n]{1,80}〉")  # names of works: 《獅子山下2020》
_RANGE_GAP = re.compile(r"[ \u3000]?[-~～—–至到][ \u3000]?")


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``; two joined by a range mark are one (24小時至7天)."""
    end = len(text) if end is None else end
    books = [m.span() for m in _BOOK.finditer(text, start, end)] if "《" in text[start:end] or "〈" in text[start:end] else []
    out: list[Figure] = []
    for m in _MASTER.finditer(text, start, end):
        if (books and any(a < m.start() < b for a, b in books)) or (out and m.start() < out[-1].end):
            continue  # inside a name of a work, or inside the figure just found (一個半小時)
        fig = _classify(text, m, end, start)
        if fig is None:
            continue
        if out and _RANGE_GAP.fullmatch(text, out[-1].end, fig.start) and fig.kind != "date" \
                and out[-1].kind != "date":
            prev = out.pop()
            fig = Figure(text[prev.start : fig.end], prev.kind if prev.kind != "number" else fig.kind,
                         prev.start, fig.end)
        out.append(fig)
    return out


def figures_in(text: str, spans: Iterable[tuple[int, int]]) -> list[Figure]:
    """Figures inside the given spans of the text (the reading text: paragraph pieces and
    the title), in order; nothing in markup, link targets, front matter or file names."""
    out: list[Figure] = []
    for a, b in spans:
        if b > a:
            out.extend(find_figures(text, a, b))
    return out


_DAYPART = ("上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "今晚", "明早", "明晚", "今早", "昨晚", "深夜", "午夜")


def _classify(text: str, m: re.Match[str], limit: int, lo: int) -> Figure | None:
    kind = m.lastgroup
    a, b = m.start(), m.end()
    before = text[a - 1] if a > 0 else "\n"
    if kind == "pct":
        return Figure(m.group(), "percent", a, b)
    if kind in ("date", "cndate"):
        if before == "第" or (before.isascii() and (before.isalpha() or before in _URL_PUNCT)):
            return None
        return Figure(text[a:b], "date", a, b)
    if kind == "num":
        return _arabic(text, a, b, before, limit)
    if kind == "half":
        if before in "上下前後后":
            return None  # 上半年, 下半年: halves of a year by name
        if m.group() == "一半":
            return None if before == "第" else Figure("一半", "chinese", a, b)
        unit = _UNIT_RE.match(text, b, limit)
        if unit and unit.group() in _ONE_UNITS:
            return Figure(text[a : unit.end()], "chinese", a, unit.end())
        return None
    return _chinese(text, a, b, before, limit, lo)


_ID_BEFORE = {"個案", "个案", "編號", "编号", "號碼", "号码", "附表", "附件", "附錄", "附录", "圖表", "图表"}
_URL_PUNCT = "-_/\\#@=?&%.:"


def _arabic(text: str, a: int, b: int, before: str, limit: int) -> Figure | None:
    if before == "第" or text[max(0, a - 2) : a] in _ID_BEFORE:
        return None  # 第3批, 個案1487: an ordinal or an identifier
    if before.isascii() and (before.isalpha() or before in _URL_PUNCT):
        ascii_word = a >= 2 and text[a - 2].isascii() and text[a - 2].isalnum()
        if before != "-" or ascii_word:
            return None  # COVID-19, a=1, /2021/: names and addresses (70%-80% is a range)
    unit = _UNIT_RE.match(text, b, limit)
    if unit is None and b + 1 < limit and text[b] == " ":
        unit = _UNIT_RE.match(text, b + 1, limit)  # 786 張: a space the text puts there
        if unit and unit.group().isascii():
            unit = None
    after = text[b] if b < limit else "\n"
    if unit:
        u = unit.group()
        if u.isascii():
            tail = text[unit.end()] if unit.end() < limit else "\n"
            if tail.isascii() and tail.isalnum():
                return None
        if u == "起" and len(core := text[a:b]) == 4 and core.isdigit() and 1900 <= int(core) <= 2099:
            return Figure(core, "date", a, b)  # 2010起: since a year
        end = _approx_end(text, unit.end(), u, limit)
        return Figure(text[a:end], _UNIT_KIND[u], a, end)
    core = text[a:b].rstrip("多余餘幾几萬万億亿千百")
    if after.isascii() and (after.isalpha() or after in "-_/&=%"):
        return None
    if after in "世":
        return None  # 21世紀: an ordinal
    if after in ".．" and (b + 1 >= limit or text[b + 1] in " \t\u3000\n"):
        return None  # 問題1. …: an enumerator
    if before in _OPEN and after in _CLOSE:
        return None  # (1) enumerator
    if after in "、" or (after in ".．" and not text[b + 1 : b + 2].isdigit()):
        k = a - 1
        while k >= 0 and text[k] in " \t\u3000*#>-":
            k -= 1
        if k < 0 or text[k] == "\n":
            return None  # "1." list enumerator at the start of a line
    if before == "[" and after == "]":
        return None  # footnote mark
    digits = core.translate(HALF_WIDTH)
    if len(digits) >= 3 and digits[0] == "0" and digits.isdigit():
        return None  # 00293: a stock code or another identifier
    if not digits.replace(",", "").replace(".", "").replace("/", "").replace("／", "").isdigit():
        return None
    return Figure(text[a:b], "number", a, b)


_SENTENCE_END = "\n。！？；!?;"


def _opens_sentence(text: str, a: int, lo: int) -> bool:
    """Whether ``text[a]`` opens the paragraph (or the reading span) or a sentence."""
    k = a - 1
    while k >= lo and text[k] in " \t\u3000*#>-":
        k -= 1
    return k < lo or text[k] in _SENTENCE_END


def _chinese(text: str, a: int, b: int, before: str, limit: int, lo: int) -> Figure | None:
    if before == "第" or before in _CN_CHARS:
        return None
    numeral = text[a:b].rstrip("多余餘幾几")
    if a >= 2 and text[a - 2] in _CN_CHARS and not (text[a - 1] == "、" or (
            text[a - 2] == "一" and text[a - 1] in _CLASSIFIERS)):
        return None  # 三番五次: a numeral pair of an idiom (一名五十多歲: 一名 is an article)
    if b < limit and text[b] in "時时點点" and text[max(0, a - 2) : a] in _DAYPART:
        return Figure(text[a : b + 1], "date", a, b + 1)  # 下午一時
    unit = _UNIT_RE.match(text, b, limit)
    if not unit or unit.group() not in _CN_UNITS:
        fig = _bare_numeral(text, a, b) if text[b - 1] in "萬万億亿" else None
    else:
        fig = _counted(text, a, numeral, unit, before, limit)
    if fig is not None and text[a + 1] == "、" and _opens_sentence(text, a, lo):
        rest = _MASTER.match(text, a + 2, limit)  # 三、 opening a sentence is an enumerator
        return _classify(text, rest, limit, lo) if rest else None
    return fig


_SESSION_NAMES = ("中全会", "中全會", "全会", "全會", "人大", "政协", "政協", "会议", "會議", "全国", "全國",
                  "代表大会", "代表大會", "常委", "委员会", "委員會", "立法會", "立法会")


def _counted(text: str, a: int, numeral: str, unit: re.Match[str], before: str, limit: int) -> Figure | None:
    """A Chinese numeral with a unit it counts in (兩位, 十八亿亩), unless an ordinal or a word."""
    u = unit.group()
    if u in _SESSION_UNITS and numeral not in ("两", "兩") and (
        len(numeral) > 1 or text.startswith(_SESSION_NAMES, a + len(numeral) + len(u))
    ):
        return None  # 十九届, 三届人大: a session's number (連任三屆 counts terms)
    if u in _SESSION_UNITS and text.startswith(("滿", "满"), a + len(numeral) + len(u)):
        return None  # 本周三屆滿: a weekday, then "expires"
    if u == "大" and numeral not in "兩两三四五六七八九":
        return None  # 十八大, 十大: names of congresses and lists
    if len(numeral) == 1:
        if numeral == "一" and (u not in _ONE_UNITS or before in "的每這这那哪同某後后上下"):
            return None  # 一個, 一次: an article; 新的一年, 每一日
        if numeral in "百千萬万" and u not in _ROUND_UNITS:
            return None  # 百姓, 千萬
        if numeral in "億亿":
            return None
        if (idioms := _IDIOM_HEADS.get(numeral + u)) and any(text.startswith(w, a) for w in idioms):
            return None  # 一成不变: a set phrase
    kind = _UNIT_KIND[u]
    if kind not in ("money", "percent"):
        kind = "chinese"
    end = _approx_end(text, unit.end(), u, limit)
    return Figure(text[a:end], kind, a, end)


def _bare_numeral(text: str, a: int, b: int) -> Figure | None:
    """三十万, 一亿: a numeral ending in 万 or 亿 stands for the number before a noun
    (§8: the bare number is gold); 千万 and 十万火急 hold no digit and are words."""
    if b - a < 2 or not _CN_DIGITS_SET.intersection(text[a:b]):
        return None
    return Figure(text[a:b], "chinese", a, b)


def _approx_end(text: str, end: int, unit: str, limit: int) -> int:
    """兩成多, 兩年多: a 多 or 餘 after some units still belongs to the quantity."""
    if unit in _TRAILING_APPROX and end < limit and text[end] in "多餘余":
        return end + 1
    return end
