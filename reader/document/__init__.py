"""The pure engine: load → clean → outline → figures → script. Never imports Textual.

The analysis functions are imported on first use (PEP 562): importing the engine compiles
its patterns (~55 ms), which the reader's start-up does in a child process instead
(``reader/analysis_child.py``) while the parent imports Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .load import LoadError
from .model import Analysis, Document, Figure, Node, Paragraph, Removed

if TYPE_CHECKING:
    from .analyze import analyze_bytes, analyze_path, analyze_text

__all__ = [
    "Analysis",
    "Document",
    "Figure",
    "LoadError",
    "Node",
    "Paragraph",
    "Removed",
    "analyze_bytes",
    "analyze_path",
    "analyze_text",
]

_LAZY = {"analyze_bytes", "analyze_path", "analyze_text"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from . import analyze

        return getattr(analyze, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
