"""Form answers and CV facts side by side: the form wins, gaps are filled from the CV, disagreements flagged.

Applicants type their scores into the form and also write them in their CV; the two disagree more
often than one would hope (an old score, a typo, "certified" while ECFMG still says pending). Ops see
each disagreement as ``{field, form, cv}``; no contact field is ever compared or stored here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Profile key -> applicants column holding the form's answer.
COMPARED: dict[str, str] = {
    "usmle_step1": "usmle_step1",
    "usmle_step2ck": "usmle_step2ck",
    "graduation_year": "graduation_year",
    "ecfmg_status": "ecfmg_status",
    "medical_school_country": "country",
    "visa_status": "visa_status",
}
# Columns a CV may fill when the form left them empty (facts programs screen on).
FILLABLE = ("graduation_year", "usmle_step1", "usmle_step2ck", "ecfmg_status")
# The lowest passing three-digit Step 1 score ever set; a score at or above it is a pass.
_STEP1_PASS_MIN = 188


@dataclass(frozen=True)
class Merge:
    discrepancies: list[dict[str, Any]] = field(default_factory=list)
    fills: dict[str, Any] = field(default_factory=dict)  # applicants column -> value from the CV


def column_value(key: str, value: Any) -> Any:
    """A CV value in its applicants-column form (Step 1 is stored as text: "pass", "fail" or "231")."""
    if key == "usmle_step1" and isinstance(value, int):
        return str(value)
    return value


def _agree(key: str, form: Any, cv: Any) -> bool:
    if form == cv:
        return True
    if key == "usmle_step1" and "pass" in (form, cv):
        other = cv if form == "pass" else form
        return isinstance(other, str) and other.isdigit() and int(other) >= _STEP1_PASS_MIN
    return False


def merge(form: Mapping[str, Any], profile: Mapping[str, Any], filled_before: Mapping[str, Any]) -> Merge:
    """What the CV adds to the applicant's form answers.

    ``filled_before`` holds the columns an earlier CV filled, with the value filled: such a column is
    not a form answer while it still holds that value, so a newer CV replaces it instead of disagreeing.
    """
    out = Merge()
    if profile.get("error"):
        return out
    for key, column in COMPARED.items():
        cv = column_value(key, profile.get(key))
        if cv is None:
            continue
        answer = form.get(column)
        from_cv = column in filled_before and filled_before[column] == answer
        if answer is None or from_cv:
            if column in FILLABLE and answer != cv:
                out.fills[column] = cv
        elif not _agree(key, answer, cv):
            out.discrepancies.append({"field": key, "form": answer, "cv": cv})
    return out


LABELS = {
    "usmle_step1": "Step 1",
    "usmle_step2ck": "Step 2 CK",
    "graduation_year": "graduation year",
    "ecfmg_status": "ECFMG",
    "medical_school_country": "school country",
    "visa_status": "visa",
}


def describe(discrepancies: list[dict[str, Any]]) -> str:
    """ "Step 2 CK: form 250, CV 245; ECFMG: form certified, CV pending" for ops (facts only, no contact data)."""
    return "; ".join(
        f"{LABELS.get(d['field'], d['field'])}: form {_value(d['field'], d['form'])}, CV {_value(d['field'], d['cv'])}"
        for d in discrepancies
    )


def _value(field: str, value: Any) -> str:
    """Coded answers (ECFMG, visa) as their labels; "not_certified" is not something to show ops."""
    from include.labels import label

    return label(field, value) if field in {"ecfmg_status", "visa_status"} and isinstance(value, str) else str(value)
