# -*- coding: utf-8 -*-
"""DOCX layouts built with python-docx: europass (label column table) and gdocs (contacts only in header)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import display_name, pub_lines, us_exp, other_exp

BLUE = RGBColor(0x0E, 0x41, 0x94)
GREY = RGBColor(0x55, 0x55, 0x55)

def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def _cell_text(cell, text, bold=False, size=9.5, color=None, align=None, italic=False):
    par = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    r = par.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if color: r.font.color.rgb = color
    if align: par.alignment = align
    par.paragraph_format.space_after = Pt(1)
    return par

def europass(p, path, long=False):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.4)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(9.5)
    # footer with page number-like text (Europass footer)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run(f"Curriculum vitae — {p['name']}"); fr.font.size = Pt(7.5); fr.font.color.rgb = GREY
    t = doc.add_table(rows=0, cols=2); _no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(5.0), Cm(12.8))

    def row(label, value=None, bold_label=False, head=False, vbold=False, vsize=9.5):
        c = t.add_row().cells
        c[0].width, c[1].width = widths
        if label:
            _cell_text(c[0], label, bold=head or bold_label, size=8.5 if not head else 9.5,
                       color=BLUE if head else GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if value is not None:
            if isinstance(value, (list, tuple)):
                for v in value:
                    _cell_text(c[1], v, size=vsize)
            else:
                _cell_text(c[1], value, bold=vbold, size=vsize)
        return c

    c = row("europass", None, head=True)
    _cell_text(c[1], "Curriculum Vitae", bold=True, size=15, color=BLUE)
    row("PERSONAL INFORMATION", p["name"] + (f"  ({p['native']})" if p.get("native") else ""), head=True, vbold=True, vsize=13)
    if p.get("suffix"): row("Degree(s)", p["suffix"])
    row("Address", p["address"])
    row("Telephone", p["phone"])
    row("E-mail", p["email"])
    if p.get("dob"): row("Date of birth", p["dob"])
    row("JOB APPLIED FOR / OBJECTIVE", p["objective"], head=True)
    row("WORK EXPERIENCE", "", head=True)
    for e in p["exp"]:
        c = row(e["dates"], None)
        _cell_text(c[1], e["title"], bold=True)
        _cell_text(c[1], f"{e['org']}, {e['place']}")
        if e["desc"]: _cell_text(c[1], e["desc"], italic=True, size=9)
    row("EDUCATION AND TRAINING", "", head=True)
    for deg, org, d in p["edu"]:
        c = row(d, None)
        _cell_text(c[1], deg, bold=True); _cell_text(c[1], org)
    row("LICENSING EXAMINATIONS", p["exams"], head=True)
    extra = [x for x in [p.get("ecfmg_line"), p.get("visa_line")] if x]
    if extra: row("ECFMG / VISA", extra)
    row("PERSONAL SKILLS", "", head=True)
    native = [l for l in p["langs_disp"] if "native" in l.lower() or "mother" in l.lower()]
    others = [l for l in p["langs_disp"] if l not in native]
    if native:
        row("Mother tongue(s)", ", ".join(native))
        row("Other language(s)", ", ".join(others) if others else "—")
    else:
        row("Languages", ", ".join(p["langs_disp"]))
    row("Digital skills", "EMR: Epic, Cerner (observer access); MS Office; SPSS")
    pl = pub_lines(p)
    if pl:
        head, lines = pl
        row(head.upper(), [f"{i}. {l}" if len(lines) > 1 else l for i, l in enumerate(lines, 1)], head=True, vsize=9)
    if p["refs"]:
        row("REFERENCES", "", head=True)
        for r in p["refs"]:
            c = row("", None)
            _cell_text(c[1], r["name"], bold=True)
            _cell_text(c[1], f"{r['role']}, {r['org']}")
            _cell_text(c[1], f"E-mail: {r['email']}   Tel.: {r['phone']}")
    if long:
        row("ADDITIONAL INFORMATION", ["Certifications: BLS and ACLS (American Heart Association), valid to 2026.",
             "Volunteer work: free medical camps in rural districts; blood donation drives.",
             "Hobbies: classical music, long-distance running, chess."], head=True)
    doc.save(path)

def _heading(doc, text, color=RGBColor(0x1F, 0x4E, 0x79)):
    h = doc.add_heading(text, level=1)
    for r in h.runs:
        r.font.color.rgb = color; r.font.size = Pt(13); r.font.name = "Liberation Sans"
    return h

def gdocs(p, path, long=False):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    # header: contacts only here
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(f"{p['email']}  |  {p['phone']}"); r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run(p["address"]); r.font.size = Pt(9); r.font.color.rgb = GREY
    title = doc.add_paragraph(style="Title")
    title.add_run(display_name(p))
    if p.get("native"):
        sp = doc.add_paragraph(style="Subtitle"); sp.add_run(p["native"])
    _heading(doc, "Career Objective")
    doc.add_paragraph(p["objective"])
    _heading(doc, "Education")
    for deg, org, d in p["edu"]:
        para = doc.add_paragraph(); rr = para.add_run(deg); rr.bold = True
        para.add_run(f"\n{org}\n{d}")
    _heading(doc, "USMLE & Certification")
    for x in p["exams"] + [y for y in [p.get("ecfmg_line")] if y]:
        doc.add_paragraph(x, style="List Bullet")
    ue = us_exp(p)
    if ue:
        _heading(doc, "US Clinical Experience")
        for e in ue:
            para = doc.add_paragraph(); rr = para.add_run(e["title"]); rr.bold = True
            para.add_run(f" — {e['org']}, {e['place']}\n")
            ri = para.add_run(e["dates"]); ri.italic = True
            if e["desc"]: doc.add_paragraph(e["desc"], style="List Bullet")
    oe = other_exp(p)
    if oe:
        _heading(doc, "Clinical Experience (outside the US)")
        for e in oe:
            para = doc.add_paragraph(); rr = para.add_run(e["title"]); rr.bold = True
            para.add_run(f", {e['org']}, {e['place']} ({e['dates']})")
            if e["desc"]: doc.add_paragraph(e["desc"], style="List Bullet")
    pl = pub_lines(p)
    if pl:
        if long: doc.add_page_break()
        head, lines = pl
        _heading(doc, head)
        for l in lines:
            doc.add_paragraph(l, style="List Number" if len(lines) > 1 else None)
    _heading(doc, "Languages")
    doc.add_paragraph(" · ".join(p["langs_disp"]))
    info = []
    if p.get("visa_line"): info.append(f"Visa: {p['visa_line']}")
    if p.get("dob"): info.append(f"Date of birth: {p['dob']}")
    if info:
        _heading(doc, "Additional Information")
        for x in info: doc.add_paragraph(x, style="List Bullet")
    if long:
        _heading(doc, "Volunteer Work & Interests")
        for x in ["Community health volunteer, free clinics (2016–2020)", "Peer tutor, anatomy and physiology",
                  "Interests: photography, hiking, cooking regional cuisine"]:
            doc.add_paragraph(x, style="List Bullet")
    if p["refs"]:
        _heading(doc, "References")
        for r in p["refs"]:
            doc.add_paragraph(f"{r['name']} — {r['role']}, {r['org']}. {r['email']}, {r['phone']}")
    doc.save(path)
