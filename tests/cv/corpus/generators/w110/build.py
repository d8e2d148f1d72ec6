# -*- coding: utf-8 -*-
"""Render the w110 CVs through real toolchains and write truth.jsonl."""
import html
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, os.path.dirname(__file__))
from people import CVS, DAMAGED, MONTHS  # noqa: E402

W = "w110"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w110_build_")
random.seed(110)
np.random.seed(110)


def fname(c):
    return f"{W}_{c['id']}_{c['layout']}.{c['ext']}"


def item_text(it):
    """Flatten one item to lines of plain text."""
    if isinstance(it, str):
        return [it]
    lines = [f"{it['d']}  {it['t']}", f"    {it['s']}"]
    lines += [f"    - {b}" for b in it.get("b", [])]
    return lines


# ------------------------------------------------------------------ tools
def soffice(src, fmt, outdir):
    prof = os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_text, out_pdf):
    p = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chr", f"--print-to-pdf={out_pdf}", "file://" + p],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ HTML layouts
BASE_CSS = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; }
h2 { font-size: 12pt; border-bottom: 1px solid #888; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .5px; }
.it { margin: 3px 0 5px; } .d { float: right; color: #444; font-size: 9.5pt; } .t { font-weight: bold; }
.s { font-style: italic; } ul { margin: 2px 0 2px 18px; padding: 0; } p { margin: 2px 0; }
.rtl { direction: rtl; text-align: right; font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; }
"""


def html_sections(c, skip=()):
    out = []
    for h, items in c["sections"]:
        if h in skip:
            continue
        out.append(f"<h2>{html.escape(h)}</h2>")
        for it in items:
            if isinstance(it, str):
                out.append(f"<p>{html.escape(it)}</p>")
            else:
                bl = "".join(f"<li>{html.escape(b)}</li>" for b in it.get("b", []))
                out.append(f"<div class='it'><span class='d'>{html.escape(it['d'])}</span><span class='t'>{html.escape(it['t'])}</span><br>"
                           f"<span class='s'>{html.escape(it['s'])}</span>{'<ul>' + bl + '</ul>' if bl else ''}</div>")
    return "\n".join(out)


def html_rtl_persian(c):
    nb = "".join(f"<div>{html.escape(x)}</div>" for x in c["native_block"])
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>{BASE_CSS}
.hdr {{ display: flex; justify-content: space-between; border-bottom: 3px double #355; padding-bottom: 6px; }}
.hdr .l h1 {{ margin: 0; font-size: 22pt; }} .hdr .r {{ font-size: 11pt; }} .hdr .r h1 {{ margin: 0; font-size: 20pt; }}
.c {{ font-size: 9.5pt; color: #333; }}
</style></head><body>
<div class="hdr"><div class="l"><h1>{html.escape(c['name'])}</h1><div>{html.escape(c['headline'])}</div>
<div class="c">{' &nbsp;|&nbsp; '.join(html.escape(x) for x in c['contact'])}</div></div>
<div class="r rtl" dir="rtl" lang="fa"><h1>{html.escape(c['native'])}</h1>{nb}</div></div>
{html_sections(c)}
</body></html>"""


def html_sidebar(c):
    side = "".join(f"<h3>{html.escape(h)}</h3>" + "".join(f"<p>{html.escape(x)}</p>" for x in xs) for h, xs in c["sidebar"])
    contact = "".join(f"<p>{html.escape(x)}</p>" for x in c["contact"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}
@page {{ margin: 0; }} body {{ margin: 0; }}
.wrap {{ display: grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }}
.side {{ background: #1f4e5f; color: #fff; padding: 14mm 6mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.side h3 {{ font-size: 10pt; text-transform: uppercase; border-bottom: 1px solid #9cc; margin: 14px 0 4px; }}
.side p {{ font-size: 9pt; }} .main {{ padding: 14mm 10mm; }} h1 {{ margin: 0; font-size: 24pt; color: #1f4e5f; }}
</style></head><body><div class="wrap"><div class="side"><h3>Contact</h3>{contact}{side}</div>
<div class="main"><h1>{html.escape(c['name'])}</h1><div>{html.escape(c['headline'])}</div>{html_sections(c)}</div></div></body></html>"""


def html_arabic_first(c):
    nb = "".join(f"<p>{html.escape(x)}</p>" for x in c["native_block"])
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ direction: rtl; }} .en {{ direction: ltr; text-align: left; }} .ar h1 {{ font-size: 24pt; margin: 0; }}
.ar {{ border-bottom: 2px solid #700; padding-bottom: 6px; margin-bottom: 8px; }}
</style></head><body>
<div class="ar rtl"><h1>{html.escape(c['native'])}</h1>{nb}<p>الهاتف: <span dir="ltr">{html.escape(c['contact'][0].split(': ')[1])}</span></p></div>
<div class="en" dir="ltr"><h1 style="margin:0;font-size:18pt">{html.escape(c['name'])}</h1><div>{html.escape(c['headline'])}</div>
<p>{' · '.join(html.escape(x) for x in c['contact'])}</p>{html_sections(c)}</div></body></html>"""


def html_scan(c, band=False, pagebreak_after=None):
    nat = f"<div class='rtl' dir='rtl' style='font-size:16pt'>{html.escape(c['native'])}</div>" if c.get("native") and c["native"] != c["name"] else ""
    if band:
        head = f"""<div style="background:#0b6e4f;color:#fff;padding:10mm 12mm;margin:-14mm -15mm 6mm;-webkit-print-color-adjust:exact;print-color-adjust:exact">
<div style="font-size:26pt;font-weight:bold">{html.escape(c['name'])}</div>{nat.replace("class='rtl'", "class='rtl' style='color:#e8f5e9'")}
<div>{html.escape(c['headline'])}</div><div style="font-size:10pt">{' | '.join(html.escape(x) for x in c['contact'])}</div></div>"""
    else:
        head = f"""<div style="text-align:center"><div style="font-size:22pt;font-weight:bold">{html.escape(c['name'])}</div>{nat}
<div>{html.escape(c['headline'])}</div><div style="font-size:10pt">{' · '.join(html.escape(x) for x in c['contact'])}</div></div>"""
    body = html_sections(c)
    if pagebreak_after:
        body = body.replace(f"<h2>{html.escape(pagebreak_after)}</h2>", f"<h2 style='page-break-before:always'>{html.escape(pagebreak_after)}</h2>")
    css = BASE_CSS.replace("font-size: 10.5pt", "font-size: 12pt")
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}{body}</body></html>"


# ------------------------------------------------------------------ python-docx helpers
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt, RGBColor, Mm  # noqa: E402


def set_rtl(par):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in par.runs:
        rpr = r._r.get_or_add_rPr()
        rpr.append(parse_xml(f"<w:rtl {nsdecls('w')}/>"))
        r.font.name = "Noto Naskh Arabic"
        rpr.rFonts.set(qn("w:cs"), "Noto Naskh Arabic")


def shade(cell, hexcol):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def docx_heading(doc_or_cell, text, color="1F3864"):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    return p


def docx_items(container, items, table_dates=False):
    for it in items:
        if isinstance(it, str):
            container.add_paragraph(it, style="List Bullet" if hasattr(container, "styles") else None)
            continue
        if table_dates and hasattr(container, "add_table"):
            t = container.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.columns[0].width = Mm(38)
            a, b = t.rows[0].cells
            a.width = Mm(38)
            b.width = Mm(130)
            a.text = it["d"]
            b.paragraphs[0].add_run(it["t"]).bold = True
            b.add_paragraph(it["s"]).runs[0].italic = True
            for bb in it.get("b", []):
                b.add_paragraph("• " + bb)
        else:
            p = container.add_paragraph()
            p.add_run(it["t"]).bold = True
            p.add_run("\t" + it["d"])
            p.paragraph_format.tab_stops.add_tab_stop(Mm(175), alignment=2)
            p.paragraph_format.space_after = Pt(0)
            q = container.add_paragraph()
            q.add_run(it["s"]).italic = True
            q.paragraph_format.space_after = Pt(0)
            for bb in it.get("b", []):
                container.add_paragraph("– " + bb)


def narrow(doc, m=16):
    for s in doc.sections:
        s.left_margin = s.right_margin = Mm(m)
        s.top_margin = s.bottom_margin = Mm(14)


def build_docx_bilingual(c, path):
    doc = Document()
    narrow(doc)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    l, r = t.rows[0].cells
    l.width, r.width = Mm(105), Mm(73)
    t.columns[0].width, t.columns[1].width = Mm(105), Mm(73)
    p = l.paragraphs[0]
    run = p.add_run(c["name"])
    run.bold = True
    run.font.size = Pt(18)
    l.add_paragraph(c["headline"]).runs[0].font.size = Pt(9)
    p = r.paragraphs[0]
    run = p.add_run(c["native"])
    run.bold = True
    run.font.size = Pt(18)
    set_rtl(p)
    p2 = r.add_paragraph()
    p2.add_run("بكالوريوس الطب والجراحة — كلية الطب، جامعة القاهرة (قصر العيني)")
    set_rtl(p2)
    p3 = r.add_paragraph()
    p3.add_run("الزمالة المصرية في الباطنة — الجزء الأول")
    set_rtl(p3)
    cp = doc.add_paragraph(" | ".join(c["contact"]))
    cp.runs[0].font.size = Pt(9)
    for h, items in c["sections"]:
        docx_heading(doc, h, "7B2C2C")
        docx_items(doc, items)
    doc.save(path)


def build_docx_tables(c, path):
    doc = Document()
    narrow(doc)
    h = doc.add_paragraph()
    r = h.add_run(c["name"])
    r.bold = True
    r.font.size = Pt(20)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run(c["native"])
    set_rtl(p)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(c["headline"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    # contact table
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    for line in c["contact"]:
        k, v = line.split(": ", 1)
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    for hd, items in c["sections"]:
        docx_heading(doc, hd)
        if hd == "US Clinical Experience":
            tt = doc.add_table(rows=1, cols=3)
            tt.style = "Table Grid"
            for cell, txt in zip(tt.rows[0].cells, ["Dates", "Rotation", "Institution / Location"]):
                cell.text = txt
                shade(cell, "D9E2F3")
            for it in items:
                row = tt.add_row().cells
                row[0].text, row[1].text, row[2].text = it["d"], it["t"], it["s"]
        else:
            docx_items(doc, items, table_dates=True)
    doc.save(path)


TEXTBOX_XML = """<w:r {ns} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>
<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:330pt;margin-top:0pt;width:185pt;height:118pt;z-index:1;mso-position-horizontal-relative:margin" fillcolor="#eef3f8" strokecolor="#5b7fa6">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def build_docx_textbox(c, path):
    doc = Document()
    narrow(doc)
    p = doc.add_paragraph()
    paras = "".join(f"<w:p><w:r><w:rPr><w:sz w:val='17'/></w:rPr><w:t xml:space='preserve'>{html.escape(x)}</w:t></w:r></w:p>" for x in c["contact"])
    p._p.append(parse_xml(TEXTBOX_XML.format(ns=nsdecls("w"), paras=paras)))
    r = p.add_run(c["name"])
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Curriculum Vitae / Özgeçmiş").runs[0].italic = True
    doc.add_paragraph(c["headline"])
    doc.add_paragraph()
    doc.add_paragraph()
    for h, items in c["sections"]:
        docx_heading(doc, h, "8B0000")
        docx_items(doc, items)
    doc.save(path)


def build_docx_twocol(c, path):
    doc = Document()
    narrow(doc, 12)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9.5)
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    side, main = t.rows[0].cells
    side.width, main.width = Mm(58), Mm(128)
    shade(side, "2E3B4E")
    def sp(text, bold=False, size=9, color="FFFFFF"):
        para = side.add_paragraph()
        rr = para.add_run(text)
        rr.bold = bold
        rr.font.size = Pt(size)
        rr.font.color.rgb = RGBColor.from_string(color)
        return para
    side.paragraphs[0].add_run(" ")
    pn = sp(c["native"], True, 14)
    set_rtl(pn)
    sp("CONTACT", True, 10, "F2C14E")
    for x in c["contact"]:
        sp(x)
    for h, xs in c["sidebar"]:
        sp(h.upper(), True, 10, "F2C14E")
        for x in xs:
            sp(x)
    p = main.paragraphs[0]
    rr = p.add_run(c["name"])
    rr.bold = True
    rr.font.size = Pt(22)
    rr.font.color.rgb = RGBColor.from_string("2E3B4E")
    main.add_paragraph(c["headline"]).runs[0].italic = True
    for h, items in c["sections"]:
        docx_heading(main, h, "2E3B4E")
        docx_items(main, items)
    doc.save(path)


def build_docx_headerfooter(c, path, keep_header_table=False):
    doc = Document()
    narrow(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = c["header_line"]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = c["footer_line"]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if c.get("native"):
        p = doc.add_paragraph()
        p.add_run(c["native"]).font.size = Pt(16)
        set_rtl(p)
    p = doc.add_paragraph()
    p.add_run("CURRICULUM VITAE").bold = True
    doc.add_paragraph(c["headline"])
    for h, items in c["sections"]:
        docx_heading(doc, h)
        docx_items(doc, items)
    doc.save(path)


# ------------------------------------------------------------------ RTF / ODT / TXT
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def build_rtf(c, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}{\f2\fnil\fcharset178 Noto Naskh Arabic;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1000\margb1000",
         r"\pard\qc\f1\fs36\b " + rtf_escape(c["name"]) + r"\b0\par",
         r"\pard\qr\rtlpar\f2\fs30\rtlch " + rtf_escape(c["native"]) + r"\ltrch\par",
         r"\pard\qc\f1\fs20 " + rtf_escape(c["headline"]) + r"\par",
         r"\pard\qc\fs18 " + rtf_escape("  \u2022  ".join(c["contact"])) + r"\par"]
    for h, items in c["sections"]:
        L.append(r"\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs22\b " + rtf_escape(h) + r"\b0\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\pard\li200\f0\fs20 " + rtf_escape(it) + r"\par")
            else:
                L.append(r"\pard\tqr\tx9600\f0\fs20\b " + rtf_escape(it["t"]) + r"\b0\tab " + rtf_escape(it["d"]) + r"\par")
                L.append(r"\pard\li200\i " + rtf_escape(it["s"]) + r"\i0\par")
                for b in it.get("b", []):
                    L.append(r"\pard\li400 - " + rtf_escape(b) + r"\par")
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(L))


def build_odt(c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    big.addElement(ParagraphProperties(textalign="center"))
    rtl = Style(name="RTL", family="paragraph")
    rtl.addElement(ParagraphProperties(writingmode="rl-tb", textalign="end"))
    rtl.addElement(TextProperties(fontsize="15pt", fontnamecomplex="Noto Naskh Arabic", fontsizecomplex="15pt"))
    hs = Style(name="Head", family="paragraph")
    hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1a5276"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1a5276"))
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    it_s = Style(name="I", family="text")
    it_s.addElement(TextProperties(fontstyle="italic"))
    for s in (big, rtl, hs):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(it_s)
    doc.text.addElement(P(stylename=big, text=c["name"]))
    doc.text.addElement(P(stylename=rtl, text=c["native"]))
    doc.text.addElement(P(text=c["headline"]))
    for x in c["contact"]:
        doc.text.addElement(P(text=x))
    for h, items in c["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=h))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(text=it))
            else:
                p = P()
                p.addElement(Span(stylename=bold, text=it["d"] + "   " + it["t"]))
                doc.text.addElement(p)
                p = P()
                p.addElement(Span(stylename=it_s, text=it["s"]))
                doc.text.addElement(p)
                for b in it.get("b", []):
                    doc.text.addElement(P(text="• " + b))
    doc.save(path)


def build_txt(c, path):
    L = [c["name"].upper(), c["native"], c["headline"], "", *c["contact"], ""]
    for h, items in c["sections"]:
        L += [h, "-" * len(h)]
        for it in items:
            L += item_text(it)
        L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\r\n".join(L))  # written on Windows Notepad


# ------------------------------------------------------------------ fpdf2 / reportlab
def build_fpdf(c, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.add_font("Noto", "", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
    pdf.add_font("Noto", "B", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")
    pdf.add_font("Naskh", "", "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")
    pdf.set_fill_color(0, 84, 61)
    pdf.rect(0, 0, 210, 36, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Noto", "B", 20)
    pdf.set_xy(16, 8)
    pdf.cell(100, 10, c["name"])
    pdf.set_font("Naskh", "", 18)
    pdf.set_text_shaping(True)
    pdf.set_xy(110, 8)
    pdf.cell(84, 10, c["native"], align="R")
    pdf.set_xy(110, 20)
    pdf.set_font("Naskh", "", 11)
    pdf.cell(84, 8, "بكالوريوس الطب والجراحة — جامعة الملك سعود ١٤٤٢هـ", align="R")
    pdf.set_text_shaping(False)
    pdf.set_font("Noto", "", 9)
    pdf.set_xy(16, 20)
    pdf.multi_cell(95, 4.5, c["headline"])
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(16, 40)
    pdf.multi_cell(0, 5, "   |   ".join(c["contact"]))
    for h, items in c["sections"]:
        pdf.ln(2)
        pdf.set_font("Noto", "B", 11)
        pdf.set_text_color(0, 84, 61)
        pdf.cell(0, 7, h.upper(), new_x="LMARGIN", new_y="NEXT", border="B")
        pdf.set_text_color(30, 30, 30)
        for it in items:
            if isinstance(it, str):
                pdf.set_font("Noto", "", 9.5)
                pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Noto", "B", 9.5)
                pdf.cell(120, 5, it["t"])
                pdf.set_font("Noto", "", 9)
                pdf.cell(0, 5, it["d"], align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.multi_cell(0, 5, it["s"], new_x="LMARGIN", new_y="NEXT")
                for b in it.get("b", []):
                    pdf.multi_cell(0, 5, "   – " + b, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def build_reportlab(c, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DejaVu", fontSize=9.5, leading=12.5)
    hd = ParagraphStyle("h", parent=n, fontName="DejaVu-B", fontSize=11.5, textColor=colors.HexColor("#5b2c6f"), spaceBefore=8, spaceAfter=3)
    story = [Paragraph(f"<font name='DejaVu-B' size='20'>{html.escape(c['name'])}</font>", n), Spacer(1, 10),
             Paragraph(html.escape(c["headline"]), n), Spacer(1, 4)]
    ct = Table([[html.escape(x) for x in c["contact"][:2]], [html.escape(x) for x in c["contact"][2:4]]], colWidths=[85 * 2.83, 85 * 2.83])
    ct.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 9), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(ct)
    for h, items in c["sections"]:
        story.append(Paragraph(html.escape(h), hd))
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph("• " + html.escape(it), n))
            else:
                story.append(Paragraph(f"<b>{html.escape(it['t'])}</b> — {html.escape(it['d'])}", n))
                story.append(Paragraph(f"<i>{html.escape(it['s'])}</i>", n))
                for b in it.get("b", []):
                    story.append(Paragraph("&nbsp;&nbsp;– " + html.escape(b), n))
    SimpleDocTemplate(path, pagesize=A4, title="CV", author=c["name"]).build(story)


# ------------------------------------------------------------------ scans
def rasterize(pdf, dpi):
    base = os.path.join(TMP, os.path.basename(pdf))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, base], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(pdf)) and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("RGB") for f in pages]


def noise(img, sigma):
    a = np.asarray(img).astype(np.float32)
    a += np.random.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def perspective_coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(img):
    w, h = img.size
    W2, H2 = int(w * 1.18), int(h * 1.12)
    bg = Image.new("RGB", (W2, H2), (92, 78, 60))  # wooden desk
    bg = noise(bg, 12).filter(ImageFilter.GaussianBlur(2))
    bg.paste(img, ((W2 - w) // 2, (H2 - h) // 2))
    ox, oy = (W2 - w) // 2, (H2 - h) // 2
    src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
    dst = [(ox + 60, oy + 40), (ox + w - 25, oy + 70), (ox + w + 10, oy + h - 20), (ox - 30, oy + h - 55)]
    out = bg.transform((W2, H2), Image.PERSPECTIVE, perspective_coeffs(src, dst), Image.BICUBIC, fillcolor=(92, 78, 60))
    # uneven lighting + warm tint
    yy, xx = np.mgrid[0:H2, 0:W2]
    light = 0.78 + 0.27 * (1 - ((xx - W2 * 0.35) ** 2 + (yy - H2 * 0.3) ** 2) / (W2 ** 2 + H2 ** 2)) 
    a = np.asarray(out).astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return noise(out, 6)


def fax(img):
    g = img.convert("L")
    a = np.asarray(g).astype(np.float32)
    a = 110 + a * 0.55  # low contrast, greyish paper
    a += np.random.normal(0, 22, a.shape)
    bw = (a > 160).astype(np.uint8) * 255
    # streaks
    for y in random.sample(range(bw.shape[0]), 6):
        bw[y:y + 2, :] = 0 if random.random() < 0.3 else 255
    return Image.fromarray(bw).convert("1")


def build_scan(c, path):
    tmp_pdf = os.path.join(TMP, f"scan_{c['id']}.pdf")
    lay = c["layout"]
    chromium_pdf(html_scan(c, band=(lay == "scan_colour_band"), pagebreak_after=("Publications" if lay == "scan_jpeg_2page" else None)), tmp_pdf)
    if lay == "scan_phone_photo":
        img = rasterize(tmp_pdf, 150)[0]
        phone_photo(img).save(path, "JPEG", quality=72)
    elif lay == "scan_fax_1bit":
        img = rasterize(tmp_pdf, 150)[0].rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor="white")
        fax(img).save(path, "PDF", resolution=150)
    elif lay == "scan_rotated":
        img = rasterize(tmp_pdf, 150)[0].convert("L")
        img = img.rotate(2.6, resample=Image.BICUBIC, expand=True, fillcolor=235)
        img = noise(img.convert("RGB"), 7).convert("L").filter(ImageFilter.GaussianBlur(0.6))
        img.save(path, "PNG")
    elif lay == "scan_colour_band":
        img = rasterize(tmp_pdf, 150)[0].rotate(0.7, resample=Image.BICUBIC, fillcolor=(245, 245, 240))
        img = noise(img.filter(ImageFilter.GaussianBlur(0.8)), 8)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55)
        Image.open(buf).save(path, "PDF", resolution=150)
    elif lay == "scan_jpeg_2page":
        pages = []
        for i, img in enumerate(rasterize(tmp_pdf, 140)):
            img = img.rotate(-1.2 if i == 0 else 0.6, resample=Image.BICUBIC, fillcolor=(250, 250, 250))
            img = noise(img, 9)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=22)
            pages.append(Image.open(buf).convert("RGB"))
        pages[0].save(path, "PDF", resolution=140, save_all=True, append_images=pages[1:])


# ------------------------------------------------------------------ main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    for c in CVS:
        fn = fname(c)
        path = os.path.join(OUT, fn)
        lay = c["layout"]
        if c.get("scan"):
            build_scan(c, path)
        elif lay == "lo_docx_bilingual":
            d = os.path.join(TMP, f"{W}_{c['id']}_{lay}.docx")
            build_docx_bilingual(c, d)
            soffice(d, "pdf", OUT)
        elif lay == "chromium_rtl_persian":
            chromium_pdf(html_rtl_persian(c), path)
        elif lay == "pydocx_tables":
            build_docx_tables(c, path)
        elif lay == "pydocx_textbox":
            build_docx_textbox(c, path)
        elif lay == "lo_word_twocol":
            d = os.path.join(TMP, f"{W}_{c['id']}_{lay}.docx")
            build_docx_twocol(c, d)
            soffice(d, "pdf", OUT)
        elif lay == "plain_txt":
            build_txt(c, path)
        elif lay == "rtf_plain":
            build_rtf(c, path)
        elif lay == "odfpy_odt":
            build_odt(c, path)
        elif lay == "fpdf2_hijri":
            build_fpdf(c, path)
        elif lay == "reportlab_student":
            build_reportlab(c, path)
        elif lay == "chromium_sidebar":
            chromium_pdf(html_sidebar(c), path)
        elif lay == "lo_docx_headerfooter":
            d = os.path.join(TMP, f"{W}_{c['id']}_{lay}.docx")
            build_docx_headerfooter(c, d)
            soffice(d, "pdf", OUT)
        elif lay == "pydocx_header":
            build_docx_headerfooter(c, path)
        elif lay == "lo_rtf2pdf":
            d = os.path.join(TMP, f"{W}_{c['id']}_{lay}.rtf")
            build_rtf(c, d)
            soffice(d, "pdf", OUT)
        elif lay == "chromium_arabic_first":
            chromium_pdf(html_arabic_first(c), path)
        elif lay == "lo_odt2docx":
            d = os.path.join(TMP, f"{W}_{c['id']}_{lay}.odt")
            build_odt(c, d)
            soffice(d, "docx:MS Word 2007 XML", OUT)
        else:
            raise SystemExit("unknown layout " + lay)
        assert os.path.exists(path), path
        t = {"file": fn, "layout": lay}
        t.update(c["truth"])
        if c.get("scan"):
            t["needs_ocr"] = True
        t["usce_months"], t["usce_months_clinical"] = MONTHS[c["id"]]
        truth.append(t)
    # damaged files
    src = os.path.join(OUT, f"{W}_001_lo_docx_bilingual.pdf")
    for i, lay, ext in DAMAGED:
        fn = f"{W}_{i}_{lay}.{ext}"
        p = os.path.join(OUT, fn)
        if lay == "damaged_truncated_pdf":
            data = open(os.path.join(OUT, f"{W}_014_lo_rtf2pdf.pdf"), "rb").read()
            open(p, "wb").write(data[: len(data) // 3])
        elif lay == "damaged_random_bytes":
            open(p, "wb").write(random.Random(23).randbytes(18432))
        elif lay == "damaged_zero_length":
            open(p, "wb").close()
        truth.append({"file": fn, "layout": lay, "error": True})
    assert os.path.exists(src)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(truth), "files")


if __name__ == "__main__":
    main()
