# -*- coding: utf-8 -*-
"""Render every w37 CV. Usage: python render.py <outdir>"""
import os, sys, re, json, random, subprocess, shutil, tempfile, html

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data

OUT = sys.argv[1] if len(sys.argv) > 1 else "files"
os.makedirs(OUT, exist_ok=True)
TMP = tempfile.mkdtemp(prefix="w37_")
FD = "/usr/share/fonts/truetype/dejavu/"
CJK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def fname(p):
    return "w37_%s_%s.%s" % (p["n"], p["layout"], p["ext"])


def has_cjk(s):
    return any(0x3000 <= ord(c) <= 0x9fff or 0xac00 <= ord(c) <= 0xd7af for c in s)


# ------------------------------------------------------------------ reportlab
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether,
                                HRFlowable, ListFlowable, ListItem)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm, inch
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT

pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("CJK", CJK))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B"); addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-B")
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B"); addMapping("Sans", 0, 1, "Sans"); addMapping("Sans", 1, 1, "Sans-B")


def esc(s):
    s = html.escape(s, quote=False)
    # wrap CJK runs in the CJK font
    return re.sub(r"([\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+)", r'<font name="CJK">\1</font>', s)


def rl_cv(p, path, font="Serif", size=10, page=A4, latex=True, pagebreak_after=None, extra_space=0):
    st = dict(
        name=ParagraphStyle("n", fontName=font + ("-B" if not latex else ""), fontSize=size + 10, leading=size + 14,
                            alignment=TA_CENTER),
        sub=ParagraphStyle("s", fontName=font, fontSize=size, leading=size + 3, alignment=TA_CENTER),
        h=ParagraphStyle("h", fontName=font + "-B", fontSize=size + 2, leading=size + 6, spaceBefore=8 + extra_space, spaceAfter=2),
        b=ParagraphStyle("b", fontName=font, fontSize=size, leading=size + 3 + extra_space / 3),
        bi=ParagraphStyle("bi", fontName=font, fontSize=size - 1, leading=size + 2, leftIndent=14),
        r=ParagraphStyle("r", fontName=font, fontSize=size, leading=size + 3, alignment=TA_RIGHT),
    )
    story = []
    nm = esc(p["name"])
    if latex:
        nm = "<b>%s</b>" % nm
    if p.get("native"):
        nm += ' <font size="%d">(%s)</font>' % (size + 4, esc(p["native"]))
    story.append(Paragraph(nm, st["name"]))
    story.append(Paragraph(esc(p["degrees"]), st["sub"]))
    story.append(Paragraph(" · ".join(esc(c) for c in p["contacts"]), st["sub"]))
    story.append(Spacer(1, 4))
    for si, (title, items) in enumerate(p["sections"]):
        story.append(Paragraph(esc(title.upper()) if latex else esc(title), st["h"]))
        story.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=3))
        pn = 0
        for it in items:
            if it[0] == "e":
                _, d, t, o, bl = it
                row = [[Paragraph("<b>%s</b><br/><i>%s</i>" % (esc(t), esc(o)), st["b"]), Paragraph(esc(d), st["r"])]]
                tb = Table(row, colWidths=[125 * mm, 45 * mm])
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
                story.append(tb)
                for b in bl:
                    story.append(Paragraph("– " + esc(b), st["bi"]))
            elif it[0] == "t":
                story.append(Paragraph(esc(it[1]), st["b"]))
            elif it[0] == "kv":
                story.append(Paragraph("<b>%s:</b> %s" % (esc(it[1]), esc(it[2])), st["b"]))
            elif it[0] == "p":
                pn += 1
                story.append(Paragraph("[%d] %s" % (pn, esc(it[1])), st["bi"]))
        if pagebreak_after is not None and si == pagebreak_after:
            story.append(PageBreak())

    def foot(c, d):
        c.saveState(); c.setFont(font, 8)
        c.drawCentredString(page[0] / 2, 12 * mm, "%s — Curriculum Vitae — page %d" % (p["name"], d.page))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=page, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Curriculum Vitae", author=p["name"])
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------------ plain text
def txt_lines(p, style="email"):
    L = []
    for title, items in p["sections"]:
        L.append("")
        L.append(title.upper() if style == "europass" else title)
        L.append("-" * len(title) if style == "email" else "")
        pn = 0
        for it in items:
            if it[0] == "e":
                _, d, t, o, bl = it
                if style == "europass":
                    L.append("  %s" % d)
                    L.append("      %s" % t)
                    L.append("      %s" % o)
                else:
                    L.append("%s | %s, %s" % (d, t, o))
                for b in bl:
                    L.append("   * " + b)
            elif it[0] == "t":
                L.append(it[1])
            elif it[0] == "kv":
                L.append("%s: %s" % (it[1], it[2]))
            elif it[0] == "p":
                pn += 1
                L.append("%d. %s" % (pn, it[1]))
    return L


