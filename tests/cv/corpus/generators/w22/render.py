# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html
sys.path.insert(0, os.path.dirname(__file__))
from data import CVS, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WORK = "/tmp/w22_work"
os.makedirs(FILES, exist_ok=True); os.makedirs(WORK, exist_ok=True)
DJ = "/usr/share/fonts/truetype/dejavu/"

def fname(cv): return f"w22_{cv['n']}_{cv['layout']}.{cv['ext']}"

def item_lines(it):
    if isinstance(it, str): return [(it, None, [])]
    return [(it["h"], it.get("d"), it.get("sub", []))]

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- DOCX
def docx_build(cv, path, mode):
    from docx import Document
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8); s.top_margin = s.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]; st.font.name = "Calibri" if mode != "eras" else "Times New Roman"; st.font.size = Pt(10.5)
    if mode == "header":
        hp = d.sections[0].header.paragraphs[0]
        hp.text = cv["header_lines"][0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs: r.font.size = Pt(9)
    p = d.add_paragraph(); r = p.add_run(cv["display_name"]); r.bold = True; r.font.size = Pt(17)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if mode in ("eras", "header") else WD_ALIGN_PARAGRAPH.LEFT
    if mode == "table":
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for k, v in cv["table_rows"]:
            c = t.add_row().cells; c[0].text = k; c[1].text = v
    for line in cv.get("contact_lines", []):
        q = d.add_paragraph(line); q.alignment = p.alignment; q.paragraph_format.space_after = Pt(0)
    for title, items in cv["sections"]:
        if mode == "eras":
            h = d.add_paragraph(); rr = h.add_run(title); rr.bold = True; rr.font.size = Pt(11.5)
            h.paragraph_format.space_before = Pt(10)
        else:
            h = d.add_heading(title.title() if mode == "header" else title, level=2)
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    q = d.add_paragraph(); q.paragraph_format.tab_stops.add_tab_stop(Inches(6.4), alignment=2)
                    q.add_run(head).bold = True; q.add_run("\t" + dt)
                    q.paragraph_format.space_after = Pt(0)
                    for s_ in sub:
                        b = d.add_paragraph(s_, style="List Bullet"); b.paragraph_format.space_after = Pt(0)
                else:
                    style = "List Bullet" if mode in ("plain", "header") and len(head) < 400 else None
                    q = d.add_paragraph(head, style=style); q.paragraph_format.space_after = Pt(2)
    d.save(path)

# ---------------- ODT
def odt_build(cv, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    big.addElement(ParagraphProperties(textalign="center")); doc.styles.addElement(big)
    ctr = Style(name="Ctr", family="paragraph"); ctr.addElement(ParagraphProperties(textalign="center")); doc.styles.addElement(ctr)
    hs = Style(name="Sec", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1F4E79"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1F4E79")); doc.styles.addElement(hs)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ind = Style(name="Ind", family="paragraph"); ind.addElement(ParagraphProperties(marginleft="0.6cm")); doc.styles.addElement(ind)
    doc.text.addElement(P(stylename=big, text=cv["display_name"]))
    for l in cv["contact_lines"]: doc.text.addElement(P(stylename=ctr, text=l))
    for title, items in cv["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=title))
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    p = P(); p.addElement(Span(stylename=bold, text=dt + "    ")); p.addText(head); doc.text.addElement(p)
                    for s_ in sub: doc.text.addElement(P(stylename=ind, text=s_))
                else:
                    doc.text.addElement(P(text=head))
    doc.save(path)

# ---------------- RTF
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def rtf_build(cv, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\f1\fs21",
         r"{\pard\qc\b\fs32 " + rtf_esc(cv["display_name"]) + r"\par}"]
    for l in cv["contact_lines"]: L.append(r"{\pard\qc\fs19 " + rtf_esc(l) + r"\par}")
    for title, items in cv["sections"]:
        L.append(r"{\pard\sb240\sa60\brdrb\brdrs\brdrw10\b\fs23 " + rtf_esc(title) + r"\par}")
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    L.append(r"{\pard\tx7200\b " + rtf_esc(head) + r"\b0\tab " + rtf_esc(dt) + r"\par}")
                    for s_ in sub: L.append(r"{\pard\li360 " + rtf_esc(s_) + r"\par}")
                else:
                    L.append(r"{\pard\li0\sa40 " + rtf_esc(head) + r"\par}")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ---------------- reportlab
def rl_build(cv, path, academic=False):
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import inch
    pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DS", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DSB", DJ + "DejaVuSans-Bold.ttf"))
    f, fb = ("DV", "DVB") if academic else ("DS", "DSB")
    body = ParagraphStyle("b", fontName=f, fontSize=9.5 if academic else 10, leading=12.5)
    hang = ParagraphStyle("h", parent=body, leftIndent=14, firstLineIndent=-14, spaceAfter=2)
    sec = ParagraphStyle("s", fontName=fb, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=3, textColor="#222266")
    nm = ParagraphStyle("n", fontName=fb, fontSize=18, leading=22, alignment=1)
    ctr = ParagraphStyle("c", parent=body, alignment=1)
    e = html.escape
    story = [Paragraph(e(cv["display_name"]), nm)]
    if cv.get("alt_name"): story.append(Paragraph(e(cv["alt_name"]), ctr))
    for l in cv["contact_lines"]: story.append(Paragraph(e(l), ctr))
    story.append(Spacer(1, 6))
    for title, items in cv["sections"]:
        story.append(Paragraph(e(title.upper() if not academic else title), sec))
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    left = [Paragraph("<b>%s</b>" % e(head), body)] + [Paragraph(e(s_), body) for s_ in sub]
                    t = Table([[left, Paragraph(e(dt), ParagraphStyle("r", parent=body, alignment=2))]],
                              colWidths=[5.3 * inch, 1.6 * inch])
                    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                    story.append(t)
                else:
                    story.append(Paragraph(e(head), hang))
    def foot(c, d_):
        c.saveState(); c.setFont(f, 8); c.drawRightString(7.7 * inch, 0.45 * inch, "%s — page %d" % (cv["display_name"].split(",")[0], d_.page)); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=LETTER, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title="Curriculum Vitae", author="")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)

