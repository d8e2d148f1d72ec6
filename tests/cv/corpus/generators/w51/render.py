# -*- coding: utf-8 -*-
import os, sys, json, subprocess, random, html, shutil
sys.path.insert(0, os.path.dirname(__file__))
from data import P, months

OUT = os.path.join(os.path.dirname(__file__), "..", "files")
TMP = "/tmp/w51_build"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(p, ext):
    return "w51_%03d_%s.%s" % (p["num"], p["layout"], ext)


def sec_lines(kind, content):
    """flatten a section to text lines"""
    out = []
    if kind == "lines":
        out += content
    elif kind == "table":
        for r in content:
            out.append("  |  ".join(r))
    else:
        for t, org, d, b in content:
            out.append("%s — %s (%s)" % (t, org, d) if False else "%s" % t)
            out.append("%s   %s" % (org, d))
            out += ["  - " + x for x in b]
    return out


# ------------------------------------------------------------------ txt
def r_txt(p, path):
    L = [p["title"]] + p["contact"] + [""]
    for h, k, c in p["sections"]:
        if p["layout"] == "txt_dense":
            L.append(h.upper() + ":")
        else:
            L += [h, "-" * len(h)]
        if k == "entries":
            for t, org, d, b in c:
                L.append("%s | %s | %s" % (d, t, org))
                L += ["    - " + x for x in b]
        else:
            L += sec_lines(k, c)
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\r\n" if p["num"] == 16 else "\n") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ rtf
def rtf_esc(s):
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


def r_rtf(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1200\margr1200"]
    if p["layout"] == "rtf_sections":
        # contacts in the page header only
        R.append(r"{\header\pard\qr\f1\fs16 " + rtf_esc(" | ".join(p["contact"])) + r"\par}")
        R.append(r"\pard\qc\f1\fs36\b " + rtf_esc(p["title"]) + r"\b0\par")
    else:
        R.append(r"\pard\qc\f0\fs32\b " + rtf_esc(p["title"]) + r"\b0\par")
        for c in p["contact"]:
            R.append(r"\pard\qc\fs20 " + rtf_esc(c) + r"\par")
    for h, k, c in p["sections"]:
        R.append(r"\pard\sb200\f1\fs24\b\ul " + rtf_esc(h) + r"\ul0\b0\par")
        if k == "entries":
            for t, org, d, b in c:
                R.append(r"\pard\tx7200\f0\fs20\b " + rtf_esc(t) + r"\b0\tab " + rtf_esc(d) + r"\par")
                R.append(r"\pard\li200\i " + rtf_esc(org) + r"\i0\par")
                for x in b:
                    R.append(r"\pard\li400\bullet  " + rtf_esc(x) + r"\par")
        else:
            for x in sec_lines(k, c):
                R.append(r"\pard\f0\fs20 " + rtf_esc(x) + r"\par")
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))


# ------------------------------------------------------------------ docx
def r_docx(p, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    lay = p["layout"]

    def heading(container, text):
        para = container.add_paragraph(); r = para.add_run(text.upper()); r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68); r.font.size = Pt(11)

    def body(container, h, k, c):
        heading(container, h)
        if k == "table":
            t = container.add_table(rows=0, cols=len(c[0])); t.style = "Table Grid"
            for i, row in enumerate(c):
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs: r.bold = True
        elif k == "entries":
            for t_, org, dt, b in c:
                para = container.add_paragraph(); r = para.add_run(t_); r.bold = True
                para.add_run("\t" + dt)
                container.add_paragraph(org).runs[0].italic = True
                for x in b:
                    container.add_paragraph("• " + x)
        else:
            for x in c:
                container.add_paragraph(x)

    if lay == "docx_header":
        hp = sec.header.paragraphs[0]; hp.text = p["contact"][0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        tp = d.add_paragraph(); r = tp.add_run(p["title"]); r.bold = True; r.font.size = Pt(20)
        for h, k, c in p["sections"]:
            body(d, h, k, c)
    elif lay == "docx_twocol":
        fp = sec.footer.paragraphs[0]; fp.text = "  ·  ".join(p["contact"])
        tp = d.add_paragraph(); r = tp.add_run(p["title"]); r.bold = True; r.font.size = Pt(20)
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(12)
        left.paragraphs[0].text = ""
        right.paragraphs[0].text = ""
        for h, k, c in p["sections"]:
            body(left if h in p.get("sidebar", []) else right, h, k, c)
    else:
        tp = d.add_paragraph(); r = tp.add_run(p["title"]); r.bold = True; r.font.size = Pt(18)
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for x in p["contact"]:
            cp = d.add_paragraph(x); cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for h, k, c in p["sections"]:
            body(d, h, k, c)
    d.core_properties.author = p["truth"]["full_name"]
    d.save(path)


# ------------------------------------------------------------------ odt
def r_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import P as TP, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontweight="bold", fontsize="12pt", color="#333399"))
    hs.addElement(ParagraphProperties(margintop="0.3cm"))
    ts = Style(name="Ti", family="paragraph"); ts.addElement(TextProperties(fontweight="bold", fontsize="20pt"))
    bs = Style(name="Bo", family="text"); bs.addElement(TextProperties(fontweight="bold"))
    for s in (hs, ts): doc.styles.addElement(s)
    doc.automaticstyles.addElement(bs)
    doc.text.addElement(TP(stylename=ts, text=p["title"]))
    for c in p["contact"]:
        doc.text.addElement(TP(text=c))
    for h, k, c in p["sections"]:
        doc.text.addElement(TP(stylename=hs, text=h))
        if k == "table":
            tb = Table(name=h.replace(" ", "_")[:20])
            tb.addElement(TableColumn(numbercolumnsrepeated=len(c[0])))
            for row in c:
                tr = TableRow()
                for v in row:
                    tc = TableCell(); tc.addElement(TP(text=v)); tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        elif k == "entries":
            for t, org, d, b in c:
                para = TP(); para.addElement(Span(stylename=bs, text=d + "  ")); para.addText(t); doc.text.addElement(para)
                doc.text.addElement(TP(text=org))
                for x in b:
                    doc.text.addElement(TP(text="– " + x))
        else:
            for x in c:
                doc.text.addElement(TP(text=x))
    doc.save(path)


