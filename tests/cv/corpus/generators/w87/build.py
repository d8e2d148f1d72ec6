# -*- coding: utf-8 -*-
"""Build all w87 CV files + truth.jsonl. Run via build.sh (uses ../.venv)."""
import os, sys, json, random, subprocess, shutil, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
OUT = os.path.join(ROOT, 'files'); os.makedirs(OUT, exist_ok=True)
TMP = tempfile.mkdtemp(prefix='w87_')
DV = '/usr/share/fonts/truetype/dejavu/'
random.seed(87)

def ext_for(p):
    f = p['fmt']
    return {'docx':'docx','docx_hdr':'docx','odt':'odt','rtf':'rtf','txt':'txt','scan_jpg':'jpg','scan_png':'png'}.get(f,'pdf')
def fname(p): return f"w87_{p['n']:03d}_{p['layout']}.{ext_for(p)}"

# ---------------- python-docx ----------------
def docx_table(p, path):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    h = d.add_paragraph(); r = h.add_run(p['title']); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F,0x3A,0x68)
    t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'
    t.cell(0,0).text = 'Mobile: ' + p['phone_disp']; t.cell(0,1).text = 'E-mail: ' + p['email']
    c = t.cell(1,0).merge(t.cell(1,1)); c.text = 'Address: ' + p['address']
    for title, lines in p['sections']:
        hp = d.add_paragraph(); hr = hp.add_run(title.upper()); hr.bold = True; hr.font.color.rgb = RGBColor(0x1F,0x3A,0x68)
        tb = d.add_table(rows=0, cols=2); tb.style = 'Light List Accent 1'
        for ln in lines:
            if ' | ' in ln:
                a, b = ln.rsplit(' | ', 1)
            else:
                a, b = ln, ''
            row = tb.add_row().cells; row[0].text = a; row[1].text = b
            row[0].width = Cm(12); row[1].width = Cm(4.5)
    d.save(path)

def docx_twocol(p, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.5)
    t = d.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    L.width = Cm(5.5); R.width = Cm(12.5)
    sh = OxmlElement('w:shd'); sh.set(qn('w:fill'), 'E8EEF4'); sh.set(qn('w:val'), 'clear'); L._tc.get_or_add_tcPr().append(sh)
    L.paragraphs[0].add_run(p['title']).bold = True
    side = [('CONTACT', [p['phone_disp'], p['email'], p['address']])]
    main = []
    for title, lines in p['sections']:
        (side if title in ('Languages','Goals') else main).append((title, lines))
    for title, lines in side:
        pp = L.add_paragraph(); rr = pp.add_run(title.upper()); rr.bold = True; rr.font.size = Pt(9)
        for ln in lines:
            q = L.add_paragraph(ln); q.runs[0].font.size = Pt(9)
    first = True
    for title, lines in main:
        pp = R.paragraphs[0] if first else R.add_paragraph(); first = False
        rr = pp.add_run(title); rr.bold = True; rr.font.size = Pt(12); rr.font.color.rgb = RGBColor(0x8B,0,0)
        for ln in lines:
            q = R.add_paragraph(ln, style='List Bullet'); q.runs[0].font.size = Pt(10)
    d.save(path)

def docx_hdr(p, path, textbox=False):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = f"{p['title']}  ·  {p['email']}  ·  {p['phone_disp']}"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.text = p['address'] + '  —  Curriculum Vitae'; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading('Curriculum Vitae', 0)
    add_textbox(d, ['AT A GLANCE'] + [ln for t, ls in p['sections'] if t.startswith('USMLE') for ln in ls])
    for title, lines in p['sections']:
        d.add_heading(title, level=2)
        for ln in lines:
            d.add_paragraph(ln)
    d.save(path)

