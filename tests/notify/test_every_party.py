"""Every party hears the same story (issue 14): the whole mail life of a matched, an unmatched, a rescheduled
and a cancelled applicant, through the real stages (match, book, reschedule/cancel, plan, dispatch).

Before each run, every applicant's preview of every kind is taken; the run must then send exactly the
previewed messages, byte for byte in subject, both parts and invitation. Afterwards the .eml files are read
as a person would: staff mail without the applicant footer, labels instead of codes, one video link
everywhere, sequenced invitations for the advisor's change notices, and nothing sent twice.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy import insert, select

from include.applicants_view import applicant_detail
from include.backends.mail import eml_name, to_mime
from include.matching.run import match
from include.notify.dispatch import dispatch, send_internal
from include.notify.plan import plan_messages
from include.notify.preview import preview_next
from include.notify.render import KINDS, STAFF_KINDS
from include.placements.messages import PLACEMENT_KINDS
from include.report import nightly_report
from include.scheduling.book import book_consults
from include.scheduling.manage import cancel_booking, mark_outcome, reschedule_booking
from include.scheduling.video import NO_LINK
from include.store import tables as t
from include.timeutil import as_utc
from tests.matching.records import make_preceptor
from tests.scheduling.rows import advisor, utc
from tests.scheduling.seed import add_advisors

NOW = utc(2026, 12, 7, 12)
VIDEO = "https://video.example.com/jane-placeholder"
# The offer kinds exist in offer mode only (booking.mode: offer): tests/web walks them through the booking page.
# Placement emails have their own walk (tests/placements/test_walk.py).
PER_APPLICANT = [
    k for k in KINDS if k not in {"ops_alert", "ops_report", "consult_offer", "offer_reminder"} | PLACEMENT_KINDS
]
FOOTER = ("100 Example Street", "You applied for US clinical experience")
RAW_CODES = re.compile(
    r"\b(not_certified|hands_on|needs_ocr|green_card|b1b2|j1|h1b|step2ck|dates_capacity|img_friendly"
    r"|years_since_graduation|rotation_type|no_show|usmle_step2ck|ecfmg_status|visa_status)\b"
)
ZONE_ABBREVIATIONS = re.compile(r"\b(PST|PDT|EST|EDT|CST|CDT|IST|PHT)\b")
MATCHED, UNMATCHED, MOVED, CANCELLED = 1, 2, 3, 4


def preceptor(pid: str, **kw: Any) -> dict[str, Any]:
    """A roster row (tests/matching/records.py) as roster sync stores it."""
    row = make_preceptor(id=pid, name=f"Dr {pid} Example", monthly_capacity=5, **kw)
    return row | {
        "available_months": ["2027-01", "2027-02", "2027-03"],
        "active": True,
        "content_hash": pid,
        "updated_at": NOW,
    }


def applicant(aid: int, full_name: str, tz: str, **kw: Any) -> dict[str, Any]:
    row = {
        "id": aid,
        "email": f"applicant{aid}@example.org",
        "full_name": full_name,
        "given_name": None,
        "country": "IN",
        "timezone": tz,
        "graduation_year": 2022,
        "ecfmg_status": "not_certified",
        "usmle_step1": "pass",
        "usmle_step2ck": 240,
        "specialties": ["Internal Medicine"],
        "preferred_states": ["NY"],
        "preferred_start": "2027-02",
        "rotation_types": ["observership"],
        "visa_status": "j1",
        "warnings": [],
        "status": "new",
        "submitted_at": NOW - timedelta(days=1, minutes=-aid),
        "created_at": NOW,
        "updated_at": NOW,
    }
    return row | kw


@pytest.fixture
def world(runtime, request):
    """Two preceptors (one needs Step 2 CK >= 230, one hosts no IMGs), one advisor, four applicants, booked."""
    video = getattr(request, "param", VIDEO)
    hours = {d: ["06:00-22:00"] for d in ("mon", "tue", "wed", "thu", "fri")}  # reaches Asian evenings
    add_advisors(runtime, [advisor(video_url=video, working_hours=hours)])
    people = [
        applicant(MATCHED, "Priya Sharma", "Asia/Kolkata"),
        applicant(UNMATCHED, "NGUYEN Thi Lan", "Asia/Manila", country="VN", usmle_step2ck=210),
        applicant(MOVED, "Sharma, Dr. Anil", "Asia/Kolkata"),
        applicant(CANCELLED, "Wang Xiaoming", "Asia/Shanghai", country="CN", given_name="Xiaoming"),
    ]
    with runtime.engine.begin() as conn:
        conn.execute(insert(t.preceptors), [preceptor("P1", min_step2ck=230), preceptor("P2", img_friendly=False)])
        conn.execute(insert(t.applicants), people)
        for p in people:
            status = "missing" if p["id"] == UNMATCHED else "parsed"
            conn.execute(
                insert(t.cv_profiles).values(
                    applicant_id=p["id"],
                    parser_version="test",
                    status=status,
                    error_reason="no CV link in the application" if status == "missing" else None,
                    profile={"usce_months": 2},
                    parsed_at=NOW,
                )
            )
    match(runtime, NOW)
    assert book_consults(runtime, NOW) == {"booked": 4}
    return runtime


def parsed(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.default)


def eml(settings, key: str) -> EmailMessage:
    return parsed((settings.outbox_dir / eml_name(key)).read_bytes())


def parts(msg: EmailMessage) -> dict[str, Any]:
    """What a reader sees: recipient, subject, both bodies and the invitation."""
    return {
        "to": str(msg["To"]),
        "subject": str(msg["Subject"]),
        "text": msg.get_body(("plain",)).get_content(),
        "html": msg.get_body(("html",)).get_content(),
        "ics": [a.get_payload(decode=True) for a in msg.iter_attachments()],
        "list_unsubscribe": msg["List-Unsubscribe"],
    }


def run(rt, settings, at: datetime) -> dict[str, str]:
    """Preview everything for everyone, then plan + dispatch at ``at``: the run sends exactly the previews."""
    previews = {}
    with rt.engine.connect() as conn:
        for aid in (MATCHED, UNMATCHED, MOVED, CANCELLED):
            for kind in PER_APPLICANT:
                preview = preview_next(conn, rt, aid, kind, at)
                if preview.message is not None:
                    previews[preview.key] = preview.message
                else:
                    assert preview.reason  # never silent: it says why not
    before = sent_keys(rt)
    with rt.engine.begin() as conn:
        plan_messages(conn, at)
    dispatch(rt, at)
    sent = {k: v for k, v in sent_keys(rt).items() if k not in before}
    assert set(sent) == set(previews), at
    for key, message in previews.items():
        assert parts(parsed(bytes(to_mime(message)))) == parts(eml(settings, key)), key
    return sent


def sent_keys(rt) -> dict[str, str]:
    o = t.outbox_messages
    with rt.engine.connect() as conn:
        return dict(conn.execute(select(o.c.message_key, o.c.kind).where(o.c.state == "sent")).all())


def ics(raw: bytes) -> tuple[Calendar, Any]:
    cal = Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    return cal, event


def booking(rt, aid: int) -> Any:
    with rt.engine.connect() as conn:
        return conn.execute(select(t.consult_bookings).where(t.consult_bookings.c.applicant_id == aid)).one()


def test_every_message_for_every_kind_of_applicant_tells_one_story(world, settings):
    rt = world
    kinds: dict[str, str] = {}
    kinds |= run(rt, settings, NOW)
    assert sorted(kinds.values()).count("advisor_brief") == 4

    moved_from = as_utc(booking(rt, MOVED).start_at)
    reschedule_booking(rt, MOVED, NOW + timedelta(hours=1))
    cancel_booking(rt, CANCELLED, NOW + timedelta(hours=1), reason="applicant asked")
    step = run(rt, settings, NOW + timedelta(hours=1))
    assert {"advisor_cancelled", "advisor_rescheduled", "consult_cancelled", "consult_rescheduled"} <= set(
        step.values()
    )
    kinds |= step
    kinds |= run(rt, settings, NOW + timedelta(days=2, minutes=1))  # the CV reminder

    for aid in (MATCHED, UNMATCHED, MOVED):
        start = as_utc(booking(rt, aid).start_at)
        kinds |= run(rt, settings, start - timedelta(hours=23))
        kinds |= run(rt, settings, start - timedelta(minutes=45))
    after = max(as_utc(booking(rt, aid).end_at) for aid in (MATCHED, UNMATCHED, MOVED)) + timedelta(hours=1)
    mark_outcome(rt, MATCHED, "done", after)
    mark_outcome(rt, UNMATCHED, "done", after)
    mark_outcome(rt, MOVED, "no_show", after)
    kinds |= run(rt, settings, after)
    assert set(kinds.values()) == set(PER_APPLICANT)

    # Re-running changes nothing: each notice has its outbox key and was sent once.
    files = sorted(p.name for p in settings.outbox_dir.glob("*.eml"))
    assert run(rt, settings, after) == {}
    assert sorted(p.name for p in settings.outbox_dir.glob("*.eml")) == files
    assert len(files) == len(kinds)

    assert nightly_report(rt, after)["email"] == "sent"
    alert = {"dag_id": "d", "task_id": "t", "run_id": "r", "try_number": 1, "log_url": "http://x/y", "error": "E"}
    assert send_internal(rt, "ops_alert:test", "ops_alert", alert, after) == "sent"
    kinds |= {f"ops_report:{after:%Y-%m-%d}": "ops_report", "ops_alert:test": "ops_alert"}

    mails = {key: parts(eml(settings, key)) for key in kinds}
    for key, mail in mails.items():
        kind = kinds[key]
        words = mail["text"] + mail["html"]
        if kind in STAFF_KINDS:  # staff layout: no applicant footer, no unsubscribe group or link
            assert not any(f in words for f in FOOTER), key
            assert "nsubscribe" not in words, key
            assert mail["list_unsubscribe"] is None, key
            assert "clerkflow · staff" in mail["text"], key
        else:
            assert all(f in mail["text"] for f in FOOTER), key
        assert not RAW_CODES.search(words), (key, words)
        assert not ZONE_ABBREVIATIONS.search(words + mail["subject"]), key
        assert "Visa: -" not in words, key
        assert "(none yet)" not in words, key

    def of(kind: str, aid: int) -> dict[str, Any]:
        bid = booking(rt, aid).id
        (key,) = [k for k, v in kinds.items() if (v == kind and bid in k) or (v == kind and k.endswith(f":{aid}"))]
        return mails[key]

    # One video link: every booking email, every invitation, the brief and the UI show the advisor's room.
    for key, mail in mails.items():
        if kinds[key] in STAFF_KINDS - {"advisor_brief", "advisor_rescheduled", "advisor_cancelled"}:
            continue
        if kinds[key] in {"application_received", "cv_needed", "cv_nudge", "followup", "no_show"}:
            continue
        if kinds[key] in {"consult_cancelled", "advisor_cancelled"}:
            continue
        assert VIDEO in mail["text"], key
        assert NO_LINK not in mail["text"], key
        assert set(re.findall(r"https://video\.example\.com/[\w-]+", mail["text"] + mail["html"])) == {VIDEO}, key
    for key, mail in mails.items():
        for raw in mail["ics"]:
            _, event = ics(raw)
            if event["STATUS"] != "CANCELLED":
                assert str(event["LOCATION"]) == VIDEO, key
                assert str(event["DESCRIPTION"]) == f"Video link: {VIDEO}", key
    with rt.engine.connect() as conn:
        for aid in (MATCHED, UNMATCHED, MOVED, CANCELLED):
            assert applicant_detail(conn, aid).booking["video_link"] == VIDEO
    local_ics = {p.stem: ics(p.read_bytes())[1] for p in (settings.output_dir / "ics").glob("*.ics")}
    assert {str(e["LOCATION"]) for e in local_ics.values()} == {VIDEO}

    # The advisor is told of each change with an invitation that updates / cancels the same event.
    _, first = ics(of("advisor_brief", MOVED)["ics"][0])
    cal, moved = ics(of("advisor_rescheduled", MOVED)["ics"][0])
    assert (cal["METHOD"], moved["UID"], int(moved["SEQUENCE"])) == ("REQUEST", first["UID"], 1)
    assert int(first["SEQUENCE"]) == 0
    assert as_utc(moved["DTSTART"].dt) == as_utc(booking(rt, MOVED).start_at) != moved_from
    notice = of("advisor_rescheduled", MOVED)
    assert "Was (no longer valid):" in notice["text"]
    assert "line-through" in notice["html"]
    _, applicant_copy = ics(of("consult_rescheduled", MOVED)["ics"][0])
    assert (applicant_copy["UID"], applicant_copy["SEQUENCE"]) == (moved["UID"], moved["SEQUENCE"])
    _, booked = ics(of("advisor_brief", CANCELLED)["ics"][0])
    cal, gone = ics(of("advisor_cancelled", CANCELLED)["ics"][0])
    assert (cal["METHOD"], gone["UID"], int(gone["SEQUENCE"]), gone["STATUS"]) == (
        "CANCEL",
        booked["UID"],
        1,
        "CANCELLED",
    )
    assert "CANCELLED" in of("advisor_cancelled", CANCELLED)["text"]
    cancelled_file = local_ics[booking(rt, CANCELLED).id]
    assert (cancelled_file["UID"], int(cancelled_file["SEQUENCE"])) == (gone["UID"], 1)

    # Names as written, physicians addressed as doctors.
    assert of("application_received", UNMATCHED)["text"].startswith("Dear Thi Lan,")
    assert of("application_received", MOVED)["text"].startswith("Dear Anil,")
    assert of("application_received", CANCELLED)["text"].startswith("Dear Xiaoming,")
    assert of("advisor_brief", MATCHED)["text"].startswith("Dear Dr. Placeholder,")
    assert "Manila time, UTC+8" in of("consult_booked", UNMATCHED)["text"]

    # Matched and unmatched applicants are told different things, each consistent.
    matched = of("followup", MATCHED)
    assert "preceptors we recommend" in matched["text"]
    assert "could not recommend" not in matched["text"]
    unmatched = of("followup", UNMATCHED)
    assert "preceptors we recommend" not in unmatched["text"] + unmatched["subject"]
    assert "USMLE Step 2 CK score we do not have on file (or a higher one)" in unmatched["text"]
    assert "do not host international medical graduates" in unmatched["text"]
    assert "WHAT YOU CAN DO" in unmatched["text"]
    brief = of("advisor_brief", UNMATCHED)["text"]
    assert "None: no preceptor on the roster is open to this applicant" in brief
    assert "Step 2 CK below the minimum (1 preceptor" in brief
    assert "not open to international graduates (1 preceptor" in brief
    assert "not ECFMG certified" in of("advisor_brief", MATCHED)["text"]


@pytest.mark.parametrize("world", [None], indirect=True)
def test_without_a_video_link_everyone_reads_the_same_sentence(world, settings):
    rt = world
    run(rt, settings, NOW)
    bid = booking(rt, MATCHED).id
    for key in (f"consult_booked:{bid}", f"advisor_brief:{bid}:0"):
        mail = parts(eml(settings, key))
        assert NO_LINK in mail["text"], key
        _, event = ics(mail["ics"][0])
        assert str(event["DESCRIPTION"]) == NO_LINK
        assert "LOCATION" not in event
    with rt.engine.connect() as conn:
        assert applicant_detail(conn, MATCHED).booking["video_link"] is None
    assert ics((settings.output_dir / "ics" / f"{bid}.ics").read_bytes())[1]["DESCRIPTION"] == NO_LINK
    report = nightly_report(rt, NOW)
    assert report["attention"] >= 4
    assert "Consultation without a video link" in Path(report["report"]).read_text()
