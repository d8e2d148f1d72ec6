"""Text out of a CV file, whatever its name says: the format is read from the content itself."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from include.cv.docx_text import DocxError, docx_text
from include.cv.keys import MAX_BYTES
from include.cv.layout import TextLine, plain_lines
from include.cv.pdf_text import PdfError, pdf_text


class ExtractError(Exception):
    """The file cannot be read as a CV; ``str(exc)`` is the reason shown to ops (never file content)."""


@dataclass(frozen=True)
class Extracted:
    lines: list[TextLine]
    needs_ocr: bool = False
    ocr: bool = False
    ocr_confidence: float | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def detect_format(content: bytes) -> str | None:
    """ "pdf", "docx", "txt" or None, from magic bytes (a wrong file extension does not matter)."""
    if content[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in content[:1024]:
        return "pdf"
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return None
        return "docx" if "word/document.xml" in names else None
    return "txt" if decode_text(content) is not None else None


_BINARY_MAGIC = (
    b"\xd0\xcf\x11\xe0",  # OLE: legacy .doc/.xls
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"{\\rtf",
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
)


def decode_text(content: bytes) -> str | None:
    """The content as text (UTF-8, UTF-16 with a BOM, else cp1252), or None when it looks binary."""
    if content.startswith(_BINARY_MAGIC):
        return None
    fallback = False
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = content.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        if b"\x00" in content:
            return None
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = content.decode("cp1252")
            except UnicodeDecodeError:
                return None
            fallback = True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > len(text) // 100:
        return None
    if fallback and sum(1 for c in text if ord(c) > 127) > 0.3 * len(text):
        return None  # cp1252 decodes almost any bytes; mostly-accented "text" is binary
    return text


def extract_text(content: bytes, *, ocr: bool = True) -> Extracted:
    """The lines of a PDF, DOCX or plain-text CV; raises ExtractError with a reason.

    ``ocr`` False flags image-only PDFs ``needs_ocr`` instead of reading them with Tesseract.
    """
    if len(content) > MAX_BYTES:
        raise ExtractError("file too large")
    if not content.strip():
        raise ExtractError("empty file")
    kind = detect_format(content)
    try:
        if kind == "pdf":
            read = pdf_text(content, ocr=ocr)
            if read.needs_ocr:
                return Extracted([], needs_ocr=True)
            if read.ocr and not any(c.isalpha() for line in read.lines for c in line.text):
                raise ExtractError("image-only PDF: OCR found no text")
            extracted = Extracted(read.lines, ocr=read.ocr, ocr_confidence=read.ocr_confidence)
        elif kind == "docx":
            extracted = Extracted(docx_text(content))
        elif kind == "txt":
            extracted = Extracted(plain_lines(decode_text(content) or ""))
        else:
            raise ExtractError("unsupported file type")
    except (PdfError, DocxError) as exc:
        raise ExtractError(str(exc)) from None
    if not any(c.isalpha() for line in extracted.lines for c in line.text):
        raise ExtractError("no text in the document")
    return extracted
