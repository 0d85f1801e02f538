"""The founding document: its exact outline, its removed noise and its 45 Arabic figures."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED

EXPECTED_TREE = [
    ("preface", "8月20日至21日,各市教育局長座談會在濟南召開", []),
    ("speaker", "鄧雲鋒指出", []),
    ("speaker", "鄧雲鋒強調", [
        ("point", "要堅持立德樹人抓方向", []),
        ("point", "要堅持依法治教抓底線", []),
        ("point", "要堅持民生為本抓發展", []),
        ("point", "要堅持聚焦關鍵抓改革", []),
        ("point", "要堅持底線思維抓安全", []),
        ("point", "要堅持目標導向抓考核", []),
        ("point", "要堅持壓實責任抓黨建", []),
    ]),
    ("paragraphs", "座談會上,各市教育局圍繞中小學校黨建、解…", []),
    ("speaker", "王品木發言", [
        ("heading", "上半年回顧", [
            ("item", "創新黨建,驅動學校整體工作提升", []),
            ("item", "規劃引領,優化教育資源配置", []),
            ("item", "立德樹人,全面提升教育質量", []),
            ("item", "統籌推進,協調各類教育發展", []),
            ("item", "點面結合,提升教育治理能力", []),
            ("item", "同頻共振,強化教育服務功能", []),
        ]),
        ("heading", "下半年續航", [
            ("item", "擴大優質教育資源治“痛點”", []),
            ("item", "力促教育均衡公平抓“重點”", []),
            ("item", "全面提升教育質量攻“難點”", []),
            ("item", "不斷提升教育治理水平疏“堵點”", []),
        ]),
    ]),
]

EXPECTED_FIGURES = [
    (50, "8月20日至21日", "date"), (1232, "27項", "count"), (1240, "162項", "count"),
    (1504, "141個", "count"), (1573, "392所", "count"), (1584, "2018年", "date"),
    (1591, "119所", "count"), (1601, "38所", "count"), (1617, "26所", "count"),
    (1635, "17所", "count"), (1642, "65.38%", "percent"), (1677, "215處", "count"),
    (1688, "2018年", "date"), (1699, "96處", "count"), (1708, "60處", "count"),
    (1723, "50處", "count"), (1739, "53處", "count"), (1744, "2017年", "date"),
    (1787, "31個", "count"), (1795, "12.3萬平方米", "measure"), (1807, "21個", "count"),
    (1981, "20個", "count"), (2193, "5部門", "count"), (2764, "2017年", "date"),
    (2802, "14.55%", "percent"), (2809, "20.61%", "percent"), (2824, "8.66%", "percent"),
    (2830, "21.21%", "percent"), (2857, "29個", "count"), (2881, "6個", "count"),
    (2994, "40項", "count"), (3214, "50餘次", "count"), (3223, "50餘人", "count"),
    (3377, "1600處", "count"), (3389, "4221個", "count"), (3400, "3402個", "count"),
    (3406, "819個", "count"), (3426, "1935所", "count"), (3443, "970所", "count"),
    (3452, "124所", "count"), (3473, "9月底", "date"), (3490, "818所", "count"),
    (3507, "11部門", "count"), (3594, "100%", "percent"), (3634, "97.24%", "percent"),
]


def shape(nodes):
    return [(n.kind, n.label, shape(n.children)) for n in nodes]


def test_seed_outline_is_exactly_the_spec_tree(seed_analysis):
    assert seed_analysis.document.title == "山東省各市教育局長座談會上,王品木局長這樣說!"
    assert shape(seed_analysis.nodes) == EXPECTED_TREE


def test_seed_subtitles(seed_analysis):
    speaker = seed_analysis.nodes[4]
    assert speaker.subtitle == "聚焦質量 精準發力 辦‘均衡而有特色 公平而有質量’的濟南教育"
    first, second = speaker.children
    assert first.subtitle == "緊盯目標,久久為功 濟南教育邁向優質均衡新格局"
    assert second.subtitle == "深化改革,聚焦內涵 寫好濟南教育“奮進之筆”"


def test_seed_noise_removed_with_reasons(seed_analysis):
    text = seed_analysis.text
    removed = seed_analysis.document.removed
    dups = [r for r in removed if r.reason == "duplicate of the title"]
    assert len(dups) == 3
    assert all(text[r.start:r.end].startswith("山东省各市教育局长座谈会上") for r in dups)
    footer = [text[r.start:r.end] for r in removed if r.reason == "footer"]
    assert "".join(footer).replace("\n", "") == "分享到:相關文章:"
    assert seed_analysis.script == "traditional"


def test_seed_arabic_figures_exact(seed_analysis):
    text = seed_analysis.text
    arabic = [(f.start, f.text, f.kind) for f in seed_analysis.figures if f.text[0].isdigit()]
    assert arabic == EXPECTED_FIGURES
    for f in seed_analysis.figures:
        assert text[f.start:f.end] == f.text


def test_seed_chinese_numeral_figures(seed_analysis):
    chinese = {f.text for f in seed_analysis.figures if f.kind == "chinese"}
    assert {"三年", "五個", "兩類", "九部門", "兩年"} <= chinese
    assert not any(t.startswith("一") for t in chinese)


def test_seed_json_through_cli():
    out = subprocess.run(
        [sys.executable, "-m", "reader", "outline", str(SEED), "--json"],
        capture_output=True, text=True, check=True,
    ).stdout
    data = json.loads(out)
    assert data["title"] == "山東省各市教育局長座談會上,王品木局長這樣說!"
    assert data["script"] == "traditional"
    assert data["length"] == 4601
    labels = [n["label"] for n in data["nodes"]]
    assert labels[1:3] == ["鄧雲鋒指出", "鄧雲鋒強調"]
    speaker = data["nodes"][1]
    assert set(speaker) >= {"kind", "label", "level", "start", "end", "figures", "children"}
    assert speaker["level"] == 1 and speaker["children"] == []


def test_seed_json_in_simplified():
    out = subprocess.run(
        [sys.executable, "-m", "reader", "outline", str(SEED), "--json", "--script", "simplified"],
        capture_output=True, text=True, check=True,
    ).stdout
    data = json.loads(out)
    assert data["script"] == "simplified"
    assert data["title"] == "山东省各市教育局长座谈会上,王品木局长这样说!"
    assert data["nodes"][2]["label"] == "邓云锋强调"
