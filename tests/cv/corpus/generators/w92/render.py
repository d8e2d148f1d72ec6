# -*- coding: utf-8 -*-
import os, sys, subprocess, shutil, random, html, json, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import PEOPLE, DAMAGED, fname

OUT = os.path.join(os.path.dirname(__file__), "..", "files")
OUT = os.path.abspath(OUT)
TMP = tempfile.mkdtemp(prefix="w92_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def rtl(s):
    import arabic_reshaper
    from bidi.algorithm import get_display
    return get_display(arabic_reshaper.reshape(s))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w92_lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ------------------------------------------------------------------ python-docx
def docx_doc(p, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri" if mode != "lo" else "Liberation Serif"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = Cm(1.6)
    if mode == "headerfooter":
        hp = d.sections[0].header.paragraphs[0]
        hp.text = p["name"] + "  |  " + p["contacts"][0] + "  |  " + p["contacts"][1]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = d.sections[0].footer.paragraphs[0]
        fp.text = "Contact: " + " \u00b7 ".join(p["contacts"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_paragraph()
        r = t.add_run(p["name"].upper())
        r.bold = True; r.font.size = Pt(18)
        if p.get("native"):
            t2 = d.add_paragraph(p["native"]); t2.alignment = WD_ALIGN_PARAGRAPH.LEFT
        d.add_paragraph(p["headline"]).runs[0].italic = True
    elif mode == "table":
        tb = d.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        c0, c1 = tb.rows[0].cells
        c0.text = ""
        r = c0.paragraphs[0].add_run(p["name"]); r.bold = True; r.font.size = Pt(17)
        if p.get("native"):
            c0.add_paragraph(p["native"])
        c0.add_paragraph(p["headline"])
        c1.text = "\n".join(p["contacts"])
    else:  # lo : name + contacts line
        t = d.add_heading(p["name"], level=0)
        if p.get("native"):
            d.add_paragraph(p["native"])
        d.add_paragraph(p["headline"])
        d.add_paragraph("  \u2022  ".join(p["contacts"]))
    for head, blocks in p["sections"]:
        h = d.add_heading(head, level=1 if mode != "table" else 2)
        for b in blocks:
            if b[0] == "p":
                d.add_paragraph(b[1])
            elif b[0] == "bullets":
                for x in b[1]:
                    d.add_paragraph(x, style="List Bullet")
            else:
                _, hdr, rows = b
                t = d.add_table(rows=1, cols=len(hdr))
                t.style = "Light Grid Accent 1" if mode == "table" else "Table Grid"
                for i, x in enumerate(hdr):
                    t.rows[0].cells[i].text = x
                for row in rows:
                    cs = t.add_row().cells
                    for i, x in enumerate(row):
                        cs[i].text = x
                d.add_paragraph()
    return d


def r_docx(p, mode, path):
    docx_doc(p, mode).save(path)


# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in [("DV", FONT), ("DVB", FONTB), ("DVS", SERIF), ("DVSB", SERIFB)]:
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))


def rl_blocks(blocks, styles, width):
    from reportlab.platypus import Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(Paragraph(html.escape(b[1]), styles["body"]))
        elif b[0] == "bullets":
            for x in b[1]:
                out.append(Paragraph(html.escape(x), styles["bul"], bulletText="\u2022"))
        else:
            _, hdr, rows = b
            data = [[Paragraph("<b>%s</b>" % html.escape(h), styles["small"]) for h in hdr]]
            data += [[Paragraph(html.escape(c), styles["small"]) for c in r] for r in rows]
            t = Table(data, colWidths=None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
        out.append(Spacer(1, 3))
    return out


def rl_styles(font="DV", bold="DVB", size=9.5):
    from reportlab.lib.styles import ParagraphStyle
    return {"body": ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35),
            "bul": ParagraphStyle("u", fontName=font, fontSize=size, leading=size * 1.35, leftIndent=12),
            "small": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
            "h": ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=size * 1.8, spaceBefore=6,
                                textColor="#1f3a5f"),
            "name": ParagraphStyle("n", fontName=bold, fontSize=20, leading=24),
            "side": ParagraphStyle("sd", fontName=font, fontSize=8.5, leading=11, textColor="white"),
            "sideh": ParagraphStyle("sh", fontName=bold, fontSize=11, leading=14, textColor="white")}


def r_reportlab_sidebar(p, path):
    rl_fonts()
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Spacer
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    W, H = A4
    S = rl_styles()
    sw = 165

    def bg(c, doc):
        c.saveState(); c.setFillColor(colors.HexColor("#24405e")); c.rect(0, 0, sw + 20, H, stroke=0, fill=1)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title="CV", author=p["name"])
    side = Frame(14, 30, sw, H - 60, id="side")
    main = Frame(sw + 34, 30, W - sw - 60, H - 60, id="main")
    main2 = Frame(sw + 34, 30, W - sw - 60, H - 60, id="main2")
    doc.addPageTemplates([PageTemplate(id="first", frames=[side, main], onPage=bg),
                          PageTemplate(id="later", frames=[main2], onPage=bg)])
    from reportlab.platypus import NextPageTemplate
    story = [NextPageTemplate("later")]
    story.append(Paragraph("CONTACT", S["sideh"]))
    for c in p["contacts"]:
        story.append(Paragraph(html.escape(c), S["side"]))
    story.append(Spacer(1, 10))
    if p.get("native"):
        story.append(Paragraph(html.escape(rtl(p["native"])), S["side"]))
    story.append(FrameBreak())
    story.append(Paragraph(html.escape(p["name"]), S["name"]))
    story.append(Paragraph(html.escape(p["headline"]), S["body"]))
    for head, blocks in p["sections"]:
        story.append(Paragraph(html.escape(head), S["h"]))
        story += rl_blocks(blocks, S, W - sw - 60)
    doc.build(story)


