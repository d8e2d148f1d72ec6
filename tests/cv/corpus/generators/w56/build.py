import os, sys, json, random, subprocess, shutil, tempfile, html
sys.path.insert(0, os.path.dirname(__file__))
from data import CVS

W = "w56"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
random.seed(56)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def parse(body):
    items = []  # (kind, payload)
    for ln in body.strip("\n").split("\n"):
        if ln.startswith("= "):
            items.append(("name", ln[2:]))
        elif ln.startswith("# "):
            items.append(("h", ln[2:]))
        elif ln.startswith("| "):
            items.append(("row", [c.strip() for c in ln[2:].split("|")]))
        elif ln.strip() == "":
            continue
        else:
            items.append(("p", ln))
    return items


def fname(c, ext):
    return f"{W}_{c['n']:03d}_{c['layout']}.{ext}"


# ---------- DOCX ----------
def docx_doc(c, items, table_rows_as_table=True):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    pending = []

    def flush():
        if not pending:
            return
        ncol = max(len(r) for r in pending)
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for r in pending:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        pending.clear()

    for k, v in items:
        if k == "row" and table_rows_as_table:
            pending.append(v); continue
        flush()
        if k == "name":
            p = d.add_paragraph(); r = p.add_run(v); r.bold = True; r.font.size = Pt(16)
        elif k == "h":
            d.add_heading(v, level=2)
        elif k == "row":
            d.add_paragraph(" - ".join(v))
        else:
            d.add_paragraph(v)
    flush()
    return d


def w_docx_biodata(c, path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("BIO-DATA"); r.bold = True; r.font.size = Pt(18); r.underline = True
    p.alignment = 1
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    for a, b in c["biodata"]:
        cells = t.add_row().cells
        cells[0].text = a; cells[1].text = ":"; cells[2].text = b
    body = docx_doc(c, parse(c["body"]))
    # append body elements into d
    for el in body.element.body.iterchildren():
        if el.tag.endswith("sectPr"):
            continue
        d.element.body.append(el)
    d.save(path)


def w_docx_table(c, path):
    docx_doc(c, parse(c["body"])).save(path)


def w_docx_hf(c, path):
    from docx.shared import Pt
    d = docx_doc(c, parse(c["body"]))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; r = hp.add_run(c["header"]); r.bold = True; r.font.size = Pt(13)
    fp = sec.footer.paragraphs[0]; fp.add_run(c["footer"]).font.size = Pt(8)
    d.save(path)


def soffice_convert(src, target_ext, filt=None):
    outdir = tempfile.mkdtemp(dir="/tmp")
    arg = f"{target_ext}:{filt}" if filt else target_ext
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w56_lo_profile", "--headless",
                    "--convert-to", arg, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + target_ext)


def via_lo(c, path, ext, filt=None):
    tmp = os.path.join(tempfile.mkdtemp(dir="/tmp"), os.path.splitext(os.path.basename(path))[0] + ".docx")
    docx_doc(c, parse(c["body"])).save(tmp)
    out = soffice_convert(tmp, ext, filt)
    shutil.move(out, path)


# ---------- ODT (odfpy) ----------
def w_odt(c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H
    doc = OpenDocumentText()
    hs = Style(name="Heading", family="paragraph")
    hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1F3864"))
    hs.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #1F3864"))
    ns = Style(name="NameStyle", family="paragraph")
    ns.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(hs); doc.styles.addElement(ns)
    for k, v in parse(c["body"]):
        if k == "name":
            doc.text.addElement(P(stylename=ns, text=v))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hs, text=v))
        elif k == "row":
            doc.text.addElement(P(text="\t".join(v)))
        else:
            doc.text.addElement(P(text=v))
    doc.save(path)


# ---------- RTF (hand-written) ----------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def w_rtf(c, path):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
             r"\paperw11906\paperh16838\margl1200\margr1200\f0\fs22"]
    for k, v in parse(c["body"]):
        if k == "name":
            parts.append(r"{\pard\qc\f1\fs32\b " + rtf_esc(v) + r"\par}")
        elif k == "h":
            parts.append(r"{\pard\sb200\f1\fs24\b\ul " + rtf_esc(v) + r"\par}")
        elif k == "row":
            parts.append(r"{\pard " + r"\tab ".join(rtf_esc(x) for x in v) + r"\par}")
        else:
            parts.append(r"{\pard " + rtf_esc(v) + r"\par}")
    parts.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(parts))


# ---------- TXT ----------
def w_txt(c, path):
    lines = []
    for k, v in parse(c["body"]):
        if k == "name":
            lines += [v, ""]
        elif k == "h":
            lines += ["", v.upper(), "-" * len(v)]
        elif k == "row":
            lines.append("   ".join(v))
        else:
            lines.append(v)
    with open(path, "w", encoding="utf-8", newline="\r\n" if c["n"] == 15 else "\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------- reportlab ----------
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    return {"name": ParagraphStyle("n", fontName="DVB", fontSize=17, leading=21, spaceAfter=4),
            "h": ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=2,
                                textColor="#7a1f1f"),
            "p": ParagraphStyle("p", fontName="DV", fontSize=9.3, leading=12),
            "side": ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11, textColor="white"),
            "sideh": ParagraphStyle("sh", fontName="DVB", fontSize=9.5, leading=13, spaceBefore=8,
                                    textColor="#f2c14e")}


