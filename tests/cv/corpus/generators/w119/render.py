# -*- coding: utf-8 -*-
"""Renderers: one function per layout. Each writes out_path from a CV dict."""
import html, os, subprocess, shutil, tempfile

FONT_DIR = "/usr/share/fonts/truetype"
SANS = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
SANS_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
SERIF = f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf"
SERIF_B = f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf"
LSANS = f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf"
LSANS_B = f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf"


def soffice_convert(src, outdir, fmt="pdf"):
    prof = tempfile.mkdtemp(prefix="lo_w119_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


def full_title(cv):
    t = cv["name"]
    if cv.get("degree"):
        t += ", " + cv["degree"]
    return t


# ------------------------------------------------------------------ HTML / Chromium
CSS = {
"chromium_sidebar": """
@page { size: A4; margin: 0; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; margin:0; font-size: 9.6pt; color:#222; }
.wrap { display:flex; min-height: 297mm; }
.side { width: 62mm; background:#1f3b57; color:#eef; padding: 14mm 6mm 10mm 8mm; box-sizing:border-box; }
.side h1 { font-size: 17pt; margin:0 0 2mm 0; color:#fff; }
.side .alt { font-size: 11pt; color:#cfe; margin-bottom: 6mm; }
.side .k { font-size: 7.5pt; text-transform: uppercase; color:#9bc; margin-top:4mm; letter-spacing:.5px;}
.side .v { font-size: 9pt; word-break: break-all; }
.main { flex:1; padding: 14mm 12mm 10mm 9mm; }
.main .tag { font-style: italic; color:#555; margin-bottom: 5mm; }
h2 { font-size: 11pt; color:#1f3b57; border-bottom: 1.5px solid #1f3b57; margin: 5mm 0 2mm 0; padding-bottom:1mm;}
.row { display:flex; margin-bottom: 1.6mm; }
.d { width: 38mm; flex: none; color:#1f3b57; font-weight: bold; font-size: 8.6pt;}
.t { flex:1; }
p { margin: 0 0 1.5mm 0; }
""",
"chromium_classic": """
@page { size: Letter; margin: 16mm 18mm; }
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 10.5pt; color:#111; }
header { text-align:center; border-bottom: 2px solid #444; padding-bottom: 3mm; margin-bottom: 4mm; }
header h1 { font-size: 20pt; margin: 0; }
header .alt { font-size: 12pt; color:#444; }
header .c { font-size: 9.5pt; margin-top: 2mm; }
header .tag { font-style: italic; font-size: 10pt; }
h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1.5px; margin: 4mm 0 1.5mm 0; color:#333; }
table { width:100%; border-collapse: collapse; }
td { vertical-align: top; padding: 0.6mm 0; }
td.d { width: 42mm; font-size: 9.5pt; color:#333; }
p { margin: 0 0 1.2mm 0; }
""",
"chromium_timeline": """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color:#202020; }
.top { display:grid; grid-template-columns: 1fr 70mm; gap: 6mm; border-left: 6px solid #b03a2e; padding-left: 5mm; }
.top h1 { margin:0; font-size: 19pt; font-weight: 300; }
.top .alt { color:#b03a2e; font-size: 11pt; }
.top .tag { color:#666; }
.ct { font-size: 8.5pt; text-align:right; }
.ct div { margin-bottom: 1mm; }
h2 { font-size: 10pt; color:#b03a2e; margin: 6mm 0 2mm 0; }
.tl { border-left: 2px solid #ddd; margin-left: 3mm; padding-left: 5mm; }
.it { position: relative; margin-bottom: 2.4mm; }
.it:before { content:''; position:absolute; left:-7.3mm; top:1.2mm; width:7px; height:7px; border-radius:50%; background:#b03a2e; }
.it .d { font-size: 8pt; color:#888; }
p { margin:0 0 1.2mm 0; }
""",
}


def html_for(cv, style):
    e = html.escape
    def items_html(items, mode):
        out = []
        for it in items:
            if isinstance(it, tuple):
                d, t = it
                if mode == "sidebar":
                    out.append(f'<div class="row"><div class="d">{e(d)}</div><div class="t">{e(t)}</div></div>')
                elif mode == "classic":
                    out.append(f'<tr><td class="d">{e(d)}</td><td>{e(t)}</td></tr>')
                else:
                    out.append(f'<div class="it"><div class="d">{e(d)}</div><div>{e(t)}</div></div>')
            else:
                if mode == "classic":
                    out.append(f'<tr><td colspan="2"><p>{e(it)}</p></td></tr>')
                elif mode == "timeline":
                    out.append(f'<div class="it"><p>{e(it)}</p></div>')
                else:
                    out.append(f'<p>{e(it)}</p>')
        return "\n".join(out)

    alt = f'<div class="alt">{e(cv["name_alt"])}</div>' if cv.get("name_alt") else ""
    if style == "chromium_sidebar":
        side = "".join(f'<div class="k">{e(k)}</div><div class="v">{e(v)}</div>' for k, v in cv["contact"])
        main = "".join(f'<h2>{e(h)}</h2>{items_html(its, "sidebar")}' for h, its in cv["sections"])
        body = (f'<div class="wrap"><div class="side"><h1>{e(cv["name"])}</h1>{alt}{side}</div>'
                f'<div class="main"><div class="tag">{e(cv["tagline"])}</div>{main}</div></div>')
    elif style == "chromium_classic":
        c = " &nbsp;|&nbsp; ".join(f'{e(k)}: {e(v)}' for k, v in cv["contact"])
        main = "".join(f'<h2>{e(h)}</h2><table>{items_html(its, "classic")}</table>' for h, its in cv["sections"])
        body = (f'<header><h1>{e(full_title(cv))}</h1>{alt}<div class="tag">{e(cv["tagline"])}</div>'
                f'<div class="c">{c}</div></header>{main}')
    else:
        c = "".join(f'<div><b>{e(k)}</b> {e(v)}</div>' for k, v in cv["contact"])
        main = "".join(f'<h2>{e(h)}</h2><div class="tl">{items_html(its, "timeline")}</div>' for h, its in cv["sections"])
        body = (f'<div class="top"><div><h1>{e(full_title(cv))}</h1>{alt}<div class="tag">{e(cv["tagline"])}</div></div>'
                f'<div class="ct">{c}</div></div>{main}')
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CV</title>'
            f'<style>{CSS[style]}</style></head><body>{body}</body></html>')


