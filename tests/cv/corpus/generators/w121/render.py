"""Render the w121 CVs through real toolchains. Usage: python render.py OUTDIR"""
import sys, os, subprocess, shutil, tempfile, html, copy
from data import P

OUT = sys.argv[1] if len(sys.argv) > 1 else "../files"
TMP = tempfile.mkdtemp(prefix="w121_")
W = "w121"

def fname(i, p, ext=None):
    return f"{W}_{i:03d}_{p['layout']}.{ext or p['ext']}"

def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo_profile"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)

# ---------------------------------------------------------------- python-docx helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

def shade(cell, hexcolor):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))

def set_borders(table, val="single", sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    xml = f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>' for e in ["top", "left", "bottom", "right", "insideH", "insideV"]) + '</w:tblBorders>'
    tblPr.append(parse_xml(xml))

def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))

def cell_text(cell, text, bold=False, size=9.5, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    r = par.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return par

def docx_section_table(doc, sec, borders=True, hdr_fill="D9E2F3", title_merge=True, size=9.5, repeat=False):
    ncol = len(sec["cols"])
    t = doc.add_table(rows=0, cols=ncol)
    if borders:
        set_borders(t)
    else:
        set_borders(t, val="nil")
    if title_merge:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[ncol - 1])      # merged title cell across the table
        cell_text(m, sec["title"].upper(), bold=True, size=size + 1.5, color="1F3864")
        shade(m, "B4C6E7")
        if repeat: repeat_header(r)
    if any(sec["cols"]):
        r = t.add_row()
        for c, h in zip(r.cells, sec["cols"]):
            cell_text(c, h, bold=True, size=size); shade(c, hdr_fill)
        if repeat or sec.get("repeat_header"): repeat_header(r)
    for row in sec["rows"]:
        r = t.add_row()
        for c, v in zip(r.cells, row):
            cell_text(c, v, size=size)
    doc.add_paragraph()
    return t

def docx_kv_table(doc, kv, title="Personal Details", size=9.5, borders=True):
    t = doc.add_table(rows=0, cols=2)
    set_borders(t, val="single" if borders else "nil")
    r = t.add_row(); m = r.cells[0].merge(r.cells[1])
    cell_text(m, title.upper(), bold=True, size=size + 1.5, color="1F3864"); shade(m, "B4C6E7")
    for k, v in kv:
        r = t.add_row()
        cell_text(r.cells[0], k, bold=True, size=size); shade(r.cells[0], "F2F2F2")
        cell_text(r.cells[1], v, size=size)
    for row in t.rows:
        row.cells[0].width = Cm(4.2); row.cells[1].width = Cm(12.8)
    doc.add_paragraph()
    return t

def docx_labelvalue(p, path, header_table=True):
    doc = Document()
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2)
    if header_table:
        # header table in the page header: name left, email/phone right
        hdr = s.header
        ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
        cell_text(ht.cell(0, 0), p["header"], bold=True, size=14)
        kv = dict(p["personal"])
        em = next((v for k, v in p["personal"] if "mail" in k.lower()), "")
        ph = next((v for k, v in p["personal"] if k.lower() in ("mobile", "phone", "cell", "tel")), "")
        par = cell_text(ht.cell(0, 1), f"{em}\n{ph}", size=9)
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_paragraph(); rr = t.add_run("CURRICULUM VITAE"); rr.bold = True; rr.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_kv_table(doc, p["personal"])
    for sec in p["sections"]:
        docx_section_table(doc, sec)
    doc.save(path)

