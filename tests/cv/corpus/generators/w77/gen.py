# -*- coding: utf-8 -*-
import os, sys, json, subprocess, random, shutil, html as H
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED, truth

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w77_build"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EXP_H = "Clinical Experience (US & International)"


def fname(p):
    ext = {"docx": "docx", "lopdf": "pdf", "html": "pdf", "reportlab": "pdf", "reportlab_table": "pdf", "fpdf": "pdf",
           "txt": "txt", "odt": "odt", "rtf": "rtf", "scan_pdf": "pdf", "scan_png": "png", "scan_jpg": "jpg"}[p["fmt"]]
    return f"w77_{p['n']}_{p['layout']}.{ext}"


def contact_line(p):
    return f"{p['email']}  |  {p['phone_disp']}  |  {p['address']}"


def sections(p):
    s = []
    prof = [p["spec_disp"], p["visa_disp"]]
    if p.get("born"): prof.append(p["born"])
    s.append(("Profile", prof))
    s.append(("Education", p["edu"]))
    s.append(("Examinations & Certification", p["exams"]))
    return s


def sections_after(p):
    s = []
    papers = [t for k, t in p["pubs"] if k == "paper"]
    other = [t for k, t in p["pubs"] if k != "paper"]
    if papers: s.append(("Peer-reviewed Publications", [f"{i+1}. {t}" for i, t in enumerate(papers)]))
    if other: s.append(("Posters, Abstracts & Manuscripts in Progress", other))
    s.append(("Languages", [p["langs_disp"]]))
    s.append(("Referees", p["refs"]))
    return s


def exp_lines(p):
    """list of paragraphs (list of strings) for non-table styles"""
    out = []
    for x in p["exps"]:
        loc = f"{x['i']}, {x['l']}"
        if p["style"] == "oneline":
            out.append([f"{x['t']} – {x['s']} – {loc} – {x['d']}"])
        elif p["style"] == "above":
            out.append([x["d"], f"{x['t']} — {x['s']}", loc])
        elif p["style"] == "below":
            out.append([f"{x['t']} — {x['s']}", loc, x["d"]])
        else:
            out.append([" | ".join(cell(x, c) for c in p["cols"])])
    return out


def cell(x, c):
    return {"Dates": x["d"], "Type": x["t"], "Specialty": x["s"], "Institution": x["i"], "City, State": x["l"]}[c]


