# -*- coding: utf-8 -*-
"""Renderers: one function per layout. Each writes the file at `out`."""
import os, subprocess, shutil, tempfile, random, html
from collections import OrderedDict

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def sections(p):
    od = OrderedDict()
    for e in p["exp"]:
        od.setdefault(e["sec"], []).append(e)
    return od


def contact_line(p, sep=" | "):
    return sep.join(x for x in [p["phone_disp"], p["email"], p["address"]] if x)


def display_name(p):
    return p["name"] + (", " + p["suffix"] if p["suffix"] else "")


def pub_lines(p):
    peer = [t for t, ok in p["pubs"] if ok]
    other = [t for t, ok in p["pubs"] if not ok]
    return peer, other


def ref_line(r):
    return f'{r["name"]} — {r["title"]}, {r["org"]} — {r["email"]} — {r["phone"]}'


def plain_lines(p):
    """Generic text lines (used for txt-like and scan layouts)."""
    L = [display_name(p).upper(), contact_line(p), ""]
    if p.get("born"):
        L.append(p["born"])
    L += ["CAREER INTEREST: " + p["interests"], "", "EDUCATION"]
    for d, s, c, w in p["edu"]:
        L.append(f"  {d} - {s}, {c} ({w})")
    L += ["", "USMLE / CERTIFICATION"] + ["  " + e for e in p["exams"]]
    L.append("  Visa: " + p["visa_disp"])
    for sec, es in sections(p).items():
        L += ["", sec.upper()]
        for e in es:
            L.append(f"  {e['role']} | {e['org']}, {e['place']} | {e['when']}")
    peer, other = pub_lines(p)
    if peer or other:
        L += ["", "PUBLICATIONS & PRESENTATIONS"]
        for i, t in enumerate(peer + other, 1):
            L.append(f"  {i}. {t}")
    L += ["", "LANGUAGES: " + p["langs_disp"], "", "REFERENCES"]
    for r in p["refs"]:
        L.append("  " + ref_line(r))
    return L


# ---------------------------------------------------------------- python-docx
def _docx():
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    return docx, Pt, Cm, RGBColor, WD_ALIGN_PARAGRAPH


def docx_table(p, out):
    """USCE in a 4-column grid table; home experience as paragraphs."""
    docx, Pt, Cm, RGBColor, AL = _docx()
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    if p.get("native"):
        h.add_run("  (" + p["native"] + ")").font.size = Pt(12)
    d.add_paragraph("MBBS  •  " + p["address"])
    d.add_paragraph(f'Mobile/WhatsApp: {p["phone_disp"]}    Email: {p["email"]}')
    d.add_paragraph(p["born"])
    d.add_heading("Objective", level=2)
    d.add_paragraph(p["interests"] + ". Seeking further hands-on US clinical experience.")
    d.add_heading("Education", level=2)
    for deg, s, c, w in p["edu"]:
        d.add_paragraph(f"{deg}, {s}, {c} — {w}", style="List Bullet")
    d.add_heading("USMLE & Certification", level=2)
    for e in p["exams"]:
        d.add_paragraph(e, style="List Bullet")
    d.add_paragraph("Visa: " + p["visa_disp"])
    d.add_heading("US Clinical Experience (USCE)", level=2)
    us = [e for e in p["exp"] if e["t"]]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, hd in enumerate(["Rotation", "Institution", "Location", "Dates"]):
        t.rows[0].cells[i].text = hd
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for e in us:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = e["role"], e["org"], e["place"], e["when"]
    d.add_heading("Clinical Experience – Nepal", level=2)
    for e in p["exp"]:
        if not e["t"]:
            d.add_paragraph(f'{e["role"]}, {e["org"]}, {e["place"]} ({e["when"]})', style="List Bullet")
    d.add_heading("Publications", level=2)
    peer, other = pub_lines(p)
    for x in peer:
        d.add_paragraph(x, style="List Number")
    d.add_paragraph("Posters / abstracts:")
    for x in other:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Languages", level=2)
    d.add_paragraph(p["langs_disp"])
    d.add_heading("References", level=2)
    for r in p["refs"]:
        d.add_paragraph(f'{r["name"]}\n{r["title"]}, {r["org"]}\n{r["email"]} | {r["phone"]}')
    d.save(out)


