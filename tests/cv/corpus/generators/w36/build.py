# -*- coding: utf-8 -*-
"""Build all w36 files + truth.jsonl. Run from anywhere via build.sh."""
import os, sys, json, random, shutil, subprocess, tempfile, io
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import R, DAMAGED
import html_layouts as H

OUT = os.path.join(os.path.dirname(HERE), "files")
TMP = tempfile.mkdtemp(prefix="w36_")
random.seed(36)

def chromium_pdf(html_str, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_str)
    prof = os.path.join(TMP, "chrome-profile")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def soffice_convert(src, fmt="pdf"):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo", "--convert-to", fmt,
                    "--outdir", TMP, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt)

# ------------------------------------------------------------------ docx
def docx_table(cv, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Inches
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(18)
    c0.add_paragraph(cv["headline"])
    for x in cv["personal"]: c0.add_paragraph(x)
    c1.paragraphs[0].add_run("Contact").bold = True
    for k, v in cv["contacts"]:
        c1.add_paragraph({"email": "E-mail: ", "phone": "Tel/WhatsApp: ", "loc": "Address: ", "web": ""}[k] + v)
    d.add_paragraph(cv["summary"])
    for s in cv["sections"]:
        h = d.add_paragraph(); rr = h.add_run(s["title"].upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x1a, 0x52, 0x76)
        tb = d.add_table(rows=0, cols=3); tb.style = "Light Grid Accent 1"
        for it in s["items"]:
            row = tb.add_row().cells
            row[0].text = it["when"]; row[1].text = it["what"]; row[2].text = it["where"]
            if not it["where"]: row[1].merge(row[2])
    h = d.add_paragraph(); h.add_run("LANGUAGES").bold = True
    lt = d.add_table(rows=0, cols=2); lt.style = "Table Grid"
    for l, v in cv["languages"]:
        c = lt.add_row().cells; c[0].text = l; c[1].text = v
    h = d.add_paragraph(); h.add_run("REFEREES").bold = True
    rt = d.add_table(rows=1, cols=len(cv["refs"])); rt.style = "Table Grid"
    for i, rf in enumerate(cv["refs"]):
        rt.rows[0].cells[i].text = f'{rf["name"]}\n{rf["role"]}\n{rf["email"]}\n{rf["phone"]}'
    d.save(out)

def docx_headerfooter(cv, out, contacts_in_header=True):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    em = dict(cv["contacts"])
    hp = sec.header.paragraphs[0]
    hp.text = f'{cv["name"]}  |  {em["email"]}  |  {em.get("loc","")}'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = f'Phone / WhatsApp: {em["phone"]}   ·   ' + "   ·   ".join(cv["personal"])
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(); r = t.add_run(cv["name"].upper()); r.bold = True; r.font.size = Pt(20)
    d.add_paragraph(cv["headline"]).italic = True
    d.add_paragraph(cv["summary"])
    for s in cv["sections"]:
        d.add_heading(s["title"], level=2)
        for it in s["items"]:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(it["when"] + " — ").bold = True
            p.add_run(it["what"] + (", " + it["where"] if it["where"] else ""))
    d.add_heading("Languages", level=2)
    d.add_paragraph(", ".join(f"{l} ({v})" for l, v in cv["languages"]))
    d.add_heading("References", level=2)
    for rf in cv["refs"]:
        d.add_paragraph(f'{rf["name"]} — {rf["role"]} — {rf["email"]} — {rf["phone"]}')
    d.save(out)

def docx_plain_french(cv, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"; d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
    p = d.add_paragraph(); r = p.add_run(cv["name"]); r.bold = True; r.font.size = Pt(22)
    d.add_paragraph(cv["headline"])
    t = d.add_table(rows=len(cv["contacts"]) + len(cv["personal"]), cols=2)
    lab = {"email": "Courriel", "phone": "Tél.", "loc": "Adresse", "web": "Web"}
    i = 0
    for k, v in cv["contacts"]:
        t.rows[i].cells[0].text = lab[k]; t.rows[i].cells[1].text = v; i += 1
    for x in cv["personal"]:
        a, _, b = x.partition(" : ") if " : " in x else ("", "", x)
        t.rows[i].cells[0].text = a or "Infos"; t.rows[i].cells[1].text = b; i += 1
    d.add_paragraph(cv["summary"])
    for s in cv["sections"]:
        d.add_heading(s["title"], level=1)
        for it in s["items"]:
            p = d.add_paragraph(); p.add_run(it["when"]).italic = True
            p.add_run("\t" + it["what"]).bold = True
            if it["where"]: p.add_run("\n\t" + it["where"])
            for b in it["bullets"]: d.add_paragraph(b, style="List Bullet")
    d.add_heading("Langues", level=1)
    for l, v in cv["languages"]: d.add_paragraph(f"{l} : {v}", style="List Bullet")
    d.add_heading("Références", level=1)
    for rf in cv["refs"]: d.add_paragraph(f'{rf["name"]}, {rf["role"]}\n{rf["email"]} / {rf["phone"]}')
    d.save(out)

# ------------------------------------------------------------------ odt
def odt(cv, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#7b2d26"))
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#ffffff", fontvariant="small-caps"))
    hd.addElement(ParagraphProperties(backgroundcolor="#7b2d26", margintop="0.3cm", marginbottom="0.1cm"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    small = Style(name="Sm", family="paragraph"); small.addElement(TextProperties(fontsize="9pt", color="#555555"))
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4cm"))
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13cm"))
    for s in (big, hd, small): doc.styles.addElement(s)
    for s in (bold, c1, c2): doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=big, text=cv["name"]))
    doc.text.addElement(P(text=cv["headline"]))
    doc.text.addElement(P(stylename=small, text="  •  ".join(v for k, v in cv["contacts"])))
    doc.text.addElement(P(stylename=small, text="  •  ".join(cv["personal"])))
    doc.text.addElement(P(text=cv["summary"]))
    for s in cv["sections"]:
        doc.text.addElement(P(stylename=hd, text=s["title"]))
        tb = Table(name="T" + str(abs(hash(s["title"])) % 10000))
        tb.addElement(TableColumn(stylename=c1)); tb.addElement(TableColumn(stylename=c2))
        for it in s["items"]:
            tr = TableRow()
            a = TableCell(); a.addElement(P(text=it["when"])); tr.addElement(a)
            b = TableCell(); p = P(); p.addElement(Span(stylename=bold, text=it["what"])); b.addElement(p)
            if it["where"]: b.addElement(P(text=it["where"]))
            for x in it["bullets"]: b.addElement(P(text="– " + x))
            tr.addElement(b); tb.addElement(tr)
        doc.text.addElement(tb)
    doc.text.addElement(P(stylename=hd, text="Idiomas"))
    doc.text.addElement(P(text=" · ".join(f"{l} ({v})" for l, v in cv["languages"])))
    doc.text.addElement(P(stylename=hd, text="Referencias"))
    for rf in cv["refs"]:
        doc.text.addElement(P(text=f'{rf["name"]} — {rf["role"]}'))
        doc.text.addElement(P(stylename=small, text=f'{rf["email"]} | {rf["phone"]}'))
    doc.save(out)

# ------------------------------------------------------------------ reportlab / fpdf2
def reportlab_pdf(cv, out, encrypt=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape as X
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9, leading=11.5)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11, textColor=colors.HexColor("#004d40"), spaceBefore=8, spaceAfter=3)
    t = ParagraphStyle("t", parent=n, fontName="DVB", fontSize=19, leading=23)
    em = dict(cv["contacts"])
    def on_page(c, d):
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.2 * cm, f'{cv["name"]} — CV — page {d.page}'); c.restoreState()
    story = [Paragraph(X(cv["name"]), t), Paragraph(X(cv["headline"]), n), Spacer(1, 4)]
    ct = Table([[Paragraph("<b>Email</b>", n), Paragraph(X(em["email"]), n), Paragraph("<b>Mobile</b>", n), Paragraph(X(em["phone"]), n)],
                [Paragraph("<b>Address</b>", n), Paragraph(X(em["loc"]), n), Paragraph("<b>Status</b>", n), Paragraph(X("; ".join(cv["personal"])), n)]],
               colWidths=[2 * cm, 6 * cm, 2 * cm, 7 * cm])
    ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), .5, colors.HexColor("#004d40")), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e0f2f1"))]))
    story += [ct, Spacer(1, 6), Paragraph(X(cv["summary"]), n)]
    for s in cv["sections"]:
        story.append(Paragraph(X(s["title"]), h))
        rows = [[Paragraph(X(i["when"]), n), Paragraph("<b>" + X(i["what"]) + "</b>" + ("<br/>" + X(i["where"]) if i["where"] else ""), n)] for i in s["items"]]
        tb = Table(rows, colWidths=[3.4 * cm, 13.6 * cm]); tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(tb)
    story.append(Paragraph("Languages", h)); story.append(Paragraph(X(", ".join(f"{l} – {v}" for l, v in cv["languages"])), n))
    story.append(Paragraph("Referees", h))
    for rf in cv["refs"]: story.append(Paragraph(X(f'{rf["name"]}, {rf["role"]} · {rf["email"]} · {rf["phone"]}'), n))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=1.8 * cm,
                      title="Curriculum Vitae", encrypt=encrypt).build(story, onFirstPage=on_page, onLaterPages=on_page)

