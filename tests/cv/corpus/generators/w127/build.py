#!/usr/bin/env python3
"""Render w127 CVs from data.py through several real toolchains, then write truth.jsonl."""
import os, sys, json, subprocess, shutil, random, html, tempfile, io
sys.path.insert(0, os.path.dirname(__file__))
from data import P, DAMAGED

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = os.path.join(ROOT, "generators", "_tmp")
W = "w127"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def fname(p): return f"{W}_{p['n']:03d}_{p['layout']}.{p['ext']}"

def parse(body):
    blocks = []
    for line in body.strip("\n").split("\n"):
        if not line.strip(): continue
        if line.startswith("## "): blocks.append(("h", line[3:].strip()))
        elif line.startswith("* "): blocks.append(("b", line[2:].strip()))
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "t": blocks[-1][1].append(cells)
            else: blocks.append(("t", [cells]))
        else: blocks.append(("p", line.strip()))
    return blocks

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

def soffice(src, fmt="pdf"):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt, "--outdir", TMP, src])
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt)

# ---------------- HTML / Chromium ----------------
def blocks_html(blocks, table_head=False):
    out = []; inlist = False
    for kind, v in blocks:
        if kind != "b" and inlist: out.append("</ul>"); inlist = False
        if kind == "h": out.append(f"<h2>{html.escape(v)}</h2>")
        elif kind == "p": out.append(f"<p>{html.escape(v)}</p>")
        elif kind == "b":
            if not inlist: out.append("<ul>"); inlist = True
            out.append(f"<li>{html.escape(v)}</li>")
        elif kind == "t":
            rows = []
            for i, r in enumerate(v):
                tag = "th" if (table_head and i == 0) else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    if inlist: out.append("</ul>")
    return "\n".join(out)

CSS = {
 "sidebar": """body{margin:0;font-family:'Noto Sans',sans-serif;font-size:10pt;color:#222}
 .wrap{display:grid;grid-template-columns:33% 67%;min-height:100vh}
 aside{background:#1f3b57;color:#eef;padding:22px 16px} aside h2{font-size:10.5pt;border-bottom:1px solid #8ab;text-transform:uppercase;letter-spacing:1px}
 aside p{margin:3px 0} main{padding:22px 26px} h1{margin:0;font-size:19pt;color:#1f3b57;white-space:nowrap} .t{color:#777;margin-bottom:14px}
 main h2{font-size:12pt;color:#1f3b57;border-bottom:2px solid #1f3b57} li{margin-bottom:4px}""",
 "table": """body{font-family:'Noto Serif',serif;font-size:10pt;margin:28px 36px} h1{text-align:center;margin-bottom:2px}
 .t{text-align:center;font-size:12pt} .c{text-align:center;color:#333;margin-bottom:12px}
 h2{background:#ddd;padding:3px 6px;font-size:11pt} table{border-collapse:collapse;width:100%}
 td,th{border:1px solid #999;padding:4px 6px;vertical-align:top} th{background:#f0f0f0;text-align:left}""",
 "plain": """body{font-family:'Noto Sans',sans-serif;font-size:10.5pt;margin:34px 44px;color:#111}
 h1{font-weight:300;font-size:24pt;margin:0;letter-spacing:1px} .t{color:#a33;font-size:12pt} .c{color:#555;margin:6px 0 14px}
 h2{font-size:11pt;text-transform:uppercase;color:#a33;margin-top:16px;border-bottom:1px solid #ccc}
 table{width:100%;border-collapse:collapse} td{padding:3px 6px;border-bottom:1px dotted #bbb;vertical-align:top} li{margin:2px 0}""",
}

def make_html(p, style):
    head = f"<h1>{html.escape(p['name_line'])}</h1><div class='t'>{html.escape(p['title'])}</div>"
    if p["contacts"]:
        head += "<div class='c'>" + " &nbsp;|&nbsp; ".join(html.escape(c) for c in p["contacts"]) + "</div>"
    if style == "sidebar":
        side = blocks_html(parse(p["side"]))
        bodyh = f"<div class='wrap'><aside>{side}</aside><main>{head}{blocks_html(parse(p['body']))}</main></div>"
    else:
        bodyh = head + blocks_html(parse(p["body"]), table_head=(style == "table"))
    return f"<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:{'0' if style=='sidebar' else '12mm'}}}{CSS[style]}</style></head><body>{bodyh}</body></html>"

def chromium(p, style, out):
    src = os.path.join(TMP, f"{p['n']:03d}.html")
    open(src, "w", encoding="utf-8").write(make_html(p, style))
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src])

