"""The bundled sample data: exact headers, deliberate defects present, CVs behind the links, no real emails."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
import yaml
from openpyxl import load_workbook

from include.backends.cvstore import CvFetchError, LocalCvStore, drive_file_id
from include.sample_data import generate as gen
from include.sample_data.applicants import FORM_HEADERS, REFERRAL_HEADERS
from include.sample_data.preceptors import ROSTER_HEADERS

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    gen.generate(folder)
    return folder


@pytest.fixture(scope="module")
def manifest(out: Path) -> list[dict]:
    return json.loads((out / gen.CV_MANIFEST).read_text(encoding="utf-8"))


def _csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _xlsx(path: Path) -> list[list[str]]:
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb[gen.REFERRALS_SHEET]
        return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def _fold(text: str) -> str:
    """Accent- and whitespace-insensitive form, since PDFs fall back to Latin-1 where no DejaVu font exists."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("ø", "o").replace("Ø", "O").split())


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generator_writes_identical_bytes_on_every_run(out: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path)
    first, second = _files(out), _files(tmp_path)
    assert sorted(first) == sorted(second)
    changed = [name for name in first if first[name] != second[name]]
    assert changed == []


def test_committed_sample_data_is_what_the_generator_writes(out: Path) -> None:
    # PDFs embed whichever font the machine has, so only the font-independent files are compared.
    fresh = {k: v for k, v in _files(out).items() if not k.endswith(".pdf")}
    committed = {k: v for k, v in _files(gen.HERE).items() if k in fresh}
    stale = sorted(name for name in fresh if committed.get(name) != fresh[name])
    assert stale == [], "re-run `python -m include.sample_data.generate`"


def test_every_file_has_exactly_the_specified_headers(out: Path) -> None:
    assert tuple(_csv(out / gen.FORM_CSV)[0]) == FORM_HEADERS
    assert ",".join(FORM_HEADERS).startswith("Timestamp,Full Name,Email Address,Phone (WhatsApp),Medical School,")
    assert tuple(_csv(out / gen.ROSTER_CSV)[0]) == ROSTER_HEADERS
    assert ROSTER_HEADERS[0] == "Preceptor ID"
    assert ROSTER_HEADERS[-4:] == (
        "Fee (USD)",
        "ECFMG Required For",
        "Residency Program",
        "Step 2 CK Applies To Students",
    )
    assert tuple(_xlsx(out / gen.REFERRALS_XLSX)[0]) == REFERRAL_HEADERS


def test_form_timestamps_are_google_style_within_the_intake_week(out: Path) -> None:
    rows = _csv(out / gen.FORM_CSV)[1:]
    assert 22 <= len(rows) <= 28
    for row in rows:
        assert re.fullmatch(r"11/(1[89]|2[0-4])/2026 \d{1,2}:\d{2}:\d{2}", row[0]), row[0]
    assert all(len(row) == len(FORM_HEADERS) for row in rows)


def test_form_contains_each_deliberately_broken_row(out: Path) -> None:
    rows = [dict(zip(FORM_HEADERS, r, strict=True)) for r in _csv(out / gen.FORM_CSV)[1:]]
    emails = [r["Email Address"] for r in rows]
    normalized = [e.strip().lower() for e in emails if e.strip()]
    assert len(normalized) - len(set(normalized)) == 1  # one resubmission
    dup = next(e for e in set(normalized) if normalized.count(e) == 2)
    twice = [r for r in rows if r["Email Address"].strip().lower() == dup]
    assert twice[0]["Email Address"] != twice[1]["Email Address"]
    assert twice[0]["Specialties of Interest"] != twice[1]["Specialties of Interest"]
    assert emails.count("") == 1
    assert "maria.at.example.com" in emails
    assert [r["Full Name"] for r in rows].count("") == 1
    assert any("<script>alert(1)</script>" in r["Full Name"] for r in rows)
    assert any("\n" in r["Full Name"] for r in rows)
    assert any(r["Medical School"].startswith("=HYPERLINK(") for r in rows)
    assert [r["CV Link"] for r in rows].count("") == 1
    assert any(r["Visa Status"] == "US Citizen" and r["Country of Medical School"] == "Grenada" for r in rows)
    assert {"Pass", "PASS", "231", "fail", ""} <= {r["USMLE Step 1"] for r in rows}
    assert {"245", "N/A", "not taken", "scheduled", "245 (expected)", "238"} <= {
        r["USMLE Step 2 CK Score"] for r in rows
    }