def docx_textbox(p, path):
    doc = Document()
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2)
    h = doc.add_paragraph(); r = h.add_run(p["header"]); r.bold = True; r.font.size = Pt(18)
    # floating VML text box holding the contact lines (as Word 2003-style text boxes)
    runs = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{html.escape(l)}</w:t></w:r></w:p>' for l in p["contact_box"])
    pict = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:300pt;margin-top:-40pt;width:180pt;height:60pt;z-index:251659264;mso-position-horizontal-relative:margin" '
        f'fillcolor="#EEF3FA" strokecolor="#4472C4"><v:textbox><w:txbxContent>{runs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    h2 = doc.add_paragraph(); h2._p.append(pict)
    docx_kv_table(doc, p["personal"], title="About me")
    for sec in p["sections"]:
        docx_section_table(doc, sec, hdr_fill="E2EFDA")
    doc.save(path)

def docx_for_pdf(p, path):
    doc = Document()
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.5)
    ft = s.footer.paragraphs[0]; ft.text = f"{p['personal'][0][1]} — CV — page numbers omitted"
    h = doc.add_paragraph(); r = h.add_run(p["header"]); r.bold = True; r.font.size = Pt(15)
    docx_kv_table(doc, p["personal"], size=11)
    for sec in p["sections"]:
        docx_section_table(doc, sec, size=11, repeat=sec.get("repeat_header", False))
    doc.save(path)

def docx_nested(p, path):
    doc = Document()
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(1.8)
    outer = doc.add_table(rows=0, cols=2); set_borders(outer, val="single", sz=8, color="404040")
    r = outer.add_row(); m = r.cells[0].merge(r.cells[1])
    cell_text(m, p["header"], bold=True, size=16); shade(m, "DDEBF7")
    # personal block: label/value pairs in a nested 4-column table
    r = outer.add_row(); cell_text(r.cells[0], "Personal information", bold=True)
    kv = p["personal"]; rows = (len(kv) + 1) // 2
    inner = r.cells[1].add_table(rows=rows, cols=4); set_borders(inner, val="single", sz=2, color="BFBFBF")
    for i, (k, v) in enumerate(kv):
        rr, cc = i % rows, (i // rows) * 2
        cell_text(inner.cell(rr, cc), k, bold=True, size=8.5); cell_text(inner.cell(rr, cc + 1), v, size=8.5)
    for sec in p["sections"]:
        r = outer.add_row(); cell_text(r.cells[0], sec["title"], bold=True); shade(r.cells[0], "F2F2F2")
        inner = r.cells[1].add_table(rows=1, cols=len(sec["cols"])); set_borders(inner, val="single", sz=2, color="BFBFBF")
        for c, h in zip(inner.rows[0].cells, sec["cols"]):
            cell_text(c, h, bold=True, size=8.5)
        for row in sec["rows"]:
            rr = inner.add_row()
            for c, v in zip(rr.cells, row):
                cell_text(c, v, size=8.5)
    for row in outer.rows:
        row.cells[0].width = Cm(3.5); row.cells[-1].width = Cm(14)
    doc.save(path)

# ---------------------------------------------------------------- odfpy
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties, TableProperties
from odf.text import P as OP, H as OH
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

def odt_build(p, path, borders=True):
    doc = OpenDocumentText()
    bd = "0.5pt solid #666666" if borders else "none"
    cs = Style(name="Cell", family="table-cell"); cs.addElement(TableCellProperties(border=bd, padding="0.08cm")); doc.automaticstyles.addElement(cs)
    hs = Style(name="HCell", family="table-cell"); hs.addElement(TableCellProperties(border=bd, padding="0.08cm", backgroundcolor="#E7E6E6")); doc.automaticstyles.addElement(hs)
    ts = Style(name="TitleCell", family="table-cell"); ts.addElement(TableCellProperties(border=bd, padding="0.1cm", backgroundcolor="#2F5496")); doc.automaticstyles.addElement(ts)
    bold = Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold", fontsize="9.5pt")); doc.automaticstyles.addElement(bold)
    white = Style(name="W", family="paragraph"); white.addElement(TextProperties(fontweight="bold", fontsize="11pt", color="#FFFFFF")); doc.automaticstyles.addElement(white)
    norm = Style(name="N", family="paragraph"); norm.addElement(TextProperties(fontsize="9.5pt")); doc.automaticstyles.addElement(norm)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontweight="bold", fontsize="17pt")); big.addElement(ParagraphProperties(textalign="center")); doc.automaticstyles.addElement(big)
    tstyle = Style(name="Tbl", family="table"); tstyle.addElement(TableProperties(width="17cm", align="center")); doc.automaticstyles.addElement(tstyle)
    doc.text.addElement(OP(stylename=big, text=p["header"]))
    def table(title, cols, rows, name):
        n = len(cols)
        t = Table(name=name, stylename=tstyle)
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        tr = TableRow(); c = TableCell(stylename=ts, numbercolumnsspanned=n); c.addElement(OP(stylename=white, text=title)); tr.addElement(c)
        for _ in range(n - 1): tr.addElement(CoveredTableCell())
        t.addElement(tr)
        if any(cols):
            tr = TableRow()
            for h in cols:
                c = TableCell(stylename=hs); c.addElement(OP(stylename=bold, text=h)); tr.addElement(c)
            t.addElement(tr)
        for row in rows:
            tr = TableRow()
            for j, v in enumerate(row):
                c = TableCell(stylename=cs); c.addElement(OP(stylename=bold if (n == 2 and name == "T0" and j == 0) else norm, text=v)); tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t); doc.text.addElement(OP(text=""))
    table("Personal Data", ["", ""], [list(kv) for kv in p["personal"]], "T0")
    for i, sec in enumerate(p["sections"]):
        table(sec["title"], sec["cols"], sec["rows"], f"T{i+1}")
    doc.save(path)

