# -*- coding: utf-8 -*-
"""Word-like résumés from python-docx; some converted by LibreOffice headless (pdf/odt/rtf)."""
import os, sys, subprocess, shutil, copy
sys.path.insert(0, os.path.dirname(__file__))
from data import P
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants

def lang_names(p):
    return [l[0] if isinstance(l, tuple) else l for l in p["langs"]]

def base_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8); s.top_margin = s.bottom_margin = Inches(0.7)
    return d

def tabbed(d, left, right, bold=False, width=Inches(6.9)):
    para = d.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = para.add_run(left); r.bold = bold
    para.add_run("\t" + right).italic = True
    para.paragraph_format.space_after = Pt(1)
    return para

def heading(d, text, color=RGBColor(0x1F, 0x3A, 0x5F)):
    h = d.add_paragraph(); r = h.add_run(text.upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = color
    h.paragraph_format.space_before = Pt(8); h.paragraph_format.space_after = Pt(2)
    pPr = h._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3A5F")): b.set(qn(k), v)
    bdr.append(b); pPr.append(bdr)
    return h

def add_hyperlink(paragraph, url, text):
    part = paragraph.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r"); rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "Hyperlink"); rPr.append(rs)
    c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rPr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rPr.append(u)
    r.append(rPr); t = OxmlElement("w:t"); t.text = text; r.append(t); h.append(r)
    paragraph._p.append(h)
    return h

_sdt_id = [1000]
def wrap_sdt(paragraph, alias, tag):
    """Wrap a whole paragraph into a block-level content control (w:sdt)."""
    p = paragraph._p
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); _sdt_id[0] += 1; i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    sdt.append(pr); content = OxmlElement("w:sdtContent")
    p.addprevious(sdt); content.append(p); sdt.append(content)
    return sdt

def wrap_run_sdt(paragraph, alias, text, bold=False):
    """Inline content control (run-level w:sdt) with plain-text placeholder-style properties."""
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(tg)
    i = OxmlElement("w:id"); _sdt_id[0] += 1; i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr); c = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if bold:
        rPr = OxmlElement("w:rPr"); rPr.append(OxmlElement("w:b")); r.append(rPr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t); c.append(r); sdt.append(c)
    paragraph._p.append(sdt)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w17_lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- 008 numbered lists + tab-stop dates
def d_numbered(p):
    d = base_doc("Liberation Serif", 11)
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    c = d.add_paragraph(f"{p['addr']}\n{p['phone_disp']}  •  {p['email']}  •  {p['born']}"); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, "Objective"); d.add_paragraph("Neurology residency (PGY-1 start July 2027), with interest in epilepsy and clinical neurophysiology.")
    heading(d, "Education")
    tabbed(d, p["school_line"], p["school_dates"], bold=True)
    tabbed(d, "Ensino Médio — Colégio Bandeirantes, São Paulo", "2013 – 2015")
    heading(d, "USMLE / ECFMG")
    for s in ["USMLE Step 1 — " + p["s1_disp"], "USMLE Step 2 CK — " + p["s2_disp"], p["ecfmg_disp"], "Visa: " + p["visa_disp"]]:
        d.add_paragraph(s, style="List Bullet")
    heading(d, "Experience in the United States")
    for u in p["usce"]:
        tabbed(d, u["role"], u["disp"], bold=True); d.add_paragraph(f"{u['org']}, {u['city']}")
    heading(d, "Experience outside the US")
    for r_, o, pl, dt in p["nonus"]:
        tabbed(d, r_, dt, bold=True); d.add_paragraph(f"{o}, {pl}")
    heading(d, "Peer-reviewed publications")
    for x in p["pubs"]:
        d.add_paragraph(x, style="List Number")
    heading(d, "Posters")
    for x in p["posters"]:
        d.add_paragraph(x, style="List Bullet")
    heading(d, "Languages"); d.add_paragraph("Portuguese (native); English (C2 – TOEFL iBT 116); Spanish (B2)")
    heading(d, "References")
    for n, ti, e, ph in p["refs"]:
        d.add_paragraph(f"{n} — {ti} — {e} — {ph}", style="List Number 2")
    return d

