import os, subprocess, sys, json, random, html, shutil
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE, DAMAGED
from common import sections, display_name, truth

W = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = os.path.join(W, "files"); T = "/tmp/w96build"
os.makedirs(F, exist_ok=True); os.makedirs(T, exist_ok=True)
DJ = "/usr/share/fonts/truetype/dejavu/"
NAME = lambda p, ext: f"w96_{p['code']}_{p['layout']}.{ext}"


def contact(p):
    return f"{p['addr']} | Tel: {p['phone']} | Email: {p['email']}"


def soffice(src, fmt, outdir):
    import time
    for attempt in range(4):
        r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w96_lo_profile", "--headless", "--convert-to", fmt,
                            "--outdir", outdir, src], capture_output=True, text=True)
        base = os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0]
        if r.returncode == 0 and os.path.exists(os.path.join(outdir, base)): return
        time.sleep(3)
    raise RuntimeError("soffice failed: " + r.stderr)


# ---------- reportlab ----------
def rl_pdf(p, path, sidebar=False, small=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate, FrameBreak
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
    fs = 7.6 if small else 9.5
    b = ParagraphStyle("b", fontName="DJ", fontSize=fs, leading=fs * 1.25)
    h = ParagraphStyle("h", fontName="DJB", fontSize=fs + 2, leading=fs * 1.6, textColor=colors.HexColor("#1f3b63"), spaceBefore=4)
    t = ParagraphStyle("t", fontName="DJB", fontSize=fs + 7, leading=fs + 10)
    esc = html.escape
    story = []
    if sidebar:
        doc = BaseDocTemplate(path, pagesize=letter)
        fw, fh = letter
        side = Frame(20, 30, 160, fh - 60, id="side"); main = Frame(190, 30, fw - 210, fh - 60, id="main")
        doc.addPageTemplates([PageTemplate(id="two", frames=[side, main])])
        story += [Paragraph("CONTACT", h), Paragraph(esc(p["addr"]), b), Paragraph("Phone: " + esc(p["phone"]), b),
                  Paragraph(esc(p["email"]), b), Spacer(1, 8)]
        for hd, lines in sections(p):
            if hd in ("Languages", "Personal Details", "USMLE / ECFMG"):
                story.append(Paragraph(esc(hd.upper()), h)); story += [Paragraph(esc(x), b) for x in lines]
        story.append(FrameBreak())
        story.append(Paragraph(esc(display_name(p)), t))
        for hd, lines in sections(p):
            if hd in ("Languages", "Personal Details", "USMLE / ECFMG"): continue
            story.append(Paragraph(esc(hd), h)); story += [Paragraph(esc(x), b) for x in lines]
        doc.build(story)
    else:
        doc = SimpleDocTemplate(path, pagesize=A4, topMargin=30 if small else 50, bottomMargin=30)
        story.append(Paragraph(esc(display_name(p)), t))
        if p["alt"]: story.append(Paragraph(esc(p["alt"]), b))
        story.append(Paragraph(esc(contact(p)), b)); story.append(Spacer(1, 6))
        for hd, lines in sections(p):
            story.append(Paragraph(esc(hd.upper()), h)); story += [Paragraph(esc(x), b) for x in lines]
        doc.build(story)


# ---------- fpdf2 ----------
def fpdf_pdf(p, path, table=False, small=False):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 15); pdf.add_page(); fs = 8 if small else 9.5
    pdf.set_font("DJ", "B", 16); pdf.cell(0, 9, display_name(p), new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.set_font("DJ", "", fs)
        with pdf.table(col_widths=(30, 70), first_row_as_headings=False) as tb:
            for k, v in [("Address", p["addr"]), ("Mobile", p["phone"]), ("E-mail", p["email"])]:
                r = tb.row(); r.cell(k); r.cell(v)
    else:
        pdf.set_font("DJ", "", fs); pdf.multi_cell(0, 5, contact(p), new_x="LMARGIN", new_y="NEXT")
    for hd, lines in sections(p):
        pdf.ln(2); pdf.set_font("DJ", "B", fs + 2); pdf.cell(0, 6, hd.upper(), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", fs)
        for x in lines: pdf.multi_cell(0, fs * 0.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------- python-docx ----------
def docx_file(p, path, mode="plain"):
    from docx import Document
    from docx.shared import Pt
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Serif" if mode == "plain" else "Calibri"; st.font.size = Pt(10.5)
    if mode == "headerfooter":
        sec = d.sections[0]
        sec.header.paragraphs[0].text = f"{p['title']} {p['name']} — Curriculum Vitae"
        sec.footer.paragraphs[0].text = f"{p['email']} · {p['phone']} · {p['addr']}"
        d.add_heading(display_name(p), 0)
    else:
        d.add_heading(display_name(p), 0)
        if p["alt"]: d.add_paragraph(p["alt"])
    if mode == "table":
        tb = d.add_table(rows=3, cols=2); tb.style = "Table Grid"
        for i, (k, v) in enumerate([("Address", p["addr"]), ("Cell", p["phone"]), ("Email", p["email"])]):
            tb.cell(i, 0).text = k; tb.cell(i, 1).text = v
    elif mode != "headerfooter":
        d.add_paragraph(contact(p))
    for hd, lines in sections(p):
        d.add_heading(hd, 1)
        if mode == "table" and hd in ("US Clinical Experience", "Professional Experience"):
            tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for x in lines:
                a, _, bb = x.partition(": "); r = tb.add_row().cells; r[0].text = a; r[1].text = bb
        else:
            for x in lines: d.add_paragraph(x, style="List Bullet" if mode == "plain" and hd.startswith("Abstr") else None)
    d.save(path)


# ---------- odfpy ----------
def odt_file(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P as TP
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(hs)
    doc.text.addElement(H(outlinelevel=1, stylename=hs, text=display_name(p)))
    if p["alt"]: doc.text.addElement(TP(text=p["alt"]))
    doc.text.addElement(TP(text=contact(p)))
    for hd, lines in sections(p):
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=hd))
        for x in lines: doc.text.addElement(TP(text=x))
    doc.save(path)


# ---------- RTF by hand ----------
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c > 127: o.append(f"\\u{c if c < 32768 else c - 65536}?")
        else: o.append(ch)
    return "".join(o)


def rtf_file(p, path):
    r = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\fs22 "]
    r.append(r"{\qc\b\fs32 " + rtf_esc(display_name(p)) + r"\par}")
    r.append(r"{\qc " + rtf_esc(contact(p)) + r"\par}\par ")
    for hd, lines in sections(p):
        r.append(r"{\b\ul " + rtf_esc(hd) + r"\par}")
        for x in lines: r.append(rtf_esc(x) + r"\par ")
        r.append(r"\par ")
    r.append("}")
    open(path, "w").write("".join(r))


# ---------- txt ----------
def txt_file(p, path, email_style=False):
    L = []
    if email_style:
        L += [f"Subject: CV - {p['name']} - application for US clinical rotation", "", "Dear Coordinator,",
              "Please find my curriculum vitae below.", "", "-" * 60]
    L += [display_name(p), "~" * len(display_name(p)), p["addr"], f"Phone: {p['phone']}", f"E-mail: {p['email']}", ""]
    for hd, lines in sections(p):
        L += [hd.upper(), "=" * len(hd)] + ["  " + x for x in lines] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(L))


# ---------- chromium ----------
def chromium_pdf(p, path, twocol=False):
    e = html.escape
    secs = sections(p)
    side_keys = ("USMLE / ECFMG", "Languages", "Personal Details")
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}h1{font-size:20pt;margin:0}h2{font-size:11.5pt;color:#0a5;border-bottom:1px solid #0a5}
    .wrap{display:flex}.side{width:32%;background:#eef;padding:10px}.main{width:68%;padding:10px}p{margin:2px 0}"""
    def blk(hd, lines): return f"<h2>{e(hd)}</h2>" + "".join(f"<p>{e(x)}</p>" for x in lines)
    alt = f"<div>{e(p['alt'])}</div>" if p["alt"] else ""
    if twocol:
        body = (f"<h1>{e(display_name(p))}</h1>{alt}<div class=wrap><div class=side><h2>Contact</h2><p>{e(p['addr'])}</p><p>{e(p['phone'])}</p><p>{e(p['email'])}</p>"
                + "".join(blk(h, l) for h, l in secs if h in side_keys) + "</div><div class=main>"
                + "".join(blk(h, l) for h, l in secs if h not in side_keys) + "</div></div>")
    else:
        body = (f"<header style='background:#123;color:#fff;padding:14px'><h1>{e(display_name(p))}</h1>{alt}<div>{e(contact(p))}</div></header>"
                + "".join(blk(h, l) for h, l in secs))
    hp = os.path.join(T, p["code"] + ".html")
    open(hp, "w", encoding="utf-8").write(f"<!doctype html><meta charset=utf-8><style>{css}</style><body>{body}</body>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------- scans ----------
def scan(src_pdf, out, kind, seed):
    r = random.Random(seed)
    pre = os.path.join(T, "scan" + seed)
    subprocess.run(["pdftoppm", "-r", "140", "-png", src_pdf, pre], check=True)
    pages = sorted(x for x in os.listdir(T) if x.startswith("scan" + seed + "-"))
    imgs = []
    for i, pg in enumerate(pages):
        o = os.path.join(T, f"s{seed}_{i}.png")
        rot = r.choice([-1, 1]) * r.uniform(0.5, 2.0)
        args = ["convert", os.path.join(T, pg), "-background", "#f4f1ea", "-rotate", f"{rot:.2f}", "-attenuate", "0.6", "+noise", "Gaussian", "-blur", "0x0.7"]
        if kind == "lowcontrast": args += ["-level", "0%,100%,1.0", "+level", "25%,80%"]
        if kind == "photo": args += ["-fill", "#d8d0b8", "-colorize", "12%"]
        args += ["-colorspace", "Gray" if kind != "photo" else "sRGB", o]
        subprocess.run(args, check=True); imgs.append(o)
    if out.endswith(".pdf"):
        from PIL import Image  # ImageMagick PDF writing is blocked by policy; Pillow writes image-only PDF
        ims = [Image.open(x).convert("L" if kind != "photo" else "RGB") for x in imgs]
        ims[0].save(out, save_all=True, append_images=ims[1:], resolution=140, quality=70)
    elif out.endswith(".jpg"):
        subprocess.run(["convert", imgs[0], "-quality", "62", out], check=True)
    else:
        shutil.copy(imgs[0], out)
    return len(imgs)


def npages(pdf):
    o = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int([l for l in o.splitlines() if l.startswith("Pages:")][0].split()[1])


def main():
    truths = []
    by = {p["code"]: p for p in PEOPLE}
    def out(p, ext): return os.path.join(F, NAME(p, ext))
    def add(p, ext, scan_=False): truths.append(truth(p, NAME(p, ext), scan_))
    p = by["001"]; rl_pdf(p, out(p, "pdf"), sidebar=True); add(p, "pdf")
    p = by["002"]; docx_file(p, out(p, "docx"), "table"); add(p, "docx")
    p = by["003"]; odt_file(p, out(p, "odt")); add(p, "odt")
    p = by["004"]; rtf_file(p, out(p, "rtf")); add(p, "rtf")
    p = by["005"]; txt_file(p, out(p, "txt")); add(p, "txt")
    p = by["006"]; chromium_pdf(p, out(p, "pdf")); add(p, "pdf")
    p = by["007"]; tmp = os.path.join(T, NAME(p, "docx")); docx_file(p, tmp, "plain"); soffice(tmp, "pdf", F); add(p, "pdf")
    p = by["008"]; fpdf_pdf(p, out(p, "pdf")); add(p, "pdf")
    p = by["009"]; docx_file(p, out(p, "docx"), "headerfooter"); add(p, "docx")
    p = by["010"]; tmp = os.path.join(T, NAME(p, "docx")); docx_file(p, tmp, "table"); soffice(tmp, "odt", F); add(p, "odt")
    p = by["011"]; rl_pdf(p, out(p, "pdf")); add(p, "pdf")
    p = by["012"]; txt_file(p, out(p, "txt"), email_style=True); add(p, "txt")
    p = by["013"]; tmp = os.path.join(T, NAME(p, "docx")); docx_file(p, tmp, "plain"); soffice(tmp, "rtf", F); add(p, "rtf")
    p = by["014"]; chromium_pdf(p, out(p, "pdf"), twocol=True); add(p, "pdf")
    p = by["015"]; docx_file(p, out(p, "docx"), "plain"); add(p, "docx")
    p = by["016"]; fpdf_pdf(p, out(p, "pdf"), table=True); add(p, "pdf")
    # scans
    for code, ext, kind, maker in [("017", "pdf", "plain", "rl"), ("018", "png", "photo", "fpdf"), ("019", "jpg", "plain", "rl"),
                                    ("020", "pdf", "plain", "fpdf"), ("021", "pdf", "lowcontrast", "rl")]:
        p = by[code]; src = os.path.join(T, code + "_src.pdf")
        (rl_pdf if maker == "rl" else fpdf_pdf)(p, src, small=True)
        if ext != "pdf": assert npages(src) == 1, (code, npages(src))
        scan(src, out(p, ext), kind, code); add(p, ext, True)
    # damaged
    src = os.path.join(F, NAME(by["011"], "pdf"))
    d1 = os.path.join(F, f"w96_022_{DAMAGED[0][1]}.pdf"); data = open(src, "rb").read(); open(d1, "wb").write(data[: len(data) * 2 // 5])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); w.append(PdfReader(os.path.join(F, NAME(by["001"], "pdf")))); w.encrypt(user_password="img2026", owner_password="own-w96")
    d2 = os.path.join(F, f"w96_023_{DAMAGED[1][1]}.pdf"); w.write(d2)
    d3 = os.path.join(F, f"w96_024_{DAMAGED[2][1]}.docx"); open(d3, "wb").write(random.Random(24).randbytes(23456))
    for c, lay, ext in DAMAGED: truths.append({"file": f"w96_{c}_{lay}.{ext}", "layout": lay, "error": True})
    with open(os.path.join(W, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths: f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
