# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w33."""
import glob
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import PEOPLE, truth_for  # noqa: E402
import render as R  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w33_build"
W = "w33"


def fn(n, layout, ext):
    return f"{W}_{n:03d}_{layout}.{ext}"


def via_soffice(p, n, layout, ext, **kw):
    src = os.path.join(TMP, f"{W}_{n:03d}_{layout}.docx")
    R.docx_build(p, src, **kw)
    R.soffice(src, ext, TMP)
    shutil.move(src[:-4] + ext, os.path.join(OUT, fn(n, layout, ext)))


# ---------------------------------------------------------------- scans
def degrade(img, seed, angle, blur=0.8, contrast=0.75, noise=14, photo=False):
    from PIL import Image, ImageFilter, ImageEnhance
    r = random.Random(seed)
    img = img.convert("L")
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(1.05 if not photo else 0.9)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235 if not photo else 120)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * 0.02)):
        x, y = r.randrange(w), r.randrange(h)
        v = px[x, y] + r.randint(-noise * 3, noise * 3)
        px[x, y] = max(0, min(255, v))
    if photo:  # uneven lighting, camera-like vignette
        grad = Image.linear_gradient("L").resize((w, h)).rotate(r.choice([0, 90, 180]))
        img = Image.blend(img, Image.composite(img, grad, grad), 0.25)
    return img


def side_by_side(pages):
    """Two printed sheets photographed together on a desk."""
    from PIL import Image
    w = sum(p.width for p in pages) + 40 * (len(pages) + 1)
    h = max(p.height for p in pages) + 80
    canvas = Image.new("RGB", (w, h), (96, 84, 70))
    x = 40
    for p in pages:
        canvas.paste(p.convert("RGB"), (x, 40))
        x += p.width + 40
    return canvas


def raster(pdf, dpi=140):
    base = os.path.join(TMP, os.path.basename(pdf)[:-4])
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, base], check=True)
    from PIL import Image
    return [Image.open(f) for f in sorted(glob.glob(base + "-*.png"))]