# ---------------- fpdf2
def fpdf_build(cv, path, sidebar):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DS", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DS", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    if sidebar:
        pdf.set_fill_color(38, 70, 83); pdf.rect(0, 0, 62, 297, "F")
        pdf.set_text_color(255, 255, 255); y = 20
        for title, lines in cv["sidebar"]:
            pdf.set_xy(7, y); pdf.set_font("DS", "B", 10); pdf.cell(50, 6, title); y += 8
            pdf.set_font("DS", "", 8.5)
            for l in lines:
                pdf.set_xy(7, y); pdf.multi_cell(50, 4.5, l); y = pdf.get_y() + 1
            y += 6
        pdf.set_text_color(0, 0, 0); x0, w = 68, 134
        pdf.set_xy(x0, 18); pdf.set_font("DS", "B", 19); pdf.multi_cell(w, 9, cv["display_name"])
        pdf.set_x(x0); pdf.set_font("DS", "", 11); pdf.cell(w, 7, cv["title"]); pdf.ln(10)
        pdf.set_left_margin(x0)
    else:
        x0, w = 15, 180
        pdf.set_font("DS", "B", 18); pdf.cell(w, 10, cv["display_name"], align="C"); pdf.ln(10)
        pdf.set_font("DS", "", 9.5)
        for l in cv["contact_lines"]: pdf.cell(w, 5, l, align="C"); pdf.ln(5)
        pdf.ln(3)
    for title, items in cv["sections"]:
        pdf.set_x(x0); pdf.set_font("DS", "B", 11); pdf.set_text_color(38, 70, 83); pdf.cell(w, 7, title); pdf.ln(7)
        pdf.set_draw_color(38, 70, 83); pdf.line(x0, pdf.get_y(), x0 + w, pdf.get_y()); pdf.ln(1.5)
        pdf.set_text_color(0, 0, 0)
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    pdf.set_x(x0); pdf.set_font("DS", "B", 9.5); pdf.cell(w - 35, 5, head)
                    pdf.set_font("DS", "", 9); pdf.cell(35, 5, dt, align="R"); pdf.ln(5)
                    for s_ in sub:
                        pdf.set_x(x0 + 3); pdf.multi_cell(w - 3, 4.6, s_); 
                else:
                    pdf.set_x(x0); pdf.set_font("DS", "", 9.3); pdf.multi_cell(w, 4.8, ("• " if not sidebar else "") + head)
                pdf.ln(1)
        pdf.ln(2)
    pdf.set_title("CV"); pdf.output(path)

