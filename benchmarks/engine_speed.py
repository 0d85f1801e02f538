"""Engine throughput: load + clean + outline + figures on 1, 10 and 50 MB documents.

    python benchmarks/engine_speed.py [DIR]     (DIR holds big_*mb.txt from make_docs.py)

Prints one JSON line per size: bytes, seconds (best of 3; 1 run for 50 MB), MB/s.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from reader.document import analyze_path


def measure(path: Path, runs: int) -> dict:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        analysis = analyze_path(str(path))
        best = min(best, time.perf_counter() - t)
    size = path.stat().st_size
    return {"file": path.name, "bytes": size, "seconds": round(best, 3),
            "mb_per_s": round(size / 1e6 / best, 2), "nodes": sum(1 for _ in analysis.walk()),
            "figures": len(analysis.figures)}


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/speech-reader-bench")
    for mb, runs in ((1, 3), (10, 3), (50, 1)):
        path = folder / f"big_{mb}mb.txt"
        if path.exists():
            print(json.dumps(measure(path, runs)), flush=True)


if __name__ == "__main__":
    main()
