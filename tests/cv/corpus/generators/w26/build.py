# -*- coding: utf-8 -*-
"""Build all w26 files + truth.jsonl.  Run via build.sh."""
import io, json, os, random, shutil, subprocess, sys

import numpy as np
from PIL import Image, ImageFilter, ImageEnhance

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import R, DAMAGED, truth_line
import render_html as H
import render_office as O

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w26_build"
BY = {r["file"]: r for r in R}


def out(name):
    return os.path.join(FILES, name)


def lo(src, fmt, final, infilter=None):
    res = O.soffice_convert(src, fmt, TMP, TMP, infilter)
    shutil.move(res, out(final))


def html_pdf(design, rec, final=None, dst=None):
    H.chromium_pdf(H.DESIGNS[design](rec["cv"]), dst or out(final or rec["file"]), TMP)


def build_readable():
    g = lambda f: BY[f]
    html_pdf("sidebar", g("w26_001_html_sidebar.pdf"))
    O.docx_table(g("w26_002_docx_table.docx")["cv"], out("w26_002_docx_table.docx"))
    # 003: python-docx -> LibreOffice PDF
    p = os.path.join(TMP, "w26_003_docx_lo.docx"); O.docx_table(g("w26_003_docx_lo.pdf")["cv"], p)
    lo(p, "pdf", "w26_003_docx_lo.pdf")
    O.odt_odfpy(g("w26_004_odt.odt")["cv"], out("w26_004_odt.odt"))
    O.rtf(g("w26_005_rtf.rtf")["cv"], out("w26_005_rtf.rtf"))
    O.txt(g("w26_006_txt.txt")["cv"], out("w26_006_txt.txt"))
    html_pdf("twocol", g("w26_007_html_twocol.pdf"))
    O.docx_header_footer(g("w26_008_docx_header.docx")["cv"], out("w26_008_docx_header.docx"))
    O.reportlab_pdf(g("w26_009_reportlab.pdf")["cv"], out("w26_009_reportlab.pdf"))
    # 010: odfpy ODT -> LibreOffice PDF
    p = os.path.join(TMP, "w26_010_odt_lo.odt"); O.odt_odfpy(g("w26_010_odt_lo.pdf")["cv"], p)
    lo(p, "pdf", "w26_010_odt_lo.pdf")
    O.fpdf_pdf(g("w26_011_fpdf.pdf")["cv"], out("w26_011_fpdf.pdf"))
    html_pdf("icons", g("w26_012_html_icons.pdf"))
    # 013: python-docx with contacts in the footer -> LibreOffice PDF
    p = os.path.join(TMP, "w26_013_docx_footer_lo.docx")
    O.docx_header_footer(g("w26_013_docx_footer_lo.pdf")["cv"], p, footer_contacts=True)
    lo(p, "pdf", "w26_013_docx_footer_lo.pdf")
    # 014: python-docx -> LibreOffice ODT
    p = os.path.join(TMP, "w26_014_docx2odt_lo.docx"); O.docx_header_footer(g("w26_014_docx2odt_lo.odt")["cv"], p)
    lo(p, "odt", "w26_014_docx2odt_lo.odt")
    html_pdf("timeline", g("w26_015_html_timeline.pdf"))
    # 016: HTML -> LibreOffice DOCX (writer filter)
    src = os.path.join(TMP, "w26_016_html2docx_lo.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(H.plain_letter(g("w26_016_html2docx_lo.docx")["cv"]))
    lo(src, "docx:MS Word 2007 XML", "w26_016_html2docx_lo.docx", infilter="HTML (StarWriter)")


# ------------------------------------------------------------------ scans
def pdf_to_images(pdf, dpi, prefix):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    d = os.path.dirname(prefix); b = os.path.basename(prefix)
    return [Image.open(os.path.join(d, f)).convert("L") for f in sorted(os.listdir(d)) if f.startswith(b) and f.endswith(".png")]


def degrade(img, seed, angle, blur, contrast, noise, photo=False):
    rnd = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255 if not photo else 200)
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype(np.float32)
    if photo:  # uneven lighting, like a phone photo
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.78 + 0.22 * (1 - ((xx / w - 0.3) ** 2 + (yy / h - 0.2) ** 2)))
    a = a + rnd.normal(0, noise, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    return img.filter(ImageFilter.GaussianBlur(blur))


def build_scans():
    def src_pdf(name, maker):
        p = os.path.join(TMP, name + ".src.pdf"); maker(p); return p
    # 017: reportlab page -> 200 dpi -> degraded -> image-only PDF
    r = BY["w26_017_scan_pdf.pdf"]
    p = src_pdf("017", lambda d: O.reportlab_pdf(r["cv"], d))
    pages = [degrade(i, 17, 0.8, 0.7, 0.85, 9) for i in pdf_to_images(p, 200, os.path.join(TMP, "s017"))]
    pages[0].save(out(r["file"]), save_all=True, append_images=pages[1:], resolution=200)
    # 018: fpdf2 page -> "phone photo" PNG
    r = BY["w26_018_scan_photo.png"]
    p = src_pdf("018", lambda d: O.fpdf_pdf(r["cv"], d))
    img = degrade(pdf_to_images(p, 170, os.path.join(TMP, "s018"))[0], 18, -1.6, 1.0, 0.75, 12, photo=True)
    img.save(out(r["file"]))
    # 019: python-docx -> LO pdf -> JPG photo, low contrast
    r = BY["w26_019_scan_photo.jpg"]
    d = os.path.join(TMP, "w26_019_src.docx"); O.docx_header_footer(r["cv"], d)
    pdf = O.soffice_convert(d, "pdf", TMP, TMP)
    img = degrade(pdf_to_images(pdf, 160, os.path.join(TMP, "s019"))[0], 19, 1.3, 1.1, 0.6, 10, photo=True)
    img.convert("RGB").save(out(r["file"]), quality=72)
    # 020: docx table -> LO pdf -> 150 dpi grey scan PDF
    r = BY["w26_020_scan_pdf.pdf"]
    d = os.path.join(TMP, "w26_020_src.docx"); O.docx_table(r["cv"], d)
    pdf = O.soffice_convert(d, "pdf", TMP, TMP)
    pages = [degrade(i, 20, -0.6, 0.6, 0.8, 7) for i in pdf_to_images(pdf, 150, os.path.join(TMP, "s020"))]
    pages[0].save(out(r["file"]), save_all=True, append_images=pages[1:], resolution=150)
    # 021: Chromium plain page -> 180 dpi, 1.9 deg skew
    r = BY["w26_021_scan_pdf.pdf"]
    p = os.path.join(TMP, "021.src.pdf"); html_pdf("plain", r, dst=p)
    pages = [degrade(i, 21, 1.9, 0.8, 0.7, 11) for i in pdf_to_images(p, 180, os.path.join(TMP, "s021"))]
    pages[0].save(out(r["file"]), save_all=True, append_images=pages[1:], resolution=180)


# ------------------------------------------------------------------ damaged
def build_damaged():
    from pypdf import PdfReader, PdfWriter
    dummy = dict(cv=dict(
        name="Fernanda Lucía Paredes Ibáñez", headline="Médica Cirujana · Universidad de Chile",
        contact=["fernanda.paredes.i@gmail.com", "+56 9 8765 4321", "Santiago, Chile"],
        sections=[("Education", [dict(t="Médico Cirujano", d="2015 – 2022", o="Universidad de Chile, Santiago")]),
                  ("USMLE", ["Step 1: Pass", "Step 2 CK: 247"]),
                  ("U.S. Clinical Experience", [dict(t="Observership, Internal Medicine", d="03/2024 – 05/2024", o="Baptist Health, Miami, FL")])]))
    p = os.path.join(TMP, "dmg_src.pdf"); html_pdf("icons", dummy, dst=p)
    data = open(p, "rb").read()
    with open(out("w26_022_truncated.pdf"), "wb") as f:  # cut mid-stream: no xref, no trailer
        f.write(data[: int(len(data) * 0.42)])
    w = PdfWriter(clone_from=PdfReader(p))
    w.encrypt(user_password="Lima2024!", owner_password="owner-w26", algorithm="RC4-128")
    with open(out("w26_023_encrypted.pdf"), "wb") as f:
        w.write(f)
    rnd = random.Random(2624)
    with open(out("w26_024_random_bytes.docx"), "wb") as f:
        f.write(bytes(rnd.getrandbits(8) for _ in range(23817)))


def main():
    os.makedirs(FILES, exist_ok=True); os.makedirs(TMP, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    build_readable()
    build_scans()
    build_damaged()
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(truth_line(r), ensure_ascii=False) + "\n")
        for d in DAMAGED:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("built", len(os.listdir(FILES)), "files")


if __name__ == "__main__":
    main()
