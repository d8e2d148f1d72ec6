"""Text of a DOCX: body paragraphs and tables in document order, text boxes, headers and footers.

The zip directory is checked before python-docx opens the file, so a zip bomb is refused without
inflating it: the total declared size and each member's compression ratio are bounded. zipfile stops
at the declared size, so a member cannot inflate past what the directory says.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000


class DocxError(Exception):
    """A DOCX that cannot be read; ``str(exc)`` is the reason shown to ops."""


def check_zip(content: bytes) -> None:
    """Refuse archives whose directory promises more than a CV can hold."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DocxError("corrupt or unreadable DOCX") from exc
    if len(members) > MAX_MEMBERS:
        raise DocxError("zip bomb refused: too many members")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise DocxError("zip bomb refused: uncompressed size too large")
    for m in members:
        if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise DocxError("zip bomb refused: compression ratio too high")


def docx_text(content: bytes) -> str:
    """The document's text, one paragraph or table row per line; headers first, footers last."""
    check_zip(content)
    try:
        document = docx.Document(io.BytesIO(content))
        return _text(document)
    except DocxError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on malformed parts
        raise DocxError("corrupt or unreadable DOCX") from exc


def _text(document: DocumentObject) -> str:
    lines: list[str] = []
    seen_parts: set[int] = set()
    for section in document.sections:
        for part in (section.first_page_header, section.header):
            if not part.is_linked_to_previous and id(part.part) not in seen_parts and part.part is not None:
                seen_parts.add(id(part.part))
                lines.extend(_block_lines(part))
    lines.append("")
    lines.extend(_block_lines(document))
    footers: list[str] = []
    for section in document.sections:
        part = section.footer
        if not part.is_linked_to_previous and id(part.part) not in seen_parts:
            seen_parts.add(id(part.part))
            footers.extend(_block_lines(part))
    if footers:
        lines.append("")
        lines.extend(footers)
    return "\n".join(lines)


def _block_lines(container) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
            lines.extend(_textbox_lines(item))
        elif isinstance(item, Table):
            lines.extend(_table_lines(item))
            lines.append("")
    return lines


def _textbox_lines(paragraph: Paragraph) -> list[str]:
    """Paragraphs inside text boxes anchored in this paragraph (sidebars in many CV templates).

    Word writes each box twice (a DrawingML choice and a VML fallback); only the first is read.
    """
    out: list[str] = []
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(anc.tag.endswith("}Fallback") for anc in box.iterancestors()):
            continue
        for p in box.iter(qn("w:p")):
            out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return out


def _table_lines(table: Table) -> list[str]:
    """One line per row, cells joined by " | "; merged cells repeat in python-docx and are read once."""
    lines: list[str] = []
    for row in table.rows:
        seen: list[object] = []
        cells: list[str] = []
        nested: list[str] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            paragraphs = [p.text for p in cell.paragraphs if p.text.strip()]
            if len(paragraphs) > 1 and len(row.cells) <= 2:
                # A layout table (sidebar | main column): keep each cell's paragraphs as lines.
                nested.extend(paragraphs)
                nested.append("")
            else:
                cells.append(" ".join(paragraphs))
            for inner in cell.tables:
                nested.extend(_table_lines(inner))
        joined = " | ".join(c for c in cells if c)
        if joined:
            lines.append(joined)
        lines.extend(nested)
    return lines
