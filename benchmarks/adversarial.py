"""Engine throughput on hostile inputs: the worst shapes of text we know how to build.

    python benchmarks/adversarial.py [--sizes 1,4,16]

Each class is one pattern repeated to the size (MB of UTF-8); prints one JSON line per
class and size with seconds (best of 2) and MB/s. The target is >= 1 MB/s for every class
and linear growth (the MB/s of 16 MB close to that of 1 MB).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from reader.document import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hostile_docs import CLASSES  # noqa: E402  (the test suite's hostile inputs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    for name, make in CLASSES.items():
        if args.only and args.only != name:
            continue
        for mb in (float(s) for s in args.sizes.split(",")):
            text = make(int(mb * 1_000_000))
            size = len(text.encode("utf-8"))
            best = float("inf")
            for _ in range(2):
                t = time.perf_counter()
                analyze_text(text)
                best = min(best, time.perf_counter() - t)
            print(json.dumps({"class": name, "mb": round(size / 1e6, 2), "seconds": round(best, 3),
                              "mb_per_s": round(size / 1e6 / best, 2)}), flush=True)


if __name__ == "__main__":
    main()
