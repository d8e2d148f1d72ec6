# -*- coding: utf-8 -*-
"""Render each CV of people.py through a real toolchain."""
import html, os, subprocess, sys, shutil, tempfile
from people import CVS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = os.path.join(HERE, "..", "tmp")
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(cv, ext=None):
    return "w120_%s_%s.%s" % (cv["id"], cv["layout"], ext or cv["ext"])


def all_contacts(cv):
    if cv.get("contact_table"):
        return ["%s: %s" % kv for kv in cv["contact_table"]]
    return cv.get("contacts", [])


# ------------------------------------------------------------------ HTML / Chromium
CSS = {
 "chromium_sidebar": """
  @page { size: Letter; margin: 0; }
  body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; margin:0; font-size: 10pt; color:#222; }
  .wrap { display:flex; min-height: 11in; }
  .side { width: 2.75in; background:#1f3b57; color:#fff; padding: 0.5in 0.25in; box-sizing:border-box; }
  .side h3 { font-size: 10pt; text-transform: uppercase; border-bottom:1px solid #9bb; margin-top:18px; }
  .side p { margin: 3px 0; font-size: 8.6pt; }
  .main { flex:1; padding: 0.5in 0.45in; }
  h1 { font-size: 22pt; margin:0; color:#1f3b57; } .headline { color:#567; margin-bottom: 10px; }
  h2 { font-size: 11.5pt; color:#1f3b57; border-bottom: 2px solid #1f3b57; margin: 14px 0 6px; }
  .e { margin-bottom: 6px; } .t { font-weight: bold; } .d { float:right; color:#555; } .p { font-style: italic; color:#444; }
  ul { margin: 2px 0 2px 16px; padding:0; } li { margin:0; }
 """,
 "chromium_classic": """
  @page { size: A4; margin: 0.7in 0.8in; }
  body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; color:#000; }
  h1 { text-align:center; font-size: 19pt; margin: 0 0 4px; font-weight: normal; }
  .contacts { text-align:center; font-size: 9.5pt; margin-bottom: 12px; }
  h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 12px 0 4px; }
  .e { margin: 3px 0 6px; } .t { font-weight: bold; } .d { float:right; } .p { }
  ul { margin: 1px 0 1px 18px; padding:0; }
 """,
 "chromium_twocol": """
  @page { size: Letter; margin: 0.55in; }
  body { font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; }
  header { display:grid; grid-template-columns: 1fr 1fr; border-bottom: 3px solid #8a1538; padding-bottom: 6px; }
  h1 { font-size: 20pt; color:#8a1538; margin:0; } .contacts { text-align:right; font-size: 9pt; }
  h2 { font-size: 10.5pt; color:#8a1538; margin: 10px 0 3px; letter-spacing: 2px; }
  table { width:100%; border-collapse: collapse; } td { vertical-align: top; padding: 2px 4px; }
  td.d { width: 1.5in; color:#555; white-space: nowrap; } .t { font-weight:600; }
  ul { margin: 1px 0 1px 16px; padding:0; }
 """,
}


def esc(s):
    return html.escape(s)


def html_entry(e, style):
    if isinstance(e, str):
        return "<p style='margin:2px 0'>%s</p>" % esc(e)
    bl = "".join("<li>%s</li>" % esc(b) for b in e["bullets"])
    bl = "<ul>%s</ul>" % bl if bl else ""
    if style == "chromium_twocol":
        return "<table><tr><td class='d'>%s</td><td><span class='t'>%s</span><br>%s%s</td></tr></table>" % (
            esc(e["dates"]), esc(e["title"]), esc(e["place"]), bl)
    return "<div class='e'><span class='d'>%s</span><span class='t'>%s</span><br><span class='p'>%s</span>%s</div>" % (
        esc(e["dates"]), esc(e["title"]), esc(e["place"]), bl)