# ---------------- 009 contacts only in footer; header with name
def d_footer(p):
    d = base_doc("Liberation Sans", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "Curriculum Vitae"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{p['addr']}  |  Tel. {p['phone_disp']}  |  {p['email']}").font.size = Pt(8.5)
    t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x4F)
    t2 = d.add_paragraph(); r2 = t2.add_run(p["native"] + "   ·   " + p["born"]); r2.font.size = Pt(12)
    heading(d, "Profile", RGBColor(0x2E, 0x6B, 0x4F))
    d.add_paragraph("Syrian-trained physician working in German primary care since 2021; applying to Family Medicine residency programs in the US.")
    heading(d, "Medical Education", RGBColor(0x2E, 0x6B, 0x4F)); tabbed(d, p["school_line"], p["school_dates"], bold=True)
    heading(d, "Examinations", RGBColor(0x2E, 0x6B, 0x4F))
    for s in [f"USMLE Step 1: {p['s1_disp']}", f"USMLE Step 2 CK: {p['s2_disp']}", f"ECFMG: {p['ecfmg_disp']}", "Approbation (German medical licence), 2021", "Visa: " + p["visa_disp"]]:
        d.add_paragraph(s, style="List Bullet")
    heading(d, "Clinical Experience", RGBColor(0x2E, 0x6B, 0x4F))
    for r_, o, pl, dt in p["nonus"]:
        tabbed(d, f"{r_} — {o}, {pl}", dt)
    for u in p["usce"]:
        tabbed(d, f"{u['role']} — {u['org']}, {u['city']}", u["disp"])
    heading(d, "Presentations", RGBColor(0x2E, 0x6B, 0x4F))
    for x in p["posters"]:
        d.add_paragraph(x, style="List Bullet")
    heading(d, "Languages", RGBColor(0x2E, 0x6B, 0x4F)); d.add_paragraph("Arabic – native; English – fluent (IELTS 8.0); German – C1 (Fachsprachprüfung bestanden)")
    heading(d, "References", RGBColor(0x2E, 0x6B, 0x4F))
    for n, ti, e, ph in p["refs"]:
        d.add_paragraph(f"{n}, {ti}; {e}; {ph}")
    return d

# ---------------- 010 content controls + hyperlink email (delivered as .docx)
def d_sdt(p):
    d = base_doc("Cambria", 10.5)
    t = d.add_paragraph(); wrap_run_sdt(t, "Your Name", p["name"], bold=True)
    t.runs and None
    for r in t._p.iter(qn("w:r")):
        rPr = r.find(qn("w:rPr"))
        if rPr is None: rPr = OxmlElement("w:rPr"); r.insert(0, rPr)
        sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "40"); rPr.append(sz)
    a = d.add_paragraph(); wrap_run_sdt(a, "Address", p["addr"])
    c = d.add_paragraph(); c.add_run("Phone: "); wrap_run_sdt(c, "Phone", p["phone_disp"]); c.add_run("   Email: ")
    add_hyperlink(c, "mailto:" + p["email"], p["email"])
    b = d.add_paragraph(); wrap_run_sdt(b, "Date of Birth", p["born"])
    heading(d, "Objective"); x = d.add_paragraph("Seeking a categorical General Surgery residency position."); wrap_sdt(x, "Objective", "objective")
    heading(d, "Education"); x = tabbed(d, p["school_line"], p["school_dates"], bold=True); wrap_sdt(x, "School", "edu1")
    heading(d, "USMLE")
    x = d.add_paragraph(f"Step 1: {p['s1_disp']}  |  Step 2 CK: {p['s2_disp']}  |  {p['ecfmg_disp']}"); wrap_sdt(x, "Exams", "exams")
    heading(d, "Clinical Experience")
    for u in p["usce"]:
        x = tabbed(d, f"{u['role']}, {u['org']} — {u['city']}", u["disp"], bold=True); wrap_sdt(x, "Experience", "exp")
        d.add_paragraph("Scrubbed in on laparoscopic cholecystectomies, hernia repairs and trauma laparotomies; managed post-op floor patients.", style="List Bullet")
    for r_, o, pl, dt in p["nonus"]:
        x = tabbed(d, f"{r_}, {o} — {pl}", dt, bold=True); wrap_sdt(x, "Experience", "exp")
    heading(d, "Publications")
    for y in p["pubs"]:
        wrap_sdt(d.add_paragraph(y, style="List Number"), "Publication", "pub")
    for y in p["posters"]:
        d.add_paragraph(y)
    heading(d, "Languages"); d.add_paragraph("Arabic (native), English (fluent), French (intermediate)")
    heading(d, "References")
    for n, ti, e, ph in p["refs"]:
        q = d.add_paragraph(f"{n}, {ti} — {ph} — "); add_hyperlink(q, "mailto:" + e, e)
    return d