def rl_flow(items, S):
    from reportlab.platypus import Paragraph
    fl = []
    for k, v in items:
        if k == "row":
            v = " — ".join(v); k = "p"
        fl.append(Paragraph(html.escape(v), S[k]))
    return fl


def w_reportlab(c, path):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    S = rl_styles()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title="CV", author=c["truth"]["full_name"])
    doc.build(rl_flow(parse(c["body"]), S))


def w_reportlab_sidebar(c, path):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak
    from reportlab.lib.pagesizes import A4
    S = rl_styles()
    Wd, H = A4
    side_w = 165

    def bg(canv, doc):
        canv.setFillColor("#243b55"); canv.rect(0, 0, side_w, H, stroke=0, fill=1)
    doc = BaseDocTemplate(path, pagesize=A4, title="Curriculum Vitae")
    fs = Frame(12, 30, side_w - 24, H - 60, id="side")
    fm = Frame(side_w + 20, 30, Wd - side_w - 45, H - 60, id="main")
    doc.addPageTemplates([PageTemplate(id="t", frames=[fs, fm], onPage=bg)])
    fl = []
    heads = {"CONTACT", "LANGUAGES", "EXAMS", "INTERESTS"}
    for ln in c["sidebar"].split("\n"):
        fl.append(Paragraph(html.escape(ln), S["sideh" if ln in heads else "side"]))
    fl.append(FrameBreak())
    fl += rl_flow(parse(c["body"]), S)
    doc.build(fl)


