"""More ways in: .docx with Word heading styles, saved .html news pages, .md with front
matter, and standard input — each from a sample in sample_docs/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import LoadError, analyze_path
from reader.document.load import decode_document

SAMPLES = Path(__file__).resolve().parent.parent / "sample_docs"
BASE = "jinan_education_speech"


def labels(a):
    return [n.label for n in a.walk()]


@pytest.mark.parametrize("suffix", ["docx", "html", "md"])
def test_sample_formats_give_the_seed_outline(suffix):
    a = analyze_path(str(SAMPLES / f"{BASE}.{suffix}"))
    assert a.document.title == "山東省各市教育局長座談會上,王品木局長這樣說!"
    found = labels(a)
    for label in ["鄧雲鋒指出", "鄧雲鋒強調", "要堅持立德樹人抓方向", "上半年回顧", "下半年續航",
                  "創新黨建,驅動學校整體工作提升"]:
        assert label in found, (suffix, label)


def test_docx_heading_styles_become_headings():
    a = analyze_path(str(SAMPLES / f"{BASE}.docx"))
    headings = [n for n in a.walk() if n.label in ("上半年回顧", "下半年續航")]
    assert [n.kind for n in headings] == ["heading", "heading"]
    assert "#" not in "".join(p.text for p in a.paragraphs)


def test_html_drops_navigation_scripts_and_comments():
    a = analyze_path(str(SAMPLES / f"{BASE}.html"))
    text = "".join(p.text for p in a.paragraphs)
    for noise in ["首頁", "熱門文章", "版權所有", "分析腳本", "註釋"]:
        assert noise not in text
    assert "97.24%" in text


def test_markdown_front_matter():
    a = analyze_path(str(SAMPLES / f"{BASE}.md"))
    assert a.document.metadata["date"] == "2018-08-22"
    assert any(r.reason == "front matter" for r in a.document.removed)


def test_broken_docx_is_a_clear_error():
    with pytest.raises(LoadError, match="not a readable .docx"):
        decode_document(b"PK\x03\x04 this is not really a zip", "broken.docx")


def test_html_without_article_is_a_clear_error():
    with pytest.raises(LoadError, match="no article text"):
        decode_document(b"<html><head><title>x</title></head><body><script>1</script></body></html>", "x.html")


def test_cli_reads_docx_and_stdin():
    r = subprocess.run([sys.executable, "-m", "reader", "outline", str(SAMPLES / f"{BASE}.docx")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "上半年回顧" in r.stdout
    md = (SAMPLES / f"{BASE}.md").read_text(encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "reader", "outline", "-"], input=md,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "下半年續航" in r.stdout
