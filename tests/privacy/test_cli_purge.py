"""``python -m include.cli purge APPLICANT --yes`` erases and prints counts; without ``--yes`` it changes nothing."""

from __future__ import annotations

import json

from sqlalchemy import select

from include.cli import main
from include.store import tables as t


def _first(rt) -> tuple[int, str]:
    with rt.engine.connect() as conn:
        row = conn.execute(select(t.applicants.c.id, t.applicants.c.email).order_by(t.applicants.c.id)).first()
    return row.id, row.email


def test_purge_without_yes_only_names_the_applicant_by_id(funnel, capsys) -> None:
    applicant_id, email = _first(funnel)

    assert main(["purge", email]) == 2

    out = capsys.readouterr().out
    assert f"#{applicant_id}" in out
    assert email not in out
    assert _first(funnel) == (applicant_id, email)


def test_purge_with_yes_prints_the_counts(funnel, capsys) -> None:
    applicant_id, _ = _first(funnel)

    assert main(["purge", str(applicant_id), "--yes", "--json"]) == 0

    result = json.loads(capsys.readouterr().out)
    assert result["applicant_id"] == applicant_id
    assert result["applicants"] == 1
    assert _first(funnel)[0] != applicant_id


def test_purge_of_an_unknown_applicant_fails(funnel, capsys) -> None:
    assert main(["purge", "nobody@nowhere.example", "--yes"]) == 1
    assert "nobody" not in capsys.readouterr().err


def test_mask_hides_addresses_and_phone_numbers() -> None:
    from include.privacy import mask

    masked = mask("send to Jose.Alvarez@Example.org failed, call +55 11 91234-5678 or (212) 555-0147; booking #17")
    assert "Example.org" not in masked
    assert "91234" not in masked
    assert "555-0147" not in masked
    assert masked.endswith("booking #17")
