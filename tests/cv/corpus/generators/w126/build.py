# -*- coding: utf-8 -*-
"""Render w126 files from people.py. Run via build.sh (uses the venv python)."""
import os, sys, json, subprocess, shutil, random, html, io, tempfile
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw, ImageFont, ImageOps
sys.path.insert(0, os.path.dirname(__file__))
from people import P

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, 'files')
TMP = os.path.join(ROOT, 'tmp'); os.makedirs(TMP, exist_ok=True); os.makedirs(FILES, exist_ok=True)
DEJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
LAYOUT = {}

def out(num, layout, ext):
    fn = f"w126_{num}_{layout}.{ext}"
    LAYOUT[num] = (fn, layout)
    return os.path.join(FILES, fn)

def soffice(src, fmt, outdir):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + TMP + '/lo_profile',
                    '--convert-to', fmt, '--outdir', outdir, src], check=True, capture_output=True, timeout=180)

def chromium_pdf(html_text, dst):
    src = os.path.join(TMP, os.path.basename(dst) + '.html')
    open(src, 'w', encoding='utf-8').write(html_text)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=' + TMP + '/chr_profile', '--print-to-pdf=' + dst, 'file://' + src],
                   check=True, capture_output=True, timeout=180)

def e(s): return html.escape(s)

# ------------------------------------------------------------------ HTML templates
SIGN_SVG = '''<svg width="190" height="60" viewBox="0 0 190 60"><path d="M5 45 C 20 5, 35 5, 40 40 S 60 55, 70 20 S 95 10, 100 42 C 110 55, 120 20, 135 30 S 160 50, 185 15"
 stroke="#1b2a7a" stroke-width="2.2" fill="none"/></svg>'''
PHOTO_SVG = '''<svg width="110" height="135" viewBox="0 0 110 135" style="border:1px solid #333"><rect width="110" height="135" fill="#c9ccd1"/>
<circle cx="55" cy="50" r="26" fill="#5a4636"/><path d="M12 135 C 15 95, 95 95, 98 135 Z" fill="#2c3e50"/></svg>'''
def STAMP_SVG(lines, color='#2233aa', rot=-14):
    return f'''<svg width="200" height="200" viewBox="0 0 200 200" style="transform:rotate({rot}deg);opacity:.78">
<circle cx="100" cy="100" r="92" stroke="{color}" stroke-width="5" fill="none"/><circle cx="100" cy="100" r="74" stroke="{color}" stroke-width="2" fill="none"/>
<text x="100" y="80" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="11" fill="{color}">{lines[0]}</text>
<text x="100" y="108" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="17" fill="{color}">{lines[1]}</text>
<text x="100" y="134" text-anchor="middle" font-family="DejaVu Sans" font-size="12" fill="{color}">{lines[2]}</text></svg>'''

def sec_html(title, items, table=False):
    h = f'<h2>{e(title)}</h2>'
    if table:
        h += '<table class="t">' + ''.join(
            f'<tr><td class="w">{e(it[0])}</td><td>{e(it[1])}</td></tr>' if isinstance(it, tuple) else f'<tr><td colspan="2">{e(it)}</td></tr>'
            for it in items) + '</table>'
    else:
        for it in items:
            if isinstance(it, tuple):
                h += f'<div class="row"><span class="w">{e(it[0])}</span><span>{e(it[1])}</span></div>'
            else:
                h += f'<p>{e(it)}</p>'
    return h

BASE_CSS = '''@page{size:A4;margin:16mm 15mm}body{font-family:"DejaVu Sans",sans-serif;font-size:%(fs)spt;color:#111;line-height:1.35}
h1{font-size:%(h1)spt;margin:0 0 2px 0;letter-spacing:.5px}h2{font-size:%(h2)spt;border-bottom:1.5px solid #222;margin:%(gap)spx 0 4px 0;text-transform:uppercase}
p{margin:2px 0}.row{display:flex;margin:2px 0}.row .w{flex:0 0 150px;font-weight:bold}
table.t{border-collapse:collapse;width:100%%}table.t td{border:1px solid #444;padding:3px 5px;vertical-align:top}table.t td.w{width:150px;font-weight:bold}
table.c{border-collapse:collapse;margin:6px 0}table.c td{border:1px solid #444;padding:2px 8px}.sub{font-size:%(fs)spt;color:#333}'''

