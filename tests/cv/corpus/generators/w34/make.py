#!/usr/bin/env python3
"""Build all 24 files of writer w34 into ../files and ../truth.jsonl."""
import os, sys, json, random, subprocess, shutil, html, textwrap, tempfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import CV, DAMAGED

W = "w34"
OUT = os.path.join(HERE, "..", "files")
TMP = tempfile.mkdtemp(prefix="w34_")
os.makedirs(OUT, exist_ok=True)
random.seed(34)
DJ = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
CJK = "/root/.fonts/NotoSansCJK-VF.otf.ttc"


def fname(n, ext):
    return f"{W}_{n}_{CV[n]['layout'] if n in CV else DAMAGED[n]}.{ext}"


def parse(text):
    out = []
    for ln in text.strip("\n").split("\n"):
        s = ln.strip()
        if not s:
            continue
        if s == "##PAGEBREAK":
            out.append(("pb", ""))
        elif s.startswith("# "):
            out.append(("h1", s[2:]))
        elif s.startswith("## "):
            out.append(("h", s[3:]))
        elif s.startswith("- "):
            out.append(("li", s[2:]))
        else:
            out.append(("p", s))
    return out


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# ---------------- HTML / Chromium ----------------
def to_html(lines, css, pre=""):
    body = [pre]
    ul = False
    for k, s in lines:
        if k != "li" and ul:
            body.append("</ul>"); ul = False
        e = html.escape(s)
        if k == "h1": body.append(f"<h1>{e}</h1>")
        elif k == "h": body.append(f"<h2>{e}</h2>")
        elif k == "li":
            if not ul: body.append("<ul>"); ul = True
            body.append(f"<li>{e}</li>")
        elif k == "pb": body.append('<div style="page-break-after:always"></div>')
        else: body.append(f"<p>{e}</p>")
    if ul: body.append("</ul>")
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(body)}</body></html>"


def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(htmltext)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src])


BASECSS = "body{font-family:'Liberation Sans',Arial;font-size:10.5pt;margin:0}h1{font-size:20pt;margin:0 0 4px}h2{font-size:12pt;border-bottom:1px solid #888;margin:10px 0 4px;text-transform:uppercase}p{margin:2px 0}ul{margin:2px 0 2px 18px;padding:0}"


def make_002():
    css = "@page{size:Letter landscape;margin:0.5in}" + BASECSS + "body{column-count:2;column-gap:30px}h1{column-span:all}"
    chromium_pdf(to_html(parse(CV["002"]["text"]), css), os.path.join(OUT, fname("002", "pdf")))


def make_003():
    # odd phone-like page size (roughly a phone screen ratio), big font
    css = "@page{size:90mm 180mm;margin:6mm}" + BASECSS + "body{font-family:'DejaVu Sans';font-size:9pt}h1{font-size:15pt}"
    chromium_pdf(to_html(parse(CV["003"]["text"]), css), os.path.join(OUT, fname("003", "pdf")))


def make_006():
    c = CV["006"]
    cover = "".join(f"<p>{html.escape(x) or '&nbsp;'}</p>" for x in c["cover"].strip().split("\n"))
    css = "@page{size:A4;margin:18mm}" + BASECSS + ".cover{font-family:'Liberation Serif';font-size:12pt;page-break-after:always}"
    chromium_pdf(to_html(parse(c["text"]), css, pre=f"<div class='cover'>{cover}</div>"), os.path.join(OUT, fname("006", "pdf")))


