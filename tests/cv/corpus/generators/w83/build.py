# -*- coding: utf-8 -*-
"""Builds /work/blind/w83/files and truth.jsonl. Run via build.sh (uses ../.venv)."""
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import A
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w83_")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
random.seed(83)
def fname(a): return "w83_%03d_%s.%s" % (a["num"], a["layout"], a["ext"])
def P(a): return os.path.join(OUT, fname(a))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def chromium_pdf(html_text, out):
    h = os.path.join(TMP, os.path.basename(out) + ".html")
    open(h, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + h], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)

# ---------------- python-docx ----------------
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor); tcPr.append(s)

def docx_sections(doc, a, skip=()):
    for head, lines in a["sections"]:
        if head in skip: continue
        h = doc.add_paragraph(); r = h.add_run(head.upper()); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        for ln in lines:
            p = doc.add_paragraph(ln, style="List Bullet" if len(lines) > 1 else None)
            p.paragraph_format.space_after = Pt(2)

def docx_table(a):  # contact block inside a 2x2 table at top
    d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    c = t.cell(0, 0).merge(t.cell(0, 1)); c.text = ""
    r = c.paragraphs[0].add_run(a["display"]); r.bold = True; r.font.size = Pt(18)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(c, "DCE6F1")
    t.cell(1, 0).text = "Email: %s\nMobile/WhatsApp: %s" % (a["email"], a["phone"])
    t.cell(1, 1).text = "Address: %s\nDOB: 1999 · Nationality: Indian" % a["address"]
    d.add_paragraph()
    docx_sections(d, a); d.save(P(a))

def docx_header_footer(a):  # name in header, contacts ONLY in footer
    d = Document(); d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hr = hp.add_run(a["display"]); hr.bold = True; hr.font.size = Pt(16)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.header.add_paragraph("Curriculum Vitae").alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "%s  |  %s  |  %s" % (a["email"], a["phone"], a["address"]); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs: r.font.size = Pt(8)
    docx_sections(d, a); d.save(P(a))

def docx_plain(a, out):  # conventional Word template, contact line under name
    d = Document(); d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(11)
    h = d.add_heading(a["display"], level=0)
    d.add_paragraph("%s • Tel: %s • E-mail: %s" % (a["address"], a["phone"], a["email"]))
    for head, lines in a["sections"]:
        d.add_heading(head, level=1)
        for ln in lines: d.add_paragraph(ln)
    d.save(out)

def lo_docx2pdf(a):
    src = os.path.join(TMP, "w83_%03d_src.docx" % a["num"]); docx_plain(a, src)
    soffice(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", P(a))

def docx_twocol_table(a):  # whole page is a 2-col table: left sidebar with contacts/languages
    d = Document(); d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.2)
    t = d.add_table(rows=1, cols=2); L, R = t.cell(0, 0), t.cell(0, 1)
    L.width = Cm(5.5); R.width = Cm(12.5); shade(L, "2E4057")
    def lp(text, bold=False, size=9.5):
        p = L.add_paragraph(); r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    L.paragraphs[0].add_run("")
    lp("CONTACT", True, 11); lp("✉ " + a["email"]); lp("☎ " + a["phone"]); lp("⌂ " + a["address"])
    side = {"Languages", "References"}
    for head, lines in a["sections"]:
        if head == "Languages":
            lp("LANGUAGES", True, 11)
            for x in lines[0].split(", "): lp(x)
    rp = R.paragraphs[0]; rr = rp.add_run(a["display"]); rr.bold = True; rr.font.size = Pt(20)
    for head, lines in a["sections"]:
        if head == "Languages": continue
        p = R.add_paragraph(); r = p.add_run(head); r.bold = True; r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x2E, 0x40, 0x57)
        for ln in lines: R.add_paragraph("▪ " + ln)
    d.save(P(a))

# ---------------- Chromium ----------------
def li(lines): return "".join("<li>%s</li>" % html.escape(x) for x in lines)

def chromium_sidebar(a):
    side_keys = {"USMLE", "References"}
    side = "".join("<h3>%s</h3><ul>%s</ul>" % (html.escape(h), li(l)) for h, l in a["sections"] if h in side_keys)
    main = "".join("<h2>%s</h2><ul>%s</ul>" % (html.escape(h), li(l)) for h, l in a["sections"] if h not in side_keys)
    langs = "<h3>Languages</h3><ul><li>English</li><li>Filipino (Tagalog)</li><li>Cebuano</li></ul>"
    doc = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#333}