def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    for f in glob.glob(os.path.join(OUT, "*")):
        os.remove(f)
    truth = []

    def add(n, layout, ext, scan=False):
        truth.append(truth_for(n, fn(n, layout, ext), layout, scan))

    P = PEOPLE
    # ---- readable ----
    R.docx_build(P[1], os.path.join(OUT, fn(1, "docx_header_contacts", "docx")), contacts="header", quals="MBBS, FCPS, MRCP (UK)")
    add(1, "docx_header_contacts", "docx")
    via_soffice(P[2], 2, "lo_pdf_classic", "pdf", quals="MBBS, MD, DNB", font="Liberation Serif", heading_color=(0, 0, 0))
    add(2, "lo_pdf_classic", "pdf")
    via_soffice(P[3], 3, "lo_odt_bilingual", "odt", quals="MBBCh, MSc, MD (Cardiology)", pub_mode="mixed")
    add(3, "lo_odt_bilingual", "odt")
    via_soffice(P[4], 4, "lo_rtf_academic", "rtf", quals="MD, MPH", heading_color=(0x5a, 0x2a, 0x82))
    add(4, "lo_rtf_academic", "rtf")
    R.odt_build(P[5], os.path.join(OUT, fn(5, "odfpy_plain", "odt")))
    add(5, "odfpy_plain", "odt")
    R.rl_build(P[6], os.path.join(OUT, fn(6, "rl_footer_contacts", "pdf")), mode="footer_contacts")
    add(6, "rl_footer_contacts", "pdf")
    R.rl_build(P[7], os.path.join(OUT, fn(7, "rl_sidebar", "pdf")), mode="sidebar", accent="#2f4858")
    add(7, "rl_sidebar", "pdf")
    R.rl_build(P[8], os.path.join(OUT, fn(8, "rl_numbered_mixed", "pdf")), mode="numbered", pub_mode="mixed", serif=True, accent="#1d3557")
    add(8, "rl_numbered_mixed", "pdf")
    R.fpdf_build(P[9], os.path.join(OUT, fn(9, "fpdf_cyrillic", "pdf")), accent=(150, 20, 20))
    add(9, "fpdf_cyrillic", "pdf")
    R.fpdf_build(P[10], os.path.join(OUT, fn(10, "fpdf_green", "pdf")), accent=(0, 110, 60), pub_mode="mixed")
    add(10, "fpdf_green", "pdf")
    R.html_build(P[11], os.path.join(TMP, "w33_011.html"), os.path.join(OUT, fn(11, "chromium_academic", "pdf")))
    add(11, "chromium_academic", "pdf")
    R.txt_build(P[12], os.path.join(OUT, fn(12, "plain_text", "txt")))
    add(12, "plain_text", "txt")
    R.docx_build(P[13], os.path.join(OUT, fn(13, "docx_footer_contacts", "docx")), contacts="footer", quals="MBBS, MD, DNB", font="Cambria", pub_mode="mixed")
    add(13, "docx_footer_contacts", "docx")
    via_soffice(P[14], 14, "lo_pdf_arabic_name", "pdf", quals="MBBCh, MSc, MD (OB/GYN)", heading_color=(0x8b, 0x1e, 0x3f))
    add(14, "lo_pdf_arabic_name", "pdf")
    R.odt_build(P[15], os.path.join(OUT, fn(15, "odfpy_table", "odt")), table_layout=True)
    add(15, "odfpy_table", "odt")
    R.rl_build(P[16], os.path.join(OUT, fn(16, "rl_running_header", "pdf")), mode="running", accent="#00695c")
    add(16, "rl_running_header", "pdf")

    # ---- scans ----
    from PIL import Image
    src = os.path.join(TMP, "s17.pdf")
    R.rl_build(P[17], src, mode="plain", accent="#333333")
    pages = [degrade(im, 17, 1.2) for im in raster(src, 120)]
    pages[0].save(os.path.join(OUT, fn(17, "scan_pdf", "pdf")), save_all=True, append_images=pages[1:], resolution=120)
    add(17, "scan_pdf", "pdf", True)

    src = os.path.join(TMP, "s18.pdf")
    R.fpdf_build(P[18], src, accent=(20, 60, 120), scan_style=True)
    pg = raster(src, 150)
    degrade(pg[0], 18, -0.7, blur=0.6, contrast=0.6).save(os.path.join(OUT, fn(18, "scan_png", "png")))
    add(18, "scan_png", "png", True)

    src = os.path.join(TMP, "s19.docx")
    R.docx_build(P[19], src, quals="MBBS, MD, DNB")
    R.soffice(src, "pdf", TMP)
    pg = raster(src[:-4] + "pdf", 150)
    degrade(side_by_side(pg), 19, 1.8, blur=1.0, contrast=0.7, photo=True).convert("RGB").save(
        os.path.join(OUT, fn(19, "photo_jpg", "jpg")), quality=72)
    add(19, "photo_jpg", "jpg", True)

    src = os.path.join(TMP, "s20.pdf")
    R.rl_build(P[20], src, mode="running", serif=True, accent="#222222")
    pages = [degrade(im, 20 + i, [0.6, -0.9, 1.4][i % 3], blur=0.7) for i, im in enumerate(raster(src, 110))]
    pages[0].save(os.path.join(OUT, fn(20, "scan_pdf_multipage", "pdf")), save_all=True, append_images=pages[1:], resolution=110)
    add(20, "scan_pdf_multipage", "pdf", True)

    src = os.path.join(TMP, "s21.pdf")
    R.fpdf_build(P[21], src, accent=(90, 40, 0), scan_style=True)
    pg = raster(src, 150)
    degrade(side_by_side(pg), 21, -1.5, blur=1.1, contrast=0.55, photo=True).convert("RGB").save(
        os.path.join(OUT, fn(21, "photo_jpg_lowcontrast", "jpg")), quality=65)
    add(21, "photo_jpg_lowcontrast", "jpg", True)

    # ---- damaged ----
    src = os.path.join(TMP, "d22.pdf")
    R.rl_build(P[1], src, mode="running")
    data = open(src, "rb").read()
    open(os.path.join(OUT, fn(22, "truncated_pdf", "pdf")), "wb").write(data[: int(len(data) * 0.38)])
    truth.append({"file": fn(22, "truncated_pdf", "pdf"), "layout": "truncated_pdf", "error": True})

    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "d23.pdf")
    R.fpdf_build(P[12], src)
    w = PdfWriter()
    for pg_ in PdfReader(src).pages:
        w.add_page(pg_)
    w.encrypt(user_password="Karachi2004", owner_password="owner-w33", algorithm="RC4-128")
    with open(os.path.join(OUT, fn(23, "encrypted_pdf", "pdf")), "wb") as f:
        w.write(f)
    truth.append({"file": fn(23, "encrypted_pdf", "pdf"), "layout": "encrypted_pdf", "error": True})

    rnd = random.Random(24)
    open(os.path.join(OUT, fn(24, "random_bytes", "docx")), "wb").write(bytes(rnd.randrange(256) for _ in range(48213)))
    truth.append({"file": fn(24, "random_bytes", "docx"), "layout": "random_bytes", "error": True})

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("built", len(truth))


if __name__ == "__main__":
    main()