# ---------------- images (OCR layer + scans) ----------------
def render_pages(lines, width=2480, height=3508, margin=200, size=42, fontname=LIB + "LiberationSans-Regular.ttf",
                 bold=LIB + "LiberationSans-Bold.ttf"):
    fr = ImageFont.truetype(fontname, size); fb = ImageFont.truetype(bold, int(size * 1.15))
    fh = ImageFont.truetype(bold, int(size * 1.7)); fc = ImageFont.truetype(CJK, int(size * 1.5))
    pages = []
    def new():
        im = Image.new("L", (width, height), 255); return im, ImageDraw.Draw(im), margin
    im, d, y = new()
    maxc = int((width - 2 * margin) / (size * 0.5))
    for k, s in lines:
        if k == "pb":
            pages.append(im); im, d, y = new(); continue
        if k == "h1":
            if any(ord(ch) > 0x2e80 for ch in s):  # Latin name + CJK
                lat, cjk = s.split("  ")
                d.text((margin, y), lat, font=fh, fill=0)
                d.text((margin + d.textlength(lat, font=fh) + 60, y), cjk, font=fc, fill=0)
            else:
                d.text((margin, y), s, font=fh, fill=0)
            y += int(size * 2.4); continue
        if k == "h":
            y += int(size * 0.6); d.text((margin, y), s.upper(), font=fb, fill=0)
            y += int(size * 1.35); d.line((margin, y, width - margin, y), fill=80, width=3); y += int(size * 0.4); continue
        pre = "•  " if k == "li" else ""
        for i, w in enumerate(textwrap.wrap(s, maxc - 3)):
            d.text((margin + (0 if i == 0 else int(size * 0.9) if pre else 0), y), (pre if i == 0 else "") + w, font=fr, fill=0)
            y += int(size * 1.35)
        if y > height - margin - 100:
            pages.append(im); im, d, y = new()
    pages.append(im)
    return pages


