# -*- coding: utf-8 -*-
"""Render every CV of people.py through real toolchains and write truth.jsonl."""
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE, DAMAGED

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = os.path.join(ROOT, ".tmp")
WR = "w101"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def fname(p):
    return f"{WR}_{p['n']:03d}_{p['layout']}.{p['ext']}"


def items_of(sec):
    return sec[1] if isinstance(sec[1], list) else []

# ------------------------------------------------------------------ reportlab

def render_reportlab(p, out, style="eras"):
    from reportlab.lib.pagesizes import LETTER, A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("DVS", DEJAVU_SERIF)); pdfmetrics.registerFont(TTFont("DVSB", DEJAVU_SERIF_B))
    cv = p["cv"]
    f, fb = ("DV", "DVB") if style == "eras" else ("DVS", "DVSB")
    size = LETTER if style == "eras" else A4
    ss = dict(
        name=ParagraphStyle("n", fontName=fb, fontSize=17, leading=21, alignment=0 if style == "eras" else 1),
        tag=ParagraphStyle("t", fontName=f, fontSize=9.5, leading=12, textColor=colors.HexColor("#444444"), alignment=0 if style == "eras" else 1),
        h=ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=8, spaceAfter=2,
                         textColor=colors.HexColor("#1f3a60") if style == "eras" else colors.black),
        b=ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5),
        bi=ParagraphStyle("bi", fontName=f, fontSize=9, leading=11.5, leftIndent=14, bulletIndent=4),
        it=ParagraphStyle("it", fontName=fb, fontSize=9.8, leading=12.5),
    )
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=54, rightMargin=54, topMargin=48, bottomMargin=48,
                            title=f"CV", author="")
    st = [Paragraph(html.escape(cv["name_line"]), ss["name"]), Paragraph(html.escape(cv["tagline"]), ss["tag"])]
    st.append(Paragraph(" | ".join(html.escape(c) for c in cv["contact"]), ss["tag"]))
    st.append(HRFlowable(width="100%", thickness=1, color=colors.HexColor("#1f3a60"), spaceBefore=4, spaceAfter=4))
    for title, items in cv["sections"]:
        st.append(Paragraph(html.escape(title.upper() if style != "eras" else title), ss["h"]))
        for it in items:
            if isinstance(it, str):
                st.append(Paragraph(html.escape(it), ss["b"]))
            else:
                h, place, dates, bl = it
                t = Table([[Paragraph(html.escape(h), ss["it"]), Paragraph(html.escape(dates), ss["b"])]],
                          colWidths=[340, 160] if size == LETTER else [330, 157])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
                st.append(t)
                st.append(Paragraph(html.escape(place), ss["b"]))
                for b in bl:
                    st.append(Paragraph(html.escape(b), ss["bi"], bulletText="•"))
                st.append(Spacer(1, 3))
    doc.build(st)

# ------------------------------------------------------------------ fpdf2

def render_fpdf2(p, out, style="plain"):
    from fpdf import FPDF
    cv = p["cv"]
    pdf = FPDF(format="letter" if style == "eras" else "A4")
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_title("Curriculum Vitae")
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    W = pdf.w - 36
    pdf.set_font("DV", "B", 18)
    pdf.cell(W, 9, cv["name_line"], new_x="LMARGIN", new_y="NEXT", align="C" if style == "plain" else "L")
    pdf.set_font("DV", "", 9.5)
    pdf.cell(W, 5, cv["tagline"], new_x="LMARGIN", new_y="NEXT", align="C" if style == "plain" else "L")
    pdf.multi_cell(W, 5, "  |  ".join(cv["contact"]), new_x="LMARGIN", new_y="NEXT", align="C" if style == "plain" else "L")
    pdf.ln(2)
    for title, items in cv["sections"]:
        pdf.ln(2)
        pdf.set_font("DV", "B", 11.5)
        if style == "eras":
            pdf.set_fill_color(225, 232, 242)
            pdf.cell(W, 7, title, new_x="LMARGIN", new_y="NEXT", fill=True)
        else:
            pdf.cell(W, 7, title.upper(), new_x="LMARGIN", new_y="NEXT", border="B")
        pdf.ln(1)
        for it in items:
            if isinstance(it, str):
                pdf.set_font("DV", "", 9.5)
                pdf.multi_cell(W, 5, it, new_x="LMARGIN", new_y="NEXT", align="L")
            else:
                h, place, dates, bl = it
                pdf.set_font("DV", "B", 9.8)
                if style == "eras":
                    y = pdf.get_y()
                    pdf.multi_cell(W - 52, 5, h, new_x="LMARGIN", new_y="NEXT", align="L")
                    y2 = pdf.get_y()
                    pdf.set_xy(18 + W - 50, y); pdf.set_font("DV", "", 9.5)
                    pdf.cell(50, 5, dates, align="R")
                    pdf.set_xy(18, y2)
                    pdf.multi_cell(W, 5, place, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(W, 5, h, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "", 9.5)
                    pdf.multi_cell(W, 5, f"{place}, {dates}", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9)
                for b in bl:
                    pdf.set_x(24)
                    pdf.multi_cell(W - 6, 4.6, "- " + b, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    pdf.output(out)

# ------------------------------------------------------------------ chromium

def chromium_pdf(html_text, out):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(out) + ".html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    prof = tempfile.mkdtemp(prefix="chr", dir=TMP)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(prof, ignore_errors=True)


def items_html(items):
    o = []
    for it in items:
        if isinstance(it, str):
            o.append(f"<p class='ln'>{html.escape(it)}</p>")
        else:
            h, place, dates, bl = it
            o.append(f"<div class='it'><div class='row'><span class='ih'>{html.escape(h)}</span>"
                     f"<span class='dt'>{html.escape(dates)}</span></div><div class='pl'>{html.escape(place)}</div>")
            if bl:
                o.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bl) + "</ul>")
            o.append("</div>")
    return "\n".join(o)


