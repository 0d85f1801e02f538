"""Coverage-guided fuzzing of the loader and the outline builder (atheris).

    pip install atheris
    bash fuzz/run.sh 300          # or: python fuzz/fuzz_engine.py -max_total_time=300 DIR

Every input goes through ``analyze_bytes``: it must either raise ``LoadError`` (a refused
file) or return an analysis that keeps the "no text is lost" contract, with figure
offsets that index the text. Anything else is a crash atheris reports and saves. The first
byte chooses the way in: the bytes as a file of any kind (sniffed), the rest as the
``word/document.xml`` of a .docx (the zip and XML readers), or as the body of an .html
page (the article extractor).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from reader.document import LoadError, analyze_bytes
    from reader.document.linebreak import wrap

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from contract import check_contract  # noqa: E402

_RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         b'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          b'wordprocessingml.document.main+xml"/></Types>')


def as_docx(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", xml)
    return out.getvalue()


def one_input(data: bytes) -> None:
    mode, rest = (data[0] % 3, data[1:]) if data else (0, data)
    if mode == 1:
        data, name = as_docx(rest), "fuzz.docx"
    elif mode == 2:
        data, name = b"<html><head><title>t</title></head><body>" + rest + b"</body></html>", "fuzz.html"
    else:
        name = "fuzz"
    try:
        analysis = analyze_bytes(data, name)
    except LoadError:
        return
    check_contract(analysis)
    for para in analysis.paragraphs[:20]:
        for a, b in wrap(para.text, 17):
            assert 0 <= a <= b <= len(para.text)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
