# -*- coding: utf-8 -*-
"""Render every CV in content.P with a different real toolchain, make scans and damaged files, write truth.jsonl."""
import html, json, os, random, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
from content import P, DAMAGED, fname, truth

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w85_")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(85)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w85_lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- python-docx
def docx_doc(p, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if mode == "table":
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        r = c0.paragraphs[0].add_run(p["name_line"]); r.bold = True; r.font.size = Pt(18)
        c0.add_paragraph(p["subtitle"])
        c1.paragraphs[0].add_run(p["contact"][0])
        for c in p["contact"][1:]:
            c1.add_paragraph(c)
    elif mode == "header":
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join(p["contact"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = "%s — curriculum vitae — contact: %s" % (p["name_line"].title(), p["contact"][0])
        h = d.add_paragraph(); r = h.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(20)
        d.add_paragraph(p["subtitle"])
    elif mode == "textbox":
        h = d.add_paragraph(); r = h.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(20)
        paras = "".join('<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % html.escape(c) for c in p["contact"])
        xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
               '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
               'style="position:absolute;margin-left:300pt;margin-top:-10pt;width:190pt;height:70pt;z-index:251659264;'
               'mso-position-horizontal-relative:margin" fillcolor="#eef3f8" strokecolor="#4a6a8a">'
               '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % paras)
        h._p.append(parse_xml(xml))
        d.add_paragraph(p["subtitle"])
        d.add_paragraph("")
    else:  # plain for LibreOffice conversion
        h = d.add_paragraph(); r = h.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(22)
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        s = d.add_paragraph(p["subtitle"]); s.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c = d.add_paragraph("   •   ".join(p["contact"])); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, lines in p["sections"]:
        hp = d.add_heading(head, level=2)
        exp = any(k in head.lower() for k in ("experience", "usce"))
        if mode == "table" and exp:
            t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
            for ln in lines:
                a, _, b = ln.partition("  ")
                row = t.add_row().cells
                row[0].text = a.strip(); row[1].text = b.strip()
        else:
            for ln in lines:
                d.add_paragraph(ln, style="List Bullet" if exp else None)
    return d


# ---------------------------------------------------------------- HTML / Chromium
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color:#222; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#1f3b57; color:#fff; padding: 14mm 6mm; box-sizing:border-box; }
.side h3 { font-size: 10pt; border-bottom:1px solid #8fb0cf; margin-top: 8mm; text-transform: uppercase; letter-spacing: 1px;}
.side p { margin: 1.5mm 0; word-wrap: break-word; }
.main { flex:1; padding: 14mm 10mm; }
h1 { font-size: 22pt; margin:0; color:#1f3b57; } .sub { color:#555; margin-bottom: 6mm; }
h2 { font-size: 11.5pt; color:#1f3b57; border-bottom: 2px solid #1f3b57; margin-top: 5mm; }
li { margin-bottom: 1.5mm; }
"""
CSS_PLAIN = """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'Noto Serif CJK SC', 'DejaVu Serif', serif; font-size: 10pt; }
h1 { font-size: 20pt; margin: 0; } .sub { font-style: italic; }
.contact { color:#444; margin: 2mm 0 4mm; }
h2 { font-size: 12pt; background:#eee; padding: 1mm 2mm; margin-top: 5mm; }
table { border-collapse: collapse; width: 100%; } td { border: 1px solid #bbb; padding: 1.2mm 2mm; vertical-align: top; }
"""


def html_doc(p, mode):
    esc = html.escape
    secs = ""
    for head, lines in p["sections"]:
        if mode == "table":
            rows = ""
            for ln in lines:
                cells = [c.strip() for c in ln.split("|")] if "|" in ln else [ln]
                rows += "<tr>" + "".join("<td>%s</td>" % esc(c) for c in cells) + "</tr>"
            secs += "<h2>%s</h2><table>%s</table>" % (esc(head), rows)
        else:
            secs += "<h2>%s</h2><ul>%s</ul>" % (esc(head), "".join("<li>%s</li>" % esc(l) for l in lines))
    if mode == "sidebar":
        side = "<h3>Contact</h3>" + "".join("<p>%s</p>" % esc(c) for c in p["contact"])
        for h, ls in p.get("sidebar_extra", []):
            side += "<h3>%s</h3>" % esc(h) + "".join("<p>%s</p>" % esc(x) for x in ls)
        body = ('<div class="wrap"><div class="side">%s</div><div class="main"><h1>%s</h1><div class="sub">%s</div>%s</div></div>'
                % (side, esc(p["name_line"]), esc(p["subtitle"]), secs))
        css = CSS_SIDEBAR
    else:
        body = ('<h1>%s</h1><div class="sub">%s</div><div class="contact">%s</div>%s'
                % (esc(p["name_line"]), esc(p["subtitle"]), " &nbsp;·&nbsp; ".join(esc(c) for c in p["contact"]), secs))
        css = CSS_PLAIN
    return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CV</title><style>%s</style></head><body>%s</body></html>' % (css, body)


def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, "cv_%d.html" % random.randint(0, 10**9))
    open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- reportlab
def reportlab_classic(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11.5, spaceBefore=8, spaceAfter=2)
    t = ParagraphStyle("t", parent=n, fontName="DVB", fontSize=17, leading=21, alignment=1)
    c = ParagraphStyle("c", parent=n, alignment=1, fontSize=9)
    esc = html.escape
    story = [Paragraph(esc(p["name_line"]), t), Paragraph(esc(p["subtitle"]), c),
             Paragraph(esc(" | ".join(p["contact"])), c), Spacer(1, 6)]
    for head, lines in p["sections"]:
        story += [Paragraph(esc(head.upper()), h), HRFlowable(width="100%", thickness=0.6)]
        story += [Paragraph("• " + esc(l), n) for l in lines]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=40,
                      title="CV", author=p["full_name"]).build(story)


def reportlab_twocol(p, out):
    """Canvas drawing: left column = contacts (sidebar), right = sections, with manual wrapping."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    W, H = letter
    cv = canvas.Canvas(out, pagesize=letter)
    cv.setFillColorRGB(0.93, 0.9, 0.84); cv.rect(0, 0, 170, H, fill=1, stroke=0)
    cv.setFillColorRGB(0, 0, 0)
    y = H - 60
    cv.setFont("DVB", 10); cv.drawString(18, y, "CONTACT"); y -= 16
    cv.setFont("DV", 8.2)
    for ln in p["contact"]:
        for s in simpleSplit(ln, "DV", 8.2, 140):
            cv.drawString(18, y, s); y -= 11
        y -= 3
    # sections that go to sidebar
    side_heads = {"Languages", "Visa", "Interests", "Reference"}
    x0, y = 190, H - 60
    cv.setFont("DVB", 22); cv.drawString(x0, y, p["name_line"]); y -= 18
    cv.setFont("DV", 10); cv.drawString(x0, y, p["subtitle"]); y -= 22
    ys = H - 60 - 16 - 11 * 6 - 30
    for head, lines in p["sections"]:
        if head in side_heads:
            cv.setFont("DVB", 10); cv.drawString(18, ys, head.upper()); ys -= 14
            cv.setFont("DV", 8.2)
            for ln in lines:
                for s in simpleSplit(ln, "DV", 8.2, 140):
                    cv.drawString(18, ys, s); ys -= 11
            ys -= 8
            continue
        cv.setFont("DVB", 12); cv.drawString(x0, y, head); y -= 4
        cv.line(x0, y, W - 40, y); y -= 13
        cv.setFont("DV", 9)
        for ln in lines:
            for s in simpleSplit(ln, "DV", 9, W - 40 - x0):
                cv.drawString(x0, y, s); y -= 12
            y -= 2
        y -= 8
    cv.save()


# ---------------------------------------------------------------- fpdf2
def fpdf_compact(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(14, 12, 14); pdf.add_page()
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_font("DV", "B", 18); pdf.cell(0, 9, p["name_line"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, p["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5); pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "   ·   ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.ln(2)
    for head, lines in p["sections"]:
        pdf.set_font("DV", "B", 10); pdf.set_fill_color(225, 235, 245)
        pdf.cell(0, 6, head, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.8)
        for ln in lines:
            pdf.multi_cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(out)


# ---------------------------------------------------------------- text
def txt_plain(p):
    L = [p["name_line"], p["subtitle"], ""] + p["contact"] + ["", "=" * 60]
    for head, lines in p["sections"]:
        L += ["", head, "-" * len(head)] + lines
    return "\n".join(L) + "\n"


def txt_email(p):
    L = ["Subject: CV - %s - request for US clinical rotation" % p["full_name"], "",
         "Dear Rotation Coordinator,", "",
         "Please find my CV pasted below (attachments failed to upload).", "",
         "*** CURRICULUM VITAE ***", "", p["name_line"] + "  (" + p["subtitle"] + ")"]
    for head, lines in p["sections"]:
        L += ["", "[%s]" % head.upper()] + lines
    L += ["", "Kind regards,", p["full_name"], " | ".join(p["contact"]), ""]
    return "\r\n".join(L)


# ---------------------------------------------------------------- ODT (odfpy)
def odt_doc(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P as TP, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    hs = Style(name="Sec", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8a1c1c"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #8a1c1c"))
    sm = Style(name="Small", family="paragraph"); sm.addElement(TextProperties(fontsize="9pt", color="#444444"))
    for s in (big, hs, sm):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(TP(stylename=big, text=p["name_line"]))
    doc.text.addElement(TP(stylename=sm, text=p["subtitle"]))
    doc.text.addElement(TP(stylename=sm, text=" / ".join(p["contact"])))
    for head, lines in p["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=head))
        for ln in lines:
            doc.text.addElement(TP(text=ln))
    doc.save(out)


# ---------------------------------------------------------------- RTF by hand
def rtf_escape(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append("\\u%d?" % c)
    return "".join(o)


def rtf_doc(p):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red20\green60\blue120;}", r"\paperw11906\paperh16838\margl1134\margr1134",
         r"\pard\qc\f1\fs36\b " + rtf_escape(p["name_line"]) + r"\b0\par",
         r"\pard\qc\fs20 " + rtf_escape(p["subtitle"]) + r"\par",
         r"\pard\qc\fs18 " + rtf_escape("  *  ".join(p["contact"])) + r"\par\pard\sa120\par"]
    for head, lines in p["sections"]:
        R.append(r"\pard\sb200\sa60\f1\fs24\cf2\b " + rtf_escape(head) + r"\b0\cf1\par")
        for ln in lines:
            R.append(r"\pard\li360\f0\fs21 " + rtf_escape(ln) + r"\par")
    R.append("}")
    return "\n".join(R)


# ---------------------------------------------------------------- scans
def rasterize(pdf, stem, dpi):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", pdf, os.path.join(TMP, stem)], check=True)
    cands = [f for f in os.listdir(TMP) if f.startswith(stem) and f.endswith(".png")]
    return os.path.join(TMP, sorted(cands)[0])


def degrade(png, angle, noise, blur, contrast, paper=(245, 242, 232)):
    from PIL import Image, ImageFilter, ImageEnhance
    im = Image.open(png).convert("L")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load(); w, h = im.size
    rnd = random.Random(len(png))
    for _ in range(int(w * h * noise)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((0, 40, 200, 255))
    rgb = Image.merge("RGB", [im.point(lambda v, c=c: int(v * c / 255)) for c in paper])
    return rgb


def make_scan(p, out):
    src = os.path.join(TMP, "scan_src_%d.pdf" % p["n"])
    if p["n"] in (17, 21):
        chromium_pdf(html_doc(p, "plain"), src)
    elif p["n"] == 19:
        fpdf_compact(p, src)
    else:
        reportlab_classic(p, src)
    cfg = {17: (1.3, 0.004, 0.6, 1.0, 150), 18: (-0.8, 0.002, 0.9, 0.95, 140),
           19: (1.8, 0.003, 1.1, 0.9, 130), 20: (-0.6, 0.006, 0.5, 1.0, 100),
           21: (0.7, 0.002, 0.8, 0.45, 140)}[p["n"]]
    angle, noise, blur, contrast, dpi = cfg
    png = rasterize(src, "scan%d" % p["n"], dpi)
    im = degrade(png, angle, noise, blur, contrast)
    if p["ext"] == "pdf":
        im.save(out, "PDF", resolution=dpi)
    elif p["ext"] == "png":
        im.save(out, "PNG")
    else:
        im.save(out, "JPEG", quality=55 if p["n"] == 21 else 70)


# ---------------------------------------------------------------- damaged
def make_damaged(d, out):
    dummy = dict(P[2]); dummy = dict(dummy, name_line="Nodira Yusupova, MD", subtitle="Tashkent Medical Academy",
                                     contact=["nodira.yusupova@mail.uz"], full_name="Nodira Yusupova")
    src = os.path.join(TMP, "dmg_%d.pdf" % d["n"])
    if d["n"] == 22:
        reportlab_classic(dummy, src)
        b = open(src, "rb").read()
        open(out, "wb").write(b[: len(b) * 2 // 5])
    elif d["n"] == 23:
        from pypdf import PdfReader, PdfWriter
        fpdf_compact(dict(P[8], name_line="Armen Petrosyan", contact=["armen.petrosyan@gmail.com"]), src)
        w = PdfWriter(); w.append(PdfReader(src))
        w.encrypt(user_password="Yerevan2025", owner_password="owner-w85", algorithm="RC4-128")
        w.write(out)
    else:
        open(out, "wb").write(random.Random(24).randbytes(48_213))


# ---------------------------------------------------------------- main
def render(p):
    out = os.path.join(OUT, fname(p))
    lay = p["layout"]
    if p.get("scan"):
        make_scan(p, out)
    elif lay == "docx_table":
        docx_doc(p, "table").save(out)
    elif lay == "docx_header_footer":
        docx_doc(p, "header").save(out)
    elif lay == "docx_textbox":
        docx_doc(p, "textbox").save(out)
    elif lay == "lo_docx2pdf":
        src = os.path.join(TMP, "w85_%03d_src.docx" % p["n"])
        docx_doc(p, "plain").save(src); soffice(src, "pdf", TMP)
        shutil.move(src[:-5] + ".pdf", out)
    elif lay == "chromium_sidebar":
        chromium_pdf(html_doc(p, "sidebar"), out)
    elif lay == "chromium_cjk":
        chromium_pdf(html_doc(p, "plain"), out)
    elif lay == "chromium_table":
        chromium_pdf(html_doc(p, "table"), out)
    elif lay == "reportlab_classic":
        reportlab_classic(p, out)
    elif lay == "reportlab_twocol":
        reportlab_twocol(p, out)
    elif lay == "fpdf2_compact":
        fpdf_compact(p, out)
    elif lay == "txt_plain":
        open(out, "w", encoding="utf-8").write(txt_plain(p))
    elif lay == "txt_email_style":
        open(out, "w", encoding="utf-8", newline="").write(txt_email(p))
    elif lay == "odt_odfpy":
        odt_doc(p, out)
    elif lay == "lo_odt2pdf":
        src = os.path.join(TMP, "w85_%03d_src.odt" % p["n"])
        odt_doc(p, src); soffice(src, "pdf", TMP)
        shutil.move(src[:-4] + ".pdf", out)
    elif lay == "rtf_hand":
        open(out, "w", encoding="ascii").write(rtf_doc(p))
    elif lay == "lo_rtf2docx":
        src = os.path.join(TMP, "w85_%03d_src.rtf" % p["n"])
        open(src, "w", encoding="ascii").write(rtf_doc(p)); soffice(src, "docx:MS Word 2007 XML", TMP)
        shutil.move(src[:-4] + ".docx", out)
    else:
        raise SystemExit("unknown layout " + lay)
    print("built", fname(p))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rows = []
    for p in P:
        render(p)
        rows.append(truth(p))
    for d in DAMAGED:
        make_damaged(d, os.path.join(OUT, fname(d)))
        rows.append({"file": fname(d), "layout": d["layout"], "error": True})
        print("built", fname(d))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