def render_chromium(p, out, variant):
    cv = p["cv"]
    palette = {2: "#1d4e5f", 14: "#6b2d5c", 18: "#2f5d3a", 20: "#233a6b", 21: "#7a3b12", 10: "#0b6e99"}
    col = palette.get(p["n"], "#1d4e5f")
    native = f"<div class='nat'>{html.escape(cv['name_native'])}</div>" if cv.get("name_native") else ""
    css = f"""
    @page {{ size: {'A4' if variant=='sidebar' else 'Letter'}; margin: 0; }}
    body {{ margin:0; font-family: 'Noto Sans','DejaVu Sans', sans-serif; font-size: 10pt; color:#222; }}
    .wrap {{ display:flex; min-height: 100vh; }}
    .side {{ width: 34%; background:{col}; color:#fff; padding: 28px 18px; box-sizing:border-box; }}
    .side h3 {{ font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1px; border-bottom:1px solid rgba(255,255,255,.5); padding-bottom:3px; margin:18px 0 6px; }}
    .side p {{ margin: 3px 0; font-size: 9.2pt; }}
    .side p.c {{ font-size: 8pt; white-space: nowrap; }}
    .main {{ width: 66%; padding: 28px 26px; box-sizing:border-box; }}
    .one {{ padding: 40px 56px; }}
    h1 {{ margin:0; font-size: 21pt; color:{col}; }}
    .side h1 {{ color:#fff; font-size: 18pt; }}
    .nat {{ font-size: 11pt; margin-top:2px; }}
    .tag {{ font-size: 9.5pt; color:#555; margin: 4px 0 10px; }}
    .side .tag {{ color:#e8eef2; }}
    h2 {{ font-size: 11.5pt; color:{col}; text-transform: uppercase; border-bottom: 2px solid {col}; margin: 14px 0 6px; padding-bottom:2px; }}
    .it {{ margin-bottom: 7px; }}
    .row {{ display:flex; justify-content: space-between; gap: 10px; }}
    .ih {{ font-weight: bold; }}
    .dt {{ white-space: nowrap; color:#444; font-size: 9pt; }}
    .pl {{ font-style: italic; color:#333; font-size: 9.3pt; }}
    ul {{ margin: 2px 0 0 0; padding-left: 18px; font-size: 9pt; }}
    .ln {{ margin: 2px 0; }}
    .contact {{ font-size: 9.3pt; color:#333; }}
    """
    body_sections = "".join(f"<h2>{html.escape(t)}</h2>{items_html(its)}" for t, its in cv["sections"])
    if variant == "sidebar":
        head = f"<h1>{html.escape(cv['name_line'])}</h1>{native}<div class='tag'>{html.escape(cv['tagline'])}</div>"
        side = "<h3>Contact</h3>" + "".join(f"<p class='c'>{html.escape(c)}</p>" for c in cv["contact"])
        for t, its in cv.get("sidebar", []):
            side += f"<h3>{html.escape(t)}</h3>" + "".join(f"<p>{html.escape(x)}</p>" for x in its)
        body = f"<div class='wrap'><div class='side'>{side}</div><div class='main'>{head}{body_sections}</div></div>"
    else:
        body = (f"<div class='one'><h1>{html.escape(cv['name_line'])}</h1>{native}<div class='tag'>{html.escape(cv['tagline'])}</div>"
                f"<div class='contact'>{' &nbsp;·&nbsp; '.join(html.escape(c) for c in cv['contact'])}</div>{body_sections}</div>")
    doc = f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>CV</title><style>{css}</style></head><body>{body}</body></html>"
    chromium_pdf(doc, out)

