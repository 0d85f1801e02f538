"""The text pane's static highlights of a speaker turn: the name and the verb as the
paragraph writes them, never part of a word (reader/tui/reader_model.py)."""

from __future__ import annotations

import pytest

from reader.document import analyze_text
from reader.tui.reader_model import ReaderModel

LEDE = "海通裁員\n\n海通集團今日公布重組計劃。\n\n"


def speaker_words(body: str) -> tuple[list[str], list[str]]:
    """The turn's label and the words highlighted as the speaker's in its paragraph."""
    model = ReaderModel(analyze_text(LEDE + body + "\n"))
    labels = [n.label for n in model.nodes if n.kind == "speaker"]
    para = len(model.paragraphs) - 1
    text = model.paragraphs[para].text
    return labels, [text[s.start : s.end] for s in model.spans(para) if s.style == "speaker"]


@pytest.mark.parametrize(
    ("body", "label", "words"),
    [
        ("海通公布裁員計劃，指將削減約1200個職位。", "海通指", ["海通", "指"]),  # was «海通公»布
        ("海通航空公布重組計劃，指將削減1200個職位。", "海通航空指", ["海通航空", "指"]),
        ("海通公布，將削減約1200個職位。", "海通公布", ["海通公布"]),
        ("財政司司長陳茂波表示，經濟穩定。", "陳茂波表示", ["陳茂波表示"]),
        # a long context sentence first: the attribution in the second sentence is marked too
        ("面對疫情反覆、經濟下行、失業率上升、市民生活困難、中小企業經營艱難、零售餐飲旅遊等行業"
         "受到嚴重打擊、社會各界紛紛要求政府加大支援力度的情況下，政府決定推出新一輪措施。"
         "財政司司長陳茂波表示，經濟穩定。", "陳茂波表示", ["陳茂波表示"]),
    ],
)
def test_the_name_and_the_verb_are_marked_where_they_stand(body, label, words):
    assert speaker_words(body) == ([label], words)
