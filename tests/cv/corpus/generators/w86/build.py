# -*- coding: utf-8 -*-
import os, sys, subprocess, shutil, random, html, io
from data import R
from common import sections, fname, truth, write_truth, rng, hosp, TYPE_LABEL, step_lines

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = "/tmp/w86build"
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BYN = {r["n"]: r for r in R}


def out(r):
    return os.path.join(OUT, fname(r))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w86_lo_profile", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------- DOCX ----------------
def docx_build(r, path, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    style = {1: "slash", 8: "full", 9: "mon", 11: "full", 16: "dot"}[r["n"]]
    S = sections(r, style=style, fr=(r["n"] == 8))
    contact = f"{r['phone']}  •  {r['email']}"
    if mode == "headerfooter":
        hp = sec.header.paragraphs[0]
        hp.text = f"{r['name']}  |  {r['ar']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = sec.footer.paragraphs[0]
        fp.text = f"Mobile/WhatsApp: {r['phone']}   Email: {r['email']}   Falls Church, VA, USA"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_heading("Curriculum Vitae", level=1)
        for h, lines in S:
            d.add_heading(h, level=2)
            for l in lines:
                d.add_paragraph(l, style="List Bullet" if "|" in l else None)
    elif mode == "table":
        # header table with name in header; contacts inside table in header
        ht = sec.header.add_table(1, 2, Cm(17))
        ht.cell(0, 0).text = f"{r['name']}\n{r['ar']}"
        ht.cell(0, 1).text = f"☎ {r['phone']}\n✉ {r['email']}\nBeirut, Lebanon"
        d.add_heading("CURRICULUM VITAE", level=1)
        for h, lines in S:
            d.add_heading(h, level=2)
            if h.startswith("US Clinical"):
                t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
                for i, c in enumerate(["Dates", "Type", "Specialty", "Institution"]):
                    t.rows[0].cells[i].text = c
                for e in r["usce"]:
                    row = t.add_row().cells
                    row[0].text = rng(e, style, " - "); row[1].text = TYPE_LABEL[e["type"]]
                    row[2].text = e["specialty"]; row[3].text = hosp(r, e)
            elif h.startswith("USMLE"):
                t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
                for l in lines:
                    a, _, b = l.partition(":")
                    row = t.add_row().cells; row[0].text = a; row[1].text = b.strip() or "✓"
            else:
                for l in lines:
                    d.add_paragraph(l)
    elif mode == "twocol":
        d.add_paragraph().add_run(r["name"]).bold = True
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(11.5)
        left.text = ""
        lp = left.paragraphs[0]
        lp.add_run(r["ar"] + "\n\n").bold = True
        lp.add_run("CONTACT\n").bold = True
        lp.add_run(f"{r['phone']}\n{r['email']}\nNablus, Palestine\n\n")
        for h, lines in S:
            if h in ("Languages", "Visa Status", "USMLE & Certification"):
                lp.add_run(h.upper() + "\n").bold = True
                lp.add_run("\n".join(lines) + "\n\n")
        right.text = ""
        first = True
        for h, lines in S:
            if h in ("Languages", "Visa Status", "USMLE & Certification"):
                continue
            p = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            p.add_run(h).bold = True
            for l in lines:
                right.add_paragraph(l)
    else:  # plain (for LibreOffice conversion)
        p = d.add_paragraph(); run = p.add_run(r["name"]); run.bold = True; run.font.size = Pt(20)
        if r.get("ar"):
            d.add_paragraph(r["ar"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(contact)
        for h, lines in S:
            hp = d.add_paragraph(); hr = hp.add_run(h.upper()); hr.bold = True; hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            for l in lines:
                d.add_paragraph(l)
    d.save(path)


# ---------------- ODT (odfpy) ----------------
def odt_build(r, path, fr=False, style="iso"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, H, Span
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#7a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    ns = Style(name="Nm", family="paragraph"); ns.addElement(TextProperties(fontsize="22pt", fontweight="bold"))
    ars = Style(name="Ar", family="paragraph"); ars.addElement(ParagraphProperties(textalign="end")); ars.addElement(TextProperties(fontsize="14pt"))
    for s in (hs, ns, ars):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=ns, text=r["name"]))
    if r.get("ar"):
        doc.text.addElement(P(stylename=ars, text=r["ar"]))
    doc.text.addElement(P(text=f"Tél. / Phone: {r['phone']}    E-mail: {r['email']}"))
    for h, lines in sections(r, style=style, fr=fr):
        doc.text.addElement(P(stylename=hs, text=h))
        for l in lines:
            doc.text.addElement(P(text=l))
    doc.save(path)


# ---------------- Chromium HTML ----------------
CSS_SIDEBAR = """
@page { size: A4; margin: 0; } body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#222}
.wrap{display:flex;min-height:297mm} .side{width:65mm;background:#16324f;color:#eef;padding:14mm 7mm}
.main{flex:1;padding:14mm 10mm} h1{font-size:20pt;margin:0} .ar{font-size:15pt;direction:rtl;margin:4px 0 14px}
h2{font-size:11.5pt;color:#16324f;border-bottom:1.5px solid #c9a227;margin:12px 0 4px} .side h2{color:#c9a227;border-color:#c9a227}
p{margin:2px 0}
"""
CSS_TWOCOL = """
@page { size: Letter; margin: 12mm; } body{font-family:'DejaVu Serif',serif;font-size:9.5pt}
header{text-align:center;border-bottom:2px solid #444;padding-bottom:6px} header .ar{direction:rtl;font-size:13pt}
.cols{column-count:2;column-gap:9mm;margin-top:8px} h2{font-size:11pt;text-transform:uppercase;margin:8px 0 3px;break-after:avoid}
p{margin:1px 0 3px} footer{position:fixed;bottom:0;font-size:8pt;color:#666;width:100%;text-align:center}
"""


def chromium_build(r, path, kind):
    E = html.escape
    style = "mon" if r["n"] == 2 else "slash"
    S = sections(r, style=style)
    if kind == "sidebar":
        side_keys = ("Languages", "Visa Status", "USMLE & Certification")
        side = f"<h2>Contact</h2><p>{E(r['phone'])}</p><p>{E(r['email'])}</p><p>Amman, Jordan</p>"
        main = f"<h1>{E(r['name'])}</h1><div class='ar'>{E(r['ar'])}</div>"
        for h, lines in S:
            blk = f"<h2>{E(h)}</h2>" + "".join(f"<p>{E(l)}</p>" for l in lines)
            if h in side_keys:
                side += blk
            else:
                main += blk
        body = f"<div class='wrap'><div class='side'>{side}</div><div class='main'>{main}</div></div>"
        css = CSS_SIDEBAR
    else:
        body = f"<header><h1>{E(r['name'])}</h1><div class='ar'>{E(r['ar'])}</div></header><div class='cols'>"
        for h, lines in S:
            body += f"<h2>{E(h)}</h2>" + "".join(f"<p>{E(l)}</p>" for l in lines)
        body += f"</div><footer>{E(r['email'])} · WhatsApp {E(r['phone'])} · Tripoli, Libya</footer>"
        css = CSS_TWOCOL
    hp = os.path.join(TMP, f"{r['n']}.html")
    open(hp, "w", encoding="utf-8").write(f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------- reportlab ----------------
def reportlab_build(r, path, twocol):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, BaseDocTemplate, Frame, PageTemplate
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12)
    H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=11.5, spaceBefore=8, spaceAfter=3, textColor="#333366")
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=14 if twocol else 18, leading=22)
    E = html.escape
    style = "dot" if twocol else "full"
    flow = [Paragraph(E(r["name"]), T)]
    if not twocol:
        flow.append(Paragraph(E(f"{r['email']} | {r['phone']} | Giza, Egypt"), N))
    from reportlab.platypus import FrameBreak
    for h, lines in sections(r, style=style):
        if twocol and h.startswith("US Clinical"):
            flow.append(FrameBreak())
        flow.append(Paragraph(E(h), H))
        for l in lines:
            flow.append(Paragraph(E(l), N))
    if not twocol:
        SimpleDocTemplate(path, pagesize=A4, title=f"CV {r['name']}").build(flow)
        return
    W, Hh = letter

    def deco(c, d):
        c.setFont("DV", 8)
        c.drawString(15 * mm, 10 * mm, f"Contact: {r['phone']}  ·  {r['email']}  ·  Erbil, Kurdistan Region, Iraq")
        c.drawRightString(W - 15 * mm, 10 * mm, f"Page {d.page}")
    doc = BaseDocTemplate(path, pagesize=letter, title="Curriculum Vitae")
    fw = (W - 40 * mm) / 2
    frames = [Frame(15 * mm, 18 * mm, fw, Hh - 33 * mm, id="a"), Frame(25 * mm + fw, 18 * mm, fw, Hh - 33 * mm, id="b")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=deco)])
    doc.build(flow)


