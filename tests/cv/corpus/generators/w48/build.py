# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import P, DAMAGED
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w48_")
os.makedirs(OUT, exist_ok=True)
random.seed(48)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def fname(p): return "w48_%03d_%s.%s" % (p["n"], p["layout"], p["ext"])

# ---------- chromium ----------
CSS = {
"canva_sidebar": """body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}.wrap{display:flex;min-height:100vh}
.side{width:30%;background:#1f4e5f;color:#fff;padding:22px 16px}.main{width:70%;padding:22px 24px}
h1{font-size:22pt;margin:0;color:#1f4e5f}.alt{font-size:12pt;color:#777}.t{color:#e07a5f;font-weight:bold;margin-bottom:8px}
h2{font-size:11pt;text-transform:uppercase;letter-spacing:2px;border-bottom:2px solid #e07a5f;color:#1f4e5f;margin:12px 0 4px}
.side h2{color:#fff;border-color:#fff}ul{margin:0;padding-left:14px}li{margin:2px 0}""",
"canva_modern": """body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}.wrap{display:flex;flex-direction:row-reverse}
.side{width:28%;background:#f2efe9;padding:20px 14px;min-height:100vh}.main{width:72%;padding:20px 26px}
h1{font-size:24pt;margin:0;font-weight:300}.alt{font-size:13pt;color:#888}.t{font-style:italic;margin-bottom:10px}
h2{font-size:10.5pt;color:#8a5a44;margin:12px 0 3px}ul{margin:0;padding-left:14px;list-style:square}""",
"canva_banner": """body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}.banner{background:#6a1b9a;color:#fff;padding:20px 28px}
.banner h1{margin:0;font-size:24pt}.alt{font-size:14pt}.wrap{display:flex}.side{width:27%;padding:14px;background:#f3e5f5}
.main{width:73%;padding:14px 24px}h2{font-size:11pt;color:#6a1b9a;margin:10px 0 3px}ul{margin:0;padding-left:14px}
.cbar{background:#4a148c;color:#fff;padding:5px 28px;font-size:9pt}""",
"canva_twocol": """body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9pt}.wrap{display:flex}
.side{width:32%;background:#263238;color:#eceff1;padding:20px 14px;min-height:100vh}.main{width:68%;padding:20px 22px}
h1{font-size:20pt;margin:0;color:#00897b}.t{font-weight:bold;color:#555;margin-bottom:8px}h2{font-size:10.5pt;background:#e0f2f1;padding:3px 6px;margin:10px 0 3px}
.side h2{background:#00897b;color:#fff}ul{margin:0;padding-left:14px}"""}

def ul(lines): return "<ul>" + "".join("<li>%s</li>" % html.escape(l) for l in lines) + "</ul>"

def render_chromium(p, path):
    L = p["layout"]; side = p.get("side", [])
    name = html.escape(p["name"]); alt = ('<div class="alt">%s</div>' % html.escape(p["alt"])) if p.get("alt") else ""
    mainsec = "".join("<h2>%s</h2>%s" % (html.escape(h), ul(ls)) for h, ls in p["sections"])
    sidesec = "".join("<h2>%s</h2>%s" % (html.escape(h), ul(ls)) for h, ls in side)
    contact = "<h2>Contact</h2>" + ul(p["contact"])
    if L == "canva_banner":
        body = ('<div class="banner"><h1>%s</h1>%s<div>%s</div></div><div class="cbar">%s</div><div class="wrap"><div class="side">%s</div><div class="main">%s</div></div>'
                % (name, alt, html.escape(p["title"]), " &nbsp;|&nbsp; ".join(html.escape(c) for c in p["contact"]), sidesec, mainsec))
    else:
        body = ('<div class="wrap"><div class="side">%s%s</div><div class="main"><h1>%s</h1>%s<div class="t">%s</div>%s</div></div>'
                % (contact, sidesec, name, alt, html.escape(p["title"]), mainsec))
    h = '<!doctype html><html><head><meta charset="utf-8"><title>CV</title><style>@page{size:A4;margin:0}*{box-sizing:border-box}%s</style></head><body>%s</body></html>' % (CSS[L], body)
    hp = os.path.join(TMP, "p%d.html" % p["n"]); open(hp, "w", encoding="utf-8").write(h)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + path, "file://" + hp], check=True, capture_output=True, timeout=120)

