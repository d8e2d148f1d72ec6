# -*- coding: utf-8 -*-
"""Builds w20 files/ and truth.jsonl. python-docx -> (LibreOffice headless) pdf/odt/rtf/txt; scans via pdftoppm+Pillow."""
import json, os, random, shutil, subprocess, sys, glob
from docx import Document
from docx.shared import Pt, Inches
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from PIL import Image, ImageFilter, ImageEnhance, ImageOps

sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w20_build"
random.seed(20)
ORDER = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
         "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
         "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def set_font(doc, font, size):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in ("Heading 1", "Heading 2", "Title"):
        h = doc.styles[s]; h.font.name = font; h.font.color.rgb = None
        rpr = h.element.get_or_add_rPr(); rpr.get_or_add_rFonts().set(qn("w:ascii"), font)
        rpr.get_or_add_rFonts().set(qn("w:hAnsi"), font)


def make_docx(p, path):
    doc = Document()
    set_font(doc, p["font"], p["size"])
    sec = doc.sections[0]
    if p.get("header"):
        hp = sec.header.paragraphs[0]; hp.text = p["header"]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if p.get("footer"):
        fp = sec.footer.paragraphs[0]; fp.text = p["footer"]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_paragraph(); r = t.add_run(p["title"]); r.bold = True; r.font.size = Pt(p["size"] + 5)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if p.get("scan"):
        for s in doc.sections:
            s.top_margin = s.bottom_margin = Pt(40)
    first_p = True
    for s in p["sections"]:
        k = s[0]
        if k == "H":
            h = doc.add_paragraph(); r = h.add_run(s[1].upper() if p["n"] % 2 else s[1]); r.bold = True; r.underline = True
            h.paragraph_format.space_before = Pt(8)
        elif k == "P":
            para = doc.add_paragraph()
            for i, line in enumerate(s[1].split("\n")):
                if i: para.add_run().add_break()
                rr = para.add_run(line)
                if first_p: rr.bold = True
            if first_p: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first_p = False
        elif k == "L":
            for line in s[1]:
                para = doc.add_paragraph(line); para.paragraph_format.space_after = Pt(0)
        elif k == "B":
            for line in s[1]:
                doc.add_paragraph(line, style="List Bullet")
        elif k == "KV":
            tb = doc.add_table(rows=0, cols=3); tb.style = "Table Grid" if p["n"] % 3 else None
            tb.autofit = False
            for kk, vv in s[1]:
                c = tb.add_row().cells; c[0].text = kk; c[1].text = ":"; c[2].text = vv
                for cell, wd in zip(c, (Inches(1.9), Inches(0.25), Inches(4.2))): cell.width = wd
            for col, wd in zip(tb.columns, (Inches(1.9), Inches(0.25), Inches(4.2))): col.width = wd
        elif k == "T":
            tb = doc.add_table(rows=1, cols=len(s[1])); tb.style = "Table Grid"
            for i, hh in enumerate(s[1]):
                tb.rows[0].cells[i].text = hh
                for r in tb.rows[0].cells[i].paragraphs[0].runs: r.bold = True
            for row in s[2]:
                c = tb.add_row().cells
                for i, v in enumerate(row): c[i].text = v
    doc.save(path)


