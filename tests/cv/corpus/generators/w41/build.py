# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html, glob
sys.path.insert(0, os.path.dirname(__file__))
from data import PEOPLE

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w41_build"
W = "w41"
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(p):
    return f"{W}_{p['num']:03d}_{p['layout']}.{p['fmt']}"


def contact_line(p):
    return f"Mobile: {p['phone']}  |  Email: {p['email']}  |  {p['address']}"


def title_name(p):
    n = (p["prefix"] + " " if p["prefix"] else "") + p["name"]
    if p.get("suffix"):
        n += p["suffix"]
    if p.get("name_alt"):
        n += "  (" + p["name_alt"] + ")"
    return n


def lines(p):
    """Generic linear representation: list of (kind, text)."""
    L = [("name", title_name(p))]
    L.append(("contact", contact_line(p)))
    if p.get("objective"):
        L.append(("h", "CAREER OBJECTIVE"))
        L.append(("p", p["objective"]))
    if p.get("personal"):
        L.append(("h", "PERSONAL DETAILS"))
        for k, v in p["personal"]:
            L.append(("p", f"{k}: {v}"))
    L.append(("h", "ACADEMIC QUALIFICATIONS"))
    for row in p["edu"][1:]:
        L.append(("p", " | ".join(row)))
    for h, items in p["sections"]:
        L.append(("h", h.upper()))
        for it in items:
            L.append(("b", it))
    L.append(("h", "REFEREES"))
    for r in p["referees"]:
        L.append(("b", r))
    if p.get("declaration"):
        L.append(("h", "DECLARATION"))
        L.append(("p", "I hereby declare that the information given above is true and correct to the best of my knowledge and belief."))
        L.append(("p", "Signature: ______________________        Date: ____________"))
        L.append(("p", f"({title_name(p)})"))
    return L