# ---------------- fpdf2 ----------------
def fpdf_build(r, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_fill_color(40, 90, 80); pdf.rect(0, 0, 210, 32, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 20); pdf.set_xy(12, 8); pdf.cell(0, 10, r["name"].upper())
    pdf.set_font("DV", "", 9.5); pdf.set_xy(12, 19)
    pdf.cell(0, 6, f"Dr. {r['name']}, MD  ·  Tél: {r['phone']}  ·  {r['email']}  ·  Alger, Algérie")
    pdf.set_text_color(20, 20, 20); pdf.set_y(38)
    for h, lines in sections(r, style="fr", fr=True):
        pdf.set_font("DV", "B", 11.5); pdf.set_text_color(40, 90, 80); pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(20, 20, 20); pdf.set_font("DV", "", 9.5)
        for l in lines:
            pdf.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)


# ---------------- txt ----------------
def txt_build(r, path):
    L = []
    if r["n"] == 5:
        L += [r["name"].upper(), r["ar"], f"Phone: {r['phone']}", f"E-mail: {r['email']}", "Baghdad, Iraq", "=" * 60]
        S = sections(r, style="iso")
        for h, lines in S:
            L += ["", h.upper(), "-" * len(h)] + ["  - " + l for l in lines]
    else:
        L += [f"# {r['name']} ({r['ar']})", "", f"**Mobile:** {r['phone']}  ", f"**Email:** {r['email']}  ", "Irbid, Jordan", ""]
        for h, lines in sections(r, style="mon"):
            L += ["", f"## {h}"] + ["* " + l for l in lines]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------- RTF ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)


