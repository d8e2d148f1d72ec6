# -*- coding: utf-8 -*-
"""Build all w28 CV files + truth.jsonl.  Run via build.sh (uses ../.venv)."""
import html
import io
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cvdata import CVS  # noqa: E402

W = "w28"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w28_build"
LO_PROFILE = "file:///tmp/w28_lo_profile"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(cv):
    return f"{W}_{cv['id']}_{cv['layout']}.{cv['ext']}"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def item_text(it):
    return f"{it[0]}: {it[1]}" if isinstance(it, tuple) else it


# ------------------------------------------------------------------ month arithmetic
def months_set(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return s


# ------------------------------------------------------------------ DOCX renderers
def _docx_base():
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def docx_table(cv, path):
    """Whole CV is a 2-column table: left = section label / dates, right = content. Contacts inside the table."""
    from docx.shared import Pt, Cm, RGBColor
    c = cv["cv"]
    d = _docx_base()
    p = d.add_paragraph()
    r = p.add_run(c["name"])
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    d.add_paragraph(c["headline"]).runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    from docx.oxml.ns import qn
    for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(4.2), Cm(13.2))):
        gc.set(qn("w:w"), str(int(wd.twips)))

    def row(left, right, bold_left=False, shade=False):
        cells = t.add_row().cells
        cells[0].width = Cm(4.2)
        cells[1].width = Cm(13.2)
        lr = cells[0].paragraphs[0].add_run(left)
        lr.bold = bold_left
        lr.font.size = Pt(9)
        if isinstance(right, list):
            cells[1].paragraphs[0].add_run(right[0])
            for extra in right[1:]:
                cells[1].add_paragraph(extra)
        else:
            cells[1].paragraphs[0].add_run(right)
        if shade:
            from docx.oxml.ns import qn
            from docx.oxml import OxmlElement
            for cell in cells:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "DCE6F1")
                tcPr.append(shd)

    row("CONTACT", c["contacts"], bold_left=True, shade=True)
    for title, items in c["sections"]:
        row(title.upper(), "", bold_left=True, shade=True)
        for it in items:
            if isinstance(it, tuple):
                row(it[0], it[1])
            else:
                row("", it)
    d.save(path)


