import sys, os, subprocess, shutil, html, json
sys.path.insert(0, os.path.dirname(__file__))
from people import P
OUT = os.path.join(os.path.dirname(__file__), '..', 'files')
OUT = os.path.abspath(OUT)
TMP = '/tmp/w43_build'; os.makedirs(TMP, exist_ok=True)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

def lines_of(sec):
    return [l if isinstance(l, str) else (l[0] + '  ' + l[1]).strip() for l in sec]

# ---------------- reportlab ----------------
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                FrameBreak, Table, TableStyle, KeepTogether)
pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB))
S = lambda **k: ParagraphStyle('x', fontName=k.pop('fn', 'DV'), **k)
esc = html.escape

def rl_sidebar(p, path):
    W, H = A4
    side_w = 62 * 2.83
    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor('#1f4e79')); c.rect(0, 0, side_w, H, fill=1, stroke=0); c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title=f"CV {p['name']}", author=p['name'])
    f1 = Frame(12, 30, side_w - 24, H - 60, id='side'); f2 = Frame(side_w + 18, 30, W - side_w - 40, H - 60, id='main')
    doc.addPageTemplates([PageTemplate('two', frames=[f1, f2], onPage=bg),
                          PageTemplate('rest', frames=[Frame(side_w + 18, 30, W - side_w - 40, H - 60)], onPage=bg)])
    white = S(fontSize=9, leading=12, textColor=colors.white)
    st = [Paragraph(esc(p['name']), S(fn='DVB', fontSize=15, leading=19, textColor=colors.white)),
          Paragraph(esc(p['alt']), S(fontSize=10, leading=13, textColor=colors.HexColor('#cfe2f3'))), Spacer(1, 14),
          Paragraph('CONTACT', S(fn='DVB', fontSize=10, textColor=colors.HexColor('#ffd966'))), Spacer(1, 4),
          Paragraph('✉ ' + esc(p['email']), white), Paragraph('☎ ' + esc(p['phone']), white), Paragraph(esc(p['addr']), white), Spacer(1, 10),
          Paragraph('PERSONAL', S(fn='DVB', fontSize=10, textColor=colors.HexColor('#ffd966')))]
    st += [Paragraph(esc(x), white) for x in p['extra']]
    st.append(FrameBreak())
    from reportlab.platypus.doctemplate import NextPageTemplate
    st.append(NextPageTemplate('rest'))
    st.append(Paragraph('Curriculum Vitae', S(fn='DVB', fontSize=18, leading=22, textColor=colors.HexColor('#1f4e79'))))
    for t, ls in p['sections']:
        st.append(Paragraph(esc(t.upper()), S(fn='DVB', fontSize=11, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor('#1f4e79'))))
        st += [Paragraph(esc(l), S(fontSize=9, leading=12, spaceAfter=2)) for l in lines_of(ls)]
    doc.build(st)

