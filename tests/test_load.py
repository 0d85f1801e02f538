"""Decoding: BOMs, GB18030, Big5, UTF-16, newlines; refusing binary and empty input."""

from __future__ import annotations

import pytest

from reader.document import LoadError, analyze_bytes
from reader.document.load import decode

TEXT = "政府工作報告\n\n一、過去一年的工作\n\n我們堅持穩中求進，國內生產總值增長7.4%。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("big5"), "big5"),
        (TEXT.replace("報", "报").encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_detected(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert "7.4%" in decoded.text and "\r" not in decoded.text


def test_simplified_gbk_document():
    text = "政府工作报告\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n" * 5
    decoded = decode(text.encode("gbk"))
    assert decoded.text == text


def test_newlines_normalised():
    a = analyze_bytes("標題\r\n\r\n第一段。\r第二段文字。\r\n".encode())
    assert "\r" not in a.text
    assert [p.text for p in a.paragraphs] == ["第一段。", "第二段文字。"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        ("\u3000\n".encode(), "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"abc\x00def" * 10, "binary"),
    ],
)
def test_unusable_input(data, message):
    with pytest.raises(LoadError, match=message):
        decode(data, "x.txt")


def test_invalid_utf8_in_valid_text_is_shown():
    data = ("正文內容。" * 400).encode() + b"\xff\xfe\xfa" + ("後文。" * 400).encode()
    decoded = decode(data)
    assert "\ufffd" in decoded.text and decoded.text.startswith("正文內容")
