# -*- coding: utf-8 -*-
"""Scans/photos (render -> rasterize -> degrade) and damaged files for w108. Usage: python scans.py OUTDIR"""
import os, sys, io, glob, subprocess, tempfile, shutil, random
sys.path.insert(0, os.path.dirname(__file__))
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
from persons import BYID
from render import render_readable, fname

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files"))
rng = np.random.default_rng(108)
random.seed(108)

def raster(p, dpi):
    tmp = tempfile.mkdtemp(prefix="w108_sc_")
    pdf = render_readable(p, p["source"], tmp, base="src")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "pg")], check=True)
    pages = [Image.open(f).convert("L") for f in sorted(glob.glob(os.path.join(tmp, "pg*.png")))]
    for im in pages: im.load()
    shutil.rmtree(tmp, ignore_errors=True)
    return pages

def noise(im, sigma):
    a = np.asarray(im).astype(np.float32) + rng.normal(0, sigma, (im.height, im.width))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def rotate(im, deg, fill=255):
    return im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)

def jpeg_cycle(im, q):
    b = io.BytesIO(); im.save(b, "JPEG", quality=q); b.seek(0); return Image.open(b).convert(im.mode)

def perspective(im, shift):
    w, h = im.size
    # map output quad back to input corners (phone held at an angle)
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(shift * w, 0.02 * h), (w * (1 - 0.01), 0), (w * (1 - shift * 0.6), h), (0.01 * w, h * (1 - 0.02))]
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
    return im.transform((w, h), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(70, 60, 50))

def shading(im, strength=0.35):
    w, h = im.size
    gx = np.linspace(1 - strength, 1, w)[None, :] * np.linspace(1, 1 - strength * 0.5, h)[:, None]
    a = np.asarray(im).astype(np.float32) * gx[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def save_pdf(pages, path, dpi):
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])

def main():
    # 017: image-only PDF, 200 dpi, +1.5 deg, speckle noise
    p = BYID["017"]; pg = raster(p, 200)
    pg = [noise(rotate(im, 1.5), 10).filter(ImageFilter.GaussianBlur(0.6)) for im in pg]
    save_pdf(pg, os.path.join(OUT, fname(p, "pdf")), 200)
    # 018: phone photo, perspective + shading, JPEG
    p = BYID["018"]; pg = raster(p, 170)
    im = pg[0].convert("RGB"); im = Image.merge("RGB", [c.point(lambda v, k=k: min(255, v * (0.93, 0.9, 0.82)[k] + 8)) for k, c in enumerate(im.split())])
    canvas = Image.new("RGB", (int(im.width * 1.08), int(im.height * 1.06)), (70, 60, 50)); canvas.paste(im, (int(im.width * 0.04), int(im.height * 0.03)))
    im = perspective(canvas, 0.05); im = rotate(im, -1.2, fill=(70, 60, 50)); im = shading(im, 0.3)
    im = im.filter(ImageFilter.GaussianBlur(0.8)); im = noise(im.convert("L"), 6).convert("RGB") if False else im
    im.save(os.path.join(OUT, fname(p, "jpg")), "JPEG", quality=68)
    # 019: low-res PNG, 96 dpi, grey, slight blur, +0.7 deg
    p = BYID["019"]; pg = raster(p, 96)
    im = rotate(pg[0], 0.7).filter(ImageFilter.GaussianBlur(0.5)); im = ImageEnhance.Contrast(im).enhance(0.8)
    im.save(os.path.join(OUT, fname(p, "png")))
    # 020: image-only PDF, -2 deg, JPEG artefacts, noise
    p = BYID["020"]; pg = raster(p, 150)
    pg = [jpeg_cycle(noise(rotate(im, -2.0), 7), 35) for im in pg]
    save_pdf(pg, os.path.join(OUT, fname(p, "pdf")), 150)
    # 021: low contrast, blurred photo rotated 2.5 deg
    p = BYID["021"]; pg = raster(p, 150)
    im = rotate(pg[0], 2.5, fill=200); im = ImageEnhance.Contrast(im).enhance(0.45); im = ImageEnhance.Brightness(im).enhance(1.1)
    im = im.filter(ImageFilter.GaussianBlur(1.0)); im = noise(im, 5)
    im.convert("RGB").save(os.path.join(OUT, fname(p, "jpg")), "JPEG", quality=60)

    # ---------------- damaged
    # 022: truncated PDF (first 30% of a real CV PDF made by reportlab)
    tmp = tempfile.mkdtemp(prefix="w108_dm_")
    src = render_readable(BYID["005"], "reportlab_classic", tmp, base="trunc_src")
    data = open(src, "rb").read()
    open(os.path.join(OUT, "w108_022_truncated.pdf"), "wb").write(data[: int(len(data) * 0.3)])
    # 023: encrypted PDF (user password unknown)
    from pypdf import PdfReader, PdfWriter
    src2 = render_readable(BYID["013"], "reportlab_modern", tmp, base="enc_src")
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src2).pages]
    w.encrypt(user_password="Lagos#2026!", owner_password="owner-w108-x", algorithm="AES-256")
    with open(os.path.join(OUT, "w108_023_encrypted.pdf"), "wb") as f: w.write(f)
    # 024: zero-length .docx (failed upload)
    open(os.path.join(OUT, "w108_024_zero_length.docx"), "wb").close()
    shutil.rmtree(tmp, ignore_errors=True)

if __name__ == "__main__":
    main()
