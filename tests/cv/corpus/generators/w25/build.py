# -*- coding: utf-8 -*-
import json, os, random, subprocess, sys, shutil, tempfile, io, html
sys.path.insert(0, os.path.dirname(__file__))
from data import PEOPLE, SCANS, DAMAGED

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w25_")
random.seed(25)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def items_text(it):
    if isinstance(it, str):
        return it
    d, w, x = it
    return f"{d} — {w}" + (f". {x}" if x else "")


def soffice(src, fmt, outdir):
    # private profile so parallel LibreOffice users on the machine do not collide; retry once
    for attempt in range(3):
        r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w25_lo_profile", "--headless",
                            "--convert-to", fmt, "--outdir", outdir, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        if r.returncode == 0:
            return
    raise RuntimeError("soffice failed on " + src)


# ---------------- ODT (odfpy) ----------------
def make_odt(cv, path, europass=False):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    st = doc.styles
    h = Style(name="Hd", family="paragraph")
    h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#0E4194" if europass else "#000000"))
    h.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #0E4194" if europass else "none"))
    st.addElement(h)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold")); st.addElement(big)
    small = Style(name="Sm", family="paragraph"); small.addElement(TextProperties(fontsize="9pt", color="#444444")); st.addElement(small)
    lab = Style(name="Lab", family="paragraph"); lab.addElement(TextProperties(fontsize="9pt", color="#0E4194")); lab.addElement(ParagraphProperties(textalign="end")); st.addElement(lab)
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4.2cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="12.8cm")); doc.automaticstyles.addElement(c2)
    if europass:
        doc.text.addElement(P(stylename=small, text="europass  Curriculum Vitae"))
    doc.text.addElement(P(stylename=big, text=cv["name"] + (f"  ({cv['native']})" if cv.get("native") else "")))
    doc.text.addElement(P(stylename=small, text=cv["tagline"]))
    if europass:
        t = Table(name="PI"); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
        tr = TableRow(); c = TableCell(); c.addElement(P(stylename=lab, text="PERSONAL INFORMATION")); tr.addElement(c)
        c = TableCell()
        for ct in cv["contacts"]:
            c.addElement(P(text=ct))
        tr.addElement(c); t.addElement(tr); doc.text.addElement(t)
    else:
        doc.text.addElement(P(text="  ·  ".join(cv["contacts"])))
    for title, items in cv["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=h, text=title))
        if europass or any(not isinstance(i, str) for i in items):
            t = Table(name="T" + str(abs(hash(title)) % 99999)); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
            for it in items:
                tr = TableRow()
                if isinstance(it, str):
                    a, rest = "", [it]
                else:
                    a, rest = it[0], [x for x in it[1:] if x]
                c = TableCell(); c.addElement(P(stylename=lab, text=a)); tr.addElement(c)
                c = TableCell()
                for r in rest:
                    c.addElement(P(text=r))
                tr.addElement(c); t.addElement(tr)
            doc.text.addElement(t)
        else:
            for it in items:
                doc.text.addElement(P(text=it))
    doc.save(path)


# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("CJK", DROID))


def rl_rightdates(cv, path):
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("CV"); c.setAuthor("")
    y = H - 60
    c.setFont("DVB", 20); c.drawString(50, y, cv["name"])
    if cv.get("native"):
        c.setFont("CJK", 16); c.drawString(60 + c.stringWidth(cv["name"], "DVB", 20), y, cv["native"])
    y -= 18; c.setFont("DV", 9); c.drawString(50, y, cv["tagline"])
    # contacts top-right, stacked
    yy = H - 50
    for ct in cv["contacts"]:
        c.drawRightString(W - 50, yy, ct); yy -= 11
    y -= 30
    for title, items in cv["sections"]:
        if y < 90:
            c.showPage(); y = H - 60
        c.setFont("DVB", 11); c.drawString(50, y, title.upper()); c.line(50, y - 3, W - 50, y - 3); y -= 17
        for it in items:
            if y < 70:
                c.showPage(); y = H - 60
            if isinstance(it, str):
                c.setFont("DV", 9); c.drawString(58, y, it[:120]); y -= 13
            else:
                d, w, x = it
                c.setFont("DVB", 9.5); c.drawString(58, y, w)
                c.setFont("DV", 9); c.drawRightString(W - 50, y, d); y -= 12
                if x:
                    c.setFont("DV", 9); c.drawString(58, y, x); y -= 12
                y -= 3
        y -= 8
    c.save()


def rl_3col(cv, path):
    rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3)
    nm = ParagraphStyle("n", fontName="DVB", fontSize=18, leading=22)
    story = [Paragraph(cv["name"] + (f' <font name="CJK">{cv["native"]}</font>' if cv.get("native") else ""), nm),
             Paragraph(cv["tagline"], body), Spacer(1, 6)]
    ct = Table([[Paragraph(x, body) for x in cv["contacts"]]], colWidths=[6 * cm, 6 * cm, 5 * cm])
    ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey)])); story.append(ct)
    for title, items in cv["sections"]:
        story.append(Paragraph(title, hd))
        rows = []
        for it in items:
            if isinstance(it, str):
                rows.append([Paragraph(it, body), "", ""])
            else:
                rows.append([Paragraph(it[0], body), Paragraph(it[1], body), Paragraph(it[2], body)])
        t = Table(rows, colWidths=[3.4 * cm, 7 * cm, 6.6 * cm])
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for i, it in enumerate(items):
            if isinstance(it, str):
                sty.append(("SPAN", (0, i), (-1, i)))
        t.setStyle(TableStyle(sty)); story.append(t)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm).build(story)


