# -*- coding: utf-8 -*-
"""Scans (image-only) and damaged files. Usage: scans.py OUTDIR"""
import os, sys, subprocess, random, glob
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import render
from data import P, DAMAGED

OUT = sys.argv[1] if len(sys.argv) > 1 else "../files"
TMP = render.TMP
SCAN_SRC = {  # which real toolchain prints the page that gets "scanned"
    "w71_017": "reportlab_classic", "w71_018": "chromium_grid", "w71_019": "fpdf2_es",
    "w71_020": "reportlab_twocol", "w71_021": "lo_docx_pdf",
}
ANGLE = {"w71_017": 0.7, "w71_018": -1.4, "w71_019": 1.8, "w71_020": -0.6, "w71_021": 1.1}


def print_page(p, layout):
    q = dict(p, layout=layout, file=p["file"][:7] + "_src.pdf")
    render.build(q, TMP)
    src = os.path.join(TMP, q["file"])
    n = int([l for l in subprocess.run(["pdfinfo", src], capture_output=True, text=True).stdout.splitlines()
             if l.startswith("Pages")][0].split()[1])
    assert n == 1, (q["file"], n)  # the scan must show the whole CV
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", src, src[:-4]], check=True)
    return Image.open(src[:-4] + ".png").convert("L")


def degrade(img, key, photo):
    rnd = np.random.default_rng(int(key[-3:]))
    a = np.asarray(img).astype(np.float32)
    a = 45 + a * (200 - 45) / 255.0                      # low contrast, grey paper
    if photo:                                             # uneven lighting of a phone photo
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.78 + 0.22 * (1 - ((xx / w - 0.3) ** 2 + (yy / h - 0.2) ** 2)))
    a = a + rnd.normal(0, 11 if photo else 8, a.shape)    # sensor / scanner noise
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(0.9 if photo else 0.6))
    im = im.rotate(ANGLE[key], resample=Image.BICUBIC, expand=True, fillcolor=235 if not photo else 90)
    if photo:
        im = ImageOps.expand(im, border=40, fill=70)     # table surface around the page
    return im


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in P:
        if not p.get("scan"):
            continue
        key = p["file"][:7]
        img = degrade(print_page(p, SCAN_SRC[key]), key, photo=not p["file"].endswith(".pdf"))
        path = os.path.join(OUT, p["file"])
        if path.endswith(".pdf"):
            img.save(path, "PDF", resolution=150.0)
        elif path.endswith(".jpg"):
            img.convert("RGB").save(path, "JPEG", quality=68)
        else:
            img.save(path, "PNG")
        print("scan", p["file"])
    # ---- damaged
    donor = dict(next(x for x in P if x["file"].startswith("w71_003")))
    donor.update(file="donor.pdf", layout="chromium_sidebar")
    render.build(donor, TMP)
    data = open(os.path.join(TMP, "donor.pdf"), "rb").read()
    open(os.path.join(OUT, "w71_022_truncated.pdf"), "wb").write(data[: int(len(data) * 0.42)])
    enc = dict(next(x for x in P if x["file"].startswith("w71_020")))
    enc["file"] = "w71_023_encrypted.pdf"
    render.reportlab_cv(enc, os.path.join(OUT, "w71_023_encrypted.pdf"), "twocol", encrypt="Rotaciones2026")
    open(os.path.join(OUT, "w71_024_random_bytes.docx"), "wb").write(random.Random(71).randbytes(23817))
    print("damaged done")
    import shutil
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
