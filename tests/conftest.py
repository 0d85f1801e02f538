"""Shared fixtures: the bundled seed, and the corpus beside the checkout (skipped if absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "reader" / "samples" / "seed.txt"
CORPUS = Path(os.environ.get("SPEECH_READER_CORPUS", ROOT.parent / "shared" / "corpus"))

settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("deep", max_examples=20000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def corpus_file(name: str) -> Path:
    matches = sorted(CORPUS.glob(f"{name}*.txt")) if CORPUS.is_dir() else []
    if not matches:
        pytest.skip(f"corpus document {name} not found in {CORPUS}")
    return matches[0]


@pytest.fixture(scope="session")
def seed_analysis():
    from reader.document import analyze_path

    return analyze_path(str(SEED))
