# -*- coding: utf-8 -*-
"""python-docx renderers (docx_table, textbox/header/footer, Arabic mixed, header-contacts for LO->PDF, table-contacts for LO->ODT)."""
import re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

AR = re.compile(r"[\u0600-\u06FF]")


def set_rtl(par):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:bidi")
    pPr.append(b)


def run_cs(run, text):
    if AR.search(text):
        rPr = run._r.get_or_add_rPr()
        rtl = OxmlElement("w:rtl")
        rPr.append(rtl)
        rf = rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rPr.insert(0, rf)
        rf.set(qn("w:cs"), "DejaVu Sans")


def add_text(par, text, bold=False, italic=False, size=None, color=None):
    # split Arabic vs latin chunks so Arabic runs get RTL/cs font
    parts = re.split(r"([\u0600-\u06FF][\u0600-\u06FF\s،\-–]*[\u0600-\u06FF]|[\u0600-\u06FF])", text)
    for part in parts:
        if not part:
            continue
        r = par.add_run(part)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        run_cs(r, part)
    return par


def heading(doc, text, color="1F3864", rule=True):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(2)
    add_text(p, text.upper() if not AR.search(text) else text, bold=True, size=11, color=color)
    if rule:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/></w:pBdr>' % color))
    return p


def entry(doc, e, date_right=True):
    if isinstance(e, str):
        p = doc.add_paragraph(style="List Bullet")
        add_text(p, e, size=10)
        if AR.search(e) and not re.search(r"[A-Za-z]", e):
            set_rtl(p)
        return
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    add_text(p, e["t"], bold=True, size=10.5)
    if e["d"]:
        p.add_run("\t")
        add_text(p, e["d"], italic=True, size=10)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17), alignment=2)
    if e["o"]:
        q = doc.add_paragraph(); q.paragraph_format.space_after = Pt(1)
        add_text(q, e["o"], size=10, color="444444")
    for b in e["b"]:
        q = doc.add_paragraph(style="List Bullet"); add_text(q, b, size=9.5)


def base_doc(font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.5)
    return doc


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="%s"/>' % hexcol))


# ------------------------------------------------------------------ 001: contacts only inside a table; USCE as table
def docx_table(p, out):
    doc = base_doc("Calibri")
    t = doc.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    l, r = t.rows[0].cells
    shade(l, "DCE6F1"); shade(r, "DCE6F1")
    l.paragraphs[0].text = ""
    add_text(l.paragraphs[0], p["name"], bold=True, size=17, color="1F3864")
    add_text(l.add_paragraph(), p["name_ar"], size=13)
    add_text(l.add_paragraph(), p["headline"], italic=True, size=9.5)
    for line in ["Email: " + p["email"], "Mobile/WhatsApp: " + p["phone"], p["address"], p["extra"]]:
        add_text(r.add_paragraph() if r.paragraphs[0].text else r.paragraphs[0], line, size=9)
    for h, items in p["sections"]:
        heading(doc, h)
        if h.startswith("US Clinical"):
            tb = doc.add_table(rows=1, cols=3); tb.style = "Table Grid"
            for c, txt in zip(tb.rows[0].cells, ["Dates", "Position / Institution", "Details"]):
                c.paragraphs[0].text = ""; add_text(c.paragraphs[0], txt, bold=True, size=9.5); shade(c, "F2F2F2")
            for e in items:
                row = tb.add_row().cells
                add_text(row[0].paragraphs[0], e["d"], size=9.5)
                add_text(row[1].paragraphs[0], e["t"], bold=True, size=9.5)
                add_text(row[1].add_paragraph(), e["o"], size=9.5)
                add_text(row[2].paragraphs[0], "; ".join(e["b"]) or "—", size=9)
            for row in tb.rows:
                row.cells[0].width = Cm(3.2); row.cells[1].width = Cm(7.5); row.cells[2].width = Cm(6.5)
        else:
            for e in items:
                entry(doc, e)
    doc.save(out)


