"""python-docx layouts (Google Docs Spearmint/Coral exports, table CVs, ERAS-style Word CV)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font: r.font.name = font
    return r


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def _margins(doc, top=1.5, side=1.8):
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(top); s.left_margin = s.right_margin = Cm(side)


# ---------------------------------------------------------------- Spearmint (Google Docs -> Download .docx)
def spearmint(p, out):
    doc = Document(); _font(doc, "Lato", 10); _margins(doc, 1.3, 1.9)
    teal = "2BA58B"
    par = doc.add_paragraph(); _run(par, p["name"], bold=True, size=26, color="000000", font="Lato")
    par = doc.add_paragraph(); _run(par, p["address"] + "\n", size=9)
    _run(par, p["phone"] + "\n", size=9); _run(par, p["email"], size=9)
    par = doc.add_paragraph(); _run(par, p["intro"], size=10)
    def head(t):
        hp = doc.add_paragraph(); hp.paragraph_format.space_before = Pt(14)
        _run(hp, t, bold=True, size=11, color=teal)
    head("EXPERIENCE")
    for org, loc, role, dt, desc in p["exp"]:
        q = doc.add_paragraph(); _run(q, org + ", ", bold=True, size=11); _run(q, loc + " — ", size=11); _run(q, role, italic=True, size=11)
        q = doc.add_paragraph(); _run(q, dt, size=8, color="666666")
        doc.add_paragraph(desc)
    head("EDUCATION")
    for sch, loc, deg, dt in p["edu"]:
        q = doc.add_paragraph(); _run(q, sch + ", ", bold=True, size=11); _run(q, loc + " — ", size=11); _run(q, deg, italic=True, size=11)
        q = doc.add_paragraph(); _run(q, dt, size=8, color="666666")
    head("SKILLS")
    for s in p["skills"]:
        doc.add_paragraph(s, style="List Bullet")
    head("PUBLICATIONS & POSTERS")
    for s in p["pubs"]:
        doc.add_paragraph(s)
    head("LANGUAGES")
    doc.add_paragraph(p["langs"])
    head("REFERENCES")
    for n, role, em, ph in p["refs"]:
        q = doc.add_paragraph(); _run(q, n, bold=True); _run(q, f"\n{role}\n{em} · {ph}")
    doc.core_properties.author = p["name"]; doc.core_properties.title = "Resume"
    doc.save(out)


# ---------------------------------------------------------------- Coral (contacts in page header)
def coral(p, out):
    doc = Document(); _font(doc, "Source Sans Pro", 10.5); _margins(doc, 2.2, 2.0)
    coral_c = "FF5E0E"
    hdr = doc.sections[0].header
    hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hp, f"{p['address']}\n{p['phone']}  |  {p['email']}", size=8.5, color="555555")
    par = doc.add_paragraph(); _run(par, p["name"], bold=True, size=28, color="222222")
    par = doc.add_paragraph(); _run(par, p["intro"], italic=True, size=10, color="555555")
    def head(t):
        hp = doc.add_paragraph(); hp.paragraph_format.space_before = Pt(12); _run(hp, t, bold=True, size=12, color=coral_c)
    head("Experience")
    for org, loc, role, dt, desc in p["exp"]:
        q = doc.add_paragraph(); _run(q, role, bold=True); _run(q, f" — {org}, {loc}")
        q = doc.add_paragraph(); _run(q, dt.upper(), size=8.5, color="888888")
        doc.add_paragraph(desc)
    head("Education")
    for sch, loc, deg, dt in p["edu"]:
        q = doc.add_paragraph(); _run(q, deg, bold=True); _run(q, f" — {sch}, {loc}")
        q = doc.add_paragraph(); _run(q, dt, size=8.5, color="888888")
    head("Examinations")
    for s in p["exams"]:
        doc.add_paragraph(s, style="List Bullet")
    head("Publications")
    for s in p["pubs"]:
        doc.add_paragraph(s, style="List Number")
    head("Languages"); doc.add_paragraph(p["langs"])
    doc.save(out)


# ---------------------------------------------------------------- all-tables CV, contacts in header table
def tables_header(p, out):
    doc = Document(); _font(doc, "Calibri", 10); _margins(doc, 2.6, 1.8)
    sec = doc.sections[0]
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ""; _run(c0.paragraphs[0], p["name"], bold=True, size=14)
    _run(c0.paragraphs[0], "\nMD (Tehran) · Curriculum Vitae", size=8, color="666666")
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(c1.paragraphs[0], f"{p['email']}\n{p['phone']} (WhatsApp)\n{p['us_addr']}", size=8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; _run(fp, "Updated November 2026", size=8, color="888888")

    def table(title, rows, widths=(4.2, 12.8)):
        tt = doc.add_table(rows=1, cols=2); tt.style = "Table Grid"
        m = tt.rows[0].cells[0].merge(tt.rows[0].cells[1]); m.text = ""
        _run(m.paragraphs[0], title, bold=True, size=11); _shade(m, "D9E2F3")
        for a, b in rows:
            r = tt.add_row().cells
            r[0].text = a; r[1].text = b
        for row in tt.rows:
            row.cells[0].width = Cm(widths[0]); row.cells[1].width = Cm(widths[1])
        doc.add_paragraph()
    table("PERSONAL DETAILS", p["personal"])
    table("EDUCATION", p["edu"])
    table("EXAMINATIONS", p["exams"])
    table("CLINICAL & RESEARCH EXPERIENCE", p["exp"])
    table("PUBLICATIONS", p["pubs"])
    table("LANGUAGES", p["langs"])
    tt = doc.add_table(rows=1, cols=4); tt.style = "Table Grid"
    for i, h in enumerate(["Referee", "Position", "Email", "Phone"]):
        tt.rows[0].cells[i].text = ""; _run(tt.rows[0].cells[i].paragraphs[0], h, bold=True)
    for r in p["refs"]:
        cs = tt.add_row().cells
        for i, v in enumerate(r): cs[i].text = v
    doc.save(out)


# ---------------------------------------------------------------- two-column table, Cyrillic, later converted to ODT
def table_cyr(p, out):
    doc = Document(); _font(doc, "Liberation Serif", 11); _margins(doc, 1.8, 2.0)
    par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(par, "CURRICULUM VITAE\n", bold=True, size=14)
    _run(par, f"{p['name']} ({p['name_cyr']})\n", bold=True, size=13)
    _run(par, f"{p['email']}  •  mobile / WhatsApp {p['phone']}\n{p['address']}", size=10)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in p["rows"]:
        cs = t.add_row().cells
        if b is None:
            m = cs[0].merge(cs[1]); m.text = ""; _run(m.paragraphs[0], a, bold=True); _shade(m, "EEEEEE")
        else:
            cs[0].text = a; cs[1].text = b
    for row in t.rows:
        row.cells[0].width = Cm(3.6); row.cells[1].width = Cm(13.4)
    doc.save(out)


# ---------------------------------------------------------------- ERAS-style Word CV, contacts only in footer
def eras_footer(p, out):
    doc = Document(); _font(doc, "Times New Roman", 11); _margins(doc, 2.0, 2.2)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(fp, f"{p['email']}  ·  {p['phone']}  ·  Irbid, Jordan", size=9)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hp, p["name"] + " — Curriculum Vitae (ERAS format)", italic=True, size=9, color="777777")
    par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.CENTER; _run(par, p["name"].upper(), bold=True, size=16)
    def head(t):
        hp = doc.add_paragraph(); hp.paragraph_format.space_before = Pt(10); _run(hp, t, bold=True, size=12)
        hp.paragraph_format.keep_with_next = True
    head("Applicant Information")
    t = doc.add_table(rows=0, cols=2)
    for a, b in p["fields"]:
        cs = t.add_row().cells; cs[0].text = ""; _run(cs[0].paragraphs[0], a + ":", bold=True); cs[1].text = b
    head("Experiences")
    for title, org, dates, setting, desc in p["exp"]:
        q = doc.add_paragraph(); _run(q, title, bold=True)
        doc.add_paragraph(f"Organization: {org}\nDates: {dates}\nSetting: {setting}\nDescription: {desc}")
    head("Other Exams")
    for a, b in p["other"]:
        doc.add_paragraph(f"{a}: {b}", style="List Bullet")
    head("Publications / Presentations")
    for s in p["pubs"]:
        doc.add_paragraph(s, style="List Bullet")
    head("Languages"); doc.add_paragraph(p["langs"])
    doc.save(out)
