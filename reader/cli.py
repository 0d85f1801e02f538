"""Command line: argument parsing, exit codes and one-line error messages.

``speech-reader [FILE]`` opens the reader (Textual is imported only then);
``outline``, ``figures`` and ``convert`` print the engine's results. Exit status: 0
success, 2 bad usage or unusable input (``speech-reader: error: …`` on one line), 1 for
anything else — never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn

from . import __version__, analysis_child
from .document.load import LoadError, decode_document, read_source
from .document.script import SCRIPTS
from .kinds import FIGURE_KINDS, legend

PROG = "speech-reader"
LANG_CHOICES = ("auto", "en", "zh", "zh-Hant", "zh-Hans")  # reader/tui/strings.py CHOICES
COMMANDS = ("outline", "figures", "convert", "speakers", "serve")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        raise UsageError(message)


def sample_path() -> str:
    return str(Path(__file__).resolve().parent / "samples" / "seed.txt")


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Outline, figures and script conversion of Chinese speeches.")
    _version(p)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    o = sub.add_parser("outline", help="print the outline",
                       description=f"Print the outline as a tree (markers: {legend()}).")
    o.add_argument("file", nargs="?", help=FILE_HELP + " (default: standard input when piped)")
    fmt = o.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="the outline as JSON (nodes with offsets)")
    fmt.add_argument("--markdown", action="store_true", help="the outline as a Markdown list")
    o.add_argument("--script", choices=SCRIPTS, default="original", help="script of the labels")
    f = sub.add_parser("figures", help="print every figure with its kind and position",
                       description=f"Print every figure: start, end, kind ({', '.join(FIGURE_KINDS)}), text.")
    f.add_argument("file", nargs="?", help=FILE_HELP + " (default: standard input when piped)")
    f.add_argument("--json", action="store_true", help="as JSON instead of tab-separated lines")
    s = sub.add_parser("speakers", help="list who spoke: each speaker once, with every turn")
    s.add_argument("file", nargs="?", help=FILE_HELP + " (default: standard input when piped)")
    s.add_argument("--json", action="store_true", help="as JSON instead of lines of text")
    s.add_argument("--script", choices=SCRIPTS, default="original", help="script of the names")
    c = sub.add_parser("convert", help="print the cleaned text in a script")
    c.add_argument("file", nargs="?", help=FILE_HELP + " (default: standard input when piped)")
    c.add_argument("--script", choices=SCRIPTS, default="original",
                   help="script to convert the text to (default: original, the text as written)")
    c.add_argument("--width", type=int, default=None,
                   help="wrap at N terminal cells (N >= 1; CJK-aware); default: no wrapping")
    c.add_argument("--section", default=None, metavar="N|LABEL",
                   help="only one section: its number in the order 'outline' prints them (1 is the first), "
                        "or its label (either script; a unique prefix is enough)")
    w = sub.add_parser("serve", help="serve the reader to a web browser (needs the [web] extra)")
    w.add_argument("file", nargs="?", help="the document to open (default: the bundled sample)")
    w.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    w.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    return p


FILE_HELP = "a .txt, .md, .docx or saved .html file, an http(s):// address, or - for standard input"


def _version(p: argparse.ArgumentParser) -> None:
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")


def _reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="A terminal reader for long Chinese speeches. Commands: outline, figures, speakers, "
                    "convert, serve (each with --help).",
    )
    _version(p)
    p.add_argument("file", nargs="?", help="a file (.txt .md .docx .html), a pipe, an http(s):// address, or - "
                   "for standard input (default: piped input, else the last document read, where it "
                   "was left, else the bundled sample)")
    p.add_argument("--script", choices=SCRIPTS, default=None, help="script to show the text in")
    p.add_argument("--fresh", action="store_true", help="ignore the remembered reading position")
    p.add_argument("--lang", choices=LANG_CHOICES, default="auto",
                   help="language of the reader's keys, help and messages: en, zh-Hant (繁體), zh-Hans "
                        "(简体), or zh (Chinese in the document's script); a Chinese UI then follows "
                        "the script toggle (default auto: the locale's, else English)")
    p.add_argument("--recent", action="store_true",
                   help="list the recent documents (newest first: when, path, title, section) and exit")
    return p


def run(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        if args.command == "serve":
            from .serve import serve

            return serve(args.file, args.host, args.port)
        return _run_command(args)
    args = _reader_parser().parse_args(argv)
    if args.recent:
        return _print_recent(args)
    from .tui.recent import last_document
    from .tui.web_session import is_web_session, session_state

    web = is_web_session()  # served: standard input carries the browser's keys, not a document
    if web and args.file == "-":
        raise UsageError("a session served to a browser cannot read standard input; give a file")
    path, decoded, notice = args.file or ("-" if _piped_stdin() and not web else None), None, ""
    if path is None and web:
        path = sample_path()  # a browser's session starts afresh: no recent list of its own
    elif path is None:  # a bare speech-reader: the last document read, else the sample
        path, decoded, notice = last_document(lambda p: decode_document(read_any(p), p))
        path = path or sample_path()
    name = "standard input" if path == "-" else path
    if decoded is None:
        decoded = decode_document(read_any(path), name)
    first, rest = first_screen(decoded.text)
    if not sys.stdout.isatty() and not os.environ.get("SPEECH_READER_FORCE_TUI") \
            and not os.environ.get("TEXTUAL_DRIVER"):
        raise UsageError("the reader needs a terminal; use 'speech-reader outline FILE' to print")
    if path == "-" or not _stdin_is_terminal():
        _keys_from_terminal()  # the document came on standard input, or it is /dev/null
    # A document that fits the first screen is analysed in a child process while Textual is
    # imported here; a larger one is analysed here (a child would double the peak memory).
    child = analysis_child.start(first, name, decoded.encoding) if not rest else None
    from .tui.app import ReaderApp  # noqa: F401 - imported here, while the child analyses
    from .tui.entry import run_reader  # Textual is imported only for the interactive reader

    if child is not None:
        analysis = child.result()
    else:
        from .document import analyze_text

        analysis = analyze_text(first, name, decoded.encoding)
    with session_state():  # a browser's session: state of its own
        return run_reader(analysis, script=args.script, fresh=args.fresh,
                          full_text=decoded.text if rest else None, lang=args.lang,
                          source=None if web else _file_source(path), notice=notice)


def _file_source(path: str) -> str | None:
    """The path a recent entry keeps: a file's (not standard input, a pipe, a web address
    or the bundled sample)."""
    from .fetch import is_url

    if path == "-" or is_url(path) or path == sample_path() or not os.path.isfile(path):
        return None
    return os.path.abspath(path)


def _print_recent(args: argparse.Namespace) -> int:
    """``--recent``: one sanitised line per recent document; missing files are skipped
    with one line on standard error."""
    if args.file or args.fresh or args.script:
        raise UsageError("--recent lists the recent documents; it takes no file or other option")
    from .tui.recent import listing

    lines, notice = listing()
    if notice:
        print(f"{PROG}: {visible_line(notice)}", file=sys.stderr)
    _write("".join(f"{line}\n" for line in lines))
    return 0


def visible_line(text: str) -> str:
    from .document.safe import visible

    return visible(" ".join(text.split()))


FIRST_SCREEN_CHARS = 50_000


def first_screen(text: str) -> tuple[str, bool]:
    """A prefix of a large text to open with while the whole is analysed in a worker."""
    if len(text) <= FIRST_SCREEN_CHARS:
        return text, False
    cut = text.rfind("\n\n", 0, FIRST_SCREEN_CHARS)
    if cut < FIRST_SCREEN_CHARS // 2:
        cut = text.rfind("\n", 0, FIRST_SCREEN_CHARS)
    if cut < FIRST_SCREEN_CHARS // 2:
        cut = FIRST_SCREEN_CHARS
    return text[:cut], True


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def _piped_stdin() -> bool:
    """Is a document being piped in (``cat doc | speech-reader``)? A pipe or a file on
    standard input is; a terminal, /dev/null or a closed stdin is not."""
    try:
        mode = os.fstat(0).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def read_any(path: str) -> bytes:
    """A file, a pipe, standard input (``-``) or a web address: the bytes, or LoadError."""
    from .fetch import fetch, is_url

    if is_url(path):
        return fetch(path)
    if path == "-" and _stdin_is_terminal():
        print("speech-reader: reading the document from the terminal; end it with Ctrl-D "
              "(or give a file name)", file=sys.stderr)
    return read_source(path)


def _keys_from_terminal() -> None:
    """Standard input holds the document (or nothing): read the keys from the terminal."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return  # served to a browser: keys come through the web driver
    if _stdin_is_terminal():
        return
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise UsageError("standard input held the document and there is no terminal for keys") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115


