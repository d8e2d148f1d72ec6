"""python-docx layouts: ERAS-style, South-Asian biodata, whole-CV-in-a-2-column-table."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from content import usce_items, home_items, pubs, volunteer, edu_line, display_name, PREMED


def _border_bottom(par, color="1F3864", sz="8"):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        bt.set(qn(k), v)
    b.append(bt)
    pPr.append(b)


def _base(font="Calibri", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def _cell_shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def _widths(tb, ws):
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in tb.rows:
        cells = row.cells
        if len(set(id(c._tc) for c in cells)) == 1:
            cells[0].width = sum(ws, Cm(0))
            continue
        for c, w in zip(cells, ws):
            c.width = w


# ---------------------------------------------------------------------------------------------- ERAS
def eras(p, path):
    d = _base("Calibri", 10.5)
    width = d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(display_name(p))
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    c = d.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bits = [p["address"]] if p["address"] else []
    bits += [p["phone"], p["email"]]
    c.add_run("  |  ".join(bits)).font.size = Pt(9.5)
    if p["dob"]:
        c2 = d.add_paragraph()
        c2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c2.add_run(f"Date of Birth: {p['dob']}").font.size = Pt(9.5)

    def head(t):
        par = d.add_paragraph()
        par.paragraph_format.space_before = Pt(10)
        par.paragraph_format.space_after = Pt(3)
        rr = par.add_run(t.upper())
        rr.bold = True
        rr.font.size = Pt(11.5)
        rr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        _border_bottom(par)

    def entry(it):
        par = d.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        par.paragraph_format.space_before = Pt(4)
        par.add_run(it["title"]).bold = True
        par.add_run("\t" + it["dates"]).italic = True
        par2 = d.add_paragraph(f"{it['org']}, {it['place']}")
        par2.runs[0].italic = True
        for b in it.get("bullets", []):
            d.add_paragraph(b, style="List Bullet")

    if p["objective"]:
        head("Career Objective")
        d.add_paragraph(p["objective"])
    head("Education")
    if p["id"] in PREMED:
        dg, sc, pl, yr = PREMED[p["id"]]
        entry(dict(title=dg + " (pre-medical)", org=sc, place=pl, dates=yr, bullets=[]))
    entry(dict(title=p["degree_name"], org=p["school"], place=p["school_city"], dates=edu_line(p), bullets=[]))
    head("Licensure / Certification")
    if p["ecfmg_txt"]:
        d.add_paragraph(p["ecfmg_txt"], style="List Bullet")
    d.add_paragraph("BLS and ACLS – American Heart Association", style="List Bullet")
    if p["visa_txt"]:
        d.add_paragraph("Visa status: " + p["visa_txt"], style="List Bullet")
    head("USMLE Scores")
    for e in p["exams"]:
        d.add_paragraph(e, style="List Bullet")
    us = usce_items(p)
    clin = [u for u in us if u["kind"] != "research"]
    res = [u for u in us if u["kind"] == "research"]
    head("US Clinical Experience")
    for it in clin:
        entry(it)
    head("Clinical Experience (Home Country / International)")
    for it in home_items(p):
        entry(it)
    if res:
        head("Research Experience")
        for it in res:
            entry(it)
    pb = pubs(p)
    if p["pubs"] is not None:
        head("Publications")
        if p["pubs"] == 0:
            d.add_paragraph(p["pubs_none_text"])
        for i, s in enumerate(pb["paper"], 1):
            d.add_paragraph(f"{i}. {s}")
        if pb["abstract"] or pb["poster"] or pb["talk"]:
            head("Presentations (Posters / Abstracts)")
            for s in pb["abstract"] + pb["poster"] + pb["talk"]:
                d.add_paragraph(s, style="List Bullet")
    head("Volunteer Experience")
    for v in volunteer(p):
        d.add_paragraph(v, style="List Bullet")
    if p["awards"]:
        head("Honors & Awards")
        for a in p["awards"]:
            d.add_paragraph(a, style="List Bullet")
    head("Languages")
    d.add_paragraph(", ".join(p["lang_disp"]))
    if p["refs"]:
        head("References")
        for rf in p["refs"]:
            par = d.add_paragraph()
            par.add_run(rf["name"]).bold = True
            par.add_run(f"\n{rf['title']}, {rf['inst']}\nEmail: {rf['email']}  ·  Phone: {rf['phone']}")
    d.save(path)


# ---------------------------------------------------------------------------------------------- Biodata
def biodata(p, path):
    d = _base("Times New Roman", 11.5, 2.2)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("CURRICULUM VITAE")
    rr.bold = True
    rr.underline = True
    rr.font.size = Pt(16)
    n = d.add_paragraph()
    n.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rn = n.add_run(display_name(p).upper())
    rn.bold = True
    rn.font.size = Pt(13)
    if p.get("contacts_header"):
        hp = d.sections[0].header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hr = hp.add_run(f"Mobile: {p['phone']}  |  E-mail: {p['email']}  |  {p['address']}")
        hr.font.size = Pt(9)
    elif not p["contacts_in_table"]:
        c = d.add_paragraph()
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.add_run(f"Mobile: {p['phone']}    E-mail: {p['email']}\n{p['address']}")

    def head(tx):
        par = d.add_paragraph()
        par.paragraph_format.space_before = Pt(10)
        r = par.add_run(tx.upper())
        r.bold = True
        r.font.size = Pt(12)
        _border_bottom(par, "000000", "6")

    if p["objective"]:
        head("Career Objective")
        d.add_paragraph(p["objective"])
    head("Personal Details")
    rows = [("Name", p["name"]), ("Father's Name", p["father"]), ("Date of Birth", p["dob"]),
            ("Gender", p["gender"]), ("Nationality", p["nationality"]), ("Religion", p["religion"]),
            ("Marital Status", p["marital"])]
    if p["contacts_in_table"]:
        rows += [("Postal Address", p["address"]), ("Mobile No.", p["phone"]), ("E-mail", p["email"])]
    rows += [("Languages Known", ", ".join(p["lang_disp"]))]
    tb = d.add_table(rows=0, cols=3)
    tb.style = "Table Grid"
    for k, v in rows:
        if not v:
            continue
        cells = tb.add_row().cells
        cells[0].text = k
        cells[1].text = ":"
        cells[2].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    _widths(tb, [Cm(4.2), Cm(0.6), Cm(11.8)])
    head("Academic Qualifications")
    tq = d.add_table(rows=1, cols=4)
    tq.style = "Table Grid"
    for i, h in enumerate(["Degree / Exam", "Institution", "University / Board", "Year"]):
        tq.rows[0].cells[i].text = h
        tq.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        _cell_shade(tq.rows[0].cells[i], "D9D9D9")
    uni = p["degree_name"].split("(")[1].rstrip(")") if "(" in p["degree_name"] else p["school"]
    deg = p["degree_name"].split(" (")[0]
    for row in [(deg, p["school"] + ", " + p["school_city"], uni, str(p["grad_disp"])),
                ("Higher Secondary (F.Sc / 12th, Pre-Medical)", "Govt. College", "Board of Intermediate Education", str(p["grad"] - 7)),
                ("Secondary School (Matric / 10th)", "Public School", "Board of Secondary Education", str(p["grad"] - 9))]:
        cells = tq.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    head("USMLE / Examinations")
    for e in p["exams"]:
        d.add_paragraph(e, style="List Bullet")
    if p["ecfmg_txt"]:
        d.add_paragraph("ECFMG status: " + p["ecfmg_txt"], style="List Bullet")
    if p["visa_txt"]:
        d.add_paragraph("Visa status: " + p["visa_txt"], style="List Bullet")
    head("Clinical Experience in USA")
    for it in usce_items(p):
        par = d.add_paragraph()
        par.add_run(it["title"]).bold = True
        par.add_run(f"\n{it['org']}, {it['place']}\nDuration: {it['dates']}")
        for b in it["bullets"][:1]:
            d.add_paragraph(b, style="List Bullet")
    head("Work Experience / Internship")
    for it in home_items(p):
        par = d.add_paragraph()
        par.add_run(it["title"]).bold = True
        par.add_run(f" – {it['org']}, {it['place']}  ({it['dates']})")
        d.add_paragraph(it["bullets"][0], style="List Bullet")
    pb = pubs(p)
    if p["pubs"] is not None:
        head("Publications")
        if p["pubs"] == 0:
            d.add_paragraph(p["pubs_none_text"])
        for i, s in enumerate(pb["paper"], 1):
            d.add_paragraph(f"{i}. {s}")
        if pb["poster"] or pb["abstract"]:
            head("Poster Presentations")
            for s in pb["poster"] + pb["abstract"]:
                d.add_paragraph(s, style="List Bullet")
    head("Extra-Curricular Activities")
    for v in volunteer(p):
        d.add_paragraph(v, style="List Bullet")
    if p["refs"]:
        head("References")
        for rf in p["refs"]:
            d.add_paragraph(f"{rf['name']}, {rf['title']}, {rf['inst']}. Email: {rf['email']}, Ph: {rf['phone']}")
    head("Declaration")
    d.add_paragraph("I hereby declare that all the information furnished above is true and correct to the best of my "
                    "knowledge and belief.")
    city = p["address"].split(",")[-2].strip() if p["address"].count(",") >= 2 else p["school_city"].split(",")[0]
    par = d.add_paragraph(f"Place: {city}\nDate: ____________")
    par2 = d.add_paragraph(f"({p['name']})")
    par2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


# ---------------------------------------------------------------------------------------------- 2-col table
def table2col(p, path):
    d = _base("Arial", 10, 1.8)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(left, right, bold_left=False, shade=None, bullets=None, right_bold=None):
        cells = tb.add_row().cells
        cells[0].width = Cm(4.3)
        cells[1].width = Cm(13.0)
        cells[0].text = left
        if bold_left and cells[0].paragraphs[0].runs:
            cells[0].paragraphs[0].runs[0].bold = True
        par = cells[1].paragraphs[0]
        if right_bold:
            par.add_run(right_bold).bold = True
            if right:
                par.add_run("\n" + right)
        else:
            par.add_run(right)
        for b in bullets or []:
            cells[1].add_paragraph("• " + b)
        if shade:
            _cell_shade(cells[0], shade)
            _cell_shade(cells[1], shade)
        return cells

    def section(t):
        cells = row("", "", shade="1F4E79")
        m = cells[0].merge(cells[1])
        m.text = ""
        r = m.paragraphs[0].add_run(t.upper())
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    top = tb.add_row().cells
    m = top[0].merge(top[1])
    r = m.paragraphs[0].add_run(display_name(p))
    r.bold = True
    r.font.size = Pt(16)
    m.add_paragraph(f"{p['address']}\nTel: {p['phone']}   Email: {p['email']}" + (f"\nDOB: {p['dob']}" if p["dob"] else ""))
    if p["objective"]:
        section("Objective")
        row("Goal", p["objective"], True)
    section("Education")
    if p["id"] in PREMED:
        dg, sc, pl, yr = PREMED[p["id"]]
        row(yr, f"{sc}, {pl}", right_bold=dg)
    row(edu_line(p), f"{p['school']}, {p['school_city']}", right_bold=p["degree_name"])
    section("Examinations & Certification")
    for e in p["exams"]:
        a, _, b = e.partition(":")
        row(a.strip(), b.strip())
    if p["ecfmg_txt"]:
        row("ECFMG", p["ecfmg_txt"])
    if p["visa_txt"]:
        row("Visa", p["visa_txt"])
    section("U.S. Clinical Experience")
    for it in usce_items(p):
        row(it["dates"], f"{it['org']}, {it['place']}", right_bold=it["title"], bullets=it["bullets"][:1])
    section("Clinical Experience (Outside the U.S.)")
    for it in home_items(p):
        row(it["dates"], f"{it['org']}, {it['place']}", right_bold=it["title"], bullets=it["bullets"][:1])
    pb = pubs(p)
    if p["pubs"] is not None:
        section("Publications")
        if p["pubs"] == 0:
            row("Peer-reviewed", p["pubs_none_text"])
        for i, s in enumerate(pb["paper"], 1):
            row(f"[{i}]", s)
        for s in pb["poster"] + pb["abstract"]:
            row("Poster", s)
    section("Languages")
    row("Spoken", ", ".join(p["lang_disp"]))
    section("Volunteer Work")
    for v in volunteer(p):
        row("", v)
    if p["refs"]:
        section("References")
        for rf in p["refs"]:
            row("Referee", f"{rf['title']}, {rf['inst']}\n{rf['email']} | {rf['phone']}", right_bold=rf["name"])
    _widths(tb, [Cm(4.0), Cm(13.4)])
    d.save(path)