def ods_build(p, path):
    doc = OpenDocumentSpreadsheet()
    widths = ["2.1cm", "2.1cm", "3.3cm", "3.1cm", "5.0cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name=f"co{i}", family="table-column"); s.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(s); colstyles.append(s)
    wrap = Style(name="wrap", family="table-cell"); wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #999999", verticalalign="top")); wrap.addElement(TextProperties(fontsize="9pt")); doc.automaticstyles.addElement(wrap)
    head = Style(name="head", family="table-cell"); head.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #999999", wrapoption="wrap")); head.addElement(TextProperties(fontweight="bold", fontsize="9pt")); doc.automaticstyles.addElement(head)
    ttl = Style(name="ttl", family="table-cell"); ttl.addElement(TableCellProperties(backgroundcolor="#C65911")); ttl.addElement(TextProperties(fontweight="bold", fontsize="11pt", color="#FFFFFF")); doc.automaticstyles.addElement(ttl)
    t = Table(name="CV")
    for s in colstyles: t.addElement(TableColumn(stylename=s))
    def row(vals, style, span_last=True):
        tr = TableRow()
        n = len(vals)
        for j, v in enumerate(vals):
            span = 5 - j if (span_last and j == n - 1 and n < 5) else 1
            c = TableCell(stylename=style, valuetype="string", numbercolumnsspanned=span) if span > 1 else TableCell(stylename=style, valuetype="string")
            c.addElement(OP(text=v)); tr.addElement(c)
            for _ in range(span - 1): tr.addElement(CoveredTableCell())
        t.addElement(tr)
    row([p["header"]], ttl)
    for k, v in p["personal"]:
        row([k, v], wrap)
    for sec in p["sections"]:
        row([""], None if False else wrap, span_last=True)
        row([sec["title"]], ttl)
        row(sec["cols"], head)
        for r in sec["rows"]:
            row(r, wrap)
    doc.spreadsheet.addElement(t)
    doc.save(path)

# ---------------------------------------------------------------- HTML (Chromium)
def chromium_pdf(html_text, out):
    hp = os.path.join(TMP, os.path.basename(out) + ".html")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome", f"--print-to-pdf={out}", "file://" + hp], check=True, capture_output=True, timeout=180)

E_ = html.escape

def html_gdocs(p):
    # imitates Google Docs "Download as PDF" of a doc built from borderless tables
    css = """body{font-family:Arial,'Liberation Sans',sans-serif;font-size:10.5pt;margin:0}
    @page{size:Letter;margin:1in}
    table.c5{border-collapse:collapse;width:100%;margin-bottom:10pt}
    td.c1{border:0 solid #000;padding:3pt 5pt;vertical-align:top}
    td.c9{border-bottom:1pt solid #999;padding:8pt 5pt 2pt 5pt}
    span.c3{font-weight:700} .title{font-size:22pt;font-family:Arial} .sub{color:#666}"""
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body class='c12 doc-content'>",
         f"<p class='c4'><span class='title'>{E_(p['header'])}</span></p>"]
    h.append("<table class='c5'><tr>" + "".join(f"<td class='c1'><span class='c3'>{E_(k)}:</span> {E_(v)}</td>" + ("</tr><tr>" if i % 2 else "")
                                           for i, (k, v) in enumerate(p["personal"])) + "</tr></table>")
    for sec in p["sections"]:
        n = len(sec["cols"])
        h.append(f"<table class='c5'><tr><td class='c9' colspan='{n}'><span class='c3' style='font-size:12pt'>{E_(sec['title'])}</span></td></tr>")
        for r in sec["rows"]:
            h.append("<tr>" + "".join(("<td class='c1' style='width:28%'>" if j == 0 else "<td class='c1'>") + E_(v) + "</td>" for j, v in enumerate(r)) + "</tr>")
        h.append("</table>")
    return "".join(h) + "</body></html>"