def r_reportlab_prose(p, path, compact=False):
    rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, HRFlowable
    from reportlab.lib.pagesizes import LETTER
    S = rl_styles("DVS", "DVSB", 10 if not compact else 9)
    doc = SimpleDocTemplate(path, pagesize=LETTER, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50)
    story = [Paragraph(html.escape(p["name"]), S["name"]),
             Paragraph(html.escape(p["headline"]), S["body"])]
    if p.get("native"):
        from reportlab.lib.styles import ParagraphStyle
        story.append(Paragraph(html.escape(rtl(p["native"])),
                               ParagraphStyle("ar", fontName="DV", fontSize=12, leading=16)))
    story.append(Paragraph(html.escape(" | ".join(p["contacts"])), S["body"]))
    story.append(HRFlowable(width="100%"))
    for head, blocks in p["sections"]:
        story.append(Paragraph(html.escape(head), S["h"]))
        story += rl_blocks(blocks, S, 480)
    doc.build(story)


# ------------------------------------------------------------------ chromium
def html_doc(p, style):
    css = {
        "prose": "body{font-family:'DejaVu Serif',serif;font-size:11pt;margin:0 18mm;color:#222}"
                 "h1{font-size:24pt;margin:0;letter-spacing:1px}h2{font-size:12pt;text-transform:uppercase;"
                 "border-bottom:1px solid #999;margin-top:16px}.c{color:#555}p{text-align:justify}",
        "arabic": "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}"
                  ".top{background:#0b5d4b;color:white;padding:14px 24px;display:flex;justify-content:space-between}"
                  ".ar{font-size:20pt;direction:rtl}h1{margin:0;font-size:20pt}.main{padding:6px 24px}"
                  "h2{color:#0b5d4b;font-size:12pt;margin:14px 0 4px}li{margin:2px 0}"
                  "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}",
        "odt": "body{font-family:'Liberation Sans';font-size:10pt}h1{font-size:18pt}h2{font-size:12pt;color:#333}"
               "table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;padding:2px 4px}",
    }[style]
    o = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV</title><style>%s</style></head><body>" % css]
    E = html.escape
    if style == "arabic":
        o.append("<div class='top'><div><h1>%s</h1><div>%s</div><div>%s</div></div><div class='ar' dir='rtl' lang='ar'>%s</div></div><div class='main'>" % (
            E(p["name"]), E(p["headline"]), E(" \u2022 ".join(p["contacts"])), E(p["native"])))
    else:
        o.append("<h1>%s</h1><div class='c'>%s</div><div class='c'>%s</div>" % (
            E(p["name"]), E(p["headline"]), E(" \u00b7 ".join(p["contacts"]))))
        if p.get("native"):
            o.append("<p dir='rtl' lang='fa'>%s</p>" % E(p["native"]))
    for head, blocks in p["sections"]:
        o.append("<h2>%s</h2>" % E(head))
        for b in blocks:
            if b[0] == "p":
                o.append("<p>%s</p>" % E(b[1]))
            elif b[0] == "bullets":
                o.append("<ul>" + "".join("<li>%s</li>" % E(x) for x in b[1]) + "</ul>")
            else:
                o.append("<table><tr>" + "".join("<th>%s</th>" % E(h) for h in b[1]) + "</tr>" +
                         "".join("<tr>" + "".join("<td>%s</td>" % E(c) for c in r) + "</tr>" for r in b[2]) + "</table>")
    if style == "arabic":
        o.append("</div>")
    o.append("</body></html>")
    return "".join(o)


