# -*- coding: utf-8 -*-
"""Scans: pages rendered with pdftoppm, degraded with Pillow/numpy. No text layer anywhere."""
import os, sys, glob, subprocess, random
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
sys.path.insert(0, os.path.dirname(__file__))
from data import P

rng = np.random.default_rng(17)
random.seed(17)

def pages(k, dpi):
    pref = f"/tmp/w17_scan_{k}_{dpi}"
    for f in glob.glob(pref + "*"): os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", f"/tmp/w17_html/scan_{k}.pdf", pref], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(pref + "*.png"))]

def noise(img, sigma):
    a = np.asarray(img).astype(np.float32) + rng.normal(0, sigma, (img.height, img.width))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float); B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()

def photo_perspective(img):
    """A phone photo of a printed page lying on a wooden desk: perspective, vignetting, warm cast."""
    w, h = img.size
    W, H = int(w * 1.18), int(h * 1.12)
    bg = Image.new("RGB", (W, H), (120, 84, 52))
    bga = np.asarray(bg).astype(np.float32) + rng.normal(0, 10, (H, W, 1))
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    page = img.convert("RGB")
    ox, oy = (W - w) // 2, (H - h) // 2
    dst = [(ox + 40, oy + 25), (ox + w - 10, oy + 60), (ox + w + 15, oy + h - 20), (ox - 20, oy + h - 45)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = find_coeffs(src, dst)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    yy, xx = np.mgrid[0:H, 0:W]
    vign = 1 - 0.35 * (((xx - W * 0.4) / W) ** 2 + ((yy - H * 0.35) / H) ** 2) * 2.2
    a = np.asarray(bg).astype(np.float32) * vign[..., None] * np.array([1.0, 0.96, 0.86])
    a += rng.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(1.3, resample=Image.BICUBIC, fillcolor=(90, 60, 40))
    return out.filter(ImageFilter.GaussianBlur(0.9))

def fax(img):
    """Fax: 204x98 dpi style (halved vertical resolution), 1-bit, speckles, slight skew."""
    img = img.rotate(-0.6, resample=Image.BICUBIC, fillcolor=255, expand=False)
    w, h = img.size
    img = img.resize((w, h // 2)).resize((w, h), Image.NEAREST)
    img = noise(img, 28)
    bw = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    a = np.asarray(bw.convert("L")).copy()
    specks = rng.random(a.shape) < 0.0015
    a[specks] = 0
    # a header line like a fax machine prints
    out = Image.fromarray(a).convert("1")
    return out

def skewed_grey(img):
    img = img.rotate(1.6, resample=Image.BICUBIC, fillcolor=235, expand=True)
    img = ImageEnhance.Contrast(img).enhance(0.75)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.9 + 20 + rng.normal(0, 9, a.shape)
    a[:, :18] = 60  # dark scanner edge
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))

def low_contrast(img):
    img = img.rotate(-0.7, resample=Image.BICUBIC, fillcolor=250, expand=True)
    a = np.asarray(img).astype(np.float32)
    a = 150 + a * (90 / 255.0) + rng.normal(0, 7, a.shape)  # washed-out toner
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))

def blurred(img):
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=245, expand=True)
    img = img.filter(ImageFilter.GaussianBlur(1.6))
    return noise(ImageEnhance.Contrast(img).enhance(0.85), 8)

def save_pdf(imgs, path, dpi, quality=None):
    imgs = [i if i.mode in ("1", "L") else i.convert("RGB") for i in imgs]
    kw = {"resolution": dpi, "save_all": True, "append_images": imgs[1:]}
    if quality: kw["quality"] = quality
    imgs[0].save(path, "PDF", **kw)

if __name__ == "__main__":
    out = sys.argv[1]
    def fn(k, ext): return os.path.join(out, f"w17_{k}_{P[k]['layout']}.{ext}")
    pg = pages("017", 130); photo_perspective(pg[0]).save(fn("017", "jpg"), quality=78)
    if len(pg) > 1: print("WARN 017 has", len(pg), "pages; only page 1 photographed")
    save_pdf([fax(i) for i in pages("018", 200)], fn("018", "pdf"), 200)
    save_pdf([skewed_grey(i) for i in pages("019", 150)], fn("019", "pdf"), 150)
    pg = pages("020", 140); low_contrast(pg[0]).save(fn("020", "png"), optimize=True)
    if len(pg) > 1: print("WARN 020 has", len(pg), "pages")
    save_pdf([blurred(i).convert("RGB") for i in pages("021", 150)], fn("021", "pdf"), 150, quality=55)
    print("scans done")
