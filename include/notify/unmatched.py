"""Why an applicant has nothing to recommend: the rules that shut the door, most common first.

Asked of the preceptors in the applicant's own specialty family (the ones that could have fitted): a
"wrong specialty" across the whole roster says nothing. When none exists, the specialty itself is the
reason. Read from the current roster with the matching rules, so it agrees with ``cli why``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from include.labels import humanize, label
from include.matching.rules import ineligibility, specialty_match
from include.matching.run import active_preceptors, matching_applicants, seats_free

TOP = 3
# The applicant field each rule needs; when it is empty the advice is "tell us", not "you fall short".
RULE_FIELD = {
    "step2ck": "usmle_step2ck",
    "ecfmg": "ecfmg_status",
    "visa": "visa_status",
    "years_since_graduation": "graduation_year",
    "dates_capacity": "preferred_start",
}


@dataclass(frozen=True)
class Blocker:
    rule: str
    preceptors: int  # how many preceptors in the applicant's specialty this rule turns away
    detail: str  # one example, as the matching rules word it (for staff)
    not_on_file: bool = False  # the applicant never gave the fact this rule reads

    @property
    def staff_text(self) -> str:
        if self.rule == "specialty":
            return f"{label('rule', self.rule)}: {humanize(self.detail)}"
        who = f"{self.preceptors} preceptor{'s' if self.preceptors != 1 else ''}"
        return f"{label('rule', self.rule)} ({who}; e.g. {humanize(self.detail)})"

    @property
    def applicant_text(self) -> str:
        return label("rule_missing" if self.not_on_file else "rule_advice", self.rule)


def top_blockers(conn: Connection, applicant_id: int, today: date, top: int = TOP) -> list[Blocker]:
    """The ``top`` rules that most often turn away preceptors in the applicant's specialty ([] if matched)."""
    found = matching_applicants(conn, applicant_id)
    if not found:
        return []
    applicant = found[0]
    preceptors = active_preceptors(conn)
    family = [p for p in preceptors if specialty_match(applicant, p)]
    if not family:
        wanted = ", ".join(applicant.get("specialties") or ()) or "no specialty on file"
        return [Blocker("specialty", 0, f"no preceptor on the roster offers {wanted}")]
    free = seats_free(conn, family)
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for preceptor in family:
        months = {m: n for (pid, m), n in free.items() if pid == preceptor["id"]}
        for rule, detail in ineligibility(applicant, preceptor, months, today):
            counts[rule] += 1
            example.setdefault(rule, detail)
    if not counts:
        return []
    return [
        Blocker(rule, n, example[rule], rule in RULE_FIELD and not applicant.get(RULE_FIELD[rule]))
        for rule, n in counts.most_common(top)
    ]
