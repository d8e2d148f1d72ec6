# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, tempfile, html, random
sys.path.insert(0, os.path.dirname(__file__))
from cvs import CVS
from truth import TRUTH, LAYOUTS

W = "w104"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w104_")
os.makedirs(OUT, exist_ok=True)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(n):
    lay, ext, _ = LAYOUTS[n]
    return f"{W}_{n}_{lay}.{ext}"


def parse(body):
    out = []
    for ln in body.strip("\n").split("\n"):
        s = ln.strip()
        if not s:
            continue
        if s.startswith("## "):
            out.append(("h2", s[3:]))
        elif s.startswith("# "):
            out.append(("h1", s[2:]))
        elif s.startswith("- "):
            out.append(("li", s[2:]))
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            out.append(("p", s))
    return out


def soffice(src, outdir, fmt="pdf"):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


# ---------------- HTML / Chromium ----------------
def items_html(items):
    h, in_ul = [], False
    for k, v in items:
        if k != "li" and in_ul:
            h.append("</ul>"); in_ul = False
        if k == "h1":
            h.append(f"<h2>{html.escape(v)}</h2>")
        elif k == "h2":
            h.append(f"<h3>{html.escape(v)}</h3>")
        elif k == "li":
            if not in_ul:
                h.append("<ul>"); in_ul = True
            h.append(f"<li>{html.escape(v)}</li>")
        elif k == "p":
            h.append(f"<p>{html.escape(v)}</p>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in v)
            h.append(f"<table>{rows}</table>")
    if in_ul:
        h.append("</ul>")
    return "\n".join(h)


CSS_COMMON = """
body{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:10pt;color:#222;margin:0}
h1{font-size:20pt;margin:0 0 2px 0} h2{font-size:11.5pt;text-transform:uppercase;letter-spacing:1px;
border-bottom:1.5px solid #2b5d8a;color:#2b5d8a;margin:12px 0 4px 0} h3{font-size:10.5pt;margin:6px 0 1px 0}
p{margin:2px 0} ul{margin:2px 0 2px 16px;padding:0} table{border-collapse:collapse;width:100%}
td{border:1px solid #999;padding:2px 4px;font-size:9pt}
"""


def build_html(cv, variant):
    body = items_html(parse(cv["body"]))
    extra = ""
    if cv.get("arabic"):
        extra = f'<div dir="rtl" style="font-family:\'Noto Naskh Arabic\';font-size:14pt">{cv["arabic"]}</div>'
    if variant == "single":
        contact = " · ".join(html.escape(c) for c in cv["contact"])
        return f"""<html><head><meta charset="utf-8"><style>{CSS_COMMON}
@page{{size:A4;margin:16mm}} .top{{border-bottom:3px solid #2b5d8a;padding-bottom:6px}}</style></head><body>
<div class="top"><h1>{html.escape(cv['name'])}</h1>{extra}<div><i>{html.escape(cv['subtitle'])}</i></div>
<div>{contact}</div></div>{body}</body></html>"""
    side = items_html(parse(cv["side"]))
    if variant == "twocol":
        return f"""<html><head><meta charset="utf-8"><style>{CSS_COMMON}
@page{{size:Letter;margin:12mm}} .wrap{{display:flex;gap:14px}} .left{{width:34%;background:#eef3f7;padding:8px}}
.right{{width:66%}}</style></head><body><h1>{html.escape(cv['name'])}</h1><div><i>{html.escape(cv['subtitle'])}</i></div>
<div class="wrap"><div class="left">{side}</div><div class="right">{body}</div></div></body></html>"""
    # sidebar: dark coloured full-height sidebar, grid
    return f"""<html><head><meta charset="utf-8"><style>{CSS_COMMON}
@page{{size:A4;margin:0}} .grid{{display:grid;grid-template-columns:62mm 1fr;min-height:297mm}}
.sb{{background:#1f3b4d;color:#fff;padding:14mm 6mm}} .sb h2{{color:#ffd479;border-color:#ffd479}}
.main{{padding:14mm 10mm}}</style></head><body><div class="grid"><div class="sb">{side}</div>
<div class="main"><h1>{html.escape(cv['name'])}</h1><div><i>{html.escape(cv['subtitle'])}</i></div>{body}</div></div></body></html>"""


def chromium_pdf(html_text, out_pdf):
    hp = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", "file://" + hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------- DOCX ----------------
def build_docx(cv, path, header=None, footer=None):
    from docx import Document
    from docx.shared import Pt, RGBColor
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    t = d.add_paragraph(); r = t.add_run(cv["name"]); r.bold = True; r.font.size = Pt(20)
    d.add_paragraph().add_run(cv["subtitle"]).italic = True
    if cv["contact"]:
        d.add_paragraph(" | ".join(cv["contact"]))
    for k, v in parse(cv["body"]):
        if k == "h1":
            d.add_heading(v, level=1)
        elif k == "h2":
            p = d.add_paragraph(); p.add_run(v).bold = True
        elif k == "li":
            d.add_paragraph(v, style="List Bullet")
        elif k == "p":
            d.add_paragraph(v)
        elif k == "table":
            tb = d.add_table(rows=0, cols=len(v[0])); tb.style = "Table Grid"
            for i, row in enumerate(v):
                cells = tb.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = c
                    if i == 0:
                        for rr in cells[j].paragraphs[0].runs:
                            rr.bold = True
    d.save(path)


# ---------------- ODT ----------------
def build_odt(cv, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    h1 = Style(name="H1x", family="paragraph"); h1.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1a5276"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1a5276"))
    h2 = Style(name="H2x", family="paragraph"); h2.addElement(TextProperties(fontweight="bold"))
    it = Style(name="It", family="paragraph"); it.addElement(TextProperties(fontstyle="italic"))
    for s in (big, h1, h2, it):
        doc.styles.addElement(s)
    doc.text.addElement(P(stylename=big, text=cv["name"]))
    doc.text.addElement(P(stylename=it, text=cv["subtitle"]))
    for c in cv["contact"]:
        doc.text.addElement(P(text=c))
    for k, v in parse(cv["body"]):
        if k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=v))
        elif k == "h2":
            doc.text.addElement(P(stylename=h2, text=v))
        elif k == "li":
            doc.text.addElement(P(text="• " + v))
        elif k == "p":
            doc.text.addElement(P(text=v))
        elif k == "table":
            tb = Table(); tb.addElement(TableColumn(numbercolumnsrepeated=len(v[0])))
            for row in v:
                tr = TableRow()
                for c in row:
                    tc = TableCell(); tc.addElement(P(text=c)); tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
    doc.save(path)


