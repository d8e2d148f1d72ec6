import html as H, subprocess, os, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

FONT = "/usr/share/fonts/truetype/dejavu/"

def to_docx(c, path, mode="body", font="Calibri"):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    for s in d.sections: s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2)
    sec = d.sections[0]
    if mode in ("header", "table_header"):
        hp = sec.header.paragraphs[0]; hp.text = f"{c['name']}  |  " + "  |  ".join(x.split(': ',1)[1] for x in c["contact"][:2])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if mode == "footer":
        fp = sec.footer.paragraphs[0]; fp.text = "Contact: " + " · ".join(x.split(': ',1)[1] for x in c["contact"]); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        fp = sec.footer.paragraphs[0]; fp.text = f"Curriculum Vitae – {c['name']}"
    h = d.add_paragraph(); r = h.add_run(c["subtitle"] if mode != "table_header" else c["name"].upper()); r.bold = True; r.font.size = Pt(17)
    if c.get("alt"): d.add_paragraph(c["alt"])
    if mode == "body":
        for x in c["contact"]: d.add_paragraph(x)
    for title, items in c["sections"]:
        hd = d.add_paragraph(); rr = hd.add_run(title.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        if mode.startswith("table") and title in ("Personal Details", "Examinations & Certification", "Education & Qualifications"):
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for it in items:
                txt = it[-1]
                a, b = (txt.split(": ", 1) if ": " in txt else (txt.split(" — ")[0], txt.split(" — ", 1)[-1]) if " — " in txt else ("", txt))
                row = t.add_row().cells; row[0].text = a; row[1].text = b
            if title == "Personal Details" and mode == "table":
                for x in c["contact"]:
                    row = t.add_row().cells; a, b = x.split(": ", 1); row[0].text = a; row[1].text = b
            continue
        for it in items:
            if it[0] == "p": d.add_paragraph(it[1])
            elif it[0] == "b": d.add_paragraph(it[1], style="List Bullet")
            else: d.add_paragraph(f"{it[1]}. {it[2]}")
    d.save(path)

def soffice(src, outdir, fmt="pdf"):
    for attempt in range(3):
        r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w79_lo_profile", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                           capture_output=True, timeout=240)
        if r.returncode == 0 and os.path.exists(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)): return
    raise RuntimeError(f"soffice failed: {r.stderr[-400:]}")

CSS = {
"sidebar": """@page{size:A4;margin:14mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;margin:0;display:flex}
 aside{width:28%;background:#e8eef5;padding:10px;margin-right:14px} main{width:70%} h1{font-size:19pt;margin:0 0 4px}
 h2{font-size:11pt;border-bottom:1px solid #557;color:#223366;margin:10px 0 4px} ol,ul{margin:0;padding-left:18px} li{margin-bottom:2px}""",
"classic": """@page{size:Letter;margin:18mm 16mm} body{font-family:'Liberation Serif',serif;font-size:10.5pt} h1{text-align:center;font-size:20pt;margin:0}
 .c{text-align:center;font-size:9.5pt} h2{font-variant:small-caps;font-size:12pt;border-bottom:2px solid #000;margin:12px 0 4px} ol{padding-left:26px}""",
"modern": """@page{size:A4;margin:12mm} body{font-family:'DejaVu Sans';font-size:9pt;color:#222} header{background:#234;color:#fff;padding:10px}
 header h1{margin:0;font-size:18pt} h2{color:#a33;font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;margin:10px 0 3px} ol{columns:1}""",
}

def to_html(c, style="classic"):
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS[style]}</style></head><body>"]
    def secs(skip=()):
        o = []
        for title, items in c["sections"]:
            if title in skip: continue
            o.append(f"<h2>{H.escape(title)}</h2>")
            if items and items[0][0] == "n":
                o.append(f"<ol start='{items[0][1]}'>" + "".join(f"<li>{H.escape(i[2])}</li>" for i in items) + "</ol>")
            elif items and items[0][0] == "b":
                o.append("<ul>" + "".join(f"<li>{H.escape(i[1])}</li>" for i in items) + "</ul>")
            else:
                o.append("".join(f"<p>{H.escape(i[1])}</p>" for i in items))
        return "".join(o)
    if style == "sidebar":
        side = ["Personal Details", "Languages", "Examinations & Certification", "Interests"]
        sd = dict(c["sections"])
        out.append("<aside><h2>Contact</h2>" + "".join(f"<p>{H.escape(x)}</p>" for x in c["contact"]))
        for t in side:
            out.append(f"<h2>{t}</h2>" + "".join(f"<p>{H.escape(i[-1])}</p>" for i in sd[t]))
        out.append(f"</aside><main><h1>{H.escape(c['name'])}</h1>" + (f"<p>{H.escape(c['alt'])}</p>" if c.get('alt') else "") + secs(side) + "</main>")
    elif style == "modern":
        out.append(f"<header><h1>{H.escape(c['subtitle'])}</h1>{' &nbsp;•&nbsp; '.join(H.escape(x) for x in c['contact'])}</header>" + secs())
    else:
        out.append(f"<h1>{H.escape(c['name'])}</h1><p class='c'>{' | '.join(H.escape(x) for x in c['contact'])}</p>" + secs())
    out.append("</body></html>")
    return "".join(out)

