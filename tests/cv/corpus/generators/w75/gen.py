# -*- coding: utf-8 -*-
"""Build all w75 files + truth.jsonl.  Usage: python gen.py OUTDIR TRUTHFILE"""
import json, os, random, shutil, subprocess, sys, html, io
from data import P, DAMAGED

OUT = sys.argv[1]
TRUTH = sys.argv[2]
TMP = "/tmp/w75_build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/w75_lo_profile"
random.seed(75)
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def fname(num, ext):
    return f"w75_{num}_{P[num]['layout'] if num in P else DAMAGED[num]}.{ext}"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w75_chrome", f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def item_text(it):
    return f"{it[0]}  {it[1]}" if isinstance(it, tuple) else it

# ---------------------------------------------------------------- python-docx
def build_docx(num, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = P[num]["doc"]
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    if mode == "table":            # contacts in page header, table for exams and dates
        hp = sec.header.paragraphs[0]
        hp.text = " | ".join(d["contacts"])
        hp.runs[0].font.size = Pt(8)
        fp = sec.footer.paragraphs[0]; fp.text = "CV - updated 11/2025 - page 1"
    elif mode == "footer":         # contacts ONLY in the footer
        for c in d["contacts"]:
            p = sec.footer.add_paragraph(c); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sec.header.paragraphs[0].text = "Curriculum Vitae"
    h = doc.add_paragraph(); r = h.add_run(d["name"]); r.bold = True; r.font.size = Pt(18)
    if mode == "rtf":
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(d["name2"]).runs[0].italic = True
    if mode in ("plain", "rtf"):
        for c in d["contacts"]:
            doc.add_paragraph(c)
    for i, (head, items) in enumerate(d["sections"]):
        hp = doc.add_paragraph()
        rr = hp.add_run(head if mode != "plain" else head.upper()); rr.bold = True
        rr.font.size = Pt(13 if i % 3 else 12)     # inconsistent heading sizes
        if mode == "table":
            rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6E)
        tab_rows = [it[6:].split("|") for it in items if isinstance(it, str) and it.startswith("TABLE:")]
        if tab_rows:
            t = doc.add_table(rows=0, cols=len(tab_rows[0])); t.style = "Table Grid"
            for row in tab_rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            continue
        dated = [it for it in items if isinstance(it, tuple)]
        if mode == "table" and dated:
            t = doc.add_table(rows=0, cols=2)
            for w, what in dated:
                cells = t.add_row().cells
                cells[0].text = w; cells[1].text = what
                cells[0].width = Cm(3.5); cells[1].width = Cm(13)
            for it in items:
                if not isinstance(it, tuple):
                    doc.add_paragraph(it)
            continue
        for it in items:
            if isinstance(it, tuple):
                p = doc.add_paragraph(style="List Bullet" if mode == "footer" else None)
                a = p.add_run(it[0] + ("\t" if mode != "footer" else " — ")); a.bold = (i % 2 == 0)
                p.add_run(it[1])
            else:
                doc.add_paragraph(it)
    doc.save(path)

