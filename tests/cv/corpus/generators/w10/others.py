# -*- coding: utf-8 -*-
import os, subprocess, tempfile, textwrap, html
from common import fmt_range, item_lines

H = html.escape

# ------------------------------------------------------------------ Europass-like HTML -> Chromium
EP_CSS = """
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #222; }
.top { display: flex; border-bottom: 2px solid #0a4a8a; padding-bottom: 6px; margin-bottom: 8px; }
.logo { width: 30%; color: #0a4a8a; font-weight: bold; font-size: 11pt; letter-spacing: 1px; }
.logo small { display:block; font-weight: normal; font-size: 7.5pt; color: #666; }
.who h1 { font-size: 17pt; margin: 0 0 4px 0; color: #0a4a8a; font-weight: normal; }
.who div { margin: 1px 0; }
.lbl { color: #0a4a8a; font-weight: bold; }
.row { display: flex; margin-top: 10px; page-break-inside: avoid; }
.left { width: 30%; text-align: right; padding-right: 14px; color: #0a4a8a; font-weight: bold; font-size: 9pt; }
.right { width: 70%; border-left: 1px solid #9bb7d4; padding-left: 12px; }
.dates { color: #0a4a8a; font-size: 8.5pt; }
.title { font-weight: bold; font-size: 10pt; margin-top: 2px; }
.org { font-size: 9pt; }
ul { margin: 2px 0 6px 16px; padding: 0; }
table.cefr { border-collapse: collapse; width: 100%; font-size: 8.3pt; margin-top: 4px; }
table.cefr th, table.cefr td { border: 1px solid #9bb7d4; padding: 2px 4px; text-align: center; }
table.cefr th { background: #e5eef7; color: #0a4a8a; }
table.cefr td.l { text-align: left; font-weight: bold; }
.foot { font-size: 7.5pt; color: #777; margin-top: 14px; }
"""


