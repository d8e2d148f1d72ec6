# -*- coding: utf-8 -*-
"""Render every CV of writer w58 into ../files and write ../truth.jsonl."""
import os, sys, json, subprocess, shutil, random, tempfile, io
sys.path.insert(0, os.path.dirname(__file__))
from data import P

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w58_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(58)

def fname(p, ext):
    return f"w58_{p['num']:03d}_{p['layout']}.{ext}"

def headline(p):
    return p["name"] + (", " + p["title"] if p["title"] else "")

# ---------------- python-docx ----------------
def docx_build(p, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    if mode == "header":
        h = sec.header
        hp = h.paragraphs[0]; r = hp.add_run(headline(p)); r.bold = True; r.font.size = Pt(16)
        if p["alt"]:
            h.add_paragraph(p["alt"])
        h.add_paragraph("  |  ".join(p["contacts"]))
    elif mode == "footer":
        t = d.add_paragraph(); r = t.add_run(headline(p).upper()); r.bold = True; r.font.size = Pt(18)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        f = sec.footer.paragraphs[0]; f.text = "Contact: " + " • ".join(p["contacts"]); f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        t = d.add_heading(headline(p), level=0)
        if p["alt"]:
            d.add_paragraph(p["alt"]).runs[0].italic = True
    if mode == "table":
        tb = d.add_table(rows=2, cols=2); tb.style = "Table Grid"
        cells = [c for row in tb.rows for c in row.cells]
        for c, txt in zip(cells, p["contacts"] + [""] * 4):
            c.text = txt
    if mode == "twocol":
        tb = d.add_table(rows=1, cols=2)
        left, right = tb.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(11.5)
        left.paragraphs[0].add_run("CONTACT").bold = True
        for c in p["contacts"]:
            left.add_paragraph(c)
        for title, lines in p["sections"]:
            tgt = left if title.lower().startswith("languages") else right
            tgt.add_paragraph().add_run(title.upper()).bold = True
            for ln in lines:
                tgt.add_paragraph(ln)
        d.save(path); return
    if mode == "plain":
        d.add_paragraph(" · ".join(p["contacts"]))
    for title, lines in p["sections"]:
        d.add_heading(title, level=2)
        for ln in lines:
            d.add_paragraph(ln, style="List Bullet" if mode in ("table", "footer") else None)
    d.save(path)

# ---------------- odfpy ----------------
def odt_build(p, path, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as TP, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="17pt", fontweight="bold"))
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1f3b6f"))
    hd.addElement(ParagraphProperties(margintop="0.3cm"))
    for s in (big, hd): doc.styles.addElement(s)
    doc.text.addElement(TP(stylename=big, text=headline(p)))
    if p["alt"]:
        doc.text.addElement(TP(text=p["alt"]))
    if mode == "table":
        t = Table(name="Contacts")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        cs = p["contacts"] + [""] * (len(p["contacts"]) % 2)
        for i in range(0, len(cs), 2):
            tr = TableRow()
            for c in cs[i:i + 2]:
                tc = TableCell(); tc.addElement(TP(text=c)); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    else:
        for c in p["contacts"]:
            doc.text.addElement(TP(text=c))
    for title, lines in p["sections"]:
        doc.text.addElement(TP(stylename=hd, text=title))
        if mode == "table" and title.lower().startswith(("education", "us clinical", "other")):
            t = Table(name=title.replace(" ", "_"))
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for ln in lines:
                parts = ln.split("  ", 1) if "  " in ln else ["", ln]
                tr = TableRow()
                for c in parts:
                    tc = TableCell(); tc.addElement(TP(text=c.strip())); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else:
            for ln in lines:
                doc.text.addElement(TP(text=ln))
    doc.save(path)

# ---------------- RTF by hand ----------------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def rtf_build(p, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f1\fs20",
         r"{\pard\qc\b\fs32 " + rtf_esc(headline(p)) + r"\par}"]
    for c in p["contacts"]:
        L.append(r"{\pard\qc\fs18 " + rtf_esc(c) + r"\par}")
    for title, lines in p["sections"]:
        L.append(r"{\pard\sb200\b\ul " + rtf_esc(title) + r"\par}")
        for ln in lines:
            L.append(r"{\pard\li284\fi-284 \bullet\tab " + rtf_esc(ln) + r"\par}")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ---------------- TXT ----------------
def txt_build(p, path, mode):
    L = []
    if mode == "email":
        L += ["Subject: CV - application for clinical rotation", "", "Dear Coordinator,", "Please find my CV below.", "", "-" * 60]
    L.append(headline(p).upper())
    if p["alt"]: L.append(p["alt"])
    L += p["contacts"] + [""]
    for title, lines in p["sections"]:
        L.append(title); L.append("=" * len(title)) if mode == "plain" else None
        L += ["  " + ln for ln in lines]; L.append("")
    if mode == "email":
        L += ["-" * 60, "Kind regards,", p["name"]]
    open(path, "w", encoding="utf-8", newline="\r\n" if mode == "email" else "\n").write("\n".join(L) + "\n")

# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))

