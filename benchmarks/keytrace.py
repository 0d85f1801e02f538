"""Per key: when each chunk of screen output arrived after the key was sent.

    python benchmarks/keytrace.py 'tab,down*100' -- python -m reader FILE

Spawns the command in a pseudo-terminal (120x40), waits until it is quiet, then sends the
keys one at a time, each left to settle (250 ms without output). Prints the slowest keys
with (ms after the key, bytes) of every chunk, and the median / max of key → last chunk.
A key whose output comes in two bursts tens of milliseconds apart has a second frame: a
layout pass, a restyle or a garbage collection after the first. That is how the idle
collector and the same-frame scrollbar update of the reader were found. Uses a fresh
state directory so a remembered position does not change what the keys do.
"""

from __future__ import annotations

import os
import select
import statistics
import sys
import tempfile
import time

import ptyprocess

KEYS = {"down": "\x1b[B", "up": "\x1b[A", "tab": "\t", "pagedown": "\x1b[6~", "pageup": "\x1b[5~"}


def drain(fd: int, quiet: float) -> list[tuple[float, int]]:
    out = []
    while select.select([fd], [], [], quiet)[0]:
        try:
            data = os.read(fd, 1 << 20)
        except OSError:
            break
        out.append((time.perf_counter(), len(data)))
    return out


def main() -> None:
    spec, cmd = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    state = tempfile.mkdtemp(prefix="keytrace-state-")
    env = dict(os.environ, TERM="xterm-256color", SPEECH_READER_STATE_DIR=state)
    proc = ptyprocess.PtyProcess.spawn(cmd, env=env, dimensions=(40, 120))
    drain(proc.fd, 3.0)
    traces = []
    for token in spec.split(","):
        name, _, count = token.partition("*")
        for i in range(int(count or 1)):
            sent = time.perf_counter()
            os.write(proc.fd, KEYS.get(name, name).encode())
            chunks = [(round((t - sent) * 1000, 1), n) for t, n in drain(proc.fd, 0.25)]
            if chunks:
                traces.append((chunks[-1][0], f"{name}#{i}", chunks))
    proc.terminate(force=True)
    for last, key, chunks in sorted(traces)[-8:]:
        print(f"{last:7.1f} ms  {key:12} {chunks}")
    lasts = [t[0] for t in traces]
    print(f"keys with output: {len(lasts)}; key → last chunk: median {statistics.median(lasts):.1f} ms,"
          f" max {max(lasts):.1f} ms")


if __name__ == "__main__":
    main()
