# -*- coding: utf-8 -*-
"""Build w78 files + truth.jsonl. Run via build.sh (uses ../.venv)."""
import os, sys, json, subprocess, shutil, random, html, io
sys.path.insert(0, os.path.dirname(__file__))
from people import P

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w78_build"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(78)

def split(item):
    if " || " in item:
        a, b = item.split(" || ", 1)
        return a, b
    return "", item

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y += 1; m = 1
    return len(s)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w78_lo",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- python-docx renderers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn

def _shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="%s"/>' % color))

def docx_europass(p, path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.6)
    h = d.add_paragraph(); r = h.add_run("europass  Curriculum Vitae"); r.font.color.rgb = RGBColor(0x00, 0x44, 0x94); r.bold = True
    t = d.add_table(rows=0, cols=2); t.autofit = False
    row = t.add_row().cells
    row[0].text = "INFORMAZIONI PERSONALI\nPersonal information"; row[1].text = ""
    rr = row[1].paragraphs[0].add_run(p["title"]); rr.bold = True; rr.font.size = Pt(14)
    for c in p["contact"]:
        row[1].add_paragraph(c)
    for head, items in p["sections"]:
        row = t.add_row().cells
        row[0].merge(row[1]); _shade(row[0], "DCE6F2")
        rr = row[0].paragraphs[0].add_run(head.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x00, 0x44, 0x94)
        for it in items:
            a, b = split(it)
            row = t.add_row().cells
            row[0].text = a; row[1].text = b
            row[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r_ in t.rows:
        r_.cells[0].width = Cm(4.2); r_.cells[1].width = Cm(13.5)
    d.save(path)

def docx_simple(p, path, font="Calibri"):
    d = Document()
    d.styles["Normal"].font.name = font; d.styles["Normal"].font.size = Pt(10.5)
    t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(" · ".join(p["contact"]))
    for head, items in p["sections"]:
        hp = d.add_paragraph(); hr = hp.add_run(head); hr.bold = True; hr.font.size = Pt(12); hr.font.color.rgb = RGBColor(0x8B, 0, 0)
        for it in items:
            a, b = split(it)
            para = d.add_paragraph(style="List Bullet" if not a else None)
            if a:
                ra = para.add_run(a + "\t"); ra.bold = True
            para.add_run(b)
    d.save(path)

def docx_header_footer(p, path):
    """German tabellarischer Lebenslauf: name in header, contacts split header/footer, body has none."""
    d = Document()
    d.styles["Normal"].font.name = "Cambria"; d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hr = hp.add_run(p["title"] + " — Lebenslauf / CV"); hr.bold = True; hr.font.size = Pt(13)
    sec.header.add_paragraph(p["contact"][0] + "  |  " + p["contact"][1])
    fp = sec.footer.paragraphs[0]; fp.text = p["contact"][2] + "   •   " + p["contact"][3] + "   •   Seite 1"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Tabellarischer Lebenslauf").runs[0].bold = True
    for head, items in p["sections"]:
        h = d.add_paragraph(); hh = h.add_run(head); hh.bold = True; hh.underline = True
        t = d.add_table(rows=0, cols=2)
        for it in items:
            a, b = split(it); c = t.add_row().cells; c[0].text = a; c[1].text = b
            c[0].width = Cm(3.8); c[1].width = Cm(12.5)
    d.add_paragraph("\nMünchen, den 28.11.2026")
    d.save(path)

TXBX = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="6000000" cy="1100000"/><wp:docPr id="41" name="Text Box 41"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6000000" cy="1100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EAF1F8"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'''

def docx_textbox(p, path):
    d = Document()
    d.styles["Normal"].font.name = "Segoe UI"; d.styles["Normal"].font.size = Pt(10)
    paras = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' %
                    ("<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>" if i == 0 else "", html.escape(x))
                    for i, x in enumerate([p["title"]] + p["contact"]))
    para = d.add_paragraph()
    para._p.append(parse_xml(TXBX % paras))
    for head, items in p["sections"]:
        d.add_heading(head, level=2)
        for it in items:
            a, b = split(it)
            d.add_paragraph((a + " — " if a else "") + b)
    d.save(path)

