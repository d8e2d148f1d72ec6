"""Coverage-guided fuzzing (atheris) of the intake normalizer and the CV document parser; not run by CI.

    PYTHONPATH=. .venv/bin/python tests/reliability/fuzz_atheris.py normalize -runs=20000
    PYTHONPATH=. .venv/bin/python tests/reliability/fuzz_atheris.py cv -max_len=65536 -runs=2000 CORPUS_DIR

Needs ``atheris`` (tested with 3.0.0; not in requirements). ``cv`` parses in this process, without the
sandbox's time and memory limits, so that a crash shows as a crash: any exception is a finding, and so is
an error profile without a reason. Seed a CORPUS_DIR with include/sample_data/cvs for a quicker start.
"""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    from include.cv import PROFILE_KEYS
    from include.cv.document import parse_document
    from include.intake.normalize import CANONICAL_FIELDS, VALUE_KEYS, normalize_application

TODAY = date(2026, 11, 20)
REASONS = {None, "missing email", "invalid email address", "missing name"}


def fuzz_normalize(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fields = {f: fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 80)) for f in CANONICAL_FIELDS}
    result = normalize_application(fields, TODAY)
    if set(result.values) != set(VALUE_KEYS) or result.reject_reason not in REASONS:
        raise AssertionError(f"unexpected result shape: reject_reason={result.reject_reason!r}")


def fuzz_cv(data: bytes) -> None:
    profile = parse_document(data, TODAY)
    if tuple(profile) != PROFILE_KEYS:
        raise AssertionError("profile keys changed")
    if profile["error"] and not profile["error_reason"]:
        raise AssertionError("an error profile without a reason")


TARGETS = {"normalize": fuzz_normalize, "cv": fuzz_cv}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_atheris.py {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
