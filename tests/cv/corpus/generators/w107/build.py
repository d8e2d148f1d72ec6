# -*- coding: utf-8 -*-
"""Render all w107 CVs through real toolchains and write truth.jsonl."""
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED, fname, months

BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(BASE, "files")
TMP = os.path.join(BASE, "tmp")
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
DJ = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
random.seed(107)


def split(item):
    if " | " in item:
        d, t = item.split(" | ", 1)
        return d, t
    return "", item


def soffice(src, fmt="pdf"):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


def chromium(html_text, out_pdf):
    hp = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out_pdf, "file://" + hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


E = html.escape

# ------------------------------------------------------------------ python-docx
def fix_widths(tb, a, b):
    from docx.shared import Cm
    tb.autofit = False
    tb.columns[0].width = Cm(a); tb.columns[1].width = Cm(b)
    for r in tb.rows:
        r.cells[0].width = Cm(a); r.cells[1].width = Cm(b)


def docx_build(p, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    if mode == "europass":
        t = d.add_paragraph(); r = t.add_run("europass"); r.bold = True; r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x0E, 0x41, 0x94)
        d.add_paragraph("Curriculum Vitae / Резюме").runs[0].italic = True
        tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
        rows = [("Name / ФИО", p["name"] + "\n" + p["orig"])]
        for c in p["contacts"]:
            if ":" in c:
                k, v = c.split(":", 1); rows.append((k.strip(), v.strip()))
            elif "@" in c:
                rows.append(("E-mail", c))
            elif c.lstrip().startswith(("+", "8 (")):
                rows.append(("Telephone / Телефон", c))
            else:
                rows.append(("Address / Адрес", c))
        for k, v in rows:
            cells = tb.add_row().cells; cells[0].text = k; cells[1].text = v
        fix_widths(tb, 4.5, 13)
    elif mode == "footer":
        h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
        d.add_paragraph("Curriculum Vitae")
        ft = sec.footer.paragraphs[0]; ft.text = p["contacts"][0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif mode == "header_table":
        hdr = sec.header
        tb = hdr.add_table(rows=1, cols=2, width=Cm(17))
        c0, c1 = tb.rows[0].cells
        c0.text = p["name"] + "\n" + p["orig"]
        c0.paragraphs[0].runs[0].bold = True
        c1.text = "\n".join(p["contacts"])
        d.add_paragraph("CURRICULUM VITAE").runs[0].bold = True
    elif mode == "header_plain":
        hp = sec.header.paragraphs[0]
        hp.text = p["name"] + "  |  " + "  |  ".join(p["contacts"])
        hp.runs[0].font.size = Pt(8)
        h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
        d.add_paragraph(p["orig"])
    for head, items in p["sections"]:
        hp = d.add_paragraph(); r = hp.add_run(head.upper() if mode != "europass" else head); r.bold = True
        r.font.color.rgb = RGBColor(0x0E, 0x41, 0x94) if mode == "europass" else RGBColor(0x22, 0x22, 0x22)
        if mode in ("europass", "header_table") and any(" | " in i for i in items):
            tb = d.add_table(rows=0, cols=2)
            if mode == "header_table":
                tb.style = "Table Grid"
            for it in items:
                dt, tx = split(it)
                cells = tb.add_row().cells; cells[0].text = dt; cells[1].text = tx
            fix_widths(tb, 4.0, 13.5)
        else:
            for it in items:
                dt, tx = split(it)
                para = d.add_paragraph(style="List Bullet" if mode == "footer" else None)
                if dt:
                    rr = para.add_run(dt + "  "); rr.bold = True
                para.add_run(tx)
    d.save(path)


# ------------------------------------------------------------------ HTML (chromium)
def html_generic(p, style):
    if style == "hh":
        css = """body{font-family:Arial,'DejaVu Sans';font-size:10.5pt;color:#222;margin:28px 40px}
        .top{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding-bottom:8px}
        .logo{color:#d6001c;font-weight:bold;font-size:20pt} h1{font-size:20pt;margin:6px 0 2px}
        h2{font-size:13pt;border-bottom:1px solid #eee;margin-top:18px;color:#333}
        .row{display:flex;margin:5px 0}.d{width:190px;color:#666;flex:none}.muted{color:#888;font-size:9pt}
        .upd{color:#999;font-size:8.5pt}"""
        h = ["<div class='top'><span class='logo'>hh</span><span class='upd'>Резюме обновлено 12 ноября 2026 в 10:41</span></div>",
             "<h1>%s</h1><div class='muted'>%s</div>" % (E(p["name"]), E(p["orig"]))]
        h += ["<div>%s</div>" % E(c) for c in p["contacts"]]
    elif style == "linkedin":
        css = """body{font-family:Arial,'DejaVu Sans';font-size:10pt;margin:0}
        .wrap{display:flex}.side{width:200px;background:#f3f6f8;padding:24px 16px;min-height:1050px}
        .main{flex:1;padding:24px 28px}.side h3{font-size:11pt;margin:14px 0 4px}
        h1{font-size:24pt;margin:0} h2{font-size:14pt;margin:20px 0 6px;color:#181818}
        .row{margin:6px 0}.d{color:#666;font-size:9pt;display:block}.pg{color:#999;font-size:8pt;text-align:center}"""
        side = ["<h3>Contact</h3>"] + ["<div>%s</div>" % E(c) for c in p["contacts"][1:]]
        mainsecs = []
        for head, items in p["sections"]:
            if head in ("Top Skills", "Languages"):
                side.append("<h3>%s</h3>" % E(head)); side += ["<div>%s</div>" % E(i) for i in items]
            else:
                mainsecs.append((head, items))
        body = ["<h1>%s</h1><div>%s</div><div>Research Fellow at Johns Hopkins Medicine</div><div class='d'>Baltimore, Maryland, United States</div>"
                % (E(p["name"]), E(p["orig"]))]
        for head, items in mainsecs:
            body.append("<h2>%s</h2>" % E(head))
            for it in items:
                dt, tx = split(it)
                body.append("<div class='row'><b>%s</b><span class='d'>%s</span></div>" % (E(tx), E(dt)))
        body.append("<div class='pg'>Page 1 of 2</div>")
        return "<html><head><meta charset='utf-8'><style>%s</style></head><body><div class='wrap'><div class='side'>%s</div><div class='main'>%s</div></div></body></html>" % (
            css, "".join(side), "".join(body))
    elif style == "sidebar":
        css = """body{font-family:'Noto Sans','DejaVu Sans';font-size:10pt;margin:0}
        .wrap{display:flex}.side{width:210px;background:#1f3a5f;color:#fff;padding:26px 16px;min-height:1080px}
        .main{flex:1;padding:26px}.side h3{color:#9cc3ff;font-size:10pt;text-transform:uppercase}
        h1{font-size:22pt;margin:0;color:#1f3a5f} h2{font-size:12pt;color:#1f3a5f;border-bottom:2px solid #1f3a5f}
        .row{display:flex;margin:5px 0}.d{width:130px;flex:none;color:#555}"""
        side = ["<h3>Contact</h3>"] + ["<div>%s</div>" % E(c) for c in p["contacts"]]
        body = ["<h1>%s</h1><div>Radiology · Imaging</div>" % E(p["name"])]
        for head, items in p["sections"]:
            if head == "Languages":
                side.append("<h3>Languages</h3>"); side += ["<div>%s</div>" % E(i) for i in items]; continue
            body.append("<h2>%s</h2>" % E(head))
            for it in items:
                dt, tx = split(it)
                body.append("<div class='row'><span class='d'>%s</span><span>%s</span></div>" % (E(dt), E(tx)))
        return "<html><head><meta charset='utf-8'><style>%s</style></head><body><div class='wrap'><div class='side'>%s</div><div class='main'>%s</div></div></body></html>" % (
            css, "".join(side), "".join(body))
    else:  # simple, for scans
        css = """body{font-family:'DejaVu Serif';font-size:12pt;margin:50px 60px;color:#111}
        h1{font-size:22pt;margin:0} h2{font-size:13pt;border-bottom:1px solid #444;margin-top:18px}
        .row{display:flex;margin:4px 0}.d{width:190px;flex:none}"""
        h = ["<h1>%s</h1><div>%s</div><div>%s</div>" % (E(p["name"]), E(p["orig"]), " · ".join(E(c) for c in p["contacts"]))]
    for head, items in p["sections"]:
        h.append("<h2>%s</h2>" % E(head))
        for it in items:
            dt, tx = split(it)
            h.append("<div class='row'><span class='d'>%s</span><span>%s</span></div>" % (E(dt), E(tx)))
    return "<html><head><meta charset='utf-8'><style>%s</style></head><body>%s</body></html>" % (css, "".join(h))


# ------------------------------------------------------------------ reportlab
def reportlab_build(p, path, twocol):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("ARM", NOTO + "NotoSansArmenian-Regular.ttf"))
    n = ParagraphStyle("n", fontName="DJ", fontSize=9.2, leading=12)
    hd = ParagraphStyle("h", fontName="DJB", fontSize=11, leading=15, textColor=colors.HexColor("#7a1f1f"), spaceBefore=8)
    tt = ParagraphStyle("t", fontName="DJB", fontSize=20, leading=24)
    W, H = A4
    doc = BaseDocTemplate(path, pagesize=A4, title="CV " + p["name"], author=p["name"])
    if twocol:
        left = Frame(24, 30, 196, H - 60, id="l"); right = Frame(232, 30, W - 262, H - 60, id="r")
        def bg(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#f1ece4")); c.rect(0, 0, 226, H, fill=1, stroke=0); c.restoreState()
        doc.addPageTemplates([PageTemplate(frames=[left, right], onPage=bg)])
        fl = [Paragraph(E(p["name"]), ParagraphStyle("t2", parent=tt, fontSize=15, leading=18))]
        if p["orig"]:
            fl.append(Paragraph('<font name="ARM">%s</font>' % E(p["orig"]), n))
        fl.append(Spacer(1, 10))
        fl += [Paragraph(E(c), n) for c in p["contacts"]]
        sidehead = ("Languages", "Examinations", "Referee")
        for head, items in p["sections"]:
            if head in sidehead:
                fl.append(Paragraph(E(head), hd)); fl += [Paragraph(E(i), n) for i in items]
        fl.append(FrameBreak())
        for head, items in p["sections"]:
            if head in sidehead: continue
            fl.append(Paragraph(E(head), hd))
            for it in items:
                dt, tx = split(it)
                fl.append(Paragraph(("<b>%s</b> — " % E(dt) if dt else "") + E(tx), n))
    else:
        doc.addPageTemplates([PageTemplate(frames=[Frame(50, 40, W - 100, H - 80)])])
        fl = [Paragraph(E(p["name"]), tt), Paragraph(E(p["orig"]), n), Paragraph(" • ".join(E(c) for c in p["contacts"]), n), Spacer(1, 6)]
        for head, items in p["sections"]:
            fl.append(Paragraph(E(head).upper(), hd))
            for it in items:
                dt, tx = split(it)
                fl.append(Paragraph(("<b>%s</b>&nbsp;&nbsp;&nbsp;" % E(dt) if dt else "• ") + E(tx), n))
    doc.build(fl)


# ------------------------------------------------------------------ fpdf2
def fpdf_build(p, path, georgian):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 16, 18); pdf.add_page()
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("GEO", "", NOTO + "NotoSansGeorgian-Regular.ttf")
    pdf.set_fallback_fonts(["GEO"])
    pdf.set_font("DJ", "B", 18); pdf.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", 10)
    if p["orig"]:
        pdf.multi_cell(0, 5, p["orig"], new_x="LMARGIN", new_y="NEXT")
    for c in p["contacts"]:
        pdf.multi_cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for head, items in p["sections"]:
        pdf.set_font("DJ", "B", 11.5); pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 7, head, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DJ", "", 9.5)
        for it in items:
            dt, tx = split(it)
            if dt:
                y = pdf.get_y(); pdf.set_font("DJ", "B", 9.5); pdf.multi_cell(38, 5, dt)
                y2 = pdf.get_y(); pdf.set_xy(18 + 40, y); pdf.set_font("DJ", "", 9.5)
                pdf.multi_cell(0, 5, tx, new_x="LMARGIN", new_y="NEXT"); pdf.set_y(max(y2, pdf.get_y()))
            else:
                pdf.multi_cell(0, 5, tx, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_title("CV"); pdf.output(path)


# ------------------------------------------------------------------ text, RTF, ODT
def text_build(p, path):
    L = [p["name"], p["orig"], p["contacts"][0], "=" * 72, ""]
    for head, items in p["sections"]:
        L += [head, "-" * len(head)]
        for it in items:
            dt, tx = split(it)
            L.append(("%-24s%s" % (dt, tx)) if dt else "  " + tx)
        L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L))


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def rtf_build(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs20",
         r"{\pard\qc\b\fs36 %s\par}" % rtf_esc(p["name"]), r"{\pard\qc\fs20 %s\par}" % rtf_esc(p["orig"]),
         r"{\pard\qc %s\par}" % rtf_esc(" | ".join(p["contacts"]))]
    for head, items in p["sections"]:
        R.append(r"{\pard\sb200\b\fs24 %s\par}" % rtf_esc(head))
        for it in items:
            dt, tx = split(it)
            R.append(r"{\pard\li360 %s%s\par}" % ((r"{\b %s}\tab " % rtf_esc(dt)) if dt else "", rtf_esc(tx)))
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))


