# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w89. Run via build.sh (uses ../.venv)."""
import os, sys, json, random, subprocess, shutil, tempfile, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import CVS, SCANS, DAMAGED

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w89_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONTSB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
random.seed(89)


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def item_text(it):
    return f"{it[0]}  —  {it[1]}" if isinstance(it, tuple) else it


def soffice(src, fmt, outdir):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chr", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", FONT), ("DVB", FONTB), ("DVS", FONTS), ("DVSB", FONTSB)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))


def r_pdf_sidebar(cv, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    rl_fonts()
    d = cv["doc"]
    W, H = letter
    sw = 190
    def bg(c, doc):
        c.saveState(); c.setFillColor(colors.HexColor("#1f3b57")); c.rect(0, 0, sw, H, fill=1, stroke=0); c.restoreState()
    doc = BaseDocTemplate(out, pagesize=letter, title="CV " + d["name"], author=d["name"])
    f1 = Frame(15, 30, sw - 30, H - 60, id="side")
    f2 = Frame(sw + 20, 30, W - sw - 45, H - 60, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[f1, f2], onPage=bg)])
    sh = ParagraphStyle("sh", fontName="DVB", fontSize=10, textColor=colors.HexColor("#f2c14e"), spaceBefore=10, spaceAfter=4)
    st = ParagraphStyle("st", fontName="DV", fontSize=8.2, textColor=colors.white, leading=11)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=19, leading=23, textColor=colors.HexColor("#1f3b57"))
    sub = ParagraphStyle("sub", fontName="DV", fontSize=9.5, textColor=colors.grey, spaceAfter=8)
    mh = ParagraphStyle("mh", fontName="DVB", fontSize=11.5, textColor=colors.HexColor("#1f3b57"), spaceBefore=9, spaceAfter=3)
    mt = ParagraphStyle("mt", fontName="DV", fontSize=8.8, leading=11.5, spaceAfter=2)
    E = lambda s: html.escape(s, quote=False)
    fl = [Paragraph("CONTACTO", sh)] + [Paragraph(E(c), st) for c in d["contact"]]
    for h, items in d.get("sidebar_extra", []):
        fl.append(Paragraph(E(h.upper()), sh)); fl += [Paragraph(E(i), st) for i in items]
    fl.append(FrameBreak())
    fl += [Paragraph(E(d["name"]), h1), Paragraph(E(d["subtitle"]), sub)]
    for h, items in d["sections"]:
        fl.append(Paragraph(E(h), mh))
        for it in items:
            if isinstance(it, tuple):
                fl.append(Paragraph(f"<b>{E(it[0])}</b> · {E(it[1])}", mt))
            else:
                fl.append(Paragraph(E(it), mt))
    doc.build(fl)


def r_pdf_reportlab_table(cv, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    rl_fonts()
    d = cv["doc"]
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36)
    p = ParagraphStyle("p", fontName="DVS", fontSize=9, leading=11.5)
    pb = ParagraphStyle("pb", fontName="DVSB", fontSize=9, leading=11.5)
    E = lambda s: html.escape(s, quote=False)
    fl = [Paragraph(E(d["name"]), ParagraphStyle("h", fontName="DVSB", fontSize=20, leading=24, alignment=1)),
          Paragraph(E(d["subtitle"]), ParagraphStyle("s", fontName="DVS", fontSize=10, alignment=1)),
          Paragraph(E("  |  ".join(d["contact"])), ParagraphStyle("c", fontName="DVS", fontSize=8.5, alignment=1, spaceAfter=10))]
    rows, styles = [], [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for h, items in d["sections"]:
        styles.append(("SPAN", (0, len(rows)), (1, len(rows))))
        styles.append(("BACKGROUND", (0, len(rows)), (1, len(rows)), colors.HexColor("#dfe8d8")))
        rows.append([Paragraph(E(h.upper()), pb), ""])
        for it in items:
            rows.append([Paragraph(E(it[0]), p), Paragraph(E(it[1]), p)] if isinstance(it, tuple) else ["", Paragraph(E(it), p)])
    t = Table(rows, colWidths=[110, 405]); t.setStyle(TableStyle(styles))
    fl.append(t)
    doc.build(fl)


def make_rl_simple(cv, out):
    """plain reportlab canvas CV used as the source of damaged files"""
    from reportlab.pdfgen import canvas
    rl_fonts()
    c = canvas.Canvas(out)
    y = 800
    c.setFont("DVB", 16); c.drawString(50, y, cv["name"]); y -= 24
    c.setFont("DV", 10)
    for line in cv["lines"]:
        c.drawString(50, y, line); y -= 14
    c.save()

# ------------------------------------------------------------------ fpdf2
def r_pdf_fpdf(cv, out, footer=False):
    from fpdf import FPDF
    d = cv["doc"]
    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-16); self.set_font("dv", size=7.5); self.set_text_color(90, 90, 90)
                self.cell(0, 5, "  ·  ".join(d["contact"]), align="C")
                self.ln(4); self.cell(0, 4, f"Página {self.page_no()}", align="C")
    pdf = P(format="Letter" if footer else "A4")
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("dv", "B", 17); pdf.cell(0, 9, d["name"], new_x="LMARGIN", new_y="NEXT", align="L" if footer else "C")
    pdf.set_font("dv", "", 10); pdf.cell(0, 6, d["subtitle"], new_x="LMARGIN", new_y="NEXT", align="L" if footer else "C")
    if not footer:
        for c in d["contact"]:
            pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(3)
    for h, items in d["sections"]:
        pdf.set_font("dv", "B", 11); pdf.set_text_color(20, 60, 110)
        pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(20, 60, 110); pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0); pdf.set_font("dv", "", 9.5)
        for it in items:
            if isinstance(it, tuple):
                x = pdf.get_x()
                pdf.set_font("dv", "B", 9); pdf.cell(42, 5, it[0])
                pdf.set_font("dv", "", 9.5); pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(out)

