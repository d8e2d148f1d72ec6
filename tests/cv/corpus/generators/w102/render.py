# -*- coding: utf-8 -*-
"""Renderers: one content model -> many real toolchains."""
import html, os, re, subprocess, shutil, tempfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "files")
OUT = os.path.abspath(OUT)
TMP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "build_tmp"))
os.makedirs(TMP, exist_ok=True)


def fname(p):
    return f"w102_{p['id']}_{p['layout']}.{p['ext']}"


def display_name(p, native=True):
    s = f"{p['first']} {p['last']}"
    return s


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r

# ------------------------------------------------------------------ HTML (Chromium)
CSS = {
 "latexlike": """
  @page { size: Letter; margin: 2.3cm 2.4cm; }
  body { font-family: 'Latin Modern Roman','CMU Serif','Noto Serif','DejaVu Serif',serif; font-size: 10.5pt; line-height: 1.28; color:#000; }
  .nm { text-align:center; font-size: 20pt; font-variant: small-caps; margin:0; }
  .nat { text-align:center; font-size: 12pt; margin: 2px 0 4px 0; font-family: 'Noto Serif CJK JP', serif; }
  .ct { text-align:center; font-size: 9.5pt; margin-bottom: 10px; }
  h2 { font-size: 12pt; font-weight: bold; border-bottom: 0.6pt solid #000; margin: 14px 0 5px 0; padding-bottom:1px; }
  h3 { font-size: 10.5pt; font-style: italic; font-weight: normal; margin: 6px 0 3px 0; }
  table.e { width:100%; border-collapse: collapse; margin-bottom:4px; page-break-inside: avoid; }
  table.e td.d { width: 30%; vertical-align: top; }
  .what { font-weight: bold; } .where { font-style: italic; }
  .pub { padding-left: 2.2em; text-indent: -2.2em; margin: 0 0 3px 0; text-align: justify; }
  ul { margin: 2px 0 2px 0; padding-left: 1.4em; }
  table.kv td { padding: 0 10px 0 0; vertical-align: top; } table.kv td.k { font-weight:bold; }
 """,
 "europass": """
  @page { size: A4; margin: 1.6cm 1.5cm 1.8cm 1.5cm; @bottom-right { content: counter(page); } }
  body { font-family: 'Noto Sans','DejaVu Sans',sans-serif; font-size: 9pt; color:#222; }
  .top { display:flex; border-bottom: 2px solid #0e4194; padding-bottom: 8px; margin-bottom: 8px; }
  .logo { width: 32%; color:#0e4194; font-weight:bold; font-size: 15pt; letter-spacing: 1px; }
  .logo small { display:block; font-size: 7.5pt; color:#666; font-weight: normal; }
  .nm { font-size: 17pt; color: #0e4194; margin: 0 0 4px 0; }
  table.kv td { padding: 1px 8px 1px 0; vertical-align: top; } table.kv td.k { color:#0e4194; width: 42%; text-align:right; }
  h2 { display:flex; color:#0e4194; font-size: 10.5pt; text-transform: uppercase; margin: 12px 0 4px 0; }
  h2::after { content:''; flex:1; border-bottom: 1px solid #0e4194; margin: 0 0 4px 8px; }
  table.e { width:100%; border-collapse: collapse; margin: 3px 0 6px 0; page-break-inside: avoid; }
  table.e td.d { width: 30%; text-align:right; padding-right: 12px; color:#0e4194; vertical-align:top; }
  .what { font-weight:bold; } .where { color:#444; }
  .pub { margin: 0 0 3px 30%; } h3 { margin-left:30%; font-size:9.5pt; }
  p.t { margin-left: 30%; } ul { margin-left: 30%; }
  table.lang { margin-left: 30%; border-collapse: collapse; font-size: 8.5pt; }
  table.lang td, table.lang th { border: 1px solid #9bb; padding: 2px 6px; text-align: center; }
 """,
 "twocolumn": """
  @page { size: A4; margin: 0; }
  body { margin:0; font-family: 'Noto Sans','DejaVu Sans',sans-serif; font-size: 9pt; }
  .wrap { display: grid; grid-template-columns: 31% 69%; min-height: 297mm; }
  .side { background: #263a4f; color: #eef; padding: 16mm 6mm 10mm 8mm; }
  .main { padding: 14mm 10mm 10mm 8mm; }
  .nm { font-size: 18pt; margin: 0; color: #fff; }
  .nat { font-family: 'Noto Naskh Arabic', serif; font-size: 13pt; color:#cde; margin: 4px 0 10px 0; }
  .side h2 { color: #9cf; border-bottom: 1px solid #9cf; }
  h2 { font-size: 10.5pt; color: #263a4f; border-bottom: 1.5px solid #263a4f; margin: 10px 0 4px 0; text-transform: uppercase; }
  table.e { width:100%; margin-bottom: 5px; page-break-inside: avoid; } table.e td.d { width: 24%; vertical-align: top; color:#456; }
  .what { font-weight: bold; } .where { font-style: italic; }
  .pub { margin: 0 0 3px 0; } .side table.kv td { color:#eef; padding: 1px 0; display:block; }
  table.kv td.k { font-weight: bold; }
 """,
 "serif": """
  @page { size: Letter; margin: 2cm 2.2cm; }
  body { font-family: 'Noto Serif','DejaVu Serif',serif; font-size: 10.5pt; line-height: 1.3; }
  .nm { font-size: 19pt; margin: 0; } .nat { font-size: 12pt; } .ct { font-size: 9.5pt; margin: 4px 0 10px 0; border-bottom: 1px solid #000; padding-bottom:6px; }
  h2 { font-size: 11.5pt; margin: 12px 0 4px 0; text-transform: uppercase; letter-spacing: 0.5px; }
  table.e { width:100%; margin-bottom: 4px; page-break-inside: avoid; } table.e td.d { width: 27%; vertical-align: top; }
  .what { font-weight:bold; } .where { font-style: italic; } .pub { margin: 0 0 3px 0; padding-left: 1.8em; text-indent: -1.8em; }
  table.kv td.k { font-weight:bold; padding-right: 12px; }
 """,
 "sans": """
  @page { size: A4; margin: 1.5cm 1.6cm; }
  body { font-family: 'Noto Sans','DejaVu Sans', 'Noto Sans CJK KR', sans-serif; font-size: 10pt; line-height: 1.3; }
  .nm { font-size: 20pt; margin: 0; color:#134; } .nat { font-family: 'Noto Serif CJK KR'; font-size: 13pt; }
  .ct { font-size: 9.5pt; margin: 4px 0 10px 0; }
  h2 { font-size: 11pt; background: #dde6ee; padding: 2px 6px; margin: 10px 0 4px 0; }
  table.e { width:100%; margin-bottom: 4px; } table.e td.d { width: 25%; vertical-align: top; }
  .what { font-weight:bold; } .where { color:#333; } .pub { margin: 0 0 3px 0; } table.kv td.k { font-weight:bold; padding-right: 10px; }
 """,
}


