# -*- coding: utf-8 -*-
"""Renderers: one person dict -> one file through a real toolchain."""
import html, os, subprocess, shutil, tempfile

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def full_title(p):
    return p["name"] + ((", " + p["postnom"]) if p.get("postnom") else "")


def soffice_convert(src, outdir, fmt="pdf"):
    prof = tempfile.mkdtemp(prefix="w117_lo_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


def chromium_pdf(html_text, out):
    d = tempfile.mkdtemp(prefix="w117_ch_")
    src = os.path.join(d, "cv.html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={d}/prof", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(d, ignore_errors=True)


# ------------------------------------------------------------------ HTML
def _entry_html(e):
    if isinstance(e, str):
        return f"<li>{html.escape(e)}</li>"
    d, t, pl, b = e
    bl = "".join(f"<li>{html.escape(x)}</li>" for x in b)
    return (f"<div class='job'><div class='dt'>{html.escape(d)}</div><div class='jb'><b>{html.escape(t)}</b><br>"
            f"<i>{html.escape(pl)}</i>{'<ul>'+bl+'</ul>' if bl else ''}</div></div>")


def _sections_html(p):
    out = []
    for title, items in p["sections"]:
        strs = [x for x in items if isinstance(x, str)]
        jobs = [x for x in items if not isinstance(x, str)]
        out.append(f"<h2>{html.escape(title)}</h2>")
        if jobs:
            out.append("".join(_entry_html(j) for j in jobs))
        if strs:
            out.append("<ul>" + "".join(_entry_html(s) for s in strs) + "</ul>")
    return "\n".join(out)


def html_sidebar(p):
    native = f"<div class='native' lang='ta'>{html.escape(p['native'])}</div>" if p.get("native") else ""
    contacts = "".join(f"<div class='ck'>{html.escape(k)}</div><div class='cv'>{html.escape(v)}</div>" for k, v in p["contact"])
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9.3pt; color:#222; }}
.wrap {{ display:flex; min-height: 297mm; }}
.side {{ width: 62mm; background:#1f3a5f; color:#fff; padding: 14mm 6mm; box-sizing:border-box; }}
.side h1 {{ font-size: 17pt; margin:0 0 2mm 0; line-height:1.15; }}
.side .pn {{ font-size: 9pt; opacity:.85; margin-bottom: 6mm; }}
.native {{ font-family: 'Noto Sans Tamil','Noto Serif Tamil','Noto Sans Arabic',sans-serif; font-size: 12pt; margin-bottom:4mm; }}
.ck {{ text-transform: uppercase; font-size: 7pt; letter-spacing: .08em; opacity:.7; margin-top:3mm; }}
.cv {{ font-size: 8.6pt; word-wrap: break-word; }}
.main {{ flex:1; padding: 12mm 10mm; box-sizing:border-box; }}
.hl {{ font-size: 11pt; color:#1f3a5f; font-weight:600; margin-bottom:3mm; }}
h2 {{ font-size: 10.5pt; color:#1f3a5f; border-bottom: 1.2px solid #1f3a5f; margin: 4mm 0 1.5mm; text-transform: uppercase; }}
.job {{ display:flex; margin-bottom: 1.6mm; }} .dt {{ width: 38mm; flex: none; color:#555; font-size:8.5pt; }}
ul {{ margin: 0.5mm 0 0.5mm 4mm; padding-left: 3mm; }} li {{ margin-bottom: .6mm; }}
</style></head><body><div class='wrap'><div class='side'><h1>{html.escape(p['name'])}</h1><div class='pn'>{html.escape(p.get('postnom',''))}</div>
{native}{contacts}</div><div class='main'><div class='hl'>{html.escape(p['headline'])}</div>{_sections_html(p)}</div></div></body></html>"""


def html_classic(p):
    native = f"<span class='native' lang='ar' dir='rtl'>{html.escape(p['native'])}</span>" if p.get("native") else ""
    contacts = " &nbsp;&bull;&nbsp; ".join(f"{html.escape(k)}: {html.escape(v)}" for k, v in p["contact"])
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
@page {{ size: A4; margin: 16mm 17mm 16mm 17mm; }}
body {{ font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 10.2pt; color:#111; }}
header {{ text-align:center; border-bottom: 2px double #444; padding-bottom: 3mm; }}
h1 {{ font-size: 19pt; margin:0; font-variant: small-caps; letter-spacing:.03em; }}
.native {{ font-family: 'Noto Naskh Arabic','Noto Sans Arabic',serif; font-size: 14pt; display:block; margin-top:1mm; }}
.pn {{ font-style: italic; }} .ct {{ font-size: 9pt; margin-top: 2mm; }}
.hl {{ text-align:center; margin-top: 2mm; font-weight:bold; }}
h2 {{ font-size: 11pt; text-transform: uppercase; letter-spacing: .06em; margin: 4mm 0 1mm; border-bottom: .8px solid #999; }}
.job {{ display:flex; margin: 1mm 0; }} .dt {{ width: 44mm; flex:none; font-weight:bold; font-size: 9.4pt; }}
ul {{ margin: .5mm 0; padding-left: 5mm; }}
</style></head><body><header><h1>{html.escape(p['name'])}</h1>{native}<div class='pn'>{html.escape(p.get('postnom',''))}</div>
<div class='ct'>{contacts}</div></header><div class='hl'>{html.escape(p['headline'])}</div>{_sections_html(p)}</body></html>"""


# ------------------------------------------------------------------ DOCX
def _docx_body(doc, p, skip_name=False):
    from docx.shared import Pt, Cm
    for title, items in p["sections"]:
        h = doc.add_heading(title, level=2)
        for e in items:
            if isinstance(e, str):
                doc.add_paragraph(e, style="List Bullet")
            else:
                d, t, pl, b = e
                para = doc.add_paragraph()
                r = para.add_run(d + "\t"); r.bold = True
                para.add_run(t).bold = True
                para.add_run("\n" + pl).italic = True
                para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
                for x in b:
                    doc.add_paragraph(x, style="List Bullet 2")


def docx_table(p, out):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(1.8)
    t = doc.add_paragraph(); r = t.add_run(full_title(p)); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph(p["headline"]).runs[0].italic = True
    tbl = doc.add_table(rows=0, cols=2); tbl.style = "Table Grid"
    for k, v in p["contact"]:
        row = tbl.add_row().cells
        row[0].text = k; row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True
    _docx_body(doc, p)
    doc.save(out)


def docx_headerfooter(p, out):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2); sec.header_distance = Cm(0.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(full_title(p)); r.bold = True; r.font.size = Pt(15)
    hp.add_run("\n" + "  |  ".join(f"{k}: {v}" for k, v in p["contact"] if k.lower().startswith(("tel", "mob", "phone")))).font.size = Pt(9)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "  ·  ".join(f"{k}: {v}" for k, v in p["contact"] if not k.lower().startswith(("tel", "mob", "phone")))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in fp.runs: run.font.size = Pt(8)
    h = doc.add_paragraph(); rr = h.add_run("CURRICULUM VITAE - " + p["headline"]); rr.bold = True
    _docx_body(doc, p)
    doc.save(out)


# ------------------------------------------------------------------ ODT
def odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    hs = Style(name="Sec", family="paragraph")
    hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
    ind = Style(name="Ind", family="paragraph"); ind.addElement(ParagraphProperties(marginleft="0.8cm"))
    for s in (big, hs, small, ind): doc.styles.addElement(s)
    for s in (bold, ital): doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=big, text=full_title(p)))
    doc.text.addElement(P(text=p["headline"]))
    doc.text.addElement(P(stylename=small, text=" | ".join(f"{k}: {v}" for k, v in p["contact"])))
    for title, items in p["sections"]:
        doc.text.addElement(P(stylename=hs, text=title))
        for e in items:
            if isinstance(e, str):
                doc.text.addElement(P(text="• " + e))
            else:
                d, t, pl, b = e
                para = P()
                para.addElement(Span(stylename=bold, text=d + " — " + t))
                doc.text.addElement(para)
                pp = P(stylename=ind); pp.addElement(Span(stylename=ital, text=pl)); doc.text.addElement(pp)
                for x in b:
                    doc.text.addElement(P(stylename=ind, text="– " + x))
    doc.save(out)


# ------------------------------------------------------------------ fpdf2
def fpdf2_classic(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", DEJAVU_SERIF); pdf.add_font("DV", "B", DEJAVU_SERIF_B)
    pdf.add_page()
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 10)
    if p.get("postnom"): pdf.cell(0, 5, p["postnom"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 5, p["headline"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 8.5)
    pdf.multi_cell(0, 4.5, "   ".join(f"{k}: {v}" for k, v in p["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    for title, items in p["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.set_text_color(20, 60, 40)
        pdf.cell(0, 6, title.upper(), border="B", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
        pdf.ln(1)
        for e in items:
            if isinstance(e, str):
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6, "- " + e, new_x="LMARGIN", new_y="NEXT")
            else:
                d, t, pl, b = e
                pdf.set_font("DV", "B", 9); y = pdf.get_y()
                pdf.multi_cell(45, 4.6, d, new_x="RIGHT", new_y="TOP")
                pdf.set_xy(18 + 46, y)
                pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9); pdf.set_x(64); pdf.multi_cell(0, 4.6, pl, new_x="LMARGIN", new_y="NEXT")
                for x in b:
                    pdf.set_x(64); pdf.multi_cell(0, 4.6, "• " + x, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
    pdf.output(out)


# ------------------------------------------------------------------ reportlab
def reportlab_table(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DVS", DEJAVU)); pdfmetrics.registerFont(TTFont("DVSB", DEJAVU_B))
    esc = lambda s: html.escape(s, quote=False)
    N = ParagraphStyle("n", fontName="DVS", fontSize=8.8, leading=11)
    B = ParagraphStyle("b", parent=N, fontName="DVSB")
    H = ParagraphStyle("h", fontName="DVSB", fontSize=10.5, leading=13, textColor=colors.HexColor("#5a2d82"), spaceBefore=5, spaceAfter=2)
    T = ParagraphStyle("t", fontName="DVSB", fontSize=18, leading=22)
    story = [Paragraph(esc(full_title(p)), T), Paragraph(esc(p["headline"]), N), Spacer(1, 3)]
    ct = Table([[Paragraph(esc(k), B), Paragraph(esc(v), N)] for k, v in p["contact"]], colWidths=[28 * mm, 140 * mm])
    ct.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1ecf7")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story.append(ct)
    for title, items in p["sections"]:
        story.append(Paragraph(esc(title.upper()), H))
        rows = []
        for e in items:
            if isinstance(e, str):
                rows.append(["", Paragraph(esc(e), N)])
            else:
                d, t, pl, b = e
                txt = f"<b>{esc(t)}</b><br/><i>{esc(pl)}</i>" + "".join(f"<br/>• {esc(x)}" for x in b)
                rows.append([Paragraph(esc(d), B), Paragraph(txt, N)])
        tb = Table(rows, colWidths=[38 * mm, 130 * mm])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), .25, colors.HexColor("#dddddd"))]))
        story.append(tb)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                      title="CV", author="").build(story)


# ------------------------------------------------------------------ TXT
def plain_txt(p, out):
    L = [full_title(p).upper(), p["headline"], ""]
    L += [f"{k:<12} {v}" for k, v in p["contact"]]
    for title, items in p["sections"]:
        L += ["", title.upper(), "-" * len(title)]
        for e in items:
            if isinstance(e, str):
                L.append("  * " + e)
            else:
                d, t, pl, b = e
                L.append(f"  {d:<22}{t}")
                L.append(f"  {'':<22}{pl}")
                L += [f"  {'':<24}- {x}" for x in b]
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ RTF (hand-written)
def _rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            c = ord(ch); c = c - 65536 if c > 32767 else c
            o.append(f"\\u{c}?")
        else:
            o.append(ch)
    return "".join(o)


def rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green80\blue90;}\paperw11906\paperh16838\margl1134\margr1134\margt1000\margb1000",
         r"\pard\qc\f0\fs36\b " + _rtf_esc(full_title(p)) + r"\b0\par",
         r"\pard\qc\fs20\i " + _rtf_esc(p["headline"]) + r"\i0\par",
         r"\pard\qc\fs18 " + _rtf_esc("  /  ".join(f"{k}: {v}" for k, v in p["contact"])) + r"\par\pard\par"]
    for title, items in p["sections"]:
        R.append(r"\pard\sb120\f0\fs22\cf1\b " + _rtf_esc(title.upper()) + r"\b0\cf0\par")
        for e in items:
            if isinstance(e, str):
                R.append(r"\pard\li360\f1\fs20 \bullet  " + _rtf_esc(e) + r"\par")
            else:
                d, t, pl, b = e
                R.append(r"\pard\tx2600\f1\fs20\b " + _rtf_esc(d) + r"\tab " + _rtf_esc(t) + r"\b0\par")
                R.append(r"\pard\li2600\i " + _rtf_esc(pl) + r"\i0\par")
                for x in b:
                    R.append(r"\pard\li2900 - " + _rtf_esc(x) + r"\par")
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))
