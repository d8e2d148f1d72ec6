"""A line of CV text with what the page showed about it: page, font size, weight and position.

Extractors (PDF, OCR, DOCX, plain text) all produce ``TextLine`` lists, so section detection and the
field scorers can use layout where the format has it (``size`` None means "not known", e.g. plain text).
An empty ``text`` is a blank line: a visual gap that ends an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


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


_STACKED_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")
_TITLE_WORDS = frozenset({"curriculum", "vitae", "resume", "résumé", "cv", "biodata"})


def join_stacked(rows: list[TextLine], display: float, share: float = 0.0) -> list[TextLine]:
    """Display text (at least ``display`` points) stacked a word or two a line at one x (a first name over
    a LAST NAME in a narrow band) is one phrase: its lines are joined, so the name is read whole.

    Two lines' sizes may differ by half a point, or by ``share`` of the larger (OCR, where a line's size is
    its pixel height, which accents and descenders change).
    """
    out: list[TextLine] = []
    joined = 0
    for row in rows:
        last = out[-1] if out else None
        if (
            last is not None
            and joined < 3
            and _same_size(last, row, share)
            and last.left is not None
            and row.left is not None
            and abs(last.left - row.left) <= 0.02
            and _stackable(last, display, words=3 * (joined + 1))
            and _stackable(row, display, words=3)
        ):
            out[-1] = replace(last, text=f"{last.text} {row.text}", bold=last.bold or row.bold)
            joined += 1
            continue
        joined = 0
        out.append(row)
    return out


def _same_size(a: TextLine, b: TextLine, share: float) -> bool:
    if a.size is None or b.size is None:
        return False
    return abs(a.size - b.size) <= max(0.5, share * max(a.size, b.size))


def _stackable(line: TextLine, display: float, words: int) -> bool:
    """A line of display text that can be part of a stacked name: a few words, no title ("CURRICULUM
    VITAE") and no section heading."""
    from include.cv.sections import heading_kind  # sections reads TextLines: imported here, not at the top

    parts = line.text.split()
    return (
        line.size is not None
        and line.size >= display
        and 0 < len(parts) <= words
        and all(_STACKED_WORD.match(p) for p in parts)
        and not any(p.casefold() in _TITLE_WORDS for p in parts)
        and heading_kind(line.text) is None
    )


def unspaced(text: str) -> str:
    """Text typed letter-spaced ("A N J A L I   R A M D A S S - M A H A R A J", "L A N G U A G E S") written whole
    again, its words apart where the gaps were wider."""
    words = _WORD_GAP.split(text.strip())
    if not all(_SPACED_LETTERS.fullmatch(w) for w in words) or sum(map(len, words)) < 7:
        return text  # and not "J K" or "A B": initials
    return " ".join(w.replace(" ", "") for w in words)


_WORD_GAP = re.compile(r"\s{2,}")
_SPACED_LETTERS = re.compile(r"[^\W\d_](?: [^\W\d_-]| -)+")
