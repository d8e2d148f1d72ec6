#!/usr/bin/env python3
"""Render w114 CV files from generators/src into files/. Truth is hand-written in truth_data.py."""
import os, subprocess, shutil, random, io, json, tempfile, html
from pathlib import Path
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps

W = 'w114'
GEN = Path(__file__).resolve().parent
SRC = GEN / 'src'
OUT = GEN.parent / 'files'
TMP = GEN.parent / '.tmp'
PANDOC = str(next((GEN.parent / '.venv').glob('lib/python3*/site-packages/pypandoc/files/pandoc')))
random.seed(114)
np.random.seed(114)


def sh(*a, **k):
    subprocess.run(a, check=True, **k)


def out(n, layout, ext):
    return OUT / f'{W}_{n:03d}_{layout}.{ext}'


def chromium_pdf(html_path, pdf_path):
    sh('chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
       f'--print-to-pdf={pdf_path}', f'file://{html_path}', stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def soffice(src, fmt, outdir, infilter=None):
    cmd = ['soffice', '--headless', f'-env:UserInstallation=file://{TMP}/lo_profile']
    if infilter:
        cmd.append(f'--infilter={infilter}')
    cmd += ['--convert-to', fmt, '--outdir', str(outdir), str(src)]
    sh(*cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def txt_to_pdf(src_txt, pdf_path, font='Liberation Mono'):
    d = TMP / ('lo_' + pdf_path.stem)
    d.mkdir(parents=True, exist_ok=True)
    s = d / (pdf_path.stem + '.txt')
    shutil.copy(src_txt, s)
    soffice(s, 'pdf', d, infilter=f'Text (encoded):UTF8,LF,{font},en-US')
    shutil.move(d / (pdf_path.stem + '.pdf'), pdf_path)


def rasterize(pdf, dpi, gray=True):
    prefix = TMP / ('r_' + pdf.stem)
    sh('pdftoppm', '-r', str(dpi), '-png', *(['-gray'] if gray else []), str(pdf), str(prefix))
    pages = sorted(TMP.glob(prefix.name + '*.png'))
    return [Image.open(p).convert('L' if gray else 'RGB') for p in pages]


def images_to_pdf(imgs, pdf_path, dpi):
    imgs = [i.convert('RGB') if i.mode not in ('1', 'L', 'RGB') else i for i in imgs]
    imgs[0].save(pdf_path, save_all=True, append_images=imgs[1:], resolution=dpi)


# ---------------------------------------------------------------- readable files
def f001():  # web form answers saved as .txt (CRLF, from a Windows browser "save as")
    t = (SRC / '001_webform.txt').read_text()
    out(1, 'webform_txt', 'txt').write_bytes(t.replace('\n', '\r\n').encode('utf-8'))


def f002():  # email body saved as .txt
    shutil.copy(SRC / '002_email_body.txt', out(2, 'email_body_txt', 'txt'))


def f003():  # raw markdown
    shutil.copy(SRC / '003_markdown.md', out(3, 'markdown_raw', 'md'))


def f004():  # pandoc md -> standalone html -> chromium pdf
    css = TMP / 'pandoc.css'
    css.write_text('body{font-family:"Noto Sans","Noto Sans Arabic",sans-serif;font-size:11pt;max-width:44em;margin:2em auto;line-height:1.35}'
                   'h1.title{font-size:22pt;margin-bottom:0}h2{font-size:13pt;border-bottom:1px solid #888;margin-top:1em}'
                   'table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:2px 8px}.sub{color:#555;font-size:12pt}'
                   '@page{size:A4;margin:16mm}')
    h = TMP / '004.html'
    sh(PANDOC, str(SRC / '004_pandoc.md'), '-s', '-o', str(h), '--css', str(css), '--metadata', 'lang=en')
    chromium_pdf(h, out(4, 'pandoc_chromium', 'pdf'))


def f005():  # ATS plain-text export (CRLF, '?' bullets already in text)
    t = (SRC / '005_ats.txt').read_text()
    out(5, 'ats_export_txt', 'txt').write_bytes(t.replace('\n', '\r\n').encode('utf-8'))


def f006():  # Google Docs "Download > Plain text": UTF-8 BOM + CRLF
    t = (SRC / '006_gdocs.txt').read_text()
    out(6, 'gdocs_plaintext', 'txt').write_bytes(b'\xef\xbb\xbf' + t.replace('\n', '\r\n').encode('utf-8'))


def f007():  # LinkedIn profile copy-paste
    shutil.copy(SRC / '007_linkedin.txt', out(7, 'linkedin_paste', 'txt'))


def rtf_escape(s):
    r = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            r.append('\\' + ch)
        elif o < 128:
            r.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                r.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                r.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(r)


def f008():  # WordPad-style RTF written by hand (Riched20 generator, cp1252 escapes)
    lines = (SRC / '008_wordpad.txt').read_text().splitlines()
    body = []
    for ln in lines:
        if ln.startswith('#B '):
            body.append('\\b ' + rtf_escape(ln[3:]) + '\\b0\\par')
        elif ln == '':
            body.append('\\par')
        else:
            body.append(rtf_escape(ln) + '\\par')
    rtf = ('{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang9226{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n'
           '{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n'
           '\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang10 ' + '\r\n'.join(body) + '\r\n}\r\n\x00')
    out(8, 'wordpad_rtf', 'rtf').write_bytes(rtf.encode('ascii'))


def f009():  # old-style monospace CV with ASCII tables
    shutil.copy(SRC / '009_monospace.txt', out(9, 'monospace_ascii', 'txt'))


def f010():  # one long paragraph per section
    shutil.copy(SRC / '010_oneparagraph.txt', out(10, 'one_paragraph_txt', 'txt'))


FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="Liberation Sans" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:border-bottom="0.5pt solid #444444"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Name" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Small">__HEADER__</text:p></style:header>
  <style:footer><text:p text:style-name="Small">__FOOTER__</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
__BODY__
</office:text></office:body></office:document>'''


def f011():  # flat ODT (contacts only in header/footer) -> LibreOffice -> DOCX
    e = html.escape
    body = []
    def P(t, st='Standard'):
        body.append(f'<text:p text:style-name="{st}">{e(t)}</text:p>')
    P('Layla Khaled Haddad', 'Name')
    P('ليلى خالد حداد  —  MD, University of Jordan')
    P('Status: US Permanent Resident (green card)')
    P('Career Goals', 'H')
    P('Internal Medicine residency followed by Endocrinology fellowship (diabetes technology, thyroid disease).')
    P('Education', 'H')
    P('Doctor of Medicine (MD), Faculty of Medicine, The University of Jordan, Amman — 2014–2020')
    P('Internship, Jordan University Hospital — 2020–2021')
    P('Licensing Examinations', 'H')
    P('USMLE Step 1: Pass (2021)   |   Step 2 CK: 252 (2022)   |   Step 3: 238 (2025)')
    P('ECFMG: Certified (August 2022)')
    P('US Clinical Experience', 'H')
    P('Internal Medicine Externship (hands-on) — Detroit Medical Center, Detroit, MI — February 2024 – April 2024')
    P('Observership, Endocrinology — University of Michigan Health, Ann Arbor, MI — April 2024 – May 2024')
    P('Other Clinical Experience', 'H')
    P('Clinical Observer, Endocrinology — University Health Network, Toronto, Canada — 2023 (6 weeks)')
    P('General Practitioner — Al-Bashir Hospital, Amman — 2021–2023')
    P('Research Assistant (remote), Diabetes Center — King Hussein Cancer Center — 2024–present')
    P('Publications', 'H')
    P('1. Haddad LK, et al. Thyroid nodules in Jordanian adults. Endocr Pract. 2023;29(5):350-356.')
    P('2. Haddad LK, Saleh M. HbA1c variability and retinopathy. J Diabetes Res. 2024;2024:7712031.')
    P('3. Saleh M, Haddad LK, et al. CGM uptake in the Middle East. Diabetes Technol Ther. 2025;27(4):301-309.')
    P('Poster: ENDO 2024, "Adrenal incidentaloma follow-up".')
    P('Languages', 'H')
    P('Arabic (native); English (fluent)')
    P('References', 'H')
    P('Dr. Mahmoud Saleh, Professor of Endocrinology, University of Jordan — m.saleh@ju.example.edu.jo — +962 6 535 5000')
    x = (FODT.replace('__BODY__', '\n'.join(body))
         .replace('__HEADER__', e('Layla K. Haddad, MD  ·  layla.haddad.md@gmail.com  ·  Dearborn, Michigan'))
         .replace('__FOOTER__', e('Mobile: +962 79 555 1234  ·  Page 1')))
    d = TMP / 'lo011'
    d.mkdir(parents=True, exist_ok=True)
    src = d / 'w114_011_lo_fodt_header_footer.fodt'
    src.write_text(x, encoding='utf-8')
    soffice(src, 'docx:MS Word 2007 XML', d)
    shutil.move(d / 'w114_011_lo_fodt_header_footer.docx', out(11, 'lo_fodt_header_footer', 'docx'))


def f012():  # python-docx with contacts in a table -> LibreOffice -> PDF
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(10.5)
    doc.add_heading('Nguyễn Thị Thu Hà', level=0)
    doc.add_paragraph('Doctor of Medicine (Bác sĩ Đa khoa) · Hanoi Medical University')
    t = doc.add_table(rows=3, cols=2); t.style = 'Table Grid'
    for i, (a, b) in enumerate([('E-mail', 'thuha.nguyen.md@gmail.com'), ('Điện thoại / Phone', '+84 90 312 3456'),
                                ('Visa', 'J-1 required for clinical training')]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    def H(x): doc.add_heading(x, level=2)
    def P(x): doc.add_paragraph(x)
    def B(x): doc.add_paragraph(x, style='List Bullet')
    H('Career interest'); P('Internal Medicine with a focus on Infectious Disease (HIV, tuberculosis, antimicrobial stewardship).')
    H('Education')
    B('Hanoi Medical University, Hanoi, Vietnam — Doctor of Medicine (6-year program), 2015–2021')
    B('Residency (Bác sĩ nội trú), Infectious Diseases, National Hospital for Tropical Diseases, Hanoi — 2021–2024')
    H('Examinations')
    B('USMLE Step 1 — Pass (2023)'); B('USMLE Step 2 CK — 244 (2024)'); B('ECFMG — Certified (12/2024)')
    H('US experience')
    B('Observership, Infectious Disease — Massachusetts General Hospital, Boston, MA — 10/2025 – 11/2025')
    B('Research Assistant, Division of Infectious Diseases — Emory University, Atlanta, GA — 05/2026 – present')
    H('Experience in Vietnam')
    B('Physician, National Hospital for Tropical Diseases, Hanoi — 08/2024 – 09/2025')
    H('Publications')
    B('Nguyen TTH, et al. Talaromyces marneffei infection in HIV patients in northern Vietnam. PLoS Negl Trop Dis. 2023;17(6):e0011400.')
    B('Nguyen TTH, Tran VD. Carbapenem-resistant Enterobacterales in Hanoi ICUs. J Glob Antimicrob Resist. 2025;40:88-94.')
    B('Abstract: IDWeek 2025 (poster).')
    H('Languages'); P('Vietnamese (native), English (fluent, IELTS 8.0), French (basic)')
    H('References'); P('Dr. Tran Van Duc, Deputy Director, National Hospital for Tropical Diseases — tvduc@nhtd.example.vn')
    d = TMP / 'lo012'; d.mkdir(parents=True, exist_ok=True)
    src = d / 'w114_012_docx_lo_pdf.docx'; doc.save(src)
    soffice(src, 'pdf', d)
    shutil.move(d / 'w114_012_docx_lo_pdf.pdf', out(12, 'docx_lo_pdf', 'pdf'))


def f013():  # pandoc md -> docx
    sh(PANDOC, str(SRC / '013_pandoc_docx.md'), '-o', str(out(13, 'pandoc_docx', 'docx')))


def f014():  # webmail "print" view -> chromium pdf
    chromium_pdf(SRC / '014_webmail.html', out(14, 'webmail_print', 'pdf'))


def f015():  # plain text typed in an editor, opened in LibreOffice, exported to PDF
    txt_to_pdf(SRC / '015_lo_txt.txt', out(15, 'lo_txt_pdf', 'pdf'))


def f016():  # ATS export with hard-wrapped lines and • bullets
    shutil.copy(SRC / '016_ats_wrap.txt', out(16, 'ats_bullet_wrap', 'txt'))


# ---------------------------------------------------------------- scans / photos
def perspective_coeffs(src, dst):
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(page, angle_px, bg=(92, 80, 66), shade=True, contrast=1.0, blur=0.8, quality=70, scale=1.0):
    page = page.convert('RGB')
    w, h = page.size
    W2, H2 = int(w * 1.25), int(h * 1.18)
    canvas = Image.new('RGB', (W2, H2), bg)
    ox, oy = (W2 - w) // 2, (H2 - h) // 2
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a = angle_px
    dst = [(ox + a, oy + a * 0.6), (ox + w - a * 0.3, oy + a * 0.2), (ox + w + a * 0.15, oy + h - a * 0.1), (ox - a * 0.25, oy + h + a * 0.05)]
    coeffs = perspective_coeffs(src, dst)
    warped = page.transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new('L', (w, h), 255).transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    arr = np.asarray(canvas).astype(np.float32)
    if shade:
        yy, xx = np.mgrid[0:H2, 0:W2]
        g = 0.72 + 0.33 * (xx / W2) * (1 - 0.3 * yy / H2)
        arr *= g[..., None]
    arr += np.random.normal(0, 6, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(1.3, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if scale != 1.0:
        img = img.resize((int(W2 * scale), int(H2 * scale)), Image.LANCZOS)
    return img, quality


def f017():  # printed plain-text CV photographed at an angle -> JPG
    pdf = TMP / 'src017.pdf'; txt_to_pdf(SRC / '017_photo.txt', pdf, font='DejaVu Sans Mono')
    page = rasterize(pdf, 150)[0]
    img, q = phone_photo(page, 70, blur=0.7, quality=72)
    img.save(out(17, 'photo_angle', 'jpg'), quality=q)


def f018():  # fax-like 1-bit scan, image-only PDF
    pdf = TMP / 'src018.pdf'; txt_to_pdf(SRC / '018_fax.txt', pdf, font='Liberation Mono')
    page = rasterize(pdf, 200)[0]
    # fax: 200x100-ish dpi -> squash vertically then stretch back, noise, threshold
    w, h = page.size
    page = page.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    page = page.rotate(-0.8, resample=Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(page).astype(np.float32) + np.random.normal(0, 28, (page.size[1], page.size[0]))
    speck = np.random.random(arr.shape) < 0.0015
    arr[speck] = 0
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert('1')
    images_to_pdf([img], out(18, 'fax_1bit', 'pdf'), 200)


def f019():  # low-resolution browser screenshot PNG
    shot = TMP / '019_full.png'
    sh('chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', f'--screenshot={shot}',
       '--window-size=1000,680', f'file://{SRC / "019_browser.html"}', stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    img = Image.open(shot).convert('RGB')
    img = img.resize((int(img.width * 0.82), int(img.height * 0.82)), Image.BILINEAR)
    img = img.quantize(colors=64).convert('RGB')
    img.save(out(19, 'browser_screenshot', 'png'), optimize=True)


def f020():  # grayscale flatbed scan, rotated, noisy, image-only PDF
    pdf = TMP / 'src020.pdf'; txt_to_pdf(SRC / '020_scan.txt', pdf, font='Liberation Serif')
    pages = rasterize(pdf, 150)
    res = []
    for p in pages:
        p = p.rotate(1.8, resample=Image.BICUBIC, expand=True, fillcolor=235)
        arr = np.asarray(p).astype(np.float32) * 0.85 + 25 + np.random.normal(0, 10, (p.size[1], p.size[0]))
        q = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        b = io.BytesIO(); q.save(b, 'JPEG', quality=55); b.seek(0)
        res.append(Image.open(b).convert('L'))
    images_to_pdf(res, out(20, 'scan_rotated_gray', 'pdf'), 150)


def f021():  # markdown rendered in browser, printed, photographed in dim light -> JPG
    h = TMP / '021.html'
    sh(PANDOC, str(SRC / '021_photo.md'), '-s', '-o', str(h), '--metadata', 'title=CV', '--metadata', 'pagetitle=CV')
    s = h.read_text().replace('<header id="title-block-header">\n<h1 class="title">CV</h1>\n</header>', '')
    h.write_text(s)
    pdf = TMP / 'src021.pdf'; chromium_pdf(h, pdf)
    page = rasterize(pdf, 130, gray=False)[0]
    img, q = phone_photo(page, 45, bg=(60, 62, 70), contrast=0.62, blur=1.0, quality=60)
    img = ImageEnhance.Brightness(img).enhance(0.85)
    img.save(out(21, 'phone_photo_lowcontrast', 'jpg'), quality=q)


# ---------------------------------------------------------------- damaged
def f022():  # truncated PDF (download interrupted)
    b = out(12, 'docx_lo_pdf', 'pdf').read_bytes()
    out(22, 'truncated_pdf', 'pdf').write_bytes(b[:len(b) // 3])


def f023():  # zero-length docx
    out(23, 'zero_length', 'docx').write_bytes(b'')


def f024():  # HTML "session expired" page saved with a .pdf extension
    out(24, 'html_as_pdf', 'pdf').write_text(
        '<!DOCTYPE html>\n<html><head><title>Session expired</title></head><body>\n'
        '<h1>Your session has expired</h1><p>Please sign in again to download this attachment.</p>\n'
        '<a href="/login">Sign in</a></body></html>\n')


if __name__ == '__main__':
    TMP.mkdir(exist_ok=True); OUT.mkdir(exist_ok=True)
    for f in OUT.glob('*'):
        f.unlink()
    for i in range(1, 25):
        globals()[f'f{i:03d}']()
        print('built', i)
    shutil.rmtree(TMP)
