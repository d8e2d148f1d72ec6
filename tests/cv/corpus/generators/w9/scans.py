"""Scan-like degradations of rendered CVs (image-only outputs) and unreadable files."""
import glob, os, random, re, subprocess, tempfile
import numpy as np
from PIL import Image, ImageFilter, ImageDraw


def render(pdf, dpi):
    d = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(d, "p")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(glob.glob(os.path.join(d, "p*.png")))]


def uneven_light(im, rng, strength=0.35):
    w, h = im.size
    a = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.6) * h
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.sqrt(w * w + h * h)
    light = 1.0 - strength * d
    # a warm tint like indoor light
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def shadow(im, rng):
    w, h = im.size
    sh = Image.new("L", im.size, 0)
    d = ImageDraw.Draw(sh)
    x0 = int(rng.uniform(0.55, 0.8) * w)
    d.polygon([(x0, 0), (w, 0), (w, h), (x0 + int(0.15 * w), h)], fill=90)
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    a = np.asarray(im).astype(np.float32) * (1 - np.asarray(sh, np.float32)[..., None] / 255.0)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def noise(im, rng, sigma):
    a = np.asarray(im).astype(np.float32)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a = a + nr.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def perspective(im, rng, amt=0.025):
    w, h = im.size
    j = lambda: rng.uniform(0, amt)
    quad = (j() * w, j() * h, j() * w, h - j() * h, w - j() * w, h - j() * h, w - j() * w, j() * h)
    bg = Image.new("RGB", (int(w * 1.06), int(h * 1.06)), (70, 62, 55))  # table under the paper
    warped = im.transform(im.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(70, 62, 55))
    bg.paste(warped, (int(w * 0.03), int(h * 0.03)))
    return bg


def stack(pages):
    w = max(p.size[0] for p in pages)
    h = sum(p.size[1] for p in pages)
    out = Image.new("RGB", (w, h), "white")
    y = 0
    for p in pages:
        out.paste(p, (0, y))
        y += p.size[1]
    return out


def make_scan(pdf, outdir, base, style, seed):
    rng = random.Random(seed)
    if style == "phone":
        pages = render(pdf, 200)
        res = []
        for p in pages:
            p = perspective(p, rng)
            p = p.rotate(rng.uniform(1.2, 2.8) * rng.choice([-1, 1]), resample=Image.BICUBIC, expand=False, fillcolor=(70, 62, 55))
            p = uneven_light(p, rng, 0.45)
            p = shadow(p, rng)
            p = p.filter(ImageFilter.GaussianBlur(0.7))
            p = noise(p, rng, 6)
            res.append(p)
        out = os.path.join(outdir, base + ".pdf")
        tmp = []
        for i, p in enumerate(res):  # JPEG-compress each page like a phone camera
            t = out + f".{i}.jpg"
            p.save(t, "JPEG", quality=55)
            tmp.append(Image.open(t).convert("RGB"))
        tmp[0].save(out, "PDF", save_all=True, append_images=tmp[1:], resolution=200)
        for i in range(len(res)):
            os.remove(out + f".{i}.jpg")
        return out
    if style == "scanner_1bit":
        pages = render(pdf, 200)
        res = []
        for p in pages:
            p = p.rotate(rng.uniform(0.5, 1.2), resample=Image.BICUBIC, fillcolor="white")
            p = noise(p, rng, 10).convert("L")
            p = p.point(lambda v: 255 if v > 150 else 0).convert("1")
            res.append(p)
        out = os.path.join(outdir, base + ".pdf")
        res[0].save(out, "PDF", save_all=True, append_images=res[1:], resolution=200)
        return out
    if style == "scanner_gray":
        pages = render(pdf, 170)
        res = []
        for p in pages:
            p = p.rotate(-rng.uniform(0.6, 1.5), resample=Image.BICUBIC, fillcolor=(235, 235, 235))
            p = uneven_light(p, rng, 0.2).convert("L")
            p = p.filter(ImageFilter.GaussianBlur(0.7))
            p = noise(p.convert("RGB"), rng, 8).convert("L")
            # darker left edge like a book-scanner gutter
            a = np.asarray(p).astype(np.float32)
            a[:, :40] *= np.linspace(0.3, 1.0, 40)[None, :]
            res.append(Image.fromarray(a.astype(np.uint8)))
        out = os.path.join(outdir, base + ".pdf")
        tmp = []
        for i, p in enumerate(res):
            t = out + f".{i}.jpg"
            p.save(t, "JPEG", quality=40)
            tmp.append(Image.open(t))
        tmp[0].save(out, "PDF", save_all=True, append_images=tmp[1:], resolution=170)
        for i in range(len(res)):
            os.remove(out + f".{i}.jpg")
        return out
    if style == "phone_png":
        p = stack(render(pdf, 130))
        p = perspective(p, rng, 0.02)
        p = p.rotate(-rng.uniform(0.8, 2.0), resample=Image.BICUBIC, fillcolor=(70, 62, 55))
        p = uneven_light(p, rng, 0.4)
        p = noise(p.filter(ImageFilter.GaussianBlur(0.6)), rng, 5)
        out = os.path.join(outdir, base + ".png")
        p.save(out, "PNG")
        return out
    if style == "fax_jpg":
        p = stack(render(pdf, 130)).convert("L")
        p = p.rotate(rng.uniform(1.5, 3.0), resample=Image.NEAREST, fillcolor=255)
        p = noise(p.convert("RGB"), rng, 9).convert("L")
        p = p.point(lambda v: 255 if v > 178 else 0)
        # horizontal streaks like a dirty scanner glass
        a = np.asarray(p).copy()
        for _ in range(4):
            y = rng.randint(0, a.shape[0] - 3)
            a[y:y + 2, :] = np.minimum(a[y:y + 2, :], 90)
        out = os.path.join(outdir, base + ".jpg")
        Image.fromarray(a).save(out, "JPEG", quality=35)
        return out
    raise ValueError(style)


def make_broken(kind, src_pdf, out, seed):
    rng = random.Random(seed)
    if kind == "random_bytes":
        # named .pdf, PDF-looking header line, then pure noise: no objects, no xref, no trailer
        data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.getrandbits(8) for _ in range(48000))
        open(out, "wb").write(data)
        return
    if kind == "truncated_noxref":
        data = open(src_pdf, "rb").read()
        # find first page's content stream: the first stream object that is referenced as /Contents
        m = re.search(rb"/Contents\s+(\d+)\s+0\s+R", data)
        num = m.group(1)
        om = re.search(rb"(?<![0-9])" + num + rb"\s+0\s+obj", data)
        sm = data.index(b"stream", om.end()) + len(b"stream") + 1
        ln = int(re.search(rb"/Length\s+(\d+)", data[om.start():sm]).group(1))
        cut = sm + ln // 2
        # keep only bytes before the cut that precede that object too; drop everything after (incl. xref/trailer)
        body = data[:cut]
        body = re.sub(rb"xref\s.*", b"", body, flags=re.S)
        body = body.replace(b"trailer", b"") .replace(b"startxref", b"")
        open(out, "wb").write(body)
        return
    raise ValueError(kind)
