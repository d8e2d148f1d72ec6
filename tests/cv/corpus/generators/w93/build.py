# -*- coding: utf-8 -*-
"""Build all w93 CVs + truth.jsonl. Run via build.sh (uses ../.venv)."""
import html, json, os, random, subprocess, sys, shutil, tempfile
from people import P, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w93_")
random.seed(93)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def item_text(it):
    if isinstance(it, tuple):
        return "%s  %s — %s" % it
    return it


# ------------------------------------------------------------------ chromium
def chromium_pdf(html_src, out_pdf):
    hp = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_src)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(TMP, "chr"),
                    "--print-to-pdf=" + out_pdf, "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def esc(s):
    return html.escape(s)


def html_items(items, cls="entry"):
    out = []
    for it in items:
        if isinstance(it, tuple):
            w, t, d = it
            out.append('<div class="%s"><div class="when">%s</div><div class="what"><b>%s</b><br><span>%s</span></div></div>'
                       % (cls, esc(w), esc(t), esc(d)))
        else:
            out.append('<p class="li">%s</p>' % esc(it))
    return "\n".join(out)


def html_sidebar(cv):
    side = ""
    for lab, val in cv["contacts"]:
        side += '<p><span class="lab">%s</span><br>%s</p>' % (esc(lab), esc(val))
    for h, lst in cv.get("sidebar", []):
        side += "<h3>%s</h3>" % esc(h) + "".join("<p>%s</p>" % esc(x) for x in lst)
    main = ""
    for h, items in cv["sections"]:
        main += "<h2>%s</h2>%s" % (esc(h), html_items(items))
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
body { margin:0; font-family: 'Noto Sans CJK TC','DejaVu Sans',sans-serif; font-size: 9.5pt; color:#222 }
.wrap { display:grid; grid-template-columns: 62mm 1fr; min-height: 297mm }
.side { background:#1f3b57; color:#eef; padding: 14mm 7mm }
.side h3 { color:#9fd0ff; font-size:10pt; border-bottom:1px solid #9fd0ff; margin-top:8mm }
.side .lab { color:#9fd0ff; font-size:8pt; text-transform:uppercase }
.main { padding: 14mm 10mm }
h1 { margin:0; font-size:22pt } .alt { font-size:15pt; color:#557 } .tag { color:#555; margin-bottom:6mm }
h2 { color:#1f3b57; font-size:11.5pt; border-bottom:2px solid #1f3b57; margin-top:6mm }
.entry { display:grid; grid-template-columns: 34mm 1fr; margin: 2mm 0 }
.when { color:#666; font-size:8.5pt } p.li { margin: 1.5mm 0 }
</style></head><body><div class="wrap"><div class="side">%s</div><div class="main">
<h1>%s <span class="alt">%s</span></h1><div class="tag">%s</div>%s</div></div></body></html>""" % (
        side, esc(cv["name"]), esc(cv.get("alt_name") or ""), esc(cv["tagline"]), main)


def html_timeline(cv):
    contacts = " &nbsp;|&nbsp; ".join(esc(v) for _, v in cv["contacts"])
    main = ""
    for h, items in cv["sections"]:
        main += '<section><h2>%s</h2>%s</section>' % (esc(h), html_items(items, "tl"))
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 16mm 18mm 20mm 18mm }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt }
header { text-align:center; border-bottom: 3px double #7a1f3d; padding-bottom: 3mm }
h1 { margin: 0; color:#7a1f3d; font-size: 24pt }
.tag { font-style: italic } .contacts { font-size: 9pt; margin-top: 2mm }
h2 { font-size: 12pt; color:#7a1f3d; text-transform: uppercase; margin: 5mm 0 1mm }
.tl { display:flex; border-left: 2px solid #d8a; margin-left: 2mm; padding: 1mm 0 1mm 4mm }
.tl .when { width: 48mm; flex: none; color:#7a1f3d; font-size: 9.5pt }
p.li { margin: 1mm 0 1mm 6mm }
</style></head><body><header><h1>%s</h1><div class="tag">%s</div><div class="contacts">%s</div></header>%s
</body></html>""" % (esc(cv["name"]), esc(cv["tagline"]), contacts, main)


def html_cards(cv):
    contacts = "".join('<span class="c">%s %s</span>' % (esc(l), esc(v)) for l, v in cv["contacts"])
    main = ""
    for h, items in cv["sections"]:
        main += '<div class="card"><h2>%s</h2>%s</div>' % (esc(h), html_items(items))
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 12mm }
body { font-family: 'Noto Sans CJK KR','DejaVu Sans',sans-serif; font-size: 9.5pt; background:#f4f6f8 }
.top { background: linear-gradient(90deg,#0f766e,#14b8a6); color:white; padding:8mm; border-radius:4mm }
h1 { margin:0; font-size: 21pt } .c { display:inline-block; margin-right:6mm; font-size:9pt }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin-top: 4mm }
.card { background:white; border-radius:3mm; padding:4mm; box-shadow: 0 0 1mm #ccc; break-inside: avoid }
h2 { font-size: 11pt; color:#0f766e; margin: 0 0 2mm } .entry { margin-bottom: 2mm } .when { color:#888; font-size: 8.5pt }
p.li { margin: 1mm 0 }
</style></head><body><div class="top"><h1>%s · %s</h1><div>%s</div><div style="margin-top:2mm">%s</div></div>
<div class="grid">%s</div></body></html>""" % (esc(cv["name"]), esc(cv.get("alt_name") or ""), esc(cv["tagline"]), contacts, main)


def html_scan(cv):
    """plain 'word-processor' look used as the source of printed/scanned pages"""
    head = "<h1>%s%s</h1><p class='tag'>%s</p><p>%s</p>" % (
        esc(cv["name"]), (" (%s)" % esc(cv["alt_name"])) if cv.get("alt_name") else "", esc(cv["tagline"]),
        "<br>".join("%s: %s" % (esc(l), esc(v)) for l, v in cv["contacts"]))
    body = ""
    for h, items in cv["sections"]:
        body += "<h2>%s</h2>" % esc(h)
        for it in items:
            if isinstance(it, tuple):
                body += "<p><b>%s</b> &nbsp; %s<br>%s</p>" % (esc(it[0]), esc(it[1]), esc(it[2]))
            else:
                body += "<p>%s</p>" % esc(it)
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm }
body { font-family: 'Noto Sans CJK SC','DejaVu Sans',sans-serif; font-size: 12pt }
h1 { font-size: 22pt; margin-bottom: 1mm } h2 { font-size: 14pt; border-bottom: 1px solid black; margin: 5mm 0 1mm }
p { margin: 1mm 0 } .tag { font-style: italic }
</style></head><body>%s%s</body></html>""" % (head, body)


# ------------------------------------------------------------------ python-docx
def docx_build(person, out, style):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cv = person["cv"]
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Calibri" if style != "twocol" else "Cambria"
    st.font.size = Pt(10.5)
    if style == "header_table":
        # contacts only in the page header
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join("%s %s" % (l, v) for l, v in cv["contacts"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8.5)
        fp = sec.footer.paragraphs[0]
        fp.text = "CV — %s — updated 2026.11" % cv["name"]
        t = d.add_paragraph()
        r = t.add_run(cv["name"])
        r.bold = True; r.font.size = Pt(22)
        r2 = t.add_run("  " + cv["alt_name"]); r2.font.size = Pt(16)
        d.add_paragraph(cv["tagline"]).runs[0].italic = True
        for h, items in cv["sections"]:
            d.add_heading(h, level=2)
            dated = [i for i in items if isinstance(i, tuple)]
            if dated:
                tb = d.add_table(rows=1, cols=3)
                tb.style = "Light Grid Accent 1"
                for c, txt in zip(tb.rows[0].cells, ["Period", "Position / Degree", "Institution"]):
                    c.text = txt
                for w, t2, det in dated:
                    row = tb.add_row().cells
                    row[0].text, row[1].text, row[2].text = w, t2, det
            for i in items:
                if not isinstance(i, tuple):
                    d.add_paragraph(i, style="List Bullet")
    elif style == "twocol":
        p = d.add_paragraph(); r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(20); r.font.all_caps = True
        r.font.color.rgb = RGBColor(0x6b, 0x21, 0x38)
        d.add_paragraph(cv["tagline"])
        tb = d.add_table(rows=0, cols=2)
        tb.autofit = False
        row = tb.add_row().cells
        row[0].text = "Contact"
        row[1].text = "\n".join("%s: %s" % (l, v) for l, v in cv["contacts"])
        for h, items in cv["sections"]:
            row = tb.add_row().cells
            row[0].text = h
            row[0].paragraphs[0].runs[0].bold = True
            first = True
            for it in items:
                para = row[1].paragraphs[0] if first else row[1].add_paragraph()
                first = False
                if isinstance(it, tuple):
                    a = para.add_run(it[0] + "  "); a.bold = True
                    para.add_run(it[1]); para.add_run("\n" + it[2]).italic = True
                else:
                    para.add_run(it)
        for r_ in tb.rows:
            r_.cells[0].width = Cm(4); r_.cells[1].width = Cm(13)
    else:  # modern
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(24)
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(" • ".join(v for _, v in cv["contacts"])).font.size = Pt(9.5)
        p = d.add_paragraph(cv["tagline"]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for h, items in cv["sections"]:
            hp = d.add_paragraph(); hr = hp.add_run(h.upper()); hr.bold = True
            hr.font.color.rgb = RGBColor(0x1d, 0x4e, 0x89)
            for it in items:
                if isinstance(it, tuple):
                    q = d.add_paragraph()
                    q.add_run(it[1]).bold = True
                    q.add_run("\t" + it[0])
                    d.add_paragraph(it[2]).runs[0].italic = True
                else:
                    d.add_paragraph(it, style="List Bullet")
    d.core_properties.author = cv["name"]
    d.save(out)


# ------------------------------------------------------------------ reportlab
def rl_build(person, out, style):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    cv = person["cv"]
    X = lambda s: html.escape(s)
    body = ParagraphStyle("b", fontName="DV", fontSize=9.2, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=8.3, leading=10.5, textColor=colors.HexColor("#444444"))
    h2 = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=7, spaceAfter=3,
                        textColor=colors.HexColor("#0b5d4b" if style == "twocol" else "#3b2f80"))
    flow = []
    for h, items in cv["sections"]:
        flow.append(Paragraph(X(h), h2))
        for it in items:
            if isinstance(it, tuple):
                t = Table([[Paragraph(X(it[0]), small),
                            Paragraph("<font name='DVB'>%s</font><br/>%s" % (X(it[1]), X(it[2])), body)]],
                          colWidths=[36 * mm, None])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                flow.append(t)
            else:
                flow.append(Paragraph("• " + X(it), body))
    if style == "twocol":
        W, H = A4
        def deco(c, doc):
            c.saveState()
            c.setFillColor(colors.HexColor("#e7f3ef")); c.rect(0, 0, 60 * mm, H, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#0b5d4b")); c.setFont("DVB", 17)
            y = H - 25 * mm
            for part in cv["name"].split():
                c.drawString(8 * mm, y, part); y -= 8 * mm
            c.setFont("DV", 8.5); c.setFillColor(colors.black)
            y -= 6 * mm
            for lab, val in cv["contacts"]:
                c.setFont("DVB", 8); c.drawString(8 * mm, y, lab.upper()); y -= 4.2 * mm
                c.setFont("DV", 8)
                for chunk in [val[i:i + 30] for i in range(0, len(val), 30)]:
                    c.drawString(8 * mm, y, chunk); y -= 4 * mm
                y -= 2 * mm
            c.restoreState()
        doc = BaseDocTemplate(out, pagesize=A4, title="CV", author=cv["name"])
        fr = Frame(66 * mm, 15 * mm, W - 66 * mm - 14 * mm, H - 30 * mm, id="m")
        doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
        flow.insert(0, Paragraph("<i>%s</i>" % X(cv["tagline"]), body))
        doc.build(flow)
    else:  # banner
        W, H = letter
        def deco(c, doc):
            c.saveState()
            if doc.page == 1:
                c.setFillColor(colors.HexColor("#3b2f80")); c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white); c.setFont("DVB", 24); c.drawString(18 * mm, H - 18 * mm, cv["name"])
                c.setFont("DV", 10); c.drawString(18 * mm, H - 26 * mm, cv["tagline"])
                c.drawString(18 * mm, H - 33 * mm, "   ·   ".join("%s %s" % (l, v) for l, v in cv["contacts"]))
            c.setFillColor(colors.grey); c.setFont("DV", 7.5)
            c.drawRightString(W - 18 * mm, 10 * mm, "page %d" % doc.page)
            c.restoreState()
        doc = BaseDocTemplate(out, pagesize=letter, title="Curriculum Vitae")
        f1 = Frame(18 * mm, 15 * mm, W - 36 * mm, H - 60 * mm, id="f1")
        f2 = Frame(18 * mm, 15 * mm, W - 36 * mm, H - 30 * mm, id="f2")
        from reportlab.platypus import NextPageTemplate
        doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=deco),
                              PageTemplate(id="later", frames=[f2], onPage=deco)])
        doc.build([NextPageTemplate("later")] + flow)


# ------------------------------------------------------------------ fpdf2
def fpdf_build(person, out, style):
    from fpdf import FPDF
    cv = person["cv"]
    pdf = FPDF(format="A4" if style == "classic" else "letter")
    pdf.add_font("DVS", "", DEJAVU_SERIF); pdf.add_font("DVS", "B", DEJAVU_SERIF_B)
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    fam = "DVS" if style == "classic" else "DV"
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_title("CV " + cv["name"])
    if style == "classic":
        pdf.set_font(fam, "B", 20); pdf.cell(0, 10, cv["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 10); pdf.cell(0, 6, cv["tagline"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "  ·  ".join(v for _, v in cv["contacts"]), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.line(10, pdf.get_y() + 2, 200, pdf.get_y() + 2); pdf.ln(4)
    else:
        pdf.set_margins(14, 12, 14)
        pdf.set_font(fam, "B", 16); pdf.cell(100, 8, cv["name"])
        pdf.set_font(fam, "", 8)
        y0 = pdf.get_y()
        for l, v in cv["contacts"]:
            pdf.set_xy(120, y0); pdf.cell(80, 4, "%s %s" % (l, v), align="R"); y0 += 4
        pdf.set_xy(14, pdf.get_y() + 5); pdf.set_font(fam, "", 9); pdf.multi_cell(0, 5, cv["tagline"])
        pdf.ln(2)
    for h, items in cv["sections"]:
        pdf.set_font(fam, "B", 12 if style == "classic" else 10)
        if style == "compact":
            pdf.set_fill_color(230, 230, 230); pdf.cell(0, 6, " " + h.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, 8, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 9.5 if style == "classic" else 8.5)
        for it in items:
            if isinstance(it, tuple):
                x = pdf.l_margin
                pdf.set_font(fam, "B", 9 if style == "classic" else 8.5)
                pdf.cell(45, 5, it[0])
                pdf.set_font(fam, "", 9.5 if style == "classic" else 8.5)
                pdf.multi_cell(0, 5, it[1] + "\n" + it[2], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, "- " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(out)


# ------------------------------------------------------------------ odfpy
def odt_build(person, out, style):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, MasterPage, PageLayout,
                           PageLayoutProperties, Footer, Header, TableColumnProperties)
    from odf.text import P as TP, H, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    cv = person["cv"]
    doc = OpenDocumentText()
    name_st = Style(name="NameSt", family="paragraph")
    name_st.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#333366"))
    h_st = Style(name="HSt", family="paragraph")
    h_st.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", color="#993300"))
    h_st.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #993300"))
    b_st = Style(name="BSt", family="text"); b_st.addElement(TextProperties(fontweight="bold"))
    i_st = Style(name="ISt", family="text"); i_st.addElement(TextProperties(fontstyle="italic"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt"))
    for s in (name_st, h_st, small):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(b_st); doc.automaticstyles.addElement(i_st)
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                                                     margin="1.8cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if style == "footer":
        ft = Footer()
        ft.addElement(TP(stylename=small, text=" | ".join("%s %s" % (l, v) for l, v in cv["contacts"])))
        mp.addElement(ft)
    else:
        hd = Header(); hd.addElement(TP(stylename=small, text="履歴書 / Curriculum Vitae — " + cv["alt_name"])); mp.addElement(hd)
    doc.masterstyles.addElement(mp)
    p = TP(stylename=name_st, text=cv["name"] + ((" " + cv["alt_name"]) if cv.get("alt_name") else ""))
    doc.text.addElement(p)
    doc.text.addElement(TP(text=cv["tagline"]))
    if style != "footer":
        for l, v in cv["contacts"]:
            doc.text.addElement(TP(text="%s: %s" % (l, v)))
    for h, items in cv["sections"]:
        doc.text.addElement(TP(stylename=h_st, text=h))
        dated = [i for i in items if isinstance(i, tuple)]
        if dated and style == "japanese":
            tb = Table(name="T" + str(abs(hash(h)) % 10000))
            tb.addElement(TableColumn(numbercolumnsrepeated=2))
            for w, t2, det in dated:
                tr = TableRow()
                c1 = TableCell(); c1.addElement(TP(text=w)); tr.addElement(c1)
                c2 = TableCell(); q = TP(); q.addElement(Span(stylename=b_st, text=t2)); q.addElement(LineBreak())
                q.addText(det); c2.addElement(q); tr.addElement(c2)
                tb.addElement(tr)
            doc.text.addElement(tb)
        else:
            for it in dated:
                q = TP(); q.addElement(Span(stylename=b_st, text=it[1])); q.addText("  (" + it[0] + ")")
                q.addElement(LineBreak()); q.addElement(Span(stylename=i_st, text=it[2]))
                doc.text.addElement(q)
        for it in items:
            if not isinstance(it, tuple):
                doc.text.addElement(TP(text="• " + it))
    doc.save(out)


# ------------------------------------------------------------------ rtf
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        elif c < 0x10000:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
        else:
            o.append("?")
    return "".join(o)


def rtf_build(person, out, style):
    cv = person["cv"]
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}{\f2\fnil SimSun;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green78\blue121;}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134"]
    if style == "plain":
        R.append(r"\pard\qc\f1\fs36\b %s\b0\par" % rtf_esc(cv["name"]))
        if cv.get("alt_name"):
            R.append(r"\pard\qc\fs24 %s\par" % rtf_esc(cv["alt_name"]))
        R.append(r"\pard\qc\fs20\i %s\i0\par" % rtf_esc(cv["tagline"]))
        R.append(r"\pard\qc\fs18 %s\par\pard\par" % rtf_esc("  /  ".join("%s: %s" % c for c in cv["contacts"])))
        for h, items in cv["sections"]:
            R.append(r"\pard\sb200\f1\fs22\b\cf2 %s\cf1\b0\par" % rtf_esc(h.upper()))
            for it in items:
                if isinstance(it, tuple):
                    R.append(r"\pard\li360\f0\fs20\b %s\b0 \tab %s\line\i %s\i0\par" % tuple(map(rtf_esc, it)))
                else:
                    R.append(r"\pard\li360\f0\fs20 %s\par" % rtf_esc(it))
    else:  # table: contact block in a 2-cell table at top, dated entries as table rows
        R.append(r"\trowd\trgaph108\cellx6000\cellx9600")
        R.append(r"\pard\intbl\f1\fs34\b %s\b0\line\fs24\f2 %s\f1\line\fs18\i %s\i0\cell" % (
            rtf_esc(cv["name"]), rtf_esc(cv["alt_name"]), rtf_esc(cv["tagline"])))
        R.append(r"\pard\intbl\fs18 %s\cell\row" % r"\line ".join(rtf_esc("%s: %s" % c) for c in cv["contacts"]))
        R.append(r"\pard\par")
        for h, items in cv["sections"]:
            R.append(r"\pard\sb160\f1\fs22\b %s\b0\par" % rtf_esc(h))
            for it in items:
                if isinstance(it, tuple):
                    R.append(r"\trowd\trgaph108\cellx2600\cellx9600")
                    R.append(r"\pard\intbl\f1\fs18 %s\cell\pard\intbl\fs19\b %s\b0\line %s\cell\row" % tuple(map(rtf_esc, it)))
                else:
                    R.append(r"\pard\f1\fs19 %s\par" % rtf_esc(it))
    R.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(R))


# ------------------------------------------------------------------ txt
def txt_build(person, out):
    cv = person["cv"]
    L = [cv["name"].upper() + "  (" + cv["alt_name"] + ")", cv["tagline"], ""]
    L += ["%s: %s" % c for c in cv["contacts"]] + ["", "=" * 60]
    for h, items in cv["sections"]:
        L += ["", h, "-" * len(h)]
        for it in items:
            if isinstance(it, tuple):
                L += ["%-22s %s" % (it[0], it[1]), " " * 23 + it[2]]
            else:
                L.append("  * " + it)
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ------------------------------------------------------------------ scans
def make_scan(person, out):
    from PIL import Image, ImageFilter, ImageEnhance
    src_pdf = os.path.join(TMP, "scan_src_" + person["file"] + ".pdf")
    chromium_pdf(html_scan(person["cv"]), src_pdf)
    base = os.path.join(TMP, "pg_" + person["file"])
    dpi = 150 if out.endswith(".pdf") else 130
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "2", src_pdf, base], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith("pg_" + person["file"]))
    imgs = []
    rnd = random.Random(person["file"])
    for pg in pages:
        im = Image.open(os.path.join(TMP, pg)).convert("L")
        angle = rnd.choice([-1.0, 1.0]) * rnd.uniform(0.5, 2.0)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = ImageEnhance.Contrast(im).enhance(0.65)
        im = ImageEnhance.Brightness(im).enhance(1.05)
        noise = Image.effect_noise(im.size, 22)
        im = Image.blend(im, noise, 0.12)
        if out.endswith(".jpg"):
            # photo of a page: warm tint, vignette-ish shading
            rgb = Image.merge("RGB", (im, im.point(lambda v: int(v * 0.97)), im.point(lambda v: int(v * 0.9))))
            imgs.append(rgb)
        else:
            imgs.append(im)
    if out.endswith(".pdf"):
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    elif out.endswith(".png"):
        imgs[0].save(out)  # first page only (photo of page 1)
    else:
        imgs[0].save(out, "JPEG", quality=70)


# ------------------------------------------------------------------ damaged
def make_damaged():
    # truncated: a real reportlab CV cut to 40% of its bytes
    src = os.path.join(TMP, "trunc_src.pdf")
    fake = dict(file="x", cv=dict(name="Zhou Mingyu", alt_name=None, tagline="MBBS, Wuhan University",
                                  contacts=[("Email", "zhou.mingyu@qq.com"), ("Phone", "+86 139 2345 6789")],
                                  sections=P[0]["cv"]["sections"]))
    rl_build(fake, src, "banner")
    b = open(src, "rb").read()
    open(os.path.join(OUT, DAMAGED[0]["file"]), "wb").write(b[: int(len(b) * 0.4)])
    # encrypted with a user password
    from pypdf import PdfReader, PdfWriter
    src2 = os.path.join(TMP, "enc_src.pdf")
    fake2 = dict(file="y", cv=dict(name="Katarzyna Wiśniewska", alt_name=None, tagline="Medical University of Łódź, MD 2024",
                                   contacts=[("Email", "k.wisniewska@wp.pl")], sections=P[2]["cv"]["sections"]))
    fpdf_build(fake2, src2, "classic")
    w = PdfWriter(clone_from=PdfReader(src2))
    w.encrypt(user_password="kasia2024", owner_password="owner-w93", algorithm="RC4-128")
    with open(os.path.join(OUT, DAMAGED[1]["file"]), "wb") as f:
        w.write(f)
    # random bytes with a .docx name
    rnd = random.Random(2493)
    open(os.path.join(OUT, DAMAGED[2]["file"]), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))


# ------------------------------------------------------------------ main
def months(e):
    y1, m1 = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}


def truth_line(p):
    t = dict(file=p["file"], layout=p["layout"])
    t.update(p["truth"])
    allm, clin = set(), set()
    for e in t["usce_entries"]:
        allm |= months(e)
        if e["type"] in ("hands_on", "observership"):
            clin |= months(e)
    t["usce_months"] = len(allm); t["usce_months_clinical"] = len(clin)
    order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
             "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
             "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
             "usce_entries"]
    o = {k: t[k] for k in order}
    if p.get("scan"):
        o["needs_ocr"] = True
    return o


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for p in P:
        out = os.path.join(OUT, p["file"]); lay = p["layout"]
        print("building", p["file"], flush=True)
        if p.get("scan"):
            make_scan(p, out)
        elif lay == "chromium_sidebar":
            chromium_pdf(html_sidebar(p["cv"]), out)
        elif lay == "chromium_timeline":
            chromium_pdf(html_timeline(p["cv"]), out)
        elif lay == "chromium_cards":
            chromium_pdf(html_cards(p["cv"]), out)
        elif lay.startswith("docx_"):
            docx_build(p, out, lay[5:])
        elif lay.startswith("reportlab_"):
            rl_build(p, out, lay[10:])
        elif lay.startswith("fpdf2_"):
            fpdf_build(p, out, lay[6:])
        elif lay.startswith("odt_"):
            odt_build(p, out, lay[4:])
        elif lay.startswith("rtf_"):
            rtf_build(p, out, lay[4:])
        elif lay == "txt_plain":
            txt_build(p, out)
        elif lay == "soffice_from_odt":
            odt_src = os.path.join(TMP, "w93_014_src.odt")
            odt_build(p, odt_src, "footer")
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(TMP, "lo"),
                            "--convert-to", "pdf", "--outdir", TMP, odt_src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            shutil.move(os.path.join(TMP, "w93_014_src.pdf"), out)
        else:
            raise SystemExit("unknown layout " + lay)
    print("building damaged", flush=True)
    make_damaged()
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for p in P:
            f.write(json.dumps(truth_line(p), ensure_ascii=False) + "\n")
        for d in DAMAGED:
            f.write(json.dumps(dict(file=d["file"], layout=d["layout"], error=True)) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done")


if __name__ == "__main__":
    main()
