# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, html, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w64_")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(64)

def fname(p, ext): return f"w64_{p['num']:03d}_{p['layout']}.{ext}"

# ---------------- HTML (Chromium) ----------------
def blocks_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "p": out.append(f"<p>{html.escape(b[1])}</p>")
        elif b[0] == "ul": out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            out.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in b[1]) + "</tr>" +
                       "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</table>")
        elif b[0] == "entry":
            out.append(f"<div class='entry'><b>{html.escape(b[1])}</b><br><i>{html.escape(b[2])}</i>" +
                       ("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[3]) + "</ul>" if b[3] else "") + "</div>")
    return "\n".join(out)

def make_html(p, style):
    cv = p["cv"]
    secs = "".join(f"<h2>{html.escape(t)}</h2>{blocks_html(bl)}" for t, bl in cv["sections"])
    contacts = "".join(f"<div>{html.escape(c)}</div>" for c in cv["contacts"])
    css = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0} h1{margin:0 0 4px} h2{font-size:12pt;border-bottom:1px solid #888;margin:12px 0 4px} table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:3px;font-size:9.5pt} ul{margin:2px 0 2px 18px;padding:0}"
    if style == "sidebar":
        body = (f"<div style='display:flex'><div style='width:30%;background:#1d3557;color:#fff;padding:18px;min-height:1000px'>"
                f"<h3>Contact</h3>{contacts}</div><div style='width:70%;padding:18px'><h1>{html.escape(cv['name'])}</h1>"
                f"<div>{html.escape(cv['sub'])}</div>{secs}</div></div>")
    elif style == "twocol":
        left = [s for s in cv["sections"] if s[0] in ("Education", "Scores", "Languages", "References", "Pakistan")]
        right = [s for s in cv["sections"] if s not in left]
        L = "".join(f"<h2>{html.escape(t)}</h2>{blocks_html(bl)}" for t, bl in left)
        R = "".join(f"<h2>{html.escape(t)}</h2>{blocks_html(bl)}" for t, bl in right)
        body = (f"<div style='padding:20px'><h1>{html.escape(cv['name'])}</h1><div>{html.escape(cv['sub'])}</div>"
                f"<div style='font-size:9pt;color:#444'>{' | '.join(html.escape(c) for c in cv['contacts'])}</div>"
                f"<div style='display:flex;gap:24px'><div style='width:38%'>{L}</div><div style='width:62%'>{R}</div></div></div>")
    else:
        body = (f"<div style='padding:24px'><table style='border:none'><tr><td style='border:none'><h1>{html.escape(cv['name'])}</h1>{html.escape(cv['sub'])}</td>"
                f"<td style='border:none;text-align:right;font-size:9pt'>{contacts}</td></tr></table>{secs}</div>")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"

def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, "page.html"); open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True, timeout=120)

# ---------------- DOCX ----------------
def make_docx(p, out, contacts_where="body"):
    from docx import Document
    from docx.shared import Pt
    d = Document(); cv = p["cv"]
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if contacts_where in ("header", "hf"):
        hp = sec.header.paragraphs[0]
        hp.text = cv["name"] + "  |  " + (cv["contacts"][1] + "  |  " + cv["contacts"][0] if contacts_where == "header" else cv["contacts"][0])
    if contacts_where == "hf":
        fp = sec.footer.paragraphs[0]; fp.text = "Tel " + cv["contacts"][1] + " · " + cv["contacts"][2]
    h = d.add_heading(cv["name"], 0)
    if cv.get("name2"): d.add_paragraph(cv["name2"])
    d.add_paragraph(cv["sub"])
    if contacts_where == "body":
        for c in cv["contacts"]: d.add_paragraph(c)
    elif contacts_where == "header":
        d.add_paragraph(cv["contacts"][2])
    for t, bl in cv["sections"]:
        d.add_heading(t, 1)
        for b in bl:
            if b[0] == "p": d.add_paragraph(b[1])
            elif b[0] == "ul":
                for x in b[1]: d.add_paragraph(x, style="List Bullet")
            elif b[0] == "table":
                tb = d.add_table(rows=1, cols=len(b[1])); tb.style = "Table Grid"
                for i, hh in enumerate(b[1]):
                    tb.rows[0].cells[i].text = hh
                    for r in tb.rows[0].cells[i].paragraphs[0].runs: r.bold = True
                for row in b[2]:
                    cells = tb.add_row().cells
                    for i, c in enumerate(row): cells[i].text = c
            elif b[0] == "entry":
                para = d.add_paragraph(); para.add_run(b[1]).bold = True
                d.add_paragraph(b[2]).runs[0].italic = True
                for x in b[3]: d.add_paragraph(x, style="List Bullet")
    d.save(out)

