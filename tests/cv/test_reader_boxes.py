"""DOCX and ODT readers: text boxes inside text boxes, and ODF lengths in any unit; on made-up documents."""

from __future__ import annotations

from include.cv.docx_text import docx_text
from include.cv.odf_text import _points, odt_text
from tests.cv.builders import _ODF_NS
from tests.cv.test_layout import _docx, _p, _textbox

_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'


def _texts(lines: list) -> list[str]:
    return [x.text for x in lines if x.text.strip()]


def test_docx_reads_a_text_box_inside_a_text_box_once() -> None:
    inner = _textbox(_p("ana.ruiz@example.org"), _p("+1 305 555 0100"))
    body = _p("Ana Ruiz", size=20, bold=True) + _textbox(_p("CONTACT", bold=True), inner) + _p("EDUCATION")
    assert _texts(docx_text(_docx(body))) == [
        "Ana Ruiz",
        "CONTACT",
        "ana.ruiz@example.org",  # the inner box, read once (not again from either VML copy)
        "+1 305 555 0100",
        "EDUCATION",
    ]


def _fodt(body: str, styles: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODF_NS} {_DRAW} '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}'
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    ).encode()


def _frame(*paragraphs: str) -> str:
    inner = "".join(f"<text:p>{x}</text:p>" for x in paragraphs)
    return f"<draw:frame><draw:text-box>{inner}</draw:text-box></draw:frame>"


def test_odt_reads_a_frame_inside_a_frame_once() -> None:
    inner = _frame("ana.ruiz@example.org")
    body = f"<text:p>Ana Ruiz</text:p><text:p>{_frame('CONTACT', inner)}</text:p><text:p>EDUCATION</text:p>"
    # the inner frame is anchored in a paragraph of the outer box: it is read after that paragraph
    assert _texts(odt_text(_fodt(body))) == [
        "Ana Ruiz",
        "CONTACT",
        "ana.ruiz@example.org",
        "EDUCATION",
    ]


def test_odf_lengths_are_read_in_their_units() -> None:
    assert _points("12pt") == 12
    assert round(_points("7.76mm") or 0, 1) == 22.0  # not 7.76 points
    assert round(_points("0.5cm") or 0, 1) == 14.2
    assert _points("0.25in") == 18
    assert _points("1pc") == 12
    assert _points("150%") is None
    assert _points("large") is None
    styles = (
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
        '<style:text-properties fo:font-size="7.76mm"/></style:style></office:automatic-styles>'
    )
    lines = odt_text(_fodt('<text:p text:style-name="P1">Ana Ruiz</text:p><text:p>Body</text:p>', styles))
    assert round(lines[0].size or 0) == 22
