#!/usr/bin/env python3
"""Build w45 files/ and truth.jsonl. Run from build.sh with the venv python."""
import html, json, os, random, subprocess, sys, shutil, tempfile
from data import P

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w45_")
random.seed(45)
DJ = "/usr/share/fonts/truetype/dejavu/"

# ---------------- truth ----------------
def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def truth(fname, layout, p, scan=False):
    ents = [{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in p["usce"]]
    t = dict(file=fname, layout=layout, full_name=p["name"], email=p["email"], phone_e164=p["e164"],
             medical_school=p["school"], medical_school_country=p["country"], graduation_year=p["grad_year"],
             is_student=p["is_student"], usmle_step1=p["step1"], usmle_step2ck=p["step2"], usmle_step3=p["step3"],
             ecfmg_status=p["ecfmg"], specialties=p["specialties"], languages=p["languages"],
             visa_status=p["visa"], publications=sum(1 for k, _ in p["pubs"] if k == "peer"),
             usce_months=months(ents), usce_months_clinical=months([e for e in ents if e["type"] in ("hands_on", "observership")]),
             usce_entries=ents)
    if scan:
        t["needs_ocr"] = True
    return t

# ---------------- common text ----------------
def loc(e, sep=", "):
    return f"{e['city']}{sep}{e['std']}" if e["city"] else e["std"]

def exams(p):
    l = [p["step1_d"], p["step2_d"]]
    if p.get("step3_d"): l.append(p["step3_d"])
    if p["exams_extra"]: l.append(p["exams_extra"])
    if p["ecfmg_d"]: l.append(p["ecfmg_d"])
    return l

def pubs_lines(p):
    return [t for _, t in p["pubs"]]

def ref_line(r):
    return f"{r[0]}, {r[1]}, {r[2]} — {r[3]} — {r[4]}"

E = html.escape

# ---------------- HTML / Chromium ----------------
CSS_BASE = "@page{size:Letter;margin:14mm} body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#222} h2{font-size:11.5pt;border-bottom:1px solid #777;margin:10px 0 4px;text-transform:uppercase;letter-spacing:.5px} .muted{color:#555} ul{margin:2px 0 2px 16px;padding:0} li{margin:1px 0}"

def html_eras(p):
    h = [f"<style>{CSS_BASE} .exp{{margin:6px 0 8px}} .exp b{{font-size:10.5pt}} .row{{display:flex;justify-content:space-between}}</style>"]
    h.append(f"<h1 style='margin:0;font-size:20pt'>{E(p['name'])}</h1><div class=muted>{E(p['address'])} &nbsp;|&nbsp; {E(p['phone'])} &nbsp;|&nbsp; {E(p['email'])}</div>")
    h.append(f"<h2>Education</h2><div class=row><b>{E(p['school'])}</b><span>{E(p['school_place'])}</span></div><div>{E(p['degree'])}</div>")
    if p["premed"]: h.append(f"<div class=muted>{E(p['premed'])}</div>")
    h.append("<h2>Licensing Examinations</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in exams(p)) + "</ul>")
    h.append("<h2>Experiences</h2>")
    allx = [(e["title"], e["org"], loc(e), e["dates"], e["note"]) for e in p["usce"]] + [(a, b, c, d, "") for a, b, c, d in p["other"]]
    for t, o, l, d, n in allx:
        h.append(f"<div class=exp><div class=row><b>{E(t)}</b><span>{E(d)}</span></div><div>Organization: {E(o)} &mdash; {E(l)}</div><div class=muted>Experience type: Clinical</div>{('<div>'+E(n)+'</div>') if n else ''}</div>")
    if p["pubs"]: h.append("<h2>Publications &amp; Presentations</h2><ol>" + "".join(f"<li>{E(x)}</li>" for x in pubs_lines(p)) + "</ol>")
    h.append(f"<h2>Additional Information</h2><div>{E(p['spec_d'])}</div><div>Languages: {E(p['lang_d'])}</div><div>{E(p['visa_d'] or '')}</div>")
    if p["refs"]: h.append("<h2>References</h2><ul>" + "".join(f"<li>{E(ref_line(r))}</li>" for r in p["refs"]) + "</ul>")
    return "".join(h)

def html_sidebar(p):
    side = f"<div class=side><div class=nm>{E(p['name'])}</div><p><b>Contact</b><br>{E(p['email'])}<br>{E(p['phone'])}<br>{E(p['address'])}</p><p><b>Languages</b><br>{E(p['lang_d'])}</p><p><b>Status</b><br>{E(p['visa_d'] or '')}<br>{E(p['ecfmg_d'] or '')}</p><p><b>Born</b><br>{p['birth']}</p></div>"
    m = [f"<div class=main><h2>Objective</h2><p>{E(p['spec_d'])}</p><h2>Education</h2><p><b>{E(p['school'])}</b>, {E(p['school_place'])}<br>{E(p['degree'])}</p>"]
    m.append("<h2>USMLE</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in exams(p) if 'ECFMG' not in x) + "</ul>")
    m.append("<h2>U.S. Clinical & Research Experience</h2>")
    for e in p["usce"]:
        m.append(f"<p><b>{E(e['title'])}</b><br>{E(e['org'])}, {E(loc(e))}<br><i>{E(e['dates'])}</i></p>")
    m.append("<h2>International Experience</h2>")
    for a, b, c, d in p["other"]:
        m.append(f"<p><b>{E(a)}</b><br>{E(b)}, {E(c)}<br><i>{E(d)}</i></p>")
    if p["pubs"]: m.append("<h2>Publications</h2><ol>" + "".join(f"<li>{E(x)}</li>" for x in pubs_lines(p)) + "</ol>")
    if p["refs"]: m.append("<h2>Referees</h2>" + "".join(f"<p>{E(r[0])}<br>{E(r[1])}, {E(r[2])}<br>{E(r[3])} · {E(r[4])}</p>" for r in p["refs"]))
    m.append("</div>")
    css = CSS_BASE + " body{margin:0} .wrap{display:flex} .side{width:30%;background:#1f3b57;color:#fff;padding:12px;font-size:9pt;min-height:250mm} .side .nm{font-size:16pt;font-weight:bold;margin-bottom:12px} .main{width:70%;padding:0 12px} p{margin:3px 0 6px}"
    return f"<style>{css}</style><div class=wrap>{side}{''.join(m)}</div>"

def html_table(p, title_cls="Clinical Rotations in the United States"):
    css = CSS_BASE + " table{border-collapse:collapse;width:100%;font-size:9pt} td,th{border:1px solid #999;padding:3px 4px;text-align:left} th{background:#e8eef4}"
    h = [f"<style>{css}</style><table style='border:none'><tr><td style='border:none'><h1 style='margin:0'>{E(p['name'])}</h1></td><td style='border:none;text-align:right'>{E(p['email'])}<br>{E(p['phone'])}<br>{E(p['address'])}</td></tr></table>"]
    h.append(f"<h2>Education</h2><p>{E(p['degree'])} — {E(p['school'])}, {E(p['school_place'])}</p>")
    if p["premed"]: h.append(f"<p>{E(p['premed'])}</p>")
    h.append("<h2>Examinations</h2><p>" + " &nbsp;•&nbsp; ".join(E(x) for x in exams(p)) + "</p>")
    h.append(f"<h2>{title_cls}</h2><table><tr><th>Rotation</th><th>Hospital</th><th>City</th><th>State</th><th>Dates</th></tr>")
    for e in p["usce"]:
        h.append(f"<tr><td>{E(e['title'])}</td><td>{E(e['org'])}</td><td>{E(e['city'])}</td><td>{E(e['std'])}</td><td>{E(e['dates'])}</td></tr>")
    h.append("</table><h2>Other Clinical Experience</h2><table><tr><th>Position</th><th>Institution</th><th>Location</th><th>Dates</th></tr>")
    for a, b, c, d in p["other"]:
        h.append(f"<tr><td>{E(a)}</td><td>{E(b)}</td><td>{E(c)}</td><td>{E(d)}</td></tr>")
    h.append("</table>")
    if p["pubs"]: h.append("<h2>Publications / Presentations</h2><ol>" + "".join(f"<li>{E(x)}</li>" for x in pubs_lines(p)) + "</ol>")
    h.append(f"<h2>Other</h2><p>Specialty: {E(p['spec_d'])}<br>Languages: {E(p['lang_d'])}<br>{E(p['visa_d'] or '')}</p>")
    if p["refs"]: h.append("<h2>References</h2>" + "".join(f"<p>{E(ref_line(r))}</p>" for r in p["refs"]))
    return "".join(h)

def chromium_pdf(body, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset='utf-8'></head><body>" + body + "</body></html>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------- DOCX ----------------
def docx_build(p, out, style):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = d.sections[0]
    if style == "header":
        hp = sec.header.paragraphs[0]
        hp.text = f"{p['name']}  |  {p['email']}  |  {p['phone']}  |  {p['address']}"
        d.add_heading("Curriculum Vitae", 0)
    elif style == "footer":
        d.add_heading(p["name"], 0)
        sec.footer.paragraphs[0].text = f"Contact: {p['email']} · {p['phone']} · {p['address']}"
    else:
        d.add_heading(p["name"] + (f"  ({p['name_alt']})" if p.get("name_alt") else ""), 0)
        d.add_paragraph(f"{p['email']} • {p['phone']} • {p['address']}")
    d.add_heading("Education", 1)
    d.add_paragraph(f"{p['school']} — {p['school_place']}\n{p['degree']}")
    if p["premed"]: d.add_paragraph(p["premed"])
    d.add_heading("USMLE / Certification", 1)
    for x in exams(p): d.add_paragraph(x, style="List Bullet")
    if style == "eras":
        d.add_heading("Experiences", 1)
        for e in p["usce"]:
            d.add_paragraph().add_run(e["title"]).bold = True
            d.add_paragraph(f"Organization: {e['org']}\nCity/State: {loc(e)}\nDates: {e['dates']}\n{e['note']}".rstrip())
        for a, b, c, dd in p["other"]:
            d.add_paragraph().add_run(a).bold = True
            d.add_paragraph(f"Organization: {b}\nCity/Country: {c}\nDates: {dd}")
    else:
        d.add_heading("US Clinical Experience", 1)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Type / Rotation", "Institution", "City", "State", "From – To", "Notes"]):
            c.text = txt
        for e in p["usce"]:
            r = t.add_row().cells
            for c, txt in zip(r, [e["title"], e["org"], e["city"], e["std"], e["dates"], e["note"]]): c.text = txt
        d.add_heading("Clinical Experience outside the US", 1)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Position", "Institution", "Location", "Dates"]): c.text = txt
        for row in p["other"]:
            r = t.add_row().cells
            for c, txt in zip(r, row): c.text = txt
    if p["pubs"]:
        d.add_heading("Publications, Posters & Abstracts", 1)
        for x in pubs_lines(p): d.add_paragraph(x, style="List Number")
    d.add_heading("Career Goals", 1); d.add_paragraph(p["spec_d"])
    d.add_heading("Languages", 1); d.add_paragraph(p["lang_d"])
    if p["visa_d"]: d.add_heading("Visa / Citizenship", 1); d.add_paragraph(p["visa_d"])
    if p["refs"]:
        d.add_heading("References", 1)
        for r in p["refs"]: d.add_paragraph(ref_line(r))
    d.save(out)

def lo_pdf(docx_path, out):
    od = os.path.join(TMP, "lo"); os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/lo_profile", "--convert-to", "pdf", "--outdir", od, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(od, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out)

# ---------------- reportlab ----------------
def rl_build(p, out, grid=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSerif-Bold.ttf"))
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DJ", fontSize=9.5, leading=12)
    H = ParagraphStyle("h", parent=N, fontName="DJB", fontSize=11.5, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#0b3d62"))
    T = ParagraphStyle("t", parent=N, fontName="DJB", fontSize=18, leading=22, alignment=1)
    C = ParagraphStyle("c", parent=N, alignment=1)
    e_ = E
    s = [Paragraph(e_(p["name"]), T), Paragraph(e_(f"{p['address']}  ·  {p['phone']}  ·  {p['email']}"), C), Spacer(1, 6)]
    s += [Paragraph("EDUCATION", H), Paragraph(f"<b>{e_(p['school'])}</b>, {e_(p['school_place'])} — {e_(p['degree'])}", N)]
    s += [Paragraph("EXAMINATIONS & CERTIFICATION", H)] + [Paragraph("• " + e_(x), N) for x in exams(p)]
    s.append(Paragraph("UNITED STATES CLINICAL EXPERIENCE", H))
    if grid:
        rows = [[Paragraph("<b>Dates</b>", N), Paragraph("<b>Experience</b>", N), Paragraph("<b>Location</b>", N)]]
        for e in p["usce"]:
            rows.append([Paragraph(e_(e["dates"]), N), Paragraph(e_(e["title"] + " — " + e["org"]), N), Paragraph(e_(loc(e)), N)])
        tb = Table(rows, colWidths=[95, 270, 130]); tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(tb)
    else:
        for e in p["usce"]:
            s.append(Paragraph(f"<b>{e_(e['dates'])}</b> &nbsp; {e_(e['title'])}, {e_(e['org'])}, {e_(loc(e))}", N))
    s.append(Paragraph("OTHER CLINICAL EXPERIENCE", H))
    for a, b, c, d in p["other"]:
        s.append(Paragraph(f"<b>{e_(d)}</b> &nbsp; {e_(a)}, {e_(b)}, {e_(c)}", N))
    if p["pubs"]:
        s.append(Paragraph("RESEARCH & PUBLICATIONS", H))
        s += [Paragraph(f"{i}. {e_(x)}", N) for i, x in enumerate(pubs_lines(p), 1)]
    s += [Paragraph("CAREER INTERESTS", H), Paragraph(e_(p["spec_d"]), N), Paragraph("LANGUAGES", H), Paragraph(e_(p["lang_d"]), N)]
    if p["visa_d"]: s += [Paragraph("IMMIGRATION STATUS", H), Paragraph(e_(p["visa_d"]), N)]
    if p["refs"]:
        s.append(Paragraph("REFERENCES", H)); s += [Paragraph(e_(ref_line(r)), N) for r in p["refs"]]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36, title="CV").build(s)

# ---------------- fpdf2 ----------------
def fpdf_build(p, out, compact=False):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(16, 14); pdf.add_page()
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    fs = 9 if compact else 10
    pdf.set_font("DJ", "B", 17); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", fs); pdf.cell(0, 5, f"E-mail: {p['email']}   Tel: {p['phone']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, p["address"], new_x="LMARGIN", new_y="NEXT")
    def head(t):
        pdf.ln(2); pdf.set_font("DJ", "B", fs + 2); pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DJ", "", fs)
    def line(t): pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    head("Medical Education"); line(f"{p['school']}, {p['school_place']}\n{p['degree']}")
    head("USMLE & ECFMG"); [line(x) for x in exams(p)]
    head("US Clinical Experience (USCE)")
    for e in p["usce"]:
        pdf.set_font("DJ", "B", fs); line(f"{e['dates']} | {e['title']}"); pdf.set_font("DJ", "", fs); line(f"    {e['org']} – {loc(e)}")
    head("Clinical Experience – Home Country / Abroad")
    for a, b, c, d in p["other"]: line(f"{d} | {a}, {b}, {c}")
    if p["pubs"]:
        head("Publications & Abstracts"); [line(f"{i}. {x}") for i, x in enumerate(pubs_lines(p), 1)]
    head("Specialty Interest"); line(p["spec_d"])
    head("Languages"); line(p["lang_d"])
    if p["visa_d"]: head("Visa"); line(p["visa_d"])
    if p["refs"]: head("References"); [line(ref_line(r)) for r in p["refs"]]
    pdf.output(out)

# ---------------- RTF / TXT ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)

def rtf_build(p, out, table=False):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}\f0\fs20 "]
    r.append(r"{\pard\qc\b\fs32 " + rtf_esc(p["name"]) + r"\par}")
    r.append(r"{\pard\qc " + rtf_esc(f"{p['email']} | {p['phone']} | {p['address']}") + r"\par}\par ")
    def H(t): r.append(r"{\pard\sb120\b\ul " + rtf_esc(t) + r"\par}")
    def L(t): r.append(r"{\pard " + rtf_esc(t) + r"\par}")
    H("EDUCATION"); L(f"{p['school']}, {p['school_place']}"); L(p["degree"])
    if p["premed"]: L(p["premed"])
    H("BOARD EXAMINATIONS"); [L(x) for x in exams(p)]
    H("CLINICAL ROTATIONS — UNITED STATES")
    if table:
        for e in p["usce"]:
            cells = [e["dates"], e["title"], e["org"], e["city"], e["std"]]
            r.append(r"\trowd\trgaph80\cellx2300\cellx4500\cellx7000\cellx8400\cellx9400 " +
                     "".join(r"\pard\intbl " + rtf_esc(c) + r"\cell " for c in cells) + r"\row ")
        r.append(r"\pard ")
    else:
        for e in p["usce"]: L(f"{e['dates']}\t{e['title']} — {e['org']}, {loc(e)}")
    H("OTHER CLINICAL EXPERIENCE"); [L(f"{d}\t{a}, {b}, {c}") for a, b, c, d in p["other"]]
    if p["pubs"]: H("PUBLICATIONS"); [L(x) for x in pubs_lines(p)]
    H("SPECIALTY"); L(p["spec_d"]); H("LANGUAGES"); L(p["lang_d"])
    if p["visa_d"]: H("STATUS"); L(p["visa_d"])
    if p["refs"]: H("REFERENCES"); [L(ref_line(x)) for x in p["refs"]]
    r.append("}")
    open(out, "w", encoding="ascii").write("\n".join(r))

def txt_build(p, out):
    L = [p["name"] + ", MD", f"{p['address']}", f"Phone: {p['phone']}    Email: {p['email']}", "=" * 70, "",
         "EDUCATION", f"  {p['school']} ({p['school_place']})", f"  {p['degree']}", "", "USMLE"]
    L += ["  - " + x for x in exams(p)] + ["", "U.S. CLINICAL EXPERIENCE"]
    for e in p["usce"]: L += [f"  {e['dates']}", f"    {e['title']}", f"    {e['org']}, {loc(e)}"]
    L += ["", "CLINICAL EXPERIENCE (MOROCCO)"] + [f"  {d}: {a} - {b}, {c}" for a, b, c, d in p["other"]]
    if p["pubs"]: L += ["", "PUBLICATIONS"] + ["  * " + x for x in pubs_lines(p)]
    L += ["", "OBJECTIVE", "  " + p["spec_d"], "", "LANGUAGES", "  " + p["lang_d"], "", p["visa_d"] or ""]
    if p["refs"]: L += ["", "REFERENCES"] + ["  " + ref_line(r) for r in p["refs"]]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ---------------- scans ----------------
def scan(pdf_src, out, kind, rot, seed):
    png = os.path.join(TMP, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", pdf_src, png], check=True)
    png += ".png"; deg = os.path.join(TMP, f"deg{seed}.png")
    subprocess.run(["convert", png, "-colorspace", "Gray", "-background", "white", "-rotate", str(rot),
                    "-attenuate", "0.6", "+noise", "Gaussian", "-blur", "0x0.6", "-level", "12%,88%,1.0",
                    "+level", "18%,92%", deg], check=True)
    if kind == "pdf":
        from PIL import Image
        Image.open(deg).convert("L").save(out, "PDF", resolution=110.0)
    elif kind == "jpg":
        subprocess.run(["convert", deg, "-quality", "62", out], check=True)
    else:
        shutil.copy(deg, out)

# ---------------- plan ----------------
PLAN = [
    ("001", "html_eras", "pdf", "P1"), ("002", "docx_rotation_table", "docx", "P2"), ("003", "reportlab_classic", "pdf", "P3"),
    ("004", "scan_jpg", "jpg", "S1"), ("005", "fpdf2_modern", "pdf", "P4"), ("006", "docx_header_lo", "pdf", "P5"),
    ("007", "html_sidebar", "pdf", "P6"), ("008", "damaged_truncated", "pdf", None), ("009", "rtf_cores", "rtf", "P7"),
    ("010", "txt_plain", "txt", "P8"), ("011", "docx_eras", "docx", "P9"), ("012", "scan_pdf", "pdf", "S2"),
    ("013", "html_table", "pdf", "P10"), ("014", "reportlab_grid", "pdf", "P11"), ("015", "damaged_encrypted", "pdf", None),
    ("016", "docx_table_lo", "pdf", "P12"), ("017", "fpdf2_compact", "pdf", "P13"), ("018", "scan_png", "png", "S3"),
    ("019", "html_modern_table", "pdf", "P14"), ("020", "rtf_table", "rtf", "P15"), ("021", "scan_pdf_lowcontrast", "pdf", "S4"),
    ("022", "docx_footer", "docx", "P16"), ("023", "scan_jpg_photo", "jpg", "S5"), ("024", "damaged_random", "docx", None),
]

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    truths = []
    for num, layout, ext, key in PLAN:
        fn = f"w45_{num}_{layout}.{ext}"; out = os.path.join(OUT, fn)
        print("building", fn, flush=True)
        p = P.get(key) if key else None
        if layout == "html_eras": chromium_pdf(html_eras(p), out)
        elif layout == "html_sidebar": chromium_pdf(html_sidebar(p), out)
        elif layout == "html_table": chromium_pdf(html_table(p), out)
        elif layout == "html_modern_table": chromium_pdf(html_table(p, "Clinical Experience — USA (observerships / externships)"), out)
        elif layout == "docx_rotation_table": docx_build(p, out, "table")
        elif layout == "docx_eras": docx_build(p, out, "eras")
        elif layout == "docx_footer": docx_build(p, out, "footer")
        elif layout == "docx_header_lo":
            tmpd = os.path.join(TMP, f"w45_{num}.docx"); docx_build(p, tmpd, "header"); lo_pdf(tmpd, out)
        elif layout == "docx_table_lo":
            tmpd = os.path.join(TMP, f"w45_{num}.docx"); docx_build(p, tmpd, "table"); lo_pdf(tmpd, out)
        elif layout == "reportlab_classic": rl_build(p, out)
        elif layout == "reportlab_grid": rl_build(p, out, grid=True)
        elif layout == "fpdf2_modern": fpdf_build(p, out)
        elif layout == "fpdf2_compact": fpdf_build(p, out, compact=True)
        elif layout == "rtf_cores": rtf_build(p, out)
        elif layout == "rtf_table": rtf_build(p, out, table=True)
        elif layout == "txt_plain": txt_build(p, out)
        elif layout.startswith("scan"):
            src = os.path.join(TMP, f"src{num}.pdf")
            if num in ("004", "018"): chromium_pdf(html_table(p) if num == "004" else html_sidebar(p), src)
            else: rl_build(p, src, grid=(num == "021"))
            rot = {"004": 1.2, "012": -0.7, "018": 0.5, "021": 1.8, "023": -1.5}[num]
            scan(src, out, ext, rot, int(num))
        elif layout == "damaged_truncated":
            src = os.path.join(TMP, "trunc.pdf"); rl_build(P["P3"] | {"name": "Tamer Mansour", "email": "tmansour@gmail.com"}, src)
            b = open(src, "rb").read(); open(out, "wb").write(b[: len(b) * 2 // 5])
        elif layout == "damaged_encrypted":
            from pypdf import PdfReader, PdfWriter
            src = os.path.join(TMP, "enc.pdf"); fpdf_build(P["P4"] | {"name": "Luiza Andrade", "email": "luiza.andrade@gmail.com"}, src)
            w = PdfWriter(clone_from=PdfReader(src)); w.encrypt(user_password="cv2026", owner_password="owner-w45", algorithm="RC4-128")
            w.write(out)
        elif layout == "damaged_random":
            rnd = random.Random(2445); open(out, "wb").write(bytes(rnd.getrandbits(8) for _ in range(18000)))
        if key is None: truths.append(dict(file=fn, layout=layout, error=True))
        else: truths.append(truth(fn, layout, p, scan=layout.startswith("scan")))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done", len(truths))

if __name__ == "__main__":
    main()