def make_txt_email(p, path):
    c = p["contacts"]
    L = ["From: Aidana S. <%s>" % c[0], "Sent: Tuesday, 10 November 2026 09:14", "To: Clinical Rotations Team <applications@rotations-desk.example>", "Subject: FW: CV - observership application (Neurology)",
         "", "Dear Coordinator,", "", "Please see my CV below (pasted, as the attachment was blocked by our hospital mail server).",
         "", "Best regards,", "Aidana", "", "---------- Forwarded message ---------", "",
         "CURRICULUM VITAE", "", "%s (%s), %s" % (p["name"], p["native"], p["degrees"]),
         "E-mail: %s   Mobile/WhatsApp: %s" % (c[0], c[1]), "Location: %s" % c[2]]
    L += txt_lines(p, "email")
    L += ["", "--", "Sent from my iPhone"]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


def make_txt_europass(p, path):
    c = p["contacts"]
    L = ["Europass", "Curriculum Vitae", "", "PERSONAL INFORMATION", "    %s (%s)" % (p["name"], p["native"]),
         "    %s" % c[2], "    %s (mobile)" % c[1], "    %s" % c[0], "    %s" % c[3], "    Nationality: Georgian", "",
         "JOB APPLIED FOR   US clinical rotation / Emergency Medicine"]
    L += txt_lines(p, "europass")
    L += ["", "ANNEXES", "    Copies of diplomas available on request.", "    Referee: Dr. Nino Kvaratskhelia, TSMU, n.kvaratskhelia@tsmu.edu, +995 32 254 24 40"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ------------------------------------------------------------------ RTF (hand written)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def make_rtf(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\info{\title Curriculum Vitae}{\author " + rtf_esc(p["name"]) + "}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"{\header\pard\qr\f1\fs16 CV - " + rtf_esc(p["name"]) + r" - " + rtf_esc(p["contacts"][0]) + r"\par}",
         r"\pard\qc\f1\fs36\b " + rtf_esc(p["name"]) + r"\b0\fs24\par",
         r"\pard\qc\f0\fs22 " + rtf_esc(p["native"]) + r"\par",
         r"\pard\qc\fs20 " + rtf_esc("Tel. " + p["contacts"][1] + "  |  E-mail: " + p["contacts"][0]) + r"\par",
         r"\pard\qc\fs20 " + rtf_esc(p["contacts"][2]) + r"\par\pard\sa120\par"]
    for title, items in p["sections"]:
        R.append(r"\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs24\b " + rtf_esc(title) + r"\b0\par")
        pn = 0
        for it in items:
            if it[0] == "e":
                _, d, t, o, bl = it
                R.append(r"\pard\f0\fs21\tx2400\li2400\fi-2400 " + rtf_esc(d) + r"\tab\b " + rtf_esc(t) + r"\b0\line " +
                         r"\i " + rtf_esc(o) + r"\i0\par")
                for b in bl:
                    R.append(r"\pard\li2700\fi-200\fs20 \bullet  " + rtf_esc(b) + r"\par")
            elif it[0] == "t":
                R.append(r"\pard\f0\fs21 " + rtf_esc(it[1]) + r"\par")
            elif it[0] == "kv":
                R.append(r"\pard\f0\fs21\tx2400 " + rtf_esc(it[1]) + r"\tab " + rtf_esc(it[2]) + r"\par")
            elif it[0] == "p":
                pn += 1
                R.append(r"\pard\li400\fi-400\f0\fs20 " + str(pn) + r".\tab " + rtf_esc(it[1]) + r"\par")
    R.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(R))