.wrap{display:flex;min-height:297mm}.side{width:68mm;background:#f4c7c3;padding:14mm 7mm;box-sizing:border-box}
.main{flex:1;padding:14mm 10mm}.photo{width:36mm;height:36mm;border-radius:50%%;background:#d88c86;margin:0 auto 8mm}
h1{font-size:22pt;margin:0;color:#7a2e2a;font-weight:300}h1 b{font-weight:700}.sub{letter-spacing:3px;font-size:8pt;color:#999;margin-bottom:8mm}
h2{font-size:11pt;color:#7a2e2a;border-bottom:2px solid #f4c7c3;padding-bottom:2px}h3{font-size:10pt;color:#7a2e2a;margin-top:8mm}
ul{padding-left:4mm}li{margin-bottom:2mm}.c div{margin-bottom:2mm;word-break:break-all}
</style></head><body><div class="wrap"><div class="side"><div class="photo"></div>
<h3>Contact</h3><div class="c"><div>&#9742; %s</div><div>&#9993; %s</div><div>&#8962; %s</div></div>%s%s</div>
<div class="main"><h1>Maria Angelica <b>Dela Cruz</b>, MD</h1><div class="sub">PEDIATRICS APPLICANT</div>%s</div></div></body></html>""" % (
        html.escape(a["phone"]), html.escape(a["email"]), html.escape(a["address"]), side, langs, main)
    chromium_pdf(doc, P(a))

def chromium_latex(a):
    body = ""
    for h, l in a["sections"]:
        body += "<section><h2>%s</h2>%s</section>" % (html.escape(h), "".join("<p>%s</p>" % html.escape(x) for x in l))
    doc = """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page{size:Letter;margin:22mm 20mm} body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:1.3}
.hd{text-align:center}.hd h1{font-variant:small-caps;font-weight:normal;font-size:24pt;margin:0}
.fa{font-family:'DejaVu Sans';direction:rtl;font-size:13pt}
.ct{font-size:9.5pt}h2{font-variant:small-caps;font-weight:normal;font-size:13pt;border-bottom:.4pt solid #000;margin:12pt 0 4pt}
p{margin:2pt 0 2pt 12pt;text-indent:-12pt;text-align:justify}
</style></head><body><div class="hd"><h1>%s</h1><div class="fa">%s</div>
<div class="ct">%s &middot; <tt>%s</tt> &middot; %s</div></div>%s</body></html>""" % (
        html.escape(a["display"]), a["native"], html.escape(a["address"]), html.escape(a["email"]), html.escape(a["phone"]), body)
    chromium_pdf(doc, P(a))

def chromium_canva(a):
    body = ""
    for h, l in a["sections"]:
        body += "<div class='card'><div class='tag'>%s</div><ul>%s</ul></div>" % (html.escape(h), li(l))
    doc = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:Letter;margin:0}body{margin:0;font-family:'Liberation Sans',sans-serif;font-size:10pt;background:#fff}
.band{background:#0f766e;color:#fff;padding:12mm 14mm 8mm}.band h1{margin:0;font-size:26pt;letter-spacing:1px}
.band .role{font-size:11pt;opacity:.85}.grid{display:grid;grid-template-columns:1fr 1fr;gap:5mm;padding:8mm 14mm 30mm}
.card{border:1px solid #99f6e4;border-radius:4mm;padding:3mm 4mm}.tag{display:inline-block;background:#ccfbf1;color:#0f766e;
border-radius:3mm;padding:1mm 3mm;font-weight:bold;text-transform:uppercase;font-size:8.5pt}ul{padding-left:5mm;margin:2mm 0}
.foot{position:fixed;bottom:0;left:0;right:0;background:#134e4a;color:#fff;padding:4mm 14mm;font-size:9pt;display:flex;justify-content:space-between}
</style></head><body><div class="band"><h1>%s</h1><div class="role">Family Medicine · ECFMG Certified</div></div>
<div class="grid">%s</div><div class="foot"><span>&#128222; %s</span><span>&#128231; %s</span><span>&#128205; %s</span></div></body></html>""" % (
        html.escape(a["display"]), body, html.escape(a["phone"]), html.escape(a["email"]), html.escape(a["address"]))
    chromium_pdf(doc, P(a))

# ---------------- reportlab ----------------
from reportlab.lib.pagesizes import A4, letter
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Frame, PageTemplate, BaseDocTemplate, FrameBreak, HRFlowable
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from reportlab.lib.units import mm
pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
def esc(s): return html.escape(s)

def reportlab_classic(a):
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12, leftIndent=8)
    h = ParagraphStyle("h", fontName="DVB", fontSize=11, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#003366"))
    t = ParagraphStyle("t", fontName="DVB", fontSize=17, alignment=1)
    c = ParagraphStyle("c", fontName="DV", fontSize=9, alignment=1)
    st = [Paragraph(esc(a["display"]), t), Spacer(1, 4),
          Paragraph("%s<br/>Phone: %s &nbsp;|&nbsp; E-mail: %s" % (esc(a["address"]), esc(a["phone"]), esc(a["email"])), c),
          HRFlowable(width="100%", thickness=1, color=colors.HexColor("#003366"))]
    for head, lines in a["sections"]:
        st.append(Paragraph(esc(head.upper()), h))
        for ln in lines: st.append(Paragraph("• " + esc(ln), n))
    SimpleDocTemplate(P(a), pagesize=A4, title="CV", author=a["full_name"]).build(st)

def reportlab_twocol(a):
    W, H = letter
    doc = BaseDocTemplate(P(a), pagesize=letter, title="Resume")
    side = Frame(10*mm, 10*mm, 60*mm, H-20*mm, id="side"); main = Frame(75*mm, 10*mm, W-85*mm, H-20*mm, id="main")
    def bg(cv, d): cv.saveState(); cv.setFillColor(colors.HexColor("#EDE7F6")); cv.rect(0, 0, 72*mm, H, fill=1, stroke=0); cv.restoreState()
    doc.addPageTemplates([PageTemplate(id="p", frames=[side, main], onPage=bg)])
    s = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11)
    sh = ParagraphStyle("sh", fontName="DVB", fontSize=10, spaceBefore=8, textColor=colors.HexColor("#4527A0"))
    m = ParagraphStyle("m", fontName="DV", fontSize=9.5, leading=12.5)
    mh = ParagraphStyle("mh", fontName="DVB", fontSize=12, spaceBefore=8, spaceAfter=2, textColor=colors.HexColor("#4527A0"))
    name = ParagraphStyle("nm", fontName="DVB", fontSize=22, leading=26)
    st = [Paragraph("CONTACT", sh), Paragraph(esc(a["email"]), s), Paragraph(esc(a["phone"]), s), Paragraph(esc(a["address"]), s)]
    sidekeys = ("USMLE", "Languages", "References")
    for head, lines in a["sections"]:
        if head in sidekeys:
            st.append(Paragraph(esc(head.upper()), sh)); st += [Paragraph(esc(x), s) for x in lines]
    st.append(FrameBreak()); st.append(Paragraph(esc(a["display"]), name))
    for head, lines in a["sections"]:
        if head in sidekeys: continue
        st.append(Paragraph(esc(head), mh)); st += [Paragraph(esc(x), m) for x in lines]
    doc.build(st)

# ---------------- fpdf2 ----------------
from fpdf import FPDF
def fpdf_render(a, out):
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_auto_page_break(True, 15); pdf.add_page()
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, a["display"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, "%s\nPhone: %s    Email: %s" % (a["address"], a["phone"], a["email"]), new_x="LMARGIN", new_y="NEXT")
    for head, lines in a["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 7, head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for ln in lines: pdf.multi_cell(0, 5, "- " + ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)
def fpdf2_simple(a): fpdf_render(a, P(a))

# ---------------- plain text ----------------
def email_plaintext(a):
    txt = """From: Bishal Shrestha <bishal.shrestha.iom@gmail.com>
To: rotations@(service)
Subject: Application for observership / externship - Jan 2027 - Bishal Shrestha (IOM, Nepal)

Dear Sir/Madam,

Please find my CV below (pasted, as my PDF was not attaching properly).

-----------------------------------------------------------
BISHAL SHRESTHA, MBBS
Kathmandu, Nepal | Cell/Viber: +977-9841234567 | bishal.shrestha.iom@gmail.com
-----------------------------------------------------------

EDUCATION
  * MBBS - Maharajgunj Medical Campus, Institute of Medicine (IOM),
    Tribhuvan University, Kathmandu  .......  2019 - 2025 (graduated June 2025)
  * Internship: Tribhuvan University Teaching Hospital (TUTH), 2024-2025

USMLE
  * Step 1 - PASS (2024)
  * Step 2 CK - preparing; NBME 28 (practice) = 245, UWSA2 = 251
  * ECFMG: not applied yet
  (No Step 3)

US CLINICAL EXPERIENCE
  * Observership in Psychiatry - The Brooklyn Hospital Center,
    Brooklyn, NY - Summer 2025 (June-July 2025)

NEPAL EXPERIENCE
  * Medical Officer, Dhulikhel Hospital (Kathmandu University Hospital) - Aug 2025 to present
  * Volunteer, Nepal Earthquake health camp, Jajarkot - Nov 2023

INTERESTS
  Internal Medicine (primary), Psychiatry

VISA
  I currently hold a valid US B1/B2 visa (valid until 2029).

LANGUAGES
  Nepali, English, Hindi, Newari (Nepal Bhasa)

REFERENCES
  Dr. Rebecca Stein, MD, Attending Psychiatrist, The Brooklyn Hospital Center
     rstein@tbh.org | +1 718 555 0162
  Prof. Dr. Sanjib Kumar Sharma, Dept. of Internal Medicine, TUTH, Kathmandu

Thank you for your consideration.

Best regards,
Bishal
Sent from my iPhone
"""
    open(P(a), "w", encoding="utf-8", newline="\r\n").write(txt)

def txt_resume(a):
    L = [a["display"].center(72), ("%s | Tel: %s | %s" % (a["address"], a["phone"], a["email"])).center(72), "=" * 72, ""]
    for head, lines in a["sections"]:
        L += [head, "-" * len(head)] + ["  " + x for x in lines] + [""]
    open(P(a), "w", encoding="utf-8").write("\n".join(L))

# ---------------- odfpy ----------------
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P as OP, H as OH, Span
def odt_render(a, out):
    d = OpenDocumentText()
    t = Style(name="Title1", family="paragraph"); t.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    t.addElement(ParagraphProperties(textalign="center")); d.styles.addElement(t)
    hh = Style(name="Head1", family="paragraph"); hh.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8B0000"))
    hh.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #8B0000")); d.styles.addElement(hh)
    c = Style(name="Ctr", family="paragraph"); c.addElement(ParagraphProperties(textalign="center"))
    c.addElement(TextProperties(fontsize="9pt")); d.styles.addElement(c)
    d.text.addElement(OP(stylename=t, text=a["display"]))
    d.text.addElement(OP(stylename=c, text="%s  ·  %s  ·  %s" % (a["address"], a["phone"], a["email"])))
    for head, lines in a["sections"]:
        d.text.addElement(OP(stylename=hh, text=head))
        for ln in lines: d.text.addElement(OP(text="– " + ln))
    d.save(out)
def odt_odfpy(a): odt_render(a, P(a))
def lo_odt2pdf(a):
    src = os.path.join(TMP, "w83_%03d_src.odt" % a["num"]); odt_render(a, src)
    soffice(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", P(a))

# ---------------- RTF by hand ----------------
def rtfesc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) < 128: o.append(ch)
        else:
            n = ord(ch); n = n - 65536 if n > 32767 else n; o.append("\\u%d?" % n)
    return "".join(o)
def rtf_handwritten(a):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Georgia;}}",
         r"{\colortbl;\red120\green20\blue60;}\paperw12240\paperh15840\margl1200\margr1200",
         r"{\header\pard\qr\f0\fs16 Curriculum Vitae \u8212? " + rtfesc(a["full_name"]) + r"\par}",
         r"\pard\qc\f1\fs40\b " + rtfesc(a["display"]) + r"\b0\par",
         r"\pard\qc\f0\fs18 " + rtfesc(a["address"]) + r"\line Cel.: " + rtfesc(a["phone"]) + r" \u183? " + rtfesc(a["email"]) + r"\par"]
    for head, lines in a["sections"]:
        r.append(r"\pard\sb200\f0\fs22\b\cf1 " + rtfesc(head.upper()) + r"\cf0\b0\par")
        for ln in lines: r.append(r"\pard\li300\fi-200\fs19 \bullet  " + rtfesc(ln) + r"\par")
    r.append("}")
    open(P(a), "w", encoding="ascii").write("\n".join(r))

# ---------------- LibreOffice HTML -> DOCX ----------------
def lo_html2docx(a):
    body = "<h1 style='color:#234'>%s</h1><p><b>Cell:</b> %s<br><b>Email:</b> %s<br>%s</p>" % (
        esc(a["display"]), esc(a["phone"]), esc(a["email"]), esc(a["address"]))
    for head, lines in a["sections"]:
        body += "<h2>%s</h2><ul>%s</ul>" % (esc(head), li(lines))
    src = os.path.join(TMP, "w83_%03d_src.html" % a["num"])
    open(src, "w", encoding="utf-8").write("<html><head><meta charset='utf-8'></head><body>%s</body></html>" % body)
    soffice(src, 'docx:MS Word 2007 XML', TMP); shutil.move(src[:-5] + ".docx", P(a))

# ---------------- scans ----------------
from PIL import Image, ImageFilter, ImageEnhance
import numpy as np
def raster(a):
    pdf = os.path.join(TMP, "scan_%03d.pdf" % a["num"]); fpdf_render(a, pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf, pdf[:-4]], check=True)
    png = [f for f in os.listdir(TMP) if f.startswith("scan_%03d-" % a["num"]) and f.endswith(".png")][0]
    return Image.open(os.path.join(TMP, png)).convert("L")
