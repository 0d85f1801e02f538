"""Reading bytes safely and decoding them to text.

Owns: size limits, refusing binary data, encoding detection (BOMs, strict UTF-8, then
charset-normalizer for GB18030/GBK/Big5 and friends) and newline normalisation. Every
failure is a ``LoadError`` whose message is one line a person can act on.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
READ_CHUNK = 1 << 20


class LoadError(Exception):
    """Input that cannot be read as a document; the message says what to do."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str


def max_bytes() -> int:
    """The size limit, overridable with ``SPEECH_READER_MAX_BYTES``."""
    raw = os.environ.get("SPEECH_READER_MAX_BYTES", "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_MAX_BYTES
    return value if value > 0 else DEFAULT_MAX_BYTES


def read_source(path: str, limit: int | None = None) -> bytes:
    """Read a path (or ``-`` for standard input) without ever changing it: a regular file,
    or a pipe (``<(cmd)``, a named FIFO) read up to the size limit."""
    limit = max_bytes() if limit is None else limit
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise LoadError("standard input is closed; give a file name or pipe text in")
        return _read_stream(stream, "standard input", limit)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise LoadError(f"{path}: too many levels of symbolic links") from None
        raise LoadError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{path}: is a directory; give a text file")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise LoadError(f"{path}: not a file or a pipe (a socket or a device); save it to a file first")
    if st.st_size > limit:
        raise LoadError(too_big(path, st.st_size, limit))
    try:
        if stat.S_ISFIFO(st.st_mode):
            return _read_pipe(path, limit)
        with open(path, "rb") as fh:
            return _read_stream(fh, path, limit)
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror})") from None


PIPE_NOTICE = 2.0  # s without data on a named pipe before saying what we wait for


def pipe_wait() -> float:
    """How long to wait for a writer on a named pipe (``SPEECH_READER_PIPE_WAIT``, s)."""
    try:
        return max(0.1, float(os.environ.get("SPEECH_READER_PIPE_WAIT", "60")))
    except ValueError:
        return 60.0


def _read_pipe(path: str, limit: int) -> bytes:
    """A named pipe or ``<(cmd)``: wait (bounded) for its writer, then read to the end."""
    import select
    import time

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # never blocks, writer or not
    try:
        poll = select.poll()
        poll.register(fd, select.POLLIN | select.POLLHUP)
        start = time.monotonic()
        noticed = False
        while not poll.poll(200):
            waited = time.monotonic() - start
            if waited > pipe_wait():
                raise LoadError(f"{path}: nothing was written to the pipe in {pipe_wait():.0f} s")
            if waited > PIPE_NOTICE and not noticed:
                print(f"speech-reader: waiting for data on the pipe {path} (Ctrl-C to stop)", file=sys.stderr)
                noticed = True
        os.set_blocking(fd, True)
        with os.fdopen(os.dup(fd), "rb") as fh:
            return _read_stream(fh, path, limit)
    finally:
        os.close(fd)


