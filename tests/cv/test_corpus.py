"""Every labeled corpus split in tests/cv/corpus/ is parsed in the sandboxed pool and scored against its floors.

A split is a folder with ``files/`` and ``truth.jsonl`` (written by helpers who never saw the parser,
with the generators that made the files beside them). The scorer is ``tests/cv/scoring.py``; when the
shared ``score_cv.py`` is on this machine, both must print the same figures for every split.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from include.cv import CvParserPool
from tests.cv import scoring
from tests.cv.corpus_floors import FLOORS, REFERENCE_DATE

CORPUS = Path(__file__).parent / "corpus"
SPLITS = sorted(p.name for p in CORPUS.iterdir() if (p / "truth.jsonl").is_file()) if CORPUS.is_dir() else []
_SHARED_SCORER = [
    Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_cv.py",
    Path("/work/shared/tools/score_cv.py"),
]
_parsed: dict[str, list[dict[str, Any]]] = {}


def parsed(split: str) -> list[dict[str, Any]]:
    """Profiles of the split's truth files, each with ``file`` (parsed once per session)."""
    if split not in _parsed:
        truth = scoring.read_jsonl(CORPUS / split / "truth.jsonl")
        paths = [CORPUS / split / "files" / row["file"] for row in truth]
        with CvParserPool(2, timeout_s=120) as pool:
            profiles = pool.parse_many([(p.read_bytes(), p.name) for p in paths], today=REFERENCE_DATE)
        _parsed[split] = [{**profile, "file": p.name} for profile, p in zip(profiles, paths, strict=True)]
    return _parsed[split]


def test_every_split_has_a_floors_row() -> None:
    missing = [s for s in SPLITS if s not in FLOORS]
    assert not missing, f"corpus splits without floors in tests/cv/corpus_floors.py: {missing}"


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_complete(split: str) -> None:
    truth = scoring.read_jsonl(CORPUS / split / "truth.jsonl")
    assert truth, "empty truth file"
    names = [row["file"] for row in truth]
    assert len(names) == len(set(names))
    assert all((CORPUS / split / "files" / n).is_file() for n in names)


@pytest.mark.parametrize("split", SPLITS)
def test_split_meets_its_floors(split: str) -> None:
    if split not in FLOORS:
        pytest.fail(f"no floors row for corpus split {split!r}")
    result = scoring.score(parsed(split), scoring.read_jsonl(CORPUS / split / "truth.jsonl"))
    accuracy = result.accuracy
    below = {g: round(accuracy[g], 4) for g, floor in FLOORS[split].items() if accuracy[g] < floor}
    assert not below, f"{split}: {result.line()}; below the floors: {below}"


@pytest.mark.parametrize("split", SPLITS)
def test_scorer_agrees_with_the_shared_score_cv(split: str, tmp_path: Path) -> None:
    shared = next((p for p in _SHARED_SCORER if p.is_file()), None)
    if shared is None:
        pytest.skip("shared score_cv.py is not on this machine")
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in parsed(split)), encoding="utf-8")
    truth = CORPUS / split / "truth.jsonl"
    done = subprocess.run([sys.executable, str(shared), str(out), str(truth)], capture_output=True, text=True)
    ours = scoring.score(parsed(split), scoring.read_jsonl(truth)).line()
    assert done.stdout.strip().splitlines()[-1] == ours


def test_scorer_rules_on_a_small_case() -> None:
    truth = [
        {"file": "a.pdf", "full_name": "José Núñez", "email": "j@x.org", "phone_e164": "+15555550100",
         "medical_school": "University of Lagos College of Medicine", "medical_school_country": "NG",
         "graduation_year": 2020, "is_student": False, "usmle_step1": "pass", "usmle_step2ck": 250,
         "usmle_step3": None, "ecfmg_status": "certified", "specialties": ["Pediatrics"], "languages": ["English"],
         "visa_status": "j1", "publications": 2, "usce_months": 3, "usce_months_clinical": 2,
         "usce_entries": [{"type": "observership", "state": "NY", "start": "2025-01", "end": "2025-02"}]},
        {"file": "b.pdf", "error": True},
        {"file": "c.pdf", "needs_ocr": True, "full_name": "A B", "email": None, "phone_e164": None},
    ]  # fmt: skip
    got = [
        {**truth[0], "full_name": "JOSÉ  NÚÑEZ", "usce_months": 2,
         "medical_school": "University of Lagos College of Medicine, Idi-Araba",
         "usce_entries": [*truth[0]["usce_entries"], {"type": "research", "state": "TX", "start": "2024-01",
                                                        "end": "2024-03"}]},
        {"file": "b.pdf", "error": True},
        {"file": "c.pdf", "ocr": True, "full_name": "a b", "email": None, "phone_e164": "+1"},
    ]  # fmt: skip
    result = scoring.score(got, truth)
    acc = result.accuracy
    assert acc["identity"] == 1.0
    assert acc["education"] == 1.0
    assert acc["robustness"] == 1.0
    assert acc["usce"] == pytest.approx((1 + 2 / 3) / 2)
    assert acc["ocr"] == pytest.approx(2 / 3)