def r_chromium(p, style, path):
    h = os.path.join(TMP, "p%03d.html" % p["num"])
    open(h, "w", encoding="utf-8").write(html_doc(p, style))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w92_chrome", "--print-to-pdf=" + path, "file://" + h],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ odfpy
def odt_doc(p):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    ns = Style(name="NameS", family="paragraph")
    ns.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    ns.addElement(ParagraphProperties(textalign="center"))
    cs = Style(name="Ctr", family="paragraph"); cs.addElement(ParagraphProperties(textalign="center"))
    hs = Style(name="Head", family="paragraph")
    hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    for s in (ns, cs, hs):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=ns, text=p["name"]))
    if p.get("native"):
        doc.text.addElement(P(stylename=cs, text=p["native"]))
    doc.text.addElement(P(stylename=cs, text=p["headline"]))
    for c in p["contacts"]:
        doc.text.addElement(P(stylename=cs, text=c))
    for head, blocks in p["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=hs, text=head))
        for b in blocks:
            if b[0] == "p":
                doc.text.addElement(P(text=b[1]))
            elif b[0] == "bullets":
                for x in b[1]:
                    doc.text.addElement(P(text="\u2013 " + x))
            else:
                t = Table(name="T%d" % id(b))
                t.addElement(TableColumn(numbercolumnsrepeated=len(b[1])))
                for row in [b[1]] + b[2]:
                    tr = TableRow()
                    for c in row:
                        tc = TableCell(); tc.addElement(P(text=c)); tr.addElement(tc)
                    t.addElement(tr)
                doc.text.addElement(t)
    return doc


# ------------------------------------------------------------------ RTF by hand
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
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1200\margr1200\margt1000\margb1000",
         r"{\pard\qc\f1\fs36\b " + rtf_esc(p["name"]) + r"\b0\par}",
         r"{\pard\qc\f1\fs24 " + rtf_esc(p["native"]) + r"\par}",
         r"{\pard\qc\f0\fs20\i " + rtf_esc(p["headline"]) + r"\i0\par}",
         r"{\pard\qc\f0\fs20 " + rtf_esc("   //   ".join(p["contacts"])) + r"\par}", r"\pard\par"]
    for head, blocks in p["sections"]:
        o.append(r"{\pard\sb160\f1\fs22\b\ul " + rtf_esc(head) + r"\ul0\b0\par}")
        for b in blocks:
            items = [b[1]] if b[0] == "p" else b[1]
            for x in items:
                pre = "" if b[0] == "p" else r"\bullet\tab "
                o.append(r"{\pard\fi-240\li240\f0\fs20 " + pre + rtf_esc(x) + r"\par}")
    o.append("}")
    open(path, "w", encoding="ascii").write("\n".join(o))


