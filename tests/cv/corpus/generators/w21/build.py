# -*- coding: utf-8 -*-
"""Builds /work/blind/w21/files/* and truth.jsonl from data.py."""
import os, sys, json, html, random, subprocess, shutil, tempfile, glob
sys.path.insert(0, os.path.dirname(__file__))
from data import CVS, DAMAGED

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w21_")
random.seed(21)

def fname(c):
    ext = {"scanpdf": "pdf"}.get(c["fmt"], c["fmt"])
    return "w21_%03d_%s.%s" % (c["n"], c["layout"], ext)

# ---------------------------------------------------------------- HTML (Chromium)
CSS = {
 "html_serif": """body{font-family:'Liberation Serif','Nimbus Roman',serif;margin:0.7in;color:#222;font-size:11pt}
  h1{font-size:22pt;font-weight:normal;margin:0} .contact{text-align:right;font-size:9.5pt;color:#555;margin-top:-4px}
  h2{font-size:12pt;color:#7a2f2f;text-transform:uppercase;letter-spacing:1px;margin:18px 0 4px;border:none}
  .it{margin:6px 0}.t{font-weight:bold}.d{color:#777;font-size:9.5pt}.s{font-style:italic}""",
 "html_swiss": """body{font-family:'Liberation Sans',Arial,sans-serif;margin:0.6in;color:#111;font-size:10.5pt}
  h1{font-size:28pt;margin:0 0 4px 0;border-left:8px solid #f2a900;padding-left:10px}
  .contact{font-size:9.5pt;color:#444;margin-bottom:10px} h2{font-size:11pt;color:#f2a900;margin:14px 0 3px}
  .it{margin:4px 0}.t{font-weight:bold}.d{font-size:9pt;color:#666;text-transform:uppercase}""",
 "html_modern": """body{font-family:'DejaVu Sans Mono','Liberation Mono',monospace;margin:0.6in;color:#222;font-size:10pt;background:#fff}
  h1{font-family:'Liberation Sans';font-size:30pt;margin:0} .contact{font-size:9pt;margin:4px 0 12px}
  h2{font-size:10.5pt;color:#fff;background:#444;display:inline-block;padding:2px 8px;margin:14px 0 4px}
  .t{font-weight:bold}.d{font-size:8.5pt;color:#555}.it{margin:5px 0}""",
 "html_canva": """body{font-family:'DejaVu Sans',sans-serif;margin:0;font-size:9.5pt;color:#222}
  .wrap{display:flex;min-height:10.9in}.side{width:2.4in;background:#1f3b57;color:#eef;padding:28px 18px}
  .main{flex:1;padding:28px 26px}.side h3{font-size:10pt;letter-spacing:2px;border-bottom:1px solid #8ab;margin-top:22px}
  h1{font-size:17pt;letter-spacing:1px;margin:0 0 16px;color:#1f3b57;white-space:nowrap} h2{font-size:11pt;letter-spacing:2px;color:#1f3b57;border-bottom:2px solid #1f3b57;margin:16px 0 6px}
  .t{font-weight:bold}.d{float:right;color:#888;font-size:8.5pt}.it{margin:6px 0}.photo{width:110px;height:110px;border-radius:55px;background:#9ab;margin:0 auto 14px}""",
 "html_europass": """body{font-family:'Liberation Sans',Arial,sans-serif;margin:0.5in;font-size:10pt;color:#333}
  table{border-collapse:collapse;width:100%} td.l{width:30%;text-align:right;color:#0e4194;padding:6px 12px;vertical-align:top;font-size:9pt;text-transform:uppercase}
  td.r{border-left:1px solid #0e4194;padding:6px 12px} h1{color:#0e4194;font-size:18pt;margin:0}.t{font-weight:bold}.d{color:#0e4194}
  .logo{color:#0e4194;font-weight:bold;font-size:14pt}""",
 "html_bilingual": """body{font-family:'DejaVu Sans',sans-serif;margin:0.6in;font-size:10pt}
  h1{text-align:center;font-size:18pt;color:#0a5c36} .contact{text-align:center;color:#444;margin-bottom:10px}
  h2{font-size:11pt;background:#e6f2ec;color:#0a5c36;padding:3px 6px;margin:14px 0 4px}.t{font-weight:bold}.d{color:#666}.it{margin:4px 0}""",
}