def html_classic(p, fs=10.5, h1=24, h2=11.5, gap=10, table=False, photo=False, sign=None, stamp=None, contacts_table=True,
                 font='"DejaVu Sans",sans-serif', extra_css='', faxhead=None):
    cv = p['cv']
    css = BASE_CSS % dict(fs=fs, h1=h1, h2=h2, gap=gap) + extra_css
    css = css.replace('"DejaVu Sans",sans-serif', font)
    head = ''
    if faxhead:
        head += f'<div style="font-family:monospace;font-size:9pt;border-bottom:1px dashed #000;margin-bottom:8px">{e(faxhead)}</div>'
    ph = f'<td style="width:120px;vertical-align:top">{PHOTO_SVG}</td>' if photo else ''
    if contacts_table:
        ct = '<table class="c">' + ''.join(f'<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>' for k, v in cv['contacts']) + '</table>'
    else:
        ct = '<p>' + ' &nbsp;|&nbsp; '.join(e((k + ': ' if k else '') + v) for k, v in cv['contacts']) + '</p>'
    head += f'<table style="width:100%"><tr><td style="vertical-align:top"><h1>{e(cv["name"])}</h1><div class="sub">{e(cv["title"])}</div>{ct}</td>{ph}</tr></table>'
    body = ''.join(sec_html(t, items, table) for t, items in cv['sections'])
    foot = ''
    if sign:
        foot += f'''<div style="margin-top:22px;display:flex;justify-content:space-between;align-items:flex-end;position:relative">
<div>I hereby declare that the above information is true to the best of my knowledge.<br><br>Date: {e(sign)}</div>
<div style="text-align:center">{SIGN_SVG}<br>({e(cv["name"])})</div>{('<div style="position:absolute;right:190px;top:-30px">' + stamp + '</div>') if stamp else ''}</div>'''
    return f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{head}{body}{foot}</body></html>'

def html_twocol(p, sign=None):
    cv = p['cv']
    side_titles = {'Langues / Languages', 'USMLE', 'Référence'}
    side = ''.join(f'<p><b>{e(k)}</b><br>{e(v)}</p>' for k, v in cv['contacts'])
    main = ''
    for t, items in cv['sections']:
        if t in side_titles: side += sec_html(t, items)
        else: main += sec_html(t, items)
    css = '''@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Serif",serif;font-size:9.8pt;color:#222}
.wrap{display:flex;min-height:297mm}.side{width:62mm;background:#1f3b57;color:#eef;padding:14mm 6mm}.main{flex:1;padding:14mm 10mm}
h1{font-size:26pt;margin:0;color:#1f3b57}h2{font-size:11pt;margin:12px 0 4px;border-bottom:1px solid #88a;text-transform:uppercase}
.side h2{border-color:#eef}.row{display:flex;margin:3px 0}.row .w{flex:0 0 105px;font-weight:bold}p{margin:3px 0}'''
    return f'''<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="wrap"><div class="side">{side}</div>
<div class="main"><h1>{e(cv["name"])}</h1><div style="font-style:italic;margin-bottom:8px">{e(cv["title"])}</div>{main}</div></div></body></html>'''