# ---------------- fpdf2 ----------------
def build_fpdf(cv, path, twocol=False):
    from fpdf import FPDF
    pdf = FPDF(format="Letter"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    pdf.add_page()
    pdf.set_font("DV", "B", 18); pdf.cell(0, 9, cv["name"], new_x="LMARGIN", new_y="NEXT")
    if cv.get("greek"):
        pdf.set_font("DV", "", 12); pdf.cell(0, 6, cv["greek"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10); pdf.cell(0, 6, cv["subtitle"], new_x="LMARGIN", new_y="NEXT")
    if not twocol:
        pdf.cell(0, 6, "  |  ".join(cv["contact"]), new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1); pdf.ln(3)

    def render(items, x, w):
        for k, v in items:
            pdf.set_x(x)
            if k == "h1":
                pdf.ln(2); pdf.set_x(x); pdf.set_font("DV", "B", 11.5); pdf.set_text_color(20, 60, 110)
                pdf.multi_cell(w, 6, v.upper(), new_x="LEFT", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
            elif k == "h2":
                pdf.set_font("DV", "B", 10); pdf.multi_cell(w, 5, v, new_x="LEFT", new_y="NEXT")
            elif k == "li":
                pdf.set_font("DV", "", 9.5); pdf.multi_cell(w, 4.8, "• " + v, new_x="LEFT", new_y="NEXT")
            elif k == "p":
                pdf.set_font("DV", "", 9.5); pdf.multi_cell(w, 4.8, v, new_x="LEFT", new_y="NEXT")
            elif k == "table":
                pdf.set_font("DV", "", 8.5)
                with pdf.table(width=w, align="LEFT") as t:
                    for row in v:
                        r = t.row()
                        for c in row:
                            r.cell(c)
    if twocol:
        y0 = pdf.get_y(); lw = 62
        render(parse(cv["side"]), pdf.l_margin, lw)
        pdf.set_y(y0)
        render(parse(cv["body"]), pdf.l_margin + lw + 6, pdf.w - pdf.r_margin - pdf.l_margin - lw - 6)
    else:
        render(parse(cv["body"]), pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin)
    pdf.output(path)


# ---------------- reportlab ----------------
def build_reportlab(cv, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12)
    t1 = ParagraphStyle("t1", parent=n, fontName="DVB", fontSize=18, leading=22)
    h1 = ParagraphStyle("h1", parent=n, fontName="DVB", fontSize=11.5, spaceBefore=8, textColor="#7a1f1f")
    h2 = ParagraphStyle("h2", parent=n, fontName="DVB")
    els = [Paragraph(html.escape(cv["name"]), t1), Paragraph(html.escape(cv["subtitle"]), n),
           Paragraph(html.escape(" · ".join(cv["contact"])), n), Spacer(1, 6)]
    for k, v in parse(cv["body"]):
        e = html.escape(v)
        if k == "h1": els.append(Paragraph(e, h1))
        elif k == "h2": els.append(Paragraph(e, h2))
        elif k == "li": els.append(Paragraph("• " + e, n))
        elif k == "p": els.append(Paragraph(e, n))
        elif k == "table":
            tb = Table([[Paragraph(html.escape(c), n) for c in r] for r in v])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888")])); els.append(tb)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                      title="CV").build(els)


# ---------------- text / RTF ----------------
def build_txt(cv):
    L = [cv["name"].upper(), cv["subtitle"]] + cv["contact"] + [""]
    for k, v in parse(cv["body"]):
        if k == "h1": L += ["", v, "=" * len(v)]
        elif k == "h2": L.append(v)
        elif k == "li": L.append("  * " + v)
        elif k == "p": L.append(v)
        elif k == "table": L += ["  " + " | ".join(r) for r in v]
    return "\n".join(L) + "\n"


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def build_rtf(cv):
    R = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}", r"\paperw11906\paperh16838\margl1134\margr1134",
         r"{\pard\qc\f1\fs36\b " + rtf_esc(cv["name"]) + r"\b0\par}",
         r"{\pard\qc\f1\fs20\i " + rtf_esc(cv["subtitle"]) + r"\i0\par}",
         r"{\pard\qc\f1\fs20 " + rtf_esc("  •  ".join(cv["contact"])) + r"\par}"]
    for k, v in parse(cv["body"]):
        if k == "h1": R.append(r"{\pard\sb200\f1\fs24\b\ul " + rtf_esc(v) + r"\ul0\b0\par}")
        elif k == "h2": R.append(r"{\pard\f0\fs21\b " + rtf_esc(v) + r"\b0\par}")
        elif k == "li": R.append(r"{\pard\li360\fi-200\f0\fs20 \bullet  " + rtf_esc(v) + r"\par}")
        elif k == "p": R.append(r"{\pard\f0\fs20 " + rtf_esc(v) + r"\par}")
        elif k == "table":
            for r in v: R.append(r"{\pard\f0\fs20 " + rtf_esc(" | ".join(r)) + r"\par}")
    R.append("}")
    return "\n".join(R)


# ---------------- scans ----------------
def rasterize(pdf, dpi=150):
    pref = os.path.join(TMP, os.path.basename(pdf) + "_r")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, pref], check=True)
    from PIL import Image
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(pref)))
    return [Image.open(os.path.join(TMP, f)).convert("RGB") for f in files]