def render_chromium(cv, out, style):
    with tempfile.TemporaryDirectory() as td:
        h = os.path.join(td, "cv.html")
        open(h, "w", encoding="utf-8").write(html_for(cv, style))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={out}", "file://" + h],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ------------------------------------------------------------------ python-docx
def _docx_base():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    return d


def _docx_sections(d, cv, tables=True):
    from docx.shared import Pt, Cm, RGBColor
    for h, its in cv["sections"]:
        hp = d.add_paragraph()
        r = hp.add_run(h)
        r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1a, 0x4d, 0x2e)
        if tables and any(isinstance(i, tuple) for i in its):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid" if cv["layout"] == "lo_docx_tables" else None
            for it in its:
                row = t.add_row().cells
                if isinstance(it, tuple):
                    row[0].text, row[1].text = it
                else:
                    row[0].merge(row[1]).text = it
            for row in t.rows:
                row.cells[0].width = Cm(4.2); row.cells[1].width = Cm(12.5)
        else:
            for it in its:
                if isinstance(it, tuple):
                    p = d.add_paragraph(style="List Bullet")
                    p.add_run(it[0] + ": ").bold = True
                    p.add_run(it[1])
                else:
                    d.add_paragraph(it)


def render_docx(cv, out, mode):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx_base()
    if mode == "headerfooter":
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = f'{cv["contact"][0][1]}  •  {cv["contact"][1][1]}'
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = f'{cv["name"]} — {cv["contact"][2][1]}'
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run(full_title(cv)); r.bold = True; r.font.size = Pt(20)
    if cv.get("name_alt"):
        p2 = d.add_paragraph(); r2 = p2.add_run(cv["name_alt"]); r2.font.size = Pt(13); r2.italic = True
    d.add_paragraph(cv["tagline"]).runs[0].italic = True
    if mode == "tables":
        n = len(cv["contact"]); t = d.add_table(rows=(n + 1) // 2, cols=2)
        for i, (k, v) in enumerate(cv["contact"]):
            c = t.rows[i // 2].cells[i % 2]; c.text = ""
            c.paragraphs[0].add_run(k + "\n").bold = True
            c.paragraphs[0].add_run(v)
    elif mode == "contacts_table":
        t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
        for k, v in cv["contact"]:
            row = t.add_row().cells; row[0].text = k; row[1].text = v
    _docx_sections(d, cv, tables=(mode != "headerfooter"))
    d.save(out)


# ------------------------------------------------------------------ odfpy
def render_odt(cv, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    s_name = Style(name="Name", family="paragraph")
    s_name.addElement(TextProperties(fontsize="19pt", fontweight="bold", fontfamily="Liberation Serif"))
    s_alt = Style(name="Alt", family="paragraph")
    s_alt.addElement(TextProperties(fontsize="12pt", fontstyle="italic", color="#555555"))
    s_h = Style(name="Head", family="paragraph")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #7a1f1f"))
    s_b = Style(name="Body", family="paragraph")
    s_b.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans"))
    s_d = Style(name="Dt", family="paragraph")
    s_d.addElement(TextProperties(fontsize="9pt", fontweight="bold", fontfamily="Liberation Sans"))
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4cm"))
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13cm"))
    for s in (s_name, s_alt, s_h, s_b, s_d):
        doc.styles.addElement(s)
    for s in (c1, c2):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=s_name, text=full_title(cv)))
    if cv.get("name_alt"):
        doc.text.addElement(P(stylename=s_alt, text=cv["name_alt"]))
    doc.text.addElement(P(stylename=s_alt, text=cv["tagline"]))
    for k, v in cv["contact"]:
        doc.text.addElement(P(stylename=s_b, text=f"{k}: {v}"))
    for h, its in cv["sections"]:
        doc.text.addElement(P(stylename=s_h, text=h))
        tb = Table(name="T" + str(abs(hash(h)) % 100000))
        tb.addElement(TableColumn(stylename=c1)); tb.addElement(TableColumn(stylename=c2))
        for it in its:
            tr = TableRow()
            if isinstance(it, tuple):
                a = TableCell(); a.addElement(P(stylename=s_d, text=it[0])); tr.addElement(a)
                b = TableCell(); b.addElement(P(stylename=s_b, text=it[1])); tr.addElement(b)
            else:
                a = TableCell(numbercolumnsspanned=2); a.addElement(P(stylename=s_b, text=it)); tr.addElement(a)
                from odf.table import CoveredTableCell
                tr.addElement(CoveredTableCell())
            tb.addElement(tr)
        doc.text.addElement(tb)
    doc.save(out)


# ------------------------------------------------------------------ RTF
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


def render_rtf(cv, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
         r"\paperw11906\paperh16838\margl1200\margr1200\margt1000\margb1000",
         r"{\pard\qc\f1\fs36\b " + rtf_escape(full_title(cv)) + r"\b0\par}"]
    if cv.get("name_alt"):
        L.append(r"{\pard\qc\f1\fs24\i " + rtf_escape(cv["name_alt"]) + r"\i0\par}")
    L.append(r"{\pard\qc\f0\fs20 " + rtf_escape(cv["tagline"]) + r"\par}")
    L.append(r"{\pard\qc\f0\fs20 " + rtf_escape("  |  ".join(f"{k}: {v}" for k, v in cv["contact"])) + r"\par}")
    for h, its in cv["sections"]:
        L.append(r"{\pard\sb240\sa60\brdrb\brdrs\brdrw10\f1\fs24\b " + rtf_escape(h) + r"\b0\par}")
        for it in its:
            if isinstance(it, tuple):
                L.append(r"{\pard\li2300\fi-2300\tx2300\f0\fs20{\b " + rtf_escape(it[0]) + r"}\tab " + rtf_escape(it[1]) + r"\par}")
            else:
                L.append(r"{\pard\li300\f0\fs20 " + rtf_escape(it) + r"\par}")
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))


