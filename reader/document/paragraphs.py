"""From lines to paragraphs: blank-line blocks, hard-wrapped PDF lines rejoined, markdown.

Owns: deciding where a paragraph ends (blank lines, or one paragraph a line when the text
is not hard-wrapped), rejoining lines wrapped at a fixed width (also across a removed page
header), hiding markdown markup (``#`` heading markers, ``**bold**``, link syntax) while
keeping exact offsets, and cutting giant paragraphs into readable pieces.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from .model import Paragraph

MAX_PARAGRAPH = 4000
Block = list[tuple[int, int]]  # stripped line spans
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+", re.M)
_HIDDEN = re.compile(
    r"<U\+[0-9A-Fa-f]{4,6}>|\*\*|__|\[(?=[^\[\]\n]*\]\([^()\n]*\))|\]\([^()\n]*\)"
    r"|<!--.*?-->|</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>\n]{0,2000})?/?>"  # HTML saved as text
)
_QUOTE_MARK = re.compile(r">[ \t]?")
_TRANSPARENT = {"page header", "page number"}
# a line that starts a turn or a numbered heading is never the tail of a wrapped line
_TURN = re.compile(r"[^\s，。,：:]{1,12}[：:︰](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|#")
_ENDERS = "。！？!?"


def build_paragraphs(
    text: str,
    lines: list[tuple[int, int]],
    skip: set[int],
    transparent: set[int],
    captions: frozenset[int] = frozenset(),
) -> list[Paragraph]:
    """Paragraphs of reading text. ``skip``: noise and title lines; ``transparent``: the
    skipped lines that do not end a paragraph (page furniture inside a wrapped one);
    ``captions``: photo-caption lines, kept as paragraphs of their own and marked."""
    blocks = _blocks(text, lines, skip | captions, transparent)
    if captions:
        blocks += [[_strip(text, *lines[i])] for i in sorted(captions) if text[slice(*lines[i])].strip()]
        blocks.sort(key=lambda b: b[0][0])
    width = _wrap_width(text, blocks)
    paragraphs: list[Paragraph] = []
    for block in blocks:
        for group in _split_block(text, block, width):
            paragraphs.extend(_make(text, group))
    if captions:
        starts = {text.find(text[slice(*lines[i])].strip(), lines[i][0]) for i in captions}
        for p in paragraphs:
            p.caption = p.start in starts
    return paragraphs


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    return a + lead, a + len(raw.rstrip())


def _blocks(text: str, lines: list[tuple[int, int]], skip: set[int], transparent: set[int]) -> list[Block]:
    """Runs of content lines (stripped spans) not separated by a real blank line."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    blank_pending = False
    after_furniture = False
    for i, (a, b) in enumerate(lines):
        if i in skip:
            if i in transparent:
                after_furniture = True
            else:
                blank_pending = True
            continue
        raw = text[a:b]
        stripped = raw.strip()
        if not stripped:
            if not after_furniture:
                blank_pending = True
            continue
        if blank_pending and current:
            blocks.append(current)
            current = []
        blank_pending = False
        after_furniture = False
        lead = len(raw) - len(raw.lstrip())
        current.append((a + lead, a + lead + len(stripped)))
    if current:
        blocks.append(current)
    return blocks


def _wrap_width(text: str, blocks: list[Block]) -> int:
    """The fixed width lines were hard-wrapped at, or 0 when the text is not wrapped."""
    lengths: Counter[int] = Counter()
    total = 0
    for block in blocks:
        if len(block) < 2:
            continue
        for a, b in block[:-1]:
            lengths[b - a] += 1
            total += 1
    if total < 5:
        return 0
    width, count = lengths.most_common(1)[0]
    near = count + lengths[width - 1] + lengths[width + 1]
    return width if width >= 8 and near * 10 >= total * 3 else 0


def _split_block(text: str, block: Block, width: int) -> list[Block]:
    """Group a block's lines into paragraphs: lines hard-wrapped at ``width`` are joined,
    otherwise (markdown included) each line is a paragraph of its own."""
    if len(block) == 1:
        return [block]
    groups: list[list[tuple[int, int]]] = [[block[0]]]
    for prev, cur in zip(block, block[1:], strict=False):
        joined = False
        if width:
            plen = prev[1] - prev[0]
            joined = plen >= width * 0.75 and not (
                plen < width * 0.95 and text[prev[1] - 1] in _ENDERS
            ) and not _TURN.match(text, cur[0], cur[1])
        if joined:
            groups[-1].append(cur)
        else:
            groups.append([cur])
    return groups


