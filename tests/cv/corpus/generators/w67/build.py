import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import P
from common import sections, item_text, truth

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w67_")
DV = "/usr/share/fonts/truetype/dejavu/"
os.makedirs(OUT, exist_ok=True)
random.seed(67)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w67_lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def chromium_pdf(html_text, out):
    h = os.path.join(TMP, "c.html"); open(h, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + h], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def contact_line(p): return f"{p['address']} | {p['phone']} | {p['email']}"

# ---------------- DOCX (python-docx) ----------------
def docx_build(p, out, mode):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Inches(0.7)
    if mode == "table":
        t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
        t.cell(0, 0).text = p["name"]; t.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(18); t.cell(0, 0).paragraphs[0].runs[0].bold = True
        t.cell(0, 1).text = f"{p['suffix']}\nGraduate of {p['school']}"
        t.cell(1, 0).text = f"Mailing address:\n{p['address']}"
        t.cell(1, 1).text = f"Cell: {p['phone']}\nEmail: {p['email']}"
    elif mode == "header":
        hp = sec.header.paragraphs[0]; r = hp.add_run(p["name"] + (f"  ({p['alt']})" if p.get("alt") else "")); r.bold = True; r.font.size = Pt(14)
        hp2 = sec.header.add_paragraph(contact_line(p)); hp2.runs[0].font.size = Pt(8)
        d.add_heading("Curriculum Vitae", level=1)
    elif mode == "footer":
        d.add_heading(f"{p['name']}, {p['suffix']}", level=0)
        fp = sec.footer.paragraphs[0]; fp.add_run(f"{p['name']} · {p['address']} · Tel {p['phone']} · {p['email']}").font.size = Pt(8)
    else:  # eras style for soffice
        h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(16); h.add_run(", " + p["suffix"]).font.size = Pt(12)
        d.add_paragraph(f"{p['address']}\nPhone: {p['phone']}    E-mail: {p['email']}")
    for title, items in sections(p):
        hd = d.add_heading(title.upper() if mode == "eras" else title, level=2)
        if items and not isinstance(items[0], str) and mode in ("table", "eras"):
            t = d.add_table(rows=0, cols=2)
            for it in items:
                c = t.add_row().cells; c[0].text = it["date"]; c[0].width = Inches(1.8)
                c[1].text = f"{it['head']}\n{it['sub']}" + (f"\n{it['desc']}" if it["desc"] else "")
        else:
            for it in items:
                for i, line in enumerate(item_text(it)):
                    para = d.add_paragraph(line.strip(), style="List Bullet" if (i == 0 and not isinstance(it, str)) else None)
    d.save(out)

