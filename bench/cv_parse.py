"""CV parser: per-field accuracy on the labeled set and text-PDF throughput on one core, against a baseline.

Baseline: pdfminer.six ``extract_text`` (plain, default layout analysis) feeding the same profile
extractor, so the comparison isolates PDF text extraction (reading order, two columns, tables).
Accuracy is measured on the whole labeled set for clerkflow and on its PDFs for both; throughput on
the text PDFs, in this process (one core), and through the sandboxed pool with one worker.

    PYTHONPATH=. .venv/bin/python bench/cv_parse.py [--seconds 3] [--full]
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from typing import Any

from include.cv import PROFILE_KEYS, CvParserPool, extract_profile, parse_document
from tests.cv.labeled.generate import TODAY, LabeledCv, labeled_set

IDENTITY = ("full_name", "email", "phone_e164")
EXAMS = ("usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status")
TARGETS = {"identity": 0.95, "exams": 0.95, "usce_entries": 0.90}
TARGET_RATE = 20.0


def pdfminer_profile(content: bytes) -> dict[str, Any]:
    """The baseline: pdfminer's plain text through the same extractor."""
    from pdfminer.high_level import extract_text

    return extract_profile(extract_text(io.BytesIO(content)), TODAY)


def clerkflow_profile(content: bytes) -> dict[str, Any]:
    return parse_document(content, TODAY)


def entry_score(expected: list[dict], got: list[dict]) -> tuple[int, int]:
    """(entries right, entries counted): each expected entry found exactly once; extra entries count against."""
    remaining = list(got)
    right = 0
    for entry in expected:
        if entry in remaining:
            remaining.remove(entry)
            right += 1
    return right, max(len(expected), len(got))


def accuracy(cases: list[LabeledCv], profiles: list[dict[str, Any]]) -> dict[str, float]:
    """Share of CVs whose field equals the label, per field; ``usce_entries`` is per entry."""
    out: dict[str, float] = {}
    for key in PROFILE_KEYS:
        if key == "usce_entries":
            scores = [entry_score(c.expected[key], p[key]) for c, p in zip(cases, profiles, strict=True)]
            counted = sum(n for _, n in scores)
            out[key] = sum(r for r, _ in scores) / counted if counted else 1.0
        else:
            out[key] = sum(c.expected[key] == p[key] for c, p in zip(cases, profiles, strict=True)) / len(cases)
    out["identity"] = sum(out[k] for k in IDENTITY) / len(IDENTITY)
    out["exams"] = sum(out[k] for k in EXAMS) / len(EXAMS)
    return out


def rate(fn: Callable[[bytes], Any], docs: list[bytes], seconds: float) -> float:
    """Documents per second, looping over ``docs`` for at least ``seconds``."""
    for doc in docs[:3]:
        fn(doc)  # warm imports and caches
    done, start = 0, time.perf_counter()
    while True:
        for doc in docs:
            fn(doc)
        done += len(docs)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="timing window per measurement")
    parser.add_argument("--full", action="store_true", help="10 s timing windows")
    args = parser.parse_args()
    seconds = 10.0 if args.full else args.seconds

    import pdfminer

    cases = labeled_set()
    readable = [c for c in cases if not c.expected["error"] and not c.expected["needs_ocr"]]
    pdfs = [c for c in readable if c.content.startswith(b"%PDF")]
    print(f"labeled set: {len(cases)} files ({len(cases) - len(pdfs)} non-PDF or broken), {len(pdfs)} text PDFs")
    print(f"baseline: pdfminer.six=={pdfminer.__version__} extract_text + the same profile extractor\n")

    ours_all = accuracy(cases, [clerkflow_profile(c.content) for c in cases])
    ours_pdf = accuracy(pdfs, [clerkflow_profile(c.content) for c in pdfs])
    base_pdf = accuracy(pdfs, [pdfminer_profile(c.content) for c in pdfs])
    print(f"{'field':<24}{'clerkflow all':>15}{'clerkflow PDF':>15}{'pdfminer PDF':>15}")
    for key in (*PROFILE_KEYS, "identity", "exams"):
        print(f"{key:<24}{ours_all[key]:>15.1%}{ours_pdf[key]:>15.1%}{base_pdf[key]:>15.1%}")

    docs = [c.content for c in pdfs]
    ours_rate = rate(clerkflow_profile, docs, seconds)
    base_rate = rate(pdfminer_profile, docs, seconds)
    with CvParserPool(1) as pool:
        pooled_rate = rate(lambda d: pool.parse(d, "cv.pdf", today=TODAY), docs, seconds)
    print(f"\ntext-PDF CVs per second, one core: clerkflow {ours_rate:.1f} (sandboxed pool, 1 worker: "
          f"{pooled_rate:.1f}); pdfminer baseline {base_rate:.1f}  ({ours_rate / base_rate:.1f}x)")  # fmt: skip

    print("\ntargets:")
    for group, target in TARGETS.items():
        ok = ours_all[group] >= target
        print(f"  {group:<14} {ours_all[group]:.1%} (>= {target:.0%})  {'ok' if ok else 'MISSED'}")
    print(f"  {'CVs/s':<14} {ours_rate:.1f} (>= {TARGET_RATE:g})  {'ok' if ours_rate >= TARGET_RATE else 'MISSED'}")


if __name__ == "__main__":
    main()
