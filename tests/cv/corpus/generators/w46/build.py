# -*- coding: utf-8 -*-
import os, sys, json, html, subprocess, random, shutil, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import P, S, D
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w46_")
DJ = "/usr/share/fonts/truetype/dejavu/"
random.seed(46)

def fname(p): return "w46_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])
def namel(cv): return cv["name"] + ("  " + cv["native"] if cv.get("native") else "")

# ---------------- HTML / Chromium ----------------
CSS = {
"html_sidebar_photo": """body{font-family:'DejaVu Sans',sans-serif;margin:0;font-size:10.5pt}.wrap{display:flex}
.side{width:32%;background:#1f3a5f;color:#fff;padding:18px;min-height:1050px}.main{width:68%;padding:18px 24px}
.photo{width:110px;height:135px;border:2px solid #fff;margin:0 auto 12px;display:flex;align-items:center;justify-content:center;color:#ccd}
h1{font-size:20pt;margin:0}h2{font-size:12pt;border-bottom:2px solid #1f3a5f;color:#1f3a5f;margin:14px 0 6px}.side h2{color:#fff;border-color:#fff}
.it{margin-bottom:7px}.d{color:#666;font-size:9pt}.t{font-weight:bold}""",
"html_timeline": """body{font-family:'DejaVu Serif',serif;margin:28px;font-size:10.5pt}h1{margin:0;font-size:22pt;letter-spacing:1px}
.hdr{border-bottom:3px solid #a00;padding-bottom:8px}.ct{color:#444}h2{color:#a00;font-size:12pt;margin:16px 0 6px}
.tl{border-left:2px solid #a00;margin-left:120px;padding-left:14px}.it{position:relative;margin-bottom:8px}
.it:before{content:'';position:absolute;left:-20px;top:4px;width:10px;height:10px;border-radius:5px;background:#a00}
.d{position:absolute;left:-140px;width:110px;text-align:right;font-size:8.5pt;color:#555}.t{font-weight:bold}""",
"html_rightdates": """body{font-family:Arial,'DejaVu Sans',sans-serif;margin:30px 36px;font-size:10.5pt}h1{font-size:21pt;margin:0;text-transform:uppercase}
.ct{color:#333;margin:4px 0 10px}h2{font-size:11pt;text-transform:uppercase;letter-spacing:2px;border-bottom:1px solid #888;margin:14px 0 6px}
.it{display:flex;justify-content:space-between;margin-bottom:6px}.d{white-space:nowrap;font-style:italic;margin-left:16px}.t{font-weight:bold}"""}

def item_html(e, layout):
    t = "<div class='t'>%s</div>" % html.escape(e["t"]) if e["t"] else ""
    s = "".join("<div>%s</div>" % html.escape(x) for x in e["s"])
    d = "<div class='d'>%s</div>" % html.escape(e["d"]) if e["d"] else ""
    if layout == "html_rightdates":
        return "<div class='it'><div>%s%s</div>%s</div>" % (t, s, d)
    return "<div class='it'>%s%s%s</div>" % (d, t, s)

def render_html(p, path):
    cv, L = p["cv"], p["layout"]
    secs = ""
    for h, items in cv["sections"]:
        body = "".join(item_html(e, L) for e in items)
        if L == "html_timeline": body = "<div class='tl'>%s</div>" % body
        secs += "<h2>%s</h2>%s" % (html.escape(h), body)
    nm = html.escape(cv["name"]) + (" <span style='font-weight:normal'>%s</span>" % html.escape(cv["native"]) if cv.get("native") else "")
    if L == "html_sidebar_photo":
        side = "<div class='photo'>PHOTO</div>" + "".join("<div>%s</div>" % html.escape(c) for c in cv["contact"])
        for h, lines in cv["side"]:
            side += "<h2>%s</h2>" % html.escape(h) + "".join("<div>%s</div>" % html.escape(x) for x in lines)
        body = "<div class='wrap'><div class='side'>%s</div><div class='main'><h1>%s</h1><div>%s</div>%s</div></div>" % (side, nm, html.escape(cv["headline"]), secs)
    else:
        body = "<div class='hdr'><h1>%s</h1><div>%s</div><div class='ct'>%s</div></div>%s" % (nm, html.escape(cv["headline"]), " &nbsp;|&nbsp; ".join(html.escape(c) for c in cv["contact"]), secs)
    hp = os.path.join(TMP, "p%d.html" % p["num"])
    open(hp, "w", encoding="utf-8").write("<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:10mm}%s</style></head><body>%s</body></html>" % (CSS[L], body))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + path, "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------- python-docx ----------------