def degrade(im, angle, noise, blur, contrast, bg=235):
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im).astype(np.float32)
    arr = arr * (bg / 255.0) + np.random.default_rng(a_seed[0]).normal(0, noise, arr.shape)
    # uneven illumination (scanner/phone shadow)
    h, w = arr.shape; grad = np.linspace(-18, 8, w)[None, :] + np.linspace(-10, 0, h)[:, None]
    return Image.fromarray(np.clip(arr + grad, 0, 255).astype(np.uint8))
a_seed = [83]
SCAN = {17: dict(angle=1.2, noise=9, blur=0.6, contrast=0.8), 18: dict(angle=-1.7, noise=12, blur=0.8, contrast=0.75),
        19: dict(angle=0.6, noise=7, blur=0.5, contrast=0.45), 20: dict(angle=-0.9, noise=16, blur=0.4, contrast=0.85),
        21: dict(angle=1.9, noise=8, blur=1.6, contrast=0.7)}
def scan(a):
    a_seed[0] = a["num"]; im = degrade(raster(a), **SCAN[a["num"]])
    if a["ext"] == "pdf": im.convert("RGB").save(P(a), "PDF", resolution=150.0)
    elif a["ext"] == "png": im.save(P(a))
    else: im.convert("RGB").save(P(a), "JPEG", quality=62)