# ------------------------------------------------------------------ readable renderers
def r001():
    from docx import Document
    from docx.shared import Pt
    p = P['001']; cv = p['cv']
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
    h = d.add_paragraph(); r = h.add_run(cv['name']); r.bold = True; r.font.size = Pt(22)
    d.add_paragraph(cv['title'])
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in cv['contacts']:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    for title, items in cv['sections']:
        d.add_heading(title, level=2)
        for it in items:
            if isinstance(it, tuple):
                para = d.add_paragraph(); para.add_run(it[0] + '\t').bold = True; para.add_run(it[1])
            else:
                d.add_paragraph(it, style='List Bullet')
    d.add_paragraph('Signed: ______________________    Date: 12 Oct 2026')
    src = os.path.join(TMP, 'w126_001.docx'); d.save(src)
    soffice(src, 'pdf', TMP)
    shutil.move(os.path.join(TMP, 'w126_001.pdf'), out('001', 'lo_docx_contacts_table', 'pdf'))

def r002():
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = P['002']; cv = p['cv']
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.text = f"{cv['contacts'][0][0]}: {cv['contacts'][0][1]}  •  {cv['contacts'][1][1]}"
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.text = cv['contacts'][2][1] + '  —  Curriculum Vitae'
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(cv['name'].upper()); r.bold = True; r.font.size = Pt(20)
    s = d.add_paragraph(cv['title']); s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, items in cv['sections']:
        d.add_heading(title, level=1)
        for it in items:
            if isinstance(it, tuple):
                para = d.add_paragraph(); para.add_run(it[0]).italic = True; para.add_run(' — ' + it[1])
            else:
                d.add_paragraph(it)
    d.save(out('002', 'docx_header_footer', 'docx'))

def r003():
    chromium_pdf(html_twocol(P['003']), out('003', 'chromium_twocol', 'pdf'))

