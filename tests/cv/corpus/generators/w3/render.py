"""Renderers: moderncv / article (xelatex), fpdf2, plain text."""
import os
import re
import shutil
import subprocess
import tempfile

FONTDIR = "/usr/share/fonts/truetype"


def has_arabic(s):
    return bool(s) and bool(re.search(r"[\u0600-\u06FF]", s))


def esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\^{}", "'": r"\textquotesingle{}"}
    return "".join(rep.get(c, c) for c in s)


def alt_tex(alt):
    if not alt:
        return ""
    if has_arabic(alt):
        return r"\beginR{\arabicfont %s}\endR" % alt
    return esc(alt)


def run_xelatex(tex, out_pdf):
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "cv.tex"), "w") as f:
        f.write(tex)
    for _ in range(1):
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=d, capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(os.path.join(d, "cv.pdf")):
        print(r.stdout[-3000:])
        raise RuntimeError("xelatex failed")
    shutil.copy(os.path.join(d, "cv.pdf"), out_pdf)
    shutil.rmtree(d)


# ---------------------------------------------------------------- moderncv
def render_moderncv(cv, rng, out_pdf):
    style = rng.choice(["classic", "casual", "banking", "oldstyle", "classic"])
    color = rng.choice(["blue", "green", "grey", "orange", "burgundy", "purple"])
    font = rng.choice(["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Liberation Serif"])
    size = rng.choice(["10pt", "11pt"])
    L = [r"\documentclass[%s,a4paper,sans]{moderncv}" % size, r"\moderncvstyle[nosymbols]{%s}" % style, r"\moderncvcolor{%s}" % color,
         r"\usepackage[scale=0.8]{geometry}", r"\usepackage{fontspec}", r"\setmainfont{%s}" % font, r"\setsansfont{%s}" % font,
         r"\newfontfamily\arabicfont[Script=Arabic]{Noto Naskh Arabic}", r"\TeXXeTstate=1", r"\hyphenpenalty=10000", r"\exhyphenpenalty=10000",
         r"\name{%s}{%s}" % (esc(cv["first"]), esc(cv["last"])), r"\title{%s}" % esc(cv["headline"])]
    for k, v in cv["contacts"]:
        if "@" in v:
            L.append(r"\email{%s}" % esc(v))
        elif k in ("Address", "Location", "Based in"):
            L.append(r"\address{%s}{}{}" % esc(v))
        else:
            L.append(r"\phone[mobile]{%s}" % esc(v).replace(" ", "~"))
    extra = []
    if cv["alt"]:
        extra.append(alt_tex(cv["alt"]))
    if cv["name_line"] != cv["first"] + " " + cv["last"]:
        extra.append(esc(cv["name_line"]))
    if extra:
        L.append(r"\quote{%s}" % r" \\ ".join(extra))
    L.append(r"\begin{document}")
    L.append(r"\makecvtitle")
    for title, kind, payload in cv["sections"]:
        L.append(r"\section{%s}" % esc(title))
        if kind in ("entries", "refs"):
            for it in payload:
                L.append(r"\cventry{%s}{%s}{%s}{%s}{}{%s}" % (esc(it["when"]), esc(it["title"]), esc(it["org"]), esc(it["where"]), esc(it["detail"])))
        elif kind == "kv":
            for k, v in payload:
                L.append(r"\cvitem{%s}{%s}" % (esc(k), esc(v)))
        else:
            if len(payload) == 1:
                L.append(r"\cvitem{}{%s}" % esc(payload[0]))
            else:
                for x in payload:
                    L.append(r"\cvlistitem{%s}" % esc(x))
    L.append(r"\end{document}")
    run_xelatex("\n".join(L), out_pdf)