# ---------- fpdf2 ----------
def w_fpdf(c, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4" if c["n"] != 7 else "letter")
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_margins(18, 15, 18); pdf.add_page()
    for k, v in parse(c["body"]):
        if k == "name":
            pdf.set_font("DV", "B", 18); pdf.cell(0, 10, v, new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_text_color(20, 60, 120)
            pdf.cell(0, 7, v.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
        else:
            if k == "row":
                v = "  |  ".join(v)
            pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------- chromium ----------
CSS_SIDEBAR = """body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt}
.wrap{display:flex;min-height:100vh}.side{width:32%;background:#0b3d2e;color:#fff;padding:18px}
.side h3{color:#ffd166;font-size:10pt;margin:14px 0 4px}.main{width:68%;padding:18px 24px}
h1{font-size:19pt;margin:0 0 4px}h2{font-size:12pt;border-bottom:1px solid #0b3d2e;margin:14px 0 4px}
p{margin:2px 0}@page{size:A4;margin:0}"""
CSS_MODERN = """body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;margin:28px 40px}
h1{font-size:22pt;color:#8b1e3f;margin:0}h2{font-size:11pt;text-transform:uppercase;letter-spacing:2px;
color:#8b1e3f;margin:16px 0 4px}p{margin:3px 0}.sub{color:#555}@page{size:Letter;margin:12mm}"""


def items_html(items):
    out = []
    for k, v in items:
        if k == "name":
            out.append(f"<h1>{html.escape(v)}</h1>")
        elif k == "h":
            out.append(f"<h2>{html.escape(v)}</h2>")
        elif k == "row":
            out.append("<p>" + " &nbsp;|&nbsp; ".join(html.escape(x) for x in v) + "</p>")
        else:
            out.append(f"<p>{html.escape(v)}</p>")
    return "\n".join(out)


def w_chromium(c, path):
    if c.get("sidebar"):
        side = []
        heads = {"Contact", "USMLE", "Visa", "Languages"}
        for ln in c["sidebar"].split("\n"):
            side.append(f"<h3>{html.escape(ln)}</h3>" if ln in heads else f"<p>{html.escape(ln)}</p>")
        body = f"<div class='wrap'><div class='side'>{''.join(side)}</div><div class='main'>{items_html(parse(c['body']))}</div></div>"
        css = CSS_SIDEBAR
    else:
        body = items_html(parse(c["body"])); css = CSS_MODERN
    doc = f"<!doctype html><html><head><meta charset='utf-8'><title>CV</title><style>{css}</style></head><body>{body}</body></html>"
    tmp = os.path.join(tempfile.mkdtemp(dir="/tmp"), "cv.html")
    open(tmp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "--user-data-dir=/tmp/w56_chrome", "file://" + tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------- scans (Pillow) ----------
def render_page(c):
    from PIL import Image, ImageDraw, ImageFont
    Wp, Hp = 1240, 1754  # A4 @150dpi
    img = Image.new("L", (Wp, Hp), 255)
    d = ImageDraw.Draw(img)
    fN = ImageFont.truetype(FONTB, 34); fH = ImageFont.truetype(FONTB, 24)
    fP = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 20)
    y = 90
    for k, v in parse(c["body"]):
        if k == "name":
            d.text((90, y), v, font=fN, fill=10); y += 56
        elif k == "h":
            y += 14; d.text((90, y), v.upper(), font=fH, fill=20); y += 32
            d.line((90, y, Wp - 90, y), fill=60, width=2); y += 8
        else:
            if k == "row":
                v = "  |  ".join(v)
            # wrap
            words = v.split(); line = ""
            for w in words:
                t = (line + " " + w).strip()
                if d.textlength(t, font=fP) > Wp - 200:
                    d.text((100, y), line, font=fP, fill=25); y += 29; line = w
                else:
                    line = t
            d.text((100, y), line, font=fP, fill=25); y += 29
    return img


def degrade(img, angle, blur, contrast, noise_amt, seed):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype(np.float32)
    rng = np.random.default_rng(seed)
    a += rng.normal(0, noise_amt, a.shape)
    # uneven lighting (phone photo)
    h, w = a.shape
    grad = np.linspace(0, 25, w)[None, :] + np.linspace(0, 15, h)[:, None]
    a -= grad
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


SCAN_PARAMS = {17: (0.8, 0.9, 0.75, 10), 18: (-1.3, 0.7, 0.8, 8), 19: (1.7, 1.0, 0.72, 10),
               20: (-0.6, 0.8, 0.7, 9), 21: (1.2, 0.9, 0.7, 10)}


def w_scan(c, path):
    ang, bl, con, nz = SCAN_PARAMS[c["n"]]
    img = degrade(render_page(c), ang, bl, con, nz, c["n"])
    ext = path.rsplit(".", 1)[1]
    if ext == "png":
        img.save(path)
    elif ext == "jpg":
        img.convert("RGB").save(path, quality=55)
    else:
        img.convert("RGB").save(path, "PDF", resolution=150.0)


WRITERS = {
    "docx_biodata": ("docx", w_docx_biodata), "docx_table": ("docx", w_docx_table), "docx_hf": ("docx", w_docx_hf),
    "lo_docx_pdf": ("pdf", lambda c, p: via_lo(c, p, "pdf", "writer_pdf_Export")),
    "lo_docx_odt": ("odt", lambda c, p: via_lo(c, p, "odt")),
    "lo_docx_rtf": ("rtf", lambda c, p: via_lo(c, p, "rtf")),
    "odt": ("odt", w_odt), "rtf": ("rtf", w_rtf), "txt": ("txt", w_txt),
    "reportlab": ("pdf", w_reportlab), "reportlab_sidebar": ("pdf", w_reportlab_sidebar),
    "fpdf": ("pdf", w_fpdf), "chromium": ("pdf", w_chromium),
    "scan_png": ("png", w_scan), "scan_jpg": ("jpg", w_scan), "scan_pdf": ("pdf", w_scan),
}


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications"]


def damaged(truth_lines):
    # 022: truncated reportlab PDF (cut at 40%)
    src = os.path.join(OUT, fname(CVS[12], "pdf"))
    p = os.path.join(OUT, f"{W}_022_pdf_truncated.pdf")
    b = open(src, "rb").read(); open(p, "wb").write(b[: int(len(b) * 0.4)])
    truth_lines.append({"file": os.path.basename(p), "layout": "pdf_truncated", "error": True})
    # 023: encrypted PDF with user password
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(os.path.join(OUT, fname(CVS[5], "pdf")))
    w = PdfWriter()
    for pg in r.pages:
        w.add_page(pg)
    w.encrypt(user_password="santos2024", owner_password="owner-w56", algorithm="RC4-128")
    p = os.path.join(OUT, f"{W}_023_pdf_encrypted.pdf")
    with open(p, "wb") as f:
        w.write(f)
    truth_lines.append({"file": os.path.basename(p), "layout": "pdf_encrypted", "error": True})
    # 024: random bytes with .docx name
    p = os.path.join(OUT, f"{W}_024_docx_random.docx")
    open(p, "wb").write(random.Random(24).randbytes(18432))
    truth_lines.append({"file": os.path.basename(p), "layout": "docx_random", "error": True})


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    truth = []
    for c in CVS:
        ext, fn = WRITERS[c["fmt"]]
        path = os.path.join(OUT, fname(c, ext))
        fn(c, path)
        t = c["truth"]
        rec = {"file": os.path.basename(path), "layout": c["layout"]}
        for k in KEYS:
            rec[k] = t[k]
        rec["usce_months"] = months(t["usce_entries"])
        rec["usce_months_clinical"] = months(t["usce_entries"], True)
        rec["usce_entries"] = t["usce_entries"]
        if c["fmt"].startswith("scan"):
            rec["needs_ocr"] = True
        truth.append(rec)
        print("built", rec["file"], flush=True)
    damaged(truth)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("truth lines:", len(truth))


if __name__ == "__main__":
    main()
