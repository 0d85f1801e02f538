"""The outline tree builder.

Two passes over the paragraphs. The *skeleton* (markdown and numbered headings, speakers,
standalone headings) is nested with a stack: a numbered heading closes headings of its own
or a lower rank, a speaker closes the previous speaker, a standalone heading the previous
standalone heading. Then, inside each section's own text, *relative* structures are found
in priority order (ordinals > ``——`` items > parallel points > lead phrases), each nesting
the lower ones. Long unstructured stretches are cut into ``paragraphs`` chunks; text
before the first heading is the ``preface``.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from . import detect, news, section_ends
from .detect import Heading
from .model import Node, Paragraph

CHUNK_MIN = 4000  # a stretch longer than this (in characters) is cut into chunks
CHUNK_SIZE = 2000
_RELATIVE = ("ord", "dash", "point", "lead")
_BOUNDARY = "，,、；;：:"


def build_outline(paras: list[Paragraph], breaks: frozenset[int] = frozenset(), text: str = "",
                  title: str = "") -> list[Node]:
    """The outline of ``paras``. ``breaks``: paragraphs that follow a section break (a
    repeat of the title or a separator rule between them and the previous paragraph).
    ``text`` and ``title``: where the news pass looks up a name's repeats."""
    n = len(paras)
    if n == 0:
        return []
    headings, heading_end = _skeleton(paras, text)
    marks = news.mark_news(text or "\n".join(p.text for p in paras), paras, headings, title)
    breaks = breaks | section_ends.closing_breaks(paras, headings)
    entries: list[tuple[int, int, Heading, int]] = [(i, 0, h, heading_end[i]) for i, h in headings.items()]
    for i, h in marks.speakers.items():
        entries.append((i, 1, h, i if i in marks.points else i + 1))
    entries += [(i, 2, h, i + 1) for i, h in marks.points.items()]
    for i in breaks:
        if i not in headings and i not in marks.speakers:
            label = detect.clip(section_ends.break_label(paras[i].text), 20)
            entries.append((i, -1, Heading("paragraphs", "break", 0, label), i))
    entries.sort(key=lambda e: (e[0], e[1]))
    top: list[Node] = []
    stack: list[tuple[Node, Heading]] = []
    last_i = -1
    for i, _order, h, end in entries:
        cut = 0 if i in breaks and i != last_i else _cut_point(stack, h)
        last_i = i
        for node, _ in stack[cut:]:
            node.last_para = i
        del stack[cut:]
        node = _node(h, i, end, n)
        (stack[-1][0].children if stack else top).append(node)
        stack.append((node, h))

    skip = frozenset(marks.voiced)
    for node in top:
        _fill_relative(paras, node, 2, skip)
    first = top[0].first_para if top else n
    root: list[Node] = []
    if first > 0:
        root_nodes = _relative(paras, 0, first, 1, _RELATIVE, frozenset(), skip)
        lead_end = root_nodes[0].first_para if root_nodes else first
        if lead_end > 0:
            first_text = next((p.text for p in paras[:lead_end] if not p.caption), paras[0].text)
            root.append(Node("preface", _preface_label(first_text), 1, 0, 0, 0, 0, lead_end))
        root.extend(_cover(paras, root_nodes, lead_end, first))
    root.extend(top)
    for node in root:
        _chunk(paras, node)
    _attach_inline(paras, root, marks.inline, 1)
    _finish(paras, root, 1)
    return root


