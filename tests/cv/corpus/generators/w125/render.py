#!/usr/bin/env python3
"""Render the w125 CVs through several toolchains. Usage: render.py OUTDIR"""
import html, os, subprocess, sys, shutil, tempfile, random
from people import P, LAYOUT, fname

OUT = sys.argv[1] if len(sys.argv) > 1 else "files"
TMP = tempfile.mkdtemp(prefix="w125_")
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
E = html.escape


def out(n):
    return os.path.join(OUT, fname(n))


def soffice(src, fmt="pdf"):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, capture_output=True, timeout=180)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


def chromium(html_text, pdf_path):
    h = os.path.join(TMP, os.path.basename(pdf_path) + ".html")
    open(h, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + h], check=True, capture_output=True, timeout=120)


def one(s):
    return s.replace("\n", " ")


# ---------------------------------------------------------------- 001 python-docx table -> soffice PDF
def r001(n):
    from docx import Document
    from docx.shared import Pt
    p = P[n]
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"; d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(f"{p['name']}, {p['suffix']}", 0)
    d.add_paragraph(f"{p['address']}  |  {p['phone']}  |  {p['email']}  |  {p['born']}")
    d.add_heading("Career Objective", 1); d.add_paragraph(p["objective"])
    d.add_heading("Education", 1)
    d.add_paragraph(f"{p['degree']} — {p['school']}, {p['school_city']}. {p['grad']}")
    d.add_heading("Examinations & Certification", 1)
    for x in p["exams"]: d.add_paragraph(x, style="List Bullet")
    d.add_paragraph(f"Visa: {p['visa_disp']}")
    d.add_heading("US Clinical Experience", 1)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Dates", "Institution", "City, State", "Type"]): c.text = h
    for e in p["usce"]:
        r = t.add_row().cells
        r[0].text = e.dates; r[1].text = f"{e.inst}\n{e.title}"; r[2].text = e.loc; r[3].text = e.kind
    d.add_heading("Other Clinical & Work Experience", 1)
    for e in p["other"]:
        d.add_paragraph(f"{e.dates}: {e.title}, {e.inst}, {e.loc}", style="List Bullet")
    d.add_heading("Publications", 1)
    for x in p["pubs"]: d.add_paragraph(x, style="List Number")
    d.add_heading("Languages", 1); d.add_paragraph(p["languages_disp"])
    d.add_heading("References", 1)
    for x in p["referees"]: d.add_paragraph(x)
    src = os.path.join(TMP, "cv001.docx"); d.save(src)
    shutil.move(soffice(src), out(n))


# ---------------------------------------------------------------- HTML pieces
def html_page(body, css):
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def r002(n):  # sidebar
    p = P[n]
    side = f"""<h1>{E(p['name'])}</h1><div class=deg>{E(p['suffix'])}</div>
    <h3>Contact</h3><p>{E(p['email'])}<br>{E(p['phone'])}<br>{E(p['address'])}</p>
    <h3>Exams</h3><ul>{''.join('<li>'+E(x)+'</li>' for x in p['exams'])}</ul>
    <h3>Visa</h3><p>{E(p['visa_disp'])}</p>
    <h3>Idiomas / Languages</h3><p>{E(p['languages_disp'])}</p>"""
    main = f"<h2>Profile</h2><p>{E(p['objective'])}</p>"
    main += f"<h2>Education</h2><p><b>{E(p['degree'])}</b>, {E(p['school'])}, {E(p['school_city'])} — {E(p['grad'])}</p>"
    main += "<h2>U.S. Clinical Experience</h2>"
    for e in p["usce"]:
        main += f"<div class=item><div class=t><b>{E(e.title)}</b><span>{E(e.dates)}</span></div><div>{E(e.inst)} · {E(e.loc)}</div></div>"
    main += "<h2>Experience in Colombia &amp; Other Work</h2>"
    for e in p["other"]:
        main += f"<div class=item><div class=t><b>{E(e.title)}</b><span>{E(e.dates)}</span></div><div>{E(e.inst)} · {E(e.loc)}</div></div>"
    main += "<h2>Research</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ul>"
    main += "<h2>References</h2>" + "".join(f"<p>{E(x)}</p>" for x in p["referees"])
    css = """@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans';font-size:10pt;display:grid;grid-template-columns:62mm 1fr;min-height:297mm}
    .side{background:#1f3b57;color:#fff;padding:12mm 6mm} .side h1{font-size:17pt;margin:0} .side h3{border-bottom:1px solid #9bc;margin-top:8mm}
    .side ul{padding-left:4mm} .main{padding:12mm 10mm} h2{color:#1f3b57;border-bottom:2px solid #1f3b57;font-size:12pt}
    .item{margin-bottom:3mm} .t{display:flex;justify-content:space-between} .t span{color:#555;white-space:nowrap;margin-left:4mm}"""
    chromium(html_page(f"<div class=side>{side}</div><div class=main>{main}</div>", css), out(n))


