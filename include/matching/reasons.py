"""Ineligibility in words, rendered from the stored failure bitmasks (``failures``) when a page or an email asks.

The applicant page lists the kept pairs with their reasons, ops' attention list counts them by first rule, the
report explains an unhonored pin, and the advisor's brief and the follow-up email say what turns the applicant's
specialty family away. The words come from ``rules.failure_detail`` with the current applicant and roster, on the
date of the matching run that set the bits, so they read as the text stored per pair used to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from include.matching.failures import EXCLUDED, FamilyTally, rules_of, unpack
from include.matching.pairwise import Pairwise
from include.matching.rules import failure_detail
from include.matching.run import active_preceptors, matching_applicants, seats_free
from include.store import tables as t
from include.timeutil import as_utc


@dataclass(frozen=True)
class Stored:
    pairs: list[tuple[str, int]]  # (preceptor id, mask)
    family: dict[str, Any]  # ``failures.FamilyTally.summary``
    today: date  # the matching run's date, which the words are rendered for


def load(conn: Connection, applicant_id: int) -> Stored | None:
    """The last matching run's failures for one applicant (None if it has not judged them)."""
    f = t.match_failures
    row = conn.execute(select(f.c.pairs, f.c.family, f.c.computed_at).where(f.c.applicant_id == applicant_id)).first()
    if row is None:
        return None
    return Stored(unpack(row.pairs), row.family or {}, as_utc(row.computed_at).date())


def describe(
    mask: int, applicant: Mapping[str, Any], preceptor: Mapping[str, Any], free_months: Mapping[str, int], today: date
) -> tuple[str, str]:
    """(first rule, every rule's words joined by "; ") for one pair's mask."""
    rules = rules_of(mask)
    words = [
        "excluded by ops" if rule == EXCLUDED else failure_detail(rule, applicant, preceptor, free_months, today)
        for rule in rules
    ]
    return rules[0], "; ".join(words)


def pair_reasons(conn: Connection, applicant_id: int) -> list[dict[str, Any]]:
    """Every kept pair of the applicant: preceptor (id, name, specialty, state), first rule and detail.

    Ordered by rule, then preceptor id.
    """
    stored = load(conn, applicant_id)
    if stored is None or not stored.pairs:
        return []
    [applicant] = matching_applicants(conn, applicant_id)
    preceptors = _preceptors(conn, {pid for pid, _ in stored.pairs})
    free = _free_by_preceptor(conn, list(preceptors.values()))
    out = []
    for pid, mask in stored.pairs:
        p = preceptors.get(pid)
        if p is None:  # gone from the roster since the run
            continue
        rule, detail = describe(mask, applicant, p, free[pid], stored.today)
        out.append(
            {
                "preceptor_id": pid,
                "preceptor": p["name"],
                "specialty": p["specialty"],
                "state": p["state"],
                "rule": rule,
                "detail": detail,
            }
        )
    return sorted(out, key=lambda r: (r["rule"], r["preceptor_id"]))


def pair_detail(conn: Connection, applicant_id: int, preceptor_id: str) -> str | None:
    """The words for one stored pair, or None when the last run kept no reason for it."""
    stored = load(conn, applicant_id)
    mask = dict(stored.pairs).get(preceptor_id) if stored else None
    if stored is None or mask is None:
        return None
    found = matching_applicants(conn, applicant_id)
    preceptor = _preceptors(conn, {preceptor_id}).get(preceptor_id)
    if not found or preceptor is None:
        return None
    free = _free_by_preceptor(conn, [preceptor])
    return describe(mask, found[0], preceptor, free[preceptor_id], stored.today)[1]


def first_rule_counts(conn: Connection, applicant_ids: list[int] | None = None) -> dict[int, Counter[str]]:
    """Per applicant, how many kept pairs each first rule accounts for."""
    f = t.match_failures
    query = select(f.c.applicant_id, f.c.pairs).where(f.c.kept > 0)
    if applicant_ids is not None:
        query = query.where(f.c.applicant_id.in_(applicant_ids))
    out: dict[int, Counter[str]] = {}
    for aid, pairs in conn.execute(query):
        counts: Counter[str] = Counter()
        for mask, ids in sorted((int(m), ids) for m, ids in (pairs or {}).items()):
            counts[rules_of(mask)[0]] += len(ids)
        out[aid] = counts
    return out


def family_failures(conn: Connection, applicant_id: int, today: date) -> tuple[dict[str, Any], date] | None:
    """The applicant's specialty-family tally and the date to word it for: stored by the last run, else judged now.

    None when there is no such applicant.
    """
    return family_failures_many(conn, [applicant_id], today).get(applicant_id)


def family_failures_many(
    conn: Connection, applicant_ids: Sequence[int], today: date
) -> dict[int, tuple[dict[str, Any], date]]:
    """``family_failures`` for a batch (an email batch's briefs): the stored tallies in one query; only an
    applicant the last run has not judged is judged now, alone. Applicants that do not exist are left out."""
    f = t.match_failures
    out = {
        aid: (family, as_utc(at).date())
        for aid, family, at in conn.execute(
            select(f.c.applicant_id, f.c.family, f.c.computed_at).where(f.c.applicant_id.in_(list(applicant_ids)))
        )
        if family
    }
    for aid in sorted(set(applicant_ids) - set(out)):
        judged = _judge_family(conn, aid, today)
        if judged is not None:
            out[aid] = judged
    return out


def _judge_family(conn: Connection, applicant_id: int, today: date) -> tuple[dict[str, Any], date] | None:
    found = matching_applicants(conn, applicant_id)
    if not found:
        return None
    preceptors = active_preceptors(conn)
    if not preceptors:
        return {"preceptors": 0, "rules": []}, today
    pw = Pairwise(found, preceptors, today=today, free=seats_free(conn, preceptors))
    tally = FamilyTally(1)
    for block in pw.blocks():
        tally.add_block(block.rows.start, block.failures)
    return tally.summary(0, pw.preceptor_ids), today


def _preceptors(conn: Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    pr = t.preceptors
    return {r.id: dict(r._mapping) for r in conn.execute(select(pr).where(pr.c.id.in_(sorted(ids))))}


def _free_by_preceptor(conn: Connection, preceptors: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {p["id"]: {} for p in preceptors}
    for (pid, month), n in seats_free(conn, preceptors).items():
        out[pid][month] = n
    return out