# ---------------- HTML -> Chromium
def chromium_pdf(html_str, out):
    src = os.path.join(WORK, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_str)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def html_linkedin(cv):
    e = html.escape; c = cv["contact"]
    side = f"""<h3>Contact</h3><p>{e(c['phone'])}</p><p>{e(c['email'])}</p><p>{e(c['linkedin'])} (LinkedIn)</p>
    <h3>Top Skills</h3>{''.join('<p>%s</p>' % e(s) for s in cv['top_skills'])}
    <h3>Languages</h3>{''.join('<p>%s</p>' % e(s) for s in cv['languages_side'])}
    <h3>Certifications</h3>{''.join('<p>%s</p>' % e(s) for s in cv['certs'])}"""
    exp = "".join(f"""<div class=job><div class=co>{e(co)}</div><div class=ti>{e(ti)}</div><div class=gr>{e(dt)}</div>
      <div class=gr>{e(loc)}</div><p>{e(desc)}</p></div>""" for co, ti, dt, loc, desc in cv["experience"])
    edu = "".join(f"<div class=job><div class=co>{e(a)}</div><div>{e(b)}</div></div>" for a, b in cv["education"])
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
    @page {{ size: Letter; margin: 0.4in 0.3in; }} body {{ font-family: 'Liberation Sans', Arial; margin:0; color:#181818 }}
    .wrap {{ display:flex }} .side {{ width: 30%; background:#e8eef2; padding: 18px 14px; font-size: 10.5pt; }}
    .side h3 {{ font-size: 13pt; margin: 16px 0 6px }} .side p {{ margin: 3px 0; word-break: break-all }}
    .main {{ width: 70%; padding: 18px 26px; }} h1 {{ font-size: 26pt; margin: 0 }} .hl {{ font-size: 12pt; margin: 4px 0 }}
    .loc {{ color:#777; font-size: 11pt }} h2 {{ font-size: 16pt; margin: 20px 0 8px; }}
    .co {{ font-size: 12.5pt }} .ti {{ font-weight:bold; font-size: 11pt }} .gr {{ color:#777; font-size: 10.5pt }}
    .job {{ margin-bottom: 12px }} p {{ font-size: 10.5pt }}</style></head><body><div class=wrap>
    <div class=side>{side}</div><div class=main><h1>{e(cv['display_name'])}</h1><div class=hl>{e(cv['headline'])}</div>
    <div class=loc>{e(cv['location'])}</div><h2>Summary</h2><p>{e(cv['summary'])}</p><h2>Experience</h2>{exp}
    <h2>Education</h2>{edu}</div></div><div style="text-align:center;color:#999;font-size:9pt">Page 1 of 1</div></body></html>"""

def html_footer(cv):
    e = html.escape
    body = ""
    for title, items in cv["sections"]:
        body += f"<h2>{e(title)}</h2>"
        for it in items:
            for head, dt, sub in item_lines(it):
                if dt:
                    body += f"<div class=row><span class=h>{e(head)}</span><span class=d>{e(dt)}</span></div>"
                    body += "".join(f"<div class=sub>{e(s)}</div>" for s in sub)
                else:
                    body += f"<div class=pl>{e(head)}</div>"
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
    @page {{ size: A4; margin: 18mm 18mm 22mm 18mm; }} body {{ font-family: 'DejaVu Serif', Georgia; font-size: 10.5pt; }}
    h1 {{ font-size: 22pt; text-align:center; letter-spacing: 1px; margin-bottom: 18px }}
    h2 {{ font-variant: small-caps; border-bottom: 1px solid #444; font-size: 13pt; margin: 16px 0 6px }}
    .row {{ display:flex; justify-content: space-between; margin-top: 4px }} .h {{ font-weight: bold }} .sub {{ margin-left: 16px; font-style: italic }}
    .pl {{ margin: 3px 0 }} .foot {{ position: fixed; bottom: 0; left:0; right:0; text-align:center; font-size: 8.5pt; color:#555; border-top: 1px solid #bbb; padding-top: 3px }}
    </style></head><body><h1>{e(cv['display_name'])}</h1>{body}<div class=foot>{e(cv['footer'])}</div></body></html>"""

# ---------------- scans
def degrade(cv, pdf, out):
    from PIL import Image, ImageFilter, ImageEnhance, ImageOps
    import numpy as np
    base = os.path.join(WORK, "scan_" + cv["n"])
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, base], check=True)
    cand = [x for x in os.listdir(WORK) if x.startswith("scan_" + cv["n"]) and x.endswith(".png")]
    im = Image.open(os.path.join(WORK, sorted(cand)[0])).convert("L")
    rnd = np.random.default_rng(int(cv["n"]))
    kind = cv["scan"]
    if kind in ("photo", "photo2"):
        im = im.convert("RGB")
        W, H = im.size
        pad = Image.new("RGB", (int(W * 1.15), int(H * 1.12)), (92, 78, 64) if kind == "photo" else (140, 140, 150))
        pad.paste(im, (int(W * 0.07), int(H * 0.05)))
        W2, H2 = pad.size
        # perspective: quad source corners -> output
        d = 0.04 if kind == "photo" else 0.025
        quad = (W2 * d, H2 * 0.01, W2 * 0.0, H2 * (1 - 0.0), W2 * (1 - 0.0), H2 * (1 - 0.02), W2 * (1 - d * 1.5), H2 * 0.0)
        pad = pad.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC)
        pad = pad.rotate(1.3 if kind == "photo" else -0.8, resample=Image.BICUBIC, expand=False, fillcolor=(80, 70, 60))
        a = np.asarray(pad).astype(float)
        yy = np.linspace(0.82, 1.05, a.shape[0])[:, None, None]  # uneven lighting
        a = a * yy * np.array([1.0, 0.97, 0.88]) + rnd.normal(0, 7, a.shape)
        pad = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(1.1))
        pad = pad.resize((int(W2 * 0.8), int(H2 * 0.8)))
        pad.save(out, "JPEG", quality=68)
    elif kind == "fax":
        im = im.resize((int(im.size[0] * 200 / 150 * 0.75), int(im.size[1] * 200 / 150 * 0.75)))
        im = im.rotate(0.7, resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(float) + rnd.normal(0, 25, (im.size[1], im.size[0]))
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).point(lambda v: 255 if v > 150 else 0).convert("1")
        # stray specks
        px = im.load()
        for _ in range(1500):
            px[int(rnd.integers(0, im.size[0])), int(rnd.integers(0, im.size[1]))] = 0
        im.save(out, "PDF", resolution=150)
    elif kind == "lowcontrast":
        im = im.rotate(-0.6, resample=Image.BICUBIC, fillcolor=255)
        im = ImageEnhance.Contrast(im).enhance(0.32)
        a = np.asarray(im).astype(float) + 25 + rnd.normal(0, 6, (im.size[1], im.size[0]))
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.7))
        im.save(out, "PNG")
    elif kind == "rotated":
        im = im.rotate(1.6, resample=Image.BICUBIC, fillcolor=250, expand=True)
        a = np.asarray(im).astype(float) * 0.93 + 10 + rnd.normal(0, 10, (im.size[1], im.size[0]))
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.9))
        im.save(out, "PDF", resolution=150)