# ------------------------------------------------------------------ reportlab
def r_reportlab(p, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate,
                                    BaseDocTemplate, FrameBreak, NextPageTemplate)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    N = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5)
    Hs = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, textColor=colors.HexColor("#0b4f6c"))
    T = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    SW = ParagraphStyle("sw", fontName="DV", fontSize=8.5, leading=10.5, textColor=colors.white)
    SH = ParagraphStyle("sh", fontName="DVB", fontSize=10, leading=13, spaceBefore=8, textColor=colors.white)
    esc = lambda s: html.escape(s)

    def flow(h, k, c, side=False):
        out = [Paragraph(esc(h), SH if side else Hs)]
        st = SW if side else N
        if k == "table":
            data = [[Paragraph(esc(v), N) for v in r] for r in c]
            w = [60, 60, 170, 225] if len(c[0]) == 4 else None
            t = Table(data, colWidths=w, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
        elif k == "entries":
            for t_, org, d, b in c:
                out.append(Paragraph("<b>%s</b> — %s" % (esc(t_), esc(d)), st))
                out.append(Paragraph("<i>%s</i>" % esc(org), st))
                for x in b:
                    out.append(Paragraph("• " + esc(x), st))
                out.append(Spacer(1, 3))
        else:
            for x in c:
                out.append(Paragraph(esc(x) if x else "&nbsp;", st))
        return out

    if p["layout"] == "reportlab_sidebar":
        W, Hh = A4
        sw = 190

        def bg(canv, doc):
            canv.setFillColor(colors.HexColor("#23395d")); canv.rect(0, 0, sw + 20, Hh, fill=1, stroke=0)
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20, rightMargin=30, topMargin=30, bottomMargin=30,
                              title="CV", author="")
        fl = Frame(12, 30, sw, Hh - 60, id="side"); fr = Frame(sw + 40, 30, W - sw - 70, Hh - 60, id="main")
        doc.addPageTemplates([PageTemplate(id="two", frames=[fl, fr], onPage=bg),
                              PageTemplate(id="one", frames=[Frame(sw + 40, 30, W - sw - 70, Hh - 60)], onPage=bg)])
        story = []
        for h, k, c in p["sections"]:
            if h in p["sidebar"]:
                story += flow(h, k, c, side=True)
        story += [NextPageTemplate("one"), FrameBreak(), Paragraph(esc(p["title"]), T), Spacer(1, 6)]
        for h, k, c in p["sections"]:
            if h not in p["sidebar"]:
                story += flow(h, k, c)
        doc.build(story)
    else:
        doc = SimpleDocTemplate(path, pagesize=LETTER, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40)
        story = [Paragraph(esc(p["title"]), T), Paragraph(esc("  ·  ".join(p["contact"])), N), Spacer(1, 8)]
        for h, k, c in p["sections"]:
            story += flow(h, k, c)
        doc.build(story)