def fpdf_cv(p, dst, two_page=False):
    from fpdf import FPDF
    cv = p['cv']
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 18)
    pdf.add_font('DV', '', DEJ); pdf.add_font('DV', 'B', DEJB)
    pdf.add_page()
    pdf.set_font('DV', 'B', 20); pdf.cell(0, 10, cv['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 10); pdf.cell(0, 6, cv['title'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 9)
    for k, v in cv['contacts']:
        pdf.cell(0, 5, f"{k}: {v}", new_x='LMARGIN', new_y='NEXT')
    for i, (title, items) in enumerate(cv['sections']):
        if two_page and title.startswith('Research'): pdf.add_page()
        pdf.ln(3); pdf.set_font('DV', 'B', 11); pdf.cell(0, 7, title.upper(), new_x='LMARGIN', new_y='NEXT')
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_font('DV', '', 9.5)
        for it in items:
            if isinstance(it, tuple):
                y = pdf.get_y(); pdf.set_font('DV', 'B', 9.5); pdf.multi_cell(45, 5, it[0], new_x='RIGHT', new_y='TOP')
                pdf.set_font('DV', '', 9.5); pdf.multi_cell(0, 5, it[1], new_x='LMARGIN', new_y='NEXT')
            else:
                pdf.multi_cell(0, 5, '• ' + it, new_x='LMARGIN', new_y='NEXT')
    if two_page:
        pdf.set_y(-30); pdf.set_font('DV', '', 8)
    pdf.output(dst)

def r004(): fpdf_cv(P['004'], out('004', 'fpdf_classic', 'pdf'))
def r011(): fpdf_cv(P['011'], out('011', 'fpdf_twopage', 'pdf'), two_page=True)

def r005():
    cv = P['005']['cv']; L = []
    L.append(cv['name'].upper()); L.append(cv['native']); L.append(cv['title']); L.append('')
    for k, v in cv['contacts']: L.append(f"{k:<8}: {v}")
    for title, items in cv['sections']:
        L += ['', title, '-' * len(title)]
        for it in items:
            L.append(f"  {it[0]:<30} {it[1]}" if isinstance(it, tuple) else f"  * {it}")
    L += ['', 'Date: 03/11/2026', 'Kathmandu']
    open(out('005', 'plain_text', 'txt'), 'w', encoding='utf-8').write('\r\n'.join(L) + '\r\n')

def r006():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', DEJ)); pdfmetrics.registerFont(TTFont('DVB', DEJB))
    cv = P['006']['cv']
    ss = getSampleStyleSheet()
    n = ParagraphStyle('n', parent=ss['Normal'], fontName='DV', fontSize=9.5, leading=12)
    hb = ParagraphStyle('h', parent=n, fontName='DVB', fontSize=11, spaceBefore=8, textColor=colors.HexColor('#0b4f3c'))
    story = [Paragraph(e(cv['name']), ParagraphStyle('t', parent=n, fontName='DVB', fontSize=22, leading=26)), Paragraph(e(cv['title']), n), Spacer(1, 6)]
    ct = Table([[Paragraph(f'<b>{e(k)}</b>', n), Paragraph(e(v), n)] for k, v in cv['contacts']], colWidths=[90, 350])
    ct.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), .5, colors.grey), ('FONTNAME', (0, 0), (-1, -1), 'DV')]))
    story.append(ct)
    for title, items in cv['sections']:
        story.append(Paragraph(e(title), hb))
        rows = [[Paragraph(e(it[0]), n), Paragraph(e(it[1]), n)] if isinstance(it, tuple) else [Paragraph(e(it), n), ''] for it in items]
        t = Table(rows, colWidths=[110, 360])
        style = [('GRID', (0, 0), (-1, -1), .4, colors.lightgrey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
        for i, it in enumerate(items):
            if not isinstance(it, tuple): style.append(('SPAN', (0, i), (1, i)))
        t.setStyle(TableStyle(style)); story.append(t)
    SimpleDocTemplate(out('006', 'reportlab_table', 'pdf'), pagesize=A4, title='CV').build(story)

def r007():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as OP, H, Span
    cv = P['007']['cv']
    doc = OpenDocumentText()
    big = Style(name='Big', family='paragraph'); big.addElement(TextProperties(fontsize='22pt', fontweight='bold')); doc.styles.addElement(big)
    hs = Style(name='Hd', family='paragraph'); hs.addElement(TextProperties(fontsize='13pt', fontweight='bold', color='#7a1f1f'))
    hs.addElement(ParagraphProperties(margintop='0.3cm')); doc.styles.addElement(hs)
    bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
    doc.text.addElement(OP(stylename=big, text=cv['name']))
    doc.text.addElement(OP(text=cv['title']))
    for k, v in cv['contacts']:
        para = OP(); para.addElement(Span(stylename=bold, text=k + ' : ')); para.addText(v); doc.text.addElement(para)
    for title, items in cv['sections']:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=title))
        for it in items:
            if isinstance(it, tuple):
                para = OP(); para.addElement(Span(stylename=bold, text=it[0] + '  ')); para.addText(it[1]); doc.text.addElement(para)
            else:
                doc.text.addElement(OP(text=it))
    doc.text.addElement(OP(text='Fait à Kinshasa, le 05/10/2026'))
    doc.save(out('007', 'odfpy_odt', 'odt'))

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

def r008():
    cv = P['008']['cv']
    R = [r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134',
         r'\pard\qc\f1\fs40\b ' + rtf_esc(cv['name']) + r'\b0\par',
         r'\pard\qc\fs20 ' + rtf_esc(cv['title']) + r'\par',
         r'\pard\qc\fs18 ' + rtf_esc('  |  '.join(f'{k}: {v}' for k, v in cv['contacts'])) + r'\par\pard\sa120\par']
    for title, items in cv['sections']:
        R.append(r'\pard\sb160\sa60\f1\fs22\b\ul ' + rtf_esc(title) + r'\ul0\b0\par')
        for it in items:
            if isinstance(it, tuple):
                R.append(r'\pard\f0\fs21\li2200\fi-2200\tx2200 ' + rtf_esc(it[0]) + r'\tab ' + rtf_esc(it[1]) + r'\par')
            else:
                R.append(r'\pard\f0\fs21\li360 ' + rtf_esc(it) + r'\par')
    R.append('}')
    open(out('008', 'rtf_wordpad', 'rtf'), 'w', encoding='ascii').write('\n'.join(R))