def r003(n):  # dates in left margin grid
    p = P[n]
    def rows(lst):
        return "".join(f"<div class=d>{E(e.dates)}</div><div><b>{E(e.title)}</b><br>{E(e.inst)}, {E(e.loc)}</div>" for e in lst)
    body = f"""<header><h1>{E(p['name'])} <small>{E(p['suffix'])}</small></h1>
    <p>{E(p['email'])} &nbsp;•&nbsp; {E(p['phone'])} &nbsp;•&nbsp; {E(p['address'])} &nbsp;•&nbsp; {E(p['born'])}</p></header>
    <section><h2>Objective</h2><div class=g><div class=d></div><div>{E(p['objective'])}</div></div></section>
    <section><h2>Education</h2><div class=g><div class=d>{E(p['grad'])}</div><div><b>{E(p['degree'])}</b><br>{E(p['school'])}, {E(p['school_city'])}</div></div></section>
    <section><h2>Licensure &amp; Examinations</h2><div class=g><div class=d></div><div>{'<br>'.join(E(x) for x in p['exams'])}<br>Immigration: {E(p['visa_disp'])}</div></div></section>
    <section><h2>United States Clinical Experience</h2><div class=g>{rows(p['usce'])}</div></section>
    <section><h2>Postgraduate Experience (Nigeria / United Kingdom)</h2><div class=g>{rows(p['other'])}</div></section>
    <section><h2>Publications &amp; Presentations</h2><ol>{''.join('<li>'+E(x)+'</li>' for x in p['pubs'])}</ol></section>
    <section><h2>Languages</h2><p>{E(p['languages_disp'])}</p></section>
    <section><h2>Referee</h2><p>{'<br>'.join(E(x) for x in p['referees'])}</p></section>"""
    css = """@page{size:Letter;margin:14mm} body{font-family:'Liberation Serif';font-size:10.5pt} h1{margin:0;font-size:20pt}
    h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #000;margin:5mm 0 2mm}
    .g{display:grid;grid-template-columns:38mm 1fr;row-gap:2mm} .d{color:#333;font-style:italic}"""
    chromium(html_page(body, css), out(n))


def r011(n):  # bullets under hospital headings
    p = P[n]
    groups = {}
    for e in p["usce"]:
        groups.setdefault((e.inst, e.loc), []).append(e)
    us = ""
    for (inst, loc), lst in groups.items():
        us += f"<h3>{E(inst)} — {E(loc)}</h3><ul>" + "".join(f"<li>{E(e.title)} <span class=dt>{E(e.dates)}</span></li>" for e in lst) + "</ul>"
    oth = "".join(f"<h3>{E(e.inst)} — {E(e.loc)}</h3><ul><li>{E(e.title)} <span class=dt>{E(e.dates)}</span></li></ul>" for e in p["other"])
    body = f"""<div class=top><h1>{E(p['name'])}, {E(p['suffix'])}</h1><div>{E(p['address'])}</div>
    <div>Email: {E(p['email'])} | Mobile/WhatsApp: {E(p['phone'])}</div></div>
    <h2>Career Goal</h2><p>{E(p['objective'])}</p>
    <h2>Medical Education</h2><p>{E(p['degree'])}, {E(p['school'])}, {E(p['school_city'])} ({E(p['grad'])})</p>
    <h2>Examinations</h2><p>{' &nbsp;|&nbsp; '.join(E(x) for x in p['exams'])}</p><p>Visa: {E(p['visa_disp'])}</p>
    <h2>Clinical Experience in the USA</h2>{us}
    <h2>Clinical Experience – Sri Lanka &amp; Canada</h2>{oth}
    <h2>Publications</h2><ol>{''.join('<li>'+E(x)+'</li>' for x in p['pubs'])}</ol>
    <h2>Languages</h2><p>{E(p['languages_disp'])}</p>
    <h2>Referees</h2><p>{'<br>'.join(E(x) for x in p['referees'])}</p>"""
    css = """@page{size:A4;margin:16mm 18mm} body{font-family:'Liberation Sans';font-size:10pt;color:#222}
    .top{text-align:center;border-bottom:3px double #444;padding-bottom:3mm} h1{margin:0;font-size:19pt}
    h2{background:#e8eef4;padding:1mm 2mm;font-size:11pt;margin:5mm 0 2mm} h3{font-size:10.5pt;margin:3mm 0 1mm}
    ul{margin:0 0 0 2mm} .dt{color:#555}"""
    chromium(html_page(body, css), out(n))