def html_pages(p):
    css = """@page{size:A4;margin:16mm 18mm} body{font-family:'Helvetica Neue',Helvetica,'Liberation Sans','Noto Sans CJK KR',sans-serif;color:#222;font-size:10pt}
    .grid{display:grid;grid-template-columns:55mm 1fr;column-gap:8mm}
    h1{font-weight:300;font-size:30pt;margin:0;letter-spacing:1px} .sub{color:#c0392b;font-size:12pt;margin-bottom:8mm}
    .side{background:#f4f1ec;padding:5mm;border-radius:3mm;font-size:9pt} .side p{margin:0 0 3mm 0}
    h2{font-size:9pt;text-transform:uppercase;letter-spacing:2px;color:#c0392b;border-bottom:0.5pt solid #c0392b;margin:6mm 0 2mm}
    table{width:100%;border-collapse:collapse} td{padding:1.6mm 2mm 1.6mm 0;vertical-align:top;border:none} td.d{width:32mm;color:#777;white-space:nowrap}"""
    side = "".join(f"<p><b>{E_(k)}</b><br>{E_(v)}</p>" if v else f"<p>{E_(k)}</p>" for k, v in p["personal"])
    main = []
    for sec in p["sections"]:
        main.append(f"<h2>{E_(sec['title'])}</h2><table>")
        for r in sec["rows"]:
            main.append("<tr>" + "".join(f"<td class='{'d' if j == 0 else ''}'>{E_(v)}</td>" for j, v in enumerate(r)) + "</tr>")
        main.append("</table>")
    return (f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><h1>{E_(p['header'])}</h1><div class='sub'>{E_(p.get('subtitle',''))}</div>"
            f"<div class='grid'><div class='side'>{side}</div><div>{''.join(main)}</div></div></body></html>")