R = {k: v for k, v in globals().items() if callable(v)}
truth = []
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]
def months(es, clinical_only=False):
    s = set()
    for e in es:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)
for a in A:
    print("building", fname(a), flush=True)
    if a.get("scan"): scan(a)
    else: R[a["layout"]](a)
    t = {"file": fname(a), "layout": a["layout"]}
    for k in KEYS: t[k] = a[k]
    t["usce_months"] = months(a["usce"]); t["usce_months_clinical"] = months(a["usce"], True); t["usce_entries"] = a["usce"]
    if a.get("scan"): t["needs_ocr"] = True
    truth.append(t)

# ---------------- damaged ----------------
import copy
from data import A as AA
def dmg(num, layout, ext): return os.path.join(OUT, "w83_%03d_%s.%s" % (num, layout, ext)), "w83_%03d_%s.%s" % (num, layout, ext)
# 22: truncated PDF (Chromium CV cut at 45% of its bytes: no xref/trailer, incomplete streams)
src = copy.deepcopy(AA[3]); src["layout"] = "tmp"; tmpf = os.path.join(TMP, "cut_src.pdf")
fpdf_render(dict(src, display="Oluwaseun Adeyemi, MBBS", email="seun.adeyemi@gmail.com", phone="+234 809 111 2233"), tmpf)
p, n = dmg(22, "damaged_truncated_pdf", "pdf"); b = open(tmpf, "rb").read(); open(p, "wb").write(b[: int(len(b) * 0.45)])
truth.append({"file": n, "layout": "damaged_truncated_pdf", "error": True})
# 23: PDF encrypted with a user password (cannot be opened without it)
from pypdf import PdfReader, PdfWriter
tmpf2 = os.path.join(TMP, "enc_src.pdf")
fpdf_render(dict(AA[5], display="Dr. Karim Nabil Mansour", email="karim.mansour@gmail.com", phone="+20 111 222 3344"), tmpf2)
w = PdfWriter(clone_from=PdfReader(tmpf2)); w.encrypt(user_password="Karim@1995", owner_password="own3r-83", algorithm="RC4-128")
p, n = dmg(23, "damaged_encrypted_pdf", "pdf"); w.write(p)
truth.append({"file": n, "layout": "damaged_encrypted_pdf", "error": True})
# 24: random bytes with a .docx name
p, n = dmg(24, "damaged_random_docx", "docx"); open(p, "wb").write(random.Random(2483).randbytes(23117))
truth.append({"file": n, "layout": "damaged_random_docx", "error": True})

with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")
shutil.rmtree(TMP, ignore_errors=True)
print("done", len(truth))
