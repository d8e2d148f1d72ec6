# -*- coding: utf-8 -*-
"""Render all w63 CVs into ../files and write ../truth.jsonl."""
import os, sys, json, random, subprocess, shutil, tempfile, html
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import R, DAMAGED

OUT = os.path.join(HERE, "..", "files")
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
random.seed(63)


def item_text(it):
    return f"{it[0]} — {it[1]}" if isinstance(it, tuple) else it


def lo_convert(src, target="pdf"):
    tmp = tempfile.mkdtemp(prefix="w63lo_")
    prof = "file://" + tempfile.mkdtemp(prefix="w63prof_")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target,
                    "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + "." + target
    return os.path.join(tmp, base)


def chromium_pdf(html_text, dest):
    tmp = tempfile.mkdtemp(prefix="w63chr_")
    src = os.path.join(tmp, "cv.html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/prof", f"--print-to-pdf={dest}", "file://" + src],
                   check=True, capture_output=True, timeout=180)


# ---------------- DOCX ----------------
def docx_basic(r, path, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans" if mode != "europass" else "Arial"; st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8)
    h = r["head"]
    if mode == "hf":
        # contacts only in header / footer
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = h["name"] + "  |  " + h["contacts"][0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = h["contacts"][1]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_paragraph(); run = t.add_run("CURRICULUM VITAE"); run.bold = True; run.font.size = Pt(16)
        d.add_paragraph(h["sub"])
    elif mode == "europass":
        sec = d.sections[0]
        sec.header.paragraphs[0].text = "Europass Curriculum Vitae"
        sec.footer.paragraphs[0].text = "© Unione europea, 2002-2024 | europass.europa.eu      Pagina / Page 1"
        tb = d.add_table(rows=0, cols=2)
        def row(l, rt, bold=False, size=10):
            c = tb.add_row().cells
            c[0].width = Cm(5); c[1].width = Cm(12)
            p0 = c[0].paragraphs[0]; p0.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r0 = p0.add_run(l); r0.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79); r0.font.size = Pt(9)
            r1 = c[1].paragraphs[0].add_run(rt); r1.bold = bold; r1.font.size = Pt(size)
        row("Informazioni personali / Personal information", h["name"], True, 14)
        for cc in h["contacts"]:
            row("", cc)
        for head, items in r["sections"]:
            row(head.upper(), "", True)
            for it in items:
                if isinstance(it, tuple):
                    row(it[0], it[1])
                else:
                    row("", it)
        d.save(path); return
    elif mode == "table":
        tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
        c = tb.rows[0].cells
        rn = c[0].paragraphs[0].add_run(h["name"]); rn.bold = True; rn.font.size = Pt(16)
        c[0].add_paragraph(h["sub"])
        c[1].paragraphs[0].text = h["contacts"][0]
        for cc in h["contacts"][1:]:
            c[1].add_paragraph(cc)
        for head, items in r["sections"]:
            p = d.add_paragraph(); rr = p.add_run(head); rr.bold = True; rr.font.size = Pt(12)
            t2 = d.add_table(rows=0, cols=2); t2.style = "Light Grid Accent 1"
            for it in items:
                cells = t2.add_row().cells
                if isinstance(it, tuple):
                    cells[0].text, cells[1].text = it
                else:
                    cells[0].text = "•"; cells[1].text = it
        d.save(path); return
    else:  # plain, for LibreOffice PDF
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rn = p.add_run(h["name"]); rn.bold = True; rn.font.size = Pt(18)
        p2 = d.add_paragraph(h["sub"]); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p3 = d.add_paragraph(" · ".join(h["contacts"])); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, items in r["sections"]:
        hp = d.add_heading(head, level=2)
        for it in items:
            if isinstance(it, tuple):
                p = d.add_paragraph()
                a = p.add_run(it[0] + "\t"); a.bold = True
                p.add_run(it[1])
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
                p.paragraph_format.left_indent = Cm(4.2); p.paragraph_format.first_line_indent = Cm(-4.2)
            else:
                d.add_paragraph(it, style="List Bullet")
    d.save(path)


# ---------------- ODT ----------------
def odt_make(r, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#7a1f1f"))
    hd = Style(name="Hd", family="paragraph")
    hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    hd.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    for s in (big, hd, small):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    h = r["head"]
    doc.text.addElement(P(stylename=big, text=h["name"]))
    doc.text.addElement(P(stylename=small, text=h["sub"]))
    for c in h["contacts"]:
        doc.text.addElement(P(stylename=small, text=c))
    for head, items in r["sections"]:
        doc.text.addElement(P(stylename=hd, text=head))
        for it in items:
            p = P()
            if isinstance(it, tuple):
                p.addElement(Span(stylename=bold, text=it[0] + ": "))
                p.addText(it[1])
            else:
                p.addText(it)
            doc.text.addElement(p)
    doc.save(path)


# ---------------- TXT / RTF ----------------
def txt_make(r, path):
    h = r["head"]; L = [h["name"]]
    if h["sub"]:
        L.append(h["sub"])
    L += h["contacts"]; L.append("=" * 72)
    for head, items in r["sections"]:
        L += ["", head, "-" * len(head)]
        for it in items:
            L.append(f"{it[0]:<22}{it[1]}" if isinstance(it, tuple) else "  " + it)
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_make(r, path):
    h = r["head"]
    b = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green70\blue120;}\paperw11906\paperh16838\margl1134\margr1134\f1\fs20",
         r"{\pard\qc\b\fs34 " + rtf_esc(h["name"]) + r"\par}",
         r"{\pard\qc\i\fs20 " + rtf_esc(h["sub"]) + r"\par}"]
    for c in h["contacts"]:
        b.append(r"{\pard\qc\fs18 " + rtf_esc(c) + r"\par}")
    for head, items in r["sections"]:
        b.append(r"{\pard\sb200\brdrb\brdrs\brdrw10\cf1\b\fs24 " + rtf_esc(head) + r"\par}")
        for it in items:
            if isinstance(it, tuple):
                b.append(r"{\pard\li2200\fi-2200\tx2200{\b " + rtf_esc(it[0]) + r"}\tab " + rtf_esc(it[1]) + r"\par}")
            else:
                b.append(r"{\pard\li360 \bullet  " + rtf_esc(it) + r"\par}")
    b.append("}")
    open(path, "w", encoding="ascii").write("\n".join(b))


# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVS", SERIF)); pdfmetrics.registerFont(TTFont("DVSB", SERIFB))


def rl_simple(r, path, serif=True):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    n = ParagraphStyle("n", fontName=f, fontSize=9.5, leading=12)
    hs = ParagraphStyle("h", fontName=fb, fontSize=12, leading=15, spaceBefore=8, textColor=colors.HexColor("#333366"))
    t = ParagraphStyle("t", fontName=fb, fontSize=18, leading=22)
    e = html.escape
    h = r["head"]
    story = [Paragraph(e(h["name"]), t), Paragraph(e(h["sub"]), n)]
    story += [Paragraph(e(" | ".join(h["contacts"])), n), Spacer(1, 6)]
    for head, items in r["sections"]:
        story.append(Paragraph(e(head), hs))
        rows = []
        for it in items:
            if isinstance(it, tuple):
                rows.append([Paragraph(e(it[0]), n), Paragraph(e(it[1]), n)])
            else:
                rows.append([Paragraph("", n), Paragraph(e(it), n)])
        tb = Table(rows, colWidths=[3.6 * cm, 13.4 * cm])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(tb)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            title="Lebenslauf", author=r["T"]["full_name"])
    doc.build(story)


def rl_twocol(r, path):
    rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    W, H = A4
    e = html.escape
    side = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11, textColor=colors.white)
    sideh = ParagraphStyle("sh", fontName="DVB", fontSize=10, leading=13, spaceBefore=8, textColor=colors.white)
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, textColor=colors.HexColor("#0b5345"))
    big = ParagraphStyle("b", fontName="DVB", fontSize=17, leading=21, textColor=colors.white)

    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#0b5345")); c.rect(0, 0, 6.3 * cm, H, stroke=0, fill=1); c.restoreState()
    f1 = Frame(0.6 * cm, 1.2 * cm, 5.2 * cm, H - 2.4 * cm, id="side")
    f2 = Frame(7.0 * cm, 1.2 * cm, W - 8.2 * cm, H - 2.4 * cm, id="main")
    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[PageTemplate(frames=[f1, f2], onPage=bg)])
    h = r["head"]
    S = [Paragraph(e(h["name"]), big), Spacer(1, 4), Paragraph(e(h["sub"]), side), Paragraph("CONTACT", sideh)]
    S += [Paragraph(e(c), side) for c in h["contacts"]]
    side_secs = {"USMLE", "Languages", "Interests", "References"}
    for head, items in r["sections"]:
        if head in side_secs:
            S.append(Paragraph(e(head.upper()), sideh))
            S += [Paragraph(e(item_text(it)), side) for it in items]
    S.append(FrameBreak())
    for head, items in r["sections"]:
        if head not in side_secs:
            S.append(Paragraph(e(head), hs))
            for it in items:
                if isinstance(it, tuple):
                    S.append(Paragraph(f"<b>{e(it[0])}</b><br/>{e(it[1])}", n))
                else:
                    S.append(Paragraph(e(it), n))
    doc.build(S)


