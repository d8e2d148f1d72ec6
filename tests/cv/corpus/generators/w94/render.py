# -*- coding: utf-8 -*-
"""Renders all w94 CVs into ../files and writes ../truth.jsonl. Run via build.sh."""
import os, sys, json, html, subprocess, shutil, random, glob
sys.path.insert(0, os.path.dirname(__file__))
from people import P
import texts

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w94_build"
W = "w94"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

BYN = {p["n"]: p for p in P}


def fname(p, ext):
    return f"{W}_{p['n']:03d}_{p['layout']}.{ext}"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def soffice(src, fmt, outdir):
    run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w94_lo_profile", "--convert-to", fmt, "--outdir", outdir, src])


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=/tmp/w94_chrome", f"--print-to-pdf={out}", "file://" + src], timeout=180)


def item_lines(it):
    """plain-text rendering of a generic item"""
    if isinstance(it, str):
        return [it]
    L = [f"{it['h']}  —  {it['d']}", it["org"] + (f", {it['loc']}" if it.get("loc") else "")]
    L += ["• " + b for b in it.get("b", [])]
    return L

# ------------------------------------------------------------------ python-docx
def docx_europass(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    c = p["cv"]
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    t = d.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.width = Cm(4); b.width = Cm(13)
    r = a.paragraphs[0].add_run("europass"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x0E, 0x4C, 0x92)
    a.add_paragraph("Curriculum Vitae")
    r = b.paragraphs[0].add_run(c["name"]); r.bold = True; r.font.size = Pt(18)
    b.add_paragraph(c["title"])
    info = d.add_table(rows=0, cols=2)
    for k, v in [("Address", c["loc"]), ("Telephone", c["phone"]), ("E-mail", c["email"])] + [tuple(x.split(": ", 1)) for x in c["extra"]]:
        row = info.add_row().cells
        row[0].text = k; row[1].text = v
        row[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        row[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x0E, 0x4C, 0x92)
    for title, items in c["sections"]:
        h = d.add_paragraph(); r = h.add_run(title); r.bold = True; r.font.color.rgb = RGBColor(0x0E, 0x4C, 0x92); r.font.size = Pt(11)
        h.paragraph_format.space_before = Pt(10)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it)
                continue
            tb = d.add_table(rows=1, cols=2)
            l, rr = tb.rows[0].cells
            l.width = Cm(4); rr.width = Cm(13)
            l.text = it["d"]
            l.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            x = rr.paragraphs[0].add_run(it["h"]); x.bold = True
            rr.add_paragraph(it["org"] + (" – " + it["loc"] if it.get("loc") else ""))
            for bl in it.get("b", []):
                rr.add_paragraph("▪ " + bl)
    d.add_paragraph("© European Union, 2002-2026 | europass.europa.eu").runs[0].font.size = Pt(7)
    d.save(out)


def docx_header_footer(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    c = p["cv"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{c['name']}, {c['title']}  |  {c['loc']}  |  {c['phone']}"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = f"Contact: {c['email']}  ·  {c['extra'][0]}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Curriculum Vitae", level=0)
    for title, items in c["sections"]:
        d.add_heading(title, level=1)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it); continue
            para = d.add_paragraph()
            r = para.add_run(it["h"]); r.bold = True
            para.add_run("\t" + it["d"]).italic = True
            d.add_paragraph(it["org"])
            for bl in it.get("b", []):
                d.add_paragraph(bl, style="List Bullet")
    d.save(out)


def docx_eras_table(p, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "HINA RAUF SHEIKH, MBBS"
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 1).text = "hina.sheikh@aku.edu\n+92 321 8264530\nKarachi, Pakistan / Boston, MA"
    t.cell(1, 0).text = "Visa: J-1 (ECFMG sponsorship required)"
    t.cell(1, 1).text = "Interests: Internal Medicine → Rheumatology fellowship"
    d.add_heading("Education", level=2)
    d.add_paragraph("MBBS — Aga Khan University Medical College, Karachi, Pakistan (2015–2020). Dean's Honour Roll.")
    d.add_heading("Examinations", level=2)
    ex = d.add_table(rows=1, cols=3); ex.style = "Light Grid Accent 1"
    for i, h in enumerate(["Exam", "Result", "Date"]):
        ex.rows[0].cells[i].text = h
    for row in [("USMLE Step 1", "Pass", "2021"), ("USMLE Step 2 CK", "260", "2022"), ("ECFMG", "Certified", "2022"),
                ("NBME Form 13 (practice)", "265", "2022")]:
        cs = ex.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    d.add_heading("Experience", level=2)
    for r in texts.ERAS_ROWS:
        tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
        for k, v in [("Organization", r["org"]), ("City/State/Country", r["city"]), ("Setting", r["setting"]),
                     ("Position", r["position"]), ("Dates", r["dates"]), ("Hours", r["hours"]), ("Description", r["desc"])]:
            cs = tb.add_row().cells
            cs[0].text = k; cs[1].text = v
            cs[0].width = Cm(3.5); cs[1].width = Cm(13)
        d.add_paragraph()
    d.add_heading("Publications (peer-reviewed)", level=2)
    pubs = ["Sheikh HR, et al. Arthritis Rheumatol. 2024;76(3):401-410.", "Sheikh HR, Costenbader KH. Lupus Sci Med. 2024;11:e001122.",
            "Sheikh HR, et al. J Rheumatol. 2023;50(9):1150-1157.", "Feldman CH, Sheikh HR, et al. Arthritis Care Res. 2023;75:88-96.",
            "Sheikh HR, et al. J Pak Med Assoc. 2021;71(6):1602-1606.", "Ali S, Sheikh HR. Cureus. 2020;12(8):e9921."]
    for i, x in enumerate(pubs, 1):
        d.add_paragraph(f"{i}. {x}")
    d.add_heading("Abstracts / Posters", level=2)
    d.add_paragraph("ACR Convergence 2023 (poster); ACR Convergence 2024 (poster); manuscript in preparation on hydroxychloroquine retinopathy.")
    d.add_heading("Languages", level=2)
    d.add_paragraph("English (fluent), Urdu (native), Gujarati (spoken)")
    d.add_heading("References", level=2)
    d.add_paragraph("Karen H. Costenbader, MD, MPH — Brigham and Women's Hospital — kcostenbader@bwh.harvard.edu — +1 617 732 5325")
    d.add_paragraph("Dr. Saad Ali — Aga Khan University — saad.ali@aku.edu")
    d.save(out)


def docx_simple(p, out, font="Cambria", caps_headings=True):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    c = p["cv"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(c["name"]); r.bold = True; r.font.size = Pt(17)
    x = d.add_paragraph(" • ".join([c["loc"], c["phone"], c["email"]] + c["extra"])); x.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, items in c["sections"]:
        hh = d.add_paragraph(); r = hh.add_run(title.upper() if caps_headings else title); r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it); continue
            para = d.add_paragraph()
            para.add_run(it["h"]).bold = True
            para.add_run(" | " + it["org"])
            para.add_run("\n" + it["d"]).italic = True
            for bl in it.get("b", []):
                d.add_paragraph(bl, style="List Bullet")
    d.save(out)

# ------------------------------------------------------------------ HTML / Chromium
def esc(s):
    return html.escape(s)


def html_items(items, cls=""):
    o = []
    for it in items:
        if isinstance(it, str):
            o.append(f"<p class='line'>{esc(it)}</p>")
        else:
            bl = "".join(f"<li>{esc(b)}</li>" for b in it.get("b", []))
            loc = f"<div class='loc'>{esc(it['loc'])}</div>" if it.get("loc") else ""
            o.append(f"<div class='item {cls}'><div class='ih'><b>{esc(it['h'])}</b></div><div class='org'>{esc(it['org'])}</div>"
                     f"<div class='dt'>{esc(it['d'])}</div>{loc}<ul>{bl}</ul></div>")
    return "".join(o)


def html_linkedin(p):
    c = p["cv"]
    side = (f"<h3>Contact</h3><p>{esc(c['phone'])}</p><p>{esc(c['email'])}</p>" + "".join(f"<p>{esc(x)}</p>" for x in c["extra"]) +
            "<h3>Top Skills</h3>" + "".join(f"<p>{esc(s)}</p>" for s in c["skills"]) +
            "<h3>Languages</h3>" + "".join(f"<p>{esc(s)}</p>" for s in c["langs"]) +
            "<h3>Certifications</h3>" + "".join(f"<p>{esc(s)}</p>" for s in c["certs"]))
    main = f"<h1>{esc(c['name'])}</h1><p class='hl'>{esc(c['title'])}</p><p class='gr'>{esc(c['loc'])}</p>"
    for t, its in c["sections"]:
        main += f"<h2>{esc(t)}</h2>" + html_items(its)
    css = """body{font-family:'Liberation Sans',Arial;margin:0;font-size:10.5pt;color:#181818}
    .wrap{display:flex}.side{width:30%;background:#e1e9ee;padding:28px 18px;min-height:100vh}.side h3{font-size:12pt;margin:18px 0 6px}
    .side p{margin:2px 0;font-size:9.5pt;word-break:break-all}.main{width:64%;padding:28px 24px}h1{font-size:24pt;margin:0}.hl{font-size:11.5pt}
    .gr{color:#888}h2{font-size:15pt;margin:20px 0 6px}.item{margin-bottom:10px}.org{font-size:10pt}.dt,.loc{color:#777;font-size:9.5pt}
    ul{margin:2px 0 0 16px;padding:0}.ih b{font-weight:normal;font-size:11pt}
    .pg{position:fixed;bottom:10px;left:45%;color:#aaa;font-size:8pt}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div><div class='pg'>Page 1 of 2</div></body></html>"


def html_canva(p):
    c = p["cv"]
    side = (f"<div class='photo'>{esc(c['name'][0])}{esc(c['name'].split()[-1][0])}</div><h3>CONTACT</h3>"
            f"<p>&#9742; {esc(c['phone'])}</p><p>&#9993; {esc(c['email'])}</p><p>&#9906; {esc(c['loc'])}</p>" +
            "".join(f"<p>&#128279; {esc(x)}</p>" for x in c["extra"]) +
            "<h3>SKILLS</h3>" + "".join(f"<p>&#10003; {esc(s)}</p>" for s in c["skills"]) +
            "<h3>LANGUAGES</h3>" + "".join(f"<p>&#9679;&#9679;&#9679; {esc(s)}</p>" for s in c["langs"]))
    main = f"<h1>{esc(c['name'])}</h1><p class='hl'>{esc(c['title'])}</p>"
    for t, its in c["sections"]:
        main += f"<h2>{esc(t)}</h2>" + html_items(its)
    css = """body{font-family:'DejaVu Sans';margin:0;font-size:9.5pt}.wrap{display:flex}
    .side{width:32%;background:#0f4c5c;color:#fff;padding:24px 16px;min-height:100vh}.side h3{border-bottom:1px solid #9cc;font-size:10.5pt;letter-spacing:2px}
    .side p{margin:4px 0;word-break:break-word}.photo{width:90px;height:90px;border-radius:50%;background:#e36414;font-size:34pt;text-align:center;line-height:90px;margin:0 auto 10px}
    .main{width:62%;padding:24px 20px}h1{color:#0f4c5c;font-size:24pt;margin:0}.hl{color:#e36414;font-weight:bold}
    h2{color:#0f4c5c;border-bottom:2px solid #e36414;font-size:11.5pt;letter-spacing:1px}.item{margin-bottom:8px}.dt{float:right;color:#666;margin-top:-30px;font-size:8.5pt}
    ul{margin:2px 0 0 14px;padding:0}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div></body></html>"


def html_novo(p):
    c = p["cv"]
    top = (f"<div class='top'><h1>{esc(c['name'])}</h1><p class='hl'>{esc(c['title'])}</p>"
           f"<div class='ct'><span>&#9993; {esc(c['email'])}</span><span>&#128241; {esc(c['phone'])}</span><span>&#128205; {esc(c['loc'])}</span>"
           + "".join(f"<span>&#9873; {esc(x)}</span>" for x in c["extra"]) + "</div></div>")
    left = ""
    for t, its in c["sections"]:
        left += f"<h2>&#9632; {esc(t)}</h2>" + html_items(its)
    right = ("<h2>SKILLS</h2>" + "".join(f"<span class='pill'>{esc(s)}</span>" for s in c["skills"]) +
             "<h2>LANGUAGES</h2>" + "".join(f"<p>{esc(s)}</p><div class='bar'><div></div></div>" for s in c["langs"]) +
             "<h2>INTERESTS</h2><p>&#9917; Football</p><p>&#9835; Son jarocho</p><p>&#9992; Medical missions (Chiapas)</p>")
    css = """body{font-family:'Liberation Sans';margin:0;font-size:9.5pt}.top{background:#1b3a6b;color:#fff;padding:18px 26px}
    h1{margin:0;font-size:22pt}.hl{color:#ffcf56;margin:2px 0 8px}.ct span{display:inline-block;margin-right:16px;font-size:9pt}
    .cols{display:flex;padding:0 20px}.l{width:64%;padding-right:18px}.r{width:32%}
    h2{color:#1b3a6b;font-size:11pt;border-bottom:1px solid #1b3a6b;margin-top:14px}.item{margin-bottom:7px}.dt{color:#c0392b;font-style:italic;font-size:8.5pt}
    .pill{display:inline-block;background:#1b3a6b;color:#fff;border-radius:4px;padding:2px 6px;margin:2px;font-size:8.5pt}
    .bar{height:5px;background:#ddd}.bar div{height:5px;width:80%;background:#1b3a6b} ul{margin:2px 0 0 14px;padding:0}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{top}<div class='cols'><div class='l'>{left}</div><div class='r'>{right}</div></div></body></html>"


def html_serif(p):
    c = p["cv"]
    h = (f"<h1>{esc(c['name'])}</h1><p class='sub'>{esc(c['title'])}</p>"
         f"<p class='c'>{esc(c['loc'])}<br>{esc(c['phone'])} · <a href='mailto:{esc(c['email'])}'>{esc(c['email'])}</a> · {esc(c['extra'][0])}</p>")
    for t, its in c["sections"]:
        h += f"<h2>{esc(t)}</h2>"
        for it in its:
            if isinstance(it, str):
                h += f"<p>{esc(it)}</p>"
            else:
                h += (f"<table class='r'><tr><td><b>{esc(it['org'])}</b> — <i>{esc(it['h'])}</i></td><td class='d'>{esc(it['d'])}</td></tr></table>"
                      + "".join(f"<p class='b'>– {esc(b)}</p>" for b in it.get("b", [])))
    css = """@page{size:A4;margin:18mm}body{font-family:'DejaVu Serif';font-size:10pt}h1{font-size:26pt;font-weight:normal;margin:0}
    .sub{color:#555;margin:0}.c{font-size:9pt}h2{font-size:12pt;color:#2b6cb0;margin:16px 0 4px;font-weight:normal;border-bottom:1px solid #ccc}
    table.r{width:100%;border-collapse:collapse}td.d{text-align:right;white-space:nowrap;color:#444}p{margin:2px 0}.b{margin-left:14px}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{h}</body></html>"


def html_gdocs(p):
    c = p["cv"]
    h = (f"<p class='name'>{esc(c['name'])}</p><p class='t'>{esc(c['title'])}</p>"
         f"<p class='ct'>{esc(c['loc'])}<br>{esc(c['phone'])}<br>{esc(c['email'])}</p>")
    for t, its in c["sections"]:
        h += f"<h2>{esc(t)}</h2>"
        for it in its:
            if isinstance(it, str):
                h += f"<p>{esc(it)}</p>"
            else:
                h += (f"<h3><b>{esc(it['org'])}</b>, {esc(it['h'])}</h3><p class='dt'>{esc(it['d'])}</p>"
                      + "".join(f"<p>{esc(b)}</p>" for b in it.get("b", [])))
    css = """body{font-family:'Open Sans','Liberation Sans';font-size:10pt;color:#555}.name{font-size:26pt;color:#000;font-weight:bold;margin:0}
    .t{color:#2079c7;font-size:11pt}.ct{font-size:9pt}h2{color:#2079c7;font-size:10pt;margin-top:18px}h3{font-size:11pt;color:#000;margin:8px 0 0}
    .dt{font-size:8pt;color:#666;margin:0}"""
    return f"<html><head><meta charset='utf-8'><title>Resume - Andres Restrepo</title><style>{css}</style></head><body>{h}</body></html>"

# ------------------------------------------------------------------ reportlab
def rl_cyrillic(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    c = p["cv"]
    S = lambda **k: ParagraphStyle("x", fontName=k.pop("f", "DV"), fontSize=k.pop("s", 9.5), leading=k.pop("l", 12), **k)
    story = [Paragraph(f"{c['name']}  <font size=12 color='#777777'>/ {c['alt']}</font>", S(f="DVB", s=20, l=24)),
             Paragraph(c["title"], S(s=11, textColor=colors.HexColor("#5b2a86"))), Spacer(1, 6)]
    contact = Table([[c["email"], c["phone"], c["loc"]]], colWidths=[190, 140, 180])
    contact.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#efe9f6"))]))
    story += [contact] + [Paragraph(x, S(s=8.5)) for x in c["extra"]] + [Spacer(1, 6)]
    for t, its in c["sections"]:
        story.append(Paragraph(t, S(f="DVB", s=12, l=16, spaceBefore=8, textColor=colors.HexColor("#5b2a86"))))
        for it in its:
            if isinstance(it, str):
                story.append(Paragraph(html.escape(it), S())); continue
            row = Table([[Paragraph(f"<b>{html.escape(it['h'])}</b><br/>{html.escape(it['org'])}", S(f="DV")), Paragraph(it["d"], S(alignment=2))]],
                        colWidths=[400, 110])
            row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(row)
            for b in it.get("b", []):
                story.append(Paragraph("• " + html.escape(b), S(leftIndent=12)))
    # registering bold for <b>
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    SimpleDocTemplate(out, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=40,
                      title="CV Kovalenko", author="Oleksandra").build(story)

# ------------------------------------------------------------------ fpdf2
def fpdf_student(p, out, font=FONT, fontb=FONTB):
    from fpdf import FPDF
    c = p["cv"]
    pdf = FPDF(format="letter")
    pdf.add_font("D", "", font); pdf.add_font("D", "B", fontb)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("D", "B", 18); pdf.cell(0, 9, c["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 10)
    pdf.cell(0, 5, c["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{c['loc']}  |  {c['phone']}  |  {c['email']}" + ("  |  " + " | ".join(c["extra"]) if c["extra"] else ""), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for t, its in c["sections"]:
        pdf.set_font("D", "B", 11); pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y); pdf.ln(1)
        for it in its:
            if isinstance(it, str):
                pdf.set_font("D", "", 9.5); pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT"); continue
            pdf.set_font("D", "B", 9.5); pdf.cell(130, 5, it["h"]); pdf.set_font("D", "", 9.5)
            pdf.cell(0, 5, it["d"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 5, it["org"], new_x="LMARGIN", new_y="NEXT")
            for b in it.get("b", []):
                pdf.multi_cell(0, 5, "   - " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(out)

# ------------------------------------------------------------------ RTF by hand
def rtf_escape(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        else:
            o.append(ch)
    return "".join(o)


def rtf_classic(p, out):
    c = p["cv"]
    R = ["{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}",
         "{\\colortbl;\\red0\\green51\\blue102;}\\paperw11906\\paperh16838\\margl1134\\margr1134",
         "{\\header\\pard\\qr\\f1\\fs16 " + rtf_escape(c["email"] + "  /  " + c["phone"]) + "\\par}",
         "\\pard\\qc\\f1\\fs32\\b " + rtf_escape(c["name"]) + "\\b0\\par",
         "\\pard\\qc\\fs18 " + rtf_escape(c["loc"] + " \u2022 " + " \u2022 ".join(c["extra"])) + "\\par\\par"]
    for t, its in c["sections"]:
        R.append("\\pard\\sb120\\f1\\fs22\\b\\cf1 " + rtf_escape(t.upper()) + "\\cf0\\b0\\par\\brdrb\\brdrs")
        for it in its:
            if isinstance(it, str):
                R.append("\\pard\\li360\\f0\\fs20 " + rtf_escape(it) + "\\par")
            else:
                R.append("\\pard\\li360\\tx7200\\f0\\fs20\\b " + rtf_escape(it["h"]) + "\\b0\\tab\\i " + rtf_escape(it["d"]) + "\\i0\\par")
                R.append("\\pard\\li360\\f0\\fs20 " + rtf_escape(it["org"]) + "\\par")
                for b in it.get("b", []):
                    R.append("\\pard\\li720\\fi-200\\f0\\fs20 \\u8226? " + rtf_escape(b) + "\\par")
    R.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(R))

# ------------------------------------------------------------------ odfpy
def odt_odfpy(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H, Span
    c = p["cv"]
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f2b"))
    hd.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f2b"))
    sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="9pt", color="#444444"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    for s in (big, hd, sm):
        doc.automaticstyles.addElement(s)
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(TP(stylename=big, text=f"{c['alt']}  ·  {c['name']}"))
    doc.text.addElement(TP(stylename=sm, text=c["title"]))
    doc.text.addElement(TP(stylename=sm, text=f"{c['email']}   {c['phone']}   {c['loc']}"))
    for x in c["extra"]:
        doc.text.addElement(TP(stylename=sm, text=x))
    for t, its in c["sections"]:
        doc.text.addElement(TP(stylename=hd, text=t))
        for it in its:
            if isinstance(it, str):
                doc.text.addElement(TP(text=it)); continue
            para = TP(); para.addElement(Span(stylename=bold, text=it["d"] + "   ")); para.addText(it["h"]); doc.text.addElement(para)
            doc.text.addElement(TP(stylename=sm, text=it["org"]))
            for b in it.get("b", []):
                doc.text.addElement(TP(text="– " + b))
    doc.save(out)

# ------------------------------------------------------------------ scans
def scan_from_pdf(pdf, out, seed, angle, blur=0.8, noise=18, contrast=1.0, jpeg=False, as_pdf=False, photo=False):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    pref = os.path.join(TMP, f"scan{seed}")
    run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, pref])
    src = sorted(glob.glob(pref + "*.png"))[0]
    im = Image.open(src).convert("L")
    rnd = random.Random(seed)
    if photo:  # place on a darker "desk" background before rotating
        bg = Image.new("L", (im.width + 120, im.height + 140), 70)
        bg.paste(im, (60, 60)); im = bg
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=70 if photo else 255)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load()
    w, h = im.size
    for _ in range(int(w * h * noise / 1000)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-90, 90)))
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
        im = ImageEnhance.Brightness(im).enhance(1.06)
    if photo:  # uneven lighting gradient
        grad = Image.linear_gradient("L").rotate(90).resize(im.size)
        im = Image.blend(im, ImageOps.invert(grad), 0.12)
    im = im.convert("RGB")
    if as_pdf:
        im.save(out, "PDF", resolution=150)
    elif jpeg:
        im.save(out, "JPEG", quality=62)
    else:
        im.save(out, "PNG")

# ------------------------------------------------------------------ truth
def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth_line(p, f, scan=False):
    t = dict(p["truth"])
    d = {"file": f, "layout": p["layout"]}
    for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
              "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]:
        d[k] = t[k]
    d["usce_months"] = months(t["usce_entries"])
    d["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
    d["usce_entries"] = t["usce_entries"]
    if scan:
        d["needs_ocr"] = True
    return d


def main():
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
    truth = []

    def add(n, ext, scan=False):
        p = BYN[n]; f = fname(p, ext); truth.append(truth_line(p, f, scan)); return os.path.join(OUT, f)

    docx_europass(BYN[1], add(1, "docx"))
    chromium_pdf(html_linkedin(BYN[2]), add(2, "pdf"))
    chromium_pdf(html_canva(BYN[3]), add(3, "pdf"))
    with open(add(4, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(texts.ERAS_TXT)
    # 005 Google Docs-like HTML -> LibreOffice Writer -> .odt
    src = os.path.join(TMP, "Resume_Andres_Restrepo.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_gdocs(BYN[5]))
    soffice(src, "odt:writer8", TMP)
    shutil.move(os.path.join(TMP, "Resume_Andres_Restrepo.odt"), add(5, "odt"))
    rl_cyrillic(BYN[6], add(6, "pdf"))
    fpdf_student(BYN[7], add(7, "pdf"))
    rtf_classic(BYN[8], add(8, "rtf"))
    with open(add(9, "txt"), "w", encoding="utf-8") as f:
        f.write(texts.WEBFORM_TXT)
    chromium_pdf(html_novo(BYN[10]), add(10, "pdf"))
    docx_header_footer(BYN[11], add(11, "docx"))
    odt_odfpy(BYN[12], add(12, "odt"))
    # 013 python-docx -> soffice pdf
    src = os.path.join(TMP, "Bautista_CV.docx"); docx_simple(BYN[13], src)
    soffice(src, "pdf", TMP); shutil.move(os.path.join(TMP, "Bautista_CV.pdf"), add(13, "pdf"))
    docx_eras_table(BYN[14], add(14, "docx"))
    # 015 python-docx -> soffice rtf
    src = os.path.join(TMP, "Campbell_CV.docx"); docx_simple(BYN[15], src, font="Georgia", caps_headings=False)
    soffice(src, "rtf", TMP); shutil.move(os.path.join(TMP, "Campbell_CV.rtf"), add(15, "rtf"))
    chromium_pdf(html_serif(BYN[16]), add(16, "pdf"))

    # scans: render a clean page first, then degrade
    clean = {}
    for n in (17, 18, 19, 20, 21):
        clean[n] = os.path.join(TMP, f"clean{n}.pdf")
    fpdf_student(BYN[17], clean[17])
    docx_simple(BYN[18], os.path.join(TMP, "clean18.docx")); soffice(os.path.join(TMP, "clean18.docx"), "pdf", TMP)
    fpdf_student(BYN[19], clean[19], SERIF, SERIFB)
    chromium_pdf(html_serif(BYN[20]), clean[20])
    docx_simple(BYN[21], os.path.join(TMP, "clean21.docx"), font="Liberation Sans"); soffice(os.path.join(TMP, "clean21.docx"), "pdf", TMP)
    scan_from_pdf(clean[17], add(17, "png", True), 17, angle=1.3, blur=0.7, noise=15)
    scan_from_pdf(clean[18], add(18, "jpg", True), 18, angle=-1.8, blur=1.1, noise=25, jpeg=True, photo=True)
    scan_from_pdf(clean[19], add(19, "pdf", True), 19, angle=0.6, blur=0.9, noise=20, as_pdf=True)
    scan_from_pdf(clean[20], add(20, "pdf", True), 20, angle=-0.9, blur=0.6, noise=12, contrast=0.55, as_pdf=True)
    scan_from_pdf(clean[21], add(21, "jpg", True), 21, angle=1.9, blur=1.3, noise=30, contrast=0.6, jpeg=True, photo=True)

    # damaged
    dmg = [(22, "truncated_pdf", "pdf"), (23, "encrypted_pdf", "pdf"), (24, "random_bytes_docx", "docx")]
    # 022: Chromium PDF of a full CV, cut at 40%
    full = os.path.join(TMP, "dmg22.pdf")
    chromium_pdf(html_canva(BYN[3]).replace("Chukwuemeka Obinna Eze", "Tochukwu Nnamdi Okeke").replace("emeka.eze.md", "tochi.okeke"), full)
    data = open(full, "rb").read()
    f22 = f"{W}_022_truncated_pdf.pdf"
    open(os.path.join(OUT, f22), "wb").write(data[: int(len(data) * 0.4)])
    # 023: reportlab PDF encrypted with a user password via pypdf
    from pypdf import PdfReader, PdfWriter
    plain = os.path.join(TMP, "dmg23.pdf"); fpdf_student(BYN[20], plain)
    w = PdfWriter()
    for pg in PdfReader(plain).pages:
        w.add_page(pg)
    w.encrypt(user_password="jelena2024", owner_password="owner-w94", algorithm="RC4-128")
    f23 = f"{W}_023_encrypted_pdf.pdf"
    with open(os.path.join(OUT, f23), "wb") as fh:
        w.write(fh)
    # 024: random bytes with .docx name
    f24 = f"{W}_024_random_bytes_docx.docx"
    open(os.path.join(OUT, f24), "wb").write(random.Random(24).randbytes(23817))
    for (n, lay, ext), f in zip(dmg, [f22, f23, f24]):
        truth.append({"file": f, "layout": lay, "error": True})

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("built", len(truth), "files")


if __name__ == "__main__":
    main()
