"""Reading rules from issue 12's thirty-fifth round (holdout34, tuned on once scored untouched)."""

from __future__ import annotations

from tests.cv.corpus_files import spans


def test_a_length_from_a_start_date_in_capitals_or_commencing() -> None:
    assert spans("8 WEEKS, STARTING MARCH 2024") == [((2024, 3), (2024, 4))]
    assert spans("3 months commencing 1 May 2024") == [((2024, 5), (2024, 7))]
    assert spans("4 Weeks From Jan 2025") == [((2025, 1), (2025, 1))]
