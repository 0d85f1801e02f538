"""Kinds of outline nodes and figures are defined once (``reader/kinds.py``) and every user
of them agrees: the engine's output, the outline markers, the text pane's highlight classes
and the stylesheet, the figures table's filter and the CLI's help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tui_helpers import REPORT, SEED

from reader import cli, kinds
from reader.document import analyze_path
from reader.document.export import outline_tree
from reader.tui.figures_screen import KINDS as TABLE_KINDS
from reader.tui.text_view import STYLE_NAMES, TextView

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [SEED, REPORT, *sorted((ROOT / "sample_docs").glob("*.txt"))]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_engine_gives_only_known_kinds(path):
    analysis = analyze_path(str(path))
    assert {n.kind for n in analysis.walk()} <= set(kinds.NODE_KINDS)
    assert {f.kind for f in analysis.figures} <= set(kinds.FIGURE_KINDS)


def test_every_kind_has_a_marker_a_style_and_a_stylesheet_class():
    assert set(kinds.NODE_STYLES) == set(kinds.NODE_MARKERS) == set(kinds.NODE_KINDS)
    assert len(set(kinds.NODE_MARKERS.values())) == len(kinds.NODE_KINDS)
    css = (ROOT / "reader" / "tui" / "reader.tcss").read_text(encoding="utf-8")
    in_css = set(re.findall(r"TextView > \.text-view--([a-z-]+)", css))
    assert in_css == set(STYLE_NAMES)  # a rule for every highlight, none left over
    assert {f"text-view--{n}" for n in STYLE_NAMES} == TextView.COMPONENT_CLASSES
    for kind in kinds.FIGURE_KINDS:
        assert kinds.figure_style(kind) in STYLE_NAMES
    assert TABLE_KINDS == ["all", *kinds.FIGURE_KINDS]


def test_the_cli_names_the_same_kinds(capsys):
    tree = outline_tree(analyze_path(str(SEED)), "original")
    markers = set(re.findall(r"[├└]─ (\S)", tree))
    assert markers and markers <= set(kinds.NODE_MARKERS.values())
    for argv, names in ((["figures", "--help"], kinds.FIGURE_KINDS), (["outline", "--help"], kinds.NODE_KINDS)):
        with pytest.raises(SystemExit):
            cli.main(argv)
        shown = " ".join(capsys.readouterr().out.split())
        assert all(name in shown for name in names), shown
