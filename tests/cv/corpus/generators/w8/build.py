# -*- coding: utf-8 -*-
"""Build all w8 CVs + truth.jsonl.  Run: ../.venv/bin/python build.py (from generators/)."""
import json, os, re, subprocess, shutil, tempfile, sys
from data import R, fmt_range

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WORK = os.path.join(ROOT, "build_tmp")
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def fname(r):
    return f"w8_{r['n']:03d}_{r['layout']}.{r['ext']}"


# ------------------------------------------------------------------ truth
def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        end = "2026-12" if e["end"] == "present" else e["end"]
        ey, em = map(int, end.split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth(r, file, layout, needs_ocr=False):
    ents = [dict(e["usce"]) for e in r["experience"] if e["usce"]]
    t = {"file": file, "layout": layout}
    for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
              "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
              "languages", "visa_status", "publications"]:
        t[k] = r[k]
    t["usce_months"] = months(ents)
    t["usce_months_clinical"] = months(ents, True)
    t["usce_entries"] = ents
    if needs_ocr:
        t["needs_ocr"] = True
    return t


# ------------------------------------------------------------------ LaTeX
def tex(s):
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in [("&", "\\&"), ("%", "\\%"), ("#", "\\#"), ("_", "\\_"), ("$", "\\$")]:
        s = s.replace(a, b)
    s = s.replace("→", "$\\rightarrow$").replace("·", "\\textperiodcentered{}")
    return s


def run_latex(body, out):
    d = tempfile.mkdtemp(dir=WORK)
    with open(os.path.join(d, "cv.tex"), "w") as f:
        f.write(body)
    for _ in range(2):
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode", "cv.tex"], cwd=d, capture_output=True, text=True)
    if not os.path.exists(os.path.join(d, "cv.pdf")):
        print(p.stdout[-3000:])
        raise SystemExit("latex failed")
    shutil.copy(os.path.join(d, "cv.pdf"), out)


