"""Exporting the section being read (``E``) as text or Markdown.

Owns: the section export's content and its default file name. The dialogue, the question
before overwriting and the atomic write are the outline export's (``ExportScreen``), so
both exports are exactly as safe. A path ending in ``.md`` or ``.markdown`` gets Markdown
(the section's label as a ``#`` title, its sub-headings as deeper headings, paragraphs
separated by blank lines, Markdown characters at a line's start escaped); any other path
gets the text ``speech-reader convert FILE --section N`` prints. Both in the reader's script.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..document.export import section_text
from ..document.model import Analysis, Node
from ..document.script import convert
from .export_screen import ExportScreen, default_export_path
from .strings import t

if TYPE_CHECKING:
    from .reading_screen import ReadingScreen

MARKDOWN = (".md", ".markdown")
_MD_START = re.compile(r"^(\s*|\s*\d+)([#>*+\-=|`~]|(?<=\d)[.)])")


def section_markdown(analysis: Analysis, node: Node, script: str = "original") -> str:
    """One section as Markdown: its label as the title, its sub-headings as headings."""
    out = [f"# {_escape(convert(node.label, script))}", ""]
    if node.inline:
        return "\n".join(out) + section_text(analysis, node, script)
    headings: dict[int, int] = {}  # paragraph → heading level, for heading nodes inside
    for sub in node.walk():
        if sub.kind == "heading" and sub is not node:
            for para in range(sub.first_para, sub.last_para):
                if analysis.paragraphs[para].end > sub.heading_end:
                    break
                headings.setdefault(para, min(sub.level - node.level + 1, 6))
    for para in range(node.first_para, node.last_para):
        p = analysis.paragraphs[para]
        if node.kind == "heading" and p.end <= node.heading_end:
            continue  # the section's own heading is the title
        text = _escape(convert(p.text, script))
        out += [f"{'#' * headings[para]} {text}" if para in headings else text, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _escape(text: str) -> str:
    return "\n".join(_MD_START.sub(r"\1\\\2", line) for line in text.split("\n"))


class SectionExportScreen(ExportScreen):
    """Asks where to write the section (``NAME.section-N.txt`` beside the document)."""

    what = "export.section"

    def __init__(self, analysis: Analysis, script: str, node: Node, number: int, label: str) -> None:
        outline = default_export_path(analysis)  # NAME.outline.md, or outline.md here
        stem = outline.name.removesuffix("outline.md")
        default = outline.with_name(f"{stem}section-{number}.txt")
        super().__init__(analysis, script, default=default,
                         question=t("export.section-question", number=number, label=label))
        self.node = node

    def content(self, target: Path) -> str:
        if target.suffix.lower() in MARKDOWN:
            return section_markdown(self.analysis, self.node, self.script)
        return section_text(self.analysis, self.node, self.script)


def export_section(screen: ReadingScreen) -> None:
    """``E``: ask where to export the section being read, then tell what happened."""
    model = screen.model
    if not model.nodes:
        screen.notify(t("export.no-sections"), timeout=3)
        return
    node = model.nodes[screen.current_node]
    dialogue = SectionExportScreen(screen.analysis, model.script, node, screen.current_node + 1,
                                   model.label(node))

    def told(message: str | None) -> None:
        if message:
            screen.notify(message, timeout=4)

    screen.app.push_screen(dialogue, told)
