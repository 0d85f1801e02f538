"""Coverage-guided fuzzing of the loader and the outline builder (atheris).

    pip install atheris
    bash fuzz/run.sh 300          # or: python fuzz/fuzz_engine.py -max_total_time=300 DIR

Every input goes through ``analyze_bytes``: it must either raise ``LoadError`` (a refused
file) or return an analysis that keeps the "no text is lost" contract, with figure
offsets that index the text. Anything else is a crash atheris reports and saves.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from reader.document import LoadError, analyze_bytes
    from reader.document.linebreak import wrap

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from contract import check_contract  # noqa: E402


def one_input(data: bytes) -> None:
    try:
        analysis = analyze_bytes(data, "fuzz")
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
