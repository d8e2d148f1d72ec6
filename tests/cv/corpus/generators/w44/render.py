import os, sys, json, subprocess, shutil, random, html, io
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w44_build"
os.makedirs(FILES, exist_ok=True); os.makedirs(TMP, exist_ok=True)
random.seed(44)


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/w44_lo_profile"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def chromium_pdf(html_text, out):
    h = os.path.join(TMP, os.path.basename(out) + ".html")
    open(h, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + h], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- DOCX ----------------

def heading(doc_or_cell, text, style="caps"):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text.upper() if style == "caps" else text)
    r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    return p


def add_sections(target, sections, bullets=True):
    for h, lines in sections:
        heading(target, h, "caps" if h.isupper() else "plain")
        for ln in lines:
            p = target.add_paragraph(("• " if bullets else "") + ln)
            p.paragraph_format.space_after = Pt(2)


def docx_build(p, mode, out):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    if mode == "twocol":
        hdr = sec.header.paragraphs[0]
        hdr.text = "  |  ".join(p["contacts"])
        t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(18)
        tbl = d.add_table(rows=1, cols=2)
        left, right = tbl.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(12)
        left.paragraphs[0].text = "[ PHOTO ]"
        for h, lines in p["side"]:
            heading(left, h)
            for ln in lines:
                left.add_paragraph(ln)
        right.paragraphs[0].text = ""
        add_sections(right, p["sections"])
    elif mode == "footer":
        ftr = sec.footer.paragraphs[0]; ftr.text = p["contacts"][0]
        t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(20)
        d.add_paragraph("Curriculum Vitae")
        add_sections(d, p["sections"])
    elif mode == "details":
        t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(16)
        heading(d, "Personal Details")
        tbl = d.add_table(rows=0, cols=3); tbl.style = "Table Grid"
        for i, (k, v) in enumerate(p["details"]):
            row = tbl.add_row().cells
            row[0].text = k; row[1].text = v
            row[2].text = "PHOTO\n(passport size)" if i == 0 else ""
        add_sections(d, p["sections"], bullets=False)
    else:  # plain, with optional letter first
        if p.get("letter"):
            for ln in p["contacts"]:
                d.add_paragraph(ln)
            d.add_paragraph("15 September 2025")
            for ln in p["letter"]:
                d.add_paragraph(ln)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(17)
        for ln in p["contacts"]:
            d.add_paragraph(ln)
        add_sections(d, p["sections"])
    d.save(out)

# ---------------- HTML ----------------

def esc(s):
    return html.escape(s)