# ------------------------------------------------------------------ python-docx
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn


def set_east_asian(run, font="Malgun Gothic"):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)


def docx_body(d, p, date_col=True, head_color="1F3864"):
    for title, items in p["sections"]:
        h = d.add_paragraph()
        r = h.add_run(title.upper())
        r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor.from_string(head_color)
        h.paragraph_format.space_before = Pt(10); h.paragraph_format.space_after = Pt(2)
        pn = 0
        for it in items:
            if it[0] == "e":
                _, dt, t, o, bl = it
                para = d.add_paragraph()
                para.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
                para.paragraph_format.left_indent = Cm(4.2); para.paragraph_format.first_line_indent = Cm(-4.2)
                para.paragraph_format.space_after = Pt(2)
                para.add_run(dt + "\t")
                rr = para.add_run(t); rr.bold = True
                para.add_run("\n" + o).italic = True
                for b in bl:
                    bp = d.add_paragraph(b, style="List Bullet")
                    bp.paragraph_format.left_indent = Cm(4.8)
            elif it[0] == "t":
                d.add_paragraph(it[1])
            elif it[0] == "kv":
                para = d.add_paragraph(); para.paragraph_format.space_after = Pt(0)
                para.add_run(it[1] + ": ").bold = True; para.add_run(it[2])
            elif it[0] == "p":
                d.add_paragraph(it[1], style="List Number")


def docx_base():
    d = docx.Document()
    s = d.styles["Normal"]; s.font.name = "Calibri"; s.font.size = Pt(10.5)
    for sec in d.sections:
        sec.page_width = Cm(21); sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    d.core_properties.title = "CV"
    return d