def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)

# ---------------- ODT ----------------
def make_odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P as TP, List, ListItem
    doc = OpenDocumentText(); cv = p["cv"]
    hs = Style(name="Heading 1", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold")); doc.styles.addElement(hs)
    ts = Style(name="Title", family="paragraph"); ts.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(ts)
    doc.text.addElement(TP(stylename=ts, text=cv["name"]))
    doc.text.addElement(TP(text=cv["sub"]))
    doc.text.addElement(TP(text="  ·  ".join(cv["contacts"])))
    for t, bl in cv["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=hs, text=t))
        for b in bl:
            if b[0] == "p": doc.text.addElement(TP(text=b[1]))
            elif b[0] == "ul":
                L = List()
                for x in b[1]:
                    li = ListItem(); li.addElement(TP(text="• " + x)); L.addElement(li)
                doc.text.addElement(L)
    doc.save(out)

# ---------------- reportlab ----------------
def make_reportlab(p, out, variant):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12)
    Hs = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=11.5, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#7a1f1f"))
    Ts = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=17, leading=21)
    cv = p["cv"]; E = lambda s: html.escape(s)
    story = [Paragraph(E(cv["name"]), Ts), Paragraph(E(cv["sub"]), N)]
    if variant == "blocks":
        story.append(Paragraph(E(" | ".join(cv["contacts"])), N))
    else:
        story.append(Table([[Paragraph(E(c), N) for c in cv["contacts"]]], colWidths=[170, 120, 170]))
    for t, bl in cv["sections"]:
        story.append(Paragraph(E(t.upper() if variant == "blocks" else t), Hs))
        for b in bl:
            if b[0] == "p": story.append(Paragraph(E(b[1]), N))
            elif b[0] == "ul":
                story.append(ListFlowable([ListItem(Paragraph(E(x), N), leftIndent=12) for x in b[1]], bulletType="bullet", start="•", leftIndent=12))
            elif b[0] == "entry":
                story.append(Paragraph("<b>" + E(b[1]) + "</b>", ParagraphStyle("eb", parent=N, fontName="DVB")))
                story.append(Paragraph(E(b[2]), ParagraphStyle("ed", parent=N, textColor=colors.HexColor("#555555"))))
                if b[3]: story.append(ListFlowable([ListItem(Paragraph(E(x), N)) for x in b[3]], bulletType="bullet", start="–", leftIndent=14))
                story.append(Spacer(1, 4))
            elif b[0] == "table":
                tb = Table([b[1]] + b[2]); tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
                story.append(tb)
    SimpleDocTemplate(out, pagesize=A4 if variant == "blocks" else letter, title=cv["name"], author=p["t"]["full_name"],
                      leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)