def test_referral_sheet_shares_one_person_with_the_form_by_email(out: Path) -> None:
    form = {r[2].strip().lower() for r in _csv(out / gen.FORM_CSV)[1:] if r[2].strip()}
    referrals = _xlsx(out / gen.REFERRALS_XLSX)[1:]
    assert len(referrals) == 4
    assert sum(r[2].strip().lower() in form for r in referrals) == 1


def test_drive_ids_are_drive_shaped_and_unique_per_person(out: Path, manifest: list[dict]) -> None:
    ids = [e["drive_id"] for e in manifest]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{28,33}", i) for i in ids)
    links = [r[15] for r in _csv(out / gen.FORM_CSV)[1:] if r[15]]
    assert {link.split("drive.google.com/")[1].split("?")[0].split("/")[0] for link in links} == {"file", "open", "uc"}


def test_every_cv_link_resolves_except_the_documented_missing_ones(out: Path, manifest: list[dict]) -> None:
    store = LocalCvStore(out / gen.CV_DIR)
    missing = {e["drive_id"] for e in manifest if e["kind"] == "missing"}
    assert len(missing) == 2
    links = [r[15] for r in _csv(out / gen.FORM_CSV)[1:]] + [r[15] for r in _xlsx(out / gen.REFERRALS_XLSX)[1:]]
    unresolved = set()
    for link in filter(None, links):
        try:
            store.fetch(link)
        except CvFetchError:
            unresolved.add(drive_file_id(link))
    assert unresolved == missing


def test_readable_pdfs_carry_the_applicant_name_and_referee_emails(out: Path, manifest: list[dict]) -> None:
    readable = [e for e in manifest if e["kind"] in ("pdf", "pdf_two_column")]
    assert len(readable) >= 8
    assert sum(e["kind"] == "pdf_two_column" for e in readable) == 2
    for entry in readable:
        text = _pdf_text(out / entry["file"])
        assert _fold(entry["name_on_cv"]) in _fold(text)
        assert len(set(EMAIL.findall(text))) >= 3  # the applicant's plus two referees'


def test_cv_disagrees_with_the_form_where_documented(out: Path, manifest: list[dict]) -> None:
    rows = {r[1]: r for r in _csv(out / gen.FORM_CSV)[1:]}
    priya = next(e for e in manifest if e["name_on_cv"] == "Priya Raghavan")
    text = _pdf_text(out / priya["file"])
    assert rows["Priya Raghavan"][9] == "245"
    assert "Step 2 CK: 248" in text
    assert "Step 2 CK: 245" not in text
    disagreeing = [e for e in manifest if any("the form says" in n for n in e["notes"])]
    assert len(disagreeing) == 4


def test_broken_cv_files_are_broken_in_the_documented_way(out: Path, manifest: list[dict]) -> None:
    by_kind = {e["kind"]: out / e["file"] for e in manifest if e["file"]}
    scanned = pdfium.PdfDocument(str(by_kind["pdf_image_only"]))
    assert len(scanned) == 1
    assert scanned[0].get_textpage().get_text_range().strip() == ""
    scanned.close()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(by_kind["pdf_corrupt"]))
    assert by_kind["pdf_corrupt"].read_bytes().startswith(b"%PDF-")
    misnamed = by_kind["docx_named_pdf"]
    assert misnamed.suffix == ".pdf"
    assert misnamed.read_bytes().startswith(b"PK")
    assert "Reyes" in "\n".join(p.text for p in docx.Document(str(misnamed)).paragraphs)
    assert by_kind["txt"].read_text(encoding="utf-8").startswith("Ravi Kumar\n")


