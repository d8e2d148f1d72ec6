# -*- coding: utf-8 -*-
"""Render every CV in people.py with its toolchain; write truth.jsonl."""
import os, sys, json, subprocess, shutil, random, html, io
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w98_build"
LO_PROFILE = "file:///tmp/w98_lo_profile"
DJ = "/usr/share/fonts/truetype/dejavu/"
random.seed(98)

def fname(p):
    return "w98_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])

def txt(item, sep=" — "):
    return sep.join(item) if isinstance(item, list) else item

def soffice(src, fmt, outdir, infilter=None):
    extra = ["--infilter=" + infilter] if infilter else []
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + extra + ["--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ------------------------------------------------------------------ python-docx
def build_docx(p, path, contacts_in="header"):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cv = p["cv"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if contacts_in == "header":
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join(cv["contacts"]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(8.5)
    if cv.get("footer"):
        fp = sec.footer.paragraphs[0]; fp.text = cv["footer"]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs: r.font.size = Pt(8)
    h = d.add_paragraph(); r = h.add_run(cv["title"]); r.bold = True; r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    if contacts_in == "body":
        for c in cv["contacts"]:
            d.add_paragraph(c).paragraph_format.space_after = Pt(0)
    for head, items in cv["sections"]:
        hp = d.add_paragraph(); rr = hp.add_run(head.upper()); rr.bold = True; rr.font.size = Pt(11.5)
        rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        rows = [i for i in items if isinstance(i, list)]
        if rows:
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                for k, v in enumerate(row): cells[k].text = v
        for i in items:
            if not isinstance(i, list):
                d.add_paragraph(i, style="List Bullet" if len(items) > 1 else None)
    d.save(path)

# ------------------------------------------------------------------ HTML for chromium / LibreOffice
CSS_SIDEBAR = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; color:#222; }
.wrap { display:flex; min-height: 297mm; %s }
.side { width: 68mm; background:#23395d; color:#fff; padding: 14mm 7mm; box-sizing:border-box; }
.side h1 { font-size: 17pt; margin:0 0 8mm 0; line-height:1.2 }
.side h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 1px; border-bottom:1px solid #8fa6c9; margin-top:7mm }
.side p { margin: 1.5mm 0; font-size: 8.5pt; }
.main { flex:1; padding: 14mm 10mm; box-sizing:border-box; }
.main h2 { font-size: 11.5pt; color:#23395d; border-bottom: 2px solid #23395d; margin: 5mm 0 2mm 0; text-transform: uppercase; }
.main li { margin-bottom: 1.5mm; }
"""
def build_sidebar_html(p, right=False):
    cv = p["cv"]
    side = ["<h1>%s</h1>" % html.escape(cv["title"]), "<h3>Contact</h3>"]
    side += ["<p>%s</p>" % html.escape(c) for c in cv["contacts"]]
    for h, its in cv.get("side_extra", []):
        side.append("<h3>%s</h3>" % html.escape(h)); side += ["<p>%s</p>" % html.escape(i) for i in its]
    main = []
    for h, its in cv["sections"]:
        main.append("<h2>%s</h2><ul>%s</ul>" % (html.escape(h), "".join("<li>%s</li>" % html.escape(txt(i)) for i in its)))
    css = CSS_SIDEBAR % ("flex-direction: row-reverse;" if right else "")
    return "<!doctype html><html><head><meta charset='utf-8'><style>%s</style></head><body><div class='wrap'><div class='side'>%s</div><div class='main'>%s</div></div></body></html>" % (css, "".join(side), "".join(main))

CSS_TWOCOL = """
@page { size: Letter; margin: 16mm 14mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10pt; }
header { border-bottom: 3px double #444; padding-bottom: 3mm; margin-bottom: 4mm; display:flex; justify-content:space-between; align-items:flex-end }
header h1 { margin:0; font-size: 20pt; } header .fa { font-family:'DejaVu Sans'; font-size: 13pt; direction: rtl; }
header .c { text-align:right; font-size: 9pt; }
.cols { column-count: 2; column-gap: 8mm; }
h2 { font-size: 11pt; font-variant: small-caps; margin: 3mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 1.5mm 0; }
"""
def build_twocol_html(p):
    cv = p["cv"]
    body = "".join("<h2>%s</h2>%s" % (html.escape(h), "".join("<p>%s</p>" % html.escape(txt(i)) for i in its)) for h, its in cv["sections"])
    return ("<!doctype html><html><head><meta charset='utf-8'><style>%s</style></head><body><header><div><h1>%s</h1><div class='fa'>%s</div></div>"
            "<div class='c'>%s</div></header><div class='cols'>%s</div></body></html>") % (
        CSS_TWOCOL, html.escape(cv["title"]), html.escape(cv.get("alt_name", "")),
        "<br>".join(html.escape(c) for c in cv["contacts"]), body)

def build_plain_html(p):
    cv = p["cv"]
    out = ["<!doctype html><html><head><meta charset='utf-8'><title>CV</title></head><body style='font-family:Liberation Sans'>",
           "<h1 style='text-align:center'>%s</h1>" % html.escape(cv["title"]),
           "<p style='text-align:center'>%s</p>" % "<br>".join(html.escape(c) for c in cv["contacts"])]
    for h, its in cv["sections"]:
        out.append("<h3 style='border-bottom:1px solid #999'>%s</h3>" % html.escape(h))
        rows = [i for i in its if isinstance(i, list)]
        if rows:
            out.append("<table border='1' cellpadding='4' style='border-collapse:collapse;width:100%%'>%s</table>" %
                       "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in rows))
        lis = [i for i in its if not isinstance(i, list)]
        if lis: out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(i) for i in lis))
    out.append("</body></html>")
    return "".join(out)

def chromium_pdf(html_text, path):
    src = os.path.join(TMP, os.path.basename(path) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w98_chrome", "--print-to-pdf=" + path, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ------------------------------------------------------------------ reportlab
def build_reportlab(p, path, fontsize=10):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
    from xml.sax.saxutils import escape
    cv = p["cv"]
    n = ParagraphStyle("n", fontName="DV", fontSize=fontsize, leading=fontsize * 1.35)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=fontsize + 2, leading=fontsize * 1.8, spaceBefore=6)
    ts = ParagraphStyle("t", fontName="DVB", fontSize=fontsize + 9, leading=fontsize * 2.4, alignment=1)
    cs = ParagraphStyle("c", parent=n, alignment=1, fontSize=fontsize - 1)
    st = [Paragraph(escape(cv["title"]), ts)] + [Paragraph(escape(c), cs) for c in cv["contacts"]]
    for h, its in cv["sections"]:
        st += [Paragraph(escape(h.upper()), hs), HRFlowable(width="100%", thickness=0.6)]
        st += [Paragraph("• " + escape(txt(i)), n) for i in its]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                      title="CV", author="").build(st)

# ------------------------------------------------------------------ fpdf2
def build_fpdf(p, path, style="blocks"):
    from fpdf import FPDF
    cv = p["cv"]
    pdf = FPDF(format="Letter"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    if style == "blocks":
        pdf.set_fill_color(120, 20, 30); pdf.rect(0, 0, 216, 34, "F"); pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 18); pdf.set_xy(12, 8); pdf.cell(0, 9, cv["title"])
        pdf.set_font("DV", "", 8.5); pdf.set_xy(12, 20); pdf.multi_cell(190, 4.5, "   ·   ".join(cv["contacts"]))
        pdf.set_text_color(0, 0, 0); pdf.set_y(40)
    else:
        pdf.set_font("DV", "B", 16); pdf.cell(0, 9, cv["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for c in cv["contacts"]: pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for h, its in cv["sections"]:
        pdf.set_font("DV", "B", 11)
        if style == "blocks":
            pdf.set_fill_color(235, 235, 235); pdf.cell(0, 7, " " + h, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, 7, h.upper(), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for i in its:
            pdf.set_x(pdf.l_margin + 3); pdf.multi_cell(0, 5, "- " + txt(i), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(path)

# ------------------------------------------------------------------ plain text
def build_txt(p, path, oneline=False):
    cv = p["cv"]; L = [cv["title"]] + cv["contacts"] + [""]
    for h, its in cv["sections"]:
        if oneline:
            L.append("%s: %s" % (h, " || ".join(txt(i) for i in its)))
        else:
            L += [h, "-" * len(h)] + ["  * " + txt(i, " - ") for i in its] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ------------------------------------------------------------------ RTF by hand
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)

def build_rtf(p, path):
    cv = p["cv"]
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100",
         r"{\header\pard\qr\f1\fs16 %s\par}" % rtf_esc(" | ".join(cv["contacts"][1:])),
         r"\pard\qc\f1\fs36\b %s\b0\par" % rtf_esc(cv["title"]),
         r"\pard\qc\fs20 %s\par\pard\sa120\par" % rtf_esc(cv["contacts"][0])]
    for h, its in cv["sections"]:
        r.append(r"\pard\sb200\sa60\f1\fs22\b\ul %s\ul0\b0\par" % rtf_esc(h))
        for i in its:
            r.append(r"\pard\li360\fi-200\f0\fs21 \bullet  %s\par" % rtf_esc(txt(i)))
    r.append("}")
    open(path, "w", encoding="ascii").write("\n".join(r))

# ------------------------------------------------------------------ ODT (odfpy)
def build_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P as OP, H, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    cv = p["cv"]
    doc = OpenDocumentText()
    tstyle = Style(name="Title1", family="paragraph"); tstyle.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#2b4c2b"))
    tstyle.addElement(ParagraphProperties(textalign="left"))
    hstyle = Style(name="Head1", family="paragraph"); hstyle.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2b4c2b"))
    hstyle.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #2b4c2b"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    for s in (tstyle, hstyle, small): doc.styles.addElement(s)
    doc.text.addElement(OP(text=cv["title"], stylename=tstyle))
    for c in cv["contacts"]: doc.text.addElement(OP(text=c, stylename=small))
    for h, its in cv["sections"]:
        doc.text.addElement(OP(text=h, stylename=hstyle))
        rows = [i for i in its if isinstance(i, list)]
        if rows:
            t = Table(name="T%d" % len(h)); ncol = max(len(r) for r in rows)
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in rows:
                tr = TableRow()
                for v in row:
                    tc = TableCell(); tc.addElement(OP(text=v)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        for i in its:
            if not isinstance(i, list): doc.text.addElement(OP(text=i))
    doc.save(path)

# ------------------------------------------------------------------ scans
def degrade(png_path, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    rnd = random.Random(seed)
    im = Image.open(png_path).convert("L")
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.6, 1.9)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    if kind == "photo":
        # uneven lighting gradient, yellowish paper
        w, h = im.size
        grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: int(v * 0.35))
        im = Image.eval(Image.merge("L", [im]), lambda v: v)
        im = Image.composite(im.point(lambda v: int(v * 0.8)), im, grad)
    if kind in ("lowcontrast", "photo"):
        im = ImageEnhance.Contrast(im).enhance(0.55)
        im = ImageEnhance.Brightness(im).enhance(1.08)
    im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.1)))
    # speckle noise
    px = im.load(); w, h = im.size
    for _ in range(int(w * h * 0.004)):
        x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = rnd.choice([30, 90, 200, 255])
    return im

def build_scan(p, path):
    src = os.path.join(TMP, "scan_%03d.pdf" % p["num"])
    build_reportlab(p, src, fontsize=10.5)
    pref = os.path.join(TMP, "scan_%03d" % p["num"])
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-f", "1", "-l", "1", "-singlefile", src, pref], check=True)
    kind = {"jpg": "photo", "png": "lowcontrast"}.get(p["ext"], "scan")
    if "phone" in p["layout"]: kind = "photo"
    im = degrade(pref + ".png", kind, p["num"])
    if p["ext"] == "pdf":
        im.convert("RGB").save(path, "PDF", resolution=130)
    elif p["ext"] == "jpg":
        from PIL import Image
        rgb = Image.merge("RGB", [im, im, im.point(lambda v: int(v * 0.9))])
        rgb.save(path, "JPEG", quality=62)
    else:
        im.save(path, "PNG")

# ------------------------------------------------------------------ main
def main():
    os.makedirs(OUT, exist_ok=True); shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    truth = []
    for p in P:
        name = fname(p); path = os.path.join(OUT, name); L = p["layout"]; base = os.path.splitext(name)[0]
        if L == "docx_table": build_docx(p, path, "header")
        elif L == "docx_footer_contacts": build_docx(p, path, "none")
        elif L == "lo_docx_pdf":
            s = os.path.join(TMP, base + ".docx"); build_docx(p, s, "body"); soffice(s, "pdf", OUT)
        elif L == "chromium_sidebar": chromium_pdf(build_sidebar_html(p), path)
        elif L == "chromium_sidebar_right": chromium_pdf(build_sidebar_html(p, right=True), path)
        elif L == "chromium_twocol_header": chromium_pdf(build_twocol_html(p), path)
        elif L == "reportlab_classic": build_reportlab(p, path)
        elif L == "fpdf2_blocks": build_fpdf(p, path, "blocks")
        elif L == "fpdf2_clinical_list": build_fpdf(p, path, "plain")
        elif L == "plain_text": build_txt(p, path)
        elif L == "txt_oneliners": build_txt(p, path, oneline=True)
        elif L == "rtf_hand": build_rtf(p, path)
        elif L == "odt_spanish_mix": build_odt(p, path)
        elif L == "lo_odt_pdf":
            s = os.path.join(TMP, base + ".odt"); build_odt(p, s); soffice(s, "pdf", OUT)
        elif L == "lo_html_pdf":
            s = os.path.join(TMP, base + ".html"); open(s, "w", encoding="utf-8").write(build_plain_html(p))
            soffice(s, "pdf:writer_pdf_Export", OUT, "HTML (StarWriter)")
        elif L == "lo_html_docx":
            s = os.path.join(TMP, base + ".html"); open(s, "w", encoding="utf-8").write(build_plain_html(p))
            soffice(s, "docx:MS Word 2007 XML", OUT, "HTML (StarWriter)")
        elif L.startswith("scan_"): build_scan(p, path)
        else: raise SystemExit("unknown layout " + L)
        assert os.path.exists(path), path
        t = {"file": name, "layout": L}; t.update(p["truth"])
        if L.startswith("scan_"): t["needs_ocr"] = True
        t["usce_months"], t["usce_months_clinical"] = months(t["usce_entries"])
        truth.append(t)
        print("built", name)
    # damaged files
    donor = P[3]  # reportlab Nigerian CV as the source of broken PDFs
    for num, L, ext in DAMAGED:
        name = "w98_%03d_%s.%s" % (num, L, ext); path = os.path.join(OUT, name)
        if L == "damaged_truncated_pdf":
            s = os.path.join(TMP, "trunc.pdf"); build_reportlab(P[11], s)
            data = open(s, "rb").read(); open(path, "wb").write(data[: int(len(data) * 0.42)])
        elif L == "damaged_encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            s = os.path.join(TMP, "enc.pdf"); build_fpdf(P[1], s, "plain")
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(s).pages]
            w.encrypt(user_password="usman2019", owner_password="owner-w98", algorithm="RC4-128"); w.write(path)
        elif L == "damaged_random_docx":
            open(path, "wb").write(bytes(random.Random(24).getrandbits(8) for _ in range(23517)))
        truth.append({"file": name, "layout": L, "error": True}); print("built", name)
    order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
             "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
             "publications", "usce_months", "usce_months_clinical", "usce_entries", "needs_ocr", "error"]
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in sorted(truth, key=lambda t: t["file"]):
            f.write(json.dumps({k: t[k] for k in order if k in t}, ensure_ascii=False) + "\n")

def months(entries):
    def span(e):
        y1, m1 = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}
    allm, clin = set(), set()
    for e in entries:
        s = span(e); allm |= s
        if e["type"] in ("hands_on", "observership"): clin |= s
    return len(allm), len(clin)

if __name__ == "__main__":
    main()
