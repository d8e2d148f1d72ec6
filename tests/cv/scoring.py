"""Scores CV profiles against a corpus split's truth, with the same rules as the shared ``score_cv.py``.

CI runs on a clean clone without the shared tools, so the rules live here too; ``test_corpus`` checks
that both give the same figures whenever ``score_cv.py`` is present. Rules: text fields compare case-
and space-insensitively (NFC); medical_school matches when one contains the other or similarity
>= 0.85; lists compare as sets; ``usce_entries`` by F1 over (type, state, start, end); a truth row with
``error`` scores robustness only, one with ``needs_ocr`` scores robustness (flagged or read by OCR) and,
when read by OCR, its identity as the ``ocr`` group.

    PYTHONPATH=. .venv/bin/python -m tests.cv.scoring OUTPUT.jsonl TRUTH.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

TARGET = {"identity": 0.98, "education": 0.95, "exams": 0.97, "usce": 0.93, "robustness": 1.0, "ocr": 0.90}


def norm(value: Any) -> str | None:
    return " ".join(unicodedata.normalize("NFC", str(value)).casefold().split()) if value is not None else None


def same(a: Any, b: Any) -> bool:
    return norm(a) == norm(b)


def same_school(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    got, want = norm(a) or "", norm(b) or ""
    return want in got or SequenceMatcher(None, got, want).ratio() >= 0.85


def same_set(a: Iterable[Any] | None, b: Iterable[Any] | None) -> bool:
    return {norm(x) for x in (a or [])} == {norm(x) for x in (b or [])}


def entries_f1(got: list[Any] | None, want: list[dict[str, Any]]) -> float:
    def key(e: dict[str, Any]) -> tuple[Any, ...]:
        return norm(e.get("type")), norm(e.get("state")), e.get("start"), e.get("end")

    g = {key(e) for e in (got or []) if isinstance(e, dict)}
    w = {key(e) for e in want}
    if not g and not w:
        return 1.0
    tp = len(g & w)
    return 0.0 if tp == 0 else 2 * tp / (len(g) + len(w))


Compare = Callable[[Any, Any], bool]
GROUPS: dict[str, list[tuple[str, Compare]]] = {
    "identity": [("full_name", same), ("email", same), ("phone_e164", same)],
    "education": [
        ("medical_school", same_school),
        ("medical_school_country", same),
        ("graduation_year", same),
        ("is_student", same),
    ],
    "exams": [("usmle_step1", same), ("usmle_step2ck", same), ("usmle_step3", same), ("ecfmg_status", same)],
    "other": [("specialties", same_set), ("languages", same_set), ("visa_status", same), ("publications", same)],
}
ALL_GROUPS = (*GROUPS, "usce", "robustness", "ocr")


@dataclass
class Score:
    """Per-group accuracy (0..1), the groups' raw marks and the misses per field."""

    marks: dict[str, list[float]] = field(default_factory=lambda: {g: [] for g in ALL_GROUPS})
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def accuracy(self) -> dict[str, float]:
        return {g: (sum(v) / len(v) if v else 0.0) for g, v in self.marks.items()}

    @property
    def overall(self) -> float:
        values = [x for g, v in self.marks.items() if g != "ocr" for x in v]
        return sum(values) / len(values) if values else 0.0

    def line(self) -> str:
        """The one-line summary, formatted as ``score_cv.py`` prints it."""
        acc = self.accuracy
        return "cv: overall %.1f%% | " % (100 * self.overall) + " ".join(f"{g} {100 * a:.1f}%" for g, a in acc.items())


def score(profiles: Iterable[dict[str, Any]], truth: Iterable[dict[str, Any]]) -> Score:
    """Score profiles (each with ``file``) against truth rows (each with ``file``)."""
    got = {Path(str(p.get("file", ""))).name: p for p in profiles}
    out = Score()
    for t in truth:
        d = got.get(t["file"], {})
        if t.get("error"):
            out.marks["robustness"].append(bool(d.get("error")))
            continue
        if t.get("needs_ocr"):
            read = bool(d.get("ocr")) and not d.get("error")
            out.marks["robustness"].append(bool(d.get("needs_ocr")) or read)
            if read:
                out.marks["ocr"] += [same(d.get(f), t.get(f)) for f in ("full_name", "email", "phone_e164")]
            continue
        out.marks["robustness"].append(bool(d) and not d.get("error"))
        for group, fields in GROUPS.items():
            for name, compare in fields:
                ok = compare(d.get(name), t.get(name))
                out.marks[group].append(ok)
                if not ok:
                    out.misses.setdefault(name, []).append(f"{t['file']}: got {d.get(name)!r} want {t.get(name)!r}")
        months = d.get("usce_months")
        out.marks["usce"].append(months in (t["usce_months"], t["usce_months_clinical"]))
        if months not in (t["usce_months"], t["usce_months_clinical"]):
            out.misses.setdefault("usce_months", []).append(
                f"{t['file']}: got {months!r} want {t['usce_months']!r}/{t['usce_months_clinical']!r}"
            )
        f1 = entries_f1(d.get("usce_entries"), t["usce_entries"])
        out.marks["usce"].append(f1)
        if f1 < 1.0:
            out.misses.setdefault("usce_entries", []).append(f"{t['file']}: F1 {f1:.2f}")
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("{"):
            rows.append(json.loads(line))
    return rows


def main(argv: list[str]) -> int:
    result = score(read_jsonl(Path(argv[0])), read_jsonl(Path(argv[1])))
    if "-v" in argv:
        for name, missed in result.misses.items():
            print(name, len(missed), *missed[:4], sep="\n  ")
    print(result.line())
    return 0 if all(result.accuracy[g] >= TARGET.get(g, 0) for g in result.accuracy) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
