"""Text out of a CV file, whatever its name says: the format is read from the content itself."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from include.cv.docx_text import DocxError, docx_text
from include.cv.image_text import ImageError, image_as_pdf
from include.cv.keys import MAX_BYTES
from include.cv.layout import TextLine, plain_lines
from include.cv.odf_text import is_flat_odt, is_odt, odf_mimetype, odt_text
from include.cv.pdf_text import PdfError, pdf_text
from include.cv.rtf_text import RtfError, rtf_text

_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def unquoted(text: str) -> str:
    """A CV pasted into an e-mail and forwarded: its lines lose the reply's "> " marks when most lines carry them."""
    lines = [x for x in text.splitlines() if x.strip()]
    quoted = sum(x.lstrip().startswith(">") for x in lines)
    return _QUOTE_MARKS.sub("", text) if quoted >= 5 and 2 * quoted >= len(lines) else text


_LOST_BULLET = re.compile(r"^([ \t]*)\?[ \t]+(?=\S)", re.MULTILINE)
_LOST_DASH = re.compile(r"(?<=\w) \? (?=\w)")


def unmarked(text: str) -> str:
    """An export that wrote "?" for every mark it could not encode: its bullets and dashes are restored
    ("? Step 1: 238", "MBBS Aug 2014 ? Jun 2020") when at least three lines start with one."""
    if len(_LOST_BULLET.findall(text)) < 3:
        return text
    return _LOST_DASH.sub(" \u2013 ", _LOST_BULLET.sub("\\1\u2022 ", text))


class ExtractError(Exception):
    """The file cannot be read as a CV; ``str(exc)`` is the reason shown to ops (never file content)."""


@dataclass(frozen=True)
class Extracted:
    lines: list[TextLine]
    needs_ocr: bool = False
    ocr: bool = False
    ocr_confidence: float | None = None
    stream: str = ""  # a PDF's page 1 in content order (see ``PdfText.stream``)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")


def detect_format(content: bytes) -> str | None:
    """ "pdf", "docx", "odt", "rtf", "image", "html", "txt" or None, from magic bytes (the file's name does not
    matter)."""
    if content[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in content[:1024]:
        return "pdf"
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
                return "odt" if is_odt(archive) else None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
            return _damaged_zip_kind(content)
    if content.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if content.startswith(_IMAGE_MAGIC) or (content[:4] == b"RIFF" and content[8:12] == b"WEBP"):
        return "image"
    if is_flat_odt(content):
        return "odt"
    if _WEB_PAGE.match(content[:512]):
        return "html"
    return "txt" if decode_text(content) is not None else None


# A web page saved in the CV's place ("Your session has expired", a login form): a failed download, not a CV
_WEB_PAGE = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


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


def _damaged_zip_kind(content: bytes) -> str | None:
    """What a zip whose directory is lost was meant to be, from its first member's local header, so the reason
    ops read is "corrupt DOCX/ODT" rather than "unsupported"."""
    name_len = int.from_bytes(content[26:28], "little")
    first = content[30 : 30 + min(name_len, 255)]
    if first == b"mimetype" and odf_mimetype(content[30 + name_len + int.from_bytes(content[28:30], "little") :]):
        return "odt"
    return "docx" if first == b"[Content_Types].xml" or first.startswith((b"word/", b"_rels/", b"docProps/")) else None


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
    """The lines of a PDF, DOCX, ODT, RTF, image or plain-text CV; raises ExtractError with a reason.

    ``ocr`` False flags image-only PDFs and images ``needs_ocr`` instead of reading them with Tesseract.
    """
    if len(content) > MAX_BYTES:
        raise ExtractError("file too large")
    if not content.strip():
        raise ExtractError("empty file")
    kind = detect_format(content)
    try:
        if kind == "image":
            content, kind = image_as_pdf(content), "pdf"
        if kind == "pdf":
            read = pdf_text(content, ocr=ocr)
            if read.needs_ocr:
                return Extracted([], needs_ocr=True)
            if read.ocr and not any(c.isalpha() for line in read.lines for c in line.text):
                raise ExtractError("image-only PDF: OCR found no text")
            extracted = Extracted(read.lines, ocr=read.ocr, ocr_confidence=read.ocr_confidence, stream=read.stream)
        elif kind == "docx":
            extracted = Extracted(docx_text(content))
        elif kind == "odt":
            extracted = Extracted(odt_text(content))
        elif kind == "rtf":
            extracted = Extracted(rtf_text(content))
        elif kind == "txt":
            extracted = Extracted(plain_lines(unmarked(unquoted(decode_text(content) or ""))))
        elif kind == "html":
            raise ExtractError("a web page (HTML), not a CV document: a failed download or a page saved in its place")
        else:
            raise ExtractError("unsupported file type")
    except (PdfError, DocxError, RtfError, ImageError) as exc:
        raise ExtractError(str(exc)) from None
    if not any(c.isalpha() for line in extracted.lines for c in line.text):
        raise ExtractError("no text in the document")
    return extracted
