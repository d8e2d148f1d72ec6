"""Lines of a PDF in reading order with their font size, weight and position, from pypdfium2.

pdfium's text rectangles are runs of characters of one text object; each page's characters are read
once (one ``get_text_range``) and cut at the rectangles' first characters, so a page costs a few
calls per rectangle, not one per character or a scan of the page per rectangle. Lines are rebuilt
from the rectangles' geometry: a page with a vertical gutter between two real columns (a sidebar
beside a main column, a two-column template) is read column by column; a right-hand strip of dates
or a table's value column is not a column and stays on its lines. Pages without a text layer are
read by OCR when Tesseract is installed (``include.cv.ocr``), else the file is flagged ``needs_ocr``.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import math
import re
import statistics
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from include.cv.dates import MONTH_RE, POINT_RE
from include.cv.layout import BLANK, TextLine, join_stacked
from include.cv.pdf_rules import RuledRow, bare, handle, ruled_rows
from include.cv.sections import heading_kind, loose_heading_kind

MAX_PAGES = 20
_MIN_TEXT_CHARS = 20
_SPACE = re.compile(r"\s")


class PdfError(Exception):
    """A PDF that cannot be read; ``str(exc)`` is the reason shown to ops."""


@dataclass(frozen=True)
class PdfText:
    lines: list[TextLine]
    needs_ocr: bool = False
    ocr: bool = False
    ocr_confidence: float | None = None
    stream: str = ""  # page 1's text in pdfium's own (content-stream) order: a second reading of the header


@dataclass(frozen=True, slots=True)
class _Box:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float = 0.0
    bold: bool = False

    @property
    def mid(self) -> float:
        return (self.bottom + self.top) / 2

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


_VALUE_LIKE = re.compile(
    r"^(?:[\d\s/.,:%()\-–—+]+|pass(?:ed)?|fail(?:ed)?|n/?a|yes|no|present|current|"
    r"(?:[a-z]{3,9}\.?\s*)?\d{4}\s*[-–—to]*\s*(?:(?:[a-z]{3,9}\.?\s*)?\d{4}|present|current)?|\S+)$",
    re.IGNORECASE,
)


_DATE_LIKE = re.compile(r"(?:19|20)\d\d|\b\d{1,2}/\d{2,4}\b|\b(?:present|current)\b", re.IGNORECASE)


_DATE_WORDS = re.compile(
    r"\b(?:to|until|till|present|current|now|ongoing|expected|since|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|"
    r"jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b|[\d\s/.,:()\-–—+'’]",
    re.IGNORECASE,
)


def _dates_only(text: str) -> bool:
    """A right-hand date ("2016-04 to 2016-06", "Sep 2021 – Present"): the value column of an entry."""
    return any(map(str.isdigit, text)) and not _DATE_WORDS.sub("", text)


def pdf_text(content: bytes, *, ocr: bool = True) -> PdfText:
    """The PDF's lines; raises PdfError for an encrypted or unreadable file."""
    try:
        doc = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise PdfError("encrypted PDF") from None
        raise PdfError("corrupt or unreadable PDF") from None
    try:
        lines: list[TextLine] = []
        stream: list[str] = []
        header: set[str] = set()  # page 1's top lines, which a running header repeats
        for index in range(min(len(doc), MAX_PAGES)):
            page = doc[index]
            try:
                read = page_lines(page, index + 1, stream if index == 0 else None)
                if index == 0:
                    header = {x.text for x in read if x.text and x.top is not None and x.top < _HEADER_TOP}
                else:
                    read = _without_running_header(read, header)
                if lines:
                    lines.append(BLANK)
                lines.extend(read)
            finally:
                page.close()
        if len(_SPACE.sub("", "".join(x.text for x in lines))) >= _MIN_TEXT_CHARS:  # one pass, not one a line
            return PdfText(lines, stream="".join(stream))
        if not ocr:
            return PdfText([], needs_ocr=True)
        from include.cv.ocr import OcrUnavailable, ocr_document

        try:
            read = ocr_document(doc)
        except OcrUnavailable:
            return PdfText([], needs_ocr=True)
        return PdfText(read.lines, ocr=True, ocr_confidence=read.confidence)
    except pdfium.PdfiumError:
        raise PdfError("corrupt or unreadable PDF") from None
    finally:
        doc.close()


_HEADER_TOP = 0.12  # share of the page height above which a line can be a running header


def _without_running_header(page: list[TextLine], header: set[str]) -> list[TextLine]:
    """A later page without the running header that repeats page 1's top lines (``header``: a name with contacts,
    "Kwame Asante-Boateng | … | Silver Spring, Maryland"): read once, it does not run into the entry above it."""
    cut = 0
    while cut < len(page) and (
        not page[cut].text or (page[cut].text in header and page[cut].top is not None and page[cut].top < _HEADER_TOP)
    ):
        cut += 1
    return page[cut:] if any(x.text for x in page[:cut]) else page


def page_lines(page: pdfium.PdfPage, number: int, stream: list[str] | None = None) -> list[TextLine]:
    """One page's lines in reading order (blank lines between blocks and at wide vertical gaps); ``stream``
    gets the page's text in content order too (one cheap call on the text page already loaded)."""
    width, height = page.get_width(), page.get_height()
    textpage = page.get_textpage()
    try:
        boxes = _boxes(textpage)
        if stream is not None:
            stream.append(textpage.get_text_range())
    finally:
        textpage.close()
    display = 1.5 * body if number == 1 and (body := body_size_of(boxes)) else None
    blocks = _blocks(_ruled(boxes, ruled_rows(page)), width, 0)
    out: list[TextLine] = []
    for block, column in blocks:
        rows = _lines(block, number, width, height)
        if display is not None:
            rows = join_stacked(rows, display)
        if rows:
            if out:
                out.append(BLANK)
            if column:
                rows[0] = replace(rows[0], column_start=True)
            out.extend(rows)
    return out


