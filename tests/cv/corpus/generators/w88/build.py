#!/usr/bin/env python3
"""Build all w88 CV files + truth.jsonl. Run from build.sh."""
import json, os, random, subprocess, shutil, tempfile, html, zipfile, io
from data import P

W = "w88"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w88_")
random.seed(88)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BYKEY = {p["key"]: p for p in P}
KIND = {"hands_on": "Hands-on clerkship", "observership": "Observership", "research": "Research", "telehealth": "Telehealth"}
LANGDISP = {"hungary_sem": {"Persian": "Farsi"}, "debrecen_scan": {"Persian": "Farsi"}}
EXTRA_EXAM = {"trinity": ["NBME CBSE (practice): 71", "NBME CCSE (practice): 224"],
              "auc_pa": ["UWSA2 (practice): 254", "Step 2 CK scheduled: January 2027"],
              "ireland_rcsi": ["Step 2 CK: scheduled Feb 2027"],
              "sgu_gc_india": ["Step 2 CS: Pass (2021, discontinued exam)"],
              "czech_charles": ["OET Medicine: Grade A"],
              "bulgaria": ["NBME 30 self-assessment: 228"],
              "poland_gc": ["LEK (Polish licensing exam): 172/200"]}


def months(s):
    y, m = map(int, s.split("-")); return y * 12 + m - 1


def truth(p, fname, layout, scan=False):
    ents = [{"type": t, "specialty": sp, "state": st, "start": a, "end": b} for (t, sp, st, a, b, _d, _s) in p["usce"]]
    allm, clin = set(), set()
    for e in ents:
        r = set(range(months(e["start"]), months(e["end"]) + 1))
        allm |= r
        if e["type"] in ("hands_on", "observership"):
            clin |= r
    t = {"file": fname, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
         "medical_school": p["school"], "medical_school_country": p["cc"], "graduation_year": p["grad"],
         "is_student": p["student"], "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"],
         "ecfmg_status": p["ecfmg"], "specialties": p["specs"], "languages": p["langs"], "visa_status": p["visa"],
         "publications": len(p["pubs"]), "usce_months": len(allm), "usce_months_clinical": len(clin), "usce_entries": ents}
    if scan:
        t["needs_ocr"] = True
    return t


def sections(p):
    """Return ordered list of (heading, [lines])."""
    S = []
    S.append(("Career Objective", [f"Seeking a residency position in {p['spec_text']} through the NRMP Match. Applying for US clinical rotations."]))
    edu = [f"{p['degree']} — {p['school']}, " + ({"GD": "Grenada, West Indies", "BB": "Barbados", "SX": "Sint Maarten",
           "BQ": "Saba, Dutch Caribbean", "VC": "St. Vincent and the Grenadines", "PL": "Poland", "HU": "Hungary",
           "CZ": "Czech Republic", "RO": "Romania", "BG": "Bulgaria", "IE": "Ireland", "IL": "Israel"}[p["cc"]])
           + (f" — expected graduation {p['grad']}" if p["student"] else f" — graduated {p['grad']}")]
    edu += [o for o in p["other"] if any(w in o for w in ("Basic", "Ph.D.", "PhD"))]
    S.append(("Education", edu))
    ex = [f"USMLE Step 1: {'Pass' if p['s1'] == 'pass' else p['s1']}"]
    if p["s2"]: ex.append(f"USMLE Step 2 CK: {p['s2']}")
    if p["s3"]: ex.append(f"USMLE Step 3: {p['s3']}")
    ex += EXTRA_EXAM.get(p["key"], [])
    if p["ecfmg"] == "certified": ex.append("ECFMG Certified")
    elif p["ecfmg"] == "pending": ex.append("ECFMG Certification: pending (awaiting Step 2 CK / graduation)")
    elif p["ecfmg"] == "not_certified": ex.append("ECFMG: not certified yet")
    S.append(("USMLE & Certification", ex))
    us = [f"{d}  |  {KIND[t]}  |  {s}" for (t, sp, st, a, b, d, s) in p["usce"]]
    if us: S.append(("US Clinical Experience", us))
    oth = [o for o in p["other"] if not any(w in o for w in ("Basic", "Ph.D.", "PhD"))]
    if oth: S.append(("Other Clinical & Professional Experience", oth))
    if p["prev"]: S.append(("Previous Career", [p["prev"]]))
    if p["pubs"]: S.append(("Peer-Reviewed Publications", [f"{i+1}. {x}" for i, x in enumerate(p["pubs"])]))
    if p["posters"]: S.append(("Presentations / Posters", p["posters"]))
    ld = LANGDISP.get(p["key"], {})
    S.append(("Languages", [", ".join(ld.get(l, l) for l in p["langs"])]))
    S.append(("Immigration / Work Authorization", [p["visa_text"]]))
    if p["refs"]:
        S.append(("References", [f"{n} — {e} — {ph}" for n, e, ph in p["refs"]]))
    return S