# ---------------- fpdf2 ----------------
def make_fpdf(p, out, variant):
    from fpdf import FPDF
    cv = p["cv"]
    class Doc(FPDF):
        def footer(self):
            if variant == "footer":
                self.set_y(-14); self.set_font("DV", size=8); self.set_text_color(90, 90, 90)
                self.cell(0, 6, "  ·  ".join(cv["contacts"]) + f"   —   page {self.page_no()}", align="C")
    pdf = Doc(format="A4"); pdf.add_font("DV", fname=DEJAVU); pdf.add_font("DV", style="B", fname=DEJAVU_B)
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, cv["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", size=10); pdf.cell(0, 6, cv["sub"], new_x="LMARGIN", new_y="NEXT")
    if variant != "footer":
        pdf.cell(0, 6, " | ".join(cv["contacts"]), new_x="LMARGIN", new_y="NEXT")
    for t, bl in cv["sections"]:
        pdf.ln(2); pdf.set_font("DV", "B", 12); pdf.set_text_color(20, 60, 120); pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.set_font("DV", size=9.5)
        for b in bl:
            if b[0] == "p": pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "ul":
                for x in b[1]:
                    if variant == "pipes" and "|" in x and t == "US Experience":
                        with pdf.table(col_widths=(45, 80, 35), text_align="LEFT", first_row_as_headings=False) as tb:
                            r = tb.row()
                            for c in x.split(" | "): r.cell(c)
                    else:
                        pdf.multi_cell(0, 5, "•  " + x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

# ---------------- TXT ----------------
def make_txt(p, out, variant):
    cv = p["cv"]; L = []
    L.append(cv["name"]); L.append(cv["sub"])
    L += cv["contacts"] if variant == "plain" else [" / ".join(cv["contacts"])]
    for t, bl in cv["sections"]:
        L.append(""); L.append(t); L.append(("=" if variant == "plain" else "-") * len(t))
        for b in bl:
            if b[0] == "p": L.append(b[1])
            elif b[0] == "ul": L += [("  * " if variant == "plain" else "- ") + x for x in b[1]]
            elif b[0] == "entry":
                L.append(b[1]); L.append("    " + b[2]); L += ["    - " + x for x in b[3]]
    open(out, "w", encoding="utf-8", newline="\r\n" if variant == "dashes" else "\n").write("\n".join(L) + "\n")

# ---------------- RTF (hand-written) ----------------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else: o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)

def make_rtf(p, out):
    cv = p["cv"]
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}", r"\paperw11906\paperh16838\margl1134\margr1134"]
    r.append(r"\pard\qc\f1\fs32\b " + rtf_esc(cv["name"]) + r"\b0\par")
    r.append(r"\pard\qc\fs20 " + rtf_esc(cv["sub"]) + r"\par")
    r.append(r"\pard\qc\fs18 " + rtf_esc(" \u2022 ".join(cv["contacts"])) + r"\par\pard\ql\f0\fs22")
    for t, bl in cv["sections"]:
        r.append(r"\pard\sb200\f1\fs24\b " + rtf_esc(t) + r"\b0\f0\fs22\par")
        for b in bl:
            if b[0] == "p": r.append(r"\pard " + rtf_esc(b[1]) + r"\par")
            elif b[0] == "ul":
                for x in b[1]: r.append(r"\pard\li360\fi-240 \bullet\tab " + rtf_esc(x) + r"\par")
    r.append("}")
    open(out, "w", encoding="ascii").write("\n".join(r))

# ---------------- scans ----------------
def degrade(png_in, angle, blur, noise, contrast, bg=(255, 255, 255)):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    im = Image.open(png_in).convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = ImageEnhance.Contrast(im).enhance(contrast)
    a = np.asarray(im).astype(np.float32)
    a += np.random.RandomState(64).normal(0, noise, a.shape)
    # uneven lighting
    h, w = a.shape; grad = np.linspace(-18, 12, w)[None, :] + np.linspace(-10, 6, h)[:, None]
    a = np.clip(a + grad, 0, 255).astype("uint8")
    return Image.fromarray(a)

def make_scan(p, out, kind):
    src = os.path.join(TMP, f"scan{p['num']}.pdf")
    make_reportlab(p, src, "blocks" if p["num"] % 2 else "table")
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-f", "1", "-l", "1", src, os.path.join(TMP, f"scan{p['num']}")], check=True)
    png = [f for f in os.listdir(TMP) if f.startswith(f"scan{p['num']}-") and f.endswith(".png")][0]
    params = {17: (0.8, 0.6, 7, 0.95), 18: (-1.6, 1.0, 10, 0.85), 19: (1.2, 0.5, 6, 0.9), 20: (-1.9, 0.8, 8, 0.9), 21: (0.6, 1.1, 9, 0.55)}[p["num"]]
    im = degrade(os.path.join(TMP, png), *params)
    if kind == "png": im.save(out)
    elif kind == "jpg": im.convert("RGB").save(out, quality=55 if p["num"] == 21 else 70)
    else: im.convert("RGB").save(out, "PDF", resolution=130)