def docx_header_table(p, path):
    d = Document()
    d.styles["Normal"].font.name = "Georgia"; d.styles["Normal"].font.size = Pt(10)
    hdr = d.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(18))
    t.cell(0, 0).text = p["title"]; t.cell(0, 1).text = p["contact"][1]; t.cell(0, 2).text = p["contact"][2]
    d.add_paragraph("CURRICULUM VITAE").runs[0].bold = True
    d.add_paragraph(p["contact"][0])
    for head, items in p["sections"]:
        d.add_heading(head, level=3)
        for it in items:
            a, b = split(it)
            d.add_paragraph((a + ": " if a else "") + b)
    d.save(path)

# ---------------- HTML / Chromium
CSS_SIDEBAR = """@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
.wrap{display:flex;min-height:297mm}.side{width:62mm;background:#23395d;color:#fff;padding:14mm 7mm}
.side h1{font-size:17pt;margin:0 0 6mm}.side p{margin:2mm 0;word-wrap:break-word}.main{flex:1;padding:14mm 10mm}
h2{font-size:11pt;color:#23395d;border-bottom:1.5px solid #23395d;margin:5mm 0 2mm}.row{display:flex;margin:1.4mm 0}
.d{width:33mm;color:#555;flex:none}.b{flex:1}"""

CSS_CARDS = """@page{size:Letter;margin:12mm} body{font-family:'Liberation Serif',serif;font-size:10.5pt}
header{text-align:center;border-bottom:3px double #700}header h1{font-variant:small-caps;margin:0;font-size:22pt}
.card{border:1px solid #bbb;border-radius:4px;padding:3mm 4mm;margin:3mm 0;break-inside:avoid}
.card h2{margin:0 0 1mm;font-size:11pt;color:#700;text-transform:uppercase;letter-spacing:1px}
table{width:100%;border-collapse:collapse}td{vertical-align:top;padding:1px 3px}td.d{width:34%;font-style:italic}"""

def html_sidebar(p):
    side = "<h1>%s</h1>" % html.escape(p["title"]) + "".join("<p>%s</p>" % html.escape(c) for c in p["contact"])
    main = ""
    for head, items in p["sections"]:
        if head.startswith("Languages"):
            side += "<h2 style='color:#fff;border-color:#fff'>%s</h2>" % head + "".join("<p>%s</p>" % html.escape(i) for i in items)
            continue
        main += "<h2>%s</h2>" % html.escape(head)
        for it in items:
            a, b = split(it)
            main += "<div class=row><div class=d>%s</div><div class=b>%s</div></div>" % (html.escape(a), html.escape(b))
    return "<html><head><meta charset=utf-8><style>%s</style></head><body><div class=wrap><div class=side>%s</div><div class=main>%s</div></div></body></html>" % (CSS_SIDEBAR, side, main)

def html_cards(p):
    s = "<header><h1>%s</h1><p>%s</p></header>" % (html.escape(p["title"]), " &#8226; ".join(html.escape(c) for c in p["contact"]))
    for head, items in p["sections"]:
        s += "<div class=card><h2>%s</h2><table>" % html.escape(head)
        for it in items:
            a, b = split(it); s += "<tr><td class=d>%s</td><td>%s</td></tr>" % (html.escape(a), html.escape(b))
        s += "</table></div>"
    return "<html><head><meta charset=utf-8><style>%s</style></head><body>%s</body></html>" % (CSS_CARDS, s)

def chromium_pdf(htmltext, path):
    src = os.path.join(TMP, os.path.basename(path) + ".html")
    open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + path, "file://" + src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)

# ---------------- reportlab
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, SimpleDocTemplate)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
sN = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5)
sH = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, textColor=colors.HexColor("#0b5394"))
sT = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20)
esc = lambda x: html.escape(x, quote=False)

