import os, sys, json, subprocess, random, html, shutil, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = "/tmp/w97build"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
random.seed(97)
def sh(*a): subprocess.run(a, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
W = "w97"

def sections(p):
    s = []
    s.append(("Career Interests", ["Seeking US clinical rotations and residency in " + " / ".join(p["spec"]) + "."]))
    edu = [f"{p['school']} — { {'EG': 'MBBCh', 'MA': 'Doctorat en Médecine', 'NG': 'MBBS', 'IN': 'MBBS', 'PK': 'MBBS', 'GH': 'MBChB', 'ET': 'MD', 'KE': 'MBChB', 'NP': 'MBBS', 'SD': 'MBBS'}.get(p['sc'], 'MD')} — {p['grad']}"]
    s.append(("Education", edu))
    ex = []
    if p["s1"] is not None: ex.append(f"USMLE Step 1: {'Pass' if p['s1']=='pass' else p['s1']}")
    if p["s2"] is not None: ex.append(f"USMLE Step 2 CK: {p['s2']}")
    if p["s3"] is not None: ex.append(f"USMLE Step 3: {p['s3']}")
    ex.append(p["extra"])
    s.append(("Examinations & Certification", ex))
    s.append(("US Clinical Experience", [d for _, d in p["usce"]] or ["None to date."]))
    s.append(("International Clinical Experience", p["other"]))
    s.append(("Publications & Presentations", p["pubs"] or ["—"]))
    s.append(("Languages", [", ".join(p["langs"])]))
    s.append(("References", p["refs"]))
    return s

def contact(p): return f"{p['email']} · {p['phone']}"

def html_doc(p, style="", head_html=None, body_extra=""):
    h = head_html or f"<h1>{html.escape(p['name'])}</h1><p class=c>{html.escape(contact(p))}</p>"
    b = ""
    for t, items in sections(p):
        b += f"<h2>{html.escape(t)}</h2><ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"
    return f"<!doctype html><html><head><meta charset=utf-8><style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}} h2{{font-size:12pt;border-bottom:1px solid #888;margin:10px 0 4px}} ul{{margin:0;padding-left:18px}} {style}</style></head><body>{h}{b}{body_extra}</body></html>"

def chromium_pdf(htmltext, out, name):
    f = os.path.join(TMP, name + ".html"); open(f, "w").write(htmltext)
    sh("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + f)

# ---------- readable renderers ----------
def r_docx_textboxes(p, out):
    # ODT with text frames (odfpy) converted to DOCX by LibreOffice -> text lives in text boxes
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, GraphicProperties, TextProperties, ParagraphProperties
    from odf.draw import Frame, TextBox
    from odf.text import P as TP
    d = OpenDocumentText()
    fs = Style(name="fr", family="graphic"); fs.addElement(GraphicProperties(fill="none", backgroundcolor="transparent", border="0.5pt solid #336699", padding="0.1cm", wrap="none", verticalpos="from-top", horizontalpos="from-left", verticalrel="page", horizontalrel="page"))
    d.automaticstyles.addElement(fs)
    big = Style(name="big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#1f3b63")); d.automaticstyles.addElement(big)
    hs = Style(name="hs", family="paragraph"); hs.addElement(TextProperties(fontsize="11pt", fontweight="bold")); d.automaticstyles.addElement(hs)
    sm = Style(name="sm", family="paragraph"); sm.addElement(TextProperties(fontsize="8.5pt")); d.automaticstyles.addElement(sm)
    anchor = TP(); d.text.addElement(anchor)
    def box(x, y, w, h, paras):
        fr = Frame(stylename=fs, anchortype="page", anchorpagenumber=1, x=f"{x}cm", y=f"{y}cm", width=f"{w}cm", height=f"{h}cm")
        tb = TextBox()
        for st, t in paras: tb.addElement(TP(stylename=st, text=t))
        fr.addElement(tb); anchor.addElement(fr)
    box(1.5, 1.2, 18, 2.2, [("big", p["name"]), ("sm", contact(p))])
    secs = sections(p)
    left = [s for s in secs if s[0] in ("Career Interests", "Education", "Examinations & Certification", "Languages", "References")]
    right = [s for s in secs if s not in left]
    def paras(ss):
        r = []
        for t, items in ss:
            r.append(("hs", t.upper()))
            r += [("sm", "• " + i) for i in items]
        return r
    box(1.5, 3.8, 7.2, 23, paras(left)); box(9.0, 3.8, 10.5, 23, paras(right))
    src = os.path.join(TMP, "tb.odt"); d.save(src)
    sh("soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", TMP, src)
    shutil.move(os.path.join(TMP, "tb.docx"), out)

def r_chromium_banner(p, out):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (1600, 220), (22, 96, 136)); dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 78)
    dr.text((60, 40), p["name"].upper(), font=f, fill="white")
    dr.text((60, 150), "MBBS · " + " | ".join(p["spec"]), font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36), fill=(200, 230, 245))
    bp = os.path.join(TMP, "banner.png"); im.save(bp)
    head = f"<img src='banner.png' style='width:100%'><p style='font-size:9pt;color:#555'>Curriculum vitae of {html.escape(p['name'])} — {html.escape(contact(p))}</p>"
    chromium_pdf(html_doc(p, "body{margin:0 30px}", head), out, "banner")