# ---------------- python-docx ----------------
def make_docx(p, mode, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans" if mode == "plain" else "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    if mode == "tables":
        hdr = sec.header
        t = hdr.add_table(rows=1, cols=2, width=Cm(17))
        c0, c1 = t.rows[0].cells
        r = c0.paragraphs[0].add_run(p["name_line"]); r.bold = True; r.font.size = Pt(16)
        c0.add_paragraph(p["title"])
        c1.paragraphs[0].text = p["contacts"][0]
        for c in p["contacts"][1:]: c1.add_paragraph(c)
    elif mode == "header_footer":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(15)
        hp.add_run("\n" + "   ".join(p["contacts"]))
        sec.footer.paragraphs[0].text = p["footer"]
    elif mode == "textbox":
        para = d.add_paragraph()
        r = para.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(20)
        para2 = d.add_paragraph(p["title"])
        inner = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{html.escape(c)}</w:t></w:r></w:p>' for c in ["CONTACT"] + p["contacts"])
        xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
               '<v:shape id="ContactBox" type="#_x0000_t202" style="position:absolute;margin-left:310pt;margin-top:-4pt;width:170pt;height:66pt;z-index:2;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#eef3f8" strokecolor="#7a9cc0">'
               f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        para._p.append(parse_xml(xml))
    else:
        para = d.add_paragraph()
        r = para.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(18)
        if p["title"]: d.add_paragraph(p["title"])
        for c in p["contacts"]: d.add_paragraph(c)
    for kind, v in parse(p["body"]):
        if kind == "h":
            h = d.add_heading(v, level=2)
        elif kind == "b": d.add_paragraph(v, style="List Bullet")
        elif kind == "p": d.add_paragraph(v)
        elif kind == "t":
            ncol = max(len(r) for r in v)
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for row in v:
                cells = t.add_row().cells
                for i, c in enumerate(row): cells[i].text = c
            d.add_paragraph()
    d.save(out)

# ---------------- fpdf2 ----------------
def make_fpdf(p, out, table=False):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 16)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, p["name_line"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11); pdf.cell(0, 6, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, "   ".join(p["contacts"]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.set_draw_color(60, 60, 60); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(2)
    for kind, v in parse(p["body"]):
        if kind == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11.5); pdf.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9.5)
        elif kind == "b": pdf.multi_cell(0, 5, "\u2022 " + v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p": pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            ncol = max(len(r) for r in v)
            widths = {2: (60, 114), 3: (34, 70, 70)}[ncol]
            with pdf.table(col_widths=widths, first_row_as_headings=(v[0][0] == "Period"), line_height=5, text_align="LEFT") as tb:
                for row in v:
                    r = tb.row()
                    for c in row + [""] * (ncol - len(row)): r.cell(c)
            pdf.ln(1)
    pdf.output(out)

# ---------------- reportlab ----------------
def make_reportlab(p, out, twocol=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    esc = lambda s: html.escape(s, quote=False)
    H = ParagraphStyle("h", fontName="DVB", fontSize=11, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#174a3c"))
    N = ParagraphStyle("n", fontName="DV", fontSize=9, leading=12)
    B = ParagraphStyle("b", parent=N, leftIndent=10, bulletIndent=2)
    T = ParagraphStyle("t", fontName="DVB", fontSize=19, leading=23)
    size = letter if twocol else A4
    doc = BaseDocTemplate(out, pagesize=size, leftMargin=16*mm, rightMargin=16*mm, topMargin=14*mm, bottomMargin=14*mm,
                          title="Curriculum Vitae", author="")
    w, h = size
    if twocol:
        top = 34*mm
        fh = Frame(16*mm, h-14*mm-top, w-32*mm, top, id="head")
        colw = (w-32*mm-6*mm)/2
        f1 = Frame(16*mm, 14*mm, colw, h-28*mm-top, id="c1"); f2 = Frame(16*mm+colw+6*mm, 14*mm, colw, h-28*mm-top, id="c2")
        doc.addPageTemplates([PageTemplate(frames=[fh, f1, f2])])
    else:
        doc.addPageTemplates([PageTemplate(frames=[Frame(16*mm, 14*mm, w-32*mm, h-28*mm)])])
    from reportlab.platypus import FrameBreak
    story = [Paragraph(esc(p["name_line"]), T), Paragraph(esc(p["title"]), N), Paragraph(esc("  •  ".join(p["contacts"])), N)]
    if twocol: story.append(FrameBreak())
    else: story.append(Spacer(1, 6))
    for kind, v in parse(p["body"]):
        if kind == "h": story.append(Paragraph(esc(v), H))
        elif kind == "b": story.append(Paragraph(esc(v), B, bulletText="–"))
        elif kind == "p": story.append(Paragraph(esc(v), N))
        elif kind == "t":
            t = Table([[Paragraph(esc(c), N) for c in r] for r in v])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    doc.build(story)

# ---------------- plain text ----------------
def make_txt(p, out):
    L = [p["name_line"], p["title"]] + p["contacts"] + ["=" * 72]
    for kind, v in parse(p["body"]):
        if kind == "h": L += ["", v, "-" * len(v)]
        elif kind == "b": L.append("  - " + v)
        elif kind == "p": L.append(v if not v.startswith("Specialty") and not v.startswith("Clinical") else "      " + v)
        elif kind == "t": L += ["  " + " | ".join(r) for r in v]
    open(out, "w", encoding="utf-8").write("\r\n".join(L) + "\r\n")

# ---------------- RTF ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)

def make_rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1300\margr1300\margt1100\margb1100",
         r"{\pard\qc\f1\fs36\b " + rtf_esc(p["name_line"]) + r"\b0\par}",
         r"{\pard\qc\f1\fs22\i " + rtf_esc(p["title"]) + r"\i0\par}"]
    for c in p["contacts"]: R.append(r"{\pard\qc\f1\fs20 " + rtf_esc(c) + r"\par}")
    for kind, v in parse(p["body"]):
        if kind == "h": R.append(r"{\pard\sb200\sa60\f1\fs24\b\ul " + rtf_esc(v.upper()) + r"\ul0\b0\par}")
        elif kind == "b": R.append(r"{\pard\fi-240\li360\f0\fs21 \bullet\tab " + rtf_esc(v) + r"\par}")
        elif kind in ("p",): R.append(r"{\pard\f0\fs21 " + rtf_esc(v) + r"\par}")
        elif kind == "t":
            for row in v: R.append(r"{\pard\f0\fs21 " + rtf_esc("\t".join(row)) + r"\par}")
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))

