"""Lines of an RTF document (WordPad, TextEdit, older Word): text, paragraphs, table rows, headers/footers.

A small tokenizer, not a renderer: groups keep their own bold/size state; destinations that carry no
document text (font and colour tables, pictures, metadata, ``\\*`` extensions) are skipped; ``\\uN`` and
``\\'hh`` are decoded (the latter in the document's ANSI code page); cells of a row are joined by " | "
as for DOCX. One linear pass over a file already capped by ``MAX_BYTES``; nesting is capped too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from include.cv.layout import TextLine
from include.cv.sections import heading_kind

MAX_DEPTH = 200
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)"
)
_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict object themedata datastore listtable listoverridetable rsidtbl "
    b"generator xmlnstbl latentstyles fldinst bkmkstart bkmkend field-inst mmathPr wgrffmtfilter pgdsctbl "
    b"revtbl filetbl operator author title company nonshppict blipuid colorschememapping".split()
)
_PAR = frozenset((b"par", b"line", b"sect", b"page", b"row"))


class RtfError(Exception):
    """An RTF file that cannot be read; ``str(exc)`` is the reason shown to ops."""


@dataclass
class _State:
    skip: bool = False
    bold: bool = False
    size: float = 12.0
    uc: int = 1


def rtf_text(content: bytes) -> list[TextLine]:
    """The document's lines in order (headers where the file puts them, usually first)."""
    if not content.lstrip().startswith(b"{\\rtf"):
        raise RtfError("not an RTF document")
    codepage = _codepage(content[:2048])
    lines: list[TextLine] = []
    text: list[str] = []
    looks: list[tuple[float, bool, int]] = []  # (size, bold, characters) of the current line
    stack: list[_State] = []
    state = _State()
    pending_skip = 0  # characters of a \u fallback still to drop
    byte_run = bytearray()

    def flush_bytes() -> None:
        if byte_run:
            put(byte_run.decode(codepage, errors="replace"))
            byte_run.clear()

    def put(piece: str) -> None:
        if piece and not state.skip:
            text.append(piece)
            looks.append((state.size, state.bold, len(piece.strip())))

    def end_line() -> None:
        flush_bytes()
        line = "".join(text).replace("\xa0", " ").rstrip()
        chars = sum(n for _s, _b, n in looks)
        size = max((s for s, _b, n in looks if n), default=None)
        bold = chars > 0 and 2 * sum(n for _s, b, n in looks if b) > chars
        lines.append(TextLine(line, 1, size, bold))
        text.clear()
        looks.clear()

    first_in_group = False
    pos = 0
    while pos < len(content):
        match = _TOKEN.match(content, pos)
        if match is None:  # a lone backslash at the end
            break
        pos = match.end()
        word, arg, hexbyte, symbol, brace, newline, plain = match.groups()
        if hexbyte is not None:
            if pending_skip:
                pending_skip -= 1
            elif not state.skip:
                byte_run.append(int(hexbyte, 16))
            first_in_group = False
            continue
        flush_bytes()
        if brace == b"{":
            if len(stack) >= MAX_DEPTH:
                raise RtfError("RTF nested too deeply")
            stack.append(state)
            state = _State(state.skip, state.bold, state.size, state.uc)
            first_in_group = True
            continue
        if brace == b"}":
            state = stack.pop() if stack else state
            first_in_group = False
            continue
        if newline is not None:
            continue  # line breaks in RTF source are not text
        if plain is not None:
            chunk = plain.decode("latin-1")
            if pending_skip:
                dropped = min(pending_skip, len(chunk))
                chunk, pending_skip = chunk[dropped:], pending_skip - dropped
            put(chunk)
            first_in_group = False
            continue
        if symbol is not None:
            if symbol == b"*":
                state.skip = True
            elif state.skip:
                pass
            elif symbol == b"~":
                put(" ")
            elif symbol in (b"-", b"_"):
                put("-" if symbol == b"_" else "")
            elif symbol in (b"\\", b"{", b"}"):
                put(symbol.decode())
            elif symbol in (b"\n", b"\r"):
                end_line()
            first_in_group = False
            continue
        number = int(arg) if arg is not None else None
        if word == b"bin":  # raw bytes follow (pictures): they are not tokens
            pos += max(0, number or 0)
        elif state.skip:
            pass
        elif word in _SKIP and first_in_group:
            state.skip = True
        elif word in _PAR:
            end_line()
        elif word == b"cell" or word == b"nestcell":
            cell = "".join(text).strip()
            if cell and " | " not in cell and heading_kind(cell):
                end_line()  # a section's name in a label cell beside its entries ("Education" | "MBBS ... 2019")
            else:
                put(" | ")
        elif word == b"tab":
            put("   ")
        elif word == b"b":
            state.bold = number != 0
        elif word == b"plain":
            state.bold, state.size = False, 12.0
        elif word == b"fs" and number:
            state.size = number / 2
        elif word == b"uc" and number is not None:
            state.uc = max(0, number)
        elif word == b"u" and number is not None:
            put(chr(number % 65536) if 0 <= number % 65536 < 0xD800 or number % 65536 >= 0xE000 else "")
            pending_skip = state.uc
        elif word in (b"emdash", b"endash"):
            put("—" if word == b"emdash" else "–")
        elif word in (b"lquote", b"rquote"):
            put("'")
        elif word in (b"ldblquote", b"rdblquote"):
            put('"')
        elif word == b"bullet":
            put("•")
        first_in_group = False
    end_line()
    return [_tidy(x) for x in lines]


def _tidy(line: TextLine) -> TextLine:
    """A row's trailing cell separator dropped; a line with only separators is blank."""
    text = line.text.rstrip(" |") if " | " in line.text or line.text.endswith("|") else line.text
    return line if text == line.text else TextLine(text.strip(), line.page, line.size, line.bold)


def _codepage(head: bytes) -> str:
    found = re.search(rb"\\ansicpg(\d{3,5})", head)
    name = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name
