"""What the reader shows, independent of widgets: nodes in reading order, the section of
each paragraph, highlight spans (figures, speakers, headings, quoted terms), script
conversion per paragraph and script-insensitive search. Pure Python, no Textual.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..document.model import Analysis, Node, Paragraph
from ..document.reporting import sentences
from ..document.safe import visible
from ..document.script import convert, normalise

_QUOTED = re.compile(r"“[^”\n]{1,12}”|「[^」\n]{1,12}」|『[^』\n]{1,12}』|‘[^’\n]{1,12}’")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    style: str  # a style name: fig-<kind>, speaker, heading, lead, quote, match, current …


@dataclass(frozen=True, slots=True)
class Match:
    para: int
    start: int
    end: int


def same_length(text: str, script: str) -> str:
    """``text`` converted to ``script``, keeping every character at its index."""
    out = convert(text, script)
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := convert(c, script)) == 1 else c for c in text)


class ReaderModel:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.paragraphs = analysis.paragraphs or _title_paragraph(analysis)
        self.nodes: list[Node] = list(analysis.walk())
        self.index = {id(n): k for k, n in enumerate(self.nodes)}
        self.parent: list[int] = [-1] * len(self.nodes)
        for k, n in enumerate(self.nodes):
            for c in n.children:
                self.parent[self.index[id(c)]] = k
        self.depth: list[int] = [0] * len(self.nodes)
        for k, p in enumerate(self.parent):  # preorder: a parent comes before its children
            if p >= 0:
                self.depth[k] = self.depth[p] + 1
        self.subtree_end = self._subtree_ends()
        self.node_starts = [n.first_para for n in self.nodes]
        self._para_node = self._deepest_nodes()
        self._fig_starts = [f.start for f in analysis.figures]
        self._para_starts = [p.start for p in self.paragraphs]
        self._norm: list[str] | None = None
        self.script = "original"

    # -- structure -------------------------------------------------------------------
    def _deepest_nodes(self) -> list[int]:
        owner = [0 if self.nodes else -1] * len(self.paragraphs)
        for k, n in enumerate(self.nodes):  # preorder: deeper nodes overwrite parents
            for i in range(n.first_para, n.last_para):
                owner[i] = k
        return owner

    def _subtree_ends(self) -> list[int]:
        """For each node, the index just after its last descendant (nodes are in preorder)."""
        n = len(self.nodes)
        end = [n] * n
        open_: list[int] = []
        for k in range(n):
            while open_ and self.depth[open_[-1]] >= self.depth[k]:
                end[open_.pop()] = k
            open_.append(k)
        return end

    def has_next_sibling(self, k: int) -> bool:
        e = self.subtree_end[k]
        return e < len(self.nodes) and self.parent[e] == self.parent[k]

    def node_at(self, para: int) -> int:
        if not self._para_node:
            return -1
        return self._para_node[min(max(para, 0), len(self._para_node) - 1)]

    def ancestors(self, k: int) -> list[int]:
        out = []
        while k >= 0:
            out.append(k)
            k = self.parent[k]
        return out[::-1]

    def visible_rows(self, opened: set[int], only: frozenset[int] | None = None) -> list[int]:
        """The nodes an outline shows, in order: a node's children only when it is open;
        with ``only``, nothing outside that set (nor what is under it)."""
        end, n = self.subtree_end, len(self.nodes)
        rows: list[int] = []
        k = 0
        while k < n:
            if only is not None and k not in only:
                k = end[k]  # another speaker's section: left out with what is under it
                continue
            rows.append(k)
            k = k + 1 if k in opened else end[k]
        return rows

    def guides(self, k: int) -> str:
        """The tree lines drawn before a node's label (│ ├ └ by level)."""
        if self.depth[k] == 0:
            return ""
        chain = self.ancestors(k)[1:-1]  # levels 1 … depth-1, then the node itself
        out = ["│ " if self.has_next_sibling(a) else "  " for a in chain]
        out.append("├ " if self.has_next_sibling(k) else "└ ")
        return "".join(out)

    def sections_of(self, turns: Iterable[int]) -> frozenset[int]:
        """These nodes, what is under them and what is above them (for the tree's shape)."""
        keep: set[int] = set()
        for k in turns:
            keep.update(self.ancestors(k))
            keep.update(range(k, self.subtree_end[k]))
        return frozenset(keep)

    def next_node(self, para: int, among: frozenset[int] | None = None) -> int | None:
        """The first node that starts after ``para`` (one of ``among``, when given)."""
        k = bisect_right(self.node_starts, para)
        while k < len(self.nodes) and (self.node_starts[k] <= para or (among is not None and k not in among)):
            k += 1
        return k if k < len(self.nodes) else None

    def prev_node(self, para: int, among: frozenset[int] | None = None) -> int | None:
        """The last node that starts before ``para`` (one of ``among``, when given)."""
        k = bisect_left(self.node_starts, para) - 1
        while k >= 0 and among is not None and k not in among:
            k -= 1
        return k if k >= 0 else None

    # -- text ------------------------------------------------------------------------
    def raw_text(self, para: int) -> str:
        return self.paragraphs[para].text

    def para_text(self, para: int) -> str:
        return _display(self.paragraphs[para].text, self.script)

    def label(self, node: Node) -> str:
        return visible(convert(node.label, self.script))

    def title(self) -> str:
        return visible(convert(self.analysis.document.title, self.script))

    # -- highlights ------------------------------------------------------------------
    def figures_in(self, para: int) -> list[tuple[int, int, str, int]]:
        """(start, end, kind, figure index) of the figures of a paragraph, display coords."""
        p = self.paragraphs[para]
        a = bisect_left(self._fig_starts, p.start)
        b = bisect_left(self._fig_starts, p.end)
        out = []
        for k in range(a, b):
            f = self.analysis.figures[k]
            s, e = p.source_to_display(f.start), p.source_to_display(f.end)
            if e > s:
                out.append((s, e, f.kind, k))
        return out

    def figure_spans(self, para: int) -> list[tuple[int, int]]:
        """(start, end) of a paragraph's figures in display coordinates, in order."""
        return [(s, e) for s, e, _, _ in self.figures_in(para)]

    def figure_after(self, offset: int) -> int:
        """Index of the first figure at or after a source offset (no per-key list)."""
        return bisect_left(self._fig_starts, offset)

    def para_at_offset(self, offset: int) -> int:
        """The paragraph that holds (or follows) a source offset."""
        return max(bisect_right(self._para_starts, offset) - 1, 0)

    def figure_para(self, k: int) -> int:
        """The paragraph that holds figure ``k``."""
        return max(bisect_right(self._para_starts, self.analysis.figures[k].start) - 1, 0)

    def spans(self, para: int) -> list[Span]:
        """Static highlights of a paragraph: headings, speakers, quoted terms, figures."""
        text = self.paragraphs[para].text
        out: list[Span] = []
        k = self._para_node[para] if self._para_node else -1
        if k >= 0:
            for j in self.ancestors(k):
                node = self.nodes[j]
                if node.first_para == para and node.kind not in ("preface", "paragraphs"):
                    out.extend(_heading_span(node, text))
        out.extend(Span(m.start(), m.end(), "quote") for m in _QUOTED.finditer(text))
        out.extend(Span(s, e, f"fig-{kind}") for s, e, kind, _ in self.figures_in(para))
        return out

    # -- search ----------------------------------------------------------------------
    def normalised(self) -> list[str]:
        if self._norm is None:
            self._norm = [_norm_same_length(p.text) for p in self.paragraphs]
        return self._norm

    def search(self, query: str, limit: int = 100_000) -> list[Match]:
        q = _norm_same_length(query.strip())
        if not q:
            return []
        out: list[Match] = []
        for i, t in enumerate(self.normalised()):
            pos = t.find(q)
            while pos >= 0:
                out.append(Match(i, pos, pos + len(q)))
                if len(out) >= limit:
                    return out
                pos = t.find(q, pos + len(q))
        return out