# ------------------------------------------------------------------ docx (python-docx)

def render_docx(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cv = p["cv"]
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.6)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    if cv.get("header"):
        hp = d.sections[0].header.paragraphs[0]; hp.text = cv["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp.runs[0].font.size = Pt(9)
    if cv.get("footer"):
        fp = d.sections[0].footer.paragraphs[0]; fp.text = cv["footer"]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)
    h = d.add_paragraph(); r = h.add_run(cv["name_line"]); r.bold = True; r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1A, 0x3C, 0x6E)
    if cv.get("name_native"):
        d.add_paragraph(cv["name_native"]).runs[0].font.size = Pt(12)
    t = d.add_paragraph(cv["tagline"]); t.runs[0].italic = True
    if cv.get("contact_table"):
        tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
        for k, v in cv["contact_table"]:
            row = tb.add_row().cells; row[0].text = k; row[1].text = v
            row[0].paragraphs[0].runs[0].bold = True
            row[0].width = Cm(4); row[1].width = Cm(13)
    for c in cv.get("contact", []):
        d.add_paragraph(c)
    for title, items in cv["sections"]:
        hh = d.add_paragraph(); rr = hh.add_run(title.upper()); rr.bold = True; rr.font.size = Pt(12)
        rr.font.color.rgb = RGBColor(0x1A, 0x3C, 0x6E); hh.paragraph_format.space_before = Pt(10)
        if items == "TABLE":
            rows = cv["usce_table"]
            tb = d.add_table(rows=0, cols=len(rows[0])); tb.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = tb.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    run = cells[j].paragraphs[0].runs[0]; run.font.size = Pt(9)
                    if i == 0: run.bold = True
            continue
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it)
            else:
                hd, place, dates, bl = it
                pp = d.add_paragraph(); a = pp.add_run(hd); a.bold = True; pp.add_run("\t" + dates)
                pp.paragraph_format.tab_stops.add_tab_stop(Cm(17), alignment=2)
                pp.paragraph_format.space_after = Pt(0)
                q = d.add_paragraph(place); q.runs[0].italic = True
                q.paragraph_format.space_after = Pt(2)
                for b in bl:
                    d.add_paragraph(b, style="List Bullet")
    d.core_properties.title = "Curriculum Vitae"; d.core_properties.author = ""
    d.save(out)


def soffice_pdf(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo", dir=TMP)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")

# ------------------------------------------------------------------ odt (odfpy, Google-Docs-like)