def blocks_html(blocks):
    e = html.escape
    out = []
    for b in blocks:
        t = b[0]
        if t == "e":
            det = "".join(f"<li>{e(x)}</li>" for x in b[4])
            out.append(f"<table class='e'><tr><td class='d'>{e(b[1])}</td><td><span class='what'>{e(b[2])}</span><br>"
                       f"<span class='where'>{e(b[3])}</span>{'<ul>' + det + '</ul>' if det else ''}</td></tr></table>")
        elif t == "p":
            out.append(f"<p class='t'>{e(b[1])}</p>")
        elif t == "l":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "kv":
            out.append("<table class='kv'>" + "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "pubs":
            out.extend(f"<p class='pub'>{e(x)}</p>" for x in b[1])
        elif t == "sub":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif t == "langtable":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append("<table class='lang'><tr><th></th><th>Hören<br>Listening</th><th>Lesen<br>Reading</th><th>Gespräch<br>Interaction</th>"
                       "<th>Sprechen<br>Production</th><th>Schreiben<br>Writing</th></tr>" + rows + "</table>"
                       "<p class='t' style='font-size:7.5pt'>Niveaus: A1/A2 elementar – B1/B2 selbständig – C1/C2 kompetent (GER / CEFR)</p>")
    return "\n".join(out)


def make_html(p, style):
    e = html.escape
    name = e(display_name(p)) + (f", {e(p['post'])}" if p.get("post") else "")
    nat = f"<div class='nat'>{e(p['native'])}</div>" if p.get("native") else ""
    secs = "".join(f"<h2>{e(h)}</h2>{blocks_html(bl)}" for h, bl in p["sections"])
    if style == "europass":
        kv = "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in p["contacts"])
        body = (f"<div class='top'><div class='logo'>europass<small>Lebenslauf / Curriculum Vitae</small></div>"
                f"<div><p class='nm'>{name}</p><table class='kv'>{kv}</table></div></div>{secs}")
    elif style == "twocolumn":
        side_names = {"Languages", "USMLE", "Specialty"}
        side = "".join(f"<h2>{e(h)}</h2>{blocks_html(bl)}" for h, bl in p["sections"] if h in side_names)
        main = "".join(f"<h2>{e(h)}</h2>{blocks_html(bl)}" for h, bl in p["sections"] if h not in side_names)
        kv = "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in p["contacts"])
        body = (f"<div class='wrap'><div class='side'><p class='nm'>{name}</p>{nat}<h2>Contact</h2><table class='kv'>{kv}</table>{side}</div>"
                f"<div class='main'>{main}</div></div>")
    else:
        ct = " &nbsp;·&nbsp; ".join(f"{e(k)}: {e(v)}" for k, v in p["contacts"])
        body = f"<p class='nm'>{name}</p>{nat}<div class='ct'>{ct}</div>{secs}"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS[style]}{p.get('css_extra', '')}</style></head><body>{body}</body></html>"