# ------------------------------------------------------------------ 009: name in header, contacts in footer, profile in a text box
TEXTBOX = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>
<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:290pt;margin-top:0pt;width:200pt;height:44pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="#EEF3F8" strokecolor="#5B7DB1">
<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'''


def para_xml(text, bold=False, size=18):
    from xml.sax.saxutils import escape
    b = "<w:b/>" if bold else ""
    return ('<w:p><w:r><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, size, escape(text)))


def docx_textbox_footer(p, out):
    doc = base_doc("Cambria")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_text(hp, p["name"], bold=True, size=16, color="7B2C2C")
    add_text(hp, "   " + p["name_ar"], size=12)
    hp2 = sec.header.add_paragraph(); add_text(hp2, p["headline"], italic=True, size=9)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "%s  •  %s  •  %s" % (p["email"], p["phone"], p["address"]), size=8.5, color="555555")
    # text box anchored in first body paragraph
    first = doc.add_paragraph()
    inner = (para_xml("At a glance", True, 15) +
             para_xml("Step 2 CK 258 · Neurology · Match 2027", False, 14))
    first._p.append(parse_xml(TEXTBOX % inner))
    add_text(first, "Curriculum Vitae", bold=True, size=20, color="7B2C2C")
    for h, items in p["sections"]:
        heading(doc, h, color="7B2C2C")
        for e in items:
            entry(doc, e)
    doc.save(out)


# ------------------------------------------------------------------ 012: Arabic/English mixed, RTL headings
def docx_arabic(p, out):
    doc = base_doc("DejaVu Sans")
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t, p["name_ar"], bold=True, size=18); set_rtl(t)
    t2 = doc.add_paragraph(); t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t2, p["name"], bold=True, size=15, color="0B5345")
    t3 = doc.add_paragraph(); t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t3, p["headline"], italic=True, size=9.5)
    t4 = doc.add_paragraph(); t4.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t4, "جوال / Mobile: %s   |   البريد / Email: %s" % (p["phone"], p["email"]), size=9.5)
    t5 = doc.add_paragraph(); t5.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t5, p["address"], size=9)
    for h, items in p["sections"]:
        hp = heading(doc, h, color="0B5345")
        for e in items:
            entry(doc, e)
    doc.save(out)


# ------------------------------------------------------------------ 002: contacts in page header (to be converted by LibreOffice)
def docx_header_contacts(p, out):
    doc = base_doc("Liberation Serif")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(hp, "%s  |  Tel. %s  |  %s" % (p["email"], p["phone"], p["address"]), size=8.5, color="666666")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(fp, "CV – L. K. Al-Momani – updated November 2026", size=8, color="888888")
    t = doc.add_paragraph(); add_text(t, p["name"].upper(), bold=True, size=20, color="5B2C6F")
    add_text(doc.add_paragraph(), p["headline"] + "  ·  " + p["extra"], italic=True, size=10)
    for h, items in p["sections"]:
        heading(doc, h, color="5B2C6F")
        for e in items:
            entry(doc, e)
    doc.save(out)


# ------------------------------------------------------------------ 013: two-column borderless table layout (converted to ODT by LibreOffice)
def docx_twocol_table(p, out):
    doc = base_doc("Liberation Sans")
    t = doc.add_paragraph(); add_text(t, p["name"], bold=True, size=19, color="145A32")
    add_text(doc.add_paragraph(), p["headline"], size=10, italic=True)
    tb = doc.add_table(rows=0, cols=2)
    def row(left, right_items):
        cells = tb.add_row().cells
        cells[0].width = Cm(3.8); cells[1].width = Cm(13.5)
        add_text(cells[0].paragraphs[0], left, bold=True, size=9.5, color="145A32")
        first = True
        for e in right_items:
            par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            if isinstance(e, str):
                add_text(par, e, size=9.5)
            else:
                add_text(par, e["d"] + "  ", size=9.5, color="666666")
                add_text(par, e["t"], bold=True, size=9.5)
                add_text(cells[1].add_paragraph(), e["o"], size=9.5)
                for b in e["b"]:
                    add_text(cells[1].add_paragraph(), "– " + b, size=9)
    row("Contact", ["E-mail: " + p["email"], "Phone: " + p["phone"], p["address"]])
    for h, items in p["sections"]:
        row(h, items)
    doc.save(out)


# generic docx used for scan 017
def docx_plain(p, out):
    doc = base_doc("Liberation Serif")
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(t, p["name"], bold=True, size=18)
    if p.get("name_ar"):
        q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; add_text(q, p["name_ar"], size=13)
    q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(q, "%s · %s · %s" % (p["email"], p["phone"], p["address"]), size=10)
    for h, items in p["sections"]:
        heading(doc, h, color="000000")
        for e in items:
            entry(doc, e)
    doc.save(out)
