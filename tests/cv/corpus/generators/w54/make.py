# -*- coding: utf-8 -*-
import os, sys, json, random, subprocess, shutil, tempfile, html
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(54)

def fname(p): return "w54_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])

def parse(body):
    out = []
    for line in body.strip("\n").split("\n"):
        if not line.strip(): continue
        if line.startswith("# "): out.append(("h", line[2:]))
        elif line.startswith("- "): out.append(("b", line[2:]))
        elif line.startswith("| "): out.append(("t", [c.strip() for c in line[2:].split(" | ")]))
        else: out.append(("p", line))
    return out

# ------------------------------------------------------------------ python-docx
def docx_doc():
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8)
    return d

def docx_blocks(d_or_cell, blocks):
    from docx.shared import Pt
    table_rows = []
    def flush():
        if table_rows:
            t = d_or_cell.add_table(rows=0, cols=len(table_rows[0]))
            t.style = "Table Grid"
            for r in table_rows:
                cells = t.add_row().cells
                for i, c in enumerate(r): cells[i].text = c
            table_rows.clear()
    for k, v in blocks:
        if k != "t": flush()
        if k == "h":
            para = d_or_cell.add_paragraph(); r = para.add_run(v.upper()); r.bold = True; r.font.size = Pt(11.5)
        elif k == "b":
            try: d_or_cell.add_paragraph(v, style="List Bullet")
            except Exception: d_or_cell.add_paragraph("• " + v)
        elif k == "t": table_rows.append(v)
        else: d_or_cell.add_paragraph(v)
    flush()

def r_docx_table(p, path):
    from docx.shared import Pt
    d = docx_doc()
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text = ""; r = a.paragraphs[0].add_run(p["name"]); r.bold = True; r.font.size = Pt(16)
    a.add_paragraph(p["title"])
    b.text = "\n".join(p["contacts"])
    d.add_paragraph("CURRICULUM VITAE")
    docx_blocks(d, parse(p["body"])); d.save(path)