def build_one(cv):
    out = os.path.join(FILES, fname(cv)); r = cv["render"]
    if r == "docx_eras_pdf":
        src = os.path.join(WORK, fname(cv).replace(".pdf", ".docx")); docx_build(cv, src, "eras")
        soffice(src, "pdf", WORK); shutil.copy(src.replace(".docx", ".pdf"), out)
    elif r == "docx_plain": docx_build(cv, out, "plain")
    elif r == "docx_header": docx_build(cv, out, "header")
    elif r == "docx_table": docx_build(cv, out, "table")
    elif r == "odt": odt_build(cv, out)
    elif r == "rtf": rtf_build(cv, out)
    elif r == "txt_email": open(out, "w", encoding="utf-8", newline="\r\n").write(cv["text"])
    elif r == "rl_academic": rl_build(cv, out, academic=True)
    elif r == "rl_simple": rl_build(cv, out)
    elif r == "fpdf_sidebar": fpdf_build(cv, out, True)
    elif r == "fpdf_simple": fpdf_build(cv, out, False)
    elif r == "html_linkedin": chromium_pdf(html_linkedin(cv), out)
    elif r == "html_footer": chromium_pdf(html_footer(cv), out)
    elif r == "scan":
        src = os.path.join(WORK, "src_%s.pdf" % cv["n"]); rl_build(cv, src); degrade(cv, src, out)
    return out

