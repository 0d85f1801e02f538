"""The news genre across paragraphs: speaker turns, topic points and inline lists.

A news report of a meeting names its speakers inside paragraphs. Walking the paragraphs
in order, this module keeps the *current speaker*: a paragraph whose attribution
(``attribution.find``) names someone else opens a speaker turn; one that names the current
speaker again (in full, by a short form such as 陳李 for 陳李美華, or by a pronoun) continues
it. The lede (the first paragraph of prose) never opens a turn; a heading ends the current
speaker. A paragraph that opens with a topic lead (至於…, 關於…, 就…方面) gives a point under
the speaker it reports; an enumeration inside a paragraph (``(1)…；(2)…``, 一是…二是…)
gives items. The tree builder (``outline``) nests what this module marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import attribution, detect
from .detect import Heading
from .model import Paragraph
from .numbers import HALF_WIDTH
from .speakers import same_speaker

_TOPIC = re.compile(
    r"^(?:針對|针对|就|關於|关于|對於|对于|至於|至于|有關|有关)[^，,。；;：:！？!?]{1,60}?(?=[，,])"
)
_ASPECT = re.compile(r"^[^，,。；;：:！？!?「」“”]{1,12}?方面(?=[，,])")


@dataclass(slots=True)
class InlineItem:
    """An enumerated item inside one paragraph: ``(1)加強社區宣傳…``."""

    label: str
    start: int  # display offsets in the paragraph's text
    end: int


@dataclass(slots=True)
class NewsMarks:
    speakers: dict[int, Heading] = field(default_factory=dict)  # paragraph → speaker turn
    points: dict[int, Heading] = field(default_factory=dict)  # paragraph → topic point
    inline: dict[int, list[InlineItem]] = field(default_factory=dict)
    voiced: set[int] = field(default_factory=set)  # paragraphs that carry an attribution


def inside_turn(h: Heading) -> bool:
    """A numbered item (``1.``, ``(1)``) stays inside a speaker's turn; other headings end it."""
    return h.rank >= 12 and h.style.startswith("num")


def mark_news(text: str, paras: list[Paragraph], headings: dict[int, Heading], title: str = "") -> NewsMarks:
    """Speaker turns, points and inline items of ``paras``; ``headings``: the skeleton
    headings already found (a heading ends the current speaker)."""
    marks = NewsMarks()
    counts = attribution.Context(text, title)
    current = ""  # the current speaker, as first written
    quoting = False  # inside a transcript turn or a titled speech: its attributions are quotes
    known: list[str] = []  # every speaker so far
    lede_seen = False
    for i, p in enumerate(paras):
        h = headings.get(i)
        if h is not None:
            if h.kind == "speaker":
                current = h.speaker
                known.append(current)
                quoting = h.source != "line"
            elif not inside_turn(h):
                current, quoting = "", False  # a heading ends the turn
            lede_seen = True
            continue
        if p.caption or quoting:
            continue
        body = p.text
        if not lede_seen:
            lede_seen = detect.is_body(body)
            continue
        counts.pos = p.start
        topic = _TOPIC.match(body)
        lead = topic.group() if topic else ""
        found = attribution.find(body, counts, len(lead))
        if found is not None and found.kind == "short" and not same_speaker(found.name, current):
            # a bare surname: a speaker met earlier (何 for 何文龍 after a heading), or unknown
            found = found if any(same_speaker(found.name, k) for k in known) else None
            if found is not None:
                found.kind = "person"
        if found is not None and found.kind in ("person", "org") and not same_speaker(found.name, current):
            marks.speakers[i] = Heading("speaker", "news", 0, detect.clip(found.label), speaker=found.name)
            current = found.name
            known.append(current)
        elif found is not None and found.kind == "generic":
            continue  # someone else, unnamed, is speaking: no point for the current speaker
        elif not current:
            continue
        elif not lead:  # 資金方面，… inside the current speaker's remarks
            aspect = _ASPECT.match(body)
            lead = aspect.group() if aspect else ""
        if found is not None:
            marks.voiced.add(i)
        if lead:
            marks.points[i] = Heading("point", "topic", 0, detect.clip(lead, 40))
        items = inline_items(body)
        if items:
            marks.inline[i] = items
    return marks


_INLINE = re.compile(
    r"(?P<paren>[（(](?P<n1>[0-9０-９]{1,2})[）)])|(?P<circled>[①-⑳])"
    r"|(?<![第])(?P<shi>[一二三四五六七八九十])是(?=[^的])"
    r"|(?P<di>第[一二三四五六七八九十])(?=[，,、：:])|(?P<dishi>第[一二三四五六七八九十])是"
    r"|(?P<seq>首先|其次|再次|再者|最後|最后)"
)
_SEQ = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最後": 99, "最后": 99}
_CN = "一二三四五六七八九十"
_ITEM_END = {"paren": "；;。", "circled": "；;。", "shi": "，,；;。", "seq": "；;。", "di": "，,；;。", "dishi": "，,；;。"}


def inline_items(text: str) -> list[InlineItem]:
    """The longest run of one enumeration style inside a paragraph, numbered from one."""
    runs: dict[str, list[re.Match[str]]] = {}
    for m in _INLINE.finditer(text):
        style = m.lastgroup if m.lastgroup != "n1" else "paren"
        style = "paren" if m.group("paren") else style
        assert style is not None
        runs.setdefault(style, []).append(m)
    best: list[tuple[int, int, str]] = []
    for style, ms in runs.items():
        seq: list[tuple[int, int, str]] = []
        for m in ms:
            n = _number(style, m)
            if (not seq and n == 1) or (seq and (n == len(seq) + 1 or (style == "seq" and n == 99))):
                seq.append((m.start(), n, style))
            elif n == 1:
                seq = [(m.start(), n, style)]
        if len(seq) >= (2 if style in ("paren", "shi", "di") else 3) and len(seq) > len(best):  # 第一是…第二是… is prose
            best = seq
    out: list[InlineItem] = []
    for k, (a, _, style) in enumerate(best):
        stop = best[k + 1][0] if k + 1 < len(best) else len(text)
        end = a + 1
        while end < stop and text[end] not in _ITEM_END[style]:
            end += 1
        if style == "di" and end < stop and end - a <= 3:  # 第一，金融體系…: the marker's own comma
            end += 1
            while end < stop and text[end] not in _ITEM_END[style]:
                end += 1
        out.append(InlineItem(detect.clip(text[a:end], 40), a, end))
    return out


def _number(style: str, m: re.Match[str]) -> int:
    if style == "paren":
        return int(m.group("n1").translate(HALF_WIDTH))
    if style == "circled":
        return ord(m.group("circled")) - 0x245F
    if style == "shi":
        return _CN.index(m.group("shi")) + 1
    if style in ("di", "dishi"):
        return _CN.index(m.group(style)[1]) + 1
    return _SEQ[m.group("seq")]

