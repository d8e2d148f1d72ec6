"""Lines of a DOCX: headers, then the body (paragraphs, tables, text boxes) in document order, then footers.

Read with lxml straight from the zip, never through a whole-member inflate: each XML part is
decompressed in chunks and fed to the parser as it comes, and reading stops as soon as a part or the
document passes its byte cap (a zip bomb costs at most the cap, whatever its directory claims). The
directory is checked first (member count, declared sizes). Contacts often live only in a header, a
footer, a table cell or a text box (sidebar templates), so all of them are read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from include.cv.layout import BLANK, TextLine, row_lines

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # all parts read, inflated
MAX_PART = 16 * 1024 * 1024  # one XML part, inflated
MAX_MEMBERS = 2000
_CHUNK = 64 * 1024

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _T, _TBL, _TR, _TC, _TAB, _BR, _CR = map(_w, ("p", "t", "tbl", "tr", "tc", "tab", "br", "cr"))
_TXBX, _SDT, _SDT_CONTENT, _RPR, _PPR = map(_w, ("txbxContent", "sdt", "sdtContent", "rPr", "pPr"))
_FALLBACK = f"{{{_MC}}}Fallback"
_DEL_TEXT = _w("delText")
_INS, _HYPERLINK, _SMART, _R_RUN = map(_w, ("ins", "hyperlink", "smartTag", "r"))


class DocxError(Exception):
    """A DOCX that cannot be read; ``str(exc)`` is the reason shown to ops."""


def check_zip(archive: zipfile.ZipFile) -> None:
    """Refuse archives whose directory promises more than a CV can hold."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise DocxError("zip bomb refused: too many members")
    if sum(m.file_size for m in members) > 2 * MAX_UNCOMPRESSED:
        raise DocxError("zip bomb refused: uncompressed size too large")


class Budget:
    """Bytes still allowed to be inflated for this document (shared by every part read, DOCX or ODT)."""

    def __init__(self, total: int) -> None:
        self.left = total


def read_part(archive: zipfile.ZipFile, name: str, budget: Budget) -> etree._Element:
    """One XML part parsed while it is inflated chunk by chunk; stops at the part's or the document's cap."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    if archive.getinfo(name).file_size > MAX_PART:
        raise DocxError("zip bomb refused: a part inflates past the size cap")
    read = 0
    with archive.open(name) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            budget.left -= len(chunk)
            if read > MAX_PART or budget.left < 0:
                raise DocxError("zip bomb refused: a part inflates past the size cap")
            parser.feed(chunk)
    return parser.close()


def docx_text(content: bytes) -> list[TextLine]:
    """The document's lines (one paragraph or table row per line, blank lines between blocks)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            check_zip(archive)
            return _document_lines(archive, Budget(MAX_UNCOMPRESSED))
    except DocxError:
        raise
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, OSError, ValueError, EOFError) as exc:
        raise DocxError("corrupt or unreadable DOCX") from exc
    except Exception as exc:  # zlib and lxml raise many types on damaged parts
        raise DocxError("corrupt or unreadable DOCX") from exc


def _document_lines(archive: zipfile.ZipFile, budget: Budget) -> list[TextLine]:
    names = set(archive.namelist())
    body = read_part(archive, "word/document.xml", budget)
    targets = _relationships(archive, "word/_rels/document.xml.rels", names, budget)
    headers: list[str] = []
    footers: list[str] = []
    for ref in body.iter(_w("headerReference"), _w("footerReference")):
        target = targets.get(ref.get(f"{{{_R}}}id", ""))
        if target is None or target not in names:
            continue
        bucket = headers if ref.tag == _w("headerReference") else footers
        if target not in bucket:
            bucket.append(target)
    # The first-page header usually carries the name and contacts: read it first.
    headers.sort(key=lambda n: 0 if "first" in n else 1)
    seen: set[str] = set()
    styles = _read_styles(archive, names, budget)
    lines = [x for name in headers for x in _part_lines(archive, name, budget, seen, styles)]
    body_el = body.find(_w("body"))
    if body_el is not None:
        lines.extend(_block_lines(body_el, styles))
    for name in footers:
        lines.extend(_part_lines(archive, name, budget, seen, styles))
    return lines


def _part_lines(archive: zipfile.ZipFile, name: str, budget: Budget, seen: set[str], styles: _Styles) -> list[TextLine]:
    """A header's or footer's lines between blank lines; one repeated on every section is read once."""
    part = [x for x in _block_lines(read_part(archive, name, budget), styles) if x.text.strip()]
    key = "\n".join(x.text for x in part)
    if not part or key in seen:
        return []
    seen.add(key)
    # A header or footer is a block of its own: it does not continue the section the body ended with.
    return [BLANK, replace(part[0], column_start=True), *part[1:], BLANK]


