# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html, io
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED
from content import sections, contact_lines
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "files"))
TMP = "/tmp/w81_build"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def fname(p): return f"w81_{p['n']:03d}_{p['layout']}.{p['ext']}"

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)

# ---------- python-docx ----------
def make_docx(p, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    if mode in ("table",):
        hp = sec.header.paragraphs[0]
        hp.text = "  |  ".join(contact_lines(p)[:2])
    if mode in ("footer", "header_footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = " · ".join(contact_lines(p))
    if mode == "header_footer":
        sec.header.paragraphs[0].text = "Curriculum Vitae — " + p["full_name"]
    t = d.add_paragraph(); r = t.add_run(p.get("title", "") + " " * bool(p.get("title")) + (p["full_name"].upper() if mode == "table" else p["full_name"])); r.bold = True; r.font.size = Pt(18)
    if mode == "textbox":
        add_textbox(d, contact_lines(p))
    d.add_paragraph(p["degree"])
    for head, lines in sections(p):
        hh = d.add_paragraph(); rr = hh.add_run(head); rr.bold = True; rr.font.size = Pt(12)
        if mode == "table" and len(lines) > 1 and ("|" in lines[0]):
            tb = d.add_table(rows=0, cols=3); tb.style = "Table Grid"
            for ln in lines:
                cells = tb.add_row().cells
                parts = [x.strip() for x in ln.split("|")] + ["", ""]
                for i in range(3): cells[i].text = parts[i]
        else:
            for ln in lines:
                d.add_paragraph(ln, style="List Bullet" if mode == "header_footer" else None)
    if mode == "table":
        tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
        tb.rows[0].cells[0].text = "Fecha de nacimiento: " + str(p["born"])
        tb.rows[0].cells[1].text = "Lugar: " + p["city"]
    d.save(path)

def add_textbox(d, lines):
    """Insert a VML text box (floating, right side) holding the contact lines."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>' for l in lines)
    xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict><v:shape id="tb1" o:spt="202" type="#_x0000_t202" '
           'style="position:absolute;margin-left:300pt;margin-top:-40pt;width:200pt;height:60pt;z-index:1">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.append(parse_xml(xml))
    # move before sectPr
    body = d.element.body; sp = body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sp is not None: body.remove(sp); body.append(sp)

# ---------- HTML ----------
def make_html(p, mode):
    S = sections(p); e = html.escape
    css = """@page{size:A4;margin:14mm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#222}
    h1{font-size:20pt;margin:0} h2{font-size:11pt;border-bottom:2px solid #2a6f97;color:#2a6f97;margin:10px 0 4px}
    .wrap{display:flex} .side{width:30%;background:#eef3f7;padding:8px;margin-right:12px;overflow-wrap:anywhere;font-size:9pt} .main{width:70%}
    table{border-collapse:collapse;width:100%} td{border:1px solid #bbb;padding:3px;vertical-align:top;font-size:9pt}"""
    body = ""
    if mode == "sidebar":
        side = "<h2>Contacto</h2>" + "".join(f"<p>{e(x)}</p>" for x in contact_lines(p))
        langs = [s for s in S if s[0] in ("IDIOMAS",)]
        main = f"<h1>{e(p['full_name'])}</h1><p>{e(p['degree'])}</p>"
        for hd, ls in S:
            main += f"<h2>{e(hd)}</h2>" + "".join(f"<p>{e(x)}</p>" for x in ls)
        body = f"<div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div>"
    else:
        body = f"<h1>{e(p['full_name'])}</h1><table><tr>" + "".join(f"<td>{e(x)}</td>" for x in contact_lines(p)) + "</tr></table>"
        for hd, ls in S:
            body += f"<h2>{e(hd)}</h2><table>"
            for x in ls:
                parts = x.split(" | ")
                body += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in parts) + "</tr>"
            body += "</table>"
    return f"<!doctype html><html lang='{p['lang']}'><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"

def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True, timeout=180)

# ---------- reportlab ----------
def make_reportlab(p, out, bold_name=True):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=15, spaceBefore=6)
    ts = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21)
    story = [Paragraph(escape((p.get("title", "") + " ").lstrip() + p["full_name"]) + (", MD" if p["lang"] == "en" else ""), ts), Paragraph(escape(" • ".join(contact_lines(p))), n), Spacer(1, 6)]
    for hd, ls in sections(p):
        story.append(Paragraph(escape(hd), hs))
        for x in ls: story.append(Paragraph(escape("– " + x), n))
    SimpleDocTemplate(out, pagesize=letter if p["lang"] == "en" else A4, title="CV", author=p["full_name"]).build(story)

# ---------- fpdf2 ----------
def make_fpdf(p, out, twocol):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 15); pdf.add_page()
    S = sections(p)
    if twocol:
        pdf.set_fill_color(230, 236, 240); pdf.rect(0, 0, 62, 297, "F")
        pdf.set_xy(6, 12); pdf.set_font("DV", "B", 13); pdf.multi_cell(52, 6, p["full_name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8)
        for x in contact_lines(p): pdf.set_x(6); pdf.multi_cell(52, 4.5, x, new_x="LMARGIN", new_y="NEXT")
        side = [s for s in S if s[0] in ("IDIOMAS", "REFERENCIAS")]
        for hd, ls in side:
            pdf.set_x(6); pdf.set_font("DV", "B", 9); pdf.multi_cell(52, 6, hd, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 7.5)
            for x in ls: pdf.set_x(6); pdf.multi_cell(52, 4, x, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(68); pdf.set_xy(68, 12)
        main = [s for s in S if s not in side]
    else:
        pdf.set_font("DV", "B", 16); pdf.cell(0, 9, p["full_name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, "  ·  ".join(contact_lines(p)), new_x="LMARGIN", new_y="NEXT")
        main = S
        pdf.set_font("DV", "", 8); pdf.multi_cell(0, 4.5, "Curriculum Vitae (Português / English summary)", new_x="LMARGIN", new_y="NEXT")
    for hd, ls in main:
        pdf.set_font("DV", "B", 10.5); pdf.cell(0, 7, hd, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 8.5)
        for x in ls:
            if twocol: pdf.set_x(68)
            pdf.multi_cell(0, 4.6, "• " + x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

# ---------- txt / rtf ----------
def make_txt(p):
    L = [p["full_name"], p["degree"], *contact_lines(p), ""]
    for hd, ls in sections(p):
        L += [hd, "-" * len(hd)] + [("  * " + x) for x in ls] + [""]
    return "\n".join(L) + "\n"

def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)

def make_rtf(p):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20 "]
    r.append(r"{\header\pard\qr\fs16 " + rtf_esc(" | ".join(contact_lines(p))) + r"\par}")
    r.append(r"\pard\qc\b\fs32 " + rtf_esc((p.get("title", "") + " ").lstrip() + p["full_name"]) + r"\b0\fs20\par " + rtf_esc(p["degree"]) + r"\par\pard\ql ")
    for hd, ls in sections(p):
        r.append(r"\par\b " + rtf_esc(hd) + r"\b0\par ")
        for x in ls: r.append(r"\bullet  " + rtf_esc(x) + r"\par ")
    r.append("}")
    return "\n".join(r)

# ---------- scans ----------
def scanify(p, out, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = random.Random(seed)
    pdf = os.path.join(TMP, f"scan_{p['n']}.pdf")
    make_reportlab(p, pdf)
    base = os.path.join(TMP, f"scan_{p['n']}")
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, base], check=True)
    pages = sorted(x for x in os.listdir(TMP) if x.startswith(f"scan_{p['n']}-") and x.endswith(".png"))
    imgs = []
    for pg in pages:
        im = Image.open(os.path.join(TMP, pg)).convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype("float32")
        a += np.random.default_rng(seed).normal(0, 12, a.shape)
        if kind == "lowcontrast": a = 110 + a * 0.45
        im = Image.fromarray(a.clip(0, 255).astype("uint8"))
        im = im.filter(ImageFilter.GaussianBlur(1.4 if kind == "blur" else 0.6))
        if kind != "lowcontrast": im = ImageEnhance.Contrast(im).enhance(0.8)
        imgs.append(im)
    if out.endswith(".pdf"):
        imgs[0].convert("RGB").save(out, "PDF", resolution=150, save_all=True, append_images=[i.convert("RGB") for i in imgs[1:]])
    elif out.endswith(".png"):
        imgs[0].save(out)   # first page photo (page 1 holds everything needed? see NOTES)
    else:
        imgs[0].convert("RGB").save(out, "JPEG", quality=70)
    return len(imgs)

def build():
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    for p in P:
        out = os.path.join(OUT, fname(p)); L = p["layout"]
        if L == "docx_table": make_docx(p, out, "table")
        elif L == "docx_textbox": make_docx(p, out, "textbox")
        elif L == "docx_header_footer": make_docx(p, out, "header_footer")
        elif L == "docx_lo_pdf_footer":
            src = os.path.join(TMP, fname(p).replace(".pdf", ".docx")); make_docx(p, src, "footer")
            soffice(src, "pdf", TMP); shutil.move(src.replace(".docx", ".pdf"), out)
        elif L == "odt_soffice":
            src = os.path.join(TMP, fname(p).replace(".odt", ".docx")); make_docx(p, src, "table")
            soffice(src, "odt", TMP); shutil.move(src.replace(".docx", ".odt"), out)
        elif L == "html_chromium_sidebar": chromium_pdf(make_html(p, "sidebar"), out)
        elif L == "html_chromium_table": chromium_pdf(make_html(p, "table"), out)
        elif L == "html_lo_docx":
            src = os.path.join(TMP, fname(p).replace(".docx", ".html")); open(src, "w", encoding="utf-8").write(make_html(p, "table"))
            soffice(src, "docx:MS Word 2007 XML", TMP); shutil.move(src.replace(".html", ".docx"), out)
        elif L.startswith("reportlab"): make_reportlab(p, out)
        elif L == "fpdf2_twocol": make_fpdf(p, out, True)
        elif L == "fpdf2_mixed_lang": make_fpdf(p, out, False)
        elif L.startswith("txt"): open(out, "w", encoding="utf-8").write(make_txt(p))
        elif L == "rtf_hand": open(out, "w", encoding="ascii").write(make_rtf(p))
        elif L == "rtf_lo_pdf":
            src = os.path.join(TMP, fname(p).replace(".pdf", ".rtf")); open(src, "w", encoding="ascii").write(make_rtf(p))
            soffice(src, "pdf", TMP); shutil.move(src.replace(".rtf", ".pdf"), out)
        elif L.startswith("scan_"):
            kind = "lowcontrast" if "lowcontrast" in L else "blur" if "blur" in L else "plain"
            scanify(p, out, kind, p["n"])
        else: raise SystemExit("unknown layout " + L)
        print("built", fname(p))
    # damaged
    from pypdf import PdfReader, PdfWriter
    donor = os.path.join(OUT, fname(P[3]))  # reportlab pdf
    for n, L, ext in DAMAGED:
        out = os.path.join(OUT, f"w81_{n:03d}_{L}.{ext}")
        if L == "damaged_truncated_pdf":
            b = open(os.path.join(OUT, fname(P[2])), "rb").read(); open(out, "wb").write(b[: len(b) // 3])
        elif L == "damaged_encrypted_pdf":
            w = PdfWriter(clone_from=PdfReader(donor)); w.encrypt(user_password="cv2025", owner_password="owner-w81", algorithm="RC4-128"); w.write(out)
        elif L == "damaged_random_docx":
            open(out, "wb").write(random.Random(24).randbytes(20000))
        print("built", os.path.basename(out))

if __name__ == "__main__":
    build()