def contact(p):
    return [p["addr"], p["phone"], p["email"]]

# ---------------------------------------------------------------- renderers

def r_docx(p, path, mode):
    from docx import Document
    from docx.shared import Pt, Inches
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if mode == "table":
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        c0.text = p["name"]; c0.paragraphs[0].runs[0].bold = True; c0.paragraphs[0].runs[0].font.size = Pt(18)
        c1.text = "\n".join(contact(p))
        d.add_paragraph()
        for h, lines in sections(p):
            d.add_heading(h, level=2)
            if h == "US Clinical Experience":
                tb = d.add_table(rows=1, cols=3); tb.style = "Light Grid Accent 1"
                for i, x in enumerate(["Dates", "Type", "Rotation / Site"]): tb.rows[0].cells[i].text = x
                for (t_, sp, s_, a, b, dd, site) in p["usce"]:
                    r = tb.add_row().cells; r[0].text = dd; r[1].text = KIND[t_]; r[2].text = site
            else:
                for l in lines: d.add_paragraph(l, style="List Bullet" if len(lines) > 1 else None)
    elif mode == "headerfooter":
        hp = sec.header.paragraphs[0]; hp.text = f"{p['name']}  ·  {p['email']}"
        fp = sec.footer.paragraphs[0]; fp.text = f"{p['addr']}  |  Tel. {p['phone']}  |  {p['email']}"
        d.add_heading("Curriculum Vitae", 0)
        for h, lines in sections(p):
            d.add_heading(h.upper(), level=1)
            for l in lines: d.add_paragraph(l)
    else:  # plain
        h = d.add_paragraph(); r = h.add_run(p["name"].upper()); r.bold = True; r.font.size = Pt(16)
        d.add_paragraph(" • ".join(contact(p)))
        for hh, lines in sections(p):
            q = d.add_paragraph(); rr = q.add_run(hh); rr.bold = True; rr.underline = True
            for l in lines: d.add_paragraph(l, style="List Bullet")
    d.save(path)


def r_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P as OP, Span
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1F3A5F"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #1F3A5F"))
    ns = Style(name="Nm", family="paragraph"); ns.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(hs); doc.styles.addElement(ns)
    doc.text.addElement(OP(stylename=ns, text=p["name"]))
    for c in contact(p): doc.text.addElement(OP(text=c))
    for h, lines in sections(p):
        doc.text.addElement(OP(stylename=hs, text=h))
        for l in lines: doc.text.addElement(OP(text=l))
    doc.save(path)


def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ord(ch) < 128: o.append(ch)
        else:
            n = ord(ch); o.append("\\u%d?" % (n if n < 32768 else n - 65536))
    return "".join(o)


def r_rtf(p, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}", r"\paperw12240\paperh15840\margl1080\margr1080\f1\fs22"]
    L.append(r"{\pard\qc\b\fs32 " + rtf_esc(p["name"]) + r"\par}")
    L.append(r"{\pard\qc\fs20 " + rtf_esc(" | ".join(contact(p))) + r"\par}\par")
    for h, lines in sections(p):
        L.append(r"{\pard\f0\b\fs24\ul " + rtf_esc(h) + r"\ulnone\par}")
        for l in lines: L.append(r"{\pard\li360\fs21 " + rtf_esc(l) + r"\par}")
    L.append("}")
    open(path, "w").write("\n".join(L))


