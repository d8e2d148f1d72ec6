"""Make scans/photos: render the CV through its base layout, rasterize with pdftoppm, degrade with PIL/numpy."""
import glob, os, subprocess, sys, tempfile, shutil
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
from people import P
from render import render, fname

rng = np.random.default_rng(106)


def raster(pdf, dpi):
    d = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(d, "pg")], check=True)
    pages = [Image.open(f).convert("RGB") for f in sorted(glob.glob(os.path.join(d, "pg*.png")))]
    shutil.rmtree(d)
    return pages


def noise(img, sigma):
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def perspective_coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64); B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo(page):
    w, h = page.size
    W, H = int(w * 1.18), int(h * 1.12)
    bg = Image.new("RGB", (W, H), (92, 74, 58))  # wooden desk
    bg = noise(bg, 12).filter(ImageFilter.GaussianBlur(2))
    ox, oy = (W - w) // 2, (H - h) // 2
    # page corners on the photo: a trapezoid (phone held at an angle)
    dst = [(ox + 0.05 * w, oy + 0.02 * h), (ox + 0.97 * w, oy + 0.05 * h), (ox + 1.02 * w, oy + 0.99 * h), (ox - 0.03 * w, oy + 0.96 * h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = perspective_coeffs(src, dst)
    warped = page.transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=0)
    img = Image.composite(warped, bg, mask)
    # shadow of the phone/hand: darker diagonal gradient + warm tint
    yy, xx = np.mgrid[0:H, 0:W]
    g = 0.55 + 0.45 * np.clip((xx / W + yy / H) / 1.3, 0, 1)
    blob = np.exp(-(((xx - 0.25 * W) / (0.25 * W)) ** 2 + ((yy - 0.8 * H) / (0.2 * H)) ** 2)) * 0.3
    a = np.asarray(img).astype(np.float32) * (g - blob)[..., None] * np.array([1.0, 0.96, 0.88])
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(1.3, resample=Image.BICUBIC, fillcolor=(60, 50, 40))
    img = noise(img.filter(ImageFilter.GaussianBlur(0.9)), 6)
    return img


def fax(page):
    g = ImageOps.grayscale(page)
    g = ImageEnhance.Contrast(g).enhance(0.62)
    g = ImageEnhance.Brightness(g).enhance(1.05)
    g = g.rotate(-1.7, resample=Image.BICUBIC, fillcolor=235, expand=False)
    a = np.asarray(g).astype(np.float32)
    a += rng.normal(0, 14, a.shape)
    # horizontal streaks typical of fax transmission
    for y in rng.choice(a.shape[0], 12, replace=False):
        a[y:y + 2, :] -= 40
    a = np.clip(a, 0, 255)
    # low-resolution fax: downsample vertically then back
    img = Image.fromarray(a.astype(np.uint8))
    w, h = img.size
    img = img.resize((w, h // 2), Image.NEAREST).resize((w, h), Image.NEAREST)
    return img


def scan(page):
    img = page.rotate(0.8, resample=Image.BICUBIC, fillcolor=(250, 250, 248), expand=True)
    img = ImageEnhance.Contrast(img).enhance(0.85)
    img = noise(img.filter(ImageFilter.GaussianBlur(0.7)), 8)
    return img


def make(p, out):
    tmp = tempfile.mkdtemp()
    base_pdf = os.path.join(tmp, "base.pdf")
    render(p, base_pdf)
    kind = p["scan"]
    pages = raster(base_pdf, 130 if kind == "photo" else 150)
    shutil.rmtree(tmp)
    f = {"photo": photo, "fax": fax, "scan": scan}[kind]
    imgs = [f(pg) for pg in pages]
    if p["ext"] == "jpg":
        assert len(imgs) == 1, (p["n"], len(imgs))
        imgs[0].save(out, "JPEG", quality=62)
    elif p["ext"] == "png":
        assert len(imgs) == 1, (p["n"], len(imgs))
        imgs[0].save(out, "PNG")
    else:
        # JPEG-compress each page, then wrap as image-only PDF
        rgb = []
        for im in imgs:
            d = tempfile.mkdtemp(); j = os.path.join(d, "p.jpg"); im.convert("RGB").save(j, "JPEG", quality=55)
            rgb.append(Image.open(j).convert("RGB"))
        rgb[0].save(out, "PDF", resolution=150, save_all=True, append_images=rgb[1:])


if __name__ == "__main__":
    outdir = sys.argv[1]
    for p in P:
        if "scan" in p:
            make(p, os.path.join(outdir, fname(p)))
            print("ok", fname(p))