def make_html(cv, style):
    name = esc(cv["name"])
    nat = ("<div style='font-size:12pt'>%s</div>" % esc(cv["native"])) if cv.get("native") else ""
    body = ""
    for title, items in cv["sections"]:
        body += "<h2>%s</h2>%s" % (esc(title), "".join(html_entry(i, style) for i in items))
    if style == "chromium_sidebar":
        side = "".join("<p>%s</p>" % esc(c) for c in all_contacts(cv))
        for t, lines in cv.get("sidebar", []):
            side += "<h3>%s</h3>%s" % (esc(t), "".join("<p>%s</p>" % esc(l) for l in lines))
        doc = "<div class='wrap'><div class='side'><h3>Contact</h3>%s</div><div class='main'><h1>%s</h1>%s<div class='headline'>%s</div>%s</div></div>" % (
            side, name, nat, esc(cv.get("headline", "")), body)
    elif style == "chromium_classic":
        doc = "<h1>%s</h1>%s<div class='contacts'>%s</div>%s" % (name, nat, " &nbsp;|&nbsp; ".join(esc(c) for c in all_contacts(cv)), body)
    else:
        doc = "<header><div><h1>%s</h1>%s</div><div class='contacts'>%s</div></header>%s" % (
            name, nat, "<br>".join(esc(c) for c in all_contacts(cv)), body)
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s</style></head><body>%s</body></html>" % (CSS[style], doc)


def chromium_pdf(cv, style, out):
    h = os.path.join(TMP, cv["id"] + ".html")
    open(h, "w", encoding="utf-8").write(make_html(cv, style))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + os.path.abspath(h)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ python-docx
def make_docx(cv, style, out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]; st.font.name = "Calibri" if style != "lo_docx_pdf" else "Liberation Serif"; st.font.size = Pt(10.5)
    if style == "docx_header":
        hp = d.sections[0].header.paragraphs[0]; hp.text = cv["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = d.sections[0].footer.paragraphs[0]; fp.text = cv["footer"]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = d.add_paragraph(); r = p.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        if cv.get("native"):
            d.add_paragraph(cv["native"])
    else:
        p = d.add_paragraph(); r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(18)
        if style in ("docx_plain", "lo_docx_pdf"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if cv.get("native"):
            q = d.add_paragraph(cv["native"]); q.alignment = p.alignment
        if cv.get("headline"):
            d.add_paragraph(cv["headline"])
        if cv.get("contact_table"):
            t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
            for k, v in cv["contact_table"]:
                row = t.add_row().cells; row[0].text = k; row[1].text = v
        else:
            for c in cv["contacts"]:
                q = d.add_paragraph(c); q.paragraph_format.space_after = Pt(0); q.alignment = p.alignment
    for title, items in cv["sections"]:
        h = d.add_paragraph(); r = h.add_run(title.upper() if style != "docx_plain" else title); r.bold = True
        r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x57)
        h.paragraph_format.space_before = Pt(10)
        tbl_mode = style in ("docx_table", "lo_docx_twocol_pdf")
        t = None
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it, style="List Bullet" if style == "docx_plain" and len(items) > 1 else None)
                continue
            if tbl_mode:
                if t is None:
                    t = d.add_table(rows=0, cols=2)
                    if style == "docx_table":
                        t.style = "Table Grid"
                    t.autofit = False
                    t.columns[0].width = Inches(1.6); t.columns[1].width = Inches(5.2)
                c = t.add_row().cells
                c[0].width = Inches(1.6); c[1].width = Inches(5.2)
                c[0].text = it["dates"]
                c[1].text = ""
                pr = c[1].paragraphs[0]; pr.add_run(it["title"]).bold = True
                c[1].add_paragraph(it["place"])
                for b in it["bullets"]:
                    c[1].add_paragraph("• " + b)
            else:
                q = d.add_paragraph(); q.add_run(it["title"]).bold = True
                q.add_run("\t" + it["dates"] if style != "docx_plain" else ", " + it["dates"])
                q.paragraph_format.space_after = Pt(0)
                z = d.add_paragraph(it["place"]); z.runs[0].italic = True; z.paragraph_format.space_after = Pt(2)
                for b in it["bullets"]:
                    d.add_paragraph(b, style="List Bullet")
    d.save(out)


