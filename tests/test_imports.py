"""The engine and the printing CLI never import Textual (harlequin's rule)."""

from __future__ import annotations

import subprocess
import sys

from conftest import SEED


def modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_engine_does_not_import_textual():
    mods = modules_after(f"import reader.document; reader.document.analyze_path({str(SEED)!r})")
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)


def test_cli_outline_does_not_import_textual():
    code = (
        "import io, contextlib, reader.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    reader.cli.main(['outline', {str(SEED)!r}, '--json'])"
    )
    mods = modules_after(code)
    assert "reader.cli" in mods
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)


def test_reader_start_up_leaves_the_engine_patterns_to_the_child():
    """The parent imports Textual while a child compiles the engine's patterns: the reader's
    own modules must not pull the analysis modules in."""
    mods = modules_after("import reader.cli, reader.tui.app")
    heavy = {"reader.document.analyze", "reader.document.detect", "reader.document.figures",
             "reader.document.clean", "reader.document.outline"}
    assert not heavy & mods
