"""``python -m reader``: the same as the ``speech-reader`` command."""

import sys

from .cli import main

sys.exit(main())