def degrade(img, angle, noise=12, blur=0.6, contrast=1.0, seed=0):
    import numpy as np
    from PIL import ImageFilter, ImageEnhance, Image
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(235, 233, 228))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
        img = ImageEnhance.Brightness(img).enhance(1.08)
    a = np.asarray(img).astype(np.int16) + rng.normal(0, noise, (img.size[1], img.size[0], 1)).astype(np.int16)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"))


def jpeg_cycle(img, q):
    import io
    from PIL import Image
    b = io.BytesIO(); img.save(b, "JPEG", quality=q); b.seek(0)
    return Image.open(b).convert("RGB")


def phone_photo(img, seed=3):
    import numpy as np
    from PIL import Image, ImageFilter
    w, h = img.size
    W2, H2 = int(w * 1.25), int(h * 1.15)
    bg = Image.new("RGB", (W2, H2), (92, 74, 58))  # wooden desk
    bg.paste(img, ((W2 - w) // 2, (H2 - h) // 2))
    # perspective: top narrower than bottom
    ox, oy = (W2 - w) // 2, (H2 - h) // 2
    src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
    dst = [(ox + 70, oy + 40), (ox + w - 40, oy + 70), (ox + w + 10, oy + h - 10), (ox - 25, oy + h + 5)]
    def coeffs(pa, pb):
        A = []
        for (x, y), (X, Y) in zip(pa, pb):
            A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        A = np.array(A, dtype=float); B = np.array(pb, dtype=float).reshape(8)
        return np.linalg.solve(A, B)
    c = coeffs(dst, src)
    out = bg.transform((W2, H2), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(92, 74, 58))
    # lighting gradient (shadow)
    a = np.asarray(out).astype(float)
    gx = np.linspace(0.72, 1.05, W2)[None, :, None]; gy = np.linspace(1.0, 0.85, H2)[:, None, None]
    a = a * gx * gy
    a += np.random.default_rng(seed).normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.9))
    return out.rotate(-1.2, resample=Image.BICUBIC, expand=False, fillcolor=(80, 64, 50))