# ---------- python-docx ----------
def make_docx(p, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document(); st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    for s in d.sections:
        s.top_margin = s.bottom_margin = Pt(40); s.left_margin = s.right_margin = Pt(50)
    L = p["layout"]; contact = "  •  ".join(p["contact"])
    if L == "docx_header_contact":
        hp = d.sections[0].header.paragraphs[0]; hp.text = contact; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if L == "gdocs_footer_pdf":
        fp = d.sections[0].footer.paragraphs[0]; fp.text = contact; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(); r = t.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    d.add_paragraph(p["title"]).runs[0].italic = True
    if L in ("gdocs_table_pdf", "docx_contact_table"):
        tb = d.add_table(rows=1, cols=len(p["contact"])); tb.style = "Table Grid"
        for i, c in enumerate(p["contact"]): tb.rows[0].cells[i].text = c
    if L == "odt_libreoffice":
        d.add_paragraph(" | ".join(p["contact"]))
    for h, ls in p["sections"]:
        hp = d.add_paragraph(); hr = hp.add_run(h.upper()); hr.bold = True; hr.font.color.rgb = RGBColor(0x1a, 0x5f, 0x9e)
        if L == "gdocs_table_pdf" and h in ("US Clinical Experience", "Clinical Rotations (Pakistan)"):
            tb = d.add_table(rows=0, cols=2); tb.style = "Light Grid Accent 1"
            for l in ls:
                parts = l.rsplit(" — ", 1); row = tb.add_row().cells
                row[0].text = parts[0]; row[1].text = parts[1] if len(parts) > 1 else ""
        else:
            for l in ls: d.add_paragraph(l, style="List Bullet")
    d.save(path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://%s/lo" % TMP,
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)

def render_docx_pdf(p, path):
    src = os.path.join(TMP, "p%d.docx" % p["n"]); make_docx(p, src)
    soffice(src, "pdf", TMP); shutil.move(src[:-5] + ".pdf", path)

def render_odt(p, path):
    src = os.path.join(TMP, "p%d.docx" % p["n"]); make_docx(p, src)
    soffice(src, "odt", TMP); shutil.move(src[:-5] + ".odt", path)

# ---------- reportlab ----------
def render_reportlab(p, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    except Exception: pass
    n = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5)
    h = ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=14, textColor=colors.HexColor("#7a1f1f"), spaceBefore=6)
    t = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    esc = lambda s: html.escape(s)
    story = []
    if p["layout"] == "reportlab_twocol":
        left = [Paragraph(esc(p["name"]), t), Paragraph(esc(p["title"]), n), Spacer(1, 8)]
        right = []
        for hd, ls in p["sections"]:
            tgt = left if hd in ("Licensing", "Visa", "Languages", "Career Interests") else right
            tgt.append(Paragraph(esc(hd), h)); tgt += [Paragraph("• " + esc(l), n) for l in ls]
        left.append(Paragraph("Contact", h)); left += [Paragraph(esc(c), n) for c in p["contact"]]
        tb = Table([[left, right]], colWidths=[170, 360]); tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#f4ece4"))]))
        story.append(tb); ps = A4
    else:
        story += [Paragraph(esc(p["name"]), t), Paragraph(esc(p["title"]) + " &nbsp; | &nbsp; " + " · ".join(esc(c) for c in p["contact"]), n)]
        for hd, ls in p["sections"]:
            story.append(Paragraph(esc(hd.upper()), h)); story += [Paragraph("▪ " + esc(l), n) for l in ls]
        ps = letter
    SimpleDocTemplate(path, pagesize=ps, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36,
                      title="Curriculum Vitae", author=p["name"]).build(story)