def odt_build(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    tstyle = Style(name="Title1", family="paragraph"); tstyle.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    hstyle = Style(name="Head1", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2b5d34"))
    hstyle.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #2b5d34"))
    bstyle = Style(name="B1", family="text"); bstyle.addElement(TextProperties(fontweight="bold"))
    for s in (tstyle, hstyle): doc.styles.addElement(s)
    doc.automaticstyles.addElement(bstyle)
    doc.text.addElement(TP(stylename=tstyle, text=p["name"]))
    doc.text.addElement(TP(text=p["orig"]))
    for c in p["contacts"]:
        doc.text.addElement(TP(text=c))
    for head, items in p["sections"]:
        doc.text.addElement(TP(stylename=hstyle, text=head))
        if any(" | " in i for i in items):
            t = Table(name="T" + str(abs(hash(head)) % 10000)); t.addElement(TableColumn(numbercolumnsrepeated=2))
            for it in items:
                dt, tx = split(it); tr = TableRow()
                for val in (dt, tx):
                    tc = TableCell(); para = TP(); para.addElement(Span(stylename=bstyle, text=val) if val is dt else Span(text=val))
                    tc.addElement(para); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else:
            for it in items:
                doc.text.addElement(TP(text=it))
    doc.save(path)


# ------------------------------------------------------------------ scans
def raster(pdf, first_only=True, dpi=110):
    base = os.path.join(TMP, os.path.basename(pdf) + "_r")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-f", "1", "-l", "1"] if first_only else []) + [pdf, base]
    subprocess.run(args, check=True)
    return sorted(os.path.join(TMP, f) for f in os.listdir(TMP) if f.startswith(os.path.basename(base)) and f.endswith(".png"))


def degrade(img, angle, noise=10, blur=0.6, contrast=1.0, bright=1.0, persp=False):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.convert("L")
    if persp:
        w, h = img.size
        big = Image.new("L", (int(w * 1.12), int(h * 1.08)), 95)
        big.paste(img, (int(w * 0.05), int(h * 0.03)))
        img = big
        w, h = img.size
        # quad: slight keystone (phone held above the page)
        img = img.transform((w, h), Image.QUAD, (int(w * 0.04), 0, int(w * 0.01), h, int(w * 0.99), h, int(w * 0.95), int(h * 0.02)),
                            resample=Image.BICUBIC)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype("float32")
    a = a + np.random.RandomState(7).normal(0, noise, a.shape)
    if persp:  # uneven lighting
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        a = a * (0.78 + 0.22 * xx / a.shape[1])
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(bright)
    return img


def make_scan(p, out):
    from PIL import Image
    src = os.path.join(TMP, "src_%03d.pdf" % p["num"])
    n = p["num"]
    if n in (17, 20):
        chromium(html_generic(p, "simple"), src)
    elif n == 18:
        fpdf_build(p, src, False)
    elif n == 19:
        reportlab_build(p, src, False)
    elif n == 21:
        dp = os.path.join(TMP, "src_021.docx"); docx_build(p, dp, "header_plain"); src = soffice(dp)
    pages = raster(src, first_only=(n != 20), dpi=120 if n != 18 else 130)
    imgs = [Image.open(x) for x in pages]
    if n == 17:
        outs = [degrade(im, 1.2, noise=9, blur=0.7) for im in imgs]
        outs[0].convert("RGB").save(out, "PDF", resolution=120, save_all=True, append_images=[o.convert("RGB") for o in outs[1:]])
    elif n == 18:
        degrade(imgs[0], -2.4, noise=12, blur=0.9, persp=True).save(out, "PNG")
    elif n == 19:
        degrade(imgs[0], 0.7, noise=8, blur=0.5).convert("RGB").save(out, "JPEG", quality=38)
    elif n == 20:
        outs = [degrade(im, -1.6, noise=6, blur=0.5, contrast=0.55, bright=1.15).convert("RGB") for im in imgs]
        outs[0].save(out, "PDF", resolution=120, save_all=True, append_images=outs[1:])
    elif n == 21:
        degrade(imgs[0], 2.8, noise=14, blur=1.0, contrast=0.7, bright=0.8, persp=True).convert("RGB").save(out, "JPEG", quality=45)


# hand-counted (usce_months, usce_months_clinical); cross-checked against months() at build time
HAND_MONTHS = {1: (2, 2), 2: (4, 4), 3: (2, 2), 4: (38, 2), 5: (3, 3), 6: (4, 2), 7: (8, 2), 8: (3, 3), 9: (3, 3),
               10: (4, 4), 11: (5, 2), 12: (27, 3), 13: (2, 2), 14: (3, 1), 15: (28, 2), 16: (27, 3), 17: (2, 2),
               18: (0, 0), 19: (14, 2), 20: (2, 2), 21: (2, 2)}

# ------------------------------------------------------------------ main
def render(p):
    out = os.path.join(OUT, fname(p)); L = p["layout"]
    if p.get("scan"):
        return make_scan(p, out)
    if L == "docx_europass":
        docx_build(p, out, "europass")
    elif L == "lo_europass_pdf":
        dp = os.path.join(TMP, "Europass_CV_Kovalenko.docx"); docx_build(p, dp, "europass"); shutil.move(soffice(dp), out)
    elif L == "chromium_hhru_export":
        chromium(html_generic(p, "hh"), out)
    elif L == "chromium_linkedin_export":
        chromium(html_generic(p, "linkedin"), out)
    elif L == "reportlab_twocol":
        reportlab_build(p, out, True)
    elif L in ("fpdf_dejavu_bilingual", "fpdf_georgian"):
        fpdf_build(p, out, L == "fpdf_georgian")
    elif L == "plain_text":
        text_build(p, out)
    elif L == "odt_odfpy":
        odt_build(p, out)
    elif L == "rtf_plain":
        rtf_build(p, out)
    elif L == "docx_footer_contacts":
        docx_build(p, out, "footer")
    elif L == "chromium_sidebar":
        chromium(html_generic(p, "sidebar"), out)
    elif L == "lo_odt_pdf":
        op = os.path.join(TMP, "CV_Mammadova.odt"); odt_build(p, op); shutil.move(soffice(op), out)
    elif L == "docx_tables_header":
        docx_build(p, out, "header_table")
    elif L == "reportlab_roman_months":
        reportlab_build(p, out, False)
    elif L == "docx_header_lo_pdf":
        dp = os.path.join(TMP, "Melnyk_CV.docx"); docx_build(p, dp, "header_plain"); shutil.move(soffice(dp), out)
    else:
        raise SystemExit("unknown layout " + L)


def damaged():
    # 022: a real rendered PDF cut to 35% of its bytes (download interrupted)
    src = os.path.join(OUT, fname(P[10]))
    data = open(src, "rb").read()
    open(os.path.join(OUT, fname(DAMAGED[0])), "wb").write(data[: int(len(data) * 0.35)])
    open(os.path.join(OUT, fname(DAMAGED[1])), "wb").close()
    rnd = random.Random(24)
    open(os.path.join(OUT, fname(DAMAGED[2])), "wb").write(bytes(rnd.getrandbits(8) for _ in range(48000)))


def main():
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rows = []
    for p in P:
        render(p)
        t = dict(file=fname(p), layout=p["layout"])
        t.update(p["truth"])
        t["usce_months"], t["usce_months_clinical"] = HAND_MONTHS[p["num"]]
        assert (months(t["usce_entries"]), months(t["usce_entries"], True)) == HAND_MONTHS[p["num"]], p["num"]
        if p.get("scan"):
            t["needs_ocr"] = True
        rows.append(t)
    damaged()
    for d in DAMAGED:
        rows.append(dict(file=fname(d), layout=d["layout"], error=True))
    with open(os.path.join(BASE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
