# -*- coding: utf-8 -*-
import json, os, subprocess, sys, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w47_")
os.makedirs(OUT, exist_ok=True)
random.seed(47)
KEYS = ["full_name","email","phone_e164","medical_school","medical_school_country","graduation_year","is_student","usmle_step1",
        "usmle_step2ck","usmle_step3","ecfmg_status","specialties","languages","visa_status","publications"]

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def fname(n, p):
    ext = {"docx":"docx","pdf_lo":"pdf","pdf_chrome":"pdf","pdf_rl":"pdf","pdf_fpdf":"pdf","odt":"odt","rtf":"rtf","txt":"txt",
           "scan_pdf":"pdf","scan_png":"png","scan_jpg":"jpg"}[p["fmt"]]
    return f"w47_{n}_{p['layout']}.{ext}"

# ---------------- docx ----------------
def make_docx(p, path, table_style=True):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    D = p["D"]; d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Serif" if p["layout"] != "docx_eras" else "Liberation Sans"; st.font.size = Pt(10.5)
    where = D.get("contacts_in", "body")
    sec = d.sections[0]
    if where == "header":
        hp = sec.header.paragraphs[0]; hp.text = "  |  ".join(D["contacts"]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if where == "footer":
        fp = sec.footer.paragraphs[0]; fp.text = D["contacts"][0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(); r = t.add_run(D["name"]); r.bold = True; r.font.size = Pt(18)
    if p["layout"] in ("lo_odt", "lo_pdf_table", "docx_table"): t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = d.add_paragraph(D["sub"]); s.runs[0].italic = True
    if p["layout"] in ("lo_odt", "lo_pdf_table", "docx_table"): s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if where == "body":
        for c in D["contacts"]: d.add_paragraph(c).paragraph_format.space_after = Pt(0)
    for title, items in D["sections"]:
        if p["layout"] == "docx_plain":
            h = d.add_paragraph(); rr = h.add_run(title.upper()); rr.bold = True; rr.underline = True
        else:
            d.add_heading(title, level=2)
        for it in items:
            if isinstance(it, dict):
                rows = it["table"]; tb = d.add_table(rows=len(rows), cols=len(rows[0]))
                tb.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        tb.cell(i, j).text = cell
                        if i == 0: tb.cell(i, j).paragraphs[0].runs[0].bold = True
            else:
                style = "List Bullet" if p["layout"] in ("docx_footer", "lo_odt_dateslast", "lo_rtf") else None
                d.add_paragraph(it, style=style)
    d.core_properties.author = p["T"]["full_name"]
    d.save(path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- html / chromium ----------------
def esc(s): return html.escape(s)
def make_html(p):
    D = p["D"]; lay = p["layout"]
    def secs():
        o = []
        for title, items in D["sections"]:
            o.append(f"<h2>{esc(title)}</h2><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        return "".join(o)
    if lay == "chrome_sidebar":
        side = "".join(f"<p>{esc(c)}</p>" for c in D["contacts"])
        body = f"""<div class=side><div class=ph>MH</div><h3>Contact</h3>{side}</div><div class=main><h1>{esc(D['name'])}</h1>
        <div class=alt dir=rtl lang=ar>{esc(D['alt'])}</div><div class=sub>{esc(D['sub'])}</div>{secs()}</div>"""
        css = """@page{size:A4;margin:0}*{box-sizing:border-box}body{margin:0;height:296mm;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;display:flex;-webkit-print-color-adjust:exact}.side{width:30%;background:#1f3a5f;color:#fff;padding:18px}
        .side p{margin:6px 0;word-wrap:break-word}.ph{width:70px;height:70px;border-radius:50%;background:#8aa;display:flex;align-items:center;justify-content:center;font-size:22pt}
        .main{width:70%;padding:18px}h1{margin:0;color:#1f3a5f}.alt{font-size:13pt;color:#555}.sub{color:#777;margin-bottom:8px}h2{font-size:11pt;border-bottom:2px solid #1f3a5f;color:#1f3a5f}ul{padding-left:16px}"""
    else:
        top = " · ".join(esc(c) for c in D["contacts"])
        body = f"""<header><h1>{esc(D['name'])}</h1><div class=sub>{esc(D['sub'])}</div><div class=top>{top}</div></header>{secs()}"""
        css = """body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:28px}header{border-left:6px solid #c0392b;padding-left:12px}
        h1{margin:0;font-size:24pt;letter-spacing:1px}.sub{color:#c0392b}.top{color:#333;margin-top:4px}h2{font-size:10.5pt;text-transform:uppercase;color:#c0392b;margin-bottom:2px}ul{margin-top:2px;list-style:square}"""
    return f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body>{body}</body></html>"

EMAIL_014 = """<div class=gm><div class=bar>Gmail</div><h2>Application for OB/GYN clinical rotation – Spring 2027</h2>
<div class=hdr><b>Oluwaseun Adeyemi</b> &lt;seun.adeyemi@gmail.com&gt;<br>to: rotations@clinicalpathways-usa.com<br>Tue, Dec 1, 2026, 9:14 PM</div>
<div class=body><p>Dear Admissions Team,</p><p>Please find my CV below (pasted, as the attachment kept failing). I am interested in a hands-on OB/GYN rotation, ideally in Ohio or Michigan.</p>
<pre>
OLUWASEUN TEMITOPE ADEYEMI, MBChB
Mississauga, ON, Canada | +1 647-555-0129 | seun.adeyemi@gmail.com

EDUCATION
  MBChB – Obafemi Awolowo University, Ile-Ife, Nigeria .......... 2010 – 2017
  (College of Health Sciences, OAU)

EXAMS
  USMLE Step 1 ........ 231
  USMLE Step 2 CK ..... 242
  MCCQE Part I ........ Pass (2021)
  ECFMG ............... Certified

EXPERIENCE
  2017-11 → 2018-10   House Officer, OAU Teaching Hospitals Complex, Ile-Ife
  2019-01 → 2021-06   Medical Officer, O&amp;G, Lagos Island Maternity Hospital, Lagos
  2022-05 → 2022-06   Observership, Obstetrics &amp; Gynecology, MetroHealth Medical
                      Center, Cleveland, Ohio, USA
  2023-02 → present   Clinical Assistant, Obstetrics, Trillium Health Partners,
                      Mississauga, Ontario (Canada)

PUBLICATION
  Adeyemi OT, Bello K. Postpartum haemorrhage in south-west Nigeria.
  Afr J Reprod Health. 2020;24(3):77-84.
  (+ 2 conference abstracts, SOGON 2019 / 2020)

INTEREST: Obstetrics and Gynecology residency
LANGUAGES: English, Yoruba
STATUS: Canadian permanent resident – I will apply for a B1/B2 visa for the rotation.

REFEREE: Dr. Janet Morris, MetroHealth OB/GYN – jmorris@metrohealth.org – 216-778-7800
</pre><p>Kind regards,<br>Seun</p></div></div>"""
EMAIL_CSS = """body{font-family:'Liberation Sans',sans-serif;margin:0}.bar{background:#f2f2f2;padding:8px 16px;color:#d93025;font-weight:bold}
h2{font-weight:normal;margin:14px 16px}.hdr{margin:0 16px;color:#444;font-size:9.5pt}.body{margin:12px 16px;font-size:10pt}pre{font-family:'Liberation Mono',monospace;font-size:9pt}"""

def chrome_pdf(htmltext, path):
    hp = os.path.join(TMP, os.path.basename(path) + ".html")
    open(hp, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={TMP}/chr",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- reportlab ----------------
def make_rl(p, path, eras=False):
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    D = p["D"]; ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11, spaceBefore=8, spaceAfter=3,
                       textColor=colors.HexColor("#003366") if eras else colors.black)
    t = ParagraphStyle("t", parent=n, fontName="DVB", fontSize=17, leading=21)
    story = [Paragraph(esc(D["name"]), t), Paragraph(esc(D["sub"]), n)]
    story += [Paragraph(esc(c), n) for c in D["contacts"]] + [Spacer(1, 6)]
    for title, items in D["sections"]:
        story.append(Paragraph(esc(title if not eras else title.upper()), h))
        for it in items:
            if isinstance(it, dict):
                tb = Table([[Paragraph(esc(c), n) for c in r] for r in it["table"]], hAlign="LEFT")
                tb.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#dde6f0"))]))
                story.append(tb)
            else:
                story.append(Paragraph(("• " if not eras else "") + esc(it), n))
    SimpleDocTemplate(path, pagesize=letter if eras else A4, title="CV", author=p["T"]["full_name"],
                      leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)

# ---------------- fpdf2 two-column ----------------
def make_fpdf(p, path):
    from fpdf import FPDF
    D = p["D"]; pdf = FPDF(format="Letter"); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_fill_color(235, 240, 245); pdf.rect(0, 0, 68, 280, "F")
    pdf.set_xy(8, 14); pdf.set_font("DV", "B", 10)
    left = [("CONTACT", D["contacts"])] + [s for s in D["sections"] if s[0] in ("Exams", "Languages")]
    right = [s for s in D["sections"] if s[0] not in ("Exams", "Languages")]
    for title, items in left:
        pdf.set_x(8); pdf.set_font("DV", "B", 10); pdf.cell(56, 7, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        for it in items:
            pdf.set_x(8); pdf.multi_cell(56, 4.6, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_xy(75, 12); pdf.set_font("DV", "B", 19); pdf.multi_cell(130, 9, D["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(75); pdf.set_font("DV", "", 10); pdf.cell(130, 6, D["sub"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for title, items in right:
        pdf.set_x(75); pdf.set_font("DV", "B", 11); pdf.cell(130, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(80, 80, 80); pdf.line(75, pdf.get_y(), 205, pdf.get_y())
        pdf.set_font("DV", "", 9)
        for it in items:
            pdf.set_x(75); pdf.multi_cell(130, 4.8, "– " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_author(p["T"]["full_name"]); pdf.output(path)

TXT_009 = """From: Oleksandra Kovalenko <o.kovalenko.md@ukr.net>
Sent: Monday, November 30, 2026 11:42 PM
To: info@usce-rotations.org
Subject: CV - Anesthesiology rotation request (Oleksandra Kovalenko / Олександра Коваленко)

Hello,

My name is Oleksandra, I am a doctor from Kyiv. I could not attach my CV from my phone so I paste it here. Sorry for formatting.

---------------------------------------------
OLEKSANDRA KOVALENKO  (Олександра Коваленко), MD
born 1999, Kyiv, Ukraine
tel/WhatsApp: +380 67 123 45 98
o.kovalenko.md@ukr.net
---------------------------------------------

EDUCATION
Bogomolets National Medical University, Kyiv -- Medical Doctor (Master's in Medicine), 2018-2024, diploma with honours
Internship in Anaesthesiology and Intensive Care, Kyiv City Clinical Hospital No. 17 -- 2024-2026

USMLE
Step 1 - PASS (2024)
Step 2 CK - 240 (2025)
ECFMG certification - pending (waiting for Pathway/OET result)
KROK 1 and KROK 2 (Ukrainian licensing) - passed

US EXPERIENCE
* Observership in Anesthesiology at Rush University Medical Center, Chicago IL, from 2025-02 to 2025-03
* Currently doing a hands-on externship in Internal Medicine at Newark Beth Israel Medical Center, Newark, New Jersey (since October 2026, ongoing)

WORK IN UKRAINE
* Anaesthesiology intern, Kyiv City Clinical Hospital No.17 (2024 - 2026), incl. war trauma ICU
* Volunteer paramedic, Kharkiv oblast, summer 2022

INTEREST: Anesthesiology (residency 2028 match)
LANGUAGES: Ukrainian (native), Russian (native), English (C1), Polish (B1)
VISA: I will need a B1/B2 visitor visa for the rotation.
Publications: none yet, 1 poster (Ukrainian Congress of Anaesthesiologists 2025)

Reference: Dr. Thomas Grady, Rush Anesthesiology, thomas_grady@rush.edu, +1 312 942 5000

Thank you for your time!
Best regards,
Oleksandra
"""

# ---------------- scans ----------------
def make_scan(p, path, kind, rng):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf"); make_rl(p, pdf)
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-singlefile", pdf, pdf[:-4]], check=True)
    im = Image.open(pdf[:-4] + ".png").convert("L")
    im = im.rotate(rng.choice([-1, 1]) * rng.uniform(0.5, 2.0), resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.55, 0.8))
    a = np.asarray(im).astype("float32") + np.random.default_rng(rng.randint(0, 9999)).normal(0, 11, im.size[::-1])
    im = Image.fromarray(a.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    if kind == "scan_pdf": im.convert("RGB").save(path, "PDF", resolution=130)
    elif kind == "scan_png": im.save(path)
    else: im.convert("RGB").save(path, "JPEG", quality=rng.randint(55, 75))

# ---------------- damaged ----------------
def make_damaged():
    from pypdf import PdfReader, PdfWriter
    rows = []
    src = os.path.join(TMP, "dmg.pdf"); make_rl(P["013"] | {"layout": "x"}, src)
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]; w.encrypt(user_password="Kh@lid2026", owner_password="own3r!")
    f = "w47_022_encrypted.pdf"; w.write(os.path.join(OUT, f)); rows.append({"file": f, "layout": "encrypted", "error": True})
    src2 = os.path.join(TMP, "dmg2.pdf"); chrome_pdf(make_html(P["010"]), src2); b = open(src2, "rb").read()
    f = "w47_023_truncated.pdf"; open(os.path.join(OUT, f), "wb").write(b[: len(b) * 2 // 5]); rows.append({"file": f, "layout": "truncated", "error": True})
    f = "w47_024_random_bytes.docx"; open(os.path.join(OUT, f), "wb").write(random.Random(24).randbytes(23817)); rows.append({"file": f, "layout": "random_bytes", "error": True})
    return rows

def main():
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    rng = random.Random(4747); rows = []
    for n in sorted(P):
        p = P[n]; f = fname(n, p); path = os.path.join(OUT, f); fmt = p["fmt"]
        print("building", f, flush=True)
        if fmt == "docx": make_docx(p, path)
        elif fmt in ("pdf_lo", "odt", "rtf"):
            src = os.path.join(TMP, f.rsplit(".", 1)[0] + ".docx"); make_docx(p, src)
            soffice(src, {"pdf_lo": "pdf", "odt": "odt", "rtf": "rtf"}[fmt], OUT)
        elif fmt == "pdf_chrome":
            chrome_pdf(f"<!doctype html><html><head><meta charset=utf-8><style>{EMAIL_CSS}</style></head><body>{EMAIL_014}</body></html>"
                       if n == "014" else make_html(p), path)
        elif fmt == "pdf_rl": make_rl(p, path, eras=(p["layout"] == "reportlab_eras"))
        elif fmt == "pdf_fpdf": make_fpdf(p, path)
        elif fmt == "txt": open(path, "w", encoding="utf-8").write(TXT_009)
        else: make_scan(p, path, fmt, rng)
        assert os.path.exists(path), path
        T = p["T"]; row = {"file": f, "layout": p["layout"]}
        row.update({k: T[k] for k in KEYS})
        row["usce_months"] = months(T["usce_entries"]); row["usce_months_clinical"] = months(T["usce_entries"], True)
        row["usce_entries"] = T["usce_entries"]
        if fmt.startswith("scan"): row["needs_ocr"] = True
        rows.append(row)
    rows += make_damaged()
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done", len(rows))

if __name__ == "__main__": main()