# ---------------------------------------------------------------- HTML / Chromium
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#243b55; color:#fff; padding: 14mm 6mm; }
.side h3 { border-bottom:1px solid #9ab; font-size:10pt; text-transform:uppercase; letter-spacing:1px; }
.main { flex:1; padding: 14mm 10mm; }
h1 { font-size: 20pt; margin:0; color:#243b55; }
h2 { font-size: 11.5pt; color:#243b55; border-bottom: 2px solid #243b55; margin: 12px 0 4px; }
.row { display:flex; margin: 3px 0; } .when { width: 36mm; color:#555; flex-shrink:0; font-size:9pt; }
"""
CSS_SINGLE = """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10.5pt; }
h1 { text-align:center; font-family:'Noto Sans CJK SC', sans-serif; font-size: 22pt; margin: 0; }
.sub { text-align:center; font-size: 14pt; font-weight:bold; }
.contact { text-align:center; font-size: 9pt; color:#333; }
h2 { font-variant: small-caps; font-size: 12pt; border-bottom: 1px solid #000; }
table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 2px 4px; }
td.when { width: 30mm; font-style: italic; }
"""


def esc(s):
    return html.escape(s)


def build_html(num, mode):
    d = P[num]["doc"]
    parts = []
    for head, items in d["sections"]:
        parts.append(f"<h2>{esc(head)}</h2>")
        if mode == "single":
            rows = "".join(f"<tr><td class='when'>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in
                           [it for it in items if isinstance(it, tuple)])
            if rows:
                parts.append(f"<table>{rows}</table>")
            parts += [f"<p>{esc(it)}</p>" for it in items if not isinstance(it, tuple)]
        elif mode == "sidebar":
            for it in items:
                if isinstance(it, tuple):
                    parts.append(f"<div class='row'><div class='when'>{esc(it[0])}</div><div>{esc(it[1])}</div></div>")
                else:
                    parts.append(f"<div class='row'>• {esc(it)}</div>")
        else:  # simple html for LibreOffice import
            parts.append("<ul>" + "".join(f"<li><b>{esc(it[0])}</b>: {esc(it[1])}</li>" if isinstance(it, tuple)
                                          else f"<li>{esc(it)}</li>" for it in items) + "</ul>")
    body = "\n".join(parts)
    if mode == "sidebar":
        side = "<h3>Contact</h3>" + "".join(f"<p>{esc(c)}</p>" for c in d["contacts"])
        sb = d.get("sidebar", [])
        side += f"<h3>{esc(sb[0])}</h3>" + "".join(f"<p>{esc(x)}</p>" for x in sb[1:])
        return (f"<html><head><meta charset='utf-8'><style>{CSS_SIDEBAR}</style></head><body><div class='wrap'>"
                f"<div class='side'>{side}</div><div class='main'><h1>{esc(d['name'])}</h1><p><i>{esc(d['name2'])}</i></p>"
                f"{body}</div></div></body></html>")
    if mode == "single":
        return (f"<html><head><meta charset='utf-8'><style>{CSS_SINGLE}</style></head><body>"
                f"<h1>{esc(d['name'])}</h1><div class='sub'>{esc(d['name2'])}</div>"
                + "".join(f"<div class='contact'>{esc(c)}</div>" for c in d["contacts"]) + body + "</body></html>")
    return (f"<html><head><meta charset='utf-8'><title>CV</title></head><body><h1>{esc(d['name'])}</h1>"
            f"<p>{esc(d['name2'])}</p><p>{'<br>'.join(esc(c) for c in d['contacts'])}</p>{body}</body></html>")

# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", FONT), ("DVB", FONTB), ("DVS", SERIF), ("DVSB", SERIFB)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))


def build_reportlab(num, path, mode):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    d = P[num]["doc"]
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.8, leading=12.5)
    hst = ParagraphStyle("h", fontName="DVSB", fontSize=12, leading=15, spaceBefore=8, textColor=colors.HexColor("#333366"))
    nst = ParagraphStyle("n", fontName="DVB", fontSize=19, leading=23)
    small = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11)
    e = html.escape
    def section_flow(width_when):
        fl = []
        for head, items in d["sections"]:
            fl.append(Paragraph(e(head), hst))
            rows = [[Paragraph(e(a), small), Paragraph(e(b), body)] for a, b in [i for i in items if isinstance(i, tuple)]]
            if rows:
                t = Table(rows, colWidths=[width_when, None]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(t)
            fl += [Paragraph(e(i), body) for i in items if not isinstance(i, tuple)]
        return fl
    if mode == "plain":
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                                bottomMargin=15 * mm, title="Curriculum Vitae", author="")
        fl = [Paragraph(e(d["name"]), nst), Paragraph(e(d["name2"]), body)]
        fl += [Paragraph(e(c), small) for c in d["contacts"]] + [Spacer(1, 6)]
        fl += section_flow(34 * mm)
        doc.build(fl)
        return
    # two column: left sidebar frame with contacts/languages
    doc = BaseDocTemplate(path, pagesize=LETTER, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    W, H = LETTER
    side = Frame(8 * mm, 10 * mm, 55 * mm, H - 20 * mm, id="side")
    main = Frame(68 * mm, 10 * mm, W - 76 * mm, H - 20 * mm, id="main")
    def bg(c, _d):
        c.saveState(); c.setFillColor(colors.HexColor("#e8eef3")); c.rect(0, 0, 65 * mm, H, stroke=0, fill=1); c.restoreState()
    doc.addPageTemplates([PageTemplate(id="p", frames=[side, main], onPage=bg)])
    fl = [Paragraph("CONTACT", hst)] + [Paragraph(e(c), small) for c in d["contacts"]]
    for x in d.get("sidebar", []):
        fl.append(Paragraph(e(x), hst if x in ("Languages", "Visa") else small))
    fl.append(FrameBreak())
    fl += [Paragraph(e(d["name"]), nst), Paragraph(e(d["name2"]), body), Spacer(1, 6)] + section_flow(28 * mm)
    doc.build(fl)

# ---------------------------------------------------------------- fpdf2
def build_fpdf(num, path, font_scan=False):
    from fpdf import FPDF
    d = P[num]["doc"]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, d["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.cell(0, 6, d["name2"], new_x="LMARGIN", new_y="NEXT")
    for c in d["contacts"]:
        pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for k, (head, items) in enumerate(d["sections"]):
        pdf.set_font("DV", "B", 11 if k % 2 else 12)
        pdf.cell(0, 8, head if k % 3 else head.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_font("DV", "", 9.5)
        for it in items:
            if isinstance(it, tuple):
                y = pdf.get_y()
                pdf.set_font("DV", "B", 9); pdf.cell(38, 5, it[0])
                pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, "- " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)

# ---------------------------------------------------------------- odfpy
def build_odt(num, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H, Span, List, ListItem
    d = P[num]["doc"]
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    rtl = Style(name="Rtl", family="paragraph"); rtl.addElement(ParagraphProperties(writingmode="rl-tb", textalign="end"))
    rtl.addElement(TextProperties(fontsize="14pt", fontsizecomplex="14pt"))
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#114477"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    for s in (big, rtl, hs):
        doc.automaticstyles.addElement(s)
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(TP(stylename=big, text=d["name"]))
    second = d["name2"]
    doc.text.addElement(TP(stylename=rtl if any("\u0600" <= ch <= "\u06ff" for ch in second) else big, text=second))
    for c in d["contacts"]:
        doc.text.addElement(TP(text=c))
    for head, items in d["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=head))
        for it in items:
            p = TP()
            if isinstance(it, tuple):
                p.addElement(Span(stylename=bold, text=it[0] + " — ")); p.addText(it[1])
            else:
                p.addText(it)
            doc.text.addElement(p)
    doc.save(path)

# ---------------------------------------------------------------- RTF by hand
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def build_rtf(num, path):
    d = P[num]["doc"]
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1200\margr1200\f1\fs20"]
    L.append(r"{\pard\qc\b\fs32 " + rtf_esc(d["name"]) + r"\par}")
    L.append(r"{\pard\qc\i " + rtf_esc(d["name2"]) + r"\par}")
    L.append(r"{\pard\qc\fs18 " + rtf_esc(" ".join(d["contacts"])) + r"\par}")
    for k, (head, items) in enumerate(d["sections"]):
        L.append(r"{\pard\sb200\b\fs" + ("24" if k % 2 else "22") + r"\ul " + rtf_esc(head) + r"\par}")
        for it in items:
            if isinstance(it, tuple):
                L.append(r"{\pard\tx2200\li2200\fi-2200\b " + rtf_esc(it[0]) + r"\b0\tab " + rtf_esc(it[1]) + r"\par}")
            else:
                L.append(r"{\pard\f0 " + rtf_esc(it) + r"\par}")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ---------------------------------------------------------------- plain text
def build_txt(num, path, crlf=False):
    d = P[num]["doc"]
    L = [d["name"], d["name2"]] + d["contacts"] + [""]
    for head, items in d["sections"]:
        L += [head, "-" * len(head) if not crlf else "=" * 30]
        for it in items:
            L.append(f"{it[0]}\t{it[1]}" if isinstance(it, tuple) else ("* " if not crlf else "") + it)
        L.append("")
    nl = "\r\n" if crlf else "\n"
    open(path, "w", encoding="utf-8", newline="").write(nl.join(L) + nl)

# ---------------------------------------------------------------- scans
def degrade(png_in, mode, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rng = np.random.default_rng(seed)
    im = Image.open(png_in).convert("L")
    angle = {"rot": -1.6, "photo": 1.2, "blur": -0.8, "pdf": 0.6, "low": -1.1}[mode]
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    if mode == "photo":   # uneven lighting, warm paper
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.78 + 0.22 * (xx / w)) * (0.9 + 0.1 * (yy / h))
    if mode == "low":
        a = 150 + a * (80 / 255.0)           # greyish, low contrast
    a = a + rng.normal(0, {"rot": 9, "photo": 12, "blur": 7, "pdf": 10, "low": 8}[mode], a.shape)
    if mode in ("pdf", "rot"):       # salt-and-pepper specks
        m = rng.random(a.shape)
        a[m < 0.002] = 0
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if mode == "blur":
        im = im.filter(ImageFilter.GaussianBlur(1.3))
    if mode == "photo":
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = Image.merge("RGB", (im, im.point(lambda v: int(v * 0.97)), im.point(lambda v: int(v * 0.88))))
    return im


def build_scan(num, ext, mode):
    src = os.path.join(TMP, f"scan_{num}.pdf")
    if num in ("017", "020"):
        build_reportlab(num, src, "plain")
    else:
        build_fpdf(num, src)
    dpi = {"rot": 150, "photo": 130, "blur": 140, "pdf": 200, "low": 150}[mode]
    base = os.path.join(TMP, f"scan_{num}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", src, base], check=True)
    im = degrade(base + ".png", mode, int(num))
    out = os.path.join(OUT, fname(num, ext))
    if ext == "pdf":
        im.convert("L").save(out, "PDF", resolution=dpi)
    elif ext == "jpg":
        im.save(out, "JPEG", quality=70 if mode == "blur" else 82)
    else:
        im.save(out, "PNG")

# ---------------------------------------------------------------- main
def main():
    truth = []
    def add(num, ext, extra=None):
        t = {"file": fname(num, ext), "layout": P[num]["layout"]}
        t.update(P[num]["truth"])
        if extra:
            t.update(extra)
        truth.append(t)

    # 001 docx with tables + header
    build_docx("001", os.path.join(OUT, fname("001", "docx")), "table"); add("001", "docx")
    # 002 python-docx -> LibreOffice PDF
    src = os.path.join(TMP, fname("002", "docx")); build_docx("002", src, "plain")
    soffice(src, "pdf", OUT); add("002", "pdf")
    # 003 chromium sidebar
    hp = os.path.join(TMP, "w75_003.html"); open(hp, "w").write(build_html("003", "sidebar"))
    chromium_pdf(hp, os.path.join(OUT, fname("003", "pdf"))); add("003", "pdf")
    # 004 reportlab
    build_reportlab("004", os.path.join(OUT, fname("004", "pdf")), "plain"); add("004", "pdf")
    # 005 odfpy odt
    build_odt("005", os.path.join(OUT, fname("005", "odt"))); add("005", "odt")
    # 006 txt
    build_txt("006", os.path.join(OUT, fname("006", "txt"))); add("006", "txt")
    # 007 python-docx -> LibreOffice ODT
    src = os.path.join(TMP, fname("007", "docx")); build_docx("007", src, "plain")
    soffice(src, "odt", OUT); add("007", "odt")
    # 008 hand RTF
    build_rtf("008", os.path.join(OUT, fname("008", "rtf"))); add("008", "rtf")
    # 009 docx footer-only contacts
    build_docx("009", os.path.join(OUT, fname("009", "docx")), "footer"); add("009", "docx")
    # 010 chromium single column
    hp = os.path.join(TMP, "w75_010.html"); open(hp, "w").write(build_html("010", "single"))
    chromium_pdf(hp, os.path.join(OUT, fname("010", "pdf"))); add("010", "pdf")
    # 011 odfpy -> LibreOffice PDF
    src = os.path.join(TMP, fname("011", "odt")); build_odt("011", src)
    soffice(src, "pdf", OUT); add("011", "pdf")
    # 012 HTML -> LibreOffice DOCX
    src = os.path.join(TMP, fname("012", "html")); open(src, "w").write(build_html("012", "lo"))
    soffice(src, "docx:MS Word 2007 XML", OUT); add("012", "docx")
    # 013 python-docx -> LibreOffice RTF
    src = os.path.join(TMP, fname("013", "docx")); build_docx("013", src, "rtf")
    soffice(src, "rtf", OUT); add("013", "rtf")
    # 014 txt CRLF
    build_txt("014", os.path.join(OUT, fname("014", "txt")), crlf=True); add("014", "txt")
    # 015 reportlab two-column
    build_reportlab("015", os.path.join(OUT, fname("015", "pdf")), "twocol"); add("015", "pdf")
    # 016 fpdf2
    build_fpdf("016", os.path.join(OUT, fname("016", "pdf"))); add("016", "pdf")
    # scans
    for num, ext, mode in (("017", "pdf", "pdf"), ("018", "png", "rot"), ("019", "jpg", "photo"),
                           ("020", "pdf", "low"), ("021", "jpg", "blur")):
        build_scan(num, ext, mode); add(num, ext, {"needs_ocr": True})
    # damaged
    src = os.path.join(TMP, "dmg_022.pdf")
    build_reportlab("004", src, "plain")       # a real CV PDF, cut at 40 %
    data = open(src, "rb").read()
    open(os.path.join(OUT, f"w75_022_{DAMAGED['022']}.pdf"), "wb").write(data[: int(len(data) * 0.4)])
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "dmg_023.pdf"); build_fpdf("016", src)
    w = PdfWriter(); w.append(PdfReader(src)); w.encrypt(user_password="cv2025!", owner_password="owner-w75", algorithm="AES-256")
    with open(os.path.join(OUT, f"w75_023_{DAMAGED['023']}.pdf"), "wb") as f:
        w.write(f)
    rnd = random.Random(2024)
    open(os.path.join(OUT, f"w75_024_{DAMAGED['024']}.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))
    for num, ext in (("022", "pdf"), ("023", "pdf"), ("024", "docx")):
        truth.append({"file": f"w75_{num}_{DAMAGED[num]}.{ext}", "layout": DAMAGED[num], "error": True})
    # rename LibreOffice outputs (they keep the source basename -> already right)
    with open(TRUTH, "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