def _ruled(boxes: list[_Box], rows: list[RuledRow]) -> list[_Box]:
    """A ruled table's row whose cells each hold one paragraph, as one box: two cells as a label and its
    value ("Publications | Haddad KG, …", as a DOCX table's row reads), more cells three spaces apart (a
    table's cell gap). So a column of dates beside a column of details is not read as two columns of the
    page, nor a cell's wrapped line as the next row. A row with a cell of several paragraphs (a layout table:
    a sidebar beside the main text) keeps its boxes."""
    for row in rows:
        x0, x1 = row.cells[0], row.cells[-1]
        members = [b for b in boxes if row.bottom <= b.mid <= row.top and x0 <= (b.left + b.right) / 2 <= x1]
        texts: list[str] = []
        for left, right in itertools.pairwise(row.cells):
            inside = [b for b in members if left <= (b.left + b.right) / 2 < right]
            text = _paragraph(inside, left, right) if inside else ""
            if text is None:
                break
            if text:
                texts.append(text)
        else:
            if len(texts) >= 2:
                gap = " | " if len(texts) == 2 else "   "  # a label and its value, as a DOCX table's row reads
                taken = {id(b) for b in members}
                kept = [b for b in boxes if id(b) not in taken]
                joined = _Box(min(b.left for b in members), min(b.bottom for b in members),
                              max(b.right for b in members), max(b.top for b in members), gap.join(texts),
                              max(b.size for b in members), all(b.bold for b in members))  # fmt: skip
                boxes = [*kept, joined]
    return boxes


def _paragraph(boxes: list[_Box], left: float, right: float) -> str | None:
    """A cell's text as one paragraph, its lines joined, or None when a line ends short of the cell's right
    edge though the next line's first word would have fitted there (a new paragraph, not a wrap)."""
    lines = [sorted(line, key=lambda b: b.left) for line in _rows(boxes)]
    if any(b.left - a.right > 1.5 * a.height for line in lines for a, b in itertools.pairwise(line)):
        return None  # columns inside the cell: a table nested in it
    pad = max(1.0, min(b.left for b in boxes) - left)
    text, end = "", 0.0  # the paragraph so far and where its last line ends
    for line in lines:
        part = " ".join(b.text for b in line)
        if text:
            first = line[0]
            word = (first.text.split() or [""])[0]
            needed = (first.right - first.left) * len(word) / max(len(first.text), 1) + 0.3 * first.size
            if end + needed < right - pad - 1.0 and not _open_cell(text):
                return None
            glued = text[-1:] == "-" and text[-2:-1].isalpha() and part[:1].isalpha()
            part = part if glued else " " + part
        text += part
        end = max(b.right for b in line)
    return text


