# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w53."""
import os, sys, json, random, shutil, subprocess, tempfile, html
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w53_")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(53)


def fname(n, d):
    return f"w53_{n:03d}_{d['layout']}.{d['ext']}"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w53_lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ docx
def build_docx(d, path, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    contact = f"{d['email']}  |  {d['phone']}  |  {d['address']}"

    def add_sections(container, sections):
        for h, items in sections:
            p = container.add_paragraph(); r = p.add_run(h.upper()); r.bold = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            for it in items:
                container.add_paragraph(it, style=None if mode == "sidebar" else "List Bullet")

    if mode == "table":
        t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        c0.text = ""; r = c0.paragraphs[0].add_run(d["title"]); r.bold = True; r.font.size = Pt(16)
        if d.get("name_ar"):
            c0.add_paragraph(d["name_ar"])
        c1.text = "Email: " + d["email"]
        c1.add_paragraph("Mobile: " + d["phone"]); c1.add_paragraph(d["address"])
        doc.add_paragraph()
        add_sections(doc, d["sections"])
    elif mode == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["title"]); r.bold = True; r.font.size = Pt(14)
        sec.header.add_paragraph(contact)
        doc.add_heading("Curriculum Vitae", level=1)
        add_sections(doc, d["sections"])
    elif mode == "footer":
        fp = sec.footer.paragraphs[0]
        fp.add_run(f"{d['title']} · {d['email']} · {d['phone']} · {d['address']}").font.size = Pt(8)
        h = doc.add_heading(d["title"], level=0)
        if d.get("name_ar"):
            doc.add_paragraph(d["name_ar"])
        add_sections(doc, d["sections"])
    elif mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(12)
        left.text = ""
        r = left.paragraphs[0].add_run(d["title"]); r.bold = True; r.font.size = Pt(15)
        if d.get("name_ar"):
            left.add_paragraph(d["name_ar"])
        left.add_paragraph("CONTACT").runs[0].bold = True
        left.add_paragraph(d["phone"]); left.add_paragraph(d["email"]); left.add_paragraph(d["address"])
        side = [s for s in d["sections"] if s[0].startswith("Lang")]
        main = [s for s in d["sections"] if not s[0].startswith("Lang")]
        for h, items in side:
            left.add_paragraph(h.upper()).runs[0].bold = True
            for it in items: left.add_paragraph(it)
        right.text = ""
        add_sections(right, main)
    doc.save(path)


# ------------------------------------------------------------------ odt
def build_odt(d, path, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, ParagraphProperties
    from odf.text import P as TP, H, Span
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontweight="bold", fontsize="12pt", color="#7a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm"))
    ts = Style(name="Ti", family="paragraph"); ts.addElement(TextProperties(fontweight="bold", fontsize="18pt"))
    doc.styles.addElement(hs); doc.styles.addElement(ts)
    if mode == "footer":
        pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
        doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        f = Footer(); f.addElement(TP(text=f"{d['email']} — {d['phone']} — {d['address']}")); mp.addElement(f)
        doc.masterstyles.addElement(mp)
    doc.text.addElement(TP(stylename=ts, text=d["title"]))
    if d.get("name_ar"):
        doc.text.addElement(TP(text=d["name_ar"]))
    if mode == "plain":
        doc.text.addElement(TP(text=f"E-mail: {d['email']}"))
        doc.text.addElement(TP(text=f"Tel.: {d['phone']}"))
        doc.text.addElement(TP(text=d["address"]))
    for h, items in d["sections"]:
        doc.text.addElement(TP(stylename=hs, text=h))
        for it in items:
            doc.text.addElement(TP(text="• " + it))
    doc.save(path)


# ------------------------------------------------------------------ rtf (hand-written)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def build_rtf_hand(d, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil DejaVu Sans;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134",
         r"{\header\pard\qr\fs16 " + rtf_esc(f"{d['email']} / {d['phone']}") + r"\par}",
         r"\pard\qc\b\fs32 " + rtf_esc(d["title"]) + r"\b0\par"]
    if d.get("name_ar"):
        L.append(r"\pard\qc\f1\fs24 " + rtf_esc(d["name_ar"]) + r"\f0\par")
    L.append(r"\pard\qc\fs18 " + rtf_esc(d["address"]) + r"\par\pard\fs20\par")
    for h, items in d["sections"]:
        L.append(r"\pard\sb120\b\ul " + rtf_esc(h) + r"\ul0\b0\par")
        for it in items:
            L.append(r"\pard\li360 - " + rtf_esc(it) + r"\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))


# ------------------------------------------------------------------ txt
def build_txt(d, path, bilingual):
    L = [d["title"]]
    if bilingual and d.get("name_ar"):
        L.append(d["name_ar"])
    L += [d["address"], f"Email: {d['email']}   Phone/WhatsApp: {d['phone']}", "=" * 60, ""]
    for h, items in d["sections"]:
        L.append(h); L.append("-" * len(h))
        for it in items:
            L.append(("* " if not bilingual else "  - ") + it)
        L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L))


