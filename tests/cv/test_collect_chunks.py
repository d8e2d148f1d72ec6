"""The CV stage at scale: a backlog split into id ranges (one mapped task each), stored a batch at a time."""

from __future__ import annotations

from sqlalchemy import event, select

from include.cv.collect import parse_cvs, plan_chunks
from include.store import tables as t
from tests.cv.test_collect import CV, NOW, add_applicant, put_cv
from tests.cv.test_collect import rt as rt  # the fixture


def _add(rt, n: int, prefix: str = "a") -> list[int]:
    return [add_applicant(rt, email=f"{prefix}{i}@example.com") for i in range(n)]


def test_a_backlog_splits_into_contiguous_ranges_that_parse_each_cv_once(rt) -> None:
    ids = _add(rt, 7)
    put_cv(rt, CV)
    ranges = plan_chunks(rt, chunk=3)
    assert ranges == [(0, ids[3] - 1), (ids[3], ids[6] - 1), (ids[6], None)]
    counts = [parse_cvs(rt, NOW, id_range=r) for r in ranges]
    assert counts == [{"due": 3, "parsed": 3}, {"due": 3, "parsed": 3}, {"due": 1, "parsed": 1}]
    with rt.engine.connect() as conn:
        assert sorted(conn.scalars(select(t.cv_profiles.c.applicant_id))) == ids
        assert set(conn.scalars(select(t.applicants.c.status))) == {"parsed"}
    assert plan_chunks(rt, chunk=3) == [(0, None)]  # nothing due: one range, whose task finds nothing to do
    assert parse_cvs(rt, NOW, id_range=(0, None)) == {"due": 0}


def test_a_batch_is_stored_with_the_same_statements_for_5_or_20_cvs(rt) -> None:
    put_cv(rt, CV)
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    def statements_to_parse(n: int, prefix: str) -> int:
        _add(rt, n, prefix)
        statements.clear()
        event.listen(rt.engine, "before_cursor_execute", count)
        try:
            assert parse_cvs(rt, NOW) == {"due": n, "parsed": n}
        finally:
            event.remove(rt.engine, "before_cursor_execute", count)
        return len(statements)

    small, large = statements_to_parse(5, "b"), statements_to_parse(20, "c")
    assert small == large, "\n".join(s[:70] for s in statements)