def rl_simple(p, path, fontsize=10):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from xml.sax.saxutils import escape
    n = ParagraphStyle("n", fontName="DV", fontSize=fontsize, leading=fontsize * 1.35)
    h = ParagraphStyle("h", fontName="DVB", fontSize=fontsize + 2, leading=fontsize * 1.8, spaceBefore=6)
    t = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    story = [Paragraph(escape(headline(p)), t)]
    if p["alt"]: story.append(Paragraph(escape(p["alt"]), n))
    story.append(Paragraph(escape(" | ".join(p["contacts"])), n)); story.append(Spacer(1, 8))
    for title, lines in p["sections"]:
        story.append(Paragraph(escape(title.upper()), h))
        for ln in lines: story.append(Paragraph(escape(ln), n))
    SimpleDocTemplate(path, pagesize=A4, title="CV", author=p["name"]).build(story)

def rl_sidebar(p, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    W, H = A4
    side = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11, textColor=colors.white)
    sideh = ParagraphStyle("sh", fontName="DVB", fontSize=10, leading=14, textColor=colors.white, spaceBefore=8)
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
    h = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=15, spaceBefore=7, textColor=colors.HexColor("#0b4f6c"))
    t = ParagraphStyle("t", fontName="DVB", fontSize=20, leading=24, textColor=colors.HexColor("#0b4f6c"))
    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#0b4f6c")); c.rect(0, 0, 170, H, fill=1, stroke=0); c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4)
    fs = Frame(12, 30, 150, H - 60, id="side"); fm = Frame(185, 30, W - 215, H - 60, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fs, fm], onPage=bg)])
    story = [Paragraph("CONTACT", sideh)] + [Paragraph(escape(c), side) for c in p["contacts"]]
    main = [Paragraph(escape(headline(p)), t), Spacer(1, 6)]
    for title, lines in p["sections"]:
        if title.lower().startswith(("languages", "exams")):
            story.append(Paragraph(escape(title.upper()), sideh)); story += [Paragraph(escape(l), side) for l in lines]
        else:
            main.append(Paragraph(escape(title), h)); main += [Paragraph(escape(l), n) for l in lines]
    story.append(FrameBreak()); story += main
    doc.build(story)