# ---------------- ODT ----------------
def make_odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P as OP, List, ListItem
    doc = OpenDocumentText()
    s_name = Style(name="NameS", family="paragraph"); s_name.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.styles.addElement(s_name)
    s_h = Style(name="HeadS", family="paragraph"); s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2a4d69"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm")); doc.styles.addElement(s_h)
    s_b = Style(name="BulS", family="paragraph"); s_b.addElement(ParagraphProperties(marginleft="0.6cm", textindent="-0.3cm")); doc.styles.addElement(s_b)
    doc.text.addElement(OP(stylename=s_name, text=p["name_line"]))
    doc.text.addElement(OP(text=p["title"]))
    doc.text.addElement(OP(text="  ·  ".join(p["contacts"])))
    for kind, v in parse(p["body"]):
        if kind == "h": doc.text.addElement(H(outlinelevel=2, stylename=s_h, text=v))
        elif kind == "b": doc.text.addElement(OP(stylename=s_b, text="• " + v))
        elif kind == "p": doc.text.addElement(OP(text=v))
        elif kind == "t":
            for row in v: doc.text.addElement(OP(text="    ".join(row)))
    doc.save(out)

# ---------------- scans ----------------
def degrade(pdf, out, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = random.Random(seed)
    pre = os.path.join(TMP, f"scan{seed}")
    run(["pdftoppm", "-r", "140", "-png", "-f", "1", "-l", "1", pdf, pre])
    png = [f for f in os.listdir(TMP) if f.startswith(f"scan{seed}") and f.endswith(".png")][0]
    im = Image.open(os.path.join(TMP, png)).convert("L" if kind != "photo" else "RGB")
    if kind == "photo":
        im = ImageEnhance.Brightness(im).enhance(0.92)
        wdt, hgt = im.size
        # phone-photo perspective: map a slightly trapezoidal quad onto the page, on a darker background
        bg = Image.new("RGB", (wdt + 160, hgt + 160), (92, 84, 70))
        bg.paste(im, (80, 80))
        W2, H2 = bg.size
        import numpy as np
        src = [(0, 0), (W2, 0), (W2, H2), (0, H2)]
        dst = [(60, 30), (W2 - 20, 70), (W2 - 50, H2 - 10), (10, H2 - 60)]
        def coeffs(pa, pb):
            A = []
            for (x, y), (X, Y) in zip(pa, pb):
                A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
            A = np.array(A, float); Bv = np.array(pb, float).reshape(8)
            return np.linalg.solve(A, Bv).tolist()
        im = bg.transform((W2, H2), Image.PERSPECTIVE, coeffs(src, dst) if False else coeffs(dst, src), Image.BICUBIC)
        # uneven lighting
        arr = np.asarray(im).astype(float)
        gx = np.linspace(1.05, 0.8, W2)[None, :, None]
        arr = np.clip(arr * gx + np.random.default_rng(seed).normal(0, 6, arr.shape), 0, 255).astype("uint8")
        im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.8))
        im = im.rotate(rnd.uniform(-2.5, 2.5), expand=True, fillcolor=(70, 64, 55))
    else:
        im = im.rotate(rnd.uniform(0.6, 2.8) * rnd.choice([-1, 1]), expand=True, fillcolor=255, resample=Image.BICUBIC)
        im = ImageEnhance.Contrast(im).enhance(0.75)
        arr = np.asarray(im).astype(float)
        arr = np.clip(arr + np.random.default_rng(seed).normal(0, 12, arr.shape) + 18, 0, 255).astype("uint8")
        im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    # JPEG artefacts pass
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=38); buf.seek(0); im = Image.open(buf); im.load()
    if out.endswith(".pdf"): im.convert("RGB").save(out, "PDF", resolution=140)
    elif out.endswith(".png"): im.save(out, "PNG")
    else: im.convert("RGB").save(out, "JPEG", quality=62)