def add_textbox(d, lines):
    # floating VML text box (as Word 2007-2010 'Text Box' objects are stored), anchored in the first paragraph
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    paras = ''.join(f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">{escape(x)}</w:t></w:r></w:p>' for i, x in enumerate(lines))
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shape id="tb1" o:spt="202" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0pt;width:175pt;height:88pt;z-index:2;mso-position-horizontal-relative:margin" '
           'fillcolor="#EAF2F8" strokecolor="#1F3A68"><v:textbox><w:txbxContent>' + paras + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par = d.add_paragraph()
    par._p.append(parse_xml(xml))

def docx_simple_for_lo(p, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(p['title']); r.bold = True; r.font.size = Pt(20)
    c = d.add_paragraph(f"{p['address']}\n{p['phone_disp']} | {p['email']}"); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, lines in p['sections']:
        hp = d.add_paragraph(); hr = hp.add_run(title); hr.bold = True; hr.font.size = Pt(13); hr.underline = True
        for ln in lines:
            d.add_paragraph(ln, style='List Number' if title == 'Publications' else 'List Bullet')
    # pad with a page of duties to make it a multi-page CV
    d.add_page_break()
    d.add_paragraph().add_run('Duties and Procedures Log (Nepal)').bold = True
    for x in ['Central line insertion (IJ, subclavian) — 40+', 'Endotracheal intubation — 60+', 'Arterial blood gas sampling — 200+',
              'Lumbar puncture — 25', 'Thoracentesis / paracentesis — 30', 'Non-invasive ventilation management — ICU rotations']:
        d.add_paragraph(x, style='List Bullet')
    d.save(path)

# ---------------- ODT (odfpy) ----------------
def odt(p, path, table=False):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as TP, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name='Big', family='paragraph'); big.addElement(TextProperties(fontsize='18pt', fontweight='bold', color='#6B2C91')); big.addElement(ParagraphProperties(textalign='center'))
    hs = Style(name='Hd', family='paragraph'); hs.addElement(TextProperties(fontsize='12pt', fontweight='bold', color='#6B2C91')); hs.addElement(ParagraphProperties(margintop='0.3cm', borderbottom='0.5pt solid #6B2C91'))
    sm = Style(name='Sm', family='paragraph'); sm.addElement(TextProperties(fontsize='10pt'))
    for s in (big, hs, sm): doc.automaticstyles.addElement(s)
    doc.text.addElement(TP(stylename=big, text=p['title']))
    if table:
        tb = Table(name='Contact')
        tb.addElement(TableColumn(numbercolumnsrepeated=2))
        for a, b in [('Telepon / Phone', p['phone_disp']), ('Email', p['email']), ('Alamat / Address', p['address'])]:
            tr = TableRow(); 
            for v in (a, b):
                tc = TableCell(); tc.addElement(TP(stylename=sm, text=v)); tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)
    else:
        doc.text.addElement(TP(stylename=sm, text=f"{p['address']} · Tel. {p['phone_disp']} · {p['email']}"))
    for title, lines in p['sections']:
        doc.text.addElement(TP(stylename=hs, text=title))
        if table and len(lines) > 1:
            tb = Table(name='T' + str(abs(hash(title)) % 10000)); tb.addElement(TableColumn())
            for ln in lines:
                tr = TableRow(); tc = TableCell(); tc.addElement(TP(stylename=sm, text=ln)); tr.addElement(tc); tb.addElement(tr)
            doc.text.addElement(tb)
        else:
            for ln in lines: doc.text.addElement(TP(stylename=sm, text=ln))
    doc.save(path)

# ---------------- RTF ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in '\\{}': o.append('\\' + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append(f'\\u{c}?')
    return ''.join(o)
def rtf(p, path):
    L = [r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}', r'\paperw11906\paperh16838\margl1134\margr1134\f0\fs22']
    L.append(r'\pard\qc\b\f1\fs32 ' + rtf_esc(p['title']) + r'\b0\fs22\par')
    L.append(r'\pard\qc ' + rtf_esc(p['address']) + r'\line H/P: ' + rtf_esc(p['phone_disp']) + r'\line Email: ' + rtf_esc(p['email']) + r'\par\pard\ql\par')
    for title, lines in p['sections']:
        L.append(r'\pard\sb200\b\ul ' + rtf_esc(title.upper()) + r'\ul0\b0\par')
        for ln in lines: L.append(r'\pard\li360 ' + rtf_esc(ln) + r'\par')
    L.append('}')
    open(path, 'w', encoding='ascii').write('\n'.join(L))