# ---------------- python-docx ----------------
def make_docx(p, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans" if p["fmt"] == "lopdf" else "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    lay = p["layout"]
    where = "header" if "hdr" in lay else ("footer" if "footer" in lay else "body")
    if where == "header":
        hp = sec.header.paragraphs[0]; hp.text = f"{p['name']} — {p['email']} — {p['phone_disp']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        sec.footer.paragraphs[0].text = "Curriculum Vitae — page 1"
    elif where == "footer":
        fp = sec.footer.paragraphs[0]; fp.text = f"Contact: {p['email']} · {p['phone_disp']} · {p['address']}"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph(); r = h.add_run(p["title"]); r.bold = True; r.font.size = Pt(18)
    if p.get("alt_name"):
        d.add_paragraph(p["alt_name"])
    if where == "body":
        d.add_paragraph(contact_line(p))
    else:
        d.add_paragraph(p["address"])
    for head, lines in sections(p):
        d.add_heading(head, level=2)
        for l in lines: d.add_paragraph(l, style="List Bullet" if head == "Education" else None)
    d.add_heading(EXP_H, level=2)
    if p["style"] == "table":
        merged = "merged" in lay
        ncol = len(p["cols"])
        t = d.add_table(rows=1, cols=ncol); t.style = "Table Grid"
        for j, c in enumerate(p["cols"]):
            t.rows[0].cells[j].text = c
            for r in t.rows[0].cells[j].paragraphs[0].runs: r.bold = True
        groups = [(None, p["exps"])]
        if merged:
            us = [x for x in p["exps"] if not x["l"].endswith(("Pakistan", "India", "Iran"))]
            home = [x for x in p["exps"] if x not in us]
            groups = [("United States Clinical Experience", us), ("Home Country (Pakistan)", home)]
        for gname, rows in groups:
            if gname:
                rr = t.add_row(); m = rr.cells[0].merge(rr.cells[-1]); m.text = gname
                for r in m.paragraphs[0].runs: r.bold = True; r.italic = True
            for x in rows:
                rr = t.add_row()
                for j, c in enumerate(p["cols"]): rr.cells[j].text = cell(x, c)
    else:
        for para in exp_lines(p):
            if p["style"] == "oneline":
                d.add_paragraph(para[0], style="List Bullet")
            else:
                q = d.add_paragraph()
                for k, l in enumerate(para):
                    run = q.add_run(l); run.bold = (k == 0)
                    if k < len(para) - 1: run.add_break()
    for head, lines in sections_after(p):
        d.add_heading(head, level=2)
        for l in lines: d.add_paragraph(l)
    d.save(path)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------- HTML / Chromium ----------------
def make_html(p):
    e = H.escape
    css = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0;color:#222}
    h1{font-size:20pt;margin:0 0 4px} .main h1{font-size:15pt} h2{font-size:11pt;border-bottom:1px solid #888;color:#1a4d7a;margin:14px 0 4px;text-transform:uppercase}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:3px 5px;font-size:9pt;text-align:left} th{background:#e8eef5}
    .wrap{display:flex} .side{width:30%;background:#203a55;color:#fff;padding:14px;min-height:1000px;font-size:7.5pt;overflow-wrap:anywhere} .main{width:70%;padding:18px}
    .side h2{color:#fff;border-color:#fff} .tl{margin:6px 0} .tl .d{font-weight:bold;color:#7a1a1a} ul{margin:2px 0;padding-left:16px}
    @page{size:A4;margin:12mm}"""
    def secs(ss):
        o = ""
        for head, lines in ss:
            o += f"<h2>{e(head)}</h2><ul>" + "".join(f"<li>{e(l)}</li>" for l in lines) + "</ul>"
        return o
    if p["style"] == "table":
        ex = "<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in p["cols"]) + "</tr>"
        ex += "".join("<tr>" + "".join(f"<td>{e(cell(x, c))}</td>" for c in p["cols"]) + "</tr>" for x in p["exps"]) + "</table>"
    elif p["style"] == "above":
        ex = "".join(f"<div class='tl'><div class='d'>{e(x['d'])}</div><div><b>{e(x['t'])}</b> · {e(x['s'])}</div><div>{e(x['i'])}, {e(x['l'])}</div></div>" for x in p["exps"])
    else:
        ex = "<ul>" + "".join(f"<li>{e(l[0])}</li>" for l in exp_lines(p)) + "</ul>"
    name = f"<h1>{e(p['title'])}</h1>" + (f"<div dir='rtl' style='font-size:14pt'>{e(p['alt_name'])}</div>" if p.get("alt_name") else "")
    if "sidebar" in p["layout"]:
        side = f"<div class='side'><h2>Contact</h2><p>{e(p['email'])}<br>{e(p['phone_disp'])}<br>{e(p['address'])}</p>" + secs(sections_after(p)[-2:-1]) + "</div>"
        main = f"<div class='main'>{name}" + secs(sections(p)) + f"<h2>{EXP_H}</h2>{ex}" + secs([s for s in sections_after(p) if s[0] != 'Languages']) + "</div>"
        body = f"<div class='wrap'>{side}{main}</div>"
    else:
        body = f"<div style='padding:4px'>{name}<p>{e(contact_line(p))}</p>" + secs(sections(p)) + f"<h2>{EXP_H}</h2>{ex}" + secs(sections_after(p)) + "</div>"
    return f"<!doctype html><html><head><meta charset='utf-8'><title>CV</title><style>{css}</style></head><body>{body}</body></html>"


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------- reportlab ----------------
def make_reportlab(p, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12)
    B = ParagraphStyle("b", parent=N, fontName="DVB")
    Hd = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=11, textColor=colors.HexColor("#333366"), spaceBefore=8, spaceAfter=3)
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=17, leading=21)
    e = H.escape
    story = [Paragraph(e(p["title"]), T), Paragraph(e(contact_line(p)), N), Spacer(1, 6)]
    for head, lines in sections(p):
        story.append(Paragraph(e(head.upper()), Hd)); story += [Paragraph(e(l), N) for l in lines]
    story.append(Paragraph(e(EXP_H.upper()), Hd))
    if p["style"] == "table":
        data = [[Paragraph(f"<b>{e(c)}</b>", N) for c in p["cols"]]] + [[Paragraph(e(cell(x, c)), N) for c in p["cols"]] for x in p["exps"]]
        t = Table(data, colWidths=[90, 90, 150, 100, 80])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ee")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    else:
        for para in exp_lines(p):
            story.append(Paragraph(e(para[0]), B)); story += [Paragraph(e(l), N) for l in para[1:]]; story.append(Spacer(1, 4))
    for head, lines in sections_after(p):
        story.append(Paragraph(e(head.upper()), Hd)); story += [Paragraph(e(l), N) for l in lines]
    SimpleDocTemplate(path, pagesize=letter, title="Curriculum Vitae", leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)


# ---------------- fpdf2 ----------------
def make_fpdf(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_page(); pdf.set_font("DV", "B", 16); pdf.cell(0, 9, p["title"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9); pdf.cell(0, 5, contact_line(p), new_x="LMARGIN", new_y="NEXT", align="C")
    def sec(head, lines):
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), 200, pdf.get_y()); pdf.set_font("DV", "", 9.5)
        for l in lines: pdf.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    for s in sections(p): sec(*s)
    pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.cell(0, 6, EXP_H, new_x="LMARGIN", new_y="NEXT")
    for para in exp_lines(p):
        pdf.set_font("DV", "B", 9.5); pdf.multi_cell(0, 5, para[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        for l in para[1:-1]: pdf.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5); pdf.set_text_color(90, 90, 90); pdf.multi_cell(0, 5, para[-1], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
    for s in sections_after(p): sec(*s)
    pdf.output(path)


# ---------------- plain text ----------------
def make_txt(p, path):
    L = [p["title"], contact_line(p), "=" * 72, ""]
    for head, lines in sections(p):
        L += [head.upper(), "-" * len(head)] + ["  * " + l for l in lines] + [""]
    L += [EXP_H.upper(), "-" * len(EXP_H)] + ["  - " + pp[0] for pp in exp_lines(p)] + [""]
    for head, lines in sections_after(p):
        L += [head.upper(), "-" * len(head)] + ["  " + l for l in lines] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(L))


# ---------------- ODT (odfpy) ----------------
def make_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H as TH, Span
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.automaticstyles.addElement(big)
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#204060"))
    hs.addElement(ParagraphProperties(margintop="0.3cm")); doc.automaticstyles.addElement(hs)
    doc.text.addElement(TP(stylename=big, text=p["title"]))
    doc.text.addElement(TP(text=contact_line(p)))
    def sec(head, lines):
        doc.text.addElement(TP(stylename=hs, text=head))
        for l in lines: doc.text.addElement(TP(text=l))
    for s in sections(p): sec(*s)
    doc.text.addElement(TP(stylename=hs, text=EXP_H))
    for para in exp_lines(p):
        q = TP(); q.addElement(Span(stylename=bold, text=para[0])); doc.text.addElement(q)
        for l in para[1:]: doc.text.addElement(TP(text=l))
        doc.text.addElement(TP(text=""))
    for s in sections_after(p): sec(*s)
    doc.save(path)


# ---------------- RTF (hand-written) ----------------
def rtf_esc(s):
    o = ""
    for ch in s:
        if ch in "\\{}": o += "\\" + ch
        elif ord(ch) > 127: o += "\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536)
        else: o += ch
    return o


def make_rtf(p, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20"]
    R.append(r"{\pard\qc\b\fs32 " + rtf_esc(p["title"]) + r"\par}")
    R.append(r"{\pard\qc " + rtf_esc(contact_line(p)) + r"\par}")
    def sec(head, lines):
        R.append(r"{\pard\sb200\b\fs24 " + rtf_esc(head) + r"\par}")
        for l in lines: R.append(r"{\pard " + rtf_esc(l) + r"\par}")
    for s in sections(p): sec(*s)
    R.append(r"{\pard\sb200\b\fs24 " + rtf_esc(EXP_H) + r"\par}")
    widths = [1900, 1800, 1900, 2600, 1700]
    def row(cells, b=False):
        x = 0; defs = ""
        for w in widths:
            x += w; defs += r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % x
        body = "".join((r"\intbl{\b " if b else r"\intbl{") + rtf_esc(c) + r"}\cell" for c in cells)
        R.append(r"\trowd\trgaph80" + defs + " " + body + r"\row")
    row(p["cols"], True)
    for x in p["exps"]: row([cell(x, c) for c in p["cols"]])
    R.append(r"\pard")
    for s in sections_after(p): sec(*s)
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))


# ---------------- scans ----------------
def degrade(png_in, seed, angle):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rng = np.random.default_rng(seed)
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(0.65)
    im = ImageEnhance.Brightness(im).enhance(1.05)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, 14, a.shape)
    # uneven illumination
    h, w = a.shape
    a += np.linspace(-18, 10, w)[None, :]
    a = np.clip(a, 0, 255).astype("uint8")
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.9))
    return im


def make_scan(p, path, k):
    src = os.path.join(TMP, p["n"] + "_src.pdf")
    make_reportlab(p, src)
    base = os.path.join(TMP, p["n"] + "_pg")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "2", src, base], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(p["n"] + "_pg") and f.endswith(".png"))
    angles = [0.7, -1.3, 1.8, -0.6, 1.1]
    ims = [degrade(os.path.join(TMP, f), 77 + k * 10 + i, angles[(k + i) % 5]) for i, f in enumerate(pages)]
    if p["fmt"] == "scan_pdf":
        ims = [i.convert("RGB") for i in ims]
        ims[0].save(path, "PDF", resolution=150, save_all=True, append_images=ims[1:])
    elif p["fmt"] == "scan_png":
        ims[0].save(path)  # page 1 photo only is unrealistic if content spans 2 pages: stitch vertically
        if len(ims) > 1:
            from PIL import Image
            W = max(i.width for i in ims); Ht = sum(i.height for i in ims)
            c = Image.new("L", (W, Ht), 235); y = 0
            for i in ims: c.paste(i, (0, y)); y += i.height
            c.save(path)
    else:
        from PIL import Image
        if len(ims) > 1:
            W = max(i.width for i in ims); Ht = sum(i.height for i in ims)
            c = Image.new("L", (W, Ht), 235); y = 0
            for i in ims: c.paste(i, (0, y)); y += i.height
            ims = [c]
        ims[0].convert("RGB").save(path, "JPEG", quality=62)


def main():
    truths = []
    for k, p in enumerate(P):
        fn = fname(p); out = os.path.join(OUT, fn); f = p["fmt"]
        if f == "docx": make_docx(p, out)
        elif f == "lopdf":
            src = os.path.join(TMP, fn.replace(".pdf", ".docx")); make_docx(p, src); soffice(src, "pdf", TMP)
            shutil.move(src.replace(".docx", ".pdf"), out)
        elif f == "html":
            hp = os.path.join(TMP, fn.replace(".pdf", ".html")); open(hp, "w", encoding="utf-8").write(make_html(p)); chromium_pdf(hp, out)
        elif f in ("reportlab", "reportlab_table"): make_reportlab(p, out)
        elif f == "fpdf": make_fpdf(p, out)
        elif f == "txt": make_txt(p, out)
        elif f == "odt": make_odt(p, out)
        elif f == "rtf": make_rtf(p, out)
        elif f.startswith("scan"): make_scan(p, out, k)
        truths.append(truth(p, fn)); print("built", fn)
    # damaged
    for n, lay, ext in DAMAGED:
        fn = f"w77_{n}_{lay}.{ext}"; out = os.path.join(OUT, fn)
        if lay == "truncated_pdf":
            src = os.path.join(OUT, fname(P[3])); data = open(src, "rb").read(); open(out, "wb").write(data[: int(len(data) * 0.42)])
        elif lay == "encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            w = PdfWriter(clone_from=PdfReader(os.path.join(OUT, fname(P[11]))))
            w.encrypt(user_password="ecfmg2025", owner_password="owner-w77", algorithm="AES-256")
            w.write(out)
        else:
            open(out, "wb").write(random.Random(77).randbytes(48213))
        truths.append({"file": fn, "layout": lay, "error": True}); print("built", fn)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths: fh.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
