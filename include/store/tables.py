"""The app database schema (SQLAlchemy Core). Alembic migrations in ``migrations/`` create it.

Unique constraints carry the idempotency promises: one applicant per email, one raw row per
(source, content hash, mapping), one booking per applicant, one outbox message per message key.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TS = DateTime(timezone=True)

applicants = Table(
    "applicants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("name_title", String(40)),  # "Dr.", "Prof. Dr." as typed before the name
    Column("name_credentials", String(200)),  # "MBBS, MD" as typed after the name
    Column("given_name", String(200)),  # as written in a separate form field; None: read from full_name
    Column("phone_e164", String(32)),
    Column("phone_raw", String(64)),
    Column("medical_school", String(300)),
    Column("country", String(2)),
    Column("timezone", String(64)),
    Column("graduation_year", Integer),
    Column("ecfmg_status", String(20)),
    Column("usmle_step1", String(8)),
    Column("usmle_step2ck", Integer),
    Column("specialties", JSON, nullable=False, default=list),
    Column("preferred_states", JSON, nullable=False, default=list),
    Column("preferred_start", String(7)),  # YYYY-MM
    Column("rotation_types", JSON, nullable=False, default=list),
    Column("visa_status", String(20)),
    Column("is_student", Boolean),
    Column("target_match_year", Integer),  # the Match the applicant aims for (form); None = default from dates
    Column("rotation_blocks", Integer),  # consecutive months wanted; None = 1
    Column("preferred_region", String(200)),  # the region or city as typed ("East Coast", "Chicago IL")
    Column("step2ck_expected", Integer),  # "245 (expected)"
    Column("step2ck_exam_month", String(7)),  # "scheduled 2027-01"
    Column("cv_url", Text),
    Column("warnings", JSON, nullable=False, default=list),
    Column("status", String(20), nullable=False, default="new"),
    Column("submitted_at", TS),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
    # Never reuse a purged applicant's id: booking and calendar event ids derive from it.
    sqlite_autoincrement=True,
)

raw_submissions = Table(
    "raw_submissions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(100), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    # which field each header was read as (tabular.mapping_key): a changed mapping re-reads the row
    Column("mapping_key", String(16)),
    Column("raw", JSON, nullable=False),
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="SET NULL")),
    Column("outcome", String(20), nullable=False),  # accepted | rejected
    Column("ingested_at", TS, nullable=False),
    UniqueConstraint("source", "content_hash", "mapping_key", name="uq_raw_submissions_source_hash_mapping"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # application | roster
    Column("source", String(100), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("raw", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", TS, nullable=False),
    UniqueConstraint("kind", "source", "content_hash", name="uq_quarantine_kind_source_hash"),
)

cv_documents = Table(
    "cv_documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("filename", String(300)),
    Column("size_bytes", Integer, nullable=False),
    Column("fetched_at", TS, nullable=False),
    UniqueConstraint("applicant_id", "sha256", name="uq_cv_documents_applicant_sha"),
)

cv_profiles = Table(
    "cv_profiles",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", Integer, ForeignKey("cv_documents.id", ondelete="CASCADE")),
    Column("parser_version", String(20), nullable=False),
    Column("status", String(20), nullable=False),  # parsed | needs_ocr | error | missing
    Column("error_reason", Text),
    Column("profile", JSON, nullable=False),
    Column("discrepancies", JSON, nullable=False, default=list),  # form vs CV, e.g. Step 2 CK 250 vs 245
    Column("parsed_at", TS, nullable=False),
)

preceptors = Table(
    "preceptors",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("specialty", String(100), nullable=False),
    Column("city", String(100)),
    Column("state", String(2)),
    Column("timezone", String(64)),
    Column("rotation_types", JSON, nullable=False),
    Column("monthly_capacity", Integer, nullable=False),
    Column("available_months", JSON, nullable=False),  # ["2027-01", ...]
    Column("img_friendly", Boolean, nullable=False),
    Column("accepts_visas", JSON, nullable=False),
    Column("min_step2ck", Integer),
    Column("max_years_since_graduation", Integer),
    Column("requires_ecfmg", Boolean, nullable=False),
    Column("provides_lor", Boolean, nullable=False),
    Column("languages", JSON, nullable=False),
    Column("hospital_affiliation", String(200)),
    Column("fee_usd", Integer),
    Column("ecfmg_required_for", JSON),  # rotation types needing ECFMG from graduates; None = hands-on only
    Column("residency_program", String(100)),  # None (no), "yes", or the program's specialty
    Column("min_step2ck_applies_to_students", Boolean, nullable=False, server_default=false()),
    Column("contact_email", String(320)),  # the preceptor or their coordinator: placement requests go here
    Column("site_address", Text),  # where the rotation happens (the applicant's confirmation)
    Column("required_documents", JSON),  # checklist items before a rotation; None = placements.documents
    Column("active", Boolean, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("updated_at", TS, nullable=False),
)

advisors = Table(
    "advisors",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False),
    Column("calendar_id", String(320), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("specialties", JSON, nullable=False),
    Column("working_hours", JSON, nullable=False),  # {"mon": [["09:00", "12:00"], ...], ...}
    Column("days_off", JSON, nullable=False),
    Column("slot_minutes", Integer, nullable=False),
    Column("buffer_minutes", Integer, nullable=False),
    Column("daily_max", Integer, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("video_url", Text),  # the advisor's own video room: the call link when the calendar makes none
)

recommendations = Table(
    "recommendations",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("rank", Integer, primary_key=True),
    Column("preceptor_id", String(64), ForeignKey("preceptors.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float, nullable=False),
    Column("components", JSON, nullable=False),
    Column("status", String(20), nullable=False, server_default="eligible"),  # eligible | conditional | fallback
    Column("rotation_type", String(20)),
    Column("start_month", String(7)),
    Column("conditions", JSON),  # what to confirm, in words
    Column("fallback", Text),  # "observership instead of hands-on: ..."
    Column("computed_at", TS, nullable=False),
)

# Why preceptors were ruled out, one row per applicant per matching run (include/matching/failures.py):
# failure bitmasks of the pairs worth a reason, and the specialty family's tally; words rendered when read.
match_failures = Table(
    "match_failures",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("kept", Integer, nullable=False),  # how many pairs ``pairs`` holds
    Column("pairs", JSON, nullable=False),  # {"<mask>": ["P001", ...]}
    Column("family", JSON, nullable=False),  # {"preceptors": n, "rules": [[rule, count, first preceptor id], ...]}
    Column("computed_at", TS, nullable=False),
)

match_overrides = Table(
    "match_overrides",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("preceptor_id", String(64), ForeignKey("preceptors.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(10), nullable=False),  # pin | exclude
    Column("note", Text),
    Column("created_at", TS, nullable=False),
)

allocations = Table(
    "allocations",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("preceptor_id", String(64), ForeignKey("preceptors.id", ondelete="CASCADE"), nullable=False),
    Column("month", String(7), nullable=False),
    Column("score", Float, nullable=False),
    Column("rotation_type", String(20)),
    Column("months", JSON),  # consecutive months seated, first = month; fewer than asked = fallback
    Column("blocks_requested", Integer),  # the applicant's rotation_blocks (None/1 = one month)
    Column("computed_at", TS, nullable=False),
)

consult_bookings = Table(
    "consult_bookings",
    metadata,
    Column("id", String(40), primary_key=True),  # deterministic, base32hex: also the calendar event id
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("advisor_id", String(64), ForeignKey("advisors.id"), nullable=False),
    Column("start_at", TS, nullable=False),
    Column("end_at", TS, nullable=False),
    Column("status", String(20), nullable=False),  # booked | done | no_show | cancelled
    Column("event_id", String(1024)),
    Column("meet_link", Text),
    Column("sequence", Integer, nullable=False, default=0),
    Column("previous_start_at", TS),
    Column("created_at", TS, nullable=False),
    Column("updated_at", TS, nullable=False),
)

calendar_events = Table(
    "calendar_events",
    metadata,
    Column("id", String(1024), primary_key=True),
    Column("calendar_id", String(320), nullable=False),
    Column("booking_id", String(40), nullable=False, unique=True),
    Column("start_at", TS, nullable=False),
    Column("end_at", TS, nullable=False),
    Column("summary", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("attendees", JSON, nullable=False),
    Column("status", String(20), nullable=False),  # confirmed | cancelled
    Column("ics_path", Text),
)

outbox_messages = Table(
    "outbox_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message_key", String(200), nullable=False, unique=True),
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE")),
    Column("kind", String(40), nullable=False),
    Column("booking_id", String(40)),
    Column("to_email", String(320), nullable=False),
    Column("subject", Text),
    Column("state", String(20), nullable=False),  # queued | sending | sent | failed | suppressed | skipped
    Column("attempts", Integer, nullable=False, default=0),
    Column("claimed_at", TS),
    Column("provider_id", Text),
    Column("error", Text),
    Column("created_at", TS, nullable=False),
    Column("sent_at", TS),
)

email_events = Table(
    "email_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message_key", String(200), nullable=False),
    Column("event", String(40), nullable=False),  # delivered | bounce | dropped | spamreport | unsubscribe | open ...
    Column("occurred_at", TS, nullable=False),
    Column("detail", JSON, nullable=False),
    UniqueConstraint("message_key", "event", "occurred_at", name="uq_email_events_key_event_at"),
)

suppressions = Table(
    "suppressions",
    metadata,
    Column("email", String(320), primary_key=True),
    Column("reason", String(40), nullable=False),
    Column("created_at", TS, nullable=False),
)

stage_runs = Table(
    "stage_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("stage", String(20), nullable=False, index=True),
    Column("started_at", TS, nullable=False),
    Column("finished_at", TS),
    Column("summary", JSON, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), index=True),
    Column("at", TS, nullable=False),
    Column("stage", String(20), nullable=False),
    Column("event", String(60), nullable=False),
    Column("detail", JSON, nullable=False),
)

# Signed links (include/links): one row per issued link, so a link can be revoked, used once, and shown to ops.
signed_links = Table(
    "signed_links",
    metadata,
    Column("nonce", String(43), primary_key=True),  # the token's nonce: the link's id
    Column("purpose", String(40), nullable=False),  # consult_pick | consult_manage | ... (one purpose per link)
    Column("subject", String(64), nullable=False),  # an internal id (applicant, preceptor), never contact data
    Column("single_use", Boolean, nullable=False),
    Column("state", String(20), nullable=False),  # active | used | revoked
    Column("created_at", TS, nullable=False),
    Column("expires_at", TS, nullable=False),
    Column("opened_at", TS),  # first time the link was opened
    Column("used_at", TS),
    Column("revoked_at", TS),
    Index("ix_signed_links_subject", "purpose", "subject"),
)

# Offer mode (booking.mode: offer): the applicant picks the consultation time on the booking page.
consult_offers = Table(
    "consult_offers",
    metadata,
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True),
    Column("state", String(20), nullable=False),  # offered | opened | booked | cancelled | expired
    Column("link_nonce", String(43)),  # the current pick link (signed_links.nonce)
    Column("offered_at", TS, nullable=False),  # the latest send of the link (a resend starts over)
    Column("remind_at", TS, nullable=False),  # "not picked yet" reminder due (plan.py reads it)
    Column("fallback_at", TS, nullable=False),  # then auto-book or leave to ops (booking.offer_fallback)
    Column("opened_at", TS),
    Column("booked_at", TS),
    Column("closed_at", TS),  # expired or cancelled
    Column("booked_by", String(20)),  # applicant | auto
    Column("sends", Integer, nullable=False, default=1),  # 1 + links resent by ops
    Column("updated_at", TS, nullable=False),
)

# Placements (issue 18): a request holds a seat until the preceptor answers; confirmed seats stay taken.
placements = Table(
    "placements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("applicant_id", Integer, ForeignKey("applicants.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("preceptor_id", String(64), ForeignKey("preceptors.id", ondelete="CASCADE"), nullable=False),
    Column("rotation_type", String(20)),
    Column("months", JSON, nullable=False),  # consecutive months of the rotation, first = start
    Column("state", String(20), nullable=False),  # requested | confirmed | declined | expired | cancelled | completed
    Column("requested_by", String(20), nullable=False),  # applicant | ops
    Column("decline_reason", Text),
    Column("usce_months", Integer),  # credited to the applicant's profile at completion
    Column("created_at", TS, nullable=False),
    Column("decided_at", TS),
    Column("completed_at", TS),
    Column("updated_at", TS, nullable=False),
    sqlite_autoincrement=True,
)

placement_checklist = Table(
    "placement_checklist",
    metadata,
    Column("placement_id", Integer, ForeignKey("placements.id", ondelete="CASCADE"), primary_key=True),
    Column("item", String(80), primary_key=True),  # a code (immunizations, bls, ...) or the roster's own words
    Column("position", Integer, nullable=False),
    Column("done_at", TS),
    Column("done_by", String(200)),
)