# ------------------------------------------------------------------ txt
def r_txt(p, path, md=False):
    L = []
    if md:
        L += ["# " + p["name"] + " (" + p["native"] + ")", "", "_" + p["headline"] + "_", "",
              "**Contact:** " + " / ".join(p["contacts"]), ""]
    else:
        L += [p["name"].upper(), p["native"], p["headline"]] + p["contacts"] + ["=" * 60, ""]
    for head, blocks in p["sections"]:
        L.append(("## " + head) if md else head)
        if not md:
            L.append("-" * len(head))
        for b in blocks:
            if b[0] == "p":
                L.append(b[1])
            elif b[0] == "bullets":
                L += [("- " if md else "  * ") + x for x in b[1]]
            else:
                L += [" | ".join(r) for r in [b[1]] + b[2]]
        L.append("")
    open(path, "w", encoding="utf-8", newline="\r\n" if not md else "\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ fpdf2
def r_fpdf(p, path, table=False):
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_title("Curriculum Vitae")
    pdf.add_page()
    pdf.set_font("DV", "B", 18)
    pdf.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    if p.get("native"):
        pdf.cell(0, 6, rtl(p["native"]), new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.cell(0, 6, p["headline"], new_x="LMARGIN", new_y="NEXT")
    if table:
        with pdf.table(col_widths=(1, 1, 1), text_align="CENTER") as t:
            r = t.row()
            for c in p["contacts"]:
                r.cell(c)
    else:
        pdf.multi_cell(0, 5, "\n".join(p["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for head, blocks in p["sections"]:
        pdf.ln(2)
        pdf.set_font("DV", "B", 12)
        pdf.set_fill_color(230, 230, 240)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT", fill=table)
        pdf.set_font("DV", "", 9.5)
        for b in blocks:
            if b[0] == "p":
                pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "bullets":
                for x in b[1]:
                    pdf.multi_cell(0, 5, "- " + x, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "", 8)
                with pdf.table(text_align="LEFT") as t:
                    for row in [b[1]] + b[2]:
                        rr = t.row()
                        for c in row:
                            rr.cell(c)
                pdf.set_font("DV", "", 9.5)
    pdf.output(path)


# ------------------------------------------------------------------ scans
def make_scan(p, path, kind):
    src = os.path.join(TMP, "scan%03d.pdf" % p["num"])
    if p["num"] == 20:
        r_fpdf(p, src)
    elif p["num"] == 19:
        r_reportlab_sidebar(p, src)
    else:
        r_reportlab_prose(p, src, compact=True)
    res = {17: 150, 18: 130, 19: 120, 20: 100, 21: 140}[p["num"]]
    subprocess.run(["pdftoppm", "-r", str(res), "-png", "-f", "1", "-l", "1", src, os.path.join(TMP, "scan%03d" % p["num"])], check=True)
    cand = [f for f in os.listdir(TMP) if f.startswith("scan%03d-" % p["num"]) and f.endswith(".png")]
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    import numpy as np
    rnd = random.Random(p["num"])
    im = Image.open(os.path.join(TMP, sorted(cand)[0])).convert("L")
    ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    arr = np.asarray(im).astype("float32")
    nrng = np.random.default_rng(p["num"])
    arr = arr + nrng.normal(0, 9 if p["num"] != 20 else 14, arr.shape)
    if p["num"] == 21:
        arr = 110 + arr * 0.45  # low contrast
    if kind in ("png", "jpg"):
        # uneven lighting like a phone photo
        h, w = arr.shape
        grad = np.linspace(-25, 10, w)[None, :] + np.linspace(-10, 5, h)[:, None]
        arr = arr + grad
    im = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
    im = im.filter(ImageFilter.GaussianBlur(0.8 if p["num"] != 19 else 1.1))
    if kind == "pdf":
        im.save(path, "PDF", resolution=res)
    elif kind == "png":
        im.convert("RGB").save(path, "PNG")
    else:
        rgb = Image.merge("RGB", [im, im, ImageOps.autocontrast(im, cutoff=0) if False else im, ][:3])
        rgb = ImageEnhance.Color(rgb).enhance(1.0)
        rgb.save(path, "JPEG", quality=62 if p["num"] == 21 else 75)


# ------------------------------------------------------------------ damaged
def make_damaged(num, layout, ext):
    path = os.path.join(OUT, "w92_%03d_%s.%s" % (num, layout, ext))
    if num == 22:
        src = os.path.join(TMP, "d22.pdf")
        q = dict(PEOPLE[0]); q["num"] = 22
        q.update(name="Hussein Jabbar Al-Saadi", contacts=["hussein.alsaadi@gmail.com", "+964 772 100 2231"])
        r_reportlab_prose(q, src)
        b = open(src, "rb").read()
        open(path, "wb").write(b[: int(len(b) * 0.42)])
    elif num == 23:
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(TMP, "d23.pdf")
        q = dict(PEOPLE[11]); q["num"] = 23
        q.update(name="Zeynep Arslan", contacts=["zeynep.arslan@gmail.com", "+90 505 221 30 40"])
        r_reportlab_prose(q, src)
        w = PdfWriter()
        for pg in PdfReader(src).pages:
            w.add_page(pg)
        w.encrypt(user_password="zeynep2024", owner_password="own3r-w92", algorithm="RC4-128")
        with open(path, "wb") as f:
            w.write(f)
    else:
        rnd = random.Random(24)
        open(path, "wb").write(bytes(rnd.getrandbits(8) for _ in range(23456)))
    return path


# ------------------------------------------------------------------ main
def build(p):
    out = os.path.join(OUT, fname(p))
    n = p["num"]
    if p.get("scan"):
        make_scan(p, out, p["scan"])
    elif n == 1:
        r_docx(p, "table", out)
    elif n == 9:
        r_docx(p, "headerfooter", out)
    elif n == 2:
        r_reportlab_sidebar(p, out)
    elif n == 12:
        r_reportlab_prose(p, out)
    elif n == 3:
        r_chromium(p, "prose", out)
    elif n == 10:
        r_chromium(p, "arabic", out)
    elif n == 4:
        odt_doc(p).save(out)
    elif n == 5:
        r_rtf(p, out)
    elif n == 6:
        r_txt(p, out)
    elif n == 14:
        r_txt(p, out, md=True)
    elif n == 8:
        r_fpdf(p, out)
    elif n == 15:
        r_fpdf(p, out, table=True)
    elif n == 7:
        src = os.path.join(TMP, "w92_007_src.docx")
        r_docx(p, "lo", src)
        soffice(src, "pdf", TMP)
        shutil.move(os.path.join(TMP, "w92_007_src.pdf"), out)
    elif n == 11:
        src = os.path.join(TMP, "w92_011_src.html")
        open(src, "w", encoding="utf-8").write(html_doc(p, "odt"))
        soffice(src, "odt:writer8", TMP)
        shutil.move(os.path.join(TMP, "w92_011_src.odt"), out)
    elif n == 13:
        src = os.path.join(TMP, "w92_013_src.odt")
        odt_doc(p).save(src)
        soffice(src, "docx:MS Word 2007 XML", TMP)
        shutil.move(os.path.join(TMP, "w92_013_src.docx"), out)
    elif n == 16:
        src = os.path.join(TMP, "w92_016_src.docx")
        r_docx(p, "lo", src)
        soffice(src, "rtf", TMP)
        shutil.move(os.path.join(TMP, "w92_016_src.rtf"), out)
    else:
        raise SystemExit("no renderer for %d" % n)
    print("built", os.path.basename(out))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = set(int(x) for x in sys.argv[1:])
    for p in PEOPLE:
        if not only or p["num"] in only:
            build(p)
    for num, layout, ext in DAMAGED:
        if not only or num in only:
            print("built", os.path.basename(make_damaged(num, layout, ext)))
    shutil.rmtree(TMP, ignore_errors=True)
