# -*- coding: utf-8 -*-
import os, sys, json, random, subprocess, shutil, html, tempfile
from cvs import CVS
W = "w95"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = os.path.join(ROOT, "tmp")
DEJ = "/usr/share/fonts/truetype/dejavu/"
random.seed(95)

def parse(body):
    lines = body.split("\n"); name = lines[0]; contacts = []; secs = []
    for l in lines[1:]:
        if l.startswith("@"): contacts.append(l[1:])
        elif l.startswith("## "): secs.append([l[3:], []])
        elif l.strip(): secs[-1][1].append(l)
    return name, contacts, secs

def fname(c): return f"{W}_{c['n']:03d}_{c['layout']}.{c['ext']}"

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------- python-docx ----------
def docx_doc(c, mode):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    name, contacts, secs = parse(c["body"]); d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri" if mode != "tabs" else "Cambria"; st.font.size = Pt(10.5)
    if mode == "header":
        hp = d.sections[0].header.paragraphs[0]; hp.text = c["opt"]["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if "footer" in c["opt"]:
        fp = d.sections[0].footer.paragraphs[0]; fp.text = c["opt"]["footer"]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); r = p.add_run(name); r.bold = True; r.font.size = Pt(18)
    if mode == "table" and contacts:
        t = d.add_table(rows=1, cols=len(contacts)); t.style = "Table Grid"
        for i, cc in enumerate(contacts): t.rows[0].cells[i].text = cc
    else:
        for cc in contacts: d.add_paragraph(cc)
    for h, items in secs:
        if mode == "tabs": hp = d.add_paragraph(); rr = hp.add_run(h); rr.bold = True; rr.underline = True
        else: d.add_heading(h, level=2)
        for it in items:
            if it.startswith("- "): d.add_paragraph(it[2:], style="List Bullet")
            else: d.add_paragraph(it)
        if c["opt"].get("pad"): d.add_paragraph(""); d.add_paragraph("")
    return d

# ---------- reportlab ----------
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    pdfmetrics.registerFont(TTFont("DV", DEJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", DEJ + "DejaVuSans-Bold.ttf"))
    return (ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5), ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=16, spaceBefore=8),
            ParagraphStyle("t", fontName="DVB", fontSize=20, leading=24))

def reportlab_twocol(c, path):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, Spacer
    from reportlab.lib.pagesizes import A4
    n, h, t = rl_styles(); name, contacts, secs = parse(c["body"]); e = html.escape
    W_, H_ = A4
    side = Frame(22, 40, 172, H_ - 80, id="side"); main = Frame(210, 40, W_ - 240, H_ - 80, id="main")
    def bg(cv, doc): cv.setFillColorRGB(0.9, 0.93, 0.97); cv.rect(0, 0, 200, H_, stroke=0, fill=1)
    doc = BaseDocTemplate(path, pagesize=A4, title="CV", author="")
    doc.addPageTemplates([PageTemplate(frames=[side, main], onPage=bg)])
    from reportlab.lib.styles import ParagraphStyle
    sm = ParagraphStyle("sm", parent=n, fontSize=7.6, leading=10)
    story = [Paragraph("CONTACT", h)] + [Paragraph(e(x), sm) for x in contacts]
    side_secs = [s for s in secs if s[0] in ("Languages", "Scores", "Referees")]
    for hh, items in side_secs:
        story += [Paragraph(e(hh.upper()), h)] + [Paragraph(e(x), n) for x in items]
    story.append(FrameBreak()); story.append(Paragraph(e(name), t)); story.append(Spacer(1, 6))
    for hh, items in secs:
        if [hh, items] in side_secs: continue
        story += [Paragraph(e(hh), h)] + [Paragraph(e(x.lstrip("- ")), n) for x in items]
    doc.build(story)

