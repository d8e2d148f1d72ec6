# -*- coding: utf-8 -*-
"""Rasterise the intermediate PDFs of the scan CVs and degrade them like phone photos / office scanners / fax.
Run with /work/blind/w4/venv/bin/python (needs img2pdf, numpy, Pillow)."""
import os, sys, subprocess, glob, io
import numpy as np
from PIL import Image, ImageFilter, ImageOps
import img2pdf
sys.path.insert(0, os.path.dirname(__file__))
from build import SCAN_PLAN, BUILD, FILES

def rasterise(pdf, dpi, grey, outprefix):
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if grey else []) + [pdf, outprefix]
    subprocess.run(cmd, check=True)
    return sorted(glob.glob(outprefix + "*.png"))

def find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float); B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B)

def phone_photo(img, rng, angle):
    img = img.convert("RGB")
    w, h = img.size
    pad = int(0.06 * w)
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 78, 64))  # wooden desk
    bg.paste(img, (pad, pad))
    W, H = bg.size
    j = lambda s: rng.uniform(-s, s) * W
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    dst = [(j(.02) + .01 * W, j(.015)), (W - .03 * W + j(.015), j(.02) + .02 * H), (W + j(.01), H + j(.01)), (j(.02), H - .01 * H + j(.01))]
    coeffs = find_coeffs(src, dst)
    bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(60, 50, 40))
    bg = bg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(60, 50, 40))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # uneven lighting: bright top-left, shadow band across the lower right (hand / phone shadow)
    light = 1.05 - 0.25 * (xx / W) * (yy / H)
    cx, cy = W * rng.uniform(.6, .9), H * rng.uniform(.6, .95)
    shadow = 1 - 0.30 * np.exp(-(((xx - cx) / (0.35 * W)) ** 2 + ((yy - cy) / (0.25 * H)) ** 2))
    tint = np.array([1.0, 0.97, 0.90], dtype=np.float32)  # warm indoor light
    a = a * (light * shadow)[..., None] * tint
    a += rng.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    out = out.resize((int(W * 0.8), int(H * 0.8)), Image.LANCZOS)
    return out, 55

def scanner(img, rng, angle, grey=True, quality=70, tint=None, noise=5):
    img = img.convert("L" if grey else "RGB")
    fill = 255 if grey else (255, 255, 255)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    a = np.asarray(img).astype(np.float32)
    H, W = a.shape[:2]
    xx = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    grad = 0.94 + 0.06 * np.cos(xx * np.pi)  # slightly darker towards the binding edge
    a = a * (grad if grey else grad[..., None])
    if tint is not None: a = a * np.array(tint, dtype=np.float32)
    a += rng.normal(0, noise, a.shape)
    a[:, :int(W * 0.012)] *= 0.55  # dark scanner lid edge
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out, quality

def fax(img, rng, angle):
    img = img.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(img).astype(np.float32) + rng.normal(0, 18, (img.height, img.width))
    b = (a > 150)
    speck = rng.random(b.shape) < 0.0015
    b = np.where(speck, ~b, b)
    # horizontal streak lines typical of fax transmission
    for y in rng.integers(0, b.shape[0], 3):
        b[y:y + 2, :] = False if rng.random() < .5 else b[y:y + 2, :]
    return Image.fromarray((b * 255).astype(np.uint8)).convert("1"), None

PROFILES = {
    "phone_colour": dict(dpi=200, grey=False),
    "scanner_grey": dict(dpi=200, grey=True),
    "scanner_grey_lowq": dict(dpi=150, grey=True),
    "scanner_colour": dict(dpi=200, grey=False),
    "fax": dict(dpi=200, grey=True),
}

def make(num, pid, layout, prof):
    base = f"w4_{num:03d}_{layout}"
    src = f"{BUILD}/{base}/{base}.pdf"
    rng = np.random.default_rng(1000 + num)
    cfg = PROFILES[prof]
    pages = rasterise(src, cfg["dpi"], cfg["grey"], f"{BUILD}/{base}/ras")
    blobs = []
    for i, pg in enumerate(pages):
        img = Image.open(pg)
        ang = float(rng.uniform(0.5, 3.0) * rng.choice([-1, 1]))
        if prof == "phone_colour":
            out, q = phone_photo(img, rng, ang)
        elif prof == "scanner_grey":
            out, q = scanner(img, rng, float(np.clip(ang, -1.2, 1.2)), grey=True, quality=72)
        elif prof == "scanner_grey_lowq":
            out, q = scanner(img, rng, ang, grey=True, quality=38, noise=8)
        elif prof == "scanner_colour":
            out, q = scanner(img, rng, -0.6, grey=False, quality=65, tint=(1.0, 0.98, 0.90))
        else:
            out, q = fax(img, rng, 0.6 if i == 0 else -0.8)
        bio = io.BytesIO()
        if q is None:
            out.save(bio, format="PNG", dpi=(cfg["dpi"], cfg["dpi"]))
        else:
            out.save(bio, format="JPEG", quality=q, dpi=(cfg["dpi"], cfg["dpi"]))
        blobs.append(bio.getvalue())
        out.save(f"{BUILD}/{base}/scan_p{i+1}.{'png' if q is None else 'jpg'}")
    layout_fn = img2pdf.get_layout_fun(pagesize=None)
    with open(f"{FILES}/{base}_scan.pdf", "wb") as f:
        f.write(img2pdf.convert(blobs))
    return f"{FILES}/{base}_scan.pdf", len(pages)

if __name__ == "__main__":
    for num, pid, layout, prof in SCAN_PLAN:
        print(make(num, pid, layout, prof), prof)