def rtf_build(r, path):
    fr = True
    style = "fr" if r["n"] == 6 else "slash"
    P = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}",
         "{\\colortbl;\\red0\\green51\\blue102;}\\paperw11906\\paperh16838\\margl1134\\margr1134\\f1\\fs20"]
    P.append(f"\\pard\\qc\\b\\fs34 {rtf_esc(r['name'])}\\b0\\fs20\\par")
    P.append(f"\\pard\\qc\\rtlpar\\fs26 {rtf_esc(r['ar'])}\\fs20\\par")
    city = "Tunis, Tunisie" if r["n"] == 6 else "Casablanca, Maroc"
    P.append(f"\\pard\\qc {rtf_esc('Tél.: ' + r['phone'] + '  —  Courriel / Email: ' + r['email'] + '  —  ' + city)}\\par\\par")
    for h, lines in sections(r, style=style, fr=fr):
        P.append(f"\\pard\\sb200\\cf1\\b\\fs24 {rtf_esc(h)}\\b0\\cf0\\fs20\\par")
        for l in lines:
            P.append(f"\\pard\\li284 {rtf_esc(l)}\\par")
    P.append("}")
    open(path, "w", encoding="ascii").write("\n".join(P))


# ---------------- scans ----------------
def scan_pages(r, dpi):
    from PIL import Image, ImageDraw, ImageFont
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sc = dpi / 72.0
    f_t = ImageFont.truetype(FONTB, int(22 * sc)); f_h = ImageFont.truetype(FONTB, int(13 * sc)); f_n = ImageFont.truetype(FONTS, int(10.5 * sc))
    pages = []
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    x, y = int(60 * sc), int(60 * sc)
    d.text((x, y), r["name"], font=f_t, fill=0); y += int(36 * sc)
    d.text((x, y), f"{r['phone']}  |  {r['email']}", font=f_n, fill=30); y += int(28 * sc)
    fr = r["cc"] == "DZ"
    for h, lines in sections(r, style="slash" if fr else "mon", fr=fr):
        if y > H - int(120 * sc):
            pages.append(img); img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img); y = int(60 * sc)
        d.text((x, y), h, font=f_h, fill=0); y += int(20 * sc)
        d.line((x, y - 3 * sc, W - x, y - 3 * sc), fill=80, width=max(1, int(sc)))
        for l in lines:
            # wrap
            words, cur = l.split(), ""
            for w in words:
                t = (cur + " " + w).strip()
                if d.textlength(t, font=f_n) > W - 2 * x - 10 * sc:
                    d.text((x + 8 * sc, y), cur, font=f_n, fill=25); y += int(15 * sc); cur = w
                else:
                    cur = t
            d.text((x + 8 * sc, y), cur, font=f_n, fill=25); y += int(15 * sc)
        y += int(6 * sc)
    pages.append(img)
    return pages