# ------------------------------------------------------------------ fpdf2
def r_fpdf(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page(); pdf.set_font("DV", "B", 17)
    pdf.cell(0, 10, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for c in p["contact"]:
        pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    for h, k, c in p["sections"]:
        pdf.ln(3); pdf.set_font("DV", "B", 11); pdf.set_text_color(120, 20, 20)
        pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 9)
        if k == "table":
            with pdf.table(col_widths=(55, 35, 40, 50), text_align="LEFT", line_height=5) as t:
                for r in c:
                    row = t.row()
                    for v in r:
                        row.cell(v)
        elif k == "entries":
            for t_, org, d, b in c:
                pdf.multi_cell(0, 5, "%s, %s  (%s)" % (t_, org, d), new_x="LMARGIN", new_y="NEXT")
        else:
            for x in c:
                pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ chromium
CSS_TWOCOL = """
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}
.wrap{display:flex}.side{width:32%;background:#eef3ea;padding:14px;min-height:1000px}
.main{width:68%;padding:14px 22px}h1{font-size:20pt;margin:0 0 4px}h2{font-size:11pt;color:#2d5a27;border-bottom:1px solid #9b9;margin:12px 0 4px}
.alt{font-size:13pt;color:#555}.e{margin-bottom:6px}.d{float:right;color:#444}
"""
CSS_CARDS = """
body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;margin:18px;color:#222}
header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #7a2048;padding-bottom:6px}
h1{margin:0;font-size:22pt}.alt{font-size:14pt;color:#7a2048}.ct{text-align:right;font-size:8.5pt}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:10px}.card{border:1px solid #ccc;border-radius:6px;padding:8px}
h2{font-size:10.5pt;margin:0 0 4px;color:#7a2048}.e{margin-bottom:5px}.d{color:#666;font-size:8.5pt}
"""


def h_sec(h, k, c):
    e = html.escape
    s = "<h2>%s</h2>" % e(h)
    if k == "entries":
        for t, org, d, b in c:
            s += "<div class='e'><b>%s</b> <span class='d'>%s</span><br><i>%s</i>%s</div>" % (
                e(t), e(d), e(org), "".join("<br>• " + e(x) for x in b))
    elif k == "table":
        s += "<table>" + "".join("<tr>" + "".join("<td>%s</td>" % e(v) for v in r) + "</tr>" for r in c) + "</table>"
    else:
        s += "".join("<div>%s</div>" % e(x) for x in c)
    return s


def r_chromium(p, path):
    e = html.escape
    if p["layout"] == "chromium_twocol":
        side = "".join(h_sec(h, k, c) for h, k, c in p["sections"] if h in p["sidebar"])
        main = "".join(h_sec(h, k, c) for h, k, c in p["sections"] if h not in p["sidebar"])
        body = ("<div class='wrap'><div class='side'>%s</div><div class='main'><h1>%s</h1><div class='alt' dir='rtl'>%s</div>%s</div></div>"
                % (side, e(p["title"]), e(p["alt_name"]), main))
        css = CSS_TWOCOL
    else:
        cards = "".join("<div class='card'>%s</div>" % h_sec(h, k, c) for h, k, c in p["sections"])
        body = ("<header><div><h1>%s</h1><div class='alt'>%s</div></div><div class='ct'>%s</div></header><div class='grid'>%s</div>"
                % (e(p["title"]), e(p["alt_name"]), "<br>".join(e(x) for x in p["contact"]), cards))
        css = CSS_CARDS
    hp = os.path.join(TMP, "p%03d.html" % p["num"])
    open(hp, "w", encoding="utf-8").write("<!doctype html><html><head><meta charset='utf-8'><title>CV</title><style>%s</style></head><body>%s</body></html>" % (css, body))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(TMP, "chr"), "--print-to-pdf=" + os.path.abspath(path), "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ soffice
def r_soffice(p, path):
    dx = os.path.join(TMP, "w51_%03d_src.docx" % p["num"])
    q = dict(p); q["layout"] = "docx_plain"
    r_docx(q, dx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/lo", "--convert-to", "pdf",
                    "--outdir", TMP, dx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(dx[:-5] + ".pdf", path)


# ------------------------------------------------------------------ scans
def page_image(p, scale=1.0):
    from PIL import Image, ImageDraw, ImageFont
    W, H = int(1275 * scale), int(1650 * scale)
    im = Image.new("L", (W, H), 255); dr = ImageDraw.Draw(im)
    fb = ImageFont.truetype(FONTB, int(34 * scale)); fh = ImageFont.truetype(FONTB, int(22 * scale))
    fn = ImageFont.truetype(FONT, int(19 * scale))
    y = int(80 * scale); x = int(90 * scale)
    dr.text((x, y), p["title"], font=fb, fill=0); y += int(52 * scale)
    for c in p["contact"]:
        dr.text((x, y), c, font=fn, fill=30); y += int(28 * scale)
    y += int(10 * scale)
    for h, k, c in p["sections"]:
        y += int(12 * scale); dr.text((x, y), h.upper(), font=fh, fill=0); y += int(30 * scale)
        dr.line((x, y - 3, W - x, y - 3), fill=90, width=2)
        for line in sec_lines(k, c):
            # wrap long lines
            words = line.split(" "); cur = ""
            for w in words:
                t = (cur + " " + w).strip()
                if dr.textlength(t, font=fn) > W - 2 * x - 20:
                    dr.text((x + 10, y), cur, font=fn, fill=25); y += int(27 * scale); cur = w
                else:
                    cur = t
            dr.text((x + 10, y), cur, font=fn, fill=25); y += int(27 * scale)
    return im


def degrade(im, angle, seed, lowc=False, blur=0.8):
    from PIL import ImageFilter, Image
    import random as R
    R.seed(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load(); w, h = im.size
    for _ in range(w * h // 25):
        xx, yy = R.randrange(w), R.randrange(h); px[xx, yy] = max(0, min(255, px[xx, yy] + R.randint(-70, 70)))
    if lowc:
        im = im.point(lambda v: 95 + int(v * 0.55))
    else:
        im = im.point(lambda v: 20 + int(v * 0.88))
    return im


def r_scan(p, path):
    n = p["num"]
    im = page_image(p)
    cfg = {17: (1.2, False, 0.7), 18: (-0.7, False, 0.9), 19: (1.6, False, 1.1), 20: (-1.9, False, 0.8), 21: (0.6, True, 1.0)}[n]
    im = degrade(im, cfg[0], n, lowc=cfg[1], blur=cfg[2])
    if p["fmt"] == "png":
        im.save(path)
    elif p["fmt"] == "jpg":
        im.convert("RGB").save(path, quality=55)
    else:
        im.convert("RGB").save(path, "PDF", resolution=150.0)


# ------------------------------------------------------------------ main
def build():
    truth = []
    for p in P:
        fmt = p["fmt"]; lay = p["layout"]
        ext = {"scanpdf": "pdf"}.get(fmt, fmt)
        fn = fname(p, ext); path = os.path.join(OUT, fn)
        if fmt == "txt": r_txt(p, path)
        elif fmt == "rtf": r_rtf(p, path)
        elif fmt == "docx": r_docx(p, path)
        elif fmt == "odt": r_odt(p, path)
        elif lay.startswith("reportlab"): r_reportlab(p, path)
        elif lay.startswith("fpdf"): r_fpdf(p, path)
        elif lay.startswith("chromium"): r_chromium(p, path)
        elif lay.startswith("soffice"): r_soffice(p, path)
        else: r_scan(p, path)
        t = {"file": fn, "layout": lay}
        t.update(p["truth"])
        t["usce_months"] = months(t["usce_entries"]); t["usce_months_clinical"] = months(t["usce_entries"], True)
        if fmt in ("png", "jpg", "scanpdf"):
            t["needs_ocr"] = True
        # key order like the example
        order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
                 "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
                 "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
                 "usce_entries", "needs_ocr"]
        truth.append({k: t[k] for k in order if k in t})
        print("built", fn, flush=True)
    truth += damaged()
    with open(os.path.join(OUT, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


def damaged():
    from pypdf import PdfReader, PdfWriter
    res = []
    # 022: truncated PDF (first 40% of a real reportlab CV: no xref/trailer)
    src = os.path.join(OUT, "w51_015_reportlab_table.pdf")
    b = open(src, "rb").read()
    fn = "w51_022_truncated.pdf"; open(os.path.join(OUT, fn), "wb").write(b[: int(len(b) * 0.4)])
    res.append({"file": fn, "layout": "truncated", "error": True})
    # 023: user-password encrypted PDF
    fn = "w51_023_encrypted.pdf"
    w = PdfWriter(clone_from=os.path.join(OUT, "w51_002_reportlab_sidebar.pdf"))
    w.encrypt(user_password="kasr2022", owner_password="own3r-w51", algorithm="RC4-128")
    with open(os.path.join(OUT, fn), "wb") as f:
        w.write(f)
    res.append({"file": fn, "layout": "encrypted", "error": True})
    # 024: random bytes named .docx
    fn = "w51_024_randombytes.docx"
    R = random.Random(51024)
    open(os.path.join(OUT, fn), "wb").write(bytes(R.randrange(256) for _ in range(23817)))
    res.append({"file": fn, "layout": "randombytes", "error": True})
    print("built damaged", flush=True)
    return res


if __name__ == "__main__":
    build()