# ---------------- TXT ----------------
def txt(p, path, md=False):
    o = []
    if md:
        o += ['# ' + p['title'], '', f"{p['address']} | {p['phone_disp']} | {p['email']}", '']
        for t, lines in p['sections']: o += ['## ' + t] + lines + ['']
    else:
        o += [p['title'].center(72), p['address'].center(72), ('Ph: ' + p['phone_disp'] + '   E-mail: ' + p['email']).center(72), '=' * 72, '']
        for t, lines in p['sections']: o += [t.upper(), '-' * len(t)] + lines + ['']
    open(path, 'w', encoding='utf-8').write('\r\n'.join(o) if not md else '\n'.join(o))

# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', DV + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', DV + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVS', DV + 'DejaVuSerif.ttf')); pdfmetrics.registerFont(TTFont('DVSB', DV + 'DejaVuSerif-Bold.ttf'))
def rl_twocol(p, path):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    rl_fonts()
    W, H = A4
    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor('#0F5257')); c.rect(0, 0, 6.2*72/2.54, H, fill=1, stroke=0); c.restoreState()
    side = Frame(0.6*28.35, 1.5*28.35, 5.0*28.35, H - 3*28.35, id='side')
    main = Frame(6.8*28.35, 1.5*28.35, W - 7.6*28.35, H - 3*28.35, id='main')
    main2 = Frame(1.5*28.35, 1.5*28.35, W - 3*28.35, H - 3*28.35, id='main2')
    doc = BaseDocTemplate(path, pagesize=A4, title='CV', author=p['full_name'])
    doc.addPageTemplates([PageTemplate(id='first', frames=[side, main], onPage=bg, autoNextPageTemplate='later'), PageTemplate(id='later', frames=[main2])])
    sw = ParagraphStyle('sw', fontName='DV', fontSize=7.5, textColor=colors.white, leading=10)
    swh = ParagraphStyle('swh', parent=sw, fontName='DVB', fontSize=10, spaceBefore=10)
    nm = ParagraphStyle('nm', fontName='DVB', fontSize=12, textColor=colors.white, leading=15)
    h = ParagraphStyle('h', fontName='DVB', fontSize=11.5, textColor=colors.HexColor('#0F5257'), spaceBefore=9, spaceAfter=3)
    b = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, leftIndent=8)
    st = [Paragraph(html.escape(p['title']), nm), Paragraph('CONTACT', swh), Paragraph(html.escape(p['phone_disp']), sw),
          Paragraph(html.escape(p['email']), sw), Paragraph(html.escape(p['address']), sw)]
    sidesec = ('Languages', 'Interests', 'References')
    for t, lines in p['sections']:
        if t in sidesec:
            st.append(Paragraph(t.upper(), swh)); st += [Paragraph(html.escape(x), sw) for x in lines]
    st.append(FrameBreak())
    for t, lines in p['sections']:
        if t not in sidesec:
            st.append(Paragraph(t, h)); st += [Paragraph('• ' + html.escape(x), b) for x in lines]
    doc.build(st)
def rl_classic(p, path):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import letter
    rl_fonts()
    doc = SimpleDocTemplate(path, pagesize=letter, title='Curriculum Vitae')
    nm = ParagraphStyle('nm', fontName='DVSB', fontSize=17, alignment=1, leading=21)
    ct = ParagraphStyle('ct', fontName='DVS', fontSize=9.5, alignment=1)
    h = ParagraphStyle('h', fontName='DVSB', fontSize=11, spaceBefore=8)
    b = ParagraphStyle('b', fontName='DVS', fontSize=10, leading=13, leftIndent=14)
    st = [Paragraph(html.escape(p['title']), nm), Paragraph(html.escape(p['address']), ct), Paragraph(html.escape(p['phone_disp'] + '  •  ' + p['email']), ct), Spacer(1, 6)]
    for t, lines in p['sections']:
        st += [Paragraph(t.upper(), h), HRFlowable(width='100%', thickness=0.6)] + [Paragraph(html.escape(x), b) for x in lines]
    doc.build(st)

