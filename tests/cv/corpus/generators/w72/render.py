# -*- coding: utf-8 -*-
"""Renderers for w72 CVs. Each takes (person, out_path)."""
import html
import os
import random
import shutil
import subprocess
import tempfile

from data import fname

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def item_lines(it):
    """Flatten an item to list of text lines."""
    if isinstance(it, str):
        return [it]
    when, title, where, bullets = it
    head = f"{when}  {title}" if when else title
    out = [head]
    if where:
        out.append(where)
    out += ["• " + b for b in bullets]
    return out


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_w72_")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.rmtree(prof, ignore_errors=True)


def chromium_pdf(html_text, out):
    tmpd = tempfile.mkdtemp(prefix="chr_w72_")
    src = os.path.join(tmpd, "cv.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={tmpd}/prof", f"--print-to-pdf={out}", "file://" + src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(tmpd, ignore_errors=True)


# ------------------------------------------------------------------ python-docx helpers
def _docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def docx_table(p, out):
    """001: date|content 2-col tables per section."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx()
    c = p["contact"]
    h = d.add_paragraph()
    r = h.add_run(p["name"].upper())
    r.bold = True
    r.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = d.add_paragraph(p["degree"] + "  |  " + c.get("dob", ""))
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = d.add_paragraph(f"{c['address']}\nMobile: {c['phone']}   E-mail: {c['email']}")
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Personal Statement", level=2)
    d.add_paragraph(p["summary"])
    for head, items in p["sections"]:
        d.add_heading(head, level=2)
        dated = [it for it in items if not isinstance(it, str)]
        plain = [it for it in items if isinstance(it, str)]
        if dated:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for when, title, where, bullets in dated:
                row = t.add_row().cells
                row[0].width = Cm(4)
                row[1].width = Cm(13)
                row[0].text = when
                para = row[1].paragraphs[0]
                rr = para.add_run(title)
                rr.bold = True
                if where:
                    row[1].add_paragraph(where).runs[0].italic = True
                for b in bullets:
                    row[1].add_paragraph("– " + b)
        for it in plain:
            d.add_paragraph(it)
    d.save(out)


def docx_simple(p, out, serif=False):
    from docx.shared import Pt
    d = _docx()
    if serif:
        d.styles["Normal"].font.name = "Liberation Serif"
    c = p["contact"]
    t = d.add_paragraph()
    r = t.add_run(p["name"])
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph(p["degree"])
    d.add_paragraph(f"{c['address']} • {c['phone']} • {c['email']}")
    d.add_paragraph(p["summary"]).runs[0].italic = True
    for head, items in p["sections"]:
        d.add_heading(head.upper(), level=1)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it, style="List Bullet")
            else:
                when, title, where, bullets = it
                para = d.add_paragraph()
                para.add_run(title).bold = True
                para.add_run("\t" + when)
                if where:
                    d.add_paragraph(where)
                for b in bullets:
                    d.add_paragraph(b, style="List Bullet")
    d.save(out)


def lo_docx_pdf(p, out):
    tmpd = tempfile.mkdtemp(prefix="w72d_")
    src = os.path.join(tmpd, os.path.basename(out).replace(".pdf", ".docx"))
    docx_simple(p, src)
    soffice(src, "pdf", tmpd)
    shutil.move(src.replace(".docx", ".pdf"), out)
    shutil.rmtree(tmpd, ignore_errors=True)


def lo_docx_rtf(p, out):
    tmpd = tempfile.mkdtemp(prefix="w72r_")
    src = os.path.join(tmpd, os.path.basename(out).replace(".rtf", ".docx"))
    docx_simple(p, src, serif=True)
    soffice(src, "rtf", tmpd)
    shutil.move(src.replace(".docx", ".rtf"), out)
    shutil.rmtree(tmpd, ignore_errors=True)


def docx_header_footer(p, out):
    """010: name in header; email + phone ONLY in footer."""
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx()
    c = p["contact"]
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{p['name']}, {p['degree']} — Curriculum Vitae"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = f"{c['address']}  |  Cell: {c['phone']}  |  {c['email']}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    r = t.add_run("CURRICULUM VITAE")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(p["summary"])
    for head, items in p["sections"]:
        d.add_heading(head, level=2)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it)
            else:
                when, title, where, bullets = it
                para = d.add_paragraph()
                para.add_run(when + " — ").italic = True
                para.add_run(title).bold = True
                if where:
                    para.add_run(", " + where)
                for b in bullets:
                    d.add_paragraph(b, style="List Bullet")
    d.save(out)


TEXTBOX_XML = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>4023360</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="1920240" cy="1463040"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="7" name="ContactBox"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1920240" cy="1463040"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF2F8"/></a:solidFill>
<a:ln w="6350"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" xmlns:o="urn:schemas-microsoft-com:office:office"
 style="position:absolute;margin-left:316.8pt;margin-top:0;width:151.2pt;height:115.2pt;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin"
 fillcolor="#eaf2f8" strokecolor="#1f4e79" strokeweight=".5pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''


def docx_textbox(p, out):
    """011: contacts only inside a floating text box."""
    from docx.shared import Pt
    from docx.oxml import parse_xml
    d = _docx()
    c = p["contact"]
    lines = ["Contact", c["address"], "Tel: " + c["phone"], c["email"]]
    paras = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{html.escape(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    first = d.add_paragraph()
    first._p.append(parse_xml(TEXTBOX_XML.replace("{paras}", paras)))
    r = first.add_run(p["name"])
    r.bold = True
    r.font.size = Pt(22)
    d.add_paragraph(p["degree"] + " · Medical Officer · Cape Town")
    d.add_paragraph(p["summary"])
    d.add_paragraph()
    for head, items in p["sections"]:
        d.add_heading(head, level=2)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it)
            else:
                when, title, where, bullets = it
                para = d.add_paragraph()
                para.add_run(title).bold = True
                para.add_run(f" ({when})")
                if where:
                    para.add_run("\n" + where)
    d.save(out)


# ------------------------------------------------------------------ HTML / Chromium
CSS_BASE = """
@page { size: A4; margin: 0; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; margin: 0; color: #222; }
h1 { margin: 0 0 2px 0; } h2 { font-size: 11pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin: 12px 0 5px 0; }
.item { margin-bottom: 6px; } .when { color: #555; font-size: 8.5pt; } .title { font-weight: bold; } .where { font-style: italic; }
ul { margin: 2px 0 2px 16px; padding: 0; }
"""


def html_items(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<div class='item'>{html.escape(it)}</div>")
        else:
            when, title, where, bullets = it
            b = "".join(f"<li>{html.escape(x)}</li>" for x in bullets)
            out.append(f"<div class='item'><span class='when'>{html.escape(when)}</span><br><span class='title'>{html.escape(title)}</span>"
                       + (f"<br><span class='where'>{html.escape(where)}</span>" if where else "")
                       + (f"<ul>{b}</ul>" if b else "") + "</div>")
    return "\n".join(out)


def chromium_sidebar(p, out):
    c = p["contact"]
    side_heads = {"USMLE", "Languages"}
    side = "".join(f"<h2>{html.escape(h)}</h2>{html_items(it)}" for h, it in p["sections"] if h in side_heads)
    main = "".join(f"<h2>{html.escape(h)}</h2>{html_items(it)}" for h, it in p["sections"] if h not in side_heads)
    doc = f"""<!doctype html><html><head><meta charset='utf-8'><style>{CSS_BASE}
.wrap {{ display: flex; min-height: 297mm; }}
.side {{ width: 62mm; background: #16324f; color: #eef; padding: 14mm 6mm; box-sizing: border-box; }}
.side h2 {{ color: #fff; border-color: #8fb3d9; }} .side .when {{ color: #cde; }}
.main {{ flex: 1; padding: 12mm 10mm; }}
h1 {{ text-transform: uppercase; letter-spacing: 2px; font-size: 20pt; }}
</style></head><body><div class='wrap'><div class='side'>
<h2>Contact</h2><div class='item'>{html.escape(c['phone'])}</div><div class='item'>{html.escape(c['email'])}</div>
<div class='item'>{html.escape(c['address'])}</div><div class='item'>{html.escape(c.get('linkedin',''))}</div>{side}</div>
<div class='main'><h1>{html.escape(p['name'])}</h1><div>{html.escape(p['degree'])}</div><p>{html.escape(p['summary'])}</p>{main}</div></div>
</body></html>"""
    chromium_pdf(doc, out)


def chromium_twocol(p, out):
    c = p["contact"]
    secs = "".join(f"<section><h2>{html.escape(h)}</h2>{html_items(it)}</section>" for h, it in p["sections"])
    doc = f"""<!doctype html><html><head><meta charset='utf-8'><style>{CSS_BASE}
@page {{ margin: 14mm 12mm; }}
header {{ text-align: center; border-bottom: 3px double #1f4e79; padding-bottom: 6px; }}
h1 {{ font-family: 'DejaVu Serif', serif; font-size: 19pt; }}
.cols {{ column-count: 2; column-gap: 9mm; column-rule: 1px solid #ccc; margin-top: 8px; }}
section {{ break-inside: avoid-column; }}
</style></head><body><header><h1>Dr. {html.escape(p['name'])}, MBChB</h1>
<div>{html.escape(c['address'])}</div><div>{html.escape(c['phone'])} &nbsp;&middot;&nbsp; {html.escape(c['email'])}</div></header>
<p>{html.escape(p['summary'])}</p><div class='cols'>{secs}</div></body></html>"""
    chromium_pdf(doc, out)


def chromium_timeline(p, out):
    c = p["contact"]
    parts = []
    for h, items in p["sections"]:
        rows = []
        for it in items:
            if isinstance(it, str):
                rows.append(f"<div class='row'><div class='d'></div><div class='t'>{html.escape(it)}</div></div>")
            else:
                when, title, where, bullets = it
                rows.append(f"<div class='row'><div class='d'>{html.escape(when)}</div><div class='t dot'><b>{html.escape(title)}</b><br>"
                            f"<i>{html.escape(where)}</i></div></div>")
        parts.append(f"<h2>{html.escape(h)}</h2>" + "".join(rows))
    doc = f"""<!doctype html><html><head><meta charset='utf-8'><style>{CSS_BASE}
@page {{ margin: 12mm 14mm; }}
.top {{ display: grid; grid-template-columns: 1fr auto; align-items: end; border-bottom: 4px solid #b8860b; padding-bottom: 6px; }}
h1 {{ font-size: 24pt; font-weight: 300; }} .contact {{ text-align: right; font-size: 8.5pt; }}
.row {{ display: grid; grid-template-columns: 34mm 1fr; }} .d {{ text-align: right; padding-right: 6mm; color: #777; font-size: 8.5pt; }}
.t {{ border-left: 2px solid #b8860b; padding: 0 0 6px 5mm; position: relative; }}
.dot::before {{ content: ''; position: absolute; left: -5px; top: 3px; width: 8px; height: 8px; border-radius: 50%; background: #b8860b; }}
h2 {{ color: #b8860b; border: none; text-transform: uppercase; letter-spacing: 1px; }}
</style></head><body><div class='top'><div><h1>{html.escape(p['name'])}</h1><div>{html.escape(p['degree'])}</div></div>
<div class='contact'>{html.escape(c['address'])}<br>{html.escape(c['phone'])}<br>{html.escape(c['email'])}</div></div>
<p>{html.escape(p['summary'])}</p>{''.join(parts)}</body></html>"""
    chromium_pdf(doc, out)


def lo_html_docx(p, out):
    c = p["contact"]
    body = "".join(f"<h2>{html.escape(h)}</h2>{html_items(it)}" for h, it in p["sections"])
    doc = f"""<!doctype html><html><head><meta charset='utf-8'><title>CV</title></head><body>
<h1>{html.escape(p['name'])}</h1><p><b>{html.escape(p['degree'])}</b></p>
<table border='0'><tr><td>Phone:</td><td>{html.escape(c['phone'])}</td></tr><tr><td>Email:</td><td>{html.escape(c['email'])}</td></tr>
<tr><td>Address:</td><td>{html.escape(c['address'])}</td></tr></table>
<p>{html.escape(p['summary'])}</p>{body}</body></html>"""
    tmpd = tempfile.mkdtemp(prefix="w72h_")
    src = os.path.join(tmpd, os.path.basename(out).replace(".docx", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    soffice(src, 'docx:MS Word 2007 XML', tmpd)
    shutil.move(src.replace(".html", ".docx"), out)
    shutil.rmtree(tmpd, ignore_errors=True)


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("DVS", DEJAVU_SERIF))
        pdfmetrics.registerFont(TTFont("DVSB", DEJAVU_SERIF_B))


def reportlab_flow(p, out, title_extra=""):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.units import mm
    _rl_fonts()
    S = lambda **k: ParagraphStyle("x", fontName=k.pop("f", "DVS"), fontSize=k.pop("s", 10), leading=k.pop("l", 13), **k)
    c = p["contact"]
    story = [Paragraph(html.escape(p["name"]) + title_extra, S(f="DVSB", s=18, l=22)),
             Paragraph(html.escape(p["degree"]), S()),
             Paragraph(html.escape(f"{c['address']}  ·  Phone {c['phone']}  ·  {c['email']}"), S(s=9)),
             Spacer(1, 4 * mm), Paragraph(html.escape(p["summary"]), S(s=9.5))]
    for head, items in p["sections"]:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(html.escape(head), S(f="DVSB", s=12, l=15, textColor="#7a1f1f")))
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph(html.escape(it), S(s=9.5, leftIndent=8)))
            else:
                when, title, where, bullets = it
                story.append(Paragraph(f"<b>{html.escape(title)}</b> — {html.escape(where)} <font color='#666'>[{html.escape(when)}]</font>",
                                       S(s=9.5, leftIndent=8)))
                for b in bullets:
                    story.append(Paragraph("– " + html.escape(b), S(s=9, leftIndent=18)))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="CV", author=p["name"])
    doc.build(story)


def reportlab_table(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    _rl_fonts()
    st = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=9, leading=11.5)
    c = p["contact"]
    head = Table([[Paragraph(f"<font size=17><b>{html.escape(p['name'])}</b></font><br/>{html.escape(p['degree'])}",
                             ParagraphStyle("h", fontName="DV", fontSize=10, leading=20)),
                   Paragraph(html.escape(c["address"]) + "<br/>" + html.escape(c["phone"]) + "<br/>" + html.escape(c["email"]), st)]],
                 colWidths=[110 * mm, 66 * mm])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef4")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#345"))]))
    story = [head, Spacer(1, 4 * mm), Paragraph(html.escape(p["summary"]), st)]
    for h, items in p["sections"]:
        story.append(Spacer(1, 3 * mm))
        rows = [[Paragraph(html.escape(h.upper()), stb), ""]]
        for it in items:
            if isinstance(it, str):
                rows.append(["", Paragraph(html.escape(it), st)])
            else:
                when, title, where, bullets = it
                rows.append([Paragraph(html.escape(when), st), Paragraph(f"<b>{html.escape(title)}</b><br/>{html.escape(where)}", st)])
        t = Table(rows, colWidths=[36 * mm, 140 * mm])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#345")),
                               ("GRID", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbb")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm, bottomMargin=15 * mm)
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def fpdf2_plain(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.add_font("DV", "", DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_B)
    c = p["contact"]
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, p["name"] + ", " + p["degree"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, f"{c['address']}  |  {c['phone']}  |  {c['email']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, p["summary"], new_x="LMARGIN", new_y="NEXT")
    for head, items in p["sections"]:
        pdf.ln(2)
        pdf.set_font("DV", "B", 11)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 6, head, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for it in items:
            if isinstance(it, str):
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            else:
                when, title, where, bullets = it
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(140, 5, title)
                pdf.set_font("DV", "", 9)
                pdf.cell(0, 5, when, align="R", new_x="LMARGIN", new_y="NEXT")
                if where:
                    pdf.multi_cell(0, 5, where, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# ------------------------------------------------------------------ plain text
def plain_text(p, out):
    c = p["contact"]
    L = [p["name"].upper() + ", " + p["degree"], p.get("name_native", ""), "",
         f"Address: {c['address']}", f"Mobile: {c['phone']}", f"Email: {c['email']}", c.get("dob", ""), "",
         "PROFILE", "-------", p["summary"], ""]
    for head, items in p["sections"]:
        L += [head, "=" * len(head)]
        for it in items:
            if isinstance(it, str):
                L.append("  * " + it)
            else:
                when, title, where, bullets = it
                L.append(f"  {when:<22}{title}")
                if where:
                    L.append(" " * 24 + where)
                for b in bullets:
                    L.append(" " * 24 + "- " + b)
        L.append("")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\r\n".join(L) + "\r\n")


# ------------------------------------------------------------------ ODT (odfpy)
def odt_odfpy(p, out, contacts_in_table=True):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#5b2c6f"))
    doc.styles.addElement(big)
    hst = Style(name="Heading 2", family="paragraph")
    hst.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#5b2c6f"))
    hst.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #5b2c6f"))
    doc.styles.addElement(hst)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    c = p["contact"]
    doc.text.addElement(P(stylename=big, text=p["name"]))
    doc.text.addElement(P(text=p["degree"]))
    if contacts_in_table:
        t = Table(name="Contact")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        for k, v in (("Téléphone / Phone", c["phone"]), ("E-mail", c["email"]), ("Adresse", c["address"])):
            tr = TableRow()
            for val in (k, v):
                tc = TableCell()
                tc.addElement(P(text=val))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    else:
        doc.text.addElement(P(text=f"{c['address']} — {c['phone']} — {c['email']}"))
    doc.text.addElement(P(text=p["summary"]))
    for head, items in p["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hst, text=head))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(text=it))
            else:
                when, title, where, bullets = it
                para = P()
                para.addElement(Span(stylename=bold, text=title))
                para.addText(f" — {where} ({when})")
                doc.text.addElement(para)
                for b in bullets:
                    doc.text.addElement(P(text="   • " + b))
    doc.save(out)


def lo_odt_pdf(p, out):
    tmpd = tempfile.mkdtemp(prefix="w72o_")
    src = os.path.join(tmpd, os.path.basename(out).replace(".pdf", ".odt"))
    odt_odfpy(p, src, contacts_in_table=False)
    soffice(src, "pdf", tmpd)
    shutil.move(src.replace(".odt", ".pdf"), out)
    shutil.rmtree(tmpd, ignore_errors=True)


# ------------------------------------------------------------------ RTF by hand
def _rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) < 128:
            o.append(ch)
        else:
            n = ord(ch)
            if n > 32767:
                n -= 65536
            o.append(f"\\u{n}?")
    return "".join(o)


def rtf_hand(p, out):
    c = p["contact"]
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red0\green80\blue40;}",
         r"\paperw11906\paperh16838\margl1200\margr1200\margt1000\margb1000\f1\fs20",
         r"{\pard\qc\b\fs34 " + _rtf_esc(p["name"]) + r"\b0\par}",
         r"{\pard\qc\fs20 " + _rtf_esc(p["degree"]) + r"\par}",
         r"{\pard\qc\fs18 " + _rtf_esc(c["address"]) + r"\line Cell/WhatsApp: " + _rtf_esc(c["phone"]) + r" \emdash  " + _rtf_esc(c["email"]) + r"\par}",
         r"{\pard\sb120\i " + _rtf_esc(p["summary"]) + r"\i0\par}"]
    for head, items in p["sections"]:
        R.append(r"{\pard\sb200\sa60\brdrb\brdrs\brdrw10\cf2\b\fs24 " + _rtf_esc(head.upper()) + r"\b0\cf1\par}")
        for it in items:
            if isinstance(it, str):
                R.append(r"{\pard\li360\fi-200 \bullet  " + _rtf_esc(it) + r"\par}")
            else:
                when, title, where, bullets = it
                R.append(r"{\pard\tx2400\li2400\fi-2400 " + _rtf_esc(when) + r"\tab\b " + _rtf_esc(title) + r"\b0\line " + _rtf_esc(where) + r"\par}")
    R.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(R))


RENDER = {
    "docx_table": docx_table, "lo_docx_pdf": lo_docx_pdf, "chromium_sidebar": chromium_sidebar,
    "chromium_twocol": chromium_twocol, "reportlab_flow": reportlab_flow, "fpdf2_plain": fpdf2_plain,
    "plain_text": plain_text, "odt_odfpy": odt_odfpy, "rtf_hand": rtf_hand, "docx_header_footer": docx_header_footer,
    "docx_textbox": docx_textbox, "lo_odt_pdf": lo_odt_pdf, "chromium_timeline": chromium_timeline,
    "lo_docx_rtf": lo_docx_rtf, "lo_html_docx": lo_html_docx, "reportlab_table": reportlab_table,
}


# ------------------------------------------------------------------ scans
SCAN_PARAMS = {
    "017": dict(angle=1.2, dpi=170, noise=18, blur=0.7, contrast=1.0, pages=1),
    "018": dict(angle=-1.7, dpi=160, noise=10, blur=1.1, contrast=0.85, pages=1, photo=True),
    "019": dict(angle=-0.8, dpi=150, noise=25, blur=0.5, contrast=0.9, pages=1, gray=True),
    "020": dict(angle=1.6, dpi=150, noise=14, blur=0.9, contrast=0.9, pages=2),
    "021": dict(angle=0.6, dpi=160, noise=8, blur=0.8, contrast=0.45, pages=1),
}


def scan(p, out):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    prm = SCAN_PARAMS[p["id"]]
    rng = np.random.default_rng(int(p["id"]))
    tmpd = tempfile.mkdtemp(prefix="w72s_")
    src = os.path.join(tmpd, "clean.pdf")
    if prm["pages"] == 2:
        # pad content so it spills to a second page: big spacing template
        reportlab_flow(dict(p, summary=p["summary"] + " " * 1), src)
        _force_two_pages(p, src)
    else:
        reportlab_flow(p, src)
    subprocess.run(["pdftoppm", "-r", str(prm["dpi"]), "-png", src, os.path.join(tmpd, "pg")], check=True)
    pages = sorted(x for x in os.listdir(tmpd) if x.startswith("pg"))[: prm["pages"]]
    imgs = []
    for i, pg in enumerate(pages):
        im = Image.open(os.path.join(tmpd, pg)).convert("L")
        im = ImageEnhance.Contrast(im).enhance(prm["contrast"])
        if prm["contrast"] < 0.5:
            im = ImageEnhance.Brightness(im).enhance(1.08)
        im = im.rotate(prm["angle"] + 0.3 * i, resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(prm["blur"]))
        a = np.asarray(im).astype(np.int16)
        a = a + rng.normal(0, prm["noise"], a.shape).astype(np.int16)
        if prm.get("photo"):
            h, w = a.shape
            yy, xx = np.mgrid[0:h, 0:w]
            a = a - (35 * ((xx / w) + 0.6 * (yy / h))).astype(np.int16)  # uneven lighting
        # speckles
        m = rng.random(a.shape) < 0.0015
        a[m] = 20
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if prm.get("photo"):
            im = Image.merge("RGB", (im, im.point(lambda v: int(v * 0.97)), im.point(lambda v: int(v * 0.9))))
        imgs.append(im)
    if out.endswith(".pdf"):
        imgs = [x.convert("RGB") for x in imgs]
        imgs[0].save(out, "PDF", resolution=prm["dpi"], save_all=True, append_images=imgs[1:])
    elif out.endswith(".png"):
        imgs[0].save(out, "PNG")
    else:
        imgs[0].save(out, "JPEG", quality=72 if prm.get("photo") else 60)
    shutil.rmtree(tmpd, ignore_errors=True)


def _force_two_pages(p, src):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
    from reportlab.lib.units import mm
    _rl_fonts()
    st = ParagraphStyle("n", fontName="DVS", fontSize=11, leading=15)
    sb = ParagraphStyle("b", fontName="DVSB", fontSize=13, leading=18)
    c = p["contact"]
    story = [Paragraph(html.escape(p["name"]), ParagraphStyle("t", fontName="DVSB", fontSize=20, leading=26)),
             Paragraph(html.escape(p["degree"]), st), Paragraph(html.escape(c["address"]), st),
             Paragraph("Phone: " + html.escape(c["phone"]), st), Paragraph("Email: " + html.escape(c["email"]), st),
             Spacer(1, 5 * mm), Paragraph(html.escape(p["summary"]), st)]
    for i, (head, items) in enumerate(p["sections"]):
        if i == 3:
            story.append(PageBreak())
        story += [Spacer(1, 4 * mm), Paragraph(html.escape(head), sb)]
        for it in items:
            for ln in item_lines(it):
                story.append(Paragraph(html.escape(ln), st))
    SimpleDocTemplate(src, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm).build(story)


# ------------------------------------------------------------------ damaged
DAMAGED_PERSON = dict(
    id="022", name="Olumide Tunde Fashola", degree="MBBS",
    contact=dict(email="olumide.fashola@gmail.com", phone="0817 222 3344", address="Abeokuta, Ogun State, Nigeria"),
    summary="Internal Medicine applicant.",
    sections=[("Education", [("2012 – 2018", "MBBS", "Olabisi Onabanjo University, Ago-Iwoye", [])]),
              ("USMLE", ["Step 1: Pass", "Step 2 CK: 240"])],
)


def damaged(d, out):
    if d["id"] == "022":
        tmp = out + ".tmp"
        reportlab_flow(DAMAGED_PERSON, tmp)
        data = open(tmp, "rb").read()
        os.remove(tmp)
        with open(out, "wb") as f:
            f.write(data[: int(len(data) * 0.45)])
    elif d["id"] == "023":
        from pypdf import PdfReader, PdfWriter
        tmp = out + ".tmp"
        reportlab_flow(dict(DAMAGED_PERSON, name="Esther Wambui Mwangi", contact=dict(
            email="esther.mwangi@gmail.com", phone="0711 222 333", address="Nakuru, Kenya")), tmp)
        w = PdfWriter()
        for pg in PdfReader(tmp).pages:
            w.add_page(pg)
        w.encrypt(user_password="Wambui2025", owner_password="owner-w72", algorithm="RC4-128")
        with open(out, "wb") as f:
            w.write(f)
        os.remove(tmp)
    else:
        rnd = random.Random(24072)
        with open(out, "wb") as f:
            f.write(bytes(rnd.getrandbits(8) for _ in range(8192)))