def html_wps(p):
    css = """@page{size:A4;margin:15mm} body{font-family:'SimSun','Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:10pt}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px 5px;vertical-align:middle}
    th{background:#d9d9d9} .ttl{text-align:center;font-size:20pt;font-weight:bold;letter-spacing:6px;margin-bottom:6px}
    td.sec{background:#bdd7ee;font-weight:bold;text-align:center;width:18%} table.in td,table.in th{border:1px dotted #777}
    td.photo{width:28mm;height:36mm;text-align:center;color:#999}"""
    kv = p["personal"]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='ttl'>{E_(p['header'])}</div><table>"]
    # personal grid 4 columns + photo cell spanning rows
    pairs = [kv[i:i + 2] for i in range(0, len(kv), 2)]
    for i, pr in enumerate(pairs):
        h.append("<tr>" + "".join(f"<th>{E_(k)}</th><td>{E_(v)}</td>" for k, v in pr) + ("<th></th><td></td>" if len(pr) == 1 else ""))
        if i == 0: h.append(f"<td class='photo' rowspan='{len(pairs)}'>照片<br>Photo</td>")
        h.append("</tr>")
    for sec in p["sections"]:
        inner = "<table class='in'><tr>" + "".join(f"<th>{E_(c)}</th>" for c in sec["cols"]) + "</tr>" + "".join(
            "<tr>" + "".join(f"<td>{E_(v)}</td>" for v in r) + "</tr>" for r in sec["rows"]) + "</table>"
        h.append(f"<tr><td class='sec'>{E_(sec['title'])}</td><td colspan='4'>{inner}</td></tr>")
    h.append("</table><p style='font-size:8pt;color:#888;text-align:right'>Created with WPS Office</p></body></html>")
    return "".join(h)

def html_for_lo(p):
    h = [f"<html><head><meta charset='utf-8'><title>CV</title></head><body><h1>{E_(p['header'])}</h1>",
         "<table border='1' cellpadding='4' cellspacing='0' width='100%'>"]
    for k, v in p["personal"]:
        h.append(f"<tr><td width='30%'><b>{E_(k)}</b></td><td>{E_(v)}</td></tr>")
    h.append("</table>")
    for sec in p["sections"]:
        h.append(f"<h2>{E_(sec['title'])}</h2><table border='1' cellpadding='4' cellspacing='0' width='100%'><thead><tr>" +
                 "".join(f"<th align='left' bgcolor='#EEEEEE'>{E_(c)}</th>" for c in sec["cols"]) + "</tr></thead><tbody>" +
                 "".join("<tr>" + "".join(f"<td>{E_(v)}</td>" for v in r) + "</tr>" for r in sec["rows"]) + "</tbody></table>")
    return "".join(h) + "</body></html>"

