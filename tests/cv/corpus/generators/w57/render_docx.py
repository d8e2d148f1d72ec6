# -*- coding: utf-8 -*-
"""Word-style templates built with python-docx (tables, header/footer, VML text box, 2-col sections)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from xml.sax.saxutils import escape as X
TYPE_LABEL = {"hands_on": "Hands-on", "observership": "Observership", "research": "Research", "telehealth": "Telehealth"}

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))

def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top","left","bottom","right","insideH","insideV")) + '</w:tblBorders>'))

def heading(container, text, color="1F4E79"):
    p = container.add_paragraph()
    r = p.add_run(text.upper()); r.bold = True; r.font.size = Pt(10.5); r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(2)
    return p

def para(container, text, bold=False, size=9.5, italic=False):
    p = container.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    return p

def bullets(container, items, size=9.5):
    for i in items: para(container, "• " + i, size=size)

def usce_table(container, r, style="Table Grid"):
    t = container.add_table(rows=1, cols=4)
    t.style = style
    for c, h in zip(t.rows[0].cells, ["Dates", "Type", "Rotation", "Institution (US)"]):
        c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True; run.font.size = Pt(9); shade(c, "D9E2F3")
    for u in r['usce']:
        cells = t.add_row().cells
        for c, v in zip(cells, [u['when'], TYPE_LABEL[u['type']], u['title'], u['site']]):
            c.text = ""; c.paragraphs[0].add_run(v).font.size = Pt(9)
    return t

def textbox_xml(lines, left_pt=340, top_pt=0, w=180, h=78):
    paras = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">{X(l)}</w:t></w:r></w:p>' for l in lines)
    return parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{w}pt;height:{h}pt;z-index:251659264" fillcolor="#EAF1FB" strokecolor="#4472C4">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')

def name_par(container, r, size=20, align=None):
    p = container.add_paragraph()
    pre = "Dr. " if r['n'] in (12, 16) else ""
    run = p.add_run(pre + r['name'] + (f", {r['post']}" if r['post'] and r['post'] != 'lek.' else "")); run.bold = True; run.font.size = Pt(size)
    if align: p.alignment = align
    if r.get('alt_name'):
        q = container.add_paragraph(); q.add_run(r['alt_name']).font.size = Pt(12)
        if align: q.alignment = align
    return p

def contact_lines(r):
    return [f"E-mail: {r['email']}", f"Mobile/WhatsApp: {r['phone_disp']}", f"Address: {r['city']}"]

def body_sections(c, r, include_exams=True, include_lang=True):
    para(c, r['interest'], italic=True)
    heading(c, "Education"); para(c, r['degree_line'])
    heading(c, "US Clinical Experience (USCE)"); usce_table(c, r)
    heading(c, "Clinical Experience — outside the US")
    for o in r['other']: para(c, f"{o['when']}   {o['title']}, {o['site']}")
    if include_exams:
        heading(c, "Examinations & Certification"); bullets(c, r['exams'] + ([r['ecfmg_line']] if r['ecfmg_line'] else []))
    if r['pub_lines']:
        heading(c, "Publications"); bullets(c, r['pub_lines'])
    if include_lang:
        heading(c, "Languages"); para(c, ", ".join(r['lang_disp']))
    misc = ([r['visa_line']] if r['visa_line'] else []) + r['misc']
    if misc: heading(c, "Personal"); bullets(c, misc)
    heading(c, "References"); bullets(c, r['refs'])

def base_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(9.5)
    s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.7); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.5)
    return d

def build(r, style, path):
    d = base_doc()
    if style == "header_table":      # contacts only in the page header (a 2-cell table)
        hdr = d.sections[0].header
        t = hdr.add_table(rows=1, cols=2, width=Cm(17.6)); no_borders(t)
        t.cell(0,0).text = r['city']; t.cell(0,1).text = f"{r['email']}  |  {r['phone_disp']}"
        t.cell(0,1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        name_par(d, r); body_sections(d, r)
    elif style in ("twocol_footer", "sidebar_table"):
        if style == "twocol_footer":  # contacts only in footer
            f = d.sections[0].footer.paragraphs[0]
            f.text = f"{r['name']} — {r['email']} — {r['phone_disp']} — {r['city']}"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_table(rows=1, cols=2); no_borders(t)
        side, main = t.cell(0,0), t.cell(0,1)
        side.width = Cm(5.6); main.width = Cm(12)
        shade(side, "DCE6F0" if style == "twocol_footer" else "2F3E4E")
        side.text = ""
        if style == "sidebar_table":
            heading(side, "Contact", "FFFFFF")
            for l in contact_lines(r): para(side, l)
        heading(side, "USMLE / ECFMG", "1F4E79" if style == "twocol_footer" else "FFFFFF")
        bullets(side, r['exams'] + ([r['ecfmg_line']] if r['ecfmg_line'] else []), size=8.5)
        heading(side, "Languages", "1F4E79" if style == "twocol_footer" else "FFFFFF"); bullets(side, r['lang_disp'], size=8.5)
        if style == "sidebar_table":
            for p in side.paragraphs:
                for run in p.runs: run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        main.text = ""
        name_par(main, r); body_sections(main, r, include_exams=False, include_lang=False)
    elif style == "word_template":   # classic Word résumé: centered name, contact line in a 3-cell table
        name_par(d, r, 22, WD_ALIGN_PARAGRAPH.CENTER)
        t = d.add_table(rows=1, cols=3); no_borders(t)
        for c, v in zip(t.rows[0].cells, [r['city'], r['phone_disp'], r['email']]):
            c.text = v; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_sections(d, r)
    elif style == "section_cols":    # name full width, then a 2-column newspaper section
        name_par(d, r)
        para(d, " · ".join([r['email'], r['phone_disp'], r['city']]), size=9)
        from docx.enum.section import WD_SECTION
        sec = d.add_section(WD_SECTION.CONTINUOUS)
        sec._sectPr.append(parse_xml('<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:num="2" w:space="425"/>'))
        body_sections(d, r)
    elif style in ("textbox", "textbox_header"):
        if style == "textbox_header":
            hp = d.sections[0].header.paragraphs[0]
            hp._p.append(textbox_xml(contact_lines(r), left_pt=320, top_pt=0))
            name_par(d, r)
        else:
            p = name_par(d, r)
            p._p.append(textbox_xml(contact_lines(r), left_pt=330, top_pt=-6))
        para(d, ""); para(d, "")
        body_sections(d, r)
    d.save(path)
