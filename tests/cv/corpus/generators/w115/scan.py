# -*- coding: utf-8 -*-
import subprocess, glob, os, random
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw, ImageFont


def rasterize(pdf, dpi, tmpdir, first=None, last=None):
    os.makedirs(tmpdir, exist_ok=True)
    for f in glob.glob(os.path.join(tmpdir, "pg*.png")):
        os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    subprocess.run(cmd + [pdf, os.path.join(tmpdir, "pg")], check=True)
    return [Image.open(f).convert("RGB") for f in sorted(glob.glob(os.path.join(tmpdir, "pg*.png")))]


def degrade(img, rng, angle, noise=10, blur=0.6, contrast=1.0, tint=None, brightness=1.0):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 242))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    if tint:
        a = a * np.array(tint, dtype=np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
    if brightness != 1.0:
        img = ImageEnhance.Brightness(img).enhance(brightness)
    return img


def to_pdf(imgs, path, dpi):
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)


def _coeffs(src, dst):
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(page, rng):
    w, h = page.size
    W, H = int(w * 1.25), int(h * 1.18)
    # where the page corners land in the photo (perspective: top narrower, slight rotation)
    dst = [(W * 0.13, H * 0.06), (W * 0.86, H * 0.08), (W * 0.93, H * 0.95), (W * 0.06, H * 0.93)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = _coeffs(src, dst)
    bg = Image.new("RGB", (W, H), (92, 70, 52))  # wooden desk
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    a += (np.sin(yy / 9.0 + xx / 50.0) * 10)[..., None]
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    warped = page.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    # uneven lighting
    a = np.asarray(bg).astype(np.float32)
    grad = 0.78 + 0.3 * (xx / W) * (1 - yy / H * 0.4)
    a = a * grad[..., None]
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return img


def fax(img, rng, header, page, total):
    g = img.convert("L")
    w, h = g.size
    g = g.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)   # standard-resolution fax rows
    g = g.rotate(rng.uniform(0.6, 1.4), resample=Image.BILINEAR, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 25, a.shape)
    b = (a > 150).astype(np.uint8) * 255
    sp = np.random.default_rng(rng.randint(0, 10**6)).random(b.shape) < 0.0015
    b[sp] = 0
    out = Image.fromarray(b).convert("L")
    d = ImageDraw.Draw(out)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 22)
    d.rectangle([0, 0, w, 34], fill=255)
    d.text((20, 6), header + f"   P.{page:02d}/{total:02d}", fill=0, font=f)
    return out.convert("1")
