"""Expected outlines of the development corpus (read from ../shared/corpus, skipped if absent).

Two layers: structural facts written by reading each document (the headings a person sees
in it), and a golden copy of the whole tree under tests/expected/ as a regression guard
(refresh with ``UPDATE_GOLDEN=1 pytest tests/test_corpus.py`` after a deliberate change, and review).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_golden, corpus_file

from reader.document import analyze_path

EXPECTED = Path(__file__).parent / "expected"
DOCS = ["01", "02", "03", "04", "05", "06"]


def render(nodes, depth=0) -> list[str]:
    out = []
    for n in nodes:
        sub = f" ({n.subtitle})" if n.subtitle else ""
        out.append(f"{'  ' * depth}{n.kind}: {n.label}{sub}")
        out.extend(render(n.children, depth + 1))
    return out


def top(analysis, kind=None):
    return [n.label for n in analysis.nodes if kind is None or n.kind == kind]


@pytest.mark.parametrize("doc", DOCS)
def test_golden_tree(doc):
    a = analyze_path(str(corpus_file(doc)))
    check_golden(EXPECTED / f"{doc}.tree", "\n".join([a.document.title, *render(a.nodes)]) + "\n")


def test_01_numbered_sections_and_dash_items():
    a = analyze_path(str(corpus_file("01")))
    assert a.document.title == "高举中国特色社会主义伟大旗帜"
    sections = top(a, "heading")
    assert len(sections) == 15
    assert sections[0] == "一、过去五年的工作和新时代十年的伟大变革"
    assert sections[-1] == "十五、坚定不移全面从严治党，深入推进新时代党的建设新的伟大工程"
    second = a.nodes[2]
    assert [c.label for c in second.children] == [
        "必须坚持人民至上", "必须坚持自信自立", "必须坚持守正创新",
        "必须坚持问题导向", "必须坚持系统观念", "必须坚持胸怀天下",
    ]
    assert {c.kind for c in second.children} == {"item"}
    fourth = a.nodes[4]
    assert [c.label[:3] for c in fourth.children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert all(c.level == 2 for c in fourth.children)


def test_02_web_capture_noise_and_nested_numbering():
    a = analyze_path(str(corpus_file("02")))
    assert a.document.title == "政府工作报告"
    reasons = {r.reason for r in a.document.removed}
    assert {"photo caption", "dateline"} <= reasons
    assert top(a, "heading") == [
        "一、2014年工作回顾", "二、2015年工作总体部署", "三、把改革开放扎实推向纵深",
        "四、协调推动经济稳定增长和结构优化", "五、持续推进民生改善和社会建设", "六、切实加强政府自身建设",
    ]
    first = a.nodes[1]
    assert [c.label[:2] for c in first.children] == ["一是", "二是", "三是", "四是", "五是"]
    assert [c.label for c in first.children[1].children] == [
        "扎实推动重点改革", "继续把简政放权、放管结合作为改革的重头戏", "以开放促改革促发展",
    ]
    second = a.nodes[2]
    assert [c.label for c in second.children] == [
        "第一，稳定和完善宏观经济政策", "第二，保持稳增长与调结构的平衡", "第三，培育和催生经济社会发展新动力",
    ]
    assert "<U+00A0>" not in "".join(p.text for p in a.paragraphs)


def test_03_markdown_front_matter_and_bold_leads():
    a = analyze_path(str(corpus_file("03")))
    assert a.document.title == "馬道立法律年度開啟典禮演辭"
    assert a.document.metadata["date"] == "2018-01-08"
    assert {"front matter", "image", "subscription"} <= {r.reason for r in a.document.removed}
    assert top(a, "heading")[0] == "香港的法律制度是普通法制度"
    third = [n for n in a.nodes if n.label.startswith("然而")][0]
    assert [c.label[:3] for c in third.children] == ["第一是", "第二是", "第三，"]
    text = "".join(p.text for p in a.paragraphs)
    assert "**" not in text and "####" not in text


def test_04_transcript_speakers_and_page_furniture():
    a = analyze_path(str(corpus_file("04")))
    assert a.document.title == "會議過程正式紀錄"
    reasons = [r.reason for r in a.document.removed]
    assert reasons.count("page header") >= 30 and reasons.count("page number") >= 30
    debate = [n for n in a.nodes if n.label == "保障職業安全"][0]
    assert debate.subtitle.startswith("恢復經於")
    speakers = [c.label for c in debate.children if c.kind == "speaker"]
    assert speakers[:3] == ["盧偉國議員", "張宇人議員", "蔣麗芸議員"]
    assert "勞工及福利局局長" in speakers
    # hard-wrapped PDF lines are rejoined, also across a page break
    para = next(p for p in a.paragraphs if p.text.startswith("張宇人議員︰"))
    assert "通力合作，加強宣傳" in para.text and "\n" not in para.text


def test_05_numbered_speech_sections():
    a = analyze_path(str(corpus_file("05")))
    assert a.document.title == "在地区部向EMT进行2008年年中述职会议上的讲话"
    assert [n.label[:2] for n in a.nodes if n.kind == "heading"] == ["一、", "二、", "三、", "四、", "五、", "六、"]


def test_06_parallel_points_without_headings():
    a = analyze_path(str(corpus_file("06")))
    points = [n.label for n in a.nodes if n.kind == "point" and n.label.startswith("必須")]
    assert len(points) == 9
    assert points[0] == "必須堅持中國共產黨堅強領導"
    first = [n for n in a.nodes if n.kind == "point"][0]
    assert first.label == "浴血奮戰、百折不撓"