# ---------------- ODT (odfpy) ----------------
def odt_build(p, out, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, GraphicProperties, TableColumnProperties
    from odf.text import P as TP, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, TextBox
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(big)
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1F4E79"))
    hs.addElement(ParagraphProperties(margintop="0.2cm", borderbottom="0.5pt solid #1F4E79")); doc.styles.addElement(hs)
    small = Style(name="Sm", family="paragraph"); small.addElement(TextProperties(fontsize="9pt")); doc.styles.addElement(small)
    fr = Style(name="Fr", family="graphic"); fr.addElement(GraphicProperties(border="0.5pt solid #888888", padding="0.2cm", backgroundcolor="#EEF3F8")); doc.automaticstyles.addElement(fr)
    if mode == "textbox":
        frame = Frame(stylename=fr, width="6.5in", height="1.1in", anchortype="paragraph")
        tb = TextBox(); frame.addElement(tb)
        tb.addElement(TP(stylename=big, text=p["name"] + (f"  /  {p['alt']}" if p.get("alt") else "")))
        tb.addElement(TP(stylename=small, text=p["address"]))
        tb.addElement(TP(stylename=small, text=f"Mobile {p['phone']}  ·  {p['email']}"))
        holder = TP(); holder.addElement(frame); doc.text.addElement(holder)
        doc.text.addElement(TP(text=" ")); doc.text.addElement(TP(text=" ")); doc.text.addElement(TP(text=" ")); doc.text.addElement(TP(text=" "))
    else:
        doc.text.addElement(TP(stylename=big, text=p["name"] + (f" ({p['alt']})" if p.get("alt") else "")))
        doc.text.addElement(TP(stylename=small, text=contact_line(p)))
    for title, items in sections(p):
        doc.text.addElement(TP(stylename=hs, text=title))
        if mode == "table" and items and not isinstance(items[0], str):
            t = Table(name=title.replace(" ", "_")[:20]); t.addElement(TableColumn(numbercolumnsrepeated=2))
            for it in items:
                tr = TableRow(); c1 = TableCell(); c1.addElement(TP(text=it["date"])); c2 = TableCell()
                c2.addElement(TP(text=it["head"])); c2.addElement(TP(stylename=small, text=it["sub"]))
                if it["desc"]: c2.addElement(TP(stylename=small, text=it["desc"]))
                tr.addElement(c1); tr.addElement(c2); t.addElement(tr)
            doc.text.addElement(t)
        else:
            for it in items:
                for line in item_text(it): doc.text.addElement(TP(text=line))
    doc.save(out)

# ---------------- HTML for chromium ----------------
CSS_SIDEBAR = """body{font-family:'DejaVu Sans',Arial;margin:0;font-size:10pt}.wrap{display:flex}
.side{width:32%;background:#23395d;color:#fff;padding:18px;min-height:100vh}.main{width:68%;padding:18px}
h1{font-size:20pt;margin:0 0 6px}h2{font-size:11.5pt;color:#23395d;border-bottom:1px solid #999;margin:12px 0 4px}
.side h2{color:#fff;border-color:#fff}.d{color:#555;font-size:8.5pt;white-space:nowrap;width:1%;vertical-align:top;padding-right:8px}p{margin:2px 0}"""
CSS_ERAS = """body{font-family:'Liberation Serif','Noto Serif CJK SC',serif;font-size:10.5pt;margin:30px}
h1{text-align:center;font-size:18pt;margin:0}.c{text-align:center}h2{font-size:11pt;text-transform:uppercase;border-bottom:2px solid #000}
table{width:100%;border-collapse:collapse}td{vertical-align:top;padding:2px 4px}td.d{width:1%;white-space:nowrap;font-style:italic;padding-right:10px}"""
def e(s): return html.escape(s)
def html_cv(p, mode, scan=False):
    secs = sections(p)
    body = []
    def sec_html(title, items):
        h = [f"<h2>{e(title)}</h2>"]
        if items and not isinstance(items[0], str):
            h.append("<table>")
            for it in items:
                h.append(f"<tr><td class='d'>{e(it['date'])}</td><td><b>{e(it['head'])}</b><br>{e(it['sub'])}" + (f"<br><i>{e(it['desc'])}</i>" if it['desc'] else "") + "</td></tr>")
            h.append("</table>")
        else:
            h += [f"<p>{e(x)}</p>" for x in items]
        return "".join(h)
    if mode == "sidebar":
        side_titles = {"Languages", "Certifications", "Immigration / Work Authorization", "USMLE / ECFMG"}
        side = [f"<h1>{e(p['name'])}</h1><p>{e(p['suffix'])}</p><h2>Contact</h2><p>{e(p['address'])}</p><p>{e(p['phone'])}</p><p>{e(p['email'])}</p>"]
        side += [sec_html(t, i) for t, i in secs if t in side_titles]
        main = [sec_html(t, i) for t, i in secs if t not in side_titles]
        return f"<html><head><meta charset='utf-8'><style>{CSS_SIDEBAR}</style></head><body><div class='wrap'><div class='side'>{''.join(side)}</div><div class='main'>{''.join(main)}</div></div></body></html>"
    alt = f" <span style='font-size:13pt'>({e(p['alt'])})</span>" if p.get("alt") else ""
    head = f"<h1>{e(p['name'])}{alt}</h1><p class='c'>{e(p['address'])}<br>{e(p['phone'])} &middot; {e(p['email'])}</p>"
    css = CSS_ERAS + ("body{font-size:12pt;margin:50px}" if scan else "")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}{''.join(sec_html(t, i) for t, i in secs)}</body></html>"

# ---------------- reportlab ----------------
def reportlab_build(p, out, mode):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", DV + "DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9, leading=11.5)
    hb = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11, spaceBefore=8, textColor=colors.HexColor("#7a1f1f"))
    ti = ParagraphStyle("t", parent=n, fontName="DVB", fontSize=17, leading=21)
    story = []
    def footer(c, doc):
        if mode == "table":
            c.setFont("DV", 7); c.drawString(40, 20, f"{p['name']} — CV — page {doc.page}")
    if mode == "table":
        story.append(Table([[Paragraph(e(p["name"]), ti), Paragraph(f"{e(p['address'])}<br/>{e(p['phone'])}<br/>{e(p['email'])}", n)]], colWidths=[260, 270]))
    else:
        story += [Paragraph(e(p["name"]) + f", {e(p['suffix'])}", ti), Paragraph(e(contact_line(p)), n)]
    for title, items in sections(p):
        story.append(Paragraph(e(title), hb))
        if items and not isinstance(items[0], str):
            rows = [[Paragraph(e(it["date"]), n), Paragraph(f"<b>{e(it['head'])}</b><br/>{e(it['sub'])}" + (f"<br/><i>{e(it['desc'])}</i>" if it['desc'] else ""), n)] for it in items]
            t = Table(rows, colWidths=[120, 410])
            if mode == "table": t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else: t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            story += [Paragraph(e(x), n) for x in items]
    SimpleDocTemplate(out, pagesize=letter, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                      title=f"CV {p['name']}", author=p["name"]).build(story, onFirstPage=footer, onLaterPages=footer)

