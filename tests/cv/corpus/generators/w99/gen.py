# -*- coding: utf-8 -*-
"""Builds /work/blind/w99/files/* and truth.jsonl from data.py."""
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import CVS

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w99_")
DJ = "/usr/share/fonts/truetype/dejavu/"
random.seed(99)


def fname(cv):
    return "w99_%03d_%s.%s" % (cv["n"], cv["layout"], cv["ext"])


def us_exps(cv):
    return [e for e in cv["exps"] if e["us"]]


def other_exps(cv):
    return [e for e in cv["exps"] if not e["us"]]


def where(e):
    return ", ".join(x for x in (e["org"], e["place"]) if x)


# ---------------------------------------------------------------- common text
def sections(cv):
    """Ordered (heading, [lines]) used by the linear layouts."""
    s = []
    if cv.get("objective"):
        s.append(("Career Objective", [cv["objective"]]))
    s.append(("Education", ["%s — %s" % (cv["degree"], cv["school"]), "%s, %s" % (cv["grad_text"], cv["country"])]))
    s.append(("Examinations & Certification", list(cv["exams"])))
    s.append(("Publications (peer-reviewed)", ["%d. %s" % (i + 1, p) for i, p in enumerate(cv["pubs"])] or ["None yet"]))
    if cv["other_pubs"]:
        s.append(("Posters, Abstracts & Presentations", list(cv["other_pubs"])))
    s.append(("Languages", [cv["langs_text"]]))
    pers = [cv["born"]]
    if cv["visa_text"]:
        pers.append(cv["visa_text"])
    s.append(("Personal", pers))
    s.append(("References", ["%s, %s — %s — %s" % r for r in cv["refs"]]))
    return s


def contact_lines(cv):
    return [cv["email"], cv["phone"]]


# ---------------------------------------------------------------- helpers
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def chromium_pdf(html_text, dst):
    src = os.path.join(TMP, "page_%d.html" % random.randint(0, 1 << 30))
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + dst, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- python-docx
def r_docx_common(cv, dst, mode):
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2)
    if mode == "footer":
        d.sections[0].footer.paragraphs[0].text = "%s  |  %s  |  %s" % (cv["email"], cv["phone"], "LinkedIn: linkedin.com/in/jihoon-park-md")
        d.add_heading(cv["name"] + ("  (%s)" % cv["alt"] if cv["alt"] else ""), 0)
    elif mode == "header":
        hp = d.sections[0].header.paragraphs[0]
        hp.text = "%s · %s · %s · Kathmandu, Nepal" % (cv["name"], cv["email"], cv["phone"])
        d.add_heading("Curriculum Vitae", 0)
    else:
        d.add_heading(cv["name"] + ("  %s" % cv["alt"] if cv["alt"] else ""), 0)
        t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
        t.cell(0, 0).text = "Email"; t.cell(0, 1).text = cv["email"]
        t.cell(1, 0).text = "Mobile / WhatsApp"; t.cell(1, 1).text = cv["phone"]
    secs = sections(cv)
    d.add_heading(secs[0][0], 1)
    for l in secs[0][1]:
        d.add_paragraph(l)
    # experience
    if mode == "table":          # Institution | Dates | Specialty/Rotation | Location
        d.add_heading("US Clinical Experience", 1)
        cols = ["Institution", "Dates", "Rotation", "Location"]
        t = d.add_table(rows=1, cols=4); t.style = "Light Grid Accent 1"
        for i, c in enumerate(cols):
            t.rows[0].cells[i].text = c
        for e in us_exps(cv):
            r = t.add_row().cells
            r[0].text = e["org"]; r[1].text = e["dates"]; r[2].text = e["title"]; r[3].text = e["place"] or "—"
        d.add_heading("Clinical Experience (India)", 1)
        for e in other_exps(cv):
            d.add_paragraph("%s, %s, %s (%s). %s" % (e["title"], e["org"], e["place"], e["dates"], e["body"]), style="List Bullet")
    elif mode == "rotation":     # Type | Dates | Location | Specialty | Hospital
        d.add_heading("Clinical Rotations", 1)
        cols = ["Type", "Dates", "Location", "Specialty", "Hospital"]
        exps = cv["exps"]
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, c in enumerate(cols):
            t.rows[0].cells[i].text = c
        for e in exps:
            r = t.add_row().cells
            r[0].text = e["title"]; r[1].text = e["dates"]; r[2].text = e["place"]; r[3].text = e["body"] or "Internal Medicine"; r[4].text = e["org"]
    else:  # header/footer: linear entries, dates on own line (below for header, above for footer)
        d.add_heading("Clinical Experience", 1)
        for e in cv["exps"]:
            if mode == "footer":
                p = d.add_paragraph(); p.add_run("Dates: " + e["dates"]).italic = True
            p = d.add_paragraph(); p.add_run(e["title"]).bold = True
            if mode not in ("header", "footer"):
                p.add_run("   " + e["dates"])
            d.add_paragraph(where(e))
            if mode == "header":
                p = d.add_paragraph(); p.add_run("Dates: " + e["dates"]).italic = True
            if e["body"]:
                d.add_paragraph(e["body"])
    for h, lines in secs[1:]:
        d.add_heading(h, 1)
        for l in lines:
            d.add_paragraph(l)
    d.save(dst)