# FPDFText_GetCharBox(text_page, index, &left, &right, &bottom, &top); GetRect(text_page, index, &left, &top,
# &right, &bottom); the font calls take (text_page, index) and GetFontInfo a buffer, its size and &flags.
_GET_CHAR_BOX = bare(pdfium_c.FPDFText_GetCharBox)
_GET_RECT = bare(pdfium_c.FPDFText_GetRect)
_FONT_SIZE = bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_FONT_INFO = bare(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_FONT_WEIGHT = bare(pdfium_c.FPDFText_GetFontWeight)


def _boxes(textpage: pdfium.PdfTextPage) -> list[_Box]:
    """Runs of text with their font size and weight: pdfium's rectangles, or words built from the
    characters when the producer wrote one text object per glyph (Chromium's print to PDF)."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    # pdfium marks a word hyphenated at a line's end with U+FFFE: the word goes on on the next line.
    text = textpage.get_text_range(0, count).replace("\ufffe", "\x00")
    n_rects = pdfium_c.FPDFText_CountRects(raw, 0, count)
    visible = count - text.count(" ") - text.count("\r") - text.count("\n")
    if len(text) != count:
        return _char_boxes(raw, _indexed_text(raw, count), count)
    if n_rects > 0.35 * max(visible, 1):
        return _char_boxes(raw, text, count)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    edges = tuple(ctypes.byref(v) for v in (left, top, right, bottom))
    page = handle(raw)
    rects: list[tuple[float, float, float, float]] = []
    starts: list[int] = []
    for k in range(n_rects):
        _GET_RECT(page, k, *edges)
        lx, ty, rx, by = left.value, top.value, right.value, bottom.value
        rects.append((lx, by, rx, ty))
        probe_x = lx + min(0.8, (rx - lx) / 4)
        start = pdfium_c.FPDFText_GetCharIndexAtPos(raw, probe_x, (ty + by) / 2, 0.5, 0.5)
        if start < 0:
            start = _first_char(raw, lx, by, rx, ty)
        if start < 0 and starts and starts[-1] >= 0:
            start = _next_inside(page, starts[-1] + 1, count, (lx, by, rx, ty), (left, top, right, bottom))
        if start > 0:
            start = _walk_back(page, start, lx, by, rx, ty, (left, top, right, bottom))
        if 0 <= start < count - 1 and _starts_before(page, start, lx, (left, top, right, bottom)):
            start += 1  # a kerned pair ("Ta"): the probe hit the glyph the rectangle before ends with
        starts.append(start)
    # Rectangles follow the character order; when pdfium says otherwise, ask it for each one's text.
    in_order = bool(starts) and starts[0] >= 0 and all(a < b for a, b in itertools.pairwise(starts))
    bounded = None if in_order else _BoundedText(raw, count)
    pieces: list[tuple[int, str]] = []
    glued: set[int] = set()  # pieces that go on the previous one's word (no space between them in the text)
    singles = 0
    for k, (lx, by, rx, ty) in enumerate(rects):
        if bounded is None:
            end = starts[k + 1] if k + 1 < len(starts) else count
            piece = text[starts[k] : end]
            before = text[starts[k] - 1 : starts[k]]
            if k and (piece[:1].isalnum() or piece[:1] in ",.;:)-") and (before.isalnum() or before == "-"):
                glued.add(k)  # and a hyphen set as its own run ("Wei" / "-" / "Ling")
        else:
            piece = bounded.read(lx, by, rx, ty)
        piece = piece.replace("\r", " ").replace("\n", " ").replace("\x02", "").replace("\x00", "").strip()
        if piece:
            singles += len(piece) == 1
            pieces.append((k, piece))
            if singles > 0.3 * (len(pieces) + len(rects) - 1 - k):
                break  # too many single letters whatever the remaining rectangles hold
    if singles > 0.3 * len(pieces):
        return _char_boxes(raw, text, count)  # letter-spaced or glyph-by-glyph text: build words from characters
    fonts = _Fonts(raw)
    boxes: list[_Box] = []
    for k, piece in pieces:
        lx, by, rx, ty = rects[k]
        size, bold = fonts.get(starts[k] if starts[k] >= 0 else 0, ty - by)
        box = _Box(lx, by, rx, ty, piece, size, bold)
        if k in glued and boxes and _same_word(boxes[-1], box):
            box = _join(boxes.pop(), box)
        boxes.append(box)
    return boxes


def _same_word(before: _Box, box: _Box) -> bool:
    """Two runs of one word split by a change of font (small capitals: "R" at 22 pt, "AHUL" at 17.6 pt) or at a
    kerned pair whose glyphs overlap ("T" / "aipei")."""
    # a hyphen's or a comma's box is only as tall as the mark: the word's height measures the gap
    short = box.text[:1] in _MARKS or before.text[-1:] in _MARKS
    tall = max(before.height, box.height) if short else min(before.height, box.height)
    return abs(before.mid - box.mid) < 0.5 * tall and -max(1.0, 0.3 * tall) < box.left - before.right < 0.3 * tall


_MARKS = frozenset("-.,;:)")


def _join(before: _Box, box: _Box) -> _Box:
    return _Box(
        before.left,
        min(before.bottom, box.bottom),
        box.right,
        max(before.top, box.top),
        before.text + box.text,
        max(before.size, box.size),
        before.bold,
    )


def _first_char(raw: pdfium_c.FPDF_TEXTPAGE, lx: float, by: float, rx: float, ty: float) -> int:
    """A character of a rectangle whose left-edge probe found none: a thin first glyph off the run's
    middle ("— 2018"), or a run that starts with a space (" Thị" in small capitals); looked for further in."""
    mid, half = (ty + by) / 2, (ty - by) / 2
    for x in (lx + min(0.8, (rx - lx) / 4), lx + (rx - lx) / 4, (lx + rx) / 2):
        found = pdfium_c.FPDFText_GetCharIndexAtPos(raw, x, mid, 0.5, half)
        if found >= 0:
            return found
    return -1


def _next_inside(
    page: ctypes.c_void_p,
    after: int,
    count: int,
    rect: tuple[float, float, float, float],
    out: tuple[ctypes.c_double, ...],
) -> int:
    """The first character from ``after`` on whose centre lies in ``rect``: a rectangle holding only a full
    stop after a kerned "V" ("Patel V.") that no probe by position finds (one unfound rectangle would
    otherwise send the whole page to per-rectangle reads, which lose the glue inside kerned words)."""
    left, top, right, bottom = out
    pointers = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    lx, by, rx, ty = rect
    for index in range(after, min(count, after + 64)):
        if _GET_CHAR_BOX(page, index, *pointers):
            x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
            if lx - 0.5 <= x <= rx + 0.5 and by - 0.5 <= y <= ty + 0.5:
                return index
    return -1


def _walk_back(
    page: ctypes.c_void_p,
    found: int,
    lx: float,
    by: float,
    rx: float,
    ty: float,
    out: tuple[ctypes.c_double, ...],
) -> int:
    """The rectangle's first character: from the one found, back over those that still lie in it (an
    apostrophe above the middle of "'24" is missed by the probe, which lands on the "2")."""
    left, top, right, bottom = out
    pointers = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    for _ in range(64):
        if found == 0 or not _GET_CHAR_BOX(page, found - 1, *pointers):
            break
        x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
        if not (lx - 0.5 <= x <= rx + 0.5 and by - 0.5 <= y <= ty + 0.5):
            break
        found -= 1
    return found


def _starts_before(page: ctypes.c_void_p, index: int, lx: float, out: tuple[ctypes.c_double, ...]) -> bool:
    """Character ``index`` lies mostly left of the rectangle's edge ``lx``: it is the previous rectangle's."""
    left, top, right, bottom = out
    if not _GET_CHAR_BOX(page, index, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)):
        return False
    return (left.value + right.value) / 2 < lx


def _indexed_text(raw: pdfium_c.FPDF_TEXTPAGE, count: int) -> str:
    """The page's text with exactly one character per pdfium character index.

    ``get_text_range`` drops glyphs without a Unicode value (icon fonts: the phone and pin symbols of
    Canva-like templates) and writes others as two UTF-16 units, so its string drifts from the indexes
    the boxes are asked by: every letter after an icon would get its neighbour's box. Such glyphs are
    read here as a space (a separator, as an icon is).
    """
    get = pdfium_c.FPDFText_GetUnicode
    codes = [get(raw, i) for i in range(count)]
    out = []
    for i, code in enumerate(codes):
        if 0xD800 <= code < 0xDC00 and i + 1 < count and 0xDC00 <= codes[i + 1] <= 0xDFFF:
            out.append(chr(0x10000 + ((code - 0xD800) << 10) + codes[i + 1] - 0xDC00))  # a pair: one glyph
        elif 0xDC00 <= code <= 0xDFFF and i and 0xD800 <= codes[i - 1] < 0xDC00:
            out.append("\x00")  # its second half: no character of its own
        else:
            out.append(
                "\x00"
                if code == 0xFFFE
                else " "
                if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF
                else chr(code)
            )
    return "".join(out)


class _BoundedText:
    """``FPDFText_GetBoundedText`` into one reused buffer: one call a rectangle instead of pypdfium2's two
    (each scans the whole page) and a fresh buffer."""

    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE, count: int) -> None:
        self.raw = raw
        self.size = 2 * count + 64  # bounded text adds line breaks between the characters
        self.buffer = (ctypes.c_ushort * self.size)()

    def read(self, left: float, bottom: float, right: float, top: float) -> str:
        n = pdfium_c.FPDFText_GetBoundedText(self.raw, left, top, right, bottom, self.buffer, self.size)
        if n >= self.size:  # may not all have fitted: ask for the length first
            n = pdfium_c.FPDFText_GetBoundedText(self.raw, left, top, right, bottom, None, 0)
            self.size = n + 64
            self.buffer = (ctypes.c_ushort * self.size)()
            n = pdfium_c.FPDFText_GetBoundedText(self.raw, left, top, right, bottom, self.buffer, self.size)
        if n <= 1:  # the copy ends with a NUL
            return ""
        data = ctypes.string_at(self.buffer, 2 * (n - 1))
        text = data.decode("utf-16-le", errors="ignore")
        # pypdfium2 sized its buffer in code points, so a surrogate pair cut its end short by one unit each;
        # the same cut keeps the text as it was read before.
        pairs = sum(1 for c in text if ord(c) > 0xFFFF) if not text.isascii() else 0
        return data[: 2 * (n - 1 - pairs)].decode("utf-16-le", errors="ignore") if pairs else text


_BOLD_NAMES = (b"bold", b"black", b"heavy", b"semibold", b"demi")
_PLAIN_NAMES = (b"regular", b"italic", b"oblique", b"light", b"book", b"roman", b"medium")


def _bold_by_name(name: bytes) -> bool | None:
    """What a font's name says of its weight ("ABCDEF+NotoSerif-Bold"), None when it says nothing."""
    name = name.lower()
    if any(w in name for w in _BOLD_NAMES):
        return True
    if any(w in name for w in _PLAIN_NAMES):
        return False
    return None