# ---------------- fpdf2 ----------------
def fpdf_make(r, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    h = r["head"]
    pdf.set_fill_color(40, 40, 80); pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 17); pdf.cell(0, 12, h["name"], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 7, h["sub"], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.cell(0, 5, "  •  ".join(h["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for head, items in r["sections"]:
        pdf.ln(3); pdf.set_font("DV", "B", 11.5); pdf.set_text_color(40, 40, 80)
        pdf.cell(0, 7, head.upper(), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9.5)
        for it in items:
            if isinstance(it, tuple):
                y = pdf.get_y()
                pdf.set_font("DV", "B", 9.5); pdf.multi_cell(40, 5, it[0], new_x="RIGHT", new_y="TOP")
                pdf.set_xy(58, y); pdf.set_font("DV", "", 9.5)
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("CV"); pdf.output(path)


# ---------------- HTML -> Chromium ----------------
def html_sidebar(r):
    e = html.escape; h = r["head"]
    side_names = ("Idiomas / Languages", "Exames / Exams", "Interesses / Interests")
    side = "".join(f"<p>{e(c)}</p>" for c in h["contacts"])
    for head, items in r["sections"]:
        if head in side_names:
            side += f"<h3>{e(head)}</h3>" + "".join(f"<p>{e(item_text(i))}</p>" for i in items)
    main = ""
    for head, items in r["sections"]:
        if head not in side_names:
            main += f"<h2>{e(head)}</h2>"
            for it in items:
                if isinstance(it, tuple):
                    main += f"<div class=e><span class=d>{e(it[0])}</span><span>{e(it[1])}</span></div>"
                else:
                    main += f"<p>{e(it)}</p>"
    return f"""<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>CV</title><style>
@page {{ size: A4; margin: 0 }} body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.wrap {{ display:grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }}
aside {{ background:#2d3e50; color:#fff; padding: 14mm 6mm; }} aside h3 {{ font-size:10pt; border-bottom:1px solid #8aa; }}
aside p {{ margin: 2px 0 4px; font-size:8.5pt }} main {{ padding: 12mm 10mm; }}
h1 {{ font-size: 20pt; margin:0 0 2mm; color:#2d3e50 }} h2 {{ font-size: 11.5pt; color:#2d3e50; border-bottom:2px solid #e67e22; margin-top:6mm }}
.e {{ display:flex; gap:4mm; margin:2mm 0 }} .d {{ flex: 0 0 34mm; font-weight:bold; color:#555 }}
</style></head><body><div class=wrap><aside><h3>Contato / Contact</h3>{side}</aside>
<main><h1>{e(h['name'])}</h1><div>{e(h['sub'])}</div>{main}</main></div></body></html>"""


def html_europass(r):
    e = html.escape; h = r["head"]
    rows = f"<tr><td class=l>Información personal</td><td><div class=nm>{e(h['name'])}</div>" + \
        "".join(f"<div>{e(c)}</div>" for c in h["contacts"]) + "</td></tr>"
    for head, items in r["sections"]:
        rows += f"<tr><td class='l sec'>{e(head).upper()}</td><td class=bar></td></tr>"
        for it in items:
            if isinstance(it, tuple):
                rows += f"<tr><td class=l>{e(it[0])}</td><td>{e(it[1])}</td></tr>"
            else:
                rows += f"<tr><td class=l></td><td>{e(it)}</td></tr>"
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Europass CV</title><style>
@page {{ size: A4; margin: 14mm 12mm }} body {{ font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9.5pt; color:#3f3a38 }}
.top {{ display:flex; justify-content:space-between; color:#1593cb; font-size:9pt; margin-bottom:6mm }}
.logo {{ font-size:18pt; font-weight:bold; color:#004494 }}
table {{ border-collapse: collapse; width:100% }} td {{ vertical-align: top; padding: 2px 6px }}
td.l {{ width: 52mm; text-align:right; color:#1593cb; font-size:8.5pt }} td.sec {{ padding-top:5mm; font-weight:bold }}
td.bar {{ border-bottom: 1px solid #1593cb }} .nm {{ font-size: 16pt; color:#3f3a38; margin-bottom:2mm }}
</style></head><body><div class=top><span class=logo>europass</span><span>Curriculum vitae</span></div>
<table>{rows}</table></body></html>"""


# ---------------- scans ----------------
def scan_image(r, rotate, contrast, blur, noise):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
    W, H = 1240, 1754  # A4 @150dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fN = ImageFont.truetype(SERIF, 24); fB = ImageFont.truetype(SERIFB, 28); fT = ImageFont.truetype(SERIFB, 44)
    y = 110; x = 110
    h = r["head"]
    d.text((x, y), h["name"], font=fT, fill=0); y += 64
    d.text((x, y), h["sub"], font=fN, fill=40); y += 40
    for c in h["contacts"]:
        d.text((x, y), c, font=fN, fill=20); y += 34
    d.line((x, y + 6, W - x, y + 6), fill=0, width=2); y += 22
    def wrap(t, font, width):
        words, lines, cur = t.split(), [], ""
        for w in words:
            test = (cur + " " + w).strip()
            if d.textlength(test, font=font) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = test
        lines.append(cur); return lines
    for head, items in r["sections"]:
        y += 14; d.text((x, y), head, font=fB, fill=0); y += 42
        for it in items:
            if isinstance(it, tuple):
                d.text((x, y), it[0], font=fN, fill=30)
                for ln in wrap(it[1], fN, W - x - 400):
                    d.text((x + 290, y), ln, font=fN, fill=10); y += 32
            else:
                for ln in wrap(it, fN, W - 2 * x):
                    d.text((x, y), ln, font=fN, fill=10); y += 32
            y += 4
    # degrade: rotate, blur, noise, contrast
    img = img.rotate(rotate, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load(); w, hh = img.size
    rnd = random.Random(hash(r["file"]) & 0xffff)
    for _ in range(int(w * hh * noise)):
        a, b = rnd.randrange(w), rnd.randrange(hh)
        px[a, b] = rnd.choice((0, 90, 180, 255))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(1.04)
    return img.convert("RGB")


def build_one(r):
    path = os.path.join(OUT, r["file"]); f = r["fmt"]
    if f == "docx_europass":
        docx_basic(r, path, "europass")
    elif f == "docx_hf":
        docx_basic(r, path, "hf")
    elif f == "docx_table":
        docx_basic(r, path, "table")
    elif f == "docx2pdf":
        tmp = tempfile.mkdtemp(prefix="w63d_"); src = os.path.join(tmp, r["file"][:-4] + ".docx")
        docx_basic(r, src, "plain"); shutil.move(lo_convert(src), path)
    elif f == "odt":
        odt_make(r, path)
    elif f == "odt2pdf":
        tmp = tempfile.mkdtemp(prefix="w63o_"); src = os.path.join(tmp, r["file"][:-4] + ".odt")
        odt_make(r, src); shutil.move(lo_convert(src), path)
    elif f == "txt":
        txt_make(r, path)
    elif f == "rtf":
        rtf_make(r, path)
    elif f == "reportlab_simple":
        rl_simple(r, path)
    elif f == "reportlab_twocol":
        rl_twocol(r, path)
    elif f == "fpdf":
        fpdf_make(r, path)
    elif f == "html_sidebar":
        chromium_pdf(html_sidebar(r), path)
    elif f == "html_europass":
        chromium_pdf(html_europass(r), path)
    elif f == "scan_png":
        scan_image(r, 1.3, 0.75, 0.9, 0.004).save(path)
    elif f == "scan_jpg":
        rot = -1.8 if "021" in r["file"] else 0.7
        scan_image(r, rot, 0.65, 1.1, 0.006).save(path, quality=55)
    elif f == "scan_pdf":
        low = "lowcontrast" in r["layout"]
        im = scan_image(r, -0.6 if low else 1.0, 0.5 if low else 0.8, 0.8, 0.003)
        im.save(path, "PDF", resolution=150.0)
    else:
        raise ValueError(f)


def build_damaged():
    # truncated: a real reportlab CV cut at 40%
    tmp = tempfile.mkdtemp(prefix="w63x_")
    fake = dict(head=dict(name="Sofía Valentina Castro Morales", sub="Médica Cirujana",
                          contacts=["Bogotá · +57 310 222 3344 · sofia.castro@unal.edu.co"]),
                sections=[("Formación", [("2015 – 2021", "Medicina, Universidad Nacional de Colombia")]),
                          ("USMLE", ["Step 1: Pass · Step 2 CK: 237"])], T=dict(full_name="x"))
    p = os.path.join(tmp, "a.pdf"); rl_simple(fake, p)
    data = open(p, "rb").read()
    open(os.path.join(OUT, DAMAGED[0]["file"]), "wb").write(data[: int(len(data) * 0.4)])
    # encrypted with a user password
    import pikepdf
    fake["head"]["name"] = "Jan Kowalczyk"; fake["head"]["contacts"] = ["Kraków · +48 512 000 111 · jan.kowalczyk@uj.edu.pl"]
    p2 = os.path.join(tmp, "b.pdf"); rl_simple(fake, p2)
    with pikepdf.open(p2) as pdf:
        pdf.save(os.path.join(OUT, DAMAGED[1]["file"]),
                 encryption=pikepdf.Encryption(user="cv2025", owner="w63owner", R=6))
    # random bytes with a .docx name
    rnd = random.Random(2463)
    open(os.path.join(OUT, DAMAGED[2]["file"]), "wb").write(bytes(rnd.randrange(256) for _ in range(18432)))


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth_line(r):
    T = dict(r["T"])
    o = {"file": r["file"], "layout": r["layout"]}
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
            "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
            "languages", "visa_status", "publications"]
    for k in keys:
        o[k] = T[k]
    ents = T["usce_entries"]
    o["usce_months"] = months(ents)
    o["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
    o["usce_entries"] = ents
    if r["fmt"].startswith("scan"):
        o["needs_ocr"] = True
    return o


if __name__ == "__main__":
    only = sys.argv[1:]
    for r in R:
        if only and not any(x in r["file"] for x in only):
            continue
        print("building", r["file"], flush=True)
        build_one(r)
    if not only:
        build_damaged()
        rows = [truth_line(r) for r in R] + [dict(file=d["file"], layout=d["layout"], error=True) for d in DAMAGED]
        rows.sort(key=lambda x: x["file"])
        with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as fh:
            for o in rows:
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        print("wrote", len(rows), "truth rows")
