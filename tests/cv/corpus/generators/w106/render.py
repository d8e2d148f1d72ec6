"""Render the CVs in people.py through real toolchains. Usage: python render.py OUTDIR"""
import html, os, subprocess, sys, tempfile, shutil
from people import P, DAMAGED

W = "w106"
FONTS = "/usr/share/fonts/truetype/noto/"


def esc(s):
    return html.escape(s)


def fname(p):
    return f"{W}_{p['n']:03d}_{p['layout']}.{p['ext']}"


def split_bar(item):
    if "|" in item and item.rsplit("|", 1)[1].isdigit():
        a, b = item.rsplit("|", 1)
        return a, int(b)
    return item, None


def entry_text(e):
    """plain-text lines for an entry (dict) or a string"""
    if isinstance(e, str):
        return [split_bar(e)[0]]
    lines = [f"{e['when']}  {e['what']}" + (f" — {e['where']}" if e['where'] else "")]
    lines += [f"  • {b}" for b in e["bullets"]]
    return lines


# ------------------------------------------------------------------ Chromium
def chromium_pdf(html_text, out):
    d = tempfile.mkdtemp()
    src = os.path.join(d, "cv.html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={d}/prof", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(d, ignore_errors=True)


def html_entry(e):
    if isinstance(e, str):
        t, lvl = split_bar(e)
        if lvl is not None:
            return f'<div class="bar"><span>{esc(t)}</span><div class="track"><div class="fill" style="width:{lvl*20}%"></div></div></div>'
        return f"<p>{esc(t)}</p>"
    b = "".join(f"<li>{esc(x)}</li>" for x in e["bullets"])
    return (f'<div class="ent"><div class="when">{esc(e["when"])}</div><div class="what">{esc(e["what"])}</div>'
            f'<div class="where">{esc(e["where"])}</div>' + (f"<ul>{b}</ul>" if b else "") + "</div>")


SIDE = {"Languages", "Skills", "References", "Contact"}


def html_canva(cv, variant):
    colors = {"sidebar": ("#1f3b57", "#e8f0f7", "#f2a541"), "skills": ("#4b2a63", "#f3ecf8", "#37c0a8"),
              "timeline": ("#0e5e4f", "#e9f6f2", "#e76f51")}[variant]
    dark, light, acc = colors
    side = [s for s in cv["sections"] if s[0] in SIDE]
    main = [s for s in cv["sections"] if s[0] not in SIDE]
    nat = (f'<div class="native" style="font-family:\'{cv.get("native_font","Noto Sans")}\'">{esc(cv["native"])}</div>'
           if cv.get("native") else "")
    sec = lambda s: f'<section><h2>{esc(s[0])}</h2>' + "".join(html_entry(e) for e in s[1]) + "</section>"
    contacts = "".join(f"<p>{esc(c)}</p>" for c in cv["contacts"])
    timeline_css = ".ent{border-left:3px solid %s;padding-left:12px;margin-left:6px;position:relative}.ent:before{content:'';position:absolute;left:-8px;top:3px;width:11px;height:11px;border-radius:50%%;background:%s}" % (acc, acc) if variant == "timeline" else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 9.5pt; color:#222 }}
.wrap {{ display:flex; min-height:297mm }}
.side {{ width:70mm; background:{dark}; color:#fff; padding:14mm 7mm }}
.main {{ flex:1; padding:12mm 10mm; background:#fff }}
.photo {{ width:32mm; height:32mm; border-radius:50%; background:{light}; color:{dark}; margin:0 auto 6mm; display:flex;
  align-items:center; justify-content:center; font-size:8pt; border:3px solid {acc} }}
h1 {{ margin:0; font-size:22pt; color:{dark}; letter-spacing:.5px }}
.native {{ font-size:14pt; color:{acc}; margin:2px 0 }}
.head {{ font-size:10pt; color:#555; margin-bottom:6mm; border-bottom:2px solid {acc}; padding-bottom:3mm }}
h2 {{ font-size:11pt; text-transform:uppercase; color:{dark}; border-bottom:1px solid {light}; margin:5mm 0 2mm }}
.side h2 {{ color:{acc}; border-bottom:1px solid {acc} }}
.when {{ font-size:8.5pt; color:{acc}; font-weight:bold }} .what {{ font-weight:bold }} .where {{ color:#555; font-style:italic }}
.ent {{ margin-bottom:3mm }} ul {{ margin:1mm 0 0 4mm; padding:0 }} p {{ margin:1mm 0 }}
.bar span {{ display:block; font-size:8.5pt }} .track {{ height:5px; background:rgba(255,255,255,.25); border-radius:3px; margin:1mm 0 2mm }}
.fill {{ height:5px; background:{acc}; border-radius:3px }}
{timeline_css}
</style></head><body><div class="wrap">
<div class="side"><div class="photo">PHOTO</div><h2>Contact</h2>{contacts}{''.join(sec(s) for s in side)}</div>
<div class="main"><h1>{esc(cv['name'])}</h1>{nat}<div class="head">{esc(cv['headline'])}</div>{''.join(sec(s) for s in main)}</div>
</div></body></html>"""


def html_header_band(cv):
    nat = (f'<span class="native" style="font-family:\'{cv.get("native_font","Noto Sans")}\'">{esc(cv["native"])}</span>'
           if cv.get("native") else "")
    secs = "".join(f'<section><h2>{esc(t)}</h2>' + "".join(html_entry(e) for e in items) + "</section>" for t, items in cv["sections"])
    contacts = " &nbsp;|&nbsp; ".join(esc(c) for c in cv["contacts"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 0 0 12mm 0 }}
body {{ margin:0; font-family:'Noto Sans','DejaVu Sans',sans-serif; font-size:9.5pt }}
.band {{ background:linear-gradient(90deg,#c0392b,#8e44ad); color:#fff; padding:10mm 14mm 7mm }}
.band h1 {{ margin:0; font-size:24pt }} .native {{ font-size:13pt; opacity:.9; margin-left:8px }}
.band .hl {{ font-size:10.5pt; margin-top:2mm }} .contacts {{ background:#2c2c2c; color:#eee; padding:2.5mm 14mm; font-size:8.5pt }}
.body {{ padding:4mm 14mm; columns: 1 }} h2 {{ color:#8e44ad; font-size:11.5pt; margin:4mm 0 1.5mm; border-left:4px solid #c0392b; padding-left:3mm }}
.ent {{ display:grid; grid-template-columns: 38mm 1fr; margin-bottom:2mm }} .when {{ grid-row: span 3; color:#c0392b; font-weight:bold }}
.what {{ font-weight:bold }} .where {{ color:#555 }} ul {{ margin:0; padding-left:4mm }} p {{ margin:1mm 0 }}
</style></head><body><div class="band"><h1>{esc(cv['name'])}{nat}</h1><div class="hl">{esc(cv['headline'])}</div></div>
<div class="contacts">{contacts}</div><div class="body">{secs}</div></body></html>"""


def html_linkedin(cv):
    side = ('<h3>Contact</h3>' + "".join(f"<p>{esc(c)}</p>" for c in cv["contacts"]) +
            '<h3>Top Skills</h3>' + "".join(f"<p>{esc(c)}</p>" for c in cv["top_skills"]) +
            '<h3>Languages</h3>' + "".join(f"<p>{esc(c)}</p>" for c in cv["languages"]) +
            '<h3>Honors-Awards</h3>' + "".join(f"<p>{esc(c)}</p>" for c in cv["honors"]) +
            '<h3>Publications</h3>' + "".join(f"<p>{esc(c)}</p>" for c in cv["publications"]))
    exp = ""
    for org, total, roles in cv["experience"]:
        exp += f'<div class="org">{esc(org)}</div><div class="dur">{esc(total)}</div>'
        for t, d, loc, desc in roles:
            exp += f'<div class="role">{esc(t)}</div><div class="dur">{esc(d)}</div><div class="dur">{esc(loc)}</div>'
            if desc:
                exp += f"<p>{esc(desc)}</p>"
    edu = "".join(f'<div class="org">{esc(a)}</div><p>{esc(b)}</p>' for a, b in cv["education"])
    nat = f' <span style="font-size:12pt">({esc(cv["native"])})</span>' if cv.get("native") else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 12mm 10mm }}
body {{ font-family:'DejaVu Sans',Arial,sans-serif; font-size:9.5pt; color:#000; margin:0 }}
.grid {{ display:grid; grid-template-columns: 58mm 1fr; gap:8mm }} .side {{ background:#e8eef3; padding:6mm 5mm }}
h3 {{ font-size:11pt; margin:4mm 0 1.5mm; color:#000 }} .side p {{ margin:0.5mm 0; font-size:8.5pt }}
h1 {{ font-size:24pt; margin:0; font-weight:normal }} .hl {{ font-size:11pt; margin:1mm 0 }} .loc {{ color:#666 }}
h2 {{ font-size:14pt; font-weight:normal; margin:6mm 0 2mm }} .org {{ font-size:11pt; margin-top:3mm }} .role {{ font-size:10pt; font-weight:bold; margin-top:1mm }}
.dur {{ color:#666 }} p {{ margin:1mm 0 }}
</style></head><body><div class="grid"><div class="side">{side}</div><div>
<h1>{esc(cv['name'])}{nat}</h1><div class="hl">{esc(cv['headline'])}</div><div class="loc">{esc(cv['location'])}</div>
<h2>Summary</h2><p>{esc(cv['summary'])}</p><h2>Experience</h2>{exp}<h2>Education</h2>{edu}
<p style="margin-top:10mm;color:#999;text-align:center">Page 1 of 1</p></div></div></body></html>"""


def html_gdocs(cv):
    secs = ""
    for t, items in cv["sections"]:
        secs += f"<h2>{esc(t)}</h2>"
        for e in items:
            if isinstance(e, str):
                secs += f"<p>{esc(split_bar(e)[0])}</p>"
            else:
                secs += (f'<p><b>{esc(e["what"])}</b>, {esc(e["where"])} <span style="float:right">{esc(e["when"])}</span></p>'
                         + "".join(f"<p class='b'>• {esc(b)}</p>" for b in e["bullets"]))
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 1in }} body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; margin:0 }}
h1 {{ font-size: 26pt; font-weight: normal; margin:0 }} .c {{ color:#666; font-size:10pt; margin-bottom:8pt }}
h2 {{ font-size: 11pt; color:#1155cc; margin:14pt 0 4pt; letter-spacing:1px }} p {{ margin:2pt 0 }} .b {{ margin-left:18pt }}
</style></head><body><h1>{esc(cv['name'])}</h1><div class="c">{' • '.join(esc(c) for c in cv['contacts'])}</div>{secs}</body></html>"""


# ------------------------------------------------------------------ python-docx
def docx_rows(cv, out, font="Calibri"):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = Document()
    s = d.sections[0]
    s.left_margin = s.right_margin = Mm(18)
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r = t.add_row().cells
    m = r[0].merge(r[1])
    p = m.paragraphs[0]
    run = p.add_run("CURRICULUM VITAE"); run.bold = True; run.font.size = Pt(16)
    if not any(k == "Name" for k, _ in cv["rows"]):
        pn = m.add_paragraph(); rn = pn.add_run(cv["name"]); rn.bold = True; rn.font.size = Pt(20)
    p2 = m.add_paragraph(); rr = p2.add_run(cv["headline"]); rr.italic = True
    if cv.get("native"):
        p3 = m.add_paragraph(); r3 = p3.add_run(cv["native"]); r3.font.size = Pt(13); r3.font.name = cv.get("native_font", "Noto Naskh Arabic")
        r3.font.rtl = True
    for k, v in cv["rows"]:
        c = t.add_row().cells
        c[0].width = Mm(45); c[1].width = Mm(130)
        kr = c[0].paragraphs[0].add_run(k); kr.bold = True; kr.font.color.rgb = RGBColor(0x1F, 0x3B, 0x57)
        lines = v.split("\n")
        c[1].paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            c[1].add_paragraph(ln)
    t.autofit = False
    t.columns[0].width = Mm(45); t.columns[1].width = Mm(130)
    d.save(out)


def docx_headerfooter(cv, out):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    s = d.sections[0]
    s.header.paragraphs[0].text = cv["header"]
    s.footer.paragraphs[0].text = cv["footer"]
    d.styles["Normal"].font.name = "Liberation Serif"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Curriculum Vitae", level=0)
    for t, items in cv["sections"]:
        d.add_heading(t, level=1)
        for e in items:
            if isinstance(e, str):
                d.add_paragraph(e)
            else:
                p = d.add_paragraph(); p.add_run(e["when"] + "\t").bold = True; p.add_run(e["what"]).bold = True
                p.add_run(", " + e["where"])
                for b in e["bullets"]:
                    d.add_paragraph(b, style="List Bullet")
    d.save(out)


def docx_gdocs(cv, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    t = d.add_paragraph(style="Title"); t.add_run(cv["name"])
    if cv.get("native"):
        p = d.add_paragraph(); r = p.add_run(cv["native"]); r.font.name = "Noto Sans Devanagari"; r.font.size = Pt(13)
    p = d.add_paragraph(); r = p.add_run(cv["headline"]); r.italic = True
    p = d.add_paragraph(" | ".join(cv["contacts"]))
    for tt, items in cv["sections"]:
        h = d.add_heading(tt, level=2)
        for e in items:
            if isinstance(e, str):
                d.add_paragraph(e, style="List Bullet")
            else:
                p = d.add_paragraph(); rr = p.add_run(e["what"]); rr.bold = True
                p.add_run(f" — {e['where']}")
                p2 = d.add_paragraph(); r2 = p2.add_run(e["when"]); r2.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
                for b in e["bullets"]:
                    d.add_paragraph(b, style="List Bullet")
    d.save(out)


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ fpdf2
def fpdf_plain(cv, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.add_page()
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("TH", "", FONTS + "NotoSansThai-Regular.ttf")
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, cv["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("TH", "", 14); pdf.cell(0, 8, cv["native"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 10); pdf.cell(0, 6, cv["headline"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, "   ".join(cv["contacts"]), align="C", new_x="LMARGIN", new_y="NEXT")
    for t, items in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 7, t, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for e in items:
            for ln in entry_text(e):
                pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# ------------------------------------------------------------------ reportlab
def reportlab_twocol(cv, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("AR", FONTS + "NotoNaskhArabic-Regular.ttf"))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9, leading=12)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11, textColor=colors.HexColor("#7a1f5c"), spaceBefore=6)
    sw = ParagraphStyle("sw", parent=n, textColor=colors.white)
    shh = ParagraphStyle("shh", parent=h, textColor=colors.HexColor("#ffd6ec"))
    left, right = [], []
    left.append(Paragraph("CONTACT", shh))
    for c in cv["contacts"]:
        left.append(Paragraph(esc(c), sw))
    for t, items in cv["sections"]:
        tgt, hs, ps = (left, shh, sw) if t in ("Languages", "References") else (right, h, n)
        tgt.append(Paragraph(esc(t.upper()), hs))
        for e in items:
            for ln in entry_text(e):
                tgt.append(Paragraph(esc(ln), ps))
    # reportlab has no Arabic shaping, so the native-script name is left out of this layout.
    top = [Paragraph(f'<font name="DVB" size="20">{esc(cv["name"])}</font>', n), Spacer(1, 8),
           Paragraph(esc(cv["headline"]), n), Spacer(1, 6)]
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30)
    tab = Table([[left, right]], colWidths=[170, 365])
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#7a1f5c")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    doc.build(top + [tab])


# ------------------------------------------------------------------ odfpy
def odt(cv, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import P as TP, H, Span
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#0b6e4f"))
    ts = Style(name="Title", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(hs); doc.styles.addElement(ts)
    doc.text.addElement(TP(stylename=ts, text=cv["name"]))
    doc.text.addElement(TP(text=cv["headline"]))
    for c in cv["contacts"]:
        doc.text.addElement(TP(text=c))
    for t, items in cv["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=hs, text=t))
        for e in items:
            for ln in entry_text(e):
                doc.text.addElement(TP(text=ln))
    doc.save(out)


# ------------------------------------------------------------------ RTF
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
            o.append(f"\\u{c}?")
    return "".join(o)


def rtf(cv, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fnil Noto Nastaliq Urdu;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs22",
         r"{\pard\qc\b\fs36 " + rtf_esc(cv["name"]) + r"\b0\par}"]
    if cv.get("native"):
        L.append(r"{\pard\qc\rtlpar\f1\fs28 " + rtf_esc(cv["native"]) + r"\par}")
    L.append(r"{\pard\qc\i " + rtf_esc(cv["headline"]) + r"\i0\par}")
    L.append(r"{\pard\qc " + rtf_esc("  |  ".join(cv["contacts"])) + r"\par}")
    for t, items in cv["sections"]:
        L.append(r"{\pard\sb200\b\ul " + rtf_esc(t) + r"\ulnone\b0\par}")
        for e in items:
            for ln in entry_text(e):
                L.append(r"{\pard " + rtf_esc(ln) + r"\par}")
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))


# ------------------------------------------------------------------ dispatcher
def render(p, out):
    cv, lay = p["cv"], p.get("base", p["layout"])
    tmp = tempfile.mkdtemp()
    try:
        if lay.startswith("chromium_canva"):
            chromium_pdf(html_canva(cv, lay.split("_")[-1]), out)
        elif lay == "chromium_header_band":
            chromium_pdf(html_header_band(cv), out)
        elif lay == "chromium_linkedin":
            chromium_pdf(html_linkedin(cv), out)
        elif lay == "chromium_gdocs_single":
            chromium_pdf(html_gdocs(cv), out)
        elif lay == "docx_table2col":
            if out.endswith(".pdf"):
                src = os.path.join(tmp, "cv.docx"); docx_rows(cv, src); soffice_pdf(src, tmp)
                shutil.copy(os.path.join(tmp, "cv.pdf"), out)
            else:
                docx_rows(cv, out)
        elif lay == "soffice_docx_tables":
            src = os.path.join(tmp, "cv.docx"); docx_rows(cv, src, font="Liberation Sans"); soffice_pdf(src, tmp)
            shutil.copy(os.path.join(tmp, "cv.pdf"), out)
        elif lay == "soffice_docx_headerfooter":
            src = os.path.join(tmp, "cv.docx"); docx_headerfooter(cv, src); soffice_pdf(src, tmp)
            shutil.copy(os.path.join(tmp, "cv.pdf"), out)
        elif lay == "docx_gdocs":
            docx_gdocs(cv, out)
        elif lay == "email_body":
            open(out, "w", encoding="utf-8").write(cv["text"])
        elif lay == "fpdf2_plain":
            fpdf_plain(cv, out)
        elif lay == "reportlab_twocol":
            reportlab_twocol(cv, out)
        elif lay == "odt_odfpy":
            odt(cv, out)
        elif lay == "rtf_plain":
            rtf(cv, out)
        else:
            raise ValueError(lay)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    outdir = sys.argv[1]
    only = set(int(x) for x in sys.argv[2:])
    for p in P:
        if only and p["n"] not in only:
            continue
        if "scan" in p:
            continue
        render(p, os.path.join(outdir, fname(p)))
        print("ok", fname(p))
