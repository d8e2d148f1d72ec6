"""Lines of an OpenDocument text (.odt, or flat .fodt): page headers, the body in order, then footers.

LibreOffice users send ODT. The reading mirrors ``docx_text``: one paragraph or table row per line, a
layout table (sidebar | main) cell by cell, text frames after the paragraph that anchors them, the
master page's header first (it usually carries the name and contacts). Sizes and weight come from the
paragraph and span styles (with their parents), so headings and the name look as they do on the page.
Zip parts are read through ``docx_text.read_part`` (inflated in chunks under byte caps); a flat file is
parsed without entities or huge-tree mode.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace

from lxml import etree

from include.cv.docx_text import MAX_UNCOMPRESSED, Budget, DocxError, ancestors_below, check_zip, read_part
from include.cv.layout import BLANK, TextLine, row_lines

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _HEADER_ITEM = map(_q, ("text:p", "text:h", "text:list", "text:list-item", "text:list-header"))
_TABLE, _ROW, _CELL, _SECTION = map(_q, ("table:table", "table:table-row", "table:table-cell", "text:section"))
_ROW_GROUPS = frozenset(map(_q, ("table:table-header-rows", "table:table-rows", "table:table-row-group")))
_SPAN, _LINK, _S, _TAB, _BREAK = map(_q, ("text:span", "text:a", "text:s", "text:tab", "text:line-break"))
_TEXT_BOX = _q("draw:text-box")
_DRAW = _q("draw:")  # the namespace part of every drawing tag
_STYLE_NAME = _q("text:style-name")
_SKIPPED = frozenset(map(_q, ("text:note", "text:bookmark", "text:bookmark-start", "office:annotation")))


class OdfError(DocxError):
    """An OpenDocument file that cannot be read (a ``DocxError``, so callers handle both alike)."""


@dataclass(frozen=True, slots=True)
class _Look:
    size: float | None = None
    bold: bool | None = None


def odf_mimetype(stored: bytes) -> bool:
    """The bytes of a stored ``mimetype`` member name an OpenDocument text."""
    return stored[: len(MIMETYPE)] == MIMETYPE


def is_odt(archive: zipfile.ZipFile) -> bool:
    """The zip is an OpenDocument text: its ``mimetype`` member says so (or it has ODF content, no Word part)."""
    names = set(archive.namelist())
    if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
        return archive.read("mimetype").strip().startswith(MIMETYPE)
    return "content.xml" in names and "word/document.xml" not in names


def is_flat_odt(content: bytes) -> bool:
    """A flat ODF document (.fodt): XML whose root is ``office:document`` of a text."""
    head = content[:4096]
    return (
        head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
        and b"office:document" in head
        and (MIMETYPE in head or b"office:text" in content[:200_000])
    )


def odt_text(content: bytes) -> list[TextLine]:
    """The lines of an .odt (zip) or .fodt (flat XML) document."""
    try:
        if content.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                check_zip(archive)
                budget = Budget(MAX_UNCOMPRESSED)
                body = read_part(archive, "content.xml", budget)
                styles = read_part(archive, "styles.xml", budget) if "styles.xml" in archive.namelist() else None
                return _document_lines(body, styles)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
        root = etree.fromstring(content, parser)
        return _document_lines(root, root)
    except DocxError as exc:
        raise OdfError(str(exc).replace("DOCX", "ODT")) from None
    except Exception as exc:  # zipfile, zlib and lxml raise many types on damaged files
        raise OdfError("corrupt or unreadable ODT") from exc


def _document_lines(content: etree._Element, styles: etree._Element | None) -> list[TextLine]:
    looks = _looks([x for x in (styles, content) if x is not None])
    text = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if text is None:
        raise OdfError("not an OpenDocument text")
    headers, footers = _page_parts(styles)
    seen: set[str] = set()
    lines = [x for part in headers for x in _part_lines(part, looks, seen)]
    lines.extend(_block_lines(text, looks))
    for part in footers:
        lines.extend(_part_lines(part, looks, seen))
    return lines


def _page_parts(styles: etree._Element | None) -> tuple[list[etree._Element], list[etree._Element]]:
    """Header and footer elements of the master pages (a first-page header before the others)."""
    if styles is None:
        return [], []
    headers: list[etree._Element] = []
    footers: list[etree._Element] = []
    for page in styles.iter(_q("style:master-page")):
        for child in page:
            local = etree.QName(child).localname
            if local.startswith("header"):
                headers.insert(0, child) if local == "header-first" else headers.append(child)
            elif local.startswith("footer"):
                footers.append(child)
    return headers, footers


def _part_lines(part: etree._Element, looks: dict[str, _Look], seen: set[str]) -> list[TextLine]:
    """A header's or footer's lines as a block of their own; one repeated on every page style is read once."""
    lines = [x for x in _block_lines(part, looks) if x.text.strip()]
    key = "\n".join(x.text for x in lines)
    if not lines or key in seen:
        return []
    seen.add(key)
    return [BLANK, replace(lines[0], column_start=True), *lines[1:], BLANK]


def _looks(roots: list[etree._Element]) -> dict[str, _Look]:
    """Each named paragraph/text style's font size and weight, inherited from its parents."""
    raw: dict[str, tuple[str | None, _Look]] = {}
    for root in roots:
        for style in root.iter(_q("style:style"), _q("style:default-style")):
            name = style.get(_q("style:name"), "")
            props = style.find(_q("style:text-properties"))
            size = bold = None
            if props is not None:
                size = _points(props.get(_q("fo:font-size")))
                weight = props.get(_q("fo:font-weight"))
                bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
            raw[name] = (style.get(_q("style:parent-style-name")), _Look(size, bold))

    def resolve(name: str, depth: int = 0) -> _Look:
        parent, look = raw.get(name, (None, _Look()))
        if parent and depth < 10 and (look.size is None or look.bold is None):
            above = resolve(parent, depth + 1)
            look = _Look(
                look.size if look.size is not None else above.size, look.bold if look.bold is not None else above.bold
            )
        return look

    return {name: resolve(name) for name in raw}