def latex_awesome(r, out):
    acc = "0.80,0.15,0.20" if r["n"] == 1 else "0.10,0.45,0.55"
    contact = (f"\\Letter\\ {tex(r['email'])} \\quad\\ding{{118}}\\quad \\Mobilefone\\ {tex(r['phone'])}"
               f" \\quad\\ding{{118}}\\quad \\Mundus\\ {tex(r['city'])}")
    L = [r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage[scaled=0.92]{helvet}
\usepackage[margin=1.6cm,bottom=2.2cm]{geometry}\usepackage{xcolor}\usepackage{marvosym}\usepackage{pifont}
\usepackage{titlesec}\usepackage{enumitem}\usepackage{fancyhdr}\usepackage{tabularx}
\definecolor{awesome}{rgb}{""" + acc + r"""}
\renewcommand{\familydefault}{\sfdefault}
\titleformat{\section}{\Large\bfseries\color{awesome}}{}{0pt}{}[\vspace{-6pt}\color{gray}\rule{\linewidth}{0.6pt}]
\titlespacing*{\section}{0pt}{10pt}{4pt}
\setlist{nosep,leftmargin=1.2em,label=\textcolor{awesome}{\ding{70}}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
"""]
    if r["contact_place"] == "footer":
        L.append(r"\fancyfoot[C]{\footnotesize\color{gray}" + contact + r"}")
        L.append(r"\fancyfoot[R]{\footnotesize\thepage}")
    else:
        L.append(r"\fancyfoot[C]{\footnotesize\color{gray}" + tex(r["full_name"]) + r" \textperiodcentered\ Curriculum Vitae \textperiodcentered\ \thepage}")
    L.append(r"\begin{document}")
    parts = r["display_name"].split(" ")
    if parts[0] == "Dr.":
        parts = parts[1:]
    first, last = " ".join(parts[:-1]), parts[-1]
    L.append(r"\begin{center}{\fontsize{30}{34}\selectfont\color{gray!70!black}" + tex(first) +
             r" \textbf{\color{black}" + tex(last) + r"}}\\[4pt]")
    L.append(r"{\small\scshape\color{awesome} Physician \ding{118} " + tex(r["post"]) + r" \ding{118} " +
             tex(", ".join(r["specialties"])) + r"}\\[4pt]")
    if r["contact_place"] != "footer":
        L.append(r"{\small " + contact + r"}\\")
    L.append(r"\end{center}")
    if r["summary"]:
        L.append(r"\section{Summary}" + "\n" + r"{\itshape " + tex(r["summary"]) + "}")
    L.append(r"\section{Education}")
    for d, deg, inst in r["education"]:
        L.append(r"\noindent\textbf{" + tex(deg) + r"} \hfill {\color{awesome}\small " + tex(d) + r"}\\ " + tex(inst) + r"\par\smallskip")
    L.append(r"\section{Licensure \& Examinations}\begin{itemize}")
    L += [r"\item " + tex(x) for x in r["exams"]]
    L.append(r"\end{itemize}")
    L.append(r"\section{Clinical \& Research Experience}")
    for e in r["experience"]:
        L.append(r"\noindent\textbf{" + tex(e["title"]) + r"} \hfill {\small\color{awesome}" + tex(e["dates"]) + r"}\\")
        L.append(r"{\itshape " + tex(e["org"]) + r"} \hfill {\small\itshape " + tex(e["place"]) + r"}")
        if e["bullets"]:
            L.append(r"\begin{itemize}" + "".join(r"\item " + tex(b) for b in e["bullets"]) + r"\end{itemize}")
        L.append(r"\par\smallskip")
    if r["pubs_list"] is not None:
        L.append(r"\section{Peer-reviewed Publications}\begin{enumerate}[label=\arabic*.]")
        L += [r"\item " + tex(p) for p in r["pubs_list"]]
        L.append(r"\end{enumerate}")
    if r["posters"]:
        L.append(r"\section{Posters \& Presentations}\begin{itemize}")
        L += [r"\item " + tex(p) for p in r["posters"]]
        L.append(r"\end{itemize}")
    L.append(r"\section{Languages}" + tex(r["lang_display"]))
    if r["personal"]:
        L.append(r"\section{Personal}" + " \\quad ".join(tex(k) + ": " + tex(v) for k, v in r["personal"].items()))
    if r["referees"]:
        L.append(r"\section{References}\begin{itemize}")
        L += [r"\item " + tex(p) for p in r["referees"]]
        L.append(r"\end{itemize}")
    L.append(r"\end{document}")
    run_latex("\n".join(L), out)


def latex_res(r, out):
    L = [r"""\documentclass[11pt,letterpaper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{mathptmx}
\usepackage[left=1.5in,right=0.9in,top=0.8in,bottom=0.9in]{geometry}
\pagestyle{plain}\setlength{\parindent}{0pt}
\newcommand{\sect}[1]{\par\vspace{10pt}\hspace*{-1.1in}\textsc{\large #1}\par\vspace{-2pt}\hspace*{-1.1in}\rule{\dimexpr\textwidth+1.1in}{0.4pt}\par\vspace{4pt}}
\newcommand{\when}[1]{\par\hspace*{-1.1in}\makebox[1.1in][l]{\parbox[t]{1.0in}{\raggedright\footnotesize #1}}}
\begin{document}
"""]
    L.append(r"\hspace*{-1.1in}{\Large\textbf{" + tex(r["display_name"]) + r"}}\par\vspace{2pt}")
    L.append(r"\hspace*{-1.1in}" + tex(r["city"]) + r" \hfill " + tex(r["email"]) + r" \quad " + tex(r["phone"]) + r"\par")
    if r["summary"]:
        L.append(r"\sect{Profile}" + tex(r["summary"]))
    L.append(r"\sect{Education}")
    for d, deg, inst in r["education"]:
        L.append(r"\when{" + tex(d) + r"}\textbf{" + tex(deg) + r"}\\ " + tex(inst) + r"\par\smallskip")
    L.append(r"\sect{Examinations}")
    for x in r["exams"]:
        L.append(tex(x) + r"\\")
    L.append(r"\sect{Experience}")
    for e in r["experience"]:
        L.append(r"\when{" + tex(e["dates"]).replace(" – ", "--\\\\ ") + r"}\textbf{" + tex(e["title"]) + r"}\\ " +
                 tex(e["org"]) + ", " + tex(e["place"]) + r"\par")
        for b in e["bullets"]:
            L.append(r"\hspace*{1em}-- " + tex(b) + r"\par")
        L.append(r"\smallskip")
    if r["pubs_list"] is not None:
        L.append(r"\sect{" + tex(r.get("pubs_heading", "Publications")) + "}")
        for i, p in enumerate(r["pubs_list"], 1):
            L.append(r"\when{[" + str(i) + r"]}" + tex(p) + r"\par\smallskip")
        for p in r["posters"]:
            L.append(r"\when{Poster}" + tex(p) + r"\par\smallskip")
    L.append(r"\sect{Languages}" + tex(r["lang_display"]))
    if r["referees"]:
        L.append(r"\sect{References}")
        for p in r["referees"]:
            L.append(tex(p) + r"\par")
    L.append(r"\end{document}")
    run_latex("\n".join(L), out)


# ------------------------------------------------------------------ typst
def ty(s):
    for a in ["\\", "#", "$", "*", "_", "@", "<", ">", "[", "]", "`", "~"]:
        s = s.replace(a, "\\" + a)
    return s


def run_typst(src, out):
    import typst
    p = os.path.join(WORK, os.path.basename(out) + ".typ")
    with open(p, "w") as f:
        f.write(src)
    typst.compile(p, output=out, font_paths=["/usr/share/fonts"])


def typst_grid(r, out):
    L = ['#set page(paper: "a4", margin: (x: 1.7cm, y: 1.6cm), footer: context [#set text(8pt, fill: gray); #h(1fr) ' +
         ty(r["full_name"]) + ' — page #counter(page).display()])',
         '#set text(font: "DejaVu Serif", size: 9.5pt)', '#set par(justify: false)',
         '#let sec(t) = { v(8pt); grid(columns: (3.1cm, 1fr), [], [#text(11pt, weight: "bold", tracking: 0.5pt)[#upper(t)] #v(-6pt) #line(length: 100%, stroke: 0.5pt)]); v(2pt) }',
         '#let row(d, body) = grid(columns: (3.1cm, 1fr), column-gutter: 0pt, row-gutter: 4pt, text(8.5pt, fill: rgb("#555"))[#d], body)',
         ]
    L.append('#grid(columns: (3.1cm, 1fr), [], [#text(20pt, weight: "bold")[' + ty(r["display_name"]) + ']' +
             ('#text(12pt)[, ' + ty(r["post"]) + ']' if r["post"] else '') + ' \\ #text(9pt)[' + ty(r["city"]) +
             ' #h(6pt) | #h(6pt) ' + ty(r["email"]) + ' #h(6pt) | #h(6pt) ' + ty(r["phone"]) + ']])')
    if r["summary"]:
        L.append('#sec[Profile]\n#row[][' + ty(r["summary"]) + ']')
    L.append('#sec[Education]')
    for d, deg, inst in r["education"]:
        L.append('#row[' + ty(d) + '][*' + ty(deg) + '* \\ ' + ty(inst) + ']')
    L.append('#sec[USMLE / Licensure]')
    for x in r["exams"]:
        L.append('#row[][' + ty(x) + ']')
    L.append('#sec[Clinical Experience]')
    for e in r["experience"]:
        b = "".join(" \\ – " + ty(x) for x in e["bullets"])
        L.append('#row[' + ty(e["dates"]) + '][*' + ty(e["title"]) + '* \\ _' + ty(e["org"]) + '_, ' + ty(e["place"]) + b + ']')
    if r["pubs_list"] is not None:
        L.append('#sec[Publications]')
        for i, p in enumerate(r["pubs_list"], 1):
            L.append('#row[' + str(i) + '.][' + ty(p) + ']')
    for p in r["posters"]:
        L.append('#row[Poster][' + ty(p) + ']')
    L.append('#sec[Languages]\n#row[][' + ty(r["lang_display"]) + ']')
    if r["personal"]:
        L.append('#sec[Personal]')
        for k, v in r["personal"].items():
            L.append('#row[' + ty(k) + '][' + ty(v) + ']')
    if r["referees"]:
        L.append('#sec[References]')
        for p in r["referees"]:
            L.append('#row[][' + ty(p) + ']')
    run_typst("\n".join(L), out)


def typst_band(r, out):
    col = {8: "#6a1b4d", 9: "#1f3a5f", 10: "#0b6e4f"}[r["n"]]
    L = ['#set page(paper: "us-letter", margin: (x: 1.6cm, top: 0cm, bottom: 1.4cm))',
         '#set text(font: "DejaVu Sans", size: 8.8pt)',
         f'#let acc = rgb("{col}")',
         '#let sec(t) = { v(6pt); text(10.5pt, weight: "bold", fill: acc)[#t]; v(-7pt); line(length: 100%, stroke: 1.2pt + acc); v(1pt) }',
         '#block(width: 100%, outset: (x: 1.6cm), inset: (y: 14pt), fill: acc)[',
         '#text(22pt, weight: "bold", fill: white)[' + ty(r["display_name"]) + ']' +
         (' #h(8pt) #text(13pt, fill: white.darken(10%))[' + ty(r["nonlatin"]) + ']' if r.get("nonlatin") else '') + ' \\',
         '#text(9pt, fill: white)[' + ty(r["email"]) + ' #h(10pt) ✆ ' + ty(r["phone"]) + ' #h(10pt) ⌂ ' + ty(r["city"]) + ']]',
         ]
    if r["summary"]:
        L.append('#v(4pt)#text(style: "italic")[' + ty(r["summary"]) + ']')
    L.append('#grid(columns: (1fr, 0.55fr), column-gutter: 14pt, [')
    L.append('#sec[Experience]')
    for e in r["experience"]:
        b = "".join("\n  - " + ty(x) for x in e["bullets"])
        L.append('*' + ty(e["title"]) + '* #h(1fr) #text(fill: acc)[' + ty(e["dates"]) + '] \\ ' + ty(e["org"]) + ' · ' + ty(e["place"]) + b + '\n')
    L.append('#sec[Education]')
    for d, deg, inst in r["education"]:
        L.append('*' + ty(deg) + '* #h(1fr) ' + ty(d) + ' \\ ' + ty(inst) + '\n')
    if r["pubs_list"] is not None:
        L.append('#sec[Publications]')
        for p in r["pubs_list"]:
            L.append('+ ' + ty(p))
    L.append('], [')
    L.append('#sec[Exams]')
    for x in r["exams"]:
        L.append('- ' + ty(x))
    L.append('#sec[Interests]\n' + ty(", ".join(r["specialties"])))
    L.append('#sec[Languages]\n' + ty(r["lang_display"]))
    if r["referees"]:
        L.append('#sec[References]')
        for p in r["referees"]:
            L.append(ty(p) + '\n')
    L.append('])')
    run_typst("\n".join(L), out)


# ------------------------------------------------------------------ ODT (odfpy) -> PDF via LibreOffice
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)


def odt_doc(r, caps):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           MasterPage, PageLayout, PageLayoutProperties, Header, Footer)
    from odf.text import P, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    font = "Liberation Serif" if not caps else "Liberation Sans"
    pl = PageLayout(name="pl")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm",
                                       marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)

    def pstyle(name, size="11pt", bold=False, align="left", under=False, caps_=False, mt="0cm", mb="0.1cm", bg=None, fam=None):
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=size, fontname=fam or font, fontfamily=fam or font)
        if bold:
            tp["fontweight"] = "bold"
        if under:
            tp["textunderlinestyle"] = "solid"; tp["textunderlinewidth"] = "auto"; tp["textunderlinecolor"] = "font-color"
        if caps_:
            tp["texttransform"] = "uppercase"
        s.addElement(TextProperties(**tp))
        pp = dict(textalign=align, margintop=mt, marginbottom=mb)
        if bg:
            pp["backgroundcolor"] = bg
        s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        return s
    sTitle = pstyle("Title1", "16pt", True, "center", under=caps, mb="0.05cm")
    sSub = pstyle("Sub1", "10pt", False, "center")
    sH = pstyle("H1s", "12pt", True, "left", under=caps, caps_=caps, mt="0.35cm", mb="0.15cm", bg=None if caps else "#d9e2f3")
    sN = pstyle("N1", "10.5pt")
    sB = pstyle("B1", "10.5pt", True)
    sNL = pstyle("NL", "12pt", False, "center", fam="DejaVu Sans")
    sHdr = pstyle("Hdr", "8.5pt", False, "right", fam="Liberation Sans")

    if r["contact_place"] == "header":
        hd = Header()
        hd.addElement(P(stylename=sHdr, text=f"{r['full_name']}  |  {r['email']}  |  {r['phone']}"))
        mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(stylename=sHdr, text="Curriculum Vitae"))
    mp.addElement(ft)

    def head(t):
        doc.text.addElement(P(stylename=sH, text=t.upper() if caps else t))

    def para(t, st=sN):
        doc.text.addElement(P(stylename=st, text=t))

    if caps:
        para("CURRICULUM VITAE", sSub)
        para(r["display_name"] + (", " + r["post"] if r["post"] else ""), sTitle)
        if r.get("nonlatin"):
            para(r["nonlatin"], sNL)
        if r["contact_place"] == "body":
            para(f"{r['city']} • {r['phone']} • {r['email']}", sSub)
    else:
        para("BIODATA / CURRICULUM VITAE", sTitle)
        para(r["display_name"] + (", " + r["post"] if r["post"] else ""), sSub)

    if not caps:
        head("Personal Details")
        cw = Style(name="cwA", family="table-column"); cw.addElement(TableColumnProperties(columnwidth="5cm")); doc.automaticstyles.addElement(cw)
        cw2 = Style(name="cwB", family="table-column"); cw2.addElement(TableColumnProperties(columnwidth="12cm")); doc.automaticstyles.addElement(cw2)
        cs = Style(name="cellS", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm")); doc.automaticstyles.addElement(cs)
        t = Table(name="personal")
        t.addElement(TableColumn(stylename=cw)); t.addElement(TableColumn(stylename=cw2))
        rows = [("Name", r["full_name"])]
        if r.get("nonlatin"):
            rows.append(("Name (native script)", r["nonlatin"]))
        rows += list(r["personal"].items())
        rows += [("Email", r["email"]), ("Mobile / WhatsApp", r["phone"]), ("Present address", r["city"])]
        for k, v in rows:
            tr = TableRow()
            for i, x in enumerate((k, v)):
                c = TableCell(stylename=cs)
                c.addElement(P(stylename=sB if i == 0 else (sNL if v == r.get("nonlatin") and i == 1 else sN), text=x))
                tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)
    if r["summary"]:
        head("Career Objective" if not caps else "Objective")
        para(r["summary"])
    head("Academic Qualifications" if not caps else "Education")
    for d, deg, inst in r["education"]:
        para(f"{deg} ({d})", sB); para(inst)
    head("USMLE & Licensing Examinations" if not caps else "Examinations")
    for x in r["exams"]:
        para("• " + x)
    head("Professional Experience" if not caps else "Clinical Experience")
    for e in r["experience"]:
        para(f"{e['dates']}:  {e['title']}", sB)
        para(f"{e['org']}, {e['place']}")
        for b in e["bullets"]:
            para("    – " + b)
    if r["pubs_list"] is not None:
        head(r.get("pubs_heading", "Publications"))
        if not r["pubs_list"] and not r["posters"]:
            para(r.get("pubs_nil", "None"))
        for i, p in enumerate(r["pubs_list"], 1):
            para(f"{i}. {p}")
        for p in r["posters"]:
            para("• " + p)
    head("Languages Known" if not caps else "Languages")
    para(r["lang_display"])
    if caps and r["personal"]:
        head("Personal Information")
        for k, v in r["personal"].items():
            para(f"{k}: {v}")
    if r["referees"]:
        head("References")
        for p in r["referees"]:
            para(p)
    if not caps:
        head("Declaration")
        para("I hereby declare that the information furnished above is true to the best of my knowledge.")
        para("Place: " + r["city"].split(",")[0] + "                                   Signature: ____________")
    return doc


def odt_build(r, out, caps):
    doc = odt_doc(r, caps)
    base = os.path.splitext(os.path.basename(out))[0]
    odt = os.path.join(WORK, base + ".odt")
    doc.save(odt)
    if out.endswith(".odt"):
        shutil.copy(odt, out)
    else:
        soffice_pdf(odt, WORK)
        shutil.copy(os.path.join(WORK, base + ".pdf"), out)


# ------------------------------------------------------------------ DOCX (python-docx)
def docx_build(r, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman" if r["layout"] != "docx_ph" else "Arial"
    st.font.size = Pt(11 if r["layout"] != "docx_ph" else 10)
    ph = r["layout"] == "docx_ph"
    gh = r["layout"] == "docx_ghana"

    def P(text="", bold=False, size=None, align=None, under=False, italic=False, space=2):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = bold; run.underline = under; run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space)
        return p

    def H(t):
        p = P(t.upper(), bold=True, size=12 if not ph else 11, under=not ph, space=4)
        p.paragraph_format.space_before = Pt(10)
        if ph:
            p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    if r["contact_place"] == "header":
        hp = sec.header.paragraphs[0]
        hp.text = f"{r['display_name']}  •  Tel: {r['phone']}  •  {r['email']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        P("CURRICULUM VITAE", bold=True, size=16, align="c", under=True)
    else:
        P("CURRICULUM VITAE", bold=True, size=16, align="c", under=not ph)
        P(r["display_name"] + (" " + r["post"] if r["post"] else ""), bold=True, size=14, align="c")
        P(r["city"], align="c", space=0)
        P(f"Phone: {r['phone']}   |   E-mail: {r['email']}", align="c")

    def kv_block(title, items):
        H(title)
        if ph:
            t = d.add_table(rows=0, cols=2)
            for k, v in items:
                c = t.add_row().cells
                c[0].text = k; c[1].text = v
                c[0].paragraphs[0].runs[0].bold = True
        else:
            for k, v in items:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
                p.paragraph_format.space_after = Pt(1)
                rr = p.add_run(k.upper() + ":" if not gh else k + ":"); rr.bold = True
                p.add_run("\t" + v)

    if ph:
        H("Objective"); P(r["summary"])
        kv_block("Personal Information", list(r["personal"].items()))
    else:
        kv_block("Personal Data", [("Name", r["full_name"])] + list(r["personal"].items()))
        H("Career Objective"); P(r["summary"])
    if ph:
        H("Educational Background")
        for d_, deg, inst in r["education"]:
            P(f"{deg}", bold=True, space=0); P(f"{inst}  ({d_})")
        H("Licensure Examinations")
        for x in r["exams"]:
            P("▪ " + x)
    else:
        H("Educational Qualifications with Dates")
        for d_, deg, inst in r["education"]:
            P(f"{inst} ……………… {d_}", space=0); P(deg, italic=True)
        H("Examinations Passed / USMLE")
        for x in r["exams"]:
            P("• " + x)
    H("Work Experience" if not ph else "Clinical Training and Work Experience")
    for e in r["experience"]:
        P(f"{e['title']}", bold=True, space=0)
        P(f"{e['org']}, {e['place']}   ({e['dates']})", space=1)
        for b in e["bullets"]:
            P("   - " + b, space=0)
    if r["pubs_list"] is not None:
        H(r.get("pubs_heading", "Publications"))
        if not r["pubs_list"]:
            P(r.get("pubs_nil", "None"))
        for i, p in enumerate(r["pubs_list"], 1):
            P(f"{i}. {p}")
    H("Languages Spoken" if not ph else "Languages")
    P(r["lang_display"])
    H("Hobbies" if not ph else "Skills")
    P(r.get("hobbies", "Reading, football, volunteering") if not ph else "BLS/ACLS (AHA), EMR: Epic, Cerner; MS Office")
    H("Referees" if not ph else "Character References")
    for p in r["referees"]:
        P(p)
    if not r["referees"]:
        P("Available on request.")
    d.save(out)


# ------------------------------------------------------------------ main
BUILDERS = {
    "latex_awesome": latex_awesome, "latex_res": latex_res,
    "typst_grid": typst_grid, "typst_band": typst_band,
    "odt_biodata": lambda r, o: odt_build(r, o, False), "odt_caps": lambda r, o: odt_build(r, o, True),
    "docx_nigeria": docx_build, "docx_ghana": docx_build, "docx_ph": docx_build,
}


def main(only=None):
    rows = []
    for r in R:
        fn = fname(r)
        if only is None or r["n"] in only:
            BUILDERS[r["layout"]](r, os.path.join(FILES, fn))
            print("built", fn)
        rows.append(truth(r, fn, r["layout"]))
    with open(os.path.join(WORK, "truth_cv.jsonl"), "w") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    only = set(int(x) for x in sys.argv[1:]) or None
    main(only)
