"""Generate large test documents by concatenating the corpus (and the seed) many times.

    python benchmarks/make_docs.py OUT_DIR [--sizes 1,10,50]

Writes big_1mb.txt, big_10mb.txt, big_50mb.txt (sizes in MB of UTF-8) and one
unstructured_2mb.txt (a 2 MB section with no headings at all).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[str]:
    corpus = ROOT.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    files += sorted((ROOT / "sample_docs").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def build(target_bytes: int) -> str:
    docs = sources()
    parts: list[str] = []
    size = 0
    k = 0
    while size < target_bytes:
        doc = docs[k % len(docs)]
        parts.append(doc)
        size += len(doc.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts)


def unstructured(target_bytes: int) -> str:
    body = "".join(d.replace("\n", "") for d in sources())
    body = "".join(c for c in body if c not in "一二三四五六七八九十（）()#*—")
    paras = []
    size = 0
    i = 0
    while size < target_bytes:
        chunk = body[i % len(body): i % len(body) + 300] or body[:300]
        paras.append(chunk)
        size += len(chunk.encode("utf-8")) + 2
        i += 300
    return "無結構長文\n\n" + "\n\n".join(paras)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--sizes", default="1,10,50")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for mb in (int(s) for s in args.sizes.split(",")):
        path = args.out / f"big_{mb}mb.txt"
        path.write_text(build(mb * 1_000_000), encoding="utf-8")
        print(path)
    path = args.out / "unstructured_2mb.txt"
    path.write_text(unstructured(2_000_000), encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()
