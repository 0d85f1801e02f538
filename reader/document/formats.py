"""Other ways in: Word ``.docx`` and saved ``.html`` news pages become text for the engine.

``.docx`` (python-docx): paragraph text, with Word's Title/Heading styles written as
markdown ``#`` headings so the outline picks them up. ``.html`` (trafilatura): the main
article text as markdown, navigation, scripts and comments dropped, the page title first.
Markdown and plain text need nothing here. Libraries are imported only when needed. Both
are capped: a .docx's parts are decompressed in chunks and counted before python-docx
reads them (a zip bomb is refused with the size-limit message), a web page may be a
sixteenth of the size limit, and the extracted text the whole limit.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from .load import LoadError, max_bytes, too_big

_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<meta|<!--)", re.I)
_HEADING = re.compile(r"^(?:heading|標題|标题)\s*(\d)$", re.I)


def kind_of(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".docx" or (data[:2] == b"PK" and b"word/document.xml" in data[:4096]):
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or _HTML_SNIFF.match(data[:512]):
        return "html"
    return "text"


# A .docx is compressed XML: its parts may hold at most a quarter of the text size limit
# once decompressed (XML is verbose; a zip bomb stops here, read in chunks, never whole).
XML_SHARE = 4
# A saved web page may be at most a sixteenth of the limit (the extractor needs ~20x its size).
HTML_SHARE = 16


def _check_zip(data: bytes, name: str) -> None:
    """Decompress every part in chunks, counting: refuse before anything is held whole."""
    import zipfile

    cap = max_bytes() // XML_SHARE
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                if info.file_size > cap:
                    raise LoadError(too_big(name, info.file_size, cap, "decompressed"))
                with zf.open(info) as part:
                    while chunk := part.read(1 << 20):
                        total += len(chunk)
                        if total > cap:
                            raise LoadError(too_big(name, total, cap, "decompressed"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise LoadError(f"{name}: not a readable .docx file ({type(exc).__name__})") from None


def docx_text(data: bytes, name: str) -> str:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise LoadError(f"{name}: reading .docx needs python-docx (pip install python-docx)") from None
    _check_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure of a hostile zip or XML (entity loops too)
        raise LoadError(f"{name}: not a readable .docx file ({type(exc).__name__})") from None
    out: list[str] = []
    for para in document.paragraphs:
        text = " ".join(para.text.split("\n")).strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        m = _HEADING.match(style.strip())
        if style.strip().lower() == "title":
            out.append(f"# {text}")
        elif m:
            out.append(f"{'#' * min(int(m.group(1)) + 1, 6)} {text}")
        else:
            out.append(text)
    if not out:
        raise LoadError(f"{name}: the .docx file has no text")
    return _capped("\n\n".join(out) + "\n", name)


def _capped(text: str, name: str) -> str:
    size = len(text.encode("utf-8"))
    if size > max_bytes():
        raise LoadError(too_big(name, size, max_bytes(), "extracted text"))
    return text


def html_text(data: bytes, name: str) -> str:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        raise LoadError(f"{name}: reading .html needs trafilatura (pip install trafilatura)") from None
    from .load import decode

    cap = max_bytes() // HTML_SHARE
    if len(data) > cap:
        raise LoadError(too_big(name, len(data), cap, "web page"))
    html = decode(data, name).text
    body = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=True, favor_recall=True)
    if not body or not body.strip():
        raise LoadError(f"{name}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "").strip() if meta is not None else ""
    return _capped(f"{title}\n\n{body}\n" if title and title not in body[:200] else body + "\n", name)