def r_docx_table(cv, dst): r_docx_common(cv, dst, "table")
def r_docx_rotation(cv, dst): r_docx_common(cv, dst, "rotation")
def r_docx_footer(cv, dst): r_docx_common(cv, dst, "footer")


def r_lo_docx_header(cv, dst):
    src = os.path.join(TMP, "w99_%03d.docx" % cv["n"])
    r_docx_common(cv, src, "header")
    soffice(src, "pdf", TMP)
    shutil.move(src[:-5] + ".pdf", dst)


def r_odt_from_docx(cv, dst):
    src = os.path.join(TMP, "w99_%03d.docx" % cv["n"])
    r_docx_common(cv, src, "footer_plain")
    soffice(src, "odt", TMP)
    shutil.move(src[:-5] + ".odt", dst)


# ---------------------------------------------------------------- odfpy
def r_odt(cv, dst):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    doc = OpenDocumentText()
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(b)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text=cv["name"].upper()))
    doc.text.addElement(P(text="E: %s   T: %s (Pakistan)" % (cv["email"], cv["phone"])))
    secs = sections(cv)
    for h, lines in secs[:3]:
        doc.text.addElement(H(outlinelevel=2, stylename=h1, text=h))
        for l in lines:
            doc.text.addElement(P(text=l))
    doc.text.addElement(H(outlinelevel=2, stylename=h1, text="Clinical & Research Experience"))
    for e in cv["exps"]:
        p = P(); p.addElement(Span(stylename=b, text=e["title"])); p.addText("  |  %s  |  %s" % (where(e), e["dates"]))
        doc.text.addElement(p)
        if e["body"]:
            doc.text.addElement(P(text=e["body"]))
    for h, lines in secs[3:]:
        doc.text.addElement(H(outlinelevel=2, stylename=h1, text=h))
        for l in lines:
            doc.text.addElement(P(text=l))
    doc.save(dst)