def render_odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, List, ListItem, Span
    cv = p["cv"]
    doc = OpenDocumentText()
    def pstyle(name, size, bold=False, color="#000000", before="0cm", after="0.1cm", family="Arial"):
        s = Style(name=name, family="paragraph")
        s.addElement(TextProperties(fontsize=f"{size}pt", fontweight="bold" if bold else "normal", color=color, fontfamily=family))
        s.addElement(ParagraphProperties(margintop=before, marginbottom=after))
        doc.styles.addElement(s); return s
    title = pstyle("GTitle", 24, False, "#000000", "0cm", "0.05cm")
    sub = pstyle("GSub", 11, False, "#666666")
    h1 = pstyle("GH1", 14, True, "#1155cc", "0.45cm", "0.1cm")
    body = pstyle("GBody", 10.5)
    itm = pstyle("GItem", 10.5, True, "#000000", "0.15cm", "0cm")
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    doc.text.addElement(P(stylename=title, text=cv["name_line"]))
    if cv.get("name_native"):
        doc.text.addElement(P(stylename=sub, text=cv["name_native"]))
    doc.text.addElement(P(stylename=sub, text=cv["tagline"]))
    doc.text.addElement(P(stylename=body, text="  •  ".join(cv["contact"])))
    for t, items in cv["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text=t))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(P(stylename=body, text=it))
            else:
                hd, place, dates, bl = it
                doc.text.addElement(P(stylename=itm, text=f"{hd} — {dates}"))
                doc.text.addElement(P(stylename=body, text=place))
                if bl:
                    lst = List()
                    for b in bl:
                        li = ListItem(); li.addElement(P(stylename=body, text=b)); lst.addElement(li)
                    doc.text.addElement(lst)
    doc.save(out)

# ------------------------------------------------------------------ web form text

def render_webform(p, out):
    cv = p["cv"]
    lines = []
    for sec, fields in cv["form"]:
        lines.append(sec); lines.append("")
        for k, v in fields:
            lines.append(f"{k}:")
            lines.append(v)
            lines.append("")
        lines.append("")
    lines.append("Submitted via online application portal. Please do not reply to this message.")
    with open(out, "w", encoding="utf-8", newline="\r\n" if p["n"] == 5 else "\n") as fh:
        fh.write("\n".join(lines) + "\n")

# ------------------------------------------------------------------ RTF

def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        elif c < 65536:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
        else:
            hi = 0xD800 + ((c - 0x10000) >> 10); lo = 0xDC00 + ((c - 0x10000) & 0x3FF)
            o.append(f"\\u{hi - 65536}?\\u{lo - 65536}?")
    return "".join(o)


def render_rtf(p, out):
    cv = p["cv"]
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}{\f2\fnil Noto Sans Tamil;}}",
         r"{\info{\title Curriculum Vitae}}\paperw11906\paperh16838\margl1300\margr1300\margt1100\margb1100\f1\fs21"]
    r.append(r"\pard\qc\b\fs34 " + rtf_esc(cv["name_line"]) + r"\b0\fs21\par")
    if cv.get("name_native"):
        r.append(r"\pard\qc{\f2\fs24 " + rtf_esc(cv["name_native"]) + r"}\par")
    r.append(r"\pard\qc\i " + rtf_esc(cv["tagline"]) + r"\i0\par")
    r.append(r"\pard\qc " + rtf_esc("  \u2022  ".join(cv["contact"])) + r"\par\pard\par")
    for t, items in cv["sections"]:
        r.append(r"\pard\sb160\sa60\brdrb\brdrs\brdrw10\brsp20\b\fs24 " + rtf_esc(t.upper()) + r"\b0\fs21\par")
        for it in items:
            if isinstance(it, str):
                r.append(r"\pard\sa40 " + rtf_esc(it) + r"\par")
            else:
                hd, place, dates, bl = it
                r.append(r"\pard\tqr\tx9300\b " + rtf_esc(hd) + r"\b0\tab " + rtf_esc(dates) + r"\par")
                r.append(r"\pard\sa40\i " + rtf_esc(place) + r"\i0\par")
                for b in bl:
                    r.append(r"\pard\li360\fi-200 \u8226? " + rtf_esc(b) + r"\par")
    r.append("}")
    with open(out, "w", encoding="ascii") as fh:
        fh.write("\n".join(r))

# ------------------------------------------------------------------ scans

def degrade(pdf, out, n, kind):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = random.Random(1000 + n)
    base = os.path.join(TMP, f"scan{n}")
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, base], check=True)
    srcs = sorted(f for f in os.listdir(TMP) if f.startswith(f"scan{n}-") and f.endswith(".png"))
    if len(srcs) > 1 and not out.endswith(".pdf"):
        raise RuntimeError(f"{out}: source has {len(srcs)} pages; image output must be one page")
    pages = [degrade_page(Image.open(os.path.join(TMP, f)).convert("L" if kind != "photo" else "RGB"), n * 10 + i, kind, rnd)
             for i, f in enumerate(srcs)]
    if out.endswith(".pdf"):
        jps = []
        for i, im in enumerate(pages):
            jp = os.path.join(TMP, f"scan{n}_{i}.jpg")
            im.convert("RGB").save(jp, "JPEG", quality=38 if n == 20 else 60)
            jps.append(Image.open(jp))
        jps[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=jps[1:])
    elif out.endswith(".png"):
        pages[0].save(out, "PNG", optimize=True)
    else:
        pages[0].convert("RGB").save(out, "JPEG", quality=55)


