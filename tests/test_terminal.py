"""The reader in a real pseudo-terminal (issue 12 items 7, 9, 14): signals end it with the
state saved and the terminal restored; ctrl+z suspends it and ``fg`` redraws the whole
screen; ``speech-reader FILE < /dev/null`` reads its keys from the terminal."""

from __future__ import annotations

import json
import signal
import sys
import time

import pytest
from pty_helpers import ROOT, Term, reader_argv

SEED = str(ROOT / "reader" / "samples" / "seed.txt")
RESTORED = (b"\x1b[?1049l", b"\x1b[?1000l", b"\x1b[?25h")  # main screen, no mouse, cursor


@pytest.fixture
def term_env(tmp_path):
    return {"SPEECH_READER_STATE_DIR": str(tmp_path / "state"),
            "SPEECH_READER_CONFIG_DIR": str(tmp_path / "config")}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_saves_the_position_and_restores_the_terminal(tmp_path, term_env, sig):
    term = Term(reader_argv(SEED), env=term_env)
    try:
        assert term.wait_for("上半年回顧"), term.text()
        term.send("]]]")
        assert term.wait_for("§ 4/"), term.text()
        term.kill(sig)
        assert term.wait_exit(10) == 128 + sig
        tail = bytes(term.raw[-400:])
        assert all(seq in tail for seq in RESTORED), tail
    finally:
        term.close()
    saved = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "state" / "documents").glob("*.json")]
    assert len(saved) == 1 and saved[0]["position"]["paragraph"] > 0


def test_ctrl_z_suspends_and_fg_redraws_the_whole_screen(term_env):
    term = Term(reader_argv(SEED), env=term_env)
    try:
        assert term.wait_for("上半年回顧"), term.text()
        term.send("\x1a")  # ctrl+z
        deadline = time.monotonic() + 10
        while term.state() != "T" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert term.state() == "T", "ctrl+z did not suspend the reader"
        assert b"\x1b[?1049l" in bytes(term.raw)  # the terminal was given back
        term.kill(signal.SIGCONT)  # what the shell's fg does
        # the alternate screen comes back blank: everything is drawn again without a key
        for fragment in ("上半年回顧", "8月20日至21日", "§ 1/", "Quit"):
            assert term.wait_for(fragment, 10), (fragment, term.text())
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()


def test_document_from_a_file_with_dev_null_on_stdin_reads_keys_from_the_terminal(term_env):
    argv = ["sh", "-c", 'exec "$@" < /dev/null', "sh", *reader_argv(SEED)]
    term = Term(argv, env=term_env)
    try:
        assert term.wait_for("上半年回顧"), term.text()
        term.send("]]")
        assert term.wait_for("§ 3/"), term.text()
        before = term.cpu_seconds()
        time.sleep(2.0)
        assert term.cpu_seconds() - before < 0.6, "spinning while idle"
        term.send("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()


SLOW_WHOLE = """
import sys, time
import reader.document as document
real = document.analyze_text
def slow(text, *args, **kwargs):  # the whole of a large document: held for 60 s
    if len(text) > 60_000:
        time.sleep(60)
    return real(text, *args, **kwargs)
document.analyze_text = slow
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_quitting_a_large_file_before_its_whole_arrives_is_immediate(tmp_path, term_env):
    from big_docs import build

    path = tmp_path / "big.txt"
    path.write_text(build(2_000_000), encoding="utf-8")
    term = Term([sys.executable, "-c", SLOW_WHOLE, str(path)], env=term_env)
    try:
        assert term.wait_for("⧗ the beginning only"), term.text()
        term.send("]]")
        assert term.wait_for("§ 3/"), term.text()
        started = time.monotonic()
        term.send("q")
        assert term.wait_exit(20) == 0
        assert time.monotonic() - started < 5  # Textual's thread worker held the exit for 60 s
    finally:
        term.close()
    saved = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "state" / "documents").glob("*.json")]
    assert len(saved) == 1 and saved[0]["position"]["paragraph"] > 0


def test_the_terminal_going_away_saves_the_position(tmp_path, term_env):
    """A real hangup (the terminal's master side closed), not a signal sent by hand."""
    import os
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: the reader on the pty
        os.environ.update(term_env, TERM="xterm-256color")
        os.execv(sys.executable, [sys.executable, "-m", "reader", SEED])
    seen, sent = b"", False
    deadline = time.monotonic() + 30
    try:
        while "§ 4/".encode() not in seen and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.1)[0]:
                seen += os.read(fd, 65536)
            if "上半年回顧".encode() in seen and not sent:
                os.write(fd, b"]]]")
                sent = True
        assert "§ 4/".encode() in seen
    finally:
        os.close(fd)
    status = None
    deadline = time.monotonic() + 10
    while status is None and time.monotonic() < deadline:
        done, raw = os.waitpid(pid, os.WNOHANG)
        status = os.waitstatus_to_exitcode(raw) if done else None
        time.sleep(0.05)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert status == 128 + signal.SIGHUP
    saved = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "state" / "documents").glob("*.json")]
    assert len(saved) == 1 and saved[0]["position"]["paragraph"] > 0
