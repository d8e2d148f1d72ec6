"""A PDF page's ruled table rows, from the lines its producer drew (office suites, browsers, reportlab).

A table read by its text alone falls apart where its columns line up: a column of dates beside a column of
details looks like two columns of the page, and a cell that wraps looks like the next row. The rules say what
the text cannot: a row lies between two horizontal rules, its cells between the vertical rules that cross it.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_THIN = 2.5  # a rule is at most this thick (points)
_NEAR = 2.0  # rules this close are one
_MIN_ROW = 8.0  # a row holds at least one line of text
_MAX_OBJECTS = 20_000  # a page drawn object by object (a scan traced into paths) is no table


def bare(function: object, restype: type = ctypes.c_int) -> Callable[..., int]:
    """A pdfium function called through a bare pointer without argument types: ctypes then passes handles,
    ints and ``byref``s as they are, with no per-call conversion (several times cheaper a call; these run once
    per rectangle, glyph or page object)."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)  # type: ignore[return-value]


def handle(raw: object) -> ctypes.c_void_p:
    """A pdfium handle (page, text page) as the bare pointer ``bare`` functions take."""
    return ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)


_GET_OBJECT = bare(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_GET_TYPE = bare(pdfium_c.FPDFPageObj_GetType)
_GET_BOUNDS = bare(pdfium_c.FPDFPageObj_GetBounds)
_DRAW_MODE = bare(pdfium_c.FPDFPath_GetDrawMode)  # (path, &fill_mode, &stroke)
_SEGMENTS = bare(pdfium_c.FPDFPath_CountSegments)


@dataclass(frozen=True, slots=True)
class RuledRow:
    top: float
    bottom: float
    cells: tuple[float, ...]  # the x of each vertical rule crossing the row, left to right (cells between)


def ruled_rows(page: pdfium.PdfPage) -> list[RuledRow]:
    """Rows of the page's ruled tables, top to bottom: bands between two horizontal rules that both run
    across every cell of the band, crossed by at least three vertical rules (two cells or more)."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 2 or len(vertical) < 3:
        return []
    levels = _levels(horizontal)
    rows: list[RuledRow] = []
    for (upper, above), (lower, below) in itertools.pairwise(levels):
        if upper - lower < _MIN_ROW:
            continue
        xs = _merge_points(x for x, y0, y1 in vertical if y0 <= lower + _NEAR and y1 >= upper - _NEAR)
        if len(xs) >= 3 and _spans(above, xs[0], xs[-1]) and _spans(below, xs[0], xs[-1]):
            rows.append(RuledRow(upper, lower, tuple(xs)))
    return rows


def _rules(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal rules as (y, x0, x1) and vertical ones as (x, y0, y1): the page's thin path objects, and the
    edges of its outlined rectangles (fpdf2 draws each bordered cell as one)."""
    raw = page.raw
    count = pdfium_c.FPDFPage_CountObjects(raw)
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    if count > _MAX_OBJECTS:
        return horizontal, vertical
    page_handle = handle(raw)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    edges = [ctypes.byref(v) for v in (left, bottom, right, top)]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    mode = [ctypes.byref(fill), ctypes.byref(stroke)]
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    for index in range(count):
        obj = ctypes.c_void_p(_GET_OBJECT(page_handle, index))
        if _GET_TYPE(obj) != path or not _GET_BOUNDS(obj, *edges):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        if height <= _THIN and width > 3 * _THIN:
            horizontal.append(((top.value + bottom.value) / 2, left.value, right.value))
        elif width <= _THIN and height > 3 * _THIN:
            vertical.append(((left.value + right.value) / 2, bottom.value, top.value))
        elif width > 3 * _THIN and height > 3 * _THIN and _outline(obj, mode, fill, stroke):
            horizontal += [(top.value, left.value, right.value), (bottom.value, left.value, right.value)]
            vertical += [(left.value, bottom.value, top.value), (right.value, bottom.value, top.value)]
    return horizontal, vertical


def _outline(obj: ctypes.c_void_p, mode: list, fill: ctypes.c_int, stroke: ctypes.c_int) -> bool:
    """The path is a rectangle drawn as its outline only (a cell's border, not a shaded band or an icon)."""
    return _SEGMENTS(obj) in (4, 5) and bool(_DRAW_MODE(obj, *mode)) and fill.value == 0 and bool(stroke.value)


def _levels(horizontal: list[tuple[float, float, float]]) -> list[tuple[float, list[tuple[float, float]]]]:
    """Horizontal rules grouped by height, top to bottom, each level's x-intervals merged where they touch
    (a browser draws each cell's border apart)."""
    levels: list[tuple[float, list[tuple[float, float]]]] = []
    for y, x0, x1 in sorted(horizontal, key=lambda r: -r[0]):
        if levels and levels[-1][0] - y <= _NEAR:
            levels[-1][1].append((x0, x1))
        else:
            levels.append((y, [(x0, x1)]))
    merged = []
    for y, spans in levels:
        joined: list[tuple[float, float]] = []
        for x0, x1 in sorted(spans):
            if joined and x0 <= joined[-1][1] + 3.0:
                joined[-1] = (joined[-1][0], max(joined[-1][1], x1))
            else:
                joined.append((x0, x1))
        merged.append((y, joined))
    return merged


def _merge_points(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for x in sorted(values):
        if not out or x - out[-1] > _NEAR:
            out.append(x)
    return out


def _spans(spans: list[tuple[float, float]], x0: float, x1: float) -> bool:
    """Some rule of the level runs from the first cell's left edge to the last cell's right edge."""
    return any(a <= x0 + 3.0 and b >= x1 - 3.0 for a, b in spans)