def chromium_pdf(htmltext, out_pdf):
    h = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(h, "w", encoding="utf-8").write(htmltext)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out_pdf}", "file://" + h])


def r_chromium(p, style):
    chromium_pdf(make_html(p, style), os.path.join(OUT, fname(p)))

# ------------------------------------------------------------------ LaTeX
def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\^{}", "→": r"$\rightarrow$"}
    return "".join(rep.get(c, c) for c in s)


def cjk(s):
    return re.sub(r"([\u3000-\u9fff\uff00-\uffef]+)", r"{\\cjk \1}", s)


def moderncv_body(p):
    L = []
    for h, bl in p["sections"]:
        L.append(f"\\section{{{tex(h)}}}")
        for b in bl:
            t = b[0]
            if t == "e":
                det = ""
                if b[4]:
                    det = "\\begin{itemize}" + "".join(f"\\item {tex(x)}" for x in b[4]) + "\\end{itemize}"
                L.append(f"\\cventry{{{tex(b[1])}}}{{{tex(b[2])}}}{{{tex(b[3])}}}{{}}{{}}{{{det}}}")
            elif t == "p":
                L.append(f"\\cvitem{{}}{{{tex(b[1])}}}")
            elif t == "l":
                L.extend(f"\\cvlistitem{{{tex(x)}}}" for x in b[1])
            elif t == "kv":
                L.extend(f"\\cvitem{{{tex(k)}}}{{{tex(v)}}}" for k, v in b[1])
            elif t == "pubs":
                for x in b[1]:
                    m = re.match(r"^(\[\d+\]|\d+\.)\s+(.*)$", x)
                    if m:
                        L.append(f"\\cvitem{{{tex(m.group(1))}}}{{{tex(m.group(2))}}}")
                    else:
                        L.append(f"\\cvitem{{}}{{{tex(x)}}}")
            elif t == "sub":
                L.append(f"\\subsection{{{tex(b[1])}}}")
    return "\n".join(L)