def fpdf2_pdf(cv, out):
    from fpdf import FPDF
    pdf = FPDF(format="Letter"); pdf.set_margins(18, 15, 18)
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, cv["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, cv["headline"], new_x="LMARGIN", new_y="NEXT")
    em = dict(cv["contacts"])
    # contacts right-aligned block
    pdf.set_xy(120, 15)
    for k in ("email", "phone", "loc"):
        pdf.set_x(120); pdf.cell(0, 5, em[k], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(36); pdf.set_draw_color(30, 30, 120); pdf.line(18, 35, 198, 35)
    pdf.multi_cell(0, 5, " | ".join(cv["personal"]) + "\n" + cv["summary"])
    for s in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.set_text_color(30, 30, 120); pdf.cell(0, 6, s["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9.5)
        for it in s["items"]:
            y = pdf.get_y(); pdf.set_x(18); pdf.cell(38, 5, it["when"])
            pdf.set_xy(58, y); pdf.multi_cell(0, 5, it["what"] + (" — " + it["where"] if it["where"] else ""))
    pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.cell(0, 6, "Languages", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, "; ".join(f"{l}: {v}" for l, v in cv["languages"]))
    pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.cell(0, 6, "Referees", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    for rf in cv["refs"]: pdf.multi_cell(0, 5, f'{rf["name"]} ({rf["role"]}) {rf["email"]}, {rf["phone"]}')
    pdf.output(out)

# ------------------------------------------------------------------ rtf / txt
def rtf_escape(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)

def rtf(cv, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green70\blue120;}\paperw12240\paperh15840\margl1200\margr1200\f0\fs20"]
    L.append(r"\pard\qc\b\fs34 " + rtf_escape(cv["name"]) + r"\b0\fs20\par")
    L.append(r"\pard\qc " + rtf_escape(cv["name_alt"]) + r"\par")
    L.append(r"\pard\qc " + rtf_escape(cv["headline"]) + r"\par")
    L.append(r"\pard\qc\fs18 " + rtf_escape("  |  ".join(v for k, v in cv["contacts"])) + r"\fs20\par")
    L.append(r"\pard\qc\fs18 " + rtf_escape("  |  ".join(cv["personal"])) + r"\fs20\par\pard\par")
    L.append(r"\pard " + rtf_escape(cv["summary"]) + r"\par")
    for s in cv["sections"]:
        L.append(r"\pard\sb200\cf1\b\scaps " + rtf_escape(s["title"]) + r"\scaps0\b0\cf0\par")
        for it in s["items"]:
            L.append(r"\pard\tx2200\li2200\fi-2200 " + rtf_escape(it["when"]) + r"\tab\b " + rtf_escape(it["what"]) + r"\b0"
                     + (r"\line " + rtf_escape(it["where"]) if it["where"] else "") + r"\par")
    L.append(r"\pard\sb200\cf1\b\scaps Languages\scaps0\b0\cf0\par\pard " + rtf_escape(", ".join(f"{l} ({v})" for l, v in cv["languages"])) + r"\par")
    L.append(r"\pard\sb200\cf1\b\scaps References\scaps0\b0\cf0\par")
    for rf in cv["refs"]:
        L.append(r"\pard " + rtf_escape(f'{rf["name"]}, {rf["role"]}') + r"\line " + rtf_escape(f'{rf["email"]}  Tel: {rf["phone"]}') + r"\par")
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))

def txt(cv, out):
    L = [cv["name_alt"], cv["name"].upper(), cv["headline"], ""]
    for k, v in cv["contacts"]:
        L.append({"email": "Email : ", "phone": "Mobile: ", "loc": "Addr. : ", "web": ""}[k] + v)
    L += cv["personal"] + ["", cv["summary"], ""]
    for s in cv["sections"]:
        L += [s["title"], "=" * len(s["title"])]
        for it in s["items"]:
            L.append(f'  {it["when"]:<22}{it["what"]}')
            if it["where"]: L.append(" " * 24 + it["where"])
        L.append("")
    L += ["LANGUAGES", "=========", "  " + ", ".join(f"{l} ({v})" for l, v in cv["languages"]), "", "REFERENCES", "=========="]
    for rf in cv["refs"]: L += [f'  {rf["name"]}, {rf["role"]}', f'  {rf["email"]} / {rf["phone"]}']
    open(out, "w", encoding="utf-8").write("\r\n".join(L) + "\r\n")

# ------------------------------------------------------------------ scans
def degrade(png_in, angle, blur, noise, contrast, jpeg_q=None):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.0 if contrast > .8 else 1.15)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype("int16")
    rng = np.random.default_rng(36)
    a = a + rng.normal(0, noise, a.shape).astype("int16")
    # paper tint gradient
    a = a - (np.linspace(0, 18, a.shape[1])[None, :]).astype("int16")
    a = np.clip(a, 0, 255).astype("uint8")
    return Image.fromarray(a)

def render_scan_pages(cv, base, dpi=150):
    pdf = os.path.join(TMP, base + ".pdf")
    chromium_pdf(H.scan_simple(cv), pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(TMP, base)], check=True)
    return sorted(os.path.join(TMP, f) for f in os.listdir(TMP) if f.startswith(base + "-") and f.endswith(".png"))

# ------------------------------------------------------------------ main
def build_one(r):
    cv, f, out = r["cv"], r["file"], os.path.join(OUT, r["file"])
    lay = r["layout"]
    if lay == "html_sidebar": chromium_pdf(H.sidebar(cv), out)
    elif lay == "html_sidebar_right": chromium_pdf(H.sidebar(cv, right=True, color="#4a235a", font="DejaVu Sans", labels=("Contact", "Personal", "Languages", "References")), out)
    elif lay == "html_timeline": chromium_pdf(H.timeline(cv), out)
    elif lay == "html_twocol": chromium_pdf(H.twocol(cv), out)
    elif lay == "html_barheads": chromium_pdf(H.barheads(cv), out)
    elif lay == "html_svgicons": chromium_pdf(H.svgicons(cv), out)
    elif lay == "html_smallcaps": chromium_pdf(H.smallcaps(cv), out)
    elif lay == "docx_table": docx_table(cv, out)
    elif lay == "docx_headerfooter": docx_headerfooter(cv, out)
    elif lay == "odt_odfpy": odt(cv, out)
    elif lay == "reportlab_classic": reportlab_pdf(cv, out)
    elif lay == "fpdf2_plain": fpdf2_pdf(cv, out)
    elif lay == "rtf_handwritten": rtf(cv, out)
    elif lay == "txt_plain": txt(cv, out)
    elif lay == "soffice_docx2pdf":
        src = os.path.join(TMP, "w36_011_src.docx"); docx_plain_french(cv, src); shutil.move(soffice_convert(src), out)
    elif lay == "soffice_odt2pdf":
        src = os.path.join(TMP, "w36_016_src.odt"); odt(cv, src); shutil.move(soffice_convert(src), out)
    elif r["kind"] == "scan":
        base = os.path.splitext(f)[0]
        pages = render_scan_pages(cv, base)
        if lay == "scan_png_rotated":
            degrade(pages[0], 1.3, 0.7, 9, 0.85).save(out)
        elif lay == "scan_jpg_photo":
            degrade(pages[0], -0.8, 1.0, 12, 0.75).convert("RGB").save(out, quality=62)
        elif lay == "scan_png_lowcontrast":
            degrade(pages[0], 0.6, 0.5, 6, 0.45).save(out)
        elif lay == "scan_pdf_imageonly":
            ang = 1.7 if "019" in f else -1.1
            ims = [degrade(p, ang, 0.8, 10, 0.8).convert("RGB") for p in pages]
            ims[0].save(out, "PDF", resolution=150, save_all=True, append_images=ims[1:])
    else:
        raise SystemExit("unknown layout " + lay)

def build_damaged():
    # 022: a real chromium CV cut at 45% of its bytes
    cv = dict(R[0]["cv"]); cv["name"] = "Gabriela Inés Morales Paredes"
    full = os.path.join(TMP, "trunc_src.pdf"); chromium_pdf(H.barheads(cv, color="#2c3e50"), full)
    b = open(full, "rb").read(); open(os.path.join(OUT, "w36_022_truncated.pdf"), "wb").write(b[: int(len(b) * .45)])
    # 023: reportlab CV encrypted with a user password (RC4-128 standard security handler)
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("Abuja#2024", ownerPassword="owner-w36", canPrint=1, canCopy=0, strength=128)
    cv2 = dict(R[3]["cv"]); cv2["name"] = "Ngozi Adaeze Nwankwo"
    reportlab_pdf(cv2, os.path.join(OUT, "w36_023_encrypted.pdf"), encrypt=enc)
    # 024: random bytes with a .docx name
    rng = random.Random(2436)
    open(os.path.join(OUT, "w36_024_random.docx"), "wb").write(bytes(rng.getrandbits(8) for _ in range(18733)))

def main():
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    for r in R:
        if only and not any(o in r["file"] for o in only): continue
        print("building", r["file"], flush=True)
        build_one(r)
    if not only or "damaged" in only: build_damaged()
    with open(os.path.join(os.path.dirname(HERE), "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in R:
            t = {"file": r["file"], "layout": r["layout"]}
            t.update(r["truth"])
            ents = t.pop("usce_entries")
            from months import usce_months
            t["usce_months"], t["usce_months_clinical"] = usce_months(ents)
            t["usce_entries"] = ents
            if r["kind"] == "scan": t["needs_ocr"] = True
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        for d in DAMAGED:
            fh.write(json.dumps({"file": d["file"], "layout": d["layout"], "error": True}) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