def r009():
    chromium_pdf(html_classic(P['009'], photo=True, sign='28/09/2026', table=True), out('009', 'chromium_photo_sign', 'pdf'))

def r010():
    h = html_classic(P['010'], fs=11, h1=20, contacts_table=False, font='"Liberation Sans",sans-serif')
    src = os.path.join(TMP, 'w126_010.html'); open(src, 'w', encoding='utf-8').write(h)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + TMP + '/lo_profile', '--infilter=HTML (StarWriter)',
                    '--convert-to', 'pdf:writer_pdf_Export', '--outdir', TMP, src], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(TMP, 'w126_010.pdf'), out('010', 'lo_html_writer', 'pdf'))

def r012():
    from docx import Document
    from docx.shared import Pt, RGBColor
    cv = P['012']['cv']
    d = Document()
    t = d.add_table(rows=1, cols=2); t.style = 'Light Grid Accent 1'
    left, right = t.rows[0].cells
    lp = left.paragraphs[0]; r = lp.add_run(cv['name']); r.bold = True; r.font.size = Pt(18)
    left.add_paragraph(cv['title'])
    right.paragraphs[0].text = cv['contacts'][0][0] + ': ' + cv['contacts'][0][1]
    for k, v in cv['contacts'][1:]: right.add_paragraph(f'{k}: {v}')
    for title, items in cv['sections']:
        hp = d.add_paragraph(); rr = hp.add_run(title.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x80, 0, 0x20)
        tab = d.add_table(rows=0, cols=2)
        for it in items:
            c = tab.add_row().cells
            if isinstance(it, tuple): c[0].text, c[1].text = it
            else: c[1].text = it
    d.save(out('012', 'docx_two_col_table', 'docx'))

# ------------------------------------------------------------------ scans
def raster(pdf, dpi, gray=True):
    pre = os.path.join(TMP, os.path.basename(pdf) + f'_{dpi}')
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png'] + (['-gray'] if gray else []) + [pdf, pre], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(pre) + '-') and f.endswith('.png'))
    return [Image.open(os.path.join(TMP, f)).convert('L' if gray else 'RGB') for f in pages]

def noise(im, sigma, seed):
    rng = np.random.default_rng(seed)
    a = np.asarray(im).astype(np.float32)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), im.mode)

def rotate(im, deg, fill):
    return im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)

def perspective(im, seed, bg=(92, 74, 58), shrink=0.07):
    rng = random.Random(seed)
    w, h = im.size
    W, H = int(w * 1.12), int(h * 1.08)
    canvas_bg = Image.new('RGB', (W, H), bg)
    # destination quad corners (tl,tr,br,bl) in output; compute coefficients mapping output->input
    ox, oy = (W - w) // 2, (H - h) // 2
    dst = [(ox + rng.uniform(0, shrink) * w, oy + rng.uniform(0, shrink / 2) * h), (ox + w - rng.uniform(0, shrink) * w, oy + rng.uniform(0, shrink) * h),
           (ox + w - rng.uniform(0, shrink / 2) * w, oy + h - rng.uniform(0, shrink / 3) * h), (ox + rng.uniform(0, shrink / 2) * w, oy + h - rng.uniform(0, shrink / 2) * h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coef = np.linalg.solve(np.array(A, float), np.array(B, float))
    mask = Image.new('L', im.size, 255).transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC)
    warped = im.convert('RGB').transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC)
    canvas_bg.paste(warped, (0, 0), mask)
    # lighting gradient (phone shadow)
    g = np.linspace(0.72, 1.02, W)[None, :] * np.linspace(0.85, 1.0, H)[:, None]
    a = np.asarray(canvas_bg).astype(np.float32) * g[..., None]
    a[..., 2] *= 0.93  # warm indoor light
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def save_pdf(pages, dst, dpi, quality=None):
    pages = [pg.convert('RGB') if pg.mode not in ('L', '1', 'RGB') else pg for pg in pages]
    kw = dict(save_all=True, append_images=pages[1:], resolution=dpi)
    if quality: kw['quality'] = quality
    pages[0].save(dst, 'PDF', **kw)