def _skeleton(paras: list[Paragraph], text: str = "") -> tuple[dict[int, Heading], dict[int, int]]:
    skeleton: dict[int, Heading] = {}
    heading_end: dict[int, int] = {}
    for i, p in enumerate(paras):
        if p.caption:
            continue
        h = detect.markdown(p.text, p.md_heading) or detect.speaker(p.text) or detect.numbered(p.text)
        if h and h.style.startswith("num") and p.bold_lead and len(p.bold_lead) <= 40:
            h.label = detect.clip(p.bold_lead, 40)  # **1.暫停校園開放** ：… → 1.暫停校園開放
        if h:
            skeleton[i] = h
            heading_end[i] = i + 1
    kinds = [
        "caption" if p.caption else "short" if detect.is_short_line(p.text) or (
            text and detect.bold_heading(text[p.start : p.end], p.text)
        ) else "body" if detect.is_body(p.text) else "other"
        for p in paras
    ]
    for i, p in enumerate(paras):  # 国家发展改革委副主任连维良： then what they said
        if i not in skeleton and not p.caption and i + 1 < len(paras) and kinds[i + 1] == "body" \
                and (detect.label_line(p.text) or detect.roster_label(p.text)) and not detect.salutation(p.text):
            skeleton[i] = Heading("heading", "plain", 0, detect.clip(p.text, 60), source=section_ends.roster_source(paras, i))
            heading_end[i] = i + 1
    for i, p in enumerate(paras):  # 出席委員： and the names listed under it
        if i + 1 < len(paras) and i not in skeleton and kinds[i + 1] != "body" and not p.caption \
                and detect.roster_label(p.text):
            skeleton[i] = Heading("heading", "plain", 0, detect.clip(p.text), source=section_ends.roster_source(paras, i))
            heading_end[i] = i + 1
            k = i + 1
            while k < len(paras) and kinds[k] != "body" and k not in skeleton and len(paras[k].text) <= 60 \
                    and not detect.roster_label(paras[k].text) and not (k > i + 1 and k + 1 in skeleton):
                kinds[k] = "item"  # (a short line right before a turn is the next section's heading)
                k += 1
    i = 0
    n = len(paras)
    while i < n:
        if kinds[i] != "short" or i in skeleton:
            i += 1
            continue
        j = i
        while j < n and kinds[j] == "short" and j not in skeleton:
            j += 1
        if j < n and (j in skeleton or kinds[j] == "body"):
            preceded = i == 0 or (i - 1) in skeleton or kinds[i - 1] in ("body", "caption")
            head = i if preceded and j - i <= 3 else j - 1
            subtitle = " ".join(detect.clip(paras[k].text, 40) for k in range(head + 1, j))
            skeleton[head] = Heading("heading", "plain", 0, detect.clip(paras[head].text, 60), subtitle)
            heading_end[head] = j
        i = j
    return skeleton, heading_end


_NEWS = ("news", "topic")
Group = list[tuple[int, Heading]]  # a series of headings: (paragraph, heading) pairs


def _cut_point(stack: list[tuple[Node, Heading]], h: Heading) -> int:
    """Where the stack is cut when ``h`` opens: it closes everything from there up.

    A news turn closes the previous turn (of either style); a topic point the previous
    point; a heading (but a low-ranked number such as ``1.`` inside a turn) closes news
    and transcript turns, while a titled speech keeps its sections."""
    closes_turns = h.style not in _NEWS and not news.inside_turn(h)
    for k, (_, open_h) in enumerate(stack):
        if open_h.style == "break" or open_h.source == "roster":
            return k  # a roster (出席議員：, 地方選區：) holds its names, never the turns after it
        if h.style == "news" and open_h.style in ("speaker", "news"):
            return k
        if h.style == "topic":
            if open_h.style == "topic":
                return k
            continue
        if open_h.style == "topic" and news.inside_turn(h):
            return k  # 1.…4. belong to the speaker, not to the topic before them
        if open_h.style in _NEWS or open_h.source == "transcript":
            if closes_turns:
                return k  # a heading or another turn ends a turn (a "1." item stays in it)
            if open_h.style in _NEWS:
                continue
        if h.style == "news":
            continue
        if h.style.startswith("md") and open_h.style == "plain":
            return k  # a markdown heading outranks a heading guessed from a short line
        if h.style in ("speaker", "plain"):
            if open_h.style == h.style and not (h.source == "roster" and open_h.source != "roster"):
                return k  # (a roster is listed inside the plain section it reports on)
        elif open_h.rank and open_h.rank >= h.rank:
            return k
    return len(stack)


def _node(h: Heading, first: int, heading_end: int, last: int) -> Node:
    return Node(h.kind, h.label, 0, 0, 0, heading_end, first, last, h.subtitle, speaker=h.speaker)


def _preface_label(text: str) -> str:
    return detect.clip(detect.first_sentence(text), 24) or "導語"


def _fill_relative(paras: list[Paragraph], node: Node, level: int, skip: frozenset[int]) -> None:
    own_end = node.children[0].first_para if node.children else node.last_para
    found = _relative(paras, node.heading_end, own_end, level, _RELATIVE, frozenset(), skip)
    for child in node.children:
        _fill_relative(paras, child, level + 1, skip)
    node.children[:0] = found


