"""speech-reader: a keyboard-first terminal reader for long Chinese speeches and reports."""

__version__ = "0.1.0"