# ---------------- main ----------------
def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    for p in P:
        f = p["fmt"]
        if f == "docx_table": fn = fname(p, "docx"); make_docx(p, os.path.join(OUT, fn), "body")
        elif f == "docx_header": fn = fname(p, "docx"); make_docx(p, os.path.join(OUT, fn), "header")
        elif f == "docx_hf": fn = fname(p, "docx"); make_docx(p, os.path.join(OUT, fn), "hf")
        elif f == "chromium":
            fn = fname(p, "pdf"); style = {2: "sidebar", 10: "twocol"}.get(p["num"], "plain")
            chromium_pdf(make_html(p, style), os.path.join(OUT, fn))
        elif f in ("soffice_pdf", "soffice_rtf"):
            ext = "pdf" if f == "soffice_pdf" else "rtf"; fn = fname(p, ext)
            src = os.path.join(TMP, fn.rsplit(".", 1)[0] + ".docx"); make_docx(p, src, "body")
            soffice_convert(src, ext, OUT)
        elif f == "odt": fn = fname(p, "odt"); make_odt(p, os.path.join(OUT, fn))
        elif f == "reportlab": fn = fname(p, "pdf"); make_reportlab(p, os.path.join(OUT, fn), "blocks" if p["num"] == 3 else "table")
        elif f == "fpdf": fn = fname(p, "pdf"); make_fpdf(p, os.path.join(OUT, fn), "footer" if p["num"] == 8 else "pipes")
        elif f == "txt": fn = fname(p, "txt"); make_txt(p, os.path.join(OUT, fn), "plain" if p["num"] == 6 else "dashes")
        elif f == "rtf": fn = fname(p, "rtf"); make_rtf(p, os.path.join(OUT, fn))
        elif f.startswith("scan_"):
            kind = f.split("_")[1]; fn = fname(p, {"png": "png", "jpg": "jpg", "pdf": "pdf"}[kind]); make_scan(p, os.path.join(OUT, fn), kind)
        else: raise ValueError(f)
        assert os.path.exists(os.path.join(OUT, fn)), fn
        rec = {"file": fn, "layout": p["layout"]}; rec.update(p["t"])
        rec["usce_months"], rec["usce_months_clinical"] = months(rec["usce_entries"])
        if p.get("scan"): rec["needs_ocr"] = True
        order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
                 "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
                 "publications", "usce_months", "usce_months_clinical", "usce_entries", "needs_ocr"]
        rec = {k: rec[k] for k in order if k in rec}
        truth.append(rec)
        print("built", fn, flush=True)
    # damaged
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "dmg.pdf"); make_reportlab(P[2], src, "table")
    data = open(src, "rb").read()
    fn = "w64_022_pdf_truncated.pdf"; open(os.path.join(OUT, fn), "wb").write(data[: int(len(data) * 0.38)])
    truth.append({"file": fn, "layout": "pdf_truncated", "error": True})
    fn = "w64_023_pdf_encrypted.pdf"; w = PdfWriter(); 
    for pg in PdfReader(os.path.join(OUT, "w64_016_fpdf2_pipe_table.pdf")).pages: w.add_page(pg)
    w.encrypt(user_password="Cairo#2024", owner_password="owner-w64", algorithm="RC4-128")
    with open(os.path.join(OUT, fn), "wb") as fh: w.write(fh)
    truth.append({"file": fn, "layout": "pdf_encrypted", "error": True})
    fn = "w64_024_docx_random_bytes.docx"; open(os.path.join(OUT, fn), "wb").write(random.Random(24).randbytes(23817))
    truth.append({"file": fn, "layout": "docx_random_bytes", "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in truth: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

def months(entries):
    def idx(s): y, m = s.split("-"); return int(y) * 12 + int(m) - 1
    allm, clin = set(), set()
    for e in entries:
        rng = set(range(idx(e["start"]), idx(e["end"]) + 1)); allm |= rng
        if e["type"] in ("hands_on", "observership"): clin |= rng
    return len(allm), len(clin)

if __name__ == "__main__": main()