def _docx_mixed(p, out, with_header=False):
    """Classic single column; all experience under one 'Clinical Experience' heading when data says so."""
    docx, Pt, Cm, RGBColor, AL = _docx()
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if with_header:
        hp = sec.header.paragraphs[0]
        hp.text = f'{p["name"]} — {p["phone_disp"]} — {p["email"]}'
        hp.alignment = AL.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = f'{p["address"]}  ·  Curriculum Vitae, updated Nov 2025'
        fp.alignment = AL.CENTER
        t = d.add_paragraph(); t.alignment = AL.CENTER
        r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        if p.get("native"):
            d.add_paragraph(p["native"]).alignment = AL.CENTER
    else:
        t = d.add_paragraph(); t.alignment = AL.CENTER
        r = t.add_run(display_name(p)); r.bold = True; r.font.size = Pt(18)
        c = d.add_paragraph(contact_line(p, "  ·  ")); c.alignment = AL.CENTER
        if p.get("born"):
            d.add_paragraph(p["born"]).alignment = AL.CENTER
    d.add_heading("Career Interest", level=1)
    d.add_paragraph(p["interests"])
    d.add_heading("Education", level=1)
    for deg, s, c, w in p["edu"]:
        para = d.add_paragraph(); para.add_run(deg).bold = True
        para.add_run(f"\n{s}, {c}\t{w}")
    d.add_heading("Examinations", level=1)
    for e in p["exams"]:
        d.add_paragraph(e, style="List Bullet")
    d.add_heading("Immigration status", level=1)
    d.add_paragraph(p["visa_disp"])
    for secname, es in sections(p).items():
        d.add_heading(secname, level=1)
        for e in es:
            para = d.add_paragraph()
            para.add_run(e["role"]).bold = True
            para.add_run(f'\n{e["org"]} — {e["place"]}').italic = True
            para.add_run(f'\n{e["when"]}')
    peer, other = pub_lines(p)
    d.add_heading("Publications (peer-reviewed)", level=1)
    for x in peer:
        d.add_paragraph(x, style="List Number")
    if other:
        d.add_heading("Posters, abstracts & works in progress", level=1)
        for x in other:
            d.add_paragraph(x, style="List Bullet")
    d.add_heading("Languages", level=1)
    d.add_paragraph(p["langs_disp"])
    d.add_heading("References", level=1)
    for r in p["refs"]:
        d.add_paragraph(ref_line(r))
    d.save(out)


def docx_header_footer(p, out):
    _docx_mixed(p, out, with_header=True)


def soffice_convert(src, fmt, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def lo_pdf_mixed(p, out):
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, os.path.splitext(os.path.basename(out))[0] + ".docx")
    _docx_mixed(p, src)
    soffice_convert(src, "pdf", tmpd)
    shutil.move(src[:-5] + ".pdf", out)
    shutil.rmtree(tmpd)


def lo_rtf(p, out):
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, os.path.splitext(os.path.basename(out))[0] + ".docx")
    docx_sidebar(p, src, plain=True)
    soffice_convert(src, "rtf", tmpd)
    shutil.move(src[:-5] + ".rtf", out)
    shutil.rmtree(tmpd)


def docx_sidebar(p, out, plain=False):
    """Two-column table: left sidebar with contacts/languages/exams, right main column."""
    docx, Pt, Cm, RGBColor, AL = _docx()
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9.5)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.2); s.top_margin = Cm(1.2)
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    L, Rc = t.rows[0].cells
    L.width, Rc.width = Cm(5.6), Cm(12.8)
    if not plain:
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "DCE6F0")
        L._tc.get_or_add_tcPr().append(shd)

    def add(cell, text, bold=False, size=None, first=False):
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        r = para.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        return para
    add(L, "CONTACT", True, 11, first=True)
    add(L, p["phone_disp"]); add(L, p["email"]); add(L, p["address"])
    add(L, ""); add(L, "LANGUAGES", True, 11)
    for x in p["langs_disp"].split(", "):
        add(L, "• " + x)
    add(L, ""); add(L, "USMLE", True, 11)
    for e in p["exams"]:
        add(L, e)
    add(L, ""); add(L, "VISA", True, 11); add(L, p["visa_disp"])
    add(L, ""); add(L, "INTERESTS", True, 11); add(L, p["interests"])
    add(Rc, display_name(p), True, 20, first=True)
    add(Rc, "Clinical & research profile", False, 10)
    add(Rc, ""); add(Rc, "EDUCATION", True, 12)
    for deg, s_, c, w in p["edu"]:
        add(Rc, f"{deg} — {s_}, {c}"); add(Rc, w)
    for secname, es in sections(p).items():
        add(Rc, ""); add(Rc, secname.upper(), True, 12)
        for e in es:
            add(Rc, e["role"], True)
            add(Rc, f'{e["org"]}, {e["place"]}  |  {e["when"]}')
    peer, other = pub_lines(p)
    add(Rc, ""); add(Rc, "PUBLICATIONS", True, 12)
    for i, x in enumerate(peer, 1):
        add(Rc, f"{i}. {x}")
    for x in other:
        add(Rc, "– " + x)
    add(Rc, ""); add(Rc, "REFERENCES", True, 12)
    for r in p["refs"]:
        add(Rc, f'{r["name"]}, {r["title"]}, {r["org"]}'); add(Rc, f'{r["email"]} · {r["phone"]}')
    d.save(out)


