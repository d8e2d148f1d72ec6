# -*- coding: utf-8 -*-
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import sections, display_name

def _page_field(par):
    run = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = 'PAGE'
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)

def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def _heading(doc_or_cell, text, color="1F3864"):
    par = doc_or_cell.add_paragraph()
    r = par.add_run(text.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor.from_string(color)
    par.paragraph_format.space_before = Pt(8); par.paragraph_format.space_after = Pt(2)
    return par

def _base(font="Calibri", size=10.5):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2)
    return d

def _exp_table(d, items, cols=("Dates", "Position / Rotation", "Institution, Location")):
    t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        _shade(t.rows[0].cells[i], "D9E2F3")
    for it in items:
        row = t.add_row().cells
        row[0].text = it["when"]; row[1].text = it["title"]
        row[2].text = it["org"] + (("\n" + it["desc"]) if it.get("desc") else "")
    for r in t.rows:
        r.cells[0].width = Cm(3.6); r.cells[1].width = Cm(5.5); r.cells[2].width = Cm(8)
    return t

def docx_header_table(p, path):
    """Name + contacts only in the page header; body uses tables."""
    d = _base()
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(display_name(p)); r.bold = True; r.font.size = Pt(15)
    hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2.add_run(f"{p['address']}  |  {p['phone']}  |  {p['email']}").font.size = Pt(9)
    ft = d.sections[0].footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ft.add_run("Curriculum Vitae — page "); _page_field(ft)
    if p.get("dob"): d.add_paragraph(p["dob"])
    for title, items in sections(p):
        _heading(d, title)
        if items and isinstance(items[0], dict):
            _exp_table(d, items)
        else:
            for s in items:
                d.add_paragraph(s, style='List Bullet' if len(items) > 1 else None)
    d.save(path)

def docx_footer_contacts(p, path):
    """Name as a title in the body, contacts ONLY in the footer."""
    d = _base("Georgia", 10.5)
    t = d.add_paragraph(); r = t.add_run(display_name(p)); r.font.size = Pt(20); r.bold = True
    if p.get("dob"): d.add_paragraph(p["dob"])
    f = d.sections[0].footer
    fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"E-mail: {p['email']}   •   WhatsApp/Mobile: {p['phone']}   •   {p['address']}").font.size = Pt(8.5)
    for title, items in sections(p):
        _heading(d, title, "7B2C2C")
        for it in items:
            if isinstance(it, dict):
                par = d.add_paragraph(); rr = par.add_run(it["when"] + "\t"); rr.bold = True
                par.add_run(it["title"]).italic = True
                d.add_paragraph(it["org"] + ((" — " + it["desc"]) if it["desc"] else ""))
            else:
                d.add_paragraph(it, style='List Number' if title.startswith("Peer") else None)
    d.save(path)

def docx_contact_table(p, path):
    """Contacts inside a 2x3 table at the top, plain paragraphs below."""
    d = _base("Arial", 10)
    h = d.add_heading(p["name"], level=0)
    t = d.add_table(rows=2, cols=3); t.style = 'Light Grid Accent 1'
    vals = [("Email", p["email"]), ("Phone", p["phone"]), ("Address", p["address"])]
    for i, (k, v) in enumerate(vals):
        t.rows[0].cells[i].text = k; t.rows[1].cells[i].text = v
    for title, items in sections(p):
        d.add_heading(title, level=2)
        for it in items:
            if isinstance(it, dict):
                par = d.add_paragraph(style='List Bullet')
                par.add_run(f"{it['title']}, ").bold = True
                par.add_run(f"{it['org']} ({it['when']})" + ((". " + it["desc"]) if it["desc"] else ""))
            else:
                d.add_paragraph(it)
    d.save(path)

def docx_twocol(p, path):
    """Whole page is a 2-column table: shaded sidebar (contacts, exams, languages) + main column."""
    d = _base("Calibri", 10)
    secs = dict(sections(p))
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width = Cm(5.5); right.width = Cm(11.5); _shade(left, "E7EEF5")
    lp = left.paragraphs[0]; r = lp.add_run(p["name"]); r.bold = True; r.font.size = Pt(14)
    if p.get("suffix"): left.add_paragraph(p["suffix"])
    _heading(left, "Contact")
    for s in (p["email"], p["phone"], p["address"]): left.add_paragraph(s)
    _heading(left, "Exams")
    for s in secs["USMLE / ECFMG"]: left.add_paragraph(s)
    _heading(left, "Languages"); left.add_paragraph(p["lang_line"])
    if p.get("visa"): _heading(left, "Visa"); left.add_paragraph(p["visa"])
    rp = right.paragraphs[0]; rp.add_run(p.get("interests", "")).italic = True
    for title, items in sections(p):
        if title in ("USMLE / ECFMG", "Languages", "Visa / Immigration", "Career Objective"): continue
        _heading(right, title)
        for it in items:
            if isinstance(it, dict):
                par = right.add_paragraph(); par.add_run(it["title"]).bold = True
                right.add_paragraph(f"{it['org']}  ·  {it['when']}")
                if it["desc"]: right.add_paragraph(it["desc"])
            else:
                right.add_paragraph(it)
    d.save(path)
