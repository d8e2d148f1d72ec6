"""Accuracy floors per corpus split: ``tests/cv/test_corpus.py`` fails when a split scores below its row.

Each row is what the parser reached on that split when the row was set (rounded down a little for
the figures that move with OCR timing); a split present in ``tests/cv/corpus/`` without a row fails,
so a new split cannot be added without saying what it must keep. Groups as in ``tests/cv/scoring.py``.
"""

from __future__ import annotations

from datetime import date

# The date the corpus was written against: "present" ends here, ages and student status are read from it.
REFERENCE_DATE = date(2026, 12, 1)

FLOORS: dict[str, dict[str, float]] = {
    # Reached 2026-12-03 (parser 2.0.0, Tesseract 5.3.0): identity 97.8, education 91.1, exams 96.4,
    # other 92.4, usce 93.3, robustness 100, ocr 87.5 (8 scans, 24 fields: one field is 4.2 points).
    "dev": {
        "identity": 0.97,
        "education": 0.90,
        "exams": 0.95,
        "other": 0.91,
        "usce": 0.92,
        "robustness": 1.0,
        "ocr": 0.83,
    },
    # The held-out split, scored once when committed (never tuned on): identity 96.3, education 93.5,
    # exams 98.3, other 92.8, usce 91.2, robustness 100, ocr 52.4 (7 scans, 21 fields: one is 4.8 points).
    "test": {
        "identity": 0.95,
        "education": 0.92,
        "exams": 0.97,
        "other": 0.91,
        "usce": 0.90,
        "robustness": 1.0,
        "ocr": 0.47,
    },
}