# ---------------------------------------------------------------- reportlab
def reportlab_pdf(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Deva", "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"))
    st = ParagraphStyle("n", fontName="DejaVu", fontSize=9, leading=11.5)
    sb = ParagraphStyle("b", fontName="DejaVuB", fontSize=9, leading=11.5)
    story = [Paragraph(E_(p["header"]), ParagraphStyle("h", fontName="DejaVuB", fontSize=18, leading=22))]
    if p.get("subtitle"):
        story.append(Paragraph(E_(p["subtitle"]), ParagraphStyle("s", fontName="Deva", fontSize=12, leading=16)))
    story.append(Spacer(1, 8))
    kv = Table([[Paragraph(E_(k), sb), Paragraph(E_(v), st)] for k, v in p["personal"]], colWidths=[45 * 2.8346, 125 * 2.8346])
    kv.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [kv, Spacer(1, 10)]
    for sec in p["sections"]:
        n = len(sec["cols"])
        data = [[Paragraph(E_(sec["title"]).upper(), ParagraphStyle("t", fontName="DejaVuB", fontSize=10.5, textColor=colors.white))] + [""] * (n - 1),
                [Paragraph(E_(c), sb) for c in sec["cols"]]] + [[Paragraph(E_(v), st) for v in r] for r in sec["rows"]]
        total = 170 * 2.8346
        cw = [total * 0.22] + [total * 0.78 / (n - 1)] * (n - 1) if n > 1 else [total]
        t = Table(data, colWidths=cw, repeatRows=2)
        t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#385723")),
                               ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#E2EFDA")), ("GRID", (0, 1), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 2), (-1, -1), 5), ("BOTTOMPADDING", (0, 2), (-1, -1), 5)]))
        story += [t, Spacer(1, 10)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * 2.8346, rightMargin=20 * 2.8346, topMargin=18 * 2.8346, bottomMargin=18 * 2.8346,
                      title="CV", author=p["personal"][0][1]).build(story)

# ---------------------------------------------------------------- fpdf2
def fpdf2_pdf(p, out):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page(); pdf.set_font("DejaVu", "B", 18); pdf.cell(0, 10, p["header"], new_x="LMARGIN", new_y="NEXT")
    if p.get("subtitle"):
        pdf.set_font("DejaVu", "", 12); pdf.cell(0, 7, p["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(40, 130), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES", line_height=5.5) as t:
        for k, v in p["personal"]:
            r = t.row(); r.cell(k, style=FontFace(emphasis="BOLD")); r.cell(v)
    for sec in p["sections"]:
        pdf.ln(4); pdf.set_font("DejaVu", "B", 11); pdf.set_fill_color(230, 230, 240)
        pdf.cell(0, 7, sec["title"], fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DejaVu", "", 8.5)
        n = len(sec["cols"])
        with pdf.table(col_widths=tuple([28] + [int(142 / (n - 1))] * (n - 1)) if n > 1 else (170,), line_height=4.8,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(245, 245, 245)), repeat_headings=1) as t:
            t.row(sec["cols"])
            for rr in sec["rows"]:
                t.row(rr)
    pdf.output(out)

# ---------------------------------------------------------------- spreadsheet (openpyxl -> LibreOffice Calc)
def xlsx_build(p, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "CV"
    widths = [14, 14, 22, 20, 30, 18]
    for i, w in enumerate(widths): ws.column_dimensions[chr(65 + i)].width = w
    thin = Side(style="thin", color="999999"); bd = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 1
    ws.cell(r, 1, p["header"]).font = Font(bold=True, size=15); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 2
    for k, v in p["personal"]:
        ws.cell(r, 1, k).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, v); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6); r += 1
    for sec in p["sections"]:
        r += 1
        c = ws.cell(r, 1, sec["title"]); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="375623")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        n = len(sec["cols"])
        def put(vals, bold=False):
            nonlocal r
            for j, v in enumerate(vals):
                cell = ws.cell(r, j + 1, v); cell.border = bd
                cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.font = Font(bold=bold, size=9)
            if n < 6: ws.merge_cells(start_row=r, start_column=n, end_row=r, end_column=6)
            longest = max(len(str(v)) / (widths[min(j, 5)] if j < n - 1 else sum(widths[n - 1:])) for j, v in enumerate(vals))
            ws.row_dimensions[r].height = 13 * max(1, int(longest + 0.999))
            r += 1
        put(sec["cols"], True)
        for row in sec["rows"]: put(row)
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    wb.save(path)

# ---------------------------------------------------------------- plain text, RTF
def plaintext(p):
    L = [p["header"], "=" * 78]
    kw = max(len(k) for k, _ in p["personal"])
    L += [f"{k.ljust(kw)} : {v}" for k, v in p["personal"]]
    for sec in p["sections"]:
        L += ["", sec["title"], "-" * len(sec["title"])]
        rows = [sec["cols"]] + sec["rows"]
        w = [max(len(r[j]) for r in rows) for j in range(len(sec["cols"]))]
        for i, r in enumerate(rows):
            L.append("  ".join(v.ljust(w[j]) for j, v in enumerate(r)).rstrip())
            if i == 0: L.append("  ".join("-" * x for x in w))
    return "\n".join(L) + "\n"

def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)