def render_docx(p, path):
    from docx import Document
    from docx.shared import Pt
    cv, L = p["cv"], p["layout"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    def sections_into(container):
        for h, items in cv["sections"]:
            hp = container.add_paragraph(); r = hp.add_run(h.upper()); r.bold = True; r.font.size = Pt(12)
            if L == "docx_table" and any(e["d"] for e in items):
                tb = container.add_table(rows=0, cols=2); tb.style = "Table Grid"
                for e in items:
                    c = tb.add_row().cells; c[0].text = e["d"]
                    c[1].text = e["t"]; [c[1].add_paragraph(x) for x in e["s"]]
            else:
                for e in items:
                    pp = container.add_paragraph()
                    if e["t"]: pp.add_run(e["t"]).bold = True
                    if e["d"]: pp.add_run("\t" + e["d"]).italic = True
                    for x in e["s"]: container.add_paragraph(x)
    if L == "docx_header_footer":
        doc.sections[0].header.paragraphs[0].text = cv["header"]
        doc.sections[0].footer.paragraphs[0].text = cv["footer"]
        doc.add_heading(cv["name"], 0); doc.add_paragraph(cv["headline"])
        sections_into(doc)
    elif L == "docx_sidebar_table":
        t = doc.add_table(rows=1, cols=2); left, right = t.rows[0].cells
        left.width = Pt(150); right.width = Pt(330)
        left.paragraphs[0].add_run(cv["name"]).bold = True
        left.add_paragraph(cv["native"]); left.add_paragraph(cv["headline"])
        for c in cv["contact"]: left.add_paragraph(c)
        for h, lines in cv["side"]:
            left.add_paragraph().add_run(h).bold = True
            for x in lines: left.add_paragraph(x)
        right.paragraphs[0].text = ""
        sections_into(right)
    else:
        hd = doc.add_heading(namel(cv), 0); doc.add_paragraph(cv["headline"])
        from docx.oxml.ns import qn
        for r in hd.runs:
            rpr = r._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
            if rf is None: rf = rpr.makeelement(qn("w:rFonts"), {}); rpr.append(rf)
            rf.set(qn("w:eastAsia"), "Droid Sans Fallback")
        doc.add_paragraph(" · ".join(cv["contact"]))
        sections_into(doc)
    doc.save(path)

def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def render_docx_conv(p, path, fmt):
    src = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".docx")
    render_docx(dict(p, layout="docx_plain"), src)
    soffice_convert(src, fmt, TMP)
    shutil.move(os.path.splitext(src)[0] + "." + fmt, path)

# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))

