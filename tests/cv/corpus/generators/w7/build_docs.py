# -*- coding: utf-8 -*-
"""Build the 20 text CVs of writer w7.  Run: /work/main/.venv/bin/python build_docs.py"""
import html, json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from profiles import P, usce_truth

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
WORK = os.path.join(ROOT, "build_tmp")
os.makedirs(FILES, exist_ok=True); os.makedirs(WORK, exist_ok=True)

# file number -> (profile, ext)
PLAN = {1: (1, "docx"), 2: (2, "docx"), 3: (3, "pdf"), 4: (4, "pdf"),
        5: (5, "pdf"), 6: (6, "pdf"), 7: (7, "pdf"), 8: (8, "pdf"),
        9: (9, "pdf"), 10: (10, "pdf"), 11: (11, "pdf"),
        12: (12, "pdf"), 13: (13, "pdf"), 14: (14, "pdf"),
        15: (15, "txt"), 16: (16, "txt"), 17: (17, "txt"),
        18: (18, "pdf"), 19: (19, "pdf"), 20: (20, "pdf")}


def fname(n):
    p = P[PLAN[n][0]]
    return "w7_%03d_%s.%s" % (n, p["layout"], PLAN[n][1])

# ------------------------------------------------------------------ DOCX (python-docx)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def set_cols(section, n):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "708")


def bottom_border(par):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "1F3864")):
        b.set(qn("w:" + k), v)
    bdr.append(b); pPr.append(bdr)


def docx_cv(p, out, variant):
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    width = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]; st.font.name = "Calibri" if variant % 2 else "Cambria"; st.font.size = Pt(10.5)

    def heading(t):
        h = d.add_paragraph(); r = h.add_run(t.upper()); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64); bottom_border(h)
        h.paragraph_format.space_before = Pt(10); h.paragraph_format.space_after = Pt(3)

    def dated(left, right, sub=None):
        para = d.add_paragraph(); para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        para.paragraph_format.space_after = Pt(0)
        r = para.add_run(left); r.bold = True
        para.add_run("\t" + right).italic = True
        if sub:
            s = d.add_paragraph(sub); s.paragraph_format.space_after = Pt(2)

    # name in small caps
    np_ = d.add_paragraph(); np_.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = np_.add_run(p["name"]); r.font.small_caps = True; r.font.size = Pt(22); r.bold = True
    if p.get("suffix"):
        r2 = np_.add_run(", " + p["suffix"]); r2.font.size = Pt(14)
    if variant in (1, 3):
        # contacts only in the page header
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.add_run("  |  ".join(p["contact"])).font.size = Pt(8.5)
    else:
        t = d.add_table(rows=1, cols=len(p["contact"]))
        for i, c in enumerate(p["contact"]):
            cell = t.rows[0].cells[i]; cell.text = c
            for pp in cell.paragraphs:
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for rr in pp.runs: rr.font.size = Pt(9)

    heading("Career Objective" if variant != 2 else "Profile")
    d.add_paragraph(p["objective"])

    heading("Education")
    for e in p["education"]:
        dated(e["deg"], e["dates"], "%s, %s" % (e["school"], e["loc"]))

    heading("Examinations & Certification")
    for x in p["exams"]:
        d.add_paragraph(x, style="List Bullet")

    heading("Clinical Experience")
    for x in p["experience"]:
        dated(x["role"], x["dates"], "%s — %s" % (x["org"], x["loc"]))
        if x["desc"]:
            d.add_paragraph(x["desc"], style="List Bullet 2")

    if p["publications"] is not None:
        heading("Publications")
        if p["publications"]:
            for x in p["publications"]:
                d.add_paragraph(x, style="List Number")
        else:
            d.add_paragraph("None to date.")
    if p["posters"]:
        heading("Posters & Presentations")
        for x in p["posters"]:
            d.add_paragraph(x, style="List Bullet")

    # two-column continuous section for languages + skills
    ns = d.add_section(WD_SECTION.CONTINUOUS); set_cols(ns, 2)
    heading("Languages")
    for l in p["languages"].split(", "):
        d.add_paragraph(l, style="List Bullet")
    heading("Skills")
    for s_ in ["BLS / ACLS certified", "Epic & Cerner EMR", "Point-of-care ultrasound", "SPSS, R"]:
        d.add_paragraph(s_, style="List Bullet")
    ns2 = d.add_section(WD_SECTION.CONTINUOUS); set_cols(ns2, 1)
    if p["referees"]:
        heading("References")
        for x in p["referees"]:
            d.add_paragraph(x)
    d.save(out)