def latex_build(src, out_pdf, engine):
    d = tempfile.mkdtemp(dir=TMP)
    open(os.path.join(d, "cv.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=d)
    shutil.copy(os.path.join(d, "cv.pdf"), out_pdf)
    shutil.copy(os.path.join(d, "cv.tex"), out_pdf.replace(os.sep + "files" + os.sep, os.sep + "build_tmp" + os.sep) + ".tex")


def r_moderncv(p, style, engine):
    contacts = dict(p["contacts"])
    pre = ("\\documentclass[10pt,letterpaper,sans]{moderncv}\n"
           f"\\moderncvstyle[nosymbols]{{{style}}}\n\\moderncvcolor{{{'blue' if style == 'classic' else 'black'}}}\n")
    if engine == "pdflatex":
        pre += "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
    pre += "\\usepackage[scale=0.82]{geometry}\n\\setlength{\\hintscolumnwidth}{2.9cm}\n"
    pre += f"\\name{{{tex(p['first'])}}}{{{tex(p['last'])}}}\n"
    if p.get("title"):
        pre += f"\\title{{{tex(p['title'])}}}\n"
    addr = contacts.get("Address", "")
    if addr:
        pre += f"\\address{{{tex(addr)}}}{{}}{{}}\n"
    for k, v in p["contacts"]:
        if k in ("Mobile",):
            pre += f"\\phone[mobile]{{{tex(v)}}}\n"
        elif k == "Email":
            pre += f"\\email{{{tex(v)}}}\n"
        elif k == "ORCID":
            pre += f"\\extrainfo{{ORCID {tex(v)}}}\n"
    src = pre + "\\begin{document}\n\\makecvtitle\n" + moderncv_body(p) + "\n\\end{document}\n"
    latex_build(src, os.path.join(OUT, fname(p)), engine)


def r_xelatex_article(p):
    def body():
        L = []
        for h, bl in p["sections"]:
            L.append(f"\\section*{{{cjk(tex(h))}}}")
            for b in bl:
                t = b[0]
                if t == "e":
                    L.append(f"\\noindent\\begin{{tabularx}}{{\\textwidth}}{{@{{}}p{{3.6cm}}X@{{}}}}{cjk(tex(b[1]))} & \\textbf{{{cjk(tex(b[2]))}}}\\\\ & \\textit{{{cjk(tex(b[3]))}}}\\end{{tabularx}}")
                    for x in b[4]:
                        L.append(f"\\par\\hspace*{{3.8cm}}-- {cjk(tex(x))}")
                    L.append("\\par\\smallskip")
                elif t == "p":
                    L.append(f"\\noindent {cjk(tex(b[1]))}\\par")
                elif t == "l":
                    L.append("\\begin{itemize}" + "".join(f"\\item {cjk(tex(x))}" for x in b[1]) + "\\end{itemize}")
                elif t == "kv":
                    L.append("\\noindent\\begin{tabular}{@{}ll}" + "\\\\".join(f"{cjk(tex(k))} & {cjk(tex(v))}" for k, v in b[1]) + "\\end{tabular}\\par")
                elif t == "pubs":
                    for x in b[1]:
                        L.append(f"\\hangindent=1.5em\\hangafter=1\\noindent {cjk(tex(x))}\\par\\smallskip")
        return "\n".join(L)
    src = ("\\documentclass[10pt,letterpaper]{article}\n\\usepackage{fontspec}\n\\usepackage[margin=2cm]{geometry}\n"
           "\\usepackage{tabularx,titlesec,fancyhdr,lastpage,xcolor}\n\\setmainfont{Noto Serif}\n"
           "\\newfontfamily\\cjk{Noto Serif CJK SC}\n\\titleformat{\\section}{\\large\\bfseries\\color{red!50!black}}{}{0pt}{}[\\titlerule]\n"
           "\\pagestyle{fancy}\\fancyhf{}\\rfoot{\\thepage/\\pageref{LastPage}}\\lfoot{\\small Yutong Wang -- CV}\\renewcommand{\\headrulewidth}{0pt}\n"
           "\\begin{document}\n\\begin{center}{\\LARGE\\bfseries " + tex(display_name(p)) + "}\\quad{\\Large\\cjk " + p["native"] + "}\\\\[2pt]"
           + tex(p["post"]) + "\\\\[4pt]\\small " + " \\textbullet\\ ".join(f"{tex(k)}: {tex(v)}" for k, v in p["contacts"]) + "\\end{center}\n"
           + body() + "\n\\end{document}\n")
    latex_build(src, os.path.join(OUT, fname(p)), "xelatex")

# ------------------------------------------------------------------ DOCX (python-docx)
def _field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def docx_doc(p, variant, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri" if variant != "lo" else "Liberation Serif"; st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2.0)
    sec = d.sections[0]
    name = display_name(p) + (f", {p['post']}" if p.get("post") else "")
    contact_line = "  |  ".join(f"{k}: {v}" for k, v in p["contacts"])
    # footer page numbers
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if variant == "footer":
        fp.text = ""
        r = fp.add_run(f"{name} · {contact_line}"); r.font.size = Pt(8)
        fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp2.add_run("Page "); r.font.size = Pt(8); r2 = fp2.add_run(); _field(r2, "PAGE"); r2.font.size = Pt(8)
    else:
        r = fp.add_run("Page "); _field(fp.add_run(), "PAGE"); fp.add_run(" of "); _field(fp.add_run(), "NUMPAGES")
    if variant == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(name); r.bold = True; r.font.size = Pt(12)
        hp2 = sec.header.add_paragraph(); r = hp2.add_run(contact_line); r.font.size = Pt(8.5)
        hp2.alignment = WD_ALIGN_PARAGRAPH.LEFT
        d.add_paragraph().add_run("CURRICULUM VITAE").bold = True
    else:
        t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER if variant != "table" else WD_ALIGN_PARAGRAPH.LEFT
        r = t.add_run(name); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        if p.get("native"):
            r = t.add_run("   " + p["native"]); r.font.size = Pt(14)
    if variant == "table":
        tb = d.add_table(rows=2, cols=len(p["contacts"])); tb.style = "Light Grid Accent 1"
        for i, (k, v) in enumerate(p["contacts"]):
            tb.cell(0, i).text = k; tb.cell(1, i).text = v
    elif variant == "lo":
        c = d.add_paragraph(contact_line); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for h, bl in p["sections"]:
        hd = d.add_heading(h, level=2)
        for b in bl:
            t = b[0]
            if t == "e":
                para = d.add_paragraph(); para.paragraph_format.space_after = Pt(1)
                para.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
                r = para.add_run(b[1] + "\t"); r.font.size = Pt(9.5)
                r = para.add_run(b[2]); r.bold = True
                para2 = d.add_paragraph(); para2.paragraph_format.left_indent = Cm(4.2); para2.paragraph_format.space_after = Pt(3)
                r = para2.add_run(b[3]); r.italic = True
                for x in b[4]:
                    q = d.add_paragraph(x, style="List Bullet"); q.paragraph_format.left_indent = Cm(4.8)
            elif t == "p":
                d.add_paragraph(b[1])
            elif t == "l":
                for x in b[1]:
                    d.add_paragraph(x, style="List Bullet")
            elif t == "kv":
                tb = d.add_table(rows=0, cols=2)
                for k, v in b[1]:
                    row = tb.add_row().cells; row[0].text = k; row[1].text = v
                    row[0].paragraphs[0].runs[0].bold = True
            elif t == "pubs":
                for x in b[1]:
                    q = d.add_paragraph(x); q.paragraph_format.left_indent = Cm(0.8); q.paragraph_format.first_line_indent = Cm(-0.8)
                    q.paragraph_format.space_after = Pt(2)
                    for rr in q.runs:
                        rr.font.size = Pt(9)
            elif t == "sub":
                d.add_heading(b[1], level=3)
    d.save(out)


def r_docx(p, variant):
    docx_doc(p, variant, os.path.join(OUT, fname(p)))


def soffice_pdf(src, out_pdf):
    d = tempfile.mkdtemp(dir=TMP)
    run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile", "--convert-to", "pdf", "--outdir", d, src])
    pdf = [f for f in os.listdir(d) if f.endswith(".pdf")][0]
    shutil.move(os.path.join(d, pdf), out_pdf)


def r_lo_docx(p):
    src = os.path.join(TMP, f"w102_{p['id']}_source.docx")
    docx_doc(p, "lo", src)
    soffice_pdf(src, os.path.join(OUT, fname(p)))

# ------------------------------------------------------------------ ODT (odfpy)
def odt_doc(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TabStops, TabStop, MasterPage, PageLayout, PageLayoutProperties, Footer, Header
    from odf.text import P, H, Span, Tab, PageNumber
    doc = OpenDocumentText()
    pl = PageLayout(name="pl"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm",
                                                                   marginbottom="1.6cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    ft = Footer(); fpar = P(text=f"{display_name(p)} — CV — page "); fpar.addElement(PageNumber(selectpage="current")); ft.addElement(fpar)
    mp.addElement(ft); doc.masterstyles.addElement(mp)

    def style(name, fam="paragraph", **tp):
        s = Style(name=name, family=fam)
        pp = {k[3:]: v for k, v in tp.items() if k.startswith("pp_")}
        t = {k: v for k, v in tp.items() if not k.startswith("pp_")}
        if t:
            s.addElement(TextProperties(**t))
        if pp:
            s.addElement(ParagraphProperties(**pp))
        doc.styles.addElement(s); return s
    sName = style("CVName", fontsize="20pt", fontweight="bold", color="#7a1f1f", fontfamily="Liberation Serif", pp_textalign="center")
    sNat = style("CVNative", fontsize="13pt", fontfamily="DejaVu Serif", pp_textalign="center")
    sCt = style("CVContact", fontsize="9pt", pp_textalign="center", pp_marginbottom="0.3cm")
    sH = style("CVHead", fontsize="12pt", fontweight="bold", color="#7a1f1f", pp_margintop="0.35cm", pp_marginbottom="0.1cm",
               pp_borderbottom="0.5pt solid #7a1f1f")
    sSub = style("CVSub", fontsize="10.5pt", fontstyle="italic")
    sBody = style("CVBody", fontsize="10pt", fontfamily="Liberation Serif")
    sPub = style("CVPub", fontsize="9.5pt", fontfamily="Liberation Serif", pp_marginleft="0.7cm", pp_textindent="-0.7cm", pp_marginbottom="0.08cm")
    sEnt = Style(name="CVEntry", family="paragraph"); sEnt.addElement(TextProperties(fontsize="10pt"))
    ppE = ParagraphProperties(margintop="0.1cm"); tabs = TabStops(); tabs.addElement(TabStop(position="4cm")); ppE.addElement(tabs)
    sEnt.addElement(ppE); doc.styles.addElement(sEnt)
    sWhere = style("CVWhere", fontsize="10pt", fontstyle="italic", pp_marginleft="4cm")
    sDet = style("CVDet", fontsize="9.5pt", pp_marginleft="4.4cm")
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(bold)

    doc.text.addElement(P(stylename=sName, text=display_name(p) + (f", {p['post']}" if p.get("post") else "")))
    if p.get("native"):
        doc.text.addElement(P(stylename=sNat, text=p["native"]))
    doc.text.addElement(P(stylename=sCt, text="  •  ".join(f"{k}: {v}" for k, v in p["contacts"])))
    for h, bl in p["sections"]:
        doc.text.addElement(P(stylename=sH, text=h))
        for b in bl:
            t = b[0]
            if t == "e":
                e = P(stylename=sEnt); e.addText(b[1]); e.addElement(Tab()); e.addElement(Span(stylename=bold, text=b[2])); doc.text.addElement(e)
                doc.text.addElement(P(stylename=sWhere, text=b[3]))
                for x in b[4]:
                    doc.text.addElement(P(stylename=sDet, text="– " + x))
            elif t == "p":
                doc.text.addElement(P(stylename=sBody, text=b[1]))
            elif t == "l":
                for x in b[1]:
                    doc.text.addElement(P(stylename=sBody, text="• " + x))
            elif t == "kv":
                for k, v in b[1]:
                    e = P(stylename=sEnt); e.addElement(Span(stylename=bold, text=k)); e.addElement(Tab()); e.addText(v); doc.text.addElement(e)
            elif t == "pubs":
                for x in b[1]:
                    doc.text.addElement(P(stylename=sPub, text=x))
            elif t == "sub":
                doc.text.addElement(P(stylename=sSub, text=b[1]))
    doc.save(out)


def r_odt(p):
    odt_doc(p, os.path.join(OUT, fname(p)))


def r_lo_odt(p):
    src = os.path.join(TMP, f"w102_{p['id']}_source.odt")
    odt_doc(p, src)
    soffice_pdf(src, os.path.join(OUT, fname(p)))

# ------------------------------------------------------------------ reportlab, running headers
def r_reportlab(p, out=None, encrypt=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    out = out or os.path.join(OUT, fname(p))

    def k(s):  # wrap Hangul runs in a CID font
        return re.sub(r"([\uac00-\ud7af\u3130-\u318f]+)", r"<font name='HYSMyeongJo-Medium'>\1</font>", escape(s))
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    pub = ParagraphStyle("pub", parent=base, fontSize=8.8, leading=11, leftIndent=18, firstLineIndent=-18, spaceAfter=2.5)
    h = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor("#123b6d"))
    nm = ParagraphStyle("nm", fontName="DVB", fontSize=19, leading=24)
    story = [Paragraph(k(f"{display_name(p)} ({p['native']}), {p['post']}"), nm),
             Paragraph(k("  ·  ".join(f"{a}: {b}" for a, b in p["contacts"])), base), Spacer(1, 6)]
    for hd, bl in p["sections"]:
        story.append(Paragraph(k(hd), h))
        for b in bl:
            t = b[0]
            if t == "e":
                cell = Paragraph(f"<b>{k(b[2])}</b><br/><i>{k(b[3])}</i>" + "".join(f"<br/>– {k(x)}" for x in b[4]), base)
                tb = Table([[Paragraph(k(b[1]), base), cell]], colWidths=[3.6 * cm, 13.4 * cm])
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(tb)
            elif t == "p":
                story.append(Paragraph(k(b[1]), base))
            elif t == "l":
                story.extend(Paragraph("• " + k(x), base) for x in b[1])
            elif t == "kv":
                story.extend(Paragraph(f"<b>{k(a)}:</b> {k(v)}", base) for a, v in b[1])
            elif t == "pubs":
                story.extend(Paragraph(k(x), pub) for x in b[1])

    def deco(c, d):
        c.saveState(); c.setFont("DV", 8); c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(2 * cm, letter[1] - 1.2 * cm, f"{display_name(p)}, {p['post']} — Curriculum Vitae")
        c.drawRightString(letter[0] - 2 * cm, letter[1] - 1.2 * cm, f"Page {d.page}")
        c.drawCentredString(letter[0] / 2, 1.0 * cm, "Updated November 2026")
        c.restoreState()
    kw = {}
    if encrypt:
        kw["encrypt"] = encrypt
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.7 * cm,
                            title=f"CV {display_name(p)}", author=display_name(p), **kw)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ------------------------------------------------------------------ fpdf2
def r_fpdf(p):
    from fpdf import FPDF

    class CV(FPDF):
        def footer(self):
            self.set_y(-12); self.set_font("DJ", "", 7.5); self.set_text_color(120)
            self.cell(0, 5, f"{display_name(p)} – Curriculum Vitae – {self.page_no()}/{{nb}}", align="C")
    pdf = CV(format="A4"); pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 16)
    pdf.add_font("DJ", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DJ", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
    pdf.add_page()
    pdf.set_font("DJ", "B", 18); pdf.set_text_color(0, 90, 50)
    pdf.cell(0, 10, display_name(p) + (f", {p['post']}" if p.get("post") else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", 8.5); pdf.set_text_color(40)
    for a, b in p["contacts"]:
        pdf.cell(0, 4.5, f"{a}: {b}", new_x="LMARGIN", new_y="NEXT")
    W = pdf.w - 36
    for hd, bl in p["sections"]:
        pdf.ln(2); pdf.set_font("DJ", "B", 11); pdf.set_text_color(0, 90, 50)
        pdf.cell(0, 7, hd, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 90, 50); pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y()); pdf.ln(1)
        pdf.set_text_color(20)
        for b in bl:
            t = b[0]
            if t == "e":
                y = pdf.get_y(); pdf.set_font("DJ", "", 8.5); pdf.multi_cell(36, 4.5, b[1])
                pdf.set_xy(56, y); pdf.set_font("DJ", "B", 9); pdf.multi_cell(W - 38, 4.5, b[2], new_x="LEFT", new_y="NEXT")
                pdf.set_font("DJ", "I", 9); pdf.multi_cell(W - 38, 4.5, b[3], new_x="LEFT", new_y="NEXT")
                pdf.set_font("DJ", "", 8.5)
                for x in b[4]:
                    pdf.multi_cell(W - 38, 4.3, "– " + x, new_x="LEFT", new_y="NEXT")
                pdf.set_x(18); pdf.ln(1)
            elif t in ("p",):
                pdf.set_font("DJ", "", 9); pdf.multi_cell(W, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            elif t == "l":
                pdf.set_font("DJ", "", 9)
                for x in b[1]:
                    pdf.multi_cell(W, 4.6, "• " + x, new_x="LMARGIN", new_y="NEXT")
            elif t == "kv":
                for a, v in b[1]:
                    pdf.set_font("DJ", "B", 9); pdf.cell(50, 4.6, a); pdf.set_font("DJ", "", 9); pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
            elif t == "pubs":
                pdf.set_font("DJ", "", 8.3)
                for x in b[1]:
                    pdf.multi_cell(W, 4.1, x, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    pdf.output(os.path.join(OUT, fname(p)))

# ------------------------------------------------------------------ plain text
def txt_text(p):
    L = [f"{display_name(p).upper()}, {p['post']}", p.get("native", ""), " | ".join(v for _, v in p["contacts"]), "=" * 78, ""]
    for h, bl in p["sections"]:
        L += [h, "-" * len(h)]
        for b in bl:
            t = b[0]
            if t == "e":
                L.append(f"{b[1]:<32}{b[2]}"); L.append(" " * 32 + b[3]); L += [" " * 34 + "* " + x for x in b[4]]
            elif t == "p":
                L.append(b[1])
            elif t == "l":
                L += ["  - " + x for x in b[1]]
            elif t == "kv":
                L += [f"  {k + ':':<22}{v}" for k, v in b[1]]
            elif t == "pubs":
                for x in b[1]:
                    import textwrap
                    L += textwrap.wrap(x, 96, subsequent_indent="     ")
            elif t == "sub":
                L.append(f"  [{b[1]}]")
        L.append("")
    return "\r\n".join(L) + "\r\n"


def r_txt(p):
    open(os.path.join(OUT, fname(p)), "w", encoding="utf-8", newline="").write(txt_text(p))

# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if 0x1200 <= o <= 0x139F:
                out.append("{\\f2\\u%d?}" % o)
            else:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def r_rtf(p):
    R = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}{\\f2\\fnil Noto Sans Ethiopic;}}",
         "{\\colortbl;\\red0\\green0\\blue0;\\red120\\green20\\blue60;}", "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134",
         "{\\footer\\pard\\qc\\fs16 " + rtf_esc(display_name(p)) + " \\endash  page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}"]
    R.append("\\pard\\qc\\f1\\fs36\\b " + rtf_esc(display_name(p) + ", " + p["post"]) + "\\b0\\par")
    R.append("\\pard\\qc\\fs26 " + rtf_esc(p["native"]) + "\\par")
    R.append("\\pard\\qc\\f0\\fs19 " + rtf_esc("  |  ".join(f"{k}: {v}" for k, v in p["contacts"])) + "\\par\\par")
    for h, bl in p["sections"]:
        R.append("\\pard\\sb160\\sa60\\brdrb\\brdrs\\brdrw10 \\f1\\fs23\\b\\cf2 " + rtf_esc(h.upper()) + "\\cf1\\b0\\f0\\par")
        for b in bl:
            t = b[0]
            if t == "e":
                R.append("\\pard\\tx2600\\li2600\\fi-2600\\fs20 " + rtf_esc(b[1]) + "\\tab\\b " + rtf_esc(b[2]) + "\\b0\\line\\i " + rtf_esc(b[3]) + "\\i0\\par")
                for x in b[4]:
                    R.append("\\pard\\li2800\\fs19 \\bullet  " + rtf_esc(x) + "\\par")
            elif t == "p":
                R.append("\\pard\\fs20 " + rtf_esc(b[1]) + "\\par")
            elif t == "l":
                R += ["\\pard\\li300\\fs20 \\bullet  " + rtf_esc(x) + "\\par" for x in b[1]]
            elif t == "kv":
                R += ["\\pard\\tx3000\\fs20\\b " + rtf_esc(k) + "\\b0\\tab " + rtf_esc(v) + "\\par" for k, v in b[1]]
            elif t == "pubs":
                R += ["\\pard\\li400\\fi-400\\sa40\\fs18 " + rtf_esc(x) + "\\par" for x in b[1]]
            elif t == "sub":
                R.append("\\pard\\sb80\\fs20\\i " + rtf_esc(b[1]) + "\\i0\\par")
    R.append("}")
    open(os.path.join(OUT, fname(p)), "w", encoding="ascii").write("\n".join(R))
