# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html, io
sys.path.insert(0, os.path.dirname(__file__))
from data import P, EN, FR

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w65_build"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(65)


def fname(p):
    return "w65_%03d_%s.%s" % (p["n"], p["layout"], p["ext"])


def H(p):
    return FR if p.get("fr") else EN


def contact_lines(p):
    L = [p["address"], "Tel: " + p["phone_disp"] if not p.get("fr") else "Tél : " + p["phone_disp"],
         "Email: " + p["email"] if not p.get("fr") else "E-mail : " + p["email"]]
    if p.get("born"):
        L.append(p["born"])
    return L


def sections(p):
    h = H(p)
    S = [(h["profile"], [p["profile"]]),
         (h["edu"], ["%s — %s (%s)" % e for e in p["edu"]]),
         (h["exams"], list(p["exams"])),
         (h["usce"], ["%s | %s — %s" % (u["when"], u["role"], u["place"]) for u in p["usce"]] or ["None"]),
         (h["work"], ["%s | %s — %s" % (w[2], w[0], w[1]) for w in p["work"]]),
         (h["pubs"], list(p["pubs"]) or ["—"]),
         (h["lang"], [p["lang_line"]])]
    if p["refs"]:
        S.append((h["ref"], list(p["refs"])))
    if p["n"] == 12:  # no US experience section at all for the UK doctor
        S = [s for s in S if s[0] != h["usce"]]
    return S


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w65_lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- DOCX
def docx_build(p, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if mode == "headerfooter":
        hp = sec.header.paragraphs[0]
        hp.text = "Mobile (WhatsApp): %s    |    %s" % (p["phone_disp"], p["address"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = "Correspondence: %s — CV updated 11/2026" % p["email"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif mode == "header":
        hp = sec.header.paragraphs[0]
        hp.text = "%s  ·  %s  ·  %s" % (p["email"], p["phone_disp"], p["address"])
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    if p.get("native"):
        np_ = d.add_paragraph(); rr = np_.add_run(p["native"]); rr.font.size = Pt(14); rr.font.rtl = True
        np_.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if mode == "table":
        tb = d.add_table(rows=2, cols=2); tb.style = "Table Grid"
        tb.cell(0, 0).text = "Phone / WhatsApp"; tb.cell(0, 1).text = p["phone_disp"]
        tb.cell(1, 0).text = "E-mail"; tb.cell(1, 1).text = p["email"]
        d.add_paragraph(p["address"] + ("   •   " + p["born"] if p["born"] else ""))
    elif mode == "textbox":
        W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        runs = "".join('<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(x)
                       for x in ["İletişim / Contact", p["phone_disp"], p["email"], p["address"], p["born"]])
        xml = ('<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
               '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0pt;width:175pt;height:92pt;z-index:1" strokecolor="#1F3A5F">'
               '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (W, runs)
        para = d.paragraphs[0]._p.addprevious(parse_xml('<w:p xmlns:w="%s"/>' % W))
        d.paragraphs[0]._p.append(parse_xml(xml))
        for _ in range(4):
            d.add_paragraph()
    elif mode == "plain_fr":
        for l in contact_lines(p):
            d.add_paragraph(l)
    elif mode == "twocol":
        pass
    S = sections(p)
    if mode == "twocol":
        tb = d.add_table(rows=1, cols=2)
        left, right = tb.cell(0, 0), tb.cell(0, 1)
        left.width = Cm(5.5); right.width = Cm(11.5)
        left.paragraphs[0].add_run("CONTACT").bold = True
        for l in [p["phone_disp"], p["email"], p["address"], p["born"]]:
            left.add_paragraph(l)
        for head, items in S:
            if head in (EN["lang"], EN["ref"]):
                left.add_paragraph().add_run(head.upper()).bold = True
                for it in items:
                    left.add_paragraph(it)
        right.paragraphs[0].add_run(" ")
        for head, items in S:
            if head in (EN["lang"], EN["ref"]):
                continue
            right.add_paragraph().add_run(head.upper()).bold = True
            for it in items:
                right.add_paragraph(it, style="List Bullet")
    else:
        for head, items in S:
            hp = d.add_paragraph(); hr = hp.add_run(head.upper()); hr.bold = True; hr.font.size = Pt(12)
            hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            if mode == "table" and head in (EN["usce"], EN["work"], EN["edu"]):
                src = p["usce"] if head == EN["usce"] else p["work"] if head == EN["work"] else p["edu"]
                tb = d.add_table(rows=0, cols=3); tb.style = "Light Grid Accent 1"
                for it in src:
                    c = tb.add_row().cells
                    if head == EN["usce"]:
                        c[0].text, c[1].text, c[2].text = it["when"], it["role"], it["place"]
                    elif head == EN["work"]:
                        c[0].text, c[1].text, c[2].text = it[2], it[0], it[1]
                    else:
                        c[0].text, c[1].text, c[2].text = it[2], it[0], it[1]
            else:
                for it in items:
                    d.add_paragraph(it, style="List Bullet" if head not in (EN["profile"], FR["profile"]) else None)
    d.save(path)


# ---------------------------------------------------------------- ODT
def odt_build(p, path, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as TP, H as TH, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#5a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #5a1f1f"))
    ts = Style(name="Ttl", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    ns = Style(name="Nat", family="paragraph"); ns.addElement(TextProperties(fontsize="15pt", fontfamily="DejaVu Sans"))
    ns.addElement(ParagraphProperties(textalign="end"))
    for s in (hs, ts, ns):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(TP(stylename=ts, text=p["title"]))
    if p.get("native"):
        doc.text.addElement(TP(stylename=ns, text=p["native"]))
    if mode == "table":
        tb = Table(name="Contact")
        tb.addElement(TableColumn(numbercolumnsrepeated=2))
        for k, v in [("Phone", p["phone_disp"]), ("Email", p["email"]), ("Address", p["address"])]:
            tr = TableRow(); tb.addElement(tr)
            for x in (k, v):
                tc = TableCell(); tc.addElement(TP(text=x)); tr.addElement(tc)
        doc.text.addElement(tb)
    else:
        for l in contact_lines(p):
            doc.text.addElement(TP(text=l))
    for head, items in sections(p):
        doc.text.addElement(TP(stylename=hs, text=head))
        if mode == "table" and head in (EN["usce"], EN["work"]):
            src = p["usce"] if head == EN["usce"] else p["work"]
            tb = Table(name=head[:10].replace(" ", "_"))
            tb.addElement(TableColumn(numbercolumnsrepeated=3))
            for it in src:
                tr = TableRow(); tb.addElement(tr)
                vals = (it["when"], it["role"], it["place"]) if isinstance(it, dict) else (it[2], it[0], it[1])
                for x in vals:
                    tc = TableCell(); tc.addElement(TP(text=x)); tr.addElement(tc)
            doc.text.addElement(tb)
        else:
            for it in items:
                doc.text.addElement(TP(text="• " + it))
    doc.save(path)


# ---------------------------------------------------------------- HTML/Chromium
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { font-family: 'DejaVu Sans', sans-serif; margin:0; font-size: 10pt; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#17324d; color:#fff; padding: 14mm 6mm; }
.main { flex:1; padding: 14mm 10mm; }
h1 { margin:0; font-size: 20pt; color:#17324d }
.nat { font-size: 15pt; direction: rtl; text-align:left; color:#555 }
h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #17324d; color:#17324d; margin-top:12px }
.side h2 { color:#fff; border-color:#fff }
.photo { width: 30mm; height: 36mm; background:#9ab; border-radius: 4px; margin-bottom: 8mm; }
li { margin-bottom: 3px }
"""
CSS_UK = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; }
h1 { text-align:center; margin-bottom:0 } .nat {text-align:center; font-size:14pt; font-family:'DejaVu Sans'}
.contact { text-align:center; font-size: 10pt; color:#333 }
h2 { font-variant: small-caps; border-bottom: 2px solid #000; font-size: 13pt }
table { width:100%; border-collapse: collapse } td { vertical-align: top; padding: 2px 4px } td.d { width: 32mm; white-space: nowrap }
"""


def chromium_build(p, path, mode):
    e = html.escape
    S = sections(p)
    if mode == "sidebar":
        side = ['<div class="photo"></div>', "<h2>Contact</h2>"] + ["<p>%s</p>" % e(l) for l in contact_lines(p)]
        main = []
        for head, items in S:
            if head in (EN["lang"], EN["ref"]):
                side.append("<h2>%s</h2>" % e(head)); side += ["<p>%s</p>" % e(i) for i in items]
            else:
                main.append("<h2>%s</h2><ul>%s</ul>" % (e(head), "".join("<li>%s</li>" % e(i) for i in items)))
        body = ('<div class="wrap"><div class="side">%s</div><div class="main"><h1>%s</h1><div class="nat">%s</div>%s</div></div>'
                % ("".join(side), e(p["title"]), e(p.get("native") or ""), "".join(main)))
        css = CSS_SIDEBAR
    else:
        parts = ["<h1>%s</h1>" % e(p["title"])]
        if p.get("native"):
            parts.append('<div class="nat" dir="rtl">%s</div>' % e(p["native"]))
        parts.append('<div class="contact">%s</div>' % " &nbsp;|&nbsp; ".join(e(l) for l in contact_lines(p)))
        for head, items in S:
            if head == EN["work"]:
                rows = "".join('<tr><td class="d">%s</td><td><b>%s</b>, %s</td></tr>' % (e(w[2]), e(w[0]), e(w[1])) for w in p["work"])
                parts.append("<h2>Employment History (UK &amp; Libya)</h2><table>%s</table>" % rows)
            else:
                parts.append("<h2>%s</h2><ul>%s</ul>" % (e(head), "".join("<li>%s</li>" % e(i) for i in items)))
        body = "".join(parts)
        css = CSS_UK
    htmlp = os.path.join(TMP, "p%03d.html" % p["n"])
    with open(htmlp, "w", encoding="utf-8") as f:
        f.write('<!doctype html><html><head><meta charset="utf-8"><title>CV</title><style>%s</style></head><body>%s</body></html>' % (css, body))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + path, "file://" + htmlp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))


def reportlab_build(p, path, mode):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    rl_fonts()
    e = html.escape
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=7, textColor=colors.HexColor("#2d4a22"))
    ti = ParagraphStyle("t", fontName="DVB", fontSize=19, leading=23)
    S = sections(p)
    if mode == "classic":
        doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                                title="Curriculum Vitae", author=p["full_name"])
        fl = [Paragraph(e(p["title"]), ti), Paragraph(" · ".join(e(x) for x in contact_lines(p)), base), Spacer(1, 6)]
        for head, items in S:
            fl.append(Paragraph(e(head.upper()), hd))
            for it in items:
                fl.append(Paragraph("• " + e(it), base))
        doc.build(fl)
    else:
        doc = BaseDocTemplate(path, pagesize=A4, title="CV", author="")
        W, Hh = A4
        left = Frame(10 * mm, 12 * mm, 66 * mm, Hh - 24 * mm, id="L")
        right = Frame(80 * mm, 12 * mm, W - 90 * mm, Hh - 24 * mm, id="R")
        left2 = Frame(12 * mm, 12 * mm, W - 24 * mm, Hh - 24 * mm, id="L2")

        def bg(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#eef2f5")); c.rect(0, 0, 77 * mm, Hh, stroke=0, fill=1); c.restoreState()
        doc.addPageTemplates([PageTemplate(id="two", frames=[left, right], onPage=bg)])
        fl = [Paragraph(e(p["full_name"]), ti), Paragraph("MD", base), Spacer(1, 8), Paragraph("CONTACT", hd)]
        small = ParagraphStyle("s", parent=base, fontSize=8.5)
        fl += [Paragraph(e(x), small) for x in [p["phone_disp"], p["email"], p["address"], p["born"]]]
        for head, items in S:
            if head in (EN["lang"], EN["exams"]):
                fl.append(Paragraph(e(head.upper()), hd)); fl += [Paragraph(e(i), base) for i in items]
        fl.append(FrameBreak())
        for head, items in S:
            if head in (EN["lang"], EN["exams"]):
                continue
            fl.append(Paragraph(e(head.upper()), hd))
            for it in items:
                fl.append(Paragraph("– " + e(it), base))
        doc.build(fl)


# ---------------------------------------------------------------- fpdf2
def photo_png(path, seed):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (240, 300), (200, 210, 222)); dr = ImageDraw.Draw(im)
    dr.ellipse((75, 50, 165, 150), fill=(120, 95, 80)); dr.ellipse((60, 40, 180, 120), fill=(40, 40, 60))
    dr.rectangle((40, 180, 200, 300), fill=(30, 50, 90)); dr.ellipse((40, 150, 200, 240), fill=(30, 50, 90))
    im.save(path)


def fpdf_build(p, path):
    from fpdf import FPDF
    ph = os.path.join(TMP, "photo%03d.png" % p["n"]); photo_png(ph, p["n"])
    pdf = FPDF(format="A4"); pdf.add_page()
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.image(ph, x=170, y=10, w=28)
    pdf.set_font("DV", "B", 18); pdf.set_xy(10, 12); pdf.cell(150, 10, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for l in contact_lines(p):
        pdf.cell(150, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    for head, items in sections(p):
        pdf.set_font("DV", "B", 11); pdf.set_text_color(120, 20, 40); pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(120, 20, 40); pdf.line(10, pdf.get_y(), 200, pdf.get_y()); pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 9.5)
        for it in items:
            pdf.multi_cell(0, 5, "▪ " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_title("CV"); pdf.output(path)


# ---------------------------------------------------------------- txt / rtf
def txt_build(p, path):
    L = [p["title"], p["native"] or "", "=" * 60]
    L += contact_lines(p) + [""]
    for head, items in sections(p):
        L += [head.upper(), "-" * len(head)] + ["  * " + i for i in items] + [""]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L))


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def rtf_build(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil DejaVu Sans;}}",
         r"{\header\pard\qr\fs16 " + rtf_esc("Curriculum Vitae — mis à jour 10/2026") + r"\par}",
         r"\pard\qc\b\fs36 " + rtf_esc(p["title"]) + r"\b0\par",
         r"\pard\qc\f1\fs28 " + rtf_esc(p["native"]) + r"\f0\par",
         r"\pard\qc\fs18 " + rtf_esc(" | ".join(contact_lines(p))) + r"\par\pard\fs20\par"]
    for head, items in sections(p):
        R.append(r"\pard\sb200\b\fs24 " + rtf_esc(head.upper()) + r"\b0\fs20\par")
        for it in items:
            R.append(r"\pard\li360\fi-200 " + rtf_esc("- " + it) + r"\par")
    R.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(R))


# ---------------------------------------------------------------- scans
def scan_build(p, path, idx):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    src = os.path.join(TMP, "scan%03d.pdf" % p["n"])
    reportlab_build(p, src, "classic")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", "-f", "1", "-l", "1", src, os.path.join(TMP, "scan%03d" % p["n"])], check=True)
    cand = [f for f in os.listdir(TMP) if f.startswith("scan%03d-" % p["n"]) and f.endswith(".png")]
    im = Image.open(os.path.join(TMP, sorted(cand)[0])).convert("L")
    ang = [0.7, -1.4, 1.8, -0.6, 1.1][idx]
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    rng = np.random.default_rng(p["n"])
    a = a + rng.normal(0, [9, 14, 8, 6, 12][idx], a.shape)
    # uneven illumination (photo of a page)
    if p["ext"] == "jpg":
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        a = a * (0.78 + 0.22 * (xx / a.shape[1])) - 12 * (yy / a.shape[0])
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur([0.6, 0.9, 0.5, 0.7, 1.0][idx]))
    if "lowcontrast" in p["layout"]:
        im = ImageEnhance.Contrast(im).enhance(0.45); im = ImageEnhance.Brightness(im).enhance(1.15)
    if p["ext"] == "png":
        im.save(path)
    elif p["ext"] == "jpg":
        im.convert("RGB").save(path, quality=62)
    else:
        im.convert("RGB").save(path, "PDF", resolution=110.0)


# ---------------------------------------------------------------- damaged
def damaged(out):
    from pypdf import PdfReader, PdfWriter
    recs = []
    extra = dict(P[0]); extra.update(n=22, full_name="Khaled Samir Nasser", title="Dr. Khaled Samir Nasser",
                                      email="khaled.nasser@gmail.com")
    src = os.path.join(TMP, "d22.pdf"); reportlab_build(extra, src, "classic")
    data = open(src, "rb").read()
    n = "w65_022_truncated_pdf.pdf"
    open(os.path.join(out, n), "wb").write(data[: int(len(data) * 0.38)])
    recs.append({"file": n, "layout": "truncated_pdf", "error": True})
    extra2 = dict(P[6]); extra2.update(n=23, full_name="Huda Rashed Al Suwaidi", title="Huda Rashed Al Suwaidi, MD", email="huda.suwaidi@gmail.com")
    src2 = os.path.join(TMP, "d23.pdf"); fpdf_build(extra2, src2)
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src2).pages]
    w.encrypt(user_password="Huda2026!", owner_password="owner-w65", algorithm="RC4-128")
    n = "w65_023_encrypted_pdf.pdf"
    with open(os.path.join(out, n), "wb") as f:
        w.write(f)
    recs.append({"file": n, "layout": "encrypted_pdf", "error": True})
    n = "w65_024_random_bytes_docx.docx"
    rng = random.Random(24)
    open(os.path.join(out, n), "wb").write(b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(18000)))
    recs.append({"file": n, "layout": "random_bytes_docx", "error": True})
    return recs


TRUTH_KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
              "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]


def months(entries, clinical_only=False):
    s = set()
    for u in entries:
        if clinical_only and u["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, u["start"].split("-")); ye, me = map(int, u["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth(p):
    t = {"file": fname(p), "layout": p["layout"]}
    for k in TRUTH_KEYS:
        t[k] = p[k]
    ents = [{k: u[k] for k in ("type", "specialty", "state", "start", "end")} for u in p["usce"]]
    t["usce_months"] = months(ents); t["usce_months_clinical"] = months(ents, True); t["usce_entries"] = ents
    if p.get("scan"):
        t["needs_ocr"] = True
    return t


def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT); os.makedirs(TMP, exist_ok=True)
    recs = []
    si = 0
    for p in P:
        f = os.path.join(OUT, fname(p)); L = p["layout"]
        print("building", fname(p), flush=True)
        if p.get("scan"):
            scan_build(p, f, si); si += 1
        elif L == "docx_table":
            docx_build(p, f, "table")
        elif L == "docx_headerfooter":
            docx_build(p, f, "headerfooter")
        elif L == "docx_textbox":
            docx_build(p, f, "textbox")
        elif L == "docx_french_student":
            docx_build(p, f, "plain_fr")
        elif L in ("lo_pdf_header", "lo_pdf_docx_twocol"):
            src = os.path.join(TMP, "w65_%03d_src.docx" % p["n"])
            docx_build(p, src, "header" if L == "lo_pdf_header" else "twocol")
            soffice_convert(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", f)
        elif L == "lo_pdf_odt_french":
            src = os.path.join(TMP, "w65_%03d_src.odt" % p["n"])
            odt_build(p, src, "plain"); soffice_convert(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", f)
        elif L == "odt_plain":
            odt_build(p, f, "plain")
        elif L == "odt_table":
            odt_build(p, f, "table")
        elif L == "chromium_sidebar":
            chromium_build(p, f, "sidebar")
        elif L == "chromium_uk":
            chromium_build(p, f, "uk")
        elif L == "reportlab_classic":
            reportlab_build(p, f, "classic")
        elif L == "reportlab_twocol":
            reportlab_build(p, f, "twocol")
        elif L == "fpdf2_photo":
            fpdf_build(p, f)
        elif L == "txt_plain":
            txt_build(p, f)
        elif L == "rtf_french":
            rtf_build(p, f)
        else:
            raise SystemExit("unknown layout " + L)
        recs.append(truth(p))
    recs += damaged(OUT)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fo:
        for r in recs:
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("done", len(recs))


if __name__ == "__main__":
    main()
