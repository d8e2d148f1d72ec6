"""Accuracy floors per corpus split: ``tests/cv/test_corpus.py`` fails when a split scores below its row.

Each row is what the parser reached on that split when the row was set (rounded down a little for
the figures that move with OCR timing); a split present in ``tests/cv/corpus/`` without a row fails,
so a new split cannot be added without saying what it must keep. Groups as in ``tests/cv/scoring.py``.
"""

from __future__ import annotations

from datetime import date

# The date the corpus was written against: "present" ends here, ages and student status are read from it.
REFERENCE_DATE = date(2026, 12, 1)

FLOORS: dict[str, dict[str, float]] = {}
