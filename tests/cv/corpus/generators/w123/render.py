# -*- coding: utf-8 -*-
"""Render w123 CVs through real toolchains. Usage: python render.py OUTDIR"""
import os, sys, subprocess, html, re, shutil, tempfile, random
sys.path.insert(0, os.path.dirname(__file__))
from cvs_a import CVS as A
from cvs_b import CVS as B
CVS = {**A, **B}
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files")
OUT = os.path.abspath(OUT); os.makedirs(OUT, exist_ok=True)
TMP = tempfile.mkdtemp(prefix="w123_")
FONT = "/usr/share/fonts/truetype"
DJ = f"{FONT}/dejavu/DejaVuSans.ttf"; DJB = f"{FONT}/dejavu/DejaVuSans-Bold.ttf"
ETH = f"{FONT}/noto/NotoSansEthiopic-Regular.ttf"; ARB = f"{FONT}/noto/NotoNaskhArabic-Regular.ttf"

def fname(n): c = CVS[n]; return f"w123_{n:03d}_{c['layout']}.{c['ext']}"

def soffice(src, fmt="pdf"):
    prof = os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", TMP, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt)

def chromium(html_text, out_pdf):
    src = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

E = html.escape
# ---------------------------------------------------------------- HTML
def html_main(blocks):
    o = []
    for b in blocks:
        k = b[0]
        if k == "h": o.append(f"<h2>{E(b[1])}</h2>")
        elif k == "p": o.append(f"<p>{E(b[1])}</p>")
        elif k == "li": o.append(f"<ul><li>{E(b[1])}</li></ul>")
        elif k == "entry": o.append(f"<div class='entry'><div class='d'>{E(b[1])}</div><div class='b'><b>{E(b[2])}</b><br>{E(b[3])}</div></div>")
        elif k == "rtl": o.append(f"<p class='rtl' dir='rtl' lang='ar'>{E(b[1])}</p>")
    return "\n".join(o).replace("</ul>\n<ul>", "\n")