def html_doc(p, mode):
    css = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}
    h1{font-size:20pt;margin:0 0 4px 0} h2{font-size:11pt;color:#0b4f6c;border-bottom:1px solid #0b4f6c;margin:12px 0 4px 0;text-transform:uppercase}
    ul{margin:2px 0 2px 16px;padding:0} li{margin:1px 0}
    .wrap{display:flex} .side{width:32%;background:#e8eef3;padding:14px;min-height:260mm} .main{width:68%;padding:14px}
    .photo{width:32mm;height:40mm;border:1px solid #888;text-align:center;line-height:40mm;color:#888;float:right}
    .pb{page-break-before:always} .contact{font-size:9.5pt}
    @page{size:A4;margin:12mm}"""
    def secs(ss):
        o = ""
        for h, lines in ss:
            o += f"<h2>{esc(h)}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"
        return o
    body = ""
    if mode == "sidebar":
        side = "".join(f"<div class=contact>{esc(c)}</div>" for c in p["contacts"]) + secs(p["side"])
        body = f"<div class=wrap><div class=side>{side}</div><div class=main><h1>{esc(p['title'])}</h1>{secs(p['sections'])}</div></div>"
    elif mode == "photo":
        body = f"<div class=photo>PHOTO</div><h1>{esc(p['title'])}</h1>" + "".join(f"<div class=contact>{esc(c)}</div>" for c in p["contacts"])
        s = p["sections"]
        body += secs(s[:3]) + "<div class=pb></div>" + secs(s[3:5]) + "<div class=pb></div>" + secs(s[5:])
    else:
        body = f"<h1>{esc(p['title'])}</h1>" + "".join(f"<div class=contact>{esc(c)}</div>" for c in p["contacts"]) + secs(p["sections"])
        if p.get("letter") and mode == "letter_after":
            body += "<div class=pb></div><h2>Cover Letter</h2>" + "".join(f"<p>{esc(x)}</p>" for x in p["letter"])
    return f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body>{body}</body></html>"

# ---------------- reportlab / fpdf ----------------

def rl_build(p, mode, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12)
    h = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=15, spaceBefore=6, textColor=colors.HexColor("#7a1f1f"))
    t = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=22)
    def flow(ss):
        f = []
        for hd, lines in ss:
            f.append(Paragraph(esc(hd), h))
            f += [Paragraph(esc(x), n) for x in lines]
        return f
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                            title="CV", author=p["truth"]["full_name"])
    story = [Paragraph(esc(p["title"]), t)]
    if mode == "twocol":
        left = [Paragraph(esc(c), n) for c in p["contacts"]] + flow(p["side"])
        right = flow(p["sections"])
        tb = Table([[left, right]], colWidths=[150, 365])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#f0f0f0"))]))
        story.append(tb)
    else:
        story += [Paragraph(esc(c), n) for c in p["contacts"]] + [Spacer(1, 6)] + flow(p["sections"])
    doc.build(story)


def fpdf_build(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "   ·   ".join(p["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for hd, lines in p["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_fill_color(220, 230, 240)
        pdf.cell(0, 7, hd, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for x in lines:
            pdf.multi_cell(0, 5, "- " + x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


def txt_build(p, out):
    o = [p["title"]] + p["contacts"] + [""]
    for hd, lines in p["sections"]:
        o += [hd, "-" * len(hd)] + ["  " + x for x in lines] + [""]
    open(out, "w", encoding="utf-8").write("\r\n".join(o))

# ---------------- scans ----------------

def scan(p, out, kind):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    pdf = os.path.join(TMP, p["file"] + ".src.pdf")
    chromium_pdf(html_doc(p, "plain"), pdf)
    base = os.path.join(TMP, p["file"] + ".pg")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf, base], check=True)
    pg = [f for f in os.listdir(TMP) if f.startswith(os.path.basename(base)) and f.endswith(".png")][0]
    im = Image.open(os.path.join(TMP, pg)).convert("L")
    ang = {"scan_pdf": 0.7, "scan_png_rotated": -1.8, "scan_jpg_photo": 1.3, "scan_pdf_lowcontrast": -0.5, "scan_png_blur": 1.0}[p["layout"]]
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    if "blur" in kind or "jpg" in kind:
        im = im.filter(ImageFilter.GaussianBlur(1.1))
    if "lowcontrast" in kind:
        im = ImageEnhance.Contrast(im).enhance(0.45)
    a = np.asarray(im).astype("float32")
    rng = np.random.default_rng(44)
    a = a + rng.normal(0, 14, a.shape)
    if "jpg" in kind:  # uneven lighting like a phone photo
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        a = a - 40 * (xx / a.shape[1]) * (yy / a.shape[0])
    im = Image.fromarray(a.clip(0, 255).astype("uint8"))
    if out.endswith(".pdf"):
        im.save(out, "PDF", resolution=150)
    elif out.endswith(".jpg"):
        im.convert("RGB").save(out, "JPEG", quality=62)
    else:
        im.save(out)

# ---------------- main ----------------

def build(i):
    p = P[i]; out = os.path.join(FILES, p["file"]); lay = p["layout"]
    stem = os.path.splitext(p["file"])[0]
    if lay == "docx_twocol_table":
        docx_build(p, "twocol", out)
    elif lay == "docx_footer_contacts":
        docx_build(p, "footer", out)
    elif lay in ("lo_pdf_letter_first", "lo_pdf_details_table", "lo_odt", "lo_rtf"):
        src = os.path.join(TMP, stem + ".docx")
        docx_build(p, "details" if "details" in lay else "plain", src)
        fmt = {"lo_odt": "odt", "lo_rtf": "rtf"}.get(lay, "pdf")
        soffice(src, fmt, FILES)
    elif lay == "lo_pdf2docx_roundtrip":
        # Word CV -> PDF (LibreOffice) -> back to DOCX through LibreOffice's PDF import
        src = os.path.join(TMP, stem + ".docx"); docx_build(p, "plain", src)
        d1 = os.path.join(TMP, "rt"); os.makedirs(d1, exist_ok=True)
        soffice(src, "pdf", d1)
        soffice(os.path.join(d1, stem + ".pdf"), "docx:MS Word 2007 XML", FILES, infilter="writer_pdf_import")
    elif lay == "lo_html2odt":
        h = os.path.join(TMP, stem + ".html"); open(h, "w", encoding="utf-8").write(html_doc(p, "plain"))
        soffice(h, "odt:writer8", FILES, infilter="HTML (StarWriter)")
    elif lay == "lo_odt2docx":
        src = os.path.join(TMP, stem + ".docx"); docx_build(p, "plain", src)
        d1 = os.path.join(TMP, "o2d"); os.makedirs(d1, exist_ok=True)
        soffice(src, "odt", d1)
        soffice(os.path.join(d1, stem + ".odt"), "docx:MS Word 2007 XML", FILES)
    elif lay == "chromium_sidebar":
        chromium_pdf(html_doc(p, "sidebar"), out)
    elif lay == "chromium_photo_3page":
        chromium_pdf(html_doc(p, "photo"), out)
    elif lay == "chromium_letter_after":
        chromium_pdf(html_doc(p, "letter_after"), out)
    elif lay == "reportlab_plain":
        rl_build(p, "plain", out)
    elif lay == "reportlab_twocol":
        rl_build(p, "twocol", out)
    elif lay == "fpdf2_student":
        fpdf_build(p, out)
    elif lay == "plain_txt":
        txt_build(p, out)
    elif lay.startswith("scan"):
        scan(p, out, lay)
    assert os.path.exists(out), out


def damaged():
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(FILES, P[13]["file"])
    data = open(src, "rb").read()
    open(os.path.join(FILES, DAMAGED[0][0]), "wb").write(data[: len(data) * 2 // 5])
    w = PdfWriter(clone_from=PdfReader(os.path.join(FILES, P[8]["file"])))
    w.encrypt(user_password="kamau2025", owner_password="owner-w44", algorithm="AES-128")
    with open(os.path.join(FILES, DAMAGED[1][0]), "wb") as f:
        w.write(f)
    open(os.path.join(FILES, DAMAGED[2][0]), "wb").write(random.Random(2444).randbytes(23817))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y += 1; m = 1
    return len(s)


def truth():
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
            "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for i in sorted(P):
            p = P[i]; t = p["truth"]
            o = {"file": p["file"], "layout": p["layout"]}
            o.update({k: t[k] for k in keys})
            o["usce_months"] = months(t["usce_entries"])
            o["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
            o["usce_entries"] = t["usce_entries"]
            if p["layout"].startswith("scan"):
                o["needs_ocr"] = True
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
        for fn, lay in DAMAGED:
            f.write(json.dumps({"file": fn, "layout": lay, "error": True}) + "\n")


if __name__ == "__main__":
    which = [int(x) for x in sys.argv[1:]] or sorted(P)
    for i in which:
        print("building", i, P[i]["file"], flush=True)
        build(i)
    if not sys.argv[1:]:
        damaged()
    truth()