def degrade(img, rnd, angle, blur, photo=False, shadow=False):
    from PIL import Image, ImageFilter, ImageDraw, ImageEnhance
    import numpy as np
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.78 + 40  # low contrast
    a += np.random.default_rng(rnd).normal(0, 9, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(blur))
    if photo:
        w, h = img.size
        bg = Image.new("RGB", (int(w * 1.18), int(h * 1.14)), (92, 74, 60))  # wooden desk
        page = img.convert("RGB")
        page = ImageEnhance.Color(page).enhance(1.0)
        tint = Image.new("RGB", page.size, (255, 243, 222))
        page = Image.blend(page, Image.composite(page, tint, page.convert("L")), 0.35)
        bg.paste(page, (int(w * 0.08), int(h * 0.06)))
        W, H = bg.size
        # perspective: top edge narrower
        k = 0.045
        coeffs = find_coeffs([(0, 0), (W, 0), (W, H), (0, H)], [(-W * k, 0), (W * (1 + k), 0), (W, H), (0, H)])
        bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        if shadow:
            sh = Image.new("L", (W, H), 0); sd = ImageDraw.Draw(sh)
            sd.polygon([(W * 0.55, 0), (W, 0), (W, H * 0.7)], fill=90)
            sh = sh.filter(ImageFilter.GaussianBlur(60))
            dark = Image.new("RGB", (W, H), (0, 0, 0))
            bg = Image.composite(dark, bg, sh)
        bg = bg.filter(ImageFilter.GaussianBlur(0.6))
        return bg
    return img


def find_coeffs(pa, pb):
    import numpy as np
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float); B = np.array(pb, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def scan_build(r, path):
    n = r["n"]
    if r["ext"] == "pdf":
        dpi = 150 if n == 17 else 120
        pages = [degrade(p, n + i, 1.3 if n == 17 else -1.8, 0.8, False) for i, p in enumerate(scan_pages(r, dpi))]
        pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    else:
        dpi = {18: 130, 19: 110, 21: 140}[n]
        pages = scan_pages(r, dpi)
        # phone photo of page 1 only if it fits; stack pages vertically otherwise
        from PIL import Image
        if len(pages) > 1:
            W = pages[0].width; Hh = sum(p.height for p in pages)
            big = Image.new("L", (W, Hh), 255); yy = 0
            for p in pages:
                big.paste(p, (0, yy)); yy += p.height
            pages = [big]
        ang = {18: 0.8, 19: -1.4, 21: 1.9}[n]
        img = degrade(pages[0], n, ang, 0.6 if n != 19 else 0.8, photo=True, shadow=(n == 21))
        if r["ext"] == "jpg":
            img.save(path, "JPEG", quality=55 if n == 18 else 62)
        else:
            img.save(path, "PNG", optimize=True)


# ---------------- damaged ----------------
def damaged_build(r, path):
    if r["damaged"] == "truncate":
        src = out(BYN[r["base"]])
        b = open(src, "rb").read()
        open(path, "wb").write(b[: int(len(b) * 0.42)])
    elif r["damaged"] == "encrypt":
        from pypdf import PdfReader, PdfWriter
        rd = PdfReader(out(BYN[r["base"]])); w = PdfWriter()
        for p in rd.pages:
            w.add_page(p)
        w.encrypt(user_password="lina2024", owner_password="own3r!x", algorithm="AES-256")
        w.write(path)
    else:
        random.seed(86)
        open(path, "wb").write(bytes(random.getrandbits(8) for _ in range(23417)))


def build(r):
    p = out(r)
    n, lay = r["n"], r["layout"]
    if r.get("damaged"):
        return damaged_build(r, p)
    if r.get("scan"):
        return scan_build(r, p)
    if lay == "docx_table":
        docx_build(r, p, "table")
    elif lay == "docx_twocol":
        docx_build(r, p, "twocol")
    elif lay == "docx_headerfooter":
        docx_build(r, p, "headerfooter")
    elif lay in ("lo_docx2pdf", "lo_docx2odt"):
        src = os.path.join(TMP, fname(r).rsplit(".", 1)[0] + ".docx")
        docx_build(r, src, "plain")
        soffice(src, r["ext"], OUT)
    elif lay == "odt_odfpy":
        odt_build(r, p, fr=False, style="iso")
    elif lay == "lo_odt2pdf":
        src = os.path.join(TMP, fname(r).rsplit(".", 1)[0] + ".odt")
        odt_build(r, src, fr=True, style="fr")
        soffice(src, "pdf", OUT)
    elif lay.startswith("chromium_"):
        chromium_build(r, p, lay.split("_")[1])
    elif lay == "reportlab_classic":
        reportlab_build(r, p, False)
    elif lay == "reportlab_twocol":
        reportlab_build(r, p, True)
    elif lay == "fpdf2_modern":
        fpdf_build(r, p)
    elif lay.startswith("txt_"):
        txt_build(r, p)
    elif lay.startswith("rtf_"):
        rtf_build(r, p)
    else:
        raise SystemExit("no builder for " + lay)


if __name__ == "__main__":
    only = set(int(x) for x in sys.argv[1:])
    for r in R:
        if only and r["n"] not in only:
            continue
        build(r)
        print("built", fname(r), flush=True)
    write_truth(os.path.join(HERE, "..", "truth.jsonl"))