# ------------------------------------------------------------------ fpdf2
def render_fpdf(cv, out, twocol=False):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", SANS); pdf.add_font("DV", "B", SANS_B)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    if not twocol:
        pdf.set_font("DV", "B", 17); pdf.cell(0, 9, full_title(cv), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10); pdf.cell(0, 6, cv["tagline"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(0, 5, "   ".join(f"{k}: {v}" for k, v in cv["contact"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for h, its in cv["sections"]:
            pdf.set_font("DV", "B", 11); pdf.set_fill_color(230, 230, 230)
            pdf.cell(0, 7, h, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9.5)
            for it in its:
                if isinstance(it, tuple):
                    y = pdf.get_y()
                    pdf.set_font("DV", "B", 9); pdf.multi_cell(40, 5, it[0], new_x="RIGHT", new_y="TOP")
                    y1 = pdf.get_y()
                    pdf.set_xy(pdf.l_margin + 42, y); pdf.set_font("DV", "", 9.5)
                    pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                    pdf.set_y(max(pdf.get_y(), y + 5))
                else:
                    pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
    else:
        # left sidebar drawn first (contacts + short sections), then main column
        side_names = {"USMLE", "Languages", "Military service"}
        pdf.set_fill_color(240, 236, 228); pdf.rect(0, 0, 65, 297, "F")
        pdf.set_xy(6, 15); pdf.set_font("DV", "B", 12); pdf.multi_cell(58, 7, cv["name"])
        pdf.set_x(8); pdf.set_font("DV", "", 10); pdf.multi_cell(52, 5.5, cv.get("name_alt") or "")
        pdf.set_x(8); pdf.set_font("DV", "", 8.5); pdf.multi_cell(52, 4.5, cv["degree"] or "")
        pdf.ln(4)
        for k, v in cv["contact"]:
            pdf.set_x(8); pdf.set_font("DV", "B", 8); pdf.multi_cell(52, 4.5, k.upper())
            pdf.set_x(8); pdf.set_font("DV", "", 8.5); pdf.multi_cell(52, 4.5, v); pdf.ln(1.5)
        for h, its in cv["sections"]:
            if h in side_names:
                pdf.ln(2); pdf.set_x(8); pdf.set_font("DV", "B", 10); pdf.multi_cell(52, 6, h)
                for it in its:
                    pdf.set_x(8); pdf.set_font("DV", "", 8.5)
                    pdf.multi_cell(52, 4.5, f"{it[0]}: {it[1]}" if isinstance(it, tuple) else it)
        pdf.set_xy(72, 15); pdf.set_font("DV", "", 10); pdf.multi_cell(128, 5.5, cv["tagline"])
        for h, its in cv["sections"]:
            if h in side_names:
                continue
            pdf.ln(3); pdf.set_x(72); pdf.set_font("DV", "B", 11.5); pdf.set_text_color(120, 60, 20)
            pdf.multi_cell(128, 6, h); pdf.set_text_color(0, 0, 0)
            pdf.line(72, pdf.get_y(), 200, pdf.get_y()); pdf.ln(1)
            for it in its:
                pdf.set_x(72)
                if isinstance(it, tuple):
                    pdf.set_font("DV", "B", 8.5); pdf.multi_cell(128, 4.6, it[0])
                    pdf.set_x(72); pdf.set_font("DV", "", 9); pdf.multi_cell(128, 4.6, it[1])
                else:
                    pdf.set_font("DV", "", 9); pdf.multi_cell(128, 4.6, it)
                pdf.ln(1)
    pdf.output(out)


# ------------------------------------------------------------------ reportlab
def render_reportlab(cv, out, tables=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("LSerif", SERIF)); pdfmetrics.registerFont(TTFont("LSerifB", SERIF_B))
    pdfmetrics.registerFont(TTFont("LSans", LSANS)); pdfmetrics.registerFont(TTFont("LSansB", LSANS_B))
    e = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    base = "LSans" if tables else "LSerif"; bold = "LSansB" if tables else "LSerifB"
    st = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12)
    sd = ParagraphStyle("d", fontName=bold, fontSize=8.8, leading=11)
    sh = ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=7, spaceAfter=3,
                        textColor=colors.HexColor("#2a4d8f"))
    sn = ParagraphStyle("n", fontName=bold, fontSize=18, leading=22)
    sa = ParagraphStyle("a", fontName=base, fontSize=11.5, leading=14, textColor=colors.HexColor("#555555"))
    story = [Paragraph(e(full_title(cv)), sn)]
    if cv.get("name_alt"):
        story.append(Paragraph(e(cv["name_alt"]), sa))
    story.append(Paragraph("<i>" + e(cv["tagline"]) + "</i>", st))
    story.append(Spacer(1, 3 * mm))
    if tables:
        data = [[Paragraph(f"<b>{e(k)}</b>", st), Paragraph(e(v), st)] for k, v in cv["contact"]]
        t = Table(data, colWidths=[35 * mm, 135 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f8"))]))
        story.append(t)
    else:
        story.append(Paragraph(" &#183; ".join(f"{e(k)}: {e(v)}" for k, v in cv["contact"]), st))
    for h, its in cv["sections"]:
        story.append(Paragraph(e(h), sh))
        rows = []
        for it in its:
            if isinstance(it, tuple):
                rows.append([Paragraph(e(it[0]), sd), Paragraph(e(it[1]), st)])
            else:
                rows.append([Paragraph(e(it), st), ""])
        t = Table(rows, colWidths=[38 * mm, 132 * mm])
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        for i, it in enumerate(its):
            if not isinstance(it, tuple):
                ts.append(("SPAN", (0, i), (1, i)))
        if tables:
            ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey))
        t.setStyle(TableStyle(ts))
        story.append(t)
    doc = SimpleDocTemplate(out, pagesize=A4 if tables else letter, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title="Curriculum Vitae")
    doc.build(story)


# ------------------------------------------------------------------ plain text
def render_txt(cv, out, markdown=False):
    L = []
    if markdown:
        L.append(f"# {full_title(cv)}")
        if cv.get("name_alt"):
            L.append(f"*{cv['name_alt']}*")
        L.append(""); L.append(cv["tagline"]); L.append("")
        for k, v in cv["contact"]:
            L.append(f"- **{k}:** {v}")
        for h, its in cv["sections"]:
            L.append(""); L.append(f"## {h}"); L.append("")
            for it in its:
                L.append(f"- **{it[0]}** — {it[1]}" if isinstance(it, tuple) else f"- {it}")
    else:
        L.append(full_title(cv).upper() if False else full_title(cv))
        L.append("=" * 60)
        L.append(cv["tagline"])
        L.append(" | ".join(f"{k}: {v}" for k, v in cv["contact"]))
        for h, its in cv["sections"]:
            L.append(""); L.append(h); L.append("-" * len(h))
            for it in its:
                if isinstance(it, tuple):
                    L.append(f"{it[0]:<32}{it[1]}")
                else:
                    L.append("  * " + it)
    open(out, "w", encoding="utf-8", newline="\r\n" if not markdown else "\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ dispatcher
def render(cv, out_path, layout):
    """Render cv with `layout`; returns path actually written (may convert)."""
    outdir = os.path.dirname(out_path)
    stem = os.path.splitext(out_path)[0]
    if layout.startswith("chromium_"):
        render_chromium(cv, out_path, layout)
    elif layout == "lo_docx_tables":
        tmp = stem + ".docx"; render_docx(cv, tmp, "tables")
        soffice_convert(tmp, outdir); os.remove(tmp)
    elif layout == "docx_headerfooter":
        render_docx(cv, out_path, "headerfooter")
    elif layout == "docx_contacts_table":
        render_docx(cv, out_path, "contacts_table")
    elif layout == "odt_lo":
        tmp = stem + ".odt"; render_odt(cv, tmp)
        soffice_convert(tmp, outdir); os.remove(tmp)
    elif layout == "odt_native":
        render_odt(cv, out_path)
    elif layout == "rtf_raw":
        render_rtf(cv, out_path)
    elif layout == "rtf_lo":
        tmp = stem + ".rtf"; render_rtf(cv, tmp)
        soffice_convert(tmp, outdir); os.remove(tmp)
    elif layout == "fpdf2_plain":
        render_fpdf(cv, out_path)
    elif layout == "fpdf2_twocol":
        render_fpdf(cv, out_path, twocol=True)
    elif layout == "reportlab_classic":
        render_reportlab(cv, out_path)
    elif layout == "reportlab_table":
        render_reportlab(cv, out_path, tables=True)
    elif layout == "txt_plain":
        render_txt(cv, out_path)
    elif layout == "txt_markdown":
        render_txt(cv, out_path, markdown=True)
    else:
        raise ValueError(layout)
    return out_path