# ---------------- 011 table-based layout with content controls + hyperlink
def d_sdt_table(p):
    d = base_doc("Arial", 10)
    tb = d.add_table(rows=1, cols=2); tb.autofit = False
    l, r = tb.rows[0].cells
    l.width = Inches(2.3); r.width = Inches(4.6)
    lp = l.paragraphs[0]; lp.add_run("CONTACT").bold = True
    q = l.add_paragraph(); wrap_run_sdt(q, "Phone", p["phone_disp"])
    q = l.add_paragraph(); add_hyperlink(q, "mailto:" + p["email"], p["email"])
    q = l.add_paragraph(); wrap_run_sdt(q, "Address", p["addr"])
    l.add_paragraph(p["born"])
    l.add_paragraph().add_run("LANGUAGES").bold = True
    for x in lang_names(p): l.add_paragraph(x)
    l.add_paragraph().add_run("EXAMS").bold = True
    for x in [f"Step 1: {p['s1_disp']}", f"Step 2 CK: {p['s2_disp']}", f"ECFMG: {p['ecfmg_disp']}", f"Visa: {p['visa_disp']}"] + p["posters"][:2]:
        l.add_paragraph(x)
    rp = r.paragraphs[0]; wrap_run_sdt(rp, "Name", p["name"], bold=True)
    r.add_paragraph("Physician • Applicant, Psychiatry Residency")
    r.add_paragraph().add_run("EDUCATION").bold = True
    r.add_paragraph(f"{p['school_line']} ({p['school_dates']})")
    r.add_paragraph().add_run("U.S. CLINICAL EXPERIENCE").bold = True
    for u in p["usce"]:
        r.add_paragraph(f"{u['disp']} — {u['role']}, {u['org']}, {u['city']}")
    r.add_paragraph().add_run("PHILIPPINES").bold = True
    for r_, o, pl, dt in p["nonus"]:
        r.add_paragraph(f"{dt} — {r_}, {o}, {pl}")
    r.add_paragraph().add_run("PUBLICATION").bold = True
    for x in p["pubs"]: r.add_paragraph(x)
    r.add_paragraph().add_run("REFERENCES").bold = True
    for n, ti, e, ph in p["refs"]:
        q = r.add_paragraph(f"{n}, {ti}, {ph}, "); add_hyperlink(q, "mailto:" + e, e)
    return d

# ---------------- 012/013 generic chronological doc (converted to odt / rtf)
def d_generic(p, objective, langs_line):
    d = base_doc("Liberation Sans", 10.5)
    t = d.add_paragraph(); r = t.add_run(p["name"].upper()); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"{p['addr']} | {p['phone_disp']} | {p['email']}" + (f" | {p['born']}" if p["born"] else ""))
    heading(d, "Objective"); d.add_paragraph(objective)
    heading(d, "Education"); tabbed(d, p["school_line"], p["school_dates"], bold=True)
    heading(d, "Exams & Status")
    for s in [f"USMLE Step 1: {p['s1_disp']}", f"USMLE Step 2 CK: {p['s2_disp']}", f"ECFMG: {p['ecfmg_disp']}", f"Visa: {p['visa_disp']}"] + p["posters"]:
        d.add_paragraph(s, style="List Bullet")
    heading(d, "US Clinical Experience")
    for i, u in enumerate(p["usce"], 1):
        tabbed(d, f"{i}. {u['role']} — {u['org']}, {u['city']}", u["disp"])
    heading(d, "Other Clinical Experience")
    for r_, o, pl, dt in p["nonus"]:
        tabbed(d, f"{r_} — {o}, {pl}", dt)
    heading(d, "Publications"); d.add_paragraph("None to date." if not p["pubs"] else "")
    heading(d, "Languages"); d.add_paragraph(langs_line)
    heading(d, "References")
    for n, ti, e, ph in p["refs"]:
        d.add_paragraph(f"{n} — {ti}\n{e} | {ph}")
    return d