# ---------------- fpdf2 ----------------
def fpdf_build(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", DV + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf"); pdf.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
    pdf.add_page(); pdf.set_font("DV", "B", 18); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.cell(0, 5, p["address"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{p['phone']}  |  {p['email']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    W = pdf.w - 36
    for title, items in sections(p):
        pdf.set_font("DV", "B", 11); pdf.set_fill_color(225, 232, 240); pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        for it in items:
            if isinstance(it, str):
                pdf.set_font("DV", "", 9); pdf.multi_cell(W, 4.6, it, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B", 9); pdf.multi_cell(W, 4.8, f"{it['head']}   ({it['date']})", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9); pdf.multi_cell(W, 4.6, it["sub"], new_x="LMARGIN", new_y="NEXT")
                if it["desc"]: pdf.set_font("DV", "I", 8.5); pdf.multi_cell(W, 4.4, it["desc"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(out)

# ---------------- TXT / RTF ----------------
def txt_build(p, out, mode):
    L = []
    if mode == "eras":
        L += [p["name"] + (f" / {p['alt']}" if p.get("alt") else ""), p["address"], f"Phone: {p['phone']}", f"Email: {p['email']}", "=" * 72]
        for t, items in sections(p):
            L += ["", t.upper(), "-" * len(t)]
            for it in items: L += item_text(it)
    else:
        L += [f"CURRICULUM VITAE -- {p['name']}, {p['suffix']}", "", f"  Address : {p['address']}", f"  Tel     : {p['phone']}", f"  E-mail  : {p['email']}", ""]
        for t, items in sections(p):
            L += [f"## {t}"]
            for it in items:
                lines = item_text(it); L += ["* " + lines[0]] + lines[1:]
            L.append("")
    open(out, "w", encoding="utf-8", newline="\r\n" if mode == "eras" else "\n").write("\n".join(L) + "\n")

def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)
def rtf_build(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}", r"\paperw12240\paperh15840\margl1080\margr1080"]
    R.append(r"{\header\pard\qr\f0\fs16 " + rtf_esc(f"{p['phone']} | {p['email']}") + r"\par}")
    R.append(r"\pard\qc\f0\fs36\b " + rtf_esc(p["name"]) + r"\b0\par\fs18 " + rtf_esc(p["address"]) + r"\par\pard\ql\par")
    for t, items in sections(p):
        R.append(r"\pard\sb160\brdrb\brdrs\f0\fs22\b " + rtf_esc(t) + r"\b0\par\pard\f1\fs20 ")
        for it in items:
            if isinstance(it, str): R.append(rtf_esc(it) + r"\par ")
            else:
                R.append(r"\trowd\cellx2600\cellx10080 \intbl " + rtf_esc(it["date"]) + r"\cell \b " + rtf_esc(it["head"]) + r"\b0\line " + rtf_esc(it["sub"]) + (r"\line\i " + rtf_esc(it["desc"]) + r"\i0" if it["desc"] else "") + r"\cell\row ")
        R.append(r"\pard\par ")
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))

# ---------------- scans ----------------
def scan_build(p, out, kind, i):
    from PIL import Image, ImageFilter, ImageEnhance
    pdf = os.path.join(TMP, f"scan{i}.pdf"); chromium_pdf(html_cv(p, "eras", scan=True), pdf)
    subprocess.run(["pdftoppm", "-r", "110", "-png", pdf, os.path.join(TMP, f"pg{i}")], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"pg{i}-") and f.endswith(".png"))
    imgs = []
    rnd = random.Random(i)
    for f in pages:
        im = Image.open(os.path.join(TMP, f)).convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        px = im.load(); w, h = im.size
        for _ in range(w * h // 60):
            x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = rnd.choice([40, 90, 200])
        im = im.filter(ImageFilter.GaussianBlur(0.7 if kind != "lowcontrast" else 1.0))
        im = ImageEnhance.Contrast(im).enhance(0.55 if kind == "lowcontrast" else 0.85)
        im = ImageEnhance.Brightness(im).enhance(1.05)
        imgs.append(im)
    if out.endswith(".pdf"):
        rgb = [x.convert("RGB") for x in imgs]; rgb[0].save(out, save_all=True, append_images=rgb[1:], resolution=110)
    else:
        # photo of first page(s): stack pages vertically into one tall image (like a phone capture of both sheets)
        W = max(x.size[0] for x in imgs); H = sum(x.size[1] for x in imgs)
        canvas = Image.new("L", (W, H), 230); y = 0
        for x in imgs: canvas.paste(x, (0, y)); y += x.size[1]
        canvas = canvas.convert("RGB")
        if out.endswith(".jpg"): canvas.save(out, quality=rnd.choice([55, 65]))
        else: canvas.save(out)

# ---------------- main ----------------
READ = [  # (person index, layout, ext)
 (0, "docx_table", "docx"), (1, "pdf_soffice_docx", "pdf"), (2, "pdf_chromium_sidebar", "pdf"), (3, "pdf_reportlab", "pdf"),
 (4, "docx_header", "docx"), (5, "pdf_fpdf2", "pdf"), (6, "odt_plain", "odt"), (7, "txt_eras", "txt"),
 (8, "pdf_chromium_eras", "pdf"), (9, "rtf_table", "rtf"), (10, "docx_textbox", "docx"), (11, "pdf_soffice_odt", "pdf"),
 (12, "docx_footer", "docx"), (13, "pdf_reportlab_table", "pdf"), (14, "odt_table", "odt"), (15, "txt_plain", "txt")]
SCANS = [(16, "scan_png", "png", "normal"), (17, "scan_jpg", "jpg", "normal"), (18, "scan_pdf", "pdf", "normal"),
         (19, "scan_jpg_lowcontrast", "jpg", "lowcontrast"), (20, "scan_pdf_lowcontrast", "pdf", "lowcontrast")]
DAMAGED = [("pdf_truncated", "pdf"), ("pdf_encrypted", "pdf"), ("docx_random", "docx")]

def main():
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    T = []; n = 0
    for idx, layout, ext in READ:
        n += 1; p = P[idx]; name = f"w67_{n:03d}_{layout}.{ext}"; out = os.path.join(OUT, name)
        if layout in ("docx_table", "docx_header", "docx_footer"): docx_build(p, out, layout.split("_")[1])
        elif layout == "pdf_soffice_docx":
            src = os.path.join(TMP, f"w67_{n:03d}.docx"); docx_build(p, src, "eras"); soffice(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", out)
        elif layout == "pdf_soffice_odt":
            src = os.path.join(TMP, f"w67_{n:03d}.odt"); odt_build(p, src, "table"); soffice(src, "pdf", TMP); shutil.move(src[:-4] + ".pdf", out)
        elif layout == "docx_textbox":
            src = os.path.join(TMP, f"w67_{n:03d}.odt"); odt_build(p, src, "textbox"); soffice(src, "docx:MS Word 2007 XML", TMP); shutil.move(src[:-4] + ".docx", out)
        elif layout == "pdf_chromium_sidebar": chromium_pdf(html_cv(p, "sidebar"), out)
        elif layout == "pdf_chromium_eras": chromium_pdf(html_cv(p, "eras"), out)
        elif layout == "pdf_reportlab": reportlab_build(p, out, "plain")
        elif layout == "pdf_reportlab_table": reportlab_build(p, out, "table")
        elif layout == "pdf_fpdf2": fpdf_build(p, out)
        elif layout in ("odt_plain", "odt_table"): odt_build(p, out, layout.split("_")[1])
        elif layout in ("txt_eras", "txt_plain"): txt_build(p, out, layout.split("_")[1])
        elif layout == "rtf_table": rtf_build(p, out)
        T.append(truth(p, name, layout))
    for idx, layout, ext, kind in SCANS:
        n += 1; p = P[idx]; name = f"w67_{n:03d}_{layout}.{ext}"
        scan_build(p, os.path.join(OUT, name), kind, n); T.append(truth(p, name, layout, scan=True))
    fz = P[21]
    for layout, ext in DAMAGED:
        n += 1; name = f"w67_{n:03d}_{layout}.{ext}"; out = os.path.join(OUT, name)
        if layout == "pdf_truncated":
            src = os.path.join(TMP, "fz.pdf"); reportlab_build(fz, src, "plain"); b = open(src, "rb").read(); open(out, "wb").write(b[: len(b) * 2 // 5])
        elif layout == "pdf_encrypted":
            from pypdf import PdfReader, PdfWriter
            src = os.path.join(TMP, "fz2.pdf"); fpdf_build(fz, src)
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
            w.encrypt(user_password="w67-open", owner_password="owner-67", algorithm="RC4-128"); w.write(out)
        else:
            open(out, "wb").write(random.Random(6767).randbytes(48213))
        T.append(dict(file=name, layout=layout, error=True))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in T: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("built", n, "files")

if __name__ == "__main__":
    main()