def soffice(src, target, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", target, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def degrade(img, kind, seed):
    rnd = random.Random(seed)
    img = img.convert("L")
    if kind == "phone":
        # uneven lighting + perspective-ish rotation + blur + jpeg
        w, h = img.size
        grad = Image.linear_gradient("L").resize((w, h)).rotate(rnd.choice([90, 180, 270]))
        img = Image.blend(img, ImageOps.invert(grad).point(lambda v: 255 - v // 4), 0.18)
        img = img.rotate(rnd.uniform(1.0, 2.0) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=True, fillcolor=120)
        img = img.filter(ImageFilter.GaussianBlur(1.1))
        img = ImageEnhance.Contrast(img).enhance(0.8)
    elif kind == "office":
        img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=True, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    else:  # lowcontrast
        img = img.rotate(rnd.uniform(0.6, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=235)
        img = ImageEnhance.Contrast(img).enhance(0.45)
        img = ImageEnhance.Brightness(img).enhance(1.15)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
    # salt/pepper + gaussian-ish noise
    px = img.load(); w, h = img.size
    for _ in range(w * h // 60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-90, 90)))
    return img


def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    truth = []
    for p in PEOPLE:
        base = f"w20_{p['n']:03d}_{p['layout']}"
        src = os.path.join(TMP, base + ".docx")
        make_docx(p, src)
        fmt = p["fmt"]
        if fmt == "docx":
            shutil.copy(src, os.path.join(OUT, base + ".docx")); fname = base + ".docx"
        elif fmt in ("pdf", "odt", "rtf"):
            soffice(src, fmt, OUT); fname = base + "." + fmt
        elif fmt == "txt":
            soffice(src, "txt:Text (encoded):UTF8", OUT); fname = base + ".txt"
        else:  # scans
            soffice(src, "pdf", TMP)
            subprocess.run(["pdftoppm", "-r", "150" if p["scan"] != "office" else "200", "-gray", "-png",
                            os.path.join(TMP, base + ".pdf"), os.path.join(TMP, base + "_pg")], check=True)
            pages = sorted(glob.glob(os.path.join(TMP, base + "_pg*.png")))
            imgs = [degrade(Image.open(pg), p["scan"], p["n"] * 10 + i) for i, pg in enumerate(pages)]
            if fmt == "scanpdf":
                fname = base + ".pdf"
                imgs[0].save(os.path.join(OUT, fname), "PDF", resolution=150, save_all=True, append_images=imgs[1:])
            elif fmt == "jpg":
                assert len(imgs) == 1, base
                fname = base + ".jpg"; imgs[0].save(os.path.join(OUT, fname), "JPEG", quality=55)
            else:
                assert len(imgs) == 1, base
                fname = base + ".png"; imgs[0].save(os.path.join(OUT, fname), "PNG")
        t = dict(p["truth"]); t["file"] = fname; t["layout"] = p["layout"]
        t["usce_months"] = months(t["usce_entries"])
        t["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
        row = {k: t[k] for k in ORDER}
        if p.get("scan"): row["needs_ocr"] = True
        truth.append(row)
        print("built", fname, flush=True)

    # ---- damaged files
    # 022: truncated PDF (first 40% of the CV 014 pdf)
    data = open(os.path.join(OUT, "w20_014_lo_pdf_long.pdf"), "rb").read()
    open(os.path.join(OUT, "w20_022_truncated_pdf.pdf"), "wb").write(data[: int(len(data) * 0.4)])
    # 023: user-password-encrypted PDF (CV 002 content)
    from pypdf import PdfReader, PdfWriter
    wr = PdfWriter(); [wr.add_page(pg) for pg in PdfReader(os.path.join(OUT, "w20_002_lo_pdf_house_job.pdf")).pages]
    wr.encrypt(user_password="kemu2020", owner_password="owner-w20", algorithm="RC4-128")
    with open(os.path.join(OUT, "w20_023_encrypted_pdf.pdf"), "wb") as f: wr.write(f)
    # 024: random bytes with a .docx name
    open(os.path.join(OUT, "w20_024_random_bytes.docx"), "wb").write(random.Random(24).randbytes(18000))
    for fn, lay in [("w20_022_truncated_pdf.pdf", "truncated_pdf"), ("w20_023_encrypted_pdf.pdf", "encrypted_pdf"),
                    ("w20_024_random_bytes.docx", "random_bytes")]:
        truth.append({"file": fn, "layout": lay, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in truth: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("truth rows:", len(truth))


if __name__ == "__main__":
    main()
