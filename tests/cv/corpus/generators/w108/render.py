# -*- coding: utf-8 -*-
"""Render every w108 person to its layout. Usage: python render.py OUTDIR"""
import os, sys, subprocess, shutil, tempfile, html, re
sys.path.insert(0, os.path.dirname(__file__))
from persons import P
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files")
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)

def fname(p, ext):
    return f"w108_{p['id']}_{p['layout']}.{ext}"

def split_entry(s):
    s = s[1:]
    if " || " in s:
        a, b = s.split(" || ", 1)
        return a, b
    return s, ""

# ------------------------------------------------------------------ DOCX
def _set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold
    if color: run.font.color.rgb = RGBColor.from_string(color)

def _page_field(paragraph):
    r = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        else:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt; r._r.append(e)

def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def build_docx(p, path, style="classic"):
    fonts = {"classic": ("Times New Roman", "Times New Roman"),
             "wps": ("Bookman Old Style", "Century Gothic"),      # not installed -> LibreOffice substitutes
             "headerfooter": ("Calibri", "Cambria"),
             "tables": ("Arial", "Arial")}[style]
    body_font, head_font = fonts
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    st = doc.styles['Normal']; st.font.name = body_font; st.font.size = Pt(10.5 if style != "wps" else 11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), body_font)
    usable = sec.page_width - sec.left_margin - sec.right_margin

    if style == "headerfooter":
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_font(hp.add_run(p["header_text"]), head_font, 9, color="555555")
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(fp.add_run(p["footer_text"]), body_font, 8.5, color="555555"); _page_field(fp)

    # heading
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(h.add_run(p["heading"]), head_font, 17 if style != "wps" else 16, bold=True,
              color="1F3864" if style != "classic" else None)
    if p.get("subtitle"):
        s = doc.add_paragraph(); s.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fn = "Noto Sans Ethiopic" if re.search('[\u1200-\u137f]', p["subtitle"]) else ("Noto Naskh Arabic" if re.search('[\u0600-\u06ff]', p["subtitle"]) else head_font)
        _set_font(s.add_run(p["subtitle"]), fn, 12)
    if p["contact"]:
        if style == "tables":
            pass
        else:
            c = doc.add_paragraph(); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(c.add_run("  |  ".join(p["contact"]) if style != "classic" else "\n".join(p["contact"])), body_font, 10)

    def section_title(t):
        if style == "tables":
            tb = doc.add_table(rows=1, cols=1); tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell = tb.rows[0].cells[0]; _shade(cell, "D9E2F3")
            _set_font(cell.paragraphs[0].add_run(t.upper()), head_font, 11, bold=True)
            return
        para = doc.add_paragraph(); para.paragraph_format.space_before = Pt(10); para.paragraph_format.space_after = Pt(3)
        _set_font(para.add_run(t.upper()), head_font, 12, bold=True, color="1F3864" if style != "classic" else None)
        # bottom border
        pPr = para._p.get_or_add_pPr(); bdr = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
        for k, v in (('w:val', 'single'), ('w:sz', '6'), ('w:space', '1'), ('w:color', '1F3864')): b.set(qn(k), v)
        bdr.append(b); pPr.append(bdr)

    section_title("PERSONAL DATA" if style != "headerfooter" else "Personal Details")
    tb = doc.add_table(rows=0, cols=2); tb.style = 'Table Grid'
    for k, v in p["personal"]:
        r = tb.add_row().cells
        _set_font(r[0].paragraphs[0].add_run(k + ":"), body_font, 10, bold=True); _set_font(r[1].paragraphs[0].add_run(v), body_font, 10)
        r[0].width = Cm(5); r[1].width = Cm(12)

    for title, items in p["sections"]:
        section_title(title)
        if style == "tables" and any(i.startswith("@") for i in items):
            t2 = doc.add_table(rows=0, cols=2); t2.style = 'Table Grid'
            cur = None
            for it in items:
                if it.startswith("@"):
                    a, b = split_entry(it); cur = t2.add_row().cells
                    _set_font(cur[0].paragraphs[0].add_run(b), body_font, 9.5); cur[0].width = Cm(4)
                    _set_font(cur[1].paragraphs[0].add_run(a), body_font, 10, bold=True); cur[1].width = Cm(13)
                elif it.startswith("- ") and cur is not None:
                    _set_font(cur[1].add_paragraph().add_run("• " + it[2:]), body_font, 9.5)
                else:
                    cur = t2.add_row().cells; m = cur[0].merge(cur[1]); _set_font(m.paragraphs[0].add_run(it), body_font, 10)
            continue
        for it in items:
            if it.startswith("@"):
                a, b = split_entry(it)
                para = doc.add_paragraph(); para.paragraph_format.space_before = Pt(4); para.paragraph_format.space_after = Pt(0)
                para.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
                _set_font(para.add_run(a), body_font, None, bold=True)
                if b: _set_font(para.add_run("\t" + b), body_font, None, bold=False)
            elif it.startswith("- "):
                para = doc.add_paragraph(style='List Bullet'); para.paragraph_format.space_after = Pt(0)
                _set_font(para.add_run(it[2:]), body_font)
            else:
                para = doc.add_paragraph(); para.paragraph_format.space_after = Pt(2)
                _set_font(para.add_run(it), body_font)
    if style == "tables":
        # tables-only CV: signature line with the date in a table too
        t3 = doc.add_table(rows=1, cols=2)
        _set_font(t3.rows[0].cells[0].paragraphs[0].add_run("Signature: ____________"), body_font, 9)
        _set_font(t3.rows[0].cells[1].paragraphs[0].add_run("Date: 10/11/2026"), body_font, 9)
    doc.core_properties.author = "User" if style == "wps" else p["name"]
    doc.core_properties.title = "CV"
    doc.save(path)

