"""Exporting the outline as Markdown (``e``): where to, and never over a file unasked.

Owns: the export's dialogue, the checks of where it goes and the write. ``ExportScreen``
asks for a path (next to the document by default) and dismisses with the line to tell the
reader (None when cancelled). Refused, each with one clear line: a blank name, a directory,
a directory that does not exist (none is created), a special file, a link to nothing, and
the open document itself (even after ``yes``). A link to a file is followed, deliberately
and said: the file it points to is the one asked about and written. A file that exists is
overwritten only after ``yes``. The outline is written atomically with the mode the umask
gives a new file (an overwritten file keeps its mode). What is written is ``content`` (a
subclass exports something else with the same checks: ``section_export.py``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rich.text import Text
from textual.widgets import Input, Static

from ..document.model import Analysis
from ..document.safe import shown_name
from .screens import PromptScreen
from .state import write_text_atomic
from .strings import t

PACKAGE = Path(__file__).resolve().parents[1]


def default_export_path(analysis: Analysis) -> Path:
    """``NAME.outline.md`` beside the document; in the working directory when that folder
    is not the user's to write (the bundled sample inside the installed package, a
    read-only folder); ``outline.md`` here for standard input and web pages."""
    name = analysis.document.name
    here = Path.cwd()
    if not name or name == "standard input" or "://" in name:
        return here / "outline.md"
    path = Path(name)
    if not path.parent.is_dir():
        return here / "outline.md"
    target = path.with_suffix(".outline.md")
    try:
        inside_package = PACKAGE in path.resolve().parents
    except (OSError, RuntimeError):
        inside_package = False
    if inside_package or not os.access(path.parent, os.W_OK):
        return here / target.name
    return target


def new_file_mode() -> int:
    """The mode a new file gets under the process's umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_target(path: Path, document: str) -> tuple[Path | None, str]:
    """(the file to write, "") or (None, why not). ``document``: the open document's name.
    The file returned is the link's target when ``path`` is a link to a file."""
    shown = shown_name(path)
    if not path.name.strip():
        return None, t("export.blank")
    if path.is_dir():
        return None, t("export.is-dir", path=shown)
    if not path.parent.is_dir():
        return None, t("export.no-dir", path=shown_name(path.parent))
    target = path
    if path.is_symlink():
        target = path.resolve()
        if not target.exists():
            return None, t("export.dangling", path=shown, target=shown_name(target))
    if target.exists():
        if _same_file(target, document):
            return None, t("export.is-document", path=shown)
        if not stat.S_ISREG(target.stat().st_mode):
            return None, t("export.not-regular", path=shown)
    return target, ""


class ExportScreen(PromptScreen):
    what = "export.outline"  # the id of what is exported, in strings.tsv

    def __init__(self, analysis: Analysis, script: str, default: Path | None = None,
                 question: str = "") -> None:
        self.default = default or default_export_path(analysis)
        self.shown_default = shown_name(self.default)  # what the line shows: never raw escapes
        super().__init__(question or t("export.question"), self.shown_default)
        self.analysis = analysis
        self.script = script
        self.asked: Path | None = None  # the path the reader typed, when it exists
        self.target: Path | None = None  # the file to overwrite, once the reader chose it

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.prevent_default()  # not PromptScreen's: this screen answers itself
        value = event.value.strip()
        if self.target is not None:  # the answer to "overwrite?"
            self.dismiss(self._write(self.target) if value == "yes" else t("export.not-exported"))
            return
        name = os.path.basename(event.value.lstrip())
        if not value or name and not name.strip():
            self.dismiss(t("export.blank"))  # "", "   ", "dir/   "
            return
        path = self.default if value == self.shown_default.strip() else Path(value).expanduser()
        target, problem = check_target(path, self.analysis.document.name)
        if target is None:
            self.dismiss(problem)
            return
        self.asked = path
        if not target.exists():
            self.dismiss(self._write(target))
            return
        self.target = target
        question = t("export.exists", path=shown_name(target))
        if target != path:
            question = t("export.link", path=shown_name(path), question=question)
        self.query_one(Static).update(Text(question, style="bold"))
        box = self.query_one(Input)
        box.value = ""
        box.placeholder = t("export.overwrite-placeholder")

    def content(self, target: Path) -> str:
        """What is written to ``target``."""
        from ..document.export import outline_markdown

        return outline_markdown(self.analysis, self.script)

    def _write(self, target: Path) -> str:
        try:
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else new_file_mode()
            write_text_atomic(target, self.content(target), mode=mode, make_dirs=False)
        except OSError as exc:
            return t("export.failed", path=shown_name(target), reason=exc.strerror or exc)
        what = t(self.what)
        if self.asked is not None and self.asked != target:
            return t("export.written-link", what=what, path=shown_name(target), link=shown_name(self.asked))
        return t("export.written", what=what, path=shown_name(target))