def _relationships(archive: zipfile.ZipFile, name: str, names: set[str], budget: Budget) -> dict[str, str]:
    if name not in names:
        return {}
    root = read_part(archive, name, budget)
    out: dict[str, str] = {}
    for rel in root.iter(f"{{{_REL}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        out[rel.get("Id", "")] = path
    return out


def _block_lines(container: etree._Element, styles: _Styles) -> list[TextLine]:
    """Paragraphs and tables of a body, cell, header or text box, in order."""
    lines: list[TextLine] = []
    for child in container:
        tag = child.tag
        if tag == _P:
            lines.extend(_paragraph_lines(child, styles))
            for box in _text_boxes(child):
                lines.append(BLANK)
                lines.extend(_block_lines(box, styles))
                lines.append(BLANK)
        elif tag == _TBL:
            lines.extend(_table_lines(child, styles))
            lines.append(BLANK)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                lines.extend(_block_lines(content, styles))
        elif tag in (_INS, _SMART):
            lines.extend(_block_lines(child, styles))
    return lines


def _text_boxes(paragraph: etree._Element) -> Iterator[etree._Element]:
    """Text boxes anchored in this paragraph; Word writes each twice (DrawingML and a VML fallback)."""
    for box in paragraph.iter(_TXBX):
        # Only the outermost box of this paragraph, not its VML copy: a box inside a box is read with the
        # paragraph of the outer box that anchors it (ancestors above this paragraph do not count).
        if not any(anc.tag in (_FALLBACK, _TXBX) for anc in ancestors_below(box, paragraph)):
            yield box


def ancestors_below(node: etree._Element, top: etree._Element) -> Iterator[etree._Element]:
    """The node's ancestors up to, not including, ``top``."""
    for ancestor in node.iterancestors():
        if ancestor is top:
            return
        yield ancestor


def _paragraph_lines(paragraph: etree._Element, styles: _Styles) -> list[TextLine]:
    """The paragraph's text (a line break in it starts a new line), with its largest size and boldness."""
    pieces: list[list[str]] = [[]]
    size = 0.0
    bold_chars = chars = 0
    style = paragraph.find(f"{_PPR}/{_w('pStyle')}")
    style_id = (style.get(_w("val")) or "") if style is not None else ""
    style_name = style_id.lower()
    # Runs without a size of their own take their paragraph style's where it sets one (headings).
    fallback = styles.size(style_id)
    unsized = False
    for run in _runs(paragraph):
        props = run.find(_RPR)
        run_bold = False
        sz = props.find(_w("sz")) if props is not None else None
        if sz is not None and (val := sz.get(_w("val"), "")).isdigit():
            size = max(size, int(val) / 2)
        elif run.find(_T) is not None:
            unsized = True
        if props is not None:
            b = props.find(_w("b"))
            run_bold = b is not None and b.get(_w("val"), "true") not in ("0", "false")
        for node in run:
            if node.tag == _T and node.text:
                pieces[-1].append(node.text)
                chars += len(node.text)
                bold_chars += len(node.text) if run_bold else 0
            elif node.tag == _TAB:
                pieces[-1].append("   ")
            elif node.tag in (_BR, _CR):
                pieces.append([])
            elif node.tag == _w("noBreakHyphen"):
                pieces[-1].append("-")
    if unsized and fallback:
        size = max(size, fallback)
    if style_name.startswith("title"):
        size = max(size, 26.0)
    bold = (chars > 0 and bold_chars * 2 > chars) or style_name.startswith(("heading", "title"))
    return [TextLine("".join(p), 1, size or None, bold) for p in pieces]


def _runs(paragraph: etree._Element) -> Iterator[etree._Element]:
    """Runs of the paragraph's own text: inside hyperlinks, insertions and fields, not inside text boxes."""
    for child in paragraph:
        if child.tag == _R_RUN:
            yield child
        elif child.tag in (_HYPERLINK, _INS, _SMART, _w("fldSimple"), _SDT, _SDT_CONTENT, _w("customXml")):
            yield from _runs(child)


def _table_lines(table: etree._Element, styles: _Styles) -> list[TextLine]:
    """One line per row, cells joined by " | "; a layout table (sidebar | main) keeps each cell's lines."""
    lines: list[TextLine] = []
    for row in table.iter(_TR):
        if next((a for a in row.iterancestors(_TBL)), None) is not table:
            continue  # a nested table's row: read with its cell
        cells = [c for c in row if c.tag == _TC or c.tag == _SDT]
        lines.extend(row_lines([_block_lines(_cell(c), styles) for c in cells]))
    return lines


def _cell(cell: etree._Element) -> etree._Element:
    if cell.tag == _SDT:
        content = cell.find(_SDT_CONTENT)
        inner = content.find(_TC) if content is not None else None
        return inner if inner is not None else cell
    return cell


def _read_styles(archive: zipfile.ZipFile, names: set[str], budget: Budget) -> _Styles:
    """The styles part's sizes; a damaged or missing part only costs the sizes, not the document."""
    if "word/styles.xml" not in names:
        return _NO_STYLES
    try:
        return _Styles(read_part(archive, "word/styles.xml", budget))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return _NO_STYLES


class _Styles:
    """Font sizes the styles part gives each paragraph style (through the styles it is based on), for runs
    that carry no size of their own."""

    def __init__(self, root: etree._Element | None) -> None:
        self.own: dict[str, tuple[float | None, str]] = {}
        self.cache: dict[str, float | None] = {}
        if root is None:
            return
        for style in root.iter(_w("style")):
            if style.get(_w("type")) not in (None, "paragraph"):
                continue
            based = style.find(_w("basedOn"))
            self.own[style.get(_w("styleId"), "")] = (
                _half_points(style.find(f"{_RPR}/{_w('sz')}")),
                (based.get(_w("val")) or "") if based is not None else "",
            )

    def size(self, style_id: str) -> float | None:
        """The size a paragraph style sets apart from the body text (a heading's, through the styles it is
        based on); None for the body text itself (no style, "Normal", the document default), which the
        extractors read as "not known" as before, since it tells no line from another."""
        if not style_id or style_id.lower() == "normal":
            return None
        if style_id in self.cache:
            return self.cache[style_id]
        size, seen, current = None, set(), style_id
        while current and current.lower() != "normal" and current not in seen and current in self.own:
            seen.add(current)
            own, current = self.own[current]
            if own is not None:
                size = own
                break
        self.cache[style_id] = size
        return size


def _half_points(node: etree._Element | None) -> float | None:
    value = node.get(_w("val"), "") if node is not None else ""
    return int(value) / 2 if value.isdigit() else None


_NO_STYLES = _Styles(None)