def make_docx(p, path, mode):
    d = docx_base()
    sec = d.sections[0]
    c = p["contacts"]
    if mode == "header_footer":
        hp = sec.header.paragraphs[0]
        hp.text = "%s  •  %s" % (c[0], c[1]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = "%s  |  %s" % (c[2], c[3]); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(22)
        d.add_paragraph("Curriculum Vitae — Specialist in Internal Medicine")
    elif mode == "footer_only":
        fp = sec.footer.paragraphs[0]
        fp.text = "%s (%s) · %s · %s · %s" % (p["name"], p["native"], c[0], c[1], c[2])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
        t = d.add_paragraph(); r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(18)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("Family physician, Kyrgyz Republic — applying for US clinical rotations").alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif mode == "table":
        t = d.add_paragraph(); r = t.add_run(p["name"] + ", " + p["degrees"]); r.bold = True; r.font.size = Pt(20)
        tb = d.add_table(rows=3, cols=2); tb.style = "Table Grid"
        cells = [("E-mail", c[0]), ("Mobile (Viber/WhatsApp)", c[1]), ("Address", c[2])]
        for i, (k, v) in enumerate(cells):
            tb.cell(i, 0).text = k; tb.cell(i, 1).text = v
    elif mode == "plain":
        t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
        r2 = t.add_run("  " + p["native"]); r2.font.size = Pt(16); set_east_asian(r2)
        d.add_paragraph("%s | %s | %s" % (c[0], c[1], c[2]))
    elif mode == "turkish":
        t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        x = d.add_paragraph("%s  ·  %s  ·  %s" % (c[0], c[1], c[2])); x.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sec.footer.paragraphs[0].text = "Curriculum Vitae — E. Yıldırım — updated November 2026"
    elif mode == "uzbek":
        t = d.add_paragraph(); r = t.add_run("%s (%s)" % (p["name"], p["native"])); r.bold = True; r.font.size = Pt(18)
        d.add_paragraph("Cardiologist, %s" % p["degrees"])
        d.add_paragraph("Phone: %s\nEmail: %s\nAddress: %s" % (c[1], c[0], c[2]))
    docx_body(d, p)
    if mode == "header_footer":
        d.add_paragraph("References available on request: Prof. Marek Zieliński (m.zielinski@wum.edu.pl).")
    d.save(path)


# ------------------------------------------------------------------ odfpy
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
from odf.text import P as OP, Span, H
from odf.table import Table as OTable, TableColumn, TableRow, TableCell


def make_odt(p, path, two_col=True):
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic")); doc.automaticstyles.addElement(ital)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold", fontfamily="DejaVu Sans"))
    doc.automaticstyles.addElement(big)
    hs = Style(name="Hs", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8B0000"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #8B0000"))
    doc.automaticstyles.addElement(hs)
    sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="9.5pt")); doc.automaticstyles.addElement(sm)
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="5.2cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="11.8cm")); doc.automaticstyles.addElement(c2)
    cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(padding="0.1cm", backgroundcolor="#F2F2F2"))
    doc.automaticstyles.addElement(cell)

    def para(txt, st=None, b=None):
        e = OP(stylename=st) if st else OP()
        if b:
            e.addElement(Span(stylename=bold, text=b))
        e.addText(txt)
        return e

    c = p["contacts"]
    doc.text.addElement(para(p["name"], big))
    doc.text.addElement(para(p["degrees"] + " — Curriculum Vitae"))
    if two_col:
        # left column: contacts + short facts; right column: the sections
        t = OTable(name="Layout")
        t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
        tr = TableRow(); t.addElement(tr)
        left = TableCell(stylename=cell); right = TableCell()
        tr.addElement(left); tr.addElement(right)
        left.addElement(para("CONTACT", hs))
        for x in c:
            left.addElement(para(x, sm))
        target = right
    else:
        for x in c:
            doc.text.addElement(para(x, sm))
        target = doc.text
    for title, items in p["sections"]:
        dest = left if (two_col and title in ("Exams", "Languages", "Interests")) else target
        dest.addElement(para(title, hs))
        pn = 0
        for it in items:
            if it[0] == "e":
                _, d, tt, o, bl = it
                e = OP(); e.addElement(Span(stylename=bold, text=d + "  ")); e.addText(tt); dest.addElement(e)
                e = OP(); e.addElement(Span(stylename=ital, text=o)); dest.addElement(e)
                for b in bl:
                    dest.addElement(para("• " + b, sm))
            elif it[0] == "t":
                dest.addElement(para(it[1]))
            elif it[0] == "kv":
                dest.addElement(para(it[2], None, it[1] + ": "))
            elif it[0] == "p":
                pn += 1
                dest.addElement(para("%d. %s" % (pn, it[1]), sm))
    if two_col:
        doc.text.addElement(t)
    doc.save(path)


# ------------------------------------------------------------------ HTML -> chromium
def html_sections(p, skip=()):
    H = []
    for title, items in p["sections"]:
        if title in skip:
            continue
        H.append("<h2>%s</h2>" % html.escape(title))
        ol = []
        for it in items:
            if it[0] == "e":
                _, d, t, o, bl = it
                H.append('<div class="e"><span class="d">%s</span><b>%s</b><br><i>%s</i>%s</div>' % (
                    html.escape(d), html.escape(t), html.escape(o),
                    ("<ul>" + "".join("<li>%s</li>" % html.escape(b) for b in bl) + "</ul>") if bl else ""))
            elif it[0] == "t":
                H.append("<p>%s</p>" % html.escape(it[1]))
            elif it[0] == "kv":
                H.append("<p><b>%s:</b> %s</p>" % (html.escape(it[1]), html.escape(it[2])))
            elif it[0] == "p":
                ol.append("<li>%s</li>" % html.escape(it[1]))
        if ol:
            H.append("<ol>%s</ol>" % "".join(ol))
    return "\n".join(H)


