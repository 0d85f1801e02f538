"""Hostile files, round two: decompression bombs, entity loops, huge pages, Shift-JIS,
emoji joiners and fillers, grapheme clusters at a line break. Each failed before its fix."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document.linebreak import wrap
from reader.document.load import LoadError, decode, decode_document
from reader.document.safe import visible

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
    'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(document_xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", document_xml)
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_small_docx_still_reads():
    data = docx(f'<w:document {W}><w:body>{paragraph("標題")}{paragraph("正文內容，說明會議情況。")}</w:body></w:document>')
    assert "正文內容" in decode_document(data, "ok.docx").text


def test_a_zip_bomb_is_refused_with_the_size_limit_message(monkeypatch):
    monkeypatch.setenv("SPEECH_READER_MAX_BYTES", str(4 << 20))  # XML may be 1 MB decompressed
    body = paragraph("字" * 100) * 40_000  # ~5 MB of XML that compresses to a few KB
    data = docx(f'<w:document {W}><w:body>{body}</w:body></w:document>')
    assert len(data) < 200_000
    with pytest.raises(LoadError, match="decompressed.*over the .* limit"):
        decode_document(data, "bomb.docx")


def test_an_entity_loop_is_a_one_line_error():
    laughs = "".join(f'<!ENTITY l{k} "&l{k - 1};&l{k - 1};&l{k - 1};&l{k - 1};&l{k - 1};">' for k in range(1, 12))
    xml = f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "哈">{laughs}]>' \
          f'<w:document {W}><w:body><w:p><w:r><w:t>&l11;</w:t></w:r></w:p></w:body></w:document>'
    with pytest.raises(LoadError, match="not a readable .docx|no text|over the"):
        decode_document(docx(xml), "laughs.docx")


def test_a_huge_web_page_is_refused_before_extraction(monkeypatch, tmp_path):
    monkeypatch.setenv("SPEECH_READER_MAX_BYTES", str(16 << 20))  # a page may be 1 MB
    page = "<html><body>" + "<p>正文內容，說明會議情況。</p>" * 60_000 + "</body></html>"
    with pytest.raises(LoadError, match="web page.*over the .* limit"):
        decode_document(page.encode(), "huge.html")
    path = tmp_path / "huge.html"
    path.write_text(page, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "reader", "outline", str(path)], capture_output=True, text=True,
                       timeout=60, env={**__import__("os").environ, "SPEECH_READER_MAX_BYTES": str(16 << 20)})
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "limit" in r.stderr


def test_shift_jis_is_read_as_japanese_not_gb18030_mojibake():
    text = "日本語のテキストです。これはシフトJISで保存されたファイルです。会議で発言した。\n" * 3
    decoded = decode(text.encode("shift_jis"))
    assert decoded.encoding == "shift_jis" and decoded.text == text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # a ZWJ family stays joined
        ("❤\ufe0f", "❤\ufe0f"),  # an emoji variation selector stays
        ("字\u200d字", "字¦字"),  # a joiner between letters is hidden text: shown
        ("\ufe0f開頭", "¦開頭"),  # a selector with nothing before it
        ("旗\U000E0041\U000E007F", "旗¦¦"),  # tag characters
        ("空\u3164白\u115f填\u180e充", "空¦白¦填¦充"),  # blank fillers
    ],
)
def test_visible_keeps_emoji_sequences_and_shows_hidden_characters(raw, shown):
    assert visible(raw) == shown and len(visible(raw)) == len(raw)


@pytest.mark.parametrize("text", ["字字字e\u0301，字", "字字e\u0301。字", "cafe\u0301 re\u0301sume\u0301 " + "e\u0301" * 9,
                                  "2\u0301（\u0301 \u0301\u03081，字"])
def test_no_line_starts_with_a_combining_mark(text):
    for width in (2, 3, 4):
        for a, b in wrap(text, width):
            assert text[a:b] and not ("\u0300" <= text[a] <= "\u036f"), (width, text[a:b])


@given(st.text(alphabet="字ae\u0301\u0308，（「12% 。b年個👨\u200d", min_size=1, max_size=20), st.integers(2, 6))
def test_no_line_starts_with_a_combining_mark_property(text, width):
    for a, b in wrap(text, width):
        if a > 0:
            assert not ("\u0300" <= text[a] <= "\u036f" or text[a] == "\u200d"), (text, width, text[a:b])