def build_damaged(dm):
    out = os.path.join(FILES, f"w22_{dm['n']}_{dm['layout']}.{dm['ext']}")
    if dm["layout"] == "truncated_pdf":
        src = [c for c in CVS if c["n"] == dm["src"]][0]
        b = open(os.path.join(FILES, fname(src)), "rb").read(); open(out, "wb").write(b[: int(len(b) * 0.42)])
    elif dm["layout"] == "encrypted_pdf":
        from pypdf import PdfReader, PdfWriter
        src = [c for c in CVS if c["n"] == dm["src"]][0]
        w = PdfWriter(); [w.add_page(p) for p in PdfReader(os.path.join(FILES, fname(src))).pages]
        w.encrypt(user_password="Rotation2026!", owner_password="o-w22-owner", algorithm="RC4-128"); w.write(out)
    else:
        rnd = random.Random(24); data = bytes(rnd.getrandbits(8) for _ in range(23817))
        open(out, "wb").write(b"PK\x03\x04" + data)
    return out

def months(ents):
    seen = set()
    for x in ents:
        y, m = map(int, x["start"].split("-")); y2, m2 = map(int, x["end"].split("-"))
        while (y, m) <= (y2, m2):
            seen.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(seen)

def main():
    only = sys.argv[1:]
    truth = []
    for cv in CVS:
        if only and cv["n"] not in only: continue
        build_one(cv); print("built", fname(cv))
        t = {"file": fname(cv), "layout": cv["layout"]}; tr = dict(cv["truth"]); ents = tr.pop("usce_entries")
        t.update(tr); t["usce_months"] = months(ents); t["usce_months_clinical"] = months([x for x in ents if x["type"] in ("hands_on", "observership")])
        t["usce_entries"] = ents
        if cv["render"] == "scan": t["needs_ocr"] = True
        truth.append(t)
    if not only:
        for dm in DAMAGED:
            o = build_damaged(dm); print("built", os.path.basename(o))
            truth.append({"file": os.path.basename(o), "layout": dm["layout"], "error": True})
        with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
            for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