# ---------------- 016 table layout -> PDF
def d_table_layout(p):
    d = base_doc("Liberation Sans", 10)
    tb = d.add_table(rows=2, cols=2); tb.style = "Table Grid"
    a = tb.cell(0, 0).merge(tb.cell(0, 1))
    a.paragraphs[0].add_run(p["name"]).bold = True
    a.paragraphs[0].runs[0].font.size = Pt(20)
    a.add_paragraph("MD Candidate — Internal Medicine applicant")
    tb.cell(1, 0).paragraphs[0].text = f"{p['addr']}\n{p['phone_disp']}"
    tb.cell(1, 1).paragraphs[0].text = f"{p['email']}\n{p['visa_disp']}"
    heading(d, "Education"); tabbed(d, p["school_line"], p["school_dates"]); tabbed(d, "B.S. Biochemistry, Wayne State University, Detroit, MI", "2018 – 2022")
    heading(d, "Board Examinations")
    d.add_paragraph(f"USMLE Step 1: {p['s1_disp']};  Step 2 CK: {p['s2_disp']}")
    heading(d, "Clinical Clerkships (United States)")
    t2 = d.add_table(rows=1, cols=4); t2.style = "Table Grid"
    for i, h in enumerate(["Clerkship", "Hospital", "City, State", "Dates"]):
        t2.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for u in p["usce"]:
        row = t2.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = u["role"], u["org"], u["city"], u["disp"]
    heading(d, "Research"); 
    for x in p["posters"]: d.add_paragraph(x, style="List Bullet")
    heading(d, "Languages"); d.add_paragraph("English (native), Urdu (fluent), Arabic (reading – Quranic)")
    heading(d, "References")
    for n, ti, e, ph in p["refs"]: d.add_paragraph(f"{n}, {ti} | {e} | {ph}")
    return d

def txt_cv(p):
    L = []
    L.append(p["name"].upper()); L.append("=" * len(p["name"]))
    L.append(f"{p['addr']}"); L.append(f"Mobile/WhatsApp: {p['phone_disp']}"); L.append(f"E-mail: {p['email']}"); L.append(p["born"]); L.append("")
    L.append("OBJECTIVE"); L.append("  Anesthesiology residency, United States (2027 Match)."); L.append("")
    L.append("EDUCATION"); L.append(f"  {p['school_dates']}   {p['school_line']}"); L.append("")
    L.append("USMLE / ECFMG"); L.append(f"  Step 1 .......... {p['s1_disp']}"); L.append(f"  Step 2 CK ....... {p['s2_disp']}")
    L.append(f"  ECFMG ........... {p['ecfmg_disp']}"); L.append(f"  Visa ............ {p['visa_disp']}"); L.append("")
    L.append("US EXPERIENCE")
    for u in p["usce"]:
        L.append(f"  {u['disp']:<22} {u['role']}"); L.append(f"  {'':<22} {u['org']}, {u['city']}")
    L.append(""); L.append("EXPERIENCE IN JORDAN")
    for r_, o, pl, dt in p["nonus"]:
        L.append(f"  {dt:<22} {r_}, {o}, {pl}")
    L.append(""); L.append("PUBLICATIONS (peer reviewed)")
    for i, x in enumerate(p["pubs"], 1): L.append(f"  [{i}] {x}")
    L.append(""); L.append("ABSTRACTS")
    for x in p["posters"]: L.append(f"  - {x}")
    L.append(""); L.append("LANGUAGES"); L.append("  Arabic (mother tongue), English (fluent)")
    L.append(""); L.append("REFERENCES")
    for n, ti, e, ph in p["refs"]: L.append(f"  {n}, {ti}. {e}, {ph}")
    return "\r\n".join(L) + "\r\n"

if __name__ == "__main__":
    out = sys.argv[1]; tmp = "/tmp/w17_docx"; os.makedirs(tmp, exist_ok=True)
    def fn(k, ext): return f"w17_{k}_{P[k]['layout']}.{ext}"
    # converted to PDF
    for k, f in (("008", d_numbered), ("009", d_footer), ("016", d_table_layout)):
        src = os.path.join(tmp, fn(k, "docx")); f(P[k]).save(src); soffice(src, "pdf", out); print("pdf", k)
    # native docx
    d_sdt(P["010"]).save(os.path.join(out, fn("010", "docx")))
    d_sdt_table(P["011"]).save(os.path.join(out, fn("011", "docx")))
    # odt / rtf through LibreOffice
    src = os.path.join(tmp, fn("012", "docx"))
    d_generic(P["012"], "Emergency Medicine residency; particular interest in toxicology and rural EM.", "Español (nativo), English (fluent – TOEFL 110)").save(src)
    soffice(src, "odt", out)
    src = os.path.join(tmp, fn("013", "docx"))
    d_generic(P["013"], "Seeking Pediatrics residency in the United States.", "English (native), Malayalam (fluent), French (conversational)").save(src)
    soffice(src, "rtf", out)
    open(os.path.join(out, fn("014", "txt")), "w", encoding="utf-8", newline="").write(txt_cv(P["014"]))
    print("done")
