# -*- coding: utf-8 -*-
import os, sys, re, json, random, subprocess, shutil, html, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cvs import CVS, DAMAGED

W = "w55"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w55_build_")
LOPROF = "file:///tmp/w55_lo_profile"
DJ = "/usr/share/fonts/truetype/dejavu/"
random.seed(55)


def fname(c):
    return "%s_%03d_%s.%s" % (W, c["n"], c["layout"], c["ext"])


def parse(body):
    """-> list of blocks: (kind, data)"""
    blocks = []
    for line in body.strip("\n").split("\n"):
        s = line.rstrip()
        if not s.strip():
            continue
        if s.startswith("## "):
            blocks.append(("title", s[3:]))
        elif s.startswith("> "):
            blocks.append(("sub", s[2:]))
        elif s.startswith("# "):
            blocks.append(("h", s[2:]))
        elif s.startswith("- "):
            blocks.append(("b", s[2:]))
        elif s.startswith("|"):
            cells = [x.strip() for x in s.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "t":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("t", [cells]))
        elif s.startswith("**") and s.endswith("**"):
            blocks.append(("strong", s[2:-2]))
        else:
            blocks.append(("p", s))
    return blocks


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LOPROF, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w55_chrome", "--print-to-pdf=" + pdf_path, "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ txt / rtf
def r_txt(c, path):
    body = c["body"]
    if c["render"] == "txt_email":
        body = body.replace("\n", "\r\n")  # Outlook-pasted, CRLF
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(body)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def r_rtf(c, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Cambria;}}",
         r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1", r"\pard\sa200\sl276\slmult1\f0\fs22\lang9"]
    for k, d in parse(c["body"]):
        t = rtf_esc(d)
        if k == "title":
            L.append(r"\pard\qc\b\f1\fs32 %s\b0\f0\fs22\par" % t)
        elif k == "sub":
            L.append(r"\pard\qc\fs20 %s\fs22\par" % t)
        elif k == "h":
            L.append(r"\pard\sb240\sa60\b\ul %s\ulnone\b0\par" % t)
        elif k == "b":
            L.append(r"\pard\fi-360\li720 \bullet\tab %s\par" % t)
        else:
            L.append(r"\pard\sa60 %s\par" % t)
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ docx
def add_page_field(par, prefix="Page "):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    def fld(instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run()
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
        par.add_run("1")
        r4 = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)
    par.add_run(prefix)
    fld(" PAGE ")
    par.add_run(" of ")
    fld(" NUMPAGES ")