def images_to_pdf(imgs, path):
    imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


# ---------------- main ----------------
def main():
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    P = lambda n: os.path.join(OUT, fname(n))
    # 001 python-docx -> LO pdf
    d = os.path.join(TMP, fname("001").replace(".pdf", ".docx")); build_docx(CVS["001"], d)
    shutil.move(soffice(d, TMP), P("001"))
    build_docx(CVS["002"], P("002"), header=CVS["002"]["header"])
    chromium_pdf(build_html(CVS["003"], "twocol"), P("003"))
    build_odt(CVS["004"], P("004"))
    o = os.path.join(TMP, fname("005").replace(".pdf", ".odt")); build_odt(CVS["005"], o)
    shutil.move(soffice(o, TMP), P("005"))
    build_fpdf(CVS["006"], P("006"))
    open(P("007"), "w", encoding="utf-8").write(build_txt(CVS["007"]))
    build_reportlab(CVS["008"], P("008"))
    chromium_pdf(build_html(CVS["009"], "sidebar"), P("009"))
    open(P("010"), "w", encoding="ascii").write(build_rtf(CVS["010"]))
    build_docx(CVS["011"], P("011"), footer=CVS["011"]["footer"])
    chromium_pdf(build_html(CVS["012"], "single"), P("012"))
    r = os.path.join(TMP, fname("013").replace(".pdf", ".rtf"))
    open(r, "w", encoding="ascii").write(build_rtf(CVS["013"]))
    shutil.move(soffice(r, TMP), P("013"))
    d = os.path.join(TMP, fname("014").replace(".pdf", ".docx")); build_docx(CVS["014"], d)
    shutil.move(soffice(d, TMP), P("014"))
    build_fpdf(CVS["015"], P("015"), twocol=True)
    build_docx(CVS["016"], P("016"))
    # scans
    t = os.path.join(TMP, "s017.pdf"); chromium_pdf(build_html(CVS["017"], "single"), t)
    images_to_pdf([jpeg_cycle(degrade(i, 1.4, seed=17), 55) for i in rasterize(t, 150)], P("017"))
    t = os.path.join(TMP, "s018.pdf"); build_reportlab(CVS["018"], t)
    degrade(rasterize(t, 150)[0], -2.1, noise=14, blur=0.8, seed=18).convert("L").save(P("018"))
    t = os.path.join(TMP, "s019.pdf"); chromium_pdf(build_html(CVS["019"], "single"), t)
    jpeg_cycle(phone_photo(rasterize(t, 130)[0]), 70).save(P("019"), "JPEG", quality=72)
    d = os.path.join(TMP, "s020.docx"); build_docx(CVS["020"], d); t = soffice(d, TMP)
    images_to_pdf([degrade(i, 0.7, noise=10, blur=0.7, contrast=0.45, seed=20) for i in rasterize(t, 140)], P("020"))
    t = os.path.join(TMP, "s021.pdf"); chromium_pdf(build_html(CVS["021"], "single"), t)
    jpeg_cycle(degrade(rasterize(t, 160)[0], 2.6, noise=11, blur=0.7, seed=21), 40).save(P("021"), "JPEG", quality=60)
    # damaged
    t = os.path.join(TMP, "d022.pdf"); build_reportlab(CVS["016"] | {"name": "Tomás Echeverría Luna"}, t)
    open(P("022"), "wb").write(open(t, "rb").read()[:300])
    open(P("023"), "wb").write(random.Random(23).randbytes(18000))
    from pypdf import PdfReader, PdfWriter
    t = os.path.join(TMP, "d024.pdf"); build_reportlab(CVS["008"] | {"name": "Inés Cardoso Prado"}, t)
    w = PdfWriter(); [w.add_page(p) for p in PdfReader(t).pages]
    w.encrypt(user_password="k9#Lm2vQ", owner_password="own3r-w104", algorithm="AES-256"); w.write(P("024"))

    # truth
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for n in sorted(LAYOUTS):
            rec = {"file": fname(n), "layout": LAYOUTS[n][0]}
            if n in TRUTH:
                tr = dict(TRUTH[n])
                rec.update(tr)
                rec["usce_months"] = months(tr["usce_entries"])
                rec["usce_months_clinical"] = months([e for e in tr["usce_entries"] if e["type"] in ("hands_on", "observership")])
                if LAYOUTS[n][1] in ("png", "jpg") or n in ("017", "020"):
                    rec["needs_ocr"] = True
            else:
                rec["error"] = True
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(os.listdir(OUT)), "files")


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


if __name__ == "__main__":
    main()