# ------------------------------------------------------------------ reportlab
def reg_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    if cur: lines.append(cur)
    return lines


def build_rl_sidebar(d, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    reg_fonts()
    c = canvas.Canvas(path, pagesize=A4); W, H = A4
    side = [s for s in d["sections"] if s[0] in ("Languages", "References")]
    main = [s for s in d["sections"] if s not in side]

    def sidebar():
        c.setFillColorRGB(0.12, 0.35, 0.38); c.rect(0, 0, 170, H, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); y = H - 60
        c.setFont("DVB", 10); c.drawString(15, y, "CONTACT"); y -= 16
        c.setFont("DV", 7.5)
        for t in [d["email"], d["phone"]] + wrap(d["address"], "DV", 7.5, 145):
            c.drawString(15, y, t); y -= 12
        for h, items in side:
            y -= 10; c.setFont("DVB", 10); c.drawString(15, y, h.upper()); y -= 14; c.setFont("DV", 7.5)
            for it in items:
                for ln in wrap(it, "DV", 7.5, 145):
                    c.drawString(15, y, ln); y -= 11
    sidebar()
    c.setFillColorRGB(0, 0, 0); x = 190; y = H - 60
    c.setFont("DVB", 18); c.drawString(x, y, d["title"]); y -= 30
    for h, items in main:
        c.setFont("DVB", 11); c.setFillColorRGB(0.12, 0.35, 0.38); c.drawString(x, y, h); y -= 15
        c.setFillColorRGB(0, 0, 0); c.setFont("DV", 9)
        for it in items:
            for ln in wrap(it, "DV", 9, W - x - 40):
                c.drawString(x + 6, y, ln); y -= 12
            y -= 3
        y -= 6
        if y < 80:
            c.showPage(); sidebar(); c.setFillColorRGB(0, 0, 0); y = H - 60
    c.save()


def build_rl_platypus(d, path, scan_style=False):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4, letter
    reg_fonts()
    body = ParagraphStyle("b", fontName="DV", fontSize=10 if not scan_style else 11, leading=14)
    head = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=16, spaceBefore=8)
    ttl = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    e = html.escape
    story = [Paragraph(e(d["title"]), ttl),
             Paragraph(e(f"{d['address']} • {d['phone']} • {d['email']}"), body), Spacer(1, 8)]
    for h, items in d["sections"]:
        story.append(Paragraph(e(h.upper()), head))
        for it in items:
            story.append(Paragraph("– " + e(it), body))
    SimpleDocTemplate(path, pagesize=letter if scan_style else A4, title="CV",
                      leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(story)


# ------------------------------------------------------------------ fpdf2
def build_fpdf(d, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.add_page()
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_font("DV", "B", 16); pdf.cell(0, 10, d["title"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, f"{d['address']}  ·  {d['phone']}  ·  {d['email']}", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(3)
    for h, items in d["sections"]:
        pdf.set_font("DV", "B", 11); pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT", border="B")
        pdf.set_font("DV", "", 9.5)
        for it in items:
            pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(path)


# ------------------------------------------------------------------ chromium
def build_chromium(d, path, mode):
    e = html.escape
    secs = "".join(f"<h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"
                   for h, items in d["sections"])
    lang = "fr" if mode == "fr" else "en"
    ar = f'<div class="ar" dir="rtl" lang="ar">{e(d["name_ar"])}</div>' if d.get("name_ar") else ""
    if mode == "bilingual":
        head = (f'<table class="hd"><tr><td><h1>{e(d["title"])}</h1></td><td dir="rtl" class="ar">{e(d["name_ar"])}<br>'
                f'<span class="sm">طبيبة امتياز – الرياض</span></td></tr></table>'
                f'<div class="ct">✉ {e(d["email"])} &nbsp; ☎ {e(d["phone"])} &nbsp; {e(d["address"])}</div>')
    else:
        head = f'<h1>{e(d["title"])}</h1>{ar}<div class="ct">{e(d["address"])} — Tél. {e(d["phone"])} — {e(d["email"])}</div>'
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0 10mm;color:#222}
    h1{font-size:20pt;margin:0;color:#0b4f6c} h2{font-size:11.5pt;border-bottom:1px solid #0b4f6c;margin:10px 0 3px;color:#0b4f6c}
    ul{margin:2px 0 2px 16px;padding:0} .ar{font-size:15pt} .ct{font-size:9pt;color:#555;margin:4px 0 8px}
    .hd{width:100%} .hd td{vertical-align:top} .sm{font-size:9pt}"""
    doc = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>CV</title><style>{css}</style></head><body>{head}{secs}</body></html>'
    hp = os.path.join(TMP, os.path.basename(path) + ".html")
    open(hp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chr", f"--print-to-pdf={path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ scans
def degrade(img, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = random.Random(seed)
    img = img.convert("L")
    ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(img).astype(np.float32)
    if kind in ("rot", "photo", "noisy", "lowcontrast", "blur"):
        noise = {"noisy": 28, "photo": 14}.get(kind, 8)
        a = a + np.random.default_rng(seed).normal(0, noise, a.shape)
    if kind == "photo":  # uneven lighting
        h, w = a.shape; g = np.linspace(0.82, 1.0, w)[None, :] * np.linspace(0.9, 1.0, h)[:, None]
        a = a * g
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if kind == "lowcontrast":
        img = ImageEnhance.Contrast(img).enhance(0.45); img = ImageEnhance.Brightness(img).enhance(1.15)
    blur = {"blur": 1.3, "photo": 0.9}.get(kind, 0.6)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def build_scan(d, path, kind, seed):
    from PIL import Image
    pdf = os.path.join(TMP, f"scan{seed}.pdf")
    build_rl_platypus(d, pdf, scan_style=True)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, os.path.join(TMP, f"scan{seed}")], check=True)
    pngs = sorted(f for f in os.listdir(TMP) if f.startswith(f"scan{seed}") and f.endswith(".png"))
    img = Image.open(os.path.join(TMP, pngs[0]))
    img = degrade(img, kind, seed)
    if path.endswith(".png"):
        img.save(path)
    elif path.endswith(".jpg"):
        img.convert("RGB").save(path, quality=72)
    else:
        img.convert("RGB").save(path, "PDF", resolution=150)


# ------------------------------------------------------------------ damaged
def build_damaged(n, d, path):
    if d["layout"] == "damaged_truncated":
        src = os.path.join(TMP, "trunc.pdf"); build_rl_platypus(P[1], src)
        data = open(src, "rb").read(); open(path, "wb").write(data[: len(data) * 2 // 5])
    elif d["layout"] == "damaged_encrypted":
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(TMP, "enc.pdf"); build_fpdf(P[12], src)
        w = PdfWriter(); w.append(PdfReader(src)); w.encrypt(user_password="Riyadh2025!", owner_password="own53", algorithm="RC4-128")
        w.write(path)
    else:
        rnd = random.Random(2453); open(path, "wb").write(bytes(rnd.getrandbits(8) for _ in range(23456)))


# ------------------------------------------------------------------ truth helpers
def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]


def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    lines = []
    for n in range(1, 25):
        if n in DAMAGED:
            d = DAMAGED[n]; f = fname(n, d); build_damaged(n, d, os.path.join(OUT, f))
            lines.append({"file": f, "layout": d["layout"], "error": True}); print("built", f); continue
        d = P[n]; f = fname(n, d); path = os.path.join(OUT, f); lay = d["layout"]
        if lay.startswith("docx_"):
            build_docx(d, path, lay.split("_")[1])
        elif lay.startswith("odt_"):
            build_odt(d, path, lay.split("_")[1])
        elif lay == "rtf_hand":
            build_rtf_hand(d, path)
        elif lay == "rtf_soffice":
            src = os.path.join(TMP, f.replace(".rtf", ".docx")); build_docx(d, src, "table")
            soffice(src, "rtf", TMP); shutil.move(src.replace(".docx", ".rtf"), path)
        elif lay.startswith("txt_"):
            build_txt(d, path, lay == "txt_bilingual")
        elif lay == "pdf_reportlab_sidebar":
            build_rl_sidebar(d, path)
        elif lay == "pdf_reportlab_platypus":
            build_rl_platypus(d, path)
        elif lay == "pdf_fpdf_classic":
            build_fpdf(d, path)
        elif lay.startswith("pdf_chromium_"):
            build_chromium(d, path, lay.split("_")[2])
        elif lay == "pdf_soffice_docx":
            src = os.path.join(TMP, f.replace(".pdf", ".docx")); build_docx(d, src, "header")
            soffice(src, "pdf", TMP); shutil.move(src.replace(".docx", ".pdf"), path)
        elif lay.startswith("scan_"):
            kind = lay.split("_")[2]; build_scan(d, path, kind, n)
        else:
            raise SystemExit("unknown layout " + lay)
        t = dict(d["truth"])
        t["usce_months"] = months(t["usce_entries"]); t["usce_months_clinical"] = months(t["usce_entries"], True)
        rec = {"file": f, "layout": lay}
        for k in KEYS: rec[k] = t[k]
        if lay.startswith("scan_"): rec["needs_ocr"] = True
        lines.append(rec); print("built", f)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in lines: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