class _Fonts:
    """Font size (points) and boldness of characters of one page; a font's name is judged once."""

    _LENGTH = ctypes.c_ulong(128)

    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.page = handle(raw)
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.byref(ctypes.c_int())
        self.by_name: dict[bytes, bool | None] = {}

    def get(self, index: int, height: float) -> tuple[float, bool]:
        page = self.page
        size = _FONT_SIZE(page, index)
        # The font's name says it best; some producers write nonsense weights.
        _FONT_INFO(page, index, self.name, self._LENGTH, self.flags)
        name = self.name.value
        bold = self.by_name.get(name, 0)
        if bold == 0:
            bold = self.by_name[name] = _bold_by_name(name)
        if bold is None:
            bold = 600 <= _FONT_WEIGHT(page, index) <= 1000
        if size < 2:  # text drawn at size 1 and scaled by its matrix
            size = height
        return round(size, 1), bold


_SPACES = frozenset(" \x02\x00")


def _char_boxes(raw: pdfium_c.FPDF_TEXTPAGE, text: str, count: int) -> list[_Box]:
    """Words and phrases built from character boxes: a run goes on while the next character sits on the
    same line close after the previous one (a word space is close; a column gap or a tab stop is not).

    One pass, once per glyph: pdfium writes each box into one four-double buffer read back as one list,
    and plain comparisons stand in for min()/max() calls.
    """
    get_box = _GET_CHAR_BOX
    page = handle(raw)
    buffer = (ctypes.c_double * 4)()
    pl, pr, pb, pt = (ctypes.byref(buffer, 8 * k) for k in range(4))
    read = memoryview(buffer).cast("B").cast("d").tolist
    fonts = _Fonts(raw)
    boxes: list[_Box] = []
    chars: list[str] = []
    gaps: list[tuple[int, float]] = []  # (index in chars, width) of each space: letter-spaced text has many
    first = -1
    spacing, pairs = 0.0, 0  # the gaps between letters not split by a space: letter spacing
    run_l = run_r = run_b = run_t = run_mid = run_h = last_right = 0.0
    for i, ch in enumerate(text[:count]):
        if ch in _SPACES:
            if ch != "\x00" and chars and chars[-1] != " ":
                chars.append(" ")
            continue
        if ch == "\r" or ch == "\n":
            if first >= 0:
                _close_run(chars, gaps, first, (run_l, run_b, run_r, run_t), fonts, boxes, spacing / max(pairs, 1))
                chars, gaps, first, spacing, pairs = [], [], -1, 0.0, 0
            continue
        get_box(page, i, pl, pr, pb, pt)
        left, right, bottom, top = read()
        if first >= 0:
            height = top - bottom
            tall = height if height > run_h else run_h
            if tall < 1.0:
                tall = 1.0
            gap = left - run_r
            if ch in _LOW_MARKS:  # a comma or full stop sits on the baseline, below the run's middle
                off_line = bottom < run_b - 0.5 * run_h or top > run_t
            else:
                off_line = abs((bottom + top) / 2 - run_mid) >= 0.5 * tall
            if off_line or gap > 0.9 * tall or gap < -2 * tall:
                # not on the run's line, or too far from it
                _close_run(chars, gaps, first, (run_l, run_b, run_r, run_t), fonts, boxes, spacing / max(pairs, 1))
                chars, gaps, first, spacing, pairs = [], [], -1, 0.0, 0
        if first < 0:
            first, run_l, run_r, run_b, run_t = i, left, right, bottom, top
        else:
            if chars and chars[-1] == " ":
                gaps.append((len(chars) - 1, left - last_right))
            else:
                spacing += left - last_right
                pairs += 1
            if left < run_l:
                run_l = left
            if right > run_r:
                run_r = right
            if bottom < run_b:
                run_b = bottom
            if top > run_t:
                run_t = top
        run_mid = (run_b + run_t) / 2
        run_h = run_t - run_b
        chars.append(ch)
        last_right = right
    if first >= 0:
        _close_run(chars, gaps, first, (run_l, run_b, run_r, run_t), fonts, boxes, spacing / max(pairs, 1))
    return boxes


_LOW_MARKS = frozenset(",.;:")


def _close_run(
    chars: list[str],
    gaps: list[tuple[int, float]],
    first: int,
    edges: tuple[float, float, float, float],
    fonts: _Fonts,
    boxes: list[_Box],
    spacing: float,
) -> None:
    """The run of characters as a box, its font read at its first character; ``spacing`` is the mean gap
    between its letters."""
    if len(gaps) >= 3 and len(gaps) > 0.4 * (len(chars) - chars.count(" ")):
        # "O m a r  A b u": every letter spaced out; only the widest gaps are word breaks.
        typical = statistics.median(g for _, g in gaps)
        for index, width in gaps:
            if width < 1.6 * typical:
                chars[index] = ""
    elif gaps and spacing > 0.2 * (edges[3] - edges[1]):
        # "U S CLI N ICAL": letter-spaced capitals where pdfium put a space at a few wider letter gaps; a word
        # space is a letter gap and a space's width wider.
        for index, width in gaps:
            if width < 1.6 * spacing:
                chars[index] = ""
    piece = "".join(chars).strip()
    if piece:
        left, bottom, right, top = edges
        size, bold = fonts.get(first, top - bottom)
        boxes.append(_Box(left, bottom, right, top, piece, size, bold))


