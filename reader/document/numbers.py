"""The value of a figure's number, for ordering figures: Arabic digits with their grouping
(``12,621``, ``12 621``) and magnitude (``2.5萬`` = 25,000), or a Chinese numeral (``兩`` 2,
``三百多`` 300, ``九千六百多万`` 96,000,000). ``inf`` when there is no number (sorted last).
"""

from __future__ import annotations

import re

HALF_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")  # full-width digits, point, comma
_ARABIC = re.compile(r"[0-9](?:[0-9]|[, ](?=[0-9]{3}))*(?:\.[0-9]+)?")
_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9, "半": 0.5}
_APPROX = "多餘余幾几來来"


def value(figure: str) -> float:
    text = figure.translate(HALF_WIDTH)
    m = _ARABIC.search(text)
    if m is not None:
        number = float(m.group().replace(",", "").replace(" ", ""))
        rest = text[m.end() :].lstrip(_APPROX)
        while rest and rest[0] in _MAGNITUDE and _MAGNITUDE[rest[0]] >= 1000:
            number *= _MAGNITUDE[rest[0]]
            rest = rest[1:].lstrip(_APPROX)
        return number
    return _chinese(text)


def _chinese(text: str) -> float:
    """A Chinese numeral at the start of ``text`` (after words such as 約 or 近)."""
    start = next((i for i, c in enumerate(text) if c in _DIGIT or c in _MAGNITUDE), -1)
    if start < 0:
        return float("inf")
    total, section, digit = 0.0, 0.0, None
    for c in text[start:]:
        if c in _APPROX or c in "數数、":
            continue
        if c in _DIGIT:
            digit = _DIGIT[c]
        elif c in _MAGNITUDE:
            scale = _MAGNITUDE[c]
            if scale >= 10**4:
                total = (total + section + (digit or 0)) * scale
                section = 0.0
            else:
                section += (digit if digit is not None else 1) * scale
            digit = None
        else:
            break
    return total + section + (digit or 0)