def docx_flow(cv, path, contacts_where="body", devanagari=False):
    """Ordinary flowing DOCX. contacts_where: body | header | footer."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    c = cv["cv"]
    d = _docx_base()
    sec = d.sections[0]
    if contacts_where == "header":
        hp = sec.header.paragraphs[0]
        hp.text = c["header_contacts"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.runs[0].font.size = Pt(8)
    elif contacts_where == "footer":
        fp = sec.footer.paragraphs[0]
        fp.text = c["footer_contacts"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(c["name"])
    r.bold = True
    r.font.size = Pt(17)
    if c.get("name_alt"):
        p2 = d.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r2 = p2.add_run(c["name_alt"])
        r2.font.size = Pt(13)
        if devanagari:
            r2.font.name = "Noto Sans Devanagari"
            from docx.oxml.ns import qn
            r2._element.rPr.rFonts.set(qn("w:cs"), "Noto Sans Devanagari")
    hp = d.add_paragraph(c["headline"])
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if contacts_where == "body":
        cp = d.add_paragraph("  •  ".join(c["contacts"]))
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp.runs[0].font.size = Pt(9)
    for title, items in c["sections"]:
        h = d.add_heading(title, level=2)
        for it in items:
            if isinstance(it, tuple):
                q = d.add_paragraph()
                q.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
                q.paragraph_format.left_indent = Cm(4.5)
                q.paragraph_format.first_line_indent = Cm(-4.5)
                q.add_run(it[0]).bold = True
                q.add_run("\t" + it[1])
            else:
                d.add_paragraph(it, style="List Bullet")
    d.save(path)


# ------------------------------------------------------------------ ODT (odfpy)
def odt_doc(cv, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span, Tab
    c = cv["cv"]
    doc = OpenDocumentText()
    tstyle = Style(name="Title1", family="paragraph")
    tstyle.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#203864"))
    tstyle.addElement(ParagraphProperties(textalign="center"))
    hstyle = Style(name="Head2", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2F5496"))
    hstyle.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #2F5496"))
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9.5pt"))
    small.addElement(ParagraphProperties(textalign="center"))
    body = Style(name="Body1", family="paragraph")
    body.addElement(TextProperties(fontsize="10pt"))
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    for s in (tstyle, hstyle, small, body):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(P(stylename=tstyle, text=c["name"]))
    doc.text.addElement(P(stylename=small, text=c["headline"]))
    doc.text.addElement(P(stylename=small, text=" | ".join(c["contacts"])))
    for title, items in c["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hstyle, text=title))
        for it in items:
            p = P(stylename=body)
            if isinstance(it, tuple):
                p.addElement(Span(stylename=bold, text=it[0]))
                p.addElement(Tab())
                p.addText(it[1])
            else:
                p.addText("– " + it)
            doc.text.addElement(p)
    doc.save(path)


# ------------------------------------------------------------------ RTF by hand
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
    return "".join(out)


def rtf_hand(cv, path):
    c = cv["cv"]
    L = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}{\f2\fnil\fcharset0 Noto Sans Sinhala;}}",
         r"{\colortbl;\red0\green51\blue102;}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"\pard\qc\f1\fs36\b\cf1 " + rtf_escape(c["name"]) + r"\b0\cf0\par"]
    if c.get("name_alt"):
        L.append(r"\pard\qc\f2\fs26 " + rtf_escape(c["name_alt"]) + r"\par")
    L.append(r"\pard\qc\f1\fs20\i " + rtf_escape(c["headline"]) + r"\i0\par")
    L.append(r"\pard\qc\f1\fs18 " + rtf_escape("  /  ".join(c["contacts"])) + r"\par\pard\sa120\par")
    for title, items in c["sections"]:
        L.append(r"\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs22\b " + rtf_escape(title.upper()) + r"\b0\par")
        for it in items:
            if isinstance(it, tuple):
                L.append(r"\pard\tx2400\li2400\fi-2400\f0\fs20\b " + rtf_escape(it[0]) + r"\b0\tab " + rtf_escape(it[1]) + r"\par")
            else:
                L.append(r"\pard\li300\f0\fs20 " + rtf_escape(it) + r"\par")
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(L))


# ------------------------------------------------------------------ TXT
def txt_doc(cv, path, tabs=True):
    c = cv["cv"]
    lines = [c["name"]]
    if c.get("name_alt"):
        lines.append(c["name_alt"])
    lines.append(c["headline"])
    lines.append("")
    lines += c["contacts"]
    lines.append("")
    for title, items in c["sections"]:
        lines.append(title if tabs else title)
        lines.append("" if tabs else "-" * len(title))
        for it in items:
            if isinstance(it, tuple):
                lines.append(f"{it[0]}\t{it[1]}" if tabs else f"  {it[0]:<14} {it[1]}")
            else:
                lines.append(("\t" if tabs else "  * ") + it)
        lines.append("")
    with open(path, "w", encoding="utf-8", newline="\r\n" if tabs else "\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))


def rl_small(cv, path, size=6.6, font="Helvetica", bfont="Helvetica-Bold"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    c = cv["cv"]
    e = html.escape
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.22)
    hs = ParagraphStyle("h", fontName=bfont, fontSize=size + 1.4, leading=(size + 1.4) * 1.3, spaceBefore=3)
    ts = ParagraphStyle("t", fontName=bfont, fontSize=13, leading=16)
    story = [Paragraph(e(c["name"]), ts), Paragraph(e(c["headline"]), st),
             Paragraph(e("  ·  ".join(c["contacts"])), st), Spacer(1, 3)]
    for title, items in c["sections"]:
        story.append(Paragraph(e(title.upper()), hs))
        rows = []
        for it in items:
            if isinstance(it, tuple):
                rows.append([Paragraph(e(it[0]), st), Paragraph(e(it[1]), st)])
            else:
                rows.append([Paragraph("", st), Paragraph("• " + e(it), st)])
        tb = Table(rows, colWidths=[30 * mm, 150 * mm])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
        story.append(tb)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title=f"CV - {cv['truth']['full_name']}", author="")
    doc.build(story)


def rl_twocol(cv, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    c = cv["cv"]
    e = html.escape
    W_, H_ = letter
    side_w = 58 * mm

    def bg(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#24384F"))
        canvas.rect(0, 0, side_w, H_, fill=1, stroke=0)
        canvas.restoreState()

    side = Frame(6 * mm, 10 * mm, side_w - 12 * mm, H_ - 20 * mm, id="side")
    main = Frame(side_w + 6 * mm, 10 * mm, W_ - side_w - 14 * mm, H_ - 20 * mm, id="main")
    doc = BaseDocTemplate(path, pagesize=letter, pageTemplates=[PageTemplate(frames=[side, main], onPage=bg)])
    sw = ParagraphStyle("sw", fontName="Helvetica", fontSize=8, leading=10.5, textColor=colors.white)
    swh = ParagraphStyle("swh", fontName="Helvetica-Bold", fontSize=9.5, leading=13, textColor=colors.HexColor("#F2C14E"), spaceBefore=8)
    mt = ParagraphStyle("mt", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#24384F"))
    mh = ParagraphStyle("mh", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=7, textColor=colors.HexColor("#24384F"))
    mb = ParagraphStyle("mb", fontName="Helvetica", fontSize=8.6, leading=11)
    story = [Paragraph("CONTACT", swh)] + [Paragraph(e(x), sw) for x in c["contacts"]]
    for t, its in c["sidebar"]:
        story.append(Paragraph(e(t.upper()), swh))
        story += [Paragraph(e(x), sw) for x in its]
    story.append(FrameBreak())
    story += [Paragraph(e(c["name"]), mt), Paragraph(e(c["headline"]), mb), Spacer(1, 4)]
    for title, items in c["sections"]:
        story.append(Paragraph(e(title), mh))
        for it in items:
            if isinstance(it, tuple):
                story.append(Paragraph(f"<b>{e(it[0])}</b> — {e(it[1])}", mb))
            else:
                story.append(Paragraph("• " + e(it), mb))
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def fpdf_small(cv, path, size=7.0, two_line_dates=False):
    from fpdf import FPDF
    c = cv["cv"]
    pdf = FPDF(format="A4")
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, 10)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_creator("fpdf2")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, c["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    pdf.cell(0, 4, c["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, "   ".join(c["contacts"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for title, items in c["sections"]:
        pdf.set_font("DejaVu", "B", size + 1)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 4.5, title.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", size)
        for it in items:
            if isinstance(it, tuple):
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", size)
                pdf.multi_cell(34, 3.3, it[0], align="L", new_x="LMARGIN", new_y="NEXT")
                y_left = pdf.get_y()
                pdf.set_font("DejaVu", "", size)
                pdf.set_xy(12 + 35, y)
                pdf.multi_cell(0, 3.3, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y_left, y + 3.4))
            else:
                pdf.multi_cell(0, 3.3, "- " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.output(path)


# ------------------------------------------------------------------ Chromium print-to-PDF
def chromium_sidebar(cv, path):
    c = cv["cv"]
    e = html.escape
    side = "".join(f"<p>{e(x)}</p>" for x in c["contacts"])
    main = []
    for title, items in c["sections"]:
        main.append(f"<h2>{e(title)}</h2>")
        for it in items:
            if isinstance(it, tuple):
                main.append(f'<div class="row"><span class="d">{e(it[0])}</span><span>{e(it[1])}</span></div>')
            else:
                main.append(f"<p>{e(it)}</p>")
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(c['name'])} CV</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family: 'Liberation Sans', 'Noto Sans Ethiopic', sans-serif; font-size: 9.5pt; }}
.wrap {{ display:grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }}
aside {{ background:#0f4c5c; color:#fff; padding:14mm 6mm; }}
aside h1 {{ font-size: 17pt; margin:0 0 2mm 0; }}
aside .alt {{ font-family:'Noto Sans Ethiopic'; font-size: 12pt; margin-bottom: 6mm; }}
aside p {{ margin: 0 0 2.5mm 0; word-break: break-all; }}
main {{ padding: 12mm 10mm; }}
h2 {{ color:#0f4c5c; font-size: 11pt; border-bottom: 1px solid #0f4c5c; margin: 5mm 0 2mm; }}
.row {{ display:grid; grid-template-columns: 32mm 1fr; margin-bottom: 1.5mm; }}
.d {{ font-weight: bold; }}
</style></head><body><div class="wrap"><aside><h1>{e(c['name'])}</h1><div class="alt">{e(c['name_alt'])}</div>
<h3>Contact</h3>{side}</aside><main><p><i>{e(c['headline'])}</i></p>{''.join(main)}</main></div></body></html>"""
    hp = os.path.join(TMP, f"{cv['id']}.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome-profile", f"--print-to-pdf={path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ scans
def make_scan(cv, path):
    """Print (reportlab PDF at normal size) -> rasterise with pdftoppm -> degrade with Pillow/numpy."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    src = os.path.join(TMP, f"{cv['id']}_print.pdf")
    rl_small(cv, src, size=9.5)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", src, os.path.join(TMP, cv["id"] + "_pg")], check=True)
    pg = [f for f in os.listdir(TMP) if f.startswith(cv["id"] + "_pg") and f.endswith(".png")][0]
    img = Image.open(os.path.join(TMP, pg)).convert("L")
    rnd = np.random.default_rng(int(cv["id"]) * 7919)
    lay = cv["layout"]
    angle = {"017": 1.4, "018": -0.8, "019": 0.6, "020": -1.9, "021": 1.1}[cv["id"]]
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if "blur" in lay or "photo" in lay:
        img = img.filter(ImageFilter.GaussianBlur(0.85 if "blur" in lay else 0.7))
    if "lowcontrast" in lay:
        img = ImageEnhance.Contrast(img).enhance(0.38)
        img = ImageEnhance.Brightness(img).enhance(1.12)
    a = np.asarray(img).astype(np.float32)
    sigma = {"017": 6, "018": 22, "019": 8, "020": 10, "021": 12}[cv["id"]]
    a = a + rnd.normal(0, sigma, a.shape)
    if "photo" in lay:
        # uneven lighting (phone photo of a printed page): darker bottom-right corner, greyish paper
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.78 + 0.2 * (1 - (xx / w + yy / h) / 2)) - 10
    if "noisy" in lay:
        sp = rnd.random(a.shape)
        a[sp < 0.004] = 0
        a[sp > 0.996] = 255
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if cv["ext"] == "png":
        img.save(path, dpi=(150, 150))
    elif cv["ext"] == "jpg":
        img.convert("RGB").save(path, quality=55 if "noisy" in lay else 70, dpi=(150, 150))
    else:
        img.convert("RGB").save(path, "PDF", resolution=150.0)


# ------------------------------------------------------------------ damaged
def make_damaged(out):
    rows = []
    # 022: a real LibreOffice-exported CV (copy of another CV's layout, different person) cut at 38% of its bytes
    import copy
    cv = copy.deepcopy(CVS[10])
    cv["id"] = "022"
    cv["cv"]["name"] = "Nadia Rahman Chowdhury"
    cv["cv"]["contacts"] = ["nadia.chowdhury.cmc@gmail.com", "+880 1712-550981", "Chattogram, Bangladesh"]
    src = os.path.join(TMP, "w28_022_full.odt")
    odt_doc(cv, src)
    soffice(src, "pdf", TMP)
    b = open(src[:-4] + ".pdf", "rb").read()
    n = f"{W}_022_damaged_truncated.pdf"
    open(os.path.join(out, n), "wb").write(b[: int(len(b) * 0.38)])
    rows.append({"file": n, "layout": "damaged_truncated", "error": True})
    cv = dict(id="023", layout="x", truth=dict(full_name="Samuel Kofi Asante"),
              cv=dict(name="Samuel Kofi Asante", headline="MBChB (University of Cape Coast) — Family Medicine",
                      contacts=["samuel.k.asante@gmail.com", "+233 54 771 2093"],
                      sections=[("Education", [("2014 – 2020", "MBChB, University of Cape Coast School of Medical Sciences")]),
                                ("USMLE", [("Step 1", "Pass"), ("Step 2 CK", "238")])]))
    # 023: encrypted with a user password
    from pypdf import PdfReader, PdfWriter
    full2 = os.path.join(TMP, "023_full.pdf")
    rl_small(cv, full2, size=9)
    w = PdfWriter(clone_from=PdfReader(full2))
    w.encrypt(user_password="Asante#2025", owner_password="owner-w28-x", algorithm="RC4-128")
    n = f"{W}_023_damaged_encrypted.pdf"
    with open(os.path.join(out, n), "wb") as f:
        w.write(f)
    rows.append({"file": n, "layout": "damaged_encrypted", "error": True})
    # 024: random bytes named .docx
    n = f"{W}_024_damaged_random.docx"
    open(os.path.join(out, n), "wb").write(random.Random(2428).randbytes(23_517))
    rows.append({"file": n, "layout": "damaged_random", "error": True})
    return rows


# ------------------------------------------------------------------ main
def render(cv, path):
    lay = cv["layout"]
    if cv["kind"] == "scan":
        return make_scan(cv, path)
    if lay.startswith("docx_table"):
        return docx_table(cv, path)
    if lay == "docx_header_contacts":
        return docx_flow(cv, path, "header")
    if lay == "docx_footer_contacts":
        return docx_flow(cv, path, "footer")
    if lay == "pdf_lo_from_docx":
        src = os.path.join(TMP, fname(cv).replace(".pdf", ".docx"))
        docx_flow(cv, src, "body")
        soffice(src, "pdf", TMP)
        return shutil.move(src[:-5] + ".pdf", path)
    if lay == "pdf_lo_from_odt":
        src = os.path.join(TMP, fname(cv).replace(".pdf", ".odt"))
        odt_doc(cv, src)
        soffice(src, "pdf", TMP)
        return shutil.move(src[:-4] + ".pdf", path)
    if lay == "rtf_lo_from_docx":
        src = os.path.join(TMP, fname(cv).replace(".rtf", ".docx"))
        docx_flow(cv, src, "body", devanagari=True)
        soffice(src, "rtf", TMP)
        return shutil.move(src[:-5] + ".rtf", path)
    if lay == "odt_plain":
        return odt_doc(cv, path)
    if lay == "rtf_handwritten":
        return rtf_hand(cv, path)
    if lay == "txt_tabs":
        return txt_doc(cv, path, tabs=True)
    if lay.startswith("txt_plain"):
        return txt_doc(cv, path, tabs=False)
    if lay == "pdf_reportlab_small":
        return rl_small(cv, path, size=6.4)
    if lay == "pdf_reportlab_twocol":
        return rl_twocol(cv, path)
    if lay == "pdf_fpdf2_small":
        return fpdf_small(cv, path, size=6.8)
    if lay == "pdf_fpdf2_student":
        return fpdf_small(cv, path, size=7.6)
    if lay == "pdf_chromium_sidebar":
        return chromium_sidebar(cv, path)
    raise ValueError(lay)


KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    rows = []
    for cv in CVS:
        n = fname(cv)
        print("building", n, flush=True)
        render(cv, os.path.join(FILES, n))
        t = dict(cv["truth"])
        ents = t["usce_entries"]
        t["usce_months"] = len(months_set(ents))
        t["usce_months_clinical"] = len(months_set(ents, clinical_only=True))
        row = {"file": n, "layout": cv["layout"]}
        row.update({k: t[k] for k in KEYS})
        if cv["kind"] == "scan":
            row["needs_ocr"] = True
        rows.append(row)
    rows += make_damaged(FILES)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows")


if __name__ == "__main__":
    main()
