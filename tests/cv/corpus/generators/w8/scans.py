# -*- coding: utf-8 -*-
"""Degrade 5 of the built CVs into scans (image-only) and write their truth rows."""
import glob, json, os, random, subprocess, shutil
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from data import R
from build import FILES, WORK, fname, truth

random.seed(8); np.random.seed(8)

# (new n, source n, kind, output ext)
SCANS = [(22, 6, "phone", "jpg"), (23, 11, "office_1bit", "pdf"), (24, 17, "phone", "pdf"),
         (25, 1, "office_gray", "pdf"), (26, 15, "phone_shadow", "png")]


def source_pdf(r):
    f = os.path.join(FILES, fname(r))
    if f.endswith(".pdf"):
        return f
    outdir = os.path.join(WORK, "scan_src")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, f], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + ".pdf")


def pages(pdf, dpi):
    pre = os.path.join(WORK, "pg_" + os.path.basename(pdf)[:-4])
    for old in glob.glob(pre + "*"):
        os.remove(old)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, pre], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(glob.glob(pre + "-*.png"))]


def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float)
    B = np.array(pb, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone(img, shadow=False):
    w, h = img.size
    pad = int(w * 0.07)
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 74, 58))  # wooden desk
    bg.paste(img, (pad, pad))
    W, H = bg.size
    # perspective: top edge narrower (phone held at an angle)
    d = int(W * 0.035)
    dst = [(d, int(H * 0.01)), (W - d // 2, 0), (W, H), (0, H - int(H * 0.008))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    bg = bg.transform((W, H), Image.PERSPECTIVE, find_coeffs(dst, src), Image.BICUBIC, fillcolor=(80, 64, 50))
    bg = bg.rotate(random.uniform(1.2, 2.6) * random.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(80, 64, 50))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.05 - 0.35 * ((xx / W - 0.2) ** 2 + (yy / H - 0.15) ** 2)  # lamp at top-left
    a *= light[..., None]
    a[..., 2] *= 0.93  # warm cast
    if shadow:
        m = Image.new("L", (W, H), 0)
        ImageDraw.Draw(m).ellipse([int(W * 0.55), int(H * 0.55), int(W * 1.3), int(H * 1.25)], fill=150)
        m = np.asarray(m.filter(ImageFilter.GaussianBlur(W // 18))).astype(np.float32) / 255
        a *= (1 - 0.55 * m)[..., None]
    a += np.random.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return out


def office(img, onebit):
    g = ImageOps.grayscale(img)
    g = g.rotate(random.uniform(0.5, 1.1) * random.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=255, expand=False)
    a = np.asarray(g).astype(np.float32)
    a += np.random.normal(0, 10, a.shape)
    # toner streak and dust
    x = random.randint(50, a.shape[1] - 50)
    a[:, x:x + 2] *= 0.8
    for _ in range(120):
        i, j = random.randint(0, a.shape[0] - 3), random.randint(0, a.shape[1] - 3)
        a[i:i + 2, j:j + 2] = 30
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if onebit:
        g = g.point(lambda v: 255 if v > 150 else 0).convert("1")
    return g


def main():
    rows = []
    for n, src, kind, ext in SCANS:
        r = next(x for x in R if x["n"] == src)
        layout = "scan_" + kind
        out = os.path.join(FILES, f"w8_{n:03d}_{layout}.{ext}")
        dpi = 200 if kind.startswith("office") else 130
        pgs = pages(source_pdf(r), dpi)
        if ext in ("jpg", "png"):
            pgs = pgs[:1]
        imgs = []
        for p in pgs:
            if kind.startswith("phone"):
                imgs.append(phone(p, shadow=(kind == "phone_shadow")))
            else:
                imgs.append(office(p, onebit=(kind == "office_1bit")))
        if ext == "jpg":
            imgs[0].save(out, quality=58)
        elif ext == "png":
            imgs[0].save(out)
        else:
            if kind.startswith("phone"):  # jpeg-compress then wrap as pdf
                tmp = []
                for i, im in enumerate(imgs):
                    t = os.path.join(WORK, f"tmp_{n}_{i}.jpg")
                    im.save(t, quality=55)
                    tmp.append(Image.open(t))
                imgs = tmp
            imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=dpi)
        t = truth(r, os.path.basename(out), layout, needs_ocr=True)
        rows.append(t)
        print("scan", os.path.basename(out), "from", fname(r), len(imgs), "page(s)")
    with open(os.path.join(WORK, "truth_scan.jsonl"), "w") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