def reportlab_footer(c, path):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.pagesizes import letter
    n, h, t = rl_styles(); name, contacts, secs = parse(c["body"]); e = html.escape
    def foot(cv, doc):
        cv.setFont("DV", 8); cv.drawCentredString(letter[0] / 2, 25, c["opt"]["footer"] + f"   —   page {doc.page}")
    doc = SimpleDocTemplate(path, pagesize=letter, topMargin=50, bottomMargin=50)
    story = [Paragraph(e(name), t)] + [Paragraph(e(x), n) for x in contacts]
    for hh, items in secs:
        story += [Paragraph(e(hh), h)] + [Paragraph(e(x), n) for x in items] + [Spacer(1, 75)]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)

# ---------- fpdf2 ----------
def fpdf_render(c, path, variant):
    from fpdf import FPDF
    name, contacts, secs = parse(c["body"])
    pdf = FPDF(format="A4" if variant == "plain" else "Letter"); pdf.set_margins(18, 16, 18)
    pdf.add_font("DV", "", DEJ + "DejaVuSerif.ttf"); pdf.add_font("DV", "B", DEJ + "DejaVuSerif-Bold.ttf")
    pdf.add_page(); pdf.set_font("DV", "B", 16)
    pdf.cell(0, 9, name, align="C" if variant == "plain" else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    for cc in contacts: pdf.cell(0, 5.5, cc, align="C" if variant == "plain" else "L", new_x="LMARGIN", new_y="NEXT")
    for hh, items in secs:
        pdf.ln(2.5); pdf.set_font("DV", "B", 11); pdf.cell(0, 7, hh, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.line(18, y, 192 if variant == "plain" else 198, y); pdf.set_font("DV", "", 9.5)
        for it in items: pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# ---------- odfpy ----------
def odt_render(c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H
    name, contacts, secs = parse(c["body"]); d = OpenDocumentText()
    ts = Style(name="Title1", family="paragraph"); ts.addElement(TextProperties(fontsize="18pt", fontweight="bold")); d.styles.addElement(ts)
    hs = Style(name="Head2", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1f4e79"))
    hs.addElement(ParagraphProperties(margintop="0.25cm")); d.styles.addElement(hs)
    d.text.addElement(P(stylename=ts, text=name))
    for cc in contacts: d.text.addElement(P(text=cc))
    for hh, items in secs:
        d.text.addElement(H(outlinelevel=2, stylename=hs, text=hh))
        for it in items: d.text.addElement(P(text=("• " + it[2:]) if it.startswith("- ") else it))
    d.save(path)

# ---------- hand-written RTF ----------
def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) < 128: o.append(ch)
        else:
            v = ord(ch); o.append("\\u%d?" % (v if v < 32768 else v - 65536))
    return "".join(o)

def rtf_render(c, path):
    name, contacts, secs = parse(c["body"])
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}", r"\paperw12240\paperh15840\margl1200\margr1200\f0\fs22"]
    out.append(r"\pard\qc\b\fs32 " + rtf_esc(name) + r"\b0\fs22\par")
    for cc in contacts: out.append(r"\pard\qc " + rtf_esc(cc) + r"\par")
    for hh, items in secs:
        out.append(r"\pard\sb200\f1\b " + rtf_esc(hh) + r"\b0\f0\par")
        for it in items: out.append(r"\pard\li360 " + rtf_esc(it) + r"\par")
    out.append("}"); open(path, "w", encoding="ascii").write("\n".join(out))

# ---------- HTML (chromium / soffice) ----------
CSS_SIDEBAR = """body{font-family:'DejaVu Sans',sans-serif;margin:0;font-size:10pt}.wrap{display:flex}.side{width:33%;background:#283e51;color:#fff;padding:18px;min-height:270mm}
.main{width:67%;padding:18px}h1{font-size:20pt;margin:0 0 8px}h2{font-size:11.5pt;text-transform:uppercase;border-bottom:1px solid #999;margin:14px 0 5px}.side h2{border-color:#fff}
p{margin:3px 0}@page{size:A4;margin:0}"""
CSS_MODERN = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:22mm 18mm}h1{font-size:24pt;color:#0b6e4f;margin:0;font-weight:300}
.c{color:#555;margin-bottom:10px}h2{font-size:10pt;letter-spacing:2px;color:#0b6e4f;margin:16px 0 4px}p{margin:2px 0}@page{size:Letter;margin:0}"""

def html_doc(c, style):
    name, contacts, secs = parse(c["body"]); e = html.escape
    def sec(hh, items):
        s = f"<h2>{e(hh)}</h2>"
        for it in items: s += f"<p>{'&bull; ' + e(it[2:]) if it.startswith('- ') else e(it)}</p>"
        return s
    if style == "sidebar":
        sidesecs = [s for s in secs if s[0] in ("Idiomas", "Referencias")]
        side = "<h2>Contacto</h2>" + "".join(f"<p>{e(x)}</p>" for x in contacts) + "".join(sec(*s) for s in sidesecs)
        main = f"<h1>{e(name)}</h1>" + "".join(sec(*s) for s in secs if s not in sidesecs)
        return f"<html><head><meta charset='utf-8'><style>{CSS_SIDEBAR}</style></head><body><div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div></body></html>"
    if style == "modern":
        return (f"<html><head><meta charset='utf-8'><style>{CSS_MODERN}</style></head><body><h1>{e(name)}</h1><div class='c'>{'<br>'.join(e(x) for x in contacts)}</div>"
                + "".join(sec(*s) for s in secs) + "</body></html>")
    return (f"<html><head><meta charset='utf-8'></head><body><h1>{e(name)}</h1>" + "".join(f"<p>{e(x)}</p>" for x in contacts)
            + "".join(sec(*s) for s in secs) + "</body></html>")

def chromium_pdf(htmlpath, path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + htmlpath], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------- txt ----------
def txt_render(c, path):
    name, contacts, secs = parse(c["body"])
    if c["n"] == 6:
        o = [name] + contacts + [""]
        for hh, items in secs: o += [hh, "-" * len(hh)] + items + [""]
        open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(o))
    else:
        o = [name.title()] + contacts + [""]
        for hh, items in secs: o += [hh + ":"] + ["  " + x for x in items] + [""]
        open(path, "w", encoding="utf-8").write("\n".join(o))

# ---------- scans ----------
def scan_pages(c):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    name, contacts, secs = parse(c["body"])
    f_n = ImageFont.truetype(DEJ + "DejaVuSerif.ttf", 26); f_b = ImageFont.truetype(DEJ + "DejaVuSerif-Bold.ttf", 30); f_t = ImageFont.truetype(DEJ + "DejaVuSerif-Bold.ttf", 44)
    lines = [(name, f_t, 72)] + [(x, f_n, 42) for x in contacts] + [("", f_n, 20)]
    for hh, items in secs:
        lines.append((hh.upper(), f_b, 54))
        for it in items:
            words = it.split(); cur = ""
            for w in words:
                if len(cur) + len(w) > 78: lines.append((cur, f_n, 38)); cur = "    " + w
                else: cur = (cur + " " + w).strip() if not cur.startswith("    ") else cur + " " + w
            lines.append((cur, f_n, 38))
    two = c["layout"] == "scan_pdf_2page"; pages = []; cur = []; y = 120
    split_at = len(lines) // 2 if two else 10**9
    for i, ln in enumerate(lines):
        if i == split_at: pages.append(cur); cur = []
        cur.append(ln)
    pages.append(cur); imgs = []
    for pl in pages:
        im = Image.new("L", (1275, 1650), 255); d = ImageDraw.Draw(im); y = 110
        for text, font, h in pl: d.text((110, y), text, font=font, fill=25); y += h
        im = im.rotate(c["opt"]["angle"], resample=Image.BICUBIC, expand=False, fillcolor=245)
        # noise + blur + contrast
        px = im.load(); rnd = random.Random(c["n"])
        for _ in range(60000):
            x, yy = rnd.randrange(1275), rnd.randrange(1650); px[x, yy] = max(0, min(255, px[x, yy] + rnd.randint(-90, 60)))
        blur = 1.4 if "blurry" in c["layout"] else 0.8
        im = im.filter(ImageFilter.GaussianBlur(blur))
        if "lowcontrast" in c["layout"]: im = im.point(lambda v: 110 + int(v * 0.45))
        imgs.append(im)
    return imgs

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT); os.makedirs(TMP, exist_ok=True)
    truth = []
    for c in CVS:
        fn = fname(c); path = os.path.join(OUT, fn); k = c["kind"]; print("building", fn, flush=True)
        if k == "docx_table": docx_doc(c, "table").save(path)
        elif k == "docx_header": docx_doc(c, "header").save(path)
        elif k == "docx_tabs": docx_doc(c, "tabs").save(path)
        elif k == "docx_to_pdf_footer":
            src = os.path.join(TMP, fn[:-4] + ".docx"); docx_doc(c, "plain").save(src); soffice(src, "pdf", OUT)
        elif k == "reportlab_twocol": reportlab_twocol(c, path)
        elif k == "reportlab_footer": reportlab_footer(c, path)
        elif k in ("fpdf_plain", "fpdf_student"): fpdf_render(c, path, "plain" if k == "fpdf_plain" else "student")
        elif k == "odt": odt_render(c, path)
        elif k == "rtf": rtf_render(c, path)
        elif k in ("soffice_odt", "soffice_rtf"):
            src = os.path.join(TMP, fn.rsplit(".", 1)[0] + ".html"); open(src, "w", encoding="utf-8").write(html_doc(c, "plain"))
            soffice(src, ("odt:writer8" if k == "soffice_odt" else "rtf:Rich Text Format"), OUT)
        elif k == "txt": txt_render(c, path)
        elif k in ("chromium_sidebar", "chromium_modern"):
            src = os.path.join(TMP, fn[:-4] + ".html"); open(src, "w", encoding="utf-8").write(html_doc(c, k.split("_")[1])); chromium_pdf(src, path)
        elif k == "scan_pdf":
            imgs = scan_pages(c); imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
        elif k == "scan_jpg": scan_pages(c)[0].convert("RGB").save(path, "JPEG", quality=62)
        elif k == "scan_png": scan_pages(c)[0].save(path, "PNG")
        elif k == "damaged_truncated":
            tmpp = os.path.join(TMP, "trunc_src.pdf"); reportlab_footer(dict(CVS[9], opt=dict(CVS[9]["opt"])), tmpp)
            data = open(tmpp, "rb").read(); open(path, "wb").write(data[: int(len(data) * 0.37)])
        elif k == "damaged_encrypted":
            from pypdf import PdfReader, PdfWriter
            tmpp = os.path.join(TMP, "enc_src.pdf"); fpdf_render(CVS[2], tmpp, "plain")
            w = PdfWriter(); [w.add_page(p) for p in PdfReader(tmpp).pages]; w.encrypt(user_password="emeka2025", owner_password="own95", algorithm="AES-256")
            w.write(path)
        elif k == "damaged_random":
            open(path, "wb").write(random.Random(24).randbytes(23817))
        assert os.path.exists(path), path
        if c["truth"] is None: truth.append(dict(file=fn, layout=c["layout"], error=True)); continue
        t = dict(file=fn, layout=c["layout"]); t.update(c["truth"])
        ent = t["usce_entries"]
        def months(es):
            s = set()
            for e in es:
                y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
                while (y, m) <= (y2, m2): s.add((y, m)); m += 1; y, m = (y + 1, 1) if m == 13 else (y, m)
            return len(s)
        ue = t.pop("usce_entries")
        t["usce_months"] = months(ue); t["usce_months_clinical"] = months([e for e in ue if e["type"] in ("hands_on", "observership")]); t["usce_entries"] = ue
        if k.startswith("scan"): t["needs_ocr"] = True
        truth.append(t)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__": main()
