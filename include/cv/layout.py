"""A line of CV text with what the page showed about it: page, font size, weight and position.

Extractors (PDF, OCR, DOCX, plain text) all produce ``TextLine`` lists, so section detection and the
field scorers can use layout where the format has it (``size`` None means "not known", e.g. plain text).
An empty ``text`` is a blank line: a visual gap that ends an entry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    page: int = 1
    size: float | None = None  # largest font size on the line, in points
    bold: bool = False
    top: float | None = None  # distance from the top of the page as a share of its height (0..1)
    left: float | None = None  # start of the line as a share of the page width (0..1)
    column_start: bool = False  # first line of a column read after another column (sidebar layouts)
    ocr: bool = False  # read by OCR: size is the line's pixel height, and weight is not known


BLANK = TextLine("")


def plain_lines(text: str, page: int = 1) -> list[TextLine]:
    """Lines of text without layout (plain-text CVs, tests)."""
    return [TextLine(line, page) for line in text.splitlines()]


def body_size(lines: list[TextLine]) -> float | None:
    """The font size most characters are set in (the body text), None without layout."""
    weights: dict[float, int] = {}
    for line in lines:
        if line.size is not None and line.text:
            weights[line.size] = weights.get(line.size, 0) + len(line.text)
    return max(weights, key=lambda s: weights[s]) if weights else None


def row_lines(cells: list[list[TextLine]]) -> list[TextLine]:
    """A table row as lines: one line with the cells joined by " | " (a data row), or, when a cell holds
    several lines in a row of at most three cells (a layout table: sidebar | main), each cell's lines as a block."""
    texts = [[x for x in cell if x.text.strip()] for cell in cells]
    if any(len(t) > 1 for t in texts) and len(cells) <= 3:
        return [x for cell in cells for x in (*cell, BLANK)]
    joined = " | ".join(" ".join(x.text.strip() for x in t) for t in texts if t)
    if not joined:
        return []
    sizes = [x.size for t in texts for x in t if x.size]
    bold = all(x.bold for t in texts for x in t)
    return [TextLine(joined, 1, max(sizes) if sizes else None, bold)]