def r_docx_header(p, path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_doc()
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "  |  ".join(p["contacts"]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para = d.add_paragraph(); r = para.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(p["title"])
    docx_blocks(d, parse(p["body"])); d.save(path)

def r_docx_footer(p, path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_doc()
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = " • ".join(p["contacts"]); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para = d.add_paragraph(); r = para.add_run(p["name"]); r.bold = True; r.font.size = Pt(20); r.font.all_caps = True  # caps only visually
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(p["title"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_blocks(d, parse(p["body"])); d.save(path)

def r_docx_twocol(p, path):
    from docx.shared import Pt, Cm
    d = docx_doc()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width = Cm(5.5); right.width = Cm(11.5)
    left.text = ""
    r = left.paragraphs[0].add_run("CONTACT"); r.bold = True
    for c in p["contacts"]: left.add_paragraph(c)
    docx_blocks(left, parse(p["side"]))
    right.text = ""
    r = right.paragraphs[0].add_run(p["name"]); r.bold = True; r.font.size = Pt(17)
    right.add_paragraph(p["title"])
    docx_blocks(right, parse(p["body"]))
    d.save(path)

# ------------------------------------------------------------------ odfpy
def r_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1F4E79"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1F4E79"))
    ns = Style(name="NameStyle", family="paragraph"); ns.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(hs); doc.styles.addElement(ns)
    doc.text.addElement(TP(stylename=ns, text=p["name"]))
    doc.text.addElement(TP(text=p["title"]))
    doc.text.addElement(TP(text=" · ".join(p["contacts"])))
    rows = []
    def flush():
        if not rows: return
        t = Table(name="Rotations")
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for r in rows:
            tr = TableRow()
            for c in r:
                tc = TableCell(); tc.addElement(TP(text=c)); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t); rows.clear()
    for k, v in parse(p["body"]):
        if k != "t": flush()
        if k == "h": doc.text.addElement(H(outlinelevel=2, stylename=hs, text=v))
        elif k == "b": doc.text.addElement(TP(text="• " + v))
        elif k == "t": rows.append(v)
        else: doc.text.addElement(TP(text=v))
    flush()
    doc.save(path)

# ------------------------------------------------------------------ RTF by hand
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)

def r_rtf(p, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw12240\paperh15840\margl1200\margr1200\f1\fs21"]
    L.append(r"{\pard\qc\b\fs32 %s\par}" % rtf_esc(p["name"]))
    L.append(r"{\pard\qc\i %s\par}" % rtf_esc(p["title"]))
    L.append(r"{\pard\qc %s\par}" % rtf_esc("  ·  ".join(p["contacts"])))
    for k, v in parse(p["body"]):
        if k == "h": L.append(r"{\pard\sb200\b\fs24 %s\par}" % rtf_esc(v.upper()))
        elif k == "b": L.append(r"{\pard\fi-240\li360 \bullet\tab %s\par}" % rtf_esc(v))
        else: L.append(r"{\pard %s\par}" % rtf_esc(" | ".join(v) if k == "t" else v))
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ------------------------------------------------------------------ txt
def r_txt(p, path):
    L = [p["name"], p["title"]] + p["contacts"] + [""]
    for k, v in parse(p["body"]):
        if k == "h": L += ["", v, "=" * len(v)]
        elif k == "b": L.append("  * " + v if not v[:4].isdigit() else "  " + v)
        else: L.append(" | ".join(v) if k == "t" else v)
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ------------------------------------------------------------------ reportlab
def r_reportlab(p, path, font_size=10):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    N = ParagraphStyle("n", fontName="DV", fontSize=font_size, leading=font_size * 1.3)
    Bu = ParagraphStyle("b", parent=N, leftIndent=12, bulletIndent=2)
    Hh = ParagraphStyle("h", fontName="DVB", fontSize=font_size + 2, leading=font_size * 1.8, spaceBefore=6, textColor="#222266")
    Nm = ParagraphStyle("nm", fontName="DVB", fontSize=20, leading=24)
    e = html.escape
    st = [Paragraph(e(p["name"]), Nm), Paragraph(e(p["title"]), N), Paragraph(e("  |  ".join(p["contacts"])), N), Spacer(1, 6)]
    for k, v in parse(p["body"]):
        if k == "h": st.append(Paragraph(e(v), Hh))
        elif k == "b": st.append(Paragraph(e(v), Bu, bulletText="•"))
        else: st.append(Paragraph(e(" | ".join(v) if k == "t" else v), N))
    SimpleDocTemplate(path, pagesize=letter if p["num"] % 2 else A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                      title="CV", author=p["name"]).build(st)

# ------------------------------------------------------------------ fpdf2
def r_fpdf(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="Letter"); pdf.set_margins(18, 15, 18); pdf.add_page()
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.cell(0, 6, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, "   /   ".join(p["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for k, v in parse(p["body"]):
        if k == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11.5); pdf.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1); pdf.set_font("DV", "", 9.5)
        elif k == "b": pdf.set_x(22); pdf.multi_cell(0, 5, "– " + v, new_x="LMARGIN", new_y="NEXT")
        else: pdf.multi_cell(0, 5, " | ".join(v) if k == "t" else v, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# ------------------------------------------------------------------ chromium
def html_blocks(blocks):
    e = html.escape; o = []; inl = False
    for k, v in blocks:
        if k == "b" and not inl: o.append("<ul>"); inl = True
        if k != "b" and inl: o.append("</ul>"); inl = False
        if k == "h": o.append("<h2>%s</h2>" % e(v))
        elif k == "b": o.append("<li>%s</li>" % e(v))
        else: o.append("<p>%s</p>" % e(" | ".join(v) if k == "t" else v))
    if inl: o.append("</ul>")
    return "\n".join(o)

def chromium_pdf(htmltext, path):
    tmp = tempfile.mkdtemp(); hp = os.path.join(tmp, "cv.html")
    open(hp, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + path, "file://" + hp], check=True, capture_output=True, timeout=120)
    shutil.rmtree(tmp)

def r_chromium_sidebar(p, path):
    e = html.escape
    side = "<h1>%s</h1><p class=t>%s</p><h2>Contact</h2>%s%s" % (e(p["name"]), e(p["title"]),
            "".join("<p>%s</p>" % e(c) for c in p["contacts"]), html_blocks(parse(p["side"])))
    doc = """<!doctype html><html><head><meta charset=utf-8><style>
@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt}
.wrap{display:flex;min-height:297mm} .side{width:62mm;background:#23395d;color:#fff;padding:14mm 7mm}
.side h1{font-size:17pt;margin:0 0 4mm} .side h2{font-size:10.5pt;border-bottom:1px solid #9ab;margin-top:7mm}
.main{flex:1;padding:14mm 12mm} .main h2{color:#23395d;font-size:12pt;border-bottom:2px solid #23395d;margin:5mm 0 2mm}
ul{padding-left:5mm;margin:1mm 0} li{margin-bottom:1.5mm} p{margin:1mm 0}
</style></head><body><div class=wrap><div class=side>%s</div><div class=main>%s</div></div></body></html>""" % (side, html_blocks(parse(p["body"])))
    chromium_pdf(doc, path)

def r_chromium_footer(p, path):
    e = html.escape
    doc = """<!doctype html><html><head><meta charset=utf-8><style>
@page{size:Letter;margin:16mm 16mm 22mm 16mm} body{font-family:'Liberation Sans',sans-serif;font-size:10pt;color:#222}
h1{font-size:24pt;margin:0;letter-spacing:.5px} .t{color:#777;margin:0 0 5mm}
h2{font-size:11pt;text-transform:uppercase;color:#0a6;margin:5mm 0 1mm} ul{margin:0;padding-left:5mm} li{margin:1mm 0}
.foot{position:fixed;bottom:-14mm;left:0;right:0;text-align:center;font-size:8.5pt;color:#555;border-top:1px solid #ccc;padding-top:2mm}
</style></head><body><div class=foot>%s</div><h1>%s</h1><p class=t>%s</p>%s</body></html>""" % (
        " &nbsp;·&nbsp; ".join(e(c) for c in p["contacts"]), e(p["name"]), e(p["title"]), html_blocks(parse(p["body"])))
    chromium_pdf(doc, path)

# ------------------------------------------------------------------ soffice (docx -> pdf)
def r_soffice(p, path):
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
    r_docx_header(p, src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    shutil.move(src[:-5] + ".pdf", path); shutil.rmtree(tmp)

# ------------------------------------------------------------------ scans
def r_scan(p, path):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    tmp = tempfile.mkdtemp(); pdf = os.path.join(tmp, "s.pdf")
    r_reportlab(dict(p, num=p["num"]), pdf, font_size=10.5)
    dpi = 200 if p["ext"] == "png" else 170
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "pg")], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("pg"))
    rng = random.Random(p["num"])
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(rng.choice([-1, 1]) * rng.uniform(0.5, 2.0), resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
        im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.55, 0.75))
        a = np.asarray(im).astype(np.float32)
        h, w = a.shape
        a += np.linspace(0, rng.uniform(10, 25), w)[None, :]         # uneven lighting
        a += np.random.default_rng(p["num"]).normal(0, 9, a.shape)   # sensor noise
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        imgs.append(im)
    if p["ext"] == "pdf":
        imgs[0].convert("RGB").save(path, "PDF", resolution=dpi, save_all=True, append_images=[i.convert("RGB") for i in imgs[1:]])
    elif p["ext"] == "png":
        imgs[0].save(path)   # photo of page 1 (everything fits on one page)
    else:
        imgs[0].convert("RGB").save(path, "JPEG", quality=62)
    if len(imgs) > 1 and p["ext"] != "pdf":
        raise SystemExit("scan %s has %d pages" % (path, len(imgs)))
    shutil.rmtree(tmp)