def chromium_pdf(htmltext, path):
    hp = os.path.join(TMP, os.path.basename(path) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.abspath(path), "file://" + hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def make_chromium_sidebar(p, path):
    c = p["contacts"]
    side = "".join("<h3>%s</h3><ul>%s</ul>" % (t, "".join("<li>%s</li>" % html.escape(x) for x in xs)) for t, xs in p["sidebar_extra"])
    doc = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
body { margin:0; font-family: 'DejaVu Sans', 'Droid Sans Fallback', sans-serif; font-size: 9.5pt; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#1d3557; color:#f1faee; padding: 14mm 6mm; box-sizing:border-box; }
.side h1 { font-size: 17pt; margin:0 } .side .ko { font-size: 15pt; font-family:'Droid Sans Fallback'; }
.side h3 { border-bottom:1px solid #a8dadc; font-size:10pt; margin-top: 8mm } .side ul { padding-left: 4mm }
.main { flex:1; padding: 14mm 10mm; } h2 { color:#1d3557; font-size:11.5pt; border-bottom:2px solid #e63946; margin-top:5mm }
.e { margin: 2mm 0 } .d { float:right; color:#555 } ol li { margin-bottom: 1.2mm; font-size: 8.5pt }
</style></head><body><div class="wrap"><div class="side">
<h1>%s</h1><div class="ko">%s</div><div>%s</div>
<h3>Contact</h3><ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>%s
</div><div class="main">%s</div></div></body></html>""" % (
        html.escape(p["name"]), p["native"], html.escape(p["degrees"]), html.escape(c[0]), html.escape(c[1]),
        html.escape(c[2]), html.escape(c[3]), side, html_sections(p))
    chromium_pdf(doc, path)


def make_chromium_academic(p, path):
    c = p["contacts"]
    doc = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 22mm 20mm }
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 11pt; line-height:1.3 }
header { text-align:center } header h1 { font-variant: small-caps; font-size: 20pt; margin: 0 }
h2 { font-variant: small-caps; font-size: 12.5pt; border-bottom: 0.6pt solid #000; margin-top: 6mm }
.e { margin: 1.5mm 0 } .d { float:right } ol li { margin-bottom: 1.5mm }
</style></head><body><header><h1>%s</h1><div>%s · %s</div>
<div style="font-size:9.5pt">%s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s</div></header>%s
<p style="margin-top:8mm;font-size:9pt">Referees: Prof. Dr. Ewa Kowalczyk (Gdańsk) – ewa.kowalczyk@gumed.edu.pl; Dr. Thomas B. Gill (Michigan Medicine) – tgill@med.umich.edu, +1 734 555 0161</p>
</body></html>""" % (html.escape(p["name"]), html.escape(p["native"]), html.escape(p["degrees"]), html.escape(c[0]),
                     html.escape(c[1]), html.escape(c[2]), html_sections(p))
    chromium_pdf(doc, path)


# ------------------------------------------------------------------ fpdf2
from fpdf import FPDF


def make_fpdf(p, path):
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FD + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
    pdf.add_font("CJK", "", CJK)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    pdf.set_font("DV", "B", 18)
    pdf.cell(pdf.get_string_width(p["name"]) + 3, 10, p["name"])
    pdf.set_font("CJK", "", 16)
    pdf.cell(0, 10, p["native"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "  |  ".join(p["contacts"]), new_x="LMARGIN", new_y="NEXT")
    pdf.line(14, pdf.get_y() + 1, 196, pdf.get_y() + 1)
    pdf.ln(2)
    for title, items in p["sections"]:
        pdf.set_font("DV", "B", 10)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 5.5, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pn = 0
        for it in items:
            if it[0] == "e":
                _, d, t, o, bl = it
                pdf.set_font("DV", "", 8.5); pdf.cell(30, 4.5, d)
                pdf.set_font("DV", "B", 8.5); x = pdf.get_x()
                pdf.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(x)
                if has_cjk(o):
                    a, b = re.split(r"[（(][\u3000-\uffff]+[)）]", o)[0], re.findall(r"[\u3000-\uffff]+", o)[0]
                    pdf.set_font("DV", "I", 8.5); pdf.cell(pdf.get_string_width(a) + 1, 4.5, a)
                    pdf.set_font("CJK", "", 8.5); pdf.cell(0, 4.5, b, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("DV", "I", 8.5); pdf.multi_cell(0, 4.5, o, new_x="LMARGIN", new_y="NEXT")
                for b in bl:
                    pdf.set_x(x); pdf.set_font("DV", "", 8); pdf.multi_cell(0, 4, "• " + b, new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "t":
                pdf.set_font("DV", "", 8.5); pdf.multi_cell(0, 4.5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "kv":
                pdf.set_font("DV", "B", 8.5); pdf.cell(35, 4.5, it[1])
                pdf.set_font("DV", "", 8.5); pdf.cell(0, 4.5, it[2], new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "p":
                pn += 1
                pdf.set_font("DV", "", 7.8); pdf.multi_cell(0, 3.8, "%d. %s" % (pn, it[1]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(path)


# ------------------------------------------------------------------ soffice
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + TMP + "/lo",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ scans
from PIL import Image, ImageFilter, ImageEnhance
import numpy as np


def degrade(img, rng, angle, noise=10, blur=0.6, contrast=0.85, bright=1.0):
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    # uneven illumination + paper tint + noise
    yy, xx = np.mgrid[0:h, 0:w]
    a = a * (1 - 0.08 * (xx / w)) + rng.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(bright)
    return img


def photo(img, rng):
    """Phone photo of a printed page: page on a darker desk, slight keystone, vignette."""
    w, h = img.size
    bg = Image.new("L", (int(w * 1.08), int(h * 1.06)), 95)
    bg.paste(img, (int(w * 0.04), int(h * 0.03)))
    W, H = bg.size
    dx = 0.018 * W
    # keystone: top edge a little narrower than the bottom
    coeffs = _persp([(dx, 0), (W - dx, 0), (W, H), (0, H)], [(0, 0), (W, 0), (W, H), (0, H)])
    bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=80)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    r = np.sqrt(((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2)
    a = a * (1 - 0.35 * r ** 2) + rng.normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))


def _persp(pa, pb):
    m = []
    for (x, y), (u, v) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float); B = np.array(pb, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def raster(pdfpath, dpi):
    base = os.path.join(TMP, os.path.basename(pdfpath) + "_r")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdfpath, base], check=True)
    return sorted(f for f in (os.path.join(TMP, x) for x in os.listdir(TMP)) if f.startswith(base))


def make_scan(p, path):
    rng = np.random.default_rng(int(p["n"]))
    src = os.path.join(TMP, "scan_src_%s.pdf" % p["n"])
    if p["n"] == "017":
        rl_cv(p, src, font="Serif", size=11, page=letter, latex=False, pagebreak_after=3, extra_space=4)
    else:
        rl_cv(p, src, font="Sans", size=10, page=A4, latex=False)
    if p["ext"] == "pdf":
        dpi = 300 if p["n"] == "017" else 240
        pages = raster(src, dpi)
        imgs = [degrade(Image.open(x), rng, a, noise=9, blur=0.7) for x, a in zip(pages, [0.8, -1.3, 0.6])]
        imgs = [im.convert("RGB") for im in imgs]
        imgs[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:])
    else:
        pages = raster(src, 250 if p["ext"] == "png" else 200)
        im = Image.open(pages[0])
        if p["n"] == "021":
            im = degrade(im, rng, -1.6, noise=12, blur=1.0, contrast=0.5, bright=1.15)
        elif p["n"] == "019":
            im = degrade(im, rng, 1.9, noise=14, blur=0.9, contrast=0.8)
        else:
            im = photo(degrade(im, rng, -0.7, noise=8, blur=0.5), rng)
        if p["ext"] == "jpg":
            im.save(path, "JPEG", quality=70, dpi=(200, 200))
        else:
            im.save(path, "PNG", dpi=(250, 250))


# ------------------------------------------------------------------ damaged
def make_damaged():
    out = []
    # truncated: build a real CV then cut it at 45%
    src = os.path.join(TMP, "trunc_src.pdf")
    fake = dict(n="022", name="Bogdan Petrenko", native="Богдан Петренко", degrees="MD",
                contacts=["b.petrenko@ukr.net", "+380 67 555 1122", "Kharkiv, Ukraine"],
                sections=[("Education", [("e", "2010 – 2016", "MD", "Kharkiv National Medical University", [])])])
    rl_cv(fake, src)
    b = open(src, "rb").read()
    open(os.path.join(OUT, "w37_022_damaged_truncated_pdf.pdf"), "wb").write(b[:int(len(b) * 0.45)])
    # encrypted with user password
    from pypdf import PdfReader, PdfWriter
    src2 = os.path.join(TMP, "enc_src.pdf")
    fake["name"] = "Gulnara Abdullayeva"; fake["native"] = "Гульнара Абдуллаева"
    rl_cv(fake, src2)
    w = PdfWriter()
    for pg in PdfReader(src2).pages:
        w.add_page(pg)
    w.encrypt(user_password="Baku2026!", owner_password="owner-w37", algorithm="AES-128")
    with open(os.path.join(OUT, "w37_023_damaged_encrypted_pdf.pdf"), "wb") as f:
        w.write(f)
    # random bytes with a .docx name
    rnd = random.Random(24)
    open(os.path.join(OUT, "w37_024_damaged_random_docx.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23417)))


# ------------------------------------------------------------------ main
def build(p):
    path = os.path.join(OUT, fname(p))
    lay = p["layout"]
    if p.get("scan"):
        make_scan(p, path)
    elif lay == "latex_academic":
        rl_cv(p, path, font="Serif", size=10, latex=True)
    elif lay == "reportlab_research_cv":
        rl_cv(p, path, font="Serif", size=10.5, page=letter, latex=True, extra_space=2)
    elif lay == "docx_header_footer":
        make_docx(p, path, "header_footer")
    elif lay == "docx_table":
        make_docx(p, path, "table")
    elif lay == "docx_footer_only":
        make_docx(p, path, "footer_only")
    elif lay == "docx_plain":
        make_docx(p, path, "plain")
    elif lay == "soffice_pdf_from_docx":
        src = os.path.join(TMP, "w37_008_src.docx"); make_docx(p, src, "turkish")
        soffice(src, "pdf", TMP); shutil.move(os.path.join(TMP, "w37_008_src.pdf"), path)
    elif lay == "soffice_rtf":
        src = os.path.join(TMP, "w37_010_src.docx"); make_docx(p, src, "uzbek")
        soffice(src, "rtf", TMP); shutil.move(os.path.join(TMP, "w37_010_src.rtf"), path)
    elif lay == "soffice_pdf_from_odt":
        src = os.path.join(TMP, "w37_014_src.odt"); make_odt(p, src, two_col=False)
        soffice(src, "pdf", TMP); shutil.move(os.path.join(TMP, "w37_014_src.pdf"), path)
    elif lay == "odt_two_column":
        make_odt(p, path, two_col=True)
    elif lay == "txt_email_paste":
        make_txt_email(p, path)
    elif lay == "txt_europass":
        make_txt_europass(p, path)
    elif lay == "rtf_classic":
        make_rtf(p, path)
    elif lay == "chromium_sidebar":
        make_chromium_sidebar(p, path)
    elif lay == "chromium_academic":
        make_chromium_academic(p, path)
    elif lay == "fpdf_compact":
        make_fpdf(p, path)
    else:
        raise SystemExit("unknown layout " + lay)
    print("built", fname(p))


def usce_months(entries, clinical=False):
    months = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            months.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(months)


if __name__ == "__main__":
    only = sys.argv[2:] if len(sys.argv) > 2 else None
    truth = []
    for p in data.P:
        if only and p["n"] not in only:
            continue
        build(p)
        t = {"file": fname(p), "layout": p["layout"]}
        t.update(p["truth"])
        t["usce_months"] = usce_months(t["usce_entries"])
        t["usce_months_clinical"] = usce_months(t["usce_entries"], True)
        ue = t.pop("usce_entries"); t["usce_entries"] = ue
        if p.get("scan"):
            t["needs_ocr"] = True
        truth.append(t)
    if not only:
        make_damaged()
        for n, lay, ext in data.DAMAGED:
            truth.append({"file": "w37_%s_%s.%s" % (n, lay, ext), "layout": lay, "error": True})
        with open(os.path.join(os.path.dirname(os.path.abspath(OUT)), "truth.jsonl"), "w", encoding="utf-8") as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