def ep_items(rec, items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<div>{H(it)}</div>")
        elif isinstance(it, dict):
            place = H(it["place"])
            out.append(f'<div class="dates">{H(fmt_range(rec, it, " – "))} – {place}</div>'
                       f'<div class="title">{H(it["title"])}</div><div class="org">{H(it["org"])}</div>')
            if it["bul"]:
                out.append("<ul>" + "".join(f"<li>{H(b)}</li>" for b in it["bul"]) + "</ul>")
        elif it[0] == "b":
            out.append("<ul>" + "".join(f"<li>{H(b)}</li>" for b in it[1]) + "</ul>")
        elif it[0] == "kv":
            out.append("".join(f'<div><span class="lbl">{H(k)}:</span> {H(v)}</div>' for k, v in it[1]))
    return "".join(out)


def europass(rec, out_path):
    o = rec["opts"]
    rows = []
    for h, items in rec["sections"]:
        rows.append(f'<div class="row"><div class="left">{H(h)}</div><div class="right">{ep_items(rec, items)}</div></div>')
    lang = (f'<div class="row"><div class="left">LANGUAGE SKILLS</div><div class="right">'
            f'<div><span class="lbl">Mother tongue(s):</span> {H(o["mother"])}</div>'
            f'<div style="margin-top:4px"><span class="lbl">Other language(s):</span></div>'
            '<table class="cefr"><tr><th></th><th colspan="2">UNDERSTANDING</th><th colspan="2">SPEAKING</th><th>WRITING</th></tr>'
            '<tr><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th><th></th></tr>'
            + "".join(f'<tr><td class="l">{H(l)}</td>' + "".join(f"<td>{x}</td>" for x in lv) + "</tr>" for (l, *lv) in o["cefr"])
            + '</table><div style="font-size:7.5pt;color:#666">Levels: A1 and A2: Basic user; B1 and B2: Independent user; '
              'C1 and C2: Proficient user</div></div></div>')
    rows.insert(min(3, len(rows)), lang)
    rows.append(f'<div class="row"><div class="left">DRIVING LICENCE</div><div class="right">Driving Licence: {H(o["driving"])}</div></div>')
    extra = "".join(f"<div>{H(x)}</div>" for x in rec["extra"])
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Europass CV – {H(rec['full_name'])}</title>
<style>{EP_CSS}</style></head><body>
<div class="top"><div class="logo">europass<small>Curriculum Vitae</small></div>
<div class="who"><h1>{H(rec['header_name'])}</h1>
<div><span class="lbl">Email address:</span> {H(rec['email'])}</div>
<div><span class="lbl">Phone number:</span> {H(rec['phone_disp'])} (Mobile)</div>{extra}</div></div>
{''.join(rows)}
<div class="foot">© European Union, 2002-2020 | europass.eu (layout reproduced)</div>
</body></html>"""
    work = tempfile.mkdtemp(prefix="w10_ep_")
    src = os.path.join(work, "cv.html")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={work}/prof", f"--print-to-pdf={out_path}", "file://" + src],
                   check=True, capture_output=True, timeout=120)
    import shutil
    shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ fpdf2 with DejaVu (mixed scripts)
DJ = "/usr/share/fonts/truetype/dejavu/"


def fpdf_cv(rec, out_path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVuSerif", "", DJ + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", DJ + "DejaVuSerif-Bold.ttf")
    if rec["layout"] == "fpdf_arabic":
        pdf.set_text_shaping(True)
    pdf.set_title("CV - " + rec["full_name"])
    pdf.set_author(rec["full_name"])
    pdf.add_page()
    accent = {"fpdf_es": (120, 20, 60), "fpdf_cyrillic": (20, 70, 130), "fpdf_arabic": (0, 100, 80)}[rec["layout"]]
    W = pdf.w - 32
    if rec["native"]:
        pdf.set_font("DejaVu", "", 14)
        pdf.set_text_color(90, 90, 90)
        align = "R" if rec["layout"] == "fpdf_arabic" else "L"
        pdf.cell(W, 8, rec["native"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*accent)
    pdf.set_font("DejaVuSerif", "B", 19)
    pdf.cell(W, 10, rec["header_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("DejaVu", "", 9)
    lab = "Correo (E-mail)" if rec["layout"] == "fpdf_es" else "E-mail"
    labp = "Teléfono (Phone)" if rec["layout"] == "fpdf_es" else "Mobile"
    pdf.cell(W, 5, f"{lab}: {rec['email']}    {labp}: {rec['phone_disp']}", new_x="LMARGIN", new_y="NEXT")
    for x in rec["extra"]:
        pdf.cell(W, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(16, pdf.get_y(), pdf.w - 16, pdf.get_y())
    pdf.ln(3)
    for h, items in rec["sections"]:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(W, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(30, 30, 30)
        for it in items:
            for ln in item_lines(rec, it, " – "):
                k = ln[0]
                if k == "p":
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.multi_cell(W, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                elif k == "entry":
                    pdf.set_font("DejaVu", "", 8.5)
                    y = pdf.get_y()
                    pdf.set_xy(16, y)
                    pdf.multi_cell(38, 5, ln[2], new_x="RIGHT", new_y="TOP")
                    pdf.set_xy(56, y)
                    pdf.set_font("DejaVu", "B", 9.5)
                    pdf.multi_cell(W - 40, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                    pdf.set_x(56)
                    pdf.set_font("DejaVu", "I", 9)
                    pdf.multi_cell(W - 40, 5, ln[3], new_x="LMARGIN", new_y="NEXT")
                    pdf.set_y(max(pdf.get_y(), y + 10))
                elif k == "bul":
                    pdf.set_font("DejaVu", "", 9)
                    pdf.set_x(58)
                    pdf.multi_cell(W - 42, 5, "• " + ln[1], new_x="LMARGIN", new_y="NEXT")
                elif k == "kv":
                    pdf.set_font("DejaVu", "B", 9.5)
                    pdf.cell(50, 5, ln[1])
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.cell(W - 50, 5, ln[2], new_x="LMARGIN", new_y="NEXT")
                elif k == "ref":
                    _, name, role, org, em, ph = ln
                    pdf.set_font("DejaVu", "B", 9.5)
                    pdf.cell(W, 5, name, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DejaVu", "", 9)
                    pdf.multi_cell(W, 5, f"{role}, {org}\nE-mail: {em}   Tel: {ph}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(out_path)


# ------------------------------------------------------------------ plain text variants
def _entry_txt(rec, ln, style):
    _, title, dates, org = ln
    if style == "email":
        return [f"{dates}: {title}, {org}"]
    if style == "bullets":
        return [f"{dates}\t{title}", f"\t\t{org}"]
    return [title, org, dates]


def txt_cv(rec, out_path):
    style = rec["layout"].split("_")[1]
    L = []
    if style == "email":
        L += rec["opts"]["intro"].split("\n") + ["", "", "-------- CURRICULUM VITAE --------", ""]
        L += [rec["header_name"], f"Email: {rec['email']} | Cell: {rec['phone_disp']}"] + rec["extra"] + [""]
    elif style == "bullets":
        L += [rec["header_name"].upper(), "\t" + rec["extra"][0], f"\tPhone: {rec['phone_disp']}\t\tE-mail: {rec['email']}"]
        L += ["\t" + x for x in rec["extra"][1:]] + ["=" * 60]
    else:
        L += [rec["header_name"], rec["extra"][0], rec["phone_disp"], rec["email"]]
    bul_cycle = ["* ", "- ", "• "]
    for si, (h, items) in enumerate(rec["sections"]):
        L.append("")
        if style == "email":
            L.append(h)
        elif style == "bullets":
            L += [h + ":", "-" * (len(h) + 1)]
        else:
            L.append(h)
        for it in items:
            for ln in item_lines(rec, it, " - " if style != "gdocs" else " – "):
                k = ln[0]
                if k == "p":
                    L.append(ln[1])
                elif k == "entry":
                    L += _entry_txt(rec, ln, style)
                elif k == "bul":
                    if style == "email":
                        L.append("- " + ln[1])
                    elif style == "bullets":
                        L.append("\t" + bul_cycle[si % 3] + ln[1])
                    else:
                        L.append("* " + ln[1])
                elif k == "kv":
                    if style == "bullets":
                        L.append(f"{bul_cycle[(si + 1) % 3]}{ln[1]}\t{ln[2]}")
                    else:
                        L.append(f"{ln[1]}: {ln[2]}")
                elif k == "ref":
                    _, name, role, org, em, ph = ln
                    L += [name, role + ", " + org, f"{em} / {ph}"]
    if style == "email":
        # e-mail client hard-wraps at 72 columns
        W = []
        for line in L:
            W += textwrap.wrap(line, 72) or [""]
        text = "\n".join(W) + "\n\n--\nSent from my Galaxy\n"
    elif style == "bullets":
        W = []
        for line in L:
            if len(line.expandtabs(8)) > 78:
                parts = textwrap.wrap(line, 70)
                W += [parts[0]] + ["\t  " + p for p in parts[1:]]
            else:
                W.append(line)
        text = "\n".join(W) + "\n"
    else:
        # Google Docs "Download > Plain text": BOM, CRLF, blank line after every paragraph
        text = "\ufeff" + "\r\n\r\n".join(L) + "\r\n"
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return
    open(out_path, "w", encoding="utf-8").write(text)


# ------------------------------------------------------------------ hand-written RTF 1.x
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_cv(rec, out_path):
    e = rtf_esc
    R = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1",
         r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green56\blue100;\red90\green90\blue90;}",
         r"{\info{\title Curriculum Vitae}{\author " + e(rec["full_name"]) + "}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\widowctrl\viewkind1"]
    if rec["contact_where"] == "header":
        R.append(r"{\header\pard\qr\f1\fs16\cf3 " + e(rec["header_name"]) + r" \bullet  " + e(rec["email"]) +
                 r" \bullet  " + e(rec["phone_disp"]) + r" \bullet  " + e(" / ".join(rec["extra"])) + r"\par}")
    R.append(r"{\footer\pard\qc\f1\fs16\cf3 Curriculum vitae \endash  page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    R.append(r"\pard\plain\qc\f1\fs34\b\cf2 " + e(rec["header_name"]) + r"\b0\par")
    if rec["contact_where"] == "body":
        R.append(r"\pard\qc\f1\fs19\cf1 " + e(rec["email"]) + r"  |  " + e(rec["phone_disp"]) + r"\par")
        for x in rec["extra"]:
            R.append(r"\pard\qc\f1\fs19 " + e(x) + r"\par")
    else:
        R.append(r"\pard\qc\f1\fs19\cf3 " + e(rec["extra"][0]) + r"\par")
    R.append(r"\pard\sb120\brdrb\brdrs\brdrw10\brsp20\par")
    for h, items in rec["sections"]:
        R.append(r"\pard\plain\sb240\sa80\keepn\f1\fs22\b\cf2 " + e(h.upper()) + r"\b0\cf1\par")
        for it in items:
            for ln in item_lines(rec, it, " \u2013 "):
                k = ln[0]
                if k == "p":
                    R.append(r"\pard\plain\sa60\f0\fs21 " + e(ln[1]) + r"\par")
                elif k == "entry":
                    R.append(r"\pard\plain\sb80\tqr\tx9638\f0\fs21\b " + e(ln[1]) + r"\b0\tab\i " + e(ln[2]) + r"\i0\par")
                    R.append(r"\pard\plain\f0\fs20 " + e(ln[3]) + r"\par")
                elif k == "bul":
                    R.append(r"\pard\plain\fi-284\li568\tx568\f0\fs20 \bullet\tab " + e(ln[1]) + r"\par")
                elif k == "kv":
                    R.append(r"\pard\plain\tx2835\f0\fs21\b " + e(ln[1]) + r":\b0\tab " + e(ln[2]) + r"\par")
                elif k == "ref":
                    _, name, role, org, em, ph = ln
                    R.append(r"\pard\plain\sb80\f0\fs21\b " + e(name) + r"\b0\line " + e(role + ", " + org) +
                             r"\line " + e(em) + r" \endash  " + e(ph) + r"\par")
    R.append("}")
    open(out_path, "w", encoding="ascii", newline="\r\n").write("\n".join(R) + "\n")
