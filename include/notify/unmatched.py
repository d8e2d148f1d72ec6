"""Why an applicant has nothing to recommend: the rules that shut the door, most common first.

Asked of the preceptors in the applicant's own specialty family (the ones that could have fitted): a
"wrong specialty" across the whole roster says nothing. When none exists, the specialty itself is the
reason. Counted from the failure bitmasks of the last matching run (``matching.reasons``), worded with the
same rules as ``cli why``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from include.labels import humanize, label
from include.matching.reasons import family_failures_many
from include.matching.rules import failure_detail
from include.matching.run import matching_applicants, seats_free
from include.store import tables as t

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
    """The ``top`` rules that most often turn away preceptors in the applicant's specialty ([] if none does).

    Read from the last matching run's family tally (``match_failures``), or judged now for an applicant it has
    not seen; the example is worded for the first preceptor (by id) the rule turns away.
    """
    return top_blockers_many(conn, [applicant_id], today, top).get(applicant_id, [])


def top_blockers_many(
    conn: Connection, applicant_ids: Sequence[int], today: date, top: int = TOP
) -> dict[int, list[Blocker]]:
    """``top_blockers`` for a batch (the briefs of an email batch) in four queries, not four per applicant."""
    found = {ap["id"]: ap for ap in matching_applicants(conn, applicant_ids)} if applicant_ids else {}
    tallies = family_failures_many(conn, list(found), today) if found else {}
    ranked = {
        aid: sorted(family.get("rules") or (), key=lambda r: -r[1])[:top]  # stable: ties keep the order met
        for aid, (family, _on) in tallies.items()
        if family.get("preceptors")
    }
    pr = t.preceptors
    pids = sorted({r[2] for rules in ranked.values() for r in rules})
    examples = {r.id: dict(r._mapping) for r in conn.execute(select(pr).where(pr.c.id.in_(pids)))} if pids else {}
    free = seats_free(conn, list(examples.values())) if examples else {}
    out: dict[int, list[Blocker]] = {}
    for aid, (_family, on) in tallies.items():
        applicant = found[aid]
        if aid not in ranked:
            wanted = ", ".join(applicant.get("specialties") or ()) or "no specialty on file"
            out[aid] = [Blocker("specialty", 0, f"no preceptor on the roster offers {wanted}")]
            continue
        out[aid] = []
        for rule, n, pid in ranked[aid]:
            p = examples.get(pid)
            months = {m: k for (q, m), k in free.items() if q == pid}
            detail = failure_detail(rule, applicant, p, months, on) if p else ""
            out[aid].append(Blocker(rule, n, detail, rule in RULE_FIELD and not applicant.get(RULE_FIELD[rule])))
    return out