# Points per unit of the lengths ODF allows (a font size is usually in pt, but any length is valid).
_UNITS = {"pt": 1.0, "pc": 12.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75}


def _points(value: str | None) -> float | None:
    """A length ("12pt", "4.2mm", "0.5cm", "0.2in") in points; None for a percentage or anything else."""
    if not value:
        return None
    value = value.strip()
    unit = value[-2:]
    try:
        return float(value[:-2]) * _UNITS[unit] if unit in _UNITS else float(value)
    except ValueError:
        return None


def _block_lines(container: etree._Element, looks: dict[str, _Look]) -> list[TextLine]:
    """Paragraphs, headings, lists, sections and tables of a body, cell, header or frame, in order."""
    lines: list[TextLine] = []
    for child in container:
        tag = child.tag
        if tag in (_P, _H):
            lines.extend(_paragraph_lines(child, looks))
            for box in _frames(child):
                lines.append(BLANK)
                lines.extend(_block_lines(box, looks))
                lines.append(BLANK)
        elif tag == _TABLE:
            lines.extend(_table_lines(child, looks))
            lines.append(BLANK)
        elif tag in (_LIST, _ITEM, _HEADER_ITEM, _SECTION):
            lines.extend(_block_lines(child, looks))
        elif _is_drawing(tag):  # a frame or shape anchored to the page
            for box in _frames(child):
                lines.append(BLANK)
                lines.extend(_block_lines(box, looks))
                lines.append(BLANK)
    return lines


def _is_drawing(tag: object) -> bool:
    """A tag of the drawing namespace (frames, text boxes, shapes); comments and processing instructions have none."""
    return isinstance(tag, str) and tag.startswith(_DRAW)


def _is_box(node: etree._Element) -> bool:
    """A text box, or a drawing shape holding paragraphs itself (a custom shape or rectangle with text)."""
    return node.tag == _TEXT_BOX or (_is_drawing(node.tag) and any(child.tag == _P for child in node))


def _frames(paragraph: etree._Element) -> Iterator[etree._Element]:
    """Outermost text boxes and shapes anchored in this paragraph (a box inside a box is read with it)."""
    for box in paragraph.iter(_TEXT_BOX, f"{_DRAW}*"):
        if _is_box(box) and not any(_is_box(anc) for anc in ancestors_below(box, paragraph)):
            yield box


def _paragraph_lines(paragraph: etree._Element, looks: dict[str, _Look]) -> list[TextLine]:
    """The paragraph's text (a line break starts a new line) with its largest size and its weight."""
    base = looks.get(paragraph.get(_STYLE_NAME, ""), _Look())
    pieces: list[list[str]] = [[]]
    sizes = [base.size or 0.0]
    counts = [0, 0]  # bold characters, all characters

    def walk(node: etree._Element, look: _Look) -> None:
        if node.text:
            add(node.text, look)
        for child in node:
            tag = child.tag
            if tag in (_SPAN, _LINK):
                own = looks.get(child.get(_STYLE_NAME, ""), _Look())
                walk(child, _Look(own.size or look.size, look.bold if own.bold is None else own.bold))
            elif tag == _S:
                pieces[-1].append(" " * min(int(child.get(_q("text:c"), "1") or 1), 50))
            elif tag == _TAB:
                pieces[-1].append("   ")
            elif tag == _BREAK:
                pieces.append([])
            elif tag not in _SKIPPED and not _is_drawing(tag):
                walk(child, look)  # frames and shapes are read after the paragraph (``_frames``)
            if child.tail:
                add(child.tail, look)

    def add(text: str, look: _Look) -> None:
        pieces[-1].append(text)
        sizes.append(look.size or 0.0)
        counts[1] += len(text)
        counts[0] += len(text) if look.bold else 0

    walk(paragraph, base)
    size = max(sizes) or None
    bold = (counts[1] > 0 and counts[0] * 2 > counts[1]) or paragraph.tag == _H
    return [TextLine("".join(p), 1, size, bold) for p in pieces]


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _table_lines(table: etree._Element, looks: dict[str, _Look]) -> list[TextLine]:
    """One line per row, cells joined by " | "; a layout table (sidebar | main) keeps each cell's lines."""
    lines: list[TextLine] = []
    for row in _rows(table):
        lines.extend(row_lines([_block_lines(c, looks) for c in row if c.tag == _CELL]))
    return lines