def r016(n):  # table, narrow date column with wrapped ranges
    p = P[n]
    def tbl(lst):
        return "<table><tr><th>Dates</th><th>Position / Rotation</th><th>Institution</th><th>Location</th></tr>" + "".join(
            f"<tr><td class=d>{E(e.dates).replace(chr(10), '<br>')}</td><td>{E(e.title)}</td><td>{E(e.inst)}</td><td>{E(e.loc)}</td></tr>" for e in lst) + "</table>"
    body = f"""<h1>{E(p['name'].upper())}, {E(p['suffix'])}</h1>
    <table class=c><tr><td>Email</td><td>{E(p['email'])}</td><td>Phone</td><td>{E(p['phone'])}</td></tr>
    <tr><td>Address</td><td>{E(p['address'])}</td><td>Visa</td><td>{E(p['visa_disp'])}</td></tr></table>
    <h2>Objective</h2><p>{E(p['objective'])}</p>
    <h2>Education</h2><p>{E(p['degree'])} — {E(p['school'])}, {E(p['school_city'])}, {E(p['grad'])}</p>
    <h2>Board Examinations</h2><ul>{''.join('<li>'+E(x)+'</li>' for x in p['exams'])}</ul>
    <h2>US Clinical Experience</h2>{tbl(p['usce'])}
    <h2>Other Experience</h2>{tbl(p['other'])}
    <h2>Languages</h2><p>{E(p['languages_disp'])}</p>
    <h2>Reference</h2><p>{'<br>'.join(E(x) for x in p['referees'])}</p>"""
    css = """@page{size:Letter;margin:15mm} body{font-family:'DejaVu Sans';font-size:9.5pt} h1{font-size:18pt;color:#8b0000;margin:0 0 2mm}
    h2{font-size:11pt;color:#8b0000;margin:5mm 0 1mm} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:1.5mm;vertical-align:top;text-align:left}
    td.d{width:24mm} table.c td{border:none;padding:0.5mm 2mm}"""
    chromium(html_page(body, css), out(n))


# ---------------------------------------------------------------- 004 python-docx: contacts in header, bullets per hospital
def r004(n):
    from docx import Document
    from docx.shared import Pt
    p = P[n]
    d = Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10.5)
    hdr = d.sections[0].header
    hdr.paragraphs[0].text = f"{p['name']} | {p['phone']} | {p['email']}"
    d.add_heading("CURRICULUM VITAE", 0)
    d.add_paragraph(p["address"])
    d.add_heading("Objective", 1); d.add_paragraph(p["objective"])
    d.add_heading("Education", 1); d.add_paragraph(f"{p['degree']}, {p['school']}, {p['school_city']} ({p['grad']})")
    d.add_heading("USMLE / ECFMG", 1)
    for x in p["exams"]: d.add_paragraph(x, style="List Bullet")
    d.add_paragraph(f"Visa status: {p['visa_disp']}")
    d.add_heading("U.S. Clinical Experience", 1)
    groups = {}
    for e in p["usce"]: groups.setdefault((e.inst, e.loc), []).append(e)
    for (inst, loc), lst in groups.items():
        para = d.add_paragraph(); para.add_run(f"{inst}, {loc}").bold = True
        for e in lst: d.add_paragraph(f"{e.title} — {e.dates}", style="List Bullet")
    d.add_heading("Experience in Egypt and Other Work", 1)
    for e in p["other"]: d.add_paragraph(f"{e.title}, {e.inst}, {e.loc} — {e.dates}", style="List Bullet")
    d.add_heading("Publications", 1); d.add_paragraph("None to date.")
    d.add_heading("Languages", 1); d.add_paragraph(p["languages_disp"])
    d.add_heading("Reference", 1)
    for x in p["referees"]: d.add_paragraph(x)
    d.save(out(n))


# ---------------------------------------------------------------- 014 python-docx: contacts in footer table, table of rotations w/ wrapped dates
def r014(n):
    from docx import Document
    from docx.shared import Pt, Cm
    p = P[n]
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    ft = d.sections[0].footer
    t = ft.add_table(rows=1, cols=3, width=Cm(17))
    t.rows[0].cells[0].text = p["email"]; t.rows[0].cells[1].text = p["phone"]; t.rows[0].cells[2].text = p["address"]
    d.add_heading(f"{p['name']}, {p['suffix']}", 0)
    d.add_paragraph(p["objective"])
    d.add_heading("Education", 2); d.add_paragraph(f"{p['school']}, {p['school_city']} — {p['degree']}, {p['grad']}")
    d.add_heading("Examinations", 2)
    for x in p["exams"]: d.add_paragraph(x, style="List Bullet")
    d.add_paragraph(f"Visa: {p['visa_disp']}")
    d.add_heading("Clinical Experience in the United States", 2)
    tb = d.add_table(rows=1, cols=5); tb.style = "Light Grid Accent 1"
    for c, h in zip(tb.rows[0].cells, ["Period", "Rotation", "Hospital", "Location", "Type"]): c.text = h
    for e in p["usce"]:
        r = tb.add_row().cells
        r[0].text = e.dates; r[1].text = e.title; r[2].text = e.inst; r[3].text = e.loc; r[4].text = e.kind
    for row in tb.rows: row.cells[0].width = Cm(2.3)
    d.add_heading("Clinical Experience in Europe", 2)
    for e in p["other"]: d.add_paragraph(f"{one(e.dates)} — {e.title}, {e.inst}, {e.loc}", style="List Bullet")
    d.add_heading("Publications & Presentations", 2)
    for x in p["pubs"]: d.add_paragraph(x, style="List Bullet")
    d.add_heading("Languages", 2); d.add_paragraph(p["languages_disp"])
    d.add_heading("References", 2)
    for x in p["referees"]: d.add_paragraph(x)
    d.save(out(n))


