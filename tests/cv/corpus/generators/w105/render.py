# -*- coding: utf-8 -*-
"""Render each invented CV through a real toolchain. Usage: python render.py  (writes ../files and ../work)"""
import os, sys, json, random, subprocess, shutil, html, re
sys.path.insert(0, os.path.dirname(__file__))
from persons import PEOPLE, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WORK = os.path.join(ROOT, "work")
os.makedirs(FILES, exist_ok=True); os.makedirs(WORK, exist_ok=True)
W = "w105"
DJ = "/usr/share/fonts/truetype/dejavu/"

def fname(p, ext):
    return f"{W}_{p['id']}_{p['layout']}.{ext}"

PUB_HEADS = [("P", "Peer-Reviewed Journal Articles"), ("A", "Abstracts, Posters and Oral Presentations"),
             ("C", "Book Chapters"), ("S", "Manuscripts Submitted / Under Review")]

def blocks(p, pubs=True, refs=True):
    """Flatten a person into ('h1',t) ('entry',E) ('para',t) ('num',n,t) ('h2',t) blocks."""
    out = []
    for title, items in p["sections"]:
        out.append(("h1", title))
        for it in items:
            out.append(("entry", it) if isinstance(it, dict) else ("para", it))
    if pubs:
        pb = p["pubs"]
        if p.get("mixed_pubs"):
            out.append(("h1", "Publications & Presentations"))
            lab = {"P": "Journal article", "A": "Conference abstract", "C": "Book chapter", "S": "Manuscript submitted"}
            allp = [(k, t) for k in "PACS" for t in pb[k]]
            random.Random(int(p["id"])).shuffle(allp)
            for i, (k, t) in enumerate(allp, 1):
                out.append(("num", i, f"[{lab[k]}] {t}"))
        else:
            out.append(("h1", "Publications"))
            for k, head in PUB_HEADS:
                if pb[k]:
                    out.append(("h2", f"{head} ({len(pb[k])})" if (k == "P" and int(p["id"]) % 2 == 0) else head))
                    for i, t in enumerate(pb[k], 1):
                        out.append(("num", i, t))
    if refs:
        out.append(("h1", "References"))
        for r in p["referees"]:
            out.append(("para", r))
    return out

def contact_line(p):
    return f"{p['address']}  |  {p['phone']}  |  {p['email']}"

def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        print("FAILED", cmd, r.stdout[-2000:], r.stderr[-2000:]); raise SystemExit(1)
    return r

def soffice(src, fmt, outdir):
    prof = "file://" + os.path.join(WORK, "lo_profile")
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src])

def chromium_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf_path}", "file://" + html_path])

# ------------------------------------------------------------------ LaTeX
TEX_MAP = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\^{}", "\\": r"\textbackslash{}", "–": "--", "—": "---",
           "→": r"$\rightarrow$", "·": r"\textperiodcentered{}", "’": "'"}
def tex(s):
    s = s.replace(" -- ", " \x00 ")
    s = "".join(TEX_MAP.get(c, c) for c in s)
    return s.replace("\x00", "--")

