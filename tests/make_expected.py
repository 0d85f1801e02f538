"""Regenerate tests/expected/*.tree from the corpus (review the diff before committing)."""

from pathlib import Path

from conftest import CORPUS
from test_corpus import DOCS, render

from reader.document import analyze_path

for doc in DOCS:
    path = sorted(CORPUS.glob(f"{doc}*.txt"))[0]
    a = analyze_path(str(path))
    out = Path(__file__).parent / "expected" / f"{doc}.tree"
    out.write_text("\n".join([a.document.title, *render(a.nodes)]) + "\n", encoding="utf-8")
    print(out)