# ---------------------------------------------------------------- text
def r_txt_plain(cv, dst):
    L = [cv["name"] + "  (" + cv["alt"] + ")", "Email: " + cv["email"] + " | Tel: " + cv["phone"], "=" * 60, ""]
    secs = sections(cv)
    for h, lines in secs[:3]:
        L += [h.upper(), "-" * len(h)] + ["  " + l for l in lines] + [""]
    L += ["US CLINICAL EXPERIENCE", "-" * 22]
    for e in us_exps(cv):
        L.append("  * %s, %s, %s, %s" % (e["title"], e["org"], e["place"], e["dates"]))
    L += ["", "OTHER EXPERIENCE", "-" * 16]
    for e in other_exps(cv):
        L.append("  * %s -- %s, %s -- %s" % (e["dates"], e["title"], e["org"], e["place"]))
        if e["body"]:
            L.append("      " + e["body"])
    L.append("")
    for h, lines in secs[3:]:
        L += [h.upper(), "-" * len(h)] + ["  " + l for l in lines] + [""]
    open(dst, "w", encoding="utf-8").write("\n".join(L) + "\n")


def r_txt_abbrev(cv, dst):
    L = ["DILINI PERERA, MBBS", "%s / %s / Colombo 07, Sri Lanka" % (cv["phone"], cv["email"]), ""]
    L += ["EDU: MBBS, Fac. of Med., Univ. of Colombo (%s), Sri Lanka" % cv["grad_text"]]
    L += ["EXAMS: " + "; ".join(cv["exams"]), "GOAL: " + cv["objective"], "", "EXPERIENCE"]
    for e in cv["exps"]:
        L.append("- " + ", ".join(x for x in (e["title"], e["org"], e["place"], e["dates"]) if x))
    L += ["", "PUBS: " + " | ".join(cv["pubs"]) + " ; posters: " + "; ".join(cv["other_pubs"])]
    L += ["LANG: " + cv["langs_text"], "MISC: " + cv["born"] + "; " + cv["visa_text"], "",
          "REFS: " + " ; ".join("%s (%s) %s %s" % r for r in cv["refs"])]
    open(dst, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------------------------------------------------------- RTF
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append("\\u%d?" % c)
    return "".join(o)


def r_rtf(cv, dst):
    P = lambda t, fmt="": "{\\pard\\sa80%s %s\\par}\n" % (fmt, rtf_esc(t))
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\\f0\\fs21\n"]
    o.append(P(cv["name"], "\\qc\\b\\fs36"))
    o.append(P("%s  •  %s  •  Hà Nội, Việt Nam" % (cv["email"], cv["phone"]), "\\qc"))
    secs = sections(cv)
    for h, lines in secs[:3]:
        o.append(P(h.upper(), "\\b\\fs24\\sb200"))
        for l in lines:
            o.append(P(l))
    o.append(P("CLINICAL AND RESEARCH EXPERIENCE", "\\b\\fs24\\sb200"))
    for e in cv["exps"]:
        o.append(P("Dates: " + e["dates"], "\\i\\sb120"))
        o.append(P(e["title"], "\\b"))
        o.append(P(where(e)))
        if e["body"]:
            o.append(P(e["body"], "\\li360"))
    for h, lines in secs[3:]:
        o.append(P(h.upper(), "\\b\\fs24\\sb200"))
        for l in lines:
            o.append(P(l))
    o.append("}")
    open(dst, "w", encoding="ascii").write("".join(o))


# ---------------------------------------------------------------- fpdf2
def fpdf_base():
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 16, 18); pdf.add_page()
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 15)
    return pdf