def r_txt(p, path):
    o = [p["name"], "=" * len(p["name"])]
    o += contact(p) + [""]
    for h, lines in sections(p):
        o += [h.upper(), "-" * len(h)] + ["  " + l for l in lines] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(o))


def r_reportlab(p, path, mode):
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11.5, spaceBefore=8, textColor=colors.HexColor("#7a1f1f"))
    big = ParagraphStyle("b", parent=n, fontName="DVB", fontSize=20, leading=24)
    story = []
    E = lambda s: html.escape(s)
    if mode == "classic":
        story += [Paragraph(E(p["name"]), big), Paragraph(E(" · ".join(contact(p))), n), Spacer(1, 8)]
        for hh, lines in sections(p):
            story.append(Paragraph(E(hh), h))
            for l in lines: story.append(Paragraph("• " + E(l), n))
        def onpage(c, d): pass
    else:  # table mode, contact only in footer drawn on canvas
        story += [Paragraph(E(p["name"]), big), Spacer(1, 6)]
        for hh, lines in sections(p):
            story.append(Paragraph(E(hh), h))
            if hh == "US Clinical Experience":
                rows = [[Paragraph(E(x), n) for x in (dd, KIND[t_], site)] for (t_, sp, s_, a, b, dd, site) in p["usce"]]
                tb = Table(rows, colWidths=[110, 90, 300]); tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(tb)
            else:
                for l in lines: story.append(Paragraph(E(l), n))
        def onpage(c, d):
            c.setFont("DV", 8); c.drawString(40, 25, " | ".join(contact(p))); c.drawRightString(570, 25, f"Page {d.page}")
    doc = SimpleDocTemplate(path, pagesize=letter if mode == "classic" else A4, leftMargin=45, rightMargin=45, topMargin=45, bottomMargin=45,
                            title=f"CV {p['name']}")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def r_fpdf(p, path, mode):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    if mode == "banner":
        pdf.set_fill_color(20, 60, 90); pdf.rect(0, 0, 216, 32, "F"); pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 20); pdf.set_xy(12, 8); pdf.cell(0, 10, p["name"])
        pdf.set_font("DV", "", 9); pdf.set_xy(12, 20); pdf.cell(0, 6, "   ".join(contact(p)))
        pdf.set_text_color(0, 0, 0); pdf.set_y(38)
    else:
        pdf.set_font("DV", "B", 17); pdf.cell(0, 9, p["name"], new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.set_font("DV", "", 9)
        for c in contact(p): pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(3)
    for hh, lines in sections(p):
        pdf.set_font("DV", "B", 11); pdf.cell(0, 7, hh.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), 216 - pdf.r_margin, pdf.get_y())
        pdf.set_font("DV", "", 9.5)
        for l in lines: pdf.multi_cell(0, 5, "- " + l, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)


CSS_SIDEBAR = """@page{size:Letter;margin:0}body{margin:0;font-family:'DejaVu Sans',Arial;font-size:9.5pt;color:#222}
.wrap{display:flex;min-height:11in}.side{width:2.3in;background:#243447;color:#eef;padding:.4in .25in}
.main{flex:1;padding:.4in .35in}.side h3{color:#9cf;font-size:10pt;border-bottom:1px solid #9cf}
h1{font-size:22pt;margin:0 0 .1in}h2{font-size:11pt;color:#243447;border-bottom:2px solid #e0a030;margin:.15in 0 .05in}
li{margin:2px 0}.tag{display:inline-block;background:#e0a030;color:#000;border-radius:8px;padding:1px 6px;margin:2px;font-size:8pt}"""
CSS_TWO = """@page{size:A4;margin:14mm}body{font-family:Georgia,'DejaVu Serif';font-size:10pt}
header{text-align:center;border-bottom:3px double #555;padding-bottom:6px}h1{letter-spacing:2px;margin:0}
.row{display:grid;grid-template-columns:1.4in 1fr;gap:8px;margin:6px 0}.row .k{font-weight:bold;color:#555;text-transform:uppercase;font-size:8.5pt}"""