def r_docx_header_name(p, out):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    hdr = d.sections[0].header.paragraphs[0]; r = hdr.add_run(p["name"] + "  |  " + contact(p)); r.bold = True; r.font.size = Pt(9)
    d.add_paragraph("CURRICULUM VITAE").runs[0].bold = True
    for t, items in sections(p):
        d.add_heading(t, level=2)
        for i in items: d.add_paragraph(i, style="List Bullet")
    d.save(out)

def r_chromium_letterspaced(p, out):
    st = "h2{letter-spacing:0.35em;text-transform:uppercase;font-size:10pt;color:#7a1f2b} h1{font-weight:300;font-size:24pt;margin:0} body{margin:0 36px}"
    chromium_pdf(html_doc(p, st), out, "ls")

def r_reportlab_sidebar(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(out, pagesize=A4); W_, H = A4
    c.setFillColorRGB(0.93, 0.9, 0.85); c.rect(0, 0, 170, H, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    y = H - 60
    side = [("Contact", [p["email"], p["phone"]]), ("Languages", p["langs"])]
    for t, items in side:
        c.setFont("DVB", 10); c.drawString(15, y, t); y -= 14; c.setFont("DV", 8)
        for i in items:
            for ln in simpleSplit(i, "DV", 8, 145): c.drawString(15, y, ln); y -= 11
        y -= 10
    c.setFont("DVB", 20); c.drawString(190, H - 60, p["name"]); y = H - 95
    for t, items in sections(p):
        if t == "Languages": continue
        c.setFont("DVB", 11); c.drawString(190, y, t); y -= 15; c.setFont("DV", 9)
        for i in items:
            for ln in simpleSplit("• " + i, "DV", 9, 370): c.drawString(195, y, ln); y -= 12
        y -= 8
    c.save()

def r_fpdf_plain(p, out):
    from fpdf import FPDF
    pdf = FPDF(); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DV", "B", 16); pdf.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9); pdf.cell(0, 6, contact(p), new_x="LMARGIN", new_y="NEXT", align="C")
    for t, items in sections(p):
        pdf.set_font("DV", "B", 11); pdf.cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for i in items: pdf.multi_cell(0, 5, "- " + i, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

def r_odt_table(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P as TP, H
    d = OpenDocumentText()
    d.text.addElement(H(outlinelevel=1, text=p["name"]))
    t = Table(name="cv"); t.addElement(TableColumn(numbercolumnsrepeated=2))
    rows = [("Email", p["email"]), ("Mobile", p["phone"])] + [(a, "\n".join(b)) for a, b in sections(p)]
    for a, b in rows:
        tr = TableRow(); c1 = TableCell(); c1.addElement(TP(text=a)); c2 = TableCell()
        for ln in b.split("\n"): c2.addElement(TP(text=ln))
        tr.addElement(c1); tr.addElement(c2); t.addElement(tr)
    d.text.addElement(t); d.save(out)

def rtf_esc(s):
    o = ""
    for ch in s:
        if ch in "\\{}": o += "\\" + ch
        elif ord(ch) > 127: o += f"\\u{ord(ch) if ord(ch)<32768 else ord(ch)-65536}?"
        else: o += ch
    return o
def r_rtf(p, out):
    s = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\fs22 " + r"{\b\fs32 " + rtf_esc(p["name"]) + r"}\par " + rtf_esc(contact(p)) + r"\par\par "
    for t, items in sections(p):
        s += r"{\b " + rtf_esc(t.upper()) + r"}\par " + "".join(r"\tab " + rtf_esc(i) + r"\par " for i in items) + r"\par "
    open(out, "w").write(s + "}")

def r_txt(p, out):
    s = p["name"] + "\n" + p["email"] + " / " + p["phone"] + "\n\n"
    for t, items in sections(p):
        s += t.upper() + "\n" + "=" * len(t) + "\n" + "".join("  * " + i + "\n" for i in items) + "\n"
    open(out, "w", encoding="utf-8").write(s)

def r_soffice_pdf(p, out):
    import docx
    d = docx.Document(); d.add_heading(p["name"], 0); d.add_paragraph(contact(p))
    for t, items in sections(p):
        d.add_heading(t, 1)
        for i in items: d.add_paragraph(i)
    src = os.path.join(TMP, "lo.docx"); d.save(src)
    sh("soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src); shutil.move(os.path.join(TMP, "lo.pdf"), out)

def r_docx_footer(p, out):
    import docx
    d = docx.Document(); d.add_heading(p["name"], 0)
    d.sections[0].footer.paragraphs[0].text = "Contact: " + p["email"] + " — " + p["phone"]
    tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
    for t, items in sections(p):
        r = tb.add_row().cells; r[0].text = t; r[1].text = "\n".join(items)
    d.save(out)

def r_html_odt(p, out):
    head = f"<p style='font-size:20pt'><b>{html.escape(p['name'])}</b></p><p>{html.escape(contact(p))}</p>"
    f = os.path.join(TMP, "hodt.html"); open(f, "w").write(html_doc(p, "body{margin:1.5cm}", head))
    sh("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8", "--outdir", TMP, f); shutil.move(os.path.join(TMP, "hodt.odt"), out)

def r_reportlab_footer(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    ss = getSampleStyleSheet(); 
    for k in ("Title", "Heading3", "BodyText"): ss[k].fontName = "DV"
    def foot(c, doc):
        c.setFont("DV", 8); c.drawCentredString(letter[0] / 2, 30, p["email"] + "  •  " + p["phone"])
    st = [Paragraph(html.escape(p["name"]), ss["Title"])]
    for t, items in sections(p):
        st.append(Paragraph(html.escape(t), ss["Heading3"]))
        st += [Paragraph("• " + html.escape(i), ss["BodyText"]) for i in items]
    SimpleDocTemplate(out, pagesize=letter).build(st, onFirstPage=foot, onLaterPages=foot)

# ---------- scans ----------
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance, ImageOps
import numpy as np
def render_pages(p, dpi, style="", name="scan"):
    pdf = os.path.join(TMP, name + ".pdf"); chromium_pdf(html_doc(p, "body{margin:0 40px} " + style), pdf, name)
    pre = os.path.join(TMP, name + "_pg"); sh("pdftoppm", "-r", str(dpi), "-png", pdf, pre)
    pgs = sorted(f for f in os.listdir(TMP) if f.startswith(name + "_pg"))
    ims = [Image.open(os.path.join(TMP, f)).convert("L") for f in pgs]
    for f in pgs: os.remove(os.path.join(TMP, f))
    return ims
def noise(im, amt=10):
    a = np.asarray(im).astype(np.int16); a = a + np.random.randint(-amt, amt + 1, a.shape); return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
def scanner(im, deg, contrast=0.85, blur=0.6):
    im = im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = ImageEnhance.Contrast(im).enhance(contrast).filter(ImageFilter.GaussianBlur(blur)); return noise(im, 12)
def photo(im, shadow=True):
    im = im.convert("RGB"); w, h = im.size
    bg = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (92, 70, 52))  # wooden desk
    # perspective: page at an angle
    pg = im.transform((w, h), Image.PERSPECTIVE, (1.02, 0.04, -20, 0.015, 1.0, -10, 0.00003, 0.00001), Image.BICUBIC, fillcolor=(92, 70, 52))
    pg = pg.rotate(1.6, expand=False, fillcolor=(92, 70, 52)); bg.paste(pg, (int(w * .11), int(h * .08)))
    if shadow:
        a = np.asarray(bg).astype(np.float32); H_, W_ = a.shape[:2]
        xs = np.linspace(0, 1, W_)[None, :]; ys = np.linspace(0, 1, H_)[:, None]
        m = 1 - 0.45 * np.clip(1.4 - (xs + ys), 0, 1) ** 1.5  # shadow from upper-left (phone/hand)
        a = a * m[:, :, None] * np.array([1.0, 0.97, 0.9]); bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    bg = bg.filter(ImageFilter.GaussianBlur(1.1)); a = np.asarray(bg).astype(np.int16) + np.random.randint(-7, 8, (bg.size[1], bg.size[0], 1)); return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
def add_thumb(im):
    d = ImageDraw.Draw(im); w, h = im.size
    d.ellipse((w - 260, h * 0.55, w + 120, h * 0.55 + 520), fill=(196, 142, 118)); d.ellipse((w - 190, h * 0.55 + 40, w - 60, h * 0.55 + 200), fill=(226, 186, 170))
    return im.filter(ImageFilter.GaussianBlur(0.8))
def add_clip(im):
    d = ImageDraw.Draw(im); w, h = im.size; x = int(w * 0.72)
    for k, (r, g, b) in enumerate([(150, 150, 160), (200, 200, 210)]):
        d.rounded_rectangle((x + k * 18, 30 + k * 10, x + 80 - k * 18, 215 - k * 25), radius=40, outline=(r, g, b), width=9)
    return im
def save_pdf(ims, out, dpi): ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])

def s_phone_shadow(p, out): photo(render_pages(p, 110)[0]).save(out, "JPEG", quality=72)
def s_scan150(p, out): save_pdf([scanner(i, 0.8) for i in render_pages(p, 150)], out, 150)
def s_scan200_2p(p, out):
    ims = render_pages(p, 200, "body{font-size:14pt} h2{font-size:16pt;margin-top:26px}")
    save_pdf([scanner(i, d) for i, d in zip(ims, [-1.2, 0.7, 1.0])], out, 200)
def s_fax(p, out):
    im = scanner(render_pages(p, 100, "body{font-family:'DejaVu Serif'}")[0], 0.6, 1.3, 0.9)
    im.point(lambda v: 255 if v > 150 else 0).convert("1").save(out)
def s_thumb(p, out): add_thumb(photo(render_pages(p, 110)[0], shadow=False)).save(out, "JPEG", quality=75)
def s_clip(p, out): add_clip(photo(render_pages(p, 110)[0])).save(out, "JPEG", quality=70)
def s_scan200_gray(p, out): save_pdf([scanner(i, -1.5, 0.7, 0.9) for i in render_pages(p, 200)], out, 200)
def s_lowcontrast_png(p, out):
    im = scanner(render_pages(p, 120)[0], 1.9, 0.45, 1.0); ImageEnhance.Brightness(im).enhance(1.15).save(out)

PLAN = [("docx_textboxes", "docx", r_docx_textboxes), ("chromium_banner_img", "pdf", r_chromium_banner),
        ("docx_header_name", "docx", r_docx_header_name), ("chromium_letterspaced", "pdf", r_chromium_letterspaced),
        ("reportlab_sidebar", "pdf", r_reportlab_sidebar), ("fpdf_plain", "pdf", r_fpdf_plain),
        ("odt_table", "odt", r_odt_table), ("rtf_plain", "rtf", r_rtf), ("txt_plain", "txt", r_txt),
        ("lo_docx2pdf", "pdf", r_soffice_pdf), ("docx_footer_contacts", "docx", r_docx_footer),
        ("lo_html2odt", "odt", r_html_odt), ("reportlab_footer_contacts", "pdf", r_reportlab_footer),
        ("scan_phone_shadow", "jpg", s_phone_shadow), ("scan_office150", "pdf", s_scan150),
        ("scan_2page200", "pdf", s_scan200_2p), ("scan_fax_bw", "png", s_fax), ("scan_photo_thumb", "jpg", s_thumb),
        ("scan_photo_clip", "jpg", s_clip), ("scan_gray200", "pdf", s_scan200_gray), ("scan_lowcontrast", "png", s_lowcontrast_png)]

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)
LANG = {"Farsi": "Persian"}
def truth(p, fn, layout, scan):
    ents = [e for e, _ in p["usce"]]
    t = {"file": fn, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
         "medical_school": p["school"], "medical_school_country": p["sc"], "graduation_year": p["gy"], "is_student": p["student"],
         "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"], "ecfmg_status": p["ecfmg"],
         "specialties": p["spec"], "languages": [LANG.get(l, l) for l in p["langs"]], "visa_status": p["visa"],
         "publications": p["npub"], "usce_months": months(ents),
         "usce_months_clinical": months([e for e in ents if e["type"] in ("hands_on", "observership")]), "usce_entries": ents}
    if scan: t["needs_ocr"] = True
    return t

def main():
    only = set(sys.argv[1:])
    rows = []
    for i, (layout, ext, fnc) in enumerate(PLAN):
        fn = f"{W}_{i+1:03d}_{layout}.{ext}"; out = os.path.join(OUT, fn)
        if not only or str(i + 1) in only:
            np.random.seed(i); fnc(P[i], out); print("made", fn, flush=True)
        rows.append(truth(P[i], fn, layout, layout.startswith("scan")))
    # damaged
    n = len(PLAN)
    src = os.path.join(OUT, rows[5]["file"]); data = open(src, "rb").read()
    fn = f"{W}_{n+1:03d}_truncated.pdf"; open(os.path.join(OUT, fn), "wb").write(data[: len(data) // 3]); rows.append({"file": fn, "layout": "truncated", "error": True})
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(os.path.join(OUT, rows[4]["file"]))); w.encrypt(user_password="cv2025!", owner_password="owner-w97", algorithm="RC4-128")
    fn = f"{W}_{n+2:03d}_encrypted.pdf"; w.write(os.path.join(OUT, fn)); rows.append({"file": fn, "layout": "encrypted", "error": True})
    fn = f"{W}_{n+3:03d}_random_bytes.docx"; open(os.path.join(OUT, fn), "wb").write(random.Random(7).randbytes(23456)); rows.append({"file": fn, "layout": "random_bytes", "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
main()