def degrade_page(im, n, kind, rnd):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    if kind == "photo":
        w, h = im.size
        pad = 120
        canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 74, 58))  # wooden desk
        canvas.paste(im, (pad, pad))
        W, H = canvas.size
        # perspective: map output quad corners to input
        k = 0.5 if n // 10 == 18 else 1.0
        # PIL QUAD: source corners UL, LL, LR, UR -> output rectangle (camera tilt = keystone)
        quad = (pad * 0.2 - 40 * k, pad * 0.3,
                pad * 0.1 + rnd.uniform(0, 15), H - pad * 0.2,
                W - pad * 0.15, H - pad * 0.25 + rnd.uniform(-10, 10),
                W - pad * 0.3 + 90 * k, pad * 0.1 - 30 * k)
        im = canvas.transform((W, H), Image.QUAD, data=quad, resample=Image.BICUBIC)
        im = im.rotate(rnd.uniform(-3, 3), resample=Image.BICUBIC, expand=False, fillcolor=(92, 74, 58))
        # uneven lighting
        arr = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:arr.shape[0], 0:arr.shape[1]]
        light = 0.75 + 0.3 * (xx / arr.shape[1]) * (1 - 0.4 * yy / arr.shape[0])
        arr = arr * light[..., None] * np.array([1.0, 0.97, 0.9])
        arr += np.random.default_rng(n).normal(0, 7, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        im = im.filter(ImageFilter.GaussianBlur(1.1))
        im = ImageEnhance.Contrast(im).enhance(0.8)
        im = im.resize((int(im.width * 0.85), int(im.height * 0.85)))
    else:
        im = im.rotate(rnd.uniform(0.6, 2.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=True, fillcolor=255)
        arr = np.asarray(im).astype(np.float32)
        arr = 235 - (235 - arr) * 0.82  # lower contrast / grey paper
        arr += np.random.default_rng(n).normal(0, 9, arr.shape)
        sp = np.random.default_rng(n + 1).random(arr.shape)
        arr[sp < 0.002] = 30
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return im


TOOLCHAIN = {
    "eras_list": "reportlab (DejaVu Sans, Letter), ERAS-like list",
    "reportlab": "reportlab (DejaVu Serif, A4), classic centred CV",
    "fpdf2": "fpdf2 (DejaVu TTF, A4)",
    "eras_fpdf2": "fpdf2 (DejaVu TTF, Letter), ERAS-like shaded section bars",
    "chromium_sidebar": "HTML/CSS two-column with coloured sidebar -> Chromium --headless --print-to-pdf",
    "chromium_onecol": "HTML/CSS one column -> Chromium --headless --print-to-pdf",
    "lo_docx_table": "python-docx with tables -> LibreOffice headless --convert-to pdf",
    "docx_headerfooter": "python-docx, delivered as .docx (contacts in header/footer)",
    "gdocs_odt": "odfpy, Google-Docs-like styles, delivered as .odt",
    "odt_pdf": "odfpy .odt -> LibreOffice headless --convert-to pdf",
    "webform_txt": "plain UTF-8 text pasted from a web form (label:/value lines)",
    "rtf": "hand-written RTF 1.x with \\uN escapes, delivered as .rtf",
    "scan_pdf": "rendered page -> pdftoppm 150 dpi -> PIL rotate/noise/blur/JPEG -> image-only PDF",
    "scan_png": "reportlab page -> pdftoppm 150 dpi -> PIL rotate/noise/low contrast -> PNG",
    "photo_jpg": "Chromium page -> pdftoppm -> PIL phone photo (desk background, perspective, lighting, blur) -> JPG",
    "damaged_truncated": "reportlab PDF cut to its first 900 bytes",
    "damaged_encrypted": "reportlab PDF encrypted with pypdf AES-256 user password",
    "damaged_random": "18 KB of random bytes named .docx",
}


def write_notes():
    lines = ["# w101 — medical students and very recent graduates", "",
             "Reference date 2026-12-01. Rebuild: `bash generators/build.sh` (renders files/, writes truth.jsonl, runs check.py).", "",
             "| file | layout | toolchain | what is tricky |", "|---|---|---|---|"]
    for p in PEOPLE:
        lines.append(f"| {fname(p)} | {p['layout']} | {TOOLCHAIN[p['layout']]} | {p['tricky']} |")
    for d in DAMAGED:
        lines.append(f"| {fname(d)} | {d['layout']} | {TOOLCHAIN[d['layout']]} | must be reported as error (not a readable CV) |")
    lines += ["", "## Judgement calls", "",
              "- Core clerkships of Caribbean students in US hospitals and student electives described as hands-on are `hands_on`.",
              "- Planned / scheduled / confirmed-but-not-started 2027 rotations are not USCE.",
              "- `Summer 2024 (June–August)` is 2024-06..2024-08; `4 weeks, starting 2 June 2025` is 2025-06 only; dd/mm/yyyy ranges use the real months covered.",
              "- A rotation whose specialty is not in the contract list (Addiction Medicine, file 012) has specialty null.",
              "- `Pulmonary & Critical Care` observership (file 014) is labelled Pulmonology.",
              "- Step 2 CK 'scheduled' / 'not yet taken' is null; NBME/UWSA/CBSE practice scores, PLAB, OET, COMLEX line, PH boards are ignored.",
              "- Publications count only peer-reviewed journal articles (not posters, abstracts, book chapters, submitted/under review/in preparation).",
              "- Visa null when the CV says nothing (file 001 even though the applicant lives in the US; file 015).",
              "- ECFMG: 'pending graduation' -> pending; 'Not certified' -> not_certified; 'Certified' -> certified.",
              ]
    open(os.path.join(ROOT, "generators", "NOTES.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")

# ------------------------------------------------------------------ main

def build_one(p):
    out = os.path.join(FILES, fname(p))
    lay = p["layout"]
    if p.get("scan"):
        tmp_pdf = os.path.join(TMP, f"src{p['n']}.pdf")
        if p["src"] == "reportlab":
            render_reportlab(p, tmp_pdf, style="eras")
        else:
            render_chromium(p, tmp_pdf, "onecol")
        degrade(tmp_pdf, out, p["n"], "photo" if lay.startswith("photo") else "scan")
    elif lay == "eras_list":
        render_reportlab(p, out, style="eras")
    elif lay == "reportlab":
        render_reportlab(p, out, style="classic")
    elif lay == "fpdf2":
        render_fpdf2(p, out, "plain")
    elif lay == "eras_fpdf2":
        render_fpdf2(p, out, "eras")
    elif lay in ("chromium_sidebar", "chromium_onecol"):
        render_chromium(p, out, "sidebar" if lay == "chromium_sidebar" else "onecol")
    elif lay == "lo_docx_table":
        dx = os.path.join(TMP, fname(p)[:-4] + ".docx"); render_docx(p, dx)
        shutil.move(soffice_pdf(dx, TMP), out)
    elif lay == "docx_headerfooter":
        render_docx(p, out)
    elif lay == "gdocs_odt":
        render_odt(p, out)
    elif lay == "odt_pdf":
        od = os.path.join(TMP, fname(p)[:-4] + ".odt"); render_odt(p, od)
        shutil.move(soffice_pdf(od, TMP), out)
    elif lay == "webform_txt":
        render_webform(p, out)
    elif lay == "rtf":
        render_rtf(p, out)
    else:
        raise ValueError(lay)
    return out


def build_damaged(d):
    out = os.path.join(FILES, fname(d))
    if d["how"] == "truncated":
        fake = dict(n=99, layout="x", cv=dict(name_line="Farida Yusupova", tagline="6th-year student, Astana Medical University",
                    contact=["f.yusupova@example.kz", "+7 701 555 1234"],
                    sections=[("Education", [("MD (expected 2027)", "Astana Medical University, Kazakhstan", "2021 – present", [])])]))
        tmp = os.path.join(TMP, "trunc_src.pdf"); render_reportlab(fake, tmp, "eras")
        data = open(tmp, "rb").read()
        open(out, "wb").write(data[:900])
    elif d["how"] == "encrypted":
        from pypdf import PdfReader, PdfWriter
        fake = dict(n=98, layout="x", cv=dict(name_line="Olumide Bakare", tagline="Final-year MBBS, Lagos",
                    contact=["o.bakare@example.ng"], sections=[("Education", ["MBBS, University of Lagos (expected 2027)"])]))
        tmp = os.path.join(TMP, "enc_src.pdf"); render_reportlab(fake, tmp, "eras")
        w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(tmp).pages]
        w.encrypt(user_password="Xq7!rotation2026", owner_password="own-9921", algorithm="AES-256")
        with open(out, "wb") as fh: w.write(fh)
    else:
        open(out, "wb").write(random.Random(24).randbytes(18431))
    return out


def main():
    os.makedirs(FILES, exist_ok=True); os.makedirs(TMP, exist_ok=True)
    for f in os.listdir(FILES): os.remove(os.path.join(FILES, f))
    rows = []
    for p in PEOPLE:
        build_one(p)
        row = {"file": fname(p), "layout": p["layout"]}
        row.update(p["truth"])
        if p.get("scan"): row["needs_ocr"] = True
        rows.append(row)
        print("built", fname(p))
    for d in DAMAGED:
        build_damaged(d)
        rows.append({"file": fname(d), "layout": d["layout"], "error": True})
        print("built", fname(d))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_notes()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
