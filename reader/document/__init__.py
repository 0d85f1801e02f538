"""The pure engine: load → clean → outline → figures → script. Never imports Textual."""

from .analyze import analyze_bytes, analyze_path, analyze_text
from .load import LoadError
from .model import Analysis, Document, Figure, Node, Paragraph, Removed

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
