"""The engine's one entry point: bytes or text in, an ``Analysis`` out.

load → clean → paragraphs → outline → figures → script detection. Pure Python, no
Textual: the CLI, the TUI, tests and benchmarks all call ``analyze``.
"""

from __future__ import annotations

from bisect import bisect_left

from .clean import NESTED_NOISE, Cleaning, clean, split_lines
from .figures import figures_in
from .load import decode_document, read_source
from .model import Analysis, Document, Paragraph
from .outline import build_outline
from .paragraphs import build_paragraphs
from .script import detect


def analyze_text(text: str, name: str = "", encoding: str = "utf-8") -> Analysis:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = split_lines(text)
    found = clean(text, lines)
    doc = Document(
        text=text,
        name=name,
        encoding=encoding,
        title=found.title,
        title_range=found.title_range,
        metadata=found.metadata,
        removed=found.removed,
    )
    skip = set(found.noise_lines)
    if found.title_line >= 0:
        skip.add(found.title_line)
    transparent = {
        i for i in found.noise_lines if _reason_of(found, i) in ("page header", "page number")
    }
    paras = build_paragraphs(text, lines, skip, transparent, frozenset(found.caption_lines))
    nodes = build_outline(paras, _breaks(paras, found), text, found.title)
    figures = figures_in(text, _reading_spans(doc, paras))
    starts = [f.start for f in figures]
    for node in (n for top in nodes for n in top.walk()):
        node.figures = bisect_left(starts, node.end) - bisect_left(starts, node.start)
    return Analysis(doc, paras, nodes, figures, detect(text))


def analyze_bytes(data: bytes, name: str = "input") -> Analysis:
    decoded = decode_document(data, name)
    return analyze_text(decoded.text, name, decoded.encoding)


def analyze_path(path: str) -> Analysis:
    name = "standard input" if path == "-" else path
    return analyze_bytes(read_source(path), name)


def _breaks(paras: list[Paragraph], found: Cleaning) -> frozenset[int]:
    """Paragraphs preceded by noise that is not page furniture (a repeat of the title, a
    separator, a footer): the noise ends the section, so sections never straddle it."""
    marks = sorted(r.start for r in found.removed if r.reason not in NESTED_NOISE)
    out: set[int] = set()
    k = 0
    for i in range(1, len(paras)):
        while k < len(marks) and marks[k] < paras[i - 1].end:
            k += 1
        if k < len(marks) and marks[k] < paras[i].start:
            out.add(i)
    return frozenset(out)


def _reading_spans(doc: Document, paras: list[Paragraph]) -> list[tuple[int, int]]:
    """Where figures are looked for: the title and every paragraph's pieces of text."""
    spans = [doc.title_range] if doc.title_range else []
    spans += [(a, b) for p in paras for _, a, b in p.pieces]
    return sorted(spans)


def _reason_of(found: Cleaning, line: int) -> str:
    return found.line_reasons.get(line, "")
