"""The CJK line breaker: golden wraps of the seed at 40/60/100 cells, and its rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_golden
from rich.cells import cell_len

from reader.document import linebreak
from reader.document.export import cleaned_text
from reader.document.figures import find_figures

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("width", [40, 60, 100])
def test_seed_wrap_golden(seed_analysis, width):
    out = cleaned_text(seed_analysis, "original", width)
    check_golden(GOLDEN / f"seed_w{width}.txt", out)


@pytest.mark.parametrize("width", [12, 17, 40, 60, 100])
def test_rules_hold_on_every_line(seed_analysis, width):
    for para in seed_analysis.paragraphs:
        text = para.text
        spans = linebreak.wrap(text, width)
        assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
        for n, (a, b) in enumerate(spans):
            line = text[a:b]
            assert cell_len(line) <= width
            if n > 0:
                assert line[0] not in linebreak.NO_START, (width, line)
            if n < len(spans) - 1:
                assert line[-1] not in linebreak.NO_END, (width, line)
        cuts = {a for a, _ in spans[1:]}
        for f in find_figures(text):
            if cell_len(f.text) < width:
                assert not any(f.start < c < f.end for c in cuts), (width, f.text)


def test_ascii_words_and_numbers_stay_whole():
    text = "華為在IP/以太網絡上投入12.3萬平方米，增長65.38%，Marketing部門"
    spans = linebreak.wrap(text, 14)
    words = {text[a:b] for a, b in spans}
    joined = "|".join(words)
    for atom in ["12.3萬平方米", "65.38%", "Marketing"]:
        assert atom in joined


def test_closing_punctuation_never_starts_a_line():
    text = "甲乙丙丁戊己庚辛壬癸。」子丑"
    spans = linebreak.wrap(text, 20)  # 10 Han fill the line exactly
    assert text[spans[1][0]] not in linebreak.NO_START


def test_the_reader_wraps_with_the_analysis_figures_as_the_breaker_would_find_them():
    """The text pane passes the figures the analysis found instead of finding them again."""
    from tui_helpers import REPORT, SEED

    from reader.document import analyze_path
    from reader.tui.reader_model import ReaderModel

    for path in (SEED, REPORT):
        model = ReaderModel(analyze_path(str(path)))
        for i in range(len(model.paragraphs)):
            text = model.para_text(i)
            for width in (40, 77):
                assert linebreak.wrap(text, width, model.figure_spans(i)) == linebreak.wrap(text, width), (path.name, i)