def _run_command(args: argparse.Namespace) -> int:
    from .document import export

    if args.command == "convert" and args.width is not None and args.width < 1:
        raise UsageError("--width must be a positive number of cells")
    from .document import analyze_bytes

    if args.file is None:  # `cat doc | speech-reader outline`: the document is on standard input
        if not _piped_stdin():
            raise UsageError(f"{args.command} needs a FILE (or a document piped into standard input)")
        args.file = "-"
    name = "standard input" if args.file == "-" else args.file
    analysis = analyze_bytes(read_any(args.file), name)
    if args.command == "outline":
        if args.json:
            out = json.dumps(export.outline_json(analysis, args.script), ensure_ascii=False, indent=1)
        elif args.markdown:
            out = export.outline_markdown(analysis, args.script)
        else:
            out = export.outline_tree(analysis, args.script)
    elif args.command == "speakers":
        if args.json:
            out = json.dumps(export.speakers_json(analysis, args.script), ensure_ascii=False, indent=1)
        else:
            out = export.speakers_text(analysis, args.script)
    elif args.command == "figures":  # streamed: a million figures never become one string
        if args.json:
            lines = export.iter_figures_json(analysis)
        else:
            lines = (f"{f.start}\t{f.end}\t{f.kind}\t{f.text}\n" for f in analysis.figures)
        for chunk in _batches(lines):
            _write(_safe(chunk))
        return 0
    elif args.section is not None:
        found = export.find_sections(analysis, args.section)
        if not found:
            raise UsageError(f"no section {args.section!r}; 'speech-reader outline FILE' lists them")
        if len(found) > 1:
            names = "、".join(n.label for n in found[:5])
            raise UsageError(f"{args.section!r} names {len(found)} sections ({names}…); give more of the label or its number")
        out = export.section_text(analysis, found[0], args.script, args.width or 0)
    else:
        out = export.cleaned_text(analysis, args.script, args.width or 0)
    _write(_safe(out).rstrip("\n") + "\n")
    return 0


def _batches(lines: Iterable[str], size: int = 2000) -> Iterator[str]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def _write(out: str) -> None:
    """Write the output; a closed or full output is an error of its own, said in one line."""
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write the output ({reason})") from None


class OutputError(Exception):
    """The output could not be written (closed standard output, a full disk)."""


def _safe(text: str) -> str:
    """Control characters of the document shown as visible escapes on a terminal."""
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        terminal = sys.stdout.isatty()
    except (ValueError, OSError):
        raise OutputError("standard output is closed") from None
    if not terminal:
        return text
    from .document.safe import visible

    return "\n".join(visible(line) for line in text.split("\n"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    try:
        code = run(argv)
    except UsageError as exc:
        return _fail(str(exc))
    except LoadError as exc:
        return _fail(str(exc))
    except OutputError as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return 0
    except MemoryError:
        return _fail("out of memory reading this document", 1)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        return _fail(f"internal error: {type(exc).__name__}: {exc}", 1)
    return code


def _fail(message: str, code: int = 2) -> int:
    from .document.safe import visible

    message = visible(" ".join(message.split()))
    try:
        print(f"{PROG}: error: {message}", file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass  # no stderr either: the exit status says it
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