# ------------------------------------------------------------------ python-docx
def r_docx(cv, out, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = cv["doc"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri" if mode != "soffice" else "Liberation Serif"; st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    if mode == "header":
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = "  |  ".join(d["contact"]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(8.5)
    t = doc.add_paragraph(); r = t.add_run(d["name"]); r.bold = True; r.font.size = Pt(20)
    if mode == "soffice":
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sp = doc.add_paragraph(d["subtitle"]); sp.runs[0].italic = True
    if mode == "table":
        tb = doc.add_table(rows=2, cols=2); tb.style = "Table Grid"
        c = d["contact"]
        tb.cell(0, 0).text = c[0]; tb.cell(0, 1).text = c[1]; tb.cell(1, 0).text = c[2]; tb.cell(1, 1).text = c[3]
    elif mode == "soffice":
        cp = doc.add_paragraph(" • ".join(d["contact"])); cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for h, items in d["sections"]:
        if mode == "header":
            doc.add_heading(h, level=2)
        else:
            hp = doc.add_paragraph(); hr = hp.add_run(h.upper()); hr.bold = True; hr.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        tup = [i for i in items if isinstance(i, tuple)]
        if mode == "table" and tup:
            tb = doc.add_table(rows=0, cols=2); tb.style = "Light Grid Accent 1"
            for it in tup:
                row = tb.add_row().cells; row[0].text = it[0]; row[1].text = it[1]
            for it in items:
                if not isinstance(it, tuple): doc.add_paragraph(it, style="List Bullet")
        else:
            for it in items:
                if isinstance(it, tuple):
                    p = doc.add_paragraph(); a = p.add_run(it[0] + "\t"); a.bold = True; p.add_run(it[1])
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
                else:
                    doc.add_paragraph(it, style="List Bullet")
    doc.core_properties.author = d["name"]
    doc.save(out)

# ------------------------------------------------------------------ odfpy
def r_odt(cv, out, table):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    d = cv["doc"]
    doc = OpenDocumentText()
    tstyle = Style(name="Title1", family="paragraph"); tstyle.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#2b4a2b"))
    doc.styles.addElement(tstyle)
    hstyle = Style(name="Head1", family="paragraph"); hstyle.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2b4a2b"))
    hstyle.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm", borderbottom="0.5pt solid #2b4a2b"))
    doc.styles.addElement(hstyle)
    bstyle = Style(name="Bold1", family="text"); bstyle.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bstyle)
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="12.5cm")); doc.automaticstyles.addElement(c2)
    doc.text.addElement(P(stylename=tstyle, text=d["name"]))
    doc.text.addElement(P(text=d["subtitle"]))
    if table:
        t = Table(name="Contacto"); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
        labels = ["Dirección", "Teléfono", "Correo", "Visa"]
        for lab, val in zip(labels, d["contact"]):
            tr = TableRow(); a = TableCell(); a.addElement(P(text=lab)); b = TableCell(); b.addElement(P(text=val))
            tr.addElement(a); tr.addElement(b); t.addElement(tr)
        doc.text.addElement(t)
    else:
        for c in d["contact"]:
            doc.text.addElement(P(text=c))
    for h, items in d["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=hstyle, text=h))
        tup = [i for i in items if isinstance(i, tuple)]
        if table and tup:
            t = Table(name=h[:20]); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
            for it in tup:
                tr = TableRow(); a = TableCell(); a.addElement(P(text=it[0])); b = TableCell(); b.addElement(P(text=it[1]))
                tr.addElement(a); tr.addElement(b); t.addElement(tr)
            doc.text.addElement(t)
            items = [i for i in items if not isinstance(i, tuple)]
        for it in items:
            if isinstance(it, tuple):
                p = P(); p.addElement(Span(stylename=bstyle, text=it[0])); p.addText(" — " + it[1]); doc.text.addElement(p)
            else:
                doc.text.addElement(P(text="• " + it))
    doc.save(out)

# ------------------------------------------------------------------ RTF by hand
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)