def _make(text: str, group: list[tuple[int, int]]) -> list[Paragraph]:
    start, end = group[0][0], group[-1][1]
    md_level = 0
    spans: list[tuple[int, int]] = []
    bold_lead = ""
    for n, (a, b) in enumerate(group):
        if n == 0:
            m = _MD_HEADING.match(text, a, b)
            if m:
                md_level = len(m.group(1))
                a = m.end()
        q = _QUOTE_MARK.match(text, a, b)
        if q:
            a = q.end()
        pos = a
        for m in _HIDDEN.finditer(text, a, b):
            if m.start() > pos:
                spans.append((pos, m.start()))
            if n == 0 and not bold_lead and m.group() == "**" and m.start() == a:
                close = text.find("**", m.end(), b)
                if close > m.end():
                    bold_lead = text[m.end() : close].strip()
            pos = m.end()
        if pos < b:
            spans.append((pos, b))
    spans = _trim(text, spans) or [(start, end)]
    line_starts = [a for a, _ in group]
    pieces: list[tuple[int, int, int]] = []
    parts: list[str] = []
    disp = 0
    prev_end = -1
    for a, b in spans:
        piece = text[a:b]
        # a space only where a hard-wrapped line split two words, not where markup did
        k = bisect_left(line_starts, prev_end)
        new_line = k < len(line_starts) and line_starts[k] <= a
        prev_end = b
        if parts and new_line and _needs_space(parts[-1], piece):
            parts.append(" ")
            disp += 1
        pieces.append((disp, a, b))
        parts.append(piece)
        disp += b - a
    para = Paragraph(start, end, pieces, "".join(parts), md_level, bold_lead)
    if len(para.text) <= MAX_PARAGRAPH:
        return [para]
    return _cut(text, para)


def _trim(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans without the blank ones and without white space at the paragraph's two ends
    (the full-width indent after a ``<p>``)."""
    out = [(a, b) for a, b in spans if text[a:b].strip()]
    if out:
        a, b = out[0]
        out[0] = (a + len(text[a:b]) - len(text[a:b].lstrip()), b)
        a, b = out[-1]
        out[-1] = (a, a + len(text[a:b].rstrip()))
    return out


def _needs_space(left: str, right: str) -> bool:
    return bool(left) and bool(right) and left[-1].isascii() and left[-1].isalnum() and (
        right[0].isascii() and right[0].isalnum()
    )


def _cut(text: str, para: Paragraph) -> list[Paragraph]:
    """Cut a giant paragraph at sentence ends into pieces of at most MAX_PARAGRAPH."""
    out: list[Paragraph] = []
    s = para.text
    piece_ends = [b for _, _, b in para.pieces]
    begin = 0
    while begin < len(s):
        stop = min(begin + MAX_PARAGRAPH, len(s))
        if stop < len(s):
            best = max(s.rfind(c, begin + MAX_PARAGRAPH // 2, stop) for c in "。！？!?；\n ")
            if best > begin:
                stop = best + 1
        src_a = para.display_to_source(begin)
        src_b = para.display_to_source(stop - 1) + 1 if stop > begin else src_a
        pieces = []
        # only the pieces this chunk overlaps: from the first one ending after src_a on
        k = max(0, bisect_right(piece_ends, src_a) - 1)
        while k < len(para.pieces) and para.pieces[k][1] < src_b:
            disp, a, b = para.pieces[k]
            lo, hi = max(a, src_a), min(b, src_b)
            if lo < hi:
                pieces.append((disp + (lo - a) - begin, lo, hi))
            k += 1
        if pieces:
            start = para.start if not out else pieces[0][1]
            end = para.end if stop >= len(s) else pieces[-1][2]
            out.append(Paragraph(start, end, pieces, s[begin:stop], para.md_heading if not out else 0))
        begin = stop
    return out
