"""Large test documents built only from what the project ships (no ``../shared``).

The sources are the government reports and the speech in ``sample_docs/`` and the seed
inside the package; a document of any size is those texts repeated, blank-line separated,
so tests of large files run the same on a bare clone as in CI.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@cache
def _sources() -> tuple[str, ...]:
    files = sorted((ROOT / "sample_docs").glob("*.txt"))
    files.append(ROOT / "reader" / "samples" / "seed.txt")
    return tuple(f.read_text(encoding="utf-8") for f in files)


def build(target_bytes: int) -> str:
    """The shipped documents repeated until at least ``target_bytes`` of UTF-8."""
    docs = _sources()
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        doc = docs[len(parts) % len(docs)]
        parts.append(doc)
        size += len(doc.encode("utf-8")) + 2
    return "\n\n".join(parts)