# ---------------------------------------------------------------- 010 prose docx -> soffice PDF
def r010(n):
    from docx import Document
    from docx.shared import Pt
    p = P[n]
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"; d.styles["Normal"].font.size = Pt(11.5)
    d.add_heading(p["name"], 0)
    d.add_paragraph(f"{p['address']} · {p['phone']} · {p['email']}")
    d.add_heading("About me", 1)
    d.add_paragraph(
        "I am a Moroccan physician pursuing residency training in Obstetrics and Gynecology in the United States. "
        "I earned my Doctorat en Médecine (MD) from the Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II, "
        "in 2021, after a seven-year curriculum (2014 – 2021) that ended with my rotating internship at CHU Ibn Rochd, Casablanca. "
        "During medical school I also spent a 3-month elective in maternity care at Hôpital Necker in Paris (2019), and in 2023 I "
        "observed for two weeks at the McGill University Health Centre in Montréal, Canada.")
    d.add_heading("Clinical experience in the United States", 1)
    d.add_paragraph(
        "I completed a 4-week observership in obstetrics and gynecology at Ben Taub Hospital in Houston, TX in June 2024, "
        "where I followed the high-risk antepartum team. Following that, I joined the labor and delivery team at Jackson Memorial "
        "Hospital in Miami, Florida as a hands-on extern from August to October 2024, taking histories, presenting patients and "
        "assisting at vaginal deliveries and cesarean sections under supervision.")
    d.add_paragraph(
        "From November 2024 through April 2025 I worked as a research fellow in maternal-fetal medicine at Northwestern University "
        "in Chicago, studying postpartum hypertension. During my research fellowship I also observed in the gynecologic oncology "
        "clinic at Northwestern Memorial Hospital one day a week in January–February 2025.")
    d.add_paragraph(
        "Alongside my rotations, I supported Spanish- and Arabic-speaking patients as a volunteer medical interpreter at a free "
        "clinic in Miami (2024); this was not a clinical training role.")
    d.add_heading("Examinations", 1)
    d.add_paragraph("I passed USMLE Step 1 on my first attempt and scored 236 on USMLE Step 2 CK. I have been ECFMG certified since 2023, "
                    "and I will travel on my B1/B2 visa for any further rotations.")
    d.add_heading("Research", 1)
    d.add_paragraph("Peer-reviewed publication: " + p["pubs"][0] + " I also presented two posters at SMFM 2025, and one manuscript is under review.")
    d.add_heading("Languages", 1)
    d.add_paragraph("Arabic (native), French (fluent), English (fluent), Spanish (intermediate).")
    src = os.path.join(TMP, "cv010.docx"); d.save(src)
    shutil.move(soffice(src), out(n))