def test_docx_cvs_keep_unicode_names_and_put_contact_in_the_header(out: Path, manifest: list[dict]) -> None:
    docs = [e for e in manifest if e["kind"] == "docx"]
    assert len(docs) >= 5
    for entry in docs:
        document = docx.Document(str(out / entry["file"]))
        assert document.paragraphs[0].text == entry["name_on_cv"]
        assert "@example." in document.sections[0].header.paragraphs[0].text
    assert any("أحمد حسن" in e["name_on_cv"] for e in docs)
    assert any("आरव शर्मा" in e["name_on_cv"] for e in docs)


def test_roster_has_two_invalid_rows_and_consistent_valid_ones(out: Path) -> None:
    rows = [dict(zip(ROSTER_HEADERS, r, strict=True)) for r in _csv(out / gen.ROSTER_CSV)[1:]]
    assert 28 <= len(rows) <= 32
    assert [r["Preceptor ID"] for r in rows if r["Monthly Capacity"] == "lots"] == ["PR-014"]
    assert [r["Preceptor ID"] for r in rows if not r["Specialty"]] == ["PR-027"]
    zones = {"AZ": "America/Phoenix", "NY": "America/New_York", "CA": "America/Los_Angeles", "CO": "America/Denver"}
    for r in rows:
        if r["Preceptor ID"] in ("PR-014", "PR-027"):
            continue
        assert 1 <= int(r["Monthly Capacity"]) <= 4
        assert 1000 <= int(r["Fee (USD)"]) <= 4000
        assert all("2027-01" <= m <= "2027-08" for m in r["Available Months"].split(";"))
        assert set(r["Rotation Types"].split(";")) <= {"hands_on", "observership", "research", "telehealth"}
        assert r["Timezone"] == zones.get(r["State"], r["Timezone"])
    assert {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"} <= {
        r["Timezone"] for r in rows
    }


def test_advisors_cover_saturday_and_evening_hours(out: Path) -> None:
    advisors = yaml.safe_load((out / gen.ADVISORS_YAML).read_text(encoding="utf-8"))["advisors"]
    assert len(advisors) == 3
    assert all(a["calendar_id"] == a["email"] and a["slot_minutes"] == 30 for a in advisors)
    assert any("sat" in a["working_hours"] for a in advisors)
    assert any("18:00-21:00" in hours for a in advisors for hours in a["working_hours"].values())
    assert all(a["days_off"] == ["2026-12-24", "2026-12-25", "2027-01-01"] for a in advisors)


def test_every_email_anywhere_uses_a_reserved_example_domain(out: Path, manifest: list[dict]) -> None:
    texts = [(out / name).read_text(encoding="utf-8") for name in (gen.FORM_CSV, gen.ROSTER_CSV, gen.ADVISORS_YAML)]
    texts += ["\n".join(",".join(r) for r in _xlsx(out / gen.REFERRALS_XLSX))]
    for entry in manifest:
        path = out / entry["file"] if entry["file"] else None
        if path is None or entry["kind"] in ("pdf_image_only", "pdf_corrupt"):
            continue
        if path.read_bytes().startswith(b"PK"):
            document = docx.Document(str(path))
            cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
            texts.append("\n".join([p.text for p in document.paragraphs] + cells))
            texts.append(document.sections[0].header.paragraphs[0].text)
        elif path.suffix == ".pdf":
            texts.append(_pdf_text(path))
        else:
            texts.append(path.read_text(encoding="utf-8"))
    emails = {e for text in texts for e in EMAIL.findall(text)}
    assert len(emails) > 30
    assert sorted(e for e in emails if not e.lower().endswith(ALLOWED_DOMAINS)) == []


def test_cvs_stay_small_enough_to_commit(out: Path) -> None:
    assert sum(p.stat().st_size for p in (out / gen.CV_DIR).iterdir()) < 1_500_000
