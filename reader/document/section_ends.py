"""Where a section ends that no heading ends: a closing address after a speech's
numbered parts (同志们！…), and a roster (出席議員：, 地方選區： over a vote) that holds its
names but not the turns after them. Used by ``outline``.
"""

from __future__ import annotations

import re

from . import detect
from .detect import Heading
from .model import Paragraph


def closing_breaks(paras: list[Paragraph], headings: dict[int, Heading]) -> frozenset[int]:
    """The first closing address after the last numbered heading (同志们！… ending a report
    of 一、…十五、) ends the numbered parts: it is not the last part's text."""
    numbered = [i for i, h in headings.items() if h.style.startswith("num")]
    if len(numbered) < 2:
        return frozenset()
    for i in range(max(headings) + 1, len(paras)):  # (the last numbered heading is at or before it)
        if _address_at(paras, i):
            return frozenset({i})
    return frozenset()


def break_label(text: str) -> str:
    """A section's first sentence; for a closing address, the address and its first clause
    (同志们！时代呼唤着我们)."""
    sentence = detect.first_sentence(text)
    if detect.closing_address(text) and len(sentence) < 10:
        rest = text[len(sentence) + 1 :]
        clause = re.split(r"[，,。；;！!？?]", rest, maxsplit=1)[0]
        return f"{sentence}{text[len(sentence) : len(sentence) + 1]}{clause}"
    return sentence


def _address_at(paras: list[Paragraph], i: int) -> bool:
    return not paras[i].caption and detect.closing_address(paras[i].text)


def roster_source(paras: list[Paragraph], i: int) -> str:
    """"roster" for a label whose next paragraph lists names (出席議員：, 地方選區： over a vote):
    it holds those names, never the turns after them; "label" for such a label over
    anything else (新增本地確診個案： over a table: an ordinary section)."""
    if not detect.roster_label(paras[i].text):
        return ""
    if i + 1 < len(paras) and detect.name_list(paras[i + 1].text):
        return "roster"
    return "label"  # a roster's label over something else (a table, a heading)