R = dict(docx_table=r_docx_table, docx_header=r_docx_header, docx_footer=r_docx_footer, docx_twocol=r_docx_twocol,
         odt=r_odt, rtf=r_rtf, txt=r_txt, reportlab=r_reportlab, fpdf=r_fpdf, chromium_sidebar=r_chromium_sidebar,
         chromium_footer=r_chromium_footer, soffice=r_soffice, scan=r_scan)

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]

def main():
    only = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    rows = {}
    for p in P:
        fn = fname(p); path = os.path.join(OUT, fn)
        if not only or str(p["num"]) in only:
            print("build", fn, flush=True); R[p["render"]](p, path)
        t = dict(p["truth"])
        t["usce_months"] = months(t["usce_entries"])
        t["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
        row = {"file": fn, "layout": p["layout"]}
        row.update({k: t[k] for k in KEYS})
        if p["kind"] == "scan": row["needs_ocr"] = True
        rows[p["num"]] = row
    byn = {p["num"]: p for p in P}
    for d in DAMAGED:
        fn = "w54_%03d_%s.%s" % (d["num"], d["layout"], d["ext"]); path = os.path.join(OUT, fn)
        if not only or str(d["num"]) in only:
            print("build", fn, flush=True)
            if d["layout"] == "damaged_encrypted_pdf":
                from pypdf import PdfReader, PdfWriter
                tmp = path + ".tmp.pdf"; r_reportlab(byn[d["src"]], tmp)
                w = PdfWriter(clone_from=PdfReader(tmp)); w.encrypt(user_password="Medellin2021", owner_password="x9!owner", algorithm="RC4-128")
                w.write(path); os.remove(tmp)
            elif d["layout"] == "damaged_truncated_docx":
                tmp = path + ".tmp.docx"; r_docx_table(byn[d["src"]], tmp)
                data = open(tmp, "rb").read(); open(path, "wb").write(data[: int(len(data) * 0.37)]); os.remove(tmp)
            else:
                open(path, "wb").write(random.Random(2454).randbytes(48213))
        rows[d["num"]] = {"file": fn, "layout": d["layout"], "error": True}
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for n in sorted(rows): f.write(json.dumps(rows[n], ensure_ascii=False) + "\n")
    print("truth rows:", len(rows))

if __name__ == "__main__":
    main()
