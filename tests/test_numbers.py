"""The value of a figure's number, by which the figures table sorts (reader/document/numbers.py)."""

from __future__ import annotations

import math

import pytest

from reader.document.numbers import value


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("65.38%", 65.38), ("12,621宗", 12621), ("12 621宗", 12621), ("2.5萬人", 25000),
        ("4萬多名", 40000), ("１２３個", 123), ("兩年", 2), ("十多年", 10), ("三百多頁", 300),
        ("九千六百多万名", 96_000_000), ("一亿", 100_000_000), ("半成", 0.5), ("百多個", 100),
        ("2018年", 2018),
    ],
)
def test_value(figure, expected):
    assert value(figure) == expected


def test_no_number_sorts_last():
    assert math.isinf(value("年"))


async def test_the_figures_table_sorts_by_value_and_keeps_text_order_on_ties():
    from tui_helpers import REPORT, make_app

    from reader.tui.figures_screen import FiguresScreen
    from reader.tui.row_table import RowTable

    app = make_app(REPORT)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        figures = app.reading.analysis.figures
        table = screen.query_one(RowTable)
        await pilot.press("s")  # by value, up
        values = [value(figures[k].text) for k in table.rows]
        assert values == sorted(values)
        await pilot.press("s")  # by value, down
        values = [value(figures[k].text) for k in table.rows]
        assert values == sorted(values, reverse=True)
        ties = [k for k in table.rows if value(figures[k].text) == values[len(values) // 2]]
        assert ties == sorted(ties)
        await pilot.press("s", "s")  # by kind, down: each kind's figures still in text order
        for kind in {f.kind for f in figures}:
            of_kind = [k for k in table.rows if figures[k].kind == kind]
            assert of_kind == sorted(of_kind)