def soffice_pdf(src, out):
    od = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", od, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(od, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(pdf, out)


# ------------------------------------------------------------------ odfpy
def make_odt(cv, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold", fontfamily="DejaVu Sans"))
    big.addElement(ParagraphProperties(textalign="left"))
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    hd.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #7a1f1f"))
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
    it = Style(name="I", family="text"); it.addElement(TextProperties(fontstyle="italic"))
    sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="9.5pt"))
    for s in (big, hd): doc.styles.addElement(s)
    for s in (b, it, sm): doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=big, text=cv["name"]))
    for c in cv["contacts"]:
        doc.text.addElement(P(stylename=sm, text=c))
    for title, items in cv["sections"]:
        doc.text.addElement(P(stylename=hd, text=title))
        for e in items:
            if isinstance(e, str):
                doc.text.addElement(P(text=e)); continue
            p = P(); p.addElement(Span(stylename=b, text=e["title"])); p.addText("  —  " + e["dates"]); doc.text.addElement(p)
            p = P(); p.addElement(Span(stylename=it, text=e["place"])); doc.text.addElement(p)
            for bl in e["bullets"]:
                doc.text.addElement(P(text="– " + bl))
    doc.save(out)


# ------------------------------------------------------------------ fpdf2
def make_fpdf(cv, out):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(18, 16, 18); pdf.add_page()
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, cv["name"], new_x="LMARGIN", new_y="NEXT")
    if cv.get("native") and all(ord(ch) < 0x0500 or ch == " " for ch in cv["native"]):
        pdf.set_font("DV", "", 11); pdf.cell(0, 6, cv["native"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for c in cv["contacts"]:
        pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    for title, items in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 6.5, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        for e in items:
            if isinstance(e, str):
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6, e, new_x="LMARGIN", new_y="NEXT"); continue
            pdf.set_font("DV", "B", 9.5); w = pdf.w - 36
            pdf.cell(w - 45, 5, e["title"][:95]); pdf.set_font("DV", "", 9)
            pdf.cell(45, 5, e["dates"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 4.6, e["place"], new_x="LMARGIN", new_y="NEXT")
            for b in e["bullets"]:
                pdf.multi_cell(0, 4.6, "   • " + b, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# ------------------------------------------------------------------ reportlab
def make_reportlab(cv, style, out):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    N = ParagraphStyle("n", fontName="DV", fontSize=9.3, leading=12)
    B = ParagraphStyle("b", parent=N, fontName="DVB")
    H = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, textColor=colors.HexColor("#0b5345"), spaceBefore=8)
    T = ParagraphStyle("t", fontName="DVB", fontSize=19, leading=23)
    e_ = lambda s: html.escape(s)
    story = [Paragraph(e_(cv["name"]), T)]
    if style == "reportlab_table":
        rows = [[Paragraph(e_(cv["contacts"][i]), N), Paragraph(e_(cv["contacts"][i + 1]) if i + 1 < len(cv["contacts"]) else "", N)]
                for i in range(0, len(cv["contacts"]), 2)]
        t = Table(rows, colWidths=[250, 250]); t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        story.append(t)
    else:
        story.append(Paragraph(" · ".join(e_(c) for c in cv["contacts"]), N))
    for title, items in cv["sections"]:
        story.append(Paragraph(e_(title.upper()), H))
        rows = []
        for e in items:
            if isinstance(e, str):
                story.append(Paragraph(e_(e), N)); continue
            cell = [Paragraph("<b>%s</b>" % e_(e["title"]), N), Paragraph("<i>%s</i>" % e_(e["place"]), N)] + \
                   [Paragraph("• " + e_(b), N) for b in e["bullets"]]
            if style == "reportlab_table":
                rows.append([Paragraph(e_(e["dates"]), N), cell])
            else:
                story.append(Paragraph("<b>%s</b> — %s" % (e_(e["title"]), e_(e["dates"])), N))
                story += cell[1:]
        if rows:
            t = Table(rows, colWidths=[105, 395]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    SimpleDocTemplate(out, pagesize=A4 if style == "reportlab" else letter, leftMargin=50, rightMargin=45,
                      topMargin=45, bottomMargin=45, title="CV").build(story)


# ------------------------------------------------------------------ text / rtf
def make_txt(cv, out):
    L = [cv["name"], ""] + cv["contacts"] + [""]
    for title, items in cv["sections"]:
        L += [title, "-" * len(title)]
        for e in items:
            if isinstance(e, str):
                L.append("  " + e)
            else:
                L.append("  %s (%s)" % (e["title"], e["dates"]))
                L.append("    " + e["place"])
                L += ["    * " + b for b in e["bullets"]]
        L.append("")
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def make_rtf(cv, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100\f1\fs20",
         r"{\pard\qc\b\fs34 %s\par}" % rtf_esc(cv["name"])]
    for c in cv["contacts"]:
        R.append(r"{\pard\qc\fs18 %s\par}" % rtf_esc(c))
    for title, items in cv["sections"]:
        R.append(r"{\pard\sb200\sa60\brdrb\brdrs\brdrw10\b\fs24 %s\par}" % rtf_esc(title))
        for e in items:
            if isinstance(e, str):
                R.append(r"{\pard\fi-200\li200 %s\par}" % rtf_esc(e)); continue
            R.append(r"{\pard\tqr\tx9600{\b %s}\tab %s\par}" % (rtf_esc(e["title"]), rtf_esc(e["dates"])))
            R.append(r"{\pard{\i %s}\par}" % rtf_esc(e["place"]))
            for b in e["bullets"]:
                R.append(r"{\pard\li360 \bullet  %s\par}" % rtf_esc(b))
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))


# ------------------------------------------------------------------ dispatch
def render(cv, layout, out):
    if layout.startswith("chromium"):
        chromium_pdf(cv, layout, out)
    elif layout in ("docx_table", "docx_header", "docx_plain"):
        make_docx(cv, layout, out)
    elif layout in ("lo_docx_pdf", "lo_docx_twocol_pdf"):
        src = os.path.join(TMP, "w120_%s.docx" % cv["id"]); make_docx(cv, layout, src); soffice_pdf(src, out)
    elif layout == "lo_odt_pdf":
        src = os.path.join(TMP, "w120_%s.odt" % cv["id"]); make_odt(cv, src); soffice_pdf(src, out)
    elif layout == "odt":
        make_odt(cv, out)
    elif layout == "fpdf2":
        make_fpdf(cv, out)
    elif layout.startswith("reportlab"):
        make_reportlab(cv, layout, out)
    elif layout == "txt":
        make_txt(cv, out)
    elif layout == "rtf":
        make_rtf(cv, out)
    elif layout == "lo_rtf_pdf":
        src = os.path.join(TMP, "w120_%s.rtf" % cv["id"]); make_rtf(cv, src); soffice_pdf(src, out)
    else:
        raise ValueError(layout)


if __name__ == "__main__":
    only = sys.argv[1:]
    for cv in CVS:
        if only and cv["id"] not in only:
            continue
        if "base" in cv:   # scans: render base layout to tmp; scan.py degrades it
            out = os.path.join(TMP, "base_%s.pdf" % cv["id"])
            if cv["base"] == "docx_plain":
                src = os.path.join(TMP, "base_%s.docx" % cv["id"]); make_docx(cv, "docx_plain", src); soffice_pdf(src, out)
            else:
                render(cv, cv["base"], out)
        else:
            render(cv, cv["layout"], os.path.join(OUT, fname(cv)))
        print("rendered", cv["id"], cv["layout"])