def render_reportlab(p, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape as X
    rl_fonts(); cv, L = p["cv"], p["layout"]
    N = ParagraphStyle("n", fontName="DJ", fontSize=9.5, leading=12); B = ParagraphStyle("b", parent=N, fontName="DJB")
    H = ParagraphStyle("h", fontName="DJB", fontSize=12, leading=16, spaceBefore=8, textColor=colors.HexColor("#234"))
    T = ParagraphStyle("t", fontName="DJB", fontSize=18, leading=22)
    W, Ht = A4; story = []
    if L == "reportlab_twocol":
        doc = BaseDocTemplate(path, pagesize=A4)
        doc.addPageTemplates([PageTemplate(frames=[Frame(30, 30, 160, Ht - 60, id="s"), Frame(200, 30, W - 230, Ht - 60, id="m")])])
        for c in cv["contact"]: story.append(Paragraph(X(c), N))
        for h, lines in cv["side"]:
            story.append(Paragraph(X(h), H)); story += [Paragraph(X(x), N) for x in lines]
        story.append(FrameBreak()); story.append(Paragraph(X(cv["name"]), T)); story.append(Paragraph(X(cv["headline"]), N))
        for h, items in cv["sections"]:
            story.append(Paragraph(X(h), H))
            for e in items:
                if e["t"]: story.append(Paragraph(X(e["t"]) + ("  <i>%s</i>" % X(e["d"]) if e["d"] else ""), B if e["d"] else N))
                story += [Paragraph(X(x), N) for x in e["s"]]
    else:
        from reportlab.platypus import SimpleDocTemplate
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
        story += [Paragraph(X(cv["name"]), T), Paragraph(X(cv["headline"]), N), Paragraph(X("  •  ".join(cv["contact"])), N), Spacer(1, 8)]
        for h, items in cv["sections"]:
            story.append(Paragraph(X(h), H))
            rows = [[Paragraph(X(e["d"]), N), Paragraph(X(e["t"]) + "".join("<br/>" + X(x) for x in e["s"]), N)] for e in items]
            t = Table(rows, colWidths=[110, W - 190]); t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    doc.build(story)

# ---------------- fpdf2 ----------------
def render_fpdf(p, path):
    from fpdf import FPDF
    cv = p["cv"]; pdf = FPDF(format="A4"); pdf.add_page()
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_font("DJ", "B", 17); pdf.cell(0, 10, cv["name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DJ", "", 10); pdf.cell(0, 6, cv["headline"], new_x="LMARGIN", new_y="NEXT", align="C")
    for c in cv["contact"]: pdf.cell(0, 6, c, new_x="LMARGIN", new_y="NEXT", align="C")
    for h, items in cv["sections"]:
        pdf.ln(3); pdf.set_font("DJ", "B", 11.5); pdf.cell(0, 7, h, border="B", new_x="LMARGIN", new_y="NEXT")
        for e in items:
            pdf.set_font("DJ", "B" if e["d"] else "", 10)
            if e["d"]:
                pdf.cell(130, 6, e["t"]); pdf.set_font("DJ", "", 9); pdf.cell(0, 6, e["d"], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.5, e["t"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DJ", "", 9.5)
            for x in e["s"]: pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# ---------------- RTF / TXT ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        elif c < 65536: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
        else: o.append("?")
    return "".join(o)

def render_rtf(p, path):
    cv, L = p["cv"], p["layout"]
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\f1\fs21 ",
         r"{\pard\qc\b\fs32 %s\par}" % rtf_esc(cv["name"]), r"{\pard\qc %s\par}" % rtf_esc(cv["headline"])]
    r += [r"{\pard\qc %s\par}" % rtf_esc(c) for c in cv["contact"]]
    for h, items in cv["sections"]:
        r.append(r"{\pard\sb200\b\fs24 %s\par}" % rtf_esc(h.upper()))
        for e in items:
            if L == "rtf_table" and e["d"]:
                r.append(r"\trowd\trgaph108\cellx2400\cellx9000\pard\intbl %s\cell %s%s\cell\row" % (
                    rtf_esc(e["d"]), rtf_esc(e["t"]), "".join(r"\line " + rtf_esc(x) for x in e["s"])))
                r.append(r"\pard")
            else:
                r.append(r"{\pard\b %s\b0%s\par}" % (rtf_esc(e["t"]), (r"\tab\i " + rtf_esc(e["d"]) + r"\i0") if e["d"] else ""))
                r += [r"{\pard\li360 %s\par}" % rtf_esc(x) for x in e["s"]]
    r.append("}")
    open(path, "w", encoding="ascii").write("\n".join(r))

def render_txt(p, path):
    cv = p["cv"]; o = [namel(cv), cv["headline"]] + cv["contact"] + [""]
    for h, items in cv["sections"]:
        o += [h, "-" * len(h)]
        for e in items:
            o.append(e["t"] + ("   [" + e["d"] + "]" if e["d"] else ""))
            o += ["    " + x for x in e["s"]]
        o.append("")
    open(path, "w", encoding="utf-8").write("\n".join(o))

# ---------------- scans ----------------
def render_scan(p, path):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    src = os.path.join(TMP, "scan%d.pdf" % p["num"])
    (render_fpdf if "fpdf2" in p["tool"] else render_reportlab)(dict(p, layout="reportlab_table"), src)
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-singlefile", src, src[:-4]], check=True)
    im = Image.open(src[:-4] + ".png").convert("L")
    ang = {17: 1.3, 18: 0.8, 19: -1.7, 20: 0.5, 21: -0.6}[p["num"]]
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = ImageEnhance.Contrast(im).enhance(0.65 if p["num"] in (18, 21) else 0.85)
    a = np.asarray(im).astype("float32"); a += np.random.default_rng(p["num"]).normal(0, 9, a.shape)
    im = Image.fromarray(a.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.9 if p["ext"] == "jpg" else 0.5))
    if p["ext"] == "jpg": im.save(path, quality=72)
    elif p["ext"] == "png": im.save(path)
    else: im.convert("RGB").save(path, "PDF", resolution=130.0)

# ---------------- damaged ----------------
def render_damaged(d, path):
    if d["num"] == 22:
        src = os.path.join(TMP, "full22.pdf"); render_reportlab(dict(P[11]), src)
        b = open(src, "rb").read(); open(path, "wb").write(b[: int(len(b) * 0.35)])
    elif d["num"] == 23:
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(TMP, "full23.pdf"); render_fpdf(P[4], src)
        w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]
        w.encrypt(user_password="kbth2019", owner_password="owner-w46", algorithm="RC4-128")
        with open(path, "wb") as f: w.write(f)
    else:
        open(path, "wb").write(random.Random(24).randbytes(18432))

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] in ("research", "telehealth"): continue
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m > 12: y, m = y + 1, 1
    return len(s)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications"]