def item_html(it, style):
    if isinstance(it, str):
        return '<div class="it">%s</div>' % html.escape(it)
    b = "".join("<li>%s</li>" % html.escape(x) for x in it.get("b", []))
    if style == "html_swiss":
        return '<div class="it"><div class="d">%s</div><span class="t">%s</span>, %s<ul>%s</ul></div>' % (
            html.escape(it["d"]), html.escape(it["t"]), html.escape(it["s"]), b)
    if style == "html_canva":
        return '<div class="it"><span class="d">%s</span><div class="t">%s</div><div>%s</div><ul>%s</ul></div>' % (
            html.escape(it["d"]), html.escape(it["t"]), html.escape(it["s"]), b)
    return '<div class="it"><span class="t">%s</span> — <span class="s">%s</span><br><span class="d">%s</span><ul>%s</ul></div>' % (
        html.escape(it["t"]), html.escape(it["s"]), html.escape(it["d"]), b)

def make_html(c):
    st = c["render"]
    parts = ['<html><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS[st]]
    if st == "html_canva":
        side = '<div class="photo"></div><h3>CONTACT</h3>' + "".join("<div>%s</div>" % html.escape(x) for x in c["contact"])
        for h, lst in c.get("side", []):
            side += "<h3>%s</h3>" % h + "".join("<div>%s</div>" % html.escape(x) for x in lst)
        main = "<h1>%s</h1>" % html.escape(c["title"])
        for h, items in c["sections"]:
            main += "<h2>%s</h2>" % html.escape(h) + "".join(item_html(i, st) for i in items)
        parts.append('<div class="wrap"><div class="side">%s</div><div class="main">%s</div></div>' % (side, main))
    elif st == "html_europass":
        rows = '<tr><td class="l"><span class="logo">europass</span><br>Curriculum Vitae</td><td class="r"><h1>%s</h1></td></tr>' % html.escape(c["title"])
        rows += '<tr><td class="l">Personal information</td><td class="r">%s</td></tr>' % "<br>".join(html.escape(x) for x in c["contact"])
        for h, items in c["sections"]:
            cell = ""
            for it in items:
                if isinstance(it, str):
                    cell += "<div>%s</div>" % html.escape(it)
                else:
                    cell += '<div class="d">%s</div><div class="t">%s</div><div>%s</div>%s' % (html.escape(it["d"]), html.escape(it["t"]), html.escape(it["s"]),
                            "".join("<div>• %s</div>" % html.escape(x) for x in it.get("b", [])))
            rows += '<tr><td class="l">%s</td><td class="r">%s</td></tr>' % (html.escape(h), cell)
        parts.append("<table>%s</table>" % rows)
    else:
        if st == "html_serif":
            parts.append('<h1>%s</h1><div class="contact">%s</div><div style="clear:both"></div>' % (html.escape(c["title"]), "<br>".join(html.escape(x) for x in c["contact"])))
        else:
            parts.append('<h1>%s</h1><div class="contact">%s</div>' % (html.escape(c["title"]), " · ".join(html.escape(x) for x in c["contact"])))
        for h, items in c["sections"]:
            parts.append("<h2>%s</h2>" % html.escape(h) + "".join(item_html(i, st) for i in items))
    parts.append("</body></html>")
    return "".join(parts)

def chromium_pdf(htmltext, out):
    hp = os.path.join(TMP, os.path.basename(out) + ".html")
    open(hp, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------------------------------------------------------- DOCX
def make_docx(c, out, table=False):
    from docx import Document
    from docx.shared import Pt, RGBColor, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    if c.get("header_contacts"):
        hp = d.sections[0].header.paragraphs[0]
        hp.text = "  ".join(c["contact"]); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.sections[0].footer.paragraphs[0].text = "Curriculum Vitae – %s – page 1" % c["full_name"]
    if table:
        t = d.add_table(rows=1, cols=2)
        l, r = t.rows[0].cells
        l.paragraphs[0].add_run(c["title"]).bold = True
        l.paragraphs[0].runs[0].font.size = Pt(20)
        r.paragraphs[0].text = c["contact"][0]
        for x in c["contact"][1:]:
            r.add_paragraph(x)
    else:
        p = d.add_paragraph(); run = p.add_run(c["title"]); run.bold = True; run.font.size = Pt(22)
        if not c.get("header_contacts"):
            d.add_paragraph(" | ".join(c["contact"]))
    for h, items in c["sections"]:
        hp = d.add_heading(h, level=2)
        if table and any(not isinstance(i, str) for i in items):
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid" if c["n"] == 16 else t.style
            for it in items:
                if isinstance(it, str):
                    row = t.add_row().cells; row[1].text = it; continue
                row = t.add_row().cells
                row[0].text = it["d"]
                row[1].paragraphs[0].add_run(it["t"]).bold = True
                row[1].add_paragraph(it["s"])
                for b in it.get("b", []):
                    row[1].add_paragraph("• " + b)
                row[0].width = Inches(1.5); row[1].width = Inches(5.2)
            continue
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it, style="List Bullet" if len(items) > 1 else None)
            else:
                p = d.add_paragraph(); p.add_run(it["t"]).bold = True
                p.add_run("\t" + it["d"]).italic = True
                d.add_paragraph(it["s"])
                for b in it.get("b", []):
                    d.add_paragraph(b, style="List Bullet")
    d.core_properties.author = "Microsoft Office User" if c["n"] % 2 else c["full_name"]
    d.core_properties.title = "CV"
    d.save(out)

def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + TMP + "/lo", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- TXT
def make_txt(c):
    L = [c["title"]] + c["contact"] + [""]
    for h, items in c["sections"]:
        L += [h, "-" * len(h)]
        for it in items:
            if isinstance(it, str):
                L.append("  * " + it)
            else:
                L.append("%s | %s" % (it["t"], it["d"]))
                L.append("   " + it["s"])
                for b in it.get("b", []):
                    L.append("   - " + b)
        L.append("")
    return "\r\n".join(L) + "\r\n"

# ---------------------------------------------------------------- scans
def degrade(pdf, n):
    from PIL import Image, ImageFilter, ImageEnhance
    base = os.path.join(TMP, "scan%03d" % n)
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, base], check=True)
    pages = sorted(glob.glob(base + "*.png"))
    outs = []
    rnd = random.Random(n)
    for pth in pages:
        im = Image.open(pth).convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.6, 1.9)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = ImageEnhance.Contrast(im).enhance(rnd.uniform(0.55, 0.75))
        im = ImageEnhance.Brightness(im).enhance(1.05)
        im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.1)))
        px = im.load(); w, h = im.size
        for _ in range(w * h // 25):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 70)))
        outs.append(im.convert("RGB"))
    return outs

def truth_of(c):
    from check import months_union
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
            "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]
    t = {"file": fname(c), "layout": c["layout"]}
    for k in keys:
        t[k] = c[k]
    t["usce_months"] = months_union(c["usce"])
    t["usce_months_clinical"] = months_union([e for e in c["usce"] if e["type"] in ("hands_on", "observership")])
    t["usce_entries"] = c["usce"]
    if c.get("scan"):
        t["needs_ocr"] = True
    return t

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truths = []
    for c in CVS:
        out = os.path.join(OUT, fname(c))
        r = c["render"]
        print("building", fname(c), flush=True)
        if c.get("scan"):
            tmp_pdf = os.path.join(TMP, "src%03d.pdf" % c["n"])
            chromium_pdf(make_html(c), tmp_pdf)
            imgs = degrade(tmp_pdf, c["n"])
            if c["fmt"] == "scanpdf":
                imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
            elif c["fmt"] == "jpg":
                imgs[0].save(out, "JPEG", quality=62)
            else:
                imgs[0].convert("L").save(out, "PNG")
        elif r.startswith("html_"):
            chromium_pdf(make_html(c), out)
        elif r == "docx_table":
            make_docx(c, out, table=True)
        elif r == "docx_plain":
            make_docx(c, out)
        elif r in ("docx_plain_lo", "docx_plain_rtf", "docx_table_odt"):
            src = os.path.join(TMP, os.path.splitext(fname(c))[0] + ".docx")
            make_docx(c, src, table=(r == "docx_table_odt"))
            fmt = {"docx_plain_lo": "pdf", "docx_plain_rtf": "rtf", "docx_table_odt": "odt"}[r]
            soffice_convert(src, fmt, OUT)
        elif r == "txt":
            open(out, "w", encoding="utf-8", newline="").write(make_txt(c))
        else:
            raise SystemExit("unknown render " + r)
        assert os.path.exists(out), out
        truths.append(truth_of(c))
    # damaged
    donor = os.path.join(OUT, fname(CVS[0]))
    for n, layout, ext in DAMAGED:
        out = os.path.join(OUT, "w21_%03d_%s.%s" % (n, layout, ext))
        print("building", os.path.basename(out), flush=True)
        if layout == "damaged_truncated_pdf":
            data = open(os.path.join(OUT, fname(CVS[3])), "rb").read()
            open(out, "wb").write(data[: int(len(data) * 0.37)])
        elif layout == "damaged_encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            w = PdfWriter()
            for pg in PdfReader(os.path.join(OUT, fname(CVS[14]))).pages:
                w.add_page(pg)
            w.encrypt(user_password="Cv2025!", owner_password="owner-w21", algorithm="RC4-128")
            with open(out, "wb") as f:
                w.write(f)
        else:
            rnd = random.Random(24)
            open(out, "wb").write(bytes(rnd.randrange(256) for _ in range(18000)))
        truths.append({"file": os.path.basename(out), "layout": layout, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done", len(truths))

if __name__ == "__main__":
    main()