def _blocks(boxes: list[_Box], width: float, depth: int) -> list[tuple[list[_Box], bool]]:
    """Blocks in reading order (an XY cut): columns when the boxes have a gutter, else horizontal bands
    split at clear vertical gaps, each band cut again (a two-column grid between full-width parts).

    Each block comes with whether it is a column of a split (True) or a full-width part (False).
    """
    gutter = _find_gutter(boxes, width)
    if gutter is not None:
        out: list[tuple[list[_Box], bool]] = []
        for part, column in _by_column(boxes, gutter):
            if column and depth < 2 and len(part) >= 6:
                inner = _blocks(part, width, depth + 1)
                out.append((inner[0][0], True))
                out.extend(inner[1:])
            else:
                out.append((part, column))
        return out
    bands = _titled_bands(_bands(boxes)) if depth < 2 else [boxes]
    if len(bands) <= 1:
        return [(boxes, False)]
    return [block for band in bands for block in _blocks(band, width, depth + 1)]


def _bands(boxes: list[_Box]) -> list[list[_Box]]:
    """Boxes cut into horizontal bands wherever no box covers a vertical gap of at least a line's height."""
    if len(boxes) < 12:
        return [boxes]
    ordered = sorted(boxes, key=lambda b: -b.top)
    gap = 1.2 * statistics.median(b.height for b in boxes)
    bands: list[list[_Box]] = [[ordered[0]]]
    floor = ordered[0].bottom
    for box in ordered[1:]:
        if floor - box.top >= gap:
            bands.append([box])
        else:
            bands[-1].append(box)
        floor = min(floor, box.bottom)
    return bands


def _titled_bands(bands: list[list[_Box]]) -> list[list[_Box]]:
    """A band of section headings side by side (a grid's titles: "LICENSING EXAMS   LANGUAGES   REFERENCES")
    joined to the band of cells under it, so that the columns are cut with their headings."""
    out: list[list[_Box]] = []
    for band in bands:
        above = out[-1] if out else None
        if above is not None and len(above) >= 2 and all(heading_kind(b.text) is not None for b in above):
            out[-1] = above + band
        else:
            out.append(band)
    return out


