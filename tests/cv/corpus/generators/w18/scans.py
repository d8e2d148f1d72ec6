"""Turn LibreOffice PDFs into degraded image-only scans (pdftoppm + Pillow)."""
import glob
import os
import random
import subprocess

from PIL import Image, ImageFilter, ImageEnhance, ImageOps, ImageDraw


def render_pages(pdf, tmp, tag, dpi=150):
    prefix = os.path.join(tmp, tag)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, prefix], check=True)
    return [Image.open(p).convert("L") for p in sorted(glob.glob(prefix + "-*.png"))]


def add_noise(img, rnd, amount=0.02, spread=40):
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * amount)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = px[x, y] + rnd.randint(-spread, spread)
        px[x, y] = max(0, min(255, v))
    # a few specks
    d = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randint(40, 120))
    return img


def degrade(img, rnd, mode):
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    if mode == "lowcontrast":
        img = ImageEnhance.Contrast(img).enhance(0.45)
        img = ImageEnhance.Brightness(img).enhance(1.15)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    else:
        img = img.filter(ImageFilter.GaussianBlur(0.7))
    return add_noise(img, rnd)


def scan_pdf(pdf, out, tmp, mode, seed, dpi=150):
    rnd = random.Random(seed)
    pages = [degrade(p, rnd, mode) for p in render_pages(pdf, tmp, f"scan{seed}", dpi)]
    pages = [p.convert("RGB") for p in pages]
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def png_blur(pdf, out, tmp, seed):
    rnd = random.Random(seed)
    img = render_pages(pdf, tmp, f"blur{seed}", 160)[0]
    img = degrade(img, rnd, "rot")
    img = img.filter(ImageFilter.GaussianBlur(1.3))
    img.save(out, optimize=True)


def phone_photo(pdf, out, tmp, seed):
    """First page photographed with a phone: perspective, uneven light, colour cast, JPEG."""
    rnd = random.Random(seed)
    page = render_pages(pdf, tmp, f"ph{seed}", 170)[0].convert("RGB")
    W, H = page.size
    bg = Image.new("RGB", (int(W * 1.18), int(H * 1.12)), (92, 74, 58))  # wooden table
    bg.paste(page, (int(W * 0.08), int(H * 0.05)))
    bw, bh = bg.size
    # perspective: quad (top edge narrower)
    dx = int(bw * 0.035)
    quad = (dx, 0, 0, bh, bw, bh, bw - dx - 10, 6)
    img = bg.transform((bw, bh), Image.QUAD, quad, resample=Image.BICUBIC)
    img = img.rotate(rnd.uniform(0.8, 1.8), resample=Image.BICUBIC, fillcolor=(80, 64, 50))
    # uneven lighting: radial-ish gradient darkening bottom right
    rg = Image.radial_gradient("L").resize((bw * 2, bh * 2))
    ox, oy = int(bw * 0.75), int(bh * 0.7)  # light centre towards the upper left
    shade = rg.crop((ox, oy, ox + bw, oy + bh)).point(lambda v: max(120, 255 - v * 2 // 3))
    img = Image.composite(img, Image.new("RGB", img.size, (20, 18, 15)), shade)
    img = ImageEnhance.Color(img).enhance(0.9)
    r, g, b = img.split()
    img = Image.merge("RGB", (r.point(lambda v: min(255, v + 8)), g, b.point(lambda v: max(0, v - 12))))
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    img = img.resize((int(bw * 0.75), int(bh * 0.75)), Image.LANCZOS)
    img.save(out, "JPEG", quality=72)
