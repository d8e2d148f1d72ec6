# -*- coding: utf-8 -*-
"""Rasterize base renders of the scan CVs and degrade them; then make the damaged files."""
import os, subprocess, random, io
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance
from people import CVS, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files"); TMP = os.path.join(HERE, "..", "tmp")
rng = random.Random(120); nrng = np.random.default_rng(120)


def raster(pdf, dpi):
    pref = os.path.join(TMP, "ras_" + os.path.basename(pdf)[:-4])
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", pdf, pref], check=True)
    cand = [f for f in os.listdir(TMP) if f.startswith(os.path.basename(pref)) and f.endswith(".png")]
    return Image.open(os.path.join(TMP, sorted(cand)[0])).convert("RGB")


def noise(im, sigma):
    a = np.asarray(im).astype(np.float32)
    a += nrng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg(im, q):
    b = io.BytesIO(); im.save(b, "JPEG", quality=q); b.seek(0); return Image.open(b).convert("RGB")


def rotate(im, deg, fill=(250, 250, 248)):
    return im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def perspective(im):
    w, h = im.size
    # phone photo: page quad inside a darker background
    W, H = int(w * 1.18), int(h * 1.12)
    bg = Image.new("RGB", (W, H), (92, 84, 70))
    bg = noise(bg, 10)
    dst = [(int(W * 0.09), int(H * 0.05)), (int(W * 0.93), int(H * 0.03)), (int(W * 0.96), int(H * 0.97)), (int(W * 0.05), int(H * 0.94))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coef = np.linalg.solve(np.array(A, float), np.array(B, float))
    warped = im.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", im.size, 255).transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    # uneven lighting
    g = np.linspace(1.0, 0.78, W)[None, :, None] * np.linspace(1.0, 0.9, H)[:, None, None]
    a = np.asarray(bg).astype(np.float32) * g
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def save_image_pdf(im, out):
    im.save(out, "PDF", resolution=150.0)


for cv in CVS:
    if "base" not in cv:
        continue
    base = os.path.join(TMP, "base_%s.pdf" % cv["id"])
    out = os.path.join(OUT, "w120_%s_%s.%s" % (cv["id"], cv["layout"], cv["ext"]))
    L = cv["layout"]
    if L == "scan_pdf":
        im = raster(base, 150).convert("L").convert("RGB")
        im = rotate(im, 1.3); im = im.filter(ImageFilter.GaussianBlur(0.6)); im = noise(im, 9); im = jpeg(im, 55)
        save_image_pdf(im, out)
    elif L == "scan_png":
        im = raster(base, 140)
        im = rotate(im, -0.7); im = im.filter(ImageFilter.GaussianBlur(0.8)); im = noise(im, 12)
        im.convert("L").save(out, "PNG")
    elif L == "photo_jpg":
        im = raster(base, 130)
        im = perspective(im); im = im.filter(ImageFilter.GaussianBlur(0.7)); im = noise(im, 6)
        im.save(out, "JPEG", quality=72)
    elif L == "scan_pdf_lowcontrast":
        im = raster(base, 150)
        im = ImageEnhance.Contrast(im).enhance(0.45); im = ImageEnhance.Brightness(im).enhance(1.12)
        im = rotate(im, -2.4, fill=(235, 235, 230)); im = noise(im, 7); im = jpeg(im, 40)
        save_image_pdf(im, out)
    elif L == "scan_png_rotated":
        im = raster(base, 150).convert("L")
        im = im.rotate(2.8, resample=Image.BICUBIC, expand=True, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.5)); im = noise(im.convert("RGB"), 8).convert("L")
        im.save(out, "PNG")
    print("scanned", cv["id"], L)

# ------------------------------------------------------------------ damaged
for d in DAMAGED:
    out = os.path.join(OUT, "w120_%s_%s.%s" % (d["id"], d["layout"], d["ext"]))
    if d["layout"] == "damaged_truncated":
        src = open(os.path.join(OUT, "w120_005_lo_docx_pdf.pdf"), "rb").read()
        open(out, "wb").write(src[:900])            # header + first object only, no xref/trailer/pages
    elif d["layout"] == "damaged_encrypted":
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter(clone_from=PdfReader(os.path.join(OUT, "w120_009_reportlab.pdf")))
        w.encrypt(user_password="k7#Qm2!vR9", owner_password="x0-owner-w120", algorithm="AES-256")
        with open(out, "wb") as f:
            w.write(f)
    elif d["layout"] == "damaged_random":
        open(out, "wb").write(bytes(rng.getrandbits(8) for _ in range(24576)))
    print("damaged", d["id"], d["layout"])