def rl_twocol(p, path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=12*mm, rightMargin=12*mm, topMargin=12*mm, bottomMargin=12*mm,
                          title="CV", author=p["name"])
    W, H = A4
    left = Frame(12*mm, 12*mm, 58*mm, H-24*mm, id="l"); right = Frame(74*mm, 12*mm, W-86*mm, H-24*mm, id="r")
    doc.addPageTemplates([PageTemplate(frames=[left, right])])
    st = [Paragraph(esc(p["title"]), sT), Spacer(1, 4)] + [Paragraph(esc(c), sN) for c in p["contact"]]
    main = []
    for head, items in p["sections"]:
        tgt = st if any(k in head for k in ("Γλώσσες", "USMLE", "Visa", "Career")) else main
        tgt.append(Paragraph(esc(head), sH))
        for it in items:
            a, b = split(it)
            tgt.append(Paragraph(("<b>%s</b>  " % esc(a) if a else "") + esc(b), sN))
    doc.build(st + [FrameBreak()] + main)

def rl_table(p, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15*mm, rightMargin=15*mm, topMargin=14*mm, bottomMargin=14*mm)
    fl = [Paragraph(esc(p["title"]), sT), Paragraph(esc("  |  ".join(p["contact"])), sN), Spacer(1, 6)]
    for head, items in p["sections"]:
        fl.append(Paragraph(esc(head), sH))
        rows = [[Paragraph(esc(a), sN), Paragraph(esc(b), sN)] for a, b in map(split, items)]
        t = Table(rows, colWidths=[38*mm, 142*mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        fl.append(t)
    doc.build(fl)

def rl_plain(p, path, pagesize=letter):
    doc = SimpleDocTemplate(path, pagesize=pagesize)
    fl = [Paragraph(esc(p["title"]), sT)] + [Paragraph(esc(c), sN) for c in p["contact"]]
    for head, items in p["sections"]:
        fl.append(Paragraph(esc(head), sH))
        for it in items:
            a, b = split(it); fl.append(Paragraph((esc(a) + " — " if a else "") + esc(b), sN))
    doc.build(fl)

# ---------------- fpdf2
from fpdf import FPDF
def fpdf_cv(p, path, footer_contacts=False):
    class F(FPDF):
        def footer(self):
            if footer_contacts:
                self.set_y(-14); self.set_font("DV", size=7.5)
                self.cell(0, 5, "  ·  ".join(p["contact"][1:]), align="C")
    f = F(format="A4"); f.add_font("DV", fname=FONT); f.add_font("DV", style="B", fname=FONTB)
    f.set_auto_page_break(True, 18); f.add_page()
    f.set_font("DV", "B", 18); f.cell(0, 10, p["title"], new_x="LMARGIN", new_y="NEXT")
    f.set_font("DV", size=9)
    if not footer_contacts:
        f.multi_cell(0, 5, "\n".join(p["contact"]), new_x="LMARGIN", new_y="NEXT")
    else:
        f.multi_cell(0, 5, p["contact"][0], new_x="LMARGIN", new_y="NEXT")
    for head, items in p["sections"]:
        f.ln(2); f.set_font("DV", "B", 11); f.set_text_color(120, 20, 20)
        f.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT"); f.set_text_color(0, 0, 0)
        f.set_draw_color(120, 20, 20); f.line(f.l_margin, f.get_y(), 200, f.get_y())
        f.set_font("DV", size=9)
        for it in items:
            a, b = split(it)
            if a:
                f.set_font("DV", "B", 9); f.cell(38, 5, a); f.set_font("DV", size=9)
                f.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
            else:
                f.multi_cell(0, 5, "• " + b, new_x="LMARGIN", new_y="NEXT")
    f.output(path)

# ---------------- plain text / RTF / ODT
def txt_cv(p, path):
    L = [p["title"].upper(), "=" * len(p["title"])] + p["contact"] + [""]
    for head, items in p["sections"]:
        L += [head.upper(), "-" * len(head)]
        for it in items:
            a, b = split(it); L.append(("  %-22s %s" % (a, b)) if a else "  * " + b)
        L.append("")
    open(path, "w", encoding="utf-8").write("\r\n".join(L) + "\r\n")

def rtf_esc(s):
    o = ""
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o += "\\" + ch
        elif c < 128: o += ch
        else: o += "\\u%d?" % (c if c < 32768 else c - 65536)
    return o

def rtf_cv(p, path):
    r = [r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f1\fs20"]
    r.append(r"{\pard\qc\b\fs32 %s\par}" % rtf_esc(p["title"]))
    r.append(r"{\pard\qc\fs18 %s\par}" % rtf_esc("  \u2022  ".join(p["contact"])))
    for head, items in p["sections"]:
        r.append(r"{\pard\sb200\b\fs22 %s\par}" % rtf_esc(head))
        for it in items:
            a, b = split(it)
            r.append(r"{\pard\li2268\fi-2268\tx2268 %s\tab %s\par}" % (rtf_esc(a), rtf_esc(b)))
    r.append("}")
    open(path, "w", encoding="ascii").write("\n".join(r))

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P as OP, H as OH, Span
from odf.table import Table as OT, TableColumn, TableRow, TableCell

def odt_cv(p, path):
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ttl = Style(name="Ttl", family="paragraph"); ttl.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.automaticstyles.addElement(ttl)
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1b4f72"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1b4f72")); doc.automaticstyles.addElement(hs)
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13cm")); doc.automaticstyles.addElement(c2)
    doc.text.addElement(OP(stylename=ttl, text=p["title"]))
    for c in p["contact"]:
        doc.text.addElement(OP(text=c))
    for head, items in p["sections"]:
        doc.text.addElement(OP(stylename=hs, text=head))
        t = OT(name="t%d" % id(items)); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
        for it in items:
            a, b = split(it); tr = TableRow()
            for x in (a, b):
                tc = TableCell(); tc.addElement(OP(text=x)); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    doc.save(path)

# ---------------- scans
from PIL import Image, ImageFilter, ImageEnhance
import numpy as np

def degrade(png, angle, blur, contrast, noise, rgb=False):
    im = Image.open(png).convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    a = a + np.random.RandomState(int(angle * 100) % 1000).normal(0, noise, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.04)
    if rgb:
        im = Image.merge("RGB", [im, im, im.point(lambda v: v * 0.93)])
    return im

def raster(pdf, dpi):
    base = os.path.join(TMP, os.path.basename(pdf) + "_r")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", pdf, base], check=True)
    c = [f for f in os.listdir(TMP) if f.startswith(os.path.basename(base))]
    return os.path.join(TMP, sorted(c)[0])

# ---------------- plan
PLAN = [
 ("001", "lorenzo", "docx_europass_table", "docx"),
 ("002", "maria", "lo_docx_to_pdf", "pdf"),
 ("003", "joao", "chromium_sidebar", "pdf"),
 ("004", "konstantinos", "reportlab_twocol_greek", "pdf"),
 ("005", "lena", "docx_header_footer", "docx"),
 ("006", "helene", "fpdf2_footer_contacts", "pdf"),
 ("007", "sanne", "plain_text", "txt"),
 ("008", "nikola", "odt_tables", "odt"),
 ("009", "ivana", "rtf_hanging_indent", "rtf"),
 ("010", "ayse", "docx_textbox_contacts", "docx"),
 ("011", "mehmet", "chromium_cards_letter", "pdf"),
 ("012", "ardita", "lo_odt_to_pdf", "pdf"),
 ("013", "tomas", "reportlab_grid_table", "pdf"),
 ("014", "chiara", "fpdf2_single_col", "pdf"),
 ("015", "jordi", "lo_docx_to_rtf", "rtf"),
 ("016", "eleftheria", "docx_header_table", "docx"),
 ("017", "can", "scan_pdf_image_only", "pdf"),
 ("018", "ines", "scan_png_photo", "png"),
 ("019", "luka", "scan_jpg_lowcontrast", "jpg"),
 ("020", "jelena", "scan_pdf_rotated", "pdf"),
 ("021", "francois", "scan_jpg_blurred", "jpg"),
 ("022", None, "damaged_truncated_pdf", "pdf"),
 ("023", None, "damaged_encrypted_pdf", "pdf"),
 ("024", None, "damaged_random_bytes", "docx"),
]

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT); shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    truth = []
    for num, key, layout, ext in PLAN:
        fn = "w78_%s_%s.%s" % (num, layout, ext); path = os.path.join(OUT, fn)
        print("building", fn, flush=True)
        if key is None:
            if layout == "damaged_truncated_pdf":
                src = os.path.join(TMP, "trunc.pdf"); rl_table(P["tomas"], src)
                data = open(src, "rb").read(); open(path, "wb").write(data[: int(len(data) * 0.38)])
            elif layout == "damaged_encrypted_pdf":
                from pypdf import PdfReader, PdfWriter
                src = os.path.join(TMP, "enc.pdf"); fpdf_cv(P["lorenzo"], src)
                w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
                w.encrypt(user_password="Cv-2026!ok", owner_password="owner78", algorithm="RC4-128")
                w.write(path)
            else:
                open(path, "wb").write(os.urandom(23817))
            truth.append({"file": fn, "layout": layout, "error": True})
            continue
        p = P[key]
        if layout == "docx_europass_table": docx_europass(p, path)
        elif layout == "lo_docx_to_pdf":
            src = os.path.join(TMP, fn[:-4] + ".docx"); docx_simple(p, src, "Liberation Sans"); soffice(src, "pdf", TMP)
            shutil.move(src[:-5] + ".pdf", path)
        elif layout == "chromium_sidebar": chromium_pdf(html_sidebar(p), path)
        elif layout == "reportlab_twocol_greek": rl_twocol(p, path)
        elif layout == "docx_header_footer": docx_header_footer(p, path)
        elif layout == "fpdf2_footer_contacts": fpdf_cv(p, path, footer_contacts=True)
        elif layout == "plain_text": txt_cv(p, path)
        elif layout == "odt_tables": odt_cv(p, path)
        elif layout == "rtf_hanging_indent": rtf_cv(p, path)
        elif layout == "docx_textbox_contacts": docx_textbox(p, path)
        elif layout == "chromium_cards_letter": chromium_pdf(html_cards(p), path)
        elif layout == "lo_odt_to_pdf":
            src = os.path.join(TMP, fn[:-4] + ".odt"); odt_cv(p, src); soffice(src, "pdf", TMP)
            shutil.move(src[:-4] + ".pdf", path)
        elif layout == "reportlab_grid_table": rl_table(p, path)
        elif layout == "fpdf2_single_col": fpdf_cv(p, path)
        elif layout == "lo_docx_to_rtf":
            src = os.path.join(TMP, fn[:-4] + ".docx"); docx_simple(p, src, "Liberation Serif"); soffice(src, "rtf", TMP)
            shutil.move(src[:-5] + ".rtf", path)
        elif layout == "docx_header_table": docx_header_table(p, path)
        elif layout.startswith("scan_"):
            src = os.path.join(TMP, fn + ".src.pdf")
            if key in ("can", "jelena"): rl_table(p, src)
            elif key == "ines": chromium_pdf(html_cards(p), src)
            else: rl_plain(p, src)
            cfg = {"can": (0.8, 0.9, 0.85, 9, 150), "ines": (-1.3, 0.7, 0.8, 12, 130), "luka": (1.6, 0.6, 0.55, 7, 140),
                   "jelena": (-1.9, 1.0, 0.75, 10, 150), "francois": (0.6, 1.6, 0.8, 8, 160)}[key]
            im = degrade(raster(src, cfg[4]), cfg[0], cfg[1], cfg[2], cfg[3], rgb=(ext == "jpg"))
            if ext == "pdf": im.convert("L").save(path, "PDF", resolution=cfg[4])
            elif ext == "png": im.save(path, "PNG")
            else: im.save(path, "JPEG", quality=62 if key == "francois" else 75)
        else:
            raise SystemExit("unknown layout " + layout)
        t = dict(file=fn, layout=layout)
        t.update({k: p["truth"][k] for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country",
                  "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
                  "specialties", "languages", "visa_status", "publications"]})
        ent = p["truth"]["usce_entries"]
        t["usce_months"] = months(ent)
        t["usce_months_clinical"] = months([e for e in ent if e["type"] in ("hands_on", "observership")])
        t["usce_entries"] = ent
        if layout.startswith("scan_"): t["needs_ocr"] = True
        truth.append(t)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("done", len(truth))

if __name__ == "__main__":
    main()
