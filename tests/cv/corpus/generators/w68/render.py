# -*- coding: utf-8 -*-
import os, subprocess, shutil, html, tempfile
from common import sections, entry_lines, fname

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "files")
TMP = "/tmp/w68_build"
os.makedirs(TMP, exist_ok=True)

def soffice(src, fmt, outdir):
    prof = "file:///tmp/w68_lo_profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def chromium_pdf(html_text, out_pdf):
    src = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w68_chrome", "--print-to-pdf=" + out_pdf, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ------------------------------------------------------------------ python-docx
def _docx_basic(p, contact_where="body", tables=False):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif" if p["num"] % 2 else "Liberation Sans"; st.font.size = Pt(10.5)
    contact = "%s | %s | %s" % (p["phone_disp"], p["email"], p["address"])
    if contact_where == "header":
        hp = sec.header.paragraphs[0]
        hp.text = p["display_name"] + "   •   " + p["email"] + "   •   " + p["phone_disp"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        h = d.add_paragraph(); r = h.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        d.add_paragraph(p["address"])
    else:
        h = d.add_paragraph(); r = h.add_run(p["display_name"]); r.bold = True; r.font.size = Pt(20)
        if contact_where == "body":
            d.add_paragraph(contact)
        else:  # footer
            fp = sec.footer.paragraphs[0]
            fp.text = "Contact: %s · %s · %s" % (p["email"], p["phone_disp"], p["address"])
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if p.get("native_name"):
        d.add_paragraph(p["native_name"])
    for title, kind, payload in sections(p):
        hd = d.add_heading(title.upper() if p["num"] % 3 == 0 else title, level=2)
        if kind == "text":
            d.add_paragraph(payload)
        elif kind == "list":
            for x in payload:
                d.add_paragraph(x, style="List Bullet")
        else:
            if tables and any(it["usce"] is not None for it in payload) or (tables and title.startswith("Obs")):
                t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
                for c, lab in zip(t.rows[0].cells, ["Position / Rotation", "Institution", "Location", "Dates"]):
                    c.text = lab
                for it in payload:
                    row = t.add_row().cells
                    row[0].text = it["title"]; row[1].text = it["org"]; row[2].text = it["place"]; row[3].text = it["dates"]
                d.add_paragraph("")
            else:
                for it in payload:
                    a, b, dt, bl = entry_lines(it)
                    para = d.add_paragraph(); r = para.add_run(a); r.bold = True
                    para.add_run("\t" + dt)
                    d.add_paragraph(b)
                    for x in bl:
                        d.add_paragraph(x, style="List Bullet")
    return d

def docx_out(p, **kw):
    d = _docx_basic(p, **kw)
    path = os.path.join(OUT, fname(p)); d.save(path); return path

def lo_convert(p, fmt, **kw):
    d = _docx_basic(p, **kw)
    base = fname(p).rsplit(".", 1)[0]
    src = os.path.join(TMP, base + ".docx"); d.save(src)
    soffice(src, fmt, TMP)
    ext = fmt.split(":")[0]
    shutil.copy(os.path.join(TMP, base + "." + ext), os.path.join(OUT, fname(p)))

# ------------------------------------------------------------------ HTML / Chromium
def e(x): return html.escape(x)

def html_sidebar(p):
    secs = sections(p)
    side_titles = {"USMLE & Examinations", "Languages"}
    side = "".join("<h3>%s</h3>%s" % (e(t), "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in pl) if k == "list" else "<p>%s</p>" % e(pl))
                   for t, k, pl in secs if t in side_titles)
    main = ""
    for t, k, pl in secs:
        if t in side_titles or t == "Profile": continue
        main += "<h2>%s</h2>" % e(t)
        if k == "text": main += "<p>%s</p>" % e(pl)
        elif k == "list": main += "<ol>%s</ol>" % "".join("<li>%s</li>" % e(x) for x in pl)
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                main += "<div class=ent><div class=row><b>%s</b><span class=dt>%s</span></div><div class=org>%s</div>%s</div>" % (
                    e(a), e(dt), e(b), ("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in bl)) if bl else "")
    return """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 0 }
body { margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color:#222 }
.wrap { display:grid; grid-template-columns: 62mm 1fr; min-height: 297mm }
.side { background:#1f3b57; color:#eef; padding: 14mm 6mm }
.side h3 { font-size:10pt; border-bottom:1px solid #8ab; text-transform:uppercase; letter-spacing:1px }
.side ul { padding-left: 4mm } .main { padding: 14mm 12mm }
h1 { font-size: 22pt; margin:0 0 2mm 0; color:#1f3b57 } h2 { font-size: 11.5pt; color:#1f3b57; border-bottom: 2px solid #1f3b57; margin-top: 6mm }
.row { display:flex; justify-content:space-between } .dt { color:#666; white-space:nowrap; font-style:italic } .org { color:#444 } .ent { margin-bottom: 3mm }
.photo { width: 30mm; height: 36mm; background:#9ab; margin: 0 auto 6mm auto; border-radius: 3mm }
</style></head><body><div class=wrap><div class=side><div class=photo></div>
<h3>Contact</h3><p>&#9742; %s<br>&#9993; %s<br>%s</p>%s</div>
<div class=main><h1>%s</h1><p><i>%s</i></p>%s</div></div></body></html>""" % (
        e(p["phone_disp"]), e(p["email"]), e(p["address"]), side, e(p["display_name"]), e(p["summary"]), main)

def html_timeline(p):
    secs = sections(p)
    body = ""
    for t, k, pl in secs:
        body += "<section><h2>%s</h2>" % e(t)
        if k == "text": body += "<p>%s</p>" % e(pl)
        elif k == "list": body += "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in pl)
        else:
            body += "<div class=tl>"
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                body += "<div class=item><div class=when>%s</div><div class=what><b>%s</b><br>%s%s</div></div>" % (
                    e(dt), e(a), e(b), ("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in bl)) if bl else "")
            body += "</div>"
        body += "</section>"
    return """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: Letter; margin: 14mm 16mm }
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt }
header { border-bottom: 3px double #555; padding-bottom: 3mm; text-align:center }
header h1 { margin: 0; font-variant: small-caps }
h2 { font-size: 11pt; text-transform: uppercase; color: #7a1f1f; margin: 5mm 0 2mm 0 }
.tl { border-left: 2px solid #7a1f1f; margin-left: 28mm; } .item { position:relative; margin: 0 0 3mm 4mm }
.when { position:absolute; left: -33mm; width: 27mm; text-align:right; font-size: 8.5pt; color:#555 }
</style></head><body><header><h1>%s</h1><div>%s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s</div></header>%s</body></html>""" % (
        e(p["display_name"]), e(p["address"]), e(p["phone_disp"]), e(p["email"]), e(p["links"]), body)

def html_tables(p):
    secs = sections(p)
    body = "<table class=head><tr><td><h1>%s</h1></td><td class=c>Email: %s<br>Cell/WhatsApp: %s<br>%s</td></tr></table>" % (
        e(p["display_name"]), e(p["email"]), e(p["phone_disp"]), e(p["address"]))
    for t, k, pl in secs:
        body += "<table class=sec><tr><th colspan=4>%s</th></tr>" % e(t)
        if k == "text": body += "<tr><td colspan=4>%s</td></tr>" % e(pl)
        elif k == "list": body += "".join("<tr><td class=n>%d.</td><td colspan=3>%s</td></tr>" % (i + 1, e(x)) for i, x in enumerate(pl))
        else:
            body += "<tr class=lab><td>Dates</td><td>Role</td><td>Institution / Department</td><td>City, State</td></tr>"
            for it in pl:
                body += "<tr><td class=d>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (e(it["dates"]), e(it["title"]), e(it["org"]), e(it["place"]))
        body += "</table>"
    return """<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 12mm }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt }
table { width: 100%%; border-collapse: collapse; margin-bottom: 4mm } td, th { border: 1px solid #999; padding: 1.5mm; vertical-align: top }
th { background: #d9e6d2; text-align:left; font-size: 10.5pt } .lab td { background:#f2f2f2; font-weight:bold } .d { white-space: nowrap; width: 28mm }
.head td { border: none } .c { text-align:right; font-size: 9pt } .n { width: 6mm }
</style></head><body>%s</body></html>""" % body

# ------------------------------------------------------------------ reportlab
def _rl_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DVS", fontSize=8.8, leading=11)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    h = ParagraphStyle("h", parent=body, fontName="DVSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=2, textColor="#204060")
    name = ParagraphStyle("n", parent=body, fontName="DVSB", fontSize=18, leading=22)
    return body, small, h, name

def reportlab_twocol(p, path):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Spacer
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    body, small, h, name = _rl_styles()
    W, H = A4
    left = Frame(12 * mm, 12 * mm, 55 * mm, H - 24 * mm, id="L")
    right = Frame(72 * mm, 12 * mm, W - 84 * mm, H - 24 * mm, id="R")
    right2 = Frame(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm, id="R2")
    doc = BaseDocTemplate(path, pagesize=A4, title="CV", author="")
    def bg(c, d):
        c.saveState(); c.setFillColorRGB(0.93, 0.95, 0.98); c.rect(0, 0, 70 * mm, H, fill=1, stroke=0); c.restoreState()
    doc.addPageTemplates([PageTemplate("first", [left, right], onPage=bg), PageTemplate("later", [right2])])
    from reportlab.platypus import NextPageTemplate
    secs = sections(p)
    story = [Paragraph(html.escape(p["display_name"]), name), Spacer(1, 4),
             Paragraph("<b>Phone</b><br/>" + html.escape(p["phone_disp"]), small),
             Paragraph("<b>E-mail</b><br/>" + html.escape(p["email"]), small),
             Paragraph("<b>Address</b><br/>" + html.escape(p["address"]), small),
             Paragraph("<b>ORCID</b><br/>" + html.escape(p["links"]), small) if p["links"] else Spacer(1, 1)]
    leftside = {"USMLE & Examinations", "Languages", "Awards"}
    for t, k, pl in secs:
        if t in leftside:
            story.append(Paragraph(html.escape(t), h))
            for x in (pl if k == "list" else [pl]):
                story.append(Paragraph(html.escape(x), small))
    story += [NextPageTemplate("later"), FrameBreak()]
    for t, k, pl in secs:
        if t in leftside: continue
        story.append(Paragraph(html.escape(t.upper()), h))
        if k == "text": story.append(Paragraph(html.escape(pl), body))
        elif k == "list":
            for x in pl: story.append(Paragraph("• " + html.escape(x), body))
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                story.append(Paragraph("<b>%s</b> — <i>%s</i>" % (html.escape(a), html.escape(dt)), body))
                story.append(Paragraph(html.escape(b), body))
                for x in bl: story.append(Paragraph("– " + html.escape(x), small))
                story.append(Spacer(1, 3))
    doc.build(story)

def reportlab_tables(p, path):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    body, small, h, name = _rl_styles()
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm)
    st = [Table([[Paragraph(html.escape(p["display_name"]), name),
                  Paragraph("%s<br/>%s<br/>%s" % (html.escape(p["email"]), html.escape(p["phone_disp"]), html.escape(p["address"])), small)]],
                colWidths=[100 * mm, 80 * mm])]
    for t, k, pl in sections(p):
        st.append(Paragraph(html.escape(t), h))
        if k == "text": st.append(Paragraph(html.escape(pl), body))
        elif k == "list":
            for x in pl: st.append(Paragraph("▪ " + html.escape(x), body))
        else:
            rows = [[Paragraph("<b>Dates</b>", small), Paragraph("<b>Rotation / Role</b>", small), Paragraph("<b>Institution</b>", small), Paragraph("<b>Location</b>", small)]]
            for it in pl:
                rows.append([Paragraph(html.escape(it["dates"]), small), Paragraph(html.escape(it["title"]), small),
                             Paragraph(html.escape(it["org"]), small), Paragraph(html.escape(it["place"]), small)])
            tb = Table(rows, colWidths=[32 * mm, 52 * mm, 58 * mm, 38 * mm])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(tb)
    doc.build(st)

def reportlab_plain(p, path, pagesize=None):
    """single-column plain layout used for scans"""
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    body, small, h, name = _rl_styles()
    body.fontSize = 10; body.leading = 12.5
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    st = [Paragraph(html.escape(p["display_name"]), name),
          Paragraph("%s &nbsp;·&nbsp; %s &nbsp;·&nbsp; %s" % (html.escape(p["phone_disp"]), html.escape(p["email"]), html.escape(p["address"])), body)]
    for t, k, pl in sections(p):
        st.append(Paragraph(html.escape(t.upper()), h))
        if k == "text": st.append(Paragraph(html.escape(pl), body))
        elif k == "list":
            for x in pl: st.append(Paragraph("• " + html.escape(x), body))
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                st.append(Paragraph("<b>%s</b> (%s)" % (html.escape(a), html.escape(dt)), body))
                st.append(Paragraph(html.escape(b), body))
    doc.build(st)

# ------------------------------------------------------------------ fpdf2
def fpdf_simple(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="Letter"); pdf.set_margins(18, 15, 18); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, p["display_name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "%s  |  %s" % (p["email"], p["phone_disp"]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 5, p["address"], new_x="LMARGIN", new_y="NEXT", align="C")
    for t, k, pl in sections(p):
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_font("DV", "", 9)
        if k == "text": pdf.multi_cell(0, 4.6, pl, new_x="LMARGIN", new_y="NEXT")
        elif k == "list":
            for x in pl: pdf.multi_cell(0, 4.6, "-  " + x, new_x="LMARGIN", new_y="NEXT")
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                pdf.set_font("DV", "B", 9); pdf.cell(120, 4.8, a); pdf.set_font("DV", "", 9)
                pdf.cell(0, 4.8, dt, align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.multi_cell(0, 4.6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# ------------------------------------------------------------------ text
def plain_txt(p, md=False):
    L = []
    if md:
        L += ["# " + p["display_name"], "", "**Email:** %s  " % p["email"], "**Phone:** %s  " % p["phone_disp"], "**Address:** %s" % p["address"], ""]
    else:
        L += [p["display_name"].center(78).rstrip()]
        if p.get("native_name"): L.append(p["native_name"].center(78).rstrip())
        L += [("%s | %s" % (p["phone_disp"], p["email"])).center(78).rstrip(), p["address"].center(78).rstrip(), "=" * 78]
    for t, k, pl in sections(p):
        if md: L += ["## " + t, ""]
        else: L += ["", t.upper(), "-" * len(t)]
        if k == "text": L.append(pl)
        elif k == "list": L += [("- " if md else "  * ") + x for x in pl]
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                if md: L += ["### %s" % a, "*%s* — %s" % (b, dt)] + ["- " + x for x in bl] + [""]
                else: L += ["%-52s %25s" % (a, dt), "    " + b] + ["      - " + x for x in bl]
        L.append("")
    return "\n".join(L) + "\n"

# ------------------------------------------------------------------ odfpy
def odt_odfpy(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2a4d69"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    ns = Style(name="NameStyle", family="paragraph"); ns.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
    for s in (hs, ns): doc.styles.addElement(s)
    for s in (bold, ital): doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=ns, text=p["display_name"]))
    if p.get("native_name"): doc.text.addElement(P(text=p["native_name"]))
    doc.text.addElement(P(text="Mobile: %s   E-mail: %s" % (p["phone_disp"], p["email"])))
    doc.text.addElement(P(text=p["address"]))
    for t, k, pl in sections(p):
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=t))
        if k == "text": doc.text.addElement(P(text=pl))
        elif k == "list":
            for x in pl: doc.text.addElement(P(text="• " + x))
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                para = P(); para.addElement(Span(stylename=bold, text=a)); para.addText("  ("); para.addElement(Span(stylename=ital, text=dt)); para.addText(")")
                doc.text.addElement(para); doc.text.addElement(P(text=b))
                for x in bl: doc.text.addElement(P(text="   – " + x))
    doc.save(path)

# ------------------------------------------------------------------ hand-made RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else:
            if o > 32767: o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)

def rtf_handmade(p):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}", r"\paperw12240\paperh15840\margl1200\margr1200\f0\fs21"]
    R.append(r"{\pard\qc\b\fs34 %s\par}" % rtf_escape(p["display_name"]))
    if p.get("native_name"): R.append(r"{\pard\qc\fs24 %s\par}" % rtf_escape(p["native_name"]))
    R.append(r"{\pard\qc\fs19 %s \bullet  %s \bullet  %s\par}" % (rtf_escape(p["address"]), rtf_escape(p["phone_disp"]), rtf_escape(p["email"])))
    for t, k, pl in sections(p):
        R.append(r"{\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\b\fs22 %s\par}" % rtf_escape(t.upper()))
        if k == "text": R.append(r"{\pard %s\par}" % rtf_escape(pl))
        elif k == "list":
            for x in pl: R.append(r"{\pard\fi-200\li300 \bullet  %s\par}" % rtf_escape(x))
        else:
            for it in pl:
                a, b, dt, bl = entry_lines(it)
                R.append(r"{\pard\tqr\tx9800 {\b %s}\tab {\i %s}\par}" % (rtf_escape(a), rtf_escape(dt)))
                R.append(r"{\pard\li200 %s\par}" % rtf_escape(b))
                for x in bl: R.append(r"{\pard\li400 - %s\par}" % rtf_escape(x))
    R.append("}")
    return "\n".join(R)