# ---------------------------------------------------------------- 005 fpdf2 one line per rotation, dates at end
def r005(n):
    from fpdf import FPDF
    p = P[n]
    f = FPDF(format="A4"); f.add_page(); f.set_margins(15, 15, 15)
    f.add_font("DV", "", FONT); f.add_font("DV", "B", FONTB)
    f.set_font("DV", "B", 18); f.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT")
    f.set_font("DV", "", 9.5)
    f.cell(0, 5, f"{p['email']}  ·  {p['phone']}  ·  {p['address']}  ·  {p['born']}", new_x="LMARGIN", new_y="NEXT")
    def sec(t):
        f.ln(3); f.set_font("DV", "B", 11.5); f.cell(0, 7, t, border="B", new_x="LMARGIN", new_y="NEXT"); f.set_font("DV", "", 9.5)
    def line(left, right):
        w = f.epw - 38
        f.cell(w, 5.5, left); f.cell(38, 5.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
    sec("Objective"); f.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    sec("Education"); line(f"{p['degree']}, {p['school']}", p["grad"])
    sec("USMLE & ECFMG")
    for x in p["exams"]: f.cell(0, 5, "• " + x, new_x="LMARGIN", new_y="NEXT")
    f.cell(0, 5, "Visa: " + p["visa_disp"], new_x="LMARGIN", new_y="NEXT")
    sec("US Clinical Experience")
    for e in p["usce"]:
        line(f"{e.title}, {e.inst}, {e.loc}", e.dates)
    sec("Clinical Experience – Vietnam")
    for e in p["other"]: line(f"{e.title}, {e.inst}, {e.loc}", e.dates)
    sec("Publications")
    for x in p["pubs"]: f.multi_cell(0, 5, "– " + x, new_x="LMARGIN", new_y="NEXT")
    sec("Languages"); f.cell(0, 5, p["languages_disp"], new_x="LMARGIN", new_y="NEXT")
    f.output(out(n))


# ---------------------------------------------------------------- 013 fpdf2, contacts only in footer
def r013(n):
    from fpdf import FPDF
    p = P[n]
    class PDF(FPDF):
        def footer(self):
            self.set_y(-14); self.set_font("DV", "", 8)
            self.cell(0, 5, f"{p['name']}  |  {p['email']}  |  WhatsApp {p['phone']}  |  {p['address']}  |  page {self.page_no()}", align="C")
    f = PDF(format="Letter"); f.add_font("DV", "", FONT); f.add_font("DV", "B", FONTB)
    f.add_page(); f.set_auto_page_break(True, 20)
    f.set_font("DV", "B", 20); f.cell(0, 11, p["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    f.set_font("DV", "", 10); f.cell(0, 6, "Physician · Internal Medicine · Rheumatology", align="C", new_x="LMARGIN", new_y="NEXT")
    def sec(t):
        f.ln(3); f.set_font("DV", "B", 11); f.set_fill_color(225, 235, 225); f.cell(0, 7, t, fill=True, new_x="LMARGIN", new_y="NEXT"); f.set_font("DV", "", 9.5)
    sec("OBJECTIVE"); f.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    sec("EDUCATION"); f.multi_cell(0, 5, f"{p['degree']} — {p['school']}, {p['school_city']} ({p['grad']})", new_x="LMARGIN", new_y="NEXT")
    sec("EXAMS / CERTIFICATION")
    f.multi_cell(0, 5, "  ·  ".join(p["exams"]) + "  ·  Visa: " + p["visa_disp"], new_x="LMARGIN", new_y="NEXT")
    sec("US CLINICAL EXPERIENCE")
    for e in p["usce"]:
        f.set_font("DV", "B", 9.5); f.cell(40, 5, e.dates); f.cell(0, 5, e.title, new_x="LMARGIN", new_y="NEXT")
        f.set_font("DV", "", 9.5); f.cell(40, 5, ""); f.cell(0, 5, f"{e.inst} — {e.loc}", new_x="LMARGIN", new_y="NEXT")
    sec("MEDICAL TRAINING IN BRAZIL")
    for e in p["other"]:
        f.cell(40, 5, e.dates); f.multi_cell(0, 5, f"{e.title}, {e.inst}, {e.loc}", new_x="LMARGIN", new_y="NEXT")
    sec("PEER-REVIEWED PUBLICATIONS")
    for i, x in enumerate(p["pubs"], 1): f.multi_cell(0, 5, f"{i}. {x}", new_x="LMARGIN", new_y="NEXT")
    sec("LANGUAGES"); f.cell(0, 5, p["languages_disp"], new_x="LMARGIN", new_y="NEXT")
    f.output(out(n))


# ---------------------------------------------------------------- reportlab
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    return (ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12),
            ParagraphStyle("h", parent=ss["Heading2"], fontName="DVB", fontSize=12, spaceBefore=8, spaceAfter=3),
            ParagraphStyle("t", parent=ss["Title"], fontName="DVB", fontSize=19))


def r006(n):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.pagesizes import letter
    from reportlab.lib import colors
    p = P[n]; b, h, t = rl_styles()
    story = [Paragraph(f"{E(p['name'])}, {p['suffix']}", t),
             Paragraph(f"{E(p['address'])} &nbsp; | &nbsp; {E(p['phone'])} &nbsp; | &nbsp; {E(p['email'])}", b),
             Paragraph("Professional Summary", h), Paragraph(E(p["objective"]), b),
             Paragraph("Education", h), Paragraph(f"{E(p['degree'])}, {E(p['school'])}, {E(p['school_city'])} — {E(p['grad'])}", b),
             Paragraph("USMLE / Certification / Status", h)]
    story += [Paragraph("• " + E(x), b) for x in p["exams"]] + [Paragraph("• " + E(p["visa_disp"]), b)]
    story.append(Paragraph("US Clinical Experience", h))
    rows = [[Paragraph("<b>Dates</b>", b), Paragraph("<b>Rotation</b>", b), Paragraph("<b>Institution</b>", b), Paragraph("<b>City, State</b>", b), Paragraph("<b>Type</b>", b)]]
    rows += [[Paragraph(E(e.dates), b), Paragraph(E(e.title), b), Paragraph(E(e.inst), b), Paragraph(E(e.loc), b), Paragraph(E(e.kind), b)] for e in p["usce"]]
    tb = Table(rows, colWidths=[80, 120, 150, 75, 65])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(tb)
    story.append(Paragraph("Work Experience (Bangladesh and USA, non-USCE)", h))
    story += [Paragraph(f"<b>{E(e.dates)}</b> — {E(e.title)}, {E(e.inst)}, {E(e.loc)}", b) for e in p["other"]]
    story.append(Paragraph("Publications & Posters", h)); story += [Paragraph(E(x), b) for x in p["pubs"]]
    story.append(Paragraph("Languages", h)); story.append(Paragraph(E(p["languages_disp"]), b))
    story.append(Paragraph("References", h)); story += [Paragraph(E(x), b) for x in p["referees"]]
    SimpleDocTemplate(out(n), pagesize=letter, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36, title="CV").build(story)


def r012(n):  # stacked: title / hospital / city-state / dates on separate lines
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
    from reportlab.lib.pagesizes import A4
    p = P[n]; b, h, t = rl_styles()
    story = [Paragraph(E(p["name"]), t), Paragraph(f"Medical Student — {E(p['school'])}", b),
             Paragraph(f"{E(p['email'])}<br/>{E(p['phone'])}<br/>{E(p['address'])}", b),
             Paragraph("Objective", h), Paragraph(E(p["objective"]), b),
             Paragraph("Education", h), Paragraph(f"{E(p['degree'])}<br/>{E(p['school'])}, {E(p['school_city'])}<br/>{E(p['grad'])}", b),
             Paragraph("Examinations", h)] + [Paragraph(E(x), b) for x in p["exams"]] + [Paragraph("Visa: " + E(p["visa_disp"]), b)]
    story.append(Paragraph("Clinical Experience — United States", h))
    for e in p["usce"]:
        story.append(KeepTogether([Paragraph(f"<b>{E(e.title)}</b><br/>{E(e.inst)}<br/>{E(e.loc)}<br/><i>{E(e.dates)}</i>", b), Spacer(1, 6)]))
    story.append(Paragraph("Clinical Experience — Ghana &amp; United Kingdom", h))
    for e in p["other"]:
        story.append(Paragraph(f"<b>{E(e.title)}</b><br/>{E(e.inst)}<br/>{E(e.loc)}<br/><i>{E(e.dates)}</i>", b)); story.append(Spacer(1, 6))
    story.append(Paragraph("Publications", h)); story.append(Paragraph("None yet; one case report in preparation.", b))
    story.append(Paragraph("Languages", h)); story.append(Paragraph(E(p["languages_disp"]), b))
    story.append(Paragraph("Referee", h)); story += [Paragraph(E(x), b) for x in p["referees"]]
    SimpleDocTemplate(out(n), pagesize=A4, leftMargin=55, rightMargin=55).build(story)


# ---------------------------------------------------------------- 007 plain text, dates first
def r007(n):
    p = P[n]
    L = [p["name"].upper() + ", " + p["suffix"], p["address"], "Tel: " + p["phone"], "Email: " + p["email"], p["born"], "",
         "OBJECTIVE", "---------", p["objective"], "", "EDUCATION", "---------",
         f"{p['grad']}   {p['degree']}, {p['school']}, {p['school_city']}", "", "USMLE", "-----"] + p["exams"] + \
        ["Visa: " + p["visa_disp"], "", "US CLINICAL EXPERIENCE", "----------------------"]
    for e in p["usce"]:
        L.append(f"{e.dates:<19}{e.title}")
        L.append(f"{'':<19}{e.inst}, {e.loc}")
    L += ["", "CLINICAL EXPERIENCE - PAKISTAN", "------------------------------"]
    for e in p["other"]:
        L.append(f"{e.dates:<19}{e.title}"); L.append(f"{'':<19}{e.inst}, {e.loc}")
    L += ["", "PUBLICATIONS", "------------"] + [f"{i}. {x}" for i, x in enumerate(p["pubs"], 1)]
    L += ["", "LANGUAGES: " + p["languages_disp"], "", "REFERENCES", "----------"] + p["referees"]
    open(out(n), "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 008 RTF stacked
def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) > 127: o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        elif ch == "\n": o.append("\\line ")
        else: o.append(ch)
    return "".join(o)


def r008(n):
    p = P[n]
    par = lambda s, fmt="": "{\\pard " + fmt + " " + rtf_esc(s) + "\\par}\n"
    head = lambda s: "{\\pard\\sb200\\sa60\\b\\fs24 " + rtf_esc(s) + "\\par}\n"
    r = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\fs21\n"
    r += par(p["name"], "\\qc\\b\\fs36")
    r += par(f"{p['address']} • {p['born']}", "\\qc")
    r += par(f"{p['email']} • {p['phone']}", "\\qc")
    r += head("OBJECTIVE") + par(p["objective"])
    r += head("EDUCATION") + par(f"{p['school']}, {p['school_city']}\n{p['grad']}")
    r += head("EXAMINATIONS") + "".join(par(x) for x in p["exams"]) + par("Visa: " + p["visa_disp"])
    r += head("UNITED STATES CLINICAL EXPERIENCE")
    for e in p["usce"]:
        r += "{\\pard\\sa120 {\\b " + rtf_esc(e.title) + "}\\line " + rtf_esc(e.inst) + "\\line " + rtf_esc(e.loc) + "\\line {\\i " + rtf_esc(e.dates) + "}\\par}\n"
    r += head("CLINICAL TRAINING IN UKRAINE AND POLAND")
    for e in p["other"]:
        r += "{\\pard\\sa120 {\\b " + rtf_esc(e.title) + "}\\line " + rtf_esc(e.inst) + "\\line " + rtf_esc(e.loc) + "\\line {\\i " + rtf_esc(e.dates) + "}\\par}\n"
    r += head("PRESENTATIONS") + "".join(par(x) for x in p["pubs"]) + par("Peer-reviewed publications: none yet.")
    r += head("LANGUAGES") + par(p["languages_disp"])
    r += head("REFERENCES") + "".join(par(x) for x in p["referees"])
    r += "}"
    open(out(n), "w", encoding="ascii").write(r)


# ---------------------------------------------------------------- 009 ODT (odfpy)
def r009(n):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P as TP, Span
    p = P[n]
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ttl = Style(name="T", family="paragraph"); ttl.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.automaticstyles.addElement(ttl)
    add = lambda s: doc.text.addElement(TP(text=s))
    doc.text.addElement(TP(stylename=ttl, text=f"{p['name']}, {p['suffix']}"))
    add(f"Chinese name: {p['native']}")
    add(f"{p['address']}  ·  {p['phone']}  ·  {p['email']}")
    def h(s): doc.text.addElement(H(outlinelevel=1, text=s))
    h("Summary"); add(p["objective"])
    h("Education"); add(f"{p['grad']}  {p['degree']}, {p['school']}, {p['school_city']}")
    h("Licensing Examinations"); [add(x) for x in p["exams"]]; add(p["visa_disp"])
    h("Research and Clinical Experience in the United States")
    for e in p["usce"]:
        para = TP(); para.addElement(Span(stylename=bold, text=e.dates + "   ")); para.addText(f"{e.title} — {e.inst}, {e.loc}")
        doc.text.addElement(para)
    h("Clinical Training in China")
    for e in p["other"]: add(f"{e.dates}   {e.title} — {e.inst}, {e.loc}")
    h("Selected Publications")
    for x in p["pubs"]: add(x)
    h("Languages"); add(p["languages_disp"])
    h("References"); [add(x) for x in p["referees"]]
    doc.save(out(n))


# ---------------------------------------------------------------- 015 HTML -> soffice (writer) PDF, with RTL native name
def r015(n):
    p = P[n]
    items = "".join(f"<li><b>{E(e.title)}</b> — {E(e.inst)}, {E(e.loc)} — {E(e.dates)}</li>" for e in p["usce"])
    oth = "".join(f"<li>{E(e.title)} — {E(e.inst)}, {E(e.loc)} — {E(e.dates)}</li>" for e in p["other"])
    body = f"""<h1>{E(p['name'])}, MD</h1><p dir=rtl lang=fa>{E(p['native'])}</p>
    <p>{E(p['born'])} | {E(p['address'])}<br>E-mail: {E(p['email'])} | Mobile: {E(p['phone'])}</p>
    <h2>Goal</h2><p>{E(p['objective'])}</p>
    <h2>Education</h2><p>{E(p['degree'])}, {E(p['school'])}, {E(p['school_city'])} ({E(p['grad'])})</p>
    <h2>USMLE</h2><p>{'; '.join(E(x) for x in p['exams'])}. {E(p['visa_disp'])}.</p>
    <h2>U.S. Clinical and Research Experience</h2><ul>{items}</ul>
    <h2>Experience in Iran and Canada</h2><ul>{oth}</ul>
    <h2>Peer-reviewed Publications (6)</h2><ol>{''.join('<li>'+E(x)+'</li>' for x in p['pubs'])}</ol>
    <h2>Languages</h2><p>{E(p['languages_disp'])}</p>
    <h2>Reference</h2><p>{'<br>'.join(E(x) for x in p['referees'])}</p>"""
    src = os.path.join(TMP, "cv015.html")
    open(src, "w", encoding="utf-8").write(html_page(body, "body{font-family:'DejaVu Sans';font-size:10pt} h2{color:#264;font-size:12pt}"))
    pdf = soffice(src, "pdf:writer_web_pdf_Export")
    shutil.move(pdf, out(n))


# ---------------------------------------------------------------- scans: chromium page -> pdftoppm -> degrade
def generic_html(p, twopage=False):
    def blk(lst):
        return "".join(f"<tr><td class=d>{E(e.dates)}</td><td><b>{E(e.title)}</b><br>{E(e.inst)}, {E(e.loc)}</td></tr>" for e in lst)
    brk = "<div style='page-break-before:always'></div>" if twopage else ""
    body = f"""<h1>{E(p['name'])}, {E(p['suffix'])}</h1><p>{E(p['email'])} | {E(p['phone'])} | {E(p['address'])}</p>
    <h2>Objective</h2><p>{E(p['objective'])}</p>
    <h2>Education</h2><p>{E(p['degree'])}, {E(p['school'])}, {E(p['school_city'])} ({E(p['grad'])})</p>
    <h2>Examinations</h2><p>{'<br>'.join(E(x) for x in p['exams'])}<br>Visa: {E(p['visa_disp'])}</p>
    <h2>US Clinical Experience</h2><table>{blk(p['usce'])}</table>{brk}
    <h2>Other Clinical Experience</h2><table>{blk(p['other'])}</table>
    <h2>Publications</h2><ol>{''.join('<li>'+E(x)+'</li>' for x in p['pubs'])}</ol>{'' if p['pubs'] else '<p>None</p>'}
    <h2>Languages</h2><p>{E(p['languages_disp'])}</p>"""
    css = """@page{size:Letter;margin:16mm} body{font-family:'Liberation Sans';font-size:11pt} h1{font-size:20pt;margin:0}
    h2{font-size:12.5pt;border-bottom:1px solid #000;margin:5mm 0 2mm} td{vertical-align:top;padding:1mm 2mm} td.d{width:40mm}"""
    return html_page(body, css)


def raster(n, twopage=False):
    pdf = os.path.join(TMP, f"scan{n}.pdf")
    chromium(generic_html(P[n], twopage), pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, os.path.join(TMP, f"pg{n}")], check=True)
    pages = sorted(x for x in os.listdir(TMP) if x.startswith(f"pg{n}-") and x.endswith(".png"))
    from PIL import Image
    return [Image.open(os.path.join(TMP, x)).convert("L") for x in pages]


def degrade(im, angle, noise=12, blur=0.6, contrast=1.0, seed=0):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rng = np.random.default_rng(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a = a + rng.normal(0, noise, a.shape)
    if contrast != 1.0:
        a = 128 + (a - 128) * contrast + 25
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return im


def jpeg_cycle(im, q):
    from PIL import Image
    import io
    bio = io.BytesIO(); im.save(bio, "JPEG", quality=q); bio.seek(0)
    return Image.open(bio).convert("L")


def r017(n):
    im = raster(n)[0]
    im = jpeg_cycle(degrade(im, 1.2, seed=17), 45)
    im.convert("RGB").save(out(n), "PDF", resolution=150)


def r018(n):
    im = raster(n)[0]
    degrade(im, -0.7, noise=9, blur=0.8, seed=18).save(out(n))


def r019(n):  # phone photo with perspective, warm tint, shading
    from PIL import Image, ImageFilter
    import numpy as np
    im = raster(n)[0].convert("RGB")
    w, h = im.size
    canvas = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (92, 74, 58))  # wooden table
    canvas.paste(im, (int(w * 0.12), int(h * 0.09)))
    W, H = canvas.size
    # quad: where the output corners sample in the source (mild keystone)
    quad = (W * 0.05, H * 0.03, W * 0.02, H * 0.99, W * 0.99, H * 0.97, W * 0.93, H * 0.05)
    ph = canvas.transform((int(W * 0.8), int(H * 0.8)), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(ph).astype(np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    shade = 0.78 + 0.22 * (xx / a.shape[1])
    a = a * shade[..., None] * np.array([1.0, 0.96, 0.86])
    a += np.random.default_rng(19).normal(0, 7, a.shape)
    ph = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.9))
    ph.save(out(n), "JPEG", quality=70)


def r020(n):
    im = raster(n)[0]
    im = degrade(im, 2.1, noise=6, blur=1.0, contrast=0.55, seed=20)
    im.save(out(n), "JPEG", quality=38)


def r021(n):
    ims = [jpeg_cycle(degrade(im, a, noise=14, blur=0.7, seed=21 + i), 50).convert("RGB")
           for i, (im, a) in enumerate(zip(raster(n, twopage=True), [-1.6, 0.9]))]
    ims[0].save(out(n), "PDF", resolution=150, save_all=True, append_images=ims[1:])


# ---------------------------------------------------------------- damaged
def r022(n):  # truncated PDF: a real CV PDF cut off after its first bytes
    pdf = os.path.join(TMP, "d22.pdf")
    chromium(generic_html(P[3]), pdf)
    data = open(pdf, "rb").read()
    open(out(n), "wb").write(data[:700])


def r023(n):  # encrypted with an unknown user password
    pdf = os.path.join(TMP, "d23.pdf")
    chromium(generic_html(P[5]), pdf)
    subprocess.run(["qpdf", "--encrypt", "k7#Vq9!xRz", "owner-Zp3", "256", "--", pdf, out(n)], check=True)


def r024(n):  # random bytes with a .docx name
    rnd = random.Random(24)
    open(out(n), "wb").write(bytes(rnd.getrandbits(8) for _ in range(18000)))


if __name__ == "__main__":
    only = [int(x) for x in sys.argv[2:]] or sorted(LAYOUT)
    for n in only:
        globals()[f"r{n:03d}"](n)
        print("made", fname(n))
    shutil.rmtree(TMP, ignore_errors=True)