def _find_gutter(boxes: list[_Box], width: float) -> float | None:
    """The x of a vertical gap that separates two real columns of text, else None.

    One sweep: every box adds one to the positions it crosses (a difference array over a 2 pt grid).
    """
    if len(boxes) < 6:
        return None
    step, low = 2.0, width * 0.2
    slots = int(width * 0.6 / step) + 1
    diff = [0] * (slots + 1)
    floor, ceil, top = math.floor, math.ceil, slots - 1
    for b in boxes:  # runs for every block of every page: comparisons rather than min()/max() calls
        first = floor((b.left - 1 - low) / step) + 1
        if first < 0:
            first = 0
        last = ceil((b.right + 1 - low) / step) - 1
        if last > top:
            last = top
        if first <= last:
            diff[first] += 1
            diff[last + 1] -= 1
    crossing = list(itertools.accumulate(diff[:slots]))
    best_crossing = min(crossing)
    if best_crossing > max(2, len(boxes) // 10):
        return None
    best = [low + i * step for i, c in enumerate(crossing) if c == best_crossing]
    runs: list[list[float]] = [[best[0]]]
    for value in best[1:]:
        if value - runs[-1][-1] <= 2.5:
            runs[-1].append(value)
        else:
            runs.append([value])
    # The widest clear run with text on both sides that parts two columns (ragged line ends leave clear runs
    # at the right too, and a strip of dates inside the main column leaves one before the sidebar's gutter).
    for run in sorted(runs, key=len, reverse=True)[:4]:
        gutter = run[len(run) // 2]
        left = [b for b in boxes if b.right <= gutter]
        right = [b for b in boxes if b.left >= gutter]
        if len(left) >= 3 and len(right) >= 3:
            if _columns_at(left, right, width):
                return gutter
            if not _value_strip(left, right):
                return None  # a table or a margin: no other gap of it parts columns either
    return None


def _value_strip(left: list[_Box], right: list[_Box]) -> bool:
    """The right side is values (a table's scores, a strip of dates), not a column of its own: most of its
    boxes are dates or single tokens, and it has no two section headings of its own (a sidebar of short
    entries, "SKILLS" over "SPSS" and "R", is a column)."""
    values = sum(bool(_VALUE_LIKE.match(b.text)) or _dates_only(b.text) for b in right)
    if values < 0.5 * len(right):
        return False
    dates = [b.right for b in right if _DATE_LIKE.search(b.text) and _dates_only(b.text)]
    if len(dates) >= 2 and max(dates) - min(dates) < 3:
        return True  # entries' dates set flush against the right edge
    return not (_set_headings(right) >= 2 and _set_headings(left) >= 1)


def _set_headings(side: list[_Box]) -> int:
    """Section headings set off by weight or size (a table cell that wraps to "Education" is not one)."""
    usual = statistics.median(b.size for b in side)
    return sum(1 for b in side if (b.bold or b.size > usual + 0.5) and heading_kind(b.text) is not None)


def _columns_at(left: list[_Box], right: list[_Box], width: float) -> bool:
    """Whether the boxes left and right of a clear vertical run are two columns, not a table or a value strip."""
    if _headed(left, right) and _heading_row(left, right) and not _titles_across(left, right):
        return True  # grid cells, each under its section heading ("LANGUAGES" / "Greek" beside "REFERENCES" / …)
    if _twin_entries(left, right):
        return True
    if _value_strip(left, right):
        return False
    heads_left, heads_right = _headings(left), _headings(right)
    if not heads_left and _edge_headings(right) >= 3 and not _margin_column(left, width):
        # A main column whose own section headings stand at its left edge beside a sidebar of contacts with none
        # ("Rami Khoury" / "Phone" / "Email" beside "Education", "USMLE", "Research" over dates-and-entries rows).
        return True
    lefts = sorted(round(b.left) for b in right)
    aligned = max(bisect.bisect_right(lefts, v + 4) - bisect.bisect_left(lefts, v - 4) for v in lefts)
    # Lines starting at two close x (hanging indents: "1. Author" over its wrapped lines) make a column only
    # where section headings on both sides confirm it (a table's role column with bullets under it does not).
    indented = aligned < 0.5 * len(right)
    if indented:
        aligned = max(bisect.bisect_right(lefts, v + _INDENT) - bisect.bisect_left(lefts, v - 4) for v in lefts)
    if aligned < 0.5 * len(right):
        return False
    # Where both sides have text, a table pairs every line with one across the gap; columns do not.
    low_y = max(min(b.bottom for b in left), min(b.bottom for b in right))
    high_y = min(max(b.top for b in left), max(b.top for b in right))
    left_band = [b for b in left if low_y <= b.mid <= high_y]
    right_band = [b for b in right if low_y <= b.mid <= high_y]
    if not left_band or not right_band:
        return True
    # A margin column of dates and short labels (CV classes such as moderncv): read row by row.
    if _margin_column(left, width) or _titles_across(left_band, right_band):
        return False
    if heads_left >= 3 and not heads_right:
        return False  # a table whose left cells hold the section headings and dates, the right ones the entries
    # Section headings on both sides of the gap: a sidebar beside a main column, however their lines align.
    if heads_left and heads_right and heads_left + heads_right >= 3 and min(heads_left, heads_right) >= 1 + indented:
        return True
    if indented and _heading_row(left, right):
        return True  # a grid: two cells' headings side by side ("Exams & Scores" | "Education & Training")
    if indented:
        return False
    # Wrapped cells leave some left lines alone, but a table's right column always sits on a row.
    left_alone = _unpaired(left_band, right_band)
    # A table: every key on the left has its value across the gap.
    table = (_unpaired(right_band, left_band) < 0.15 and left_alone < 0.4) or (left_alone < 0.1 and len(left_band) >= 3)
    return not table


_INDENT = 16.0  # points: the deepest hanging indent still read as the same column


def _margin_column(left: list[_Box], width: float) -> bool:
    """A margin of dates and short labels set right-aligned against the entries (moderncv), not a sidebar:
    mostly dates, or a narrow strip whose lines end at one x. A wide column with a few years in it
    ("USMLE Step 1 Passed (2022)" beside "Medical Education") is a real column."""
    if len(left) < 3:
        return False
    narrow = max(b.right for b in left) - min(b.left for b in left) < 0.2 * width
    ends = sorted(round(b.right) for b in left)
    flush = max(bisect.bisect_right(ends, v + 3) - bisect.bisect_left(ends, v - 3) for v in ends)
    if flush >= 0.7 * len(left) and (narrow or len(left) >= 6):
        # Set right-aligned against the content: labels and dates of a form-like CV (Europass's "Telephone",
        # "Jan 2020 – Dec 2020", "WORK EXPERIENCE"), read on the rows of what they label.
        return True
    dated = sum(bool(_DATE_LIKE.search(b.text)) for b in left)
    labels = sum(heading_kind(b.text) is None for b in left)  # section headings set in the margin too
    return dated >= 0.4 * labels and (narrow or sum(_dates_only(b.text) for b in left) >= 0.3 * len(left))


# A table's column titles ("When   Institution   Role", "Dates | Degree").
_COLUMN_TITLE = re.compile(
    r"(?:dates?|when|period|duration|years?|institution|hospital|place|location|site|role|position|title|degree|"
    r"program(?:me)?|specialty|type|exam(?:ination)?|score|result|board|university|school|country|city|state)",
    re.IGNORECASE,
)


def _titles_across(left: list[_Box], right: list[_Box]) -> bool:
    """A row of column titles on both sides of the gap: a table's header over its rows, not two columns
    (a role column's wrapped details leave lines with nothing on the left, as a sidebar does)."""
    titles = [b for b in left if _COLUMN_TITLE.fullmatch(b.text.strip(" :"))]
    return any(
        abs(a.mid - b.mid) < 0.5 * min(a.height, b.height)
        for b in right
        if _COLUMN_TITLE.fullmatch(b.text.strip(" :"))
        for a in titles
    )


def _heading_row(left: list[_Box], right: list[_Box]) -> bool:
    """A section heading on each side of the gap, on the same row."""
    heads = [b for b in right if heading_kind(b.text) is not None]
    return any(
        abs(a.mid - b.mid) < 0.5 * min(a.height, b.height)
        for a in left
        if heading_kind(a.text) is not None
        for b in heads
    )


def _twin_entries(left: list[_Box], right: list[_Box]) -> bool:
    """Two cards side by side, one entry each: a date on each side on the same row, no other date, and lines
    of words under it ("HANDS-ON · FEB 2023 – APR 2023" / "Internal Medicine Externship" / "Grady, Atlanta, GA"
    beside the next rotation's card). A table's rows carry a date each."""
    dated = [[b for b in side if _DATE_LIKE.search(b.text)] for side in (left, right)]
    if len(left) < 3 or len(right) < 3 or any(len(d) != 1 for d in dated):
        return False
    (a,), (b,) = dated
    worded = [sum(not _DATE_LIKE.search(x.text) and len(x.text.split()) >= 2 for x in side) for side in (left, right)]
    return abs(a.mid - b.mid) < 0.5 * min(a.height, b.height) and min(worded) >= 2


def _headed(left: list[_Box], right: list[_Box]) -> bool:
    """Each side opens with a section heading: grid cells ("LANGUAGES" over languages beside "REFERENCES")."""
    return all(heading_kind(max(side, key=lambda b: b.top).text) is not None for side in (left, right))


def _edge_headings(side: list[_Box]) -> int:
    """Section headings set at the side's left edge."""
    edge = min(b.left for b in side)
    return sum(1 for b in side if b.left - edge < 4 and heading_kind(b.text) is not None)


def _headings(side: list[_Box]) -> int:
    return sum(1 for b in side if heading_kind(b.text) is not None)


def _unpaired(side: list[_Box], other: list[_Box]) -> float:
    """Share of ``side``'s boxes with no box of ``other`` on the same line."""
    ordered = sorted(other, key=lambda o: o.mid)
    mids = [o.mid for o in ordered]
    lonely = 0
    for b in side:
        lo = bisect.bisect_left(mids, b.mid - b.height)
        hi = bisect.bisect_right(mids, b.mid + b.height)
        if not any(abs(b.mid - o.mid) < 0.5 * min(b.height, o.height) for o in ordered[lo:hi]):
            lonely += 1
    return lonely / len(side)


def _by_column(boxes: list[_Box], gutter: float) -> list[tuple[list[_Box], bool]]:
    """Full-width lines cut the page into bands; within a band, the left column then the right, unless
    the right one holds the band's largest text (the name at the top of a main column beside a sidebar).

    Each block comes with whether it is a column (True) or a full-width line (False).
    """
    spanning = sorted((b for b in boxes if b.left < gutter < b.right), key=lambda b: -b.top)
    blocks: list[tuple[list[_Box], bool]] = []
    upper = float("inf")
    for cut in [*spanning, None]:
        lower = cut.top if cut is not None else float("-inf")
        band = [b for b in boxes if not (b.left < gutter < b.right) and lower <= b.mid < upper]
        left = [b for b in band if b.right <= gutter]
        right = [b for b in band if b.left >= gutter]
        if left and right and max(b.size for b in right) > max(b.size for b in left) + 1.0:
            left, right = right, left
        blocks.append((left, True))
        blocks.append((right, True))
        if cut is not None:
            # Boxes beside the full-width line, on its row (icons and contacts before an address), go with it:
            # neither band above nor below holds their middle.
            row = [b for b in boxes if not (b.left < gutter < b.right) and cut.bottom <= b.mid < cut.top]
            blocks.append(([*row, cut], False))
            upper = cut.bottom
    return [(b, column) for b, column in blocks if b]


def _lines(boxes: list[_Box], page: int, width: float, height: float) -> list[TextLine]:
    """Boxes grouped into lines top to bottom, left to right; a wide vertical gap becomes a blank line."""
    rows = _rows(boxes)
    if not rows:
        return []
    typical = statistics.median(row[0].height for row in rows)
    # Generous leading is common in designed CVs: a gap is wide against this block's usual line pitch.
    pitches = sorted(a[0].mid - b[0].mid for a, b in itertools.pairwise(rows))
    pitch = pitches[len(pitches) * 3 // 10] if pitches else 0.0
    rows, joined = _wrapped_cells(rows, pitch)
    labels = _row_labels(rows, typical)
    out: list[TextLine] = []
    previous: list[_Box] | None = None
    for index, row in enumerate(rows):
        if index in labels:
            label = labels[index]
            first = min(row, key=lambda b: b.left)
            if label:
                out.append(replace(_row_line([first], page, width, height, typical), text=label))
            row = [b for b in row if b is not first]
        if all(_punctuation(b.text) for b in row):
            continue  # a stray comma or dot set below its line (LaTeX, Chromium): not a line of its own
        if (
            previous is not None
            and previous[0].bottom - row[0].top > 1.0 * typical
            and previous[0].mid - row[0].mid > 1.45 * pitch
        ):
            out.append(BLANK)
        row.sort(key=lambda b: b.left)
        if len(row) > 1 and row[1].left - row[0].right > 0.5 * typical and _form_heading(row[0], row[1]):
            # A form's label column: the section heading or label ("LICENSING EXAMINATIONS", "Languages")
            # set beside the first line of what it heads is a line of its own.
            out.append(_row_line(row[:1], page, width, height, typical))
            row = row[1:]
        out.append(_row_line(row, page, width, height, typical, cells=index in joined))
        previous = row
    return out


def _rows(boxes: list[_Box]) -> list[list[_Box]]:
    """Boxes grouped into rows, top to bottom: a box joins the row whose first box's middle is within half
    the smaller of their heights. A page's lines and a table cell's lines are both found this way."""
    rows: list[list[_Box]] = []
    ref_mid = ref_height = 0.0  # of the current row's first box
    ref_bottom = ref_top = 0.0
    for box in sorted(boxes, key=lambda b: (-b.top, b.left)):
        mid, tall = (box.bottom + box.top) / 2, max(box.top - box.bottom, 1.0)
        if rows and (
            abs(mid - ref_mid) < 0.5 * (tall if tall < ref_height else ref_height)
            or (tall < 0.4 * ref_height and ref_bottom <= mid <= ref_top and _punctuation(box.text))
        ):
            # A thin glyph (the dash of "Feb 2025 - Apr 2025" is 0.8 pt tall) belongs to the row it sits inside.
            rows[-1].append(box)
            continue
        rows.append([box])
        ref_mid, ref_height, ref_bottom, ref_top = mid, tall, box.bottom, box.top
    return rows


def _wrapped_cells(rows: list[list[_Box]], pitch: float) -> tuple[list[list[_Box]], set[int]]:
    """A table row whose cells wrap ("MBBS | Sir Salimullah | 2022 | Passed" over "Medical College," and "Dhaka"
    under the second cell) read as one row: the lines below it, at the usual pitch, whose every piece starts
    where one of its cells starts and ends before the next cell, join those cells. A line under a first cell that
    could end there ends the row: it may be the next row or the entry's next line ("Memorial Hermann Hospital"
    under a title). Also returns the rows so joined: their cells are set apart on the line whatever the gaps."""
    out: list[list[_Box]] = []
    joined: set[int] = set()
    cells: list[_Box] | None = None  # the current table row's cells, left to right
    last = 0.0  # the middle of the line read before
    for row in rows:
        above, last = last, row[0].mid
        if cells is not None and above - row[0].mid <= 1.5 * pitch + 0.5:
            placed = [next((k for k, c in enumerate(cells) if abs(c.left - box.left) <= 2.0), None) for box in row]
            # Within its cell: a paragraph's next line under a hanging indent runs on past the next cell's start.
            # Under the first cell only where that cell was cut open ("MBBS (in progress," / "final year)") or
            # the line reads as its rest ("(visiting student)"), beside other cells' lines.
            inside = all(
                k is not None
                and (k > 0 or _open_cell(cells[0].text) or (len(row) > 1 and _goes_on(box.text)))
                and (k + 1 == len(cells) or box.right <= cells[k + 1].left + 2.0)
                for box, k in zip(row, placed, strict=True)
            )
            if inside:
                for box, k in zip(row, placed, strict=True):
                    cell = cells[k]
                    cells[k] = _Box(cell.left, min(cell.bottom, box.bottom), max(cell.right, box.right), cell.top,
                                    f"{cell.text} {box.text}", cell.size, cell.bold)  # fmt: skip
                out[-1] = list(cells)
                joined.add(len(out) - 1)
                continue
        out.append(row)
        ordered = sorted(row, key=lambda b: b.left)
        apart = all(b.left - a.right >= a.height for a, b in itertools.pairwise(ordered))  # cells, not font runs
        cells = ordered if len(ordered) >= 3 and apart and not any(_punctuation(b.text) for b in ordered) else None
    return out, joined


def _open_cell(text: str) -> bool:
    """A cell's text that cannot end there: after a comma, a dash ("02/2024 –"), "of" or "and", inside brackets,
    or a range cut after its end's month."""
    return text.count("(") > text.count(")") or bool(_OPEN_END.search(text) or _CUT_RANGE.search(text))


def _goes_on(text: str) -> bool:
    """A cell's line that reads as the rest of the one above: "(visiting student)", "and Research Institute"; not
    a date opening the next row in a language that writes months in lower case ("sept. 2023 – dic.")."""
    return (text[:1] == "(" or text[:1].islower()) and not POINT_RE.match(text)


_OPEN_END = re.compile(r"(?:[,&/\-–—]|\b(?:of|and|de|in))\s*$")
# "ene. 2023 – mar." / "2023", and a month alone over its year ("August" / "2023")
_CUT_RANGE = re.compile(rf"(?:[-–—]|^)\s*{MONTH_RE.pattern}\.?\s*$", re.IGNORECASE)
_LABEL = re.compile(r"^[^\W\d][^\d@|:.]{0,28}$")


def _punctuation(text: str) -> bool:
    return len(text) <= 3 and not any(c.isalnum() for c in text)


def _row_labels(rows: list[list[_Box]], typical: float) -> dict[int, str]:
    """Section names in a label column (Word's two-column CV tables: "US Clinical" / "Experience" in a narrow
    left cell beside the first rows of what they head), by row: the heading to put on a line of its own before
    the row's content ("" for a row whose label was joined to the one above). A label sits at the left margin,
    a wide gap before content that starts where other rows of the page start."""
    if len(rows) < 2:
        return {}
    margin = min(box.left for row in rows for box in row)
    wide = 2 * typical
    found: list[str | None] = [None] * len(rows)
    content: dict[int, float] = {}  # where each candidate's content starts
    for k, row in enumerate(rows):
        if len(row) < 2:
            continue
        first, second = sorted(row, key=lambda b: b.left)[:2]
        if first.left - margin <= 2.0 and second.left - first.right > wide and not _dates_only(second.text):
            text = first.text.strip()  # not "ECFMG   03/2021", a label with its date
            if _LABEL.match(text):
                found[k], content[k] = text, second.left
    if not content:
        return {}
    lefts = [box.left for row in rows for box in row]
    for k, x in content.items():  # the content starts where at least one other row's text starts too
        if sum(abs(left - x) <= 2.0 for left in lefts) < 2:
            found[k] = None

    def continued(last: int) -> bool:
        """The row after the label's last, if any, has nothing at the margin (the label's cell spans the rows it
        heads) or the next section's label: in a table, "Exam | Board/University | Year" over "MBBS | Dhaka | 2022",
        every row has a first cell."""
        if last + 1 == len(rows) or min(box.left for box in rows[last + 1]) - margin > 2.0:
            return True
        after = found[last + 1]  # or the next section's label follows at once
        return after is not None and heading_kind(after) is not None

    out: dict[int, str] = {}
    k = 0
    while k < len(rows):
        text = found[k]
        if text is None:
            k += 1
            continue
        nxt = found[k + 1] if k + 1 < len(rows) else None
        joined = f"{text} {nxt}" if nxt else None
        whole = joined and (heading_kind(joined) or loose_heading_kind(joined))
        if whole and (heading_kind(text) is None or text.endswith(("&", " and"))):
            if continued(k + 1):
                out[k], out[k + 1] = joined, ""
            k += 2
            continue
        if (heading_kind(text) or loose_heading_kind(text)) and continued(k):
            out[k] = text
        k += 1
    labelled = len(rows) - found.count(None) - sum(not text for text in out.values())
    if 2 * labelled > len(rows):
        return {}  # a form: most rows are a label with its value ("Degree  MBChB", "USMLE  Step 1: Pass")
    return out


def _form_heading(box: _Box, after: _Box) -> bool:
    """A section heading in capitals ("LICENSING EXAMINATIONS") beside content that is not a heading too
    (a grid's two cell headings share a row); a label with its value ("ECFMG:  Not certified", "USMLE  Pass":
    a colon, or a short acronym) is not one."""
    text = box.text
    return (
        text.isupper()
        and sum(c.isalpha() for c in text) >= 6
        and not text.endswith(":")
        and heading_kind(text) is not None
        and heading_kind(after.text) is None
    )


def _row_line(
    row: list[_Box], page: int, width: float, height: float, typical: float, *, cells: bool = False
) -> TextLine:
    """One row of boxes, left to right, as a line (a wide gap between boxes, or table cells, kept as three
    spaces)."""
    parts = [row[0].text]
    for before, box in itertools.pairwise(row):
        parts.append(("   " if cells or box.left - before.right > 2 * typical else " ") + box.text)
    chars = sum(len(b.text) for b in row)
    bold = sum(len(b.text) for b in row if b.bold) * 2 > chars
    return TextLine(
        "".join(parts),
        page,
        max(b.size for b in row),
        bold,
        round(max(0.0, (height - max(b.top for b in row)) / height), 4) if height else None,
        round(row[0].left / width, 4) if width else None,
    )


def body_size_of(boxes: list[_Box]) -> float | None:
    """The size most characters of a page are set in."""
    weights: dict[float, int] = {}
    for b in boxes:
        weights[b.size] = weights.get(b.size, 0) + len(b.text)
    return max(weights, key=lambda s: weights[s]) if weights else None