def html_sidebar(c):
    bl = c["blocks"]; name = bl[0]
    side = "".join(f"<h3>{E(b[1])}</h3>" if b[0] == "side_h" else f"<p>{E(b[1])}</p>" for b in bl if b[0] in ("side", "side_h"))
    main = html_main([b for b in bl[1:] if b[0] not in ("side", "side_h")])
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page {{ size: A4; margin: 0 }} body {{ margin:0; font-family: 'Liberation Sans', 'Noto Sans Ethiopic', sans-serif; font-size: 9.5pt; }}
.wrap {{ display:grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }}
aside {{ background:#1f3b4d; color:#eef; padding: 14mm 6mm; }} aside h3 {{ font-size:9pt; text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #8ab; margin-top:14px }}
main {{ padding: 12mm 10mm; }} h1 {{ margin:0; font-size: 22pt; color:#1f3b4d }} .sub {{ color:#567; font-family:'Noto Sans Ethiopic', sans-serif; }}
h2 {{ font-size: 11pt; color:#1f3b4d; border-bottom: 2px solid #c90; margin: 14px 0 6px; }}
.entry {{ display:flex; gap:8px; margin-bottom:6px }} .entry .d {{ flex: 0 0 32mm; color:#555; font-size:8.5pt }} ul {{ margin:2px 0 2px 16px; padding:0 }}
</style></head><body><div class='wrap'><aside>{side}</aside><main><h1>{E(name[1])}</h1><div class='sub'>{E(name[2])}</div>{main}</main></div></body></html>"""

def html_rtl(c):
    bl = c["blocks"]; name = bl[0]; contact = bl[1][1]
    main = html_main(bl[2:])
    return f"""<!doctype html><html lang='en'><head><meta charset='utf-8'><style>
@page {{ size: Letter; margin: 16mm 18mm }} body {{ font-family: 'DejaVu Serif', 'Noto Naskh Arabic', serif; font-size: 10pt; }}
header {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 3px double #704; padding-bottom:6px }}
h1 {{ margin:0; font-size:20pt; color:#704 }} .ar {{ font-family:'Noto Naskh Arabic'; font-size:16pt; direction:rtl }}
.contact {{ text-align:right; font-size:9pt }} .rtl {{ font-family:'Noto Naskh Arabic'; font-size: 11pt; text-align:right; background:#f6eef2; padding:4px 8px }}
h2 {{ font-variant: small-caps; color:#704; font-size:12pt; margin:12px 0 4px }} .entry {{ display:flex; gap:10px }} .entry .d {{ flex:0 0 40mm; font-style:italic }}
ul {{ margin:2px 0 2px 18px; padding:0 }}
</style></head><body><header><div><h1>{E(name[1])}</h1><div class='ar' dir='rtl' lang='ar'>{E(name[2])}</div></div>
<div class='contact'>{'<br>'.join(E(x) for x in contact)}</div></header>{main}</body></html>"""

def html_timeline(c):
    bl = c["blocks"]; name = bl[0]; contact = bl[1][1]
    main = html_main(bl[2:])
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page {{ size: A4; margin: 14mm }} body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color:#222 }}
.top {{ background: linear-gradient(90deg,#0a5,#077); color:white; padding: 10px 14px; border-radius: 6px }}
.top h1 {{ margin:0; font-size:20pt }} .top span {{ margin-right: 14px; font-size: 8.5pt }}
h2 {{ font-size: 10.5pt; text-transform: uppercase; color:#077; margin: 14px 0 6px }}
.entry {{ position:relative; margin-left: 30mm; padding-left: 12px; border-left: 2px solid #0a5; padding-bottom: 8px }}
.entry .d {{ position:absolute; left:-31mm; width: 28mm; text-align:right; font-weight:bold; color:#077 }}
.entry::before {{ content:''; position:absolute; left:-6px; top:2px; width:10px; height:10px; border-radius:50%; background:#0a5 }}
ul {{ margin:2px 0 2px 18px; padding:0 }}
</style></head><body><div class='top'><h1>{E(name[1])}</h1><div>{E(name[2])}</div><div>{''.join('<span>'+E(x)+'</span>' for x in contact)}</div></div>{main}</body></html>"""

def html_plain(c, font="Liberation Serif"):
    bl = c["blocks"]; name = bl[0]; contact = bl[1][1]
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page {{ size: Letter; margin: 18mm }} body {{ font-family: '{font}', 'Noto Sans Ethiopic', serif; font-size: 11pt }}
h1 {{ text-align:center; margin:0 }} .c {{ text-align:center }} h2 {{ font-size: 12pt; border-bottom: 1px solid #000; margin: 12px 0 4px }}
</style></head><body><h1>{E(name[1])}</h1><div class='c'>{E(name[2])}</div><div class='c'>{' | '.join(E(x) for x in contact)}</div>{html_main(bl[2:])}</body></html>"""

# ---------------------------------------------------------------- DOCX
def make_docx(c, path, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri" if mode != "plain" else "Cambria"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    for b in c["blocks"]:
        k = b[0]
        if k == "header":
            hp = sec.header.paragraphs[0]; hp.text = b[1]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in hp.runs: r.font.size = Pt(9)
        elif k == "footer":
            fp = sec.footer.paragraphs[0]; fp.text = b[1]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in fp.runs: r.font.size = Pt(8.5)
        elif k == "name":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x14, 0x3d, 0x6b)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if mode in ("header", "plain") else WD_ALIGN_PARAGRAPH.LEFT
            p2 = d.add_paragraph(b[2]); p2.alignment = p.alignment
        elif k == "contact":
            p = d.add_paragraph("  •  ".join(b[1])); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h":
            if mode == "plain":
                p = d.add_paragraph(); r = p.add_run(b[1].upper()); r.bold = True; r.font.size = Pt(12)
            else:
                d.add_heading(b[1], level=2)
        elif k == "p": d.add_paragraph(b[1])
        elif k == "li": d.add_paragraph(b[1], style="List Bullet")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1" if mode == "table" else "Table Grid"
            for kk, vv in b[1]:
                row = t.add_row().cells; row[0].text = kk; row[1].text = vv
                row[0].paragraphs[0].runs[0].bold = True
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1])); t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row): cells[i].text = v
            d.add_paragraph()
    d.core_properties.author = "user"; d.core_properties.title = "CV"
    d.save(path)

# ---------------------------------------------------------------- ODT (odfpy)
def make_odt(c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    s_name = Style(name="NameP", family="paragraph"); s_name.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#5a2d0c", fontfamily="Liberation Sans"))
    s_h = Style(name="HeadP", family="paragraph"); s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#5a2d0c")); s_h.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.05pt solid #5a2d0c"))
    s_p = Style(name="BodyP", family="paragraph"); s_p.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Sans")); s_p.addElement(ParagraphProperties(marginbottom="0.12cm"))
    s_c = Style(name="ContactP", family="paragraph"); s_c.addElement(TextProperties(fontsize="9.5pt", color="#444444")); s_c.addElement(ParagraphProperties(textalign="end"))
    for s in (s_name, s_h, s_p, s_c): doc.automaticstyles.addElement(s)
    for b in c["blocks"]:
        k = b[0]
        if k == "name":
            doc.text.addElement(P(stylename=s_name, text=b[1])); doc.text.addElement(P(stylename=s_p, text=b[2]))
        elif k == "contact":
            for x in b[1]: doc.text.addElement(P(stylename=s_c, text=x))
        elif k == "h": doc.text.addElement(H(outlinelevel=2, stylename=s_h, text=b[1]))
        elif k in ("p", "li"): doc.text.addElement(P(stylename=s_p, text=("• " if k == "li" else "") + b[1]))
    doc.save(path)

# ---------------------------------------------------------------- fpdf2
def make_fpdf(c, path, mode):
    from fpdf import FPDF
    pdf = FPDF(format="A4" if mode == "classic" else "letter"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DJ", "", DJ); pdf.add_font("DJ", "B", DJB); pdf.add_font("ETH", "", ETH)
    pdf.set_fallback_fonts(["ETH"])
    pdf.add_page(); bl = c["blocks"]
    if mode == "classic":
        pdf.set_font("DJ", "B", 18); pdf.cell(0, 10, bl[0][1], new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.set_font("DJ", "", 10); pdf.cell(0, 6, bl[0][2], new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.cell(0, 6, "   |   ".join(bl[1][1]), new_x="LMARGIN", new_y="NEXT", align="C"); pdf.ln(2)
        for b in bl[2:]:
            if b[0] == "h":
                pdf.ln(2); pdf.set_font("DJ", "B", 11); pdf.cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1)
            else:
                pdf.set_font("DJ", "", 9.5); pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
    else:  # two columns: left sidebar drawn as filled rect
        pdf.set_fill_color(235, 228, 210); pdf.rect(0, 0, 62, pdf.h, "F")
        pdf.set_xy(8, 14)
        for b in bl:
            if b[0] == "side_h": pdf.set_font("DJ", "B", 9); pdf.set_x(8); pdf.ln(3); pdf.set_x(8); pdf.multi_cell(48, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "side": pdf.set_font("DJ", "", 8); pdf.set_x(8); pdf.multi_cell(48, 4.5, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(68); pdf.set_xy(68, 14)
        pdf.set_font("DJ", "B", 17); pdf.multi_cell(0, 8, bl[0][1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", 9.5); pdf.multi_cell(0, 6, bl[0][2], new_x="LMARGIN", new_y="NEXT")
        for b in bl[1:]:
            if b[0] == "h": pdf.ln(3); pdf.set_font("DJ", "B", 10.5); pdf.set_text_color(120, 60, 0); pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
            elif b[0] in ("p", "li"): pdf.set_font("DJ", "", 9.5); pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_creator("fpdf2"); pdf.output(path)

# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DJ", DJ), ("DJB", DJB), ("ARB", ARB)):
        try: pdfmetrics.registerFont(TTFont(n, f))
        except Exception: pass

def arabic_tags(s):
    return re.sub(r"([\u0600-\u06FF][\u0600-\u06FF\s]*[\u0600-\u06FF])", r"<font name='ARB'>\1</font>", E(s))

def make_reportlab(c, path, mode):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    bl = c["blocks"]
    acc = colors.HexColor("#2b4c7e") if mode == "table" else colors.HexColor("#8a1c1c")
    sN = ParagraphStyle("n", fontName="DJB", fontSize=19, leading=23, textColor=acc)
    sS = ParagraphStyle("s", fontName="DJ", fontSize=10, leading=14, textColor=colors.grey)
    sH = ParagraphStyle("h", fontName="DJB", fontSize=11, leading=15, spaceBefore=8, spaceAfter=3, textColor=acc)
    sP = ParagraphStyle("p", fontName="DJ", fontSize=9, leading=12, spaceAfter=2)
    sT = ParagraphStyle("t", fontName="DJ", fontSize=8, leading=10)
    story = [Paragraph(E(bl[0][1]), sN), Paragraph(arabic_tags(bl[0][2]), sS)]
    contact = bl[1][1]
    if mode == "table":
        story.append(Paragraph(" · ".join(E(x) for x in contact), sP))
    else:
        t = Table([[Paragraph(E(x), sT) for x in contact]], colWidths=[58*mm]*len(contact))
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3e6e6")), ("BOX", (0, 0), (-1, -1), 0.5, acc)]))
        story.append(Spacer(1, 4)); story.append(t)
    for b in bl[2:]:
        if b[0] == "h": story.append(Paragraph(E(b[1]).upper() if mode == "modern" else E(b[1]), sH))
        elif b[0] == "p": story.append(Paragraph(E(b[1]), sP))
        elif b[0] == "li": story.append(Paragraph(E(b[1]), sP, bulletText="•" if mode == "modern" else None))
        elif b[0] == "table":
            data = [[Paragraph("<b>%s</b>" % E(h), sT) for h in b[1]]] + [[Paragraph(E(v), sT) for v in r] for r in b[2]]
            n = len(b[1]); w = [28*mm, 40*mm, 100*mm] if n == 3 else None
            if b[1][0] == "From": w = [24*mm, 24*mm, 120*mm]
            if b[1][0] == "Exam": w = [60*mm, 40*mm, 30*mm]
            t = Table(data, colWidths=w, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    doc = SimpleDocTemplate(path, pagesize=A4 if mode == "table" else letter, leftMargin=18*mm, rightMargin=18*mm, topMargin=15*mm, bottomMargin=15*mm,
                            title="CV", author=bl[0][1])
    doc.build(story)

# ---------------------------------------------------------------- text / RTF
def make_txt(c, path):
    bl = c["blocks"]; L = [bl[0][1], bl[0][2], " / ".join(bl[1][1]), "=" * 60]
    for b in bl[2:]:
        if b[0] == "h": L += ["", b[1], "-" * len(b[1])]
        else: L.append(("* " if b[0] == "li" else "") + b[1])
    open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")

def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) < 128: o.append(ch)
        else:
            v = ord(ch); v = v - 65536 if v > 32767 else v; o.append("\\u%d?" % v)
    return "".join(o)

def make_rtf(c, path, style):
    bl = c["blocks"]
    font = "Times New Roman" if style == "a" else "Arial"
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman %s;}{\f1\fswiss Arial;}}" % font,
         r"{\colortbl;\red0\green0\blue0;\red40\green70\blue120;}\paperw12240\paperh15840\margl1200\margr1200\margt1000\margb1000\f0\fs21"]
    L.append(r"\pard\qc{\b\fs36\cf2 %s}\par" % rtf_esc(bl[0][1]))
    L.append(r"\pard\qc{\i %s}\par" % rtf_esc(bl[0][2]))
    if style == "a":
        L.append(r"\pard\qc %s\par" % rtf_esc("  \u2022  ".join(bl[1][1])))
    else:  # contact in a 2-col RTF table
        L.append(r"\pard\par")
        for x in bl[1][1]:
            L.append(r"\trowd\trgaph108\cellx3000\cellx9800\pard\intbl\b Contact\b0\cell %s\cell\row" % rtf_esc(x))
        L.append(r"\pard\par")
    for b in bl[2:]:
        if b[0] == "h": L.append(r"\pard\sb160\brdrb\brdrs\brdrw10 {\b\f1\fs24\cf2 %s}\par" % rtf_esc(b[1]))
        else: L.append(r"\pard\sa60%s %s\par" % (r"\fi-200\li300 \u8226? " if b[0] == "li" else "", rtf_esc(b[1])))
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ---------------------------------------------------------------- scans
def degrade(pdf, out_paths, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    import numpy as np
    rnd = random.Random(seed); np.random.seed(seed)
    prefix = os.path.join(TMP, f"ras{seed}")
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"ras{seed}") and f.endswith(".png"))
    imgs = []
    for pg in pages:
        im = Image.open(os.path.join(TMP, pg)).convert("L" if kind in ("pdf", "pdf2", "png") else "RGB")
        ang = rnd.uniform(0.6, 2.6) * rnd.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255 if im.mode == "L" else (250, 250, 248))
        if kind == "png":
            im = ImageEnhance.Contrast(im).enhance(0.45); im = ImageEnhance.Brightness(im).enhance(1.15)
        if kind in ("photo", "photo2"):
            w, h = im.size
            bg = Image.new("RGB", (int(w * 1.15), int(h * 1.12)), (96, 78, 60))
            bg.paste(im, (int(w * 0.07), int(h * 0.05)))
            W, H = bg.size
            # perspective: quad corners of the source mapped to output rectangle
            d = 0.04
            quad = (W*d*rnd.uniform(0.3, 1.2), H*d*rnd.uniform(0, 1), W*d*rnd.uniform(0, .6), H*(1-d*rnd.uniform(0.2, 1)),
                    W*(1-d*rnd.uniform(0.5, 1.5)), H*(1-d*rnd.uniform(0, .6)), W*(1-d*rnd.uniform(0, .8)), H*d*rnd.uniform(0.4, 1.5))
            im = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
            # uneven lighting
            grad = np.linspace(0.82, 1.05, W)[None, :, None] * np.linspace(0.9, 1.02, H)[:, None, None]
            im = Image.fromarray(np.clip(np.asarray(im).astype(float) * grad, 0, 255).astype("uint8"))
            im = im.filter(ImageFilter.GaussianBlur(1.3 if kind == "photo2" else 0.7))
        else:
            im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(float); a += np.random.normal(0, 9, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
        imgs.append(im)
    if kind in ("pdf", "pdf2"):
        # JPEG round trip for artefacts, then image-only PDF
        rt = []
        for i, im in enumerate(imgs):
            p = os.path.join(TMP, f"jq{seed}_{i}.jpg"); im.save(p, quality=38); rt.append(Image.open(p).convert("RGB"))
        rt[0].save(out_paths, save_all=True, append_images=rt[1:], resolution=150)
    elif kind == "png":
        imgs[0].save(out_paths)
    else:
        imgs[0].save(out_paths, quality=55 if kind == "photo2" else 70)

# ---------------------------------------------------------------- main
def build(n):
    c = CVS[n]; out = os.path.join(OUT, fname(n)); lay = c["layout"]
    if lay == "chromium_sidebar": chromium(html_sidebar(c), out)
    elif lay == "chromium_rtl": chromium(html_rtl(c), out)
    elif lay == "chromium_timeline": chromium(html_timeline(c), out)
    elif lay == "docx_header": make_docx(c, out, "header")
    elif lay == "docx_footer": make_docx(c, out, "footer")
    elif lay == "docx_table": make_docx(c, out, "table")
    elif lay == "lo_docx":
        src = os.path.join(TMP, "w123_003_src.docx"); make_docx(c, src, "plain"); shutil.move(soffice(src), out)
    elif lay == "odt_native": make_odt(c, out)
    elif lay == "lo_odt":
        src = os.path.join(TMP, "w123_010_src.odt"); make_odt(c, src); shutil.move(soffice(src), out)
    elif lay == "fpdf_classic": make_fpdf(c, out, "classic")
    elif lay == "fpdf_twocol": make_fpdf(c, out, "twocol")
    elif lay == "reportlab_table": make_reportlab(c, out, "table")
    elif lay == "reportlab_modern": make_reportlab(c, out, "modern")
    elif lay == "plain_text": make_txt(c, out)
    elif lay == "rtf": make_rtf(c, out, "a")
    elif lay == "lo_rtf":
        src = os.path.join(TMP, "w123_016_src.rtf"); make_rtf(c, src, "b"); shutil.move(soffice(src), out)
    elif "scan" in c:
        kind = c["scan"]; src = os.path.join(TMP, f"scan_src_{n}.pdf")
        if n == 17: make_fpdf(c, src, "classic")
        elif n == 18: chromium(html_plain(c, "Liberation Sans"), src)
        elif n == 19: make_reportlab(c, src, "table")
        elif n == 20:
            h = html_plain(c, "DejaVu Serif").replace("font-size: 11pt", "font-size: 15pt")
            chromium(h, src)
        elif n == 21:
            d = os.path.join(TMP, "w123_021_src.docx"); make_docx(c, d, "plain"); src = soffice(d)
        degrade(src, out, kind, n)
    print("built", os.path.basename(out))

def damaged():
    # 22: truncated PDF (first 40% of a real CV PDF, cut inside a stream)
    src = os.path.join(OUT, fname(12)); data = open(src, "rb").read()
    open(os.path.join(OUT, "w123_022_truncated.pdf"), "wb").write(data[: int(len(data) * 0.4)])
    # 23: encrypted PDF (user password unknown) of an otherwise normal CV
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); r = PdfReader(os.path.join(OUT, fname(5)))
    for p in r.pages: w.add_page(p)
    w.encrypt(user_password="Tr1p0li#2015", owner_password="own3r-w123", algorithm="RC4-128")
    with open(os.path.join(OUT, "w123_023_encrypted.pdf"), "wb") as f: w.write(f)
    # 24: random bytes with a .docx extension
    rnd = random.Random(24)
    open(os.path.join(OUT, "w123_024_random_bytes.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))
    print("built damaged 22-24")

if __name__ == "__main__":
    for n in sorted(CVS): build(n)
    damaged()
    shutil.rmtree(TMP, ignore_errors=True)
