#!/usr/bin/env python3
"""Scans / photos: rasterize Chromium-rendered pages (build_tmp/scan_src_*.pdf) with pdftoppm, then degrade with PIL/numpy."""
import os, subprocess, random
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "files"))
TMP = os.path.join(HERE, "build_tmp")
rng = np.random.default_rng(103); random.seed(103)

def raster(key, dpi):
    base = os.path.join(TMP, f"ras_{key}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
                    os.path.join(TMP, f"scan_src_{key}.pdf"), base], check=True)
    return Image.open(base + ".png").convert("RGB")

def noise(img, sigma):
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float); B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()

def s017():  # phone photo with perspective on a desk, uneven light, JPEG
    img = raster("017", 170); w, h = img.size
    W, H = int(w * 1.25), int(h * 1.18)
    desk = Image.new("RGB", (W, H), (96, 72, 50)); desk = noise(desk, 12).filter(ImageFilter.GaussianBlur(2))
    dst = [(int(W * .14), int(H * .07)), (int(W * .90), int(H * .04)), (int(W * .95), int(H * .97)), (int(W * .06), int(H * .92))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = find_coeffs(src, dst)
    warped = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    desk.paste(warped, (0, 0), mask)
    # lighting gradient (shadow of the phone at bottom right)
    gx = np.linspace(1.05, 0.78, W)[None, :, None]; gy = np.linspace(1.0, 0.85, H)[:, None, None]
    a = np.asarray(desk).astype(np.float32) * gx * gy * np.array([1.0, 0.98, 0.92])
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    out = noise(out, 5)
    out.save(os.path.join(OUT, "w103_017_scan_phone_perspective.jpg"), quality=72)

def s018():  # page scanned sideways: rotated 90 deg (+0.8 deg skew), image-only PDF
    img = raster("018", 150).convert("L")
    img = img.rotate(0.8, expand=True, fillcolor=255, resample=Image.BICUBIC)
    img = img.transpose(Image.ROTATE_90)
    img = noise(img.convert("RGB"), 6).convert("L").filter(ImageFilter.GaussianBlur(0.5))
    img.save(os.path.join(OUT, "w103_018_scan_rotated90.pdf"), "PDF", resolution=150.0)

def s019():  # washed-out low-contrast grey scan, PNG
    img = raster("019", 150).convert("L")
    img = img.rotate(-1.3, expand=False, fillcolor=255, resample=Image.BICUBIC)
    a = np.asarray(img).astype(np.float32) / 255.0
    a = 150 + a * 62                     # ink ~150, paper ~212
    img = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    img = noise(img.convert("RGB"), 4).convert("L")
    img.save(os.path.join(OUT, "w103_019_scan_low_contrast.png"))

def s020():  # fax: 200x100 dpi, 1-bit, speckles, header line, image-only PDF
    img = raster("020", 200).convert("L"); w, h = img.size
    img = img.rotate(0.6, fillcolor=255, resample=Image.BICUBIC)
    img = img.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)   # fine/standard fax resolution
    a = np.asarray(img).astype(np.float32) + rng.normal(0, 18, (h, w))
    bw = (a > 150).astype(np.uint8) * 255
    speck = rng.random((h, w)) < 0.0015; bw[speck] = 0
    img = Image.fromarray(bw)
    d = ImageDraw.Draw(img); d.rectangle([0, 0, w, 28], fill=255)
    d.text((20, 6), "NOV-24-2026 09:41   FROM: +94 11 269 0000   TO: ROTATIONS OFFICE        P.01", fill=0)
    img.convert("1").save(os.path.join(OUT, "w103_020_scan_fax_1bit.pdf"), "PDF", resolution=200.0)

def s021():  # skewed, noisy, JPEG artefacts
    img = raster("021", 140)
    img = img.rotate(2.6, expand=True, fillcolor=(235, 233, 228), resample=Image.BICUBIC)
    img = ImageEnhance.Contrast(img).enhance(0.85)
    img = noise(img, 14).filter(ImageFilter.GaussianBlur(0.6))
    img.save(os.path.join(OUT, "w103_021_scan_skewed_noisy.jpg"), quality=45)

if __name__ == "__main__":
    for f in (s017, s018, s019, s020, s021):
        f()
    print("scans done")
