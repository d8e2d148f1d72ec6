# -*- coding: utf-8 -*-
"""Builds every file in ../files and ../truth.jsonl for writer w84."""
import os, sys, json, random, subprocess, shutil, html, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import P, DAMAGED, fname

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = tempfile.mkdtemp(prefix="w84_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
random.seed(84)

def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w84_lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- DOCX ----------------
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml

def docx_sections(doc, p, skip_first=False):
    secs = p["sections"][1:] if skip_first else p["sections"]
    for h, lines in secs:
        hp = doc.add_paragraph()
        r = hp.add_run(h.upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        for l in lines:
            q = doc.add_paragraph(l, style="List Bullet" if len(lines) > 1 else None)
            q.paragraph_format.space_after = Pt(2)

def build_docx(p, out):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    L = p["layout"]
    if L == "docx_table":
        for i, l in enumerate(p["header"]):
            q = doc.add_paragraph(); r = q.add_run(l); r.bold = (i == 0); r.font.size = Pt(18 if i == 0 else 11)
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        for k, v in p["contact_table"]:
            c = t.add_row().cells; c[0].text = k; c[1].text = v
        docx_sections(doc, p)
    elif L == "lo_docx_pdf_header":
        hdr = doc.sections[0].header.paragraphs[0]; hdr.text = p["header_text"]; hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.sections[0].footer.paragraphs[0].text = "CV – mis à jour en novembre 2025 – page 1"
        docx_sections(doc, p)
    elif L == "docx_textbox":
        tb = p["textbox"]
        paras = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ('<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if i == 0 else "", html.escape(x)) for i, x in enumerate(tb))
        xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
               '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:260pt;margin-top:0pt;width:225pt;height:120pt;z-index:2;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" fillcolor="#EAF1F8" strokecolor="#1F3A5F">'
               '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>') % paras
        doc.element.body.insert(0, parse_xml(xml))
        q = doc.add_paragraph(); r = q.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(14)
        docx_sections(doc, p)
    elif L == "docx_footer_contacts":
        f = doc.sections[0].footer.paragraphs[0]; f.text = p["footer_text"]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        h, lines = p["sections"][0]
        q = doc.add_paragraph(); r = q.add_run(h); r.bold = True; r.font.size = Pt(20)
        doc.add_paragraph(lines[0])
        docx_sections(doc, p, skip_first=True)
    elif L == "docx_bilingual_table":
        h, lines = p["sections"][0]
        q = doc.add_paragraph(); r = q.add_run(h); r.bold = True; r.font.size = Pt(20)
        doc.add_paragraph(lines[0])
        t = doc.add_table(rows=0, cols=2); t.style = "Light List Accent 1"
        for h, lines in p["sections"][1:]:
            c = t.add_row().cells; c[0].text = h
            c[1].text = lines[0]
            for l in lines[1:]:
                c[1].add_paragraph(l)
        hp = doc.sections[0].header.paragraphs[0]; hp.text = "Curriculum vitae – Riad Benali – 2025"
    doc.save(out)

# ---------------- ODT ----------------
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P as OP, H as OH, List, ListItem

def build_odt(p, out):
    d = OpenDocumentText()
    hs = Style(name="Heading", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#8B1E3F"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm")); d.styles.addElement(hs)
    ts = Style(name="Title1", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold")); d.styles.addElement(ts)
    for i, (h, lines) in enumerate(p["sections"]):
        if i == 0:
            d.text.addElement(OP(stylename=ts, text=h))
            for l in lines: d.text.addElement(OP(text=l))
            continue
        d.text.addElement(OH(outlinelevel=1, stylename=hs, text=h))
        for l in lines: d.text.addElement(OP(text=l))
    d.save(out)

# ---------------- RTF ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)

def build_rtf(p, out):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}", r"\paperw11906\paperh16838\margl1134\margr1134"]
    for i, (h, lines) in enumerate(p["sections"]):
        if i == 0:
            r.append(r"\pard\qc\f1\fs36\b %s\b0\par" % rtf_esc(h))
            for l in lines: r.append(r"\pard\qc\f0\fs22 %s\par" % rtf_esc(l))
            continue
        r.append(r"\pard\sb200\f1\fs24\b\ul %s\ulnone\b0\par" % rtf_esc(h))
        for l in lines: r.append(r"\pard\li360\f0\fs21 %s\par" % rtf_esc(l))
    r.append("}")
    open(out, "w", encoding="ascii").write("\n".join(r))

# ---------------- TXT ----------------
def build_txt(p, out):
    o = []
    for i, (h, lines) in enumerate(p["sections"]):
        if i == 0:
            o.append(h); o += lines; o.append("=" * 60); continue
        o.append(""); o.append(h); o.append("-" * len(h))
        o += ["  " + l for l in lines]
    open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")

# ---------------- reportlab ----------------
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, BaseDocTemplate, Frame, PageTemplate, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB)); pdfmetrics.registerFont(TTFont("DVS", FONTS))

def rl_styles():
    return (ParagraphStyle("h", fontName="DVB", fontSize=11.5, textColor=colors.HexColor("#003366"), spaceBefore=8, spaceAfter=3),
            ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12.5, leftIndent=8),
            ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22, spaceAfter=4))

