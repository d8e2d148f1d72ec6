"""Hostile, broken and odd files become ``error: true`` with a reason, and never stop the batch."""

from __future__ import annotations

import pytest

from include.cv import PROFILE_KEYS, CvParserPool, ocr, parse_cv
from include.cv.document import parse_document
from tests.cv import builders


def test_encrypted_pdf_is_an_error_with_its_reason() -> None:
    profile = parse_document(builders.encrypted_pdf())
    assert profile["error"] is True
    assert profile["error_reason"] == "encrypted PDF"


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
        b"%PDF-1.4\n" + bytes(range(256)) * 4,
    ],
    ids=["no-page-tree", "binary-garbage"],
)
def test_corrupt_pdf_is_an_error_with_its_reason(content: bytes) -> None:
    profile = parse_document(content)
    assert profile["error"] is True
    assert profile["error_reason"] == "corrupt or unreadable PDF"


def test_truncated_pdf_is_unreadable(documents: dict[str, bytes]) -> None:
    profile = parse_document(documents["pdf_one_column"][:400])
    assert profile["error"] is True
    assert profile["error_reason"] == "corrupt or unreadable PDF"


@pytest.mark.parametrize(("kind", "wrong_name"), [("pdf_one_column", "cv.docx"), ("docx_table_header", "cv.pdf")])
def test_wrong_extension_still_parses_by_content(documents: dict[str, bytes], kind: str, wrong_name: str) -> None:
    profile = parse_cv(documents[kind], wrong_name)
    assert profile["error"] is False
    assert profile["full_name"] == "Aisha Bello"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "corrupt or unreadable image"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00", "corrupt or unreadable image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported file type"),
    ],
    ids=["png", "gif", "legacy-doc"],
)
def test_unreadable_and_unsupported_types_are_refused(content: bytes, reason: str) -> None:
    profile = parse_document(content)
    assert profile["error"] is True
    assert profile["error_reason"] == reason


def test_zip_without_a_word_document_is_unsupported() -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert parse_document(out.getvalue())["error_reason"] == "unsupported file type"


def test_image_only_pdf_needs_ocr_and_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)  # Tesseract missing
    profile = parse_document(builders.image_only_pdf())
    assert profile["needs_ocr"] is True
    assert profile["error"] is False


@pytest.mark.skipif(not ocr.available(), reason="tesseract-ocr is not installed")
def test_image_only_pdf_without_any_text_is_an_error_after_ocr() -> None:
    profile = parse_document(builders.image_only_pdf())
    assert profile["needs_ocr"] is False
    assert (profile["error"], profile["error_reason"]) == (True, "image-only PDF: OCR found no text")


def test_zip_bomb_is_refused_before_inflating() -> None:
    profile = parse_document(builders.zip_bomb_docx())
    assert profile["error"] is True
    assert profile["error_reason"].startswith("zip bomb refused")


def test_file_over_the_size_cap_is_refused_before_parsing() -> None:
    profile = parse_cv(b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024), "big.pdf")
    assert profile["error_reason"] == "file too large"


def test_empty_file_is_an_error() -> None:
    assert parse_document(b"  \n")["error_reason"] == "empty file"


def test_cp1252_text_is_decoded() -> None:
    text = (
        "JOSÉ PEÑA\njose.pena@example.com\n\nEducation\nMD, Universidad Central de Venezuela, Caracas, Venezuela 2018\n"
    )
    profile = parse_document(text.encode("cp1252"))
    assert profile["full_name"] == "José Peña"
    assert profile["medical_school_country"] == "VE"


def test_hung_parse_is_killed_and_the_batch_goes_on(documents: dict[str, bytes]) -> None:
    slow = builders.cv_text().encode() * 400  # ~0.5 MB of text: far longer to parse than 1 ms
    with CvParserPool(1, timeout_s=0.001) as pool:
        timed_out = pool.parse(slow, "slow.txt")
        pool.timeout_s = 20.0
        after = pool.parse(documents["txt"], "next.txt")
    assert timed_out["error"] is True
    assert timed_out["error_reason"].startswith("timed out")
    assert set(timed_out) == set(PROFILE_KEYS)
    assert after["error"] is False
    assert after["full_name"] == "Aisha Bello"


def test_memory_limit_is_an_error_and_the_worker_is_replaced(documents: dict[str, bytes]) -> None:
    with CvParserPool(1, memory_mb=4) as pool:
        starved = pool.parse(b"hello world " * 500_000, "big.txt")
        pool.memory_mb = 512
        # The starved worker was replaced by one started with the new limit.
        assert starved["error"] is True
        assert starved["error_reason"] == "memory limit exceeded"
    with CvParserPool(1) as pool:
        assert pool.parse(documents["txt"], "cv.txt")["error"] is False