def truth_line(p, scan=False):
    t = p["truth"]; o = {"file": fname(p), "layout": p["layout"]}
    for k in KEYS: o[k] = t[k]
    o["usce_months"] = months(t["usce_entries"]); o["usce_months_clinical"] = months(t["usce_entries"], True)
    o["usce_entries"] = t["usce_entries"]
    if scan: o["needs_ocr"] = True
    return o

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    lines = []
    for p in P:
        path = os.path.join(OUT, fname(p)); L = p["layout"]
        if L.startswith("html_"): render_html(p, path)
        elif L == "docx_soffice_pdf": render_docx_conv(p, path, "pdf")
        elif L == "docx_soffice_odt": render_docx_conv(p, path, "odt")
        elif L.startswith("docx"): render_docx(p, path)
        elif L.startswith("reportlab"): render_reportlab(p, path)
        elif L.startswith("fpdf2"): render_fpdf(p, path)
        elif L.startswith("rtf"): render_rtf(p, path)
        elif L.startswith("txt"): render_txt(p, path)
        lines.append(truth_line(p)); print("ok", fname(p), flush=True)
    for p in S:
        render_scan(p, os.path.join(OUT, fname(p))); lines.append(truth_line(p, True)); print("ok", fname(p), flush=True)
    for d in D:
        render_damaged(d, os.path.join(OUT, fname(d))); lines.append({"file": fname(d), "layout": d["layout"], "error": True}); print("ok", fname(d))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for o in lines: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
