# -*- coding: utf-8 -*-
"""python-docx renderers (001 two-column table, 007 header->soffice pdf, 009 footer contacts,
011 VML text box, 016 docx->soffice rtf)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from common import SEC

NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          'w:val="clear" w:color="auto" w:fill="%s"/>' % hexcolor))


def heading(container, text, size=11, color=NAVY):
    p = container.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True; r.font.size = Pt(size); r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(2)
    # bottom border
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3A5F"/></w:pBdr>'))
    return p


def para(container, text, bold=False, italic=False, size=9.5, align=None):
    p = container.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    if align: p.alignment = align
    return p


def rich(container, parts, size=9.5):
    p = container.add_paragraph(); p.paragraph_format.space_after = Pt(1)
    for text, b in parts:
        r = p.add_run(text); r.bold = b; r.font.size = Pt(size)
    return p


def usce_table(container, p, style="Table Grid", widths=None):
    t = container.add_table(rows=1, cols=5)
    t.style = style
    hdr = ["Dates", "Hospital", "City, State", "Type", "Specialty"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(255, 255, 255)
        shade(c, "1F3A5F")
    for d, hosp, city, st, typ, spec in p["usce"]:
        row = t.add_row().cells
        for i, v in enumerate([d, hosp, f"{city}, {st}", typ, spec]):
            row[i].text = ""
            rr = row[i].paragraphs[0].add_run(v); rr.font.size = Pt(8.5)
    if widths:
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def body_sections(doc, p, skip=()):
    if "summary" not in skip and p.get("summary"):
        heading(doc, SEC["summary"]); para(doc, p["summary"])
    heading(doc, SEC["education"])
    for d, deg, inst, place in p["education"]:
        rich(doc, [(d + "   ", True), (deg, True)])
        para(doc, f"{inst}, {place}", italic=True)
    if "exams" not in skip:
        heading(doc, SEC["exams"])
        for e, res, d in p["exams"]:
            rich(doc, [(e + ": ", True), (res + (f"  ({d})" if d else ""), False)])
    heading(doc, SEC["usce"])
    usce_table(doc, p)
    heading(doc, SEC["work"])
    for d, role, place, det in p["work"]:
        rich(doc, [(d + " — ", True), (role, True), (", " + place, False)])
        if det: para(doc, det, size=9)
    heading(doc, SEC["pubs"])
    for i, x in enumerate(p["pubs"], 1):
        para(doc, f"{i}. {x}", size=9)
    if "languages" not in skip:
        heading(doc, SEC["languages"]); para(doc, p["languages"])
    heading(doc, SEC["interests"]); para(doc, p["interests"])
    heading(doc, SEC["referees"])
    for n, t, o, e, ph in p["referees"]:
        rich(doc, [(n, True), (f", {t}, {o}", False)])
        para(doc, f"Email: {e}   Tel: {ph}", size=9)


def set_margins(doc, cm=1.8):
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(cm); s.top_margin = s.bottom_margin = Cm(1.5)


def base_doc(font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    set_margins(doc)
    return doc


# ---------------------------------------------------------------- 001 two-column table
def docx_twocol(p, out):
    doc = base_doc("Calibri")
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.2)
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.rows[0].cells
    left.width = Cm(6.0); right.width = Cm(12.6)
    t.columns[0].width = Cm(6.0); t.columns[1].width = Cm(12.6)
    shade(left, "E8EEF5")
    left.text = ""
    r = left.paragraphs[0].add_run(p["display_name"]); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = NAVY
    para(left, p["title_line"], italic=True, size=9)
    heading(left, "Contact")
    for ic, lab, val in p["contacts"]:
        rich(left, [(ic + "  ", True), (val, False)], size=9)
    heading(left, "Personal")
    for k, v in p["personal"]:
        rich(left, [(k + ": ", True), (v, False)], size=9)
    heading(left, "Board Exams")
    for e, res, d in p["exams"]:
        rich(left, [(e + "\n", True), (res + (f" · {d}" if d else ""), False)], size=9)
    heading(left, "Languages"); para(left, p["languages"], size=9)
    right.text = ""
    heading(right, SEC["summary"]); para(right, p["summary"])
    heading(right, SEC["education"])
    for d, deg, inst, place in p["education"]:
        rich(right, [(d + "  |  ", True), (deg, True)]); para(right, f"{inst} — {place}", italic=True)
    heading(right, "US Clinical Rotations")
    usce_table(right, p, widths=[2.1, 3.4, 2.4, 2.3, 2.2])
    heading(right, "Work Experience (Philippines)")
    for d, role, place, det in p["work"]:
        rich(right, [(d + "  ", True), (role, True)]); para(right, place, italic=True); para(right, det, size=9)
    heading(right, SEC["pubs"])
    for x in p["pubs"]: para(right, "• " + x, size=9)
    heading(right, "Character References")
    for n, tt, o, e, ph in p["referees"]:
        rich(right, [(n, True)], size=9); para(right, f"{tt}, {o}", size=9); para(right, f"{e} | {ph}", size=9)
    doc.add_paragraph()
    para(doc, "I hereby certify that the above information is true and correct to the best of my knowledge.", italic=True, size=9)
    para(doc, "\n\n" + p["signature"], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Signature over printed name", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(out)


# ---------------------------------------------------------------- 007 header contacts (then soffice -> pdf)
def docx_header(p, out):
    doc = base_doc("Liberation Serif")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(" | ".join(v for _, _, v in p["contacts"])); r.font.size = Pt(8); r.font.color.rgb = RGBColor(90, 90, 90)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.text = "Curriculum Vitae — updated 2026.11"; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pt = doc.add_paragraph(); pt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pt.add_run(p["alt_name"] + "   "); r.font.size = Pt(18); r.font.name = "Noto Serif CJK SC"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    r = pt.add_run(p["display_name"]); r.font.size = Pt(18); r.bold = True
    para(doc, p["title_line"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Visa: " + p["personal"][0][1], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    body_sections(doc, p)
    doc.save(out)


# ---------------------------------------------------------------- 009 contacts only in footer
def docx_footer(p, out):
    doc = base_doc("Arial")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "CURRICULUM VITAE"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ft = sec.footer
    fpar = ft.paragraphs[0]; fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fpar.add_run("  ·  ".join(f"{lab}: {v}" for _, lab, v in p["contacts"])); r.font.size = Pt(7.5)
    pt = doc.add_paragraph()
    r = pt.add_run(p["display_name"]); r.bold = True; r.font.size = Pt(20)
    r = pt.add_run("  (" + p["alt_name"] + ")"); r.font.size = Pt(12)
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK KR")
    para(doc, p["title_line"], italic=True)
    for k, v in p["personal"]:
        rich(doc, [(k + ": ", True), (v, False)])
    body_sections(doc, p)
    doc.save(out)


# ---------------------------------------------------------------- 011 VML text box with contacts
TXBX = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:330pt;margin-top:0pt;width:180pt;height:96pt;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph"
 fillcolor="#EEF4F8" strokecolor="#2E6E8E"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>
</w:pict></w:r>'''


def txbx_par(text, bold=False):
    from xml.sax.saxutils import escape
    b = "<w:b/>" if bold else ""
    return ('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="17"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, escape(text)))


def docx_textbox(p, out):
    doc = base_doc("Calibri")
    pt = doc.add_paragraph()
    inner = txbx_par("CONTACT DETAILS", True) + "".join(txbx_par(f"{lab}: {v}") for _, lab, v in p["contacts"])
    pt._p.append(parse_xml(TXBX % inner))
    r = pt.add_run(p["display_name"]); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x2E, 0x6E, 0x8E)
    pt.paragraph_format.right_indent = Cm(6.6)
    q = para(doc, p["title_line"], size=9); q.paragraph_format.right_indent = Cm(6.8)
    for k, v in p["personal"]:
        q = rich(doc, [(k + ": ", True), (v, False)]); q.paragraph_format.right_indent = Cm(6.8)
    doc.add_paragraph(); doc.add_paragraph()
    body_sections(doc, p)
    doc.save(out)


# ---------------------------------------------------------------- 016 plain docx later converted to RTF
def docx_for_rtf(p, out):
    doc = base_doc("Times New Roman")
    pt = doc.add_paragraph(); pt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pt.add_run(p["display_name"]); r.bold = True; r.font.size = Pt(16)
    para(doc, p["title_line"], align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, " • ".join(v for _, _, v in p["contacts"]), size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    heading(doc, "Personal Data")
    for k, v in p["personal"]:
        rich(doc, [(k + ": ", True), (v, False)])
    body_sections(doc, p)
    doc.add_paragraph()
    para(doc, "I certify that the foregoing statements are true and correct.", italic=True, size=9)
    para(doc, p["signature"], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(out)