# ---------------------------------------------------------------- chromium
def chromium_pdf(html_text, out):
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "cv.html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmpd}/prof", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(tmpd, ignore_errors=True)


def chromium_sidebar(p, out):
    E = html.escape
    side = f"""<div class=side><h3>Contact</h3><p>{E(p['phone_disp'])}<br>{E(p['email'])}<br>{E(p['address'])}</p>
<h3>Exams</h3><ul>{''.join('<li>'+E(x)+'</li>' for x in p['exams'])}</ul>
<h3>Visa</h3><p>{E(p['visa_disp'])}</p><h3>Languages</h3><p>{E(p['langs_disp'])}</p><p>{E(p['born'])}</p></div>"""
    main = f"<h1>{E(p['name'])}</h1><div class=sub>{E(p['suffix'])} &middot; {E(p['interests'])}</div><h2>Education</h2>"
    for deg, s, c, w in p["edu"]:
        main += f"<p><b>{E(deg)}</b>, {E(s)}, {E(c)}<span class=r>{E(w)}</span></p>"
    for secname, es in sections(p).items():
        main += f"<h2>{E(secname)}</h2>"
        for e in es:
            main += f"<p><b>{E(e['role'])}</b><span class=r>{E(e['when'])}</span><br><i>{E(e['org'])}, {E(e['place'])}</i></p>"
    peer, other = pub_lines(p)
    main += "<h2>Publications</h2><ol>" + "".join(f"<li>{E(x)}</li>" for x in peer) + "</ol>"
    if other:
        main += "<h2>Abstracts &amp; Oral Presentations</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in other) + "</ul>"
    main += "<h2>Referees</h2>" + "".join(f"<p>{E(r['name'])}, {E(r['title'])}, {E(r['org'])}<br>{E(r['email'])} &middot; {E(r['phone'])}</p>" for r in p["refs"])
    doc = f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: A4; margin: 0 }} body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.wrap {{ display:flex; min-height: 297mm }} .side {{ width: 58mm; background:#1f3b57; color:#fff; padding: 14mm 6mm }}
.side h3 {{ font-size:10pt; border-bottom:1px solid #8ab; text-transform:uppercase }} .side ul {{ padding-left: 12px }}
.main {{ flex:1; padding: 14mm 10mm }} h1 {{ margin:0; font-size: 22pt; color:#1f3b57 }} .sub {{ color:#555; margin-bottom: 6mm }}
h2 {{ font-size: 11pt; color:#1f3b57; border-bottom: 2px solid #1f3b57; margin-top: 5mm }} .r {{ float:right; color:#444 }}
</style></head><body><div class=wrap>{side}<div class=main>{main}</div></div></body></html>"""
    chromium_pdf(doc, out)


def chromium_table(p, out):
    E = html.escape
    rows = ""
    for e in p["exp"]:
        if e["t"]:
            t = e["t"]
            rows += f"<tr><td>{E(e['role'])}</td><td>{E(t['specialty'])}</td><td>{E(e['org'])}<br><small>{E(e['place'])}</small></td><td>{E(e['when'])}</td></tr>"
    home = "".join(f"<tr><td>{E(e['role'])}</td><td>{E(e['org'])}, {E(e['place'])}</td><td>{E(e['when'])}</td></tr>" for e in p["exp"] if not e["t"])
    peer, other = pub_lines(p)
    doc = f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: Letter; margin: 14mm }} body {{ font-family: 'Liberation Serif', serif; font-size: 10.5pt }}
table {{ border-collapse: collapse; width: 100% }} td, th {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top }}
th {{ background: #eee }} h2 {{ font-size: 12pt; margin: 12px 0 4px; font-variant: small-caps }}
.hdr td {{ border: none }}
</style></head><body>
<table class=hdr><tr><td><h1 style="margin:0">{E(p['name'])}</h1>{E(p['suffix'])}</td>
<td style="text-align:right">{E(p['address'])}<br>Tel: {E(p['phone_disp'])}<br>{E(p['email'])}</td></tr></table>
<h2>Professional Goal</h2><p>{E(p['interests'])}</p>
<h2>Education</h2><table>{''.join(f'<tr><td>{E(a)}</td><td>{E(b)}, {E(c)}</td><td>{E(w)}</td></tr>' for a,b,c,w in p['edu'])}</table>
<h2>Licensing Examinations</h2><table><tr><th>Exam</th></tr>{''.join('<tr><td>'+E(x)+'</td></tr>' for x in p['exams'])}</table>
<p>Visa status: {E(p['visa_disp'])}</p>
<h2>U.S. Clinical &amp; Research Experience</h2>
<table><tr><th>Type</th><th>Specialty</th><th>Institution</th><th>Dates</th></tr>{rows}</table>
<h2>Clinical Experience (Pakistan)</h2><table>{home}</table>
<h2>Publications</h2><ol>{''.join('<li>'+E(x)+'</li>' for x in peer)}</ol>
<p><i>In preparation:</i> {'; '.join(E(x) for x in other)}</p>
<h2>Languages</h2><p>{E(p['langs_disp'])}</p>
<h2>References</h2><table>{''.join(f"<tr><td>{E(r['name'])}</td><td>{E(r['title'])}, {E(r['org'])}</td><td>{E(r['email'])}<br>{E(r['phone'])}</td></tr>" for r in p['refs'])}</table>
</body></html>"""
    chromium_pdf(doc, out)


# ---------------------------------------------------------------- reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))


def reportlab_oneline(p, out):
    """Canvas-drawn compact CV: each rotation on one line 'Role | Site, ST | dates'."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    _rl_fonts()
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle(p["name"] + " CV"); c.setAuthor(p["name"])
    W, H = letter; y = H - 50

    from reportlab.lib.utils import simpleSplit

    def line(txt, font="DV", size=9.5, dy=13, x=50):
        nonlocal y
        for k, part in enumerate(simpleSplit(txt, font, size, W - x - 45) or [""]):
            if y < 50:
                c.showPage(); y = H - 50
            c.setFont(font, size); c.drawString(x + (10 if k else 0), y, part); y -= dy if k == 0 else dy - 1
    line(p["name"].upper(), "DVB", 17, 20)
    line(f'{p["address"]}  •  {p["phone_disp"]}  •  {p["email"]}', size=8.5, dy=18)
    for head, items in [("EDUCATION", [f"{a}, {b}, {cc} ({w})" for a, b, cc, w in p["edu"]]),
                        ("USMLE", [" | ".join(p["exams"])]), ("STATUS", ["Visa: " + p["visa_disp"], "Interest: " + p["interests"]])]:
        line(head, "DVB", 10.5, 14)
        for it in items:
            line(it, x=60)
        y -= 4
    for secname, es in sections(p).items():
        line(secname.upper(), "DVB", 10.5, 14)
        for e in es:
            line(f'{e["role"]} | {e["org"]}, {e["place"]} | {e["when"]}', size=8.8, x=60)
        y -= 4
    peer, other = pub_lines(p)
    line("PUBLICATIONS", "DVB", 10.5, 14)
    for x in peer + other:
        line("– " + x, size=8, x=60)
    y -= 4
    line("LANGUAGES: " + p["langs_disp"], "DVB", 9.5, 18)
    line("REFERENCES", "DVB", 10.5, 14)
    for r in p["refs"]:
        line(f'{r["name"]} ({r["title"]}, {r["org"]}) {r["email"]}, {r["phone"]}', size=8, x=60)
    c.save()


def reportlab_table(p, out, encrypt=None):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    _rl_fonts()
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9, leading=11.5)
    Hh = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=11.5, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#7a1f1f"))
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=19, leading=23)
    E = html.escape
    story = [Paragraph(E(p["name"]), T), Paragraph(E(f'{p["suffix"]} | {p["born"]}'), N),
             Paragraph(E(f'{p["phone_disp"]} | {p["email"]} | {p["address"]}'), N), Spacer(1, 6)]
    story += [Paragraph("Specialty interest", Hh), Paragraph(E(p["interests"]), N)]
    story += [Paragraph("Education", Hh)] + [Paragraph(E(f"{a} — {b}, {c} ({w})"), N) for a, b, c, w in p["edu"]]
    story += [Paragraph("Examinations", Hh)] + [Paragraph("• " + E(x), N) for x in p["exams"]]
    story += [Paragraph("Visa: " + E(p["visa_disp"]), N)]
    story.append(Paragraph("Clinical Experience", Hh))
    data = [[Paragraph("<b>Dates</b>", N), Paragraph("<b>Position</b>", N), Paragraph("<b>Institution / Location</b>", N)]]
    for e in p["exp"]:
        data.append([Paragraph(E(e["when"]), N), Paragraph(E(e["role"]), N), Paragraph(E(f'{e["org"]}, {e["place"]}'), N)])
    tb = Table(data, colWidths=[95, 165, 220])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0e6e6")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(tb)
    peer, other = pub_lines(p)
    story.append(Paragraph("Research Output", Hh))
    if peer:
        story += [Paragraph(f"{i}. " + E(x), N) for i, x in enumerate(peer, 1)]
    else:
        story.append(Paragraph("No peer-reviewed publications yet.", N))
    story += [Paragraph("• " + E(x), N) for x in other]
    story += [Paragraph("Languages", Hh), Paragraph(E(p["langs_disp"]), N), Paragraph("References", Hh)]
    story += [Paragraph(E(ref_line(r)), N) for r in p["refs"]]
    kw = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kw["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword="owner-" + encrypt, canPrint=1)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40,
                      title=f'CV {p["name"]}', author=p["name"], **kw).build(story)


# ---------------------------------------------------------------- fpdf2
def _fpdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page(); pdf.set_margins(16, 14, 16)
    return pdf


def fpdf_classic(p, out):
    pdf = _fpdf()
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    for k, v in [("Name", display_name(p)), ("Date of birth", p["born"].replace("DOB: ", "")), ("Address", p["address"]),
                 ("Contact", p["phone_disp"]), ("E-mail", p["email"]), ("Visa", p["visa_disp"])]:
        pdf.set_font("DV", "B", 10); pdf.cell(35, 6, k + ":")
        pdf.set_font("DV", "", 10); pdf.multi_cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(2); pdf.set_font("DV", "B", 12); pdf.set_fill_color(225, 225, 225)
        pdf.cell(0, 7, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10)
    head("Specialty of Interest"); pdf.multi_cell(0, 5.5, p["interests"], new_x="LMARGIN", new_y="NEXT")
    head("Academic Qualification")
    for a, b, c, w in p["edu"]:
        pdf.multi_cell(0, 5.5, f"{a}: {b}, {c}. {w}", new_x="LMARGIN", new_y="NEXT")
    head("USMLE / ECFMG")
    for x in p["exams"]:
        pdf.multi_cell(0, 5.5, "- " + x, new_x="LMARGIN", new_y="NEXT")
    for secname, es in sections(p).items():
        head(secname)
        for e in es:
            pdf.set_font("DV", "B", 10); pdf.multi_cell(0, 5.5, f'{e["when"]}: {e["role"]}', new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 10); pdf.multi_cell(0, 5.5, f'      {e["org"]}, {e["place"]}', new_x="LMARGIN", new_y="NEXT")
    head("Posters & Presentations")
    peer, other = pub_lines(p)
    for x in peer + other:
        pdf.multi_cell(0, 5.5, "- " + x, new_x="LMARGIN", new_y="NEXT")
    head("Languages"); pdf.multi_cell(0, 5.5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    head("References")
    for r in p["refs"]:
        pdf.multi_cell(0, 5.5, f'{r["name"]}\n{r["title"]}, {r["org"]}\nEmail: {r["email"]}  Phone: {r["phone"]}', new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.set_title("CV"); pdf.set_author(p["name"])
    pdf.output(out)


def fpdf_table(p, out):
    pdf = _fpdf()
    pdf.set_font("DV", "B", 16); pdf.cell(0, 8, display_name(p), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.cell(0, 5, f'{p["email"]}   |   {p["phone_disp"]}   |   {p["born"]}', new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, p["address"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)

    def head(t):
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_text_color(20, 70, 120)
        pdf.cell(0, 6, t.upper(), border="B", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9.5); pdf.ln(1)
    head("Career interests"); pdf.multi_cell(0, 5, p["interests"], new_x="LMARGIN", new_y="NEXT")
    head("Education")
    for a, b, c, w in p["edu"]:
        pdf.multi_cell(0, 5, f"{a} — {b}, {c} ({w})", new_x="LMARGIN", new_y="NEXT")
    head("Exams & status")
    for x in p["exams"] + ["Visa: " + p["visa_disp"]]:
        pdf.multi_cell(0, 5, "• " + x, new_x="LMARGIN", new_y="NEXT")
    for secname, es in sections(p).items():
        head(secname)
        with pdf.table(col_widths=(60, 70, 48), text_align="LEFT", line_height=5) as tb:
            r = tb.row()
            for h in ("Position", "Institution & location", "Period"):
                r.cell(h)
            for e in es:
                r = tb.row(); r.cell(e["role"]); r.cell(f'{e["org"]}, {e["place"]}'); r.cell(e["when"])
    head("Publications")
    peer, other = pub_lines(p)
    for i, x in enumerate(peer, 1):
        pdf.multi_cell(0, 5, f"{i}. {x}", new_x="LMARGIN", new_y="NEXT")
    for x in other:
        pdf.multi_cell(0, 5, "Poster: " + x, new_x="LMARGIN", new_y="NEXT")
    head("Languages"); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    head("Referees")
    for r in p["refs"]:
        pdf.multi_cell(0, 5, ref_line(r), new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# ---------------------------------------------------------------- odfpy
def _odt_base():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    doc = OpenDocumentText()
    S = {}
    for name, size, bold in [("Title", "20pt", True), ("H", "13pt", True), ("B", "10pt", True), ("N", "10pt", False)]:
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=size, fontfamily="Liberation Sans")
        if bold:
            tp["fontweight"] = "bold"
        s.addElement(TextProperties(**tp))
        if name == "H":
            s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
        doc.styles.addElement(s); S[name] = s
    return doc, S


def odt_plain(p, out):
    from odf.text import P
    doc, S = _odt_base()
    add = lambda t, st="N": doc.text.addElement(P(stylename=S[st], text=t))
    add(display_name(p), "Title")
    if p.get("native"):
        add(p["native"], "B")
    add(p["address"]); add("Phone: " + p["phone_disp"]); add("Email: " + p["email"])
    add("Status in the U.S.: " + p["visa_disp"])
    add("Specialty Choice", "H"); add(p["interests"])
    add("Medical Education", "H")
    for a, b, c, w in p["edu"]:
        add(f"{a}, {b}, {c}, {w}")
    add("Board Examinations", "H")
    for x in p["exams"]:
        add(x)
    for secname, es in sections(p).items():
        add(secname, "H")
        for e in es:
            add(f'{e["when"]}   {e["role"]}', "B"); add(f'{e["org"]}, {e["place"]}')
    add("Publications and Posters", "H")
    for t, ok in p["pubs"]:
        add(t)
    add("Languages", "H"); add(p["langs_disp"])
    add("References (available on request; contacts below)", "H")
    for r in p["refs"]:
        add(ref_line(r))
    doc.save(out)


def odt_table(p, out):
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc, S = _odt_base()
    add = lambda t, st="N": doc.text.addElement(P(stylename=S[st], text=t))

    def table(rows, ncol):
        tb = Table(name="T%d" % random.randint(1, 10**6))
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for row in rows:
            tr = TableRow()
            for cell in row:
                tc = TableCell(valuetype="string"); tc.addElement(P(stylename=S["N"], text=cell)); tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)
    table([[display_name(p) + "  " + p.get("native", ""), f'{p["phone_disp"]}\n{p["email"]}\n{p["address"]}']], 2)
    add("Interest", "H"); add(p["interests"])
    add("Education", "H"); table([[w, f"{a}, {b}, {c}"] for a, b, c, w in p["edu"]], 2)
    add("USMLE", "H"); table([[x.split("—")[0].strip(), x.split("—")[1].strip()] for x in p["exams"]], 2)
    add("Visa / Work authorization: " + p["visa_disp"])
    add("Experience (USA and Sri Lanka)", "H")
    table([["Period", "Role", "Institution", "City"]] + [[e["when"], e["role"], e["org"], e["place"]] for e in p["exp"]], 4)
    add("Publications", "H")
    for t, ok in p["pubs"]:
        add(t)
    add("Languages", "H"); add(p["langs_disp"])
    add("Referees", "H"); table([[r["name"], f'{r["title"]}, {r["org"]}', f'{r["email"]} / {r["phone"]}'] for r in p["refs"]], 3)
    doc.save(out)


# ---------------------------------------------------------------- rtf / txt
def _rtf_esc(s):
    o = []
    for ch in s:
        n = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif n < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (n if n < 32768 else n - 65536))
    return "".join(o)


def rtf_handmade(p, out):
    R = _rtf_esc
    b = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}", r"\paperw11906\paperh16838\margl1134\margr1134"]
    b.append(r"\pard\qc\f0\fs34\b " + R(p["name"]) + r"\b0\par")
    b.append(r"\pard\qc\fs18 " + R(f'Final-year medical student | {p["address"]}') + r"\par")
    b.append(r"\pard\qc\fs18 " + R(f'Phone: {p["phone_disp"]} | E-mail: {p["email"]} | {p["born"]}') + r"\par\pard\sa120\par")

    def head(t):
        b.append(r"\pard\sb200\sa80\brdrb\brdrs\brdrw10\f0\fs24\b " + R(t) + r"\b0\par\pard\f1\fs21 ")
    head("Education")
    for a, s, c, w in p["edu"]:
        b.append(R(f"{a} \u2014 {s}, {c} ({w})") + r"\par")
    head("USMLE / ECFMG")
    for x in p["exams"]:
        b.append(r"\bullet  " + R(x) + r"\par")
    b.append(R("Visa: " + p["visa_disp"]) + r"\par")
    head("Career interest"); b.append(R(p["interests"]) + r"\par")
    for secname, es in sections(p).items():
        head(secname)
        for e in es:
            b.append(r"{\b " + R(e["role"]) + r"}\tab " + R(e["when"]) + r"\par")
            b.append(r"{\i " + R(f'{e["org"]}, {e["place"]}') + r"}\par")
    head("Research"); b.append(R("No publications yet; QI project on triage times at Dhulikhel Hospital (ongoing).") + r"\par")
    head("Languages"); b.append(R(p["langs_disp"]) + r"\par")
    head("Letters of recommendation from")
    for r in p["refs"]:
        b.append(R(ref_line(r)) + r"\par")
    b.append("}")
    open(out, "w", encoding="ascii").write("\n".join(b))


def txt_compact(p, out):
    open(out, "w", encoding="utf-8").write("\r\n".join(plain_lines(p)) + "\r\n")


def txt_markdown(p, out):
    L = [f"# {p['name']}, {p['suffix']}", "", f"**Phone:** {p['phone_disp']}  ", f"**Email:** <{p['email']}>  ", f"**Address:** {p['address']}", ""]
    L += ["## Objective", p["interests"] + " residency applicant (PGY-1).", "", "## Education"]
    L += [f"- **{a}**, {b}, {c} — {w}" for a, b, c, w in p["edu"]]
    L += ["", "## Exams"] + [f"- {x}" for x in p["exams"]] + [f"- Immigration: {p['visa_disp']}", ""]
    for secname, es in sections(p).items():
        L += [f"## {secname}", "", "| Dates | Role | Institution | Location |", "|---|---|---|---|"]
        L += [f"| {e['when']} | {e['role']} | {e['org']} | {e['place']} |" for e in es]
        L.append("")
    peer, other = pub_lines(p)
    L += ["## Publications"] + [f"{i}. {x}" for i, x in enumerate(peer, 1)] + ["", "### Posters"] + [f"- {x}" for x in other]
    L += ["", "## Languages", p["langs_disp"], "", "## References"] + [f"- {ref_line(r)}" for r in p["refs"]]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------------------------------------------------------- scans (Pillow)
def _page_image(p, seed, typewriter=False):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    fn = FONT_DIR + ("DejaVuSansMono.ttf" if typewriter else "DejaVuSerif.ttf")
    fb = FONT_DIR + ("DejaVuSansMono-Bold.ttf" if typewriter else "DejaVuSerif-Bold.ttf")
    f = ImageFont.truetype(fn, 25); fB = ImageFont.truetype(fb, 27); fT = ImageFont.truetype(fb, 46)
    y = 120
    lines = plain_lines(p)
    dr.text((130, y), lines[0], font=fT, fill=20); y += 80
    import textwrap
    for ln in lines[1:]:
        if not ln:
            y += 16; continue
        bold = ln.isupper() or ln.split(":")[0].isupper() and not ln.startswith("  ")
        for i, part in enumerate(textwrap.wrap(ln, 92 if not typewriter else 80) or [""]):
            dr.text((130 + (30 if i else 0), y), part, font=fB if bold else f, fill=25)
            y += 36
        if y > H - 120:
            break
    return img


def _degrade(img, seed, angle, blur, contrast, noise):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, noise, a.shape)
    # uneven lighting
    h, w = a.shape
    grad = np.linspace(0, 18, w)[None, :] + np.linspace(0, 10, h)[:, None]
    a = np.clip(a - grad, 0, 255).astype("uint8")
    return Image.fromarray(a)


def scan_png(p, out, seed=1, angle=1.2):
    img = _degrade(_page_image(p, seed), seed, angle, 1.1, 0.6, 14)
    img.save(out, dpi=(200, 200))


def scan_jpg(p, out, seed=2, angle=-1.6):
    img = _degrade(_page_image(p, seed, typewriter=True), seed, angle, 1.4, 0.55, 18).convert("RGB")
    # yellowish paper photo tint
    from PIL import Image
    r, g, b = img.split()
    b = b.point(lambda v: int(v * 0.88)); r = r.point(lambda v: min(255, int(v * 1.02)))
    Image.merge("RGB", (r, g, b)).save(out, quality=72, dpi=(200, 200))


def scan_pdf(p, out, seed=3, angle=0.7):
    img = _degrade(_page_image(p, seed), seed, angle, 0.9, 0.7, 11)
    img.save(out, "PDF", resolution=200.0)


# ---------------------------------------------------------------- damaged
def damaged_truncated(p, out):
    tmp = out + ".full"
    reportlab_oneline(p, tmp)
    data = open(tmp, "rb").read(); os.remove(tmp)
    open(out, "wb").write(data[: int(len(data) * 0.45)])


def damaged_encrypted(p, out):
    reportlab_table(p, out, encrypt="Karachi2025")


def damaged_random(p, out):
    rng = random.Random(9022)
    open(out, "wb").write(bytes(rng.randrange(256) for _ in range(18000)))


def scan_pdf_chromium(p, out, seed=16, angle=0.7):
    """Print the HTML sidebar CV with Chromium, rasterise with pdftoppm, degrade, save image-only PDF."""
    from PIL import Image
    tmpd = tempfile.mkdtemp()
    chromium_sidebar(p, os.path.join(tmpd, "cv.pdf"))
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1", os.path.join(tmpd, "cv.pdf"),
                    os.path.join(tmpd, "pg")], check=True)
    pg = [x for x in os.listdir(tmpd) if x.startswith("pg")][0]
    img = Image.open(os.path.join(tmpd, pg)).convert("L")
    img = _degrade(img, seed, angle, 0.8, 0.75, 12)
    img.save(out, "PDF", resolution=150.0)
    shutil.rmtree(tmpd)


def scan_pdf_lowcontrast(p, out, seed=20, angle=-1.9):
    img = _degrade(_page_image(p, seed), seed, angle, 0.9, 0.5, 8)
    img.save(out, "PDF", resolution=200.0)


def scan_photo_png(p, out, seed=24, angle=-0.6):
    """Phone photo of a printed page lying on a desk: perspective, dark surround, uneven light."""
    from PIL import Image, ImageFilter
    import numpy as np
    page = _page_image(p, seed).convert("RGB")
    W, H = page.size
    bg = Image.new("RGB", (W + 260, H + 300), (92, 74, 58))
    rng = np.random.default_rng(seed)
    bga = np.asarray(bg).astype(np.float32) + rng.normal(0, 9, (H + 300, W + 260, 1))
    bg = Image.fromarray(np.clip(bga, 0, 255).astype("uint8"))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    bg.paste(page, (120, 150))
    # mild perspective (top edge narrower)
    w, h = bg.size
    coeffs = _persp([(0, 0), (w, 0), (w, h), (0, h)], [(45, 20), (w - 30, 0), (w, h), (0, h - 10)])
    bg = bg.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(60, 50, 40))
    bg = bg.filter(ImageFilter.GaussianBlur(1.2))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.25 * ((xx - w * 0.3) ** 2 + (yy - h * 0.35) ** 2) / (w ** 2 + h ** 2)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 7, a.shape)
    Image.fromarray(np.clip(a, 0, 255).astype("uint8")).resize((w * 3 // 4, h * 3 // 4)).save(out)


def _persp(src, dst):
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))