def rtf_doc(p):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil Noto Sans Arabic;}}\paperw11906\paperh16838\margl1134\margr1134\f0\fs20"]
    R.append(r"\pard\qc\b\fs32 " + rtf_escape(p["header"]) + r"\b0\fs20\par\pard\par")
    def table(rows, widths, head=None, title=None):
        total = 9638
        cum = 0; cx = []
        for w in widths: cum += int(total * w); cx.append(cum)
        if title:
            R.append(r"\trowd\trgaph70\clcbpat2\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx" + str(total) +
                     r"\pard\intbl\b " + rtf_escape(title) + r"\b0\cell\row")
        for i, r in enumerate(([head] if head else []) + rows):
            R.append(r"\trowd\trgaph70" + ("\\trhdr" if head and i == 0 else "") + "".join(r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx" + str(c) for c in cx))
            R.append("".join(r"\pard\intbl" + (r"\b " if head and i == 0 else " ") + rtf_escape(v) + (r"\b0" if head and i == 0 else "") + r"\cell" for v in r) + r"\row")
        R.append(r"\pard\par")
    R.insert(1, r"{\colortbl;\red0\green0\blue0;\red221\green235\blue247;}")
    table([list(kv) for kv in p["personal"]], [0.3, 0.7], title="Personal details")
    for sec in p["sections"]:
        n = len(sec["cols"]); table(sec["rows"], [0.25] + [0.75 / (n - 1)] * (n - 1) if n > 1 else [1.0], head=sec["cols"], title=sec["title"])
    R.append("}")
    return "\n".join(R)

# ---------------------------------------------------------------- main
def render(i, p, outdir):
    lay = p.get("base", p["layout"])
    out = os.path.join(outdir, fname(i, p))
    stem = os.path.join(TMP, f"{W}_{i:03d}")
    if lay == "docx_labelvalue":
        docx_labelvalue(p, out if p["ext"] == "docx" else stem + ".docx")
    elif lay == "docx_textbox":
        docx_textbox(p, out)
    elif lay == "lo_writer_docx2pdf":
        src = os.path.join(TMP, fname(i, p, "docx")); docx_for_pdf(p, src); soffice(src, "pdf", outdir)
    elif lay == "odfpy_odt":
        odt_build(p, out)
    elif lay == "odfpy_lo_pdf":
        src = os.path.join(TMP, fname(i, p, "odt")); odt_build(p, src, borders=False); soffice(src, "pdf", outdir)
    elif lay == "chromium_gdocs":
        chromium_pdf(html_gdocs(p), out if p["ext"] == "pdf" else stem + ".pdf")
    elif lay == "chromium_pages":
        chromium_pdf(html_pages(p), out)
    elif lay == "chromium_wps_nested":
        chromium_pdf(html_wps(p), out)
    elif lay == "reportlab_grid":
        reportlab_pdf(p, out if p["ext"] == "pdf" else stem + ".pdf")
    elif lay == "fpdf2_table":
        fpdf2_pdf(p, out if p["layout"] == lay else stem + ".pdf")
    elif lay == "calc_xlsx2pdf":
        src = os.path.join(TMP, fname(i, p, "xlsx")); xlsx_build(p, src)
        d = outdir if p["layout"] == lay else TMP
        soffice(src, "pdf", d)
        if d == TMP: shutil.move(os.path.join(TMP, fname(i, p, "pdf")), stem + ".pdf")
    elif lay == "odfpy_ods2pdf":
        src = os.path.join(TMP, fname(i, p, "ods")); ods_build(p, src); soffice(src, "pdf", outdir)
    elif lay == "plaintext_columns":
        open(out, "w", encoding="utf-8").write(plaintext(p))
    elif lay == "rtf_lo2docx":
        src = os.path.join(TMP, fname(i, p, "rtf")); open(src, "w", encoding="ascii").write(rtf_doc(p)); soffice(src, "docx:MS Word 2007 XML", outdir)
    elif lay == "docx_nested":
        docx_nested(p, out)
    elif lay == "lo_html2docx":
        src = os.path.join(TMP, fname(i, p, "html")); open(src, "w", encoding="utf-8").write(html_for_lo(p))
        soffice(src, "docx:MS Word 2007 XML", outdir, infilter="HTML (StarWriter)")
    else:
        raise ValueError(lay)
    return out, stem

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = [int(a) for a in sys.argv[2:]] or sorted(P)
    for i in only:
        if i <= 16:
            print("render", i, P[i]["layout"]); render(i, P[i], OUT)