# ------------------------------------------------------------------ txt
def build_txt(p, path):
    out = []
    for k, t in lines(p):
        if k == "name":
            out += [t, "=" * len(t)]
        elif k == "h":
            out += ["", t, "-" * len(t)]
        elif k == "b":
            out.append("  * " + t)
        else:
            out.append(t)
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ docx
def build_docx(p, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if p.get("contacts_in_header"):
        hp = sec.header.paragraphs[0]
        hp.text = f"{p['email']}  ·  {p['phone']}  ·  {p['address']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = "Curriculum Vitae — page 1"
    # name + photo placeholder in a 2-col table
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.width = Cm(13); c1.width = Cm(4)
    r = c0.paragraphs[0].add_run(title_name(p)); r.bold = True; r.font.size = Pt(18)
    c0.add_paragraph("CURRICULUM VITAE")
    if not p.get("contacts_in_header"):
        c0.add_paragraph(f"Cell: {p['phone']}")
        c0.add_paragraph(f"E-mail: {p['email']}")
        c0.add_paragraph(f"Address: {p['address']}")
    if p.get("photo"):
        c1.paragraphs[0].text = "[ Affix recent\npassport-size\nphotograph ]"
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    def heading(txt):
        hp = d.add_paragraph(); hr = hp.add_run(txt.upper()); hr.bold = True; hr.underline = True
    if p.get("objective"):
        heading("Career Objective"); d.add_paragraph(p["objective"])
    if p.get("personal"):
        heading("Personal Details")
        pt = d.add_table(rows=0, cols=2); pt.style = "Table Grid"
        for k, v in p["personal"] + [("Nationality", p["nationality"])]:
            row = pt.add_row().cells; row[0].text = k; row[1].text = v
    heading("Academic Qualifications")
    et = d.add_table(rows=0, cols=len(p["edu"][0])); et.style = "Table Grid"
    for i, rowv in enumerate(p["edu"]):
        cells = et.add_row().cells
        for j, v in enumerate(rowv):
            cells[j].text = v
            if i == 0:
                for run in cells[j].paragraphs[0].runs: run.bold = True
    for h, items in p["sections"]:
        heading(h)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
    heading("References")
    for rf in p["referees"]:
        d.add_paragraph(rf)
    if p.get("declaration"):
        heading("Declaration")
        d.add_paragraph("I hereby declare that the above information is true to the best of my knowledge and belief.")
        d.add_paragraph("\nSignature: ______________________")
        d.add_paragraph(f"Place: {p['address'].split(',')[-1].strip()}        Date: ___/___/______")
    d.core_properties.author = p["name"]
    d.save(path)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def build_lo(p, path):
    base = os.path.splitext(os.path.basename(path))[0]
    src = os.path.join(TMP, base + ".docx")
    build_docx(p, src)
    soffice(src, p["fmt"], TMP)
    shutil.move(os.path.join(TMP, base + "." + p["fmt"]), path)


# ------------------------------------------------------------------ odfpy
def build_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    hs.addElement(ParagraphProperties(margintop="0.3cm"))
    ns = Style(name="Nm", family="paragraph"); ns.addElement(TextProperties(fontweight="bold", fontsize="20pt"))
    doc.automaticstyles.addElement(hs); doc.automaticstyles.addElement(ns)
    for k, t in lines(p):
        if k == "name":
            doc.text.addElement(P(stylename=ns, text=t))
        elif k == "h":
            if t == "ACADEMIC QUALIFICATIONS":
                doc.text.addElement(P(stylename=hs, text=t))
                tb = Table(name="edu")
                tb.addElement(TableColumn(numbercolumnsrepeated=len(p["edu"][0])))
                for rowv in p["edu"]:
                    tr = TableRow()
                    for v in rowv:
                        tc = TableCell(); tc.addElement(P(text=v)); tr.addElement(tc)
                    tb.addElement(tr)
                doc.text.addElement(tb)
                continue
            doc.text.addElement(P(stylename=hs, text=t))
        elif k == "p" and " | " in t and any(t.startswith(r[0]) for r in p["edu"][1:]):
            continue
        elif k == "b":
            doc.text.addElement(P(text="• " + t))
        else:
            doc.text.addElement(P(text=t))
    doc.save(path)


# ------------------------------------------------------------------ reportlab
def build_reportlab(p, path, twocol=False, scanlook=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import cm
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5)
    hst = ParagraphStyle("h", parent=body, fontName="DVB", fontSize=11.5, spaceBefore=8, spaceAfter=3,
                         textColor=colors.HexColor("#1F3A5F"))
    nst = ParagraphStyle("n", parent=body, fontName="DVB", fontSize=19, leading=23)
    size = letter if p["num"] % 2 else A4
    W_, H_ = size
    doc = BaseDocTemplate(path, pagesize=size, title=f"CV - {p['name']}", author=p["name"])
    esc = lambda s: html.escape(s)
    story = []
    if twocol:
        side_w = 5.6 * cm
        fs = Frame(1.2 * cm, 1.5 * cm, side_w, H_ - 3 * cm, id="side")
        fm = Frame(1.2 * cm + side_w + 0.6 * cm, 1.5 * cm, W_ - side_w - 3.2 * cm, H_ - 3 * cm, id="main")
        def bg(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#EEF2F7"))
            c.rect(0, 0, side_w + 1.6 * cm, H_, stroke=0, fill=1); c.restoreState()
        doc.addPageTemplates([PageTemplate(id="two", frames=[fs, fm], onPage=bg)])
        from reportlab.platypus import FrameBreak
        story += [Paragraph(esc(title_name(p)), ParagraphStyle("n2", parent=nst, fontSize=15, leading=18)), Spacer(1, 8),
                  Paragraph("CONTACT", hst), Paragraph(esc(p["phone"]), body), Paragraph(esc(p["email"]), body),
                  Paragraph(esc(p["address"]), body)]
        for h, items in p["sections"]:
            if h.lower().startswith("lang"):
                story.append(Paragraph("LANGUAGES", hst)); story += [Paragraph(esc(i), body) for i in items]
        story.append(FrameBreak())
        secs = [s for s in p["sections"] if not s[0].lower().startswith("lang")]
    else:
        doc.addPageTemplates([PageTemplate(id="one", frames=[Frame(2 * cm, 1.8 * cm, W_ - 4 * cm, H_ - 3.6 * cm)])])
        story += [Paragraph(esc(title_name(p)), nst), Paragraph(esc(contact_line(p)), body), Spacer(1, 6)]
        secs = p["sections"]
    if p.get("objective"):
        story += [Paragraph("Career Objective", hst), Paragraph(esc(p["objective"]), body)]
    if p.get("personal"):
        story.append(Paragraph("Personal Details", hst))
        story += [Paragraph(f"<b>{esc(k)}:</b> {esc(v)}", body) for k, v in p["personal"]]
    story.append(Paragraph("Academic Qualifications", hst))
    data = [[Paragraph(esc(v), body) for v in row] for row in p["edu"]]
    avail = (W_ - 4 * cm) if not twocol else (W_ - 5.6 * cm - 3.2 * cm)
    tb = Table(data, colWidths=[avail * f for f in (0.22, 0.43, 0.2, 0.15)])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
    story.append(tb)
    for h, items in secs:
        story.append(Paragraph(esc(h), hst))
        story += [Paragraph("• " + esc(i), body) for i in items]
    story.append(Paragraph("References", hst))
    story += [Paragraph(esc(r), body) for r in p["referees"]]
    if p.get("declaration"):
        story += [Paragraph("Declaration", hst),
                  Paragraph("I hereby declare that all the information furnished above is true to the best of my knowledge.", body),
                  Spacer(1, 18), Paragraph("Signature: ____________________", body)]
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def build_fpdf(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15); pdf.add_page()
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_title("Curriculum Vitae"); pdf.set_author(p["name"])
    if p.get("photo"):
        pdf.rect(165, 12, 30, 36); pdf.set_font("DV", "", 7); pdf.set_xy(165, 28); pdf.cell(30, 4, "PHOTO", align="C")
    pdf.set_xy(10, 14); pdf.set_font("DV", "B", 18); pdf.cell(150, 10, title_name(p)); pdf.ln(11)
    pdf.set_font("DV", "", 9.5)
    for s in (f"Contact No: {p['phone']}", f"Email: {p['email']}", f"Address: {p['address']}"):
        pdf.cell(150, 5, s); pdf.ln(5)
    pdf.ln(6)
    def H(t):
        pdf.set_font("DV", "B", 11.5); pdf.set_fill_color(220, 230, 241); pdf.cell(0, 7, t, fill=True); pdf.ln(8); pdf.set_font("DV", "", 9.5)
    if p.get("objective"):
        H("CAREER OBJECTIVE"); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    if p.get("personal"):
        H("PERSONAL INFORMATION")
        for k, v in p["personal"]:
            pdf.cell(45, 5, k); pdf.cell(0, 5, ": " + v); pdf.ln(5)
    H("ACADEMIC QUALIFICATIONS")
    with pdf.table(col_widths=(30, 80, 35, 45), text_align="LEFT") as tb:
        for row in p["edu"]:
            r = tb.row()
            for v in row: r.cell(v)
    pdf.ln(3)
    for h, items in p["sections"]:
        H(h.upper())
        for it in items:
            pdf.multi_cell(0, 5, "- " + it, new_x="LMARGIN", new_y="NEXT"); 
        pdf.ln(1)
    H("REFERENCES")
    for r in p["referees"]:
        pdf.multi_cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
    if p.get("declaration"):
        H("DECLARATION")
        pdf.multi_cell(0, 5, "I do hereby declare that the particulars of information stated above are true and correct.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10); pdf.cell(0, 5, "Signature ____________________")
    pdf.output(path)


# ------------------------------------------------------------------ chromium HTML
CSS = {
 "chromium_sidebar": """
  body{font-family:'DejaVu Sans',sans-serif;margin:0;font-size:10pt;color:#222}
  .wrap{display:flex;min-height:100vh}
  aside{width:33%;background:#123b5c;color:#fff;padding:18px}
  aside h3{border-bottom:1px solid #9cc;font-size:10pt;letter-spacing:2px}
  main{width:67%;padding:18px 24px}
  h1{font-size:22pt;margin:0 0 4px 0;color:#123b5c} h2{font-size:12pt;color:#123b5c;border-bottom:2px solid #123b5c;margin-top:14px}
  table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:3px;font-size:9pt}
  ul{margin:2px 0;padding-left:16px}
 """,
 "chromium_twocol": """
  body{font-family:'Liberation Sans',Arial,sans-serif;margin:24px;font-size:10pt}
  header{text-align:center;border-bottom:3px double #444;padding-bottom:6px}
  h1{margin:0;font-size:24pt;font-variant:small-caps}
  .cols{column-count:2;column-gap:28px;margin-top:10px}
  h2{font-size:11pt;text-transform:uppercase;color:#7a1f1f;break-after:avoid}
  section{break-inside:avoid}
  table{border-collapse:collapse;width:100%} td,th{border:1px solid #888;padding:2px;font-size:8.5pt}
  ul{padding-left:14px}
 """,
 "chromium_minimal": """
  body{font-family:'Liberation Serif',serif;margin:40px 56px;font-size:11pt;line-height:1.35}
  h1{font-weight:normal;font-size:26pt;margin:0;letter-spacing:1px}
  .contact{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:8.5pt;color:#555;border-top:1px solid #ccc;padding:4px}
  h2{font-size:10pt;letter-spacing:3px;color:#666;margin-top:20px}
  table{border-collapse:collapse} td,th{padding:2px 10px 2px 0;text-align:left;font-size:10pt}
  ul{list-style:none;padding-left:0}
 """,
}


def build_html(p, path):
    e = html.escape
    lay = p["layout"]
    def sec_html(h, items):
        return f"<section><h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul></section>"
    edu = "<table>" + "".join("<tr>" + "".join((f"<th>{e(v)}</th>" if i == 0 else f"<td>{e(v)}</td>") for v in row) + "</tr>"
                              for i, row in enumerate(p["edu"])) + "</table>"
    contact = f"<div>{e(p['phone'])}</div><div>{e(p['email'])}</div><div>{e(p['address'])}</div>"
    secs = p["sections"]
    refs = sec_html("References", p["referees"])
    obj = f"<p><i>{e(p['objective'])}</i></p>" if p.get("objective") else ""
    if lay == "chromium_sidebar":
        side = [s for s in secs if s[0] in ("Exams", "Languages", "Interests")]
        mainsec = [s for s in secs if s not in side]
        personal = "".join(f"<div>{e(k)}: {e(v)}</div>" for k, v in p["personal"])
        body = (f"<div class='wrap'><aside><h3>CONTACT</h3>{contact}<h3>PERSONAL</h3>{personal}"
                + "".join(f"<h3>{e(h.upper())}</h3>" + "".join(f"<div>{e(i)}</div>" for i in it) for h, it in side)
                + f"</aside><main><h1>{e(title_name(p))}</h1>{obj}<h2>Education</h2>{edu}"
                + "".join(sec_html(h, it) for h, it in mainsec) + refs + "</main></div>")
    elif lay == "chromium_twocol":
        body = (f"<header><h1>{e(title_name(p))}</h1><div>{e(p['phone'])} · {e(p['email'])} · {e(p['address'])}</div></header>{obj}"
                f"<div class='cols'><section><h2>Education</h2>{edu}</section>"
                + "".join(sec_html(h, it) for h, it in secs) + refs + "</div>")
    else:
        body = (f"<h1>{e(title_name(p))}</h1>{obj}<h2>EDUCATION</h2>{edu}" + "".join(sec_html(h, it) for h, it in secs) + refs
                + f"<div class='contact'>{e(p['email'])} &nbsp;•&nbsp; {e(p['phone'])} &nbsp;•&nbsp; {e(p['address'])}</div>")
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(p['name'])} CV</title>"
           f"<style>@page{{size:Letter;margin:0}} {CSS[lay]}</style></head><body>{body}</body></html>")
    hp = os.path.join(TMP, p["layout"] + ".html")
    with open(hp, "w", encoding="utf-8") as f: f.write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome", f"--print-to-pdf={path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ scans
def build_scan(p, path):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    import numpy as np
    rng = np.random.default_rng(p["num"])
    src = os.path.join(TMP, f"scan_src_{p['num']}.pdf")
    build_reportlab(p, src)
    kind = p["scan"]
    dpi = {"office": 300, "fax": 200}.get(kind, 150)
    base = os.path.join(TMP, f"scan_{p['num']}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, base], check=True)
    pages = sorted(glob.glob(base + "-*.png"))
    imgs = []
    for pg in pages:
        im = Image.open(pg).convert("L")
        if kind == "office":
            im = im.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            a = a * 0.93 + 12 + rng.normal(0, 6, a.shape)
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        elif kind == "fax":
            im = im.rotate(-0.5, resample=Image.BICUBIC, fillcolor=255)
            a = np.asarray(im).astype(np.float32) + rng.normal(0, 30, im.size[::-1])
            a = np.where(a > 150, 255, 0).astype(np.uint8)  # hard threshold like a fax machine -> speckle
            im = Image.fromarray(a).convert("1", dither=Image.Dither.NONE)
        elif kind == "lowcontrast":
            im = im.rotate(0.7, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
            im = ImageEnhance.Contrast(im).enhance(0.45)
            a = np.asarray(im).astype(np.float32) + rng.normal(0, 5, im.size[::-1])
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        else:  # phone photos
            ang = 1.4 if kind == "phone" else -0.9
            rgb = Image.merge("RGB", (im, im, im))
            canvas = Image.new("RGB", (int(im.width * 1.08), int(im.height * 1.06)), (96, 84, 70))  # table behind the page
            canvas.paste(rgb, (int(im.width * 0.04), int(im.height * 0.03)))
            canvas = canvas.rotate(ang, resample=Image.BICUBIC, fillcolor=(96, 84, 70))
            a = np.asarray(canvas).astype(np.float32)
            h, w = a.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w]
            shade = 1.0 - 0.28 * (((xx - w * 0.35) / w) ** 2 + ((yy - h * 0.4) / h) ** 2) ** 0.5  # uneven light
            a = a * shade[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 7, a.shape)
            canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
            im = canvas
        imgs.append(im)
    if p["fmt"] == "pdf":
        imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    elif p["fmt"] == "jpg":
        imgs[0].save(path, "JPEG", quality=72)  # phone photo of page 1 (only page)
    else:
        imgs[0].save(path, "PNG")
    return len(imgs)


# ------------------------------------------------------------------ main
def main():
    for f in glob.glob(os.path.join(OUT, "*")):
        os.remove(f)
    truth = []
    for p in PEOPLE:
        path = os.path.join(OUT, fname(p))
        lay = p["layout"]
        if p.get("scan"):
            build_scan(p, path)
        elif p["fmt"] == "txt":
            build_txt(p, path)
        elif lay in ("docx_table", "docx_header_contacts", "docx_classic"):
            build_docx(p, path)
        elif lay.startswith("lo_"):
            build_lo(p, path)
        elif lay == "odfpy_odt":
            build_odt(p, path)
        elif lay == "reportlab_student":
            build_reportlab(p, path)
        elif lay == "reportlab_twocol":
            build_reportlab(p, path, twocol=True)
        elif lay == "fpdf2_classic":
            build_fpdf(p, path)
        elif lay.startswith("chromium"):
            build_html(p, path)
        else:
            raise SystemExit("no builder for " + lay)
        t = {"file": fname(p), "layout": lay}
        t.update(p["truth"])
        t["usce_months"] = months(t["usce_entries"])
        t["usce_months_clinical"] = months([x for x in t["usce_entries"] if x["type"] in ("hands_on", "observership")])
        t["usce_entries"] = t.pop("usce_entries")  # keep entries last, as in the brief's example
        if p.get("scan"):
            t["needs_ocr"] = True
        truth.append(t)
        print("built", fname(p))
    # damaged files
    rnd = random.Random(41)
    src = os.path.join(OUT, fname(PEOPLE[2]))  # chromium pdf
    d1 = f"{W}_022_damaged_truncated.pdf"
    data = open(src, "rb").read()
    open(os.path.join(OUT, d1), "wb").write(data[: len(data) * 2 // 5])
    d2 = f"{W}_023_damaged_encrypted.pdf"
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for pg in PdfReader(os.path.join(OUT, fname(PEOPLE[5]))).pages:
        w.add_page(pg)
    w.encrypt(user_password="rahul@2002", owner_password="owner-41", algorithm="RC4-128")
    with open(os.path.join(OUT, d2), "wb") as f: w.write(f)
    d3 = f"{W}_024_damaged_random.docx"
    open(os.path.join(OUT, d3), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23000)))
    for d in (d1, d2, d3):
        truth.append({"file": d, "layout": d.split("_", 2)[2].rsplit(".", 1)[0], "error": True})
        print("built", d)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


def months(entries):
    s = set()
    for x in entries:
        y, m = map(int, x["start"].split("-")); y2, m2 = map(int, x["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


if __name__ == "__main__":
    main()