def degrade(im, angle, blur=0.8, noise=18, contrast=1.0, bright=1.0, bg=245):
    im = im.convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0: im = ImageEnhance.Contrast(im).enhance(contrast)
    if bright != 1.0: im = ImageEnhance.Brightness(im).enhance(bright)
    if noise:
        rnd = random.Random(7)
        px = im.load(); w, h = im.size
        for _ in range(w * h // 25):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-noise * 3, noise * 3)))
    return im


def ocr_pdf(pages, out, angle):
    imgs = []
    for i, p in enumerate(pages):
        q = degrade(p, angle, blur=0.6, noise=10)
        f = os.path.join(TMP, f"{os.path.basename(out)}_{i}.png")
        q.save(f, dpi=(300, 300)); imgs.append(f)
    lst = os.path.join(TMP, os.path.basename(out) + ".txt")
    open(lst, "w").write("\n".join(imgs) + "\n")
    base = out[:-4]
    run(["tesseract", lst if len(imgs) > 1 else imgs[0], base, "-l", "eng", "pdf"])


def make_001():
    ocr_pdf(render_pages(parse(CV["001"]["text"])), os.path.join(OUT, fname("001", "pdf")), 0.7)


def make_016():
    ocr_pdf(render_pages(parse(CV["016"]["text"]), width=2550, height=3300, size=40),
            os.path.join(OUT, fname("016", "pdf")), -1.1)


def make_scans():
    # 017 image-only PDF (A4, 200 dpi-ish), grey, slight rotation
    p = render_pages(parse(CV["017"]["text"]))[0]
    q = degrade(p, 1.2, blur=1.0, noise=20).resize((1654, 2339)).convert("RGB")
    q.save(os.path.join(OUT, fname("017", "pdf")), "PDF", resolution=200)
    # 018 phone photo png: warm background, rotation, blur
    p = render_pages(parse(CV["018"]["text"]))[0]
    q = degrade(p, -1.8, blur=1.6, noise=25, contrast=0.8, bg=225).resize((1240, 1754))
    q = Image.merge("RGB", (q.point(lambda v: min(255, v + 8)), q, q.point(lambda v: int(v * 0.9))))
    q.save(os.path.join(OUT, fname("018", "png")))
    # 019 low-contrast jpg
    p = render_pages(parse(CV["019"]["text"]), width=2550, height=3300)[0]
    q = degrade(p, 0.5, blur=1.2, noise=15, contrast=0.35, bright=1.15).resize((1275, 1650))
    q.save(os.path.join(OUT, fname("019", "jpg")), quality=55)
    # 020 multipage image-only PDF
    pages = [degrade(x, a, blur=0.9, noise=18).resize((1654, 2339)).convert("RGB")
             for x, a in zip(render_pages(parse(CV["020"]["text"])), (0.8, -0.6))]
    pages[0].save(os.path.join(OUT, fname("020", "pdf")), "PDF", resolution=200, save_all=True, append_images=pages[1:])
    # 021 rotated noisy jpg with CJK name
    p = render_pages(parse(CV["021"]["text"]))[0]
    q = degrade(p, 2.0, blur=1.1, noise=35, contrast=0.75).resize((1400, 1980))
    q.convert("RGB").save(os.path.join(OUT, fname("021", "jpg")), quality=60)


# ---------------- reportlab ----------------
def make_004():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
    c = CV["004"]; W_, H_ = A4
    cv = canvas.Canvas(os.path.join(OUT, fname("004", "pdf")), pagesize=A4)
    cv.setTitle("CV"); cv.setAuthor("")
    # right column FIRST in content stream
    cv.setFillColorRGB(0.92, 0.94, 0.97); cv.rect(W_ - 170, 0, 170, H_, fill=1, stroke=0); cv.setFillColorRGB(0, 0, 0)
    y = H_ - 60
    for k, s in parse(c["right"]):
        cv.setFont("DJB" if k == "h" else "DJ", 10 if k == "h" else 8.5)
        cv.drawString(W_ - 160, y, s); y -= 16 if k == "h" else 12
        if k == "h": pass
    # main column
    y = H_ - 60; x = 40; maxw = 68
    def nl(dy):
        nonlocal y
        y -= dy
        if y < 60:
            cv.showPage(); y = H_ - 60
    for k, s in parse(c["main"]):
        if k == "h1": cv.setFont("DJB", 20); cv.drawString(x, y, s); nl(22); continue
        if k == "h": nl(6); cv.setFont("DJB", 11); cv.drawString(x, y, s); nl(15); continue
        cv.setFont("DJ", 9)
        for i, w in enumerate(textwrap.wrap(("• " if k == "li" else "") + s, maxw)):
            cv.drawString(x + (10 if i else 0), y, w); nl(12)
    cv.showPage()
    # last page: only a footer block with contacts (page 2 or 3)
    cv.setFont("DJ", 9); cv.drawString(40, 110, "I confirm that the information above is accurate. — N.T.M.A., 09/2026")
    cv.setFont("DJB", 9.5); cv.drawString(40, 40, c["contacts"])
    cv.showPage(); cv.save()


def heading_png(text, path):
    f = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", 64)
    w = int(f.getlength(text)) + 40
    im = Image.new("RGB", (w, 100), (24, 60, 110)); d = ImageDraw.Draw(im)
    d.text((20, 12), text, font=f, fill=(255, 255, 255)); im.save(path); return w / 100


def make_010():
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Image as RImage, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.pagesizes import letter
    ss = getSampleStyleSheet(); st = []
    for i, (k, s) in enumerate(parse(CV["010"]["text"])):
        if k == "h1":
            st.append(Paragraph(html.escape(s), ss["Title"]))
            p = os.path.join(TMP, "hangul.png")
            f = ImageFont.truetype(CJK, 60); im = Image.new("RGB", (220, 90), "white")
            ImageDraw.Draw(im).text((10, 5), "박지훈", font=f, fill="black"); im.save(p)
            st.append(RImage(p, width=55, height=22.5))
        elif k == "h":
            p = os.path.join(TMP, f"h{i}.png"); r = heading_png(s.upper(), p)
            st.append(Spacer(1, 6)); st.append(RImage(p, width=18 * r, height=18, hAlign="LEFT")); st.append(Spacer(1, 3))
        elif k == "li":
            st.append(Paragraph("• " + html.escape(s), ss["BodyText"]))
        else:
            st.append(Paragraph(html.escape(s), ss["BodyText"]))
    SimpleDocTemplate(os.path.join(OUT, fname("010", "pdf")), pagesize=letter).build(st)


# ---------------- fpdf2 ----------------
def make_013():
    from fpdf import FPDF
    pdf = FPDF(format="Letter"); pdf.add_page(); pdf.set_margins(18, 15)
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    for k, s in parse(CV["013"]["text"]):
        if k == "h1": pdf.set_font("DJ", "B", 18); pdf.multi_cell(0, 9, s, new_x="LMARGIN", new_y="NEXT")
        elif k == "h": pdf.ln(2); pdf.set_font("DJ", "B", 11.5); pdf.multi_cell(0, 7, s, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DJ", "", 9.5); pdf.multi_cell(0, 5, ("- " if k == "li" else "") + s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, fname("013", "pdf")))


# ---------------- python-docx ----------------
def plain_docx(lines, header=None, footer=None):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
    if header: doc.sections[0].header.paragraphs[0].text = header
    if footer: doc.sections[0].footer.paragraphs[0].text = footer
    for k, s in lines:
        if k == "h1": doc.add_heading(s, 0)
        elif k == "h": doc.add_heading(s, 2)
        elif k == "li": doc.add_paragraph(s, style="List Bullet")
        elif k == "pb": doc.add_page_break()
        else: doc.add_paragraph(s)
    return doc


def make_005():
    c = CV["005"]; doc = plain_docx(parse(c["text"]))
    doc.add_page_break(); doc.add_heading("Cover Letter", 1)
    for para in c["cover"].strip().split("\n\n"):
        p = doc.add_paragraph()
        for j, l in enumerate(para.split("\n")):
            if j: p.add_run().add_break()
            p.add_run(l)
    doc.save(os.path.join(OUT, fname("005", "docx")))


def make_008():
    from docx import Document
    from docx.shared import Pt
    doc = Document(); lines = parse(CV["008"]["text"])
    t = doc.add_table(rows=0, cols=1); t.style = "Table Grid"
    for k, s in lines:
        cell = t.add_row().cells[0]
        r = cell.paragraphs[0].add_run(("• " if k == "li" else "") + s)
        if k in ("h1", "h"): r.bold = True; r.font.size = Pt(16 if k == "h1" else 12)
    doc.save(os.path.join(OUT, fname("008", "docx")))


def make_009():
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt
    doc = Document()
    NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    for i, (k, s) in enumerate(parse(CV["009"]["text"])):
        sz = {"h1": 36, "h": 24}.get(k, 20); b = "<w:b/>" if k in ("h1", "h") else ""
        hpt = {"h1": 30, "h": 22}.get(k, 15 * (1 + len(s) // 80) + 2)
        txt = html.escape(("• " if k == "li" else "") + s, quote=False)
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(hpt + 2)
        xml = (f'<w:r {NS}><w:pict><v:shape id="tb{i}" type="#_x0000_t202" '
               f'style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:{hpt}pt;z-index:{i+1};'
               f'mso-position-vertical-relative:text" stroked="f" filled="f"><v:textbox inset="0,0,0,0">'
               f'<w:txbxContent><w:p><w:r><w:rPr>{b}<w:sz w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{txt}</w:t></w:r></w:p>'
               f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        p._p.append(parse_xml(xml))
    doc.save(os.path.join(OUT, fname("009", "docx")))


def soffice(src, fmt, outdir):
    run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src])


def via_soffice(n, fmt, doc, ext):
    src = os.path.join(TMP, fname(n, "docx")); doc.save(src)
    soffice(src, fmt, TMP)
    shutil.move(os.path.join(TMP, fname(n, ext)), os.path.join(OUT, fname(n, ext)))


def make_011():
    via_soffice("011", "odt", plain_docx(parse(CV["011"]["text"])), "odt")


def make_012():
    via_soffice("012", "rtf", plain_docx(parse(CV["012"]["text"])), "rtf")


def make_014():
    from docx.shared import Inches
    c = CV["014"]; doc = plain_docx(parse(c["text"]), header=c["header"])
    s = doc.sections[0]; s.page_width, s.page_height = Inches(8.5), Inches(11)
    via_soffice("014", "pdf", doc, "pdf")


def make_015():
    c = CV["015"]; doc = plain_docx(parse(c["text"]), header=c["header"], footer=c["footer"])
    doc.save(os.path.join(OUT, fname("015", "docx")))


def make_007():
    t = r"""
==========================================================================
                     CURRICULUM VITAE
                  MUHAMMAD USMAN FAROOQ, MBBS
==========================================================================
+------------+-------------------------------------------------------+
| Email      | usman.farooq.aimc@gmail.com                           |
| Phone      | +92 300 4415862 (WhatsApp)                            |
| Address    | 45-B Johar Town, Lahore, Pakistan                     |
| Visa       | J-1 (ECFMG sponsorship) required                      |
+------------+-------------------------------------------------------+

EDUCATION
+-----------+-------------------------------------------+-------------+
| Degree    | Institution                               | Years       |
+-----------+-------------------------------------------+-------------+
| MBBS      | Allama Iqbal Medical College, Lahore      | 2015-2020   |
| House job | Jinnah Hospital, Lahore                   | 2020-2021   |
| FSc (pre) | Government College University, Lahore     | 2012-2014   |
+-----------+-------------------------------------------+-------------+

USMLE / ECFMG
+------------------------+-----------+
| Exam                   | Result    |
+------------------------+-----------+
| USMLE Step 1           | 231       |
| USMLE Step 2 CK        | 244       |
| UWSA 2 (practice)      | 250       |
| ECFMG                  | Certified |
+------------------------+-----------+

SPECIALTY INTEREST: Internal Medicine (future Cardiology fellowship)

CLINICAL EXPERIENCE
+-----------------+--------------+------------------------------------+---------------+
| Type            | Specialty    | Hospital / City                    | Dates         |
+-----------------+--------------+------------------------------------+---------------+
| Hands-on        | Internal Med | Brookdale Hosp., Brooklyn, NY      | 01/2023-03/23 |
| Observership    | Internal Med | Mount Sinai Hosp., Chicago, IL     | 03/2023-05/23 |
| Hands-on        | Cardiology   | Newark Beth Israel, Newark, NJ     | 04/2023       |
| Clinical elect. | Cardiology   | Rashid Hospital, Dubai, UAE        | 08/2022-09/22 |
| Medical Officer | Medicine     | Services Hospital, Lahore          | 2021-2022     |
+-----------------+--------------+------------------------------------+---------------+

PUBLICATIONS (peer reviewed)
  1. Farooq MU, Aslam H. Statin adherence after MI in Lahore.
     J Pak Med Assoc. 2022;72(6):1120-1124.
  2. Farooq MU, et al. Troponin kinetics in dialysis patients.
     Cureus. 2023;15(4):e37811.
  * Poster: ACC Middle East 2022 (poster presentation)

LANGUAGES ........ English | Urdu | Punjabi

REFERENCES
+--------------------+---------------------------+------------------+
| Dr. Steven Kaplan  | skaplan@brookdale.org     | +1 718 240 5000  |
| Prof. Asif Hanif   | asif.hanif@aimc.edu.pk    | +92 42 9923 1441 |
+--------------------+---------------------------+------------------+
"""
    open(os.path.join(OUT, fname("007", "txt")), "w", encoding="utf-8", newline="\r\n").write(t.lstrip("\n"))


def make_damaged():
    # 022: Chromium PDF cut at 45 %
    src = os.path.join(TMP, "full.pdf")
    css = "@page{size:A4;margin:15mm}" + BASECSS
    chromium_pdf(to_html(parse(CV["002"]["text"].replace("Priya Venkataraman", "Sneha Kulkarni")), css), src)
    b = open(src, "rb").read(); open(os.path.join(OUT, fname("022", "pdf")), "wb").write(b[: int(len(b) * 0.45)])
    # 023: encrypted with a user password (pypdf, AES-256)
    from pypdf import PdfReader, PdfWriter
    src2 = os.path.join(TMP, "enc_src.pdf")
    chromium_pdf(to_html(parse(CV["013"]["text"].replace("Arjun Bahadur Thapa", "Bikash Gurung")), css), src2)
    w = PdfWriter(); [w.add_page(p) for p in PdfReader(src2).pages]
    w.encrypt(user_password="Kathmandu#2026", owner_password="own34", algorithm="AES-256")
    with open(os.path.join(OUT, fname("023", "pdf")), "wb") as f: w.write(f)
    # 024: random bytes with a .docx name
    rnd = random.Random(2434)
    open(os.path.join(OUT, fname("024", "docx")), "wb").write(bytes(rnd.randrange(256) for _ in range(18432)))


def truth():
    from check import months
    rows = []
    for n in sorted(list(CV) + list(DAMAGED)):
        if n in DAMAGED:
            ext = {"022": "pdf", "023": "pdf", "024": "docx"}[n]
            rows.append({"file": fname(n, ext), "layout": DAMAGED[n], "error": True}); continue
        c = CV[n]; t = dict(c["truth"])
        ext = [f for f in os.listdir(OUT) if f.startswith(f"{W}_{n}_")][0].rsplit(".", 1)[1]
        ents = t.pop("usce_entries")
        row = {"file": fname(n, ext), "layout": c["layout"], **t,
               "usce_months": months(ents), "usce_months_clinical": months([e for e in ents if e["type"] in ("hands_on", "observership")]),
               "usce_entries": ents}
        if int(n) >= 17: row["needs_ocr"] = True
        rows.append(row)
    with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    steps = [make_001, make_002, make_003, make_004, make_005, make_006, make_007, make_008, make_009, make_010,
             make_011, make_012, make_013, make_014, make_015, make_016, make_scans, make_damaged]
    for s in steps:
        try:
            s(); print("ok", s.__name__)
        except Exception as e:
            print("FAIL", s.__name__, repr(e))
    truth()
    shutil.rmtree(TMP, ignore_errors=True)