def _relative(paras: list[Paragraph], lo: int, hi: int, level: int, styles: tuple[str, ...],
              used: frozenset[str] = frozenset(), skip: frozenset[int] = frozenset()) -> list[Node]:
    """Relative structures inside paragraphs [lo, hi), highest priority first. A series
    nests any other series (an ordinal family not ``used`` by its ancestors included)."""
    if hi - lo < 2:
        return []
    for n, style in enumerate(styles):
        groups = [g for g in _FINDERS[style](paras, lo, hi, skip) if g[0][1].style not in used]
        if groups:
            lower = styles[n + 1 :]
            break
    else:
        return []
    nodes: list[Node] = []
    pos = lo
    for members in groups:
        nodes.extend(_relative(paras, pos, members[0][0], level, lower, used, skip))
        ends = _extents([i for i, _ in members], hi)
        inner = used | {members[0][1].style}
        for (i, h), end in zip(members, ends, strict=True):
            node = _node(h, i, i + 1, end)
            node.children = _relative(paras, i + 1, end, level + 1, styles[n:], inner, skip)
            nodes.append(node)
        pos = ends[-1]
    nodes.extend(_relative(paras, pos, hi, level, lower, used, skip))
    return nodes


def _extents(starts: list[int], hi: int) -> list[int]:
    """Each member runs to the next; the last one by the typical gap between members."""
    gaps = sorted(b - a - 1 for a, b in zip(starts, starts[1:], strict=False))
    tail = gaps[(len(gaps) - 1) // 2 + (len(gaps) % 2 == 0)] if gaps else 0
    return starts[1:] + [min(hi, starts[-1] + 1 + tail)]


def _series(candidates: list[tuple[int, Heading]], max_gap: int, minimum: int,
            same: Callable[[Heading, Heading], bool]) -> list[list[tuple[int, Heading]]]:
    groups: list[list[tuple[int, Heading]]] = []
    for i, h in candidates:
        for g in groups:
            last_i, last_h = g[-1]
            if i - last_i - 1 <= max_gap and same(last_h, h) and g is groups[-1]:
                g.append((i, h))
                break
        else:
            groups.append([(i, h)])
    return [g for g in groups if len(g) >= minimum]


def _non_overlapping(groups: list[Group]) -> list[Group]:
    groups.sort(key=lambda g: g[0][0])
    out: list[Group] = []
    for g in groups:
        if not out or g[0][0] > out[-1][-1][0]:
            out.append(g)
    return out


def _find_ordinals(paras: list[Paragraph], lo: int, hi: int, skip: frozenset[int]) -> list[Group]:
    families: dict[str, list[list[tuple[int, Heading]]]] = {}
    # the earliest series wins; a later one overlapping it is found again inside its members
    for i in range(lo, hi):
        h = None if paras[i].caption else detect.ordinal(paras[i].text)
        if not h:
            continue
        chains = families.setdefault(h.style, [])
        if h.number == 1:
            chains.append([(i, h)])
        elif chains and h.number > chains[-1][-1][1].number and (
            h.style == "ord-seq" or h.number == chains[-1][-1][1].number + 1
        ):
            chains[-1].append((i, h))
    groups = [c for cs in families.values() for c in cs if len(c) >= 2]
    return _non_overlapping(groups)


def _find_dashes(paras: list[Paragraph], lo: int, hi: int, skip: frozenset[int]) -> list[Group]:
    cands = [(i, h) for i in range(lo, hi) if not paras[i].caption and (h := detect.dash(paras[i].text))]
    return _series(cands, 3, 2, lambda a, b: True)


def _find_points(paras: list[Paragraph], lo: int, hi: int, skip: frozenset[int]) -> list[Group]:
    cands = []
    for i in range(lo, hi):
        if i in skip or paras[i].caption:
            continue  # a speaker named again is not a parallel point
        t = paras[i].text
        if len(t) >= 15 and all("\u4e00" <= c <= "\u9fff" for c in t[:3]):
            cands.append((i, Heading("point", "point", 0, t[:3])))
    groups = []
    by_key: dict[str, list[tuple[int, Heading]]] = {}
    for i, h in cands:
        by_key.setdefault(h.label, []).append((i, h))
    for members in by_key.values():
        groups.extend(_series(members, 2, 3, lambda a, b: True))
    kept = []
    for g in _non_overlapping(groups):
        texts = [paras[i].text for i, _ in g]
        prefix = os.path.commonprefix(texts)
        cut = max(prefix.rfind(c) for c in _BOUNDARY) + 1
        labels = [detect.clip(detect.first_clause(t[cut:])) for t in texts]
        if len(set(labels)) * 5 < len(labels) * 4:
            continue  # openings alike but no distinct point each: rhetoric, not a list
        for (_, h), label in zip(g, labels, strict=True):
            h.label = label
        kept.append(g)
    return kept


def _find_leads(paras: list[Paragraph], lo: int, hi: int, skip: frozenset[int]) -> list[Group]:
    cands = [
        (i, h) for i in range(lo, hi)
        if not paras[i].caption and (paras[i].bold_lead or i not in skip)
        and (h := detect.lead_phrase(paras[i].text, paras[i].bold_lead))
    ]
    return _series(cands, 0, 2, lambda a, b: True)


_FINDERS = {"ord": _find_ordinals, "dash": _find_dashes, "point": _find_points, "lead": _find_leads}


def _cover(paras: list[Paragraph], nodes: list[Node], lo: int, hi: int) -> list[Node]:
    """Top-level nodes for [lo, hi): the given ones, gaps filled with paragraph chunks."""
    out: list[Node] = []
    pos = lo
    for node in nodes:
        if node.first_para > pos:
            out.append(_chunk_node(paras, pos, node.first_para))
        out.append(node)
        pos = node.last_para
    if pos < hi:
        out.append(_chunk_node(paras, pos, hi))
    return out


def _chunk_node(paras: list[Paragraph], a: int, b: int) -> Node:
    label = detect.clip(detect.first_sentence(paras[a].text), 20)
    return Node("paragraphs", label, 0, 0, 0, a, a, b)


def _chunk(paras: list[Paragraph], node: Node) -> None:
    """Cut long stretches of a node's own text into ``paragraphs`` children."""
    out: list[Node] = []
    pos = node.heading_end
    for child in node.children:
        _chunk(paras, child)
        out.extend(_chunks_of(paras, pos, child.first_para))
        out.append(child)
        pos = child.last_para
    out.extend(_chunks_of(paras, pos, node.last_para))
    node.children = out


def _chunks_of(paras: list[Paragraph], a: int, b: int) -> list[Node]:
    if b - a < 2 or sum(len(paras[i].text) for i in range(a, b)) <= CHUNK_MIN:
        return []
    out: list[Node] = []
    start = a
    size = 0
    for i in range(a, b):
        size += len(paras[i].text)
        if size >= CHUNK_SIZE and i + 1 < b:
            out.append(_chunk_node(paras, start, i + 1))
            start, size = i + 1, 0
    out.append(_chunk_node(paras, start, b))
    return out


MAX_INLINE_LEVEL = 3  # an inline list deeper than this is not listed


def _attach_inline(paras: list[Paragraph], nodes: list[Node], items: dict[int, list[news.InlineItem]],
                   level: int) -> None:
    """Each paragraph's inline items become children of the deepest node holding it."""
    if not items:
        return
    for node in nodes:
        inside = [i for i in items if node.first_para <= i < node.last_para]
        if not inside:
            continue
        for i in inside:
            if any(c.first_para <= i < c.last_para for c in node.children) or level + 1 > MAX_INLINE_LEVEL:
                continue
            para = paras[i]
            new = []
            for it in items.pop(i):
                child = Node("item", it.label, 0, para.display_to_source(it.start),
                             para.display_to_source(max(it.end - 1, it.start)) + 1, i + 1, i, i + 1, inline=True)
                new.append(child)
            k = next((k for k, c in enumerate(node.children) if c.first_para > i or (c.first_para == i and c.inline)), len(node.children))
            node.children[k:k] = new
        _attach_inline(paras, node.children, items, level + 1)


def _finish(paras: list[Paragraph], nodes: list[Node], level: int) -> None:
    for node in nodes:
        node.level = level
        if node.inline:
            node.heading_end = node.end
            continue
        node.start = paras[node.first_para].start
        node.end = paras[node.last_para - 1].end
        node.heading_end = paras[max(node.heading_end, node.first_para + 1) - 1].end
        _finish(paras, node.children, level + 1)