def build_reportlab(p, out, pagesize=A4):
    H, B, T = rl_styles(); story = []
    if p["layout"] == "reportlab_classic":
        story.append(Paragraph("Mohamed Amine BEN SALAH", T))
        story.append(Paragraph("Médecin — Internal Medicine applicant", B))
        for h, lines in p["sections"]:
            story.append(Paragraph(html.escape(h), H))
            for l in lines: story.append(Paragraph(html.escape(l), B))
        SimpleDocTemplate(out, pagesize=pagesize, title="CV", author="").build(story)
    else:  # two-column: left narrow column holds contact/exams/langs
        left_keys = {"USMLE", "Statut", "Langues"}
        doc = BaseDocTemplate(out, pagesize=letter, title="Curriculum Vitae")
        W, Hh = letter
        fl = Frame(36, 36, 170, Hh - 72, id="l"); fr = Frame(220, 36, W - 256, Hh - 72, id="r")
        def bg(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#EEF2F7")); c.rect(0, 0, 212, Hh, stroke=0, fill=1); c.restoreState()
        doc.addPageTemplates([PageTemplate(frames=[fl, fr], onPage=bg)])
        h0, l0 = p["sections"][0]
        story.append(Paragraph(h0, ParagraphStyle("tt", fontName="DVB", fontSize=14, leading=17)))
        for x in l0[0].split(" · "): story.append(Paragraph(html.escape(x), B))
        for h, lines in p["sections"][1:]:
            if h in left_keys:
                story.append(Paragraph(h, H)); story += [Paragraph(html.escape(l), B) for l in lines]
        story.append(FrameBreak())
        for h, lines in p["sections"][1:]:
            if h not in left_keys:
                story.append(Paragraph(h, H)); story += [Paragraph(html.escape(l), B) for l in lines]
        doc.build(story)

# ---------------- fpdf2 ----------------
from fpdf import FPDF
def build_fpdf(p, out):
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.add_page()
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    compact = p["layout"] == "fpdf2_compact"
    for i, (h, lines) in enumerate(p["sections"]):
        if i == 0:
            pdf.set_font("DV", "B", 17); pdf.cell(0, 9, h, new_x="LMARGIN", new_y="NEXT", align="L" if compact else "C")
            pdf.set_font("DV", "", 9.5)
            for l in lines: pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT", align="L" if compact else "C")
            pdf.ln(2); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); continue
        pdf.ln(1.5 if compact else 3)
        pdf.set_font("DV", "B", 10.5 if compact else 11.5); pdf.set_text_color(120, 20, 40)
        pdf.cell(0, 6, h, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 8.8 if compact else 9.8)
        for l in lines: pdf.multi_cell(0, 4.4 if compact else 5, ("• " if not compact else "") + l, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("CV"); pdf.output(out)

# ---------------- Chromium HTML ----------------
def sec_html(secs):
    return "".join("<h2>%s</h2><ul>%s</ul>" % (html.escape(h), "".join("<li>%s</li>" % html.escape(l) for l in lines)) for h, lines in secs)

def build_chromium(p, out):
    L = p["layout"]
    if L == "chromium_sidebar":
        side = "".join(("<h3>%s</h3>" % html.escape(x)) if x.isupper() and len(x) > 3 and "USMLE" not in x else ("<p>%s</p>" % html.escape(x)) for x in p["sidebar"] if x)
        body = ("<div class='side'>%s</div><div class='main'><h1>Mame Diarra NDIAYE</h1><div class='sub'>Médecin · Physician · Dakar</div>%s</div>" % (side, sec_html(p["sections"])))
        css = ("@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt;display:flex}"
               ".side{width:58mm;min-height:297mm;background:#14532d;color:#fff;padding:12mm 6mm;box-sizing:border-box}"
               ".side h3{font-size:9pt;letter-spacing:1px;border-bottom:1px solid #9ae6b4;margin-top:14px}.side p{margin:3px 0;font-size:8.5pt;word-break:break-all}"
               ".main{padding:12mm 10mm;flex:1} h1{margin:0;font-size:22pt;color:#14532d}.sub{color:#555;margin-bottom:8px}"
               "h2{font-size:11pt;color:#14532d;border-bottom:2px solid #14532d;margin:12px 0 4px} ul{margin:0;padding-left:16px} li{margin:2px 0}")
    elif L == "chromium_twocol_fr":
        left = [s for s in p["sections"] if s[0] in ("Coordonnées", "Langues", "Visa", "USMLE")]
        right = [s for s in p["sections"] if s not in left]
        body = ("<header>%s</header><div class='cols'><div class='l'>%s</div><div class='r'>%s</div></div>" % (html.escape(p["header_line"]), sec_html(left), sec_html(right)))
        css = ("@page{size:A4;margin:14mm} body{font-family:'Liberation Serif',serif;font-size:10.5pt}"
               "header{font-size:17pt;font-variant:small-caps;border-bottom:3px double #222;padding-bottom:4px;margin-bottom:8px}"
               ".cols{display:grid;grid-template-columns:30% minmax(0,1fr);gap:7mm} h2{font-size:11pt;text-transform:uppercase;color:#7a1f1f;margin:10px 0 3px}"
               "ul{list-style:none;padding:0;margin:0} li{margin:2px 0;overflow-wrap:anywhere}")
    else:
        h0, l0 = p["sections"][0]
        body = "<h1>%s</h1><p class='c'>%s</p>%s" % (html.escape(h0), html.escape(l0[0]), sec_html(p["sections"][1:]))
        css = ("@page{size:Letter;margin:16mm} body{font-family:'Liberation Sans',sans-serif;font-size:10pt}"
               "h1{font-size:16pt;text-align:center;margin:0}.c{text-align:center;color:#333}"
               "h2{font-size:10.5pt;background:#e6e6f0;padding:2px 6px;margin:10px 0 4px} ul{margin:0;padding-left:18px}")
    doc = "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>CV</title><style>%s</style></head><body>%s</body></html>" % (css, body)
    chromium_pdf(doc, out)

# ---------------- scans ----------------
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
def render_page(p, w=1240, h=1754):
    img = Image.new("L", (w, h), 255); d = ImageDraw.Draw(img)
    fT = ImageFont.truetype(FONTB, 40); fH = ImageFont.truetype(FONTB, 27); fB = ImageFont.truetype(FONTS, 23)
    y = 110; x = 110
    for i, (hd, lines) in enumerate(p["sections"]):
        if i == 0:
            d.text((x, y), hd, font=fT, fill=0); y += 62
            for l in lines: d.text((x, y), l, font=fB, fill=30); y += 34
            d.line((x, y + 6, w - x, y + 6), fill=0, width=2); y += 26; continue
        y += 14; d.text((x, y), hd, font=fH, fill=0); y += 40
        for l in lines:
            words = l.split(); cur = ""
            for wd in words:
                t = (cur + " " + wd).strip()
                if d.textlength(t, font=fB) > w - 2 * x - 20:
                    d.text((x + 20, y), cur, font=fB, fill=20); y += 32; cur = wd
                else: cur = t
            d.text((x + 20, y), cur, font=fB, fill=20); y += 32
    return img

def degrade(img, angle, blur, contrast, noise, seed):
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    px = img.load(); W, H = img.size
    for _ in range(int(W * H * noise)):
        a, b = rnd.randrange(W), rnd.randrange(H); px[a, b] = max(0, min(255, px[a, b] + rnd.randint(-90, 90)))
    return img

def build_scan(p, out):
    base = render_page(p)
    cfg = {17: (0.8, 1.0, 0.75, 0.04), 18: (-1.3, 0.8, 0.65, 0.03), 19: (1.7, 1.3, 0.7, 0.05), 20: (-0.6, 1.1, 0.8, 0.05), 21: (1.1, 1.5, 0.6, 0.04)}[p["n"]]
    img = degrade(base, *cfg, seed=p["n"])
    if p["fmt"] == "jpg":  # photo of a printed page: warm tint, vignette-ish border
        rgb = Image.merge("RGB", (img, img.point(lambda v: int(v * 0.97)), img.point(lambda v: int(v * 0.88))))
        canvas = Image.new("RGB", (rgb.width + 120, rgb.height + 160), (92, 78, 64)); canvas.paste(rgb, (55, 70))
        canvas = canvas.resize((canvas.width * 3 // 4, canvas.height * 3 // 4))
        canvas.save(out, "JPEG", quality=72)
    elif p["fmt"] == "png":
        img.save(out, "PNG")
    else:
        img.convert("RGB").save(out, "PDF", resolution=150.0)

# ---------------- truth ----------------
def months(s, e):
    y1, m1 = map(int, s.split("-")); y2, m2 = map(int, e.split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}

def truth(p):
    allm, clin = set(), set()
    for e in p["usce"]:
        ms = months(e["start"], e["end"]); allm |= ms
        if e["type"] in ("hands_on", "observership"): clin |= ms
    t = {"file": fname(p), "layout": p["layout"]}
    for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
              "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]:
        t[k] = p[k]
    t["usce_months"] = len(allm); t["usce_months_clinical"] = len(clin); t["usce_entries"] = p["usce"]
    if p["kind"] == "scan": t["needs_ocr"] = True
    return t

# ---------------- damaged ----------------
def build_damaged(dm, out):
    n = dm["n"]
    if n == 22:
        tmp = os.path.join(TMP, "full22.pdf")
        fake = dict(P[3]); fake["layout"] = "reportlab_classic"
        build_reportlab(fake, tmp)
        data = open(tmp, "rb").read(); open(out, "wb").write(data[: int(len(data) * 0.45)])
    elif n == 23:
        from pypdf import PdfReader, PdfWriter
        tmp = os.path.join(TMP, "full23.pdf"); build_fpdf(P[15], tmp)
        w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(tmp).pages]
        w.encrypt(user_password="Cv2025!dz", owner_password="owner-w84", algorithm="RC4-128")
        with open(out, "wb") as f: w.write(f)
    elif n == 24:
        rnd = random.Random(2424); open(out, "wb").write(bytes(rnd.randrange(256) for _ in range(18731)))

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    lines = []
    for p in P:
        out = os.path.join(OUT, fname(p)); L = p["layout"]; f = p["fmt"]
        print("building", fname(p), flush=True)
        if p["kind"] == "scan": build_scan(p, out)
        elif f == "docx": build_docx(p, out)
        elif f == "odt": build_odt(p, out)
        elif f == "rtf": build_rtf(p, out)
        elif f == "txt": build_txt(p, out)
        elif L == "lo_docx_pdf_header":
            src = os.path.join(TMP, fname(p).replace(".pdf", ".docx")); build_docx(p, src); soffice_convert(src, "pdf", TMP)
            shutil.move(src[:-5] + ".pdf", out)
        elif L == "odt_to_pdf_quebec":
            src = os.path.join(TMP, fname(p).replace(".pdf", ".odt")); build_odt(p, src); soffice_convert(src, "pdf", TMP)
            shutil.move(src[:-4] + ".pdf", out)
        elif L.startswith("reportlab"): build_reportlab(p, out)
        elif L.startswith("fpdf2"): build_fpdf(p, out)
        elif L.startswith("chromium"): build_chromium(p, out)
        else: raise SystemExit("no builder for " + L)
        lines.append(truth(p))
    for dm in DAMAGED:
        fn = "w84_%03d_%s.%s" % (dm["n"], dm["layout"], dm["file_ext"])
        print("building", fn, flush=True)
        build_damaged(dm, os.path.join(OUT, fn))
        lines.append({"file": fn, "layout": dm["layout"], "error": True})
    with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in lines: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