def _read_stream(stream: BinaryIO, name: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = stream.read(READ_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise LoadError(
                    f"{name}: over the {_size(limit)} limit (set SPEECH_READER_MAX_BYTES to raise it)"
                )
            chunks.append(chunk)
    except (OSError, ValueError) as exc:
        raise LoadError(f"{name}: cannot read ({exc})") from None
    return b"".join(chunks)


def too_big(name: str, size: int, limit: int, what: str = "") -> str:
    """The one size-limit message: what, how big, the limit, how to raise it."""
    what = f" ({what})" if what else ""
    return (f"{name}{what}: {_size(size)} is over the {_size(limit)} limit "
            "(set SPEECH_READER_MAX_BYTES to raise it)")


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_document(data: bytes, name: str = "input") -> Decoded:
    """Like ``decode``, but .docx and .html documents are first turned into text."""
    from . import formats

    kind = formats.kind_of(data, name)
    if kind == "docx":
        return _finish(formats.docx_text(data, name), "docx", name)
    if kind == "html":
        return _finish(formats.html_text(data, name), "html", name)
    return decode(data, name)


def decode(data: bytes, name: str = "input") -> Decoded:
    """Decode bytes to text with normalised newlines, or raise ``LoadError``."""
    if not data.strip():
        raise LoadError(f"{name}: the file is empty; nothing to read")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise LoadError(f"{name}: invalid {enc} text after its byte-order mark") from None
            return _finish(text, enc, name)
    if _looks_binary(data):
        raise LoadError(f"{name}: binary data, not text; give a .txt, .md or .html file")
    try:
        return _finish(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    mostly = data.decode("utf-8", errors="replace")
    bad = mostly.count("\ufffd")
    if bad * 100 <= len(mostly):
        return _finish(mostly, f"utf-8 ({bad} invalid bytes shown as \ufffd)", name)
    japanese = _try_strict(data, "cp932")
    if japanese is not None and _plausible_japanese(japanese):
        return _finish(japanese, "shift_jis", name)
    for enc in ("gb18030", "big5"):
        candidate = _try_strict(data, enc)
        if candidate is not None and _plausible_cjk(candidate):
            if enc == "gb18030" and _try_strict(data, "big5") is not None:
                enc = _pick_gb_or_big5(data)
                return _finish(data.decode(enc), enc, name)
            return _finish(candidate, enc, name)
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return _finish(guess[0], guess[1], name)
    raise LoadError(
        f"{name}: not valid text in UTF-8, GB18030 or Big5; convert it to UTF-8 (iconv -f ENC -t UTF-8)"
    )


def _finish(text: str, encoding: str, name: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError(f"{name}: the file has only white space; nothing to read")
    if "\x00" in text:
        raise LoadError(f"{name}: binary data, not text (NUL characters)")
    return Decoded(text, encoding)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 20)


def _try_strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _plausible_cjk(text: str) -> bool:
    sample = text[:20000]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    odd = sum(1 for c in sample if "\ue000" <= c <= "\uf8ff" or "\u3400" <= c <= "\u4dbf")
    return han > 0 and odd * 20 < han


def _plausible_japanese(text: str) -> bool:
    """Shift-JIS bytes of Japanese text: kana make a good share of the characters (the
    same bytes read as GB18030 are rare characters, never kana)."""
    sample = text[:20000]
    kana = sum(1 for c in sample if "\u3041" <= c <= "\u30ff")
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return kana >= 5 and kana * 100 >= (kana + han) * 15


def _pick_gb_or_big5(data: bytes) -> str:
    """Both decodings succeed: keep the one whose characters are more common."""
    best = "gb18030"
    best_score = -1.0
    for enc in ("gb18030", "big5"):
        text = data.decode(enc)[:20000]
        common = sum(1 for c in text if c in _COMMON)
        han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff") or 1
        score = common / han
        if score > best_score:
            best, best_score = enc, score
    return best


# The most frequent Han characters of both scripts: enough to tell a right decoding
# from mojibake, which is made of rare characters.
_COMMON = set(
    "的一是不了人我在有他這这中大來来上國国個个到說说們们為为子和你地出道也時时年得就那要下以生會会"
    "自著着去之過过家學学對对可她裡里後后小麼么心多天而能好都然沒没日於于起還还發发成事只作當当想看文無无開开"
    "手十用主行方又如前所本見见經经頭头面公同三已老從从動动兩两長长知民樣样現现分將将外但身些與与高意進进把法此"
    "實实回二理美點点月明其種种聲声全工己話话兒儿者向情部正名定女問问力機机給给等幾几很業业最間间新什打便位因重被"
    "走電电四第門门相次東东政海口使教西再平真聽听世氣气信北少關关並并內内加化由卻却代軍军產产入先山五太水萬万市"
    "眼體体別别處处總总才場场師师書书比住員员九笑性通目華华報报立馬马命張张活難难神數数件安表原車车白應应路期叫死"
    "常提感金何更反合放做系計计或司利受光王果親亲界及今京務务制解各任至清物台象記记邊边共風风戰战干接它許许八特覺"
    "觉望直服毛林題题建南度統统色字請请交愛爱讓让認认算論论百吃義义科怎元社術术結结六功指思非流每青管夫連连遠远資"
    "资隊队跟帶带花快條条院變变聯联言權权往展該该領领傳传近留紅红治決决周保達达辦办運运武半候七必城父強强步完革深"
    "區区即求品士轉转量空甚眾众技輕轻程告江語语英基派滿满式李息寫写呢識识極极令黃黄德收臉脸錢钱黨党倒未持音跑投"
)


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[: 4 << 20]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if not _plausible_text(text):
        return None
    return text, best.encoding


def _plausible_text(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f\x1b"))
    return bad * 50 < len(sample)
