"""The news-report scorer over ../shared/corpus-news (skipped when that folder is absent).

Runs ../shared/tools/score.py's own scoring in-process, with the engine called directly
instead of through the installed console script, and holds the minimums of issue 10:
outline F1 >= 0.90, parent accuracy >= 0.90, figures F1 >= 0.95.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from reader.document import analyze_path, export

ROOT = Path(__file__).resolve().parent.parent
NEWS = Path(os.environ.get("SPEECH_READER_NEWS_CORPUS", ROOT.parent / "shared" / "corpus-news"))
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def _scorer():
    if not NEWS.is_dir() or not SCORER.is_file():
        pytest.skip(f"news corpus or scorer not found beside the project ({NEWS}, {SCORER})")
    spec = importlib.util.spec_from_file_location("speech_reader_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def run_json(args):
        command, path = args[0], args[1]
        a = analyze_path(path)
        out = export.outline_json(a) if command == "outline" else export.figures_json(a)
        return json.loads(json.dumps(out, ensure_ascii=False))

    module.run_json = run_json
    return module


def test_news_corpus_scores_hold_the_minimums():
    score = _scorer()
    docs = sorted(NEWS.glob("*.txt"))
    assert docs
    o = dict(tp=0, gold=0, pred=0, parent_ok=0)
    f = dict(tp=0, gold=0, pred=0)
    for doc in docs:
        for k, v in score.score_outline(doc).items():
            o[k] += v
        fig = score.score_figures(doc)
        if fig:
            for k, v in fig.items():
                f[k] += v
    _, _, outline_f1 = score.prf(o["tp"], o["gold"], o["pred"])
    parent = o["parent_ok"] / o["tp"]
    _, _, figures_f1 = score.prf(f["tp"], f["gold"], f["pred"])
    assert outline_f1 >= 0.90, outline_f1
    assert parent >= 0.90, parent
    assert figures_f1 >= 0.95, figures_f1
