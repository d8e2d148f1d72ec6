# -*- coding: utf-8 -*-
"""Build all w35 CV files + truth.jsonl.  Run via build.sh."""
import os, sys, json, shutil, subprocess, random, html, tempfile, glob
from cvdata import CVS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w35_build_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def cell_lines(c):
    return c.split("\n")

def pairs_rows(contacts, per_row=2):
    rows = []
    for i in range(0, len(contacts), per_row):
        row = []
        for lab, val in contacts[i:i + per_row]:
            row += [lab, val]
        while len(row) < 2 * per_row:
            row += ["", ""]
        rows.append(row)
    return rows

# ------------------------------------------------------------------ DOCX (python-docx)
def render_docx(cv, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    D = cv["D"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.6)
    mode = D["contact_mode"]

    def fill(cell, text, bold=False):
        lines = cell_lines(text)
        p = cell.paragraphs[0]; r = p.add_run(lines[0]); r.bold = bold
        for l in lines[1:]:
            r = cell.add_paragraph().add_run(l); r.bold = bold

    def name_block(container):
        p = container.add_paragraph(); r = p.add_run(D["name"]); r.bold = True; r.font.size = Pt(18)
        if D.get("name_alt"):
            container.add_paragraph(D["name_alt"])
        p = container.add_paragraph(); r = p.add_run(D["tagline"]); r.italic = True

    if mode == "header_table":
        hdr = sec.header; hdr.is_linked_to_previous = False
        t = hdr.add_table(1, 2, width=Cm(17))
        c0 = t.cell(0, 0)
        r = c0.paragraphs[0].add_run(D["name"]); r.bold = True; r.font.size = Pt(15)
        if D.get("name_alt"):
            c0.add_paragraph(D["name_alt"])
        c0.add_paragraph(D["tagline"])
        c1 = t.cell(0, 1)
        fill(c1, "\n".join(D["contacts"]))
        for p in c1.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        name_block(doc)
        if mode == "top":
            doc.add_paragraph("  |  ".join(D["contacts"]))
        elif mode == "body_table":
            ppr = D.get("pairs_per_row", 2)
            rows = pairs_rows(D["contacts"], ppr)
            wd = [Cm(2.6), Cm(6.0)] if ppr == 2 else [Cm(4.0), Cm(13.0)]
            t = doc.add_table(len(rows), 2 * ppr); t.style = "Table Grid"; t.autofit = False
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    fill(t.cell(i, j), v, bold=(j % 2 == 0))
                    t.cell(i, j).width = wd[j % 2]
            for j in range(2 * ppr):
                t.columns[j].width = wd[j % 2]
        elif mode == "footer":
            ft = sec.footer; ft.is_linked_to_previous = False
            p = ft.paragraphs[0]; p.text = "  •  ".join(D["contacts"]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in D["blocks"]:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows, opt = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(len(rows), ncol)
            if opt.get("header") or ncol > 2:
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    fill(t.cell(i, j), v, bold=(opt.get("header") and i == 0))
            if ncol == 2:
                t.autofit = False
                t.columns[0].width = Cm(3.6); t.columns[1].width = Cm(13.4)
                for row in t.rows:
                    row.cells[0].width = Cm(3.6); row.cells[1].width = Cm(13.4)
    doc.core_properties.author = D["name"]
    doc.save(path)

# ------------------------------------------------------------------ ODT (odfpy)
def render_odt(cv, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableProperties,
                           TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, Header)
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    D = cv["D"]
    doc = OpenDocumentText()
    S = doc.styles; A = doc.automaticstyles
    base = Style(name="Standard", family="paragraph"); base.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans", fontname="Liberation Sans")); S.addElement(base)
    hs = Style(name="Sec", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1f3864"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #1f3864")); S.addElement(hs)
    ns = Style(name="NameP", family="paragraph"); ns.addElement(TextProperties(fontsize="18pt", fontweight="bold")); S.addElement(ns)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); S.addElement(bold)
    ital = Style(name="I", family="paragraph"); ital.addElement(TextProperties(fontstyle="italic")); S.addElement(ital)
    cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(padding="0.08cm", border="0.5pt solid #888888")); A.addElement(cellst)
    cellnb = Style(name="CellNB", family="table-cell"); cellnb.addElement(TableCellProperties(padding="0.06cm", border="none")); A.addElement(cellnb)
    tcount = [0]

    def table(rows, widths, grid=True, header=False, rightlast=False):
        tcount[0] += 1
        tn = f"T{tcount[0]}"
        ts = Style(name=tn, family="table"); ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left")); A.addElement(ts)
        t = Table(name=tn, stylename=ts)
        for k, w in enumerate(widths):
            cs = Style(name=f"{tn}C{k}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=f"{w}cm")); A.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for i, row in enumerate(rows):
            tr = TableRow()
            for j in range(len(widths)):
                v = row[j] if j < len(row) else ""
                tc = TableCell(stylename=cellst if grid else cellnb, valuetype="string")
                for line in cell_lines(v):
                    p = P(stylename=base)
                    if header and i == 0:
                        p.addElement(Span(stylename=bold, text=line))
                    else:
                        p.addText(line)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        return t

    mode = D["contact_mode"]
    if mode == "header_table":
        pl = PageLayout(name="PL1"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.2cm",
                                                                          marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
        A.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        hd = Header()
        left = D["name"] + ("\n" + D["name_alt"] if D.get("name_alt") else "") + "\n" + D["tagline"]
        hd.addElement(table([[left, "\n".join(D["contacts"])]], [9.5, 7.5], grid=False))
        mp.addElement(hd)
        doc.masterstyles.addElement(mp)
    else:
        doc.text.addElement(P(stylename=ns, text=D["name"]))
        if D.get("name_alt"):
            doc.text.addElement(P(stylename=base, text=D["name_alt"]))
        doc.text.addElement(P(stylename=ital, text=D["tagline"]))
        if mode == "body_table":
            doc.text.addElement(table(pairs_rows(D["contacts"]), [2.4, 6.1, 2.4, 6.1]))
        elif mode == "top":
            doc.text.addElement(P(stylename=base, text="  |  ".join(D["contacts"])))
    for b in D["blocks"]:
        if b[0] == "h":
            doc.text.addElement(P(stylename=hs, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(P(stylename=base, text=b[1]))
        elif b[0] == "ul":
            for it in b[1]:
                doc.text.addElement(P(stylename=base, text="• " + it))
        elif b[0] == "table":
            rows, opt = b[1], b[2]
            ncol = max(len(r) for r in rows)
            widths = {1: [17], 2: [3.4, 13.6], 3: [3.0, 6.5, 7.5], 4: [2.6, 5.2, 5.4, 3.8]}[ncol]
            doc.text.addElement(table(rows, widths, grid=bool(opt.get("header")) or ncol > 2, header=opt.get("header", False)))
    doc.save(path)

# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))

def render_reportlab(cv, path, sidebar=False, scan=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    _rl_fonts()
    D = cv["D"]
    fs = 10.5 if scan else 9.5
    body = ParagraphStyle("b", fontName="DV", fontSize=fs, leading=fs * 1.3)
    head = ParagraphStyle("h", fontName="DVB", fontSize=fs + 2, leading=fs * 1.6, spaceBefore=6, textColor=colors.HexColor("#203864"))
    name = ParagraphStyle("n", fontName="DVB", fontSize=20, leading=24)
    tag = ParagraphStyle("t", fontName="DV", fontSize=fs + 0.5, leading=fs * 1.6, textColor=colors.HexColor("#444444"))
    esc = lambda s: html.escape(s).replace("\n", "<br/>")
    story = []
    if not sidebar:
        story += [Paragraph(esc(D["name"]), name), Paragraph(esc(D["tagline"]), tag)]
        if D["contact_mode"] == "body_table":
            rows = [[Paragraph(esc(v), body) for v in r] for r in pairs_rows(D["contacts"])]
            t = Table(rows, colWidths=[2.3 * cm, 6.2 * cm, 2.3 * cm, 6.2 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            for c in D["contacts"]:
                story.append(Paragraph(esc(c), body))
        story.append(Spacer(1, 6))
    width = 12.2 * cm if sidebar else 17 * cm
    for b in D["blocks"]:
        if b[0] == "h":
            story.append(Paragraph(esc(b[1]), head))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif b[0] == "ul":
            for it in b[1]:
                story.append(Paragraph("• " + esc(it), body))
        elif b[0] == "table":
            rows, opt = b[1], b[2]
            ncol = max(len(r) for r in rows)
            fr = {1: [1], 2: [0.24, 0.76], 3: [0.2, 0.38, 0.42], 4: [0.16, 0.3, 0.32, 0.22]}[ncol]
            data = [[Paragraph(("<b>%s</b>" if opt.get("header") and i == 0 else "%s") % esc(v), body) for v in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[f * width for f in fr])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opt.get("header") or ncol > 2:
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if opt.get("header"):
                sty += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
            t.setStyle(TableStyle(sty)); story.append(t)
    if not sidebar:
        SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                          title="CV", author=D["name"]).build(story)
        return
    W, H = A4
    def side(c, d):
        if d.page != 1:
            return
        c.saveState()
        c.setFillColor(colors.HexColor("#1d3557")); c.rect(0, 0, 6.6 * cm, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        y = H - 2.2 * cm
        words = D["name"].split()
        c.setFont("DVB", 16)
        for w in words:
            c.drawString(0.9 * cm, y, w); y -= 0.7 * cm
        c.setFont("DV", 8.2)
        import textwrap
        for line in textwrap.wrap(D["tagline"], 36):
            c.drawString(0.9 * cm, y, line); y -= 0.45 * cm
        y -= 0.5 * cm
        c.setFont("DVB", 10); c.drawString(0.9 * cm, y, "CONTACT"); y -= 0.55 * cm
        c.setFont("DV", 8.6)
        for item in D["contacts"]:
            for line in textwrap.wrap(item, 30):
                c.drawString(0.9 * cm, y, line); y -= 0.45 * cm
            y -= 0.1 * cm
        for title, items in D.get("sidebar_extra", []):
            y -= 0.5 * cm; c.setFont("DVB", 10); c.drawString(0.9 * cm, y, title); y -= 0.55 * cm; c.setFont("DV", 8.6)
            for it in items:
                c.drawString(0.9 * cm, y, it); y -= 0.48 * cm
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title="Curriculum Vitae", author=D["name"])
    f1 = Frame(7.4 * cm, 1.5 * cm, W - 7.4 * cm - 1.4 * cm, H - 3 * cm, id="main")
    f2 = Frame(1.8 * cm, 1.5 * cm, W - 3.6 * cm, H - 3 * cm, id="later")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=side, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2])])
    doc.build(story)

# ------------------------------------------------------------------ fpdf2
def render_fpdf(cv, path):
    from fpdf import FPDF
    D = cv["D"]
    pdf = FPDF(format="Letter"); pdf.set_margins(18, 16, 18); pdf.add_page()
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_author(D["name"]); pdf.set_title("Curriculum Vitae")
    pdf.set_font("DV", "B", 19); pdf.cell(0, 10, D["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 6, D["tagline"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 6, "   ·   ".join(D["contacts"]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(2)
    for b in D["blocks"]:
        if b[0] == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1); pdf.set_font("DV", "", 9.5)
        elif b[0] == "p":
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "ul":
            for it in b[1]:
                pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "table":
            with pdf.table(first_row_as_headings=bool(b[2].get("header"))) as t:
                for r in b[1]:
                    row = t.row()
                    for v in r:
                        row.cell(v)
    pdf.output(path)

# ------------------------------------------------------------------ chromium (HTML -> PDF)
def render_chromium(cv, path):
    D = cv["D"]; e = html.escape
    side = "".join(f"<p>{e(c)}</p>" for c in D["contacts"])
    for title, items in D.get("sidebar_extra", []):
        side += f"<h3>{e(title)}</h3>" + "".join(f"<p>{e(i)}</p>" for i in items)
    main = ""
    for b in D["blocks"]:
        if b[0] == "h":
            main += f"<h2>{e(b[1])}</h2>"
        elif b[0] == "p":
            main += f"<p>{e(b[1])}</p>"
        elif b[0] == "ul":
            main += "<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>"
        elif b[0] == "table":
            main += "<table>" + "".join("<tr>" + "".join(f"<td>{e(v).replace(chr(10), '<br>')}</td>" for v in r) + "</tr>" for r in b[1]) + "</table>"
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><title>CV</title><style>
@page {{ size: A4; margin: 0; }} body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.wrap {{ display:grid; grid-template-columns: 6.2cm 1fr; min-height: 29.7cm; }}
aside {{ background:#0b3d3a; color:#fff; padding:1.2cm 0.7cm; }} aside h1 {{ font-size:17pt; margin:0 0 .2cm; }}
aside h3 {{ margin-top:.8cm; font-size:10pt; text-transform:uppercase; letter-spacing:1px; }} aside p {{ margin:.15cm 0; }}
main {{ padding:1.1cm 1cm; }} h2 {{ font-size:11pt; color:#0b3d3a; border-bottom:1px solid #0b3d3a; margin:.45cm 0 .15cm; }}
table {{ border-collapse:collapse; width:100%; }} td {{ vertical-align:top; padding:2px 4px; }} td:first-child {{ width:3.3cm; color:#555; }}
</style></head><body><div class="wrap"><aside><h1>{e(D['name'])}</h1><p><i>{e(D['tagline'])}</i></p><h3>Contact</h3>{side}</aside>
<main>{main}</main></div></body></html>"""
    hp = os.path.join(TMP, cv["file"] + ".html")
    open(hp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, capture_output=True, timeout=180)

# ------------------------------------------------------------------ text
def render_txt(cv, path, md=False):
    D = cv["D"]; L = []
    if md:
        L += ["# " + D["name"], "*" + D["tagline"] + "*", ""] + D["contacts"] + [""]
    else:
        L += [D["name"], D["tagline"]] + D["contacts"] + ["=" * 72, ""]
    for b in D["blocks"]:
        if b[0] == "h":
            L += (["", "## " + b[1]] if md else ["", b[1].upper(), "-" * len(b[1])])
        elif b[0] == "p":
            L += b[1].split("\n")
        elif b[0] == "ul":
            L += [("- " if md else "  * ") + i for i in b[1]]
        elif b[0] == "table":
            for r in b[1]:
                L.append(("| " if md else "") + (" | " if md else "    ").join(v.replace("\n", " ") for v in r))
    open(path, "w", encoding="utf-8", newline="\r\n" if not md else "\n").write("\n".join(L) + "\n")

# ------------------------------------------------------------------ LibreOffice conversions
def soffice(src, fmt):
    outdir = os.path.join(TMP, "conv"); os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(TMP, "lo_profile"),
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)

# ------------------------------------------------------------------ scans
def make_scan(cv, path, kind):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps, ImageDraw
    rng = random.Random(cv["file"])
    src = os.path.join(TMP, cv["file"] + ".src.pdf")
    render_reportlab(cv, src, scan=True)
    npages = int(subprocess.run(["pdfinfo", src], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    assert npages == 1, (cv["file"], npages)
    subprocess.run(["pdftoppm", "-r", "130", "-gray", "-png", "-f", "1", "-l", "1", src, src], check=True)
    img = Image.open(glob.glob(src + "*.png")[0]).convert("L")
    def add_noise(im, sigma):
        w, h = im.size
        n = Image.effect_noise((w, h), sigma)
        return Image.blend(im, n, 0.10)
    if kind == "scan_photo":
        img = img.convert("RGB")
        img = ImageOps.expand(img, border=70, fill=(255, 255, 255))
        img = img.rotate(1.4, resample=Image.BICUBIC, expand=True, fillcolor=(92, 78, 66))  # wooden desk
        w, h = img.size
        # uneven lighting (phone held over the page, lamp top-left): smooth light map from a 3x3 grid
        from PIL import ImageChops
        lm = Image.new("L", (3, 3)); lm.putdata([255, 246, 232, 244, 232, 214, 228, 212, 190])
        lm = lm.resize((w, h), Image.BICUBIC)
        img = ImageChops.multiply(img, Image.merge("RGB", [lm] * 3))
        # slight perspective (top edge narrower than bottom)
        d = int(w * 0.018)
        img = img.transform((w, h), Image.QUAD, data=(-d, 0, -d // 3, h, w + d // 3, h, w + d, 0),
                            resample=Image.BICUBIC, fillcolor=(92, 78, 66))
        img = ImageChops.multiply(img, Image.new("RGB", (w, h), (250, 240, 222)))  # warm light
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        n = Image.effect_noise((w, h), 22).convert("RGB")
        img = Image.blend(img, n, 0.07)
        img = img.resize((int(w * 0.92), int(h * 0.92)))
        img.save(path, "JPEG", quality=68)
    elif kind == "scan_pdf":
        img = img.rotate(rng.choice([-0.8, 0.7, 1.1]), resample=Image.BICUBIC, expand=True, fillcolor=235)
        img = ImageEnhance.Contrast(img).enhance(0.8)
        img = add_noise(img, 30).filter(ImageFilter.GaussianBlur(0.6))
        img.save(path, "PDF", resolution=130.0)
    elif kind == "scan_png":
        img = img.rotate(-1.1, resample=Image.BICUBIC, expand=True, fillcolor=225)
        img = ImageEnhance.Contrast(img).enhance(0.6)
        img = ImageEnhance.Brightness(img).enhance(1.08)
        img = add_noise(img, 35).filter(ImageFilter.GaussianBlur(0.7))
        img.save(path, "PNG")
    elif kind == "scan_jpg":
        img = img.rotate(1.8, resample=Image.BICUBIC, expand=True, fillcolor=200)
        img = ImageEnhance.Contrast(img).enhance(0.7)
        img = add_noise(img, 40).filter(ImageFilter.GaussianBlur(1.0))
        img.save(path, "JPEG", quality=55)

# ------------------------------------------------------------------ main
def months_set(entries, kinds=None):
    s = set()
    for e in entries:
        if kinds and e["type"] not in kinds:
            continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications"]

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    for cv in CVS:
        p = os.path.join(OUT, cv["file"]); f = cv["fmt"]
        stem = os.path.splitext(cv["file"])[0]
        print("building", cv["file"], flush=True)
        if f == "docx":
            render_docx(cv, p)
        elif f == "odt":
            render_odt(cv, p)
        elif f in ("docx2pdf", "docx2rtf", "docx2odt"):
            src = os.path.join(TMP, stem + ".docx"); render_docx(cv, src)
            shutil.move(soffice(src, {"docx2pdf": "pdf", "docx2rtf": "rtf", "docx2odt": "odt"}[f]), p)
        elif f in ("odt2pdf", "odt2docx"):
            src = os.path.join(TMP, stem + ".odt"); render_odt(cv, src)
            shutil.move(soffice(src, "pdf" if f == "odt2pdf" else "docx:MS Word 2007 XML"), p)
        elif f == "reportlab":
            render_reportlab(cv, p)
        elif f == "reportlab_sidebar":
            render_reportlab(cv, p, sidebar=True)
        elif f == "fpdf":
            render_fpdf(cv, p)
        elif f == "chromium":
            render_chromium(cv, p)
        elif f == "txt":
            render_txt(cv, p)
        elif f == "txt_md":
            render_txt(cv, p, md=True)
        elif f.startswith("scan_"):
            make_scan(cv, p, f)
        else:
            raise ValueError(f)
        T = cv["T"]
        rec = {"file": cv["file"], "layout": cv["layout"]}
        for k in KEYS:
            rec[k] = T[k]
        rec["usce_months"] = months_set(T["usce_entries"])
        rec["usce_months_clinical"] = months_set(T["usce_entries"], {"hands_on", "observership"})
        rec["usce_entries"] = T["usce_entries"]
        if f.startswith("scan_"):
            rec["needs_ocr"] = True
        truth.append(rec)

    # ---- damaged files
    rng = random.Random(3535)
    # 022: truncated PDF (LibreOffice export of a CV, cut at 40%)
    src = os.path.join(TMP, "w35_dmg_src.odt"); render_odt(CVS[9], src)
    pdf = open(soffice(src, "pdf"), "rb").read()
    fn = "w35_022_truncated_pdf.pdf"; open(os.path.join(OUT, fn), "wb").write(pdf[: int(len(pdf) * 0.4)])
    truth.append({"file": fn, "layout": "truncated_pdf", "error": True})
    # 023: PDF encrypted with a user password (AES-256), content from a reportlab CV
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "w35_enc_src.pdf"); render_reportlab(CVS[13], src)
    w = PdfWriter(clone_from=PdfReader(src)); w.encrypt(user_password="Lahore#2025", owner_password="w35-owner", algorithm="AES-256")
    fn = "w35_023_encrypted_pdf.pdf"
    with open(os.path.join(OUT, fn), "wb") as fh:
        w.write(fh)
    truth.append({"file": fn, "layout": "encrypted_pdf", "error": True})
    # 024: random bytes named .docx
    fn = "w35_024_random_bytes.docx"; open(os.path.join(OUT, fn), "wb").write(rng.randbytes(18432))
    truth.append({"file": fn, "layout": "random_bytes", "error": True})

    truth.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in truth:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done:", len(truth), "records")

if __name__ == "__main__":
    main()