def soffice_pdf(docx_path, out_pdf):
    tmpd = tempfile.mkdtemp(dir=WORK)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpd, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpd, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)

# ------------------------------------------------------------------ HTML via Chromium
E_ = html.escape


def chromium_pdf(html_text, out_pdf):
    hp = os.path.join(WORK, os.path.basename(out_pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out_pdf, "file://" + hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


ICONS = ["&#9742;", "&#9993;", "&#8962;", "&#128279;"]


def canva_html(p, accent):
    c = p["contact"]
    contact = "".join('<div class="ci"><span class="ic">%s</span>%s</div>' % (ICONS[i], E_(x)) for i, x in enumerate(c))
    native = '<div class="native">%s</div>' % E_(p["native"]) if p.get("native") else ""
    tl = "".join('<div class="ev"><div class="dot"></div><div class="when">%s</div><div class="what"><b>%s</b><br>%s · %s<br><i>%s</i></div></div>'
                 % (E_(x["dates"]), E_(x["role"]), E_(x["org"]), E_(x["loc"]), E_(x["desc"])) for x in p["experience"])
    edu = "".join('<div class="ev"><div class="dot"></div><div class="when">%s</div><div class="what"><b>%s</b><br>%s, %s</div></div>'
                  % (E_(e["dates"]), E_(e["deg"]), E_(e["school"]), E_(e["loc"])) for e in p["education"])
    exams = "".join("<li>%s</li>" % E_(x) for x in p["exams"])
    langs = "".join("<li>%s</li>" % E_(x) for x in p["languages"].split(", "))
    pubs = ""
    if p["publications"] is not None:
        items = "".join("<li>%s</li>" % E_(x) for x in p["publications"]) or "<li>No peer-reviewed publications yet.</li>"
        pubs = "<h2>Publications</h2><ol>%s</ol>" % items
    post = ("<h2>Posters</h2><ul>%s</ul>" % "".join("<li>%s</li>" % E_(x) for x in p["posters"])) if p["posters"] else ""
    refs = ("<h3>References</h3>" + "".join("<p class='ref'>%s</p>" % E_(x) for x in p["referees"])) if p["referees"] else ""
    suffix = '<div class="suf">%s</div>' % E_(p["suffix"]) if p.get("suffix") else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color:#222 }}
.wrap {{ display:flex; min-height: 297mm }}
.band {{ width: 75mm; background: {accent}; color: #fff; padding: 16mm 5mm 10mm 7mm; box-sizing: border-box }}
.first {{ font-size: 25pt; font-weight: 300; line-height: 1.05 }}
.last {{ font-size: 25pt; font-weight: 800; line-height: 1.05; text-transform: uppercase; margin-bottom: 4mm }}
.native {{ font-size: 14pt; margin-bottom: 3mm; font-family: 'Noto Naskh Arabic','Noto Sans Devanagari','Noto Sans' }}
.suf {{ font-size: 11pt; letter-spacing: 2px; opacity:.85; margin-bottom: 8mm }}
.ci {{ margin: 2.5mm 0; font-size: 8.2pt; white-space: nowrap }}
.ic {{ display:inline-block; width: 6mm; height: 6mm; border-radius: 50%; background: rgba(255,255,255,.25); text-align:center; line-height:6mm; margin-right: 2mm }}
.band h3 {{ border-bottom: 1px solid rgba(255,255,255,.6); font-size: 10pt; letter-spacing: 2px; margin-top: 9mm }}
.band ul {{ padding-left: 4mm }}
.main {{ flex:1; padding: 16mm 12mm 10mm 10mm }}
h2 {{ color: {accent}; font-size: 12pt; letter-spacing: 2px; text-transform: uppercase; margin: 6mm 0 3mm }}
.tl {{ border-left: 2px solid {accent}; margin-left: 2mm; padding-left: 5mm }}
.ev {{ position: relative; margin-bottom: 4mm }}
.dot {{ position:absolute; left: -7.3mm; top: 1mm; width: 3mm; height: 3mm; border-radius:50%; background:{accent} }}
.when {{ font-size: 8.5pt; color: {accent}; font-weight: 700 }}
.ref {{ font-size: 8pt }}
</style></head><body><div class="wrap">
<div class="band"><div class="first">{E_(p['first'])}</div><div class="last">{E_(p['last'])}</div>{native}{suffix}
<h3>CONTACT</h3>{contact}<h3>LANGUAGES</h3><ul>{langs}</ul><h3>EXAMS</h3><ul>{exams}</ul>{refs}</div>
<div class="main"><h2>About me</h2><p>{E_(p['objective'])}</p>
<h2>Experience</h2><div class="tl">{tl}</div><h2>Education</h2><div class="tl">{edu}</div>{pubs}{post}</div>
</div></body></html>"""


def carib_html(p, accent):
    s = p["school_line"]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (E_(c[1]), E_(c[2]), E_(c[0]), E_(c[3])) for c in p["clerkships"])
    exams = "".join("<li>%s</li>" % E_(x) for x in p["exams"])
    edu = "".join("<p><b>%s</b>, %s, %s <span class='r'>%s</span></p>" % (E_(e["deg"]), E_(e["school"]), E_(e["loc"]), E_(e["dates"])) for e in p["education"])
    exp = "".join("<p><b>%s</b> — %s, %s <span class='r'>%s</span><br><span class='d'>%s</span></p>" % (E_(x["role"]), E_(x["org"]), E_(x["loc"]), E_(x["dates"]), E_(x["desc"])) for x in p["experience"])
    pubs = ""
    if p["publications"] is not None:
        pubs = "<h2>Publications</h2><ol>%s</ol>" % ("".join("<li>%s</li>" % E_(x) for x in p["publications"]) or "<li>None (posters only)</li>")
    post = ("<h2>Presentations</h2><ul>%s</ul>" % "".join("<li>%s</li>" % E_(x) for x in p["posters"])) if p["posters"] else ""
    refs = ("<h2>References</h2>" + "".join("<p>%s</p>" % E_(x) for x in p["referees"])) if p["referees"] else ""
    nm = E_(p["name"]) + (", " + E_(p["suffix"]) if p["suffix"] else "")
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 14mm 16mm }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111 }}
h1 {{ text-align:center; font-size: 20pt; margin: 0; color: {accent} }}
.contact {{ text-align:center; font-size: 9pt; margin: 2mm 0 4mm }}
h2 {{ font-size: 11pt; color: {accent}; border-bottom: 1.5px solid {accent}; margin: 5mm 0 2mm; text-transform: uppercase }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt }}
th {{ background: {accent}; color: #fff; text-align: left; padding: 3px 5px }}
td {{ border-bottom: 1px solid #ccc; padding: 3px 5px }}
.r {{ float: right; font-style: italic }}
.d {{ color:#444; font-size: 9pt }}
p {{ margin: 1.5mm 0 }}
</style></head><body>
<h1>{nm}</h1><div class="contact">{' &nbsp;•&nbsp; '.join(E_(c) for c in p['contact'])}</div>
<h2>Summary</h2><p>{E_(p['objective'])}</p>
<h2>Medical Education</h2><p><b>{E_(s[0])}</b>, {E_(s[1])}, {E_(s[2])} <span class="r">{E_(s[3])}</span></p>
<h2>Undergraduate Education</h2>{edu}
<h2>USMLE / Licensing</h2><ul>{exams}</ul>
<h2>Core &amp; Elective Clerkships</h2>
<table><tr><th>Hospital</th><th>City / State</th><th>Specialty</th><th>Dates</th></tr>{rows}</table>
{('<h2>Other Experience</h2>' + exp) if exp else ''}{pubs}{post}
<h2>Languages</h2><p>{E_(p['languages'])}</p>{refs}
</body></html>"""


def british_html(p, accent):
    native = ' <span style="font-family:Noto Naskh Arabic;font-weight:normal">(%s)</span>' % E_(p["native"]) if p.get("native") else ""
    sec = lambda t: '<h2>%s</h2>' % t
    edu = "".join("<tr><td class='dt'>%s</td><td><b>%s</b><br>%s, %s</td></tr>" % (E_(e["dates"]), E_(e["deg"]), E_(e["school"]), E_(e["loc"])) for e in p["education"])
    exp = "".join("<tr><td class='dt'>%s</td><td><b>%s</b><br>%s, %s%s</td></tr>" % (E_(x["dates"]), E_(x["role"]), E_(x["org"]), E_(x["loc"]),
                  ("<br><i>%s</i>" % E_(x["desc"])) if x["desc"] else "") for x in p["experience"])
    exams = "".join("<li>%s</li>" % E_(x) for x in p["exams"])
    pubs = ""
    if p["publications"] is not None:
        pubs = sec("Peer-reviewed publications") + "<ol>%s</ol>" % "".join("<li>%s</li>" % E_(x) for x in p["publications"])
    post = (sec("Presentations") + "<ul>%s</ul>" % "".join("<li>%s</li>" % E_(x) for x in p["posters"])) if p["posters"] else ""
    refs = (sec("Referees") + "".join("<p>%s</p>" % E_(x) for x in p["referees"])) if p["referees"] else sec("Referees") + "<p>Available on request.</p>"
    dob = "<p>%s</p>" % E_(p["dob"]) if p.get("dob") else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 18mm 20mm }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt }}
h1 {{ font-size: 19pt; margin:0 }}
.sub {{ color:#555 }}
h2 {{ font-variant: small-caps; font-size: 13pt; color:{accent}; border-bottom: 1px solid #999; margin: 5mm 0 2mm }}
table {{ border-collapse: collapse; width:100% }} td {{ vertical-align: top; padding: 2px 4px }}
.dt {{ width: 46mm; white-space: nowrap; color:#333 }}
</style></head><body>
<h1>{E_(p['name'])}{native} <span class="sub" style="font-size:12pt">{E_(p['suffix'])}</span></h1>
<p>{' · '.join(E_(c) for c in p['contact'])}</p>{dob}
{sec('Personal statement')}<p>{E_(p['objective'])}</p>
{sec('Education')}<table>{edu}</table>
{sec('Examinations')}<ul>{exams}</ul>
{sec('Employment history and clinical experience')}<table>{exp}</table>
{pubs}{post}
{sec('Languages')}<p>{E_(p['languages'])}</p>
{refs}
</body></html>"""

# ------------------------------------------------------------------ fpdf2 academic
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/liberation/"


def academic_pdf(p, out):
    pdf = FPDF(format="Letter"); pdf.set_margins(22, 20, 22); pdf.set_auto_page_break(True, 20)
    pdf.add_font("LS", "", FD + "LiberationSerif-Regular.ttf"); pdf.add_font("LS", "B", FD + "LiberationSerif-Bold.ttf")
    pdf.add_font("LS", "I", FD + "LiberationSerif-Italic.ttf")
    nm = p["name"]
    pdf.set_title("Curriculum Vitae - " + nm); pdf.set_author(nm)
    pdf.set_creator("LaTeX with hyperref"); pdf.set_producer("pdfTeX-1.40.25")

    def footer_fn():
        pdf.set_y(-14); pdf.set_font("LS", "I", 8); pdf.cell(0, 5, "%s — Curriculum Vitae — page %d" % (nm, pdf.page_no()), align="C")
    pdf.footer = footer_fn
    pdf.add_page()
    pdf.set_font("LS", "B", 20); title = ((p["prefix"] + " ") if p.get("prefix") else "") + nm + (", " + p["suffix"] if p["suffix"] else "")
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    if p.get("native"):
        pdf.set_font("LS", "", 13); pdf.cell(0, 7, p["native"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10); pdf.cell(0, 5, "  \u2022  ".join(p["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def sect(t):
        pdf.ln(4); pdf.set_font("LS", "B", 12.5); pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y()); pdf.ln(1.5)

    def entry(left, right, sub=None, desc=None):
        pdf.set_font("LS", "B", 10.5); pdf.cell(W - 45, 5.2, left)
        pdf.set_font("LS", "", 10.5); pdf.cell(45, 5.2, right, align="R", new_x="LMARGIN", new_y="NEXT")
        if sub:
            pdf.set_font("LS", "I", 10.5); pdf.multi_cell(W, 5, sub, new_x="LMARGIN", new_y="NEXT")
        if desc:
            pdf.set_font("LS", "", 10); pdf.set_x(pdf.l_margin + 5); pdf.multi_cell(W - 5, 5, "\u2013 " + desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    sect("Research Interests and Career Goals"); pdf.set_font("LS", "", 10.5); pdf.multi_cell(W, 5.2, p["objective"], new_x="LMARGIN", new_y="NEXT")
    sect("Education")
    for e in p["education"]:
        entry(e["deg"], e["dates"], e["school"] + ", " + e["loc"])
    sect("Licensure and Examinations")
    pdf.set_font("LS", "", 10.5)
    for x in p["exams"]:
        pdf.cell(5, 5.2, "\u2022"); pdf.cell(0, 5.2, x, new_x="LMARGIN", new_y="NEXT")
    sect("Research and Clinical Appointments")
    for x in p["experience"]:
        entry(x["role"], x["dates"], x["org"] + ", " + x["loc"], x["desc"] or None)
    sect("Peer-Reviewed Publications")
    pdf.set_font("LS", "", 10)
    for i, x in enumerate(p["publications"], 1):
        pdf.cell(7, 5, "[%d]" % i); pdf.multi_cell(W - 7, 5, x, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    if p["posters"]:
        sect("Abstracts and Posters (not peer-reviewed)")
        for x in p["posters"]:
            pdf.cell(5, 5, "\u2022"); pdf.multi_cell(W - 5, 5, x, new_x="LMARGIN", new_y="NEXT")
    sect("Languages"); pdf.set_font("LS", "", 10.5); pdf.multi_cell(W, 5.2, p["languages"], new_x="LMARGIN", new_y="NEXT")
    if p["referees"]:
        sect("References")
        for x in p["referees"]:
            pdf.multi_cell(W, 5.2, x, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.output(out)

# ------------------------------------------------------------------ plain text


def txt_cv(p, out, variant):
    L = []
    nm = p["name"] + (", " + p["suffix"] if p["suffix"] else "")
    if variant == 0:
        L += [nm.upper(), "=" * len(nm)] + p["contact"] + ([p["dob"]] if p["dob"] else []) + [""]
        H = lambda t: L.extend(["", t.upper(), "-" * len(t)])
    elif variant == 1:
        L += ["CURRICULUM VITAE", "", "Name:    " + nm, "Address: " + p["contact"][0], "Mobile:  " + p["contact"][1], "Email:   " + p["contact"][2]]
        if p["dob"]: L.append(p["dob"])
        H = lambda t: L.extend(["", "*** " + t + " ***"])
    else:
        L += [nm, " | ".join(p["contact"]), ""]
        H = lambda t: L.extend(["", "## " + t])
    H("Objective"); L.append(p["objective"])
    H("Education")
    for e in p["education"]:
        L.append("%s  %s, %s (%s)" % (e["dates"], e["deg"], e["school"], e["loc"]) if variant == 1 else "- %s, %s, %s -- %s" % (e["deg"], e["school"], e["loc"], e["dates"]))
    H("Exams")
    for x in p["exams"]:
        L.append("  * " + x)
    H("Experience")
    for x in p["experience"]:
        L.append("%s | %s | %s | %s" % (x["dates"], x["role"], x["org"], x["loc"]))
        if x["desc"]:
            L.append("    " + x["desc"])
    if p["publications"] is not None:
        H("Publications")
        if p["publications"]:
            for i, x in enumerate(p["publications"], 1):
                L.append("%d. %s" % (i, x))
        else:
            L.append("None yet (see posters).")
    if p["posters"]:
        H("Posters")
        for x in p["posters"]:
            L.append("  - " + x)
    H("Languages"); L.append(p["languages"])
    if p["referees"]:
        H("References")
        L += p["referees"]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")


def main():
    only = set(int(a) for a in sys.argv[1:])
    truth = []
    accents = ["#2E5E4E", "#6B2D5C", "#1D4E89", "#B5523B"]
    for n in sorted(PLAN):
        pid, ext = PLAN[n]; p = P[pid]; out = os.path.join(FILES, fname(n))
        if not only or n in only:
            lay = p["layout"]
            if lay == "docx_word":
                docx_cv(p, out, n)
            elif lay == "docx_word_lo_pdf":
                dx = os.path.join(WORK, "w7_%03d.docx" % n); docx_cv(p, dx, n); soffice_pdf(dx, out)
            elif lay == "chromium_canva":
                chromium_pdf(canva_html(p, accents[n % 4]), out)
            elif lay == "chromium_caribbean":
                chromium_pdf(carib_html(p, accents[(n + 1) % 4]), out)
            elif lay == "chromium_british":
                chromium_pdf(british_html(p, accents[n % 4]), out)
            elif lay == "fpdf_academic":
                academic_pdf(p, out)
            elif lay == "plain_txt":
                txt_cv(p, out, n % 3)
            print("built", out)
        t = dict(file=fname(n), layout=p["layout"]); t.update(p["truth"]); t.update(usce_truth(p))
        truth.append(t)
    with open(os.path.join(WORK, "truth_docs.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