def render_latex(p, style):
    b = blocks(p)
    L = [r"\documentclass[10pt,letterpaper]{article}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
         r"\usepackage{lmodern}", r"\usepackage[margin=0.8in]{geometry}", r"\usepackage{enumitem}", r"\usepackage{titlesec}",
         r"\usepackage{fancyhdr}", r"\usepackage{lastpage}", r"\pagestyle{fancy}\fancyhf{}",
         r"\renewcommand{\headrulewidth}{0pt}",
         r"\titleformat{\section}{\large\bfseries\scshape}{}{0em}{}[\titlerule]",
         r"\titleformat{\subsection}{\normalsize\bfseries\itshape}{}{0em}{}",
         r"\setlength{\parindent}{0pt}"]
    if style == "academic":
        L.append(r"\fancyfoot[C]{\footnotesize " + tex(p["title"]) + r" -- Curriculum Vitae -- page \thepage\ of \pageref{LastPage}}")
    elif style == "twocol":
        L.append(r"\fancyfoot[R]{\footnotesize \thepage}")
    else:
        L.append(r"\fancyfoot[L]{\footnotesize " + tex(p["title"]) + r"}\fancyfoot[R]{\footnotesize\thepage}")
        L.append(r"\titleformat{\section}{\normalsize\bfseries\uppercase}{}{0em}{}[\vspace{-4pt}\rule{\linewidth}{0.4pt}]")
    L.append(r"\begin{document}")
    if style == "academic":
        L += [r"\begin{center}{\LARGE\bfseries " + tex(p["name_line"]) + r"}\\[4pt]",
              r"CURRICULUM VITAE\\[2pt]", tex(p["address"]) + r"\\", r"Mobile: " + tex(p["phone"]) + r" \quad Email: \texttt{" + tex(p["email"]) + r"}\\",
              tex(p["personal"]) + r"\end{center}"]
    elif style == "twocol":
        L += [r"{\Huge " + tex(p["name_line"].split(",")[0]) + r"}\hfill\begin{tabular}[b]{r}" + tex(p["phone"]) + r"\\\texttt{" + tex(p["email"]) + r"}\\" + tex(p["address"]) + r"\end{tabular}",
              r"\\[2pt]{\large " + tex(", ".join(p["name_line"].split(",")[1:]).strip()) + r"}\hfill{\small " + tex(p["personal"]) + r"}", r"\vspace{6pt}"]
    else:
        L += [r"{\Large\bfseries " + tex(p["name_line"]) + r"}\\", tex(contact_line(p)) + r"\\", r"{\small " + tex(p["personal"]) + r"}\par\medskip"]
    inlist = False
    for blk in b:
        k = blk[0]
        if k != "num" and inlist:
            L.append(r"\end{enumerate}"); inlist = False
        if k == "h1":
            L.append(r"\section*{" + tex(blk[1]) + "}")
        elif k == "h2":
            L.append(r"\subsection*{" + tex(blk[1]) + "}")
        elif k == "para":
            L.append(tex(blk[1]) + r"\par\smallskip")
        elif k == "entry":
            e = blk[1]
            if style == "twocol":
                L.append(r"\noindent\begin{tabular}{@{}p{1.35in}p{5.3in}@{}}" + tex(e["d"]) + r" & \textbf{" + tex(e["h"]) + "}" +
                         (r"\newline " + r"\textit{" + tex(e["s"]) + "}" if e["s"] else "") +
                         "".join(r"\newline $\bullet$ " + tex(x) for x in e["b"]) + r"\end{tabular}\par\smallskip")
            else:
                L.append(r"\textbf{" + tex(e["h"]) + r"} \hfill " + tex(e["d"]) + r"\par")
                if e["s"]:
                    L.append(r"\textit{" + tex(e["s"]) + r"}\par")
                if e["b"]:
                    L.append(r"\begin{itemize}[noitemsep,topsep=0pt]" + "".join(r"\item " + tex(x) for x in e["b"]) + r"\end{itemize}")
                L.append(r"\smallskip")
        elif k == "num":
            if not inlist:
                L.append(r"\begin{enumerate}[label=\arabic*.,noitemsep,leftmargin=*]"); inlist = True
            L.append(r"\item{} " + tex(blk[2]))
    if inlist:
        L.append(r"\end{enumerate}")
    L.append(r"\end{document}")
    d = os.path.join(WORK, "tex_" + p["id"]); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "cv.tex"), "w").write("\n".join(L))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "cv.tex"], cwd=d)
    return os.path.join(d, "cv.pdf")

# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in [("DJ", "DejaVuSans.ttf"), ("DJB", "DejaVuSans-Bold.ttf"), ("DJI", "DejaVuSans-Oblique.ttf"),
                 ("DJS", "DejaVuSerif.ttf"), ("DJSB", "DejaVuSerif-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, DJ + f))
    from reportlab.lib.fonts import addMapping
    addMapping("DJ", 0, 0, "DJ"); addMapping("DJ", 1, 0, "DJB"); addMapping("DJ", 0, 1, "DJI"); addMapping("DJ", 1, 1, "DJB")

def render_reportlab(p, style, out):
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    rl_fonts()
    esc = lambda s: html.escape(s, quote=False)
    base = ParagraphStyle("b", fontName="DJ", fontSize=9 if style != "plain" else 10, leading=11.5 if style != "plain" else 13)
    small = ParagraphStyle("s", parent=base, fontSize=8.3, leading=10)
    h1 = ParagraphStyle("h1", parent=base, fontName="DJB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                        textColor=colors.HexColor("#1f3b64") if style != "plain" else colors.black)
    h2 = ParagraphStyle("h2", parent=base, fontName="DJI", fontSize=9.5, spaceBefore=4)
    story = []
    pagesize = A4 if style == "table" else letter
    if style == "twocol":
        story.append(Paragraph(f"<font size=17><b>{esc(p['name_line'])}</b></font>", ParagraphStyle("n", parent=base, leading=22)))
        story.append(Paragraph(f"{esc(p['address'])} &nbsp;•&nbsp; Tel {esc(p['phone'])} &nbsp;•&nbsp; {esc(p['email'])}", base))
        story.append(Paragraph(esc(p["personal"]), small))
    elif style == "table":
        t = Table([[Paragraph(f"<font size=16><b>{esc(p['name_line'])}</b></font>", ParagraphStyle('n', parent=base, leading=20)),
                    Paragraph(f"{esc(p['address'])}<br/>Cell: {esc(p['phone'])}<br/>E-mail: {esc(p['email'])}<br/>{esc(p['personal'])}", small)]],
                  colWidths=[3.6 * inch, 3.0 * inch])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black)]))
        story.append(t)
    else:
        story.append(Paragraph(f"<font size=15><b>{esc(p['name_line'])}</b></font>", ParagraphStyle("n", parent=base, leading=20, alignment=1)))
        story.append(Paragraph(f"{esc(p['address'])}<br/>{esc(p['phone'])} · {esc(p['email'])}<br/>{esc(p['personal'])}", ParagraphStyle("c", parent=base, alignment=1)))
    story.append(Spacer(1, 6))
    for blk in blocks(p):
        k = blk[0]
        if k == "h1":
            story.append(Paragraph(esc(blk[1]).upper() if style == "table" else esc(blk[1]), h1))
        elif k == "h2":
            story.append(Paragraph(esc(blk[1]), h2))
        elif k == "para":
            story.append(Paragraph(esc(blk[1]), base))
        elif k == "num":
            story.append(Paragraph(f"{blk[1]}. {esc(blk[2])}", ParagraphStyle("nm", parent=small, leftIndent=14, firstLineIndent=-14, spaceAfter=1.5)))
        elif k == "entry":
            e = blk[1]
            right = f"<b>{esc(e['h'])}</b>" + (f"<br/><i>{esc(e['s'])}</i>" if e["s"] else "") + "".join(f"<br/>• {esc(x)}" for x in e["b"])
            if style in ("twocol", "table"):
                t = Table([[Paragraph(esc(e["d"]), small), Paragraph(right, base)]], colWidths=[1.3 * inch, 5.4 * inch])
                ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
                if style == "table":
                    ts += [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#eeeeee"))]
                t.setStyle(TableStyle(ts)); story.append(t)
            else:
                story.append(Paragraph(f"{esc(e['d'])} &nbsp; {right}", base))
            story.append(Spacer(1, 2))
    def foot(c, d):
        c.saveState(); c.setFont("DJ", 7.5)
        c.drawRightString(pagesize[0] - 40, 22, f"{p['title']} – CV – page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=48, rightMargin=48, topMargin=44, bottomMargin=44,
                            title=f"CV {p['title']}", author=p["title"])
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return out

# ------------------------------------------------------------------ python-docx
def render_docx(p, style, out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Serif" if style != "table" else "Liberation Sans"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Inches(0.8); sec.top_margin = Inches(0.9)
    if style == "header":
        hp = sec.header.paragraphs[0]
        hp.text = f"{p['name_line']}\n{p['address']} · Mobile {p['phone']} · {p['email']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(8.5)
        t = d.add_paragraph(); r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        d.add_paragraph(p["personal"])
    elif style == "footer":
        fp = sec.footer.paragraphs[0]
        fp.text = f"{p['address']} | {p['phone']} | {p['email']}"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs: r.font.size = Pt(8)
        t = d.add_paragraph(); r = t.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(18)
        d.add_paragraph(p["personal"])
    elif style == "table":
        tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
        c0, c1 = tb.rows[0].cells
        c0.text = ""; r = c0.paragraphs[0].add_run(p["name_line"]); r.bold = True; r.font.size = Pt(15)
        c0.add_paragraph(p["personal"])
        c1.text = f"Address: {p['address']}"; c1.add_paragraph(f"Phone: {p['phone']}"); c1.add_paragraph(f"Email: {p['email']}")
    else:  # plain (source for scans)
        t = d.add_paragraph(); r = t.add_run(p["name_line"]); r.bold = True; r.font.size = Pt(17)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c = d.add_paragraph(contact_line(p)); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph(p["personal"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    etab = None
    for blk in blocks(p):
        k = blk[0]
        if k != "entry": etab = None
        if k == "h1":
            h = d.add_heading(blk[1], level=1 if style != "table" else 2)
        elif k == "h2":
            q = d.add_paragraph(); rr = q.add_run(blk[1]); rr.italic = True; rr.bold = True
        elif k == "para":
            d.add_paragraph(blk[1])
        elif k == "num":
            q = d.add_paragraph(f"{blk[1]}. {blk[2]}"); q.paragraph_format.left_indent = Inches(0.25)
            q.paragraph_format.first_line_indent = Inches(-0.25)
            for rr in q.runs: rr.font.size = Pt(9)
        elif k == "entry":
            e = blk[1]
            if style == "table":
                if etab is None:
                    etab = d.add_table(rows=0, cols=2)
                row = etab.add_row().cells
                row[0].width = Inches(1.4); row[1].width = Inches(5.2)
                row[0].text = e["d"]
                row[1].text = ""; rr = row[1].paragraphs[0].add_run(e["h"]); rr.bold = True
                if e["s"]: row[1].add_paragraph(e["s"])
                for x in e["b"]: row[1].add_paragraph("• " + x)
            else:
                q = d.add_paragraph(); rr = q.add_run(e["h"]); rr.bold = True
                q.add_run("\t" + e["d"])
                q.paragraph_format.tab_stops.add_tab_stop(Inches(6.8), alignment=2)
                if e["s"]:
                    s2 = d.add_paragraph(); s2.add_run(e["s"]).italic = True
                for x in e["b"]:
                    d.add_paragraph(x, style="List Bullet")
    d.core_properties.author = p["title"]
    d.save(out)
    return out

# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            v = c if c < 32768 else c - 65536
            o.append(f"\\u{v}?")
    return "".join(o)

def render_rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1200\margr1200\margt1100\margb1100", r"\f0\fs21"]
    R.append(r"{\pard\qc\f1\fs32\b " + rtf_esc(p["name_line"]) + r"\b0\par}")
    R.append(r"{\pard\qc\fs19 " + rtf_esc(p["address"]) + r"\line Tel: " + rtf_esc(p["phone"]) + r"\line E-mail: " + rtf_esc(p["email"]) + r"\line " + rtf_esc(p["personal"]) + r"\par}")
    for blk in blocks(p):
        k = blk[0]
        if k == "h1":
            R.append(r"{\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs24\b " + rtf_esc(blk[1].upper()) + r"\b0\par}")
        elif k == "h2":
            R.append(r"{\pard\sb80\i\b " + rtf_esc(blk[1]) + r"\b0\i0\par}")
        elif k == "para":
            R.append(r"{\pard\sa40 " + rtf_esc(blk[1]) + r"\par}")
        elif k == "num":
            R.append(r"{\pard\li360\fi-360\fs19 " + f"{blk[1]}.\\tab " + rtf_esc(blk[2]) + r"\par}")
        elif k == "entry":
            e = blk[1]
            R.append(r"{\pard\tx2200\li2200\fi-2200 " + rtf_esc(e["d"]) + r"\tab\b " + rtf_esc(e["h"]) + r"\b0" +
                     ((r"\line\i " + rtf_esc(e["s"]) + r"\i0") if e["s"] else "") +
                     "".join(r"\line \u8226? " + rtf_esc(x) for x in e["b"]) + r"\par}")
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))
    return out

# ------------------------------------------------------------------ HTML
CSS_DENSE = """@page{size:Letter;margin:0.55in 0.6in}body{font-family:'Liberation Serif','DejaVu Serif','Noto Serif CJK SC',serif;font-size:9.3pt;line-height:1.22;color:#111}
h1{font-size:17pt;margin:0;text-align:center;letter-spacing:.5px}.ct{text-align:center;font-size:9pt;margin:2px 0 6px}
h2{font-size:10.5pt;border-bottom:1px solid #444;margin:9px 0 3px;font-variant:small-caps}h3{font-size:9.5pt;font-style:italic;margin:5px 0 2px}
table.e{width:100%;border-collapse:collapse}table.e td{vertical-align:top;padding:1px 3px}td.d{width:1.25in;white-space:nowrap;color:#333}
ol{margin:0 0 0 1.4em;padding:0}ol li{margin-bottom:1.5px;font-size:8.7pt}ul{margin:0 0 0 1.2em;padding:0}p{margin:1px 0}"""
CSS_SIDE = """@page{size:A4;margin:0}body{margin:0;font-family:'DejaVu Sans','Noto Sans Arabic',sans-serif;font-size:8.8pt;line-height:1.3}
.wrap{display:flex;min-height:297mm}.side{width:62mm;background:#22374f;color:#fff;padding:14mm 6mm 8mm 8mm;box-sizing:border-box}
.side h1{font-size:15pt;margin:0 0 6px}.side p{margin:4px 0;word-wrap:break-word}.side h4{margin:12px 0 4px;border-bottom:1px solid #8aa;font-size:9pt;text-transform:uppercase}
.main{flex:1;padding:12mm 10mm 8mm 8mm}h2{font-size:10.5pt;color:#22374f;text-transform:uppercase;border-bottom:2px solid #22374f;margin:10px 0 4px}
h3{font-size:9pt;margin:5px 0 2px}.ent{margin-bottom:4px}.dt{color:#667;font-size:8pt}ol{padding-left:1.4em;margin:0}li{margin-bottom:2px;font-size:8.2pt}ul{margin:0;padding-left:1.2em}"""
CSS_SIMPLE = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;max-width:7.2in;margin:0.4in auto}h1{font-size:18pt;margin-bottom:2px}
h2{font-size:12pt;border-bottom:1px solid #000;margin-top:12px}td{vertical-align:top;padding:2px 6px}"""

def html_body_blocks(p, entry_mode="table"):
    h = []; inol = False; e = html.escape
    for blk in blocks(p):
        k = blk[0]
        if k != "num" and inol:
            h.append("</ol>"); inol = False
        if k == "h1": h.append(f"<h2>{e(blk[1])}</h2>")
        elif k == "h2": h.append(f"<h3>{e(blk[1])}</h3>")
        elif k == "para": h.append(f"<p>{e(blk[1])}</p>")
        elif k == "num":
            if not inol: h.append("<ol>"); inol = True
            h.append(f"<li>{e(blk[2])}</li>")
        elif k == "entry":
            x = blk[1]
            inner = f"<b>{e(x['h'])}</b>" + (f"<br><i>{e(x['s'])}</i>" if x["s"] else "") + \
                    ("<ul>" + "".join(f"<li>{e(b)}</li>" for b in x["b"]) + "</ul>" if x["b"] else "")
            if entry_mode == "table":
                h.append(f"<table class='e'><tr><td class='d'>{e(x['d'])}</td><td>{inner}</td></tr></table>")
            else:
                h.append(f"<div class='ent'><div class='dt'>{e(x['d'])}</div>{inner}</div>")
    if inol: h.append("</ol>")
    return "\n".join(h)

def render_html(p, style):
    e = html.escape
    if style == "dense":
        body = f"<h1>{e(p['name_line'])}</h1><div class='ct'>{e(p['address'])} · {e(p['phone'])} · <a href='mailto:{e(p['email'])}'>{e(p['email'])}</a><br>{e(p['personal'])}</div>" + html_body_blocks(p)
        css = CSS_DENSE
    elif style == "sidebar":
        side = f"<h1>{e(p['name_line'])}</h1><h4>Contact</h4><p>{e(p['phone'])}</p><p>{e(p['email'])}</p><p>{e(p['address'])}</p><p>{e(p['personal'])}</p><h4>Profile</h4>" + \
               "".join(f"<p>{e(s)}</p>" for s in p.get("sidebar", []))
        body = f"<div class='wrap'><div class='side'>{side}</div><div class='main'>{html_body_blocks(p, 'div')}</div></div>"
        css = CSS_SIDE
    else:
        body = f"<h1>{e(p['name_line'])}</h1><p>{e(p['address'])}<br>Phone: {e(p['phone'])}<br>Email: {e(p['email'])}<br>{e(p['personal'])}</p>" + html_body_blocks(p)
        css = CSS_SIMPLE
    doc = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV – {e(p['title'])}</title><style>{css}</style></head><body>{body}</body></html>"
    path = os.path.join(WORK, f"cv_{p['id']}.html"); open(path, "w", encoding="utf-8").write(doc)
    return path

# ------------------------------------------------------------------ ODT
def render_odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H, Span
    doc = OpenDocumentText()
    sty = {}
    for n, kw, pk in [("Name", dict(fontsize="18pt", fontweight="bold"), {}), ("H", dict(fontsize="12pt", fontweight="bold", color="#003366"), dict(margintop="0.15in")),
                      ("B", dict(fontweight="bold"), {}), ("Sm", dict(fontsize="9pt"), dict(marginleft="0.25in"))]:
        s = Style(name=n, family="paragraph" if n != "B" else "text")
        s.addElement(TextProperties(**kw))
        if pk: s.addElement(ParagraphProperties(**pk))
        doc.automaticstyles.addElement(s); sty[n] = s
    doc.text.addElement(TP(stylename=sty["Name"], text=p["name_line"]))
    doc.text.addElement(TP(text=p["address"]))
    doc.text.addElement(TP(text=f"Phone {p['phone']} — {p['email']}"))
    doc.text.addElement(TP(text=p["personal"]))
    for blk in blocks(p):
        k = blk[0]
        if k == "h1": doc.text.addElement(TP(stylename=sty["H"], text=blk[1]))
        elif k == "h2": doc.text.addElement(TP(stylename=sty["H"], text=blk[1]))
        elif k == "para": doc.text.addElement(TP(text=blk[1]))
        elif k == "num": doc.text.addElement(TP(stylename=sty["Sm"], text=f"{blk[1]}. {blk[2]}"))
        elif k == "entry":
            x = blk[1]; q = TP(text=x["d"] + "   "); q.addElement(Span(stylename=sty["B"], text=x["h"])); doc.text.addElement(q)
            if x["s"]: doc.text.addElement(TP(stylename=sty["Sm"], text=x["s"]))
            for b in x["b"]: doc.text.addElement(TP(stylename=sty["Sm"], text="• " + b))
    doc.save(out)
    return out

# ------------------------------------------------------------------ fpdf2
def render_fpdf(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_auto_page_break(True, 18); pdf.set_margins(18, 16, 18)
    pdf.add_font("DS", "", DJ + "DejaVuSerif.ttf"); pdf.add_font("DS", "B", DJ + "DejaVuSerif-Bold.ttf"); pdf.add_font("DS", "I", DJ + "DejaVuSerif-Italic.ttf")
    pdf.add_page(); w = pdf.w - 36
    pdf.set_font("DS", "B", 15); pdf.multi_cell(w, 8, p["name_line"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DS", "", 9); pdf.multi_cell(w, 5, f"{p['address']}\nTel. {p['phone']}   E-mail: {p['email']}\n{p['personal']}", align="C", new_x="LMARGIN", new_y="NEXT")
    for blk in blocks(p):
        k = blk[0]
        if k == "h1":
            pdf.ln(2); pdf.set_font("DS", "B", 11); pdf.cell(w, 7, blk[1].upper(), border="B", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "h2":
            pdf.set_font("DS", "I", 9.5); pdf.multi_cell(w, 5, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "para":
            pdf.set_font("DS", "", 9.5); pdf.multi_cell(w, 5, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "num":
            pdf.set_font("DS", "", 8.3); pdf.set_x(18); pdf.cell(8, 4.3, f"{blk[1]}.")
            pdf.multi_cell(w - 8, 4.3, blk[2], new_x="LMARGIN", new_y="NEXT")
        elif k == "entry":
            x = blk[1]; y = pdf.get_y()
            pdf.set_font("DS", "", 8.8); pdf.multi_cell(38, 5, x["d"], new_x="RIGHT", new_y="TOP")
            pdf.set_xy(18 + 40, y); pdf.set_font("DS", "B", 9.3); pdf.multi_cell(w - 40, 5, x["h"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DS", "", 9)
            for s in ([x["s"]] if x["s"] else []) + ["- " + b for b in x["b"]]:
                pdf.set_x(58); pdf.multi_cell(w - 40, 4.6, s, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.set_title(f"CV {p['title']}"); pdf.output(out)
    return out

# ------------------------------------------------------------------ TXT
def render_txt(p, out):
    L = [p["name_line"], p["address"], f"Phone: {p['phone']}", f"Email: {p['email']}", p["personal"], "=" * 72]
    for blk in blocks(p):
        k = blk[0]
        if k == "h1": L += ["", blk[1].upper(), "-" * len(blk[1])]
        elif k == "h2": L += ["", "  " + blk[1] + ":"]
        elif k == "para": L.append(blk[1])
        elif k == "num": L.append(f"  {blk[1]:>2}. {blk[2]}")
        elif k == "entry":
            x = blk[1]; L.append(f"{x['d']:<18}{x['h']}")
            if x["s"]: L.append(" " * 18 + x["s"])
            L += [" " * 18 + "* " + b for b in x["b"]]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
    return out