# ---------------- fpdf2 ----------------
def fpdf_cv(p, path, student=False):
    from fpdf import FPDF
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 15)
    pdf.add_font('DV', '', DV + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', DV + 'DejaVuSans-Bold.ttf')
    pdf.set_title('Resume'); pdf.add_page()
    if student:
        pdf.set_fill_color(122, 16, 28); pdf.rect(0, 0, 210, 32, 'F'); pdf.set_text_color(255, 255, 255)
        pdf.set_font('DV', 'B', 18); pdf.set_xy(12, 8); pdf.cell(0, 9, p['title'])
        pdf.set_font('DV', '', 9); pdf.set_xy(12, 19); pdf.cell(0, 5, f"{p['email']}   |   {p['phone_disp']}   |   {p['address']}")
        pdf.set_text_color(0, 0, 0); pdf.set_y(38)
    else:
        pdf.set_font('DV', 'B', 16); pdf.cell(0, 9, p['title'], new_x='LMARGIN', new_y='NEXT', align='C')
        pdf.set_font('DV', '', 9); pdf.cell(0, 5, p['address'], new_x='LMARGIN', new_y='NEXT', align='C')
        pdf.cell(0, 5, f"Tel: {p['phone_disp']}  /  Email: {p['email']}", new_x='LMARGIN', new_y='NEXT', align='C'); pdf.ln(3)
    for t, lines in p['sections']:
        pdf.set_font('DV', 'B', 11); pdf.cell(0, 7, t, new_x='LMARGIN', new_y='NEXT', border='B'); pdf.ln(1)
        pdf.set_font('DV', '', 9.5)
        for ln in lines:
            pdf.set_x(16); pdf.multi_cell(0, 5, '- ' + ln, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(2)
    pdf.output(path)

# ---------------- Chromium HTML ----------------
CSS = {
'html_sidebar': """@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt;display:flex}
 aside{width:62mm;min-height:297mm;background:#243447;color:#eef;padding:12mm 6mm;box-sizing:border-box} main{flex:1;padding:12mm 10mm}
 aside h1{font-size:16pt;margin:0 0 6mm} aside h3{font-size:9pt;letter-spacing:1px;color:#9cf;margin:6mm 0 1mm} main h2{color:#243447;border-bottom:2px solid #9cf;font-size:12pt}
 li{margin:1.5mm 0}""",
'html_modern_band': """@page{size:Letter;margin:14mm 14mm 16mm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;color:#222}
 header{background:linear-gradient(90deg,#7a1f3d,#c2410c);color:#fff;padding:8mm;border-radius:3mm} header h1{margin:0;font-size:22pt} header p{margin:1mm 0 0;font-size:9.5pt}
 h2{font-size:11pt;text-transform:uppercase;color:#7a1f3d;letter-spacing:1.5px;margin:6mm 0 1mm} ul{margin:0;padding-left:5mm} li{margin:1mm 0}""",
'html_timeline': """@page{size:A4;margin:15mm} body{font-family:'DejaVu Serif',serif;font-size:10pt}
 h1{font-size:20pt;margin:0;color:#14532d} .contact{font-size:9pt;color:#555;margin-bottom:4mm} h2{font-size:11pt;color:#14532d;margin:5mm 0 1mm}
 .tl{border-left:3px solid #14532d;padding-left:5mm;margin-left:2mm} .tl p{margin:1.5mm 0;position:relative} .tl p:before{content:'';position:absolute;left:-7.3mm;top:1.2mm;width:3mm;height:3mm;border-radius:50%;background:#14532d}""",
}
def html_cv(p, path):
    e = html.escape; lay = p['layout']
    if lay == 'html_sidebar':
        side = ['Languages', 'Referees']
        a = f"<aside><h1>{e(p['title'])}</h1><h3>CONTACT</h3><p>{e(p['phone_disp'])}<br>{e(p['email'])}<br>{e(p['address'])}</p>"
        for t, ls in p['sections']:
            if t in side: a += f"<h3>{e(t.upper())}</h3>" + ''.join(f"<p>{e(x)}</p>" for x in ls)
        m = '<main>' + ''.join(f"<h2>{e(t)}</h2><ul>" + ''.join(f"<li>{e(x)}</li>" for x in ls) + '</ul>' for t, ls in p['sections'] if t not in side) + '</main>'
        body = a + '</aside>' + m
    elif lay == 'html_modern_band':
        body = f"<header><h1>{e(p['title'])}</h1><p>{e(p['address'])} &nbsp;|&nbsp; {e(p['phone_disp'])} &nbsp;|&nbsp; {e(p['email'])}</p></header>"
        body += ''.join(f"<h2>{e(t)}</h2><ul>" + ''.join(f"<li>{e(x)}</li>" for x in ls) + '</ul>' for t, ls in p['sections'])
    else:
        body = f"<h1>{e(p['title'])}</h1><div class=contact>{e(p['email'])} · {e(p['phone_disp'])} · {e(p['address'])}</div>"
        body += ''.join(f"<h2>{e(t)}</h2><div class=tl>" + ''.join(f"<p>{e(x)}</p>" for x in ls) + '</div>' for t, ls in p['sections'])
    src = os.path.join(TMP, lay + '.html')
    open(src, 'w', encoding='utf-8').write(f"<!doctype html><html><head><meta charset=utf-8><title>CV</title><style>{CSS[lay]}</style></head><body>{body}</body></html>")
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={path}', 'file://' + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def lo_pdf(p, path):
    src = os.path.join(TMP, f"w87_{p['n']:03d}_src.docx"); docx_simple_for_lo(p, src)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + TMP + '/lo', '--convert-to', 'pdf', '--outdir', TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(src[:-5] + '.pdf', path)

# ---------------- scans (Pillow) ----------------
def render_page_image(p, font_path):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1275, 1650  # letter @150dpi
    img = Image.new('L', (W, H), 255); d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(font_path.replace('Sans.ttf', 'Sans-Bold.ttf') if 'DejaVu' in font_path else font_path, 34)
    f = ImageFont.truetype(font_path, 21); fh = ImageFont.truetype(font_path.replace('Sans.ttf', 'Sans-Bold.ttf') if 'DejaVu' in font_path else font_path, 24)
    y = 90
    d.text((W // 2, y), p['title'], font=fb, fill=0, anchor='mt'); y += 55
    for ln in (p['address'], f"Phone: {p['phone_disp']}   Email: {p['email']}"):
        d.text((W // 2, y), ln, font=f, fill=30, anchor='mt'); y += 32
    y += 10; d.line((100, y, W - 100, y), fill=0, width=2); y += 20
    for t, lines in p['sections']:
        d.text((100, y), t.upper(), font=fh, fill=0); y += 36
        for ln in lines:
            words = ln.split(); cur = ''
            for w in words:
                if d.textlength(cur + ' ' + w, font=f) > W - 240:
                    d.text((125, y), cur, font=f, fill=20); y += 29; cur = w
                else: cur = (cur + ' ' + w).strip()
            d.text((125, y), cur, font=f, fill=20); y += 31
        y += 12
    return img
def degrade(img, rot, photo):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.convert('RGB')
    img = img.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=(235, 232, 225) if photo else (250, 250, 250))
    img = img.filter(ImageFilter.GaussianBlur(1.1 if photo else 0.7))
    a = np.asarray(img).astype(np.float32)
    if photo:
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        shade = 1.0 - 0.22 * ((xx / w - 0.3) ** 2 + (yy / h - 0.4) ** 2)  # uneven lighting
        a = a * shade[..., None]; a[..., 2] *= 0.93; a[..., 0] *= 1.02
    a += np.random.default_rng(87).normal(0, 10 if photo else 7, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype('uint8'))
    img = ImageEnhance.Contrast(img).enhance(0.72 if photo else 0.85)
    return img
def scan(p, path):
    font = DV + 'DejaVuSans.ttf'
    img = render_page_image(p, font)
    f = p['fmt']
    rot = {17: 0.8, 18: -1.7, 19: 1.2, 20: -0.6, 21: 1.9}[p['n']]
    out = degrade(img, rot, photo=(f != 'scan_pdf'))
    if f == 'scan_pdf':
        out.convert('L').save(path, 'PDF', resolution=150.0)
    elif f == 'scan_jpg':
        out.save(path, 'JPEG', quality=68)
    else:
        out.save(path, 'PNG')

# ---------------- truth ----------------
def ym(s): y, m = s.split('-'); return int(y) * 12 + int(m) - 1
def months(entries):
    s = set()
    for e in entries:
        s.update(range(ym(e['start']), ym(e['end']) + 1))
    return len(s)
KEYS = ['full_name','email','phone_e164','medical_school','medical_school_country','graduation_year','is_student','usmle_step1','usmle_step2ck','usmle_step3','ecfmg_status','specialties','languages','visa_status','publications']
def truth(p):
    ents = [dict(type=a, specialty=b, state=c, start=d, end=e) for a, b, c, d, e in p['usce']]
    t = {'file': fname(p), 'layout': p['layout']}
    for k in KEYS: t[k] = p[k]
    t['usce_months'] = months(ents)
    t['usce_months_clinical'] = months([e for e in ents if e['type'] in ('hands_on', 'observership')])
    t['usce_entries'] = ents
    if p['fmt'].startswith('scan'): t['needs_ocr'] = True
    return t

def main():
    truths = []
    for p in P:
        path = os.path.join(OUT, fname(p)); f = p['fmt']; lay = p['layout']
        if f == 'docx': (docx_table if lay == 'docx_table' else docx_twocol)(p, path)
        elif f == 'docx_hdr': docx_hdr(p, path)
        elif f == 'odt': odt(p, path, table=(lay == 'odt_table'))
        elif f == 'rtf': rtf(p, path)
        elif f == 'txt': txt(p, path, md=(lay == 'txt_markdown'))
        elif f == 'pdf' and lay.startswith('html'): html_cv(p, path)
        elif lay == 'reportlab_twocol': rl_twocol(p, path)
        elif f == 'pdf_rl': rl_classic(p, path)
        elif lay == 'fpdf_classic': fpdf_cv(p, path)
        elif f == 'pdf_fpdf2': fpdf_cv(p, path, student=True)
        elif f == 'pdf_lo': lo_pdf(p, path)
        elif f.startswith('scan'): scan(p, path)
        else: raise SystemExit('no renderer ' + lay)
        truths.append(truth(p)); print('built', fname(p))
    # damaged files
    src9 = os.path.join(OUT, fname(P[8]))
    data = open(src9, 'rb').read()
    dmg = [('w87_022_truncated_pdf.pdf', 'truncated_pdf'), ('w87_023_encrypted_pdf.pdf', 'encrypted_pdf'), ('w87_024_random_bytes.docx', 'random_bytes')]
    open(os.path.join(OUT, dmg[0][0]), 'wb').write(data[: int(len(data) * 0.37)])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); w.append(PdfReader(os.path.join(OUT, fname(P[2]))))
    w.encrypt(user_password='Jakarta2024', owner_password='owner-w87', algorithm='RC4-128')
    with open(os.path.join(OUT, dmg[1][0]), 'wb') as fh: w.write(fh)
    open(os.path.join(OUT, dmg[2][0]), 'wb').write(random.Random(2487).randbytes(23817))
    for fn, lay in dmg: truths.append({'file': fn, 'layout': lay, 'error': True})
    with open(os.path.join(ROOT, 'truth.jsonl'), 'w', encoding='utf-8') as fh:
        for t in truths: fh.write(json.dumps(t, ensure_ascii=False) + '\n')
    shutil.rmtree(TMP, ignore_errors=True)
    print('done', len(truths))
if __name__ == '__main__': main()