# ---------- fpdf2 ----------
def render_fpdf(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(18, 15, 18)
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, p["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 6, p["title"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 6, "  |  ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT", align="C"); pdf.ln(2)
    for hd, ls in p["sections"]:
        pdf.set_font("DV", "B", 11); pdf.cell(0, 7, hd, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_font("DV", "", 9.5)
        for l in ls: pdf.multi_cell(0, 5, "- " + l, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)

# ---------- RTF ----------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)

def render_rtf(p, path):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}", r"\paperw12240\paperh15840\margl1080\margr1080\margt1000\margb1000"]
    if p["layout"] == "rtf_twosection":
        r.append(r"{\footer\pard\qc\fs16 " + rtf_esc(" | ".join(p["contact"])) + r"\par}")
        r.append(r"\pard\qc\f1\fs36\b " + rtf_esc(p["name"]) + r"\b0\par\fs20 " + rtf_esc(p["title"]) + r"\par\pard\par")
    else:
        r.append(r"\pard\f0\fs32\b " + rtf_esc(p["name"]) + r"\b0\fs20\par " + rtf_esc(p["title"]) + r"\par")
        r.append(r"\pard " + rtf_esc("Email: %s    Tel: %s    %s" % tuple(p["contact"][:3])) + r"\par\par")
    for hd, ls in p["sections"]:
        r.append(r"\pard\sb120\fs22\b\ul " + rtf_esc(hd) + r"\ul0\b0\fs20\par")
        for l in ls: r.append(r"\pard\li360\fi-200 \bullet  " + rtf_esc(l) + r"\par")
    r.append("}")
    open(path, "w", encoding="ascii").write("\n".join(r))

def render_txt(p, path):
    o = [p["name"], p["title"], " / ".join(p["contact"]), "=" * 60]
    for hd, ls in p["sections"]:
        o += ["", hd, "-" * len(hd)] + ["  * " + l for l in ls]
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")

# ---------- scans ----------
def render_scan(p, path):
    from PIL import Image, ImageFilter, ImageEnhance

    base = dict(p); base["layout"] = "reportlab_classic"
    src = os.path.join(TMP, "scan%d.pdf" % p["n"]); render_reportlab(base, src)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", src, src[:-4]], check=True)
    im = Image.open(src[:-4] + ".png").convert("L")
    ang = {17: 1.2, 18: -1.7, 19: 0.6, 20: -0.9, 21: 1.9}[p["n"]]
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(0.8 if p["n"] != 21 else 1.1))
    if p["n"] in (18, 21): im = ImageEnhance.Contrast(im).enhance(0.55)
    px = im.load(); w, hgt = im.size; rnd = random.Random(p["n"])
    for _ in range(w * hgt // 40):
        x, y = rnd.randrange(w), rnd.randrange(hgt); px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 70)))
    if p["ext"] == "pdf":
        im.convert("RGB").save(path, "PDF", resolution=150.0)
    elif p["ext"] == "jpg":
        im.convert("RGB").save(path, "JPEG", quality=62)
    else:
        im.save(path, "PNG")

def numpy_free(): pass

RENDER = {"chromium": render_chromium, "python-docx": make_docx, "python-docx+soffice": render_docx_pdf,
          "python-docx+soffice(odt)": render_odt, "reportlab": render_reportlab, "fpdf2": render_fpdf,
          "handwritten-rtf": render_rtf, "python": render_txt}

def usce_months(entries, clinical_only=False):
    ms = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            ms.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(ms)

def main():
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    rows = []
    for p in P:
        fn = fname(p); path = os.path.join(OUT, fn)
        if p.get("scan"): render_scan(p, path)
        else: RENDER[p["tool"]](p, path)
        t = dict(p["truth"]); ent = t.pop("usce_entries")
        row = {"file": fn, "layout": p["layout"]}; row.update(t)
        row["usce_months"] = usce_months(ent); row["usce_months_clinical"] = usce_months(ent, True); row["usce_entries"] = ent
        if p.get("scan"): row["needs_ocr"] = True
        rows.append(row); print("built", fn, flush=True)
    # damaged
    for n, lay, ext in DAMAGED:
        fn = "w48_%03d_%s.%s" % (n, lay, ext); path = os.path.join(OUT, fn)
        if lay == "truncated_pdf":
            src = os.path.join(TMP, "trunc.pdf")
            q = dict(P[0]); q = dict(P[12]); q["name"] = "Hira Qamar"; render_reportlab(q, src)
            b = open(src, "rb").read(); open(path, "wb").write(b[: len(b) * 2 // 5])
        elif lay == "encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            src = os.path.join(TMP, "enc.pdf"); q = dict(P[3]); q["name"] = "Valentina Rojas Pérez"; render_fpdf(q, src)
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
            w.encrypt(user_password="elective2026", owner_password="own-48", algorithm="RC4-128"); w.write(path)
        else:
            open(path, "wb").write(random.Random(2448).randbytes(23817))
        rows.append({"file": fn, "layout": lay, "error": True}); print("built", fn)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__": main()