def r_fpdf_plain(cv, dst):
    pdf = fpdf_base()
    W = pdf.epw
    pdf.set_font("DV", "B", 18); pdf.cell(W, 10, cv["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(W, 6, "%s   ·   %s   ·   Warszawa" % (cv["email"], cv["phone"]), new_x="LMARGIN", new_y="NEXT")
    def sec(h):
        pdf.ln(3); pdf.set_font("DV", "B", 11.5); pdf.cell(W, 7, h, new_x="LMARGIN", new_y="NEXT", border="B"); pdf.set_font("DV", "", 9.5)
    secs = sections(cv)
    for h, lines in secs[:3]:
        sec(h)
        for l in lines:
            pdf.multi_cell(W, 5, l, new_x="LMARGIN", new_y="NEXT")
    sec("Clinical Experience")
    for e in cv["exps"]:
        pdf.set_font("DV", "B", 9.5); pdf.multi_cell(W, 5, e["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5); pdf.multi_cell(W, 5, where(e), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "I", 9); pdf.multi_cell(W, 5, e["dates"], new_x="LMARGIN", new_y="NEXT")
        if e["body"]:
            pdf.set_font("DV", "", 9); pdf.multi_cell(W, 5, e["body"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    for h, lines in secs[3:]:
        sec(h)
        for l in lines:
            pdf.multi_cell(W, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.output(dst)


def r_fpdf_table(cv, dst):
    pdf = fpdf_base()
    W = pdf.epw
    pdf.set_font("DV", "B", 17); pdf.cell(W, 9, "Dr. " + cv["name"] + ", MD", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(W, 6, "%s | %s | Bucharest, Romania" % (cv["phone"], cv["email"]), align="C", new_x="LMARGIN", new_y="NEXT")
    secs = sections(cv)
    def sec(h):
        pdf.ln(3); pdf.set_font("DV", "B", 11.5); pdf.set_fill_color(220, 228, 240); pdf.cell(W, 7, h, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9.5)
    for h, lines in secs[:3]:
        sec(h)
        for l in lines:
            pdf.multi_cell(W, 5, l, new_x="LMARGIN", new_y="NEXT")
    sec("Clinical Rotations")
    pdf.set_font("DV", "", 8.5)
    with pdf.table(col_widths=(30, 32, 70, 40), text_align="LEFT") as t:
        r = t.row()
        for c in ("Specialty", "Type", "Hospital", "Dates"):
            r.cell(c)
        for e in cv["exps"]:
            r = t.row()
            r.cell(e["body"]); r.cell(e["title"]); r.cell(where(e)); r.cell(e["dates"])
    pdf.set_font("DV", "", 9.5)
    for h, lines in secs[3:]:
        sec(h)
        for l in lines:
            pdf.multi_cell(W, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.output(dst)


# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))


def rl_styles():
    from reportlab.lib.styles import ParagraphStyle
    rl_fonts()
    return dict(
        n=ParagraphStyle("n", fontName="DV", fontSize=9, leading=12),
        s=ParagraphStyle("s", fontName="DV", fontSize=8, leading=10),
        h=ParagraphStyle("h", fontName="DVB", fontSize=11, leading=15, spaceBefore=6, textColor="#1f3b63"),
        t=ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22),
        b=ParagraphStyle("b", fontName="DVB", fontSize=9, leading=12))


def E(s):
    return html.escape(s, quote=False)


def r_reportlab_sidebar(cv, dst):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.pagesizes import letter
    from reportlab.lib import colors
    S = rl_styles()
    side = [Paragraph("CONTACT", S["h"]), Paragraph(E(cv["email"]), S["s"]), Paragraph(E(cv["phone"]), S["s"]),
            Paragraph("Lagos, Nigeria", S["s"]), Paragraph("EXAMS", S["h"])] + [Paragraph(E(x), S["s"]) for x in cv["exams"]] + \
           [Paragraph("LANGUAGES", S["h"]), Paragraph(E(cv["langs_text"]), S["s"]), Paragraph("PERSONAL", S["h"]),
            Paragraph(E(cv["born"]), S["s"]), Paragraph(E(cv["visa_text"]), S["s"])]
    main = [Paragraph(E(cv["name"]), S["t"]), Paragraph(E(cv["objective"]), S["n"]), Paragraph("EDUCATION", S["h"]),
            Paragraph(E("%s, %s (%s)" % (cv["degree"], cv["school"], cv["grad_text"])), S["n"]), Paragraph("EXPERIENCE", S["h"])]
    for e in cv["exps"]:
        main.append(Paragraph("<b>%s</b> — %s" % (E(e["title"]), E(where(e))), S["n"]))
        main.append(Paragraph("<i>%s</i>" % E(e["dates"]), S["s"]))
        if e["body"]:
            main.append(Paragraph(E(e["body"]), S["s"]))
        main.append(Spacer(1, 4))
    main.append(Paragraph("PUBLICATIONS", S["h"]))
    main += [Paragraph(E(p), S["s"]) for p in cv["pubs"]]
    main.append(Paragraph("PRESENTATIONS", S["h"]))
    main += [Paragraph(E(p), S["s"]) for p in cv["other_pubs"]]
    main.append(Paragraph("REFERENCES", S["h"]))
    main += [Paragraph(E("%s, %s. %s · %s" % r), S["s"]) for r in cv["refs"]]
    t = Table([[side, main]], colWidths=[150, 390])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e9eef5"))]))
    SimpleDocTemplate(dst, pagesize=letter, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30,
                      title="CV", author=cv["name"]).build([t])


def r_reportlab_table(cv, dst, extra_pad=False):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    S = rl_styles()
    st = [Paragraph(E(cv["name"]) + (" &nbsp; " + E(cv["alt"]) if cv["alt"] and cv["cc"] not in ("MA", "SA", "EG", "IR", "BD") else ""), S["t"]),
          Paragraph(E("%s  ·  %s" % (cv["email"], cv["phone"])), S["n"])]
    secs = sections(cv)
    for h, lines in secs[:3]:
        st.append(Paragraph(h, S["h"])); st += [Paragraph(E(l), S["n"]) for l in lines]
    st.append(Paragraph("Clinical Experience", S["h"]))
    rows = [["Period", "Hospital", "City / State", "Discipline", "Type"]]
    for e in cv["exps"]:
        rows.append([Paragraph(E(e["dates"]), S["s"]), Paragraph(E(e["org"]), S["s"]), Paragraph(E(e["place"]), S["s"]),
                     Paragraph(E(e["body"]), S["s"]), Paragraph(E(e["title"]), S["s"])])
    t = Table(rows, colWidths=[95, 130, 95, 90, 100])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                           ("FONTSIZE", (0, 0), (-1, 0), 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    for h, lines in secs[3:]:
        st.append(Paragraph(h, S["h"])); st += [Paragraph(E(l), S["n"]) for l in lines]
    SimpleDocTemplate(dst, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36).build(st)


# ---------------------------------------------------------------- HTML (chromium / LibreOffice)
def html_entries(cv, mode):
    o = []
    for e in cv["exps"]:
        if mode == "timeline":
            o.append('<div class="tl"><div class="when">%s</div><div class="what"><b>%s</b><br>%s<br><span class="d">%s</span></div></div>'
                     % (E(e["dates"]), E(e["title"]), E(where(e)), E(e["body"])))
        elif mode == "above":
            o.append('<p class="dates">Dates: %s</p><p><b>%s</b><br>%s</p>%s' % (E(e["dates"]), E(e["title"]), E(where(e)),
                                                                                 "<p>%s</p>" % E(e["body"]) if e["body"] else ""))
    return "\n".join(o)


def html_secs(secs):
    return "\n".join("<h2>%s</h2>%s" % (E(h), "".join("<p>%s</p>" % E(l) for l in lines)) for h, lines in secs)


def r_chromium_sidebar(cv, dst):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (E(e["dates"]), E(e["body"] or "—"), E(where(e)), E(e["title"]))
                   for e in cv["exps"])
    secs = sections(cv)
    h = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:Letter;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10px;color:#222}
.wrap{display:flex;min-height:11in}.side{width:2.1in;background:#17324d;color:#eef;padding:24px 16px}
.side h3{font-size:11px;letter-spacing:1px;border-bottom:1px solid #6a8;margin-top:18px}.main{flex:1;padding:26px 28px}
h1{font-size:24px;margin:0 0 6px}h2{font-size:13px;color:#17324d;border-bottom:2px solid #17324d;margin:14px 0 6px}
table{border-collapse:collapse;width:100%%}td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#e4ecf4}
p{margin:2px 0}</style></head><body><div class="wrap"><div class="side">
<h3>CONTACT</h3><p>%s</p><p>%s</p><p>Medellín, Colombia</p><h3>LANGUAGES</h3><p>%s</p><h3>EXAMS</h3>%s<h3>STATUS</h3><p>%s</p><p>%s</p></div>
<div class="main"><h1>%s</h1><p>%s</p><h2>Education</h2><p>%s — %s (%s)</p>
<h2>Clinical Experience</h2><table><tr><th>Dates</th><th>Specialty</th><th>Institution</th><th>Type</th></tr>%s</table>
%s</div></div></body></html>""" % (E(cv["email"]), E(cv["phone"]), E(cv["langs_text"]), "".join("<p>%s</p>" % E(x) for x in cv["exams"]),
                                 E(cv["visa_text"]), E(cv["born"]), E(cv["name"]), E(cv["objective"]), E(cv["degree"]), E(cv["school"]),
                                 E(cv["grad_text"]), rows, html_secs(secs[3:-2] + secs[-1:]))
    chromium_pdf(h, dst)


def r_chromium_timeline(cv, dst):
    secs = sections(cv)
    h = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:16mm} body{font-family:'Liberation Serif',serif;font-size:11px}
header{display:flex;justify-content:space-between;border-bottom:3px double #333;padding-bottom:6px}
h1{margin:0;font-size:26px}.fa{font-family:'DejaVu Sans';font-size:16px;color:#555}.c{text-align:right;font-size:10px}
h2{font-size:13px;text-transform:uppercase;letter-spacing:2px;margin:14px 0 6px;color:#633}
.tl{display:flex;border-left:2px solid #633;margin-left:6px;padding:3px 0 6px 10px}.when{width:120px;font-weight:bold;color:#633}
.what{flex:1}.d{color:#555;font-style:italic}p{margin:2px 0}</style></head><body>
<header><div><h1>%s</h1><div class="fa">%s</div></div><div class="c">%s<br>%s<br>San Jose, California</div></header>
%s<h2>Experience Timeline</h2>%s%s</body></html>""" % (E(cv["name"]), E(cv["alt"]), E(cv["email"]), E(cv["phone"]),
                                                     html_secs(secs[:3]), html_entries(cv, "timeline"), html_secs(secs[3:]))
    chromium_pdf(h, dst)


def r_lo_html(cv, dst):
    secs = sections(cv)
    h = """<!doctype html><html><head><meta charset="utf-8"><title>CV</title><style>body{font-family:'Liberation Sans';font-size:10pt}
h1{font-size:20pt;color:#7a1f3d}h2{font-size:12pt;color:#7a1f3d;border-bottom:1px solid #7a1f3d}.dates{color:#555;font-style:italic;margin-bottom:0}</style></head>
<body><h1>%s</h1><p>Correo / Email: %s<br>Tel: %s<br>Ciudad de México</p>%s<h2>Clinical &amp; Work Experience</h2>%s%s</body></html>""" % (
        E(cv["name"]), E(cv["email"]), E(cv["phone"]), html_secs(secs[:3]), html_entries(cv, "above"), html_secs(secs[3:]))
    src = os.path.join(TMP, "w99_%03d.html" % cv["n"])
    open(src, "w", encoding="utf-8").write(h)
    subprocess.run(["soffice", "--headless", "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", TMP, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(src[:-5] + ".pdf", dst)


# ---------------------------------------------------------------- scans
def r_scan(cv, dst):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    sp = cv["scan"]
    pdf = os.path.join(TMP, "scan_%03d.pdf" % cv["n"])
    r_reportlab_table(cv, pdf)
    base = os.path.join(TMP, "scan_%03d" % cv["n"])
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1", pdf, base], check=True)
    pngs = sorted(p for p in os.listdir(TMP) if p.startswith("scan_%03d" % cv["n"]) and p.endswith(".png"))
    im = Image.open(os.path.join(TMP, pngs[0])).convert("L")
    im = ImageEnhance.Contrast(im).enhance(sp["contrast"])
    im = im.rotate(sp["rot"], resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(sp["blur"]))
    a = np.asarray(im).astype(np.float32)
    rng = np.random.default_rng(cv["n"])
    a += rng.normal(0, sp["noise"], a.shape)
    if sp["kind"] == "jpg":  # paper tint / uneven lighting for the phone photo look
        yy = np.linspace(0, 1, a.shape[0])[:, None]
        a = a - 25 * yy
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    if sp["kind"] == "png":
        im.save(dst)
    elif sp["kind"] == "jpg":
        im.convert("RGB").save(dst, quality=72)
    else:
        im.convert("RGB").save(dst, "PDF", resolution=150)


RENDER = {k[2:]: v for k, v in globals().items() if k.startswith("r_")}


# ---------------------------------------------------------------- truth
def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth(cv):
    ents = [dict(zip(("type", "specialty", "state", "start", "end"), e["us"])) for e in us_exps(cv)]
    t = dict(file=fname(cv), layout=cv["layout"], full_name=cv["name"], email=cv["email"], phone_e164=cv["e164"],
             medical_school=cv["school"], medical_school_country=cv["cc"], graduation_year=cv["grad"], is_student=cv["student"],
             usmle_step1=cv["s1"], usmle_step2ck=cv["s2"], usmle_step3=cv["s3"], ecfmg_status=cv["ecfmg"],
             specialties=cv["spec"], languages=cv["langs"], visa_status=cv["visa"], publications=len(cv["pubs"]),
             usce_months=months(ents), usce_months_clinical=months([e for e in ents if e["type"] in ("hands_on", "observership")]),
             usce_entries=ents)
    if cv["r"] == "scan":
        t["needs_ocr"] = True
    return t


def damaged():
    from pypdf import PdfReader, PdfWriter
    out = []
    # 22: truncated PDF (a real CV cut at 45%)
    src = os.path.join(TMP, "dmg22.pdf")
    cv = dict(CVS[0]); cv.update(name="Rohan Deshpande", email="rohan.deshpande@gmail.com", alt=None)
    r_reportlab_table(cv, src)
    b = open(src, "rb").read()
    f = "w99_022_truncated_pdf.pdf"; open(os.path.join(OUT, f), "wb").write(b[: int(len(b) * 0.45)])
    out.append(dict(file=f, layout="truncated_pdf", error=True))
    # 23: encrypted with a user password
    src = os.path.join(TMP, "dmg23.pdf")
    cv = dict(CVS[6]); cv.update(name="Valentina Ríos", email="vale.rios.md@gmail.com")
    r_reportlab_table(cv, src)
    w = PdfWriter(clone_from=PdfReader(src)); w.encrypt(user_password="cv2025!", owner_password="owner-w99", algorithm="RC4-128")
    f = "w99_023_encrypted_pdf.pdf"
    with open(os.path.join(OUT, f), "wb") as fh:
        w.write(fh)
    out.append(dict(file=f, layout="encrypted_pdf", error=True))
    # 24: random bytes with a .docx name (starts like a zip to be nasty)
    rng = random.Random(24)
    f = "w99_024_random_bytes_docx.docx"
    open(os.path.join(OUT, f), "wb").write(b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(14000)))
    out.append(dict(file=f, layout="random_bytes_docx", error=True))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in os.listdir(OUT):
        os.remove(os.path.join(OUT, p))
    lines = []
    for cv in CVS:
        dst = os.path.join(OUT, fname(cv))
        RENDER[cv["r"]](cv, dst)
        lines.append(truth(cv))
        print("built", fname(cv), file=sys.stderr)
    lines += damaged()
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in lines:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