def r_rtf_hand(cv, out):
    d = cv["doc"]
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green70\blue140;}", r"\paperw12240\paperh15840\margl1200\margr1200",
         r"{\pard\qc\f1\fs36\b " + rtf_esc(d["name"]) + r"\b0\par}",
         r"{\pard\qc\f1\fs20\i " + rtf_esc(d["subtitle"]) + r"\i0\par}",
         r"{\pard\qc\f0\fs20 " + rtf_esc("   \u2022   ".join(d["contact"])) + r"\par}"]
    for h, items in d["sections"]:
        L.append(r"{\pard\sb200\sa60\f1\fs24\b\cf1 " + rtf_esc(h) + r"\cf0\b0\par}")
        for it in items:
            if isinstance(it, tuple):
                L.append(r"{\pard\f0\fs21\tx2200\li2200\fi-2200\b " + rtf_esc(it[0]) + r"\b0\tab " + rtf_esc(it[1]) + r"\par}")
            else:
                L.append(r"{\pard\f0\fs21\li360 " + rtf_esc(it) + r"\par}")
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))

# ------------------------------------------------------------------ txt
def r_txt(cv, out):
    d = cv["doc"]
    L = [d["name"].upper() + "  (" + d["name"] + ")", d["subtitle"], " | ".join(d["contact"]), "=" * 72]
    for h, items in d["sections"]:
        L += ["", h, "-" * len(h)]
        for it in items:
            L.append(f"  {it[0]:<22}{it[1]}" if isinstance(it, tuple) else "  * " + it)
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ------------------------------------------------------------------ HTML (chromium / soffice)
def html_doc(cv, style):
    d = cv["doc"]; E = html.escape
    def secs():
        o = []
        for h, items in d["sections"]:
            o.append(f"<h2>{E(h)}</h2>")
            rows = [i for i in items if isinstance(i, tuple)]
            if rows:
                o.append("<table class='r'>" + "".join(f"<tr><td class='dt'>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in rows) + "</table>")
            li = [i for i in items if not isinstance(i, tuple)]
            if li:
                o.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in li) + "</ul>")
        return o
    if style == "pt":
        css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0 12mm;color:#222}
        header{border-bottom:3px solid #009c3b;padding:6mm 0 3mm} h1{margin:0;font-size:22pt;color:#002776}
        .sub{color:#555} .ct{font-size:9pt;margin-top:2mm} h2{color:#009c3b;font-size:12pt;margin:5mm 0 1mm;text-transform:uppercase}
        table.r{border-collapse:collapse;width:100%} td{vertical-align:top;padding:1mm 2mm} td.dt{width:34mm;font-weight:bold;white-space:nowrap}"""
        body = f"<header><h1>{E(d['name'])}</h1><div class='sub'>{E(d['subtitle'])}</div><div class='ct'>{' &nbsp;·&nbsp; '.join(E(c) for c in d['contact'])}</div></header>" + "".join(secs())
    elif style == "2col":
        css = """body{font-family:'Liberation Serif',serif;font-size:10.5pt;margin:10mm}
        h1{font-size:24pt;margin:0;letter-spacing:1px} .sub{font-style:italic;margin-bottom:4mm}
        .grid{display:grid;grid-template-columns:1fr 1fr;column-gap:8mm} h2{font-size:11.5pt;border-bottom:1px solid #000;margin:4mm 0 1mm}
        table.r{border-collapse:collapse} td{vertical-align:top;padding:0.6mm 1.5mm} td.dt{width:28mm;color:#444} ul{padding-left:5mm;margin:1mm 0}"""
        s = secs(); half = len(s) // 2
        # split at section boundary
        idx = [i for i, x in enumerate(s) if x.startswith("<h2>")]
        cut = idx[len(idx) // 2]
        body = (f"<h1>{E(d['name'])}</h1><div class='sub'>{E(d['subtitle'])} — {' / '.join(E(c) for c in d['contact'])}</div>"
                f"<div class='grid'><div>{''.join(s[:cut])}</div><div>{''.join(s[cut:])}</div></div>")
    elif style == "footer":
        css = """@page{size:Letter;margin:14mm 14mm 12mm 14mm} body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:10pt}
        h1{font-size:20pt;margin:0 0 1mm;color:#7a1020} .sub{margin-bottom:4mm} h2{font-size:11pt;background:#f1e4e6;padding:1mm 2mm;margin:4mm 0 1mm}
        table.r{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0.8mm 2mm} td.dt{width:38mm}
        .foot{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:8pt;color:#555;border-top:1px solid #aaa;padding-top:1mm}"""
        body = (f"<h1>{E(d['name'])}</h1><div class='sub'>{E(d['subtitle'])}</div>" + "".join(secs()) +
                f"<div class='foot'>{' | '.join(E(c) for c in d['contact'])}</div>")
    else:  # soffice-friendly plain html
        css = "body{font-family:'Liberation Sans';font-size:10pt} h1{font-size:18pt} h2{font-size:12pt;color:#333366}"
        body = (f"<h1>{E(d['name'])}</h1><p><i>{E(d['subtitle'])}</i></p><p>{'<br>'.join(E(c) for c in d['contact'])}</p>" + "".join(secs()))
    return f"<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>CV — {E(d['name'])}</title><style>{css}</style></head><body>{body}</body></html>"


def r_soffice_from_html(cv, out, fmt):
    src = os.path.join(TMP, os.path.splitext(os.path.basename(out))[0] + ".html")
    open(src, "w", encoding="utf-8").write(html_doc(cv, "plain"))
    # import HTML as a Writer document (not Writer/Web) so DOCX/RTF filters apply
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    ext = os.path.splitext(out)[1]
    shutil.move(os.path.splitext(src)[0] + ext, out)

# ------------------------------------------------------------------ scans (Pillow)
def render_page_image(cv, serif=False):
    from PIL import Image, ImageDraw, ImageFont
    d = cv["doc"]
    W, H = 1275, 1650  # 150 dpi letter
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fr = FONTS if serif else FONT
    fb = FONTSB if serif else FONTB
    f_name, f_h, f_t = ImageFont.truetype(fb, 40), ImageFont.truetype(fb, 25), ImageFont.truetype(fr, 21)
    y = 90
    dr.text((90, y), d["name"], font=f_name, fill=20); y += 58
    dr.text((90, y), d["subtitle"], font=f_t, fill=40); y += 34
    for c in d["contact"]:
        dr.text((90, y), c, font=f_t, fill=40); y += 30
    y += 12
    for h, items in d["sections"]:
        y += 14
        dr.text((90, y), h, font=f_h, fill=15); y += 34
        dr.line((90, y - 4, W - 90, y - 4), fill=90, width=2)
        for it in items:
            if isinstance(it, tuple):
                dr.text((100, y), it[0], font=f_t, fill=30)
                words, line, x0 = it[1].split(), "", 360
                for w in words:
                    t = (line + " " + w).strip()
                    if dr.textlength(t, font=f_t) > W - 90 - x0:
                        dr.text((x0, y), line, font=f_t, fill=30); y += 29; line = w
                    else:
                        line = t
                dr.text((x0, y), line, font=f_t, fill=30); y += 31
            else:
                dr.text((100, y), it, font=f_t, fill=30); y += 31
    return img


def degrade(img, angle, noise, blur, contrast):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype("float32")
    rng = np.random.default_rng(89)
    a += rng.normal(0, noise, a.shape)
    # uneven illumination
    h, w = a.shape
    a -= np.linspace(0, 18, w)[None, :]
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return img.filter(ImageFilter.GaussianBlur(blur))


def r_scan(cv, out, i):
    params = {17: (1.2, 9, 0.9, 1.0), 18: (-0.8, 6, 0.7, 0.55), 19: (0.6, 8, 0.8, 0.9), 20: (1.8, 10, 1.1, 0.85), 21: (-1.5, 12, 1.0, 0.8)}[i]
    img = degrade(render_page_image(cv, serif=(i % 2 == 0)), *params)
    if out.endswith(".png"):
        img.save(out)
    elif out.endswith(".jpg"):
        img.convert("RGB").save(out, quality=55)
    else:
        img.convert("RGB").save(out, "PDF", resolution=150.0)


# ------------------------------------------------------------------ main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    truth = []
    for cv in CVS:
        out = os.path.join(OUT, cv["file"]); lay = cv["layout"]
        if lay == "pdf_sidebar": r_pdf_sidebar(cv, out)
        elif lay == "docx_table": r_docx(cv, out, "table")
        elif lay == "pdf_fpdf_plain": r_pdf_fpdf(cv, out, footer=False)
        elif lay == "pdf_chromium_pt": chromium_pdf(html_doc(cv, "pt"), out)
        elif lay == "docx_header": r_docx(cv, out, "header")
        elif lay == "odt_odfpy": r_odt(cv, out, table=False)
        elif lay == "rtf_hand": r_rtf_hand(cv, out)
        elif lay == "txt_plain": r_txt(cv, out)
        elif lay == "pdf_soffice":
            src = os.path.join(TMP, "w89_009_src.docx"); r_docx(cv, src, "soffice"); soffice(src, "pdf", TMP)
            shutil.move(os.path.join(TMP, "w89_009_src.pdf"), out)
        elif lay == "pdf_chromium_2col": chromium_pdf(html_doc(cv, "2col"), out)
        elif lay == "docx_soffice": r_soffice_from_html(cv, out, 'docx:MS Word 2007 XML')
        elif lay == "pdf_fpdf_footer": r_pdf_fpdf(cv, out, footer=True)
        elif lay == "pdf_reportlab_table": r_pdf_reportlab_table(cv, out)
        elif lay == "odt_table": r_odt(cv, out, table=True)
        elif lay == "rtf_soffice": r_soffice_from_html(cv, out, "rtf")
        elif lay == "pdf_chromium_footer": chromium_pdf(html_doc(cv, "footer"), out)
        else: raise SystemExit("unknown layout " + lay)
        print("built", cv["file"])
        t = dict(file=cv["file"], layout=lay, **cv["truth"])
        t["usce_months"] = months(t["usce_entries"]); t["usce_months_clinical"] = months(t["usce_entries"], True)
        truth.append(t)
    for i, cv in enumerate(SCANS, start=17):
        out = os.path.join(OUT, cv["file"]); r_scan(cv, out, i); print("built", cv["file"])
        t = dict(file=cv["file"], layout=cv["layout"], **cv["truth"])
        t["usce_months"] = months(t["usce_entries"]); t["usce_months_clinical"] = months(t["usce_entries"], True)
        t["needs_ocr"] = True
        truth.append(t)
    # damaged
    src = dict(name="Martina Alejandra Vega Cordero", lines=["Médica Cirujana — Universidad de Valparaíso (Chile)",
               "martina.vega.cordero@gmail.com · +56 9 6612 3344", "USMLE Step 1: Pass · Step 2 CK: 239",
               "Observership, Internal Medicine — Cedars-Sinai, Los Angeles, CA (03/2024 – 04/2024)"] * 6)
    full = os.path.join(TMP, "full.pdf"); make_rl_simple(src, full)
    b = open(full, "rb").read(); open(os.path.join(OUT, DAMAGED[0]["file"]), "wb").write(b[: int(len(b) * 0.35)])
    from pypdf import PdfReader, PdfWriter
    src2 = dict(name="Bruno Henrique Carvalho Tavares", lines=["Médico — Universidade Federal da Bahia",
                "bruno.hct@gmail.com · +55 71 98811-2233", "Observership, Cardiology — Tampa General Hospital, FL (Jan 2025)"])
    full2 = os.path.join(TMP, "full2.pdf"); make_rl_simple(src2, full2)
    w = PdfWriter(); [w.add_page(p) for p in PdfReader(full2).pages]
    w.encrypt(user_password="Bruno2025!", owner_password="owner-w89", algorithm="RC4-128")
    with open(os.path.join(OUT, DAMAGED[1]["file"]), "wb") as f: w.write(f)
    rnd = random.Random(8924); open(os.path.join(OUT, DAMAGED[2]["file"]), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))
    for dmg in DAMAGED:
        truth.append(dict(file=dmg["file"], layout=dmg["layout"], error=True)); print("built", dmg["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("truth lines:", len(truth))


if __name__ == "__main__":
    main()