def _title_paragraph(analysis: Analysis) -> list[Paragraph]:
    """A document of one line has no reading text (the line is its title): that line is then
    the one paragraph the reader shows, marks and searches."""
    doc = analysis.document
    start, end = doc.title_range or (0, len(doc.text))
    line = doc.text[start:end]
    first = len(line) - len(line.lstrip())
    line = line.strip()
    if not line:
        return []
    return [Paragraph(start + first, start + first + len(line), [(0, start + first, start + first + len(line))], line)]


def _heading_span(node: Node, text: str) -> list[Span]:
    style = {"speaker": "speaker", "heading": "heading"}.get(node.kind, "lead")
    label = node.label.rstrip("…")
    if node.kind == "speaker":
        return _speaker_spans(label, text, style)
    pos = text.find(label[:8]) if label else -1
    if pos < 0 or pos > 12:
        return []
    end = pos + len(label)
    while end < len(text) and text[end] in "。.：:，,；;！!？?" and end - pos < len(label) + 1:
        end += 1
    return [Span(0, min(end, len(text)), style)]


def _speaker_spans(label: str, text: str, style: str) -> list[Span]:
    """The speaker's name and reporting verb where the paragraph writes them: the longest
    start of the label found near the paragraph's start is the name, the rest the verb
    (海通指 over 海通公布…，指…: 海通 and 指, never a cut word such as 海通公)."""
    spans = sentences(text, 2)  # an attribution stands in the first sentence or the second
    window = max(80, spans[-1][1] if spans else 0)
    for n in range(len(label), 1, -1):
        start = text.find(label[:n], 0, window + n)
        if start >= 0:
            break
    else:
        return []
    end = start + n
    out = [Span(start, end, style)]
    verb = label[n:]
    if verb:
        at = text.find(verb, end, end + window + len(verb))
        if at >= 0:
            out.append(Span(at, at + len(verb), style))
    return out


@lru_cache(maxsize=4096)
def _display(text: str, script: str) -> str:
    return visible(same_length(text, script) if script != "original" else text)


def _norm_same_length(text: str) -> str:
    out = normalise(text) if len(text) < 4096 else convert(text, "simplified")
    if len(out) == len(text):
        return out.lower()
    return "".join(c2 if len(c2 := normalise(c)) == 1 else c for c in text).lower()