# ---------------- fpdf2 ----------------
def fpdf_footer(p, path):
    from fpdf import FPDF
    class Doc(FPDF):
        def footer(self):
            self.set_y(-15); self.set_font("DV", size=8); self.set_text_color(90)
            self.cell(0, 8, " ".join(p["contacts"]) + f"   —   page {self.page_no()}", align="C")
    pdf = Doc(format="Letter"); pdf.add_font("DV", fname=FONT); pdf.add_font("DV", style="B", fname=FONTB)
    pdf.set_auto_page_break(True, 20); pdf.add_page()
    pdf.set_font("DV", "B", 20); pdf.cell(0, 12, headline(p), new_x="LMARGIN", new_y="NEXT")
    if p["alt"]: pdf.set_font("DV", size=11); pdf.cell(0, 7, p["alt"], new_x="LMARGIN", new_y="NEXT")
    for title, lines in p["sections"]:
        pdf.ln(3); pdf.set_font("DV", "B", 12); pdf.set_draw_color(150)
        pdf.cell(0, 8, title, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", size=10)
        for ln in lines: pdf.multi_cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# ---------------- chromium ----------------
def html_for(p, sidebar):
    from html import escape as e
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0} h1{margin:0;font-size:20pt}
    h2{font-size:11pt;border-bottom:1px solid #999;margin:12px 0 4px;color:#333} p{margin:2px 0}
    .alt{color:#555;font-size:12pt} .wrap{display:grid;grid-template-columns:30% 70%}
    .side{background:#e8eef4;padding:14px;min-height:260mm} .main{padding:14px}
    @page{size:A4;margin:12mm}"""
    secs = "".join(f"<h2>{e(t)}</h2>" + "".join(f"<p>{e(l)}</p>" for l in ls) for t, ls in p["sections"])
    alt = f"<div class='alt'>{e(p['alt'])}</div>" if p["alt"] else ""
    cont = "".join(f"<p>{e(c)}</p>" for c in p["contacts"])
    if sidebar:
        body = f"<div class='wrap'><div class='side'><h2>Contact</h2>{cont}</div><div class='main'><h1>{e(headline(p))}</h1>{alt}{secs}</div></div>"
    else:
        body = f"<h1>{e(headline(p))}</h1>{alt}<div style='color:#444'>{' &nbsp;|&nbsp; '.join(e(c) for c in p['contacts'])}</div>{secs}"
    return f"<!doctype html><html><head><meta charset='utf-8'><title>CV</title><style>{css}</style></head><body>{body}</body></html>"

def chromium_pdf(p, path, sidebar):
    h = os.path.join(TMP, f"{p['num']}.html"); open(h, "w", encoding="utf-8").write(html_for(p, sidebar))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + h], check=True, capture_output=True, timeout=120)

def soffice_pdf(src, path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + ".pdf"), path)

# ---------------- scans ----------------
def scan(p, path, kind):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    src = os.path.join(TMP, f"scan{p['num']}.pdf"); rl_simple(p, src, fontsize=11)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", src, os.path.join(TMP, f"scan{p['num']}")], check=True)
    im = Image.open(os.path.join(TMP, f"scan{p['num']}.png")).convert("L")
    ang = random.choice([-1.7, -1.1, -0.6, 0.8, 1.4])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    im = ImageEnhance.Contrast(im).enhance(0.65)
    a = np.asarray(im).astype(np.float32)
    a += np.random.default_rng(p["num"]).normal(0, 14, a.shape)
    a = a * 0.92 + 12  # greyish paper
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if kind == "pdf":
        im.save(path, "PDF", resolution=150)
    elif kind == "png":
        im.save(path, "PNG")
    else:
        im.convert("RGB").save(path, "JPEG", quality=55)

# ---------------- damaged ----------------
DAMAGED = [(22, "damaged_truncated_pdf", "pdf"), (23, "damaged_encrypted_pdf", "pdf"), (24, "damaged_random_docx", "docx")]

def damaged():
    from pypdf import PdfReader, PdfWriter
    # a Nigerian CV cut in the middle of its byte stream
    fake = dict(num=99, layout="x", name="Ifeoma Chidinma Eze", title="MBBS", alt=None,
                contacts=["ifeoma.eze@gmail.com", "+234 806 222 3344"],
                sections=[("Education", ["Nnamdi Azikiwe University, MBBS 2020"]), ("USMLE", ["Step 1 Pass; Step 2 CK 240"])] * 6)
    src = os.path.join(TMP, "d.pdf"); rl_simple(fake, src)
    b = open(src, "rb").read()
    open(os.path.join(OUT, f"w58_022_{DAMAGED[0][1]}.pdf"), "wb").write(b[: int(len(b) * 0.45)])
    fake2 = dict(fake, name="Sergiy Melnyk", contacts=["s.melnyk@ukr.net", "+380 63 111 2233"])
    rl_simple(fake2, src)
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
    w.encrypt(user_password="w58-secret", owner_password="w58-owner", algorithm="RC4-128")
    with open(os.path.join(OUT, f"w58_023_{DAMAGED[1][1]}.pdf"), "wb") as f: w.write(f)
    open(os.path.join(OUT, f"w58_024_{DAMAGED[2][1]}.docx"), "wb").write(random.Random(24).randbytes(23817))

# ---------------- usce months ----------------
def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
    rows = []
    for p in P:
        L = p["layout"]
        if L.startswith("docx_") or L == "pdf_soffice_docx":
            ext = "pdf" if L.startswith("pdf") else "docx"
            mode = {"docx_table": "table", "docx_header": "header", "docx_twocol": "twocol", "docx_footer": "footer"}.get(L, "plain")
            path = os.path.join(OUT, fname(p, ext))
            if ext == "pdf":
                src = os.path.join(TMP, f"cv_{p['num']}.docx"); docx_build(p, src, mode); soffice_pdf(src, path)
            else:
                docx_build(p, path, mode)
        elif L.startswith("odt_") or L == "pdf_soffice_odt":
            ext = "pdf" if L.startswith("pdf") else "odt"
            path = os.path.join(OUT, fname(p, ext))
            mode = "table" if L == "odt_table" else "plain"
            if ext == "pdf":
                src = os.path.join(TMP, f"cv_{p['num']}.odt"); odt_build(p, src, mode); soffice_pdf(src, path)
            else:
                odt_build(p, path, mode)
        elif L == "rtf_hand": path = os.path.join(OUT, fname(p, "rtf")); rtf_build(p, path)
        elif L.startswith("txt_"): path = os.path.join(OUT, fname(p, "txt")); txt_build(p, path, L[4:])
        elif L == "pdf_sidebar": path = os.path.join(OUT, fname(p, "pdf")); rl_sidebar(p, path)
        elif L == "pdf_reportlab": path = os.path.join(OUT, fname(p, "pdf")); rl_simple(p, path)
        elif L == "pdf_footer": path = os.path.join(OUT, fname(p, "pdf")); fpdf_footer(p, path)
        elif L.startswith("pdf_chromium"): path = os.path.join(OUT, fname(p, "pdf")); chromium_pdf(p, path, L.endswith("sidebar"))
        elif L.startswith("scan_"):
            kind = L[5:]; path = os.path.join(OUT, fname(p, kind)); scan(p, path, kind)
        else: raise SystemExit("unknown layout " + L)
        t = p["truth"]
        row = {"file": os.path.basename(path), "layout": L}
        for k in KEYS: row[k] = t[k]
        row["usce_months"] = months(t["usce_entries"]); row["usce_months_clinical"] = months(t["usce_entries"], True)
        row["usce_entries"] = t["usce_entries"]
        if L.startswith("scan_"): row["needs_ocr"] = True
        rows.append(row); print("made", row["file"])
    damaged()
    for n, lay, ext in DAMAGED:
        rows.append({"file": f"w58_{n:03d}_{lay}.{ext}", "layout": lay, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