def build_docx(c, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    if c.get("header"):
        hp = sec.header.paragraphs[0]; hp.text = c["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if c.get("footer"):
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if c["footer"] == "PAGEFIELD":
            add_page_field(fp)
        else:
            fp.text = c["footer"]
    for k, d in parse(c["body"]):
        if k == "title":
            p = doc.add_paragraph(); r = p.add_run(d); r.bold = True; r.font.size = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "sub":
            p = doc.add_paragraph(d); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
        elif k == "h":
            h = doc.add_heading(d, level=2)
        elif k == "b":
            doc.add_paragraph(d, style="List Bullet")
        elif k == "t":
            ncol = max(len(r) for r in d)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid" if ncol > 2 else "Light List Accent 1"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(d):
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    if i == 0 and ncol > 3:
                        for r in cells[j].paragraphs[0].runs: r.bold = True
            if ncol == 2:
                for row in t.rows:
                    row.cells[0].width = Cm(4.0); row.cells[1].width = Cm(13.0)
            doc.add_paragraph()
        else:
            doc.add_paragraph(d)
    doc.core_properties.author = c["truth"]["full_name"]
    doc.save(path)


def r_docx(c, path):
    build_docx(c, path)


def r_docx_to_pdf(c, path):
    d = os.path.join(TMP, "d%d" % c["n"]); os.makedirs(d, exist_ok=True)
    src = os.path.join(d, os.path.basename(path)[:-4] + ".docx")
    build_docx(c, src)
    soffice(src, "pdf", d)
    shutil.copy(src[:-5] + ".pdf", path)


def r_html_to_docx(c, path):
    d = os.path.join(TMP, "h%d" % c["n"]); os.makedirs(d, exist_ok=True)
    src = os.path.join(d, os.path.basename(path)[:-5] + ".html")
    parts = ['<html><head><meta charset="utf-8"><title>CV</title></head><body style="font-family:Arial">']
    for k, dd in parse(c["body"]):
        e = html.escape(dd)
        if k == "title": parts.append("<h1>%s</h1>" % e)
        elif k == "sub": parts.append("<p><i>%s</i></p>" % e)
        elif k == "h": parts.append("<h2>%s</h2>" % e)
        elif k == "b": parts.append("<ul><li>%s</li></ul>" % e)
        else: parts.append("<p>%s</p>" % e)
    parts.append("</body></html>")
    open(src, "w", encoding="utf-8").write("\n".join(parts))
    subprocess.run(["soffice", "-env:UserInstallation=" + LOPROF, "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", d, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(src[:-5] + ".docx", path)


# ------------------------------------------------------------------ odt (odfpy)
def odt_doc():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    doc = OpenDocumentText()
    S = {}
    def ps(name, fam="paragraph", tp=None, pp=None):
        s = Style(name=name, family=fam)
        if tp: s.addElement(TextProperties(**tp))
        if pp: s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s); S[name] = s
    ps("Title", tp=dict(fontsize="18pt", fontweight="bold", fontname="Liberation Sans"), pp=dict(textalign="center"))
    ps("Sub", tp=dict(fontsize="10pt"), pp=dict(textalign="center"))
    ps("H", tp=dict(fontsize="12pt", fontweight="bold", color="#1F4E79"), pp=dict(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #1F4E79"))
    ps("P", tp=dict(fontsize="10.5pt"))
    ps("Cell", tp=dict(fontsize="9.5pt"))
    cs = Style(name="Cellb", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.08cm"))
    doc.automaticstyles.addElement(cs); S["Cellb"] = cs
    return doc, S


def odt_body(doc, S, body, para_style="P"):
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    ti = 0
    for k, d in parse(body):
        if k == "title": doc.text.addElement(P(stylename=S["Title"], text=d))
        elif k == "sub": doc.text.addElement(P(stylename=S["Sub"], text=d))
        elif k == "h": doc.text.addElement(H(outlinelevel=2, stylename=S["H"], text=d))
        elif k == "b": doc.text.addElement(P(stylename=S[para_style], text="• " + d))
        elif k == "t":
            ti += 1
            ncol = max(len(r) for r in d)
            t = Table(name="Table%d" % ti)
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in d:
                tr = TableRow()
                for v in row:
                    tc = TableCell(stylename=S["Cellb"], valuetype="string")
                    tc.addElement(P(stylename=S["Cell"], text=v)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else: doc.text.addElement(P(stylename=S[para_style], text=d))


def r_odt(c, path):
    doc, S = odt_doc()
    odt_body(doc, S, c["body"])
    from odf.meta import InitialCreator
    doc.save(path)


def r_odt_textbox_docx(c, path):
    """odfpy page-anchored text frame (sidebar) + body, converted to .docx by LibreOffice (-> DrawingML text box)"""
    from odf.style import Style, GraphicProperties, ParagraphProperties, TextProperties, PageLayout, PageLayoutProperties, MasterPage
    from odf.draw import Frame, TextBox
    from odf.text import P
    doc, S = odt_doc()
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                                                   marginbottom="1.5cm", marginleft="7.2cm", marginright="1.5cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl); doc.masterstyles.addElement(mp)
    fs = Style(name="fr1", family="graphic")
    fs.addElement(GraphicProperties(backgroundcolor="#E8EEF4", border="none", padding="0.3cm", wrap="none",
                                    verticalpos="from-top", horizontalpos="from-left", horizontalrel="page", verticalrel="page"))
    doc.automaticstyles.addElement(fs)
    sb = Style(name="SBH", family="paragraph"); sb.addElement(TextProperties(fontsize="10pt", fontweight="bold", color="#1F4E79"))
    sb.addElement(ParagraphProperties(margintop="0.35cm")); doc.automaticstyles.addElement(sb)
    sn = Style(name="SBN", family="paragraph"); sn.addElement(TextProperties(fontsize="14pt", fontweight="bold")); doc.automaticstyles.addElement(sn)
    sp = Style(name="SBP", family="paragraph"); sp.addElement(TextProperties(fontsize="9pt")); doc.automaticstyles.addElement(sp)
    anchor = P(stylename=S["P"])
    fr = Frame(stylename=fs, width="5.6cm", height="26cm", x="0.8cm", y="1.5cm", anchortype="page", anchorpagenumber="1", name="Sidebar")
    tb = TextBox()
    for i, line in enumerate(c["sidebar"].split("\n")):
        if i < 2: st = sn
        elif line.isupper(): st = sb
        else: st = sp
        tb.addElement(P(stylename=st, text=line))
    fr.addElement(tb)
    anchor.addElement(fr)
    doc.text.addElement(anchor)
    odt_body(doc, S, c["body"])
    d = os.path.join(TMP, "o%d" % c["n"]); os.makedirs(d, exist_ok=True)
    src = os.path.join(d, os.path.basename(path)[:-5] + ".odt")
    doc.save(src)
    soffice(src, "docx:MS Word 2007 XML", d)
    shutil.copy(src[:-4] + ".docx", path)


# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", DJ + "DejaVuSerif-Bold.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
        addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")


def rl_story(body, serif=True, width=None):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    P = ParagraphStyle("p", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=2)
    T = ParagraphStyle("t", fontName=fb, fontSize=17, leading=21, alignment=1, spaceAfter=4)
    SUB = ParagraphStyle("s", fontName=f, fontSize=9, leading=11.5, alignment=1)
    H = ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor("#222266"))
    B = ParagraphStyle("b", parent=P, leftIndent=12, bulletIndent=2)
    C = ParagraphStyle("c", parent=P, fontSize=9, leading=11.5)
    st = []
    width = width or 17 * cm
    for k, d in parse(body):
        e = html.escape(d) if isinstance(d, str) else ""
        if k == "title": st.append(Paragraph(e, T))
        elif k == "h" and d == "PAGEBREAK": st.append(PageBreak())
        elif k == "sub": st.append(Paragraph(e, SUB))
        elif k == "h":
            st.append(Paragraph(e, H))
            st.append(Table([[""]], colWidths=[width], rowHeights=[1], style=[("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.HexColor("#222266"))]))
        elif k == "b": st.append(Paragraph(e, B, bulletText="•"))
        elif k == "t":
            ncol = max(len(r) for r in d)
            if ncol == 2: cw = [3.6 * cm, width - 3.6 * cm]
            elif ncol == 3: cw = [4.2 * cm, 5.6 * cm, width - 9.8 * cm]
            else: cw = [width / ncol] * ncol
            data = [[Paragraph(html.escape(v), C) for v in r] for r in d]
            st.append(Table(data, colWidths=cw, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        else: st.append(Paragraph(e, P))
    return st


def r_reportlab_multipage(c, path):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import cm
    rl_fonts()
    hdr = c["running_header"]

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for i, s in enumerate(self._saved):
                self.__dict__.update(s)
                self.setFont("DVS", 8)
                if i > 0:
                    self.drawString(2 * cm, letter[1] - 1.2 * cm, hdr)
                    self.line(2 * cm, letter[1] - 1.35 * cm, letter[0] - 2 * cm, letter[1] - 1.35 * cm)
                self.drawCentredString(letter[0] / 2, 1.1 * cm, "Page %d of %d" % (i + 1, n))
                self.drawRightString(letter[0] - 2 * cm, 1.1 * cm, "CV – updated 11/2026")
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="CV Rajesh Bhattarai", author="R K Bhattarai")
    doc.build(rl_story(c["body"], width=letter[0] - 4 * cm), canvasmaker=NumberedCanvas)


def r_reportlab_plain(c, path):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    rl_fonts()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm)
    doc.build(rl_story(c["body"], serif=(c["n"] % 2 == 0)))


def r_europass(c, path):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    rl_fonts()
    blue = colors.HexColor("#0E4194")
    L = ParagraphStyle("l", fontName="DV", fontSize=8.5, leading=11, alignment=2, textColor=blue)
    LH = ParagraphStyle("lh", fontName="DVB", fontSize=9, leading=11, alignment=2, textColor=blue)
    R = ParagraphStyle("r", fontName="DV", fontSize=9.5, leading=12.5)
    C = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10, alignment=1)
    story = [Paragraph('<font color="#0E4194" size="16">europass</font>&nbsp;&nbsp;&nbsp;<font size="11">Curriculum Vitae</font>',
                       ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20)), Spacer(1, 10)]
    for sec, rows in c["europass"]:
        if sec == "LANGTABLE":
            data = [["", Paragraph("UNDERSTANDING", C), "", Paragraph("SPEAKING", C), "", Paragraph("WRITING", C)],
                    ["", Paragraph("Listening", C), Paragraph("Reading", C), Paragraph("Spoken interaction", C), Paragraph("Spoken production", C), ""]]
            for r in rows:
                data.append([Paragraph(r[0], C)] + [Paragraph(x, C) for x in r[1:]])
            t = Table(data, colWidths=[2.4 * cm] + [2.0 * cm] * 5,
                      style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                                        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#EEF2FA"))]))
            story.append(Table([[Paragraph("Other language(s)", L), t]], colWidths=[5 * cm, 12.5 * cm],
                               style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Paragraph("Levels: A1/A2: Basic user – B1/B2: Independent user – C1/C2: Proficient user. Common European Framework of Reference for Languages",
                                   ParagraphStyle("n", fontName="DV", fontSize=7, leading=9, leftIndent=5.2 * cm)))
            continue
        data = [[Paragraph(sec, LH), ""]]
        for a, b in rows:
            data.append([Paragraph(html.escape(a), L), Paragraph(html.escape(b), R)])
        story.append(Table(data, colWidths=[5 * cm, 12.5 * cm],
                           style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (1, 0), (1, 0), 0.8, blue)]))
        story.append(Spacer(1, 6))

    def foot(cv, d):
        cv.setFont("DV", 7); cv.setFillColor(colors.grey)
        cv.drawString(2 * cm, 1.0 * cm, "© European Union, 2002-2020 | europass.cedefop.europa.eu")
        cv.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "Page %d / 2" % d.page)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------------ fpdf2
def r_fpdf(c, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, 12)
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    for k, d in parse(c["body"]):
        if k == "title":
            pdf.set_font("DV", "B", 20); pdf.set_text_color(120, 20, 60); pdf.cell(0, 10, d, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif k == "sub":
            pdf.set_font("DV", "", 8.5); pdf.multi_cell(0, 4.5, d, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "h":
            pdf.ln(1.5); pdf.set_font("DV", "B", 10); pdf.set_fill_color(245, 225, 232)
            pdf.cell(0, 6, " " + d, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
        elif k == "b":
            pdf.set_font("DV", "", 9); pdf.set_x(20); pdf.multi_cell(0, 4.6, "•  " + d, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6, d, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Resume"); pdf.set_creator("Canva")
    pdf.output(path)


# ------------------------------------------------------------------ chromium
CSS_TWOCOL = """
@page { size: Letter; margin: 0; }
body { margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222; }
.wrap { display:flex; min-height: 11in; }
.side { width: 2.5in; background:#2B3A55; color:#f2f2f2; padding: 0.45in 0.25in; box-sizing:border-box; }
.side .nm { font-size: 19pt; font-weight: bold; letter-spacing: 1px; line-height:1.15; }
.side .tg { font-size: 9pt; color:#c7d3ea; margin-bottom: 12px; }
.side h3 { font-size: 9.5pt; letter-spacing: 2px; border-bottom:1px solid #8fa3c7; padding-bottom:2px; margin:16px 0 6px; }
.side p { margin: 3px 0; font-size: 8.8pt; word-wrap: break-word; }
.main { flex:1; padding: 0.45in 0.4in; }
.main h2 { font-size: 11.5pt; color:#2B3A55; letter-spacing: 2px; border-bottom: 2px solid #E4A11B; padding-bottom: 2px; margin: 14px 0 6px; }
.main p { margin: 3px 0; } .main ul { margin: 2px 0 6px 18px; padding:0; }
.main strong { display:block; margin-top: 8px; }
"""

CSS_NOVO = """
@page { size: A4; margin: 12mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#333; }
.top { border-bottom: 3px solid #1a8d8d; padding-bottom: 6px; }
.top .nm { font-size: 24pt; color: #1a8d8d; font-weight: bold; }
.top .sb { font-size: 11pt; color:#555; }
.ct { display:flex; gap: 18px; background:#eef7f7; padding: 6px 10px; margin: 8px 0; font-size:9pt; }
.ct span::before { content: "\\25CF  "; color:#1a8d8d; }
h2 { color:#1a8d8d; font-size: 12pt; border-bottom: 1px solid #9cc; margin: 12px 0 5px; }
.row { display:flex; margin: 5px 0; } .row .dt { width: 34mm; color:#1a8d8d; font-style: italic; font-size: 8.5pt; }
.row .tx { flex:1; } ul { margin: 0 0 0 34mm; padding-left: 14px; } p { margin: 3px 0; }
"""

CSS_PLAIN = """
@page { size: A4; margin: 18mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; }
h1 { text-align:center; font-size: 18pt; margin: 0; } .sub { text-align:center; font-size: 9.5pt; margin: 2px 0; }
h2 { font-size: 12pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 14px 0 4px; } p { margin: 3px 0; }
"""


def html_main(body):
    out = []
    for k, d in parse(body):
        e = html.escape(d) if isinstance(d, str) else ""
        if k == "title": out.append("<h1>%s</h1>" % e)
        elif k == "sub": out.append('<p class="sub">%s</p>' % e)
        elif k == "h": out.append("<h2>%s</h2>" % e)
        elif k == "b": out.append("<ul><li>%s</li></ul>" % e)
        elif k == "strong": out.append("<strong>%s</strong>" % e)
        elif k == "t": out.append("<table>" + "".join("<tr>" + "".join("<td>%s</td>" % html.escape(v) for v in r) + "</tr>" for r in d) + "</table>")
        else:
            m = re.match(r"^\[(.+?)\]\s*(.*)$", d)
            if m: out.append('<div class="row"><div class="dt">%s</div><div class="tx">%s</div></div>' % (html.escape(m.group(1)), html.escape(m.group(2))))
            else: out.append("<p>%s</p>" % re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", e))
    return "\n".join(out).replace("</ul>\n<ul>", "\n")


def write_html(c, path_html):
    if c["render"] == "chromium_twocol":
        side = []
        for i, line in enumerate(c["sidebar"].split("\n")):
            e = html.escape(line)
            if i == 0: side.append('<div class="nm">%s</div>' % e.replace(" ", "<br>", 2).replace("<br>", " ", 1))
            elif i == 1: side.append('<div class="tg">%s</div>' % e)
            elif line.isupper(): side.append("<h3>%s</h3>" % e)
            else: side.append("<p>%s</p>" % e)
        doc = '<html><head><meta charset="utf-8"><style>%s</style></head><body><div class="wrap"><div class="side">%s</div><div class="main">%s</div></div></body></html>' % (
            CSS_TWOCOL, "\n".join(side), html_main(c["body"]))
    elif c["render"] == "chromium_novo":
        ct = "".join("<span>%s</span>" % html.escape(x) for x in c["contacts"])
        doc = '<html><head><meta charset="utf-8"><style>%s</style></head><body><div class="top"><div class="nm">%s</div><div class="sb">%s</div></div><div class="ct">%s</div>%s</body></html>' % (
            CSS_NOVO, html.escape(c["header_line"]), html.escape(c["subtitle"]), ct, html_main(c["body"]))
    else:
        doc = '<html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (CSS_PLAIN, html_main(c["body"]))
    open(path_html, "w", encoding="utf-8").write(doc)


def r_chromium(c, path):
    h = os.path.join(TMP, "c%d.html" % c["n"])
    write_html(c, h)
    chromium_pdf(h, path)


# ------------------------------------------------------------------ scans
def make_scan_pages(c):
    """render a clean PDF (chromium or reportlab), rasterise with pdftoppm, degrade with Pillow -> list of PIL images"""
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    d = os.path.join(TMP, "s%d" % c["n"]); os.makedirs(d, exist_ok=True)
    clean = os.path.join(d, "clean.pdf")
    if c["scan_src"] == "chromium":
        cc = dict(c); cc["render"] = "chromium_plain"; r_chromium(cc, clean)
    else:
        r_reportlab_plain(c, clean)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", clean, os.path.join(d, "pg")], check=True)
    pages = sorted(x for x in os.listdir(d) if x.startswith("pg") and x.endswith(".png"))
    rnd = random.Random(c["n"])
    imgs = []
    for pg in pages:
        im = Image.open(os.path.join(d, pg)).convert("L")
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
        if c["layout"].endswith("lowcontrast"):
            im = ImageEnhance.Contrast(im).enhance(0.6); im = ImageEnhance.Brightness(im).enhance(1.05)
        else:
            im = ImageEnhance.Contrast(im).enhance(0.8)
        im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 0.9)))
        # speckle noise
        px = im.load(); w, h = im.size
        for _ in range(w * h // 90):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = px[x, y]; px[x, y] = max(0, min(255, v + rnd.randint(-70, 70)))
        # uneven illumination (photo) : darker gradient at one edge
        if c["ext"] in ("jpg", "png"):
            from PIL import ImageChops
            grad = Image.linear_gradient("L")
            if c["n"] % 2: grad = grad.transpose(Image.Transpose.ROTATE_90)
            grad = grad.resize(im.size)
            grad = grad.point(lambda v: 212 + v * 43 // 255)
            im = ImageChops.multiply(im, grad)
        imgs.append(im)
    return imgs


def r_scan(c, path):
    imgs = make_scan_pages(c)
    if c["ext"] == "pdf":
        rgb = [im.convert("RGB") for im in imgs]
        rgb[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=rgb[1:], quality=70)
    elif c["ext"] == "png":
        imgs[0].save(path, "PNG", optimize=True)
    else:
        imgs[0].convert("RGB").save(path, "JPEG", quality=62)


# ------------------------------------------------------------------ damaged
def r_damaged(dmg, path):
    if dmg["layout"] == "damaged_truncated":
        # a real CV PDF (chromium) cut at 45 % of its bytes (e.g. interrupted upload)
        base = dict(CVS[0]); base = dict(n=99, render="chromium_plain", body="""## Farhan Siddiqui, MBBS
> Karachi, Pakistan · +92 321 2223344 · farhan.siddiqui.md@gmail.com
# Education
MBBS, Dow University of Health Sciences, Karachi — 2016 – 2021
# USMLE
Step 1 Pass · Step 2 CK 241
# US Clinical Experience
Observership, Internal Medicine — Henry Ford Hospital, Detroit, MI — 05/2024 – 07/2024
""")
        tmp = os.path.join(TMP, "trunc.pdf"); r_chromium(base, tmp)
        data = open(tmp, "rb").read()
        open(path, "wb").write(data[: int(len(data) * 0.45)])
    elif dmg["layout"] == "damaged_encrypted":
        from pypdf import PdfReader, PdfWriter
        base = dict(n=98, body="""## Nour El Houda Benali
> Algiers, Algeria · +213 555 12 34 56 · nour.benali.md@gmail.com
# Education
Doctorat en Médecine, Université d'Alger 1 Benyoucef Benkhedda — 2014 – 2021
# US Clinical Experience
Hands-on, Internal Medicine — Mount Sinai Hospital, Chicago, IL — 09/2024 – 11/2024
""")
        tmp = os.path.join(TMP, "enc_src.pdf"); r_reportlab_plain(base, tmp)
        w = PdfWriter(clone_from=PdfReader(tmp))
        w.encrypt(user_password="nour2024", owner_password="0wn3r!55", algorithm="RC4-128")
        with open(path, "wb") as f: w.write(f)
    else:
        rnd = random.Random(2455)
        open(path, "wb").write(bytes(rnd.getrandbits(8) for _ in range(38211)))


RENDER = {"txt": r_txt, "txt_email": r_txt, "rtf": r_rtf, "docx": r_docx, "docx_to_pdf_soffice": r_docx_to_pdf,
          "html_to_docx_soffice": r_html_to_docx, "odt": r_odt, "odt_textbox_to_docx": r_odt_textbox_docx,
          "reportlab_multipage": r_reportlab_multipage, "reportlab_europass": r_europass, "fpdf": r_fpdf,
          "chromium_twocol": r_chromium, "chromium_novo": r_chromium, "scan_pdf": r_scan, "scan_png": r_scan, "scan_jpg": r_scan}


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
    only = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for c in CVS:
        fn = fname(c)
        if not only or str(c["n"]) in only:
            print("building", fn, flush=True)
            RENDER[c["render"]](c, os.path.join(OUT, fn))
        t = dict(c["truth"])
        t["usce_months"] = months(t["usce_entries"]); t["usce_months_clinical"] = months(t["usce_entries"], True)
        rec = {"file": fn, "layout": c["layout"]}
        for k in KEYS: rec[k] = t[k]
        if c["render"].startswith("scan"): rec["needs_ocr"] = True
        lines.append(rec)
    for dmg in DAMAGED:
        fn = fname(dmg)
        if not only or str(dmg["n"]) in only:
            print("building", fn, flush=True)
            r_damaged(dmg, os.path.join(OUT, fn))
        lines.append({"file": fn, "layout": dmg["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in lines: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