def s013():  # fax
    p = P['013']
    pdf = os.path.join(TMP, 's013.pdf')
    chromium_pdf(html_classic(p, fs=11, faxhead='FROM : +234 62 551 020  ZARIA BUSINESS CENTRE    14 OCT 2026 09:42    P.01/01',
                              sign='14/10/2026', contacts_table=True), pdf)
    im = raster(pdf, 200)[0]
    im = im.resize((im.width, im.height // 2), Image.BILINEAR).resize((im.width, im.height), Image.NEAREST)  # fax 200x100 fine mode
    im = rotate(im, -0.8, 255)
    im = noise(im, 20, 13)
    rng = np.random.default_rng(3)
    a = np.asarray(im).copy()
    for y in rng.integers(0, a.shape[0], 6): a[y:y + 2, :] = np.minimum(a[y:y + 2, :], 110)  # streaks
    im = Image.fromarray(a).point(lambda v: 0 if v < 150 else 255).convert('1')
    im.save(out('013', 'scan_fax', 'pdf'), 'PDF', resolution=200)

def s014():  # phone photo JPG
    p = P['014']; pdf = os.path.join(TMP, 's014.pdf')
    chromium_pdf(html_classic(p, fs=12, h1=26, sign='Cape Coast, 2 Oct 2026'), pdf)
    im = raster(pdf, 150, gray=False)[0]
    im = perspective(im, 14)
    im = rotate(im, 1.7, (92, 74, 58)).filter(ImageFilter.GaussianBlur(1.1))
    im = noise(im, 7, 14)
    im.save(out('014', 'photo_phone', 'jpg'), 'JPEG', quality=62)

def s015():  # 2-page scan PDF
    p = P['015']; pdf = os.path.join(TMP, 's015.pdf')
    chromium_pdf(html_classic(p, fs=12.5, h1=28, h2=13, gap=18, sign='Buea, 20/09/2026', table=True), pdf)
    pages = raster(pdf, 200)
    outp = []
    for i, im in enumerate(pages):
        im = rotate(im, [1.2, -0.6][i % 2], 235)
        im = ImageEnhance.Contrast(im).enhance(0.85)
        im = noise(im, 10, 15 + i).filter(ImageFilter.GaussianBlur(0.6))
        outp.append(im)
    save_pdf(outp, out('015', 'scan_twopage', 'pdf'), 200, quality=55)
    return len(pages)

def s016():  # stamp PNG
    p = P['016']; pdf = os.path.join(TMP, 's016.pdf')
    chromium_pdf(html_classic(p, fs=11, sign='Lubumbashi, le 18/09/2026',
                              stamp=STAMP_SVG(['RÉPUBLIQUE DÉMOCRATIQUE', 'COPIE CONFORME', 'Lubumbashi — RDC'], '#2233aa', -14)), pdf)
    im = raster(pdf, 150, gray=False)[0]
    im = rotate(im, -2.2, (246, 244, 238))
    im = noise(im, 9, 16).filter(ImageFilter.GaussianBlur(0.5))
    im.save(out('016', 'scan_stamp', 'png'))

def s017():  # grey JPG
    p = P['017']; pdf = os.path.join(TMP, 's017.pdf')
    chromium_pdf(html_classic(p, fs=11, sign='19-Sep-2026', font='"Liberation Serif",serif'), pdf)
    im = raster(pdf, 200)[0]
    im = im.point(lambda v: int(55 + v * 0.68))  # grey paper, greyish ink
    im = rotate(im, 2.6, 160)
    im = noise(im, 12, 17).filter(ImageFilter.GaussianBlur(0.8))
    im.save(out('017', 'scan_grey', 'jpg'), 'JPEG', quality=45)

def s018():  # low-contrast PDF
    p = P['018']; pdf = os.path.join(TMP, 's018.pdf')
    chromium_pdf(html_classic(p, fs=10.5, sign='Queens, NY — 11/08/2026', table=True), pdf)
    im = raster(pdf, 150)[0]
    im = im.point(lambda v: int(120 + v * 0.45))  # faded toner
    im = rotate(im, -1.4, 235)
    im = noise(im, 8, 18)
    save_pdf([im], out('018', 'scan_lowcontrast', 'pdf'), 150, quality=60)

def s019():  # phone photo PNG
    p = P['019']; pdf = os.path.join(TMP, 's019.pdf')
    chromium_pdf(html_classic(p, fs=11.5, photo=True, sign='Kathmandu, 2083/06/12 B.S. (28/09/2026)'), pdf)
    im = raster(pdf, 170, gray=False)[0]
    im = perspective(im, 19, bg=(180, 170, 150), shrink=0.05)
    im = rotate(im, -1.0, (180, 170, 150)).filter(ImageFilter.GaussianBlur(0.9))
    im = noise(im, 6, 19)
    im.save(out('019', 'photo_phone', 'png'))

def s020():  # 2-page PDF
    p = P['020']; pdf = os.path.join(TMP, 's020.pdf')
    chromium_pdf(html_classic(p, fs=12, h1=26, h2=13, gap=16, sign='Rochester, MN, 01/10/2026'), pdf)
    pages = raster(pdf, 300)
    outp = []
    for i, im in enumerate(pages):
        im = ImageEnhance.Brightness(im).enhance(0.94)
        im = rotate(im, [-0.5, 0.9, 0.6][i % 3], 240)
        im = noise(im, 14, 20 + i).filter(ImageFilter.GaussianBlur(1.0))
        outp.append(im.resize((im.width * 2 // 3, im.height * 2 // 3)))
    save_pdf(outp, out('020', 'scan_twopage', 'pdf'), 200, quality=50)
    return len(pages)

def s021():  # table JPG
    p = P['021']; pdf = os.path.join(TMP, 's021.pdf')
    chromium_pdf(html_classic(p, fs=10.5, table=True, photo=True, sign='30/09/2026'), pdf)
    im = raster(pdf, 250)[0]
    im = rotate(im, 0.7, 250)
    im = noise(im, 11, 21).filter(ImageFilter.GaussianBlur(0.7))
    im.save(out('021', 'scan_table', 'jpg'), 'JPEG', quality=40)

# ------------------------------------------------------------------ damaged
def d022():
    src = os.path.join(FILES, LAYOUT['004'][0])
    b = open(src, 'rb').read()
    open(out('022', 'damaged_truncated', 'pdf'), 'wb').write(b[:1400])

def d023():
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for pg in PdfReader(os.path.join(FILES, LAYOUT['006'][0])).pages: w.add_page(pg)
    w.encrypt(user_password='kathmandu#2026', owner_password='zz-owner-9', algorithm='AES-256')
    w.write(out('023', 'damaged_encrypted', 'pdf'))

def d024():
    rng = np.random.default_rng(24)
    open(out('024', 'damaged_random_bytes', 'docx'), 'wb').write(rng.integers(0, 256, 30000, dtype=np.uint8).tobytes())

if __name__ == '__main__':
    for f in os.listdir(FILES): os.remove(os.path.join(FILES, f))
    for fn in [r001, r002, r003, r004, r005, r006, r007, r008, r009, r010, r011, r012,
               s013, s014, s015, s016, s017, s018, s019, s020, s021, d022, d023, d024]:
        res = fn(); print(fn.__name__, 'ok', res if res else '')
    json.dump(LAYOUT, open(os.path.join(TMP, 'layout.json'), 'w'), indent=1)