def render_to_pdf(p, src, pdf):
    if src == "reportlab": make_reportlab(p, pdf)
    elif src == "fpdf2": make_fpdf(p, pdf)
    elif src == "chromium": chromium(p, "plain" if p["n"] != 18 else "table", pdf)
    elif src == "docx_soffice":
        dx = os.path.join(TMP, f"{p['n']:03d}.docx"); make_docx(p, "plain", dx); shutil.copy(soffice(dx), pdf)

def main():
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP); os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    truth = []
    for p in P:
        out = os.path.join(OUT, fname(p)); L = p["layout"]; n = p["n"]
        if L == "docx_soffice":
            dx = os.path.join(TMP, f"{n:03d}_cv.docx"); make_docx(p, "plain", dx); shutil.copy(soffice(dx), out)
        elif L == "chromium_sidebar": chromium(p, "sidebar", out)
        elif L == "chromium_table": chromium(p, "table", out)
        elif L == "chromium_newest_first": chromium(p, "plain", out)
        elif L == "docx_tables": make_docx(p, "tables", out)
        elif L == "docx_header_footer": make_docx(p, "header_footer", out)
        elif L == "docx_textbox": make_docx(p, "textbox", out)
        elif L == "fpdf2": make_fpdf(p, out)
        elif L == "fpdf2_table": make_fpdf(p, out, table=True)
        elif L == "reportlab": make_reportlab(p, out)
        elif L == "reportlab_twocol": make_reportlab(p, out, twocol=True)
        elif L == "plaintext": make_txt(p, out)
        elif L == "rtf": make_rtf(p, out)
        elif L == "rtf_soffice":
            r = os.path.join(TMP, f"{n:03d}_cv.rtf"); make_rtf(p, r); shutil.copy(soffice(r), out)
        elif L == "odt": make_odt(p, out)
        elif L == "odt_soffice":
            o = os.path.join(TMP, f"{n:03d}_cv.odt"); make_odt(p, o); shutil.copy(soffice(o), out)
        elif "src" in p:
            pdf = os.path.join(TMP, f"{n:03d}_src.pdf"); render_to_pdf(p, p["src"], pdf)
            degrade(pdf, out, "photo" if L.startswith("photo") else "scan", n)
        else: raise SystemExit("unknown layout " + L)
        t = {"file": fname(p), "layout": L}; t.update(p["truth"])
        if "src" in p: t["needs_ocr"] = True
        truth.append(t)
        print("built", fname(p))
    # damaged
    for d in DAMAGED:
        out = os.path.join(OUT, fname(d))
        if d["layout"] == "truncated_pdf":
            base = os.path.join(OUT, fname(next(p for p in P if p["n"] == d["base"])))
            data = open(base, "rb").read(); open(out, "wb").write(data[:700])
        elif d["layout"] == "encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            base = os.path.join(OUT, fname(next(p for p in P if p["n"] == d["base"])))
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(base).pages]
            w.encrypt(user_password="Kx7#q2-mrtz", owner_password="owner-9931", algorithm="RC4-128")
            w.write(out)
        else:
            open(out, "wb").write(random.Random(2024).randbytes(18432))
        truth.append({"file": fname(d), "layout": d["layout"], "error": True}); print("built", fname(d))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