# ---------------------------------------------------------------- article
def render_article(cv, rng, out_pdf):
    font = rng.choice(["TeX Gyre Termes", "TeX Gyre Pagella", "DejaVu Serif", "Liberation Serif", "TeX Gyre Heros"])
    cols = rng.choice(["p{3.3cm}p{12.2cm}", "p{3.8cm}p{11.7cm}"])
    secfmt = rng.choice(["plain", "rule", "caps"])
    L = [r"\documentclass[%s]{article}" % rng.choice(["10pt", "11pt", "11pt", "12pt"]),
         r"\usepackage[margin=%scm]{geometry}" % rng.choice(["1.8", "2", "2.2"]), r"\usepackage{fontspec}", r"\setmainfont{%s}" % font,
         r"\newfontfamily\arabicfont[Script=Arabic]{Noto Naskh Arabic}", r"\newfontfamily\cyrfont{DejaVu Serif}", r"\TeXXeTstate=1",
         r"\usepackage{array}", r"\pagestyle{empty}", r"\setlength{\parindent}{0pt}", r"\usepackage{titlesec}"]
    if secfmt == "rule":
        L.append(r"\titleformat{\section}{\large\bfseries}{}{0em}{}[\titlerule]")
    elif secfmt == "caps":
        L.append(r"\titleformat{\section}{\normalsize\bfseries\MakeUppercase}{}{0em}{}")
    L.append(r"\begin{document}")
    L.append(r"\begin{center}{\LARGE\bfseries %s}\\[2pt]" % esc(cv["name_line"]))
    if cv["alt"]:
        L.append((r"%s\\[2pt]" % alt_tex(cv["alt"])) if has_arabic(cv["alt"]) else (r"{\cyrfont %s}\\[2pt]" % esc(cv["alt"])))
    L.append(r"%s\\" % esc(cv["headline"]))
    if rng.random() < 0.5:
        L.append(r" $\cdot$ ".join(esc(v) for k, v in cv["contacts"]))
        L.append(r"\end{center}")
    else:
        L.append(r"\end{center}")
        L.append(r"\begin{tabular}{ll}")
        for k, v in cv["contacts"]:
            L.append(r"\textbf{%s:} & %s \\" % (esc(k), esc(v)))
        L.append(r"\end{tabular}")
    for title, kind, payload in cv["sections"]:
        L.append(r"\section*{%s}" % esc(title))
        if kind in ("entries", "refs"):
            L.append(r"\begin{tabular}{%s}" % cols)
            for it in payload:
                body = r"\textbf{%s}, %s, %s" % (esc(it["title"]), esc(it["org"]), esc(it["where"]))
                if it["detail"]:
                    body += r"\newline {\small %s}" % esc(it["detail"])
                L.append(r"%s & %s \\[3pt]" % (esc(it["when"]), body))
            L.append(r"\end{tabular}")
        elif kind == "kv":
            L.append(r"\begin{tabular}{%s}" % cols)
            for k, v in payload:
                L.append(r"%s & %s \\" % (esc(k), esc(v)))
            L.append(r"\end{tabular}")
        else:
            if len(payload) == 1:
                L.append(esc(payload[0]) + "\n")
            else:
                env = rng.choice(["itemize", "enumerate"])
                L.append(r"\begin{%s}" % env)
                for x in payload:
                    L.append(r"\item %s" % esc(x))
                L.append(r"\end{%s}" % env)
    L.append(r"\end{document}")
    run_xelatex("\n".join(L), out_pdf)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(cv, rng, out_pdf):
    from fpdf import FPDF
    pdf = FPDF(format=rng.choice(["A4", "Letter"]))
    fam = rng.choice(["DejaVu", "DejaVuSerif"])
    if fam == "DejaVu":
        pdf.add_font("Main", "", FONTDIR + "/dejavu/DejaVuSans.ttf")
        pdf.add_font("Main", "B", FONTDIR + "/dejavu/DejaVuSans-Bold.ttf")
        pdf.add_font("Main", "I", FONTDIR + "/dejavu/DejaVuSans-Oblique.ttf")
    else:
        pdf.add_font("Main", "", FONTDIR + "/dejavu/DejaVuSerif.ttf")
        pdf.add_font("Main", "B", FONTDIR + "/dejavu/DejaVuSerif-Bold.ttf")
        pdf.add_font("Main", "I", FONTDIR + "/dejavu/DejaVuSerif-Italic.ttf")
    pdf.add_font("Arab", "", FONTDIR + "/noto/NotoNaskhArabic-Regular.ttf")
    base = rng.choice([9, 9.5, 10, 10.5, 11])
    variant = rng.choice(["single", "sidebar", "headerbar"])
    accent = rng.choice([(20, 60, 120), (0, 100, 90), (120, 30, 40), (60, 60, 60)])
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    W = pdf.w

    def alt_line(x, w, align):
        if not cv["alt"]:
            return
        if has_arabic(cv["alt"]):
            pdf.set_font("Arab", size=base + 2)
            pdf.set_text_shaping(True)
            pdf.set_x(x)
            pdf.cell(w, 7, cv["alt"], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_shaping(False)
        else:
            pdf.set_font("Main", "", base + 1)
            pdf.set_x(x)
            pdf.cell(w, 6, cv["alt"], align=align, new_x="LMARGIN", new_y="NEXT")

    def heading(t, x, w):
        pdf.ln(2)
        pdf.set_x(x)
        pdf.set_font("Main", "B", base + 1.5)
        pdf.set_text_color(*accent)
        pdf.cell(w, 7, t.upper() if rng.random() < 0.5 else t, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.set_draw_color(*accent)
        pdf.line(x, y, x + w, y)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def body_sections(secs, x, w, datecol):
        for title, kind, payload in secs:
            heading(title, x, w)
            if kind in ("entries", "refs"):
                for it in payload:
                    pdf.set_x(x)
                    if datecol and it["when"]:
                        y0 = pdf.get_y()
                        pdf.set_font("Main", "", base - 1)
                        pdf.multi_cell(datecol, 4.5, it["when"], new_x="LEFT", new_y="TOP")
                        pdf.set_xy(x + datecol, y0)
                        ww = w - datecol
                    else:
                        ww = w
                        if it["when"]:
                            pdf.set_font("Main", "I", base - 1)
                            pdf.multi_cell(ww, 4.5, it["when"], new_x="LEFT", new_y="NEXT")
                            pdf.set_x(x)
                    xx = pdf.get_x()
                    pdf.set_font("Main", "B", base)
                    pdf.multi_cell(ww, 5, it["title"], new_x="LEFT", new_y="NEXT")
                    pdf.set_x(xx)
                    pdf.set_font("Main", "", base - 0.5)
                    pdf.multi_cell(ww, 4.6, "%s, %s" % (it["org"], it["where"]), new_x="LEFT", new_y="NEXT")
                    if it["detail"]:
                        pdf.set_x(xx)
                        pdf.set_font("Main", "", base - 1.5)
                        pdf.multi_cell(ww, 4.3, it["detail"], new_x="LEFT", new_y="NEXT")
                    pdf.ln(1.5)
            elif kind == "kv":
                for k, v in payload:
                    pdf.set_x(x)
                    pdf.set_font("Main", "B", base - 0.5)
                    kw = max(min(48, w * 0.4), pdf.get_string_width(k + ":") + 3)
                    pdf.cell(kw, 5, k + ":")
                    pdf.set_font("Main", "", base - 0.5)
                    pdf.multi_cell(w - kw, 5, v, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Main", "", base - 0.5)
                for s in payload:
                    pdf.set_x(x)
                    pdf.multi_cell(w, 4.8, ("• " if len(payload) > 1 else "") + s, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.5)

    secs = list(cv["sections"])
    if variant == "single":
        pdf.set_font("Main", "B", base + 9)
        pdf.cell(0, 11, cv["name_line"], align=rng.choice(["C", "L"]), new_x="LMARGIN", new_y="NEXT")
        alt_line(pdf.l_margin, W - 2 * pdf.l_margin, "C")
        pdf.set_font("Main", "", base)
        pdf.cell(0, 6, cv["headline"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "  |  ".join(v for k, v in cv["contacts"]), align="C", new_x="LMARGIN", new_y="NEXT")
        body_sections(secs, pdf.l_margin, W - 2 * pdf.l_margin, rng.choice([0, 34, 40]))
    elif variant == "headerbar":
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, W, 38, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(12, 8)
        pdf.set_font("Main", "B", base + 10)
        pdf.cell(0, 11, cv["name_line"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(12)
        pdf.set_font("Main", "", base + 1)
        pdf.cell(0, 6, cv["headline"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(42)
        alt_line(12, 100, "L")
        # contacts in a bordered table
        pdf.set_font("Main", "", base - 0.5)
        for k, v in cv["contacts"]:
            pdf.set_x(pdf.l_margin)
            pdf.cell(35, 6, k, border=1)
            pdf.cell(90, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
        body_sections(secs, pdf.l_margin, W - 2 * pdf.l_margin, rng.choice([0, 36]))
    else:  # sidebar
        sw = rng.choice([58, 62, 66])
        pdf.set_fill_color(235, 238, 244)
        pdf.rect(0, 0, sw, pdf.h, style="F")
        side = [s for s in secs if s[0].lower().startswith(("language", "usmle", "exam", "board", "licens", "personal", "additional"))]
        main = [s for s in secs if s not in side]
        pdf.set_xy(6, 14)
        pdf.set_font("Main", "B", base + 4)
        pdf.multi_cell(sw - 10, 7, cv["name_line"], new_x="LMARGIN", new_y="NEXT")
        alt_line(6, sw - 10, "L")
        pdf.set_x(6)
        pdf.set_font("Main", "I", base - 1)
        pdf.multi_cell(sw - 10, 5, cv["headline"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Main", "", base - 1.5)
        for k, v in cv["contacts"]:
            pdf.set_x(6)
            pdf.multi_cell(sw - 10, 4.5, "%s\n%s" % (k, v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_auto_page_break(False)
        for title, kind, payload in side:
            pdf.ln(2)
            pdf.set_x(6)
            pdf.set_font("Main", "B", base)
            pdf.cell(sw - 10, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Main", "", base - 2)
            for it in payload:
                pdf.set_x(6)
                txt = ("%s: %s" % it) if kind == "kv" else it
                pdf.multi_cell(sw - 10, 4.2, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.set_auto_page_break(True, margin=15)
        pdf.set_left_margin(sw + 6)
        pdf.set_y(12)
        body_sections(main, sw + 6, W - sw - 14, 0)
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.output(out_pdf)


# ---------------------------------------------------------------- plain text
def render_text(cv, rng, out_path):
    crlf = rng.random() < 0.45
    style = rng.choice(["dashes", "equals", "tabs"])
    L = [cv["name_line"].upper() if rng.random() < 0.4 else cv["name_line"]]
    if cv["alt"]:
        L.append(cv["alt"])
    L.append(cv["headline"])
    if rng.random() < 0.5:
        L.append(" | ".join(v for k, v in cv["contacts"]))
    else:
        for k, v in cv["contacts"]:
            L.append("%s:\t%s" % (k, v))
    L.append("")
    for title, kind, payload in cv["sections"]:
        T = title.upper()
        if style == "dashes":
            L += [T, "-" * len(T)]
        elif style == "equals":
            L += ["== %s ==" % T]
        else:
            L += [T + ":"]
        if kind in ("entries", "refs"):
            for it in payload:
                if it["when"]:
                    L.append("%s\t%s" % (it["when"], it["title"]))
                else:
                    L.append(it["title"])
                L.append("\t%s, %s" % (it["org"], it["where"]))
                if it["detail"]:
                    L.append("\t- " + it["detail"])
        elif kind == "kv":
            for k, v in payload:
                L.append("%s:\t%s" % (k, v) if rng.random() < 0.6 else "- %s: %s" % (k, v))
        else:
            for x in payload:
                L.append(("- " if len(payload) > 1 else "") + x)
        L.append("")
    txt = ("\r\n" if crlf else "\n").join(L) + ("\r\n" if crlf else "\n")
    with open(out_path, "wb") as f:
        f.write(txt.encode("utf-8"))
    return crlf
