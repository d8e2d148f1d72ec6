"""Reading order and character text of PDFs built in the test: icon glyphs, label columns, right-hand sidebars."""

from __future__ import annotations

from include.cv.pdf_text import pdf_text


def _raw_pdf(content: bytes, to_unicode: bytes) -> bytes:
    """A one-page PDF whose font (Type0, Identity-H) maps codes to Unicode only through ``to_unicode``."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange " + to_unicode + b" endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _codes(text: str) -> bytes:
    return "".join(f"{ord(c):04X}" for c in text).encode()


def test_an_icon_outside_the_basic_plane_does_not_shift_the_letters_after_it() -> None:
    # A phone icon mapped to U+1F4DE (two UTF-16 units for one glyph) before each contact line: pdfium
    # counts it as two characters, the page's text string as one, so every letter after it took its
    # neighbour's box ("1 305 …" lost its "+", "Miami" split from "FL").
    to_unicode = b"1 beginbfchar <0001> <D83DDCDE> endbfchar 1 beginbfrange <0020> <007E> <0020> endbfrange"
    content = (
        b"BT /F1 11 Tf 60 780 Td <0001" + _codes(" +1 305 555 0100 maria.rios@example.org") + b"> Tj ET "
        b"BT /F1 11 Tf 60 760 Td <0001" + _codes(" Miami FL 33101") + b"> Tj ET"
    )
    read = pdf_text(_raw_pdf(content, to_unicode), ocr=False).lines
    lines = [" ".join(line.text.split()) for line in read if line.text]
    assert any("+1 305 555 0100 maria.rios@example.org" in line for line in lines), lines
    assert any("Miami FL 33101" in line for line in lines), lines