def chromium_pdf(htmltext, path):
    with tempfile.TemporaryDirectory() as td:
        f = os.path.join(td, "cv.html"); open(f, "w").write(htmltext)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={os.path.abspath(path)}", "file://" + f],
                       check=True, capture_output=True, timeout=180)

def to_reportlab(c, path, compact=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSans-Bold.ttf"))
    fs = 7.6 if compact else 9.5
    n = ParagraphStyle("n", fontName="DV", fontSize=fs, leading=fs*1.25); hd = ParagraphStyle("h", fontName="DVB", fontSize=fs+2, spaceBefore=5, spaceAfter=2, textColor="#333366")
    ti = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20)
    E = lambda s: H.escape(s)
    story = [Paragraph(E(c["subtitle"]), ti)]
    if c.get("alt"): story.append(Paragraph(E(c["alt"]), n))
    story.append(Paragraph(E(" · ".join(c["contact"])), n))
    for title, items in c["sections"]:
        story.append(Paragraph(E(title), hd))
        for it in items:
            if it[0] == "n": story.append(Paragraph(f"[{it[1]}] " + E(it[2]), n))
            elif it[0] == "b": story.append(Paragraph("• " + E(it[1]), n))
            else: story.append(Paragraph(E(it[1]), n))
    def pg(canv, doc):
        canv.setFont("DV", 7); canv.drawRightString(A4[0]-40, 20, f"{c['name']} – CV – page {doc.page}")
    SimpleDocTemplate(path, pagesize=A4, leftMargin=36 if compact else 50, rightMargin=36 if compact else 50, topMargin=30 if compact else 45, bottomMargin=30 if compact else 45,
                      title=f"CV {c['name']}").build(story, onFirstPage=pg, onLaterPages=pg)

def to_fpdf(c, path, contact_where="top"):
    from fpdf import FPDF
    class Pdf(FPDF):
        def footer(s):
            s.set_y(-12); s.set_font("DV", size=7)
            txt = (" | ".join(x.split(": ",1)[1] for x in c["contact"][:2]) + f"   — page {s.page_no()}") if contact_where == "footer" else f"page {s.page_no()}/{{nb}}"
            s.cell(0, 6, txt, align="C")
    pdf = Pdf(format="Letter"); pdf.alias_nb_pages()
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 16); pdf.add_page(); pdf.set_margins(18, 15, 18)
    pdf.set_font("DV", "B", 17); pdf.multi_cell(0, 9, c["name"], new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", size=9)
    if c.get("alt"): pdf.multi_cell(0, 5, c["alt"], new_x="LMARGIN", new_y="NEXT")
    if contact_where == "top": pdf.multi_cell(0, 5, "   ".join(c["contact"]), new_x="LMARGIN", new_y="NEXT")
    for title, items in c["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.set_fill_color(225, 230, 240); pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", size=9)
        for it in items:
            t = f"{it[1]}) {it[2]}" if it[0] == "n" else ("- " + it[1] if it[0] == "b" else it[1])
            pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

def to_txt(c, wrap=96, upper=True):
    import textwrap
    L = [c["name"].upper() if upper else "CURRICULUM VITAE\n\n" + c["subtitle"]]
    if c.get("alt"): L.append(c["alt"])
    L += c["contact"] + [""]
    for title, items in c["sections"]:
        L += [title.upper(), "=" * len(title)]
        for it in items:
            t = f"{it[1]}. {it[2]}" if it[0] == "n" else ("* " + it[1] if it[0] == "b" else it[1])
            L += textwrap.wrap(t, wrap, subsequent_indent="   ")
        L.append("")
    return "\n".join(L) + "\n"

def to_odt(c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as OP, H as OH, List, ListItem
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2a4d69")); hs.addElement(ParagraphProperties(margintop="0.3cm"))
    ts = Style(name="Ti", family="paragraph"); ts.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(hs); doc.styles.addElement(ts)
    doc.text.addElement(OP(stylename=ts, text=c["subtitle"]))
    for x in c["contact"]: doc.text.addElement(OP(text=x))
    for title, items in c["sections"]:
        doc.text.addElement(OH(outlinelevel=2, stylename=hs, text=title))
        for it in items:
            t = f"{it[1]}. {it[2]}" if it[0] == "n" else ("• " + it[1] if it[0] == "b" else it[1])
            doc.text.addElement(OP(text=t))
    doc.save(path)

def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) > 127: o.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch)-65536}?")
        else: o.append(ch)
    return "".join(o)

def to_rtf(c):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\paperw11906\paperh16838\margl1134\margr1134"]
    o.append(r"{\header\pard\qr\f1\fs16 " + rtf_esc(" | ".join(c["contact"])) + r"\par}")
    o.append(r"\pard\qc\f1\fs34\b " + rtf_esc(c["subtitle"]) + r"\b0\par\fs20\pard")
    if c.get("alt"): o.append(r"\pard\qc\f1\fs22 (" + rtf_esc(c["alt"]) + r")\par\pard")
    for title, items in c["sections"]:
        o.append(r"\pard\sb160\f1\fs22\b\ul " + rtf_esc(title) + r"\ul0\b0\par\f0\fs20")
        for it in items:
            t = f"{it[1]}.\\tab {rtf_esc(it[2])}" if it[0] == "n" else ("\\bullet  " + rtf_esc(it[1]) if it[0] == "b" else rtf_esc(it[1]))
            o.append(r"\pard\li360\fi-360 " + t + r"\par")
    o.append("}")
    return "\n".join(o)
