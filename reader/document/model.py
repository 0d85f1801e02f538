"""The document model: plain dataclasses shared by every stage of the engine.

Offsets everywhere are code-point indices into ``Document.text`` (the decoded text with
newlines normalised to ``\\n``), so ``text[start:end]`` is always the thing described.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

# The marker of each kind of outline node, shared by the CLI tree and the reader.
KIND_MARKS = {"preface": "◇", "speaker": "人", "heading": "§", "point": "•", "item": "·", "paragraphs": "¶"}


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of noise taken out of the reading text, with the reason why."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Paragraph:
    """One paragraph of reading text.

    ``pieces`` are ``(display_pos, src_start, src_end)``: the spans of the original text that
    make up the paragraph (hard-wrapped lines, text between hidden markup) and where each
    begins in ``text``, their readable join. ``start``/``end`` span the whole paragraph in
    the original text, markup included.
    """

    start: int
    end: int
    pieces: list[tuple[int, int, int]]
    text: str
    md_heading: int = 0  # markdown heading level (1-6), 0 when none
    bold_lead: str = ""  # text of a leading **bold** phrase, if any
    caption: bool = False  # a photo caption: reading text, never a heading or a turn

    def display_to_source(self, index: int) -> int:
        """Map an index in ``text`` to an offset in the original text."""
        k = bisect_right(self.pieces, (index, 1 << 62)) - 1
        disp, a, b = self.pieces[max(k, 0)]
        return a + min(max(index - disp, 0), b - a)

    def source_to_display(self, offset: int) -> int:
        """Map an offset of the original text into ``text`` (clamped to the pieces)."""
        for disp, a, b in self.pieces:
            if offset < b:
                return disp + max(offset - a, 0)
        disp, a, b = self.pieces[-1]
        return disp + (b - a)


@dataclass(slots=True)
class Figure:
    """A figure found in the text: a number with what it counts."""

    text: str
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Node:
    """One entry of the outline: a section of the text with its heading."""

    kind: str  # preface | speaker | heading | point | item | paragraphs
    label: str
    level: int
    start: int
    end: int
    heading_end: int  # end of the heading paragraph(s), subtitles included
    first_para: int  # index of the node's first paragraph
    last_para: int  # index after the node's last paragraph
    subtitle: str = ""
    children: list[Node] = field(default_factory=list)
    figures: int = 0
    speaker: str = ""  # for a speaker turn: the speaker's name as first written
    inline: bool = False  # an item inside one paragraph: start/end set by the builder

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class Document:
    """Decoded text plus what cleaning found: title, metadata and removed noise."""

    text: str
    name: str = ""
    encoding: str = "utf-8"
    title: str = ""
    title_range: tuple[int, int] | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Everything the engine knows about one document."""

    document: Document
    paragraphs: list[Paragraph]
    nodes: list[Node]
    figures: list[Figure]
    script: str  # detected script of the original: simplified | traditional

    @property
    def text(self) -> str:
        return self.document.text

    def walk(self) -> Iterator[Node]:
        for node in self.nodes:
            yield from node.walk()
