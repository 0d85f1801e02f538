"""Measure every performance target of issue 5 side by side with the bare app; print a table.

    python benchmarks/measure.py [--runs 5] [--dir /tmp/speech-reader-bench]

Uses ../shared/tools/ttfp.py (time to first paint, key latency in a pseudo-terminal).
Ratios are ours / bare measured in the same run; each row says ✔ or ✗.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TTFP = ROOT.parent / "shared" / "tools" / "ttfp.py"
PY = sys.executable
READER = [PY, "-m", "reader"]
BARE = [PY, str(ROOT / "benchmarks" / "bare_app.py")]


def ttfp(cmd, expect, runs, keys=None, paced=False, interval=None) -> dict:
    args = [PY, str(TTFP), "--runs", str(runs), "--expect", expect]
    if keys:
        args += ["--keys", keys]
    if paced:
        args.append("--paced")
    if interval is not None:
        args += ["--interval-ms", str(interval)]
    env = {**os.environ, "SPEECH_READER_STATE_DIR": "/tmp/speech-reader-bench-state"}
    out = subprocess.run(args + ["--", *cmd], capture_output=True, text=True, env=env, timeout=1800).stdout
    runs_out = [json.loads(line) for line in out.splitlines() if line.startswith('{"label"')]
    summary = next(json.loads(line)["summary"] for line in out.splitlines() if line.startswith('{"summary"'))
    summary["sha1"] = sorted({r.get("screen_sha1") for r in runs_out if not r.get("warmup")})
    return summary


def med(s: dict, key: str) -> float:
    v = s.get(key) or {}
    return v.get("median") if isinstance(v, dict) else v


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", default="/tmp/speech-reader-bench")
    args = ap.parse_args()
    d = Path(args.dir)
    seed = ROOT / "reader" / "samples" / "seed.txt"
    big = d / "big_10mb.txt"
    flat = d / "unstructured_2mb.txt"
    n = args.runs
    rows = []

    def row(what, target, ours, bare, ok):
        rows.append((what, target, ours, bare, "" if target.startswith("(") else "✔" if ok else "✗"))

    s_ours = ttfp(READER + [str(seed)], "上半年回顧", n)
    s_bare = ttfp(BARE + [str(seed)], "山東省", n)
    r = med(s_ours, "ttfp_s") / med(s_bare, "ttfp_s")
    row("first paint, seed", "≤ 1.2× bare", f"{med(s_ours, 'ttfp_s'):.3f} s ({r:.2f}×)",
        f"{med(s_bare, 'ttfp_s'):.3f} s", r <= 1.2)

    b_ours = ttfp(READER + [str(big)], "高举", n)
    b_bare = ttfp(BARE + [str(big)], "高举", n)
    r = med(b_ours, "ttfp_s") / med(b_bare, "ttfp_s")
    row("first paint, 10 MB", "≤ 1.5× bare", f"{med(b_ours, 'ttfp_s'):.3f} s ({r:.2f}×)",
        f"{med(b_bare, 'ttfp_s'):.3f} s", r <= 1.5)
    full = med(b_ours, "settle_s") - med(b_ours, "ttfp_s")
    row("whole outline after first paint, 10 MB", "≤ 1.5 s", f"{full:.2f} s", "", full <= 1.5)
    rss_o, rss_b = med(b_ours, "peak_rss_kb") / 1024, med(b_bare, "peak_rss_kb") / 1024
    limit = rss_b + 8 * big.stat().st_size / 2**20
    row("peak RSS, 10 MB", "≤ bare + 8× file", f"{rss_o:.0f} MB", f"{rss_b:.0f} MB (limit {limit:.0f})", rss_o <= limit)

    for what, keys_ours, keys_bare in (
        ("key latency, text scroll, 10 MB", "j*100", "j*100"),
        ("key latency, outline cursor down, 10 MB", "tab,down*100", "j*100"),
    ):
        o = ttfp(READER + [str(big)], "高举", max(1, n // 2), keys_ours, paced=True)
        b = ttfp(BARE + [str(big)], "高举", max(1, n // 2), keys_bare, paced=True)
        rm = med(o, "key_ms_median") / med(b, "key_ms_median")
        rx = med(o, "key_ms_max") / med(b, "key_ms_max")
        row(what, "≤ 1.2× bare (median, max)",
            f"{med(o, 'key_ms_median'):.1f} / {med(o, 'key_ms_max'):.1f} ms ({rm:.2f}×, {rx:.2f}×)",
            f"{med(b, 'key_ms_median'):.1f} / {med(b, 'key_ms_max'):.1f} ms", rm <= 1.2 and rx <= 1.2)
        if "outline" in what:
            bare_key = med(b, "key_ms_median")

    o = ttfp(READER + [str(big)], "高举", max(1, n // 2), "t*10", paced=True)
    b = ttfp(BARE + [str(big)], "高举", max(1, n // 2), "t*10", paced=True)
    r = med(o, "key_ms_median") / bare_key
    row("script toggle, 10 MB", "≤ 2× bare key", f"{med(o, 'key_ms_median'):.1f} ms ({r:.2f}×)",
        f"{bare_key:.1f} ms (swap {med(b, 'key_ms_median'):.1f})", r <= 2)

    first = ttfp(READER + [str(big)], "高举", n, "t", paced=True)
    row("first script toggle, 10 MB (opens the OpenCC dictionary)", "(not a target)",
        f"{med(first, 'key_ms_median'):.1f} ms", "", True)

    small = ttfp(READER + [str(big)], "高举", max(1, n // 2), "pagedown*30", paced=True)
    flat_r = ttfp(READER + [str(flat)], "無結構", max(1, n // 2), "pagedown*30", paced=True)
    r = med(flat_r, "key_ms_median") / med(small, "key_ms_median")
    row("page down in a 2 MB unstructured section", "as fast as a small one",
        f"{med(flat_r, 'key_ms_median'):.1f} ms", f"{med(small, 'key_ms_median'):.1f} ms (sectioned)", r <= 1.2)

    # --fresh: each run starts at the top (a remembered position would carry one run's
    # pagedowns into the next, and the runs would end on different screens)
    paced = ttfp(READER + ["--fresh", str(big)], "高举", 1, "pagedown*30", paced=True)
    held = ttfp(READER + ["--fresh", str(big)], "高举", 5, "pagedown*30", interval=33)
    landed = sum(1 for h in held["sha1"] if h in paced["sha1"]) == len(held["sha1"]) == 1
    row("30 pagedowns 33 ms apart land exactly", "5 of 5 runs", "5 of 5" if landed else f"screens {held['sha1']}",
        f"paced {paced['sha1']}", landed)

    print("| what | target | speech-reader | bare Textual app | |")
    print("| --- | --- | --- | --- | --- |")
    for what, target, ours, bare, mark in rows:
        print(f"| {what} | {target} | {ours} | {bare} | {mark} |")


if __name__ == "__main__":
    main()