def rl_running_header(p, path):
    W, H = letter
    def hdr(c, d):
        c.saveState(); c.setFont('DVB', 8.5); c.setFillColor(colors.HexColor('#444444'))
        c.drawString(54, H - 36, f"{p['name']} — Curriculum Vitae")
        c.setFont('DV', 8.5); c.drawRightString(W - 54, H - 36, f"{p['email']}  |  {p['phone']}")
        c.setStrokeColor(colors.HexColor('#2e7d32')); c.setLineWidth(1.2); c.line(54, H - 42, W - 54, H - 42)
        c.drawCentredString(W / 2, 30, f"Page {d.page}"); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=letter, topMargin=64, bottomMargin=50, leftMargin=54, rightMargin=54, title='Curriculum Vitae')
    st = [Paragraph(esc(p['name'].upper()), S(fn='DVB', fontSize=20, leading=26, textColor=colors.HexColor('#2e7d32'))),
          Paragraph(esc(p['addr']) + ' · ' + ' · '.join(esc(x) for x in p['extra']), S(fontSize=9.5, leading=13)), Spacer(1, 8)]
    for t, ls in p['sections']:
        st.append(Paragraph(esc(t), S(fn='DVB', fontSize=13, spaceBefore=12, spaceAfter=4)))
        for l in lines_of(ls):
            if '  ' in l:
                d, rest = l.split('  ', 1)
                st.append(Table([[Paragraph(esc(d), S(fontSize=10, leading=13, textColor=colors.HexColor('#555555'))), Paragraph(esc(rest.strip()), S(fontSize=10.5, leading=14))]],
                                colWidths=[110, W - 108 - 110], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
            else:
                st.append(Paragraph('• ' + esc(l), S(fontSize=10.5, leading=15, leftIndent=10, spaceAfter=3)))
    doc.build(st, onFirstPage=hdr, onLaterPages=hdr)

def rl_boxes(p, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=36, bottomMargin=36, leftMargin=40, rightMargin=40)
    cw = W - 80
    head = Table([[Paragraph(esc(p['name']), S(fn='DVB', fontSize=20, leading=24, textColor=colors.white)),
                   Paragraph('Mobile/WhatsApp: ' + esc(p['phone']) + '<br/>Email: ' + esc(p['email']) + '<br/>' + esc(p['addr']) + '<br/>' + esc(p['extra'][0]),
                             S(fontSize=8.5, leading=11, textColor=colors.white))]], colWidths=[cw * 0.45, cw * 0.55])
    head.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#8e244d')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('PADDING', (0, 0), (-1, -1), 10)]))
    st = [head, Spacer(1, 10)]
    for t, ls in p['sections']:
        body = [[Paragraph(esc(t), S(fn='DVB', fontSize=10.5, textColor=colors.HexColor('#8e244d')))]] + [[Paragraph(esc(l), S(fontSize=9.5, leading=12.5))] for l in lines_of(ls)]
        tb = Table(body, colWidths=[cw]); tb.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#8e244d')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f6e3ea'))]))
        st += [KeepTogether(tb), Spacer(1, 7)]
    doc.build(st)

def rl_plain(p, path, pagesize=A4):
    # simple one-column CV used as the source of scans
    doc = SimpleDocTemplate(path, pagesize=pagesize, topMargin=40, bottomMargin=40, leftMargin=50, rightMargin=50)
    st = [Paragraph(esc(p['name']), S(fn='DVB', fontSize=18, leading=22))]
    if p.get('alt'): st.append(Paragraph(esc(p['alt']), S(fontSize=12, leading=15)))
    st.append(Paragraph(f"{esc(p['addr'])} | Tel: {esc(p['phone'])} | {esc(p['email'])}", S(fontSize=10, leading=13)))
    st += [Paragraph(esc(x), S(fontSize=10, leading=13)) for x in p['extra']]
    for t, ls in p['sections']:
        st.append(Paragraph(esc(t.upper()), S(fn='DVB', fontSize=12, spaceBefore=10, spaceAfter=3)))
        st += [Paragraph(esc(l), S(fontSize=10.5, leading=14)) for l in lines_of(ls)]
    doc.build(st)

# ---------------- fpdf2 ----------------
from fpdf import FPDF
def fpdf_new():
    pdf = FPDF(format='A4'); pdf.add_font('DV', '', FONT); pdf.add_font('DV', 'B', FONTB); pdf.set_auto_page_break(True, 18); return pdf

def fpdf_date_margin(p, path):
    pdf = fpdf_new(); pdf.add_page()
    pdf.set_font('DV', 'B', 20); pdf.set_text_color(90, 30, 30); pdf.cell(0, 10, p['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 9.5); pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 5, f"{p['addr']}   •   {p['phone']}   •   {p['email']}   •   {p['extra'][0]}", new_x='LMARGIN', new_y='NEXT')
    pdf.set_draw_color(150, 40, 40); pdf.set_line_width(0.6); pdf.line(10, pdf.get_y() + 2, 200, pdf.get_y() + 2); pdf.ln(5)
    for t, ls in p['sections']:
        pdf.set_font('DV', 'B', 12); pdf.set_text_color(150, 40, 40); pdf.cell(0, 8, t, new_x='LMARGIN', new_y='NEXT'); pdf.set_text_color(0, 0, 0)
        for d, txt in ls:
            y = pdf.get_y(); pdf.set_font('DV', '', 8.5); pdf.set_xy(10, y); pdf.multi_cell(42, 4.5, d)
            pdf.set_font('DV', '', 9.5); pdf.set_xy(55, y); pdf.multi_cell(145, 4.8, txt); pdf.ln(1.5)
    pdf.output(path)

def fpdf_contact_table(p, path):
    pdf = fpdf_new(); pdf.add_page()
    pdf.set_font('DV', 'B', 18); pdf.cell(0, 9, p['name'], new_x='LMARGIN', new_y='NEXT', align='C')
    pdf.set_font('DV', '', 12); pdf.cell(0, 7, p['alt'], new_x='LMARGIN', new_y='NEXT', align='C'); pdf.ln(3)
    pdf.set_font('DV', '', 9.5)
    with pdf.table(col_widths=(30, 65, 30, 65), first_row_as_headings=False, line_height=6) as tb:
        r = tb.row(); r.cell('E-mail'); r.cell(p['email']); r.cell('Phone'); r.cell(p['phone'])
        r = tb.row(); r.cell('Address'); r.cell(p['addr']); r.cell('Born'); r.cell(p['extra'][0].split(': ')[1])
        r = tb.row(); r.cell('Status'); r.cell(p['extra'][1].split(': ')[1], colspan=3)
    pdf.ln(4)
    for t, ls in p['sections']:
        pdf.set_fill_color(225, 235, 245); pdf.set_font('DV', 'B', 11); pdf.cell(0, 7, ' ' + t, fill=True, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
        pdf.set_font('DV', '', 9.5)
        for l in lines_of(ls): pdf.multi_cell(0, 5, l, new_x='LMARGIN', new_y='NEXT'); pdf.ln(0.8)
        pdf.ln(2)
    pdf.output(path)

# ---------------- python-docx ----------------
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

def rtl_para(doc_or_cell, text, size=13):
    para = doc_or_cell.add_paragraph(); r = para.add_run(text); r.font.size = Pt(size)
    pPr = para._p.get_or_add_pPr(); pPr.append(parse_xml(f'<w:bidi {nsdecls("w")}/>'))
    r._r.get_or_add_rPr().append(parse_xml(f'<w:rtl {nsdecls("w")}/>'))
    return para

def docx_sections(doc, p, color=RGBColor(0x1f, 0x4e, 0x79)):
    for t, ls in p['sections']:
        h = doc.add_paragraph(); r = h.add_run(t.upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = color
        h.paragraph_format.space_before = Pt(10)
        for l in lines_of(ls):
            para = doc.add_paragraph(l); para.paragraph_format.space_after = Pt(2)
            for rr in para.runs: rr.font.size = Pt(10)

def docx_textbox(p, path):
    doc = docx.Document()
    tb_lines = ''.join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{esc(x)}</w:t></w:r></w:p>'
                       for x in ['CONTACT', p['email'], p['phone'], p['addr']] + p['extra'])
    pict = f'''<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:310pt;margin-top:0;width:170pt;height:105pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="#eef3f8" strokecolor="#1f4e79">
<v:textbox><w:txbxContent>{tb_lines}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'''
    body = doc.element.body
    body.insert(0, parse_xml(pict))
    h = doc.add_paragraph(); r = h.add_run(p['name']); r.bold = True; r.font.size = Pt(22)
    ap = doc.add_paragraph(); ar = ap.add_run(p['alt']); ar.font.size = Pt(14)  # LTR paragraph, Arabic run (left side, clear of the text box)
    doc.add_paragraph('Curriculum Vitae — Physician (ECFMG-certified IMG)')
    for _ in range(3): doc.add_paragraph('')
    docx_sections(doc, p)
    doc.core_properties.author = p['name']; doc.save(path)

def docx_simple(p, path):
    doc = docx.Document()
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = t.add_run(p['name']); r.bold = True; r.font.size = Pt(20)
    a = rtl_para(doc, p['alt'], 14); a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = doc.add_paragraph(f"{p['addr']} · {p['phone']} · {p['email']} · {' · '.join(p['extra'])}"); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_sections(doc, p, RGBColor(0x00, 0x66, 0x66))
    doc.save(path)

def shade(cell, hexcol):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))

def docx_table(p, path):
    doc = docx.Document()
    for s in doc.sections: s.left_margin = s.right_margin = Cm(1.6)
    tb = doc.add_table(rows=0, cols=2); tb.style = 'Table Grid'
    row = tb.add_row().cells; m = row[0].merge(row[1])
    m.paragraphs[0].add_run(p['name']).bold = True; m.paragraphs[0].runs[0].font.size = Pt(18)
    rtl_para(m, p['alt'], 13); shade(m, 'DCE6F0')
    row = tb.add_row().cells; row[0].text = 'Contact'; row[1].text = f"Mobile: {p['phone']}\nE-mail: {p['email']}\n{p['addr']}\n{p['extra'][0]}"
    for t, ls in p['sections']:
        row = tb.add_row().cells; row[0].text = t; shade(row[0], 'F2F2F2')
        row[0].paragraphs[0].runs[0].bold = True
        ls = lines_of(ls); row[1].text = ls[0]
        for l in ls[1:]: row[1].add_paragraph(l)
    for r in tb.rows: r.cells[0].width = Cm(3.8); r.cells[1].width = Cm(14)
    doc.save(path)

def docx_footer(p, path):
    doc = docx.Document(); sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp.add_run(f"{p['addr']}  |  {p['phone']}  |  {p['email']}"); rr.font.size = Pt(8.5)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.add_run('Curriculum Vitae — updated 11/2026').italic = True
    t = doc.add_paragraph(); r = t.add_run(p['name'] + ', MD'); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x8b, 0x00, 0x00)
    doc.add_paragraph(p['extra'][0])
    docx_sections(doc, p, RGBColor(0x8b, 0x00, 0x00))
    for _ in range(3):
        doc.add_paragraph('')
    doc.save(path)

# ---------------- odfpy ----------------
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
from odf.text import P as OP, Span
from odf.table import Table as OT, TableColumn, TableRow, TableCell

def odt_doc():
    d = OpenDocumentText()
    def ps(name, **tp):
        st = Style(name=name, family='paragraph'); pp = tp.pop('pp', None)
        st.addElement(TextProperties(fontname='DejaVu Sans', fontfamily='DejaVu Sans', **tp))
        if pp: st.addElement(ParagraphProperties(**pp))
        d.automaticstyles.addElement(st); return st
    return d, ps

def odt_europass(p, path, rtf=False):
    d, ps = odt_doc()
    big = ps('Big', fontsize='20pt', fontweight='bold', color='#003399'); norm = ps('N', fontsize='10pt', pp=dict(marginbottom='0.08cm'))
    lab = ps('Lab', fontsize='9pt', color='#1593cb', pp=dict(textalign='end')); head = ps('H', fontsize='11pt', fontweight='bold', color='#1593cb', pp=dict(margintop='0.3cm'))
    small = ps('S', fontsize='12pt', color='#555555')
    c1 = Style(name='c1', family='table-column'); c1.addElement(TableColumnProperties(columnwidth='4.5cm')); d.automaticstyles.addElement(c1)
    c2 = Style(name='c2', family='table-column'); c2.addElement(TableColumnProperties(columnwidth='12.5cm')); d.automaticstyles.addElement(c2)
    d.text.addElement(OP(stylename=small, text='Europass Curriculum Vitae' if not rtf else 'CURRICULUM VITAE'))
    t = OT(name='cv'); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    def row(label, texts, lstyle=lab, tstyle=norm):
        tr = TableRow(); a = TableCell(); a.addElement(OP(stylename=lstyle, text=label)); tr.addElement(a)
        b = TableCell()
        for x in texts: b.addElement(OP(stylename=tstyle, text=x))
        tr.addElement(b); t.addElement(tr)
    if rtf:
        d.text.addElement(OP(stylename=big, text=p['name']))
        d.text.addElement(OP(stylename=norm, text=f"{p['addr']} — Tel. {p['phone']} — {p['email']} — {p['extra'][0]}"))
    else:
        row('PERSONAL INFORMATION', [p['name']], tstyle=big)
        if p.get('alt'): row('', [p['alt']], tstyle=small)
        row('', [p['addr'], p['phone'] + '  (mobile)', p['email']] + p['extra'])
    for tt, ls in p['sections']:
        if rtf:
            d.text.addElement(OP(stylename=head, text=tt))
            for l in lines_of(ls): d.text.addElement(OP(stylename=norm, text=l))
        else:
            row(tt, lines_of(ls), lstyle=head)
    if not rtf: d.text.addElement(t)
    d.save(path)

def odt_sidebar(p, path):
    d, ps = odt_doc()
    wname = ps('WN', fontsize='17pt', fontweight='bold', color='#ffffff'); w = ps('W', fontsize='9pt', color='#ffffff', pp=dict(marginbottom='0.1cm'))
    walt = ps('WA', fontsize='13pt', color='#ffe599')
    head = ps('H', fontsize='11pt', fontweight='bold', color='#7f6000', pp=dict(margintop='0.25cm')); norm = ps('N', fontsize='9.5pt', pp=dict(marginbottom='0.06cm'))
    c1 = Style(name='c1', family='table-column'); c1.addElement(TableColumnProperties(columnwidth='5.2cm')); d.automaticstyles.addElement(c1)
    c2 = Style(name='c2', family='table-column'); c2.addElement(TableColumnProperties(columnwidth='11.8cm')); d.automaticstyles.addElement(c2)
    side = Style(name='side', family='table-cell'); side.addElement(TableCellProperties(backgroundcolor='#7f6000', padding='0.3cm')); d.automaticstyles.addElement(side)
    main = Style(name='main', family='table-cell'); main.addElement(TableCellProperties(padding='0.3cm')); d.automaticstyles.addElement(main)
    t = OT(name='layout'); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    tr = TableRow(); a = TableCell(stylename=side)
    a.addElement(OP(stylename=wname, text=p['name'])); a.addElement(OP(stylename=walt, text=p['alt']))
    for x in ['', 'Téléphone / Phone', p['phone'], 'E-mail', p['email'], 'Adresse', p['addr'], ''] + p['extra']: a.addElement(OP(stylename=w, text=x))
    tr.addElement(a); b = TableCell(stylename=main)
    for tt, ls in p['sections']:
        b.addElement(OP(stylename=head, text=tt))
        for l in lines_of(ls): b.addElement(OP(stylename=norm, text=l))
    tr.addElement(b); t.addElement(tr); d.text.addElement(t); d.save(path)

# ---------------- html/chromium ----------------
def chromium_pdf(htmltext, path):
    hp = os.path.join(TMP, os.path.basename(path) + '.html'); open(hp, 'w').write(htmltext)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={path}', 'file://' + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def html_sections(p):
    out = ''
    for t, ls in p['sections']:
        out += f'<h2>{esc(t)}</h2>' + ''.join(f'<p>{esc(l)}</p>' for l in lines_of(ls))
    return out

def chromium_footer(p, path):
    extra = {'sections': [('Teaching & Service (Iran)', ['2020 – 2022 — Clinical skills tutor for 4th-year students, TUMS Skills Lab',
              '2019 – 2021 — Coordinator, rural hypertension screening campaign, Bam', '2021 — COVID-19 ward volunteer physician, Imam Khomeini Hospital Complex',
              '2018 — Iranian Medical Olympiad, silver medal (clinical reasoning)', '2017 — Student representative, TUMS Faculty of Medicine'] +
              [f'Journal club presenter, Nephrology section, Yale ({m} 2023)' for m in ('January', 'March', 'May', 'July')])]}
    h = f'''<!doctype html><html><head><meta charset="utf-8"><title>CV</title><style>
@page {{ size: A4; margin: 16mm 16mm 10mm 16mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color:#222; margin:0 }}
h1 {{ margin:0; font-size: 24pt; color:#004d40 }} .fa {{ font-size: 15pt; color:#00695c; direction: rtl; text-align:left }}
h2 {{ font-size: 12pt; border-bottom: 2px solid #004d40; color:#004d40; margin: 14px 0 5px }} p {{ margin: 3px 0 }}
table.page {{ width:100%; border-collapse: collapse }}
tfoot td {{ text-align:center; font-size:8.5pt; color:#555; border-top:1px solid #aaa; padding-top:4px; height: 14mm; vertical-align: top }}
</style></head><body><table class="page"><tfoot><tr><td>{esc(p['addr'])} &nbsp;•&nbsp; {esc(p['phone'])} &nbsp;•&nbsp; {esc(p['email'])}</td></tr></tfoot>
<tbody><tr><td>
<h1>{esc(p['name'])}</h1><div class="fa" dir="rtl">{esc(p['alt'])}</div><p>{esc(p['extra'][0])}</p>
{html_sections(p)}{html_sections(extra)}
</td></tr></tbody></table></body></html>'''
    chromium_pdf(h, path)

def chromium_two_column(p, path):
    secs = p['sections']; left = [s for s in secs if s[0] in ('Exams', 'Languages', 'Goal', 'Referee')]; right = [s for s in secs if s not in left]
    h = f'''<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 0 }}
body {{ margin:0; font-family: 'Liberation Sans', sans-serif; font-size:10pt }}
.wrap {{ display:grid; grid-template-columns: 36% 64%; min-height: 279mm }}
.l {{ background:#e8eaf6; padding: 16mm 8mm }} .r {{ padding: 16mm 10mm }}
h1 {{ font-size: 22pt; margin:0 0 4px; color:#283593 }} .alt {{ font-size:13pt; color:#5c6bc0 }}
h2 {{ font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; color:#283593; margin: 14px 0 4px }} p {{ margin: 3px 0 }}
</style></head><body><div class="wrap"><div class="l">
<h2>Contact</h2><p>{esc(p['phone'])}</p><p>{esc(p['email'])}</p><p>{esc(p['addr'])}</p><p>{esc(p['extra'][0])}</p>
{html_sections({'sections': left})}</div>
<div class="r"><h1>{esc(p['name'])}</h1><div class="alt">{esc(p['alt'])}</div>{html_sections({'sections': right})}</div></div></body></html>'''
    chromium_pdf(h, path)

def plain_text(p, path):
    out = [p['name'].upper(), p['addr'], f"Mobile: {p['phone']}", f"Email: {p['email']}"] + p['extra'] + ['']
    for t, ls in p['sections']:
        out += [t, '-' * len(t)] + ['  ' + l for l in lines_of(ls)] + ['']
    open(path, 'w', encoding='utf-8').write('\n'.join(out))

def soffice(src, fmt, outdir):
    subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/w43_lo', '--convert-to', fmt, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def build(num):
    p = P[num]; out = os.path.join(OUT, p['file']); lay = p['layout']
    if lay == 'rl_sidebar': rl_sidebar(p, out)
    elif lay == 'fpdf_date_margin': fpdf_date_margin(p, out)
    elif lay == 'docx_textbox': docx_textbox(p, out)
    elif lay == 'odt_europass': odt_europass(p, out)
    elif lay == 'docx2pdf_soffice':
        src = os.path.join(TMP, p['file'].replace('.pdf', '.docx')); docx_simple(p, src); soffice(src, 'pdf', TMP); shutil.move(src[:-5] + '.pdf', out)
    elif lay == 'odt2rtf_soffice':
        src = os.path.join(TMP, p['file'].replace('.rtf', '.odt')); odt_europass(p, src, rtf=True); soffice(src, 'rtf', TMP); shutil.move(src[:-4] + '.rtf', out)
    elif lay == 'chromium_footer': chromium_footer(p, out)
    elif lay == 'plain_text': plain_text(p, out)
    elif lay == 'rl_running_header': rl_running_header(p, out)
    elif lay == 'fpdf_contact_table': fpdf_contact_table(p, out)
    elif lay == 'docx_table': docx_table(p, out)
    elif lay == 'odt_sidebar2pdf':
        src = os.path.join(TMP, p['file'].replace('.pdf', '.odt')); odt_sidebar(p, src); soffice(src, 'pdf', TMP); shutil.move(src[:-4] + '.pdf', out)
    elif lay == 'chromium_two_column': chromium_two_column(p, out)
    elif lay == 'docx_footer': docx_footer(p, out)
    elif lay == 'rl_boxes': rl_boxes(p, out)
    elif lay == 'docx2rtf_soffice':
        src = os.path.join(TMP, p['file'].replace('.rtf', '.docx')); docx_simple(p, src); soffice(src, 'rtf:Rich Text Format', TMP); shutil.move(src[:-5] + '.rtf', out)
    else: raise ValueError(lay)

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    nums = [int(x) for x in sys.argv[1:]] or list(range(1, 17))
    for n in nums:
        build(n); print('built', P[n]['file'])
