"""Paragraph-level detectors: what kind of heading, if any, a paragraph opens.

Each detector looks at one paragraph (and, for standalone headings, its neighbours) and
proposes a heading with a *style*; the tree builder in ``outline`` decides the nesting.
Skeleton styles: markdown headings and numbered headings (a fixed rank: ``一、`` >
``（一）`` > ``1.`` > ``（1）``), speakers, standalone headings. Relative styles, found
inside a section: ordinals (``一是``, ``第一，``, ``首先``), ``——`` items, parallel points
and lead phrases. No rule names a word of a particular document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import ORG_SUFFIX, SURNAMES

CN = "一二三四五六七八九十"
_NUMERALS = {c: i + 1 for i, c in enumerate(CN)}
_TRAIL = " \t\u3000，。、；：！？,.;:!?…—-"

_SPEECH_VERBS = (
    "指出|強調|强调|表示|要求|認為|认为|提出|介紹|介绍|希望|講話|讲话|致辭|致辞|發言|发言|報告|报告|"
    "說|说|談到|谈到|透露|坦言|呼籲|呼吁|宣佈|宣布|回應|回应|補充|补充|總結|总结"
)
_ROLES = (
    "議員|议员|主席|局長|局长|司長|司长|秘書長|秘书长|部長|部长|先生|女士|小姐|代表|委員|委员|博士|教授|"
    "法官|署長|署长|處長|处长|主任|市長|市长|省長|省长|總理|总理|書記|书记|校長|校长|院長|院长|董事長|"
    "董事长|總裁|总裁|主持人|發言人|发言人|廳長|厅长|理事長|理事长|會長|会长|總統|总统|特首|行政長官|行政长官"
)
_NAME = rf"[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}"
_NEWS_SPEAKER = re.compile(
    # [office title] name [title] [在…上/中/時 | 今日…時] verb, : 鄧雲鋒指出, / 行政長官黃志強今日出席活動時表示：
    rf"^(?:[\u4e00-\u9fff]{{0,12}}?(?:{_ROLES})、?)?(?P<name>{_NAME}|{_NAME}[\u4e00-\u9fff])(?:{_ROLES})?"
    rf"(?:(?:在|於|于|今日|今天|昨日|昨天|日前|早前)[^，,。；：:]{{0,20}}?(?:上|中|時|时|後|后))?[，,]?"
    rf"(?P<verb>{_SPEECH_VERBS})[，,：:︰]"
)
_TITLED_SPEECH = re.compile(
    rf"(?P<name>{_NAME})(?:做了|作了|發表了|发表了|以)?(?:題為|题为)[“\"「『](?P<title>.{{2,80}}?)[”\"」』]的"
    r"(?:主旨|主題|主题)?(?P<verb>發言|发言|講話|讲话|報告|报告|致辭|致辞|演講|演讲)"
)
_TRANSCRIPT_SPEAKER = re.compile(
    rf"^(?P<name>(?:[\u4e00-\u9fff]{{0,10}}?(?:{_ROLES})|[\u4e00-\u9fff]{{0,3}}主席|問|问|答|記者|记者|主持人"
    rf"|{_NAME}|{_NAME}[\u4e00-\u9fff]))"
    r"\s*[：:︰]\s*(?=\S{2})"
)
_NOT_NAME = re.compile(
    r"^(各位|諸位|诸位|尊敬|親愛|亲爱|出席|缺席|列席)|們|们|^.[件議议面時时些樣样種种份部門门方式度會会年月日]"
)

_NUMBERED: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"^第[{CN}百零〇0-9]+(?:部分|編|编|篇)"), 7),
    (re.compile(rf"^第[{CN}百零〇0-9]+章"), 8),
    (re.compile(rf"^第[{CN}百零〇0-9]+[節节]"), 9),
    (re.compile(rf"^[{CN}百]{{1,4}}[、，,．.]\s*(?=\S)"), 10),
    (re.compile(rf"^[（(][{CN}]{{1,3}}[）)]\s*(?=\S)"), 11),
    (re.compile(r"^[0-9０-９]{1,2}[.．、](?![0-9０-９])\s*(?=\S)"), 12),
    (re.compile(r"^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[）)])\s*(?=\S)"), 13),
]
_ORDINAL = re.compile(
    rf"^(?:(?P<di>第)(?P<n1>[{CN}]{{1,2}})(?:是|[，,、：:])|(?P<qi>其)(?P<n2>[{CN}]{{1,2}})[，,、：:]"
    rf"|(?P<n3>[{CN}]{{1,2}})是|(?P<colon>[{CN}]{{1,2}})[：:](?=\S)|(?P<seq>首先|其次|再次|再者|最後|最后)[，,、：:]"
    r"|(?P<circled>[①-⑳])|[（(](?P<roman>i{1,3}|iv|vi{0,3}|ix|x)[）)])"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_SEQ = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最後": 99, "最后": 99}
_DASH = re.compile(r"^(?:——|—|－－|--)(?=[^—\-－])")
SENTENCE_END = "。！？!?"
_AFTER_NUMBER = re.compile(r"^([^\s]{1,6}?[、．.）)])[ \t\u3000]+")
_CLAUSE_END = re.compile(r"[。！？!?；;：:]")


@dataclass(slots=True)
class Heading:
    """A proposed heading: its kind, style (for nesting), rank (fixed styles), label."""

    kind: str
    style: str
    rank: int
    label: str
    subtitle: str = ""
    number: int = 0  # position in an ordinal series
    speaker: str = ""  # a speaker heading's name as written (張三 of 張三指出)
    source: str = ""  # how a speaker was found: line (鄧雲鋒指出,), titled (題為…的發言), transcript
    # (主席：); for a heading ending in a colon: roster (a list of names follows) or label


def clip(label: str, limit: int = 30) -> str:
    label = label.strip().strip(_TRAIL).strip()
    if len(label) > limit:
        label = label[:limit].rstrip(_TRAIL) + "…"
    return label


def first_sentence(text: str) -> str:
    m = _CLAUSE_END.search(text)
    return text[: m.start()] if m else text


def numbered_label(text: str) -> str:
    """The whole line of a short heading, or its first sentence."""
    text = _AFTER_NUMBER.sub(r"\1", text, count=1)
    if len(text) <= 40 and not any(c in text[:-1] for c in SENTENCE_END):
        return clip(text, 40)
    return clip(first_sentence(text), 40)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_SPACES = re.compile(r"\s")


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def han_ratio(text: str) -> float:
    size = len(text) - len(_SPACES.findall(text)) - sum(text.count(c) for c in "【】")
    return han_count(text) / size if size > 0 else 0.0


_VERB_ANY = re.compile(_SPEECH_VERBS)


def speaker(text: str) -> Heading | None:
    head = text[:160]
    if ("題為" in head or "题为" in head) and (m := _TITLED_SPEECH.search(text, 0, 160)):
        if m.start() == 0 or text[m.start() - 1] in "、，, 　" or _role_before(text, m.start()):
            return Heading("speaker", "speaker", 0, m.group("name") + m.group("verb"),
                           clip(m.group("title"), 60), speaker=m.group("name"), source="titled")
    if len(text) <= 48 and _VERB_ANY.search(text):  # a line of its own: 鄧雲鋒指出,
        m = _NEWS_SPEAKER.match(text)
        if m and m.end() >= len(text.rstrip()) - 1 and not _NOT_NAME.search(m.group("name")):
            return Heading("speaker", "speaker", 0, m.group("name") + m.group("verb"), speaker=m.group("name"),
                           source="line")
    if not any(c in text[:16] for c in "：:︰"):
        return None
    m = _TRANSCRIPT_SPEAKER.match(text)
    if m and len(text) <= 40 and len(text) - m.end() >= 6 and not any(c in text for c in SENTENCE_END) \
            and ORG_SUFFIX.search(m.group("name")):
        return None  # 教育部：支持课程改革 is a headline, not a turn
    if m and not _NOT_NAME.search(m.group("name")) and len(text) > m.end() + 1 \
            and not _VERB_ANY.search(m.group("name"), 1):  # 鄭家明說：「…」 is a news turn
        return Heading("speaker", "speaker", 0, m.group("name"), speaker=m.group("name"), source="transcript")
    return None


def _role_before(text: str, at: int) -> bool:
    return bool(re.search(rf"(?:{_ROLES}|書記|书记)$", text[max(0, at - 6) : at]))


def numbered(text: str) -> Heading | None:
    for pattern, rank in _NUMBERED:
        if pattern.match(text):
            if rank == 10 and len(text) > 2 and text[1] in "，,．." and len(text) > 60:
                return None  # "一，" inside running text is an ordinal, not a chapter
            return Heading("heading", f"num{rank}", rank, numbered_label(text))
    return None


def markdown(text: str, level: int) -> Heading | None:
    if level <= 0:
        return None
    return Heading("heading", f"md{level}", level, numbered_label(text))


def ordinal(text: str) -> Heading | None:
    m = _ORDINAL.match(text)
    if not m:
        return None
    if m.group("seq"):
        family, number = "seq", _SEQ[m.group("seq")]
    elif m.group("circled"):
        family, number = "circled", ord(m.group("circled")) - 0x245F
    elif m.group("roman"):
        family, number = "roman", _ROMAN[m.group("roman")]
    else:
        digits = m.group("n1") or m.group("n2") or m.group("n3") or m.group("colon")
        family = "di" if m.group("di") else "qi" if m.group("qi") else "colon" if m.group("colon") else "shi"
        number = _cn_number(digits)
    if number <= 0:
        return None
    if family == "colon":  # 一：將移交門檻…: the marker's colon does not end the label
        return Heading("heading", "ord-colon", 0, clip(text[: m.end()] + first_sentence(text[m.end() :])), number=number)
    return Heading("heading", f"ord-{family}", 0, clip(first_sentence(text)), number=number)


def _cn_number(s: str) -> int:
    if len(s) == 1:
        return _NUMERALS.get(s, 0)
    if s[0] == "十":
        return 10 + _NUMERALS.get(s[1], 0)
    if s[1] == "十":
        return _NUMERALS.get(s[0], 0) * 10
    return 0


def dash(text: str) -> Heading | None:
    m = _DASH.match(text)
    if not m:
        return None
    return Heading("item", "dash", 0, clip(first_clause(text[m.end():])))


def first_clause(text: str) -> str:
    m = re.search(r"[。！？!?；;：:，,]", text)
    return text[: m.start()] if m else text


def lead_phrase(text: str, bold_lead: str = "") -> Heading | None:
    """A short opening sentence followed by a long body: ``創新黨建,驅動學校整體工作提升。…``"""
    if bold_lead and len(bold_lead) <= 40 and len(text) > len(bold_lead) + 10:
        return Heading("item", "lead", 0, clip(first_sentence(bold_lead), 40))
    end = text.find("。")
    if end < 4 or end > 20 or len(text) - end < 20:
        return None
    lead = text[:end]
    if any(c in lead for c in "！？!?：:；;“”\"") and not re.search(r"“[^”]{1,8}”$", lead):
        return None
    if han_ratio(lead) < 0.6 or _SPOKEN.search(lead):
        return None  # (我知道主席阻止我。: a speaker's own sentence, not a lead phrase)
    return Heading("item", "lead", 0, clip(lead))


_SPOKEN = re.compile(r"我(?![們们国國市省区區校院部司行])|你們|你们")  # "I", "you": a speaker talking


def is_short_line(text: str) -> bool:
    """A candidate standalone heading or subtitle: short, no sentence punctuation (a colon
    inside is allowed: 議程一：審議撥款申請, 周志明：未有規定)."""
    if not text or len(text) > 30:
        return False
    if text[0] in "（(［[〔" and text[-1] in "）)］]〕":
        return False  # a stage direction or a date in brackets
    if any(c in text for c in "。！？!?；;"):
        return False
    colon = max(text.find("："), text.find(":"))
    if colon >= 0 and (colon < 2 or len(text) - colon <= 2 or text.count("：") + text.count(":") > 1):
        return False  # 主席：好 is a turn; 出席委員： is a roster label
    return han_ratio(text.strip("【】[]〔〕")) >= 0.6


_BOLD_LINE = re.compile(
    r"^\s*(?:<p\b[^>]*[Bb]old[^>]*>.*</p>"
    r"|(?:<p\b[^>]*>)?[\s\u3000]*(?:<(?:strong|b)>|<font\b[^>]*[Bb]old[^>]*>).*</(?:strong|b|font)>[\s\u3000]*(?:</p>)?)\s*$"
)


def bold_heading(raw: str, text: str) -> bool:
    """A whole line in bold, short and without a sentence end: a heading in a saved page
    (``<p><font … strong-Bold>警惕创新者、BigTech挪用客户资金</font></p>``)."""
    return len(text) <= 40 and not any(c in text for c in SENTENCE_END) and bool(_BOLD_LINE.match(raw))


_SALUTATION = re.compile(r"各位|諸位|诸位|尊敬|親愛|亲爱|同志|女士們|女士们|先生們|先生们|朋友們|朋友们|嘉賓|嘉宾")


def label_line(text: str) -> bool:
    """A line of its own that ends in a colon and introduces what follows: a speaker's
    heading (国家发展改革委副主任连维良：) or a list's (何志平宣布6項新措施：); not a
    salutation (同志们：, 各位嘉賓：)."""
    return 5 <= len(text) <= 40 and text[-1] in "：:" and not any(c in text[:-1] for c in "。！？!?；;：:，,") \
        and not _SALUTATION.search(text) and han_ratio(text[:-1]) >= 0.6


def salutation(text: str) -> bool:
    return bool(_SALUTATION.search(text))


_ADDRESS = re.compile(r"(?:各位|諸位|诸位|親愛的|亲爱的)?[\u4e00-\u9fff、]{0,8}?"
                      r"(?:同志們|同志们|代表們|代表们|朋友們|朋友们|同學們|同学们|先生們|先生们)[！!]")


def closing_address(text: str) -> bool:
    """A paragraph that opens by calling on the audience and goes on (同志们！时代呼唤着我们…):
    after a speech's numbered parts, its closing words."""
    m = _ADDRESS.match(text)
    return m is not None and len(text) - m.end() >= 10


def roster_label(text: str) -> bool:
    """A short label that introduces a list: 出席委員：, 缺席議員："""
    return 2 <= len(text) <= 16 and text[-1] in "：:" and not any(c in text[:-1] for c in "。！？!?；;：:，,") \
        and han_ratio(text[:-1]) >= 0.8


def name_list(text: str) -> bool:
    """A paragraph that lists names (李一議員、王二議員、…及孫六議員贊成。): three or
    more short parts joined by 、 (the last by 及/和/與 too)."""
    if "、" not in text:
        return False
    parts = _LIST_JOIN.split(text)
    return len(parts) >= 3 and all(0 < len(part.strip()) <= 10 for part in parts[:-1])


_LIST_JOIN = re.compile(r"、|及|和|與|与")


def is_body(text: str) -> bool:
    """Running text: enough Han characters and clause punctuation, or a whole sentence."""
    han = han_count(text[:200])
    if han >= 12 and any(c in text for c in "，。！？；：、"):
        return True
    return han >= 6 and text[-1] in SENTENCE_END