def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_w108_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)

def via_lo(p, dst, style, fmt):
    tmp = tempfile.mkdtemp(prefix="w108_")
    base = fname(p, "docx").rsplit(".", 1)[0]
    src = os.path.join(tmp, base + ".docx")
    build_docx(p, src, style)
    soffice(src, fmt, tmp)
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(tmp, base + "." + ext), dst)
    shutil.rmtree(tmp, ignore_errors=True)

# ------------------------------------------------------------------ hand RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def build_rtf(p, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\fs22",
         r"\pard\qc\b\f1\fs32 " + rtf_escape(p["heading"]) + r"\b0\fs22\par"]
    for c in p["contact"]:
        L.append(r"\pard\qc\f0 " + rtf_escape(c) + r"\par")
    L.append(r"\pard\sb200\b\f1 PERSONAL DATA\b0\f0\par")
    for k, v in p["personal"]:
        L.append(r"\trowd\trgaph108\cellx3000\cellx9600\pard\intbl\b " + rtf_escape(k) + r":\b0\cell " + rtf_escape(v) + r"\cell\row")
    for title, items in p["sections"]:
        L.append(r"\pard\sb240\sa60\brdrb\brdrs\brdrw10\b\f1 " + rtf_escape(title) + r"\b0\f0\par")
        for it in items:
            if it.startswith("@"):
                a, b = split_entry(it)
                L.append(r"\pard\tqr\tx9600\sb80\b " + rtf_escape(a) + r"\b0\tab " + rtf_escape(b) + r"\par")
            elif it.startswith("- "):
                L.append(r"\pard\fi-240\li480 \bullet\tab " + rtf_escape(it[2:]) + r"\par")
            else:
                L.append(r"\pard " + rtf_escape(it) + r"\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ------------------------------------------------------------------ Chromium two-column
SIDE_TITLES = {"USMLE / Certification", "USMLE", "Languages", "References", "Referees"}
def build_html(p, variant):
    e = html.escape
    side, main = [], []
    def render_items(items, out):
        ul = False
        for it in items:
            if it.startswith("- "):
                if not ul: out.append("<ul>"); ul = True
                out.append(f"<li>{e(it[2:])}</li>"); continue
            if ul: out.append("</ul>"); ul = False
            if it.startswith("@"):
                a, b = split_entry(it)
                out.append(f'<div class="ent"><span class="role">{e(a)}</span><span class="dt">{e(b)}</span></div>')
            else:
                out.append(f"<p>{e(it)}</p>")
        if ul: out.append("</ul>")
    side.append('<div class="photo">' + "".join(w[0] for w in p["name"].split()[:2]) + "</div>")
    side.append("<h3>Contact</h3>" + "".join(f"<p>{e(c)}</p>" for c in p["contact"]))
    side.append("<h3>Personal Data</h3>" + "".join(f"<p><b>{e(k)}:</b> {e(v)}</p>" for k, v in p["personal"]))
    for title, items in p["sections"]:
        tgt = side if title in SIDE_TITLES else main
        tgt.append(f"<h3>{e(title)}</h3>" if tgt is side else f"<h2>{e(title)}</h2>")
        render_items(items, tgt)
    accent = "#0b5d4b" if variant == 0 else "#7a1f2b"
    css = f"""
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color:#222; }}
.wrap {{ display:flex; min-height: 297mm; }}
.side {{ width: 66mm; background:{accent}; color:#f4f4f4; padding: 14mm 6mm; box-sizing:border-box; font-size:9pt; }}
.side h3 {{ text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #ddd; font-size:10pt; margin-top:14px; }}
.side p {{ margin: 3px 0; word-wrap: break-word; }}
.photo {{ width:26mm; height:26mm; border-radius:50%; background:#fff; color:{accent}; font-size:20pt; font-weight:bold;
          display:flex; align-items:center; justify-content:center; margin: 0 auto 8px; }}
.main {{ flex:1; padding: 14mm 10mm; box-sizing:border-box; }}
h1 {{ margin:0; font-size: 24pt; color:{accent}; font-family: 'DejaVu Serif', serif; }}
.sub {{ color:#666; margin-bottom: 8px; }}
h2 {{ font-size: 12pt; color:{accent}; border-bottom: 2px solid {accent}; margin: 14px 0 6px; text-transform: uppercase; }}
.ent {{ display:flex; justify-content:space-between; gap:8px; margin-top:6px; }}
.role {{ font-weight:bold; }} .dt {{ white-space:nowrap; color:#555; font-style:italic; }}
ul {{ margin: 2px 0 2px 16px; padding:0; }} p {{ margin: 3px 0; }}
"""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(p['name'])} - CV</title><style>{css}</style></head>
<body><div class="wrap"><div class="side">{''.join(side)}</div><div class="main"><h1>{e(p['heading'])}</h1>
<div class="sub">{e(p.get('subtitle',''))}</div>{''.join(main)}</div></div></body></html>"""

def chromium_pdf(htmltext, dst):
    tmp = tempfile.mkdtemp(prefix="w108_ch_")
    hp = os.path.join(tmp, "cv.html"); open(hp, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/prof", f"--print-to-pdf={dst}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)

# ------------------------------------------------------------------ reportlab
def build_reportlab(p, dst, variant):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSer", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    reg, bold = ("DVSer", "DVSerB") if variant == "classic" else ("DVS", "DVSB")
    acc = colors.HexColor("#222222") if variant == "classic" else colors.HexColor("#1d4e89")
    e = html.escape
    N = ParagraphStyle("n", fontName=reg, fontSize=9.5, leading=12.5)
    B = ParagraphStyle("b", parent=N, leftIndent=12, bulletIndent=3)
    H1 = ParagraphStyle("h1", fontName=bold, fontSize=19, leading=23, textColor=acc, alignment=1 if variant == "classic" else 0)
    C = ParagraphStyle("c", parent=N, alignment=1 if variant == "classic" else 0, textColor=colors.HexColor("#444444"))
    H2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, textColor=acc, spaceBefore=8)
    R = ParagraphStyle("r", parent=N, alignment=2, textColor=colors.HexColor("#555555"))
    story = [Paragraph(e(p["heading"]), H1), Spacer(1, 3),
             Paragraph(" &nbsp;•&nbsp; ".join(e(c) for c in p["contact"]), C), Spacer(1, 4)]
    W = (A4[0] if variant == "classic" else letter[0]) - 36 * mm
    def h2(t):
        story.append(Paragraph(e(t.upper() if variant == "classic" else t), H2))
        story.append(HRFlowable(width="100%", thickness=0.8, color=acc, spaceAfter=3))
    h2("Personal Data")
    t = Table([[Paragraph(f"<b>{e(k)}</b>", N), Paragraph(e(v), N)] for k, v in p["personal"]], colWidths=[45 * mm, W - 45 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), reg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story.append(t)
    for title, items in p["sections"]:
        h2(title)
        for it in items:
            if it.startswith("@"):
                a, b = split_entry(it)
                tt = Table([[Paragraph(f"<b>{e(a)}</b>", N), Paragraph(e(b), R)]], colWidths=[W - 45 * mm, 45 * mm])
                tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
                story.append(tt)
            elif it.startswith("- "):
                story.append(Paragraph(e(it[2:]), B, bulletText="•"))
            else:
                story.append(Paragraph(e(it), N))
    doc = SimpleDocTemplate(dst, pagesize=A4 if variant == "classic" else letter, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Curriculum Vitae", author=p["name"])
    doc.build(story)

# ------------------------------------------------------------------ fpdf2
def build_fpdf(p, dst, variant):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    W = pdf.w - 36
    if variant == "banner":
        pdf.set_fill_color(30, 70, 60); pdf.rect(0, 0, pdf.w, 34, "F"); pdf.set_text_color(255, 255, 255)
        pdf.set_xy(18, 8); pdf.set_font("DV", "B", 20); pdf.cell(W, 10, p["heading"])
        pdf.set_xy(18, 20); pdf.set_font("DV", "", 9.5); pdf.cell(W, 6, "   |   ".join(p["contact"]))
        pdf.set_text_color(20, 20, 20); pdf.set_y(40)
    else:
        pdf.set_font("DV", "B", 17); pdf.cell(W, 9, p["heading"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for c in p["contact"]:
            pdf.cell(W, 5, c, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    def h2(t):
        pdf.ln(2); pdf.set_font("DV", "B", 11.5); pdf.cell(W, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y()); pdf.ln(1.5)
    h2("PERSONAL DATA" if variant != "banner" else "Personal Data")
    for k, v in p["personal"]:
        pdf.set_font("DV", "B", 9.5); pdf.cell(45, 5.2, k + ":")
        pdf.set_font("DV", "", 9.5); pdf.multi_cell(W - 45, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    for title, items in p["sections"]:
        h2(title)
        for it in items:
            if it.startswith("@"):
                a, b = split_entry(it)
                pdf.set_font("DV", "", 9); bw = pdf.get_string_width(b) + 2
                y = pdf.get_y(); pdf.set_xy(18 + W - bw, y); pdf.cell(bw, 5.2, b, align="R")
                pdf.set_xy(18, y); pdf.set_font("DV", "B", 9.5); pdf.multi_cell(W - bw - 3, 5.2, a, new_x="LMARGIN", new_y="NEXT")
            elif it.startswith("- "):
                pdf.set_font("DV", "", 9.5); pdf.set_x(22); pdf.cell(4, 5, "•")
                pdf.multi_cell(W - 8, 5, it[2:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "", 9.5); pdf.multi_cell(W, 5, it, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("CV"); pdf.set_author(p["name"])
    pdf.output(dst)

# ------------------------------------------------------------------ plain text
def build_txt(p, dst):
    L = [p["heading"], "=" * len(p["heading"])]
    L += p["contact"] + ["", "PERSONAL DATA"]
    L += [f"  {k}: {v}" for k, v in p["personal"]]
    for title, items in p["sections"]:
        L += ["", title, "-" * len(title)]
        for it in items:
            if it.startswith("@"):
                a, b = split_entry(it); L.append(f"{a}  ({b})" if b else a)
            elif it.startswith("- "):
                L.append("   * " + it[2:])
            else:
                L.append(it)
    crlf = p["id"] == "016"
    txt = "\n".join(L) + "\n"
    with open(dst, "w", encoding="utf-8", newline="\r\n" if crlf else "\n") as f:
        f.write(txt)

# ------------------------------------------------------------------ dispatch for readable layouts
def render_readable(p, layout, outdir, base=None):
    base = base or fname(p, "x").rsplit(".", 1)[0]
    if layout == "docx_lo_pdf":
        dst = os.path.join(outdir, base + ".pdf"); via_lo(p, dst, "classic", "pdf")
    elif layout == "wps_lo_pdf":
        dst = os.path.join(outdir, base + ".pdf"); via_lo(p, dst, "wps", "pdf")
    elif layout == "lo_rtf":
        dst = os.path.join(outdir, base + ".rtf"); via_lo(p, dst, "classic", "rtf")
    elif layout == "docx_headerfooter":
        dst = os.path.join(outdir, base + ".docx"); build_docx(p, dst, "headerfooter")
    elif layout == "docx_tables":
        dst = os.path.join(outdir, base + ".docx"); build_docx(p, dst, "tables")
    elif layout == "rtf_hand":
        dst = os.path.join(outdir, base + ".rtf"); build_rtf(p, dst)
    elif layout == "chromium_twocol":
        dst = os.path.join(outdir, base + ".pdf"); chromium_pdf(build_html(p, int(p["id"]) % 2), dst)
    elif layout.startswith("reportlab_"):
        dst = os.path.join(outdir, base + ".pdf"); build_reportlab(p, dst, layout.split("_")[1])
    elif layout.startswith("fpdf2_"):
        dst = os.path.join(outdir, base + ".pdf"); build_fpdf(p, dst, layout.split("_")[1])
    elif layout == "plaintext":
        dst = os.path.join(outdir, base + ".txt"); build_txt(p, dst)
    else:
        raise ValueError(layout)
    return dst

if __name__ == "__main__":
    only = sys.argv[2:] 
    for p in P:
        if "source" in p: continue
        if only and p["id"] not in only: continue
        print(render_readable(p, p["layout"], OUT))