def rl_sidebar(cv, path):
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    SB = 170
    c.setFillColor(colors.HexColor("#1F3B57")); c.rect(0, 0, SB, H, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(15, H - 60, "CONTACT")
    y = H - 78; c.setFont("DV", 7.6)
    for ct in cv["contacts"]:
        c.drawString(15, y, ct); y -= 12
    side = [s for s in cv["sections"] if s[0] in ("LANGUAGES", "VISA", "EXAMS")]
    y -= 14
    for title, items in side:
        c.setFont("DVB", 10); c.drawString(15, y, title); y -= 14; c.setFont("DV", 7.6)
        for it in items:
            for chunk in wrap(it, 34):
                c.drawString(15, y, chunk); y -= 10
        y -= 10
    c.setFillColor(colors.black)
    x0 = SB + 25; y = H - 60
    c.setFont("DVB", 19); c.drawString(x0, y, cv["name"]); y -= 20
    c.setFont("DV", 12); c.drawString(x0, y, cv["native"]); y -= 14
    c.setFont("DV", 9); c.setFillColor(colors.HexColor("#555555")); c.drawString(x0, y, cv["tagline"]); c.setFillColor(colors.black); y -= 26
    for title, items in cv["sections"]:
        if (title, items) in side:
            continue
        c.setFont("DVB", 11); c.setFillColor(colors.HexColor("#1F3B57")); c.drawString(x0, y, title); c.setFillColor(colors.black); y -= 15
        for it in items:
            if isinstance(it, str):
                for chunk in wrap(it, 80):
                    c.setFont("DV", 8.5); c.drawString(x0, y, chunk); y -= 11
            else:
                c.setFont("DV", 8); c.setFillColor(colors.HexColor("#777777")); c.drawString(x0, y, it[0]); c.setFillColor(colors.black); y -= 11
                c.setFont("DVB", 9); c.drawString(x0, y, it[1]); y -= 11
                c.setFont("DV", 8.5); c.drawString(x0, y, it[2]); y -= 14
        y -= 8
    c.save()


def wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > n and cur:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


def rl_plain(cv, path, big=False):
    """simple layout used as the 'printed page' for scans"""
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    y = H - 70; fs = 11
    c.setFont("DVB", 20); c.drawCentredString(W / 2, y, cv["name"]); y -= 18
    c.setFont("DV", 10); c.drawCentredString(W / 2, y, cv["tagline"] + (f"   {cv['native']}" if cv.get("native") else "")); y -= 14
    c.drawCentredString(W / 2, y, "  |  ".join(cv["contacts"])); y -= 28
    for title, items in cv["sections"]:
        c.setFont("DVB", 12.5); c.drawString(60, y, title); c.line(60, y - 3, W - 60, y - 3); y -= 18
        for it in items:
            c.setFont("DV", fs)
            if isinstance(it, str):
                c.drawString(70, y, it); y -= 15
            else:
                c.drawString(70, y, it[0]); c.drawString(200, y, it[1]); y -= 14
                c.drawString(200, y, it[2]); y -= 17
        y -= 8
    c.save()


# ---------------- fpdf2 ----------------
def fp_new():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    return pdf


def fp_colorbars(cv, path):
    pdf = fp_new()
    pdf.set_font("DV", "B", 20); pdf.set_text_color(20, 60, 110); pdf.cell(0, 10, cv["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.set_text_color(80, 80, 80); pdf.cell(0, 6, cv["tagline"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9)
    for ct in cv["contacts"]:
        pdf.cell(0, 5, ct, new_x="LMARGIN", new_y="NEXT")
    colors_ = [(0, 102, 102), (153, 51, 0), (51, 51, 153), (0, 110, 60)]
    for i, (title, items) in enumerate(cv["sections"]):
        pdf.ln(3)
        r, g, b = colors_[i % len(colors_)]
        pdf.set_fill_color(r, g, b); pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 10.5)
        pdf.cell(0, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.ln(1)
        for it in items:
            if isinstance(it, str):
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B", 9); pdf.cell(40, 5, it[0])
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9); pdf.set_x(pdf.l_margin + 40); pdf.multi_cell(0, 5, it[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def fp_student(cv, path):
    pdf = fp_new()
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, cv["name"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, cv["tagline"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "   •   ".join(cv["contacts"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_draw_color(120, 0, 0); pdf.set_line_width(0.6); pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    for title, items in cv["sections"]:
        pdf.ln(3); pdf.set_font("DV", "B", 10.5); pdf.set_text_color(120, 0, 0)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        for it in items:
            pdf.set_font("DV", "", 9)
            if isinstance(it, str):
                pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B", 9); pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 8.5); pdf.multi_cell(0, 4.5, f"{it[0]}  |  {it[2]}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------- RTF ----------------
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


def make_rtf(cv, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red40\green70\blue120;}", r"\paperw11906\paperh16838\margl1134\margr1134",
         r"\pard\qc\f0\fs36\b " + rtf_esc(cv["name"]) + r"\b0\par",
         r"\pard\qc\fs24 " + rtf_esc(cv["native"]) + r"\par",
         r"\pard\qc\fs20 " + rtf_esc(cv["tagline"]) + r"\par"]
    for ct in cv["contacts"]:
        L.append(r"\pard\qc\fs18 " + rtf_esc(ct) + r"\par")
    for title, items in cv["sections"]:
        L.append(r"\pard\sb200\brdrb\brdrs\brdrw10\cf2\fs24\b " + rtf_esc(title) + r"\b0\cf1\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\li360\fs20 " + rtf_esc(it) + r"\par")
            else:
                L.append(r"\pard\li360\tx2600\fs20\b " + rtf_esc(it[0]) + r"\b0\tab " + rtf_esc(it[1]) + r"\par")
                L.append(r"\pard\li2600\fs18\i " + rtf_esc(it[2]) + r"\i0\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))


# ---------------- TXT ----------------
def make_txt(cv, path, style):
    W = 78
    out = []
    if style == "rules":
        out += ["=" * W, cv["name"].upper().center(W), f"({cv['native']})".center(W), cv["tagline"].center(W), "=" * W]
        out += ["  " + " | ".join(cv["contacts"]), ""]
        for title, items in cv["sections"]:
            out += ["", "-=[ " + title + " ]=" + "-" * max(3, W - len(title) - 6)]
            for it in items:
                if isinstance(it, str):
                    out.append("  " + it)
                else:
                    out.append(f"  {it[0]:<22}{it[1]}")
                    out.append(" " * 24 + it[2])
    else:
        out += ["+" + "-" * (W - 2) + "+", "|" + ("  " + cv["name"]).ljust(W - 2) + "|", "|" + ("  " + cv["tagline"]).ljust(W - 2) + "|",
                "+" + "-" * (W - 2) + "+"]
        for ct in cv["contacts"]:
            out.append("   * " + ct)
        for title, items in cv["sections"]:
            out += ["", "#" * 5 + " " + title + " " + "#" * (W - len(title) - 7), ""]
            for it in items:
                if isinstance(it, str):
                    out.append("   - " + it)
                else:
                    out.append(f"   {it[1]}")
                    out.append(f"     {it[2]}" + " " * max(1, W - 8 - len(it[2]) - len(it[0])) + it[0])
        out += ["", "~" * W]
    open(path, "w", encoding="utf-8", newline="\r\n" if style == "boxes" else "\n").write("\n".join(out) + "\n")


# ---------------- DOCX ----------------
def docx_footer_textbox(cv, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    d = Document()
    p = d.add_paragraph(); r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(22)
    p.add_run("   " + cv["native"]).font.size = Pt(14)
    d.add_paragraph(cv["tagline"]).runs[0].italic = True
    # text box (VML) anchored in a paragraph, holds phone + address
    tb_lines = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{html.escape(x)}</w:t></w:r></w:p>'
                       for x in ["Contact", cv["contacts"][1], cv["contacts"][2]])
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:330pt;margin-top:-60pt;width:150pt;height:60pt;z-index:1" '
           'stroked="t" fillcolor="#EEF3F8"><v:textbox><w:txbxContent>' + tb_lines + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    for title, items in cv["sections"]:
        hp = d.add_heading(title, level=2)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it, style="List Bullet")
            else:
                q = d.add_paragraph(); a = q.add_run(it[0] + "\t"); a.bold = True
                q.add_run(it[1]); q.add_run("\n" + it[2]).italic = True
    f = d.sections[0].footer.paragraphs[0]
    f.text = f"{cv['name']}  ·  {cv['contacts'][0]}  ·  page 1"
    d.core_properties.author = ""
    d.save(path)


def docx_contact_table(cv, path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run(cv["name"]); r.bold = True; r.font.size = Pt(18)
    c0.add_paragraph(cv["tagline"])
    c1.paragraphs[0].add_run(cv["contacts"][0])
    for x in cv["contacts"][1:]:
        c1.add_paragraph(x)
    for title, items in cv["sections"]:
        d.add_heading(title, level=1)
        rows = [i for i in items if not isinstance(i, str)]
        if rows:
            tt = d.add_table(rows=0, cols=3)
            for it in rows:
                cs = tt.add_row().cells
                cs[0].text, cs[1].text, cs[2].text = it
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it)
    d.save(path)


# ---------------- Chromium ----------------
def chromium_pdf(cv, path):
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0}
    .wrap{display:flex} .side{width:32%;background:#f2efe6;padding:18px;min-height:270mm}
    .main{width:68%;padding:18px} h1{margin:0;font-size:22pt} .nat{font-family:'Droid Sans Fallback';font-size:15pt;color:#a33}
    h2{font-size:11pt;border-bottom:2px solid #a33;color:#a33;margin:14px 0 6px} .d{color:#666;font-size:8.5pt}
    @page{size:A4;margin:0}"""
    side_titles = ("USMLE", "Languages", "Visa", "Reference")
    side = f'<div class="side"><h1>{html.escape(cv["name"])}</h1><div class="nat">{cv["native"]}</div><p>{html.escape(cv["tagline"])}</p>'
    side += "".join(f"<p>{html.escape(c)}</p>" for c in cv["contacts"])
    main = '<div class="main">'
    for title, items in cv["sections"]:
        blk = f"<h2>{html.escape(title)}</h2>"
        for it in items:
            if isinstance(it, str):
                blk += f"<p>{html.escape(it)}</p>"
            else:
                blk += f'<div class="d">{html.escape(it[0])}</div><b>{html.escape(it[1])}</b><br>{html.escape(it[2])}<br><br>'
        if title in side_titles:
            side += blk
        else:
            main += blk
    doc = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'>{side}</div>{main}</div></div></body></html>"
    hp = os.path.join(TMP, "cv14.html"); open(hp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


# ---------------- scans ----------------
def rasterize(pdf, dpi=150):
    from PIL import Image
    base = os.path.join(TMP, "ras" + str(random.randint(0, 10 ** 9)))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-gray", "-f", "1", "-l", "1", pdf, base], check=True)
    f = [x for x in os.listdir(TMP) if x.startswith(os.path.basename(base))][0]
    return Image.open(os.path.join(TMP, f)).convert("L")


def degrade(img, angle, blur=0.8, noise=18, contrast=0.75):
    import numpy as np
    from PIL import ImageFilter
    img = img.rotate(angle, resample=3, expand=True, fillcolor=235)
    a = np.asarray(img).astype(np.float32)
    a = 128 + (a - 128) * contrast + 20
    a += np.random.RandomState(int(angle * 1000) % 9999).normal(0, noise, a.shape)
    from PIL import Image
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return img.filter(ImageFilter.GaussianBlur(blur))


def phone_photo(img):
    import numpy as np
    from PIL import Image, ImageFilter
    img = img.convert("RGB")
    w, h = img.size
    # perspective-ish: pad + rotate, warm tint, vignette shading
    canvas_ = Image.new("RGB", (w + 160, h + 200), (92, 74, 60))
    canvas_.paste(img, (80, 100))
    canvas_ = canvas_.rotate(-1.6, resample=3, expand=False, fillcolor=(92, 74, 60))
    canvas_ = canvas_.transform(canvas_.size, Image.QUAD, (20, 0, 0, canvas_.size[1], canvas_.size[0], canvas_.size[1] - 10, canvas_.size[0] - 30, 15), resample=3)
    a = np.asarray(canvas_).astype(np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    shade = 0.78 + 0.22 * (xx / a.shape[1])
    a = a * shade[..., None] * np.array([1.0, 0.96, 0.86])
    a += np.random.RandomState(7).normal(0, 10, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(1.1))
    return out


# ---------------- main ----------------
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    n = 0

    def name(layout, ext):
        return f"w25_{n:03d}_{layout}.{ext}"

    for p in PEOPLE:
        n += 1
        fn = name(p["layout"], p["ext"]); dst = os.path.join(OUT, fn); cv = p["cv"]; L = p["layout"]
        if L == "odt_europass":
            make_odt(cv, dst, europass=True)
        elif L == "pdf_europass_lo":
            src = os.path.join(TMP, fn.replace(".pdf", ".odt")); make_odt(cv, src, europass=True)
            soffice(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", dst)
        elif L == "pdf_reportlab_rightdates":
            rl_rightdates(cv, dst)
        elif L == "pdf_reportlab_3coltable":
            rl_3col(cv, dst)
        elif L == "pdf_fpdf2_colorbars":
            fp_colorbars(cv, dst)
        elif L == "rtf_plain":
            make_rtf(cv, dst)
        elif L == "txt_ascii_rules":
            make_txt(cv, dst, "rules")
        elif L == "txt_ascii_boxes":
            make_txt(cv, dst, "boxes")
        elif L == "docx_footer_textbox":
            docx_footer_textbox(cv, dst)
        elif L == "docx_contact_table":
            docx_contact_table(cv, dst)
        elif L == "pdf_fpdf2_student":
            fp_student(cv, dst)
        elif L == "pdf_reportlab_sidebar":
            rl_sidebar(cv, dst)
        elif L == "docx_lo_from_odt":
            src = os.path.join(TMP, fn.replace(".docx", ".odt")); make_odt(cv, src)
            soffice(src, "docx:MS Word 2007 XML", TMP); shutil.move(src[:-4] + ".docx", dst)
        elif L == "pdf_chromium_twocol":
            chromium_pdf(cv, dst)
        elif L == "pdf_lo_from_docx_table":
            src = os.path.join(TMP, fn.replace(".pdf", ".docx")); docx_contact_table(cv, src)
            soffice(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", dst)
        elif L == "odt_plain_korean":
            make_odt(cv, dst)
        else:
            raise SystemExit("unknown layout " + L)
        truth.append(finish(fn, p))

    angles = [0.7, -1.3, 1.8, -0.6, 1.6]
    for i, p in enumerate(SCANS):
        n += 1
        fn = name(p["layout"], p["ext"]); dst = os.path.join(OUT, fn)
        src = os.path.join(TMP, f"scan{i}.pdf"); rl_plain(p["cv"], src)
        img = rasterize(src, dpi=150 if p["ext"] == "pdf" else 170)
        if p["ext"] == "jpg":
            phone_photo(degrade(img, 0.9, blur=0.6, noise=8, contrast=0.85)).save(dst, "JPEG", quality=72)
        else:
            degrade(img, angles[i], blur=0.5 + 0.2 * i, noise=12 + 3 * i, contrast=0.8 - 0.04 * i).save(dst, "PDF", resolution=150)
        t = finish(fn, p); t["needs_ocr"] = True; truth.append(t)

    for layout, ext in DAMAGED:
        n += 1
        fn = name(layout, ext); dst = os.path.join(OUT, fn)
        if layout == "damaged_truncated_pdf":
            src = os.path.join(TMP, "trunc.pdf"); rl_3col(SCANS[0]["cv"], src)
            b = open(src, "rb").read(); open(dst, "wb").write(b[: int(len(b) * 0.45)])
        elif layout == "damaged_encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            src = os.path.join(TMP, "enc.pdf"); fp_colorbars(SCANS[1]["cv"], src)
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
            w.encrypt(user_password="Lagos2024!", owner_password="owner-w25", algorithm="AES-256")
            with open(dst, "wb") as f:
                w.write(f)
        else:
            open(dst, "wb").write(random.Random(2525).randbytes(48_731))
        truth.append({"file": fn, "layout": layout, "error": True})

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("built", n, "files")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def finish(fn, p):
    t = {"file": fn, "layout": p["layout"]}
    t.update(p["truth"])
    t["usce_months"] = months(t["usce_entries"])
    t["usce_months_clinical"] = months(t["usce_entries"], True)
    order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
    return {k: t[k] for k in order}


if __name__ == "__main__":
    main()
