"""The reader's words: every string it shows, in English, Traditional and Simplified Chinese.

Owns: the one table of UI strings (``strings.tsv`` beside this module: id, English,
Traditional Chinese, Simplified Chinese; ``{name}`` marks a value filled in when shown), the
language of the reader on screen, and ``t`` that looks a string up in it. The language is
chosen once (``--lang``, else the locale: ``from_locale``); a Chinese UI then follows the
script of the text shown (``UI.follow``): 简体 gives Simplified, 繁體 臺灣 香港 Traditional,
the original the document's own script. The help's prose is ``help.md`` and
``help.zh-Hant.md``, ``help.zh-Hans.md``. No Textual: the CLI resolves the language too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from importlib import resources

LANGS = ("en", "zh-Hant", "zh-Hans")
CHOICES = ("auto", "en", "zh", "zh-Hant", "zh-Hans")
"""What ``--lang`` takes: ``zh`` is Chinese in the document's script; ``auto`` the locale."""
HANT_REGIONS = ("tw", "hk", "mo", "hant")


@cache
def table() -> dict[str, tuple[str, str, str]]:
    """id → (English, Traditional, Simplified), read once from ``strings.tsv``."""
    text = (resources.files("reader.tui") / "strings.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, en, hant, hans = line.split("\t")
            out[key] = (en, hant, hans)
    return out


def from_locale(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for (POSIX order: LC_ALL, LC_MESSAGES, LANG; LANGUAGE
    first when set): ``zh-Hant`` for zh_TW, zh_HK, zh_MO and zh_Hant, ``zh-Hans`` for other
    zh_* locales, ``zh`` for a bare ``zh``, else ``en``."""
    env = os.environ if environ is None else environ
    names = [env.get("LANGUAGE", "").split(":")[0]] if env.get("LANGUAGE") else []
    names += [env.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG")]
    name = next((n for n in names if n), "")
    if not name and environ is None:
        import locale

        name = locale.getlocale()[0] or ""  # Windows: 'Chinese (Traditional)_Taiwan'
    lowered = name.lower().replace("-", "_").split(".")[0].split("@")[0]
    if lowered.startswith("chinese"):
        return "zh-Hant" if "traditional" in lowered or "taiwan" in lowered or "hong" in lowered else "zh-Hans"
    if lowered == "zh":
        return "zh"
    if lowered.startswith("zh_"):
        return "zh-Hant" if any(part in HANT_REGIONS for part in lowered.split("_")[1:]) else "zh-Hans"
    return "en"


def variant_of(script: str) -> str:
    """The Chinese UI that goes with text in ``script``."""
    return "zh-Hans" if script == "simplified" else "zh-Hant"


class UI:
    """The language strings are shown in (one reader per process: a module-level one)."""

    def __init__(self) -> None:
        self.lang = "en"

    def start(self, choice: str, shown_script: str, document_script: str) -> None:
        """``choice``: one of ``CHOICES``; the scripts decide the variant for ``zh``."""
        if choice == "auto":
            choice = from_locale()
        if choice == "zh":
            choice = variant_of(document_script if shown_script == "original" else shown_script)
        self.lang = choice if choice in LANGS else "en"

    def follow(self, shown_script: str, document_script: str) -> bool:
        """The text is now shown in ``shown_script``: a Chinese UI takes its variant. True
        when the language changed."""
        if self.lang == "en":
            return False
        lang = variant_of(document_script if shown_script == "original" else shown_script)
        changed, self.lang = lang != self.lang, lang
        return changed

    def t(self, key: str, **values: object) -> str:
        """The string ``key`` in the UI language, with ``values`` filled in. An id missing
        from the table is shown as itself (a test checks every id the code uses)."""
        row = table().get(key)
        text = row[LANGS.index(self.lang)] if row else key
        return text.format(**values) if values else text

    def tn(self, key: str, n: int, **values: object) -> str:
        """``key.one`` or ``key.other`` by ``n`` (English plurals), with ``n`` filled in."""
        return self.t(f"{key}.{'one' if n == 1 else 'other'}", n=n, **values)

    def help_file(self) -> str:
        return "help.md" if self.lang == "en" else f"help.{self.lang}.md"


ui = UI()
t = ui.t
tn = ui.tn


def script_label(script: str) -> str:
    """A script's name in the UI language (``Simplified``, ``繁體`` …)."""
    return t(f"script.{script}") if f"script.{script}" in table() else script
