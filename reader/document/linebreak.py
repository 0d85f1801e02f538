"""A CJK line breaker: wrap a paragraph into lines of at most N terminal cells.

Rules: a break may fall between any two Han characters; no line starts with closing
punctuation (``，。、；：？！）」』》…``) and none ends with opening punctuation
(``（「『《``); a number with its unit (``12.3萬平方米``, ``65.38%``) and an ASCII word
are never split (unless longer than a whole line, and then only between grapheme
clusters: a combining accent or an emoji's joiner never starts a line); widths are
measured in cells.
Returns ``(start, end)`` index pairs into the paragraph, so callers keep exact offsets.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

NO_START = set("，。、；：？！）」』》】〕〗〉”’…‥·・,.;:?!)]}％%‰～〜ー")
NO_END = set("（「『《【〔〖〈“‘([{")
# what never starts a line on its own: combining marks, variation selectors, a joiner and
# what it joins, skin-tone modifiers, tag characters (one grapheme cluster stays whole)
_EXTEND = "(?:[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ufe00-\ufe0f" \
          "\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F\U000E0100-\U000E01EF]|\u200d.?)"
_ATOM = re.compile(
    rf"[0-9０-９]+(?:[,.．][0-9０-９]+)*{_EXTEND}*"
    rf"|[A-Za-z](?:[A-Za-z0-9'’_\-]|{_EXTEND})*"
    rf"|[ \t]+{_EXTEND}*"
    r"|——|……|⋯⋯"
    rf"|.{_EXTEND}*",
    re.S,
)
_CLUSTER = re.compile(rf".{_EXTEND}*", re.S)
_EXTENDS = re.compile(rf"{_EXTEND}*", re.S)


def width(text: str) -> int:
    return cell_len(text)


def tokens(text: str, figures: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Unbreakable pieces: figures with their units, ASCII words, runs of spaces, chars.
    ``figures``: their spans when the caller knows them already (else they are found)."""
    if figures is None:
        from .figures import find_figures

        figures = [(f.start, f.end) for f in find_figures(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end in figures:
        if start < pos or end > len(text):
            continue
        out.extend(m.span() for m in _ATOM.finditer(text, pos, start))
        marks = _EXTENDS.match(text, end)  # a mark on the figure's last character
        end = marks.end() if marks else end
        out.append((start, end))
        pos = end
    out.extend(m.span() for m in _ATOM.finditer(text, pos))
    return out


def wrap(text: str, max_width: int, figures: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Line spans of ``text`` wrapped at ``max_width`` cells (at least one span);
    ``figures``: spans of the text's figures, if known (kept on one line)."""
    max_width = max(max_width, 2)
    if not text:
        return [(0, 0)]
    if cell_len(text) <= max_width and "\n" not in text:
        return [(0, len(text))]
    lines: list[tuple[int, int]] = []
    toks = tokens(text, figures)
    line: list[tuple[int, int, int]] = []  # (start, end, cells)
    used = 0
    for a, b in toks:
        piece = text[a:b]
        if piece.isspace() and not line:
            continue  # no line starts with a space
        w = cell_len(piece)
        if used + w <= max_width:
            line.append((a, b, w))
            used += w
            continue
        if piece.isspace():
            lines.append(_close(line))
            line, used = [], 0
            continue
        # The token does not fit: decide what moves to the next line with it.
        carry: list[tuple[int, int, int]] = []
        if piece[0] in NO_START and line:
            carry.append(line.pop())  # keep the character before the punctuation with it
            while line and text[carry[0][0]] in NO_START:
                carry.insert(0, line.pop())
        while line and text[line[-1][0]] in NO_END:
            carry.insert(0, line.pop())
        if carry and sum(t[2] for t in carry) + w > max_width:
            # the run cannot move whole: only its last character goes with the punctuation
            line.extend(carry)
            a0, b0, _ = line.pop()
            cut = a0
            for c in _CLUSTER.finditer(text, a0, b0):
                cut = c.start()  # the last grapheme cluster goes, never half of one
            if cut > a0:
                line.append((a0, cut, cell_len(text[a0:cut])))
            carry = [(cut, b0, cell_len(text[cut:b0]))]
        while line and text[line[-1][0] : line[-1][1]].isspace():
            line.pop()
        if line:
            lines.append(_close(line))
        line = carry
        used = sum(t[2] for t in line)
        if w > max_width:  # an atom wider than a line: split it between grapheme clusters
            for c in _CLUSTER.finditer(text, a, b):
                k, k2 = c.span()
                cw = cell_len(text[k:k2])
                if used + cw > max_width and line:
                    lines.append(_close(line))
                    line, used = [], 0
                line.append((k, k2, cw))
                used += cw
            continue
        if used + w > max_width and line:
            lines.append(_close(line))
            line, used = [], 0
        line.append((a, b, w))
        used += w
    if line:
        lines.append(_close(line))
    return lines or [(0, 0)]


def _close(line: list[tuple[int, int, int]]) -> tuple[int, int]:
    return (line[0][0], line[-1][1])