def r_html(p, path, mode):
    E = html.escape
    S = sections(p)
    if mode == "sidebar":
        side = ["<h3>Contact</h3>"] + [f"<div>{E(c)}</div>" for c in contact(p)]
        main = []
        for h, lines in S:
            if h in ("Languages", "Immigration / Work Authorization"):
                side.append(f"<h3>{E(h)}</h3>" + "".join(f"<span class=tag>{E(x.strip())}</span>" for l in lines for x in l.split(",")))
            else:
                main.append(f"<h2>{E(h)}</h2><ul>" + "".join(f"<li>{E(l)}</li>" for l in lines) + "</ul>")
        body = f"<div class=wrap><div class=side>{''.join(side)}</div><div class=main><h1>{E(p['name'])}</h1>{''.join(main)}</div></div>"
        css = CSS_SIDEBAR
    else:
        body = f"<header><h1>{E(p['name'])}</h1><div>{' &nbsp;◆&nbsp; '.join(E(c) for c in contact(p))}</div></header>"
        for h, lines in S:
            body += f"<div class=row><div class=k>{E(h)}</div><div>" + "<br>".join(E(l) for l in lines) + "</div></div>"
        css = CSS_TWO
    hp = os.path.join(TMP, p["key"] + ".html")
    open(hp, "w").write(f"<!doctype html><html><head><meta charset=utf-8><title>Resume</title><style>{css}</style></head><body>{body}</body></html>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, capture_output=True, timeout=120)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)


def lo_convert(p, path, srcmaker, srcext):
    src = os.path.join(TMP, p["key"] + "." + srcext)
    srcmaker(src)
    soffice(src, os.path.splitext(path)[1][1:], TMP)
    shutil.move(os.path.join(TMP, p["key"] + os.path.splitext(path)[1]), path)

# ---------------------------------------------------------------- scans

def scan_image(p, rot, w=1275, h=2000, noise=18, blur=1.0, contrast=0.75, photo=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
    im = Image.new("L", (w, h), 250); d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(FONTB, 34); fn = ImageFont.truetype(FONT, 19); fh = ImageFont.truetype(FONTB, 22)
    y = 70; d.text((80, y), p["name"], font=fb, fill=10); y += 50
    d.text((80, y), "  |  ".join(contact(p)), font=fn, fill=30); y += 45
    import textwrap
    for hh, lines in sections(p):
        d.text((80, y), hh.upper(), font=fh, fill=15); y += 30; d.line((80, y, w - 80, y), fill=60, width=2); y += 8
        for l in lines:
            for wl in textwrap.wrap(l, 95):
                d.text((100, y), wl, font=fn, fill=25); y += 25
        y += 10
        assert y < h - 40, ("scan overflow", p["key"], y)
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=200 if photo else 245)
    im = ImageEnhance.Contrast(im).enhance(contrast)
    if photo:  # uneven lighting
        from PIL import ImageChops
        grad = Image.linear_gradient("L").resize(im.size).point(lambda v: 255 - int(v * 0.3))
        im = ImageChops.multiply(im, grad)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    rnd = random.Random(p["key"])
    px = im.load()
    for _ in range(im.size[0] * im.size[1] // 25):
        x, yy = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
        px[x, yy] = max(0, min(255, px[x, yy] + rnd.randint(-noise * 3, noise * 3)))
    return im


# ---------------------------------------------------------------- plan
PLAN = [  # (key, layout, ext, renderer)
    ("sgu_im", "docx_table", "docx", lambda p, f: r_docx(p, f, "table")),
    ("ross_nurse", "lo_docx_hf_pdf", "pdf", lambda p, f: lo_convert(p, f, lambda s: r_docx(p, s, "headerfooter"), "docx")),
    ("auc_pa", "chromium_sidebar", "pdf", lambda p, f: r_html(p, f, "sidebar")),
    ("saba_phd", "reportlab_classic", "pdf", lambda p, f: r_reportlab(p, f, "classic")),
    ("trinity", "fpdf2_banner", "pdf", lambda p, f: r_fpdf(p, f, "banner")),
    ("poland_gc", "odfpy_odt", "odt", lambda p, f: r_odt(p, f)),
    ("hungary_sem", "rtf_plain", "rtf", lambda p, f: r_rtf(p, f)),
    ("czech_charles", "plain_txt", "txt", lambda p, f: r_txt(p, f)),
    ("romania_gc", "chromium_twocol", "pdf", lambda p, f: r_html(p, f, "twocol")),
    ("bulgaria", "docx_headerfooter", "docx", lambda p, f: r_docx(p, f, "headerfooter")),
    ("ireland_rcsi", "lo_odt_pdf", "pdf", lambda p, f: lo_convert(p, f, lambda s: r_odt(p, s), "odt")),
    ("sackler", "reportlab_table_footer", "pdf", lambda p, f: r_reportlab(p, f, "table")),
    ("sgu_gc_india", "docx_plain", "docx", lambda p, f: r_docx(p, f, "plain")),
    ("ross_phd", "lo_rtf_docx", "docx", lambda p, f: lo_convert(p, f, lambda s: r_rtf(p, s), "rtf")),
    ("auc_gc_pak", "fpdf2_centered", "pdf", lambda p, f: r_fpdf(p, f, "centered")),
    ("pomeranian", "lo_docx_table_odt", "odt", lambda p, f: lo_convert(p, f, lambda s: r_docx(p, s, "table"), "docx")),
]
SCANS = [("debrecen_scan", "scan_photo_jpg", "jpg", 1.4), ("sgu_scan2", "scan_pdf_image", "pdf", -0.7),
         ("jagiellonian_scan", "scan_png", "png", 0.6), ("ross_scan", "scan_photo_jpg2", "jpg", -1.8),
         ("plovdiv_scan", "scan_pdf_image2", "pdf", 1.1)]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    T = []; n = 0
    for key, layout, ext, fn in PLAN:
        n += 1; name = f"{W}_{n:03d}_{layout}.{ext}"; p = BYKEY[key]
        fn(p, os.path.join(OUT, name)); T.append(truth(p, name, layout)); print("ok", name)
    for key, layout, ext, rot in SCANS:
        n += 1; name = f"{W}_{n:03d}_{layout}.{ext}"; p = BYKEY[key]
        photo = "photo" in layout
        im = scan_image(p, rot, noise=22 if photo else 14, blur=1.3 if photo else 0.8, contrast=0.6 if photo else 0.8, photo=photo)
        path = os.path.join(OUT, name)
        if ext == "jpg": im.convert("RGB").save(path, quality=62)
        elif ext == "png": im.save(path)
        else: im.convert("RGB").save(path, "PDF", resolution=150)
        T.append(truth(p, name, layout, scan=True)); print("ok", name)
    # damaged
    n += 1; name = f"{W}_{n:03d}_truncated_pdf.pdf"
    src = os.path.join(TMP, "tr.pdf"); r_reportlab(BYKEY["sgu_im"] | {"name": "Marcus Baptiste"}, src, "classic")
    b = open(src, "rb").read(); open(os.path.join(OUT, name), "wb").write(b[: len(b) * 2 // 5])
    T.append({"file": name, "layout": "truncated_pdf", "error": True})
    n += 1; name = f"{W}_{n:03d}_encrypted_pdf.pdf"
    src = os.path.join(TMP, "en.pdf"); r_fpdf(BYKEY["auc_gc_pak"] | {"name": "Fatima Noor"}, src, "centered")
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]; w.encrypt(user_password="rot2025!", owner_password="own", algorithm="RC4-128")
    w.write(os.path.join(OUT, name)); T.append({"file": name, "layout": "encrypted_pdf", "error": True})
    n += 1; name = f"{W}_{n:03d}_random_bytes.docx"
    open(os.path.join(OUT, name), "wb").write(random.Random(7).randbytes(23456))
    T.append({"file": name, "layout": "random_bytes_docx", "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w") as f:
        for t in T: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
